/* test-errors.c: errors that explain and offer a way on, in the real window
 *
 * A message is shown as the text it is, "<" and "&" included; a web page saved in place of
 * data is named as one, with its title; the error page offers another file and a way back
 * to the document that was open; a load that left data out says what, in one sentence, in a
 * notice that stays until dismissed, and the chart says its data are partial.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <string.h>

#include "gui-test-util.h"

static gboolean
is_idle (gpointer data)
{
  return !parity_window_get_busy (data);
}

static AdwStatusPage *
status_page (ParityWindow *window)
{
  return ADW_STATUS_PAGE (gui_test_find (GTK_WIDGET (window), ADW_TYPE_STATUS_PAGE, NULL));
}

/* The label below @root that shows @text, asserted to be on screen. */
static GtkLabel *
assert_label_shown (GtkWidget  *root,
                    const char *text)
{
  GtkLabel *label = gui_test_find_label (root, text);

  if (label == NULL)
    g_error ("no label shows “%s”", text);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (label)));
  return label;
}

/* The button whose label contains @text, below @root. */
static GtkWidget *
find_button (GtkWidget  *root,
             const char *text)
{
  GtkLabel *label = gui_test_find_label (root, text);
  GtkWidget *button = label ? gtk_widget_get_ancestor (GTK_WIDGET (label), GTK_TYPE_BUTTON)
                            : NULL;

  if (button == NULL)
    g_error ("no button says “%s”", text);
  return button;
}

/* The button below @root that activates @action. */
static GtkWidget *
find_action_button (GtkWidget  *root,
                    const char *action)
{
  if (GTK_IS_BUTTON (root) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (root)), action) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_action_button (child, action);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
test_markup_shown_verbatim (void)
{
  g_autofree char *bad = gui_test_write_temp ("{ \"format\": \"parity-dataset\", "
                                              "\"version\": 1, \"<i>&amp;\": 1 }");
  ParityWindow *window = gui_test_open (bad);

  g_assert_null (parity_window_get_dataset (window));
  /* As markup this would be an italic "&"; as text it is what the file holds. */
  assert_label_shown (GTK_WIDGET (status_page (window)), "unknown member \"<i>&amp;\"");

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (bad);
}

/* A notification's title is markup too: a file name with "<" and "&" is shown whole. */
static void
test_toast_shown_verbatim (void)
{
  g_autofree char *path = NULL;
  ParityWindow *window = gui_test_open_copy (&path);
  g_autofree char *dir = g_dir_make_tmp ("parity-errors-XXXXXX", NULL);
  g_autofree char *labels = g_build_filename (dir, "a<b&c.json", NULL);
  g_autoptr(GFile) labels_file = g_file_new_for_path (labels);
  AdwToast *toast;

  g_assert_true (g_file_set_contents (labels, "not data at all", -1, NULL));
  parity_window_add_labels (window, "fr", labels_file);
  gui_test_wait_for (is_idle, window, "the labels to fail");
  gui_test_wait_for_label (window, "Could not add the labels of “a<b&c.json”");
  assert_label_shown (GTK_WIDGET (window), "Could not add the labels of “a<b&c.json”");
  toast = parity_window_get_last_toast (window);
  g_assert_nonnull (toast);
  /* It has Details: it stays until dismissed. */
  g_assert_cmpuint (adw_toast_get_timeout (toast), ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (labels);
  g_rmdir (dir);
  g_unlink (path);
}

static void
test_web_page_named (void)
{
  g_autofree char *page = gui_test_write_temp ("<!DOCTYPE html>\n<html><head>\n<title>World Bank "
                                               "API &#8211; Error 404</title></head><body>Not "
                                               "found</body></html>\n");
  ParityWindow *window = gui_test_open (page);

  g_assert_null (parity_window_get_dataset (window));
  assert_label_shown (GTK_WIDGET (status_page (window)),
                      "the server returned a web page, not data: “World Bank API – Error 404”");

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (page);
}

/* With no document, the error page offers another file and nothing to go back to. */
static void
test_error_page_alone (void)
{
  g_autofree char *bad = gui_test_write_temp ("{ \"format\": \"parity-dataset\",, }");
  ParityWindow *window = gui_test_open (bad);
  GtkWidget *open = find_button (GTK_WIDGET (status_page (window)), "Open Another File");
  GtkWidget *back = find_action_button (GTK_WIDGET (status_page (window)),
                                        "win.back-to-document");

  g_assert_true (gtk_widget_get_mapped (open));
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (open)), ==, "win.open");
  g_assert_nonnull (back);
  g_assert_false (gtk_widget_get_visible (back));

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (bad);
}

/* A failed open keeps the document that was open, and Back shows its chart again. */
static void
test_back_to_document (void)
{
  g_autofree char *path = NULL;
  ParityWindow *window = gui_test_open_copy (&path);
  ParityDataset *before = parity_window_get_dataset (window);
  ParityChartView *view = parity_window_get_chart_view (window);
  g_autofree char *title = g_strdup (gui_test_chart_title (window));
  g_autofree char *basename = g_path_get_basename (path);
  g_autofree char *back_text = g_strdup_printf ("Back to “%s”", basename);
  g_autofree char *bad = gui_test_write_temp ("{ \"format\": \"parity-dataset\",, }");
  g_autoptr(GFile) bad_file = g_file_new_for_path (bad);
  GtkWidget *open, *back;

  parity_window_open (window, bad_file);
  gui_test_wait_for (is_idle, window, "the bad file to fail");
  /* The error fills the window, with both ways on. */
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (status_page (window))));
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (view)));
  assert_label_shown (GTK_WIDGET (status_page (window)), "Could not open");
  open = find_button (GTK_WIDGET (status_page (window)), "Open Another File");
  back = find_button (GTK_WIDGET (status_page (window)), back_text);
  g_assert_true (back == find_action_button (GTK_WIDGET (window), "win.back-to-document"));
  g_assert_true (gtk_widget_get_mapped (open));
  g_assert_true (gtk_widget_get_mapped (back));
  /* The document is still the one that was open. */
  g_assert_true (parity_window_get_dataset (window) == before);

  g_signal_emit_by_name (back, "clicked");
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (view)));
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (status_page (window))));
  g_assert_cmpstr (gui_test_chart_title (window), ==, title);
  g_assert_nonnull (parity_chart_view_get_scene (view));

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (bad);
  g_unlink (path);
}

/* The dialog the toast's Details opens says the same sentence, then the warnings. */
static void
assert_details_agree (ParityWindow *window,
                      AdwToast     *toast,
                      const char   *sentence)
{
  AdwMessageDialog *dialog;
  GVariant *target = adw_toast_get_action_target_value (toast);

  g_assert_cmpstr (adw_toast_get_action_name (toast), ==, "win.show-error");
  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (window), "win.show-error",
                                                     target));
  dialog = gui_test_wait_for_dialog (window, "What Went Wrong");
  g_assert_true (g_str_has_prefix (adw_message_dialog_get_body (dialog), sentence));
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
test_left_out_named (void)
{
  g_autofree char *pages = g_test_build_filename (G_TEST_DIST, "worldbank",
                                                  "one-page-of-three.json", NULL);
  g_autofree char *values = g_test_build_filename (G_TEST_DIST, "worldbank",
                                                   "bad-value.json", NULL);
  ParityWindow *window = gui_test_open (pages);
  const char *pages_sentence = "Opened “one-page-of-three.json”, with 2 pages left out";
  const char *values_sentence = "Opened “bad-value.json”, with 3 values left out";
  g_autoptr(GFile) values_file = g_file_new_for_path (values);
  g_autoptr(GPtrArray) notes = NULL;
  AdwToast *toast;
  ParityScene *scene;

  gui_test_wait_painted (window);
  assert_label_shown (GTK_WIDGET (window), pages_sentence);
  toast = parity_window_get_last_toast (window);
  g_assert_cmpuint (adw_toast_get_timeout (toast), ==, 0);
  assert_details_agree (window, toast, pages_sentence);

  parity_window_open (window, values_file);
  gui_test_wait_for (is_idle, window, "the second file to load");
  gui_test_wait_for_label (window, values_sentence);
  toast = parity_window_get_last_toast (window);
  g_assert_cmpuint (adw_toast_get_timeout (toast), ==, 0);
  assert_details_agree (window, toast, values_sentence);

  /* The chart on screen says its data are partial. */
  gui_test_wait_painted (window);
  scene = parity_chart_view_get_scene (parity_window_get_chart_view (window));
  g_assert_nonnull (scene);
  {
    gboolean found = FALSE;

    for (guint i = 0; i < parity_scene_get_n_items (scene); i++)
      {
        const ParityItem *item = parity_scene_get_item (scene, i);

        if (item->role == PARITY_ROLE_NOTES && item->text != NULL &&
            strstr (item->text, "Partial data: some values could not be read") != NULL)
          found = TRUE;
      }
    g_assert_true (found);
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int    argc,
      char **argv)
{
  if (!gui_test_init (&argc, &argv))
    return 0;
  g_test_add_func ("/errors/markup-shown-verbatim", test_markup_shown_verbatim);
  g_test_add_func ("/errors/toast-shown-verbatim", test_toast_shown_verbatim);
  g_test_add_func ("/errors/web-page-named", test_web_page_named);
  g_test_add_func ("/errors/error-page-alone", test_error_page_alone);
  g_test_add_func ("/errors/back-to-document", test_back_to_document);
  g_test_add_func ("/errors/left-out-named", test_left_out_named);
  return g_test_run ();
}
