/* test-window.c: drives the real Parity window under a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <adwaita.h>
#include <math.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "gui-test-util.h"
#include "parity-data-table.h"
#include "parity-loader.h"

#define wait_for gui_test_wait_for
#define open_window gui_test_open
#define write_temp gui_test_write_temp

static gboolean
has_painted (gpointer data)
{
  ParityWindow *window = data;

  return parity_chart_view_get_n_paints (parity_window_get_chart_view (window)) > 0 &&
         parity_chart_view_get_scene (parity_window_get_chart_view (window)) != NULL;
}

static gboolean
is_idle (gpointer data)
{
  return !parity_window_get_busy (data);
}

static guint
count_role (ParityScene *scene,
            ParityRole   role)
{
  guint n = 0;

  for (guint i = 0; i < parity_scene_get_n_items (scene); i++)
    n += parity_scene_get_item (scene, i)->role == role;
  return n;
}


static gboolean
at_export_size (gpointer data)
{
  ParityScene *scene = parity_chart_view_get_scene (data);

  return scene != NULL && fabs (parity_scene_get_width (scene) - 453.543) < 0.01;
}

static void
test_bundled_chart_is_drawn (void)
{
  g_autofree char *path = parity_dataset_get_bundled_path ();
  ParityWindow *window = open_window (path);
  ParityChartView *view = parity_window_get_chart_view (window);
  ParityDataset *dataset = parity_window_get_dataset (window);
  ParityScene *scene;

  g_assert_nonnull (dataset);
  g_assert_cmpuint (parity_dataset_get_n_charts (dataset), >=, 1);
  /* The first chart is selected and really painted, through the widget's snapshot. */
  g_assert_cmpstr (parity_chart_view_get_chart_id (view), ==,
                   parity_dataset_get_chart (dataset, 0)->id);
  wait_for (has_painted, window, "the chart to be painted");
  scene = parity_chart_view_get_scene (view);
  g_assert_null (parity_chart_view_get_error (view));
  g_assert_cmpuint (count_role (scene, PARITY_ROLE_MARK), ==, 3);
  g_assert_cmpuint (count_role (scene, PARITY_ROLE_TITLE), ==, 1);
  /* The scene is laid out at the export size (the report column) and scaled to the widget,
   * once the window has settled: in its first frame the inspector may still stand beside
   * the chart, which is then laid out for the narrower width it has. */
  wait_for (at_export_size, view, "the chart at its export size");
  scene = parity_chart_view_get_scene (view);
  g_assert_cmpfloat_with_epsilon (parity_scene_get_width (scene), 453.543, 0.01);
  g_assert_cmpfloat_with_epsilon (parity_scene_get_height (scene), 283.465, 0.01);
  g_assert_cmpfloat (parity_chart_view_get_scale (view) * parity_scene_get_width (scene), <=,
                     gtk_widget_get_width (GTK_WIDGET (view)));

  gtk_window_destroy (GTK_WINDOW (window));
}

typedef struct
{
  ParityWindow *window;
  double        scale;
} SizeWait;

static gboolean
scale_differs (gpointer data)
{
  SizeWait *wait = data;

  return parity_chart_view_get_scale (parity_window_get_chart_view (wait->window)) != wait->scale;
}

/* The sheet grows with the window; what is on it stays the export's layout. */
static void
test_chart_follows_window_size (void)
{
  g_autofree char *path = parity_dataset_get_bundled_path ();
  ParityWindow *window = open_window (path);
  ParityChartView *view = parity_window_get_chart_view (window);
  SizeWait wait = { window, 0 };
  ParityScene *scene;

  wait_for (has_painted, window, "the chart to be painted");
  wait_for (at_export_size, view, "the chart at its export size");
  wait.scale = parity_chart_view_get_scale (view);
  scene = parity_chart_view_get_scene (view);
  gtk_window_set_default_size (GTK_WINDOW (window), 1400, 900);
  wait_for (scale_differs, &wait, "a larger sheet after resizing");
  g_assert_cmpfloat (parity_chart_view_get_scale (view), >, wait.scale);
  g_assert_true (parity_chart_view_get_scene (view) == scene);

  gtk_window_destroy (GTK_WINDOW (window));
}

typedef struct
{
  ParityWindow *window;
  guint         paints;
} PaintWait;

static gboolean
painted_again (gpointer data)
{
  PaintWait *wait = data;

  return parity_chart_view_get_n_paints (parity_window_get_chart_view (wait->window)) >
         wait->paints && parity_chart_view_get_scene (parity_window_get_chart_view (wait->window));
}

static void
test_selecting_a_chart_draws_it (void)
{
  g_autofree char *path = parity_dataset_get_bundled_path ();
  ParityWindow *window = open_window (path);
  ParityChartView *view = parity_window_get_chart_view (window);
  PaintWait wait = { window, 0 };

  wait_for (has_painted, window, "the chart to be painted");
  wait.paints = parity_chart_view_get_n_paints (view);
  g_assert_true (parity_window_select_chart (window, "internet-use-by-region"));
  g_assert_cmpstr (parity_chart_view_get_chart_id (view), ==, "internet-use-by-region");
  wait_for (painted_again, &wait, "the selected chart to be painted");
  g_assert_cmpuint (count_role (parity_chart_view_get_scene (view), PARITY_ROLE_MARK), ==, 6);
  g_assert_false (parity_window_select_chart (window, "no-such-chart"));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_bad_file_keeps_open_dataset (void)
{
  g_autofree char *path = parity_dataset_get_bundled_path ();
  g_autofree char *bad = write_temp ("{\n  \"format\": \"parity-dataset\",\n  \"version\": 1,,\n}");
  g_autoptr(GFile) bad_file = g_file_new_for_path (bad);
  ParityWindow *window = open_window (path);
  ParityDataset *before = parity_window_get_dataset (window);

  wait_for (has_painted, window, "the chart to be painted");
  parity_window_open (window, bad_file);
  g_assert_true (parity_window_get_busy (window));
  wait_for (is_idle, window, "the bad file to fail");
  /* Nothing is lost: the same dataset and chart are still shown. */
  g_assert_true (parity_window_get_dataset (window) == before);
  g_assert_nonnull (parity_chart_view_get_scene (parity_window_get_chart_view (window)));

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (bad);
}

static void
test_bad_file_alone_shows_where (void)
{
  g_autofree char *bad = write_temp ("{\n  \"format\": \"parity-dataset\",\n  \"version\": 1,,\n}");
  ParityWindow *window = open_window (bad);
  AdwStatusPage *status = ADW_STATUS_PAGE (gui_test_find (GTK_WIDGET (window),
                                                          ADW_TYPE_STATUS_PAGE, NULL));
  g_autofree char *basename = g_path_get_basename (bad);
  g_autofree char *expected = g_strdup_printf ("%s:3:16:", basename);

  g_assert_null (parity_window_get_dataset (window));
  g_assert_nonnull (status);
  g_assert_true (gtk_widget_get_child_visible (GTK_WIDGET (status)));
  g_assert_nonnull (strstr (adw_status_page_get_title (status), basename));
  g_assert_nonnull (strstr (adw_status_page_get_description (status), expected));

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (bad);
}

/* Labels in another language come from the same data's response in that language; a file
 * with other data is refused and the document stays as it was. */
static void
test_add_labels (void)
{
  g_autofree char *en = g_test_build_filename (G_TEST_DIST, "worldbank",
                                               "two-indicators.json", NULL);
  g_autofree char *fr = g_test_build_filename (G_TEST_DIST, "worldbank", "lang",
                                               "two-indicators-fr.json", NULL);
  g_autofree char *es = g_test_build_filename (G_TEST_DIST, "worldbank", "lang",
                                               "other-indicator-es.json", NULL);
  g_autoptr(GFile) fr_file = g_file_new_for_path (fr);
  g_autoptr(GFile) es_file = g_file_new_for_path (es);
  ParityWindow *window = open_window (en);
  ParityDataset *before, *after;
  const ParityIndicator *internet;

  wait_for (has_painted, window, "the chart to be painted");
  before = parity_window_get_dataset (window);

  parity_window_add_labels (window, "es", es_file);
  g_assert_true (parity_window_get_busy (window));
  wait_for (is_idle, window, "the Spanish file to be refused");
  g_assert_true (parity_window_get_dataset (window) == before);

  parity_window_add_labels (window, "fr", fr_file);
  wait_for (is_idle, window, "the French labels to be added");
  after = parity_window_get_dataset (window);
  g_assert_true (after != before);
  internet = parity_dataset_get_indicator (after, parity_dataset_lookup_indicator (
                                             after, "IT.NET.USER.ZS"));
  g_assert_cmpstr (parity_text_get_exact (internet->label, "fr"), ==,
                   "Personnes utilisant Internet (% de la population)");
  g_assert_cmpstr (parity_text_get_exact (parity_dataset_get_chart (after, 0)->title, "fr"), ==,
                   "Personnes utilisant Internet (% de la population)");

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
has_error (gpointer data)
{
  ParityChartView *view = data;

  /* The error is found when the view first tries to paint the chart. */
  gtk_widget_queue_draw (GTK_WIDGET (view));
  return parity_chart_view_get_error (view) != NULL;
}

/* A chart the core refuses to draw (300 bars on a report column) says why on the canvas,
 * with the way out, instead of staying blank. */
static void
test_crowded_chart_says_why (void)
{
  g_autoptr(GString) json = g_string_new ("{ \"format\": \"parity-dataset\", \"version\": 1, "
                                          "\"default_language\": \"en\", \"title\": \"T\", "
                                          "\"sources\": [], \"entities\": [");
  g_autofree char *path = NULL;
  ParityWindow *window;
  ParityChartView *view;

  for (guint i = 0; i < 300; i++)
    g_string_append_printf (json, "%s{ \"id\": \"E%u\", \"label\": \"E%u\", "
                            "\"kind\": \"economy\" }", i ? ", " : "", i, i);
  g_string_append (json, "], \"indicators\": [ { \"id\": \"x\", \"label\": \"X\", "
                   "\"unit\": { \"kind\": \"count\" }, \"observations\": [");
  for (guint i = 0; i < 300; i++)
    g_string_append_printf (json, "%s{ \"entity\": \"E%u\", \"period\": \"2019\", "
                            "\"value\": %u }", i ? ", " : "", i, i + 1);
  g_string_append (json, "] } ], \"charts\": [ { \"id\": \"crowd\", \"kind\": \"bar\", "
                   "\"title\": \"Crowd\", \"indicator\": \"x\", \"period\": \"2019\" } ] }");
  path = write_temp (json->str);
  window = open_window (path);
  view = parity_window_get_chart_view (window);

  wait_for (has_error, view, "the chart's error");
  g_assert_null (parity_chart_view_get_scene (view));
  g_assert_nonnull (strstr (parity_chart_view_get_error (view), "300 bars do not fit"));
  g_assert_nonnull (strstr (parity_chart_view_get_error (view), "\"entities\""));
  g_assert_nonnull (parity_window_get_dataset (window));

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (path);
}

static gboolean
scene_width_is (gpointer data)
{
  ParityWindow *window = data;
  ParityChartView *view = parity_window_get_chart_view (window);
  double *width = g_object_get_data (G_OBJECT (window), "expected-width");

  gtk_widget_queue_draw (GTK_WIDGET (view));
  return parity_chart_view_get_scene (view) != NULL &&
         G_APPROX_VALUE (parity_scene_get_width (parity_chart_view_get_scene (view)), *width,
                         0.01);
}

static void
wait_for_scene_width (ParityWindow *window,
                      double        width)
{
  g_object_set_data (G_OBJECT (window), "expected-width", &width);
  wait_for (scene_width_is, window, "the chart laid out at the expected size");
}

static gboolean
french_title (gpointer data)
{
  ParityChartView *view = parity_window_get_chart_view (data);
  ParityScene *scene = parity_chart_view_lay_out (view);

  for (guint i = 0; scene != NULL && i < parity_scene_get_n_items (scene); i++)
    if (parity_scene_get_item (scene, i)->role == PARITY_ROLE_TITLE)
      return g_str_has_prefix (parity_scene_get_item (scene, i)->text, "Personnes utilisant");
  return FALSE;
}

/* F5 (or F11) presents: the chart alone on a 16:9 slide, text sized for a room; arrows and
 * clicks step through the charts only while presenting; Escape returns to the report size. */
static void
test_presentation (void)
{
  g_autofree char *path = parity_dataset_get_bundled_path ();
  ParityWindow *window = open_window (path);
  ParityChartView *view = parity_window_get_chart_view (window);
  ParityDataset *dataset = parity_window_get_dataset (window);
  GtkWidget *header = gui_test_find (GTK_WIDGET (window), ADW_TYPE_HEADER_BAR, NULL);

  wait_for (has_painted, window, "the chart to be painted");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.presentation-next", NULL);
  g_assert_cmpstr (parity_chart_view_get_chart_id (view), ==,
                   parity_dataset_get_chart (dataset, 0)->id);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL));
  g_assert_false (gtk_widget_get_visible (header));
  wait_for_scene_width (window, 1440);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.presentation-next",
                                             NULL));
  g_assert_cmpstr (parity_chart_view_get_chart_id (view), ==,
                   parity_dataset_get_chart (dataset, 1)->id);
  wait_for_scene_width (window, 1440);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.presentation-previous",
                                             NULL));
  g_assert_cmpstr (parity_chart_view_get_chart_id (view), ==,
                   parity_dataset_get_chart (dataset, 0)->id);

  /* Present In: the language of the audience, for every chart, only while presenting. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.presentation-language",
                                             "s", "fr"));
  wait_for (french_title, window, "the chart presented in French");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.leave-presentation",
                                             NULL));
  g_assert_true (gtk_widget_get_visible (header));
  wait_for_scene_width (window, 453.543);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.presentation-next", NULL);
  g_assert_cmpstr (parity_chart_view_get_chart_id (view), ==,
                   parity_dataset_get_chart (dataset, 0)->id);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Ctrl+D shows the values the chart draws as a table — the same rows its description reads
 * out — follows the chart selected, and copies as CSV; Ctrl+D again shows the chart. */
static void
test_data_table (void)
{
  g_autofree char *path = parity_dataset_get_bundled_path ();
  ParityWindow *window = open_window (path);
  ParityDataTable *table = PARITY_DATA_TABLE (gui_test_find (GTK_WIDGET (window),
                                                             PARITY_TYPE_DATA_TABLE, NULL));
  GtkStack *stack = GTK_STACK (gtk_widget_get_parent (GTK_WIDGET (table)));
  GListModel *rows = parity_data_table_get_rows (table);
  g_autofree char *name = NULL, *value = NULL;

  wait_for (has_painted, window, "the chart to be painted");
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-data", NULL));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "data");
  /* Three bars and the World reference line. */
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 4);
  {
    g_autoptr(GObject) first = g_list_model_get_item (rows, 0);

    g_object_get (first, "name", &name, "value-text", &value, NULL);
  }
  g_assert_cmpstr (name, ==, "Developed countries");
  g_assert_cmpstr (value, ==, "86.6%");
  g_assert_nonnull (strstr (parity_data_table_get_csv (table),
                            "internet-use,,LDC,Least developed countries,2019,19.1,exact,%"));

  g_assert_true (parity_window_select_chart (window, "internet-use-by-region"));
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 7);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-data", NULL));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "chart");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Preview Colours As repaints the chart as a reader with the chosen vision sees it. */
static void
test_vision_preview (void)
{
  g_autofree char *path = parity_dataset_get_bundled_path ();
  ParityWindow *window = open_window (path);
  ParityChartView *view = parity_window_get_chart_view (window);
  PaintWait wait = { window, 0 };

  wait_for (has_painted, window, "the chart to be painted");
  wait.paints = parity_chart_view_get_n_paints (view);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.vision", "s",
                                             "deuteranopia"));
  g_assert_cmpint (parity_chart_view_get_vision (view), ==, PARITY_VISION_DEUTERANOPIA);
  wait_for (painted_again, &wait, "the chart painted as deuteranopia");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.vision", "s", "normal"));
  g_assert_cmpint (parity_chart_view_get_vision (view), ==, PARITY_VISION_NORMAL);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* What the data table and the arrow keys say of the first chart of tests/kinds/@fixture:
 * how many rows the table has, the name and value of its row @row, and the labels a screen
 * reader reads at the first two steps. */
typedef struct
{
  const char *fixture;
  guint       n_rows, row;
  const char *name, *value;
  const char *steps[2];
} TableAndSteps;

static void
check_table_and_steps (gconstpointer data)
{
  const TableAndSteps *c = data;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "kinds", c->fixture, NULL);
  ParityWindow *window = open_window (path);
  ParityChartView *view = parity_window_get_chart_view (window);
  ParityDataTable *table = PARITY_DATA_TABLE (gui_test_find (GTK_WIDGET (window),
                                                             PARITY_TYPE_DATA_TABLE, NULL));
  GListModel *rows = parity_data_table_get_rows (table);
  g_autofree char *name = NULL, *value = NULL;

  wait_for (has_painted, window, "the chart to be painted");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-data", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, c->n_rows);
  {
    g_autoptr(GObject) item = g_list_model_get_item (rows, c->row);

    g_object_get (item, "name", &name, "value-text", &value, NULL);
  }
  g_assert_cmpstr (name, ==, c->name);
  g_assert_cmpstr (value, ==, c->value);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-data", NULL));

  for (int i = 0; i < 2; i++)
    {
      g_assert_cmpint (parity_chart_view_step (view, 1), ==, i);
      gui_test_assert_accessible_label (GTK_WIDGET (view), c->steps[i]);
    }
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A strip chart's dots are rows of the data table and steps of the arrow keys, like any
 * kind's marks: the reference first, then each group's economies from the lowest (36
 * economies with a value in 2022, and World). */
static const TableAndSteps strip_table = {
  "strip-test.json", 37, 1, "Burundi", "11.3%",
  { "World, 2022: 64.4%", "Burundi, Least developed countries, 2022: 11.3%" }
};

/* A slope chart's two ends are rows of the data table and steps of the arrow keys, from
 * the top of the first column, each entity at both its periods, the year said once. */
static const TableAndSteps slope_table = {
  "slope-test.json", 70, 0, "Saudi Arabia", "95.7%",
  { "Saudi Arabia, 2019: 95.7%", "Saudi Arabia, 2022: 100.0%" }
};

/* The canvas is an image with the chart's description; with the keyboard focus, the arrow
 * keys step through its values, and its accessible label says each one, as a screen reader
 * reads it. Checked with GTK's accessibility test helpers. */
static void
test_accessible_steps (void)
{
  g_autofree char *path = parity_dataset_get_bundled_path ();
  ParityWindow *window = open_window (path);
  ParityChartView *view = parity_window_get_chart_view (window);

  wait_for (has_painted, window, "the chart to be painted");
  g_assert_true (gtk_test_accessible_has_role (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_ROLE_IMG));
  g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (view),
                                                   GTK_ACCESSIBLE_PROPERTY_DESCRIPTION));
  g_assert_cmpint (parity_chart_view_step (view, 1), ==, 0);
  gui_test_assert_accessible_label (GTK_WIDGET (view),
                                    "Developed countries, 2019: 86.6%");
  g_assert_cmpint (parity_chart_view_step (view, 1), ==, 1);
  g_assert_cmpint (parity_chart_view_step (view, 10), ==, 3);
  gui_test_assert_accessible_label (GTK_WIDGET (view),
                                    "World, 2019: 53.6%");
  g_assert_cmpint (parity_chart_view_step (view, -1), ==, 2);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Every control of the header bar has a name a screen reader can say: its text, or, for an
 * icon button, an accessible label. */
static void
assert_named (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if ((GTK_IS_BUTTON (child) || GTK_IS_MENU_BUTTON (child)) &&
          gtk_widget_get_visible (child))
        {
          const char *text = GTK_IS_BUTTON (child) ? gtk_button_get_label (GTK_BUTTON (child))
                             : gtk_menu_button_get_label (GTK_MENU_BUTTON (child));
          gboolean has_icon = GTK_IS_BUTTON (child)
                              ? gtk_button_get_icon_name (GTK_BUTTON (child)) != NULL
                              : gtk_menu_button_get_icon_name (GTK_MENU_BUTTON (child)) != NULL;

          if (has_icon || text == NULL)
            {
              if (!gtk_test_accessible_has_property (GTK_ACCESSIBLE (child),
                                                     GTK_ACCESSIBLE_PROPERTY_LABEL))
                g_error ("a %s with the icon %s has no accessible name",
                         G_OBJECT_TYPE_NAME (child),
                         GTK_IS_BUTTON (child) ? gtk_button_get_icon_name (GTK_BUTTON (child))
                         : gtk_menu_button_get_icon_name (GTK_MENU_BUTTON (child)));
            }
          continue;
        }
      assert_named (child);
    }
}

static void
test_controls_are_named (void)
{
  g_autofree char *path = parity_dataset_get_bundled_path ();
  ParityWindow *window = open_window (path);

  assert_named (gui_test_find (GTK_WIDGET (window), ADW_TYPE_HEADER_BAR, NULL));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The recent menu is built in an idle after the first frame (parity-window-actions.c),
 * yet lists the file just opened, and only once. */
static gboolean
recent_lists (gpointer data)
{
  ParityWindow *window = data;
  GMenuModel *menu = G_MENU_MODEL (gtk_widget_get_template_child (GTK_WIDGET (window),
                                                                  PARITY_TYPE_WINDOW,
                                                                  "recent_menu"));
  const char *uri = g_object_get_data (G_OBJECT (window), "expected-uri");
  guint found = 0;

  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autoptr(GVariant) target = g_menu_model_get_item_attribute_value (menu, i, "target",
                                                                          NULL);

      found += target != NULL && g_str_equal (g_variant_get_string (target, NULL), uri);
    }
  g_assert_cmpuint (found, <=, 1);
  return found == 1;
}

static void
test_recent_menu_after_first_frame (void)
{
  g_autofree char *path = NULL;
  ParityWindow *window = gui_test_open_copy (&path);
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);

  g_object_set_data (G_OBJECT (window), "expected-uri", uri);
  wait_for (recent_lists, window, "the recent menu to list the file opened");
  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (path);
}

int
main (int    argc,
      char **argv)
{
  if (!gui_test_init (&argc, &argv))
    return 0;

  g_test_add_func ("/window/bundled-chart-is-drawn", test_bundled_chart_is_drawn);
  g_test_add_func ("/window/chart-follows-window-size", test_chart_follows_window_size);
  g_test_add_func ("/window/selecting-a-chart-draws-it", test_selecting_a_chart_draws_it);
  g_test_add_func ("/window/bad-file-keeps-open-dataset", test_bad_file_keeps_open_dataset);
  g_test_add_func ("/window/bad-file-alone-shows-where", test_bad_file_alone_shows_where);
  g_test_add_func ("/window/add-labels", test_add_labels);
  g_test_add_func ("/window/crowded-chart-says-why", test_crowded_chart_says_why);
  g_test_add_func ("/window/presentation", test_presentation);
  g_test_add_func ("/window/data-table", test_data_table);
  g_test_add_data_func ("/window/strip-table-and-steps", &strip_table, check_table_and_steps);
  g_test_add_data_func ("/window/slope-table-and-steps", &slope_table, check_table_and_steps);
  g_test_add_func ("/window/vision-preview", test_vision_preview);
  g_test_add_func ("/window/accessible-steps", test_accessible_steps);
  g_test_add_func ("/window/controls-are-named", test_controls_are_named);
  g_test_add_func ("/window/recent-menu-after-first-frame", test_recent_menu_after_first_frame);
  return g_test_run ();
}
