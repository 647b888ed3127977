/* test-descriptions.c: every bundled chart's text description, in each of the six languages,
 * against descriptions/LANG.txt
 *
 * The description is the alt text of every export and what a screen reader says of the
 * chart: its words come from the chart's language (chart words, parity-chart-describe.c),
 * its numbers from ICU. One line per chart, "ID<TAB>DESCRIPTION". Run with
 * PARITY_TEST_WRITE_EXPECTED=1 to write a missing file; read it before committing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <string.h>

#include "parity-layout.h"
#include "parity-loader.h"
#include "parity-preset.h"

static ParityDataset *bundled;
static GPtrArray *datasets;  /* every bundled dataset, the WSIS one first */

static void
test_language (gconstpointer data)
{
  const char *lang = data;
  const ParityPreset *report = parity_preset_lookup ("report");
  g_autofree char *name = g_strdup_printf ("%s.txt", lang);
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "descriptions", name, NULL);
  g_autoptr(GString) actual = g_string_new (NULL);
  g_autofree char *expected = NULL;

  for (guint d = 0; d < datasets->len; d++)
    for (guint i = 0; i < parity_dataset_get_n_charts (datasets->pdata[d]); i++)
      {
        ParityDataset *dataset = datasets->pdata[d];
        const ParityChartSpec *spec = parity_dataset_get_chart (dataset, i);
        ParityLayoutOptions options = { report->width, report->height, lang };
        g_autoptr(GError) error = NULL;
        g_autoptr(ParityScene) scene = parity_layout_chart (dataset, spec, &options, &error);

        g_assert_no_error (error);
        g_string_append_printf (actual, "%s\t%s\n", spec->id,
                                parity_scene_get_description (scene));
      }
  if (!g_file_get_contents (path, &expected, NULL, NULL))
    {
      if (g_strcmp0 (g_getenv ("PARITY_TEST_WRITE_EXPECTED"), "1") != 0)
        g_error ("%s is missing (PARITY_TEST_WRITE_EXPECTED=1 writes it)", path);
      g_assert_true (g_file_set_contents (path, actual->str, -1, NULL));
      return;
    }
  g_assert_cmpstr (actual->str, ==, expected);
}

/* A description written for the chart, in its languages, replaces the one made from it. */
static void
test_written (void)
{
  static const char json[] =
    "{ \"format\": \"parity-dataset\", \"version\": 1, \"default_language\": \"en\", "
    "\"title\": \"T\", \"sources\": [], "
    "\"entities\": [ { \"id\": \"A\", \"label\": \"Alpha\", \"kind\": \"economy\" } ], "
    "\"indicators\": [ { \"id\": \"x\", \"label\": \"X\", \"unit\": { \"kind\": \"percent\" }, "
    "\"observations\": [ { \"entity\": \"A\", \"period\": \"2019\", \"value\": 12 } ] } ], "
    "\"charts\": [ { \"id\": \"c\", \"kind\": \"bar\", \"title\": \"T\", "
    "\"indicator\": \"x\", \"period\": \"2019\", \"description\": { \"en\": \"Alpha "
    "uses it least.\", \"fr\": \"Alpha l’utilise le moins.\" } } ] }";
  g_autoptr(GBytes) bytes = g_bytes_new_static (json, sizeof json - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(ParityDataset) dataset = parity_dataset_load_bytes (bytes, "written.json", &error);
  const char *langs[][2] = { { "en", "Alpha uses it least." },
                             { "fr", "Alpha l’utilise le moins." },
                             { "es", "Alpha uses it least." } };

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (langs); i++)
    {
      ParityLayoutOptions options = { 453.5, 283.5, langs[i][0] };
      g_autoptr(ParityScene) scene = parity_layout_chart (dataset,
                                                          parity_dataset_get_chart (dataset, 0),
                                                          &options, &error);

      g_assert_no_error (error);
      g_assert_cmpstr (parity_scene_get_description (scene), ==, langs[i][1]);
    }
}

int
main (int    argc,
      char **argv)
{
  static const char * const langs[] = { "en", "fr", "es", "ru", "zh", "ar" };
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  g_test_init (&argc, &argv, NULL);
  path = parity_dataset_get_bundled_path ();
  bundled = parity_dataset_load_file (path, &error);
  g_assert_no_error (error);
  /* The WSIS dataset's charts first, then the other bundled datasets' in file order. */
  datasets = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (datasets, g_object_ref (bundled));
  {
    g_auto(GStrv) paths = parity_dataset_list_bundled ();

    for (guint i = 0; paths[i] != NULL; i++)
      if (!g_str_equal (paths[i], path))
        {
          g_ptr_array_add (datasets, parity_dataset_load_file (paths[i], &error));
          g_assert_no_error (error);
        }
  }
  g_test_add_func ("/descriptions/written", test_written);
  for (guint i = 0; i < G_N_ELEMENTS (langs); i++)
    {
      g_autofree char *test = g_strdup_printf ("/descriptions/%s", langs[i]);

      g_test_add_data_func (test, langs[i], test_language);
    }
  return g_test_run ();
}
