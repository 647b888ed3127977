/* parity-native-writer.c
 *
 * Writes everything the loader reads, in the same order, so that loading what was saved
 * gives the same dataset. Charts are written as the objects they were read or edited as,
 * which keeps kind-specific members without the writer knowing them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include <errno.h>
#include <math.h>
#include <string.h>

#include "parity-error.h"
#include "parity-json-writer.h"
#include "parity-native-writer.h"

static const char * const entity_kinds[] = {
  "other", "world", "development-group", "region", "economy",
};
static const char * const unit_kinds[] = {
  "other", "percent", "count", "currency", "rate", "bitrate", "ratio",
};

/* A text with one language in the default language is written as a plain string. */
static void
add_text (JsonBuilder      *b,
          const char       *member,
          const ParityText *text,
          const char       *default_lang)
{
  guint n = parity_text_get_n_langs (text);

  if (text == NULL || n == 0)
    return;
  json_builder_set_member_name (b, member);
  if (n == 1 && g_ascii_strcasecmp (parity_text_get_lang (text, 0), default_lang) == 0)
    {
      json_builder_add_string_value (b, parity_text_get_exact (text, default_lang));
      return;
    }
  json_builder_begin_object (b);
  for (guint i = 0; i < n; i++)
    {
      const char *lang = parity_text_get_lang (text, i);

      json_builder_set_member_name (b, lang);
      json_builder_add_string_value (b, parity_text_get_exact (text, lang));
    }
  json_builder_end_object (b);
}

static void
add_string (JsonBuilder *b,
            const char  *member,
            const char  *value)
{
  if (value == NULL)
    return;
  json_builder_set_member_name (b, member);
  json_builder_add_string_value (b, value);
}

/* "area=urban;sex=female" back to {"area": "urban", "sex": "female"}. */
static void
add_breakdown (JsonBuilder *b,
               const char  *canonical)
{
  g_auto(GStrv) pairs = g_strsplit (canonical, ";", -1);

  json_builder_set_member_name (b, "breakdown");
  json_builder_begin_object (b);
  for (guint i = 0; pairs[i] != NULL; i++)
    {
      char *eq = strchr (pairs[i], '=');
      g_autofree char *key = NULL, *value = NULL;

      if (eq == NULL)
        continue;
      *eq = '\0';
      key = g_uri_unescape_string (pairs[i], NULL);
      value = g_uri_unescape_string (eq + 1, NULL);
      json_builder_set_member_name (b, key);
      json_builder_add_string_value (b, value);
    }
  json_builder_end_object (b);
}

static void
add_observation (JsonBuilder           *b,
                 ParityDataset         *ds,
                 const ParityIndicator *ind,
                 guint                  i)
{
  const char *lang = parity_dataset_get_default_lang (ds);
  ParityQualifier q = ind->obs.qualifier[i];
  ParityText *note;

  json_builder_begin_object (b);
  add_string (b, "entity", parity_dataset_get_entity (ds, ind->obs.entity[i])->id);
  add_string (b, "period", parity_dataset_get_period (ds, ind->obs.period[i]));
  if (ind->obs.breakdown[i] != 0)
    add_breakdown (b, parity_dataset_get_breakdown (ds, ind->obs.breakdown[i]));
  json_builder_set_member_name (b, "value");
  if (q == PARITY_QUALIFIER_MISSING)
    json_builder_add_null_value (b);
  else
    json_builder_add_double_value (b, ind->obs.value[i]);
  if (q != PARITY_QUALIFIER_EXACT)
    add_string (b, "qualifier", parity_qualifier_to_string (q));
  if (ind->obs.source[i] != PARITY_INDEX_NONE)
    add_string (b, "source", parity_dataset_get_source (ds, ind->obs.source[i])->id);
  note = ind->obs_notes ? g_hash_table_lookup (ind->obs_notes, GUINT_TO_POINTER (i)) : NULL;
  add_text (b, "note", note, lang);
  json_builder_end_object (b);
}

static void
add_indicator (JsonBuilder           *b,
               ParityDataset         *ds,
               const ParityIndicator *ind)
{
  const char *lang = parity_dataset_get_default_lang (ds);

  json_builder_begin_object (b);
  add_string (b, "id", ind->id);
  add_text (b, "label", ind->label, lang);
  json_builder_set_member_name (b, "unit");
  json_builder_begin_object (b);
  add_string (b, "kind", unit_kinds[ind->unit.kind]);
  add_text (b, "symbol", ind->unit.symbol, lang);
  add_text (b, "label", ind->unit.label, lang);
  if (ind->unit.scale != 1.0)
    {
      json_builder_set_member_name (b, "scale");
      json_builder_add_double_value (b, ind->unit.scale);
    }
  json_builder_end_object (b);
  if (ind->decimals > 0)
    {
      json_builder_set_member_name (b, "decimals");
      json_builder_add_int_value (b, ind->decimals);
    }
  if (ind->source != PARITY_INDEX_NONE)
    add_string (b, "source", parity_dataset_get_source (ds, ind->source)->id);
  add_text (b, "notes", ind->notes, lang);
  json_builder_set_member_name (b, "observations");
  json_builder_begin_array (b);
  for (guint i = 0; i < ind->obs.len; i++)
    add_observation (b, ds, ind, i);
  json_builder_end_array (b);
  json_builder_end_object (b);
}

/**
 * parity_dataset_to_json_node:
 * @charts: (nullable): the charts to write instead of the dataset's, which are then not read
 *
 * The tree parity_dataset_to_json() writes, for a caller that adds `x-…` members. Given a
 * copy of the charts, it reads only what an edit never changes, so a worker thread may write
 * while the main thread edits.
 *
 * Returns: (transfer full): the dataset in the native format, as a JSON object
 */
JsonNode *
parity_dataset_to_json_node (ParityDataset *ds,
                             JsonArray     *charts)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  const char *lang;

  g_return_val_if_fail (PARITY_IS_DATASET (ds), NULL);

  lang = parity_dataset_get_default_lang (ds);
  json_builder_begin_object (b);
  add_string (b, "$schema", parity_dataset_get_schema_uri (ds));
  add_string (b, "format", "parity-dataset");
  json_builder_set_member_name (b, "version");
  json_builder_add_int_value (b, 1);
  add_string (b, "default_language", lang);
  add_text (b, "title", parity_dataset_get_title (ds), lang);
  add_text (b, "description", parity_dataset_get_description (ds), lang);
  if (parity_dataset_get_licence_name (ds) != NULL)
    {
      json_builder_set_member_name (b, "licence");
      json_builder_begin_object (b);
      add_string (b, "name", parity_dataset_get_licence_name (ds));
      add_string (b, "url", parity_dataset_get_licence_url (ds));
      json_builder_end_object (b);
    }
  add_string (b, "vintage", parity_dataset_get_vintage (ds));

  json_builder_set_member_name (b, "sources");
  json_builder_begin_array (b);
  for (guint i = 0; i < parity_dataset_get_n_sources (ds); i++)
    {
      const ParitySource *s = parity_dataset_get_source (ds, i);

      json_builder_begin_object (b);
      add_string (b, "id", s->id);
      add_text (b, "title", s->title, lang);
      add_text (b, "publisher", s->publisher, lang);
      add_string (b, "url", s->url);
      if (s->year != 0)
        {
          json_builder_set_member_name (b, "year");
          json_builder_add_int_value (b, s->year);
        }
      add_string (b, "retrieved", s->retrieved);
      add_text (b, "note", s->note, lang);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);

  json_builder_set_member_name (b, "entities");
  json_builder_begin_array (b);
  for (guint i = 0; i < parity_dataset_get_n_entities (ds); i++)
    {
      const ParityEntity *e = parity_dataset_get_entity (ds, i);

      json_builder_begin_object (b);
      add_string (b, "id", e->id);
      add_text (b, "label", e->label, lang);
      add_text (b, "short_label", e->short_label, lang);
      if (e->kind != PARITY_ENTITY_OTHER)
        add_string (b, "kind", entity_kinds[e->kind]);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);

  if (parity_dataset_get_n_groups (ds) > 0)
    {
      json_builder_set_member_name (b, "groups");
      json_builder_begin_array (b);
      for (guint i = 0; i < parity_dataset_get_n_groups (ds); i++)
        {
          const ParityGroup *g = parity_dataset_get_group (ds, i);

          json_builder_begin_object (b);
          add_string (b, "id", g->id);
          add_text (b, "label", g->label, lang);
          json_builder_set_member_name (b, "members");
          json_builder_begin_array (b);
          for (guint m = 0; m < g->members->len; m++)
            json_builder_add_string_value (b, parity_dataset_get_entity (ds,
                                                g_array_index (g->members, guint32, m))->id);
          json_builder_end_array (b);
          json_builder_end_object (b);
        }
      json_builder_end_array (b);
    }

  json_builder_set_member_name (b, "indicators");
  json_builder_begin_array (b);
  for (guint i = 0; i < parity_dataset_get_n_indicators (ds); i++)
    add_indicator (b, ds, parity_dataset_get_indicator (ds, i));
  json_builder_end_array (b);

  if (charts != NULL && json_array_get_length (charts) > 0)
    {
      json_builder_set_member_name (b, "charts");
      json_builder_add_value (b, json_node_init_array (json_node_alloc (), charts));
    }
  else if (charts == NULL && parity_dataset_get_n_charts (ds) > 0)
    {
      json_builder_set_member_name (b, "charts");
      json_builder_begin_array (b);
      for (guint i = 0; i < parity_dataset_get_n_charts (ds); i++)
        json_builder_add_value (b, parity_dataset_dup_chart_json (ds, i));
      json_builder_end_array (b);
    }
  json_builder_end_object (b);

  return json_builder_get_root (b);
}

/**
 * parity_dataset_to_json:
 *
 * Returns: (transfer full): the dataset in the native format
 */
char *
parity_dataset_to_json (ParityDataset *ds)
{
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (PARITY_IS_DATASET (ds), NULL);

  root = parity_dataset_to_json_node (ds, NULL);
  return _parity_json_write (root);
}

/**
 * parity_dataset_save:
 *
 * Writes atomically: a reader sees the old file or the new one, never half of either.
 */
gboolean
parity_dataset_save (ParityDataset  *ds,
                     const char     *path,
                     GError        **error)
{
  g_autofree char *json = parity_dataset_to_json (ds);
  g_autoptr(GError) local_error = NULL;

  if (!g_file_set_contents_full (path, json, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0666,
                                 &local_error))
    {
      g_set_error (error, PARITY_ERROR, PARITY_ERROR_EXPORT, "%s", local_error->message);
      return FALSE;
    }
  return TRUE;
}
