/* test-draft.c: no lost edits — a killed window's edits come back from their draft
 *
 * The crash is real: a child process (this program, told so by PARITY_TEST_DRAFT_CHILD)
 * opens the file in the window and edits it; the test waits for the draft to appear, kills
 * the child with SIGKILL, opens the same file in a window of its own and answers the restore
 * dialog. The drafts live in the isolated XDG_STATE_HOME that gui_test_init() makes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <utime.h>

#include "gui-test-util.h"
#include "parity-loader.h"

#define EDIT "Edited before the crash"
#define RESTORE_HEADING "Restore Unsaved Edits?"

static char *self_exe;

/* Where the draft of @path must be: the documented place, computed here on its own. */
static char *
draft_path_of (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *uri = g_file_get_uri (file);
  g_autofree char *hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, uri, -1);
  g_autofree char *name = g_strconcat (hash, ".json", NULL);

  return g_build_filename (g_getenv ("XDG_STATE_HOME"), "parity", "drafts", name, NULL);
}

static char *
temp_copy_of_bundled (void)
{
  g_autofree char *bundled = parity_dataset_get_bundled_path ();
  g_autofree char *contents = NULL;

  g_assert_true (g_file_get_contents (bundled, &contents, NULL, NULL));
  return gui_test_write_temp (contents);
}

static gboolean
file_contains (const char *path,
               const char *text)
{
  g_autofree char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  return strstr (contents, text) != NULL;
}

static void
edit_title (ParityWindow *window,
            const char   *title)
{
  GtkWidget *row = gui_test_find (GTK_WIDGET (parity_window_get_inspector (window)),
                                  ADW_TYPE_ENTRY_ROW, "Title");

  g_assert_nonnull (row);
  gtk_editable_set_text (GTK_EDITABLE (row), title);
}

/* Waiting for a file another process writes: the main loop is woken every 20 ms to look, and
 * stops early when the child ends. */
typedef struct
{
  const char *path;
  gboolean    exists;
  gboolean    child_ended;
} FileWait;

static gboolean
tick (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

static gboolean
file_state_reached (gpointer data)
{
  FileWait *wait = data;

  return wait->child_ended || g_file_test (wait->path, G_FILE_TEST_EXISTS) == wait->exists;
}

static void
wait_for_file (FileWait *wait)
{
  guint id = g_timeout_add (20, tick, NULL);

  gui_test_wait_for (file_state_reached, wait, wait->exists ? "the draft" : "no draft");
  g_source_remove (id);
}

static void
wait_for_draft (const char *draft)
{
  FileWait wait = { draft, TRUE, FALSE };

  wait_for_file (&wait);
  g_assert_true (g_file_test (draft, G_FILE_TEST_IS_REGULAR));
}

static void
on_child_ended (GObject      *child,
                GAsyncResult *result,
                gpointer      data)
{
  g_subprocess_wait_finish (G_SUBPROCESS (child), result, NULL);
  *(gboolean *)data = TRUE;
}

static gboolean
is_true (gpointer data)
{
  return *(gboolean *)data;
}

static gboolean
never (gpointer data)
{
  return FALSE;
}

/* The child: edits @path in the window, then waits to be killed; if it is not, the wait
 * times out and fails. */
static int
run_child (const char *path)
{
  ParityWindow *window = gui_test_open (path);

  gui_test_wait_painted (window);
  edit_title (window, EDIT);
  gui_test_wait_for (never, NULL, "the SIGKILL");
  return 1;
}

/* Edits @path in another process, and kills it with SIGKILL once its draft is written. */
static void
edit_and_kill (const char *path,
               const char *draft)
{
  /* Its standard output is not the test's: TAP is read there. */
  g_autoptr(GSubprocessLauncher) launcher =
    g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE);
  g_autoptr(GSubprocess) child = NULL;
  g_autoptr(GError) error = NULL;
  FileWait wait = { draft, TRUE, FALSE };
  pid_t pid;

  g_subprocess_launcher_setenv (launcher, "PARITY_TEST_DRAFT_CHILD", path, TRUE);
  child = g_subprocess_launcher_spawn (launcher, &error, self_exe, NULL);
  g_assert_no_error (error);
  g_subprocess_wait_async (child, NULL, on_child_ended, &wait.child_ended);
  wait_for_file (&wait);
  g_assert_false (wait.child_ended);
  g_assert_true (g_file_test (draft, G_FILE_TEST_IS_REGULAR));

  pid = (pid_t)g_ascii_strtoll (g_subprocess_get_identifier (child), NULL, 10);
  g_assert_cmpint (kill (pid, SIGKILL), ==, 0);
  gui_test_wait_for (is_true, &wait.child_ended, "the killed window to end");
  g_assert_true (g_subprocess_get_if_signaled (child));
  g_assert_cmpint (g_subprocess_get_term_sig (child), ==, SIGKILL);

  /* The edit is in the draft alone. */
  g_assert_true (file_contains (draft, EDIT));
  g_assert_false (file_contains (path, EDIT));
}

static gboolean
window_gone (gpointer data)
{
  return *(ParityWindow **)data == NULL;
}

/* Closes @window: with unsaved edits, it asks. */
static AdwMessageDialog *
close_asking (ParityWindow *window)
{
  gtk_window_close (GTK_WINDOW (window));
  return gui_test_wait_for_dialog (window, "Save Changes?");
}

/* Answers the question of close_asking() with @response, and waits until @window closed. */
static void
answer_closing (ParityWindow     *window,
                AdwMessageDialog *dialog,
                const char       *response)
{
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *)&window);
  adw_message_dialog_response (dialog, response);
  gui_test_wait_for (window_gone, &window, "the window to close");
}

static void
close_answering (ParityWindow *window,
                 const char   *response)
{
  answer_closing (window, close_asking (window), response);
}

/* What the draft records: the original file's path, and when it was written (returned as
 * the window shows hours and minutes, in the test's TZ=UTC). */
static char *
check_draft_record (const char *draft,
                    const char *path,
                    GDateTime  *not_before)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) written = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  JsonObject *record;

  json_parser_load_from_file (parser, draft, &error);
  g_assert_no_error (error);
  record = json_object_get_object_member (json_node_get_object (json_parser_get_root (parser)),
                                          "x-parity-draft");
  g_assert_nonnull (record);
  g_assert_cmpstr (json_object_get_string_member (record, "path"), ==, path);
  written = g_date_time_new_from_iso8601 (json_object_get_string_member (record, "written"),
                                          NULL);
  g_assert_nonnull (written);
  /* Recorded to the second, so compared with the test's start less one. */
  g_assert_cmpint (g_date_time_difference (written, not_before), >=, -G_TIME_SPAN_SECOND);
  g_assert_cmpint (g_date_time_difference (now, written), >=, 0);
  return g_date_time_format (written, "%H:%M");
}

static void
test_restore_after_kill (void)
{
  g_autofree char *path = temp_copy_of_bundled ();
  g_autofree char *draft = draft_path_of (path);
  g_autofree char *basename = g_path_get_basename (path);
  g_autoptr(GDateTime) start = g_date_time_new_now_utc ();
  g_autofree char *time_shown = NULL;
  g_autofree char *saved_title = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  ParityWindow *window;
  ParityDocument *document;
  AdwMessageDialog *dialog;

  edit_and_kill (path, draft);
  time_shown = check_draft_record (draft, path, start);

  window = gui_test_open (path);
  dialog = gui_test_wait_for_dialog (window, RESTORE_HEADING);
  /* The dialog names the file and the time the draft was written. */
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), basename));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), time_shown));
  /* Until it is answered, the window shows the file as saved. */
  saved_title = g_strdup (gui_test_chart_title (window));
  g_assert_cmpstr (saved_title, !=, EDIT);
  g_assert_false (parity_document_get_modified (parity_window_get_document (window)));

  adw_message_dialog_response (dialog, "restore");
  document = parity_window_get_document (window);
  g_assert_cmpstr (gui_test_chart_title (window), ==, EDIT);
  g_assert_true (parity_document_get_modified (document));
  g_assert_true (g_file_equal (parity_document_get_file (document), file));
  /* Restored is not saved: the file is as it was, and the draft stays until it is. */
  g_assert_false (file_contains (path, EDIT));
  g_assert_true (g_file_test (draft, G_FILE_TEST_EXISTS));

  /* Saving writes the original file, and the draft goes. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  g_assert_false (parity_document_get_modified (document));
  g_assert_true (file_contains (path, EDIT));
  g_assert_false (g_file_test (draft, G_FILE_TEST_EXISTS));

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (path);
}

static void
test_discard_after_kill (void)
{
  g_autofree char *path = temp_copy_of_bundled ();
  g_autofree char *draft = draft_path_of (path);
  g_autofree char *saved_title = NULL;
  ParityWindow *window;
  AdwMessageDialog *dialog;

  edit_and_kill (path, draft);
  window = gui_test_open (path);
  dialog = gui_test_wait_for_dialog (window, RESTORE_HEADING);
  saved_title = g_strdup (gui_test_chart_title (window));

  adw_message_dialog_response (dialog, "discard");
  g_assert_false (g_file_test (draft, G_FILE_TEST_EXISTS));
  g_assert_false (parity_document_get_modified (parity_window_get_document (window)));
  g_assert_cmpstr (gui_test_chart_title (window), ==, saved_title);
  g_assert_cmpstr (gui_test_chart_title (window), !=, EDIT);

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (path);
}

/* The file was saved again after the draft (in another program, say): the dialog says that
 * restoring would replace those changes; a file left alone gets no such warning. */
static void
test_file_changed_after_draft (void)
{
  g_autofree char *path = temp_copy_of_bundled ();
  g_autofree char *draft = draft_path_of (path);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) later = g_date_time_add_minutes (now, 5);
  ParityWindow *window;
  AdwMessageDialog *dialog;
  struct utimbuf times;

  edit_and_kill (path, draft);
  window = gui_test_open (path);
  dialog = gui_test_wait_for_dialog (window, RESTORE_HEADING);
  g_assert_null (strstr (adw_message_dialog_get_body (dialog), "changed after"));
  gtk_window_destroy (GTK_WINDOW (window));

  times.actime = times.modtime = g_date_time_to_unix (later);
  g_assert_cmpint (g_utime (path, &times), ==, 0);
  window = gui_test_open (path);
  dialog = gui_test_wait_for_dialog (window, RESTORE_HEADING);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog),
                            "The file was changed after that: restoring and saving would "
                            "replace those changes."));
  adw_message_dialog_response (dialog, "discard");
  g_assert_false (g_file_test (draft, G_FILE_TEST_EXISTS));

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (path);
}

/* A window on a copy of the bundled dataset, its first chart's title edited. */
static ParityWindow *
open_edited_copy (char **path,
                  char **draft)
{
  ParityWindow *window = gui_test_open_copy (path);

  *draft = draft_path_of (*path);
  edit_title (window, EDIT);
  return window;
}

/* Edits in this process: the draft follows undo and redo, and closing without saving
 * removes it. */
static void
test_undo_and_close_discard (void)
{
  g_autofree char *path = NULL;
  g_autofree char *draft = NULL;
  ParityWindow *window = open_edited_copy (&path, &draft);

  /* Written after a pause in editing, not at each change. */
  g_assert_false (g_file_test (draft, G_FILE_TEST_EXISTS));
  wait_for_draft (draft);
  g_assert_true (file_contains (draft, EDIT));

  /* Undone back to the file: nothing to keep. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_false (g_file_test (draft, G_FILE_TEST_EXISTS));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  wait_for_draft (draft);

  close_answering (window, "discard");
  g_assert_false (g_file_test (draft, G_FILE_TEST_EXISTS));
  g_assert_false (file_contains (path, EDIT));
  g_unlink (path);
}

/* Closing writes the draft at once, before it asks; choosing Save writes the file and
 * removes the draft. */
static void
test_close_save (void)
{
  g_autofree char *path = NULL;
  g_autofree char *draft = NULL;
  ParityWindow *window = open_edited_copy (&path, &draft);
  AdwMessageDialog *dialog = close_asking (window);

  parity_window_wait_for_drafts ();
  g_assert_true (file_contains (draft, EDIT));
  answer_closing (window, dialog, "save");
  g_assert_true (file_contains (path, EDIT));
  g_assert_false (g_file_test (draft, G_FILE_TEST_EXISTS));
  g_unlink (path);
}

/* Undoing back to the file while the draft of a big dataset is being written: the draft is
 * removed at once, and again when the write ends, so it does not come back. */
static void
test_removed_while_written (void)
{
  g_autofree char *big = gui_test_write_big_dataset ();
  g_autofree char *draft = draft_path_of (big);
  ParityWindow *window = gui_test_open (big);
  ParityDocument *document = parity_window_get_document (window);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-chart", "s", "x"));
  g_assert_true (parity_document_get_modified (document));
  /* Closing writes the draft at once, in a worker; Cancel keeps the window open. */
  adw_message_dialog_response (close_asking (window), "cancel");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_false (parity_document_get_modified (document));
  parity_window_wait_for_drafts ();
  g_assert_false (g_file_test (draft, G_FILE_TEST_EXISTS));

  /* Edited again, it has a draft again. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  wait_for_draft (draft);
  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (draft);
  g_unlink (big);
}

/* The bundled dataset is saved as a copy, but its edits have a draft like any file's. */
static void
test_bundled_dataset (void)
{
  g_autofree char *bundled = parity_dataset_get_bundled_path ();
  g_autofree char *draft = draft_path_of (bundled);
  ParityWindow *window = gui_test_open (bundled);
  AdwMessageDialog *dialog;

  gui_test_wait_painted (window);
  edit_title (window, EDIT);
  /* Destroyed before the pause that writes the draft, as quitting destroys every window:
   * the draft is written on the way out, and quitting waits for it. */
  g_assert_false (g_file_test (draft, G_FILE_TEST_EXISTS));
  gtk_window_destroy (GTK_WINDOW (window));
  parity_window_wait_for_drafts ();
  g_assert_true (g_file_test (draft, G_FILE_TEST_EXISTS));
  g_assert_true (file_contains (draft, EDIT));

  window = gui_test_open (bundled);
  dialog = gui_test_wait_for_dialog (window, RESTORE_HEADING);
  adw_message_dialog_response (dialog, "restore");
  g_assert_cmpstr (gui_test_chart_title (window), ==, EDIT);
  g_assert_true (parity_document_get_modified (parity_window_get_document (window)));
  g_assert_false (file_contains (bundled, EDIT));

  close_answering (window, "discard");
  g_assert_false (g_file_test (draft, G_FILE_TEST_EXISTS));
}

/* Drafts that must never replace the file: each is refused with a toast, and the file is
 * shown as saved. */
typedef enum
{
  BROKEN_TRUNCATED,
  BROKEN_OTHER_FILE,
  BROKEN_NO_RECORD,
  BROKEN_TOO_BIG,
} Broken;

static void
write_broken_draft (const char *draft,
                    Broken      broken)
{
  g_autofree char *dir = g_path_get_dirname (draft);
  g_autofree char *bundled = parity_dataset_get_bundled_path ();
  g_autofree char *dataset = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  FILE *file;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (g_file_get_contents (bundled, &dataset, NULL, NULL));
  switch (broken)
    {
    case BROKEN_TRUNCATED:
      contents = g_strndup (dataset, strlen (dataset) / 2);
      break;
    case BROKEN_OTHER_FILE:
      /* A whole dataset, but the draft of another file. */
      contents = g_strdup_printf ("{ \"x-parity-draft\": { \"uri\": \"file:///elsewhere.json\", "
                                  "\"path\": \"/elsewhere.json\", "
                                  "\"written\": \"2024-05-01T09:30:00Z\" }, %s",
                                  strchr (dataset, '{') + 1);
      break;
    case BROKEN_NO_RECORD:
      contents = g_strdup (dataset);
      break;
    case BROKEN_TOO_BIG:
      /* Past the loader's limit, as a sparse file: refused before it is read. */
      file = fopen (draft, "w");
      g_assert_nonnull (file);
      g_assert_cmpint (fseeko (file, (off_t)PARITY_LOADER_MAX_BYTES + 1, SEEK_SET), ==, 0);
      g_assert_cmpint (fputc ('}', file), ==, '}');
      g_assert_cmpint (fclose (file), ==, 0);
      return;
    }
  g_file_set_contents (draft, contents, -1, &error);
  g_assert_no_error (error);
}

static void
test_broken_draft (gconstpointer data)
{
  Broken broken = GPOINTER_TO_INT (data);
  g_autofree char *path = temp_copy_of_bundled ();
  g_autofree char *draft = draft_path_of (path);
  ParityWindow *window;

  write_broken_draft (draft, broken);
  window = gui_test_open (path);
  gui_test_wait_for_label (window, "Could not read the draft");
  g_assert_null (gui_test_find_dialog (window, RESTORE_HEADING));
  g_assert_false (parity_document_get_modified (parity_window_get_document (window)));
  g_assert_cmpstr (gui_test_chart_title (window), !=, EDIT);
  gui_test_wait_painted (window);
  /* Left as it was found, for whoever wants to look at it. */
  g_assert_true (g_file_test (draft, G_FILE_TEST_EXISTS));

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (draft);
  g_unlink (path);
}

int
main (int    argc,
      char **argv)
{
  const char *child_path;

  if (!gui_test_init (&argc, &argv))
    return 0;
  /* The drafts must go to the test's own folder, never the user's. */
  g_assert_true (g_str_has_prefix (g_get_user_state_dir (), g_getenv ("PARITY_TEST_ROOT")));
  child_path = g_getenv ("PARITY_TEST_DRAFT_CHILD");
  if (child_path != NULL)
    return run_child (child_path);
  self_exe = g_file_read_link ("/proc/self/exe", NULL);
  g_assert_nonnull (self_exe);

  g_test_add_func ("/draft/restore-after-kill", test_restore_after_kill);
  g_test_add_func ("/draft/discard-after-kill", test_discard_after_kill);
  g_test_add_func ("/draft/file-changed-after-draft", test_file_changed_after_draft);
  g_test_add_func ("/draft/undo-and-close-discard", test_undo_and_close_discard);
  g_test_add_func ("/draft/close-save", test_close_save);
  g_test_add_func ("/draft/removed-while-written", test_removed_while_written);
  g_test_add_func ("/draft/bundled-dataset", test_bundled_dataset);
  g_test_add_data_func ("/draft/broken/truncated", GINT_TO_POINTER (BROKEN_TRUNCATED),
                        test_broken_draft);
  g_test_add_data_func ("/draft/broken/other-file", GINT_TO_POINTER (BROKEN_OTHER_FILE),
                        test_broken_draft);
  g_test_add_data_func ("/draft/broken/no-record", GINT_TO_POINTER (BROKEN_NO_RECORD),
                        test_broken_draft);
  g_test_add_data_func ("/draft/broken/too-big", GINT_TO_POINTER (BROKEN_TOO_BIG),
                        test_broken_draft);
  return g_test_run ();
}
