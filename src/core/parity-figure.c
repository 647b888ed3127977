/* parity-figure.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include "parity-figure.h"

/* What traces a figure back to its data: the dataset's file, the indicators drawn, and a
 * short hash of every value drawn with its indicator, entity, period and qualifier. */
static char *
provenance (ParityDataset     *dataset,
            const ParityScene *scene)
{
  g_autoptr(GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autoptr(GPtrArray) indicators = g_ptr_array_new ();
  g_autofree char *joined = NULL;
  const char *path = parity_dataset_get_path (dataset);
  g_autofree char *file = path != NULL ? g_path_get_basename (path) : NULL;

  for (guint i = 0; i < parity_scene_get_n_items (scene); i++)
    {
      const ParityItem *item = parity_scene_get_item (scene, i);
      const ParityDatum *d = &item->datum;
      g_autofree char *line = NULL;
      const char *indicator;
      char value[G_ASCII_DTOSTR_BUF_SIZE];

      if (!item->has_datum || item->role != PARITY_ROLE_MARK ||
          d->indicator >= parity_dataset_get_n_indicators (dataset))
        continue;
      indicator = parity_dataset_get_indicator (dataset, d->indicator)->id;
      if (!g_ptr_array_find_with_equal_func (indicators, indicator, g_str_equal, NULL))
        g_ptr_array_add (indicators, (gpointer)indicator);
      line = g_strdup_printf ("%s\t%s\t%s\t%s\t%s\n", indicator,
                              d->entity < parity_dataset_get_n_entities (dataset)
                              ? parity_dataset_get_entity (dataset, d->entity)->id : "",
                              d->period != PARITY_INDEX_NONE
                              ? parity_dataset_get_period (dataset, d->period) : "",
                              g_ascii_dtostr (value, sizeof value, d->value),
                              parity_qualifier_to_string (d->qualifier));
      g_checksum_update (sum, (const guchar *)line, -1);
    }
  g_ptr_array_add (indicators, NULL);
  joined = g_strjoinv (", ", (char **)indicators->pdata);
  /* Not translated: a record for tools and archives, read the same in every language. */
  return g_strdup_printf ("dataset %s; indicators %s; data sha256:%.12s", file ? file : "-",
                          joined, g_checksum_get_string (sum));
}

static const char *
source_line (const ParityScene *scene)
{
  for (guint i = 0; i < parity_scene_get_n_items (scene); i++)
    if (parity_scene_get_item (scene, i)->role == PARITY_ROLE_SOURCE)
      return parity_scene_get_item (scene, i)->text;
  return NULL;
}

/**
 * parity_figure_export:
 *
 * @warnings: (out) (optional) (transfer full): what the reader should know that the chart
 *   cannot show (shares that do not add up, values left out), even when the export succeeds
 *
 * Lays the chart out and writes it, with its title and its text description (which ends
 * with the source line) as the file's metadata.
 */
gboolean
parity_figure_export (ParityDataset             *dataset,
                      const ParityChartSpec     *spec,
                      const ParityLayoutOptions *layout,
                      ParityExportFormat         format,
                      double                     dpi,
                      const char                *path,
                      GStrv                     *warnings,
                      GError                   **error)
{
  g_autoptr(ParityScene) scene = NULL;
  const char *lang;
  ParityExportOptions options;
  g_autofree char *trace = NULL;

  g_return_val_if_fail (PARITY_IS_DATASET (dataset), FALSE);
  g_return_val_if_fail (spec != NULL && layout != NULL && path != NULL, FALSE);

  scene = parity_layout_chart (dataset, spec, layout, error);
  if (scene == NULL)
    {
      const char *dataset_path = parity_dataset_get_path (dataset);

      if (dataset_path != NULL)
        {
          g_autofree char *name = g_filename_display_basename (dataset_path);

          g_prefix_error (error, "%s: ", name);
        }
      return FALSE;
    }
  lang = layout->lang ? layout->lang : parity_dataset_get_default_lang (dataset);
  options = (ParityExportOptions) {
    .format = format,
    .dpi = dpi,
    .title = parity_text_get (spec->title, lang, parity_dataset_get_default_lang (dataset)),
    .description = parity_scene_get_description (scene),
    .source = source_line (scene),
    .provenance = trace = provenance (dataset, scene),
  };
  if (warnings != NULL)
    *warnings = g_strdupv ((char **)parity_scene_get_warnings (scene));
  return parity_export_to_file (scene, &options, path, error);
}
