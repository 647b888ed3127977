/* test-map-rows.c: a map's rows in the real inspector — the area it shows, its classes,
 * their number and colours — each choice one edit of the chart's JSON, redrawn and undone;
 * the rows only for a map
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>

#include "gui-test-util.h"

#define BUNDLED "internet-use-by-economy.json"
#define WORLD_MAP "internet-use-world-map"
#define BARS "internet-use-lowest-bars"

typedef struct
{
  ParityWindow *window;
  guint32       france;
  gboolean      france_coloured;  /* France's shape must have its value, or must not */
  guint         n_swatches;       /* the key's class swatches; 0: any */
} MapWait;

static ParityScene *
scene_of (ParityWindow *window)
{
  return parity_chart_view_get_scene (parity_window_get_chart_view (window));
}

/* The shapes drawn in a class colour, with a value; France's among them or not. */
static guint
count_coloured (ParityScene *scene,
                guint32      france,
                gboolean    *france_coloured)
{
  guint n = 0;

  *france_coloured = FALSE;
  for (guint i = 0; i < parity_scene_get_n_items (scene); i++)
    {
      const ParityItem *item = parity_scene_get_item (scene, i);

      if (item->kind != PARITY_ITEM_SHAPE || item->role != PARITY_ROLE_MARK || !item->has_datum)
        continue;
      n++;
      *france_coloured |= item->datum.entity == france;
    }
  return n;
}

/* The key's swatches of a class: solid; those of no data and disputed areas are hatched. */
static guint
count_swatches (ParityScene *scene)
{
  guint n = 0;

  for (guint i = 0; i < parity_scene_get_n_items (scene); i++)
    {
      const ParityItem *item = parity_scene_get_item (scene, i);

      n += item->kind == PARITY_ITEM_RECT && item->role == PARITY_ROLE_LEGEND &&
           item->fill_style == PARITY_FILL_SOLID;
    }
  return n;
}

static gboolean
map_painted (gpointer data)
{
  MapWait *wait = data;
  ParityScene *scene = scene_of (wait->window);
  gboolean france;

  if (scene == NULL || count_coloured (scene, wait->france, &france) == 0)
    return FALSE;
  return france == wait->france_coloured &&
         (wait->n_swatches == 0 || count_swatches (scene) == wait->n_swatches);
}

static JsonObject *
chart_json (ParityWindow *window)
{
  return json_node_get_object (parity_dataset_find_chart (parity_window_get_dataset (window),
                                                          WORLD_MAP)->json);
}

static const char *
member (ParityWindow *window,
        const char   *name)
{
  return json_object_get_string_member_with_default (chart_json (window), name, NULL);
}

static const char *
entities_group (ParityWindow *window)
{
  JsonObject *chart = chart_json (window);

  if (!json_object_has_member (chart, "entities"))
    return NULL;
  return json_object_get_string_member (json_object_get_object_member (chart, "entities"),
                                        "group");
}

static guint
position_of_title (AdwComboRow *row,
                   const char  *title)
{
  GListModel *model = adw_combo_row_get_model (row);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (model), i), title) == 0)
      return i;
  g_error ("no choice “%s”", title);
  return 0;
}

static AdwComboRow *
find_combo (ParityInspector *inspector,
            const char      *title)
{
  GtkWidget *row = gui_test_find (GTK_WIDGET (inspector), ADW_TYPE_COMBO_ROW, title);

  g_assert_nonnull (row);
  return ADW_COMBO_ROW (row);
}

static ParityWindow *
open_bundled (void)
{
  g_autofree char *path = gui_test_bundled_path (BUNDLED);
  ParityWindow *window;

  window = gui_test_open (path);
  gui_test_wait_painted (window);
  return window;
}

static void
undo (ParityWindow *window)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
}

static void
test_area_and_classes (void)
{
  ParityWindow *window = open_bundled ();
  ParityInspector *inspector = parity_window_get_inspector (window);
  AdwComboRow *area_row = find_combo (inspector, "Area");
  AdwComboRow *classes_row = find_combo (inspector, "Classes");
  AdwComboRow *ramp_row = find_combo (inspector, "Colours");
  AdwComboRow *palette_row = find_combo (inspector, "Palette");
  GtkWidget *count_row = gui_test_find (GTK_WIDGET (inspector), ADW_TYPE_ACTION_ROW,
                                        "Number of Classes");
  GtkSpinButton *count_spin;
  MapWait wait = { window, 0, TRUE, 0 };
  guint n_world, n_africa;
  gboolean france;

  g_assert_nonnull (count_row);
  count_spin = GTK_SPIN_BUTTON (gui_test_find (count_row, GTK_TYPE_SPIN_BUTTON, NULL));
  g_assert_nonnull (count_spin);
  wait.france = parity_dataset_lookup_entity (parity_window_get_dataset (window), "FRA");
  g_assert_cmpuint (wait.france, !=, PARITY_INDEX_NONE);

  /* A bar chart has no map rows. */
  g_assert_true (parity_window_select_chart (window, BARS));
  g_assert_false (gtk_widget_is_visible (GTK_WIDGET (area_row)));
  g_assert_false (gtk_widget_is_visible (count_row));
  g_assert_true (gtk_widget_is_visible (GTK_WIDGET (palette_row)));

  /* The world map as the file has it: the defaults. */
  g_assert_true (parity_window_select_chart (window, WORLD_MAP));
  g_assert_true (gtk_widget_is_visible (GTK_WIDGET (area_row)));
  g_assert_true (gtk_widget_is_visible (GTK_WIDGET (classes_row)));
  g_assert_true (gtk_widget_is_visible (count_row));
  g_assert_true (gtk_widget_is_visible (GTK_WIDGET (ramp_row)));
  /* A map's colours are its ramp's: the palette is no choice of it. */
  g_assert_false (gtk_widget_is_visible (GTK_WIDGET (palette_row)));
  g_assert_cmpuint (adw_combo_row_get_selected (area_row), ==,
                    position_of_title (area_row, "World"));
  g_assert_cmpuint (adw_combo_row_get_selected (classes_row), ==,
                    position_of_title (classes_row, "Quantiles"));
  /* No manual breaks to offer: the three methods. */
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (classes_row)), ==, 3);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (count_spin), ==, 5);
  g_assert_true (gtk_widget_get_sensitive (count_row));
  g_assert_cmpuint (adw_combo_row_get_selected (ramp_row), ==,
                    position_of_title (ramp_row, "Blues"));
  gui_test_wait_for (map_painted, &wait, "the world map");
  n_world = count_coloured (scene_of (window), wait.france, &france);

  /* Africa: the extent and the economies the notes count, one edit; France goes grey. */
  adw_combo_row_set_selected (area_row, position_of_title (area_row, "Africa"));
  g_assert_null (parity_inspector_get_error (inspector));
  g_assert_cmpstr (member (window, "extent"), ==, "africa");
  g_assert_cmpstr (entities_group (window), ==, "africa");
  wait.france_coloured = FALSE;
  gui_test_wait_for (map_painted, &wait, "the map of Africa");
  n_africa = count_coloured (scene_of (window), wait.france, &france);
  g_assert_cmpuint (n_africa, <, n_world);
  g_assert_cmpuint (n_africa, >, 30);

  /* Four classes: quantiles make as many as asked, and the key has four swatches. */
  gtk_spin_button_set_value (count_spin, 4);
  g_assert_null (parity_inspector_get_error (inspector));
  g_assert_cmpint (json_object_get_int_member (chart_json (window), "class_count"), ==, 4);
  wait.n_swatches = 4;
  gui_test_wait_for (map_painted, &wait, "four quantiles");

  /* Equal intervals: the round width nearest to four classes of Africa's values (Morocco's
   * is near 90 %) is 20 points, which makes five classes from 0 to 100. */
  adw_combo_row_set_selected (classes_row, position_of_title (classes_row, "Equal Intervals"));
  g_assert_null (parity_inspector_get_error (inspector));
  g_assert_cmpstr (member (window, "classes"), ==, "equal");
  g_assert_cmpint (json_object_get_int_member (chart_json (window), "class_count"), ==, 4);
  wait.n_swatches = 5;
  gui_test_wait_for (map_painted, &wait, "equal intervals of 20");

  /* Greens: the ramp. */
  adw_combo_row_set_selected (ramp_row, position_of_title (ramp_row, "Greens"));
  g_assert_null (parity_inspector_get_error (inspector));
  g_assert_cmpstr (member (window, "ramp"), ==, "greens");

  /* Each undo takes one choice back, in the chart, the rows and the canvas. */
  undo (window);
  g_assert_null (member (window, "ramp"));
  g_assert_cmpuint (adw_combo_row_get_selected (ramp_row), ==,
                    position_of_title (ramp_row, "Blues"));
  undo (window);
  g_assert_null (member (window, "classes"));
  g_assert_cmpuint (adw_combo_row_get_selected (classes_row), ==,
                    position_of_title (classes_row, "Quantiles"));
  wait.n_swatches = 4;
  gui_test_wait_for (map_painted, &wait, "four quantiles again");
  undo (window);
  g_assert_false (json_object_has_member (chart_json (window), "class_count"));
  g_assert_cmpint (gtk_spin_button_get_value_as_int (count_spin), ==, 5);
  undo (window);
  g_assert_null (member (window, "extent"));
  g_assert_null (entities_group (window));
  g_assert_cmpuint (adw_combo_row_get_selected (area_row), ==,
                    position_of_title (area_row, "World"));
  wait = (MapWait) { window, wait.france, TRUE, 0 };
  gui_test_wait_for (map_painted, &wait, "the world map again");
  g_assert_cmpuint (count_coloured (scene_of (window), wait.france, &france), ==, n_world);

  /* Back to the world from a region: its group goes with it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  g_assert_cmpstr (entities_group (window), ==, "africa");
  adw_combo_row_set_selected (area_row, position_of_title (area_row, "World"));
  g_assert_null (member (window, "extent"));
  g_assert_null (entities_group (window));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A map of manual breaks shows them as a fourth choice, its count theirs; another choice
 * drops the breaks. */
static void
test_manual_breaks (void)
{
  g_autofree char *bundled = gui_test_bundled_path (BUNDLED);
  g_autofree char *contents = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) edited = NULL;
  ParityWindow *window;
  ParityInspector *inspector;
  AdwComboRow *classes_row;
  GtkWidget *count_row;

  g_file_get_contents (bundled, &contents, NULL, &error);
  g_assert_no_error (error);
  edited = g_string_new (contents);
  g_assert_cmpuint (g_string_replace (edited, "\"classes\": \"equal\",\n      \"class_count\": 5,",
                                      "\"classes\": \"manual\", \"breaks\": [0, 10, 50, 100],",
                                      1), ==, 1);
  path = gui_test_write_temp (edited->str);
  window = gui_test_open (path);
  gui_test_wait_painted (window);
  g_assert_true (parity_window_select_chart (window, "internet-use-africa-map"));
  inspector = parity_window_get_inspector (window);
  classes_row = find_combo (inspector, "Classes");
  count_row = gui_test_find (GTK_WIDGET (inspector), ADW_TYPE_ACTION_ROW, "Number of Classes");

  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (classes_row)), ==, 4);
  g_assert_cmpuint (adw_combo_row_get_selected (classes_row), ==,
                    position_of_title (classes_row, "Manual Breaks"));
  g_assert_false (gtk_widget_get_sensitive (count_row));
  g_assert_cmpint (gtk_spin_button_get_value_as_int (
                     GTK_SPIN_BUTTON (gui_test_find (count_row, GTK_TYPE_SPIN_BUTTON, NULL))),
                   ==, 3);

  adw_combo_row_set_selected (classes_row, position_of_title (classes_row, "Log Steps (1-2-5)"));
  g_assert_null (parity_inspector_get_error (inspector));
  {
    JsonObject *chart = json_node_get_object (
      parity_dataset_find_chart (parity_window_get_dataset (window),
                                 "internet-use-africa-map")->json);

    g_assert_false (json_object_has_member (chart, "breaks"));
    g_assert_cmpstr (json_object_get_string_member (chart, "classes"), ==, "log");
  }
  g_assert_true (gtk_widget_get_sensitive (count_row));
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (classes_row)), ==, 3);

  undo (window);
  g_assert_cmpuint (adw_combo_row_get_selected (classes_row), ==,
                    position_of_title (classes_row, "Manual Breaks"));
  g_assert_false (gtk_widget_get_sensitive (count_row));

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (path);
}

int
main (int    argc,
      char **argv)
{
  if (!gui_test_init (&argc, &argv))
    return 0;

  g_test_add_func ("/map-rows/area-and-classes", test_area_and_classes);
  g_test_add_func ("/map-rows/manual-breaks", test_manual_breaks);
  return g_test_run ();
}
