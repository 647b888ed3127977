/* fuzz-dataset.c: libFuzzer harness, any bytes → load → layout → paint
 *
 * The loaders are chosen by content, so one harness reaches them all; build-aux/fuzz runs it
 * once per format, seeded with that format's test files, so that each run stays near its
 * format. A dataset that loads has its first charts laid out at two sizes and painted, the
 * path every file opened in Parity takes; and what an export writes beside a figure is made
 * too, with two properties checked: every id the loader kept is valid, and the file name a
 * batch export would give a chart is one plain name.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <cairo.h>
#include <stdint.h>

#include <string.h>

#include "parity-export-path.h"
#include "parity-figure.h"
#include "parity-id.h"
#include "parity-layout.h"
#include "parity-loader.h"
#include "parity-native-stream.h"
#include "parity-native-writer.h"
#include "parity-painter.h"

/* Enough charts to reach every kind a fuzzed file may declare, few enough to stay fast. */
#define MAX_CHARTS 4

static void
discard_log (const char     *domain,
             GLogLevelFlags  level,
             const char     *message,
             gpointer        data)
{
}

/* A JSON document read with its observations streamed (parity-native-stream.c; an
 * SDMX-JSON message's series, parity-sdmx-data.c) must give what json-glib's tree of the
 * whole document gives: the same model, values to the bit, and the same warnings, or the
 * same message. */
static void
check_stream (GBytes        *bytes,
              ParityDataset *dataset,
              const GError  *error)
{
  g_autoptr(GError) tree_error = NULL;
  g_autoptr(ParityDataset) tree = NULL;
  g_autofree char *streamed_json = NULL;
  g_autofree char *tree_json = NULL;
  const char * const *warnings, * const *tree_warnings;

  _parity_stream_set_mode (PARITY_STREAM_OFF);
  tree = parity_dataset_load_bytes (bytes, "fuzz.json", &tree_error);
  _parity_stream_set_mode (PARITY_STREAM_FAST);
  if (dataset == NULL)
    {
      g_assert (tree == NULL && tree_error != NULL);
      g_assert (strcmp (error->message, tree_error->message) == 0);
      return;
    }
  g_assert (tree != NULL);
  g_assert (parity_dataset_get_n_indicators (dataset) == parity_dataset_get_n_indicators (tree));
  for (guint i = 0; i < parity_dataset_get_n_indicators (dataset); i++)
    {
      const ParityIndicator *a = parity_dataset_get_indicator (dataset, i);
      const ParityIndicator *b = parity_dataset_get_indicator (tree, i);

      g_assert (a->obs.len == b->obs.len);
      g_assert (a->obs.len == 0 ||
                memcmp (a->obs.value, b->obs.value, a->obs.len * sizeof (double)) == 0);
    }
  streamed_json = parity_dataset_to_json (dataset);
  tree_json = parity_dataset_to_json (tree);
  g_assert (strcmp (streamed_json, tree_json) == 0);
  /* What was left out, with the path to the first of each (SDMX-JSON's series). */
  warnings = parity_dataset_get_warnings (dataset);
  tree_warnings = parity_dataset_get_warnings (tree);
  for (guint w = 0; warnings[w] != NULL || tree_warnings[w] != NULL; w++)
    g_assert (g_strcmp0 (warnings[w], tree_warnings[w]) == 0);
}

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static gboolean quiet;
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(ParityDataset) dataset = NULL;
  static const double sizes[][2] = { { 453.5, 283.5 }, { 120, 90 } };

  if (!quiet)
    {
      /* Warnings are expected on hostile input; criticals still abort (G_DEBUG below). */
      g_log_set_handler ("parity-core", G_LOG_LEVEL_WARNING | G_LOG_LEVEL_MESSAGE, discard_log,
                         NULL);
      quiet = TRUE;
    }
  dataset = parity_dataset_load_bytes (bytes, "fuzz.json", &error);
  if (size > 0 && (data[0] == '{' || data[0] == '['))
    check_stream (bytes, dataset, error);
  if (dataset == NULL)
    {
      g_assert (error != NULL && error->message != NULL);
      return 0;
    }
  for (guint i = 0; i < parity_dataset_get_n_entities (dataset); i++)
    g_assert (parity_id_is_valid (parity_dataset_get_entity (dataset, i)->id));
  for (guint i = 0; i < parity_dataset_get_n_indicators (dataset); i++)
    g_assert (parity_id_is_valid (parity_dataset_get_indicator (dataset, i)->id));
  for (guint i = 0; i < parity_dataset_get_n_charts (dataset); i++)
    {
      const char *id = parity_dataset_get_chart (dataset, i)->id;
      g_autofree char *name = parity_export_file_name (id, "slide", NULL, "png");

      g_assert (parity_id_is_valid (id));
      g_assert (name[0] != '.' && strchr (name, '/') == NULL);
    }
  for (guint i = 0; i < MIN (parity_dataset_get_n_charts (dataset), MAX_CHARTS); i++)
    for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
      {
        ParityLayoutOptions options = { sizes[s][0], sizes[s][1], NULL };
        g_autoptr(GError) layout_error = NULL;
        g_autoptr(ParityScene) scene = parity_layout_chart (dataset,
                                                           parity_dataset_get_chart (dataset, i),
                                                           &options, &layout_error);
        cairo_surface_t *surface;
        cairo_t *cr;

        if (scene == NULL)
          {
            g_assert (layout_error != NULL);
            continue;
          }
        if (s == 0)
          {
            const char *lang = parity_dataset_get_default_lang (dataset);
            g_autofree char *csv = parity_figure_data_csv (dataset, scene, lang);

            g_assert (g_str_has_prefix (csv, "indicator,"));
          }
        surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 120, 90);
        cr = cairo_create (surface);
        parity_scene_paint (scene, cr);
        cairo_destroy (cr);
        cairo_surface_destroy (surface);
      }
  return 0;
}
