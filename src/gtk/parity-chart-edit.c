/* parity-chart-edit.c: what the inspector reads and writes of a chart's JSON — a change of
 * kind, the rows of a bar chart, the group it shows
 *
 * The inspector edits a chart as its JSON object; a new kind keeps the members every kind
 * reads, and gets what it cannot be drawn without (a period, a scatter plot's "x", a slope
 * chart's two series), chosen from the dataset.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "parity-chart-edit.h"
#include "parity-chart-facet.h"
#include "parity-chart-kind.h"
#include "parity-words.h"

/* Periods in order: years as numbers, anything else as text. */
int
parity_compare_periods (gconstpointer a,
                        gconstpointer b)
{
  const char *pa = *(const char * const *)a, *pb = *(const char * const *)b;
  char *end_a, *end_b;
  double na = g_ascii_strtod (pa, &end_a), nb = g_ascii_strtod (pb, &end_b);

  if (*end_a == '\0' && *end_b == '\0' && na != nb)
    return na < nb ? -1 : 1;
  return g_strcmp0 (pa, pb);
}

/* Removes what only the previous kind understood, so a kind change can succeed. */
static void
keep_common_members (JsonObject *chart)
{
  const char * const *common = parity_chart_common_members ();
  g_autoptr(GList) names = json_object_get_members (chart);

  for (GList *l = names; l != NULL; l = l->next)
    if (!g_strv_contains (common, l->data) && !g_str_has_prefix (l->data, "x-"))
      json_object_remove_member (chart, l->data);
}

/* The indicator's latest period, or with @earliest its first. */
const char *
parity_chart_edit_end_period (ParityDataset *dataset,
                              guint32        indicator_index,
                              gboolean       earliest)
{
  const ParityIndicator *indicator = parity_dataset_get_indicator (dataset,
                                                                   indicator_index);
  const char *end = NULL;

  for (guint i = 0; i < indicator->obs.len; i++)
    {
      const char *period = parity_dataset_get_period (dataset, indicator->obs.period[i]);

      if (end == NULL || parity_compare_periods (&period, &end) * (earliest ? -1 : 1) > 0)
        end = period;
    }
  return end;
}

/* A slope chart made from another kind goes from the indicator's first period to its
 * latest, one series each, unless it already has its two series. */
static void
make_slope_series (ParityDataset   *dataset,
                   JsonObject      *chart)
{
  guint32 indicator = parity_dataset_lookup_indicator (
    dataset, json_object_get_string_member_with_default (chart, "indicator", NULL));
  JsonArray *series;

  if (indicator == PARITY_INDEX_NONE ||
      (json_object_has_member (chart, "series") &&
       json_array_get_length (json_object_get_array_member (chart, "series")) == 2))
    return;
  series = json_array_new ();
  for (int latest = 0; latest < 2; latest++)
    {
      JsonObject *end = json_object_new ();

      json_object_set_string_member (end, "period", parity_chart_edit_end_period (dataset, indicator, !latest));
      json_array_add_object_element (series, end);
    }
  json_object_set_array_member (chart, "series", series);
  json_object_remove_member (chart, "period");
}

/* What a scatter plot made from another kind puts across: the other indicator with values
 * in its period for the most entities the chart shows, else the chart's own. */
static const char *
scatter_x_indicator (ParityDataset   *dataset,
                     JsonObject      *chart)
{
  const char *indicator = json_object_get_string_member_with_default (chart, "indicator", NULL);
  const char *period = json_object_get_string_member_with_default (chart, "period", NULL);
  JsonArray *shown = json_object_has_member (chart, "entities")
                     ? json_object_get_array_member (chart, "entities") : NULL;
  guint32 own = indicator != NULL ? parity_dataset_lookup_indicator (dataset, indicator)
                                  : PARITY_INDEX_NONE;
  guint32 p;
  guint n_entities = parity_dataset_get_n_entities (dataset), best_count = 0;
  g_autofree guint8 *has = g_new0 (guint8, n_entities);
  const char *best = indicator;

  if (own == PARITY_INDEX_NONE)
    return indicator;
  /* A chart of the latest values: counted in the indicator's latest period. */
  if (g_strcmp0 (period, "latest") == 0)
    period = parity_chart_edit_end_period (dataset, own, FALSE);
  p = period != NULL ? parity_dataset_lookup_period (dataset, period) : PARITY_INDEX_NONE;
  for (guint k = 0; k < parity_dataset_get_indicator (dataset, own)->obs.len; k++)
    if (parity_dataset_get_indicator (dataset, own)->obs.period[k] == p)
      has[parity_dataset_get_indicator (dataset, own)->obs.entity[k]] = 1;
  /* Only the entities the chart lists, when it lists them. */
  for (guint e = 0; shown != NULL && e < n_entities; e++)
    {
      gboolean listed = FALSE;

      for (guint k = 0; k < json_array_get_length (shown); k++)
        listed |= g_strcmp0 (json_array_get_string_element (shown, k),
                             parity_dataset_get_entity (dataset, e)->id) == 0;
      has[e] &= listed;
    }
  for (guint i = 0; i < parity_dataset_get_n_indicators (dataset); i++)
    {
      const ParityIndicator *other = parity_dataset_get_indicator (dataset, i);
      guint count = 0;

      if (i == own)
        continue;
      for (guint k = 0; k < other->obs.len; k++)
        if (other->obs.period[k] == p && has[other->obs.entity[k]] == 1)
          {
            has[other->obs.entity[k]] = 2;
            count++;
          }
      /* Marks back to "the chart's has it" for the next indicator. */
      for (guint k = 0; k < other->obs.len; k++)
        if (has[other->obs.entity[k]] == 2)
          has[other->obs.entity[k]] = 1;
      if (count > best_count)
        {
          best_count = count;
          best = other->id;
        }
    }
  return best;
}

/**
 * parity_chart_edit_set_kind:
 * @chart: a chart's JSON object, changed in place
 * @kind: a registered kind
 *
 * Makes @chart a chart of @kind: what only the previous kind understood is removed, and
 * what @kind needs is chosen from @dataset.
 */
void
parity_chart_edit_set_kind (ParityDataset *dataset,
                            JsonObject    *chart,
                            const char    *kind)
{
  keep_common_members (chart);
  json_object_set_string_member (chart, "kind", kind);
  /* Panels go with the kinds that have them. */
  if (!parity_chart_kind_has_panels (kind))
    json_object_remove_member (chart, "facet");
  /* A line shows every period; the others show one, the latest by default. */
  if (g_str_equal (kind, "line"))
    {
      json_object_remove_member (chart, "period");
      json_object_remove_member (chart, "tolerance");
      json_object_remove_member (chart, "reference");
    }
  else if (!json_object_has_member (chart, "period"))
    {
      const char *id = json_object_get_string_member_with_default (chart, "indicator", NULL);
      guint32 indicator = parity_dataset_lookup_indicator (dataset, id);
      const char *latest = indicator != PARITY_INDEX_NONE
                           ? parity_chart_edit_end_period (dataset, indicator, FALSE) : NULL;

      if (latest != NULL)
        json_object_set_string_member (chart, "period", latest);
    }
  /* A scatter plot takes its values from its indicator and "x": no series; a reference
   * (World) stays, drawn where its two values cross. */
  if (g_str_equal (kind, "scatter"))
    {
      JsonObject *x = json_object_new ();

      json_object_remove_member (chart, "series");
      json_object_set_string_member (x, "indicator", scatter_x_indicator (dataset, chart));
      json_object_set_object_member (chart, "x", x);
    }
  /* A slope's two periods are its series': "latest" is no end of a line. */
  if (g_str_equal (kind, "slope") &&
      g_strcmp0 (json_object_get_string_member_with_default (chart, "period", NULL),
                 "latest") == 0)
    {
      json_object_remove_member (chart, "period");
      json_object_remove_member (chart, "tolerance");
    }
  if (g_str_equal (kind, "slope"))
    make_slope_series (dataset, chart);
  /* A map shows one series, and a reference is no place on it. */
  if (g_str_equal (kind, "map"))
    {
      json_object_remove_member (chart, "reference");
      json_object_remove_member (chart, "series");
    }
  /* A pie shows the shares of one series, and a reference is no slice. */
  if (g_str_equal (kind, "pie") || g_str_equal (kind, "donut"))
    {
      JsonArray *series = json_object_has_member (chart, "series")
                          ? json_object_get_array_member (chart, "series") : NULL;

      json_object_remove_member (chart, "reference");
      while (series != NULL && json_array_get_length (series) > 1)
        json_array_remove_element (series, json_array_get_length (series) - 1);
    }
}

/* Which rows @spec shows, and in @n_ends how many of each end it shows or would show (the
 * larger of "top" and "bottom"; ten when it has neither). */
ParityChartRows
parity_chart_edit_get_rows (const ParityChartSpec *spec,
                            guint                 *n_ends)
{
  JsonObject *chart = spec != NULL && spec->json != NULL && JSON_NODE_HOLDS_OBJECT (spec->json)
                      ? json_node_get_object (spec->json) : NULL;
  gint64 top, bottom;

  *n_ends = PARITY_CHART_ROWS_ENDS_DEFAULT;
  if (chart == NULL || !g_str_equal (spec->kind, "bar") || spec->series->len > 1 ||
      g_strcmp0 (json_object_get_string_member_with_default (chart, "orientation", NULL),
                 "vertical") == 0)
    return PARITY_CHART_ROWS_NONE;
  top = json_object_get_int_member_with_default (chart, "top", 0);
  bottom = json_object_get_int_member_with_default (chart, "bottom", 0);
  if (top > 0 || bottom > 0)
    {
      *n_ends = (guint)MAX (top, bottom);
      return PARITY_CHART_ROWS_ENDS;
    }
  if (g_strcmp0 (json_object_get_string_member_with_default (chart, "height", NULL),
                 "auto") == 0)
    return PARITY_CHART_ROWS_EVERY;
  return PARITY_CHART_ROWS_FIT;
}

/* Makes @chart show @rows: as many of the highest as of the lowest (@n_ends) for the ends,
 * on the page they had (a page that grows keeps growing, for ends too many for the preset). */
void
parity_chart_edit_set_rows (JsonObject      *chart,
                            ParityChartRows  rows,
                            guint            n_ends)
{
  if (rows != PARITY_CHART_ROWS_ENDS)
    json_object_remove_member (chart, "height");
  json_object_remove_member (chart, "top");
  json_object_remove_member (chart, "bottom");
  if (rows == PARITY_CHART_ROWS_EVERY)
    json_object_set_string_member (chart, "height", "auto");
  else if (rows == PARITY_CHART_ROWS_ENDS)
    {
      json_object_set_int_member (chart, "top", n_ends);
      json_object_set_int_member (chart, "bottom", n_ends);
    }
}

/* The name of the group the chart's "entities" names ({"group": id}), as the window names
 * it: the dataset's own label, or the words for a group of the classification; NULL for a
 * list, or a group the window has no name for (its id is no name to show). */
const char *
parity_chart_edit_group_name (ParityDataset         *dataset,
                              const ParityChartSpec *spec,
                              const char            *lang)
{
  JsonObject *chart = spec->json != NULL && JSON_NODE_HOLDS_OBJECT (spec->json)
                      ? json_node_get_object (spec->json) : NULL;
  JsonNode *entities = chart != NULL ? json_object_get_member (chart, "entities") : NULL;
  JsonNode *group;
  const char *id;
  guint32 own;

  if (entities == NULL || !JSON_NODE_HOLDS_OBJECT (entities))
    return NULL;
  group = json_object_get_member (json_node_get_object (entities), "group");
  if (group == NULL || json_node_get_value_type (group) != G_TYPE_STRING)
    return NULL;
  id = json_node_get_string (group);
  own = parity_dataset_lookup_group (dataset, id);
  if (own != PARITY_INDEX_NONE)
    return parity_text_get (parity_dataset_get_group (dataset, own)->label, lang,
                            parity_dataset_get_default_lang (dataset));
  return parity_words_economy_group (id);
}
