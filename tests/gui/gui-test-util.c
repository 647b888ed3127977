/* gui-test-util.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "gui-test-util.h"
#include "parity-loader.h"
#include "parity-paths.h"

#define TIMEOUT_SECONDS 30

static ParityApplication *app;
static char *isolated_root;

static void
remove_tree (GFile *file)
{
  g_autoptr(GFileEnumerator) children = NULL;
  GFileInfo *info;

  children = g_file_enumerate_children (file, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                        G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
  while (children != NULL && g_file_enumerator_iterate (children, &info, NULL, NULL, NULL) &&
         info != NULL)
    {
      g_autoptr(GFile) child = g_file_get_child (file, g_file_info_get_name (info));

      remove_tree (child);
    }
  g_file_delete (file, NULL, NULL);
}

static void
remove_isolated_root (void)
{
  g_autoptr(GFile) root = g_file_new_for_path (isolated_root);

  remove_tree (root);
}

/* The window writes drafts and recent files under the user's folders: a test's go to a
 * folder of its own, shared with the children it starts and removed when it exits. Called
 * before anything asks GLib for these folders, which it reads once. HOME and the cache stay:
 * moved, they made GTK fail now and then to reach the session's accessibility bus. */
static void
isolate_dirs (void)
{
  static const struct { const char *var, *name; } dirs[] = {
    { "XDG_CONFIG_HOME", "config" },
    { "XDG_DATA_HOME", "data" },
    { "XDG_STATE_HOME", "state" },
  };
  g_autoptr(GError) error = NULL;

  if (g_getenv ("PARITY_TEST_ROOT") != NULL)
    return;
  isolated_root = g_dir_make_tmp ("parity-gui-test-XXXXXX", &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (dirs); i++)
    {
      g_autofree char *dir = g_build_filename (isolated_root, dirs[i].name, NULL);

      g_assert_cmpint (g_mkdir (dir, 0700), ==, 0);
      g_setenv (dirs[i].var, dir, TRUE);
    }
  g_setenv ("PARITY_TEST_ROOT", isolated_root, TRUE);
  atexit (remove_isolated_root);
}

/* FALSE when there is no display: the caller prints a TAP plan of zero and exits. */
gboolean
gui_test_init (int    *argc,
               char ***argv)
{
  g_autoptr(GError) error = NULL;

  isolate_dirs ();
  g_test_init (argc, argv, NULL);
  if (!gtk_init_check ())
    {
      /* No display at all is a pass without GUI tests (the sanitizer pass); a display that
       * is set but refuses the connection is a failure, not a silent skip. */
      if (g_getenv ("DISPLAY") != NULL || g_getenv ("WAYLAND_DISPLAY") != NULL)
        g_error ("cannot open the display %s", g_getenv ("DISPLAY"));
      g_print ("1..0 # SKIP no display (build-aux/test runs this under xvfb-run)\n");
      return FALSE;
    }
  adw_init ();
  app = parity_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  if (!g_application_register (G_APPLICATION (app), NULL, &error))
    g_error ("%s", error->message);
  return TRUE;
}

ParityApplication *
gui_test_get_app (void)
{
  return app;
}

static gboolean
on_timeout (gpointer data)
{
  *(gboolean *)data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until @condition holds: events, not sleeps, move the test on. The
 * timeout only turns a hang into a failure. */
void
gui_test_wait_for (GuiCondition  condition,
                   gpointer      data,
                   const char   *what)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add_seconds (TIMEOUT_SECONDS, on_timeout, &timed_out);

  while (!condition (data) && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (timed_out)
    g_error ("timed out waiting for %s", what);
  g_source_remove (id);
}

static gboolean
is_idle (gpointer data)
{
  return !parity_window_get_busy (data);
}

ParityWindow *
gui_test_open (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  ParityWindow *window = g_object_new (PARITY_TYPE_WINDOW, "application", app, NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  parity_window_open (window, file);
  gtk_window_present (GTK_WINDOW (window));
  gui_test_wait_for (is_idle, window, "the dataset to load");
  return window;
}

static gboolean
has_painted (gpointer data)
{
  ParityChartView *view = parity_window_get_chart_view (data);

  return parity_chart_view_get_n_paints (view) > 0 && parity_chart_view_get_scene (view) != NULL;
}

void
gui_test_wait_painted (ParityWindow *window)
{
  gui_test_wait_for (has_painted, window, "the chart to be painted");
}

/* The path of the bundled dataset of that file name ("internet-use-by-economy.json"). */
char *
gui_test_bundled_path (const char *file_name)
{
  g_auto(GStrv) bundled = parity_dataset_list_bundled ();

  for (guint i = 0; bundled[i] != NULL; i++)
    if (g_str_has_suffix (bundled[i], file_name))
      return g_strdup (bundled[i]);
  g_error ("no bundled dataset %s", file_name);
  return NULL;
}

/* A window on a copy of the bundled dataset in a temporary file, its first chart painted. */
ParityWindow *
gui_test_open_copy (char **copy_path)
{
  g_autofree char *bundled = parity_dataset_get_bundled_path ();
  g_autofree char *contents = NULL;
  ParityWindow *window;

  g_assert_true (g_file_get_contents (bundled, &contents, NULL, NULL));
  *copy_path = gui_test_write_temp (contents);
  window = gui_test_open (*copy_path);
  gui_test_wait_painted (window);
  return window;
}

/* The selected chart's title, in English. */
const char *
gui_test_chart_title (ParityWindow *window)
{
  ParityDataset *dataset = parity_window_get_dataset (window);
  const char *id = parity_chart_view_get_chart_id (parity_window_get_chart_view (window));

  return parity_text_get (parity_dataset_find_chart (dataset, id)->title, "en", "en");
}

/* What a test waits to see in a window: a label's text, a dialog's heading. */
typedef struct
{
  ParityWindow *window;
  const char   *text;
} TextWait;

static gboolean
label_shown (gpointer data)
{
  TextWait *wait = data;

  return gui_test_find_label (GTK_WIDGET (wait->window), wait->text) != NULL;
}

/* Waits for a label containing @text below @window: a toast, a status page. */
void
gui_test_wait_for_label (ParityWindow *window,
                         const char   *text)
{
  TextWait wait = { window, text };

  gui_test_wait_for (label_shown, &wait, text);
}

/* The message dialog shown over @window with that heading, or NULL. */
AdwMessageDialog *
gui_test_find_dialog (ParityWindow *window,
                      const char   *heading)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (toplevel) &&
          gtk_window_get_transient_for (toplevel) == GTK_WINDOW (window) &&
          gtk_widget_get_visible (GTK_WIDGET (toplevel)) &&
          g_strcmp0 (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (toplevel)),
                     heading) == 0)
        return ADW_MESSAGE_DIALOG (toplevel);
    }
  return NULL;
}

static gboolean
dialog_shown (gpointer data)
{
  TextWait *wait = data;

  return gui_test_find_dialog (wait->window, wait->text) != NULL;
}

AdwMessageDialog *
gui_test_wait_for_dialog (ParityWindow *window,
                          const char   *heading)
{
  TextWait wait = { window, heading };

  gui_test_wait_for (dialog_shown, &wait, heading);
  return gui_test_find_dialog (window, heading);
}

/* The first label below @root whose text contains @text: a toast's title, a dialog's line. */
GtkLabel *
gui_test_find_label (GtkWidget  *root,
                     const char *text)
{
  if (GTK_IS_LABEL (root) && strstr (gtk_label_get_text (GTK_LABEL (root)), text) != NULL)
    return GTK_LABEL (root);
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *found = gui_test_find_label (child, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* A row's title is TITLE, or TITLE followed by the language the row edits ("Title —
 * English", see parity-inspector.c). */
static gboolean
title_matches (const char *row_title,
               const char *title)
{
  return g_strcmp0 (row_title, title) == 0 ||
         (row_title != NULL && g_str_has_prefix (row_title, title) &&
          g_str_has_prefix (row_title + strlen (title), " — "));
}

/* The first widget below @root, @root included, that @match accepts. */
GtkWidget *
gui_test_find_where (GtkWidget      *root,
                     GuiWidgetMatch  match,
                     gconstpointer   data)
{
  if (match (root, data))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = gui_test_find_where (child, match, data);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The first widget of @type below @root, and with that title when it is a preferences row. */
GtkWidget *
gui_test_find (GtkWidget  *root,
               GType       type,
               const char *title)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type) &&
      (title == NULL || (ADW_IS_PREFERENCES_ROW (root) &&
                         title_matches (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (root)),
                                        title))))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = gui_test_find (child, type, title);

      if (found != NULL)
        return found;
    }
  return NULL;
}

char *
gui_test_write_temp (const char *contents)
{
  g_autoptr(GError) error = NULL;
  char *path = NULL;
  int fd = g_file_open_tmp ("parity-test-XXXXXX.json", &path, &error);

  g_assert_no_error (error);
  close (fd);
  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
  return path;
}

/* A dataset of a hundred thousand observations of indicator "x", and no chart: big enough that
 * reading or writing it takes a while. */
char *
gui_test_write_big_dataset (void)
{
  g_autoptr(GString) json = g_string_new ("{ \"format\": \"parity-dataset\", \"version\": 1, "
                                          "\"default_language\": \"en\", \"title\": \"Big\", "
                                          "\"sources\": [], \"entities\": [ { \"id\": \"A\", "
                                          "\"label\": \"A\", \"kind\": \"economy\" } ], "
                                          "\"indicators\": [ { \"id\": \"x\", \"label\": \"X\", "
                                          "\"unit\": { \"kind\": \"count\" }, \"observations\": [");

  for (guint i = 0; i < 100000; i++)
    g_string_append_printf (json, "%s{ \"entity\": \"A\", \"period\": \"%u\", \"value\": %u }",
                            i ? ", " : "", 1000 + i, i);
  g_string_append (json, "] } ] }");
  return gui_test_write_temp (json->str);
}

/* Runs the test in LANGUAGE as a user would start it (LANGUAGE=ar parity), with the
 * catalogues of the build tree; call before gui_test_init(). */
void
gui_test_set_language (const char *language)
{
  g_setenv ("LANGUAGE", language, TRUE);
  setlocale (LC_ALL, "");
  bindtextdomain ("parity", parity_paths_get_localedir ());
  bind_textdomain_codeset ("parity", "UTF-8");
  textdomain ("parity");
}

/* The label a screen reader reads (GTK's own assertion macro trips -Wformat in 4.8). */
void
gui_test_assert_accessible_label (GtkWidget  *widget,
                                  const char *expected)
{
  g_autofree char *mismatch = gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget),
                                                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                                  expected);

  /* Say what it was, not only that it differs. */
  if (mismatch != NULL)
    g_error ("accessible label: %s", mismatch);
}

/* The file chooser a GtkFileChooserNative shows without a portal, once it is on screen. */
GtkWidget *
gui_test_find_file_chooser (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (GTK_IS_FILE_CHOOSER_DIALOG (window) && gtk_widget_get_mapped (window))
        return window;
    }
  return NULL;
}

/* A GuiCondition: a file chooser is on screen. */
gboolean
gui_test_has_file_chooser (gpointer data)
{
  return gui_test_find_file_chooser () != NULL;
}

typedef struct
{
  GtkWidget  *chooser;
  const char *path;
} ChosenFile;

/* The chooser loads a folder asynchronously; until then it has no file to give. */
static gboolean
chooses_file (gpointer data)
{
  ChosenFile *chosen = data;
  g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chosen->chooser));

  return file != NULL && g_strcmp0 (g_file_peek_path (file), chosen->path) == 0;
}

/* Waits until @chooser gives @path as its file, as it does once its folder is loaded. */
void
gui_test_wait_chooser_file (GtkWidget  *chooser,
                            const char *path)
{
  ChosenFile chosen = { chooser, path };

  gui_test_wait_for (chooses_file, &chosen, "the chooser to take the file");
}

/* Presses Cancel beside the progress bar of a load under way, waits for the window to be
 * idle and for the toast that says nothing changed. */
void
gui_test_cancel_load (ParityWindow *window)
{
  GtkWidget *cancel;

  g_assert_true (parity_window_get_busy (window));
  cancel = gtk_widget_get_parent (GTK_WIDGET (gui_test_find_label (GTK_WIDGET (window),
                                                                   "Cancel")));
  g_assert_true (GTK_IS_BUTTON (cancel));
  g_signal_emit_by_name (cancel, "clicked");
  gui_test_wait_for (is_idle, window, "the cancelled load to end");
  gui_test_wait_for_label (window, "Opening cancelled");
}
