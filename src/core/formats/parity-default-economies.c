/* parity-default-economies.c: the default charts of data by economy
 *
 * A file of 200 economies is about how they spread and who is at either end, not about
 * its twenty largest values. Such data get a strip of every economy by World Bank income
 * group, a map of the world, the groups' own aggregates over time when the file has them,
 * and, with two
 * indicators, a scatter plot of one against the other. Groups and their names come from
 * the bundled classification (parity-economies.c) and the chart words, so the charts read
 * in all six languages whatever language the file was in.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "parity-default-charts-private.h"
#include "parity-economies.h"

/* Fewer economies with both values than this make no default scatter plot. */
#define MIN_SCATTER_DOTS 10

/* The World Bank's income groups, poorest first: the rows of a default strip chart and the
 * colours of a default scatter plot, each named in the six chart languages and marked with
 * the group's own value when the data has the World Bank's aggregate. */
static const struct
{
  const char *group;
  const char *aggregate;
  ParityWord  word;
} income_rows[] = {
  { "income-low", "LIC", PARITY_WORD_AGGREGATE_LIC },
  { "income-lower-middle", "LMC", PARITY_WORD_AGGREGATE_LMC },
  { "income-upper-middle", "UMC", PARITY_WORD_AGGREGATE_UMC },
  { "income-high", "HIC", PARITY_WORD_AGGREGATE_HIC },
};

/* The aggregates a chart of groups over time follows, the world first. */
static const char * const aggregate_lines[] = { "WLD", "HIC", "UMC", "LMC", "LIC", "LDC" };

/* The economies of @ranked (largest value first) by income group: one object per group
 * that has any, with its label and entities and, when @aggregates, its aggregate. Sets
 * @lowest and @highest to the ids of the economies at either end that have a group, and
 * @left_out to the number of economies that have none. */
static JsonArray *
income_groups (ParityDataset             *dataset,
               GArray                    *ranked,
               const ParityIndicator     *indicator,
               const ParityDefaultWindow *window,
               guint32                    breakdown,
               gboolean                   aggregates,
               const char               **lowest,
               const char               **highest,
               guint                     *left_out)
{
  JsonArray *rows[G_N_ELEMENTS (income_rows)];
  JsonArray *groups = json_array_new ();

  *lowest = *highest = NULL;
  *left_out = 0;
  for (guint r = 0; r < G_N_ELEMENTS (income_rows); r++)
    rows[r] = json_array_new ();
  for (guint i = 0; i < ranked->len; i++)
    {
      const ParityEntity *entity = parity_dataset_get_entity (
                                     dataset, g_array_index (ranked, ParityRanked, i).entity);
      const ParityEconomy *economy;
      gboolean placed = FALSE;

      if (entity->kind != PARITY_ENTITY_ECONOMY)
        continue;
      economy = parity_economies_lookup (entity->id);
      for (guint r = 0; economy != NULL && economy->income != NULL &&
                        r < G_N_ELEMENTS (income_rows); r++)
        if (g_str_equal (economy->income, income_rows[r].group))
          {
            json_array_add_string_element (rows[r], entity->id);
            placed = TRUE;
          }
      if (!placed)
        {
          (*left_out)++;
          continue;
        }
      *highest = *highest != NULL ? *highest : entity->id;
      *lowest = entity->id;
    }
  for (guint r = 0; r < G_N_ELEMENTS (income_rows); r++)
    {
      JsonObject *group;
      guint32 aggregate;

      if (json_array_get_length (rows[r]) == 0)
        {
          json_array_unref (rows[r]);
          continue;
        }
      group = json_object_new ();
      json_object_set_object_member (group, "label",
                                     _parity_default_text (income_rows[r].word, NULL));
      json_object_set_array_member (group, "entities", rows[r]);
      aggregate = parity_dataset_lookup_entity (dataset, income_rows[r].aggregate);
      if (aggregates && aggregate != PARITY_INDEX_NONE &&
          _parity_default_has_value (dataset, indicator, aggregate, window, breakdown))
        json_object_set_string_member (group, "aggregate", income_rows[r].aggregate);
      json_array_add_object_element (groups, group);
    }
  return groups;
}

/* "5 economies without an income group are not shown.", in the window's language: the
 * note of a chart that had to leave them out. */
static void
note_left_out (JsonObject *chart,
               guint       left_out)
{
  g_autofree char *notes = NULL;

  if (left_out == 0)
    return;
  /* Translators: a note under a chart of every economy by World Bank income group. */
  notes = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                        "%u economy without an income group is not shown.",
                                        "%u economies without an income group are not shown.",
                                        left_out), left_out);
  json_object_set_string_member (chart, "notes", notes);
}

/* Data by economy, more of them than bars would hold: every economy as a dot, one row per
 * income group, the lowest and the highest named, the world as the reference. The spread
 * is the point of such data; the largest values alone would hide the least connected.
 * FALSE when fewer than two groups have economies (the data are not by economy). */
gboolean
_parity_default_strip (ParityDataset             *dataset,
                       JsonObject                *chart,
                       const ParityIndicator     *indicator,
                       GArray                    *ranked,
                       const ParityDefaultWindow *window,
                       guint32                    breakdown)
{
  const char *lowest, *highest, *first, *last;
  JsonArray *groups, *highlight;
  guint left_out;
  guint32 world;

  g_array_sort (ranked, _parity_ranked_compare);
  groups = income_groups (dataset, ranked, indicator, window, breakdown, TRUE,
                          &lowest, &highest, &left_out);
  if (json_array_get_length (groups) < 2)
    {
      json_array_unref (groups);
      return FALSE;
    }
  json_object_set_string_member (chart, "kind", "strip");
  json_object_remove_member (chart, "sort");
  first = parity_dataset_get_period (dataset, window->first);
  last = parity_dataset_get_period (dataset, window->last);
  if (window->last != window->first)
    {
      /* Each economy's latest value of those years; the chart marks the older ones with
       * their year and counts them in its notes. */
      g_autofree char *years = g_strdup_printf ("%s–%s", first, last);

      json_object_set_string_member (chart, "period", "latest");
      json_object_set_int_member (chart, "tolerance",
                                  g_ascii_strtoll (last, NULL, 10) -
                                  g_ascii_strtoll (first, NULL, 10));
      json_object_set_object_member (chart, "subtitle",
                                     _parity_default_text (PARITY_WORD_BY_INCOME_GROUP_IN,
                                                           years));
    }
  else
    json_object_set_object_member (chart, "subtitle",
                                   g_str_equal (first, PARITY_PERIOD_NONE)
                                   ? _parity_default_text (PARITY_WORD_BY_INCOME_GROUP, NULL)
                                   : _parity_default_text (PARITY_WORD_BY_INCOME_GROUP_IN,
                                                           first));
  json_object_set_array_member (chart, "groups", groups);
  highlight = json_array_new ();
  json_array_add_string_element (highlight, lowest);
  if (g_strcmp0 (lowest, highest) != 0)
    json_array_add_string_element (highlight, highest);
  json_object_set_array_member (chart, "highlight", highlight);
  world = parity_dataset_lookup_entity (dataset, "WLD");
  if (world != PARITY_INDEX_NONE && _parity_default_has_value (dataset, indicator, world,
                                                               window, breakdown))
    json_object_set_string_member (chart, "reference", "WLD");
  note_left_out (chart, left_out);
  return TRUE;
}

/**
 * _parity_default_map:
 * @strip: the default strip chart of the same values
 *
 * Beside the strip, the same values on a map of the world: where the least connected are is
 * the first thing a reader of data by economy looks for. The map takes the strip's
 * indicator, period (each economy's latest, when the strip does) and named economies, and
 * says the years in its subtitle.
 *
 * Returns: (transfer full): the map's chart object, to insert after the strip
 */
JsonObject *
_parity_default_map (ParityDataset             *dataset,
                     JsonObject                *strip,
                     const ParityIndicator     *indicator,
                     const ParityDefaultWindow *window)
{
  const char *first = parity_dataset_get_period (dataset, window->first);
  const char *last = parity_dataset_get_period (dataset, window->last);
  static const char * const copied[] = { "title", "indicator", "period", "tolerance",
                                         "breakdown", "highlight" };
  JsonObject *chart = json_object_new ();
  g_autofree char *base = g_strconcat (indicator->id, "-map", NULL);
  g_autofree char *id = _parity_default_unique_id (dataset, base);

  json_object_set_string_member (chart, "id", id);
  json_object_set_string_member (chart, "kind", "map");
  for (guint i = 0; i < G_N_ELEMENTS (copied); i++)
    if (json_object_has_member (strip, copied[i]))
      json_object_set_member (chart, copied[i],
                              json_node_copy (json_object_get_member (strip, copied[i])));
  /* When: the years its values are from, as the strip's subtitle says them. */
  if (window->last != window->first)
    {
      g_autofree char *years = g_strdup_printf ("%s–%s", first, last);

      json_object_set_string_member (chart, "subtitle", years);
    }
  else if (!g_str_equal (first, PARITY_PERIOD_NONE))
    json_object_set_string_member (chart, "subtitle", first);
  return chart;
}

/* How many periods @entity has a value of @indicator in. */
static guint
count_periods (const ParityIndicator *indicator,
               guint32                entity,
               guint32                breakdown)
{
  g_autoptr(GHashTable) periods = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < indicator->obs.len; i++)
    if (indicator->obs.entity[i] == entity && indicator->obs.breakdown[i] == breakdown &&
        !isnan (indicator->obs.value[i]))
      g_hash_table_add (periods, GUINT_TO_POINTER (indicator->obs.period[i] + 1));
  return g_hash_table_size (periods);
}

/* Next to the strip of one year: the world, the income groups and the LDCs over time, when
 * the file has at least two of those aggregates in two periods or more (the World Bank's
 * API gives them with the economies). */
void
_parity_default_aggregates (ParityDataset         *dataset,
                            const ParityIndicator *indicator,
                            guint32                breakdown)
{
  const char *lang = parity_dataset_get_default_lang (dataset);
  g_autoptr(JsonObject) chart = json_object_new ();
  g_autofree char *base = g_strconcat (indicator->id, "-groups", NULL);
  g_autofree char *id = _parity_default_unique_id (dataset, base);
  JsonArray *entities = json_array_new ();

  for (guint a = 0; a < G_N_ELEMENTS (aggregate_lines); a++)
    {
      guint32 entity = parity_dataset_lookup_entity (dataset, aggregate_lines[a]);

      if (entity != PARITY_INDEX_NONE && count_periods (indicator, entity, breakdown) >= 2)
        json_array_add_string_element (entities, aggregate_lines[a]);
    }
  json_object_set_array_member (chart, "entities", entities);
  if (json_array_get_length (entities) < 2)
    return;
  json_object_set_string_member (chart, "id", id);
  json_object_set_string_member (chart, "kind", "line");
  json_object_set_string_member (chart, "title", parity_text_get (indicator->label, lang, lang));
  json_object_set_object_member (chart, "subtitle",
                                 _parity_default_text (PARITY_WORD_BY_GROUP_OVER_TIME, NULL));
  json_object_set_string_member (chart, "indicator", indicator->id);
  _parity_default_insert (dataset, json_object_ref (chart));
}

/* Where @indicator's totals in @period are, by entity (index + 1 of the observation). */
static GHashTable *
values_in (const ParityIndicator *indicator,
           guint32                period)
{
  GHashTable *values = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < indicator->obs.len; i++)
    if (indicator->obs.period[i] == period && indicator->obs.breakdown[i] == 0 &&
        !isnan (indicator->obs.value[i]))
      g_hash_table_insert (values, GUINT_TO_POINTER (indicator->obs.entity[i] + 1),
                           GUINT_TO_POINTER (i + 1));
  return values;
}

/* The economies that have a value of both @y and @x in @period, with their value of @y. */
static GArray *
paired (ParityDataset         *dataset,
        const ParityIndicator *y,
        const ParityIndicator *x,
        guint32                period)
{
  g_autoptr(GHashTable) ys = values_in (y, period), xs = values_in (x, period);
  GArray *pairs = g_array_new (FALSE, FALSE, sizeof (ParityRanked));
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, ys);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      guint32 entity = GPOINTER_TO_UINT (key) - 1;
      guint xi = GPOINTER_TO_UINT (g_hash_table_lookup (xs, key));

      if (xi == 0 || parity_dataset_get_entity (dataset, entity)->kind != PARITY_ENTITY_ECONOMY)
        continue;
      g_array_append_val (pairs, ((ParityRanked) { entity,
                                                   y->obs.value[GPOINTER_TO_UINT (value) - 1] }));
    }
  return pairs;
}

/* Two indicators by economy, as the World Bank's API gives when asked for two: the first
 * against the second in the latest period where at least half as many economies have both
 * as in the best one, coloured by income group, on a log axis when the second calls for one
 * (GDP per capita does). */
void
_parity_default_scatter (ParityDataset *dataset)
{
  const ParityIndicator *y, *x;
  g_autoptr(GArray) best_pairs = NULL;
  g_autoptr(JsonObject) chart = NULL;
  g_autofree char *base = NULL, *id = NULL;
  const char *lowest, *highest;
  JsonObject *x_axis;
  guint32 best = PARITY_INDEX_NONE;
  guint best_count = 0, left_out;

  if (parity_dataset_get_n_indicators (dataset) < 2)
    return;
  y = parity_dataset_get_indicator (dataset, 0);
  x = parity_dataset_get_indicator (dataset, 1);
  for (guint p = 0; p < parity_dataset_get_n_periods (dataset); p++)
    {
      g_autoptr(GArray) pairs = paired (dataset, y, x, p);

      if (pairs->len > best_count)
        best_count = pairs->len;
    }
  for (guint p = 0; p < parity_dataset_get_n_periods (dataset); p++)
    {
      g_autoptr(GArray) pairs = paired (dataset, y, x, p);

      if (pairs->len >= MIN_SCATTER_DOTS && 2 * pairs->len >= best_count &&
          (best == PARITY_INDEX_NONE ||
           g_strcmp0 (parity_dataset_get_period (dataset, p),
                      parity_dataset_get_period (dataset, best)) > 0))
        {
          best = p;
          g_clear_pointer (&best_pairs, g_array_unref);
          best_pairs = g_steal_pointer (&pairs);
        }
    }
  if (best == PARITY_INDEX_NONE)
    return;

  chart = json_object_new ();
  base = g_strconcat (y->id, "-", x->id, NULL);
  id = _parity_default_unique_id (dataset, base);
  json_object_set_string_member (chart, "id", id);
  json_object_set_string_member (chart, "kind", "scatter");
  json_object_set_object_member (chart, "title",
                                 _parity_default_joined (dataset, PARITY_WORD_AGAINST, y->label,
                                                         x->label));
  json_object_set_string_member (chart, "indicator", y->id);
  json_object_set_string_member (chart, "period", parity_dataset_get_period (dataset, best));
  x_axis = json_object_new ();
  json_object_set_string_member (x_axis, "indicator", x->id);
  json_object_set_string_member (x_axis, "scale", _parity_default_scale (x));
  json_object_set_object_member (chart, "x", x_axis);
  g_array_sort (best_pairs, _parity_ranked_compare);
  json_object_set_array_member (chart, "groups",
                                income_groups (dataset, best_pairs, y,
                                               &(ParityDefaultWindow) { best, best }, 0, FALSE,
                                               &lowest, &highest, &left_out));
  _parity_default_insert (dataset, g_steal_pointer (&chart));
}
