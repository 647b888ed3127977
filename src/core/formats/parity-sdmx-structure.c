/* parity-sdmx-structure.c: the structure part of an SDMX-JSON message
 *
 * Dimensions and attributes with their roles (given as a string or an array by different
 * producers), multilingual names, the value a key index stands for, and attribute values
 * looked up at observation, series and data-set level. parity-sdmx-loader.c reads the data
 * with it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
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

/* ---- small helpers ---------------------------------------------------------------- */

JsonObject *
_parity_sdmx_get_object (JsonObject *object,
            const char *member)
{
  JsonNode *node = object ? json_object_get_member (object, member) : NULL;

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

JsonArray *
_parity_sdmx_get_array (JsonObject *object,
           const char *member)
{
  JsonNode *node = object ? json_object_get_member (object, member) : NULL;

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

const char *
_parity_sdmx_get_string (JsonObject *object,
            const char *member)
{
  JsonNode *node = object ? json_object_get_member (object, member) : NULL;

  if (node != NULL && JSON_NODE_HOLDS_VALUE (node) &&
      json_node_get_value_type (node) == G_TYPE_STRING)
    return json_node_get_string (node);
  return NULL;
}

/* "names": {"en": …, "fr": …} or "name": "…" (pre-1.0 and 1.0 have both; 2.x too). */
ParityText *
_parity_sdmx_read_names (Loader     *loader,
            JsonObject *object,
            const char *plural,
            const char *singular)
{
  JsonObject *names = _parity_sdmx_get_object (object, plural);
  const char *name = _parity_sdmx_get_string (object, singular);
  ParityText *text = NULL;

  if (names != NULL)
    {
      JsonObjectIter iter;
      const char *lang;
      JsonNode *value;

      json_object_iter_init_ordered (&iter, names);
      while (json_object_iter_next_ordered (&iter, &lang, &value))
        {
          if (!JSON_NODE_HOLDS_VALUE (value) || json_node_get_value_type (value) != G_TYPE_STRING ||
              !parity_lang_tag_is_valid (lang) || *json_node_get_string (value) == '\0')
            continue;
          if (text == NULL)
            text = parity_text_new ();
          parity_text_set (text, lang, json_node_get_string (value));
        }
    }
  if (name != NULL && *name != '\0')
    {
      if (text == NULL)
        text = parity_text_new_plain (loader->lang, name);
      else if (parity_text_get_exact (text, loader->lang) == NULL)
        parity_text_set (text, loader->lang, name);
    }
  return text;
}

/* "role": "REF_AREA" | ["REF_AREA"], "roles": [...] | "…": does any equal @want? */
static gboolean
node_has_role (JsonNode   *node,
               const char *want)
{
  if (node == NULL)
    return FALSE;
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    return g_ascii_strcasecmp (json_node_get_string (node), want) == 0;
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        if (node_has_role (json_array_get_element (array, i), want))
          return TRUE;
    }
  return FALSE;
}

gboolean
_parity_sdmx_has_role (JsonObject *object,
          const char *want)
{
  return node_has_role (json_object_get_member (object, "role"), want) ||
         node_has_role (json_object_get_member (object, "roles"), want);
}

static gboolean
id_or_role (JsonObject        *object,
            const char        *id,
            const char *const *names)
{
  for (guint i = 0; names[i] != NULL; i++)
    if ((id != NULL && g_ascii_strcasecmp (id, names[i]) == 0) || _parity_sdmx_has_role (object, names[i]))
      return TRUE;
  return FALSE;
}

/* The code of value @index of a component, or NULL. */
const char *
_parity_sdmx_value_code (JsonArray *values,
            guint      index)
{
  JsonNode *node;

  if (values == NULL || index >= json_array_get_length (values))
    return NULL;
  node = json_array_get_element (values, index);
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return NULL;
  return _parity_sdmx_get_string (json_node_get_object (node), "id");
}

/* An attribute's value for an index node (a number: index into its values; a string:
 * an uncoded value as 2.1 writes it; null: its default). Returns a new string or NULL. */
char *
_parity_sdmx_attr_value (Attr     *attr,
            JsonNode *node)
{
  if (node != NULL && JSON_NODE_HOLDS_VALUE (node))
    {
      GType type = json_node_get_value_type (node);

      if (type == G_TYPE_INT64 || type == G_TYPE_DOUBLE)
        {
          double d = json_node_get_double (node);
          JsonNode *value_node;

          if (d < 0 || d != floor (d) || attr->values == NULL ||
              d >= json_array_get_length (attr->values))
            return NULL;
          value_node = json_array_get_element (attr->values, (guint)d);
          if (JSON_NODE_HOLDS_OBJECT (value_node))
            {
              JsonObject *object = json_node_get_object (value_node);
              const char *id = _parity_sdmx_get_string (object, "id");
              JsonNode *value = json_object_get_member (object, "value");

              if (id != NULL)
                return g_strdup (id);
              if (value != NULL && JSON_NODE_HOLDS_VALUE (value))
                {
                  if (json_node_get_value_type (value) == G_TYPE_STRING)
                    return g_strdup (json_node_get_string (value));
                  return g_strdup_printf ("%.17g", json_node_get_double (value));
                }
            }
          return NULL;
        }
      if (type == G_TYPE_STRING)
        return g_strdup (json_node_get_string (node));
    }
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      const char *def = _parity_sdmx_get_string (attr->object, "default");

      if (def != NULL)
        return g_strdup (def);
    }
  return NULL;
}

/* ---- structure --------------------------------------------------------------------- */


void
_parity_sdmx_structure_clear (Structure *s)
{
  for (guint l = 0; l < 3; l++)
    {
      if (s->dims[l] != NULL)
        for (guint i = 0; i < s->dims[l]->len; i++)
          g_free (g_array_index (s->dims[l], Dim, i).entity);
      g_clear_pointer (&s->dims[l], g_array_unref);
      g_clear_pointer (&s->attrs[l], g_array_unref);
    }
  g_clear_pointer (&s->label, parity_text_free);
}

static JsonArray *
level_array (JsonObject *group,
             guint       level)
{
  static const char * const names[3][2] = { { "dataSet", "dataset" },
                                            { "series", "series" },
                                            { "observation", "observations" } };
  JsonArray *array;

  if (group == NULL)
    return NULL;
  array = _parity_sdmx_get_array (group, names[level][0]);
  return array != NULL ? array : _parity_sdmx_get_array (group, names[level][1]);
}

Dim *
_parity_sdmx_all_dims_next (Structure *s,
               guint     *level,
               guint     *i)
{
  while (*level < 3)
    {
      if (*i < s->dims[*level]->len)
        return &g_array_index (s->dims[*level], Dim, (*i)++);
      (*level)++;
      *i = 0;
    }
  return NULL;
}

/* The ids that say what a dimension is, when its role does not. */
static const char * const entity_ids[] = { "REF_AREA", "COUNTRY", "GEO", "LOCATION", NULL };
static const char * const time_ids[] = { "TIME_PERIOD", "TIME", NULL };
static const char * const indicator_ids[] = { "INDICATOR", "MEASURE", "SERIES", "SUBJECT",
                                              NULL };

/* The dimensions and attributes of each level; FALSE after setting the error. */
static gboolean
read_levels (ParityJsonReader *r,
             JsonObject       *dimensions,
             JsonObject       *attributes,
             Structure        *s)
{
  for (guint level = 0; level < 3; level++)
    {
      JsonArray *array = level_array (dimensions, level);

      s->dims[level] = g_array_new (FALSE, TRUE, sizeof (Dim));
      s->attrs[level] = g_array_new (FALSE, TRUE, sizeof (Attr));
      for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
        {
          JsonNode *node = json_array_get_element (array, i);
          Dim dim = { 0 };

          if (!JSON_NODE_HOLDS_OBJECT (node))
            return _parity_json_reader_fail (r, _("dimension %u is not an object"), i);
          dim.object = json_node_get_object (node);
          dim.id = _parity_sdmx_get_string (dim.object, "id");
          dim.values = _parity_sdmx_get_array (dim.object, "values");
          dim.n_values = dim.values ? json_array_get_length (dim.values) : 0;
          if (dim.id == NULL)
            return _parity_json_reader_fail (r, _("a dimension has no \"id\""));
          g_array_append_val (s->dims[level], dim);
        }
      array = level_array (attributes, level);
      for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
        {
          JsonNode *node = json_array_get_element (array, i);
          Attr attr = { 0 };

          if (JSON_NODE_HOLDS_OBJECT (node))
            {
              attr.object = json_node_get_object (node);
              attr.id = _parity_sdmx_get_string (attr.object, "id");
              attr.values = _parity_sdmx_get_array (attr.object, "values");
            }
          g_array_append_val (s->attrs[level], attr);
        }
    }
  return TRUE;
}

/* Time, then the entity: by id or role, else the widest dimension that is not an indicator. */
static void
find_time_and_entity (Structure *s)
{
  guint level = 0, i = 0;
  Dim *d;

  while ((d = _parity_sdmx_all_dims_next (s, &level, &i)) != NULL)
    if (s->time == NULL && (id_or_role (d->object, d->id, time_ids) ||
                            _parity_sdmx_has_role (d->object, "time")))
      {
        d->role = DIM_TIME;
        s->time = d;
      }
  level = i = 0;
  while ((d = _parity_sdmx_all_dims_next (s, &level, &i)) != NULL)
    if (d->role != DIM_TIME && s->entity == NULL && id_or_role (d->object, d->id, entity_ids))
      s->entity = d;
  if (s->entity == NULL)
    {
      level = i = 0;
      while ((d = _parity_sdmx_all_dims_next (s, &level, &i)) != NULL)
        if (d->role != DIM_TIME && !id_or_role (d->object, d->id, indicator_ids) &&
            (s->entity == NULL || d->n_values > s->entity->n_values))
          s->entity = d;
    }
  if (s->entity != NULL)
    s->entity->role = DIM_ENTITY;
}

/* The other dimensions: the indicator, breakdowns (several values) and label parts (one
 * value, whose names are added to @extra). */
static void
find_other_roles (Loader    *loader,
                  Structure *s,
                  GPtrArray *extra)
{
  guint level = 0, i = 0;
  Dim *d;

  while ((d = _parity_sdmx_all_dims_next (s, &level, &i)) != NULL)
    {
      ParityText *v = NULL;
      JsonNode *node;

      if (d->role == DIM_TIME || d->role == DIM_ENTITY)
        continue;
      if (s->indicator == NULL && id_or_role (d->object, d->id, indicator_ids))
        {
          d->role = DIM_INDICATOR;
          s->indicator = d;
          continue;
        }
      if (d->n_values > 1)
        {
          d->role = DIM_BREAKDOWN;
          continue;
        }
      node = d->n_values == 1 ? json_array_get_element (d->values, 0) : NULL;
      d->role = DIM_LABEL;
      if (node != NULL && JSON_NODE_HOLDS_OBJECT (node))
        v = _parity_sdmx_read_names (loader, json_node_get_object (node), "names", "name");
      if (v == NULL && _parity_sdmx_value_code (d->values, 0) != NULL)
        v = parity_text_new_plain (loader->lang, _parity_sdmx_value_code (d->values, 0));
      if (v != NULL)
        g_ptr_array_add (extra, v);
    }
}

/* The structure's name with its one-value dimensions: "Name (part, part)", or the parts. */
static ParityText *
structure_label (Loader     *loader,
                 JsonObject *structure,
                 GPtrArray  *extra)
{
  ParityText *name = _parity_sdmx_read_names (loader, structure, "names", "name");
  gboolean had_name = name != NULL;

  if (extra->len == 0)
    return name;
  if (name == NULL)
    name = parity_text_new_plain (loader->lang, "");
  for (guint i = 0; i < parity_text_get_n_langs (name); i++)
    {
      const char *lang = parity_text_get_lang (name, i);
      g_autoptr(GString) parts = g_string_new (NULL);
      g_autofree char *joined = NULL;

      for (guint k = 0; k < extra->len; k++)
        g_string_append_printf (parts, "%s%s", k ? ", " : "",
                                parity_text_get (extra->pdata[k], lang, loader->lang));
      joined = had_name ? g_strdup_printf ("%s (%s)", parity_text_get_exact (name, lang),
                                           parts->str)
                        : g_strdup (parts->str);
      parity_text_set (name, lang, joined);
    }
  return name;
}

gboolean
_parity_sdmx_read_structure (Loader           *loader,
                             ParityJsonReader *r,
                             JsonObject       *structure,
                             Structure        *s)
{
  JsonObject *dimensions = _parity_sdmx_get_object (structure, "dimensions");
  JsonObject *measures = _parity_sdmx_get_object (structure, "measures");
  JsonArray *measure_obs = level_array (measures, 2);
  g_autoptr(GPtrArray) extra = g_ptr_array_new_with_free_func ((GDestroyNotify)parity_text_free);

  s->structure = structure;
  s->n_measures = measure_obs != NULL && json_array_get_length (measure_obs) > 0
                  ? json_array_get_length (measure_obs) : 1;
  if (dimensions == NULL)
    return _parity_json_reader_fail (r, _("the structure has no \"dimensions\""));
  if (!read_levels (r, dimensions, _parity_sdmx_get_object (structure, "attributes"), s))
    return FALSE;
  /* Time, then the entity, then indicators; the rest are breakdowns or label parts. */
  find_time_and_entity (s);
  find_other_roles (loader, s, extra);
  /* Without a time dimension the message is a cross-section: one period, whose name the
   * data set or an attribute may give (parity-sdmx-data.c). */
  if (s->entity == NULL)
    return _parity_json_reader_fail (r, _("no dimension other than time to chart across "
                                          "(such as REF_AREA)"));
  s->label = structure_label (loader, structure, extra);
  return TRUE;
}

/* ---- observations ------------------------------------------------------------------ */
