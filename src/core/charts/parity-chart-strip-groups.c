/* parity-chart-strip-groups.c: reading a strip chart's "groups" — each row's label, its
 * members by entity id, and the entity that stands for the group as a whole
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "parity-chart-strip-private.h"

static const char * const group_members[] = { "label", "entities", "aggregate", NULL };

static void
strip_group_clear (gpointer data)
{
  ParityStripGroup *group = data;

  g_clear_pointer (&group->label, parity_text_free);
  g_clear_pointer (&group->members, g_array_unref);
}

static void
strip_options_free (gpointer data)
{
  ParityStripOptions *options = data;

  g_clear_pointer (&options->groups, g_array_unref);
  g_free (options);
}

/* The entity @id names, or an error at the reader's path. */
static gboolean
find_entity (ParityChartParser *parser,
             const char        *id,
             guint32           *entity)
{
  *entity = parity_dataset_lookup_entity (parser->dataset, id);
  return *entity != PARITY_INDEX_NONE ||
         _parity_json_reader_fail (parser->reader, _("no entity has the id \"%s\""), id);
}

/* "entities": entity ids, each once. */
static gboolean
read_members (ParityChartParser *parser,
              JsonObject        *object,
              ParityStripGroup  *group)
{
  ParityJsonReader *r = parser->reader;
  JsonArray *array = NULL;
  gsize mark;

  if (!_parity_json_reader_array (r, object, "entities", TRUE, &array))
    return FALSE;
  if (json_array_get_length (array) == 0)
    return _parity_json_reader_fail_at (r, "entities",
                                        /* Translators: keep "entities", a JSON member. */
                                        _("the group has no members: list the ids of its "
                                          "entities in \"entities\""));
  group->members = g_array_new (FALSE, FALSE, sizeof (guint32));
  mark = _parity_json_reader_push_member (r, "entities");
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      gsize item_mark = _parity_json_reader_push_index (r, i);
      guint32 entity;
      gboolean seen = FALSE;

      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
        return _parity_json_reader_fail (r, _("expected an entity id, found %s"),
                                         _parity_json_node_describe (node));
      if (!find_entity (parser, json_node_get_string (node), &entity))
        return FALSE;
      for (guint j = 0; j < group->members->len; j++)
        seen |= g_array_index (group->members, guint32, j) == entity;
      if (!seen)
        g_array_append_val (group->members, entity);
      _parity_json_reader_pop (r, item_mark);
    }
  _parity_json_reader_pop (r, mark);
  return TRUE;
}

static gboolean
read_group (ParityChartParser *parser,
            JsonNode          *node,
            ParityStripGroup  *group)
{
  ParityJsonReader *r = parser->reader;
  JsonObject *object = NULL;
  const char *aggregate = NULL;

  group->aggregate = PARITY_INDEX_NONE;
  if (!_parity_json_reader_object (r, node, &object) ||
      !_parity_json_reader_check_members (r, object, group_members) ||
      !_parity_json_reader_text (r, object, "label", TRUE, parser->lang, &group->label) ||
      !read_members (parser, object, group) ||
      !_parity_json_reader_string (r, object, "aggregate", FALSE, &aggregate))
    return FALSE;
  if (aggregate != NULL)
    {
      gsize mark = _parity_json_reader_push_member (r, "aggregate");

      if (!find_entity (parser, aggregate, &group->aggregate))
        return FALSE;
      _parity_json_reader_pop (r, mark);
    }
  return TRUE;
}

gboolean
_parity_strip_parse (ParityChartParser *parser,
             JsonObject        *object,
             ParityChartSpec   *spec)
{
  ParityJsonReader *r = parser->reader;
  ParityStripOptions *options = g_new0 (ParityStripOptions, 1);
  JsonArray *groups = NULL;
  gsize mark;

  spec->options = options;
  spec->free_options = strip_options_free;
  if (!parity_chart_parser_require_period (parser, spec) ||
      !_parity_json_reader_array (r, object, "groups", FALSE, &groups))
    return FALSE;
  if (groups == NULL)
    return TRUE;
  if (json_array_get_length (groups) == 0)
    return _parity_json_reader_fail_at (r, "groups",
                                        /* Translators: keep "groups", a JSON member. */
                                        _("the list is empty: name the groups to show, or "
                                          "leave \"groups\" out for one row of every economy"));
  options->groups = g_array_new (FALSE, TRUE, sizeof (ParityStripGroup));
  g_array_set_clear_func (options->groups, strip_group_clear);
  g_array_set_size (options->groups, json_array_get_length (groups));
  mark = _parity_json_reader_push_member (r, "groups");
  for (guint i = 0; i < json_array_get_length (groups); i++)
    {
      gsize item_mark = _parity_json_reader_push_index (r, i);

      if (!read_group (parser, json_array_get_element (groups, i),
                       &g_array_index (options->groups, ParityStripGroup, i)))
        return FALSE;
      _parity_json_reader_pop (r, item_mark);
    }
  _parity_json_reader_pop (r, mark);
  return TRUE;
}

