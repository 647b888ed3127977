/* test-owid.c: data by economy that Parity once refused, opened in the real window: Our World
 * in Data's download, and data without a time dimension
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <adwaita.h>
#include <string.h>

#include "gui-test-util.h"
#include "parity-data-table.h"

/* The items of @role in @scene; with @with_datum, only those that show a value. */
static guint
count_role (ParityScene *scene,
            ParityRole   role,
            gboolean     with_datum)
{
  guint n = 0;

  for (guint i = 0; i < parity_scene_get_n_items (scene); i++)
    {
      const ParityItem *item = parity_scene_get_item (scene, i);

      n += item->role == role && (!with_datum || item->has_datum);
    }
  return n;
}

/* The window shows a chart of @path, drawn with @n_marks marks (0: any number but none) and no
 * error, and its data table lists as many values; returns the window, with its table shown. */
static ParityWindow *
open_and_check (const char *path,
                guint       n_marks,
                ParityDataTable **table_out)
{
  ParityWindow *window = gui_test_open (path);
  ParityChartView *view = parity_window_get_chart_view (window);
  ParityDataTable *table;
  ParityScene *scene;
  guint marks;

  g_assert_nonnull (parity_window_get_dataset (window));
  gui_test_wait_painted (window);
  g_assert_null (parity_chart_view_get_error (view));
  scene = parity_chart_view_get_scene (view);
  marks = count_role (scene, PARITY_ROLE_MARK, FALSE);
  g_assert_cmpuint (marks, >, 0);
  if (n_marks > 0)
    g_assert_cmpuint (marks, ==, n_marks);
  table = PARITY_DATA_TABLE (gui_test_find (GTK_WIDGET (window), PARITY_TYPE_DATA_TABLE, NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-data", NULL));
  /* The chart's reference (the world) and the groups' own values (the World Bank's
   * low-income aggregate), drawn as lines, are rows of the table too. */
  g_assert_cmpuint (g_list_model_get_n_items (parity_data_table_get_rows (table)), ==,
                    marks + count_role (scene, PARITY_ROLE_REFERENCE, TRUE));
  *table_out = table;
  return window;
}

/* OWID's real download (../shared/data, skipped when absent) opens on a chart, with no error
 * page, credited to Our World in Data. */
static void
test_real_download (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "..", "shared", "data",
                                                 "owid-internet-use",
                                                 "share-of-individuals-using-the-internet.csv",
                                                 NULL);
  ParityDataTable *table;
  ParityWindow *window;
  ParityDataset *dataset;
  const ParityIndicator *indicator;

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_test_skip ("../shared/data/owid-internet-use is absent");
      return;
    }
  /* Data by economy: every economy as a dot, by income group, the world as the reference. */
  window = open_and_check (path, 0, &table);
  dataset = parity_window_get_dataset (window);
  g_assert_cmpuint (parity_dataset_get_n_indicators (dataset), ==, 1);
  indicator = parity_dataset_get_indicator (dataset, 0);
  g_assert_cmpuint (indicator->obs.len, ==, 6845);
  g_assert_cmpstr (parity_dataset_get_chart (dataset, 0)->kind, ==, "strip");
  g_assert_cmpstr (gui_test_chart_title (window), ==,
                   "Individuals using the Internet (% of population)");
  g_assert_null (parity_dataset_get_warnings (dataset)[0]);
  g_assert_cmpstr (parity_text_get (parity_dataset_get_source (dataset, 0)->publisher, "en",
                                    "en"), ==, "Our World in Data");
  g_assert_nonnull (strstr (parity_data_table_get_csv (table), ",2022,"));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A cross-sectional SDMX message and a table without a year open as one period, and what the
 * window lists of each value never shows the placeholder period as a year. */
static void
test_without_periods (void)
{
  static const struct { const char *dir, *file; guint n; const char *row, *period; } cases[] = {
    { "sdmx", "cross-section-no-period.json", 2, "OBS_VALUE,,BRA,Brazil,,84.6,exact,",
      "No period" },
    { "sdmx", "cross-section-reporting.json", 3, "BB_HH,,KOR,Korea,2023,99.7,exact,%", "2023" },
    { "csv/valid", "no-period.csv", 3, ",FRA,France,,86.6,exact,%", "No period" },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, cases[c].dir, cases[c].file,
                                                     NULL);
      ParityDataTable *table;
      ParityWindow *window = open_and_check (path, cases[c].n, &table);
      ParityDataset *dataset = parity_window_get_dataset (window);

      g_test_message ("%s:\n%s", cases[c].file, parity_data_table_get_csv (table));
      g_assert_cmpuint (parity_dataset_get_n_periods (dataset), ==, 1);
      g_assert_nonnull (strstr (parity_data_table_get_csv (table), cases[c].row));
      /* The inspector names the period as a reader would: the year, or none. */
      {
        AdwComboRow *row = ADW_COMBO_ROW (gui_test_find (GTK_WIDGET (window),
                                                         ADW_TYPE_COMBO_ROW, "Period"));
        GtkStringObject *item = adw_combo_row_get_selected_item (row);

        g_assert_cmpstr (gtk_string_object_get_string (item), ==, cases[c].period);
      }
      gtk_window_destroy (GTK_WINDOW (window));
    }
}

int
main (int    argc,
      char **argv)
{
  if (!gui_test_init (&argc, &argv))
    return 0;
  g_test_add_func ("/owid/real-download", test_real_download);
  g_test_add_func ("/owid/without-periods", test_without_periods);
  return g_test_run ();
}
