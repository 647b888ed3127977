/* gui-test-util.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "gui-test-util.h"
#include "parity-loader.h"

#define TIMEOUT_SECONDS 30

static ParityApplication *app;

/* FALSE when there is no display: the caller prints a TAP plan of zero and exits. */
gboolean
gui_test_init (int    *argc,
               char ***argv)
{
  g_autoptr(GError) error = NULL;

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

/* The first widget of @type below @root, and with that title when it is a preferences row. */
GtkWidget *
gui_test_find (GtkWidget  *root,
               GType       type,
               const char *title)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type) &&
      (title == NULL ||
       (ADW_IS_PREFERENCES_ROW (root) &&
        g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (root)), title) == 0)))
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
