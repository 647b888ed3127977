/* parity-indicator-picker.c
 *
 * A search entry over a list of the dataset's indicators, each with its unit and how much
 * data it has, so that a World Bank file's hundreds of indicators can be found by typing.
 * A GtkListBox with a filter: rows are made once per dataset, and filtering only hides them.
 * The World Bank's whole WDI has 1 400 indicators: past a few hundred, the rows are made in
 * chunks on an idle source (and the last dataset's list let go in chunks), so that opening
 * such a file never holds the main loop for the whole list.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-gtk"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "parity-indicator-picker.h"

struct _ParityIndicatorPicker
{
  GtkPopover  parent_instance;

  GtkWidget  *entry;
  GtkWidget  *scroller;
  GtkListBox *list;
  GtkWidget  *empty;
  char       *needle;   /* casefolded search text, or NULL */
  /* Rows still to make, and the last list's rows still to let go. */
  ParityDataset *pending;
  char          *pending_lang;
  guint          next;
  GtkListBox    *old_list;
  guint          fill_source;
};

/* Indicators whose rows are made at once; past this, in chunks of CHUNK_ROWS. */
#define SYNC_ROWS 300
#define CHUNK_ROWS 40

G_DEFINE_FINAL_TYPE (ParityIndicatorPicker, parity_indicator_picker, GTK_TYPE_POPOVER)

enum {
  PICKED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* "% of population · 180 economies · 2000–2019": what the indicator measures and how much of
 * it there is, counted over the values present. */
static char *
describe (ParityDataset         *dataset,
          const ParityIndicator *indicator,
          const char            *lang)
{
  const char *default_lang = parity_dataset_get_default_lang (dataset);
  g_autofree gboolean *entities = g_new0 (gboolean, parity_dataset_get_n_entities (dataset));
  g_autofree gboolean *periods = g_new0 (gboolean, parity_dataset_get_n_periods (dataset));
  const char *first = NULL, *last = NULL, *unit = NULL;
  guint n_entities = 0, n_periods = 0;
  g_autofree char *entities_text = NULL, *periods_text = NULL;
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < indicator->obs.len; i++)
    {
      const char *period;

      if (isnan (indicator->obs.value[i]))
        continue;
      n_entities += !entities[indicator->obs.entity[i]];
      entities[indicator->obs.entity[i]] = TRUE;
      if (periods[indicator->obs.period[i]])
        continue;
      periods[indicator->obs.period[i]] = TRUE;
      n_periods++;
      period = parity_dataset_get_period (dataset, indicator->obs.period[i]);
      if (first == NULL || g_strcmp0 (period, first) < 0)
        first = period;
      if (last == NULL || g_strcmp0 (period, last) > 0)
        last = period;
    }
  if (indicator->unit.label != NULL)
    unit = parity_text_get (indicator->unit.label, lang, default_lang);
  if ((unit == NULL || *unit == '\0') && indicator->unit.symbol != NULL)
    unit = parity_text_get (indicator->unit.symbol, lang, default_lang);
  if (unit != NULL && *unit != '\0')
    g_string_append_printf (out, "%s · ", unit);
  /* Translators: how many countries or groups have values for an indicator, in New Chart. */
  g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%u country or group",
                                            "%u countries or groups", n_entities), n_entities);
  if (n_periods == 1)
    g_string_append_printf (out, " · %s", first);
  else if (n_periods > 1)
    {
      g_string_append (out, " · ");
      /* Translators: the first and last periods an indicator has values for, in New
         Chart: “2000–2019”. */
      g_string_append_printf (out, C_("period range", "%s–%s"), first, last);
    }
  return g_string_free (out, FALSE);
}

static GtkWidget *
make_row (ParityDataset         *dataset,
          const ParityIndicator *indicator,
          const char            *lang)
{
  const char *label_text = parity_text_get (indicator->label, lang,
                                            parity_dataset_get_default_lang (dataset));
  g_autofree char *caption_text = describe (dataset, indicator, lang);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *label = gtk_label_new (label_text);
  GtkWidget *caption = gtk_label_new (caption_text);
  g_autofree char *haystack = g_strdup_printf ("%s\n%s\n%s", label_text, indicator->id,
                                               caption_text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
  gtk_label_set_xalign (GTK_LABEL (caption), 0);
  gtk_label_set_wrap (GTK_LABEL (caption), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (caption), 40);
  gtk_widget_add_css_class (caption, "caption");
  gtk_widget_add_css_class (caption, "dim-label");
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), caption);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_object_set_data_full (G_OBJECT (row), "indicator-id", g_strdup (indicator->id), g_free);
  g_object_set_data_full (G_OBJECT (row), "haystack", g_utf8_casefold (haystack, -1), g_free);
  return row;
}

/* Every word typed is in the label, the id or the caption. */
static gboolean
filter_row (GtkListBoxRow *row,
            gpointer       data)
{
  ParityIndicatorPicker *self = data;
  const char *haystack = g_object_get_data (G_OBJECT (row), "haystack");
  g_auto(GStrv) words = NULL;

  if (self->needle == NULL)
    return TRUE;
  words = g_strsplit_set (self->needle, " \t", -1);
  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0' && strstr (haystack, words[i]) == NULL)
      return FALSE;
  return TRUE;
}

static GtkListBoxRow *
first_shown (ParityIndicatorPicker *self)
{
  for (int i = 0;; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->list, i);

      if (row == NULL || gtk_widget_get_child_visible (GTK_WIDGET (row)))
        return row;
    }
}

guint
parity_indicator_picker_count_shown (ParityIndicatorPicker *self)
{
  guint n = 0;

  g_return_val_if_fail (PARITY_IS_INDICATOR_PICKER (self), 0);

  for (int i = 0;; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->list, i);

      if (row == NULL)
        return n;
      n += gtk_widget_get_child_visible (GTK_WIDGET (row));
    }
}

static void
on_search_changed (ParityIndicatorPicker *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->entry));
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  g_clear_pointer (&self->needle, g_free);
  if (*stripped != '\0')
    self->needle = g_utf8_casefold (stripped, -1);
  gtk_list_box_invalidate_filter (self->list);
  gtk_widget_set_visible (self->empty, first_shown (self) == NULL);
}

static void
pick (ParityIndicatorPicker *self,
      GtkListBoxRow         *row)
{
  g_autofree char *id = g_strdup (g_object_get_data (G_OBJECT (row), "indicator-id"));

  gtk_popover_popdown (GTK_POPOVER (self));
  g_signal_emit (self, signals[PICKED], 0, id);
}

/* Enter picks the first indicator that matches. */
gboolean
parity_indicator_picker_pick_first (ParityIndicatorPicker *self)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (PARITY_IS_INDICATOR_PICKER (self), FALSE);

  row = first_shown (self);
  if (row == NULL)
    return FALSE;
  pick (self, row);
  return TRUE;
}

static void
on_activate (ParityIndicatorPicker *self)
{
  parity_indicator_picker_pick_first (self);
}

static void
on_stop_search (ParityIndicatorPicker *self)
{
  gtk_popover_popdown (GTK_POPOVER (self));
}

/* A chunk of the last list's rows let go, or of the new list's made. */
static gboolean
fill_some (gpointer data)
{
  ParityIndicatorPicker *self = data;
  GtkWidget *child;

  if (self->old_list != NULL)
    {
      for (guint i = 0; i < CHUNK_ROWS * 2; i++)
        {
          if ((child = gtk_widget_get_first_child (GTK_WIDGET (self->old_list))) == NULL)
            {
              g_clear_object (&self->old_list);
              break;
            }
          gtk_list_box_remove (self->old_list, child);
        }
      return G_SOURCE_CONTINUE;
    }
  if (self->pending == NULL)
    {
      self->fill_source = 0;
      return G_SOURCE_REMOVE;
    }
  for (guint i = 0; i < CHUNK_ROWS && self->next < parity_dataset_get_n_indicators (self->pending);
       i++, self->next++)
    gtk_list_box_append (self->list,
                         make_row (self->pending,
                                   parity_dataset_get_indicator (self->pending, self->next),
                                   self->pending_lang));
  if (self->next >= parity_dataset_get_n_indicators (self->pending))
    {
      g_clear_object (&self->pending);
      on_search_changed (self);
      self->fill_source = 0;
      return G_SOURCE_REMOVE;
    }
  return G_SOURCE_CONTINUE;
}

/* Opening starts a new search. */
static void
on_show (ParityIndicatorPicker *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->entry), "");
  gtk_widget_grab_focus (self->entry);
}

static void
parity_indicator_picker_dispose (GObject *object)
{
  ParityIndicatorPicker *self = (ParityIndicatorPicker *)object;

  g_clear_handle_id (&self->fill_source, g_source_remove);
  g_clear_object (&self->pending);
  g_clear_object (&self->old_list);
  G_OBJECT_CLASS (parity_indicator_picker_parent_class)->dispose (object);
}

static void
parity_indicator_picker_finalize (GObject *object)
{
  ParityIndicatorPicker *self = (ParityIndicatorPicker *)object;

  g_free (self->needle);
  g_free (self->pending_lang);
  G_OBJECT_CLASS (parity_indicator_picker_parent_class)->finalize (object);
}

static GtkListBox *
new_list (ParityIndicatorPicker *self)
{
  GtkListBox *list = GTK_LIST_BOX (gtk_list_box_new ());

  gtk_list_box_set_selection_mode (list, GTK_SELECTION_NONE);
  gtk_list_box_set_activate_on_single_click (list, TRUE);
  gtk_list_box_set_filter_func (list, filter_row, self, NULL);
  gtk_widget_add_css_class (GTK_WIDGET (list), "navigation-sidebar");
  /* Translators: the accessible name of New Chart's list of indicators. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Indicators"), -1);
  g_signal_connect_object (list, "row-activated", G_CALLBACK (pick), self, G_CONNECT_SWAPPED);
  return list;
}

static void
parity_indicator_picker_class_init (ParityIndicatorPickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = parity_indicator_picker_dispose;
  object_class->finalize = parity_indicator_picker_finalize;

  /* The indicator's id. */
  signals[PICKED] = g_signal_new ("picked", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
parity_indicator_picker_init (ParityIndicatorPicker *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *scroller = gtk_scrolled_window_new ();

  self->entry = gtk_search_entry_new ();
  /* Translators: the placeholder of New Chart's search field. */
  g_object_set (self->entry, "placeholder-text", _("Search indicators"), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Search indicators"), -1);
  /* "changed" rather than "search-changed": the list filters as each key is typed, with no
   * delay, which the few hundred rows of a World Bank file allow. */
  g_signal_connect_object (self->entry, "changed", G_CALLBACK (on_search_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->entry, "activate", G_CALLBACK (on_activate), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->entry, "stop-search", G_CALLBACK (on_stop_search), self,
                           G_CONNECT_SWAPPED);

  self->scroller = scroller;
  self->list = new_list (self);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->list));
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 420);
  gtk_widget_set_size_request (scroller, 300, -1);

  /* Translators: shown in New Chart when no indicator matches the search. */
  self->empty = gtk_label_new (_("No indicator matches"));
  gtk_widget_add_css_class (self->empty, "dim-label");
  gtk_widget_set_visible (self->empty, FALSE);

  gtk_box_append (GTK_BOX (box), self->entry);
  gtk_box_append (GTK_BOX (box), self->empty);
  gtk_box_append (GTK_BOX (box), scroller);
  gtk_popover_set_child (GTK_POPOVER (self), box);
  gtk_search_entry_set_key_capture_widget (GTK_SEARCH_ENTRY (self->entry), GTK_WIDGET (self));
  g_signal_connect (self, "show", G_CALLBACK (on_show), NULL);
}

GtkWidget *
parity_indicator_picker_new (void)
{
  return g_object_new (PARITY_TYPE_INDICATOR_PICKER, NULL);
}

/**
 * parity_indicator_picker_set_dataset:
 * @dataset: (nullable): whose indicators to offer
 * @lang: the language of the labels
 */
void
parity_indicator_picker_set_dataset (ParityIndicatorPicker *self,
                                     ParityDataset         *dataset,
                                     const char            *lang)
{
  g_return_if_fail (PARITY_IS_INDICATOR_PICKER (self));

  g_clear_handle_id (&self->fill_source, g_source_remove);
  g_clear_object (&self->pending);
  g_clear_object (&self->old_list);
  g_clear_pointer (&self->pending_lang, g_free);
  /* A long list is let go row by row on the idle source, off screen. */
  if (gtk_widget_get_first_child (GTK_WIDGET (self->list)) != NULL)
    {
      self->old_list = g_object_ref (self->list);
      self->list = new_list (self);
      gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scroller),
                                     GTK_WIDGET (self->list));
    }
  self->next = 0;
  if (dataset != NULL && parity_dataset_get_n_indicators (dataset) > SYNC_ROWS)
    {
      self->pending = g_object_ref (dataset);
      self->pending_lang = g_strdup (lang);
    }
  else
    for (guint i = 0; dataset != NULL && i < parity_dataset_get_n_indicators (dataset); i++)
      gtk_list_box_append (self->list,
                           make_row (dataset, parity_dataset_get_indicator (dataset, i), lang));
  if (self->pending != NULL || self->old_list != NULL)
    self->fill_source = g_idle_add_full (G_PRIORITY_LOW, fill_some, self, NULL);
  on_search_changed (self);
}

/* What typing in the search field does, for tests and scripts. */
void
parity_indicator_picker_set_search (ParityIndicatorPicker *self,
                                    const char            *text)
{
  g_return_if_fail (PARITY_IS_INDICATOR_PICKER (self));
  gtk_editable_set_text (GTK_EDITABLE (self->entry), text);
}
