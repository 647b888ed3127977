/* parity-inspector.c
 *
 * Each control edits one member of the chart's JSON object and hands the whole object to
 * the document, which checks it as the loader would: an edit that makes no valid chart is
 * refused with the loader's message, and the controls go back to what the chart is.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-gtk"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "parity-chart-edit.h"
#include "parity-chart-kind.h"
#include "parity-entity-picker.h"
#include "parity-gtk-resources.h"
#include "parity-inspector-private.h"
#include "parity-preset.h"
#include "parity-language.h"
#include "parity-words.h"


G_DEFINE_FINAL_TYPE (ParityInspector, parity_inspector, GTK_TYPE_WIDGET)

static const char * const palette_ids[] = { NULL, "greys", "blues" };

/* The period of a chart of each entity's latest value, as the file writes it. */
#define PARITY_PERIOD_LATEST "latest"
#define PARITY_TOLERANCE_DEFAULT 2


ParityDataset *
_parity_inspector_dataset (ParityInspector *self)
{
  return self->document ? parity_document_get_dataset (self->document) : NULL;
}

static guint
chart_index (ParityInspector *self)
{
  ParityDataset *dataset = _parity_inspector_dataset (self);

  for (guint i = 0; dataset != NULL && i < parity_dataset_get_n_charts (dataset); i++)
    if (g_strcmp0 (parity_dataset_get_chart (dataset, i)->id, self->chart_id) == 0)
      return i;
  return G_MAXUINT;
}

const ParityChartSpec *
_parity_inspector_spec (ParityInspector *self)
{
  ParityDataset *dataset = _parity_inspector_dataset (self);

  return dataset ? parity_dataset_find_chart (dataset, self->chart_id) : NULL;
}

/* The language the chart's texts are edited in. */
const char *
_parity_inspector_edit_lang (ParityInspector *self)
{
  const ParityChartSpec *spec = _parity_inspector_spec (self);

  return parity_chart_spec_resolve_lang (_parity_inspector_dataset (self), spec, NULL);
}


static void
set_model (AdwComboRow *row,
           GPtrArray   *labels)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);

  /* One splice, one items-changed: a list of 1 400 is not 1 400 signals. */
  g_ptr_array_add (labels, NULL);
  gtk_string_list_splice (list, 0, 0, (const char * const *)labels->pdata);
  g_ptr_array_remove_index (labels, labels->len - 1);
  parity_words_set_combo_strings (row, list);
}

guint
_parity_inspector_position_of (GPtrArray  *ids,
                               const char *id)
{
  for (guint i = 0; i < ids->len; i++)
    if (g_strcmp0 (g_ptr_array_index (ids, i), id) == 0)
      return i;
  return 0;
}

static const char *
text_in (const ParityText *text,
         const char       *lang,
         const char       *default_lang)
{
  const char *value = parity_text_get_exact (text, lang);

  /* Show the fallback when the chart language has no translation yet. */
  if (value == NULL)
    value = parity_text_get (text, lang, default_lang);
  return value ? value : "";
}

/* The checks are made when the row is opened: two hundred economies are two hundred
 * rows, a stall for a list most charts never open. */
static void
build_entity_rows (ParityInspector *self)
{
  const ParityChartSpec *spec = _parity_inspector_spec (self);

  if (spec != NULL && parity_entity_picker_is_empty (self->entity_picker))
    parity_entity_picker_set_chart (self->entity_picker, _parity_inspector_dataset (self), spec,
                                    _parity_inspector_edit_lang (self));
}

static void
on_entities_expanded (ParityInspector *self)
{
  if (adw_expander_row_get_expanded (self->entities_row))
    build_entity_rows (self);
}

/* The Period row, or a slope chart's From and To rows, one per series, in its place. */
static void
fill_periods (ParityInspector       *self,
              const ParityChartSpec *spec)
{
  ParityDataset *dataset = _parity_inspector_dataset (self);
  g_autoptr(GPtrArray) shown = g_ptr_array_copy (self->period_ids, NULL, NULL);
  gboolean slope = g_str_equal (spec->kind, "slope") && spec->series->len == 2;
  AdwComboRow *ends[] = { self->from_period_row, self->to_period_row };

  /* The placeholder period of data without time is no period to a reader. */
  for (guint i = 0; i < shown->len; i++)
    if (g_str_equal (g_ptr_array_index (shown, i), PARITY_PERIOD_NONE))
      /* Translators: the Period row of data that gives no time (one value per
         country, no year). */
      g_ptr_array_index (shown, i) = (gpointer)C_("period", "No period");
  gtk_widget_set_visible (GTK_WIDGET (self->period_row), !slope);
  gtk_widget_set_visible (GTK_WIDGET (self->tolerance_row), spec->latest && !slope);
  gtk_spin_button_set_value (self->tolerance_spin, spec->tolerance);
  for (guint i = 0; i < G_N_ELEMENTS (ends); i++)
    {
      guint32 period = slope ? g_array_index (spec->series, ParitySeries, i).period
                             : PARITY_INDEX_NONE;

      gtk_widget_set_visible (GTK_WIDGET (ends[i]), slope);
      if (!slope)
        continue;
      set_model (ends[i], shown);
      adw_combo_row_set_selected (ends[i],
                                  _parity_inspector_position_of (
                                    self->period_ids,
                                    parity_dataset_get_period (
                                      dataset, period != PARITY_INDEX_NONE ? period
                                                                           : spec->period)));
    }
  /* A chart without a period (a line) shows them all: nothing to choose. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->period_row), spec->period != PARITY_INDEX_NONE);
  if (slope)
    return;
  if (spec->period == PARITY_INDEX_NONE)
    {
      g_autoptr(GPtrArray) all = g_ptr_array_new ();

      /* Translators: the only choice of the Period row for a line chart, which shows every
         year. */
      g_ptr_array_add (all, _("All periods"));
      set_model (self->period_row, all);
      return;
    }
  /* First, each entity's latest value: the choice for data that stop in different years. */
  g_ptr_array_insert (shown, 0,
                      /* Translators: the first choice of the Period row: each country's most
                         recent value, however recent its data are (within the Years Back row
                         below). */
                      (gpointer)C_("period", "Latest Available"));
  set_model (self->period_row, shown);
  adw_combo_row_set_selected (self->period_row,
                              spec->latest ? 0
                              : 1 + _parity_inspector_position_of (
                                      self->period_ids,
                                      parity_dataset_get_period (dataset, spec->period)));
}

/* The choices that depend on the chart's indicator and period. */
static void
fill_data_choices (ParityInspector       *self,
                   const ParityChartSpec *spec)
{
  ParityDataset *dataset = _parity_inspector_dataset (self);
  const ParityIndicator *indicator = parity_dataset_get_indicator (dataset, spec->indicator);
  const char *lang = _parity_inspector_edit_lang (self);
  const char *default_lang = parity_dataset_get_default_lang (dataset);
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  g_autoptr(GHashTable) periods = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GArray) entities = parity_chart_select_entities (dataset, spec);
  g_autofree gboolean *has_data = g_new0 (gboolean, parity_dataset_get_n_entities (dataset));

  g_ptr_array_set_size (self->period_ids, 0);
  for (guint i = 0; i < indicator->obs.len; i++)
    {
      const char *period = parity_dataset_get_period (dataset, indicator->obs.period[i]);

      has_data[indicator->obs.entity[i]] |= indicator->obs.breakdown[i] == spec->breakdown;
      if (g_hash_table_add (periods, (gpointer)period))
        g_ptr_array_add (self->period_ids, (gpointer)period);
    }
  g_ptr_array_sort (self->period_ids, parity_compare_periods);
  fill_periods (self, spec);

  g_ptr_array_set_size (self->highlight_ids, 0);
  g_ptr_array_add (self->highlight_ids, NULL);
  /* Translators: the first choice of the Highlight row: no country or group stands out. */
  g_ptr_array_add (labels, (gpointer)C_("highlight", "None"));
  for (guint e = 0; e < parity_dataset_get_n_entities (dataset); e++)
    if (has_data[e])
      {
        const ParityEntity *entity = parity_dataset_get_entity (dataset, e);

        g_ptr_array_add (self->highlight_ids, entity->id);
        g_ptr_array_add (labels, (gpointer)text_in (entity->label, lang, default_lang));
      }
  set_model (self->highlight_row, labels);
  adw_combo_row_set_selected (self->highlight_row,
                              spec->highlight->len == 0 ? 0
                              : _parity_inspector_position_of (
                                  self->highlight_ids,
                                  parity_dataset_get_entity (
                                    dataset, g_array_index (spec->highlight, guint32, 0))->id));

  parity_entity_picker_clear (self->entity_picker);
  if (adw_expander_row_get_expanded (self->entities_row))
    build_entity_rows (self);
  {
    const char *group = parity_chart_edit_group_name (dataset, spec, lang);
    /* Translators: the subtitle of the Shown row: how many of the countries and groups
       listed in it the chart shows. */
    g_autofree char *subtitle = group == NULL
      ? g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u shown", "%u shown", entities->len),
                         entities->len)
      /* Translators: the subtitle of the Shown row when the chart shows a group of
         economies: its name, then how many are shown ("Least Developed Countries: 44
         shown"). */
      : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s: %u shown", "%s: %u shown",
                                      entities->len), group, entities->len);

    adw_expander_row_set_subtitle (self->entities_row, subtitle);
  }
}

static void
show_error (ParityInspector *self,
            const char      *message)
{
  gtk_label_set_text (self->error_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static void
set_row_text (ParityInspector *self,
              AdwEntryRow     *row,
              const char      *text)
{
  if (row != self->editing_row &&
      g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (row)), text) != 0)
    gtk_editable_set_text (GTK_EDITABLE (row), text);
}

#define N_TEXT_ROWS 5

/* The rows of the chart's texts, each with its own title as "base-title". */
static guint
text_rows (ParityInspector   *self,
           AdwPreferencesRow *rows[N_TEXT_ROWS])
{
  rows[0] = ADW_PREFERENCES_ROW (self->title_row);
  rows[1] = ADW_PREFERENCES_ROW (self->subtitle_row);
  rows[2] = ADW_PREFERENCES_ROW (self->notes_row);
  rows[3] = ADW_PREFERENCES_ROW (self->description_row);
  rows[4] = ADW_PREFERENCES_ROW (self->source_row);
  return N_TEXT_ROWS;
}

/* Each text row says which language it edits ("Title — English"), and a chart in another
 * language than the window's says so once, above them. */
static void
show_lang (ParityInspector *self,
           const char      *lang)
{
  AdwPreferencesRow *rows[N_TEXT_ROWS];
  guint n_rows = text_rows (self, rows);
  const char *ui_lang = parity_words_ui_lang ();
  g_autofree char *name = parity_language_autonym (lang);
  gboolean other = ui_lang != NULL && !parity_language_same (lang, ui_lang);

  for (guint i = 0; i < n_rows; i++)
    {
      /* Translators: the title of a text row of the inspector and the language it edits,
         as in “Title — English”. */
      g_autofree char *title = g_strdup_printf (C_("text row", "%s — %s"),
                                                (const char *)g_object_get_data (G_OBJECT (rows[i]),
                                                                                 "base-title"),
                                                name);

      adw_preferences_row_set_title (rows[i], title);
    }
  if (other)
    {
      /* Translators: above the inspector's text rows when the chart's language (%s, its
         own name, such as “English”) is not the window's. */
      g_autofree char *notice = g_strdup_printf (_("This chart is in %s: its texts are edited in that language. Chart Language, below, changes it."),
                                                 name);

      gtk_label_set_text (self->lang_notice, notice);
    }
  gtk_widget_set_visible (gtk_widget_get_parent (GTK_WIDGET (self->lang_notice)), other);
}

/* Sets every control from the chart as it is now. */
static void
sync_controls (ParityInspector *self)
{
  const ParityChartSpec *spec = _parity_inspector_spec (self);
  ParityDataset *dataset = _parity_inspector_dataset (self);
  const char *lang, *default_lang;
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  guint n;

  gtk_widget_set_sensitive (self->scroller, spec != NULL);
  if (spec == NULL)
    return;

  self->syncing = TRUE;
  lang = _parity_inspector_edit_lang (self);
  default_lang = parity_dataset_get_default_lang (dataset);

  set_row_text (self, self->title_row, text_in (spec->title, lang, default_lang));
  set_row_text (self, self->subtitle_row,
                spec->subtitle ? text_in (spec->subtitle, lang, default_lang) : "");
  set_row_text (self, self->notes_row,
                spec->notes ? text_in (spec->notes, lang, default_lang) : "");
  set_row_text (self, self->source_row,
                spec->source ? text_in (spec->source, lang, default_lang) : "");
  set_row_text (self, self->description_row,
                spec->description ? text_in (spec->description, lang, default_lang) : "");

  {
    const char * const *kinds = parity_chart_kind_list (&n);

    g_ptr_array_set_size (labels, 0);
    for (guint i = 0; i < n; i++)
      g_ptr_array_add (labels, (gpointer)parity_words_kind (kinds[i]));
    set_model (self->kind_row, labels);
    for (guint i = 0; i < n; i++)
      if (g_str_equal (kinds[i], spec->kind))
        adw_combo_row_set_selected (self->kind_row, i);
  }

  g_ptr_array_set_size (self->indicator_ids, 0);
  g_ptr_array_set_size (labels, 0);
  for (guint i = 0; i < parity_dataset_get_n_indicators (dataset); i++)
    {
      const ParityIndicator *indicator = parity_dataset_get_indicator (dataset, i);

      g_ptr_array_add (self->indicator_ids, indicator->id);
      g_ptr_array_add (labels, (gpointer)text_in (indicator->label, lang, default_lang));
    }
  set_model (self->indicator_row, labels);
  adw_combo_row_set_selected (self->indicator_row, spec->indicator);
  gtk_widget_set_visible (GTK_WIDGET (self->x_row), g_str_equal (spec->kind, "scatter"));
  /* The axis across is a scatter plot's only: another list of 1 400 indicators (the WDI's)
   * for a hidden row was a fifth of opening such a file. */
  if (g_str_equal (spec->kind, "scatter"))
    {
      JsonObject *chart = json_node_get_object (spec->json);
      JsonObject *x = json_object_has_member (chart, "x")
                      ? json_object_get_object_member (chart, "x") : NULL;
      guint32 across = parity_dataset_lookup_indicator (
        dataset, x != NULL ? json_object_get_string_member_with_default (x, "indicator", NULL)
                           : NULL);

      set_model (self->x_row, labels);
      if (across != PARITY_INDEX_NONE)
        adw_combo_row_set_selected (self->x_row, across);
    }

  adw_combo_row_set_selected (self->sort_row, spec->sort);
  {
    guint n_ends;
    ParityChartRows rows = parity_chart_edit_get_rows (spec, &n_ends);

    gtk_widget_set_visible (GTK_WIDGET (self->rows_row), rows != PARITY_CHART_ROWS_NONE);
    gtk_widget_set_visible (GTK_WIDGET (self->ends_row), rows == PARITY_CHART_ROWS_ENDS);
    adw_combo_row_set_selected (self->rows_row, MAX (rows, PARITY_CHART_ROWS_FIT));
    gtk_spin_button_set_value (self->ends_spin, n_ends);
  }
  fill_data_choices (self, spec);
  _parity_inspector_map_sync (self, spec);
  _parity_inspector_annotations_sync (self, spec);
  _parity_inspector_facet_sync (self, spec);

  {
    const ParityPreset *presets = parity_preset_get_all (&n);
    g_autoptr(GPtrArray) sizes = g_ptr_array_new_with_free_func (g_free);
    guint selected = 0;

    for (guint i = 0; i < n; i++)
      {
        g_ptr_array_add (sizes, parity_words_preset (&presets[i]));
        if (g_strcmp0 (presets[i].name, parity_chart_spec_get_preset_name (spec)) == 0)
          selected = i;
      }
    set_model (self->preset_row, sizes);
    adw_combo_row_set_selected (self->preset_row, selected);
  }

  /* A map's colours are its ramp's, chosen in the Map group. */
  gtk_widget_set_visible (GTK_WIDGET (self->palette_row), !g_str_equal (spec->kind, "map"));
  adw_combo_row_set_selected (self->palette_row, 0);
  for (guint i = 0; i < G_N_ELEMENTS (palette_ids); i++)
    if (g_strcmp0 (palette_ids[i], spec->palette) == 0)
      adw_combo_row_set_selected (self->palette_row, i);

  /* Languages: the dataset's, and any the chart's texts or the labels are written in. */
  {
    g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
    const ParityText *texts[] = { spec->title, spec->subtitle, spec->notes };

    g_ptr_array_set_size (self->lang_ids, 0);
    g_hash_table_add (seen, (gpointer)default_lang);
    g_ptr_array_add (self->lang_ids, (gpointer)default_lang);
    for (guint t = 0; t < G_N_ELEMENTS (texts); t++)
      for (guint i = 0; i < parity_text_get_n_langs (texts[t]); i++)
        if (g_hash_table_add (seen, (gpointer)parity_text_get_lang (texts[t], i)))
          g_ptr_array_add (self->lang_ids, (gpointer)parity_text_get_lang (texts[t], i));
    for (guint e = 0; e < parity_dataset_get_n_entities (dataset); e++)
      {
        const ParityText *label = parity_dataset_get_entity (dataset, e)->label;

        for (guint i = 0; i < parity_text_get_n_langs (label); i++)
          if (g_hash_table_add (seen, (gpointer)parity_text_get_lang (label, i)))
            g_ptr_array_add (self->lang_ids, (gpointer)parity_text_get_lang (label, i));
      }
    {
      g_autoptr(GtkStringList) names = parity_words_languages (self->lang_ids, default_lang);

      parity_words_set_combo_strings (self->lang_row, names);
    }
    adw_combo_row_set_selected (self->lang_row,
                                _parity_inspector_position_of (self->lang_ids, lang));
  }
  show_lang (self, lang);
  self->syncing = FALSE;
}

/* Applies one change to a copy of the chart's object and hands it to the document. */
void
_parity_inspector_edit (ParityInspector         *self,
                        ParityInspectorEditFunc  func,
                        gpointer                 data,
                        const char              *merge_key)
{
  g_autoptr(JsonNode) json = NULL;
  g_autoptr(GError) error = NULL;
  guint index = chart_index (self);

  if (self->syncing || index == G_MAXUINT)
    return;
  json = parity_dataset_dup_chart_json (_parity_inspector_dataset (self), index);
  func (self, json_node_get_object (json), data);
  if (!parity_document_edit_chart (self->document, index, json, merge_key, &error))
    {
      show_error (self, error->message);
      sync_controls (self);
      return;
    }
  show_error (self, NULL);
}

static void
set_text_member (ParityInspector *self,
                 JsonObject      *chart,
                 const char      *member,
                 const char      *value)
{
  ParityDataset *dataset = _parity_inspector_dataset (self);

  parity_chart_json_set_text (chart, member, _parity_inspector_edit_lang (self),
                              parity_dataset_get_default_lang (dataset), value);
}

static void
edit_text (ParityInspector *self,
           JsonObject      *chart,
           gpointer         data)
{
  AdwEntryRow *row = data;
  const char *member = g_object_get_data (G_OBJECT (row), "member");

  set_text_member (self, chart, member, gtk_editable_get_text (GTK_EDITABLE (row)));
}

static void
on_text_changed (ParityInspector *self,
                 AdwEntryRow     *row)
{
  /* The row being typed in is not set back from the chart: a keystroke that empties it
   * for a moment must not pull in another language's text. */
  self->editing_row = row;
  _parity_inspector_edit (self, edit_text, row, g_object_get_data (G_OBJECT (row), "member"));
  self->editing_row = NULL;
}

void
_parity_inspector_set_or_remove (JsonObject *chart,
                                 const char *member,
                                 const char *value)
{
  if (value == NULL)
    json_object_remove_member (chart, member);
  else
    json_object_set_string_member (chart, member, value);
}

static void
edit_choice (ParityInspector *self,
             JsonObject      *chart,
             gpointer         data)
{
  AdwComboRow *row = data;
  guint selected = adw_combo_row_get_selected (row);

  if (row == self->kind_row)
    {
      parity_chart_edit_set_kind (_parity_inspector_dataset (self), chart,
                                  parity_chart_kind_list (NULL)[selected]);
    }
  else if (row == self->indicator_row)
    {
      /* Another indicator: its latest period, and nothing of the old one's selection. */
      ParityDataset *dataset = _parity_inspector_dataset (self);
      const ParityIndicator *indicator = parity_dataset_get_indicator (dataset, selected);

      json_object_set_string_member (chart, "indicator", indicator->id);
      if (json_object_has_member (chart, "period") &&
          g_strcmp0 (json_object_get_string_member (chart, "period"), PARITY_PERIOD_LATEST) != 0)
        _parity_inspector_set_or_remove (chart, "period",
                                         parity_chart_edit_end_period (dataset, selected,
                                                                       FALSE));
      json_object_remove_member (chart, "breakdown");
      json_object_remove_member (chart, "series");
      json_object_remove_member (chart, "entities");
      json_object_remove_member (chart, "highlight");
      json_object_remove_member (chart, "reference");
    }
  else if (row == self->x_row)
    {
      /* The indicator across; its period and scale stay. */
      JsonObject *x = json_object_has_member (chart, "x")
                      ? json_object_get_object_member (chart, "x") : NULL;

      if (x == NULL)
        {
          x = json_object_new ();
          json_object_set_object_member (chart, "x", x);
        }
      json_object_set_string_member (x, "indicator",
                                     parity_dataset_get_indicator (_parity_inspector_dataset (self),
                                                                   selected)->id);
    }
  else if (row == self->period_row)
    {
      /* The first choice is each entity's latest value, the others the periods. */
      const char *period = selected == 0 ? PARITY_PERIOD_LATEST
                           : g_ptr_array_index (self->period_ids, selected - 1);

      _parity_inspector_set_or_remove (chart, "period", period);
      /* A tolerance belongs to "latest"; chosen from a year, it starts at two years, as
         ITU's country data lag one or two years behind. */
      if (selected != 0)
        json_object_remove_member (chart, "tolerance");
      else if (!json_object_has_member (chart, "tolerance"))
        json_object_set_int_member (chart, "tolerance", PARITY_TOLERANCE_DEFAULT);
    }
  else if (row == self->from_period_row || row == self->to_period_row)
    {
      /* A slope chart's end: the period of its first or second series. */
      JsonArray *series = json_object_has_member (chart, "series")
                          ? json_object_get_array_member (chart, "series") : NULL;
      guint end = row == self->from_period_row ? 0 : 1;

      if (series != NULL && json_array_get_length (series) == 2)
        json_object_set_string_member (json_array_get_object_element (series, end), "period",
                                       g_ptr_array_index (self->period_ids, selected));
    }
  else if (row == self->sort_row)
    {
      static const char * const sorts[] = { NULL, "ascending", "descending" };

      _parity_inspector_set_or_remove (chart, "sort", sorts[MIN (selected, 2)]);
    }
  else if (row == self->rows_row)
    parity_chart_edit_set_rows (chart, selected,
                                gtk_spin_button_get_value_as_int (self->ends_spin));
  else if (row == self->highlight_row)
    {
      const char *id = g_ptr_array_index (self->highlight_ids, selected);

      if (id == NULL)
        json_object_remove_member (chart, "highlight");
      else
        {
          JsonArray *array = json_array_new ();

          json_array_add_string_element (array, id);
          json_object_set_array_member (chart, "highlight", array);
        }
    }
  else if (row == self->preset_row)
    {
      guint n;
      const ParityPreset *presets = parity_preset_get_all (&n);

      json_object_set_string_member (chart, "preset", presets[MIN (selected, n - 1)].name);
    }
  else if (row == self->palette_row)
    _parity_inspector_set_or_remove (chart, "palette",
                                     palette_ids[MIN (selected, G_N_ELEMENTS (palette_ids) - 1)]);
  else if (row == self->lang_row)
    {
      const char *lang = g_ptr_array_index (self->lang_ids, selected);

      _parity_inspector_set_or_remove (chart, "lang",
                                       g_str_equal (lang,
                                                    parity_dataset_get_default_lang (
                                                      _parity_inspector_dataset (self)))
                                       ? NULL : lang);
    }
}

static void
on_choice_changed (ParityInspector *self,
                   GParamSpec      *pspec,
                   AdwComboRow     *row)
{
  _parity_inspector_edit (self, edit_choice, row, NULL);
}

typedef struct
{
  GtkSpinButton *spin;
  const char    *member;
} Number;

static void
edit_number (ParityInspector *self,
             JsonObject      *chart,
             gpointer         data)
{
  Number *number = data;

  json_object_set_int_member (chart, number->member,
                              gtk_spin_button_get_value_as_int (number->spin));
}

/* Sets the integer @member to @spin's value; the steps of the spin button are one edit,
 * undone together. */
void
_parity_inspector_edit_number (ParityInspector *self,
                               GtkSpinButton   *spin,
                               const char      *member)
{
  _parity_inspector_edit (self, edit_number, &(Number) { spin, member }, member);
}

static void
on_tolerance_changed (ParityInspector *self)
{
  _parity_inspector_edit_number (self, self->tolerance_spin, "tolerance");
}

/* As many of the highest rows as of the lowest; the steps of the spin button are one edit. */
static void
edit_ends (ParityInspector *self,
           JsonObject      *chart,
           gpointer         data)
{
  parity_chart_edit_set_rows (chart, PARITY_CHART_ROWS_ENDS,
                              gtk_spin_button_get_value_as_int (self->ends_spin));
}

static void
on_ends_changed (ParityInspector *self)
{
  _parity_inspector_edit (self, edit_ends, NULL, "ends");
}

static void
edit_entities (ParityInspector *self,
               JsonObject      *chart,
               gpointer         data)
{
  gboolean all;
  g_autoptr(GPtrArray) ids = parity_entity_picker_dup_checked (self->entity_picker, &all);
  JsonArray *shown;

  /* All of them is the default: no list to keep up to date when data is added. */
  if (all)
    {
      json_object_remove_member (chart, "entities");
      return;
    }
  shown = json_array_new ();
  for (guint i = 0; i < ids->len; i++)
    json_array_add_string_element (shown, g_ptr_array_index (ids, i));
  json_object_set_array_member (chart, "entities", shown);
}

/* Each change of the checks, one or many at once, is one edit. */
static void
on_entities_changed (ParityInspector *self)
{
  _parity_inspector_edit (self, edit_entities, NULL, NULL);
}

static void
on_charts_changed (ParityInspector *self)
{
  sync_controls (self);
}

static void
parity_inspector_dispose (GObject *object)
{
  ParityInspector *self = (ParityInspector *)object;

  g_clear_object (&self->document);
  gtk_widget_dispose_template (GTK_WIDGET (self), PARITY_TYPE_INSPECTOR);
  G_OBJECT_CLASS (parity_inspector_parent_class)->dispose (object);
}

static void
parity_inspector_finalize (GObject *object)
{
  ParityInspector *self = (ParityInspector *)object;

  g_free (self->chart_id);
  g_ptr_array_unref (self->indicator_ids);
  g_ptr_array_unref (self->period_ids);
  g_ptr_array_unref (self->highlight_ids);
  g_ptr_array_unref (self->lang_ids);
  _parity_inspector_map_finalize (self);
  _parity_inspector_annotations_finalize (self);
  G_OBJECT_CLASS (parity_inspector_parent_class)->finalize (object);
}

static void
parity_inspector_class_init (ParityInspectorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = parity_inspector_dispose;
  object_class->finalize = parity_inspector_finalize;

  parity_gtk_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/paritycharts/Parity/parity-inspector.ui");
  gtk_widget_class_bind_template_child (widget_class, ParityInspector, scroller);
  gtk_widget_class_bind_template_child (widget_class, ParityInspector, error_label);
  gtk_widget_class_bind_template_child (widget_class, ParityInspector, lang_notice);
  gtk_widget_class_bind_template_child (widget_class, ParityInspector, title_row);
  gtk_widget_class_bind_template_child (widget_class, ParityInspector, subtitle_row);
  gtk_widget_class_bind_template_child (widget_class, ParityInspector, notes_row);
  gtk_widget_class_bind_template_child (widget_class, ParityInspector, source_row);
  gtk_widget_class_bind_template_child (widget_class, ParityInspector, description_row);
  gtk_widget_class_bind_template_child (widget_class, ParityInspector, kind_row);
  gtk_widget_class_bind_template_child (widget_class, ParityInspector, indicator_row);
  gtk_widget_class_bind_template_child (widget_class, ParityInspector, x_row);
  gtk_widget_class_bind_template_child (widget_class, ParityInspector, period_row);
  gtk_widget_class_bind_template_child (widget_class, ParityInspector, from_period_row);
  gtk_widget_class_bind_template_child (widget_class, ParityInspector, to_period_row);
  gtk_widget_class_bind_template_child (widget_class, ParityInspector, tolerance_row);
  gtk_widget_class_bind_template_child (widget_class, ParityInspector, tolerance_spin);
  gtk_widget_class_bind_template_child (widget_class, ParityInspector, sort_row);
  gtk_widget_class_bind_template_child (widget_class, ParityInspector, rows_row);
  gtk_widget_class_bind_template_child (widget_class, ParityInspector, ends_row);
  gtk_widget_class_bind_template_child (widget_class, ParityInspector, ends_spin);
  gtk_widget_class_bind_template_child (widget_class, ParityInspector, highlight_row);
  gtk_widget_class_bind_template_child (widget_class, ParityInspector, entities_row);
  gtk_widget_class_bind_template_child (widget_class, ParityInspector, preset_row);
  gtk_widget_class_bind_template_child (widget_class, ParityInspector, palette_row);
  gtk_widget_class_bind_template_child (widget_class, ParityInspector, lang_row);
  gtk_widget_class_bind_template_callback (widget_class, on_text_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_choice_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_tolerance_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_ends_changed);
  _parity_inspector_map_class_init (widget_class);
  _parity_inspector_annotations_class_init (widget_class);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "inspector");
}

static void
parity_inspector_init (ParityInspector *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->indicator_ids = g_ptr_array_new ();
  self->period_ids = g_ptr_array_new ();
  self->highlight_ids = g_ptr_array_new ();
  self->lang_ids = g_ptr_array_new ();
  _parity_inspector_map_init (self);
  _parity_inspector_annotations_init (self);
  _parity_inspector_facet_init (self);
  self->entity_picker = PARITY_ENTITY_PICKER (parity_entity_picker_new ());
  adw_expander_row_add_row (self->entities_row, GTK_WIDGET (self->entity_picker));
  /* The list box wraps it in a row, which is no button. */
  if (GTK_IS_LIST_BOX_ROW (gtk_widget_get_parent (GTK_WIDGET (self->entity_picker))))
    gtk_list_box_row_set_activatable (
      GTK_LIST_BOX_ROW (gtk_widget_get_parent (GTK_WIDGET (self->entity_picker))), FALSE);
  g_signal_connect_object (self->entity_picker, "changed", G_CALLBACK (on_entities_changed),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->entities_row, "notify::expanded",
                           G_CALLBACK (on_entities_expanded), self, G_CONNECT_SWAPPED);
  g_object_set_data (G_OBJECT (self->title_row), "member", (gpointer)"title");
  g_object_set_data (G_OBJECT (self->subtitle_row), "member", (gpointer)"subtitle");
  g_object_set_data (G_OBJECT (self->notes_row), "member", (gpointer)"notes");
  g_object_set_data (G_OBJECT (self->source_row), "member", (gpointer)"source");
  g_object_set_data (G_OBJECT (self->description_row), "member", (gpointer)"description");
  {
    AdwPreferencesRow *rows[N_TEXT_ROWS];
    guint n_rows = text_rows (self, rows);

    for (guint i = 0; i < n_rows; i++)
      g_object_set_data_full (G_OBJECT (rows[i]), "base-title",
                              g_strdup (adw_preferences_row_get_title (rows[i])), g_free);
  }
  parity_words_set_combo_wrapping (self->indicator_row);
  parity_words_set_combo_wrapping (self->x_row);
  parity_words_set_combo_wrapping (self->highlight_row);
  parity_words_set_combo_wrapping (self->preset_row);
  parity_words_wrap_whole_words (GTK_WIDGET (self));
  gtk_widget_set_sensitive (self->scroller, FALSE);
}

GtkWidget *
parity_inspector_new (void)
{
  return g_object_new (PARITY_TYPE_INSPECTOR, NULL);
}

/**
 * parity_inspector_set_chart:
 * @document: (nullable): the open document
 * @chart_id: (nullable): the chart to inspect
 */
void
parity_inspector_set_chart (ParityInspector *self,
                            ParityDocument  *document,
                            const char      *chart_id)
{
  g_return_if_fail (PARITY_IS_INSPECTOR (self));

  if (self->document != document)
    {
      if (self->document != NULL)
        g_signal_handlers_disconnect_by_func (parity_document_get_dataset (self->document),
                                              on_charts_changed, self);
      g_set_object (&self->document, document);
      if (document != NULL)
        g_signal_connect_object (parity_document_get_dataset (document), "charts-changed",
                                 G_CALLBACK (on_charts_changed), self, G_CONNECT_SWAPPED);
    }
  g_free (self->chart_id);
  self->chart_id = g_strdup (chart_id);
  show_error (self, NULL);
  sync_controls (self);
}

/* The message of the last refused edit, NULL when the last edit went through. */
const char *
parity_inspector_get_error (ParityInspector *self)
{
  g_return_val_if_fail (PARITY_IS_INSPECTOR (self), NULL);
  return gtk_widget_get_visible (GTK_WIDGET (self->error_label))
         ? gtk_label_get_text (self->error_label) : NULL;
}
