/* parity-chart-kind.c: the registry of chart kinds and the data selection they share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include <math.h>

#include "parity-chart-kind.h"

extern const ParityChartKind parity_chart_kind_bar;

/* Adding a chart kind: one file defining its ParityChartKind, and one line here. */
static const ParityChartKind * const kinds[] = {
  &parity_chart_kind_bar,
};

const ParityChartKind *
parity_chart_kind_lookup (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (g_strcmp0 (kinds[i]->name, name) == 0)
      return kinds[i];
  return NULL;
}

char *
parity_chart_kind_list_names (const char *separator)
{
  GString *names = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      if (i > 0)
        g_string_append (names, separator);
      g_string_append (names, kinds[i]->name);
    }
  return g_string_free (names, FALSE);
}

static gboolean
observation_matches (const ParityIndicator *indicator,
                     const ParityChartSpec *spec,
                     guint                  i)
{
  return indicator->obs.period[i] == spec->period &&
         indicator->obs.breakdown[i] == spec->breakdown;
}

static ParityChartRow
row_for (const ParityIndicator *indicator,
         guint32                entity,
         guint                  i)
{
  return (ParityChartRow) {
    .entity = entity,
    .observation = i,
    .value = indicator->obs.value[i],
    .qualifier = indicator->obs.qualifier[i],
  };
}

/* The value of one entity for the chart's indicator, period and breakdown. */
gboolean
parity_chart_row_find (ParityDataset         *dataset,
                       const ParityChartSpec *spec,
                       guint32                entity,
                       ParityChartRow        *row)
{
  const ParityIndicator *indicator = parity_dataset_get_indicator (dataset, spec->indicator);

  for (guint i = 0; i < indicator->obs.len; i++)
    if (indicator->obs.entity[i] == entity && observation_matches (indicator, spec, i))
      {
        *row = row_for (indicator, entity, i);
        return TRUE;
      }
  *row = (ParityChartRow) { entity, PARITY_INDEX_NONE, NAN, PARITY_QUALIFIER_MISSING };
  return FALSE;
}

static int
compare_rows (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  const ParityChartRow *ra = a, *rb = b;
  int direction = GPOINTER_TO_INT (user_data);
  gboolean a_missing = isnan (ra->value), b_missing = isnan (rb->value);

  /* Missing values go last whatever the direction. */
  if (a_missing || b_missing)
    return a_missing - b_missing;
  if (ra->value == rb->value)
    return 0;
  return (ra->value < rb->value ? -1 : 1) * direction;
}

/**
 * parity_chart_select_rows:
 *
 * The rows a category chart shows: the spec's entities in their order (an entity without
 * a value gets a missing row, so the gap shows), or every entity with a value in dataset
 * order; without the reference entity; sorted as the spec asks (stable).
 *
 * Returns: (transfer full) (element-type ParityChartRow): the rows
 */
GArray *
parity_chart_select_rows (ParityDataset         *dataset,
                          const ParityChartSpec *spec)
{
  const ParityIndicator *indicator = parity_dataset_get_indicator (dataset, spec->indicator);
  GArray *rows = g_array_new (FALSE, FALSE, sizeof (ParityChartRow));

  if (spec->entities != NULL)
    {
      for (guint i = 0; i < spec->entities->len; i++)
        {
          guint32 entity = g_array_index (spec->entities, guint32, i);
          ParityChartRow row;

          if (entity == spec->reference)
            continue;
          parity_chart_row_find (dataset, spec, entity, &row);
          g_array_append_val (rows, row);
        }
    }
  else
    {
      g_autofree guint *first = g_new (guint, parity_dataset_get_n_entities (dataset));

      /* One pass over the observations: the first match per entity, in entity order. */
      for (guint e = 0; e < parity_dataset_get_n_entities (dataset); e++)
        first[e] = PARITY_INDEX_NONE;
      for (guint i = 0; i < indicator->obs.len; i++)
        if (observation_matches (indicator, spec, i) &&
            first[indicator->obs.entity[i]] == PARITY_INDEX_NONE)
          first[indicator->obs.entity[i]] = i;
      for (guint e = 0; e < parity_dataset_get_n_entities (dataset); e++)
        if (first[e] != PARITY_INDEX_NONE && e != spec->reference)
          {
            ParityChartRow row = row_for (indicator, e, first[e]);

            g_array_append_val (rows, row);
          }
    }

  if (spec->sort != PARITY_SORT_NONE)
    g_array_sort_with_data (rows, compare_rows,
                            GINT_TO_POINTER (spec->sort == PARITY_SORT_ASCENDING ? 1 : -1));
  return rows;
}

const char *
parity_chart_entity_label (ParityChartContext *ctx,
                           guint32             entity,
                           gboolean            prefer_short)
{
  const ParityEntity *e = parity_dataset_get_entity (ctx->dataset, entity);

  if (prefer_short && e->short_label != NULL)
    return parity_text_get (e->short_label, ctx->lang, ctx->default_lang);
  return parity_text_get (e->label, ctx->lang, ctx->default_lang);
}

gboolean
parity_chart_is_highlighted (const ParityChartSpec *spec,
                             guint32                entity)
{
  for (guint i = 0; i < spec->highlight->len; i++)
    if (g_array_index (spec->highlight, guint32, i) == entity)
      return TRUE;
  return FALSE;
}

ParityDatum
parity_chart_row_datum (ParityChartContext   *ctx,
                        const ParityChartRow *row)
{
  return (ParityDatum) {
    .indicator = ctx->spec->indicator,
    .entity = row->entity,
    .period = ctx->spec->period,
    .observation = row->observation,
    .value = row->value,
    .qualifier = row->qualifier,
  };
}
