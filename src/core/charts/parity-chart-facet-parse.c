/* parity-chart-facet-parse.c: reading a chart's "facet" — which panels a chart in small
 * multiples has — and the chart each panel is: the same chart restricted to one entity,
 * group or indicator
 *
 *   "facet": { "by": "group", "groups": [{"group": "itu-africa"}, …],
 *              "axes": "shared" | "free", "columns": 3 }
 *
 * "by" is "entity" (panels from "entities", else the chart's own entities), "group"
 * ("groups", each as a strip chart's group is: a group by id or a label and its members) or
 * "indicator" ("indicators", ids). A file is untrusted: at most PARITY_FACET_MAX_PANELS
 * panels, each of which must have data, and every error names its JSON path.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "parity-chart-facet.h"
#include "parity-chart-groups.h"
#include "parity-chart-latest.h"

static const char * const facet_members[] = { "by", "entities", "groups", "indicators", "axes",
                                              "columns", NULL };
static const char * const by_names[] = { "entity", "group", "indicator", NULL };
static const char * const list_members[] = { "entities", "groups", "indicators" };
static const char * const axes_names[] = { "shared", "free", NULL };
/* The kinds whose panels Parity can draw. */
static const char * const facet_kinds[] = { "line", "bar", "dumbbell", "strip", "map", NULL };

static void
facet_free (gpointer data)
{
  ParityFacet *facet = data;

  if (facet == NULL)
    return;
  g_clear_pointer (&facet->groups, g_ptr_array_unref);
  g_clear_pointer (&facet->values, g_array_unref);
  g_free (facet);
}

/**
 * parity_chart_get_facet:
 *
 * Returns: (nullable): how @spec is split into panels, or %NULL for one plot
 */
const ParityFacet *
parity_chart_get_facet (const ParityChartSpec *spec)
{
  return spec->free_facet == facet_free ? spec->facet : NULL;
}

guint
parity_chart_facet_get_n_panels (const ParityFacet *facet)
{
  if (facet == NULL)
    return 0;
  return facet->by == PARITY_FACET_BY_GROUP ? facet->groups->len : facet->values->len;
}

static gboolean
in_list (const GArray *list,
         guint32       value)
{
  for (guint i = 0; list != NULL && i < list->len; i++)
    if (g_array_index (list, guint32, i) == value)
      return TRUE;
  return FALSE;
}

/* Panel @i of @spec: a shallow copy of @spec that shows one entity, group or indicator;
 * what it owns is freed by parity_chart_facet_panel_clear(). */
void
parity_chart_facet_panel (ParityDataset         *dataset,
                          const ParityChartSpec *spec,
                          guint                  i,
                          ParityChartSpec       *panel)
{
  const ParityFacet *facet = parity_chart_get_facet (spec);
  GArray *entities = NULL;

  g_return_if_fail (facet != NULL && i < parity_chart_facet_get_n_panels (facet));
  *panel = *spec;
  panel->facet = NULL;
  panel->free_facet = NULL;
  panel->free_options = NULL;
  panel->series = g_array_copy (spec->series);
  if (facet->by == PARITY_FACET_BY_ENTITY)
    {
      entities = g_array_new (FALSE, FALSE, sizeof (guint32));
      g_array_append_val (entities, g_array_index (facet->values, guint32, i));
    }
  else if (facet->by == PARITY_FACET_BY_GROUP)
    {
      const ParityChartGroup *group = g_ptr_array_index (facet->groups, i);

      entities = g_array_new (FALSE, FALSE, sizeof (guint32));
      for (guint e = 0; e < group->entities->len; e++)
        {
          guint32 entity = g_array_index (group->entities, guint32, e);

          if (spec->entities == NULL || in_list (spec->entities, entity))
            g_array_append_val (entities, entity);
        }
    }
  else
    {
      guint32 indicator = g_array_index (facet->values, guint32, i);

      entities = spec->entities != NULL ? g_array_copy (spec->entities) : NULL;
      for (guint s = 0; s < panel->series->len; s++)
        {
          ParitySeries *series = &g_array_index (panel->series, ParitySeries, s);

          if (series->indicator == spec->indicator)
            series->indicator = indicator;
        }
      panel->indicator = indicator;
      if (spec->latest)
        panel->period = parity_latest_period (dataset, indicator);
    }
  panel->entities = entities;
}

void
parity_chart_facet_panel_clear (ParityChartSpec *panel)
{
  g_clear_pointer (&panel->entities, g_array_unref);
  g_clear_pointer (&panel->series, g_array_unref);
}

/* Whether panel @i shows any value. */
static gboolean
panel_has_data (ParityDataset         *dataset,
                const ParityChartSpec *spec,
                guint                  i)
{
  ParityChartSpec panel;
  double lo = INFINITY, hi = -INFINITY;

  parity_chart_facet_panel (dataset, spec, i, &panel);
  if (panel.entities == NULL || panel.entities->len > 0)
    parity_chart_values_range (dataset, &panel, &lo, &hi);
  parity_chart_facet_panel_clear (&panel);
  return lo <= hi;
}

/* "indicators": ids of indicators in the unit of the chart's, each once. */
static gboolean
read_indicators (ParityChartParser *parser,
                 JsonArray         *array,
                 ParityFacet       *facet,
                 ParityChartSpec   *spec)
{
  ParityJsonReader *r = parser->reader;
  const ParityIndicator *own = parity_dataset_get_indicator (parser->dataset, spec->indicator);

  facet->values = g_array_new (FALSE, FALSE, sizeof (guint32));
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      gsize mark = _parity_json_reader_push_index (r, i);
      const ParityIndicator *ind;
      guint32 index;

      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
        return _parity_json_reader_fail (r, _("expected an indicator id, found %s"),
                                         _parity_json_node_describe (node));
      index = parity_dataset_lookup_indicator (parser->dataset, json_node_get_string (node));
      if (index == PARITY_INDEX_NONE)
        return _parity_json_reader_fail (r, _("no indicator has the id \"%s\""),
                                         json_node_get_string (node));
      ind = parity_dataset_get_indicator (parser->dataset, index);
      if (ind->unit.kind != own->unit.kind || ind->unit.scale != own->unit.scale)
        return _parity_json_reader_fail (r,
                                         /* Translators: %1$s and %2$s are indicator ids. */
                                         _("the panels of a chart share a unit: \"%1$s\" is "
                                           "not in the unit of \"%2$s\""), ind->id, own->id);
      if (in_list (facet->values, index))
        return _parity_json_reader_fail (r, _("\"%s\" is listed twice"), ind->id);
      g_array_append_val (facet->values, index);
      _parity_json_reader_pop (r, mark);
    }
  return TRUE;
}

/* "entities": the panels' entities, each once; without the list, the chart's. */
static gboolean
read_entities (ParityChartParser *parser,
               JsonObject        *object,
               ParityFacet       *facet,
               ParityChartSpec   *spec)
{
  ParityJsonReader *r = parser->reader;

  if (!parity_chart_parser_read_entities (parser, object, "entities", FALSE, &facet->values))
    return FALSE;
  if (facet->values == NULL)
    {
      facet->values = parity_chart_select_entities (parser->dataset, spec);
      if (facet->values->len > PARITY_FACET_MAX_PANELS)
        return _parity_json_reader_fail_at (r, "by",
                                            /* Translators: %1$u is how many entities the
                                               chart shows, %2$u the most panels; keep
                                               "entities", a JSON member. */
                                            _("a panel for each of the chart's %1$u entities "
                                              "is more than %2$u: list the panels' entities "
                                              "in \"entities\""),
                                            facet->values->len, PARITY_FACET_MAX_PANELS);
      return TRUE;
    }
  for (guint i = 0; i < facet->values->len; i++)
    for (guint j = 0; j < i; j++)
      if (g_array_index (facet->values, guint32, i) ==
          g_array_index (facet->values, guint32, j))
        {
          gsize mark = _parity_json_reader_push_member (r, "entities");
          guint32 e = g_array_index (facet->values, guint32, i);

          _parity_json_reader_push_index (r, i);
          _parity_json_reader_fail (r, _("\"%s\" is listed twice"),
                                    parity_dataset_get_entity (parser->dataset, e)->id);
          _parity_json_reader_pop (r, mark);
          return FALSE;
        }
  return TRUE;
}

/* The list "by" asks for, if any: present, an array, not empty, not too long. */
static gboolean
read_list (ParityChartParser *parser,
           JsonObject        *object,
           int                by,
           JsonArray        **array)
{
  ParityJsonReader *r = parser->reader;
  const char *member = list_members[by];

  for (guint m = 0; m < G_N_ELEMENTS (list_members); m++)
    if (m != (guint)by && json_object_has_member (object, list_members[m]))
      return _parity_json_reader_fail_at (r, list_members[m],
                                          /* Translators: %1$s is a JSON member, "groups";
                                             %2$s the value of "by", "entity". */
                                          _("\"%1$s\" is not for panels by %2$s"),
                                          list_members[m], by_names[by]);
  if (!_parity_json_reader_array (r, object, member, by != PARITY_FACET_BY_ENTITY, array))
    return FALSE;
  if (*array == NULL)
    return TRUE;
  if (json_array_get_length (*array) == 0)
    return _parity_json_reader_fail_at (r, member,
                                        /* Translators: %s is a JSON member, "groups". */
                                        _("\"%s\" is empty: name at least one panel"), member);
  if (json_array_get_length (*array) > PARITY_FACET_MAX_PANELS)
    return _parity_json_reader_fail_at (r, member,
                                        /* Translators: %1$u is how many panels the list
                                           names, %2$u the most allowed. */
                                        _("%1$u panels are too many: a chart has at most %2$u"),
                                        json_array_get_length (*array),
                                        PARITY_FACET_MAX_PANELS);
  return TRUE;
}

static gboolean
read_facet (ParityChartParser *parser,
            JsonObject        *object,
            ParityFacet       *facet,
            ParityChartSpec   *spec)
{
  ParityJsonReader *r = parser->reader;
  JsonArray *array = NULL;
  int by = -1, axes = 0;
  gint64 columns = 0;
  guint n;

  if (!_parity_json_reader_check_members (r, object, facet_members))
    return FALSE;
  if (!json_object_has_member (object, "by"))
    return _parity_json_reader_fail (r,
                                     /* Translators: keep "by" and its values as they are:
                                        JSON as written. */
                                     _("a chart in panels says what they are by: \"by\" is "
                                       "\"entity\", \"group\" or \"indicator\""));
  if (!_parity_json_reader_enum (r, object, "by", by_names, &by) ||
      !_parity_json_reader_enum (r, object, "axes", axes_names, &axes) ||
      !_parity_json_reader_int (r, object, "columns", FALSE, 1, PARITY_FACET_MAX_COLUMNS,
                                &columns) ||
      !read_list (parser, object, by, &array))
    return FALSE;
  facet->by = by;
  facet->free_axes = axes == 1;
  facet->columns = columns;
  if (by == PARITY_FACET_BY_GROUP)
    {
      if (!parity_chart_groups_parse (parser, object, spec, PARITY_CHART_GROUPS_PLAIN,
                                      &facet->groups))
        return FALSE;
    }
  else if (by == PARITY_FACET_BY_INDICATOR)
    {
      gsize mark = _parity_json_reader_push_member (r, "indicators");

      if (!read_indicators (parser, array, facet, spec))
        return FALSE;
      _parity_json_reader_pop (r, mark);
    }
  else if (!read_entities (parser, object, facet, spec))
    return FALSE;

  n = parity_chart_facet_get_n_panels (facet);
  for (guint i = 0; i < n; i++)
    if (!panel_has_data (parser->dataset, spec, i))
      {
        gsize mark = _parity_json_reader_push_member (r, list_members[by]);
        gboolean listed = array != NULL;

        if (listed)
          _parity_json_reader_push_index (r, i);
        _parity_json_reader_fail (r,
                                  /* Translators: %u counts the panels from 1. */
                                  _("panel %u has no data in the chart: leave it out"), i + 1);
        _parity_json_reader_pop (r, mark);
        return FALSE;
      }
  return TRUE;
}

/* Whether a chart of @kind can be drawn in panels. */
gboolean
parity_chart_kind_has_panels (const char *kind)
{
  return kind != NULL && g_strv_contains (facet_kinds, kind);
}

/**
 * parity_chart_parser_read_facet:
 *
 * Reads the chart's "facet", once its kind has read its own members: the panels of a chart
 * in small multiples. Errors are at the JSON path of what is wrong.
 */
gboolean
parity_chart_parser_read_facet (ParityChartParser *parser,
                                JsonObject        *object,
                                ParityChartSpec   *spec)
{
  ParityJsonReader *r = parser->reader;
  JsonObject *facet_object = NULL;
  ParityFacet *facet;
  gboolean ok;
  gsize mark;

  if (!_parity_json_reader_member_object (r, object, "facet", FALSE, &facet_object))
    return FALSE;
  if (facet_object == NULL)
    return TRUE;
  if (!parity_chart_kind_has_panels (spec->kind))
    {
      g_autofree char *kinds = g_strjoinv (", ", (char **)facet_kinds);

      return _parity_json_reader_fail_at (r, "facet",
                                          /* Translators: %1$s is a chart kind as written
                                             (pie), %2$s the kinds that can have panels. */
                                          _("a %1$s chart cannot be drawn in panels (%2$s "
                                            "can)"), spec->kind, kinds);
    }
  facet = g_new0 (ParityFacet, 1);
  spec->facet = facet;
  spec->free_facet = facet_free;
  mark = _parity_json_reader_push_member (r, "facet");
  ok = read_facet (parser, facet_object, facet, spec);
  _parity_json_reader_pop (r, mark);
  return ok;
}
