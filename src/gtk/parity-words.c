/* parity-words.c
 *
 * What the window calls things, in the words of its reader and language: chart kinds
 * ("Bar chart", never "bar"), qualifiers of a value ("more than", never "greater-than"),
 * the sizes a chart is made at (one way everywhere: "Report column — 160 × 100 mm") and
 * languages by their own names in the window's order. The core's ids stay out of sight.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-gtk"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "parity-language.h"
#include "parity-words.h"

/* The interface's language as a BCP 47 tag ("fr", "pt-BR"), or NULL when it runs
 * untranslated (C or POSIX). */
const char *
parity_words_ui_lang (void)
{
  static char *ui_lang;

  if (ui_lang == NULL)
    {
      const char *name = g_get_language_names ()[0];
      g_autofree char *tag = g_strndup (name, strcspn (name, ".@"));

      ui_lang = g_strdelimit (g_steal_pointer (&tag), "_", '-');
    }
  if (g_str_equal (ui_lang, "C") || g_str_equal (ui_lang, "POSIX"))
    return NULL;
  return ui_lang;
}

/* The core's chart kinds (parity_chart_kind_list()) as the chart list and the Chart Kind
 * row name them. A kind missing here shows as its name. */
const char *
parity_words_kind (const char *kind)
{
  static const struct { const char *kind; const char *words; } kinds[] = {
    /* Translators: the kinds of chart, in the Chart Kind row of the inspector and under
       each title of the chart list. */
    { "bar", NC_("chart kind", "Bar chart") },
    { "line", NC_("chart kind", "Line chart") },
    /* Translators: a dumbbell chart (also called a connected dot plot): two dots per
       category joined by a line, such as women and men. */
    { "dumbbell", NC_("chart kind", "Dumbbell chart") },
    /* Translators: a range chart: a bar from the lowest to the highest value of each
       category. */
    { "range", NC_("chart kind", "Range chart") },
    { "pie", NC_("chart kind", "Pie chart") },
    /* Translators: a donut (ring) chart: a pie chart with a hole. */
    { "donut", NC_("chart kind", "Donut chart") },
    /* Translators: a strip chart (also called a beeswarm): one dot per country along the
       value axis, one row per group of countries. */
    { "strip", NC_("chart kind", "Strip chart") },
    /* Translators: a scatter plot: one dot per economy, placed by two indicators. */
    { "scatter", NC_("chart kind", "Scatter plot") },
    /* Translators: a slope chart: one line per category from its value in one period to
       its value in another, between two columns. */
    { "slope", NC_("chart kind", "Slope chart") },
    /* Translators: a choropleth: a map on which each country is coloured by its value. */
    { "map", NC_("chart kind", "Map") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (g_strcmp0 (kinds[i].kind, kind) == 0)
      return g_dpgettext2 (NULL, "chart kind", kinds[i].words);
  return kind;
}

/* What a value's qualifier means, as the tooltip and the data table write it after the
 * number; "" for an exact value. */
const char *
parity_words_qualifier (ParityQualifier qualifier)
{
  switch (qualifier)
    {
    case PARITY_QUALIFIER_EXACT:
      return "";
    case PARITY_QUALIFIER_ESTIMATE:
      /* Translators: what a chart's tooltip and data table say of a value after its
         number, as in “19.1% — estimate”: the value is an estimate. */
      return C_("data qualifier", "estimate");
    case PARITY_QUALIFIER_FORECAST:
      /* Translators: as in “19.1% — forecast”: the value is a forecast. */
      return C_("data qualifier", "forecast");
    case PARITY_QUALIFIER_APPROXIMATE:
      /* Translators: as in “19.1% — approximate”: the value is approximate. */
      return C_("data qualifier", "approximate");
    case PARITY_QUALIFIER_GREATER_THAN:
      /* Translators: as in “> 95% — more than”: the true value is more than the one
         shown, which is a lower bound. */
      return C_("data qualifier", "more than");
    case PARITY_QUALIFIER_LESS_THAN:
      /* Translators: as in “< 5% — less than”: the true value is less than the one
         shown, which is an upper bound. */
      return C_("data qualifier", "less than");
    case PARITY_QUALIFIER_MISSING:
      /* Translators: there is no value for this country or group and year. */
      return C_("data qualifier", "missing");
    default:
      return "";
    }
}

/* "report column, 160 × 100 mm" → "Report column — 160 × 100 mm", the one way a size is
 * written in the inspector, the preferences and the export dialog. The descriptions are
 * marked in the core (src/core/render/parity-preset.c) and looked up in the catalogue here. */
char *
parity_words_preset (const ParityPreset *preset)
{
  const char *description = _(preset->description);
  const char *comma = g_utf8_strchr (description, -1, ',');
  gunichar first = g_utf8_get_char (description);
  const char *rest = g_utf8_next_char (description);
  g_autofree char *name = NULL;
  char upper[7] = { 0 };

  g_unichar_to_utf8 (g_unichar_totitle (first), upper);
  if (comma == NULL)
    return g_strconcat (upper, rest, NULL);
  name = g_strndup (rest, comma - rest);
  for (comma++; *comma == ' '; comma++)
    ;
  return g_strconcat (upper, name, " — ", comma, NULL);
}

/* Sorts TAGS in the window's order (its own language, then the dataset's, then the
 * others) and returns their autonyms, one per tag, for a combo row. */
GtkStringList *
parity_words_languages (GPtrArray  *tags,
                        const char *default_lang)
{
  GtkStringList *names = gtk_string_list_new (NULL);
  const char *ui_lang = parity_words_ui_lang ();

  parity_language_sort (tags, ui_lang ? ui_lang : default_lang, default_lang);
  for (guint i = 0; i < tags->len; i++)
    {
      g_autofree char *name = parity_language_autonym (g_ptr_array_index (tags, i));

      gtk_string_list_append (names, name);
    }
  return names;
}

/* Sets the row's strings, but keeps its model when it already lists them: a choice in an
 * inspector row edits the chart, which syncs the controls while the row's selection is
 * still being changed, and replacing its model then would free that selection under it. */
void
parity_words_set_combo_strings (AdwComboRow   *row,
                                GtkStringList *list)
{
  GListModel *old = adw_combo_row_get_model (row);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (list));
  gboolean same = old != NULL && GTK_IS_STRING_LIST (old) &&
                  g_list_model_get_n_items (old) == n;

  for (guint i = 0; same && i < n; i++)
    same = g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (old), i),
                      gtk_string_list_get_string (list, i)) == 0;
  if (!same)
    adw_combo_row_set_model (row, G_LIST_MODEL (list));
}

static void
on_selected_changed (AdwComboRow *row,
                     GParamSpec  *pspec,
                     GtkListItem *item)
{
  GtkWidget *check = gtk_widget_get_last_child (gtk_list_item_get_child (item));

  gtk_widget_set_opacity (check, gtk_list_item_get_position (item)
                                 == adw_combo_row_get_selected (row) ? 1 : 0);
}

static void
setup_item (GtkSignalListItemFactory *factory,
            GtkListItem              *item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *check = gtk_image_new_from_icon_name ("object-select-symbolic");

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), check);
  gtk_list_item_set_child (item, box);
}

static void
bind_item (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           AdwComboRow              *row)
{
  GtkWidget *label = gtk_widget_get_first_child (gtk_list_item_get_child (item));

  gtk_label_set_text (GTK_LABEL (label),
                      gtk_string_object_get_string (gtk_list_item_get_item (item)));
  g_signal_connect_object (row, "notify::selected", G_CALLBACK (on_selected_changed), item, 0);
  on_selected_changed (row, NULL, item);
}

static void
unbind_item (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             AdwComboRow              *row)
{
  g_signal_handlers_disconnect_by_func (row, on_selected_changed, item);
}

/* libadwaita's own list cuts an item at 20 characters ("Report column, 160 × 1…"); this
 * one wraps it between words. The row shows its choice as its subtitle, which wraps too. */
void
parity_words_set_combo_wrapping (AdwComboRow *row)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_item), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_item), row);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_item), row);
  adw_combo_row_set_list_factory (row, factory);
  adw_combo_row_set_use_subtitle (row, TRUE);
}

/* libadwaita's rows wrap their titles anywhere (PANGO_WRAP_WORD_CHAR), which breaks a
 * French "Indicateur" into "Indicate-ur" when the row is narrow: wrap between words. */
void
parity_words_wrap_whole_words (GtkWidget *root)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child) &&
          gtk_label_get_wrap_mode (GTK_LABEL (child)) == PANGO_WRAP_WORD_CHAR)
        gtk_label_set_wrap_mode (GTK_LABEL (child), PANGO_WRAP_WORD);
      parity_words_wrap_whole_words (child);
    }
}

/* The groups of the bundled classification of economies that the window offers (in the
 * Shown list's Only menu), in the order it lists them, with their names; the M49 regions
 * are left to files and charts, which name them by id. */
static const struct { const char *id; const char *words; } economy_groups[] = {
  /* Translators: groups of economies in the Only menu under Shown in the inspector; the
     UN's names of its groups of countries, and the World Bank's income groups. */
  { "ldc", NC_("economy group", "Least Developed Countries") },
  { "lldc", NC_("economy group", "Landlocked Developing Countries") },
  { "sids", NC_("economy group", "Small Island Developing States") },
  { "income-low", NC_("economy group", "Low Income") },
  { "income-lower-middle", NC_("economy group", "Lower-Middle Income") },
  { "income-upper-middle", NC_("economy group", "Upper-Middle Income") },
  { "income-high", NC_("economy group", "High Income") },
  /* Translators: the ITU's regions (ITU-D), as the ITU names them in your language. */
  { "itu-africa", NC_("economy group", "Africa (ITU)") },
  { "itu-americas", NC_("economy group", "Americas (ITU)") },
  { "itu-arab-states", NC_("economy group", "Arab States (ITU)") },
  { "itu-asia-pacific", NC_("economy group", "Asia & Pacific (ITU)") },
  /* Translators: the Commonwealth of Independent States, as an ITU region. */
  { "itu-cis", NC_("economy group", "CIS (ITU)") },
  { "itu-europe", NC_("economy group", "Europe (ITU)") },
};

const char * const *
parity_words_economy_group_ids (void)
{
  static const char *ids[G_N_ELEMENTS (economy_groups) + 1];

  if (ids[0] == NULL)
    for (guint i = 0; i < G_N_ELEMENTS (economy_groups); i++)
      ids[i] = economy_groups[i].id;
  return ids;
}

/* A group of economies as the window names it, or NULL for one it does not offer. */
const char *
parity_words_economy_group (const char *group)
{
  for (guint i = 0; i < G_N_ELEMENTS (economy_groups); i++)
    if (g_strcmp0 (economy_groups[i].id, group) == 0)
      return g_dpgettext2 (NULL, "economy group", economy_groups[i].words);
  return NULL;
}
