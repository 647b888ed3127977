/* test-editor.c: editing a chart through the real inspector, undo, save, new charts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>

#include "gui-test-util.h"
#include "parity-chart-kind.h"
#include "parity-loader.h"

#define open_copy gui_test_open_copy
#define chart_title gui_test_chart_title


static const char *
scene_title (ParityWindow *window)
{
  ParityScene *scene = parity_chart_view_get_scene (parity_window_get_chart_view (window));

  for (guint i = 0; scene != NULL && i < parity_scene_get_n_items (scene); i++)
    if (parity_scene_get_item (scene, i)->role == PARITY_ROLE_TITLE)
      return parity_scene_get_item (scene, i)->text;
  return NULL;
}

static gboolean
title_painted (gpointer data)
{
  return g_strcmp0 (scene_title (data), "Internet use: the divide in 2019") == 0;
}

static void
test_edit_title_and_undo (void)
{
  g_autofree char *path = NULL;
  ParityWindow *window = open_copy (&path);
  ParityInspector *inspector = parity_window_get_inspector (window);
  GtkWidget *title_row = gui_test_find (GTK_WIDGET (inspector), ADW_TYPE_ENTRY_ROW, "Title");
  ParityDocument *document = parity_window_get_document (window);
  g_autofree char *original = g_strdup (chart_title (window));

  g_assert_nonnull (title_row);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title_row)), ==, original);

  /* Typing goes straight into the chart, and the canvas redraws it. */
  gtk_editable_set_text (GTK_EDITABLE (title_row), "Internet use: the divide in 2019");
  g_assert_cmpstr (chart_title (window), ==, "Internet use: the divide in 2019");
  g_assert_true (parity_document_get_modified (document));
  gui_test_wait_for (title_painted, window, "the new title on the canvas");

  /* One undo takes the whole edit back, in the chart and in the inspector. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpstr (chart_title (window), ==, original);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title_row)), ==, original);
  g_assert_false (parity_document_get_modified (document));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  g_assert_cmpstr (chart_title (window), ==, "Internet use: the divide in 2019");

  /* Save writes the edit to the file, and the document is clean again. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  g_assert_false (parity_document_get_modified (document));
  {
    g_autofree char *saved = NULL;

    g_assert_true (g_file_get_contents (path, &saved, NULL, NULL));
    g_assert_nonnull (strstr (saved, "Internet use: the divide in 2019"));
  }

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (path);
}

static gboolean
has_scene (gpointer data)
{
  return parity_chart_view_get_scene (parity_window_get_chart_view (data)) != NULL;
}

static GtkWidget *
first_active_check (GtkWidget *root)
{
  if (GTK_IS_CHECK_BUTTON (root) && gtk_check_button_get_active (GTK_CHECK_BUTTON (root)))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = first_active_check (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
test_sort_and_refused_edit (void)
{
  g_autofree char *path = NULL;
  ParityWindow *window = open_copy (&path);
  ParityInspector *inspector = parity_window_get_inspector (window);
  AdwComboRow *sort_row = ADW_COMBO_ROW (gui_test_find (GTK_WIDGET (inspector),
                                                        ADW_TYPE_COMBO_ROW, "Sort"));
  AdwExpanderRow *shown = ADW_EXPANDER_ROW (gui_test_find (GTK_WIDGET (inspector),
                                                           ADW_TYPE_EXPANDER_ROW, "Shown"));
  ParityDataset *dataset = parity_window_get_dataset (window);
  const char *id = parity_chart_view_get_chart_id (parity_window_get_chart_view (window));
  GtkWidget *check;

  g_assert_nonnull (sort_row);
  adw_combo_row_set_selected (sort_row, 2);
  g_assert_cmpint (parity_dataset_find_chart (dataset, id)->sort, ==, PARITY_SORT_DESCENDING);

  /* Hiding every entity makes no chart: refused with the loader's words, nothing lost. The
   * checks are made when the row is opened, as a person opens it. */
  g_assert_nonnull (shown);
  g_assert_null (first_active_check (GTK_WIDGET (shown)));
  adw_expander_row_set_expanded (shown, TRUE);
  /* Untick the first ticked box until the inspector refuses; each edit rebuilds the rows. */
  for (guint guard = 0; guard < 50 && parity_inspector_get_error (inspector) == NULL; guard++)
    {
      check = first_active_check (GTK_WIDGET (shown));
      if (check == NULL)
        break;
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), FALSE);
    }
  g_assert_nonnull (parity_inspector_get_error (inspector));
  g_assert_nonnull (strstr (parity_inspector_get_error (inspector), "entities"));
  /* The chart is still drawn: the last good version. */
  gui_test_wait_for (has_scene, window, "the chart to be drawn again");
  g_assert_cmpuint (parity_chart_view_get_scene (parity_window_get_chart_view (window)) ? 1 : 0,
                    ==, 1);

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (path);
}

static void
test_new_chart (void)
{
  g_autofree char *path = NULL;
  ParityWindow *window = open_copy (&path);
  ParityDataset *dataset = parity_window_get_dataset (window);
  guint n = parity_dataset_get_n_charts (dataset);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-chart", "s",
                                             "bandwidth-per-user"));
  g_assert_cmpuint (parity_dataset_get_n_charts (dataset), ==, n + 1);
  g_assert_cmpstr (parity_chart_view_get_chart_id (parity_window_get_chart_view (window)), ==,
                   "bandwidth-per-user");
  gui_test_wait_painted (window);
  /* Undo removes it again. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpuint (parity_dataset_get_n_charts (dataset), ==, n);

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (path);
}

/* The window's export action writes the chart on screen, with the edit in it. */
static void
test_export_through_window (void)
{
  g_autofree char *path = NULL;
  ParityWindow *window = open_copy (&path);
  g_autofree char *dir = g_dir_make_tmp ("parity-window-export-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "chart.pdf", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");
  gsize len;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export-file", "s", pdf));
  g_assert_true (g_file_get_contents (pdf, &contents, &len, NULL));
  g_assert_cmpuint (len, >, 1000);
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  /* The chart's title is the document's title. */
  if (pdfinfo != NULL)
    {
      const char *argv[] = { "pdfinfo", pdf, NULL };
      g_autofree char *info = NULL;

      g_assert_true (g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                                   &info, NULL, NULL, NULL));
      g_assert_nonnull (strstr (info, "Individuals using the Internet, 2019"));
    }

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (pdf);
  g_rmdir (dir);
  g_unlink (path);
}

static gboolean
slope_painted (gpointer data)
{
  ParityScene *scene = parity_chart_view_get_scene (parity_window_get_chart_view (data));

  return scene != NULL && parity_scene_count_role (scene, PARITY_ROLE_CONNECTOR) > 0;
}

/* Chart Kind → Slope chart turns a line chart into one from the indicator's first period to
 * its latest, drawn with its values in the data table and the arrow keys' steps. */
static void
test_kind_to_slope (void)
{
  g_autofree char *path = NULL;
  ParityWindow *window = open_copy (&path);
  ParityInspector *inspector = parity_window_get_inspector (window);
  ParityChartView *view = parity_window_get_chart_view (window);
  AdwComboRow *kind_row = ADW_COMBO_ROW (gui_test_find (GTK_WIDGET (inspector),
                                                        ADW_TYPE_COMBO_ROW, "Chart Kind"));
  ParityDataset *dataset = parity_window_get_dataset (window);
  const char *id = "ip-traffic";
  guint n_kinds, slope = G_MAXUINT;
  const char * const *kinds = parity_chart_kind_list (&n_kinds);
  const ParityChartSpec *spec;
  ParityScene *scene;
  const char *first, *last;

  for (guint i = 0; i < n_kinds; i++)
    if (g_str_equal (kinds[i], "slope"))
      slope = i;
  g_assert_cmpuint (slope, <, n_kinds);
  g_assert_nonnull (kind_row);
  g_assert_true (parity_window_select_chart (window, id));
  adw_combo_row_set_selected (kind_row, slope);
  g_assert_null (parity_inspector_get_error (inspector));
  spec = parity_dataset_find_chart (dataset, id);
  g_assert_cmpstr (spec->kind, ==, "slope");
  g_assert_cmpuint (spec->series->len, ==, 2);
  first = parity_dataset_get_period (dataset, g_array_index (spec->series, ParitySeries, 0).period);
  last = parity_dataset_get_period (dataset, g_array_index (spec->series, ParitySeries, 1).period);
  g_assert_cmpint (atoi (first), <, atoi (last));
  /* The kind is named in words, never by its id. */
  g_assert_nonnull (gui_test_find_label (GTK_WIDGET (kind_row), "Slope chart"));
  g_assert_null (gui_test_find_label (GTK_WIDGET (kind_row), "slope"));

  gui_test_wait_for (slope_painted, window, "the slope chart on the canvas");
  scene = parity_chart_view_get_scene (view);
  /* Both ends of every line are values the keys step through, first to last. */
  g_assert_cmpuint (parity_scene_get_n_table_rows (scene), >=, 2);
  g_assert_cmpuint (parity_scene_get_n_table_rows (scene) % 2, ==, 0);
  g_assert_cmpint (parity_chart_view_step (view, 1), ==, 0);
  g_assert_cmpint (parity_chart_view_step (view, 1), ==, 1);
  g_assert_cmpint (parity_scene_get_table_row (scene, 0, NULL)->entity, ==,
                   parity_scene_get_table_row (scene, 1, NULL)->entity);

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (path);
}

int
main (int    argc,
      char **argv)
{
  if (!gui_test_init (&argc, &argv))
    return 0;

  g_test_add_func ("/editor/edit-title-and-undo", test_edit_title_and_undo);
  g_test_add_func ("/editor/sort-and-refused-edit", test_sort_and_refused_edit);
  g_test_add_func ("/editor/new-chart", test_new_chart);
  g_test_add_func ("/editor/export-through-window", test_export_through_window);
  g_test_add_func ("/editor/kind-to-slope", test_kind_to_slope);
  return g_test_run ();
}
