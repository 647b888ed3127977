/* test-slope.c: a slope chart's two periods, edited in the real inspector — the From and To
 * rows stand in for Period, each edit redraws the chart and one undo takes it back
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>

#include "gui-test-util.h"
#include "parity-chart-kind.h"
#include "parity-loader.h"

/* The bundled dataset's IP traffic: a line chart of 2002, 2017 and 2022. */
#define CHART_ID "ip-traffic"

typedef struct
{
  ParityWindow *window;
  const char   *left;   /* the period the first column must be headed with */
} Heads;

/* The chart on the canvas is a slope chart headed by @left. */
static gboolean
left_head_painted (gpointer data)
{
  Heads *heads = data;
  ParityScene *scene = parity_chart_view_get_scene (parity_window_get_chart_view (heads->window));
  double left_x = G_MAXDOUBLE;
  const char *left = NULL;

  for (guint i = 0; scene != NULL && i < parity_scene_get_n_items (scene); i++)
    {
      const ParityItem *item = parity_scene_get_item (scene, i);

      if (item->role == PARITY_ROLE_AXIS_LABEL && item->text != NULL &&
          (item->text[0] == '2' && item->text[1] == '0') && item->box.x < left_x)
        {
          left_x = item->box.x;
          left = item->text;
        }
    }
  return scene != NULL && parity_scene_count_role (scene, PARITY_ROLE_CONNECTOR) > 0 &&
         g_strcmp0 (left, heads->left) == 0;
}

static const char *
series_period (ParityDataset *dataset,
               guint          i)
{
  const ParityChartSpec *spec = parity_dataset_find_chart (dataset, CHART_ID);

  g_assert_cmpuint (spec->series->len, ==, 2);
  return parity_dataset_get_period (dataset, g_array_index (spec->series, ParitySeries, i).period);
}

static gboolean
selected_label_is (AdwComboRow *row,
                   const char  *text)
{
  GtkStringObject *item = GTK_STRING_OBJECT (adw_combo_row_get_selected_item (row));

  return item != NULL && g_strcmp0 (gtk_string_object_get_string (item), text) == 0;
}

static void
test_periods_edited_and_undone (void)
{
  g_autofree char *path = NULL;
  ParityWindow *window = gui_test_open_copy (&path);
  ParityInspector *inspector = parity_window_get_inspector (window);
  ParityDataset *dataset = parity_window_get_dataset (window);
  ParityDocument *document = parity_window_get_document (window);
  AdwComboRow *kind_row = ADW_COMBO_ROW (gui_test_find (GTK_WIDGET (inspector),
                                                        ADW_TYPE_COMBO_ROW, "Chart Kind"));
  GtkWidget *period_row = gui_test_find (GTK_WIDGET (inspector), ADW_TYPE_COMBO_ROW, "Period");
  AdwComboRow *from_row = ADW_COMBO_ROW (gui_test_find (GTK_WIDGET (inspector),
                                                        ADW_TYPE_COMBO_ROW, "From"));
  AdwComboRow *to_row = ADW_COMBO_ROW (gui_test_find (GTK_WIDGET (inspector),
                                                      ADW_TYPE_COMBO_ROW, "To"));
  guint n_kinds, slope = G_MAXUINT;
  const char * const *kinds = parity_chart_kind_list (&n_kinds);
  Heads heads = { window, NULL };

  g_assert_nonnull (kind_row);
  g_assert_nonnull (period_row);
  g_assert_nonnull (from_row);
  g_assert_nonnull (to_row);
  for (guint i = 0; i < n_kinds; i++)
    if (g_str_equal (kinds[i], "slope"))
      slope = i;

  /* A line chart: Period, and no ends to choose. */
  g_assert_true (parity_window_select_chart (window, CHART_ID));
  g_assert_true (gtk_widget_get_visible (period_row));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (from_row)));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (to_row)));

  /* As a slope chart, from the first period to the latest: From and To say so. */
  adw_combo_row_set_selected (kind_row, slope);
  g_assert_null (parity_inspector_get_error (inspector));
  g_assert_false (gtk_widget_get_visible (period_row));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (from_row)));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (to_row)));
  g_assert_cmpstr (series_period (dataset, 0), ==, "2002");
  g_assert_cmpstr (series_period (dataset, 1), ==, "2022");
  g_assert_true (selected_label_is (from_row, "2002"));
  g_assert_true (selected_label_is (to_row, "2022"));
  heads.left = "2002";
  gui_test_wait_for (left_head_painted, &heads, "the slope chart from 2002");

  /* From 2017: the chart's first series, and the canvas. */
  adw_combo_row_set_selected (from_row, 1);
  g_assert_null (parity_inspector_get_error (inspector));
  g_assert_cmpstr (series_period (dataset, 0), ==, "2017");
  g_assert_cmpstr (series_period (dataset, 1), ==, "2022");
  heads.left = "2017";
  gui_test_wait_for (left_head_painted, &heads, "the slope chart from 2017");

  /* To 2017 as well: one edit more, the second series only. */
  adw_combo_row_set_selected (to_row, 1);
  g_assert_null (parity_inspector_get_error (inspector));
  g_assert_cmpstr (series_period (dataset, 1), ==, "2017");

  /* Each undo takes one end back, in the chart and in its row. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpstr (series_period (dataset, 0), ==, "2017");
  g_assert_cmpstr (series_period (dataset, 1), ==, "2022");
  g_assert_true (selected_label_is (to_row, "2022"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpstr (series_period (dataset, 0), ==, "2002");
  g_assert_true (selected_label_is (from_row, "2002"));
  heads.left = "2002";
  gui_test_wait_for (left_head_painted, &heads, "the slope chart from 2002 again");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  g_assert_cmpstr (series_period (dataset, 0), ==, "2017");
  g_assert_true (selected_label_is (from_row, "2017"));
  g_assert_true (parity_document_get_modified (document));

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (path);
}

int
main (int    argc,
      char **argv)
{
  if (!gui_test_init (&argc, &argv))
    return 0;

  g_test_add_func ("/slope/periods-edited-and-undone", test_periods_edited_and_undone);
  return g_test_run ();
}
