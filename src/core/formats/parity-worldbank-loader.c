/* parity-worldbank-loader.c: responses of the World Bank Indicators API (v2, JSON)
 *
 * A response is [page-info, [observation, …]]: page-info says {page, pages, per_page, total,
 * sourceid?, lastupdated?} (paging fields as numbers or strings); each observation has
 * indicator {id, value}, country {id, value}, countryiso3code, date ("2019", "2019M01",
 * "2019Q1"), value (a number, or null when missing), unit, obs_status, decimal and maybe a
 * footnote. Several pages or indicators saved into one file as a flat array
 * [page-info, data, page-info, data, …] are read too. An error answer is
 * [{"message": [{"id", "key", "value"}]}] and becomes an error that quotes it.
 *
 * Assumptions, from the API's documentation and its answers rather than a formal spec:
 * - the entity id is countryiso3code when it is not empty, else country.id; aggregates
 *   (regions, income and lending groups) are entities too, told apart by a list of the
 *   usual aggregate codes;
 * - the labels are in one language, which the file does not say (the URL did): "en", unless
 *   the page-info has a "lang" member (Parity's own hint, for files saved from /fr/, /es/…);
 * - obs_status "E" is an estimate and "F" a forecast; every other status is exact;
 * - an indicator whose id ends in ".ZS" or whose name contains "(%" or "%)" ("GDP growth
 *   (annual %)") is a percentage;
 * - a value that is a string is read when it is a number written as text; any other is
 *   left out with a warning; the same indicator, economy and date twice keep the first.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "parity-dataset-private.h"
#include "parity-error.h"
#include "parity-id-map.h"
#include "parity-json-reader.h"
#include "parity-loader-private.h"
#include "parity-native-stream.h"

#define DEFAULT_LANG "en"
#define INDICATOR_URL "https://data.worldbank.org/indicator/"

typedef struct
{
  ParityJsonReader  reader;
  ParityDataset    *dataset;
  const char       *lang;
  int               year;        /* from lastupdated, 0 when unknown */
  const char       *source_name; /* from sourceid, or NULL */
  GHashTable       *seen;        /* "indicator\x1Fentity\x1Fdate" */
  GHashTable       *pages;       /* page numbers seen */
  gint64            n_pages;     /* the largest "pages" seen */
  guint             n_bad;       /* values left out */
  char             *first_bad;   /* the first such one's path */
  ParityIdMap      *ids;         /* the API's codes → ids */
  ParityNativeStream *stream;    /* the pages' records cut out of the tree, or NULL */
} Loader;

/* The databases a page-info's sourceid names (the API's /v2/sources). */
static const struct { const char *id; const char *name; } source_names[] = {
  { "1", "Doing Business" },
  { "2", "World Development Indicators" },
  { "3", "Worldwide Governance Indicators" },
  { "6", "International Debt Statistics" },
  { "11", "Africa Development Indicators" },
  { "12", "Education Statistics" },
  { "14", "Gender Statistics" },
  { "16", "Health Nutrition and Population Statistics" },
};

static gboolean
is_error_envelope (JsonObject *first)
{
  JsonNode *message = json_object_get_member (first, "message");

  return message != NULL && JSON_NODE_HOLDS_ARRAY (message) &&
         !json_object_has_member (first, "page");
}

gboolean
_parity_worldbank_loader_sniff (JsonNode  *root,
                                char     **why_not)
{
  JsonArray *array;
  JsonNode *first;
  JsonObject *object;

  if (JSON_NODE_HOLDS_ARRAY (root))
    {
      array = json_node_get_array (root);
      first = json_array_get_length (array) > 0 ? json_array_get_element (array, 0) : NULL;
      if (first != NULL && JSON_NODE_HOLDS_OBJECT (first))
        {
          object = json_node_get_object (first);
          if ((json_object_has_member (object, "page") &&
               json_object_has_member (object, "pages")) ||
              is_error_envelope (object))
            return TRUE;
        }
    }
  *why_not = g_strdup (_("the top level is not an array that starts with the API's page "
                         "information"));
  return FALSE;
}

/* [{"message": [{"id": "120", "key": "Invalid value", "value": "The provided…"}]}] */
static ParityDataset *
api_error (JsonObject  *first,
           const char  *display_name,
           GError     **error)
{
  JsonArray *messages = json_object_get_array_member (first, "message");
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < json_array_get_length (messages); i++)
    {
      JsonNode *node = json_array_get_element (messages, i);
      JsonObject *message;
      const char *parts[3];
      static const char * const names[] = { "id", "key", "value" };
      g_autoptr(GString) one = g_string_new (NULL);

      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;
      message = json_node_get_object (node);
      for (guint k = 0; k < 3; k++)
        {
          JsonNode *member = json_object_get_member (message, names[k]);

          parts[k] = member != NULL && JSON_NODE_HOLDS_VALUE (member) &&
                     json_node_get_value_type (member) == G_TYPE_STRING
                     ? json_node_get_string (member) : NULL;
        }
      /* "120 Invalid value: The provided parameter value is not valid" */
      if (parts[0] != NULL && *parts[0] != '\0')
        g_string_append (one, parts[0]);
      if (parts[1] != NULL && *parts[1] != '\0')
        g_string_append_printf (one, "%s%s", one->len > 0 ? " " : "", parts[1]);
      if (parts[2] != NULL && *parts[2] != '\0')
        g_string_append_printf (one, "%s%s", one->len > 0 ? ": " : "", parts[2]);
      if (one->len == 0)
        continue;
      g_string_append_printf (text, "%s%s", text->len > 0 ? "; " : "", one->str);
    }
  if (text->len == 0)
    g_set_error (error, PARITY_ERROR, PARITY_ERROR_CONTENT,
                 /* Translators: %s is the file name. */
                 _("%s: the World Bank API answered with an error, without saying which"),
                 display_name);
  else
    g_set_error (error, PARITY_ERROR, PARITY_ERROR_CONTENT,
                 /* Translators: the file name, then the API's own message, in English. */
                 _("%s: the World Bank API answered with an error: %s"), display_name,
                 text->str);
  return NULL;
}

/* A paging field: a whole number, or a whole number written as a string ("1", "60"). */
static gboolean
read_paging (Loader     *loader,
             JsonObject *info,
             const char *member,
             gboolean    required,
             gint64     *out)
{
  JsonNode *node = json_object_get_member (info, member);
  const char *text;
  char *end;
  gint64 value;

  if (node == NULL)
    {
      if (!required)
        return TRUE;
      return _parity_json_reader_fail (&loader->reader, _("missing required member \"%s\""),
                                       member);
    }
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    {
      text = json_node_get_string (node);
      value = g_ascii_strtoll (text, &end, 10);
      if (*text == '\0' || *end != '\0' || value < 0)
        return _parity_json_reader_fail_at (&loader->reader, member,
                                            /* Translators: %s is the text found. */
                                            _("expected a whole number, found \"%s\""), text);
      *out = value;
      return TRUE;
    }
  return _parity_json_reader_int (&loader->reader, info, member, required, 0, G_MAXINT32, out);
}

static const char *
optional_string (JsonObject *object,
                 const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

static gboolean
read_page_info (Loader     *loader,
                JsonObject *info)
{
  gint64 page = 0, pages = 0, unused = 0;
  const char *sourceid, *updated;

  if (!read_paging (loader, info, "page", TRUE, &page) ||
      !read_paging (loader, info, "pages", TRUE, &pages) ||
      !read_paging (loader, info, "per_page", FALSE, &unused) ||
      !read_paging (loader, info, "total", FALSE, &unused))
    return FALSE;
  g_hash_table_add (loader->pages, GINT_TO_POINTER ((int)page));
  loader->n_pages = MAX (loader->n_pages, pages);

  sourceid = optional_string (info, "sourceid");
  if (sourceid == NULL && json_object_has_member (info, "sourceid"))
    {
      JsonNode *node = json_object_get_member (info, "sourceid");

      if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_INT64)
        {
          gint64 n = json_node_get_int (node);

          for (guint i = 0; i < G_N_ELEMENTS (source_names); i++)
            if (g_ascii_strtoll (source_names[i].id, NULL, 10) == n)
              loader->source_name = source_names[i].name;
        }
    }
  for (guint i = 0; sourceid != NULL && i < G_N_ELEMENTS (source_names); i++)
    if (g_str_equal (sourceid, source_names[i].id))
      loader->source_name = source_names[i].name;

  /* "2024-06-28" */
  updated = optional_string (info, "lastupdated");
  if (updated != NULL && loader->year == 0 && g_ascii_isdigit (updated[0]) &&
      g_ascii_isdigit (updated[1]) && g_ascii_isdigit (updated[2]) &&
      g_ascii_isdigit (updated[3]) && !g_ascii_isdigit (updated[4]))
    {
      loader->year = (int)g_ascii_strtoll (updated, NULL, 10);
      if (loader->year < 1000)
        loader->year = 0;
      else
        _parity_dataset_set_vintage (loader->dataset, updated);
    }
  return TRUE;
}

/* {"id": "SP.POP.TOTL", "value": "Population, total"}: both strings, the id not empty. */
static gboolean
read_id_value (Loader      *loader,
               JsonObject  *object,
               const char  *member,
               gboolean     id_may_be_empty,
               const char **id,
               const char **value)
{
  ParityJsonReader *r = &loader->reader;
  JsonObject *pair = NULL;
  gsize mark;
  gboolean ok;

  if (!json_object_has_member (object, member))
    return _parity_json_reader_fail_at (r, member,
                                        /* Translators: %s is a JSON member name: "country". */
                                        _("missing: each observation needs its \"%s\""), member);
  if (!_parity_json_reader_member_object (r, object, member, TRUE, &pair))
    return FALSE;
  mark = _parity_json_reader_push_member (r, member);
  ok = _parity_json_reader_string (r, pair, "id", TRUE, id) &&
       _parity_json_reader_string (r, pair, "value", FALSE, value);
  if (ok && !id_may_be_empty)
    ok = _parity_json_reader_token (r, pair, "id", TRUE, id);
  _parity_json_reader_pop (r, mark);
  return ok;
}

static guint32
get_entity (Loader     *loader,
            const char *code,
            const char *iso3,
            const char *label)
{
  ParityEntityKind kind;
  const char *id = parity_id_map_get_entity (loader->ids, code, &kind);
  guint32 index = parity_dataset_lookup_entity (loader->dataset, id);
  ParityEntity *entity;

  if (index != PARITY_INDEX_NONE)
    return index;
  entity = _parity_dataset_add_entity (loader->dataset, id);
  entity->label = parity_text_new_plain (loader->lang,
                                         label != NULL && *label != '\0' ? label : code);
  /* An ISO code the classification lacks is still an economy's. */
  entity->kind = kind == PARITY_ENTITY_OTHER && iso3 != NULL && *iso3 != '\0'
                 ? PARITY_ENTITY_ECONOMY : kind;
  return parity_dataset_lookup_entity (loader->dataset, id);
}

static gboolean
is_percent (const char *id,
            const char *name)
{
  return g_str_has_suffix (id, ".ZS") || (name != NULL && (strstr (name, "(%") != NULL || strstr (name, "%)") != NULL));
}

static ParityIndicator *
get_indicator (Loader     *loader,
               const char *code,
               const char *name,
               const char *unit,
               gint64      decimals)
{
  const char *id = parity_id_map_get (loader->ids, code);
  guint32 index = parity_dataset_lookup_indicator (loader->dataset, id);
  ParityIndicator *indicator;
  ParitySource *source;
  g_autofree char *source_id = NULL;
  g_autofree char *escaped = NULL;

  if (index != PARITY_INDEX_NONE)
    return (ParityIndicator *)parity_dataset_get_indicator (loader->dataset, index);

  source_id = g_strconcat ("WB-", id, NULL);
  source = _parity_dataset_add_source (loader->dataset, source_id);
  source->publisher = parity_text_new_plain (loader->lang, "World Bank");
  source->title = parity_text_new_plain (loader->lang,
                                         loader->source_name != NULL ? loader->source_name
                                         : "World Development Indicators");
  escaped = g_uri_escape_string (code, NULL, FALSE);
  source->url = g_strconcat (INDICATOR_URL, escaped, NULL);
  source->year = loader->year;

  indicator = _parity_dataset_add_indicator (loader->dataset, id);
  indicator->label = parity_text_new_plain (loader->lang,
                                            name != NULL && *name != '\0' ? name : code);
  indicator->source = parity_dataset_lookup_source (loader->dataset, source_id);
  if (is_percent (code, name))
    {
      indicator->unit.kind = PARITY_UNIT_PERCENT;
      indicator->unit.symbol = parity_text_new_plain (loader->lang, "%");
    }
  else if (unit != NULL && *unit != '\0')
    indicator->unit.label = parity_text_new_plain (loader->lang, unit);
  if (decimals >= 0)
    indicator->decimals = (guint)decimals;
  return indicator;
}

/* A value left out: counted, the first one's place kept for the warning. */
static void
left_out (Loader     *loader,
          const char *why)
{
  if (loader->n_bad++ == 0)
    loader->first_bad = g_strdup_printf ("%s.value (%s)", loader->reader.path->str, why);
}

/* One observation as read, before it is added. */
typedef struct
{
  const char      *indicator_id, *indicator_name;
  const char      *country_id, *country_name;
  const char      *iso3, *date, *unit, *status, *footnote;
  const char      *entity_id;
  gint64           decimals;
  double           value;
  ParityQualifier  qualifier;
} Observation;

/* The date: a number (2019) or a token ("2019Q1"); FALSE after setting the error. */
static gboolean
read_date (Loader      *loader,
           JsonObject  *object,
           Observation *o,
           char       **date_buffer)
{
  ParityJsonReader *r = &loader->reader;
  JsonNode *date_node = json_object_get_member (object, "date");

  if (date_node != NULL && JSON_NODE_HOLDS_VALUE (date_node) &&
      json_node_get_value_type (date_node) == G_TYPE_INT64)
    {
      *date_buffer = g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (date_node));
      o->date = *date_buffer;
      return TRUE;
    }
  if (date_node == NULL)
    return _parity_json_reader_fail_at (r, "date",
                                        _("missing: each observation needs its \"%s\""), "date");
  return _parity_json_reader_token (r, object, "date", TRUE, &o->date);
}

/* The members other than the value; FALSE after setting the error. */
static gboolean
read_fields (Loader      *loader,
             JsonObject  *object,
             Observation *o,
             char       **date_buffer)
{
  ParityJsonReader *r = &loader->reader;
  JsonNode *node;

  if (!read_id_value (loader, object, "indicator", FALSE, &o->indicator_id, &o->indicator_name) ||
      !read_id_value (loader, object, "country", TRUE, &o->country_id, &o->country_name) ||
      !_parity_json_reader_string (r, object, "countryiso3code", FALSE, &o->iso3) ||
      !read_date (loader, object, o, date_buffer) ||
      !_parity_json_reader_string (r, object, "unit", FALSE, &o->unit) ||
      !_parity_json_reader_string (r, object, "obs_status", FALSE, &o->status))
    return FALSE;
  /* Only a hint for formatting: anything but a small whole number is ignored. */
  node = json_object_get_member (object, "decimal");
  if (node != NULL && JSON_NODE_HOLDS_VALUE (node) &&
      json_node_get_value_type (node) == G_TYPE_INT64 &&
      json_node_get_int (node) >= 0 && json_node_get_int (node) <= 20)
    o->decimals = json_node_get_int (node);
  o->footnote = optional_string (object, "footnote");
  return TRUE;
}

/* The economy's id: its ISO 3 code, else the country's id; FALSE after setting the error. */
static gboolean
read_entity_id (Loader      *loader,
                JsonObject  *object,
                Observation *o)
{
  ParityJsonReader *r = &loader->reader;

  if (o->iso3 != NULL && *o->iso3 != '\0')
    {
      if (!_parity_json_reader_token (r, object, "countryiso3code", FALSE, &o->iso3))
        return FALSE;
      o->entity_id = o->iso3;
      return TRUE;
    }
  if (*o->country_id == '\0')
    return _parity_json_reader_fail_at (r, "country",
                                        _("neither \"countryiso3code\" nor "
                                          "\"country.id\" names the economy"));
  if (!_parity_json_reader_token (r, json_object_get_object_member (object, "country"), "id",
                               TRUE, &o->country_id))
    return FALSE;
  o->entity_id = o->country_id;
  return TRUE;
}

/* The value and its qualifier; FALSE for a value left out (counted, not an error). */
static gboolean
read_observation_value (Loader      *loader,
                        JsonObject  *object,
                        Observation *o)
{
  JsonNode *value_node = json_object_get_member (object, "value");

  if (value_node == NULL || JSON_NODE_HOLDS_NULL (value_node))
    o->qualifier = PARITY_QUALIFIER_MISSING;
  else if (JSON_NODE_HOLDS_VALUE (value_node) &&
           (json_node_get_value_type (value_node) == G_TYPE_DOUBLE ||
            json_node_get_value_type (value_node) == G_TYPE_INT64))
    o->value = json_node_get_double (value_node);
  else if (JSON_NODE_HOLDS_VALUE (value_node) &&
           json_node_get_value_type (value_node) == G_TYPE_STRING)
    {
      const char *text = json_node_get_string (value_node);
      char *end = NULL;

      o->value = g_ascii_strtod (text, &end);
      if (*text == '\0' || g_ascii_isspace (*text) || *end != '\0')
        {
          left_out (loader, text);
          return FALSE;
        }
    }
  else
    {
      left_out (loader, _parity_json_node_describe (value_node));
      return FALSE;
    }
  if (o->qualifier != PARITY_QUALIFIER_MISSING && !isfinite (o->value))
    {
      left_out (loader, _("out of range"));
      return FALSE;
    }
  if (o->qualifier != PARITY_QUALIFIER_MISSING && o->status != NULL)
    {
      if (g_str_equal (o->status, "E"))
        o->qualifier = PARITY_QUALIFIER_ESTIMATE;
      else if (g_str_equal (o->status, "F"))
        o->qualifier = PARITY_QUALIFIER_FORECAST;
    }
  return TRUE;
}

/* TRUE (with a warning) when the file already gave this indicator, economy and date. */
static gboolean
is_repeated (Loader            *loader,
             const Observation *o)
{
  char *key = g_strdup_printf ("%s\x1F%s\x1F%s", o->indicator_id, o->entity_id, o->date);

  if (g_hash_table_add (loader->seen, key))
    return FALSE;   /* the set owns the key */
  _parity_dataset_add_left_out (loader->dataset, PARITY_LEFT_OUT_VALUES, 1);
  _parity_dataset_add_warning (loader->dataset,
                               /* Translators: a JSON path, then an indicator id, an
                                  economy's id and a date such as 2019. */
                               _("%s: %s, %s, %s appears again; the first value is kept"),
                               loader->reader.path->str, o->indicator_id, o->entity_id, o->date);
  return TRUE;
}

static void
append_observation (Loader            *loader,
                    const Observation *o)
{
  ParityIndicator *indicator = get_indicator (loader, o->indicator_id, o->indicator_name,
                                              o->unit, o->decimals);
  guint32 entity = get_entity (loader, o->entity_id, o->iso3, o->country_name);
  guint i = _parity_indicator_append (indicator, entity,
                                      _parity_dataset_intern_period (loader->dataset, o->date),
                                      0, o->value, o->qualifier, indicator->source);

  if (o->footnote == NULL || *o->footnote == '\0')
    return;
  if (indicator->obs_notes == NULL)
    indicator->obs_notes = g_hash_table_new_full (NULL, NULL, NULL,
                                                  (GDestroyNotify)parity_text_free);
  g_hash_table_insert (indicator->obs_notes, GUINT_TO_POINTER (i),
                       parity_text_new_plain (loader->lang, o->footnote));
}

/* One observation of a page; FALSE after setting the error. A value left out or repeated
 * is no error. */
static gboolean
load_observation (Loader     *loader,
                  JsonObject *object)
{
  g_autofree char *date_buffer = NULL;
  Observation o = { .decimals = -1, .value = NAN, .qualifier = PARITY_QUALIFIER_EXACT };

  if (!read_fields (loader, object, &o, &date_buffer) || !read_entity_id (loader, object, &o))
    return FALSE;
  if (read_observation_value (loader, object, &o) && !is_repeated (loader, &o))
    append_observation (loader, &o);
  return TRUE;
}

/* One record read alone by json-glib from a page cut out of the tree. */
static gboolean
load_streamed (gpointer  data,
               JsonNode *element,
               guint     index)
{
  Loader *loader = data;
  JsonObject *object;

  return _parity_json_reader_object (&loader->reader, element, &object) &&
         load_observation (loader, object);
}

static gboolean
load_page (Loader    *loader,
           JsonArray *root,
           guint      at)
{
  ParityJsonReader *r = &loader->reader;
  JsonNode *data_node;
  JsonArray *data;
  JsonObject *info;
  gsize mark;

  mark = _parity_json_reader_push_index (r, at);
  if (!_parity_json_reader_object (r, json_array_get_element (root, at), &info))
    return FALSE;
  if (is_error_envelope (info))
    {
      /* "FILE: $[2]: the World Bank API answered…": which part of the file. */
      g_autofree char *where = g_strdup_printf ("%s: %s", r->file, r->path->str);

      api_error (info, where, r->error);
      return FALSE;
    }
  if (!read_page_info (loader, info))
    return FALSE;
  _parity_json_reader_pop (r, mark);

  /* [page-info] alone, or [page-info, null]: a page without data. */
  if (at + 1 >= json_array_get_length (root))
    return TRUE;
  data_node = json_array_get_element (root, at + 1);
  if (JSON_NODE_HOLDS_NULL (data_node))
    return TRUE;
  mark = _parity_json_reader_push_index (r, at + 1);
  if (!JSON_NODE_HOLDS_ARRAY (data_node))
    return _parity_json_reader_fail (r, _("expected the array of observations, found %s"),
                                     _parity_json_node_describe (data_node));
  data = json_node_get_array (data_node);
  if (_parity_native_stream_array (loader->stream, at + 1) != NULL)
    {
      if (!_parity_stream_elements (loader->stream,
                                    _parity_native_stream_array (loader->stream, at + 1),
                                    load_streamed, loader))
        return FALSE;
      _parity_json_reader_pop (r, mark);
      return TRUE;
    }
  for (guint i = 0; i < json_array_get_length (data); i++)
    {
      gsize item = _parity_json_reader_push_index (r, i);
      JsonObject *object;

      if (!_parity_json_reader_object (r, json_array_get_element (data, i), &object) ||
          !load_observation (loader, object))
        return FALSE;
      _parity_json_reader_pop (r, item);
    }
  _parity_json_reader_pop (r, mark);
  return TRUE;
}

static void
set_title (ParityDataset *dataset,
           const char    *lang)
{
  g_autoptr(GString) names = g_string_new (NULL);
  g_autofree char *title = NULL;

  for (guint i = 0; i < parity_dataset_get_n_indicators (dataset); i++)
    {
      const ParityIndicator *indicator = parity_dataset_get_indicator (dataset, i);

      if (i > 0)
        g_string_append (names, "; ");
      g_string_append (names, parity_text_get (indicator->label, lang, lang));
    }
  /* Translators: the title of a dataset read from the World Bank's API; %s is the names
     of its indicators. */
  title = g_strdup_printf (_("World Bank: %s"), names->str);
  _parity_dataset_take_title (dataset, parity_text_new_plain (lang, title));
}

/* @source, when it has a cut, has each page's records cut out of the tree: they are read
 * from its bytes one at a time (parity-native-stream.c). */
ParityDataset *
_parity_worldbank_loader_load (JsonNode               *root,
                               const ParityJsonSource *source,
                               const char             *display_name,
                               GError                **error)
{
  g_autoptr(ParityDataset) dataset = NULL;
  JsonArray *array = json_node_get_array (root);
  JsonObject *first = json_node_get_object (json_array_get_element (array, 0));
  Loader loader = { { 0 } };
  ParityNativeStream stream;
  const char *lang;
  gboolean ok = TRUE;
  guint n = json_array_get_length (array);

  if (is_error_envelope (first))
    return api_error (first, display_name, error);

  lang = optional_string (first, "lang");
  if (lang == NULL || !parity_lang_tag_is_valid (lang))
    lang = DEFAULT_LANG;
  dataset = parity_dataset_new (lang);
  loader.dataset = dataset;
  loader.lang = lang;
  loader.seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  loader.pages = g_hash_table_new (NULL, NULL);
  loader.ids = parity_id_map_new ();
  _parity_json_reader_init (&loader.reader, display_name, error);
  _parity_native_stream_init (&stream, &loader.reader, source != NULL ? source->data : NULL,
                              source != NULL ? source->len : 0,
                              source != NULL ? source->cut : NULL);
  stream.dataset = dataset;
  loader.stream = stream.cut != NULL ? &stream : NULL;

  for (guint at = 0; ok && at < n; at += 2)
    ok = load_page (&loader, array, at);

  if (ok && parity_dataset_get_n_indicators (dataset) == 0)
    {
      g_set_error (error, PARITY_ERROR, PARITY_ERROR_CONTENT,
                   /* Translators: %s is the file name. */
                   _("%s: the World Bank API response holds no observations"), display_name);
      ok = FALSE;
    }
  if (ok)
    {
      _parity_dataset_add_left_out (dataset, PARITY_LEFT_OUT_VALUES, loader.n_bad);
      if (loader.n_pages > (gint64)g_hash_table_size (loader.pages))
        _parity_dataset_add_left_out (dataset, PARITY_LEFT_OUT_PAGES,
                                      loader.n_pages - g_hash_table_size (loader.pages));
      if (loader.n_bad > 0)
        _parity_dataset_add_warning (dataset,
                                     /* Translators: a number of values, then where the first
                                        one is and what it was. */
                                     g_dngettext (GETTEXT_PACKAGE,
                                                  "%u value is not a number and was left out: "
                                                  "%s",
                                                  "%u values are not numbers and were left out; "
                                                  "the first: %s", loader.n_bad),
                                     loader.n_bad, loader.first_bad);
      if (loader.n_pages > (gint64)g_hash_table_size (loader.pages))
        _parity_dataset_add_warning (dataset,
                                     /* Translators: two numbers of pages: the file holds 1 of
                                        the 3 pages of the API's answer. */
                                     _("the file holds %u of the %u pages of the API's answer; "
                                       "the data on the others is not in it"),
                                     g_hash_table_size (loader.pages), (guint)loader.n_pages);
      set_title (dataset, lang);
      _parity_dataset_add_default_charts (dataset);
    }

  _parity_native_stream_clear (&stream);
  _parity_json_reader_clear (&loader.reader);
  g_hash_table_unref (loader.seen);
  g_hash_table_unref (loader.pages);
  g_free (loader.first_bad);
  parity_id_map_free (loader.ids);
  return ok ? g_steal_pointer (&dataset) : NULL;
}

static void
add_lang (ParityText       *into,
          const ParityText *other,
          const char       *lang,
          const char       *other_lang)
{
  const char *value;

  if (into == NULL || other == NULL)
    return;
  value = parity_text_get (other, lang, other_lang);
  if (value != NULL && parity_text_get_exact (into, lang) == NULL)
    parity_text_set (into, lang, value);
}

/* A chart made for the indicator, titled with its label, takes the label's translation. */
static void
translate_default_titles (ParityDataset    *into,
                          guint32           indicator,
                          const ParityText *label,
                          const char       *lang,
                          const char       *other_lang)
{
  const char *into_lang = parity_dataset_get_default_lang (into);
  const char *name = parity_text_get (parity_dataset_get_indicator (into, indicator)->label,
                                      into_lang, into_lang);

  for (guint c = 0; c < parity_dataset_get_n_charts (into); c++)
    {
      const ParityChartSpec *spec = parity_dataset_get_chart (into, c);

      if (spec->indicator == indicator &&
          g_strcmp0 (parity_text_get (spec->title, into_lang, into_lang), name) == 0)
        add_lang (spec->title, label, lang, other_lang);
    }
}

/**
 * _parity_worldbank_merge_language:
 * @into: a dataset read from a World Bank response
 * @other: the same indicators read from the API in another language (/fr/, /es/…)
 * @lang: the language of @other's labels
 *
 * Adds @other's labels in @lang to the entities, indicators and sources of @into that have
 * the same ids; labels @into already has in @lang are kept. The observations are @into's.
 * Fails, changing nothing, when @other has an indicator that @into lacks: it is then not
 * the same data.
 */
gboolean
_parity_worldbank_merge_language (ParityDataset  *into,
                                  ParityDataset  *other,
                                  const char     *lang,
                                  GError        **error)
{
  const char *other_lang;

  g_return_val_if_fail (PARITY_IS_DATASET (into), FALSE);
  g_return_val_if_fail (PARITY_IS_DATASET (other), FALSE);
  g_return_val_if_fail (lang != NULL, FALSE);

  if (!parity_lang_tag_is_valid (lang))
    {
      g_set_error (error, PARITY_ERROR, PARITY_ERROR_INVALID,
                   _("\"%s\" is not a BCP 47 language tag"), lang);
      return FALSE;
    }
  other_lang = parity_dataset_get_default_lang (other);
  for (guint i = 0; i < parity_dataset_get_n_indicators (other); i++)
    {
      const char *id = parity_dataset_get_indicator (other, i)->id;

      if (parity_dataset_lookup_indicator (into, id) == PARITY_INDEX_NONE)
        {
          g_set_error (error, PARITY_ERROR, PARITY_ERROR_NOT_FOUND,
                       /* Translators: %s is an indicator id such as SP.POP.TOTL. */
                       _("the indicator \"%s\" is not in the dataset to translate"), id);
          return FALSE;
        }
    }
  for (guint i = 0; i < parity_dataset_get_n_indicators (other); i++)
    {
      const ParityIndicator *from = parity_dataset_get_indicator (other, i);
      guint32 index = parity_dataset_lookup_indicator (into, from->id);
      ParityIndicator *to = (ParityIndicator *)parity_dataset_get_indicator (into, index);

      translate_default_titles (into, index, from->label, lang, other_lang);
      add_lang (to->label, from->label, lang, other_lang);
      add_lang (to->unit.label, from->unit.label, lang, other_lang);
      if (to->unit.symbol != NULL && parity_text_get_exact (to->unit.symbol, lang) == NULL)
        {
          const char *into_lang = parity_dataset_get_default_lang (into);
          g_autofree char *symbol = g_strdup (parity_text_get (to->unit.symbol, into_lang,
                                                               into_lang));

          if (symbol != NULL)
            parity_text_set (to->unit.symbol, lang, symbol);
        }
    }
  for (guint i = 0; i < parity_dataset_get_n_entities (other); i++)
    {
      const ParityEntity *from = parity_dataset_get_entity (other, i);
      guint32 index = parity_dataset_lookup_entity (into, from->id);

      if (index != PARITY_INDEX_NONE)
        add_lang (((ParityEntity *)parity_dataset_get_entity (into, index))->label, from->label,
                  lang, other_lang);
    }
  for (guint i = 0; i < parity_dataset_get_n_sources (other); i++)
    {
      const ParitySource *from = parity_dataset_get_source (other, i);
      guint32 index = parity_dataset_lookup_source (into, from->id);

      if (index != PARITY_INDEX_NONE)
        {
          ParitySource *to = (ParitySource *)parity_dataset_get_source (into, index);

          add_lang (to->title, from->title, lang, other_lang);
          add_lang (to->publisher, from->publisher, lang, other_lang);
        }
    }
  add_lang ((ParityText *)parity_dataset_get_title (into), parity_dataset_get_title (other),
            lang, other_lang);
  return TRUE;
}
