/* test-theme.c: Theme in the main menu — a bundled theme, a theme file opened, a bad one
 * refused — applied to the chart view and to exports
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <string.h>

#include "gui-test-util.h"
#include "parity-loader.h"
#include "parity-paths.h"

/* What the view's scene was laid out in: the theme's name, NULL for the built-in one. */
typedef struct
{
  ParityChartView *view;
  const char      *name;
} ThemeWait;

static gboolean
scene_in_theme (gpointer data)
{
  ThemeWait *wait = data;
  ParityScene *scene = parity_chart_view_get_scene (wait->view);

  return scene != NULL && g_strcmp0 (parity_scene_get_theme_name (scene), wait->name) == 0;
}

static void
wait_for_theme (ParityChartView *view,
                const char      *name)
{
  ThemeWait wait = { view, name };

  gui_test_wait_for (scene_in_theme, &wait, "the chart laid out in the theme");
}

static gboolean
no_file_chooser (gpointer data)
{
  return gui_test_find_file_chooser () == NULL;
}

static void
test_choose_theme (void)
{
  g_autofree char *path = parity_dataset_get_bundled_path ();
  g_autofree char *dir = g_dir_make_tmp ("parity-theme-XXXXXX", NULL);
  g_autofree char *svg_path = g_build_filename (dir, "chart.svg", NULL);
  g_autofree char *bad_path = g_build_filename (dir, "bad.json", NULL);
  g_autofree char *greyscale = g_build_filename (parity_paths_get_pkgdatadir (), "themes",
                                                 "greyscale.json", NULL);
  g_autofree char *svg = NULL;
  g_autofree char *theme = NULL;
  g_autoptr(GFile) greyscale_file = NULL;
  ParityWindow *window = gui_test_open (path);
  ParityChartView *view = parity_window_get_chart_view (window);
  AdwToast *toast;
  GtkWidget *chooser;

  gui_test_wait_painted (window);
  g_assert_null (parity_chart_view_get_theme (view));
  wait_for_theme (view, NULL);

  /* A bundled theme, by its id: the view lays the chart out in it, and exports carry it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.theme", "s", "un"));
  g_assert_cmpstr (parity_theme_file_get_id (parity_chart_view_get_theme (view)), ==, "un");
  wait_for_theme (view, "UN neutral");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export-file", "s",
                                             svg_path));
  g_assert_true (g_file_get_contents (svg_path, &svg, NULL, NULL));
  g_assert_nonnull (strstr (svg, "; theme UN neutral"));

  /* A theme file that cannot be read is reported, and the theme before kept. */
  g_assert_true (g_file_set_contents (bad_path, "{\"name\": \"x\", \"colors\": {\"text\": 1}}",
                                      -1, NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.theme", "s", bad_path));
  toast = parity_window_get_last_toast (window);
  g_assert_nonnull (toast);
  g_assert_cmpstr (adw_toast_get_title (toast), ==, "Could not use the theme");
  g_assert_cmpstr (parity_theme_file_get_id (parity_chart_view_get_theme (view)), ==, "un");
  g_object_get (window, "theme", &theme, NULL);
  g_assert_cmpstr (theme, ==, "un");

  /* Open Theme File… reads the file chosen. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-theme", NULL));
  gui_test_wait_for (gui_test_has_file_chooser, NULL, "the Open Theme File chooser");
  chooser = gui_test_find_file_chooser ();
  greyscale_file = g_file_new_for_path (greyscale);
  g_assert_true (gtk_file_chooser_set_file (GTK_FILE_CHOOSER (chooser), greyscale_file, NULL));
  gui_test_wait_chooser_file (chooser, greyscale);
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
  gui_test_wait_for (no_file_chooser, NULL, "the chooser to close");
  g_assert_nonnull (parity_chart_view_get_theme (view));
  g_assert_cmpstr (parity_theme_file_get_id (parity_chart_view_get_theme (view)), ==,
                   "greyscale");
  wait_for_theme (view, "Greyscale print");

  /* Built-In: no theme. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.theme", "s", ""));
  g_assert_null (parity_chart_view_get_theme (view));
  wait_for_theme (view, NULL);

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (svg_path);
  g_unlink (bad_path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  if (!gui_test_init (&argc, &argv))
    return 0;
  g_test_add_func ("/theme/choose", test_choose_theme);
  return g_test_run ();
}
