/* test-examples.c: the main menu's Example Datasets opens each bundled dataset, and Save
 * makes a copy of it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <adwaita.h>
#include <string.h>

#include "gui-test-util.h"
#include "parity-loader.h"

/* The submenu labelled @label in @model or its sections, or NULL. */
static GMenuModel *
find_submenu (GMenuModel *model,
              const char *label)
{
  for (int i = 0; i < g_menu_model_get_n_items (model); i++)
    {
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (model, i, G_MENU_LINK_SECTION);
      g_autoptr(GMenuModel) submenu = g_menu_model_get_item_link (model, i, G_MENU_LINK_SUBMENU);
      g_autofree char *item_label = NULL;

      if (section != NULL)
        {
          GMenuModel *found = find_submenu (section, label);

          if (found != NULL)
            return found;
        }
      if (submenu != NULL &&
          g_menu_model_get_item_attribute (model, i, G_MENU_ATTRIBUTE_LABEL, "s", &item_label) &&
          g_str_equal (item_label, label))
        return g_steal_pointer (&submenu);
    }
  return NULL;
}

/* The window's main menu: the menu button's model that has Open Dataset. */
static GMenuModel *
main_menu (ParityWindow *window)
{
  GtkWidget *button = gui_test_find (GTK_WIDGET (window), GTK_TYPE_MENU_BUTTON, NULL);

  g_assert_nonnull (button);
  return gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (button));
}

typedef struct
{
  ParityWindow *window;
  const char   *path;
} OpenWait;

static gboolean
opened (gpointer data)
{
  OpenWait *wait = data;
  ParityDocument *document = parity_window_get_document (wait->window);
  GFile *file = document != NULL ? parity_document_get_file (document) : NULL;

  return !parity_window_get_busy (wait->window) && file != NULL &&
         g_strcmp0 (g_file_peek_path (file), wait->path) == 0;
}

static gboolean
no_file_chooser (gpointer data)
{
  return gui_test_find_file_chooser () == NULL;
}

/* Every bundled dataset is in the submenu, by name; choosing one opens it in the window. */
static void
test_submenu_opens_each (void)
{
  g_autofree char *wsis = parity_dataset_get_bundled_path ();
  g_auto(GStrv) bundled = parity_dataset_list_bundled ();
  ParityWindow *window = gui_test_open (wsis);
  g_autoptr(GMenuModel) examples = find_submenu (main_menu (window), "E_xample Datasets");
  gboolean named_economies = FALSE;
  g_autofree char *previous = NULL;

  g_assert_nonnull (examples);
  g_assert_cmpuint (g_strv_length (bundled), >=, 2);
  g_assert_true (g_strv_contains ((const char * const *)bundled, wsis));
  g_assert_cmpint (g_menu_model_get_n_items (examples), ==, g_strv_length (bundled));
  /* From the last to the first, so that each opening replaces another dataset. */
  for (int i = g_menu_model_get_n_items (examples) - 1; i >= 0; i--)
    {
      g_autofree char *label = NULL;
      g_autofree char *action = NULL;
      g_autoptr(GVariant) target = g_menu_model_get_item_attribute_value (
        examples, i, G_MENU_ATTRIBUTE_TARGET, G_VARIANT_TYPE_STRING);
      g_autofree char *path = NULL;
      ParityDataset *dataset;

      g_assert_true (g_menu_model_get_item_attribute (examples, i, G_MENU_ATTRIBUTE_LABEL, "s",
                                                      &label));
      g_assert_true (g_menu_model_get_item_attribute (examples, i, G_MENU_ATTRIBUTE_ACTION, "s",
                                                      &action));
      g_assert_nonnull (target);
      path = g_filename_from_uri (g_variant_get_string (target, NULL), NULL, NULL);
      g_assert_true (g_strv_contains ((const char * const *)bundled, path));
      /* In the alphabetical order of the names, each dataset once. */
      if (previous != NULL)
        g_assert_cmpint (g_utf8_collate (label, previous), <, 0);
      g_free (previous);
      previous = g_strdup (label);
      /* Named for what it holds, never by its file name. */
      g_assert_null (strstr (label, ".json"));
      if (g_str_has_suffix (path, "internet-use-by-economy.json"))
        {
          g_assert_cmpstr (label, ==, "Internet Use by Economy, 2000–2023");
          named_economies = TRUE;
        }

      g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (window), action, target));
      gui_test_wait_for (opened, &(OpenWait) { window, path }, "the example to open");
      dataset = parity_window_get_dataset (window);
      g_assert_nonnull (dataset);
      g_assert_cmpuint (parity_dataset_get_n_charts (dataset), >=, 1);
      gui_test_wait_painted (window);
      g_assert_null (parity_chart_view_get_error (parity_window_get_chart_view (window)));
    }
  g_assert_true (named_economies);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The bundled files are the installation's: Save asks where to put a copy. */
static void
test_save_makes_a_copy (void)
{
  g_autofree char *path = gui_test_bundled_path ("internet-use-by-economy.json");
  ParityWindow *window;
  GtkWidget *chooser;

  window = gui_test_open (path);
  gui_test_wait_painted (window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  gui_test_wait_for (gui_test_has_file_chooser, NULL, "the Save As chooser");
  chooser = gui_test_find_file_chooser ();
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_CANCEL);
  gui_test_wait_for (no_file_chooser, NULL, "the chooser to close");
  g_assert_cmpstr (g_file_peek_path (parity_document_get_file (parity_window_get_document (window))),
                   ==, path);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  if (!gui_test_init (&argc, &argv))
    return 0;
  g_test_add_func ("/examples/submenu-opens-each", test_submenu_opens_each);
  g_test_add_func ("/examples/save-makes-a-copy", test_save_makes_a_copy);
  return g_test_run ();
}
