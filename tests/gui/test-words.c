/* test-words.c: the window in French names things in words, never by code or id
 *
 * Languages by their own names in the window's order, text rows that say which language
 * they edit, a chart in another language said once, kinds and indicators by name in the
 * chart list, qualifiers in words, sizes written one way, and no word broken mid-word.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "gui-test-util.h"
#include "parity-data-table.h"
#include "parity-inspector.h"
#include "parity-loader.h"
#include "parity-paths.h"

static ParityWindow *
open_bundled (void)
{
  g_autofree char *path = parity_dataset_get_bundled_path ();
  ParityWindow *window = gui_test_open (path);

  gui_test_wait_painted (window);
  return window;
}

static GtkWidget *
inspector_of (ParityWindow *window)
{
  GtkWidget *inspector = gui_test_find (GTK_WIDGET (window), PARITY_TYPE_INSPECTOR, NULL);

  g_assert_nonnull (inspector);
  return inspector;
}

static char **
model_strings (AdwComboRow *row)
{
  GListModel *model = adw_combo_row_get_model (row);
  GStrvBuilder *builder = g_strv_builder_new ();
  char **strings;

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (model, i);

      g_strv_builder_add (builder, gtk_string_object_get_string (item));
    }
  strings = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  return strings;
}

/* Chart Language lists autonyms, the window's language (French) first, then the
 * dataset's (English), then the others by tag; choosing one still sets its tag. */
static void
test_languages_by_name (void)
{
  static const char * const expected[] = {
    "Français", "English", "العربية", "Español", "Русский", "中文", NULL
  };
  ParityWindow *window = open_bundled ();
  GtkWidget *inspector = inspector_of (window);
  AdwComboRow *lang_row = ADW_COMBO_ROW (gui_test_find (inspector, ADW_TYPE_COMBO_ROW,
                                                        _("Chart Language")));
  g_auto(GStrv) names = NULL;

  g_assert_nonnull (lang_row);
  names = model_strings (lang_row);
  g_assert_cmpstrv (names, expected);
  /* The chart is in English (the dataset's language): the second item is selected. */
  g_assert_cmpuint (adw_combo_row_get_selected (lang_row), ==, 1);

  adw_combo_row_set_selected (lang_row, 3);
  g_assert_cmpstr (parity_dataset_find_chart (parity_window_get_dataset (window),
                                              "internet-use-by-development")->lang, ==, "es");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Each text row says which language it edits, and the chart in English in a French window
 * says so once, above them. */
static void
test_text_rows_name_their_language (void)
{
  ParityWindow *window = open_bundled ();
  GtkWidget *inspector = inspector_of (window);
  g_autofree char *title = g_strdup_printf ("%s — English", _("Title"));
  g_autofree char *notes = g_strdup_printf ("%s — English", _("Notes"));
  GtkWidget *title_row = gui_test_find (inspector, ADW_TYPE_ENTRY_ROW, title);
  g_autofree char *notice = g_strdup_printf (_("This chart is in %s: its texts are edited in that language. Chart Language, below, changes it."),
                                             "English");
  GtkLabel *label = gui_test_find_label (inspector, notice);

  g_assert_nonnull (title_row);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (title_row)), ==,
                   "Titre — English");
  g_assert_nonnull (gui_test_find (inspector, ADW_TYPE_ENTRY_ROW, notes));
  g_assert_nonnull (label);
  g_assert_true (gtk_widget_is_visible (GTK_WIDGET (label)));

  /* In French, the row and the note follow the chart's language. */
  adw_combo_row_set_selected (ADW_COMBO_ROW (gui_test_find (inspector, ADW_TYPE_COMBO_ROW,
                                                            _("Chart Language"))), 0);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (title_row)), ==,
                   "Titre — Français");
  g_assert_false (gtk_widget_is_visible (GTK_WIDGET (label)));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
collect_chart_rows (GtkWidget *root,
                    GPtrArray *rows)
{
  if (GTK_IS_LIST_BOX_ROW (root) && g_object_get_data (G_OBJECT (root), "chart-id") != NULL)
    g_ptr_array_add (rows, root);
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_chart_rows (child, rows);
}

/* Under each title of the chart list: the kind in words and the indicator's label, in the
 * window's language; the chart's id only in the tooltip, the indicator's id nowhere. */
static void
test_chart_list_has_no_ids (void)
{
  ParityWindow *window = open_bundled ();
  ParityDataset *dataset = parity_window_get_dataset (window);
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  collect_chart_rows (GTK_WIDGET (window), rows);
  g_assert_cmpuint (rows->len, ==, parity_dataset_get_n_charts (dataset));
  for (guint i = 0; i < rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (rows, i);
      const char *id = g_object_get_data (G_OBJECT (row), "chart-id");
      const ParityChartSpec *spec = parity_dataset_find_chart (dataset, id);
      const ParityIndicator *indicator = parity_dataset_get_indicator (dataset, spec->indicator);
      GtkWidget *box = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row));
      const char *caption = gtk_label_get_text (GTK_LABEL (gtk_widget_get_last_child (box)));
      const char *tooltip = gtk_widget_get_tooltip_text (row);

      g_test_message ("%s: %s", id, caption);
      g_assert_null (strstr (caption, id));
      g_assert_null (strstr (caption, indicator->id));
      g_assert_nonnull (strstr (caption, parity_text_get (indicator->label, "fr", "en")));
      g_assert_true (g_str_has_prefix (caption, g_dpgettext2 (NULL, "chart kind",
                                                              g_str_equal (spec->kind, "line")
                                                              ? "Line chart" : "Bar chart")) ||
                     (!g_str_equal (spec->kind, "line") && !g_str_equal (spec->kind, "bar")));
      g_assert_nonnull (strstr (tooltip, id));
    }
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The data table says what a qualifier means in the window's words: "plus de", not
 * "greater-than". */
static void
test_qualifiers_in_words (void)
{
  ParityWindow *window = open_bundled ();
  ParityDataTable *table = PARITY_DATA_TABLE (gui_test_find (GTK_WIDGET (window),
                                                             PARITY_TYPE_DATA_TABLE, NULL));
  GListModel *rows = parity_data_table_get_rows (table);
  gboolean found = FALSE;

  g_assert_true (parity_window_select_chart (window, "ip-traffic"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-data", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (rows), >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(GObject) row = g_list_model_get_item (rows, i);
      g_autofree char *period = NULL, *qualifier = NULL;

      g_object_get (row, "period", &period, "qualifier", &qualifier, NULL);
      g_assert_null (strstr (qualifier, "-than"));
      if (g_strcmp0 (period, "2017") == 0)
        {
          g_assert_cmpstr (qualifier, ==, "plus de");
          found = TRUE;
        }
    }
  g_assert_true (found);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
assert_no_word_char_wrap (GtkWidget *root)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child) && gtk_label_get_wrap (GTK_LABEL (child)))
        g_assert_cmpint (gtk_label_get_wrap_mode (GTK_LABEL (child)), !=, PANGO_WRAP_WORD_CHAR);
      assert_no_word_char_wrap (child);
    }
}

/* Sizes read one way ("Colonne de rapport — 160 × 100 mm"), shown whole as the row's
 * subtitle, and no label of the inspector breaks a word ("Indicate-ur"). */
static void
test_sizes_and_wrapping (void)
{
  ParityWindow *window = open_bundled ();
  GtkWidget *inspector = inspector_of (window);
  AdwComboRow *size_row = ADW_COMBO_ROW (gui_test_find (inspector, ADW_TYPE_COMBO_ROW,
                                                        C_("chart size", "Size")));
  g_auto(GStrv) sizes = NULL;

  g_assert_nonnull (size_row);
  sizes = model_strings (size_row);
  g_assert_true (g_str_has_prefix (sizes[0], "Colonne de rapport — 160 × 100"));
  g_assert_true (adw_combo_row_get_use_subtitle (size_row));
  g_assert_nonnull (adw_combo_row_get_list_factory (size_row));
  assert_no_word_char_wrap (inspector);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A World Bank file for one country draws one line: the chart on screen names it ("France"
 * at the line's end), since neither its title nor a legend does. */
static void
test_single_line_named (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "worldbank", "monthly.json", NULL);
  ParityWindow *window = gui_test_open (path);
  ParityScene *scene;
  guint names = 0;

  gui_test_wait_painted (window);
  scene = parity_chart_view_get_scene (parity_window_get_chart_view (window));
  for (guint i = 0; i < parity_scene_get_n_items (scene); i++)
    {
      const ParityItem *item = parity_scene_get_item (scene, i);

      g_assert_false (item->role == PARITY_ROLE_TITLE && strstr (item->text, "France") != NULL);
      if (item->role == PARITY_ROLE_SERIES_LABEL)
        {
          g_assert_cmpstr (item->text, ==, "France");
          names++;
        }
    }
  g_assert_cmpuint (names, ==, 1);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int    argc,
      char **argv)
{
  gui_test_set_language ("fr");
  if (!gui_test_init (&argc, &argv))
    return 0;
  g_test_add_func ("/words/languages-by-name", test_languages_by_name);
  g_test_add_func ("/words/text-rows-name-their-language", test_text_rows_name_their_language);
  g_test_add_func ("/words/chart-list-has-no-ids", test_chart_list_has_no_ids);
  g_test_add_func ("/words/qualifiers-in-words", test_qualifiers_in_words);
  g_test_add_func ("/words/sizes-and-wrapping", test_sizes_and_wrapping);
  g_test_add_func ("/words/single-line-named", test_single_line_named);
  return g_test_run ();
}
