/* test-groups.c: the Shown list's Only menu offers the groups of economies that split the
 * chart's entities — the dataset's own, then the LDCs, income groups, ITU regions — and
 * picking one shows only its members, as one undoable edit
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <string.h>

#include "gui-test-util.h"
#include "parity-chart-kind.h"
#include "parity-entity-picker.h"

static const char dataset_json[] =
  "{\"format\": \"parity-dataset\", \"version\": 1, \"default_language\": \"en\","
  " \"title\": \"Groups\", \"sources\": [{\"id\": \"s\", \"title\": \"Test\"}],"
  " \"entities\": [{\"id\": \"WLD\", \"label\": \"World\", \"kind\": \"world\"},"
  "  {\"id\": \"JPN\", \"label\": \"Japan\", \"kind\": \"economy\"},"
  "  {\"id\": \"KEN\", \"label\": \"Kenya\", \"kind\": \"economy\"},"
  "  {\"id\": \"UGA\", \"label\": \"Uganda\", \"kind\": \"economy\"},"
  "  {\"id\": \"BGD\", \"label\": \"Bangladesh\", \"kind\": \"economy\"},"
  "  {\"id\": \"NER\", \"label\": \"Niger\", \"kind\": \"economy\"}],"
  " \"groups\": [{\"id\": \"east-africa\", \"label\": \"East Africa\","
  "  \"members\": [\"KEN\", \"UGA\"]}],"
  " \"indicators\": [{\"id\": \"i\", \"label\": \"Internet use\","
  "  \"unit\": {\"kind\": \"percent\", \"symbol\": \"%\"}, \"source\": \"s\","
  "  \"observations\": [{\"entity\": \"WLD\", \"period\": \"2022\", \"value\": 66},"
  "   {\"entity\": \"JPN\", \"period\": \"2022\", \"value\": 85},"
  "   {\"entity\": \"KEN\", \"period\": \"2022\", \"value\": 41},"
  "   {\"entity\": \"UGA\", \"period\": \"2022\", \"value\": 10},"
  "   {\"entity\": \"BGD\", \"period\": \"2022\", \"value\": 39},"
  "   {\"entity\": \"NER\", \"period\": \"2022\", \"value\": 17}]}],"
  " \"charts\": [{\"id\": \"all\", \"kind\": \"bar\", \"title\": \"All\", \"indicator\": \"i\","
  "  \"period\": \"2022\"},"
  "  {\"id\": \"ldcs\", \"kind\": \"bar\", \"title\": \"LDCs\", \"indicator\": \"i\","
  "   \"period\": \"2022\", \"entities\": {\"group\": \"ldc\"}},"
  "  {\"id\": \"east\", \"kind\": \"bar\", \"title\": \"East\", \"indicator\": \"i\","
  "   \"period\": \"2022\", \"entities\": {\"group\": \"east-africa\"}},"
  "  {\"id\": \"asia\", \"kind\": \"bar\", \"title\": \"Asia\", \"indicator\": \"i\","
  "   \"period\": \"2022\", \"entities\": {\"group\": \"asia\"}}]}";

static char *
shown_ids (ParityWindow *window)
{
  ParityDataset *dataset = parity_window_get_dataset (window);
  g_autoptr(GArray) entities =
    parity_chart_select_entities (dataset, parity_dataset_find_chart (dataset, "all"));
  GString *ids = g_string_new (NULL);

  for (guint i = 0; i < entities->len; i++)
    g_string_append_printf (ids, "%s ",
                            parity_dataset_get_entity (dataset,
                                                       g_array_index (entities, guint32, i))->id);
  return g_string_free (ids, FALSE);
}

static void
assert_shown (ParityWindow *window,
              const char   *expected)
{
  g_autofree char *ids = shown_ids (window);

  g_assert_cmpstr (ids, ==, expected);
}

static char *
item_label (GMenuModel *menu,
            int         i)
{
  char *label = NULL;

  g_assert_true (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_LABEL, "s",
                                                  &label));
  return label;
}

static void
test_only_a_group (void)
{
  g_autofree char *path = gui_test_write_temp (dataset_json);
  ParityWindow *window = gui_test_open (path);
  ParityInspector *inspector = parity_window_get_inspector (window);
  ParityDocument *document = parity_window_get_document (window);
  GtkWidget *row = gui_test_find (GTK_WIDGET (inspector), ADW_TYPE_EXPANDER_ROW, "Shown");
  ParityEntityPicker *picker;
  GtkWidget *only;
  GMenuModel *menu, *groups;
  g_autofree char *first = NULL, *second = NULL, *last_kind = NULL;

  g_assert_true (parity_window_select_chart (window, "all"));
  g_assert_nonnull (row);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  picker = PARITY_ENTITY_PICKER (gui_test_find (row, PARITY_TYPE_ENTITY_PICKER, NULL));
  g_assert_nonnull (picker);
  assert_shown (window, "WLD JPN KEN UGA BGD NER ");

  /* The two kinds (the world, economies), then a section of groups of economies: the
     dataset's own first, then the classification's in the window's order. */
  only = gui_test_find (GTK_WIDGET (picker), GTK_TYPE_MENU_BUTTON, NULL);
  g_assert_true (gtk_widget_get_visible (only));
  menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (only));
  g_assert_cmpint (g_menu_model_get_n_items (menu), ==, 3);
  last_kind = item_label (menu, 1);
  g_assert_cmpstr (last_kind, ==, "Economies");
  groups = g_menu_model_get_item_link (menu, 2, G_MENU_LINK_SECTION);
  g_assert_nonnull (groups);
  first = item_label (groups, 0);
  second = item_label (groups, 1);
  g_assert_cmpstr (first, ==, "East Africa");
  g_assert_cmpstr (second, ==, "Least Developed Countries");
  g_object_unref (groups);

  /* The LDCs: Uganda, Bangladesh and Niger, in one edit, written as a list. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (picker), "picker.select-group", "s",
                                             "ldc"));
  assert_shown (window, "UGA BGD NER ");
  g_assert_true (parity_document_get_can_undo (document));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  assert_shown (window, "WLD JPN KEN UGA BGD NER ");
  g_assert_false (parity_document_get_can_undo (document));

  /* The picker was rebuilt by the edit; its groups are the dataset's and the
     classification's still. */
  picker = PARITY_ENTITY_PICKER (gui_test_find (row, PARITY_TYPE_ENTITY_PICKER, NULL));
  g_assert_true (parity_entity_picker_select_group (picker, "east-africa"));
  assert_shown (window, "KEN UGA ");
  picker = PARITY_ENTITY_PICKER (gui_test_find (row, PARITY_TYPE_ENTITY_PICKER, NULL));
  g_assert_true (parity_entity_picker_select_group (picker, "income-high"));
  assert_shown (window, "JPN ");

  /* A group with none of the entities, or one the window does not name, is not offered. */
  picker = PARITY_ENTITY_PICKER (gui_test_find (row, PARITY_TYPE_ENTITY_PICKER, NULL));
  g_assert_false (parity_entity_picker_select_group (picker, "sids"));
  g_assert_false (parity_entity_picker_select_group (picker, "eastern-asia"));

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (path);
}

/* The Shown row names the group a chart shows, as the window names it. */
static void
test_shown_names_the_group (void)
{
  g_autofree char *path = gui_test_write_temp (dataset_json);
  ParityWindow *window = gui_test_open (path);
  GtkWidget *row = gui_test_find (GTK_WIDGET (parity_window_get_inspector (window)),
                                  ADW_TYPE_EXPANDER_ROW, "Shown");
  static const struct { const char *chart, *subtitle; } cases[] = {
    { "ldcs", "Least Developed Countries: 3 shown" },
    { "east", "East Africa: 2 shown" },
    /* An M49 region the window has no name for: its id is not shown. */
    { "asia", "2 shown" },
    { "all", "6 shown" },
  };

  g_assert_nonnull (row);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_assert_true (parity_window_select_chart (window, cases[i].chart));
      g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), ==,
                       cases[i].subtitle);
    }
  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (path);
}

int
main (int    argc,
      char **argv)
{
  if (!gui_test_init (&argc, &argv))
    return 0;
  g_test_add_func ("/groups/only-a-group", test_only_a_group);
  g_test_add_func ("/groups/shown-names-the-group", test_shown_names_the_group);
  return g_test_run ();
}
