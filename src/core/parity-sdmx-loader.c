/* parity-sdmx-loader.c: SDMX-JSON data messages (pre-1.0, 1.0, 2.x)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Layouts: pre-1.0 {header, structure, dataSets}; 1.0 {meta, data: {structure, dataSets}};
 * 2.x {meta, data: {structures: [...], dataSets}, errors}. Keys are colon-joined value
 * indexes: series keys cover dimensions.series, observation keys dimensions.observation
 * (all dimensions when dimensionAtObservation is AllDimensions). An observation is
 * [value, attribute index or uncoded value…].
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "parity-error.h"
#include "parity-dataset-private.h"
#include "parity-json-reader.h"
#include "parity-loader-private.h"
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

static void
add_observation (Loader     *loader,
                 Structure  *s,
                 guint      *idx,      /* value index per dimension, in all_dims order */
                 JsonArray  *ds_attrs,
                 JsonArray  *series_attrs,
                 JsonArray  *obs,
                 const char *where)
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
            loader->first_bad_key = g_strdup (where);
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
        loader->first_bad_value = g_strdup (where);
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
  period = _parity_dataset_intern_period (loader->dataset,
                                          _parity_sdmx_value_code (s->time->values, time_value) ?: "");
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

static gboolean
load_data_set (Loader           *loader,
               ParityJsonReader *r,
               JsonObject       *ds,
               Structure        *s)
{
  guint n_dims[3], total, level = 0, i = 0;
  g_autofree guint *idx = NULL;
  JsonArray *ds_attrs = _parity_sdmx_get_array (ds, "attributes");
  JsonObject *series = _parity_sdmx_get_object (ds, "series");
  JsonObject *observations = _parity_sdmx_get_object (ds, "observations");
  Dim *d;

  for (guint l = 0; l < 3; l++)
    n_dims[l] = s->dims[l]->len;
  total = n_dims[0] + n_dims[1] + n_dims[2];
  idx = g_new0 (guint, total + 1);

  /* Entities, once per structure. */
  while ((d = _parity_sdmx_all_dims_next (s, &level, &i)) != NULL)
    if (d->role == DIM_ENTITY && d->entity == NULL)
      {
        d->entity = g_new0 (guint32, d->n_values + 1);
        for (guint v = 0; v < d->n_values; v++)
          {
            JsonNode *node = json_array_get_element (d->values, v);
            const char *code = _parity_sdmx_value_code (d->values, v);
            g_autofree char *fallback = NULL;
            ParityEntity *entity;
            guint32 e;

            if (code == NULL)
              code = fallback = g_strdup_printf ("%u", v);
            e = parity_dataset_lookup_entity (loader->dataset,
                                              parity_id_map_get (loader->ids, code));
            if (e == PARITY_INDEX_NONE)
              {
                e = parity_dataset_get_n_entities (loader->dataset);
                entity = _parity_dataset_add_entity (loader->dataset,
                                                     parity_id_map_get (loader->ids, code));
                if (JSON_NODE_HOLDS_OBJECT (node))
                  entity->label = _parity_sdmx_read_names (loader, json_node_get_object (node), "names", "name");
                if (entity->label == NULL)
                  entity->label = parity_text_new_plain (loader->lang, code);
              }
            d->entity[v] = e;
          }
      }

  /* Data-set-level dimensions have one value: index 0. */
  if (series != NULL)
    {
      JsonObjectIter iter;
      const char *skey;
      JsonNode *snode;

      json_object_iter_init_ordered (&iter, series);
      while (json_object_iter_next_ordered (&iter, &skey, &snode))
        {
          JsonObject *sobj;
          JsonObject *sobs;
          JsonObjectIter oiter;
          const char *okey;
          JsonNode *onode;

          if (!JSON_NODE_HOLDS_OBJECT (snode) ||
              !parse_key (skey, n_dims[1], (Dim *)s->dims[1]->data, idx + n_dims[0]))
            {
              if (loader->n_bad_keys++ == 0)
                loader->first_bad_key = g_strdup_printf ("%s.series[\"%s\"]", r->path->str, skey);
              continue;
            }
          sobj = json_node_get_object (snode);
          sobs = _parity_sdmx_get_object (sobj, "observations");
          if (sobs == NULL)
            continue;
          json_object_iter_init_ordered (&oiter, sobs);
          while (json_object_iter_next_ordered (&oiter, &okey, &onode))
            {
              g_autofree char *where = g_strdup_printf ("%s.series[\"%s\"].observations[\"%s\"]",
                                                        r->path->str, skey, okey);

              if (!JSON_NODE_HOLDS_ARRAY (onode) ||
                  !parse_key (okey, n_dims[2], (Dim *)s->dims[2]->data,
                              idx + n_dims[0] + n_dims[1]))
                {
                  if (loader->n_bad_keys++ == 0)
                    loader->first_bad_key = g_steal_pointer (&where);
                  continue;
                }
              add_observation (loader, s, idx, ds_attrs, _parity_sdmx_get_array (sobj, "attributes"),
                               json_node_get_array (onode), where);
            }
        }
    }
  else if (observations != NULL)
    {
      JsonObjectIter oiter;
      const char *okey;
      JsonNode *onode;
      guint n_key = n_dims[1] + n_dims[2];
      g_autofree Dim *key_dims = g_new0 (Dim, n_key + 1);

      /* Flat: the key covers series and observation dimensions. */
      for (guint k = 0; k < n_dims[1]; k++)
        key_dims[k] = g_array_index (s->dims[1], Dim, k);
      for (guint k = 0; k < n_dims[2]; k++)
        key_dims[n_dims[1] + k] = g_array_index (s->dims[2], Dim, k);
      json_object_iter_init_ordered (&oiter, observations);
      while (json_object_iter_next_ordered (&oiter, &okey, &onode))
        {
          g_autofree char *where = g_strdup_printf ("%s.observations[\"%s\"]", r->path->str, okey);

          if (!JSON_NODE_HOLDS_ARRAY (onode) ||
              !parse_key (okey, n_key, key_dims, idx + n_dims[0]))
            {
              if (loader->n_bad_keys++ == 0)
                loader->first_bad_key = g_steal_pointer (&where);
              continue;
            }
          add_observation (loader, s, idx, ds_attrs, NULL, json_node_get_array (onode), where);
        }
    }
  return TRUE;
}

/* ---- entry points ------------------------------------------------------------------ */

static JsonObject *
message_body (JsonObject *root)
{
  JsonObject *data = _parity_sdmx_get_object (root, "data");

  return data != NULL ? data : root;
}

gboolean
_parity_sdmx_loader_sniff (JsonNode  *root,
                           char     **why_not)
{
  JsonObject *object, *body;

  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      *why_not = g_strdup (_("the top level is not an object"));
      return FALSE;
    }
  object = json_node_get_object (root);
  body = message_body (object);
  if (json_object_has_member (body, "dataSets") || json_object_has_member (body, "dataSet") ||
      ((json_object_has_member (object, "meta") || json_object_has_member (object, "header")) &&
       (json_object_has_member (body, "structure") || json_object_has_member (body, "structures") ||
        json_object_has_member (body, "dataStructures") ||
        json_object_has_member (body, "dataflows") || json_object_has_member (body, "codelists"))))
    return TRUE;
  *why_not = g_strdup (_("no \"dataSets\" with a \"structure\" at the top level or in \"data\""));
  return FALSE;
}

static const char *
error_title (JsonArray *errors)
{
  for (guint i = 0; errors != NULL && i < json_array_get_length (errors); i++)
    {
      JsonNode *node = json_array_get_element (errors, i);
      const char *title;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;
      title = _parity_sdmx_get_string (json_node_get_object (node), "title");
      if (title == NULL)
        title = _parity_sdmx_get_string (json_node_get_object (node), "detail");
      if (title != NULL)
        return title;
    }
  return NULL;
}

/* "EXR" from a link's URN "urn:sdmx:…Dataflow=ECB:EXR(1.0)" or its address
 * "https://…/dataflow/ECB/EXR/1.0". */
static char *
dataflow_id (JsonArray *links)
{
  for (guint i = 0; links != NULL && i < json_array_get_length (links); i++)
    {
      JsonNode *node = json_array_get_element (links, i);
      JsonObject *link = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
      const char *urn = _parity_sdmx_get_string (link, "urn");
      const char *href = _parity_sdmx_get_string (link, "href");
      const char *at;

      if (urn != NULL && (at = strstr (urn, "Dataflow=")) != NULL)
        {
          const char *colon = strchr (at, ':');
          const char *start = colon ? colon + 1 : at + strlen ("Dataflow=");

          if (*start != '\0')
            return g_strndup (start, strcspn (start, "("));
        }
      if (href != NULL && (at = strstr (href, "/dataflow/")) != NULL)
        {
          g_auto(GStrv) parts = g_strsplit (at + strlen ("/dataflow/"), "/", 3);

          if (parts[0] != NULL && parts[1] != NULL && *parts[1] != '\0')
            return g_strdup (parts[1]);
        }
    }
  return NULL;
}

static void
read_source (Loader     *loader,
             JsonObject *root,
             JsonObject *meta,
             JsonObject *structure)
{
  ParitySource *source = _parity_dataset_add_source (loader->dataset, "sdmx");
  JsonObject *sender = _parity_sdmx_get_object (meta, "sender");
  JsonArray *links = _parity_sdmx_get_array (structure, "links");
  const char *prepared = _parity_sdmx_get_string (meta, "prepared");

  loader->source = 0;
  source->publisher = sender ? _parity_sdmx_read_names (loader, sender, "names", "name") : NULL;
  if (source->publisher == NULL && sender != NULL && _parity_sdmx_get_string (sender, "id") != NULL)
    source->publisher = parity_text_new_plain (loader->lang, _parity_sdmx_get_string (sender, "id"));
  source->title = _parity_sdmx_read_names (loader, structure, "names", "name");
  if (source->title == NULL)
    source->title = _parity_sdmx_read_names (loader, meta, "names", "name");
  /* Never the local file's name, which means nothing to a reader of the chart: the
   * dataflow's id, else the publisher's name (which the source line then says once), else
   * the format. */
  if (source->title == NULL)
    {
      g_autofree char *flow = dataflow_id (links);
      const char *publisher = parity_text_get (source->publisher, loader->lang, loader->lang);

      source->title = parity_text_new_plain (loader->lang, flow ? flow
                                                           : publisher ? publisher : "SDMX");
    }
  for (guint i = 0; links != NULL && i < json_array_get_length (links); i++)
    {
      JsonNode *node = json_array_get_element (links, i);
      JsonObject *link = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
      const char *href = _parity_sdmx_get_string (link, "href");

      if (href != NULL && (source->url == NULL || g_strcmp0 (_parity_sdmx_get_string (link, "rel"), "dataflow") == 0))
        {
          g_free (source->url);
          source->url = g_strdup (href);
        }
    }
  if (prepared != NULL && strlen (prepared) >= 4 && g_ascii_isdigit (prepared[0]))
    source->year = (int)g_ascii_strtoll (prepared, NULL, 10);
  if (source->year < 1000 || source->year > 9999)
    source->year = 0;
  /* "2019-08-02T10:40:35.123+02:00": the day the service answered, which a citation of
   * fetched data needs. */
  if (prepared != NULL && strlen (prepared) >= 10)
    {
      g_autofree char *day = g_strndup (prepared, 10);

      if (parity_iso_date_is_valid (day))
        source->retrieved = g_steal_pointer (&day);
    }
}

ParityDataset *
_parity_sdmx_loader_load (JsonNode    *root,
                          const char  *display_name,
                          GError     **error)
{
  g_autoptr(ParityDataset) dataset = NULL;
  JsonObject *object = json_node_get_object (root);
  JsonObject *body = message_body (object);
  gboolean nested = body != object;
  JsonObject *meta = _parity_sdmx_get_object (object, "meta");
  JsonArray *data_sets = _parity_sdmx_get_array (body, "dataSets");
  JsonArray *structures = _parity_sdmx_get_array (body, "structures");
  JsonObject *single_structure = _parity_sdmx_get_object (body, "structure");
  JsonArray *errors = _parity_sdmx_get_array (object, "errors");
  JsonArray *languages;
  Structure *parsed = NULL;
  guint n_structures;
  ParityJsonReader reader;
  ParityJsonReader *r = &reader;
  Loader loader = { 0 };
  gboolean ok = TRUE;
  const char *lang = "en";
  gsize mark_body;

  _parity_json_reader_init (r, display_name, error);
  if (meta == NULL)
    meta = _parity_sdmx_get_object (object, "header");
  languages = _parity_sdmx_get_array (meta, "contentLanguages");
  if (languages != NULL && json_array_get_length (languages) > 0 &&
      JSON_NODE_HOLDS_VALUE (json_array_get_element (languages, 0)) &&
      json_node_get_value_type (json_array_get_element (languages, 0)) == G_TYPE_STRING &&
      parity_lang_tag_is_valid (json_array_get_string_element (languages, 0)))
    lang = json_array_get_string_element (languages, 0);

  if (nested)
    _parity_json_reader_push_member (r, "data");
  if (data_sets == NULL)
    {
      const char *title = error_title (errors);

      if (title != NULL)
        ok = _parity_json_reader_fail (r, _("the message reports an error and has no data: %s"),
                                       title);
      else if (json_object_has_member (body, "dataSet"))
        ok = _parity_json_reader_fail (r, _("\"dataSet\" is the SDMX-ML name; SDMX-JSON data "
                                            "messages have \"dataSets\" (an array)"));
      else
        ok = _parity_json_reader_fail (r, _("a structure message, not data: there are no "
                                            "\"dataSets\""));
      goto out;
    }
  if (json_array_get_length (data_sets) == 0)
    {
      const char *title = error_title (errors);

      ok = title != NULL
           ? _parity_json_reader_fail_at (r, "dataSets", _("no data sets; the message reports "
                                                          "an error: %s"), title)
           : _parity_json_reader_fail_at (r, "dataSets", _("no data sets: the query matched "
                                                          "no data"));
      goto out;
    }
  mark_body = _parity_json_reader_push_member (r, "dataSets");
  for (guint i = 0; i < json_array_get_length (data_sets); i++)
    {
      JsonNode *node = json_array_get_element (data_sets, i);
      const char *action;
      gsize mark = _parity_json_reader_push_index (r, i);

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          ok = _parity_json_reader_fail (r, _("expected an object, found %s"),
                                         _parity_json_node_describe (node));
          goto out;
        }
      action = _parity_sdmx_get_string (json_node_get_object (node), "action");
      if (action != NULL && g_ascii_strcasecmp (action, "Delete") == 0)
        {
          ok = _parity_json_reader_fail_at (r, "action",
                                            /* Translators: keep "Delete": it is the SDMX
                                               action as written in the file. */
                                            _("a \"Delete\" message lists observations to "
                                              "remove, not data to chart"));
          goto out;
        }
      _parity_json_reader_pop (r, mark);
    }
  _parity_json_reader_pop (r, mark_body);

  n_structures = structures != NULL ? json_array_get_length (structures) : 1;
  if (structures == NULL && single_structure == NULL)
    {
      ok = _parity_json_reader_fail (r, _("missing \"structure\": the data sets cannot be "
                                          "read without it"));
      goto out;
    }
  if (n_structures == 0)
    {
      ok = _parity_json_reader_fail_at (r, "structures", _("the list is empty"));
      goto out;
    }

  dataset = parity_dataset_new (lang);
  loader.dataset = dataset;
  loader.lang = parity_dataset_get_default_lang (dataset);
  loader.file = display_name;
  loader.seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  loader.decimals_given = g_hash_table_new (NULL, NULL);
  loader.ids = parity_id_map_new ();
  parsed = g_new0 (Structure, n_structures);

  for (guint i = 0; i < json_array_get_length (data_sets); i++)
    {
      JsonObject *ds = json_node_get_object (json_array_get_element (data_sets, i));
      JsonNode *snode = json_object_get_member (ds, "structure");
      gint64 sidx = 0;
      JsonObject *structure;
      gsize mark;

      if (structures != NULL && snode != NULL && JSON_NODE_HOLDS_VALUE (snode))
        {
          if (json_node_get_value_type (snode) == G_TYPE_STRING)
            sidx = g_ascii_strtoll (json_node_get_string (snode), NULL, 10);
          else if (json_node_get_value_type (snode) == G_TYPE_INT64)
            sidx = json_node_get_int (snode);
        }
      if (sidx < 0 || (guint64)sidx >= n_structures)
        {
          mark = _parity_json_reader_push_member (r, "dataSets");
          _parity_json_reader_push_index (r, i);
          ok = _parity_json_reader_fail_at (r, "structure", _("no structure %lld: there are %u"),
                                            (long long)sidx, n_structures);
          goto out;
        }
      if (structures != NULL)
        {
          JsonNode *st = json_array_get_element (structures, (guint)sidx);

          mark = _parity_json_reader_push_member (r, "structures");
          _parity_json_reader_push_index (r, (guint)sidx);
          if (!JSON_NODE_HOLDS_OBJECT (st))
            {
              ok = _parity_json_reader_fail (r, _("expected an object, found %s"),
                                             _parity_json_node_describe (st));
              goto out;
            }
          structure = json_node_get_object (st);
        }
      else
        {
          mark = _parity_json_reader_push_member (r, "structure");
          structure = single_structure;
        }
      if (parsed[sidx].structure == NULL)
        {
          if (!_parity_sdmx_read_structure (&loader, r, structure, &parsed[sidx]))
            {
              ok = FALSE;
              goto out;
            }
          if (parity_dataset_get_n_sources (dataset) == 0)
            {
              read_source (&loader, object, meta, structure);
              if (parsed[sidx].label != NULL)
                {
                  ParityText *title = parity_text_new ();

                  for (guint k = 0; k < parity_text_get_n_langs (parsed[sidx].label); k++)
                    {
                      const char *l = parity_text_get_lang (parsed[sidx].label, k);

                      parity_text_set (title, l, parity_text_get_exact (parsed[sidx].label, l));
                    }
                  _parity_dataset_take_title (dataset, title);
                }
            }
        }
      _parity_json_reader_pop (r, mark);
      mark = _parity_json_reader_push_member (r, "dataSets");
      _parity_json_reader_push_index (r, i);
      load_data_set (&loader, r, ds, &parsed[sidx]);
      _parity_json_reader_pop (r, mark);
    }

  if (parity_dataset_get_n_indicators (dataset) == 0)
    {
      if (loader.first_bad_key != NULL)
        g_set_error (error, PARITY_ERROR, PARITY_ERROR_CONTENT,
                     /* Translators: the file name, then a JSON path. */
                     _("%s: %s: no observation could be read: their keys do not match the "
                       "structure's dimensions (this is the first)"),
                     display_name, loader.first_bad_key);
      else if (loader.first_bad_value != NULL)
        g_set_error (error, PARITY_ERROR, PARITY_ERROR_CONTENT,
                     /* Translators: the file name, then a JSON path. */
                     _("%s: %s: no observation could be read: their values are not numbers "
                       "(this is the first)"), display_name, loader.first_bad_value);
      else
        _parity_json_reader_fail_at (r, "dataSets", _("no observations with values"));
      ok = FALSE;
      goto out;
    }
  /* Without DECIMALS, as many decimals as the values have (at most 4). */
  for (guint i = 0; i < parity_dataset_get_n_indicators (dataset); i++)
    {
      ParityIndicator *indicator = (ParityIndicator *)parity_dataset_get_indicator (dataset, i);

      if (g_hash_table_contains (loader.decimals_given, indicator))
        continue;
      for (guint k = 0; k < indicator->obs.len; k++)
        {
          double v = indicator->obs.value[k];
          guint d = indicator->decimals;

          if (isnan (v))
            continue;
          while (d < 4)
            {
              double scaled = v * pow (10, d);

              if (fabs (scaled - round (scaled)) < 1e-6 * MAX (1.0, fabs (scaled)))
                break;
              d++;
            }
          indicator->decimals = d;
        }
    }
  if (parity_dataset_get_title (dataset) == NULL)
    _parity_dataset_take_title (dataset, parity_text_new_plain (loader.lang, display_name));
  _parity_dataset_add_left_out (dataset, PARITY_LEFT_OUT_VALUES,
                                loader.n_bad_keys + loader.n_bad_values + loader.n_duplicates);
  if (loader.n_bad_keys > 0)
    _parity_dataset_add_warning (dataset,
                                 g_dngettext (GETTEXT_PACKAGE,
                                              "%s: %u observation left out: its key does not "
                                              "match the structure's dimensions",
                                              "%s: %u observations left out: their keys do "
                                              "not match the structure's dimensions (this is "
                                              "the first)", loader.n_bad_keys),
                                 loader.first_bad_key, loader.n_bad_keys);
  if (loader.n_bad_values > 0)
    _parity_dataset_add_warning (dataset,
                                 g_dngettext (GETTEXT_PACKAGE,
                                              "%s: %u observation left out: its value is not "
                                              "a number",
                                              "%s: %u observations left out: their values "
                                              "are not numbers (this is the first)",
                                              loader.n_bad_values),
                                 loader.first_bad_value, loader.n_bad_values);
  if (loader.n_duplicates > 0)
    _parity_dataset_add_warning (dataset,
                                 g_dngettext (GETTEXT_PACKAGE,
                                              "%u observation repeated in a later data set "
                                              "was left out",
                                              "%u observations repeated in later data sets "
                                              "were left out", loader.n_duplicates),
                                 loader.n_duplicates);
  if (errors != NULL && error_title (errors) != NULL)
    _parity_dataset_add_warning (dataset, _("$.errors: the message also reports an error: %s"),
                                 error_title (errors));
  _parity_dataset_add_default_charts (dataset);

out:
  if (parsed != NULL)
    {
      for (guint i = 0; i < n_structures; i++)
        _parity_sdmx_structure_clear (&parsed[i]);
      g_free (parsed);
    }
  g_clear_pointer (&loader.seen, g_hash_table_unref);
  g_clear_pointer (&loader.decimals_given, g_hash_table_unref);
  g_clear_pointer (&loader.ids, parity_id_map_free);
  g_free (loader.first_bad_key);
  g_free (loader.first_bad_value);
  _parity_json_reader_clear (r);
  return ok ? g_steal_pointer (&dataset) : NULL;
}
