/* test-edit.c: charts edited as JSON, checked as files are, saved and read back
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <string.h>

#include "parity-chart-json.h"
#include "parity-error.h"
#include "parity-loader.h"
#include "parity-native-writer.h"
#include "scene-test-util.h"

typedef struct
{
  guint position, removed, added, n_emissions;
} Changes;

static void
on_charts_changed (ParityDataset *dataset,
                   guint          position,
                   guint          removed,
                   guint          added,
                   Changes       *changes)
{
  *changes = (Changes) { position, removed, added, changes->n_emissions + 1 };
}

static void
test_edit_title (void)
{
  g_autoptr(ParityDataset) dataset = scene_test_load_bundled ();
  g_autoptr(JsonNode) chart = parity_dataset_dup_chart_json (dataset, 1);
  g_autoptr(GError) error = NULL;
  Changes changes = { 0 };
  const ParityChartSpec *spec;

  g_signal_connect (dataset, "charts-changed", G_CALLBACK (on_charts_changed), &changes);
  json_object_set_string_member (json_node_get_object (chart), "title", "Edited");
  g_assert_true (parity_dataset_set_chart_json (dataset, 1, chart, &error));
  g_assert_no_error (error);
  spec = parity_dataset_get_chart (dataset, 1);
  g_assert_cmpstr (parity_text_get (spec->title, "en", "en"), ==, "Edited");
  g_assert_true (parity_dataset_find_chart (dataset, spec->id) == spec);
  g_assert_cmpuint (changes.n_emissions, ==, 1);
  g_assert_cmpuint (changes.position, ==, 1);
  g_assert_cmpuint (changes.removed, ==, 1);
  g_assert_cmpuint (changes.added, ==, 1);
}

/* A bad edit says where and what, and changes nothing. */
static void
test_bad_edit_changes_nothing (void)
{
  g_autoptr(ParityDataset) dataset = scene_test_load_bundled ();
  g_autoptr(JsonNode) chart = parity_dataset_dup_chart_json (dataset, 0);
  g_autoptr(JsonArray) highlight = json_array_new ();
  g_autoptr(GError) error = NULL;
  const ParityChartSpec *before = parity_dataset_get_chart (dataset, 0);
  Changes changes = { 0 };

  g_signal_connect (dataset, "charts-changed", G_CALLBACK (on_charts_changed), &changes);
  json_array_add_string_element (highlight, "ATLANTIS");
  json_object_set_array_member (json_node_get_object (chart), "highlight",
                                json_array_ref (highlight));
  g_assert_false (parity_dataset_set_chart_json (dataset, 0, chart, &error));
  g_assert_error (error, PARITY_ERROR, PARITY_ERROR_CONTENT);
  g_assert_cmpstr (error->message, ==,
                   "chart: $.highlight[0]: no entity has the id \"ATLANTIS\"");
  g_assert_true (parity_dataset_get_chart (dataset, 0) == before);
  g_assert_cmpuint (changes.n_emissions, ==, 0);
}

static void
test_insert_and_remove (void)
{
  g_autoptr(ParityDataset) dataset = scene_test_load_bundled ();
  g_autoptr(JsonNode) copy = parity_dataset_dup_chart_json (dataset, 0);
  g_autoptr(GError) error = NULL;
  guint n = parity_dataset_get_n_charts (dataset);
  Changes changes = { 0 };

  g_signal_connect (dataset, "charts-changed", G_CALLBACK (on_charts_changed), &changes);
  /* Same id twice is refused. */
  g_assert_false (parity_dataset_insert_chart_json (dataset, 0, copy, &error));
  g_assert_nonnull (strstr (error->message, "defined twice"));
  g_clear_error (&error);

  json_object_set_string_member (json_node_get_object (copy), "id", "copy");
  g_assert_true (parity_dataset_insert_chart_json (dataset, 0, copy, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (parity_dataset_get_n_charts (dataset), ==, n + 1);
  g_assert_cmpstr (parity_dataset_get_chart (dataset, 0)->id, ==, "copy");
  g_assert_cmpuint (changes.added, ==, 1);
  /* Positions moved: lookups by id still find every chart. */
  for (guint i = 0; i < parity_dataset_get_n_charts (dataset); i++)
    g_assert_true (parity_dataset_find_chart (dataset,
                                              parity_dataset_get_chart (dataset, i)->id) ==
                   parity_dataset_get_chart (dataset, i));

  parity_dataset_remove_chart (dataset, 0);
  g_assert_cmpuint (parity_dataset_get_n_charts (dataset), ==, n);
  g_assert_null (parity_dataset_find_chart (dataset, "copy"));
  g_assert_cmpuint (changes.removed, ==, 1);
}

/* An edit survives saving and loading, and the save is atomic. */
static void
test_save_and_reload (void)
{
  g_autoptr(ParityDataset) dataset = scene_test_load_bundled ();
  g_autoptr(JsonNode) chart = parity_dataset_dup_chart_json (dataset, 0);
  g_autoptr(ParityDataset) reloaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("parity-edit-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "saved.json", NULL);

  json_object_set_string_member (json_node_get_object (chart), "subtitle", "Saved");
  g_assert_true (parity_dataset_set_chart_json (dataset, 0, chart, &error));
  g_assert_true (parity_dataset_save (dataset, path, &error));
  g_assert_no_error (error);
  reloaded = parity_dataset_load_file (path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (parity_text_get (parity_dataset_get_chart (reloaded, 0)->subtitle, "en",
                                    "en"), ==, "Saved");
  g_assert_cmpuint (parity_dataset_get_n_indicators (reloaded), ==,
                    parity_dataset_get_n_indicators (dataset));

  /* A folder that does not exist: an error, and no file. */
  {
    g_autofree char *bad = g_build_filename (dir, "missing", "x.json", NULL);

    g_assert_false (parity_dataset_save (dataset, bad, &error));
    g_assert_error (error, PARITY_ERROR, PARITY_ERROR_EXPORT);
    g_assert_false (g_file_test (bad, G_FILE_TEST_EXISTS));
  }
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/edit/title", test_edit_title);
  g_test_add_func ("/edit/bad-edit-changes-nothing", test_bad_edit_changes_nothing);
  g_test_add_func ("/edit/insert-and-remove", test_insert_and_remove);
  g_test_add_func ("/edit/save-and-reload", test_save_and_reload);
  return g_test_run ();
}
