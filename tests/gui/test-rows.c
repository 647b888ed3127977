/* test-rows.c: the rows of a bar chart of every economy, chosen in the real inspector — the
 * page's rows, every row on a taller page, or the highest and lowest with the rest summed
 * up — each choice one edit of the chart's JSON, redrawn, undone and redone; and the way
 * out of a chart too crowded for its page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>

#include "gui-test-util.h"
#include "parity-chart-kind.h"

/* kinds/sorted-bars-test.json: 183 economies; this chart shows the ten highest and the ten
 * lowest, on a page that grows. */
#define CHART_ID "internet-top-bottom"
#define N_ECONOMIES 183

typedef struct
{
  ParityWindow *window;
  guint         n_bars;    /* the bars the canvas must show */
  const char   *summary;   /* how the row that sums up the rest must start; NULL: no such row */
} Rows;

static guint
count_bars (ParityScene *scene,
            const char **summary)
{
  guint n = 0;

  *summary = NULL;
  for (guint i = 0; i < parity_scene_get_n_items (scene); i++)
    {
      const ParityItem *item = parity_scene_get_item (scene, i);

      if (item->role == PARITY_ROLE_MARK && item->kind == PARITY_ITEM_RECT && item->has_datum)
        n++;
      else if (item->role == PARITY_ROLE_CATEGORY_LABEL && !item->has_datum)
        *summary = item->text;
    }
  return n;
}

/* The canvas shows the rows asked for. */
static gboolean
rows_painted (gpointer data)
{
  Rows *rows = data;
  ParityScene *scene = parity_chart_view_get_scene (parity_window_get_chart_view (rows->window));
  const char *summary;

  if (scene == NULL || count_bars (scene, &summary) != rows->n_bars)
    return FALSE;
  return rows->summary == NULL ? summary == NULL
                               : summary != NULL && g_str_has_prefix (summary, rows->summary);
}

static gboolean
crowded (gpointer data)
{
  return parity_chart_view_get_crowded (parity_window_get_chart_view (data));
}

static gboolean
is_visible (gpointer data)
{
  return gtk_widget_get_visible (data);
}

static gboolean
is_hidden (gpointer data)
{
  return !gtk_widget_get_visible (data);
}

static JsonObject *
chart_json (ParityWindow *window)
{
  return json_node_get_object (parity_dataset_find_chart (parity_window_get_dataset (window),
                                                          CHART_ID)->json);
}

/* The chart's "height", "top" and "bottom" (0 when it has none). */
static void
assert_members (ParityWindow *window,
                gboolean      grows,
                gint64        ends)
{
  JsonObject *chart = chart_json (window);

  g_assert_cmpstr (json_object_get_string_member_with_default (chart, "height", NULL), ==,
                   grows ? "auto" : NULL);
  g_assert_cmpint (json_object_get_int_member_with_default (chart, "top", 0), ==, ends);
  g_assert_cmpint (json_object_get_int_member_with_default (chart, "bottom", 0), ==, ends);
}

static ParityWindow *
open_sorted_bars (char **path)
{
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "kinds", "sorted-bars-test.json",
                                                   NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  ParityWindow *window;

  g_file_get_contents (source, &contents, NULL, &error);
  g_assert_no_error (error);
  *path = gui_test_write_temp (contents);
  window = gui_test_open (*path);
  gui_test_wait_painted (window);
  g_assert_true (parity_window_select_chart (window, CHART_ID));
  return window;
}

static AdwComboRow *
find_rows_row (ParityInspector *inspector)
{
  return ADW_COMBO_ROW (gui_test_find (GTK_WIDGET (inspector), ADW_TYPE_COMBO_ROW, "Rows"));
}

static void
test_rows_chosen_and_undone (void)
{
  g_autofree char *path = NULL;
  ParityWindow *window = open_sorted_bars (&path);
  ParityInspector *inspector = parity_window_get_inspector (window);
  AdwComboRow *rows_row = find_rows_row (inspector);
  GtkWidget *ends_row = gui_test_find (GTK_WIDGET (inspector), ADW_TYPE_ACTION_ROW,
                                       "Rows at Each End");
  GtkSpinButton *ends_spin = ends_row ? GTK_SPIN_BUTTON (gui_test_find (ends_row,
                                                                        GTK_TYPE_SPIN_BUTTON,
                                                                        NULL)) : NULL;
  AdwComboRow *kind_row = ADW_COMBO_ROW (gui_test_find (GTK_WIDGET (inspector),
                                                        ADW_TYPE_COMBO_ROW, "Chart Kind"));
  Rows rows = { window, 20, "… 163 other economies" };
  const char * const *kinds;
  guint n_kinds;

  g_assert_nonnull (rows_row);
  g_assert_nonnull (ends_spin);

  /* As the file has it: the ten highest and the ten lowest. */
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (rows_row)));
  g_assert_cmpuint (adw_combo_row_get_selected (rows_row), ==, 2);
  g_assert_true (gtk_widget_get_visible (ends_row));
  g_assert_cmpint (gtk_spin_button_get_value_as_int (ends_spin), ==, 10);
  gui_test_wait_for (rows_painted, &rows, "the ten highest and lowest");

  /* Five of each: one edit of both members, and the summary counts ten more. */
  gtk_spin_button_set_value (ends_spin, 5);
  g_assert_null (parity_inspector_get_error (inspector));
  assert_members (window, TRUE, 5);
  rows = (Rows) { window, 10, "… 173 other economies" };
  gui_test_wait_for (rows_painted, &rows, "the five highest and lowest");

  /* Every row, on a taller page: no ends, no summary. */
  adw_combo_row_set_selected (rows_row, 1);
  g_assert_null (parity_inspector_get_error (inspector));
  assert_members (window, TRUE, 0);
  g_assert_false (gtk_widget_get_visible (ends_row));
  rows = (Rows) { window, N_ECONOMIES, NULL };
  gui_test_wait_for (rows_painted, &rows, "every economy's bar");

  /* Fit the page: 183 bars are too many for a report column, and the canvas says so. */
  adw_combo_row_set_selected (rows_row, 0);
  g_assert_null (parity_inspector_get_error (inspector));
  assert_members (window, FALSE, 0);
  gui_test_wait_for (crowded, window, "the crowded-chart message");
  g_assert_null (parity_chart_view_get_scene (parity_window_get_chart_view (window)));

  /* Each undo takes one choice back, in the chart, the row and the canvas. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  assert_members (window, TRUE, 0);
  g_assert_cmpuint (adw_combo_row_get_selected (rows_row), ==, 1);
  gui_test_wait_for (rows_painted, &rows, "every economy's bar again");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  assert_members (window, TRUE, 5);
  g_assert_cmpuint (adw_combo_row_get_selected (rows_row), ==, 2);
  g_assert_true (gtk_widget_get_visible (ends_row));
  g_assert_cmpint (gtk_spin_button_get_value_as_int (ends_spin), ==, 5);
  rows = (Rows) { window, 10, "… 173 other economies" };
  gui_test_wait_for (rows_painted, &rows, "the five highest and lowest again");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  assert_members (window, TRUE, 10);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  assert_members (window, TRUE, 0);
  g_assert_cmpuint (adw_combo_row_get_selected (rows_row), ==, 1);

  /* Another kind has no rows to choose. */
  kinds = parity_chart_kind_list (&n_kinds);
  for (guint i = 0; i < n_kinds; i++)
    if (g_str_equal (kinds[i], "strip"))
      adw_combo_row_set_selected (kind_row, i);
  g_assert_cmpstr (parity_dataset_find_chart (parity_window_get_dataset (window),
                                              CHART_ID)->kind, ==, "strip");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (rows_row)));
  g_assert_false (gtk_widget_get_visible (ends_row));

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (path);
}

/* A bar chart too crowded for its page offers to grow it: one edit, undone as one. */
static void
test_show_every_row (void)
{
  g_autofree char *path = NULL;
  ParityWindow *window = open_sorted_bars (&path);
  ParityInspector *inspector = parity_window_get_inspector (window);
  AdwComboRow *rows_row = find_rows_row (inspector);
  GtkWidget *button = gui_test_find (GTK_WIDGET (parity_window_get_chart_view (window)),
                                     GTK_TYPE_BUTTON, NULL);
  Rows rows = { window, N_ECONOMIES, NULL };

  g_assert_nonnull (button);
  g_assert_false (gtk_widget_get_visible (button));
  adw_combo_row_set_selected (rows_row, 0);
  gui_test_wait_for (crowded, window, "the crowded-chart message");
  gui_test_wait_for (is_visible, button, "the Show Every Row button");
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (button)), ==, "Show _Every Row");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-every-row", NULL));
  assert_members (window, TRUE, 0);
  g_assert_cmpuint (adw_combo_row_get_selected (rows_row), ==, 1);
  gui_test_wait_for (rows_painted, &rows, "every economy's bar");
  gui_test_wait_for (is_hidden, button, "the button to go");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  assert_members (window, FALSE, 0);
  gui_test_wait_for (crowded, window, "the crowded-chart message again");
  gui_test_wait_for (is_visible, button, "the Show Every Row button again");

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (path);
}

int
main (int    argc,
      char **argv)
{
  if (!gui_test_init (&argc, &argv))
    return 0;

  g_test_add_func ("/rows/chosen-and-undone", test_rows_chosen_and_undone);
  g_test_add_func ("/rows/show-every-row", test_show_every_row);
  return g_test_run ();
}
