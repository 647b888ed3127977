/* test-view.c: zoom, the presentation's counter and hint, where Export starts, the shortcuts
 * window's key caps, and actions that cannot act being disabled
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "gui-test-util.h"
#include "parity-export-dialog.h"
#include "parity-loader.h"

#define wait_for gui_test_wait_for

typedef struct
{
  ParityChartView *view;
  double           scale;
} ScaleWait;

static gboolean
scale_is (gpointer data)
{
  ScaleWait *wait = data;

  return fabs (parity_chart_view_get_scale (wait->view) - wait->scale) < 1e-9;
}

static void
wait_for_scale (ParityChartView *view,
                double           scale)
{
  ScaleWait wait = { view, scale };

  wait_for (scale_is, &wait, "the sheet at the expected scale");
}

/* The scale at which the sheet fills the view as it is now (24 px around it). */
static gboolean
scale_is_fitted (gpointer data)
{
  ParityChartView *view = data;
  ParityScene *scene = parity_chart_view_get_scene (view);
  double fit;

  if (scene == NULL)
    return FALSE;
  fit = MIN ((gtk_widget_get_width (GTK_WIDGET (view)) - 48.0) / parity_scene_get_width (scene),
             (gtk_widget_get_height (GTK_WIDGET (view)) - 48.0) / parity_scene_get_height (scene));
  return fabs (parity_chart_view_get_scale (view) - fit) < 1e-9;
}

/* A window on the bundled dataset, its first chart painted. */
static ParityWindow *
open_bundled (void)
{
  g_autofree char *path = parity_dataset_get_bundled_path ();
  ParityWindow *window = gui_test_open (path);

  gui_test_wait_painted (window);
  return window;
}

static gboolean
scrollbars_shown (ParityChartView *view)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (view)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += GTK_IS_SCROLLBAR (child) && gtk_widget_get_mapped (child);
  return n == 2;
}

/* 100 % is the export size on a 96 dpi screen; In and Out step by a fourth of a doubling;
 * Best Fit is the scale the window had before. */
static void
test_zoom (void)
{
  ParityWindow *window = open_bundled ();
  ParityChartView *view = parity_window_get_chart_view (window);
  GtkWidget *widget = GTK_WIDGET (window);
  const double real = 96.0 / 72.0, step = pow (2, 0.25);
  double fitted;

  fitted = parity_chart_view_get_scale (view);
  g_assert_cmpfloat (fitted, >, 0);
  g_assert_cmpfloat (parity_chart_view_get_zoom (view), ==, 0);

  g_assert_true (gtk_widget_activate_action (widget, "win.zoom-reset", NULL));
  wait_for_scale (view, real);
  g_assert_cmpfloat (parity_chart_view_get_zoom (view), ==, 1);
  g_assert_true (gtk_widget_activate_action (widget, "win.zoom-in", NULL));
  wait_for_scale (view, real * step);
  g_assert_true (gtk_widget_activate_action (widget, "win.zoom-in", NULL));
  wait_for_scale (view, real * step * step);
  g_assert_true (gtk_widget_activate_action (widget, "win.zoom-out", NULL));
  g_assert_true (gtk_widget_activate_action (widget, "win.zoom-out", NULL));
  g_assert_true (gtk_widget_activate_action (widget, "win.zoom-out", NULL));
  wait_for_scale (view, real / step);

  /* Four steps make a doubling; zooming stops at 800 %. */
  parity_chart_view_set_zoom (view, 4);
  for (int i = 0; i < 8; i++)
    parity_chart_view_zoom_step (view, 1);
  g_assert_cmpfloat (parity_chart_view_get_zoom (view), ==, 8);
  g_assert_false (parity_chart_view_can_zoom (view, 1));
  wait_for_scale (view, 8 * real);
  /* A sheet larger than the view scrolls: both its scrollbars show. */
  g_assert_true (scrollbars_shown (view));

  g_assert_true (gtk_widget_activate_action (widget, "win.zoom-fit", NULL));
  wait_for (scale_is_fitted, view, "the sheet fitted to the view");
  fitted = parity_chart_view_get_scale (view);
  g_assert_cmpfloat (parity_chart_view_get_zoom (view), ==, 0);
  g_assert_false (scrollbars_shown (view));

  /* From a fitted sheet, Zoom In goes to the next step above what is shown. */
  g_assert_true (gtk_widget_activate_action (widget, "win.zoom-in", NULL));
  g_assert_cmpfloat (parity_chart_view_get_zoom (view) * real, >, fitted);
  g_assert_cmpfloat (parity_chart_view_get_zoom (view) * real, <=, fitted * step + 1e-9);

  gtk_window_destroy (GTK_WINDOW (window));
}

static GtkAdjustment *
vertical_adjustment (ParityChartView *view)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (view)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_SCROLLBAR (child) &&
        gtk_orientable_get_orientation (GTK_ORIENTABLE (child)) == GTK_ORIENTATION_VERTICAL)
      return gtk_scrollbar_get_adjustment (GTK_SCROLLBAR (child));
  g_assert_not_reached ();
}

static gboolean
scroll_view (ParityChartView *view,
             double           dy)
{
  GListModel *controllers = gtk_widget_observe_controllers (GTK_WIDGET (view));
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_SCROLL (controller))
        g_signal_emit_by_name (controller, "scroll", 0.0, dy, &handled);
    }
  g_object_unref (controllers);
  return handled;
}

/* The wheel scrolls a zoomed sheet, and leaves a fitted one to the window. */
static void
test_wheel_scrolls (void)
{
  ParityWindow *window = open_bundled ();
  ParityChartView *view = parity_window_get_chart_view (window);
  GtkAdjustment *vertical = vertical_adjustment (view);

  g_assert_false (scroll_view (view, 1));
  parity_chart_view_set_zoom (view, 4);
  wait_for_scale (view, 4 * 96.0 / 72.0);
  g_assert_cmpfloat (gtk_adjustment_get_value (vertical), >, 0);
  gtk_adjustment_set_value (vertical, 0);
  g_assert_true (scroll_view (view, 1));
  g_assert_cmpfloat (gtk_adjustment_get_value (vertical), >, 0);

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
scrolled_down (gpointer data)
{
  return gtk_adjustment_get_value (vertical_adjustment (data)) > 0;
}

/* A chart grown to hold every row ("height": "auto") is fitted as its preset's page would
 * be, at the view's width, and scrolls down: by the wheel, and to the value stepped to. */
static void
test_grown_sheet_scrolls (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "kinds", "sorted-bars-test.json",
                                                 NULL);
  ParityWindow *window = gui_test_open (path);
  ParityChartView *view = parity_window_get_chart_view (window);
  GtkAdjustment *vertical = vertical_adjustment (view);
  ParityScene *scene;
  double sheet_height;

  gui_test_wait_painted (window);
  scene = parity_chart_view_get_scene (view);
  g_assert_cmpstr (parity_chart_view_get_chart_id (view), ==, "internet-every-economy");
  g_assert_cmpfloat (parity_scene_get_height (scene), >, 5 * parity_scene_get_width (scene));
  sheet_height = parity_scene_get_height (scene) * parity_chart_view_get_scale (view);
  /* Legible: far taller than the view, not shrunk into it; one scrollbar, down. */
  g_assert_cmpfloat (sheet_height, >, 3 * gtk_widget_get_height (GTK_WIDGET (view)));
  g_assert_cmpfloat (parity_chart_view_get_zoom (view), ==, 0);
  g_assert_cmpfloat (gtk_adjustment_get_upper (vertical), >,
                     gtk_adjustment_get_page_size (vertical));
  g_assert_cmpfloat (gtk_adjustment_get_value (vertical), ==, 0);

  g_assert_true (scroll_view (view, 1));
  wait_for (scrolled_down, view, "the sheet scrolled by the wheel");
  gtk_adjustment_set_value (vertical, 0);

  /* Stepping back from none goes to the last value, the world's line at the top; once
   * more, to the lowest bar, at the foot of the sheet. */
  g_assert_cmpint (parity_chart_view_step (view, -1), ==,
                   (int)parity_scene_get_n_table_rows (scene) - 1);
  g_assert_cmpfloat (gtk_adjustment_get_value (vertical), ==, 0);
  g_assert_cmpint (parity_chart_view_step (view, -1), ==,
                   (int)parity_scene_get_n_table_rows (scene) - 2);
  wait_for (scrolled_down, view, "the sheet scrolled to the last value");
  g_assert_cmpfloat (gtk_adjustment_get_value (vertical), >,
                     gtk_adjustment_get_upper (vertical) -
                     2 * gtk_adjustment_get_page_size (vertical));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The slide counter follows the chart; the hint shows when the presentation starts and goes
 * as soon as the presenter moves on. A zoom is put aside while presenting. */
static void
test_presentation_counter (void)
{
  ParityWindow *window = open_bundled ();
  ParityChartView *view = parity_window_get_chart_view (window);
  GtkWidget *widget = GTK_WIDGET (window);
  guint n = parity_dataset_get_n_charts (parity_window_get_dataset (window));
  g_autofree char *first = g_strdup_printf ("1 / %u", n);
  g_autofree char *second = g_strdup_printf ("2 / %u", n);

  g_assert_cmpuint (n, >, 2);
  g_assert_null (parity_window_get_slide_counter (window));
  g_assert_false (parity_window_get_presentation_hint_shown (window));
  g_assert_true (gtk_widget_activate_action (widget, "win.zoom-reset", NULL));

  g_assert_true (gtk_widget_activate_action (widget, "win.present", NULL));
  g_assert_cmpstr (parity_window_get_slide_counter (window), ==, first);
  g_assert_nonnull (gui_test_find_label (GTK_WIDGET (view), first));
  g_assert_true (parity_window_get_presentation_hint_shown (window));
  g_assert_cmpfloat (parity_chart_view_get_zoom (view), ==, 0);

  g_assert_true (gtk_widget_activate_action (widget, "win.presentation-next", NULL));
  g_assert_cmpstr (parity_window_get_slide_counter (window), ==, second);
  g_assert_false (parity_window_get_presentation_hint_shown (window));

  g_assert_true (gtk_widget_activate_action (widget, "win.leave-presentation", NULL));
  g_assert_null (parity_window_get_slide_counter (window));
  g_assert_cmpfloat (parity_chart_view_get_zoom (view), ==, 1);
  /* Presenting again shows the hint again, from the chart now selected. */
  g_assert_true (gtk_widget_activate_action (widget, "win.present", NULL));
  g_assert_true (parity_window_get_presentation_hint_shown (window));
  g_assert_cmpstr (parity_window_get_slide_counter (window), ==, second);
  g_assert_true (gtk_widget_activate_action (widget, "win.leave-presentation", NULL));

  gtk_window_destroy (GTK_WINDOW (window));
}

static GFile *
start_folder (ParityWindow *window,
              GSettings    *settings)
{
  GtkWidget *dialog = parity_export_dialog_new (GTK_WINDOW (window),
                                                parity_window_get_dataset (window),
                                                parity_chart_view_get_chart_id (
                                                  parity_window_get_chart_view (window)),
                                                settings);
  GFile *folder = parity_export_dialog_dup_start_folder (PARITY_EXPORT_DIALOG (dialog));

  gtk_window_destroy (GTK_WINDOW (dialog));
  return folder;
}

/* The export chooser starts in Pictures, then where the last export went; never in the
 * working folder. */
static void
test_export_folder (void)
{
  GSettings *settings = parity_application_get_settings (gui_test_get_app ());
  g_autofree char *pictures = g_build_filename (g_getenv ("PARITY_TEST_ROOT"), "Pictures", NULL);
  g_autofree char *dirs = g_build_filename (g_get_user_config_dir (), "user-dirs.dirs", NULL);
  g_autofree char *dirs_text = g_strdup_printf ("XDG_PICTURES_DIR=\"%s\"\n", pictures);
  g_autofree char *exports = g_build_filename (g_getenv ("PARITY_TEST_ROOT"), "exports", NULL);
  g_autofree char *target = g_build_filename (exports, "chart.png", NULL);
  g_autoptr(GFile) before = NULL;
  g_autoptr(GFile) after = NULL;
  ParityWindow *window;

  if (settings == NULL)
    {
      g_test_skip ("the settings schema is not compiled");
      return;
    }
  g_assert_cmpint (g_mkdir_with_parents (pictures, 0700), ==, 0);
  g_assert_cmpint (g_mkdir_with_parents (exports, 0700), ==, 0);
  g_assert_true (g_file_set_contents (dirs, dirs_text, -1, NULL));
  g_reload_user_special_dirs_cache ();
  g_settings_set_string (settings, "last-export-folder", "");

  window = open_bundled ();
  before = start_folder (window, settings);
  g_assert_cmpstr (g_file_peek_path (before), ==, pictures);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export-file", "s",
                                             target));
  g_assert_true (g_file_test (target, G_FILE_TEST_IS_REGULAR));
  after = start_folder (window, settings);
  g_assert_cmpstr (g_file_peek_path (after), ==, exports);

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (target);
  g_rmdir (exports);
  g_settings_set_string (settings, "last-export-folder", "");
}

static void
assert_no_underscore (GtkWidget *root,
                      guint     *n_labels,
                      gboolean  *page_up)
{
  if (GTK_IS_LABEL (root))
    {
      const char *text = gtk_label_get_text (GTK_LABEL (root));

      if (strchr (text, '_') != NULL)
        g_error ("the shortcuts window shows “%s”", text);
      *page_up |= g_str_equal (text, "Page Up");
      (*n_labels)++;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    assert_no_underscore (child, n_labels, page_up);
}

static GtkWidget *
find_actionable (GtkWidget  *root,
                 const char *action)
{
  if (GTK_IS_ACTIONABLE (root) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (root)), action) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_actionable (child, action);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Key caps as GTK labels keys ("Page Up"), never as it names them ("Page_Up"); tooltips name
 * their shortcut the same way. */
static void
test_shortcut_labels (void)
{
  ParityWindow *window = open_bundled ();
  GtkShortcutsWindow *overlay =
    gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window));
  g_autofree char *redo = gtk_accelerator_get_label (GDK_KEY_z,
                                                     GDK_CONTROL_MASK | GDK_SHIFT_MASK);
  g_autofree char *redo_tooltip = g_strdup_printf ("Redo (%s)", redo);
  GtkWidget *redo_button;
  gboolean page_up = FALSE;
  guint n_labels = 0;

  g_assert_nonnull (overlay);
  assert_no_underscore (GTK_WIDGET (overlay), &n_labels, &page_up);
  g_assert_cmpuint (n_labels, >, 20);
  g_assert_true (page_up);

  redo_button = find_actionable (GTK_WIDGET (window), "win.redo");
  g_assert_nonnull (redo_button);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (redo_button), ==, redo_tooltip);

  gtk_window_destroy (GTK_WINDOW (window));
}

static const char * const chart_actions[] = {
  "win.export", "win.print", "win.copy", "win.present", "win.toggle-inspector",
  "win.toggle-data", "win.save", "win.save-as", "win.add-labels", "win.zoom-in",
  "win.zoom-out", "win.zoom-reset", "win.zoom-fit",
};

/* A button bound to each action, inside the window, whose sensitivity follows the action's
 * enabled state as a menu item's or a header bar button's does. */
static GPtrArray *
add_probes (ParityWindow *window)
{
  GPtrArray *probes = g_ptr_array_new ();

  for (guint i = 0; i < G_N_ELEMENTS (chart_actions); i++)
    {
      GtkWidget *probe = gtk_button_new ();

      gtk_actionable_set_action_name (GTK_ACTIONABLE (probe), chart_actions[i]);
      gtk_widget_set_visible (probe, FALSE);
      parity_chart_view_add_overlay (parity_window_get_chart_view (window), probe);
      g_ptr_array_add (probes, probe);
    }
  return probes;
}

static void
assert_enabled (GPtrArray *probes,
                gboolean   enabled)
{
  for (guint i = 0; i < probes->len; i++)
    if (gtk_widget_get_sensitive (probes->pdata[i]) != enabled)
      g_error ("%s is %s", chart_actions[i], enabled ? "disabled" : "enabled");
}

/* On an error page nothing that acts on a chart can be chosen; a good file brings it all. */
static void
test_actions_follow_chart (void)
{
  g_autofree char *bad = gui_test_write_temp ("{\n  \"format\": \"parity-dataset\",,\n}");
  g_autofree char *good = gui_test_write_temp ("");
  g_autofree char *bundled = parity_dataset_get_bundled_path ();
  g_autofree char *contents = NULL;
  g_autoptr(GFile) good_file = NULL;
  g_autoptr(GPtrArray) probes = NULL;
  ParityWindow *window = gui_test_open (bad);

  probes = add_probes (window);
  g_assert_null (parity_window_get_dataset (window));
  assert_enabled (probes, FALSE);

  /* A file of its own, so that Add Labels (which needs one) is enabled too. */
  g_assert_true (g_file_get_contents (bundled, &contents, NULL, NULL));
  g_assert_true (g_file_set_contents (good, contents, -1, NULL));
  good_file = g_file_new_for_path (good);
  parity_window_open (window, good_file);
  gui_test_wait_painted (window);
  assert_enabled (probes, TRUE);

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (bad);
  g_unlink (good);
}

int
main (int   argc,
      char *argv[])
{
  if (!gui_test_init (&argc, &argv))
    return 0;
  g_test_add_func ("/view/zoom", test_zoom);
  g_test_add_func ("/view/wheel-scrolls", test_wheel_scrolls);
  g_test_add_func ("/view/grown-sheet-scrolls", test_grown_sheet_scrolls);
  g_test_add_func ("/view/presentation-counter", test_presentation_counter);
  g_test_add_func ("/view/export-folder", test_export_folder);
  g_test_add_func ("/view/shortcut-labels", test_shortcut_labels);
  g_test_add_func ("/view/actions-follow-chart", test_actions_follow_chart);
  return g_test_run ();
}
