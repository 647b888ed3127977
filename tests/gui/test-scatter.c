/* test-scatter.c: a scatter plot in the real window — hovering a dot, stepping through the
 * values with the arrow keys' steps, and the data table, all reading the same rows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <string.h>

#include "gui-test-util.h"
#include "parity-chart-view.h"
#include "parity-data-table.h"
#include "parity-datum-text.h"
#include "parity-chart-kind.h"
#include "parity-inspector.h"

#define NNBSP "\xE2\x80\xAF"

static ParityWindow *
open_scatter (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "kinds", "scatter-test.json",
                                                 NULL);
  ParityWindow *window = gui_test_open (path);

  gui_test_wait_painted (window);
  g_assert_cmpstr (gui_test_chart_title (window), ==, "Internet use rises with income");
  return window;
}

static gboolean
has_scatter_dots (gpointer data)
{
  ParityScene *scene = parity_chart_view_get_scene (data);

  return scene != NULL && strstr (parity_scene_get_description (scene), "Scatter plot") != NULL;
}

/* Hovering Brazil's dot finds Brazil's Internet use, and its tooltip says so. */
static void
test_hover (void)
{
  ParityWindow *window = open_scatter ();
  ParityDataset *dataset = parity_window_get_dataset (window);
  ParityScene *scene = parity_chart_view_get_scene (parity_window_get_chart_view (window));
  guint32 brazil = parity_dataset_lookup_entity (dataset, "BRA");
  guint32 use = parity_dataset_lookup_indicator (dataset, "internet-use");
  const ParityItem *dot = NULL, *hit;
  g_autofree char *tooltip = NULL;
  int i;

  for (guint k = 0; k < parity_scene_get_n_items (scene); k++)
    {
      const ParityItem *item = parity_scene_get_item (scene, k);

      if (item->role == PARITY_ROLE_MARK && item->kind == PARITY_ITEM_MARKER &&
          item->datum.entity == brazil && item->datum.indicator == use)
        dot = item;
    }
  g_assert_nonnull (dot);
  i = parity_scene_hit_test (scene, dot->cx, dot->cy);
  g_assert_cmpint (i, >=, 0);
  hit = parity_scene_get_item (scene, i);
  g_assert_true (hit->has_datum);
  g_assert_cmpuint (hit->datum.entity, ==, brazil);
  g_assert_cmpuint (hit->datum.indicator, ==, use);
  tooltip = parity_datum_tooltip_markup (dataset, &hit->datum);
  g_assert_true (g_str_has_prefix (tooltip, "<b>Brazil</b>, 2022\n80.5%"));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The arrow keys' steps go through each economy's x, y and size, in the dataset's order. */
static void
test_steps (void)
{
  ParityWindow *window = open_scatter ();
  ParityChartView *view = parity_window_get_chart_view (window);

  g_assert_cmpint (parity_chart_view_step (view, 1), ==, 0);
  gui_test_assert_accessible_label (GTK_WIDGET (view),
                                    "United States of America, GDP per capita, 2022: "
                                    "76,400" NNBSP "US$");
  g_assert_cmpint (parity_chart_view_step (view, 1), ==, 1);
  gui_test_assert_accessible_label (GTK_WIDGET (view),
                                    "United States of America, Individuals using the "
                                    "Internet, 2022: 97.1%");
  g_assert_cmpint (parity_chart_view_step (view, 1), ==, 2);
  gui_test_assert_accessible_label (GTK_WIDGET (view),
                                    "United States of America, Population, 2022: 333,300,000");
  /* 33 economies, three values each: the last step stops at the last. */
  g_assert_cmpint (parity_chart_view_step (view, 1000), ==, 33 * 3 - 1);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The data table lists what the plot draws: three rows an economy. */
static void
test_data_table (void)
{
  ParityWindow *window = open_scatter ();
  ParityDataTable *table = PARITY_DATA_TABLE (gui_test_find (GTK_WIDGET (window),
                                                             PARITY_TYPE_DATA_TABLE, NULL));
  GListModel *rows = parity_data_table_get_rows (table);
  g_autoptr(GObject) first = NULL;
  g_autofree char *name = NULL, *series = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-data", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 33 * 3);
  first = g_list_model_get_item (rows, 0);
  g_object_get (first, "name", &name, "series", &series, NULL);
  g_assert_cmpstr (name, ==, "United States of America");
  g_assert_cmpstr (series, ==, "GDP per capita");
  g_assert_nonnull (strstr (parity_data_table_get_csv (table),
                            "population,Population,NGA,Nigeria,2022,218500000"));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Chart Kind → Scatter plot turns a bar chart into a scatter plot of its indicator against
 * another: no refused edit, dots drawn. */
static void
test_kind_switch (void)
{
  g_autofree char *path = NULL;
  ParityWindow *window = gui_test_open_copy (&path);
  ParityInspector *inspector = parity_window_get_inspector (window);
  AdwComboRow *kind_row = ADW_COMBO_ROW (gui_test_find (GTK_WIDGET (inspector),
                                                        ADW_TYPE_COMBO_ROW, "Chart Kind"));
  ParityChartView *view = parity_window_get_chart_view (window);
  ParityDataset *dataset = parity_window_get_dataset (window);
  const char *id = parity_chart_view_get_chart_id (view);
  const char * const *kinds = parity_chart_kind_list (NULL);
  guint scatter = 0;
  ParityScene *scene;

  g_assert_nonnull (kind_row);
  while (!g_str_equal (kinds[scatter], "scatter"))
    scatter++;
  adw_combo_row_set_selected (kind_row, scatter);
  g_assert_null (parity_inspector_get_error (inspector));
  g_assert_cmpstr (parity_dataset_find_chart (dataset, id)->kind, ==, "scatter");
  gui_test_wait_for (has_scatter_dots, view, "the scatter plot to be drawn");
  scene = parity_chart_view_get_scene (view);
  g_assert_cmpuint (parity_scene_count_role (scene, PARITY_ROLE_MARK), >, 0);

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (path);
}

int
main (int    argc,
      char **argv)
{
  if (!gui_test_init (&argc, &argv))
    return 0;

  g_test_add_func ("/scatter/hover", test_hover);
  g_test_add_func ("/scatter/steps", test_steps);
  g_test_add_func ("/scatter/data-table", test_data_table);
  g_test_add_func ("/scatter/kind-switch", test_kind_switch);
  return g_test_run ();
}
