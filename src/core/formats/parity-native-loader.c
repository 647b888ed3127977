/* parity-native-loader.c: Parity's own JSON dataset format (data/dataset-format.md)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "parity-annotation-reader.h"
#include "parity-chart-guides.h"
#include "parity-chart-facet.h"
#include "parity-chart-kind.h"
#include "parity-chart-latest.h"
#include "parity-dataset-private.h"
#include "parity-json-reader.h"
#include "parity-json-writer.h"
#include "parity-loader-private.h"
#include "parity-native-stream.h"
#include "parity-preset.h"
#include "parity-theme.h"

#define FORMAT_NAME "parity-dataset"
#define FORMAT_VERSION 1

typedef struct
{
  ParityJsonReader    reader;
  ParityDataset      *dataset;
  const char         *lang;
  ParityNativeStream *stream;   /* the observations cut out of the tree, or NULL */
} Loader;

static const char * const entity_kinds[] = {
  "other", "world", "development-group", "region", "economy", NULL
};
static const char * const unit_kinds[] = {
  "other", "percent", "count", "currency", "rate", "bitrate", "ratio", NULL
};
static const char * const sort_names[] = { "none", "ascending", "descending", NULL };

gboolean
_parity_native_loader_sniff (JsonNode *root)
{
  JsonObject *object;
  JsonNode *member;

  if (!JSON_NODE_HOLDS_OBJECT (root))
    return FALSE;
  object = json_node_get_object (root);
  member = json_object_get_member (object, "format");
  /* Any JSON may come here: "format" may be an object or an array. */
  return member != NULL && JSON_NODE_HOLDS_VALUE (member) &&
         json_node_get_value_type (member) == G_TYPE_STRING &&
         g_strcmp0 (json_node_get_string (member), FORMAT_NAME) == 0;
}

/* Calls @func on each element of the array member, with the path set to it. */
typedef gboolean (*ElementFunc) (Loader     *loader,
                                 JsonObject *element,
                                 guint       index,
                                 gpointer    user_data);

static gboolean
for_each_object (Loader      *loader,
                 JsonObject  *object,
                 const char  *member,
                 gboolean     required,
                 ElementFunc  func,
                 gpointer     user_data)
{
  ParityJsonReader *r = &loader->reader;
  JsonArray *array = NULL;
  gsize mark;
  guint n;

  if (!_parity_json_reader_array (r, object, member, required, &array))
    return FALSE;
  if (array == NULL)
    return TRUE;
  mark = _parity_json_reader_push_member (r, member);
  n = json_array_get_length (array);
  for (guint i = 0; i < n; i++)
    {
      gsize item_mark = _parity_json_reader_push_index (r, i);
      JsonObject *element;

      if (!_parity_json_reader_object (r, json_array_get_element (array, i), &element) ||
          !func (loader, element, i, user_data))
        return FALSE;
      _parity_json_reader_pop (r, item_mark);
    }
  _parity_json_reader_pop (r, mark);
  return TRUE;
}

static gboolean
check_unique (Loader     *loader,
              guint32     existing,
              const char *what,
              const char *id)
{
  if (existing == PARITY_INDEX_NONE)
    return TRUE;
  return _parity_json_reader_fail_at (&loader->reader, "id",
                                      g_str_equal (what, "source")
                                      /* Translators: %s is an id from the file. */
                                      ? _("source \"%s\" is defined twice")
                                      : g_str_equal (what, "entity")
                                      ? _("entity \"%s\" is defined twice")
                                      : g_str_equal (what, "indicator")
                                      ? _("indicator \"%s\" is defined twice")
                                      : g_str_equal (what, "group")
                                      ? _("group \"%s\" is defined twice")
                                      : _("chart \"%s\" is defined twice"), id);
}

/* Resolves a reference like "source": "ITU-FF2019" to an index. */
static gboolean
resolve (Loader      *loader,
         JsonObject  *object,
         const char  *member,
         gboolean     required,
         guint32    (*lookup) (ParityDataset *, const char *),
         const char  *what,
         guint32     *out)
{
  const char *id = NULL;

  if (!_parity_json_reader_string (&loader->reader, object, member, required, &id))
    return FALSE;
  if (id == NULL)
    return TRUE;
  *out = lookup (loader->dataset, id);
  if (*out == PARITY_INDEX_NONE)
    return _parity_json_reader_fail_at (&loader->reader, member, g_str_equal (what, "source")
                                        /* Translators: %s is an id from the file. */
                                        ? _("no source has the id \"%s\"")
                                        : g_str_equal (what, "indicator")
                                        ? _("no indicator has the id \"%s\"")
                                        : _("no entity has the id \"%s\""), id);
  return TRUE;
}

static gboolean
read_text (Loader      *loader,
           JsonObject  *object,
           const char  *member,
           gboolean     required,
           ParityText **out)
{
  return _parity_json_reader_text (&loader->reader, object, member, required, loader->lang, out);
}

static gboolean
load_source (Loader     *loader,
             JsonObject *object,
             guint       index,
             gpointer    user_data)
{
  static const char * const members[] = { "id", "title", "publisher", "url", "year",
                                          "retrieved", "note", NULL };
  const char *id = NULL, *url = NULL, *retrieved = NULL;
  gint64 year = 0;
  ParitySource *source;

  if (!_parity_json_reader_check_members (&loader->reader, object, members) ||
      !_parity_json_reader_id (&loader->reader, object, "id", TRUE, &id) ||
      !check_unique (loader, parity_dataset_lookup_source (loader->dataset, id), "source", id))
    return FALSE;
  source = _parity_dataset_add_source (loader->dataset, id);
  if (!read_text (loader, object, "title", TRUE, &source->title) ||
      !read_text (loader, object, "publisher", FALSE, &source->publisher) ||
      !read_text (loader, object, "note", FALSE, &source->note) ||
      !_parity_json_reader_string (&loader->reader, object, "url", FALSE, &url) ||
      !_parity_json_reader_int (&loader->reader, object, "year", FALSE, 1000, 9999, &year) ||
      !_parity_json_reader_string (&loader->reader, object, "retrieved", FALSE, &retrieved))
    return FALSE;
  if (retrieved != NULL && !parity_iso_date_is_valid (retrieved))
    return _parity_json_reader_fail_at (&loader->reader, "retrieved",
                                        /* Translators: %s is the text found. */
                                        _("expected a date such as \"2024-05-01\", found \"%s\""),
                                        retrieved);
  source->url = g_strdup (url);
  source->retrieved = g_strdup (retrieved);
  source->year = (int)year;
  return TRUE;
}

static gboolean
load_entity (Loader     *loader,
             JsonObject *object,
             guint       index,
             gpointer    user_data)
{
  static const char * const members[] = { "id", "label", "short_label", "kind", NULL };
  const char *id = NULL;
  ParityEntity *entity;
  int kind = PARITY_ENTITY_OTHER;

  if (!_parity_json_reader_check_members (&loader->reader, object, members) ||
      !_parity_json_reader_id (&loader->reader, object, "id", TRUE, &id) ||
      !check_unique (loader, parity_dataset_lookup_entity (loader->dataset, id), "entity", id))
    return FALSE;
  entity = _parity_dataset_add_entity (loader->dataset, id);
  if (!read_text (loader, object, "label", TRUE, &entity->label) ||
      !read_text (loader, object, "short_label", FALSE, &entity->short_label) ||
      !_parity_json_reader_enum (&loader->reader, object, "kind", entity_kinds, &kind))
    return FALSE;
  entity->kind = kind;
  return TRUE;
}

static gboolean
load_unit (Loader          *loader,
           JsonObject      *indicator_object,
           ParityIndicator *indicator)
{
  static const char * const members[] = { "kind", "symbol", "label", "scale", NULL };
  ParityJsonReader *r = &loader->reader;
  JsonObject *object = NULL;
  int kind = -1;
  gsize mark;

  if (!_parity_json_reader_member_object (r, indicator_object, "unit", TRUE, &object))
    return FALSE;
  mark = _parity_json_reader_push_member (r, "unit");
  if (!_parity_json_reader_check_members (r, object, members) ||
      !_parity_json_reader_enum (r, object, "kind", unit_kinds, &kind))
    return FALSE;
  if (kind < 0)
    return _parity_json_reader_fail (r, _("missing required member \"%s\""), "kind");
  indicator->unit.kind = kind;
  if (!read_text (loader, object, "symbol", FALSE, &indicator->unit.symbol) ||
      !read_text (loader, object, "label", FALSE, &indicator->unit.label) ||
      !_parity_json_reader_number (r, object, "scale", FALSE, &indicator->unit.scale))
    return FALSE;
  if (indicator->unit.scale <= 0)
    return _parity_json_reader_fail_at (r, "scale", _("the scale must be positive"));
  _parity_json_reader_pop (r, mark);
  return TRUE;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char * const *)a, *(const char * const *)b);
}

/* {"sex": "female", "area": "urban"} → "area=urban;sex=female", interned. */
static gboolean
read_breakdown (Loader     *loader,
                JsonObject *object,
                guint32    *out,
                gboolean    must_exist)
{
  ParityJsonReader *r = &loader->reader;
  JsonObject *breakdown = NULL;
  g_autoptr(GPtrArray) pairs = NULL;
  g_autofree char *canonical = NULL;
  JsonObjectIter iter;
  const char *key;
  JsonNode *value;
  gsize mark;

  if (!_parity_json_reader_member_object (r, object, "breakdown", FALSE, &breakdown))
    return FALSE;
  *out = 0;
  if (breakdown == NULL)
    return TRUE;

  mark = _parity_json_reader_push_member (r, "breakdown");
  pairs = g_ptr_array_new_with_free_func (g_free);
  json_object_iter_init_ordered (&iter, breakdown);
  while (json_object_iter_next_ordered (&iter, &key, &value))
    {
      g_autofree char *k = NULL, *v = NULL;

      if (!JSON_NODE_HOLDS_VALUE (value) || json_node_get_value_type (value) != G_TYPE_STRING)
        return _parity_json_reader_fail_at (r, key, _("expected a string, found %s"),
                                            _parity_json_node_describe (value));
      k = g_uri_escape_string (key, NULL, TRUE);
      v = g_uri_escape_string (json_node_get_string (value), NULL, TRUE);
      g_ptr_array_add (pairs, g_strconcat (k, "=", v, NULL));
    }
  g_ptr_array_sort (pairs, compare_strings);
  g_ptr_array_add (pairs, NULL);
  canonical = g_strjoinv (";", (char **)pairs->pdata);
  if (must_exist)
    {
      *out = parity_dataset_lookup_breakdown (loader->dataset, canonical);
      if (*out == PARITY_INDEX_NONE)
        return _parity_json_reader_fail (r,
                                         /* Translators: %s is a breakdown as the file gives it:
                                            area=urban;sex=female. */
                                         _("no observation has the breakdown %s"), canonical);
    }
  else
    *out = _parity_dataset_intern_breakdown (loader->dataset, canonical);
  _parity_json_reader_pop (r, mark);
  return TRUE;
}

static gboolean
load_observation (Loader     *loader,
                  JsonObject *object,
                  guint       index,
                  gpointer    user_data)
{
  static const char * const members[] = { "entity", "period", "breakdown", "value", "qualifier",
                                          "source", "note", NULL };
  static const char * const qualifiers[] = { "exact", "estimate", "forecast", "approximate",
                                             "greater-than", "less-than", "missing", NULL };
  ParityJsonReader *r = &loader->reader;
  ParityIndicator *indicator = user_data;
  guint32 entity = PARITY_INDEX_NONE, source = PARITY_INDEX_NONE, breakdown = 0;
  const char *period = NULL;
  int qualifier = -1;
  JsonNode *value_node;
  double value = 0;
  ParityText *note = NULL;
  guint i;

  if (!_parity_json_reader_check_members (r, object, members) ||
      !resolve (loader, object, "entity", TRUE, parity_dataset_lookup_entity, "entity", &entity) ||
      !_parity_json_reader_token (r, object, "period", TRUE, &period) ||
      !read_breakdown (loader, object, &breakdown, FALSE) ||
      !_parity_json_reader_enum (r, object, "qualifier", qualifiers, &qualifier) ||
      !resolve (loader, object, "source", FALSE, parity_dataset_lookup_source, "source", &source))
    return FALSE;

  value_node = json_object_get_member (object, "value");
  if (value_node == NULL || JSON_NODE_HOLDS_NULL (value_node))
    {
      if (qualifier != -1 && qualifier != PARITY_QUALIFIER_MISSING)
        return _parity_json_reader_fail_at (r, "value",
                                            /* Translators: keep "missing": it is the qualifier
                                               as written in the file. */
                                            _("a value is required unless the qualifier is "
                                              "\"missing\""));
      qualifier = PARITY_QUALIFIER_MISSING;
    }
  else if (!_parity_json_reader_number (r, object, "value", TRUE, &value))
    return FALSE;
  else if (qualifier == PARITY_QUALIFIER_MISSING)
    return _parity_json_reader_fail_at (r, "value",
                                        /* Translators: keep null: it is the JSON word. */
                                        _("a missing observation has no value (use null)"));
  if (qualifier == -1)
    qualifier = PARITY_QUALIFIER_EXACT;

  if (!read_text (loader, object, "note", FALSE, &note))
    return FALSE;
  i = _parity_indicator_append (indicator, entity,
                                _parity_dataset_intern_period (loader->dataset, period),
                                breakdown, value, qualifier, source);
  if (note != NULL)
    {
      if (indicator->obs_notes == NULL)
        indicator->obs_notes = g_hash_table_new_full (NULL, NULL, NULL,
                                                      (GDestroyNotify)parity_text_free);
      g_hash_table_insert (indicator->obs_notes, GUINT_TO_POINTER (i), note);
    }
  return TRUE;
}

static gboolean
load_streamed_observation (gpointer         loader,
                           JsonObject      *object,
                           guint            index,
                           ParityIndicator *indicator)
{
  return load_observation (loader, object, index, indicator);
}

static gboolean
load_indicator (Loader     *loader,
                JsonObject *object,
                guint       index,
                gpointer    user_data)
{
  static const char * const members[] = { "id", "label", "unit", "decimals", "source", "notes",
                                          "observations", NULL };
  ParityJsonReader *r = &loader->reader;
  const char *id = NULL;
  ParityIndicator *indicator;
  JsonArray *observations = NULL;
  gint64 decimals = 0;

  if (!_parity_json_reader_check_members (r, object, members) ||
      !_parity_json_reader_id (r, object, "id", TRUE, &id) ||
      !check_unique (loader, parity_dataset_lookup_indicator (loader->dataset, id),
                     "indicator", id))
    return FALSE;
  indicator = _parity_dataset_add_indicator (loader->dataset, id);
  if (!read_text (loader, object, "label", TRUE, &indicator->label) ||
      !load_unit (loader, object, indicator) ||
      !_parity_json_reader_int (r, object, "decimals", FALSE, 0, 6, &decimals) ||
      !resolve (loader, object, "source", FALSE, parity_dataset_lookup_source, "source",
                &indicator->source) ||
      !read_text (loader, object, "notes", FALSE, &indicator->notes) ||
      !_parity_json_reader_array (r, object, "observations", TRUE, &observations))
    return FALSE;
  indicator->decimals = (guint)decimals;
  {
    const ParityJsonCutArray *cut = _parity_native_stream_array (loader->stream, index);

    if (cut != NULL)
      {
        /* Counted before any element is read: a hostile "[1,1,1…]" must not reserve
         * more than the bytes could hold, and the shortest observation,
         * {"entity":"a","period":"b"}, is 27. */
        _parity_indicator_reserve (indicator, MIN (cut->n_elements,
                                                   (cut->end - cut->start) / 27));
        return _parity_native_stream_observations (loader->stream, cut, indicator,
                                                   load_streamed_observation, loader);
      }
  }
  _parity_indicator_reserve (indicator, json_array_get_length (observations));
  return for_each_object (loader, object, "observations", TRUE, load_observation, indicator);
}

/* {"group": "ldc"}: the members of the dataset's own group of that id, else the dataset's
 * economies in that group of the classification of economies
 * (data/classification/README.md), read as a chart's groups read it. */
static gboolean
read_entity_group (Loader      *loader,
                   JsonObject  *object,
                   const char  *member,
                   GArray     **out)
{
  static const char * const members[] = { "group", NULL };
  ParityChartParser parser = { &loader->reader, loader->dataset, NULL };
  ParityJsonReader *r = &loader->reader;
  JsonObject *selection = NULL;
  gsize mark;
  gboolean ok;

  if (!_parity_json_reader_member_object (r, object, member, FALSE, &selection))
    return FALSE;
  mark = _parity_json_reader_push_member (r, member);
  ok = _parity_json_reader_check_members (r, selection, members) &&
       parity_chart_parser_read_group (&parser, selection, out);
  _parity_json_reader_pop (r, mark);
  return ok;
}

static gboolean
read_entity_list (Loader      *loader,
                  JsonObject  *object,
                  const char  *member,
                  GArray     **out)
{
  ParityChartParser parser = { &loader->reader, loader->dataset, NULL };
  JsonNode *value = json_object_get_member (object, member);

  if (value != NULL && JSON_NODE_HOLDS_OBJECT (value))
    return read_entity_group (loader, object, member, out);
  return parity_chart_parser_read_entities (&parser, object, member, FALSE, out);
}

/* A group the dataset names itself: {"id", "label", "members": [entity ids]}. */
static gboolean
load_group (Loader     *loader,
            JsonObject *object,
            guint       index,
            gpointer    user_data)
{
  static const char * const members[] = { "id", "label", "members", NULL };
  const char *id = NULL;
  ParityGroup *group;

  if (!_parity_json_reader_check_members (&loader->reader, object, members) ||
      !_parity_json_reader_id (&loader->reader, object, "id", TRUE, &id) ||
      !check_unique (loader, parity_dataset_lookup_group (loader->dataset, id), "group", id))
    return FALSE;
  group = _parity_dataset_add_group (loader->dataset, id);
  if (!read_text (loader, object, "label", TRUE, &group->label))
    return FALSE;
  if (!json_object_has_member (object, "members"))
    return _parity_json_reader_fail (&loader->reader, _("missing required member \"%s\""),
                                     "members");
  if (!read_entity_list (loader, object, "members", &group->members))
    return FALSE;
  if (group->members->len == 0)
    return _parity_json_reader_fail_at (&loader->reader, "members",
                                        _("the list is empty: name the group's entities"));
  return TRUE;
}

/* A chart must find its data among its own indicator's observations: found elsewhere in
 * the dataset, it would validate and then draw nothing. */
static gboolean
check_series_data (Loader     *loader,
                   guint32     indicator_index,
                   guint32     period,
                   guint32     breakdown,
                   const char *period_member)
{
  const ParityIndicator *indicator = parity_dataset_get_indicator (loader->dataset,
                                                                   indicator_index);
  gboolean period_found = period == PARITY_INDEX_NONE;

  for (guint i = 0; i < indicator->obs.len; i++)
    if (period == PARITY_INDEX_NONE || indicator->obs.period[i] == period)
      {
        period_found = TRUE;
        if (indicator->obs.breakdown[i] == breakdown)
          return TRUE;
      }
  if (!period_found)
    return _parity_json_reader_fail_at (&loader->reader, period_member,
                                        /* Translators: an indicator's id, then a period such as
                                           2019. */
                                        _("indicator \"%s\" has no observation for \"%s\""),
                                        indicator->id,
                                        parity_dataset_get_period (loader->dataset, period));
  if (period == PARITY_INDEX_NONE)
    return _parity_json_reader_fail_at (&loader->reader, "breakdown",
                                        /* Translators: %s is an indicator's id. */
                                        _("indicator \"%s\" has no observation with this "
                                          "breakdown"), indicator->id);
  return _parity_json_reader_fail_at (&loader->reader, "breakdown",
                                      /* Translators: an indicator's id, then a period such as
                                         2019 (without quotes). */
                                      _("indicator \"%s\" has no observation with this "
                                        "breakdown for %s"), indicator->id,
                                      parity_dataset_get_period (loader->dataset, period));
}

/* An optional period: must be one some observation has. */
static gboolean
read_period (Loader     *loader,
             JsonObject *object,
             guint32    *out)
{
  const char *period = NULL;

  if (!_parity_json_reader_token (&loader->reader, object, "period", FALSE, &period))
    return FALSE;
  if (period == NULL)
    return TRUE;
  *out = parity_dataset_lookup_period (loader->dataset, period);
  if (*out == PARITY_INDEX_NONE)
    return _parity_json_reader_fail_at (&loader->reader, "period",
                                        _("no observation has the period \"%s\""), period);
  return TRUE;
}

/* A chart's period: one some observation has, or "latest" with an optional "tolerance" in
 * years (parity-chart-latest.c), when the chart's period is then L, the indicator's latest. */
static gboolean
read_chart_period (Loader          *loader,
                   JsonObject      *object,
                   ParityChartSpec *chart,
                   guint32          indicator)
{
  ParityJsonReader *r = &loader->reader;
  const char *period = NULL;
  gint64 tolerance = 0;

  if (!_parity_json_reader_token (r, object, "period", FALSE, &period))
    return FALSE;
  if (g_strcmp0 (period, "latest") != 0)
    return (!json_object_has_member (object, "tolerance") ||
            _parity_json_reader_fail_at (r, "tolerance",
                                         /* Translators: keep "tolerance", "period" and
                                            "latest": they are JSON as written in the file. */
                                         _("\"tolerance\" is for a chart of the latest values: "
                                           "set \"period\" to \"latest\""))) &&
           read_period (loader, object, &chart->period);
  if (!_parity_json_reader_int (r, object, "tolerance", FALSE, 0, 100, &tolerance))
    return FALSE;
  chart->latest = TRUE;
  chart->tolerance = tolerance;
  chart->period = parity_latest_period (loader->dataset, indicator);
  return chart->period != PARITY_INDEX_NONE ||
         _parity_json_reader_fail_at (r, "period",
                                      /* Translators: %s is an indicator's id. */
                                      _("indicator \"%s\" has no value to take the latest of"),
                                      parity_dataset_get_indicator (loader->dataset,
                                                                    indicator)->id);
}

static gboolean
load_series (Loader     *loader,
             JsonObject *object,
             guint       index,
             gpointer    user_data)
{
  static const char * const members[] = { "label", "indicator", "period", "breakdown", NULL };
  ParityChartSpec *chart = user_data;
  ParitySeries series = { NULL, chart->indicator, PARITY_INDEX_NONE, chart->breakdown };
  guint32 period;

  if (!_parity_json_reader_check_members (&loader->reader, object, members) ||
      !resolve (loader, object, "indicator", FALSE, parity_dataset_lookup_indicator,
                "indicator", &series.indicator) ||
      !read_period (loader, object, &series.period))
    return FALSE;
  if (json_object_has_member (object, "breakdown") &&
      !read_breakdown (loader, object, &series.breakdown, TRUE))
    return FALSE;
  period = series.period != PARITY_INDEX_NONE ? series.period : chart->period;
  if (!check_series_data (loader, series.indicator, period, series.breakdown,
                          series.period != PARITY_INDEX_NONE ? "period" : "indicator") ||
      !read_text (loader, object, "label", FALSE, &series.label))
    return FALSE;
  g_array_append_val (chart->series, series);
  return TRUE;
}

/* The members that say how a chart is made rather than what it shows. */
static gboolean
read_chart_appearance (Loader          *loader,
                       JsonObject      *object,
                       ParityChartSpec *chart)
{
  ParityJsonReader *r = &loader->reader;
  const char *preset = NULL, *lang = NULL, *palette = NULL;

  if (!_parity_json_reader_string (r, object, "preset", FALSE, &preset) ||
      !_parity_json_reader_string (r, object, "lang", FALSE, &lang) ||
      !_parity_json_reader_string (r, object, "palette", FALSE, &palette) ||
      !read_text (loader, object, "source", FALSE, &chart->source) ||
      !read_text (loader, object, "description", FALSE, &chart->description))
    return FALSE;
  if (preset != NULL && parity_preset_lookup (preset) == NULL)
    {
      g_autofree char *known = parity_preset_list_names (", ");

      return _parity_json_reader_fail_at (r, "preset",
                                         /* Translators: the preset found, then the list of known
                                            ones, which stay as they are: report, half-page,
                                            slide, square. */
                                         _("unknown preset \"%s\" (known: %s)"),
                                          preset, known);
    }
  if (lang != NULL && !parity_lang_tag_is_valid (lang))
    return _parity_json_reader_fail_at (r, "lang", _("\"%s\" is not a BCP 47 language tag"),
                                        lang);
  if (palette != NULL && !parity_theme_palette_exists (palette))
    {
      g_autofree char *known = parity_theme_list_palettes (", ");

      return _parity_json_reader_fail_at (r, "palette",
                                         /* Translators: the palette found, then the list of
                                            known ones, which stay as they are. */
                                         _("unknown palette \"%s\" (known: %s)"),
                                          palette, known);
    }
  chart->preset = g_strdup (preset);
  chart->lang = g_strdup (lang);
  chart->palette = g_strdup (palette);
  return TRUE;
}

/* Reads a chart object into a new spec that is not yet in the dataset; @replacing is the
 * position of the chart it will replace (its id may stay), or PARITY_INDEX_NONE. */
static ParityChartSpec *
parse_chart (Loader     *loader,
             JsonObject *object,
             guint32     replacing)
{
  g_autoptr(ParityChartSpec) chart = NULL;
  const ParityChartSpec *same_id;
  const char * const *common = parity_chart_common_members ();
  ParityJsonReader *r = &loader->reader;
  const char *id = NULL, *kind_name = NULL;
  const ParityChartKind *kind;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) members = NULL;
  guint32 indicator = PARITY_INDEX_NONE;
  ParityChartParser parser = { r, loader->dataset, loader->lang };
  int sort = PARITY_SORT_NONE;

  if (!_parity_json_reader_id (r, object, "id", TRUE, &id))
    return NULL;
  same_id = parity_dataset_find_chart (loader->dataset, id);
  if (same_id != NULL && (replacing == PARITY_INDEX_NONE ||
                          same_id != parity_dataset_get_chart (loader->dataset, replacing)))
    {
      check_unique (loader, 0, "chart", id);
      return NULL;
    }
  if (!_parity_json_reader_string (r, object, "kind", TRUE, &kind_name))
    return NULL;
  kind = parity_chart_kind_lookup (kind_name);
  if (kind == NULL)
    {
      g_autofree char *known = parity_chart_kind_list_names (", ");

      _parity_json_reader_fail_at (r, "kind",
                                   /* Translators: the kind found, then the list of known ones,
                                      which stay as they are: bar, line, pie… */
                                   _("unknown chart kind \"%s\" (known: %s)"),
                                   kind_name, known);
      return NULL;
    }
  g_strv_builder_addv (builder, (const char **)common);
  if (parity_chart_kind_get_members (kind) != NULL)
    g_strv_builder_addv (builder, (const char **)parity_chart_kind_get_members (kind));
  members = g_strv_builder_end (builder);
  if (!_parity_json_reader_check_members (r, object, (const char * const *)members))
    return NULL;

  chart = _parity_chart_spec_new (id);
  chart->kind = g_strdup (kind_name);
  {
    g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), object);

    /* A copy of its own: the caller's tree may be edited further. */
    chart->json = _parity_json_deep_copy (node);
  }
  if (!read_text (loader, object, "title", TRUE, &chart->title) ||
      !read_text (loader, object, "subtitle", FALSE, &chart->subtitle) ||
      !read_text (loader, object, "notes", FALSE, &chart->notes) ||
      !resolve (loader, object, "indicator", TRUE, parity_dataset_lookup_indicator, "indicator",
                &indicator) ||
      !read_chart_period (loader, object, chart, indicator))
    return NULL;
  chart->indicator = indicator;
  if (!read_entity_list (loader, object, "entities", &chart->entities) ||
      !read_entity_list (loader, object, "highlight", &chart->highlight) ||
      !read_breakdown (loader, object, &chart->breakdown, TRUE) ||
      !_parity_json_reader_enum (r, object, "sort", sort_names, &sort) ||
      !resolve (loader, object, "reference", FALSE, parity_dataset_lookup_entity, "entity",
                &chart->reference) ||
      !for_each_object (loader, object, "series", FALSE, load_series, chart))
    return NULL;
  chart->sort = sort;
  if (!read_chart_appearance (loader, object, chart) ||
      !parity_chart_parser_read_scale (&parser, object, chart) ||
      !_parity_chart_guides_read (r, object, loader->lang, chart) ||
      !_parity_chart_annotations_read (r, loader->dataset, object, loader->lang, chart))
    return NULL;
  if (chart->entities != NULL && chart->entities->len == 0)
    {
      _parity_json_reader_fail_at (r, "entities", _("the list is empty: name the entities to "
                                     "show, or leave it out to show all"));
      return NULL;
    }
  if (chart->series->len == 0 &&
      !check_series_data (loader, chart->indicator, chart->period, chart->breakdown, "period"))
    return NULL;
  if (!parity_chart_kind_parse (kind, &parser, object, chart) ||
      !parity_chart_parser_read_facet (&parser, object, chart))
    return NULL;
  return g_steal_pointer (&chart);
}

static gboolean
load_chart (Loader     *loader,
            JsonObject *object,
            guint       index,
            gpointer    user_data)
{
  ParityChartSpec *chart = parse_chart (loader, object, PARITY_INDEX_NONE);

  if (chart == NULL)
    return FALSE;
  _parity_dataset_insert_chart (loader->dataset, G_MAXUINT, chart);
  return TRUE;
}

/**
 * _parity_native_loader_parse_chart:
 * @dataset: the dataset the chart will belong to
 * @node: a chart object in the native format
 * @replacing: the position of the chart it replaces, or %PARITY_INDEX_NONE
 *
 * Returns: (transfer full) (nullable): a spec not yet in the dataset
 */
ParityChartSpec *
_parity_native_loader_parse_chart (ParityDataset  *dataset,
                                   JsonNode       *node,
                                   guint32         replacing,
                                   GError        **error)
{
  Loader loader = { { 0 }, dataset, parity_dataset_get_default_lang (dataset) };
  ParityChartSpec *chart = NULL;
  JsonObject *object;

  _parity_json_reader_init (&loader.reader, "chart", error);
  if (_parity_json_reader_object (&loader.reader, node, &object))
    chart = parse_chart (&loader, object, replacing);
  _parity_json_reader_clear (&loader.reader);
  return chart;
}

/**
 * _parity_native_loader_load:
 * @root: json-glib's tree of the document, or of the small copy @source's cut made
 * @source: (nullable): the document, whose observations @source's cut locates
 *
 * Reads a native dataset; where @source has a cut, the observations are read from its
 * bytes rather than from the tree (parity-native-stream.c).
 */
ParityDataset *
_parity_native_loader_load (JsonNode               *root,
                            const ParityJsonSource *source,
                            const char             *display_name,
                            GError                **error)
{
  static const char * const members[] = { "format", "version", "default_language", "title",
                                          "description", "licence", "vintage", "sources",
                                          "entities", "groups", "indicators", "charts",
                                          NULL };
  static const char * const licence_members[] = { "name", "url", NULL };
  g_autoptr(ParityDataset) dataset = NULL;
  Loader loader = { 0 };
  ParityJsonReader *r = &loader.reader;
  ParityNativeStream stream;
  JsonObject *object = json_node_get_object (root);
  JsonObject *licence = NULL;
  const char *lang = NULL, *licence_name = NULL, *licence_url = NULL, *vintage = NULL;
  ParityText *text = NULL;
  gint64 version = 0;
  gboolean ok;

  _parity_json_reader_init (r, display_name, error);
  _parity_native_stream_init (&stream, r, source != NULL ? source->data : NULL,
                              source != NULL ? source->len : 0,
                              source != NULL ? source->cut : NULL);
  ok = _parity_json_reader_check_members (r, object, members) &&
       _parity_json_reader_int (r, object, "version", TRUE, 0, G_MAXINT, &version);
  if (ok && version != FORMAT_VERSION)
    ok = _parity_json_reader_fail_at (r, "version",
                                      /* Translators: the version found in the file, then the one
                                         this program reads. */
                                      _("version %lld is not supported (this Parity reads "
                                        "version %d)"), (long long)version, FORMAT_VERSION);
  ok = ok && _parity_json_reader_string (r, object, "default_language", TRUE, &lang);
  if (ok && !parity_lang_tag_is_valid (lang))
    ok = _parity_json_reader_fail_at (r, "default_language",
                                      _("\"%s\" is not a BCP 47 language tag"), lang);
  if (!ok)
    goto out;

  dataset = parity_dataset_new (lang);
  loader.dataset = dataset;
  loader.lang = lang;
  stream.dataset = dataset;
  loader.stream = stream.cut != NULL ? &stream : NULL;

  ok = read_text (&loader, object, "title", TRUE, &text);
  if (ok)
    _parity_dataset_take_title (dataset, text);
  text = NULL;
  ok = ok && read_text (&loader, object, "description", FALSE, &text);
  if (ok && text != NULL)
    _parity_dataset_take_description (dataset, text);
  {
    const char *schema = NULL;

    ok = ok && _parity_json_reader_string (r, object, "$schema", FALSE, &schema);
    if (ok && schema != NULL)
      _parity_dataset_set_schema_uri (dataset, schema);
  }
  ok = ok && _parity_json_reader_string (r, object, "vintage", FALSE, &vintage);
  if (ok && vintage != NULL)
    _parity_dataset_set_vintage (dataset, vintage);
  ok = ok && _parity_json_reader_member_object (r, object, "licence", FALSE, &licence);
  if (ok && licence != NULL)
    {
      gsize mark = _parity_json_reader_push_member (r, "licence");

      ok = _parity_json_reader_check_members (r, licence, licence_members) &&
           _parity_json_reader_string (r, licence, "name", TRUE, &licence_name) &&
           _parity_json_reader_string (r, licence, "url", FALSE, &licence_url);
      _parity_json_reader_pop (r, mark);
      if (ok)
        _parity_dataset_set_licence (dataset, licence_name, licence_url);
    }
  ok = ok &&
       for_each_object (&loader, object, "sources", TRUE, load_source, NULL) &&
       for_each_object (&loader, object, "entities", TRUE, load_entity, NULL) &&
       for_each_object (&loader, object, "groups", FALSE, load_group, NULL) &&
       for_each_object (&loader, object, "indicators", TRUE, load_indicator, NULL) &&
       for_each_object (&loader, object, "charts", FALSE, load_chart, NULL);

out:
  _parity_native_stream_clear (&stream);
  _parity_json_reader_clear (r);
  return ok ? g_steal_pointer (&dataset) : NULL;
}
