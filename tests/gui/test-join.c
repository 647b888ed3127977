/* test-join.c: Add Data From File in the real window
 *
 * Our World in Data's Internet use is opened and a World Bank file of GDP per capita is
 * added (tests/join/): the window shows the scatter plot the join makes, a toast says what
 * was added with a button that lists what did not match, and Undo takes the join back out.
 * A broken file is refused with its line and leaves the document as it was.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <adwaita.h>
#include <string.h>

#include "gui-test-util.h"

#define SCATTER "Individuals-using-the-Internet-of-population-scatter"

static gboolean
is_idle (gpointer data)
{
  return !parity_window_get_busy (data);
}

static gboolean
shows_scatter (gpointer data)
{
  ParityChartView *view = parity_window_get_chart_view (data);

  return g_strcmp0 (parity_chart_view_get_chart_id (view), SCATTER) == 0 &&
         parity_chart_view_get_scene (view) != NULL;
}

static GFile *
join_file (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "join", name, NULL);

  return g_file_new_for_path (path);
}

static void
test_add_data (void)
{
  g_autofree char *internet = g_test_build_filename (G_TEST_DIST, "join",
                                                     "internet-owid.csv", NULL);
  g_autoptr(GFile) gdp = join_file ("gdp-worldbank.json");
  g_autoptr(GFile) broken = join_file ("broken.csv");
  ParityWindow *window = gui_test_open (internet);
  ParityDocument *document = parity_window_get_document (window);
  ParityDataset *dataset = parity_window_get_dataset (window);
  AdwToast *toast;
  AdwMessageDialog *dialog;
  GVariant *details;
  AdwComboRow *across;
  g_autoptr(JsonNode) chart = NULL;

  gui_test_wait_painted (window);
  g_assert_cmpuint (parity_dataset_get_n_indicators (dataset), ==, 1);

  /* A file that does not load: said with its line, and nothing changes. */
  parity_window_add_data (window, broken);
  g_assert_true (parity_window_get_busy (window));
  gui_test_wait_for (is_idle, window, "the broken file to be refused");
  toast = parity_window_get_last_toast (window);
  g_assert_nonnull (toast);
  g_assert_cmpstr (adw_toast_get_title (toast), ==, "Could not add the data of “broken.csv”");
  details = adw_toast_get_action_target_value (toast);
  g_assert_nonnull (details);
  g_assert_nonnull (strstr (g_variant_get_string (details, NULL), "broken.csv:3:1: "));
  g_assert_true (parity_window_get_document (window) == document);
  g_assert_cmpuint (parity_dataset_get_n_indicators (dataset), ==, 1);
  g_assert_false (parity_document_get_can_undo (document));

  /* The join: the new indicator, its scatter plot shown, the report in a toast. */
  parity_window_add_data (window, gdp);
  gui_test_wait_for (is_idle, window, "the GDP file to be added");
  g_assert_true (parity_window_get_dataset (window) == dataset);
  g_assert_cmpuint (parity_dataset_get_n_indicators (dataset), ==, 2);
  g_assert_cmpuint (parity_dataset_lookup_indicator (dataset, "NY.GDP.PCAP.CD"), ==, 1);
  toast = parity_window_get_last_toast (window);
  g_assert_cmpstr (adw_toast_get_title (toast), ==,
                   "Added 1 indicator from “gdp-worldbank.json”; 2 entities did not match");
  g_assert_cmpstr (adw_toast_get_button_label (toast), ==, "Show Unmatched");
  gui_test_wait_for (shows_scatter, window, "the scatter plot of the joined data");
  g_assert_null (parity_chart_view_get_error (parity_window_get_chart_view (window)));

  /* The toast's button lists the unmatched entities of both sides. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window),
                                             adw_toast_get_action_name (toast), NULL));
  dialog = gui_test_wait_for_dialog (window, "Entities That Did Not Match");
  g_assert_nonnull (gui_test_find_label (GTK_WIDGET (dialog), "  TCD  Chad"));
  g_assert_nonnull (gui_test_find_label (GTK_WIDGET (dialog), "  NPL  Nepal"));
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* The inspector offers the added indicator across the scatter plot, and changes it. */
  across = ADW_COMBO_ROW (gui_test_find (GTK_WIDGET (parity_window_get_inspector (window)),
                                         ADW_TYPE_COMBO_ROW, "Indicator Across"));
  g_assert_nonnull (across);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (across)));
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (across)), ==, 2);
  g_assert_cmpuint (adw_combo_row_get_selected (across), ==, 1);
  adw_combo_row_set_selected (across, 0);
  chart = parity_dataset_dup_chart_json (dataset, parity_dataset_get_n_charts (dataset) - 1);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (
                     json_node_get_object (chart), "x"), "indicator"), ==,
                   "Individuals-using-the-Internet-of-population");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));

  /* Undo takes the join out: the indicators, the entity and the chart it added. */
  g_assert_true (parity_document_get_modified (document));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpuint (parity_dataset_get_n_indicators (dataset), ==, 1);
  g_assert_cmpuint (parity_dataset_lookup_entity (dataset, "TCD"), ==, G_MAXUINT32);
  g_assert_null (parity_dataset_find_chart (dataset, SCATTER));
  g_assert_false (parity_document_get_modified (document));
  gui_test_wait_painted (window);
  g_assert_cmpstr (parity_chart_view_get_chart_id (parity_window_get_chart_view (window)), !=,
                   SCATTER);

  /* And Redo puts it back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  g_assert_cmpuint (parity_dataset_get_n_indicators (dataset), ==, 2);
  g_assert_nonnull (parity_dataset_find_chart (dataset, SCATTER));

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int    argc,
      char **argv)
{
  if (!gui_test_init (&argc, &argv))
    return 0;

  g_test_add_func ("/join/add-data", test_add_data);
  return g_test_run ();
}
