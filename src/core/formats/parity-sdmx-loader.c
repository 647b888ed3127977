/* parity-sdmx-loader.c: SDMX-JSON data messages (pre-1.0, 1.0, 2.x)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Layouts: pre-1.0 {header, structure, dataSets}; 1.0 {meta, data: {structure, dataSets}};
 * 2.x {meta, data: {structures: [...], dataSets}, errors}. Keys are colon-joined value
 * indexes: series keys cover dimensions.series, observation keys dimensions.observation
 * (all dimensions when dimensionAtObservation is AllDimensions). An observation is
 * [value, attribute index or uncoded value…].
 *
 * This file reads the message around the data: its layout, errors, languages and source;
 * parity-sdmx-structure.c reads each structure and parity-sdmx-data.c each data set.
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

/* What a message holds around its data: where each part is, in the layout it has. */
typedef struct
{
  JsonObject *object;
  JsonObject *body;               /* "data" in 1.0 and 2.x, else the message itself */
  JsonObject *meta;               /* "meta", or the pre-1.0 "header" */
  JsonArray  *data_sets;
  JsonArray  *structures;         /* 2.x */
  JsonObject *single_structure;   /* pre-1.0 and 1.0 */
  JsonArray  *errors;
  const char *lang;               /* the first content language, else "en" */
  guint       n_structures;
} Message;

static void
loader_clear (Loader *loader)
{
  for (guint i = 0; loader->parsed != NULL && i < loader->n_parsed; i++)
    _parity_sdmx_structure_clear (&loader->parsed[i]);
  g_clear_pointer (&loader->parsed, g_free);
  g_clear_pointer (&loader->seen, g_hash_table_unref);
  g_clear_pointer (&loader->decimals_given, g_hash_table_unref);
  g_clear_pointer (&loader->ids, parity_id_map_free);
  g_clear_pointer (&loader->first_bad_key, g_free);
  g_clear_pointer (&loader->first_bad_value, g_free);
  g_clear_pointer (&loader->data_set_period, g_free);
  g_clear_object (&loader->parser);
  g_clear_object (&loader->dataset);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Loader, loader_clear)

static void
read_message (JsonObject *object,
              Message    *m)
{
  JsonArray *languages;

  m->object = object;
  m->body = message_body (object);
  m->meta = _parity_sdmx_get_object (object, "meta");
  if (m->meta == NULL)
    m->meta = _parity_sdmx_get_object (object, "header");
  m->data_sets = _parity_sdmx_get_array (m->body, "dataSets");
  m->structures = _parity_sdmx_get_array (m->body, "structures");
  m->single_structure = _parity_sdmx_get_object (m->body, "structure");
  m->errors = _parity_sdmx_get_array (object, "errors");
  m->n_structures = m->structures != NULL ? json_array_get_length (m->structures) : 1;
  m->lang = "en";
  languages = _parity_sdmx_get_array (m->meta, "contentLanguages");
  if (languages != NULL && json_array_get_length (languages) > 0 &&
      JSON_NODE_HOLDS_VALUE (json_array_get_element (languages, 0)) &&
      json_node_get_value_type (json_array_get_element (languages, 0)) == G_TYPE_STRING &&
      parity_lang_tag_is_valid (json_array_get_string_element (languages, 0)))
    m->lang = json_array_get_string_element (languages, 0);
}

/* FALSE, after setting the error, for a message without data sets or with one that is not
 * data: an error message, SDMX-ML's name, a structure message, a "Delete" message. */
static gboolean
check_data_sets (const Message    *m,
                 ParityJsonReader *r)
{
  gsize mark_body;

  if (m->data_sets == NULL)
    {
      const char *title = error_title (m->errors);

      if (title != NULL)
        return _parity_json_reader_fail (r, _("the message reports an error and has no data: %s"),
                                         title);
      if (json_object_has_member (m->body, "dataSet"))
        return _parity_json_reader_fail (r, _("\"dataSet\" is the SDMX-ML name; SDMX-JSON data "
                                              "messages have \"dataSets\" (an array)"));
      return _parity_json_reader_fail (r, _("a structure message, not data: there are no "
                                            "\"dataSets\""));
    }
  if (json_array_get_length (m->data_sets) == 0)
    {
      const char *title = error_title (m->errors);

      return title != NULL
             ? _parity_json_reader_fail_at (r, "dataSets", _("no data sets; the message reports "
                                                            "an error: %s"), title)
             : _parity_json_reader_fail_at (r, "dataSets", _("no data sets: the query matched "
                                                            "no data"));
    }
  mark_body = _parity_json_reader_push_member (r, "dataSets");
  for (guint i = 0; i < json_array_get_length (m->data_sets); i++)
    {
      JsonNode *node = json_array_get_element (m->data_sets, i);
      const char *action;
      gsize mark = _parity_json_reader_push_index (r, i);

      if (!JSON_NODE_HOLDS_OBJECT (node))
        return _parity_json_reader_fail (r, _("expected an object, found %s"),
                                         _parity_json_node_describe (node));
      action = _parity_sdmx_get_string (json_node_get_object (node), "action");
      if (action != NULL && g_ascii_strcasecmp (action, "Delete") == 0)
        return _parity_json_reader_fail_at (r, "action",
                                            /* Translators: keep "Delete": it is the SDMX
                                               action as written in the file. */
                                            _("a \"Delete\" message lists observations to "
                                              "remove, not data to chart"));
      _parity_json_reader_pop (r, mark);
    }
  _parity_json_reader_pop (r, mark_body);
  return TRUE;
}

static gboolean
check_structures (const Message    *m,
                  ParityJsonReader *r)
{
  if (m->structures == NULL && m->single_structure == NULL)
    return _parity_json_reader_fail (r, _("missing \"structure\": the data sets cannot be "
                                          "read without it"));
  if (m->n_structures == 0)
    return _parity_json_reader_fail_at (r, "structures", _("the list is empty"));
  return TRUE;
}

static void
loader_init (Loader        *loader,
             const Message *m,
             const char    *display_name)
{
  loader->dataset = parity_dataset_new (m->lang);
  loader->lang = parity_dataset_get_default_lang (loader->dataset);
  loader->file = display_name;
  loader->seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  loader->decimals_given = g_hash_table_new (NULL, NULL);
  loader->ids = parity_id_map_new ();
  loader->parsed = g_new0 (Structure, m->n_structures);
  loader->n_parsed = m->n_structures;
}

/* The structure a data set names: its "structure" index in a 2.x message, else the one. */
static gint64
structure_index (const Message *m,
                 JsonObject    *ds)
{
  JsonNode *snode = json_object_get_member (ds, "structure");

  if (m->structures != NULL && snode != NULL && JSON_NODE_HOLDS_VALUE (snode))
    {
      if (json_node_get_value_type (snode) == G_TYPE_STRING)
        return g_ascii_strtoll (json_node_get_string (snode), NULL, 10);
      if (json_node_get_value_type (snode) == G_TYPE_INT64)
        return json_node_get_int (snode);
    }
  return 0;
}

/* The first structure read gives the source, and its label the dataset's title. */
static void
read_source_and_title (Loader          *loader,
                       const Message   *m,
                       JsonObject      *structure,
                       const Structure *parsed)
{
  ParityText *title;

  read_source (loader, m->object, m->meta, structure);
  if (parsed->label == NULL)
    return;
  title = parity_text_new ();
  for (guint k = 0; k < parity_text_get_n_langs (parsed->label); k++)
    {
      const char *l = parity_text_get_lang (parsed->label, k);

      parity_text_set (title, l, parity_text_get_exact (parsed->label, l));
    }
  _parity_dataset_take_title (loader->dataset, title);
}

/* Reads structure @sidx, which data set @i names, unless an earlier data set named it;
 * FALSE after setting the error. */
static gboolean
read_structure_of (Loader           *loader,
                   const Message    *m,
                   ParityJsonReader *r,
                   guint             i,
                   gint64            sidx)
{
  JsonObject *structure;
  gsize mark;

  if (sidx < 0 || (guint64)sidx >= m->n_structures)
    {
      _parity_json_reader_push_member (r, "dataSets");
      _parity_json_reader_push_index (r, i);
      return _parity_json_reader_fail_at (r, "structure", _("no structure %lld: there are %u"),
                                          (long long)sidx, m->n_structures);
    }
  if (m->structures != NULL)
    {
      JsonNode *st = json_array_get_element (m->structures, (guint)sidx);

      mark = _parity_json_reader_push_member (r, "structures");
      _parity_json_reader_push_index (r, (guint)sidx);
      if (!JSON_NODE_HOLDS_OBJECT (st))
        return _parity_json_reader_fail (r, _("expected an object, found %s"),
                                         _parity_json_node_describe (st));
      structure = json_node_get_object (st);
    }
  else
    {
      mark = _parity_json_reader_push_member (r, "structure");
      structure = m->single_structure;
    }
  if (loader->parsed[sidx].structure == NULL)
    {
      if (!_parity_sdmx_read_structure (loader, r, structure, &loader->parsed[sidx]))
        return FALSE;
      if (parity_dataset_get_n_sources (loader->dataset) == 0)
        read_source_and_title (loader, m, structure, &loader->parsed[sidx]);
    }
  _parity_json_reader_pop (r, mark);
  return TRUE;
}

/* Each data set, read against its structure; FALSE after setting the error (or, for a
 * series json-glib refused alone, with the cut's retry set). */
static gboolean
load_data_sets (Loader           *loader,
                const Message    *m,
                ParityJsonReader *r)
{
  for (guint i = 0; i < json_array_get_length (m->data_sets); i++)
    {
      JsonObject *ds = json_node_get_object (json_array_get_element (m->data_sets, i));
      gint64 sidx = structure_index (m, ds);
      gsize mark;

      if (!read_structure_of (loader, m, r, i, sidx))
        return FALSE;
      mark = _parity_json_reader_push_member (r, "dataSets");
      _parity_json_reader_push_index (r, i);
      if (!_parity_sdmx_load_data_set (loader, r, i, ds, &loader->parsed[sidx]))
        return FALSE;
      _parity_json_reader_pop (r, mark);
    }
  return TRUE;
}

/* FALSE, after setting the error, when no observation could be read: why the first was not. */
static gboolean
check_observations (Loader           *loader,
                    ParityJsonReader *r,
                    GError          **error)
{
  if (parity_dataset_get_n_indicators (loader->dataset) > 0)
    return TRUE;
  if (loader->first_bad_key != NULL)
    g_set_error (error, PARITY_ERROR, PARITY_ERROR_CONTENT,
                 /* Translators: the file name, then a JSON path. */
                 _("%s: %s: no observation could be read: their keys do not match the "
                   "structure's dimensions (this is the first)"),
                 loader->file, loader->first_bad_key);
  else if (loader->first_bad_value != NULL)
    g_set_error (error, PARITY_ERROR, PARITY_ERROR_CONTENT,
                 /* Translators: the file name, then a JSON path. */
                 _("%s: %s: no observation could be read: their values are not numbers "
                   "(this is the first)"), loader->file, loader->first_bad_value);
  else
    _parity_json_reader_fail_at (r, "dataSets", _("no observations with values"));
  return FALSE;
}

/* Without DECIMALS, as many decimals as the values have (at most 4). */
static void
guess_decimals (Loader *loader)
{
  for (guint i = 0; i < parity_dataset_get_n_indicators (loader->dataset); i++)
    {
      ParityIndicator *indicator =
        (ParityIndicator *)parity_dataset_get_indicator (loader->dataset, i);

      if (g_hash_table_contains (loader->decimals_given, indicator))
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
}

/* What was left out, and an error the message reports beside its data. */
static void
add_warnings (Loader        *loader,
              const Message *m)
{
  ParityDataset *dataset = loader->dataset;

  _parity_dataset_add_left_out (dataset, PARITY_LEFT_OUT_VALUES,
                                loader->n_bad_keys + loader->n_bad_values + loader->n_duplicates);
  if (loader->n_bad_keys > 0)
    _parity_dataset_add_warning (dataset,
                                 g_dngettext (GETTEXT_PACKAGE,
                                              "%s: %u observation left out: its key does not "
                                              "match the structure's dimensions",
                                              "%s: %u observations left out: their keys do "
                                              "not match the structure's dimensions (this is "
                                              "the first)", loader->n_bad_keys),
                                 loader->first_bad_key, loader->n_bad_keys);
  if (loader->n_bad_values > 0)
    _parity_dataset_add_warning (dataset,
                                 g_dngettext (GETTEXT_PACKAGE,
                                              "%s: %u observation left out: its value is not "
                                              "a number",
                                              "%s: %u observations left out: their values "
                                              "are not numbers (this is the first)",
                                              loader->n_bad_values),
                                 loader->first_bad_value, loader->n_bad_values);
  if (loader->n_duplicates > 0)
    _parity_dataset_add_warning (dataset,
                                 g_dngettext (GETTEXT_PACKAGE,
                                              "%u observation repeated in a later data set "
                                              "was left out",
                                              "%u observations repeated in later data sets "
                                              "were left out", loader->n_duplicates),
                                 loader->n_duplicates);
  if (m->errors != NULL && error_title (m->errors) != NULL)
    _parity_dataset_add_warning (dataset, _("$.errors: the message also reports an error: %s"),
                                 error_title (m->errors));
}

/* @source, when it has a cut, has each data set's series (or flat observations) cut out
 * of the tree: they are read from its bytes one at a time (parity-sdmx-data.c). */
ParityDataset *
_parity_sdmx_loader_load (JsonNode               *root,
                          const ParityJsonSource *source,
                          const char             *display_name,
                          GError                **error)
{
  g_auto(ParityJsonReader) reader = { 0 };
  g_auto(Loader) loader = { 0 };
  Message m;

  _parity_json_reader_init (&reader, display_name, error);
  read_message (json_node_get_object (root), &m);
  if (m.body != m.object)
    _parity_json_reader_push_member (&reader, "data");
  if (!check_data_sets (&m, &reader) || !check_structures (&m, &reader))
    return NULL;
  loader_init (&loader, &m, display_name);
  loader.json = source;
  if (!load_data_sets (&loader, &m, &reader) || !check_observations (&loader, &reader, error))
    return NULL;
  guess_decimals (&loader);
  if (parity_dataset_get_title (loader.dataset) == NULL)
    _parity_dataset_take_title (loader.dataset, parity_text_new_plain (loader.lang, display_name));
  add_warnings (&loader, &m);
  _parity_dataset_add_default_charts (loader.dataset);
  return g_steal_pointer (&loader.dataset);
}
