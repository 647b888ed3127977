/* parity-sdmx-data.c: the data sets of an SDMX-JSON message
 *
 * Series and observation keys decoded into value indexes per dimension, observation values
 * (numbers, numeric strings, missing markers) with their status, unit, multiplier and
 * decimals looked up at observation, series and data-set level, and the indicators and
 * entities they make. parity-sdmx-loader.c reads the message around them;
 * parity-sdmx-structure.c the structure they are read with.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include <math.h>
#include <string.h>

#include "parity-dataset-private.h"
#include "parity-json-cut.h"
#include "parity-json-reader.h"
#include "parity-native-stream.h"
#include "parity-sdmx-private.h"

static gboolean
parse_key (const char *key,
           guint       n,
           Dim        *dims,
           guint      *out)
{
  g_auto(GStrv) parts = NULL;

  if (n == 0)
    return *key == '\0' || g_str_equal (key, "0");
  parts = g_strsplit (key, ":", -1);
  if (g_strv_length (parts) != n)
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      char *end;
      guint64 v;

      if (!g_ascii_isdigit (parts[i][0]))
        return FALSE;
      v = g_ascii_strtoull (parts[i], &end, 10);
      if (*end != '\0' || v >= dims[i].n_values)
        return FALSE;
      out[i] = (guint)v;
    }
  return TRUE;
}

static ParityQualifier
qualifier_for_status (const char *status)
{
  if (status == NULL)
    return PARITY_QUALIFIER_EXACT;
  if (g_str_equal (status, "E"))
    return PARITY_QUALIFIER_ESTIMATE;
  if (g_str_equal (status, "F"))
    return PARITY_QUALIFIER_FORECAST;
  if (g_str_equal (status, "M") || g_str_equal (status, "L") || g_str_equal (status, "O") ||
      g_str_equal (status, "N"))
    return PARITY_QUALIFIER_MISSING;
  return PARITY_QUALIFIER_EXACT;
}

/* A value: a number, a numeric string, or a missing marker. FALSE when it is none. */
static gboolean
read_value (JsonNode *node,
            double   *out)
{
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      *out = NAN;
      return TRUE;
    }
  if (!JSON_NODE_HOLDS_VALUE (node))
    return FALSE;
  switch (json_node_get_value_type (node))
    {
    case G_TYPE_INT64:
    case G_TYPE_DOUBLE:
      *out = json_node_get_double (node);
      return isfinite (*out);
    case G_TYPE_STRING:
      {
        g_autofree char *s = g_strstrip (g_strdup (json_node_get_string (node)));
        char *end;

        if (*s == '\0' || g_ascii_strcasecmp (s, "NaN") == 0 || g_str_equal (s, "#N/A") ||
            g_str_equal (s, "NA") || g_str_equal (s, ".."))
          {
            *out = NAN;
            return TRUE;
          }
        *out = g_ascii_strtod (s, &end);
        return *end == '\0' && isfinite (*out);
      }
    default:
      return FALSE;
    }
}

static char *
component_value (Structure  *s,
                 const char *attr_id,
                 const char *role,
                 JsonArray  *ds_attrs,
                 JsonArray  *series_attrs,
                 JsonArray  *obs,
                 guint       obs_offset)
{
  JsonArray *sources[3] = { ds_attrs, series_attrs, obs };
  guint offsets[3] = { 0, 0, obs_offset };

  for (int level = 2; level >= 0; level--)
    for (guint i = 0; i < s->attrs[level]->len; i++)
      {
        Attr *attr = &g_array_index (s->attrs[level], Attr, i);
        JsonNode *node = NULL;
        char *value;

        if (attr->object == NULL ||
            !((attr->id != NULL && g_str_equal (attr->id, attr_id)) || _parity_sdmx_has_role (attr->object, role)))
          continue;
        if (sources[level] != NULL && offsets[level] + i < json_array_get_length (sources[level]))
          node = json_array_get_element (sources[level], offsets[level] + i);
        value = _parity_sdmx_attr_value (attr, node);
        if (value == NULL && level == 0 && node == NULL && attr->values != NULL &&
            json_array_get_length (attr->values) == 1)
          {
            g_autoptr(JsonNode) zero = json_node_init_int (json_node_alloc (), 0);

            value = _parity_sdmx_attr_value (attr, zero);
          }
        return value;
      }
  return NULL;
}

/* Attributes that name the period of an observation in a structure without a time
 * dimension. */
static const char * const time_attributes[] = { "TIME_PERIOD", "REF_PERIOD", "TIME", NULL };

/* A year ("2023") or a span of years ("2019-2023"), or a period SDMX writes ("2023-Q1",
 * "2023-06"): what a period can be. */
static gboolean
is_period (const char *s)
{
  gsize n = s != NULL ? strlen (s) : 0;

  if (n < 4 || n > 10 || !g_ascii_isdigit (s[0]) || !g_ascii_isdigit (s[1]) ||
      !g_ascii_isdigit (s[2]) || !g_ascii_isdigit (s[3]))
    return FALSE;
  for (gsize i = 4; i < n; i++)
    if (!g_ascii_isalnum (s[i]) && s[i] != '-')
      return FALSE;
  return TRUE;
}

/* The period an attribute gives an observation of a cross-section, or NULL. */
static char *
cross_section_period (Structure *s,
                      JsonArray *ds_attrs,
                      JsonArray *series_attrs,
                      JsonArray *obs)
{
  for (guint i = 0; time_attributes[i] != NULL; i++)
    {
      g_autofree char *value = component_value (s, time_attributes[i], time_attributes[i],
                                                ds_attrs, series_attrs, obs, s->n_measures);

      if (is_period (value))
        return g_steal_pointer (&value);
    }
  return NULL;
}

/* The period of a data set without a time dimension: the years of its "reportingBegin" and
 * "reportingEnd" ("2023", or "2019-2023"), else PARITY_PERIOD_NONE. Never the day the message
 * was prepared, which says when the data was fetched, not what time it is about. */
static char *
data_set_period (JsonObject *ds)
{
  const char *begin = _parity_sdmx_get_string (ds, "reportingBegin");
  const char *end = _parity_sdmx_get_string (ds, "reportingEnd");
  g_autofree char *first = NULL, *last = NULL;

  if (begin == NULL)
    begin = end;
  if (end == NULL)
    end = begin;
  if (begin == NULL)
    return g_strdup (PARITY_PERIOD_NONE);
  first = g_strndup (begin, 4);
  last = g_strndup (end, 4);
  if (!is_period (first) || !is_period (last) || strcmp (first, last) > 0)
    return g_strdup (PARITY_PERIOD_NONE);
  if (g_str_equal (first, last))
    return g_steal_pointer (&first);
  return g_strdup_printf ("%s-%s", first, last);
}

static int
compare_pairs (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *)a, *(const char * const *)b);
}

/* The names of value @code of the attribute @attr_id, for a unit's label. */
static ParityText *
component_label (Loader     *loader,
                 Structure  *s,
                 const char *attr_id,
                 const char *code)
{
  for (guint level = 0; code != NULL && level < 3; level++)
    for (guint i = 0; i < s->attrs[level]->len; i++)
      {
        Attr *attr = &g_array_index (s->attrs[level], Attr, i);

        if (attr->object == NULL ||
            !((attr->id != NULL && g_str_equal (attr->id, attr_id)) || _parity_sdmx_has_role (attr->object, attr_id)))
          continue;
        for (guint v = 0; attr->values != NULL && v < json_array_get_length (attr->values); v++)
          if (g_strcmp0 (_parity_sdmx_value_code (attr->values, v), code) == 0)
            return _parity_sdmx_read_names (loader,
                               json_node_get_object (json_array_get_element (attr->values, v)),
                               "names", "name");
      }
  return NULL;
}

static ParityIndicator *
get_indicator (Loader     *loader,
               Structure  *s,
               guint       ind_value,
               const char *unit,
               const char *mult,
               const char *decimals)
{
  const char *struct_id = NULL;
  g_autofree char *id = NULL;
  ParityIndicator *indicator;
  guint32 index;

  if (s->indicator != NULL)
    id = g_strdup (_parity_sdmx_value_code (s->indicator->values, ind_value));
  if (id == NULL)
    {
      JsonArray *links = _parity_sdmx_get_array (s->structure, "links");

      for (guint i = 0; links != NULL && i < json_array_get_length (links); i++)
        {
          JsonNode *node = json_array_get_element (links, i);
          const char *urn = JSON_NODE_HOLDS_OBJECT (node)
                            ? _parity_sdmx_get_string (json_node_get_object (node), "urn") : NULL;
          const char *eq = urn ? strrchr (urn, '=') : NULL;

          if (eq != NULL && struct_id == NULL)
            struct_id = eq + 1;
        }
      /* "ECB:EXR(1.0)" → "EXR" */
      if (struct_id != NULL && strchr (struct_id, ':') != NULL)
        struct_id = strchr (struct_id, ':') + 1;
      id = struct_id != NULL ? g_strndup (struct_id, strcspn (struct_id, "(")) : NULL;
      if (id == NULL || *id == '\0')
        {
          g_free (id);
          id = g_strdup ("OBS_VALUE");
        }
    }
  index = parity_dataset_lookup_indicator (loader->dataset, parity_id_map_get (loader->ids, id));
  if (index != PARITY_INDEX_NONE)
    return (ParityIndicator *)parity_dataset_get_indicator (loader->dataset, index);

  indicator = _parity_dataset_add_indicator (loader->dataset,
                                             parity_id_map_get (loader->ids, id));
  indicator->source = loader->source;
  if (s->indicator != NULL)
    {
      JsonNode *node = json_array_get_element (s->indicator->values, ind_value);

      if (JSON_NODE_HOLDS_OBJECT (node))
        indicator->label = _parity_sdmx_read_names (loader, json_node_get_object (node), "names", "name");
    }
  if (indicator->label == NULL && s->label != NULL)
    {
      indicator->label = parity_text_new ();
      for (guint i = 0; i < parity_text_get_n_langs (s->label); i++)
        parity_text_set (indicator->label, parity_text_get_lang (s->label, i),
                         parity_text_get_exact (s->label, parity_text_get_lang (s->label, i)));
    }
  if (indicator->label == NULL)
    indicator->label = parity_text_new_plain (loader->lang, id);

  indicator->unit.kind = PARITY_UNIT_OTHER;
  indicator->unit.scale = 1;
  if (unit != NULL)
    {
      if (g_str_equal (unit, "PC") || g_str_equal (unit, "PT") || g_str_has_prefix (unit, "PC_") ||
          g_ascii_strcasecmp (unit, "PERCENT") == 0)
        {
          indicator->unit.kind = PARITY_UNIT_PERCENT;
          indicator->unit.symbol = parity_text_new_plain (loader->lang, "%");
        }
      else if (strlen (unit) == 3 && g_ascii_isupper (unit[0]) && g_ascii_isupper (unit[1]) &&
               g_ascii_isupper (unit[2]))
        {
          indicator->unit.kind = PARITY_UNIT_CURRENCY;
          indicator->unit.symbol = parity_text_new_plain (loader->lang, unit);
        }
      else
        {
          indicator->unit.label = component_label (loader, s, "UNIT_MEASURE", unit);
          if (indicator->unit.label == NULL)
            indicator->unit.label = parity_text_new_plain (loader->lang, unit);
        }
    }
  if (mult != NULL)
    {
      char *end;
      gint64 m = g_ascii_strtoll (mult, &end, 10);

      if (*end == '\0' && m >= -30 && m <= 30)
        indicator->unit.scale = pow (10, (double)m);
    }
  if (decimals != NULL)
    {
      char *end;
      gint64 dec = g_ascii_strtoll (decimals, &end, 10);

      if (*end == '\0')
        {
          indicator->decimals = (guint)CLAMP (dec, 0, 6);
          g_hash_table_add (loader->decimals_given, indicator);
        }
    }
  return indicator;
}

/* Where a series or an observation is: the data set's path, the series' key (NULL in a
 * flat data set) and the observation's (NULL for a series). Made into a JSON path only for
 * the first left out, not for each observation read. */
typedef struct
{
  ParityJsonReader *r;
  const char       *skey;
  const char       *okey;
} Where;

static char *
where_path (const Where *where)
{
  if (where->skey == NULL)
    return g_strdup_printf ("%s.observations[\"%s\"]", where->r->path->str, where->okey);
  if (where->okey == NULL)
    return g_strdup_printf ("%s.series[\"%s\"]", where->r->path->str, where->skey);
  return g_strdup_printf ("%s.series[\"%s\"].observations[\"%s\"]", where->r->path->str,
                          where->skey, where->okey);
}

static void
add_observation (Loader      *loader,
                 Structure   *s,
                 guint       *idx,      /* value index per dimension, in all_dims order */
                 JsonArray   *ds_attrs,
                 JsonArray   *series_attrs,
                 JsonArray   *obs,
                 const Where *where)
{
  g_autoptr(GPtrArray) pairs = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *canonical = NULL, *status = NULL, *unit = NULL, *mult = NULL;
  g_autofree char *decimals = NULL, *seen_key = NULL;
  guint level = 0, i = 0, n = 0, ind_value = 0, entity_value = 0, time_value = 0;
  ParityIndicator *indicator;
  ParityQualifier qualifier;
  guint32 entity, period, breakdown;
  double value;
  Dim *d;

  if (obs == NULL || json_array_get_length (obs) == 0)
    return;   /* series keys only */
  while ((d = _parity_sdmx_all_dims_next (s, &level, &i)) != NULL)
    {
      guint v = idx[n++];

      if (v >= d->n_values)
        {
          /* A data-set-level dimension without values. */
          if (loader->n_bad_keys++ == 0)
            loader->first_bad_key = where_path (where);
          return;
        }
      switch (d->role)
        {
        case DIM_ENTITY: entity_value = v; break;
        case DIM_TIME: time_value = v; break;
        case DIM_INDICATOR: ind_value = v; break;
        case DIM_BREAKDOWN:
          {
            const char *code = _parity_sdmx_value_code (d->values, v);
            g_autofree char *k = g_uri_escape_string (d->id, NULL, TRUE);
            g_autofree char *val = g_uri_escape_string (code ? code : "", NULL, TRUE);

            g_ptr_array_add (pairs, g_strconcat (k, "=", val, NULL));
          }
          break;
        case DIM_LABEL:
          break;
        }
    }

  if (!read_value (json_array_get_element (obs, 0), &value))
    {
      if (loader->n_bad_values++ == 0)
        loader->first_bad_value = where_path (where);
      return;
    }
  status = component_value (s, "OBS_STATUS", "OBS_STATUS", ds_attrs, series_attrs, obs,
                            s->n_measures);
  unit = component_value (s, "UNIT_MEASURE", "UNIT_MEASURE", ds_attrs, series_attrs, obs,
                          s->n_measures);
  mult = component_value (s, "UNIT_MULT", "UNIT_MULT", ds_attrs, series_attrs, obs,
                          s->n_measures);
  decimals = component_value (s, "DECIMALS", "DECIMALS", ds_attrs, series_attrs, obs,
                              s->n_measures);
  qualifier = isnan (value) ? PARITY_QUALIFIER_MISSING : qualifier_for_status (status);
  if (qualifier == PARITY_QUALIFIER_MISSING)
    value = NAN;

  indicator = get_indicator (loader, s, ind_value, unit, mult, decimals);
  entity = s->entity->entity[entity_value];
  if (s->time != NULL)
    period = _parity_dataset_intern_period (loader->dataset,
                                            _parity_sdmx_value_code (s->time->values,
                                                                     time_value) ?: "");
  else
    {
      g_autofree char *attr = cross_section_period (s, ds_attrs, series_attrs, obs);

      period = _parity_dataset_intern_period (loader->dataset,
                                              attr != NULL ? attr : loader->data_set_period);
    }
  g_ptr_array_sort (pairs, compare_pairs);
  g_ptr_array_add (pairs, NULL);
  canonical = g_strjoinv (";", (char **)pairs->pdata);
  breakdown = _parity_dataset_intern_breakdown (loader->dataset, canonical);
  seen_key = g_strdup_printf ("%s\x1f%u\x1f%u\x1f%u", indicator->id, entity, period, breakdown);
  if (g_hash_table_contains (loader->seen, seen_key))
    {
      loader->n_duplicates++;
      return;
    }
  g_hash_table_add (loader->seen, g_steal_pointer (&seen_key));
  _parity_indicator_append (indicator, entity, period, breakdown, value, qualifier,
                            loader->source);
}

/* The entities of the structure's entity dimension, once per structure: each value's id, added
 * to the dataset when new. */
static void
add_entities (Loader    *loader,
              Structure *s)
{
  guint level = 0, i = 0;
  Dim *d;

  while ((d = _parity_sdmx_all_dims_next (s, &level, &i)) != NULL)
    {
      if (d->role != DIM_ENTITY || d->entity != NULL)
        continue;
      d->entity = g_new0 (guint32, d->n_values + 1);
      for (guint v = 0; v < d->n_values; v++)
        {
          JsonNode *node = json_array_get_element (d->values, v);
          const char *code = _parity_sdmx_value_code (d->values, v);
          g_autofree char *fallback = NULL;
          ParityEntityKind kind = PARITY_ENTITY_OTHER;
          ParityEntity *entity;
          const char *id;
          guint32 e;

          /* A value without a code is named by its position, which is no country code. */
          if (code == NULL)
            id = parity_id_map_get (loader->ids, fallback = g_strdup_printf ("%u", v));
          else
            id = parity_id_map_get_entity (loader->ids, code, &kind);
          e = parity_dataset_lookup_entity (loader->dataset, id);
          if (e == PARITY_INDEX_NONE)
            {
              e = parity_dataset_get_n_entities (loader->dataset);
              entity = _parity_dataset_add_entity (loader->dataset, id);
              entity->kind = kind;
              if (JSON_NODE_HOLDS_OBJECT (node))
                entity->label = _parity_sdmx_read_names (loader, json_node_get_object (node),
                                                         "names", "name");
              if (entity->label == NULL)
                entity->label = parity_text_new_plain (loader->lang, code != NULL ? code
                                                                                   : fallback);
            }
          d->entity[v] = e;
        }
    }
}

/* Counts a key that does not match the dimensions, keeping the first's path. */
static void
bad_key (Loader      *loader,
         const Where *where)
{
  if (loader->n_bad_keys++ == 0)
    loader->first_bad_key = where_path (where);
}

/* The observations of one series, whose key is already in @idx. */
static void
load_series_observations (Loader           *loader,
                          ParityJsonReader *r,
                          Structure        *s,
                          guint            *idx,
                          JsonArray        *ds_attrs,
                          const char       *skey,
                          JsonObject       *sobj)
{
  JsonObject *sobs = _parity_sdmx_get_object (sobj, "observations");
  guint n0 = s->dims[0]->len, n1 = s->dims[1]->len, n2 = s->dims[2]->len;
  JsonObjectIter oiter;
  const char *okey;
  JsonNode *onode;

  if (sobs == NULL)
    return;
  json_object_iter_init_ordered (&oiter, sobs);
  while (json_object_iter_next_ordered (&oiter, &okey, &onode))
    {
      Where where = { r, skey, okey };

      if (!JSON_NODE_HOLDS_ARRAY (onode) ||
          !parse_key (okey, n2, (Dim *)s->dims[2]->data, idx + n0 + n1))
        {
          bad_key (loader, &where);
          continue;
        }
      add_observation (loader, s, idx, ds_attrs, _parity_sdmx_get_array (sobj, "attributes"),
                       json_node_get_array (onode), &where);
    }
}

/* One member of a data set's "series" or flat "observations": its key and its value. */
typedef void (*MemberFunc) (Loader           *loader,
                            ParityJsonReader *r,
                            Structure        *s,
                            guint            *idx,
                            JsonArray        *ds_attrs,
                            Dim              *key_dims,
                            const char       *key,
                            JsonNode         *node);

/* A series, with its observations. */
static void
series_member (Loader           *loader,
               ParityJsonReader *r,
               Structure        *s,
               guint            *idx,
               JsonArray        *ds_attrs,
               Dim              *key_dims,
               const char       *skey,
               JsonNode         *snode)
{
  guint n0 = s->dims[0]->len, n1 = s->dims[1]->len;

  if (!JSON_NODE_HOLDS_OBJECT (snode) || !parse_key (skey, n1, key_dims, idx + n0))
    {
      Where where = { r, skey, NULL };

      bad_key (loader, &where);
      return;
    }
  load_series_observations (loader, r, s, idx, ds_attrs, skey, json_node_get_object (snode));
}

/* An observation of a flat data set, whose key covers series and observation dimensions. */
static void
flat_member (Loader           *loader,
             ParityJsonReader *r,
             Structure        *s,
             guint            *idx,
             JsonArray        *ds_attrs,
             Dim              *key_dims,
             const char       *okey,
             JsonNode         *onode)
{
  guint n0 = s->dims[0]->len, n_key = s->dims[1]->len + s->dims[2]->len;
  Where where = { r, NULL, okey };

  if (!JSON_NODE_HOLDS_ARRAY (onode) || !parse_key (okey, n_key, key_dims, idx + n0))
    {
      bad_key (loader, &where);
      return;
    }
  add_observation (loader, s, idx, ds_attrs, NULL, json_node_get_array (onode), &where);
}

/* How many bytes of cut objects between progress reports and looks at Cancel: a few
 * milliseconds of series. */
#define REPORT_BYTES (64 * 1024)

/* Each member of @object, cut out of the tree: its value made into a node from the bytes
 * when it has the usual shape (parity-sdmx-stream.c), else parsed alone by the loader's one
 * parser, then read by @func as it would be from the whole tree. FALSE when cancelled
 * (after setting the error) or when json-glib refuses a value the scan accepted (with the
 * cut's retry set: only the whole tree can say what it always said). */
static gboolean
stream_members (Loader                   *loader,
                ParityJsonReader         *r,
                const ParityJsonCutArray *object,
                Structure                *s,
                guint                    *idx,
                JsonArray                *ds_attrs,
                Dim                      *key_dims,
                MemberFunc                func)
{
  const char *data = loader->json->data;
  gsize pos = object->start, reported = object->start, name_len, value, value_end;
  gboolean fast = _parity_stream_get_mode () == PARITY_STREAM_FAST;
  const char *name;

  if (loader->parser == NULL)
    loader->parser = json_parser_new_immutable ();
  while (_parity_json_cut_next_member (data, object, &pos, &name, &name_len, &value,
                                       &value_end))
    {
      g_autofree char *key = g_strndup (name, name_len);
      g_autoptr(JsonNode) node = fast ? _parity_sdmx_fast_node (data + value,
                                                                value_end - value) : NULL;

      if (node == NULL)
        {
          _parity_stream_count_through_json_glib ();
          if (!json_parser_load_from_data (loader->parser, data + value, value_end - value,
                                           NULL))
            {
              loader->json->cut->retry = TRUE;
              return FALSE;
            }
        }
      func (loader, r, s, idx, ds_attrs, key_dims, key,
            node != NULL ? node : json_parser_get_root (loader->parser));
      if (pos - reported >= REPORT_BYTES)
        {
          reported = pos;
          if (!_parity_stream_report (0.15 + 0.8 * (loader->done + pos - object->start) /
                                      loader->json->cut->cut_bytes, r->error))
            return FALSE;
        }
    }
  loader->done += object->end - object->start;
  return TRUE;
}

/* Each member of @object from the tree. */
static void
tree_members (Loader           *loader,
              ParityJsonReader *r,
              JsonObject       *object,
              Structure        *s,
              guint            *idx,
              JsonArray        *ds_attrs,
              Dim              *key_dims,
              MemberFunc        func)
{
  JsonObjectIter iter;
  const char *key;
  JsonNode *node;

  json_object_iter_init_ordered (&iter, object);
  while (json_object_iter_next_ordered (&iter, &key, &node))
    func (loader, r, s, idx, ds_attrs, key_dims, key, node);
}

/* The cut object @k (0: "series", 1: "observations") of data set @index, or NULL. */
static const ParityJsonCutArray *
cut_object (Loader *loader,
            guint   index,
            guint   k)
{
  const ParityJsonCut *cut = loader->json != NULL ? loader->json->cut : NULL;
  const ParityJsonCutArray *object;

  if (cut == NULL || 2 * index + k >= cut->arrays->len)
    return NULL;
  object = &g_array_index (cut->arrays, ParityJsonCutArray, 2 * index + k);
  return object->end > 0 ? object : NULL;
}

/* Reads the data set @ds, the @index-th, described by @s, into the loader's dataset: its
 * entities once per structure, then each observation, under a series or flat, from the
 * tree or, where they were cut out of it, from the bytes. Keys that do not match the
 * dimensions, values that are not numbers and repeated observations are counted on
 * @loader, the first of each kept as a JSON path for the message. FALSE when the load is
 * cancelled, or must be made again from the whole tree. */
gboolean
_parity_sdmx_load_data_set (Loader           *loader,
                            ParityJsonReader *r,
                            guint             index,
                            JsonObject       *ds,
                            Structure        *s)
{
  guint n0 = s->dims[0]->len, n1 = s->dims[1]->len, n2 = s->dims[2]->len;
  /* Data-set-level dimensions have one value: index 0. */
  g_autofree guint *idx = g_new0 (guint, n0 + n1 + n2 + 1);
  g_autofree Dim *key_dims = g_new0 (Dim, n1 + n2 + 1);
  JsonArray *ds_attrs = _parity_sdmx_get_array (ds, "attributes");
  JsonObject *series = _parity_sdmx_get_object (ds, "series");
  JsonObject *observations = _parity_sdmx_get_object (ds, "observations");
  const ParityJsonCutArray *cut;
  MemberFunc func;
  JsonObject *object;

  /* A series key covers the series dimensions; a flat observation's, those and the
   * observation dimensions. */
  for (guint k = 0; k < n1; k++)
    key_dims[k] = g_array_index (s->dims[1], Dim, k);
  for (guint k = 0; k < n2; k++)
    key_dims[n1 + k] = g_array_index (s->dims[2], Dim, k);
  add_entities (loader, s);
  g_free (loader->data_set_period);
  loader->data_set_period = data_set_period (ds);
  if (series != NULL)
    {
      object = series;
      cut = cut_object (loader, index, 0);
      func = series_member;
    }
  else if (observations != NULL)
    {
      object = observations;
      cut = cut_object (loader, index, 1);
      func = flat_member;
    }
  else
    return TRUE;
  if (cut != NULL)
    return stream_members (loader, r, cut, s, idx, ds_attrs, key_dims, func);
  tree_members (loader, r, object, s, idx, ds_attrs, key_dims, func);
  return TRUE;
}
