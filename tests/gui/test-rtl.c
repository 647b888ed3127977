/* test-rtl.c: the window in Arabic is right to left, and in Arabic
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>
#include <locale.h>

#include "gui-test-util.h"
#include "parity-loader.h"
#include "parity-paths.h"

static void
test_window_is_rtl_in_arabic (void)
{
  g_autofree char *path = parity_dataset_get_bundled_path ();
  ParityWindow *window = gui_test_open (path);

  gui_test_wait_painted (window);
  g_assert_cmpint (gtk_widget_get_default_direction (), ==, GTK_TEXT_DIR_RTL);
  g_assert_cmpint (gtk_widget_get_direction (GTK_WIDGET (window)), ==, GTK_TEXT_DIR_RTL);

  /* The window's own words come from po/ar.po. */
  g_assert_cmpstr (g_dgettext ("parity", "_Open"), !=, "_Open");
  g_assert_cmpstr (g_dgettext ("parity", "Chart Kind"), !=, "Chart Kind");

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int    argc,
      char **argv)
{
  gui_test_set_language ("ar");
  if (!gui_test_init (&argc, &argv))
    return 0;
  g_test_add_func ("/rtl/window-is-rtl-in-arabic", test_window_is_rtl_in_arabic);
  return g_test_run ();
}
