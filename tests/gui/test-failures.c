/* test-failures.c: a save, reload or export that fails says so, and the document survives
 *
 * Each test makes the real operation fail the way it fails for users (the file replaced by a
 * folder, a half-written file on disk, a folder that does not exist), then checks the toast
 * the window shows and that the open document, its edits and the chart are as they were.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <string.h>

#include "gui-test-util.h"

#define chart_title gui_test_chart_title
#define wait_for_toast gui_test_wait_for_label


/* No temporary file of @path's save is left beside it. */
static void
assert_no_temporary (const char *path)
{
  g_autofree char *dir_path = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *prefix = g_strconcat (base, ".", NULL);
  g_autofree char *hidden = g_strconcat (".", base, ".", NULL);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (dir)) != NULL)
    g_assert_false (g_str_has_prefix (name, prefix) || g_str_has_prefix (name, hidden));
}

static void
test_save_fails_keeps_edits (void)
{
  g_autofree char *path = NULL;
  ParityWindow *window = gui_test_open_copy (&path);
  ParityDocument *document = parity_window_get_document (window);
  GtkWidget *title_row = gui_test_find (GTK_WIDGET (parity_window_get_inspector (window)),
                                        ADW_TYPE_ENTRY_ROW, "Title");

  gtk_editable_set_text (GTK_EDITABLE (title_row), "An edit worth keeping");
  g_assert_true (parity_document_get_modified (document));
  /* The file's place is taken by a folder: the save cannot be renamed into place. */
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_mkdir (path, 0700), ==, 0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  wait_for_toast (window, "Could not save");
  g_assert_true (parity_document_get_modified (document));
  g_assert_cmpstr (chart_title (window), ==, "An edit worth keeping");
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_DIR));
  assert_no_temporary (path);

  /* Nothing asks about the unsaved edits when a test closes the window. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  gtk_window_destroy (GTK_WINDOW (window));
  g_rmdir (path);
}

static void
test_broken_reload_keeps_last_good_data (void)
{
  g_autofree char *path = NULL;
  ParityWindow *window = gui_test_open_copy (&path);
  ParityDataset *before = parity_window_get_dataset (window);
  g_autofree char *title = g_strdup (chart_title (window));

  /* Another program writes half a file. */
  g_assert_true (g_file_set_contents (path, "{ \"format\": \"parity-dataset\", \"vers", -1,
                                      NULL));
  wait_for_toast (window, "could not be read");
  g_assert_true (parity_window_get_dataset (window) == before);
  g_assert_cmpstr (chart_title (window), ==, title);
  g_assert_nonnull (parity_chart_view_get_scene (parity_window_get_chart_view (window)));

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (path);
}

static void
test_export_fails_says_why (void)
{
  g_autofree char *path = NULL;
  ParityWindow *window = gui_test_open_copy (&path);
  g_autofree char *target = g_build_filename (g_get_tmp_dir (), "parity-no-such-folder",
                                              "chart.pdf", NULL);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export-file", "s",
                                             target));
  wait_for_toast (window, "Could not export the chart");
  g_assert_false (g_file_test (target, G_FILE_TEST_EXISTS));
  g_assert_nonnull (parity_chart_view_get_scene (parity_window_get_chart_view (window)));

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (path);
}

/* Cancel while a big file is read: the open document stays, and a toast says nothing
 * changed. The file is big enough (a hundred thousand observations) that the load cannot be
 * over before the click. */
static void
test_cancel_keeps_document (void)
{
  g_autofree char *path = NULL;
  ParityWindow *window = gui_test_open_copy (&path);
  ParityDataset *before = parity_window_get_dataset (window);
  g_autofree char *big = gui_test_write_big_dataset ();
  g_autoptr(GFile) big_file = g_file_new_for_path (big);

  parity_window_open (window, big_file);
  gui_test_cancel_load (window);
  g_assert_true (parity_window_get_dataset (window) == before);
  g_assert_nonnull (parity_chart_view_get_scene (parity_window_get_chart_view (window)));

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (path);
  g_unlink (big);
}

int
main (int    argc,
      char **argv)
{
  if (!gui_test_init (&argc, &argv))
    return 0;
  g_test_add_func ("/failures/save-fails-keeps-edits", test_save_fails_keeps_edits);
  g_test_add_func ("/failures/broken-reload-keeps-last-good-data",
                   test_broken_reload_keeps_last_good_data);
  g_test_add_func ("/failures/export-fails-says-why", test_export_fails_says_why);
  g_test_add_func ("/failures/cancel-keeps-document", test_cancel_keeps_document);
  return g_test_run ();
}
