/* test-partial.c: data a loader left out is counted on the dataset, and its charts say so
 *
 * A chart drawn from part of a file must not pass for the whole: its notes say the data are
 * partial, in the chart's language, and a chart of complete data says nothing of the kind.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib.h>
#include <string.h>

#include "parity-loader.h"
#include "scene-test-util.h"

static ParityDataset *
load_fixture (const char *folder,
              const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, folder, name, NULL);
  g_autoptr(GError) error = NULL;
  ParityDataset *dataset = parity_dataset_load_file (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (dataset);
  return dataset;
}

/* The notes of @dataset's first chart laid out in @lang, or NULL when it has none. */
static char *
first_chart_notes (ParityDataset *dataset,
                   const char    *lang)
{
  const ParityChartSpec *spec = parity_dataset_get_chart (dataset, 0);
  ParityLayoutOptions options = { 600, 400, lang };
  g_autoptr(GError) error = NULL;
  g_autoptr(ParityScene) scene = parity_layout_chart (dataset, spec, &options, &error);
  g_autoptr(GPtrArray) notes = NULL;
  GString *text = g_string_new (NULL);

  g_assert_no_error (error);
  notes = scene_test_items_with_role (scene, PARITY_ROLE_NOTES);
  for (guint i = 0; i < notes->len; i++)
    g_string_append (text, ((ParityItem *)g_ptr_array_index (notes, i))->text);
  return g_string_free (text, text->len == 0);
}

static void
test_values_left_out (void)
{
  g_autoptr(ParityDataset) dataset = load_fixture ("worldbank", "bad-value.json");
  g_autofree char *notes = NULL;
  g_autofree char *notes_fr = NULL;

  /* Two values that are not numbers and one repeated. */
  g_assert_cmpuint (parity_dataset_get_left_out (dataset, PARITY_LEFT_OUT_VALUES), ==, 3);
  g_assert_cmpuint (parity_dataset_get_left_out (dataset, PARITY_LEFT_OUT_PAGES), ==, 0);
  g_assert_true (parity_dataset_is_partial (dataset));
  notes = first_chart_notes (dataset, "en");
  g_assert_nonnull (notes);
  g_assert_nonnull (strstr (notes, "Partial data: some values could not be read"));
  /* In a French chart, the French words, whatever the test's locale. */
  notes_fr = first_chart_notes (dataset, "fr");
  g_assert_nonnull (notes_fr);
  g_assert_nonnull (strstr (notes_fr, "Données partielles"));
}

static void
test_rows_and_pages_left_out (void)
{
  g_autoptr(ParityDataset) csv = load_fixture ("csv", "valid/bad-number.csv");
  g_autoptr(ParityDataset) pages = load_fixture ("worldbank", "one-page-of-three.json");
  g_autofree char *csv_notes = first_chart_notes (csv, NULL);
  g_autofree char *page_notes = first_chart_notes (pages, NULL);

  g_assert_cmpuint (parity_dataset_get_left_out (csv, PARITY_LEFT_OUT_VALUES), ==, 1);
  g_assert_nonnull (strstr (csv_notes, "some values could not be read"));
  /* The file holds 1 of the API's 3 pages. */
  g_assert_cmpuint (parity_dataset_get_left_out (pages, PARITY_LEFT_OUT_PAGES), ==, 2);
  g_assert_nonnull (strstr (page_notes, "Partial data: some pages of the source are not in "
                                        "the file."));
}

static void
test_complete_data_says_nothing (void)
{
  g_autoptr(ParityDataset) dataset = load_fixture ("worldbank", "two-pages.json");
  g_autofree char *notes = first_chart_notes (dataset, NULL);

  g_assert_false (parity_dataset_is_partial (dataset));
  g_assert_true (notes == NULL || strstr (notes, "Partial data") == NULL);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/partial/values-left-out", test_values_left_out);
  g_test_add_func ("/partial/rows-and-pages-left-out", test_rows_and_pages_left_out);
  g_test_add_func ("/partial/complete-data-says-nothing", test_complete_data_says_nothing);
  return g_test_run ();
}
