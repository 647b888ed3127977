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
#include "parity-print.h"

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

/* Whether a PDF holds a picture (binary streams may hold NUL bytes: not a string search). */
static gboolean
has_image (const char *pdf,
           gsize       len)
{
  static const char needle[] = "/Subtype /Image";

  return memmem (pdf, len, needle, sizeof needle - 1) != NULL;
}

/* Printing takes the theme too: a theme with a logo prints to PDF, the logo's picture in
 * the file. */
static void
test_print_in_theme (void)
{
  g_autofree char *path = parity_dataset_get_bundled_path ();
  g_autofree char *theme_path = g_test_build_filename (G_TEST_DIST, "themes", "valid",
                                                       "full.json", NULL);
  g_autofree char *dir = g_dir_make_tmp ("parity-theme-XXXXXX", NULL);
  g_autofree char *pdf_path = g_build_filename (dir, "chart.pdf", NULL);
  g_autoptr(ParityDataset) dataset = parity_dataset_load_file (path, NULL);
  g_autoptr(ParityThemeFile) theme = parity_theme_file_load (theme_path, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *plain = NULL;
  gsize len, plain_len;

  g_assert_nonnull (theme);
  g_assert_true (parity_print_chart_to_pdf (dataset, "internet-use-by-region", theme, pdf_path,
                                            &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (pdf_path, &pdf, &len, NULL));
  g_assert_true (has_image (pdf, len));
  g_assert_true (parity_print_chart_to_pdf (dataset, "internet-use-by-region", NULL, pdf_path,
                                            &error));
  g_assert_true (g_file_get_contents (pdf_path, &plain, &plain_len, NULL));
  g_assert_false (has_image (plain, plain_len));
  g_unlink (pdf_path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  if (!gui_test_init (&argc, &argv))
    return 0;
  g_test_add_func ("/theme/choose", test_choose_theme);
  g_test_add_func ("/theme/print", test_print_in_theme);
  return g_test_run ();
}
