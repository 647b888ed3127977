/* test-latest.c: a chart of each economy's latest value in the real window — the Period
 * row's Latest Available choice and its Years Back, and the year a hovered value is from
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <string.h>

#include "gui-test-util.h"
#include "parity-chart-view.h"
#include "parity-datum-text.h"
#include "parity-inspector.h"

typedef struct
{
  ParityWindow *window;
  const char   *says;
} Painted;

/* The chart on the canvas is the one edited last: its notes say @says. */
static gboolean
notes_say (gpointer data)
{
  Painted *p = data;
  ParityScene *scene = parity_chart_view_get_scene (parity_window_get_chart_view (p->window));

  return scene != NULL && strstr (parity_scene_get_description (scene), p->says) != NULL;
}

static const ParityChartSpec *
spec_of (ParityWindow *window,
         const char   *id)
{
  return parity_dataset_find_chart (parity_window_get_dataset (window), id);
}

/* The position of @text in @row's list, or G_MAXUINT. */
static guint
position_in (AdwComboRow *row,
             const char  *text)
{
  GListModel *model = adw_combo_row_get_model (row);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (model, i);

      if (g_str_equal (gtk_string_object_get_string (item), text))
        return i;
    }
  return G_MAXUINT;
}

static const char *
selected_text (AdwComboRow *row)
{
  return gtk_string_object_get_string (GTK_STRING_OBJECT (adw_combo_row_get_selected_item (row)));
}

/* A chart of the latest values shows Latest Available and its Years Back; choosing a year
 * makes it a chart of that year, and Latest Available again one of the latest values within
 * two years, whose Years Back the spin button changes. */
static void
test_period_row (void)
{
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "kinds", "latest-test.json",
                                                   NULL);
  g_autofree char *contents = NULL;
  g_autofree char *path = NULL;
  ParityWindow *window;
  ParityInspector *inspector;
  AdwComboRow *period_row, *kind_row;
  GtkWidget *years_row;
  GtkSpinButton *spin;
  Painted painted;

  g_assert_true (g_file_get_contents (source, &contents, NULL, NULL));
  path = gui_test_write_temp (contents);
  window = gui_test_open (path);
  gui_test_wait_painted (window);
  inspector = parity_window_get_inspector (window);
  period_row = ADW_COMBO_ROW (gui_test_find (GTK_WIDGET (inspector), ADW_TYPE_COMBO_ROW,
                                             "Period"));
  kind_row = ADW_COMBO_ROW (gui_test_find (GTK_WIDGET (inspector), ADW_TYPE_COMBO_ROW,
                                           "Chart Kind"));
  years_row = gui_test_find (GTK_WIDGET (inspector), ADW_TYPE_ACTION_ROW, "Years Back");
  g_assert_nonnull (period_row);
  g_assert_nonnull (years_row);
  spin = GTK_SPIN_BUTTON (gui_test_find (years_row, GTK_TYPE_SPIN_BUTTON, NULL));
  g_assert_nonnull (spin);

  g_assert_true (parity_window_select_chart (window, "latest-2"));
  g_assert_cmpstr (selected_text (period_row), ==, "Latest Available");
  g_assert_nonnull (gui_test_find_label (GTK_WIDGET (period_row), "Latest Available"));
  g_assert_true (gtk_widget_get_visible (years_row));
  g_assert_cmpint (gtk_spin_button_get_value_as_int (spin), ==, 2);
  g_assert_true (parity_window_select_chart (window, "latest-1"));
  g_assert_cmpint (gtk_spin_button_get_value_as_int (spin), ==, 1);

  /* A year: that year's values, and no Years Back. */
  adw_combo_row_set_selected (period_row, position_in (period_row, "2022"));
  g_assert_null (parity_inspector_get_error (inspector));
  g_assert_false (spec_of (window, "latest-1")->latest);
  g_assert_cmpstr (parity_dataset_get_period (parity_window_get_dataset (window),
                                              spec_of (window, "latest-1")->period), ==, "2022");
  g_assert_false (gtk_widget_get_visible (years_row));

  /* Latest Available again: within two years of 2023, as the notes say. */
  adw_combo_row_set_selected (period_row, position_in (period_row, "Latest Available"));
  g_assert_null (parity_inspector_get_error (inspector));
  g_assert_true (spec_of (window, "latest-1")->latest);
  g_assert_cmpuint (spec_of (window, "latest-1")->tolerance, ==, 2);
  g_assert_true (gtk_widget_get_visible (years_row));
  painted = (Painted) { window, "Data for 3 of 4 economies; 1 from 2022, 1 from 2021." };
  gui_test_wait_for (notes_say, &painted, "the chart within two years");

  gtk_spin_button_set_value (spin, 0);
  g_assert_null (parity_inspector_get_error (inspector));
  g_assert_cmpuint (spec_of (window, "latest-1")->tolerance, ==, 0);
  painted = (Painted) { window, "Data for 1 of 4 economies." };
  gui_test_wait_for (notes_say, &painted, "the chart of 2023 alone");

  /* A line shows every period: made from this chart, it keeps no "latest". */
  adw_combo_row_set_selected (kind_row, position_in (kind_row, "Line chart"));
  g_assert_null (parity_inspector_get_error (inspector));
  g_assert_false (spec_of (window, "latest-1")->latest);
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (period_row)));

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (path);
}

/* Hovering a bar of a value from before the latest year says its year. */
static void
test_hover_year (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "kinds", "latest-test.json",
                                                 NULL);
  ParityWindow *window = gui_test_open (path);
  ParityDataset *dataset = parity_window_get_dataset (window);
  guint32 japan = parity_dataset_lookup_entity (dataset, "JPN");
  Painted painted = { window, "Japan 84.9% (2022)" };
  ParityScene *scene;
  g_autofree char *tooltip = NULL;
  const ParityItem *bar = NULL, *hit;

  g_assert_true (parity_window_select_chart (window, "latest-2"));
  gui_test_wait_for (notes_say, &painted, "the bars of latest-2");
  scene = parity_chart_view_get_scene (parity_window_get_chart_view (window));
  for (guint k = 0; k < parity_scene_get_n_items (scene); k++)
    {
      const ParityItem *item = parity_scene_get_item (scene, k);

      if (item->role == PARITY_ROLE_MARK && item->has_datum && item->datum.entity == japan)
        bar = item;
    }
  g_assert_nonnull (bar);
  hit = parity_scene_get_item (scene, parity_scene_hit_test (scene,
                                                             bar->box.x + bar->box.width / 2,
                                                             bar->box.y + bar->box.height / 2));
  g_assert_true (hit->has_datum);
  g_assert_cmpuint (hit->datum.entity, ==, japan);
  tooltip = parity_datum_tooltip_markup (dataset, &hit->datum);
  g_assert_true (g_str_has_prefix (tooltip, "<b>Japan</b>, 2022\n84.9%"));

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int    argc,
      char **argv)
{
  if (!gui_test_init (&argc, &argv))
    return 0;

  g_test_add_func ("/latest/period-row", test_period_row);
  g_test_add_func ("/latest/hover-year", test_hover_year);
  return g_test_run ();
}
