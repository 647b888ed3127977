/* test-charts.c: managing charts in the real window — delete, duplicate, rename, reorder, the
 * sidebar's context menu, New Chart's search and Shown's search and selection
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <string.h>

#include "gui-test-util.h"
#include "parity-entity-picker.h"
#include "parity-indicator-picker.h"
#include "parity-chart-kind.h"
#include "parity-loader.h"

static gboolean
is_chart_list (GtkWidget    *widget,
               gconstpointer data)
{
  GtkListBoxRow *row;

  if (!GTK_IS_LIST_BOX (widget))
    return FALSE;
  row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (widget), 0);
  return row != NULL && g_object_get_data (G_OBJECT (row), "chart-id") != NULL;
}

/* The sidebar's list: the list box whose rows name charts. */
static GtkListBox *
find_chart_list (GtkWidget *root)
{
  return GTK_LIST_BOX (gui_test_find_where (root, is_chart_list, NULL));
}

/* The ids of the sidebar's rows, then of the document's charts, each joined by spaces: the
 * two must always be the same. */
static char *
row_ids (ParityWindow *window)
{
  GtkListBox *list = find_chart_list (GTK_WIDGET (window));
  GString *ids = g_string_new (NULL);

  for (int i = 0; list != NULL && gtk_list_box_get_row_at_index (list, i) != NULL; i++)
    g_string_append_printf (ids, "%s%s", i ? " " : "",
                            (char *)g_object_get_data (G_OBJECT (gtk_list_box_get_row_at_index (
                                                         list, i)), "chart-id"));
  return g_string_free (ids, FALSE);
}

static char *
chart_ids (ParityWindow *window)
{
  ParityDataset *dataset = parity_window_get_dataset (window);
  GString *ids = g_string_new (NULL);

  for (guint i = 0; i < parity_dataset_get_n_charts (dataset); i++)
    g_string_append_printf (ids, "%s%s", i ? " " : "", parity_dataset_get_chart (dataset, i)->id);
  return g_string_free (ids, FALSE);
}

static void
assert_list_is_document (ParityWindow *window)
{
  g_autofree char *rows = row_ids (window);
  g_autofree char *charts = chart_ids (window);

  g_assert_cmpstr (rows, ==, charts);
}

static const char *
selected_id (ParityWindow *window)
{
  return parity_chart_view_get_chart_id (parity_window_get_chart_view (window));
}

static const char *
id_at (ParityWindow *window,
       guint         i)
{
  return parity_dataset_get_chart (parity_window_get_dataset (window), i)->id;
}

static void
activate (ParityWindow *window,
          const char   *action)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), action, NULL));
}

static gboolean
has_empty_page (GtkWidget    *widget,
                gconstpointer data)
{
  return GTK_IS_STACK (widget) && gtk_stack_get_child_by_name (GTK_STACK (widget), "empty");
}

/* The page the centre of the window shows: "chart", "data" or "empty". */
static const char *
center_page (ParityWindow *window)
{
  GtkWidget *stack = gui_test_find_where (GTK_WIDGET (window), has_empty_page, NULL);

  return stack ? gtk_stack_get_visible_child_name (GTK_STACK (stack)) : NULL;
}

static void
test_delete_and_undo (void)
{
  g_autofree char *path = NULL;
  ParityWindow *window = gui_test_open_copy (&path);
  ParityDataset *dataset = parity_window_get_dataset (window);
  g_autofree char *original = chart_ids (window);
  g_autofree char *second = g_strdup (id_at (window, 1));
  g_autofree char *third = g_strdup (id_at (window, 2));
  guint n = parity_dataset_get_n_charts (dataset);

  g_assert_true (parity_window_select_chart (window, second));
  activate (window, "win.delete-chart");
  g_assert_cmpuint (parity_dataset_get_n_charts (dataset), ==, n - 1);
  g_assert_null (parity_dataset_find_chart (dataset, second));
  assert_list_is_document (window);
  /* The selection goes to the chart that took its place. */
  g_assert_cmpstr (selected_id (window), ==, third);
  g_assert_true (parity_document_get_modified (parity_window_get_document (window)));

  activate (window, "win.undo");
  assert_list_is_document (window);
  {
    g_autofree char *restored = chart_ids (window);

    g_assert_cmpstr (restored, ==, original);
  }

  /* Deleting every chart leaves an empty list, no chart on screen, and nothing to delete. */
  for (guint i = 0; i < n; i++)
    activate (window, "win.delete-chart");
  g_assert_cmpuint (parity_dataset_get_n_charts (dataset), ==, 0);
  g_assert_null (selected_id (window));
  g_assert_null (find_chart_list (GTK_WIDGET (window)));
  g_assert_cmpstr (center_page (window), ==, "empty");
  activate (window, "win.delete-chart");
  activate (window, "win.undo");
  g_assert_cmpuint (parity_dataset_get_n_charts (dataset), ==, 1);
  g_assert_nonnull (selected_id (window));
  g_assert_cmpstr (center_page (window), ==, "chart");
  assert_list_is_document (window);

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (path);
}

static void
test_duplicate (void)
{
  g_autofree char *path = NULL;
  ParityWindow *window = gui_test_open_copy (&path);
  ParityDataset *dataset = parity_window_get_dataset (window);
  g_autofree char *first = g_strdup (id_at (window, 0));
  g_autofree char *copy = g_strdup_printf ("%s-2", first);
  guint n = parity_dataset_get_n_charts (dataset);

  g_assert_true (parity_window_select_chart (window, first));
  activate (window, "win.duplicate-chart");
  g_assert_cmpuint (parity_dataset_get_n_charts (dataset), ==, n + 1);
  g_assert_cmpstr (id_at (window, 1), ==, copy);
  g_assert_cmpstr (selected_id (window), ==, copy);
  assert_list_is_document (window);
  gui_test_wait_painted (window);

  activate (window, "win.undo");
  g_assert_cmpuint (parity_dataset_get_n_charts (dataset), ==, n);
  g_assert_null (parity_dataset_find_chart (dataset, copy));
  assert_list_is_document (window);

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (path);
}

static void
test_move (void)
{
  g_autofree char *path = NULL;
  ParityWindow *window = gui_test_open_copy (&path);
  ParityDataset *dataset = parity_window_get_dataset (window);
  ParityDocument *document = parity_window_get_document (window);
  g_autofree char *a = g_strdup (id_at (window, 0));
  g_autofree char *b = g_strdup (id_at (window, 1));
  g_autofree char *last = g_strdup (id_at (window, parity_dataset_get_n_charts (dataset) - 1));
  g_autofree char *original = chart_ids (window);

  /* The first chart cannot go up, nor the last down. */
  g_assert_true (parity_window_select_chart (window, a));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.move-chart-up", NULL);
  g_assert_false (parity_document_get_modified (document));
  g_assert_true (parity_window_select_chart (window, last));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.move-chart-down", NULL);
  g_assert_false (parity_document_get_modified (document));

  /* The selection follows the chart moved. */
  g_assert_true (parity_window_select_chart (window, a));
  activate (window, "win.move-chart-down");
  g_assert_cmpstr (id_at (window, 0), ==, b);
  g_assert_cmpstr (id_at (window, 1), ==, a);
  g_assert_cmpstr (selected_id (window), ==, a);
  assert_list_is_document (window);
  activate (window, "win.move-chart-down");
  g_assert_cmpstr (id_at (window, 2), ==, a);
  activate (window, "win.move-chart-up");
  g_assert_cmpstr (id_at (window, 1), ==, a);
  g_assert_cmpstr (selected_id (window), ==, a);

  /* Undoing a move moves the chart back, and the selection stays on it. */
  activate (window, "win.undo");
  g_assert_cmpstr (id_at (window, 2), ==, a);
  g_assert_cmpstr (selected_id (window), ==, a);
  activate (window, "win.undo");
  activate (window, "win.undo");
  {
    g_autofree char *undone = chart_ids (window);

    g_assert_cmpstr (undone, ==, original);
  }
  assert_list_is_document (window);
  g_assert_false (parity_document_get_modified (document));

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (path);
}

static void
test_rename (void)
{
  g_autofree char *path = NULL;
  ParityWindow *window = gui_test_open_copy (&path);
  g_autofree char *original = g_strdup (gui_test_chart_title (window));
  AdwMessageDialog *dialog;
  GtkEditable *entry;

  activate (window, "win.rename-chart");
  dialog = gui_test_wait_for_dialog (window, "Rename Chart");
  entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, original);
  /* An empty title cannot be confirmed. */
  gtk_editable_set_text (entry, "   ");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "rename"));
  gtk_editable_set_text (entry, "Who is online");
  adw_message_dialog_response (dialog, "rename");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_cmpstr (gui_test_chart_title (window), ==, "Who is online");
  g_assert_nonnull (gui_test_find_label (GTK_WIDGET (find_chart_list (GTK_WIDGET (window))),
                                         "Who is online"));

  activate (window, "win.undo");
  g_assert_cmpstr (gui_test_chart_title (window), ==, original);

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (path);
}

/* Every action of the context menu's model, in order. */
static void
collect_actions (GMenuModel *model,
                 GString    *out)
{
  for (int i = 0; i < g_menu_model_get_n_items (model); i++)
    {
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (model, i, G_MENU_LINK_SECTION);
      g_autofree char *action = NULL;

      if (section != NULL)
        collect_actions (section, out);
      else if (g_menu_model_get_item_attribute (model, i, G_MENU_ATTRIBUTE_ACTION, "s", &action))
        g_string_append_printf (out, "%s ", action);
    }
}

static void
test_context_menu (void)
{
  g_autofree char *path = NULL;
  ParityWindow *window = gui_test_open_copy (&path);
  GtkListBox *list = find_chart_list (GTK_WIDGET (window));
  GtkWidget *menu = gui_test_find (GTK_WIDGET (list), GTK_TYPE_POPOVER_MENU, NULL);
  g_autoptr(GString) actions = g_string_new (NULL);

  g_assert_nonnull (menu);
  collect_actions (gtk_popover_menu_get_menu_model (GTK_POPOVER_MENU (menu)), actions);
  g_assert_cmpstr (actions->str, ==, "win.rename-chart win.duplicate-chart win.move-chart-up "
                                     "win.move-chart-down win.delete-chart ");
  /* The Menu key's action opens it on the selected row. */
  g_assert_false (gtk_widget_get_visible (menu));
  activate (window, "win.chart-menu");
  g_assert_true (gtk_widget_get_visible (menu));
  gtk_popover_popdown (GTK_POPOVER (menu));

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (path);
}

static void
test_new_chart_search (void)
{
  g_autofree char *path = NULL;
  ParityWindow *window = gui_test_open_copy (&path);
  ParityDataset *dataset = parity_window_get_dataset (window);
  ParityIndicatorPicker *picker;
  guint n = parity_dataset_get_n_charts (dataset);
  guint n_indicators = parity_dataset_get_n_indicators (dataset);

  picker = PARITY_INDICATOR_PICKER (gui_test_find (GTK_WIDGET (window),
                                                   PARITY_TYPE_INDICATOR_PICKER, NULL));
  g_assert_nonnull (picker);
  g_assert_cmpuint (n_indicators, >, 2);
  g_assert_cmpuint (parity_indicator_picker_count_shown (picker), ==, n_indicators);

  /* The id and the label are searched, word by word, in any case. */
  parity_indicator_picker_set_search (picker, "BANDWIDTH per user");
  g_assert_cmpuint (parity_indicator_picker_count_shown (picker), ==, 1);
  parity_indicator_picker_set_search (picker, "no such indicator anywhere");
  g_assert_cmpuint (parity_indicator_picker_count_shown (picker), ==, 0);
  g_assert_false (parity_indicator_picker_pick_first (picker));
  g_assert_cmpuint (parity_dataset_get_n_charts (dataset), ==, n);

  /* Enter picks the first match: a new chart of it, selected. */
  parity_indicator_picker_set_search (picker, "bandwidth");
  g_assert_cmpuint (parity_indicator_picker_count_shown (picker), >, 1);
  g_assert_cmpuint (parity_indicator_picker_count_shown (picker), <, n_indicators);
  parity_indicator_picker_set_search (picker, "bandwidth per user");
  g_assert_true (parity_indicator_picker_pick_first (picker));
  g_assert_cmpuint (parity_dataset_get_n_charts (dataset), ==, n + 1);
  g_assert_cmpstr (selected_id (window), ==, "bandwidth-per-user");
  assert_list_is_document (window);

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (path);
}

static guint
n_in_chart (ParityWindow *window)
{
  ParityDataset *dataset = parity_window_get_dataset (window);
  g_autoptr(GArray) entities = parity_chart_select_entities (dataset,
                                                             parity_dataset_find_chart (
                                                               dataset, selected_id (window)));

  return entities->len;
}

static gboolean
is_check_labelled (GtkWidget    *widget,
                   gconstpointer label)
{
  return GTK_IS_CHECK_BUTTON (widget) &&
         g_strcmp0 (gtk_check_button_get_label (GTK_CHECK_BUTTON (widget)), label) == 0;
}

static GtkCheckButton *
find_check (GtkWidget  *root,
            const char *label)
{
  return GTK_CHECK_BUTTON (gui_test_find_where (root, is_check_labelled, label));
}

static void
test_shown (void)
{
  g_autofree char *path = NULL;
  ParityWindow *window = gui_test_open_copy (&path);
  ParityInspector *inspector = parity_window_get_inspector (window);
  ParityDocument *document = parity_window_get_document (window);
  ParityDataset *dataset = parity_window_get_dataset (window);
  GtkWidget *row = gui_test_find (GTK_WIDGET (inspector), ADW_TYPE_EXPANDER_ROW, "Shown");
  ParityEntityPicker *picker;
  g_autoptr(GPtrArray) checked = NULL;
  gboolean all;

  g_assert_true (parity_window_select_chart (window, "internet-use-by-development"));
  g_assert_nonnull (row);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  picker = PARITY_ENTITY_PICKER (gui_test_find (row, PARITY_TYPE_ENTITY_PICKER, NULL));
  g_assert_nonnull (picker);
  /* Three development groups and six regions have data; the world is the reference line. */
  g_assert_cmpuint (parity_entity_picker_count_shown (picker), ==, 9);
  g_assert_cmpuint (n_in_chart (window), ==, 3);

  /* The search filters the list by label or id, in any case. */
  parity_entity_picker_set_search (picker, "AFR");
  g_assert_cmpuint (parity_entity_picker_count_shown (picker), ==, 1);
  parity_entity_picker_set_search (picker, "no such place");
  g_assert_cmpuint (parity_entity_picker_count_shown (picker), ==, 0);
  parity_entity_picker_set_search (picker, "");
  g_assert_cmpuint (parity_entity_picker_count_shown (picker), ==, 9);

  /* Select All: every entity, as one edit, written as the default (no list). */
  parity_entity_picker_select_all (picker, TRUE);
  g_assert_cmpuint (n_in_chart (window), ==, 9);
  g_assert_null (parity_dataset_find_chart (dataset, "internet-use-by-development")->entities);
  picker = PARITY_ENTITY_PICKER (gui_test_find (row, PARITY_TYPE_ENTITY_PICKER, NULL));
  checked = parity_entity_picker_dup_checked (picker, &all);
  g_assert_true (all);
  g_assert_cmpuint (checked->len, ==, 9);
  activate (window, "win.undo");
  g_assert_cmpuint (n_in_chart (window), ==, 3);
  g_assert_false (parity_document_get_modified (document));

  /* A group: only the regions, one edit, from the Only menu, which lists the two groups. */
  {
    GtkWidget *only = gui_test_find (GTK_WIDGET (picker), GTK_TYPE_MENU_BUTTON, NULL);
    GMenuModel *groups = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (only));

    g_assert_true (gtk_widget_get_visible (only));
    g_assert_cmpint (g_menu_model_get_n_items (groups), ==, 2);
  }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (picker), "picker.select-kind", "i",
                                             PARITY_ENTITY_REGION));
  g_assert_cmpuint (n_in_chart (window), ==, 6);
  activate (window, "win.undo");
  g_assert_cmpuint (n_in_chart (window), ==, 3);
  g_assert_false (parity_document_get_can_undo (document));

  /* None clears the checks without emptying the chart, which must show something. */
  parity_entity_picker_select_all (picker, FALSE);
  g_assert_false (parity_document_get_modified (document));
  g_assert_null (parity_inspector_get_error (inspector));
  g_assert_cmpuint (n_in_chart (window), ==, 3);
  checked = (g_ptr_array_unref (checked), parity_entity_picker_dup_checked (picker, &all));
  g_assert_cmpuint (checked->len, ==, 0);
  /* The first check after it is the chart's only entity, in one edit. */
  gtk_check_button_set_active (find_check (GTK_WIDGET (picker), "Europe"), TRUE);
  g_assert_cmpuint (n_in_chart (window), ==, 1);
  activate (window, "win.undo");
  g_assert_cmpuint (n_in_chart (window), ==, 3);

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (path);
}

int
main (int    argc,
      char **argv)
{
  if (!gui_test_init (&argc, &argv))
    return 0;

  g_test_add_func ("/charts/delete-and-undo", test_delete_and_undo);
  g_test_add_func ("/charts/duplicate", test_duplicate);
  g_test_add_func ("/charts/move", test_move);
  g_test_add_func ("/charts/rename", test_rename);
  g_test_add_func ("/charts/context-menu", test_context_menu);
  g_test_add_func ("/charts/new-chart-search", test_new_chart_search);
  g_test_add_func ("/charts/shown", test_shown);
  return g_test_run ();
}
