/* test-window.c: drives the real Parity window under a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "parity-application.h"
#include "parity-loader.h"
#include "parity-window.h"

#define TIMEOUT_SECONDS 30

static ParityApplication *app;

typedef gboolean (*Condition) (gpointer data);

static gboolean
on_timeout (gpointer data)
{
  gboolean *timed_out = data;

  *timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until @condition holds: events, not sleeps, move the test on. The
 * timeout only turns a hang into a failure. */
static void
wait_for (Condition   condition,
          gpointer    data,
          const char *what)
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

static gboolean
has_painted (gpointer data)
{
  ParityWindow *window = data;

  return parity_chart_view_get_n_paints (parity_window_get_chart_view (window)) > 0 &&
         parity_chart_view_get_scene (parity_window_get_chart_view (window)) != NULL;
}

static ParityWindow *
open_window (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  ParityWindow *window = g_object_new (PARITY_TYPE_WINDOW, "application", app, NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  parity_window_open (window, file);
  gtk_window_present (GTK_WINDOW (window));
  wait_for (is_idle, window, "the dataset to load");
  return window;
}

static GtkWidget *
find_widget (GtkWidget *root,
             GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
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

static char *
write_temp (const char *contents)
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
  /* The scene is laid out at the widget's size. */
  g_assert_cmpfloat (parity_scene_get_width (scene), ==, gtk_widget_get_width (GTK_WIDGET (view)));
  g_assert_cmpfloat (parity_scene_get_height (scene), ==,
                     gtk_widget_get_height (GTK_WIDGET (view)));

  gtk_window_destroy (GTK_WINDOW (window));
}

typedef struct
{
  ParityWindow *window;
  double        width;
} SizeWait;

static gboolean
scene_width_differs (gpointer data)
{
  SizeWait *wait = data;
  ParityScene *scene = parity_chart_view_get_scene (parity_window_get_chart_view (wait->window));

  return scene != NULL && parity_scene_get_width (scene) != wait->width;
}

static void
test_chart_follows_window_size (void)
{
  g_autofree char *path = parity_dataset_get_bundled_path ();
  ParityWindow *window = open_window (path);
  SizeWait wait = { window, 0 };

  wait_for (has_painted, window, "the chart to be painted");
  wait.width = parity_scene_get_width (parity_chart_view_get_scene (
                                         parity_window_get_chart_view (window)));
  gtk_window_set_default_size (GTK_WINDOW (window), 1400, 900);
  wait_for (scene_width_differs, &wait, "a new layout after resizing");
  g_assert_cmpfloat (parity_scene_get_width (parity_chart_view_get_scene (
                       parity_window_get_chart_view (window))), >, wait.width);

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
  AdwStatusPage *status = ADW_STATUS_PAGE (find_widget (GTK_WIDGET (window),
                                                        ADW_TYPE_STATUS_PAGE));
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

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  if (!gtk_init_check ())
    {
      /* A TAP plan of zero: the whole program is skipped, not failed. */
      g_print ("1..0 # SKIP no display (build-aux/test runs this under xvfb-run)\n");
      return 0;
    }
  adw_init ();

  app = parity_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  if (!g_application_register (G_APPLICATION (app), NULL, &error))
    g_error ("%s", error->message);

  g_test_add_func ("/window/bundled-chart-is-drawn", test_bundled_chart_is_drawn);
  g_test_add_func ("/window/chart-follows-window-size", test_chart_follows_window_size);
  g_test_add_func ("/window/selecting-a-chart-draws-it", test_selecting_a_chart_draws_it);
  g_test_add_func ("/window/bad-file-keeps-open-dataset", test_bad_file_keeps_open_dataset);
  g_test_add_func ("/window/bad-file-alone-shows-where", test_bad_file_alone_shows_where);
  status = g_test_run ();
  g_object_unref (app);
  return status;
}
