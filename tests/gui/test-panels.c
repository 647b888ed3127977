/* test-panels.c: a chart in panels in the real window — the inspector's Panels and Panel
 * Axes rows, each choice one edit that Undo takes back, and the panels on the canvas; a
 * kind without panels drops them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "gui-test-util.h"
#include "parity-chart-facet.h"
#include "parity-chart-kind.h"
#include "parity-chart-view.h"
#include "parity-inspector.h"

typedef struct
{
  ParityWindow *window;
  guint         n_panels;
} Painted;

/* The canvas shows @n_panels panels. */
static gboolean
panels_painted (gpointer data)
{
  Painted *p = data;
  ParityScene *scene = parity_chart_view_get_scene (parity_window_get_chart_view (p->window));

  return scene != NULL && parity_scene_count_role (scene, PARITY_ROLE_PANEL) == p->n_panels;
}

static const ParityFacet *
facet_of (ParityWindow *window,
          const char   *id)
{
  return parity_chart_get_facet (parity_dataset_find_chart (parity_window_get_dataset (window),
                                                            id));
}

static void
activate (ParityWindow *window,
          const char   *action)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), action, NULL));
}

/* The bundled strip by region: Panels says By Region, and None, By Entity, back, Free axes
 * each change the chart once, and Undo takes each back. */
static void
test_panels_row (void)
{
  g_autofree char *source = gui_test_bundled_path ("internet-use-by-economy.json");
  const char *id = "internet-use-itu-region-panels";
  ParityWindow *window;
  ParityInspector *inspector;
  AdwComboRow *panels_row, *axes_row;
  Painted painted;

  /* The bundled file itself: nothing is saved. */
  window = gui_test_open (source);
  gui_test_wait_painted (window);
  inspector = parity_window_get_inspector (window);
  panels_row = ADW_COMBO_ROW (gui_test_find (GTK_WIDGET (inspector), ADW_TYPE_COMBO_ROW,
                                             "Panels"));
  axes_row = ADW_COMBO_ROW (gui_test_find (GTK_WIDGET (inspector), ADW_TYPE_COMBO_ROW,
                                           "Panel Axes"));
  g_assert_nonnull (panels_row);
  g_assert_nonnull (axes_row);

  g_assert_true (parity_window_select_chart (window, id));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (panels_row)));
  g_assert_cmpuint (adw_combo_row_get_selected (panels_row), ==, 1);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (axes_row)));
  g_assert_cmpuint (adw_combo_row_get_selected (axes_row), ==, 0);
  painted = (Painted) { window, 6 };
  gui_test_wait_for (panels_painted, &painted, "six panels");

  /* Free axes: one edit; Undo gives the shared axes back. */
  adw_combo_row_set_selected (axes_row, 1);
  g_assert_null (parity_inspector_get_error (inspector));
  g_assert_true (facet_of (window, id)->free_axes);
  activate (window, "win.undo");
  g_assert_false (facet_of (window, id)->free_axes);
  g_assert_cmpuint (adw_combo_row_get_selected (axes_row), ==, 0);

  /* None: one plot, no Panel Axes; Undo gives the six panels back, with their groups. */
  adw_combo_row_set_selected (panels_row, 0);
  g_assert_null (parity_inspector_get_error (inspector));
  g_assert_null (facet_of (window, id));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (axes_row)));
  painted = (Painted) { window, 0 };
  gui_test_wait_for (panels_painted, &painted, "one plot");
  activate (window, "win.undo");
  g_assert_nonnull (facet_of (window, id));
  g_assert_cmpuint (parity_chart_facet_get_n_panels (facet_of (window, id)), ==, 6);
  g_assert_cmpuint (adw_combo_row_get_selected (panels_row), ==, 1);
  painted = (Painted) { window, 6 };
  gui_test_wait_for (panels_painted, &painted, "six panels again");

  /* By entity: the chart shows every economy, more than 24: refused, said under the
   * inspector, and the chart keeps its panels. */
  adw_combo_row_set_selected (panels_row, 2);
  g_assert_nonnull (parity_inspector_get_error (inspector));
  g_assert_nonnull (strstr (parity_inspector_get_error (inspector), "24"));
  g_assert_cmpint (facet_of (window, id)->by, ==, PARITY_FACET_BY_GROUP);
  g_assert_cmpuint (adw_combo_row_get_selected (panels_row), ==, 1);

  /* A bar chart has the row, a scatter plot not. */
  g_assert_true (parity_window_select_chart (window, "internet-use-lowest-bars"));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (panels_row)));
  g_assert_cmpuint (adw_combo_row_get_selected (panels_row), ==, 0);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (axes_row)));
  g_assert_true (parity_window_select_chart (window, "internet-use-2012-2022-scatter"));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (panels_row)));

  /* A pie chart has no panels: changing the kind drops them, and is no error. */
  g_assert_true (parity_window_select_chart (window, id));
  {
    AdwComboRow *kind_row = ADW_COMBO_ROW (gui_test_find (GTK_WIDGET (inspector),
                                                          ADW_TYPE_COMBO_ROW, "Chart Kind"));
    guint n_kinds;
    const char * const *kinds = parity_chart_kind_list (&n_kinds);

    for (guint k = 0; k < n_kinds; k++)
      if (g_str_equal (kinds[k], "pie"))
        adw_combo_row_set_selected (kind_row, k);
    g_assert_null (parity_inspector_get_error (inspector));
    g_assert_cmpstr (parity_dataset_find_chart (parity_window_get_dataset (window), id)->kind,
                     ==, "pie");
    g_assert_null (facet_of (window, id));
    g_assert_false (gtk_widget_get_visible (GTK_WIDGET (panels_row)));
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int    argc,
      char **argv)
{
  if (!gui_test_init (&argc, &argv))
    return 0;

  g_test_add_func ("/panels/row", test_panels_row);
  return g_test_run ();
}
