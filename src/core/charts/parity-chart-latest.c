/* parity-chart-latest.c
 *
 * Data by economy have gaps and different latest years: Our World in Data's download has
 * 2023 for some sixty economies and 2022 for most. A chart with "period": "latest" shows
 * each entity's most recent value within [L − tolerance, L] years, where L is the latest
 * period of the indicator in the dataset. parity_chart_lookup() resolves it, so every kind
 * that shows one period gets it; a row records L beside the period its value is from, and
 * parity_chart_format_row() marks values from before L with their year.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include <math.h>
#include <stdlib.h>

#include "parity-chart-latest.h"
#include "parity-chart-words.h"
#include "parity-number-format.h"
#include "parity-tsan.h"

/* The year a period begins with ("2021", "2021-Q3", "2021-06"), or G_MININT64. */
static gint64
period_year (const char *period)
{
  char *end;
  gint64 year;

  if (period == NULL || !g_ascii_isdigit (period[0]))
    return G_MININT64;
  year = g_ascii_strtoll (period, &end, 10);
  return end - period <= 6 && (*end == '\0' || *end == '-') ? year : G_MININT64;
}

/* Numerically when both read as years, else as text: "2021-Q4" before "2022". */
static int
compare_periods (const char *a,
                 const char *b)
{
  gint64 ya = period_year (a), yb = period_year (b);

  if (ya != yb && ya != G_MININT64 && yb != G_MININT64)
    return ya < yb ? -1 : 1;
  return g_strcmp0 (a, b);
}

/**
 * parity_latest_period:
 *
 * Returns: L, the latest period in which @indicator has a value, or %PARITY_INDEX_NONE
 */
guint32
parity_latest_period (ParityDataset *dataset,
                      guint32        indicator)
{
  const ParityIndicator *ind = parity_dataset_get_indicator (dataset, indicator);
  guint n_periods = parity_dataset_get_n_periods (dataset);
  g_autofree guint8 *has_value = g_new0 (guint8, n_periods + 1);
  guint32 latest = PARITY_INDEX_NONE;

  /* The periods with a value first, then the latest of those: a million observations are
   * not a million comparisons of period names. */
  for (guint i = 0; i < ind->obs.len; i++)
    if (!isnan (ind->obs.value[i]))
      has_value[ind->obs.period[i]] = 1;
  for (guint32 p = 0; p < n_periods; p++)
    if (has_value[p] &&
        (latest == PARITY_INDEX_NONE ||
         compare_periods (parity_dataset_get_period (dataset, p),
                          parity_dataset_get_period (dataset, latest)) > 0))
      latest = p;
  return latest;
}

/* L of another indicator than the chart's, asked for each value a chart shows: searched
 * once per dataset and indicator (again if the indicator gains observations) and kept on
 * the dataset, under a lock, as layouts in several threads may ask at once. */
typedef struct
{
  guint32 latest;
  guint   n_obs;
} KnownLatest;

static guint32
known_latest_period (ParityDataset *dataset,
                     guint32        indicator)
{
  static GMutex lock;
  guint n_obs = parity_dataset_get_indicator (dataset, indicator)->obs.len;
  GHashTable *known;
  KnownLatest *k;
  guint32 latest;

  parity_mutex_lock (&lock);
  known = g_object_get_data (G_OBJECT (dataset), "parity-latest-periods");
  if (known == NULL)
    {
      known = g_hash_table_new_full (NULL, NULL, NULL, g_free);
      g_object_set_data_full (G_OBJECT (dataset), "parity-latest-periods", known,
                              (GDestroyNotify)g_hash_table_unref);
    }
  k = g_hash_table_lookup (known, GUINT_TO_POINTER (indicator + 1));
  if (k == NULL || k->n_obs != n_obs)
    {
      k = g_new (KnownLatest, 1);
      *k = (KnownLatest) { parity_latest_period (dataset, indicator), n_obs };
      g_hash_table_replace (known, GUINT_TO_POINTER (indicator + 1), k);
    }
  latest = k->latest;
  parity_mutex_unlock (&lock);
  return latest;
}

/* The window of @spec's latest values of @indicator: for the chart's own indicator, L is
 * the period the loader found; another (a series', a scatter plot's axis) is searched. */
void
parity_latest_window_init (ParityLatestWindow    *window,
                           ParityDataset         *dataset,
                           const ParityChartSpec *spec,
                           guint32                indicator)
{
  window->latest = indicator == spec->indicator && spec->period != PARITY_INDEX_NONE
                   ? spec->period : known_latest_period (dataset, indicator);
  window->year = window->latest != PARITY_INDEX_NONE
                 ? period_year (parity_dataset_get_period (dataset, window->latest))
                 : G_MININT64;
  window->tolerance = spec->tolerance;
}

/* Whether a value from @period may stand for L: L itself, or a period no later, whose year
 * is at most the tolerance before L's. */
gboolean
parity_latest_window_holds (const ParityLatestWindow *window,
                            ParityDataset            *dataset,
                            guint32                   period)
{
  const char *name;
  gint64 year;

  if (period == window->latest)
    return TRUE;
  if (window->latest == PARITY_INDEX_NONE || window->year == G_MININT64)
    return FALSE;
  name = parity_dataset_get_period (dataset, period);
  year = period_year (name);
  return year != G_MININT64 && year <= window->year &&
         year >= window->year - (gint64)window->tolerance &&
         compare_periods (name, parity_dataset_get_period (dataset, window->latest)) < 0;
}

/**
 * parity_latest_find:
 *
 * Returns: the observation of @entity's most recent value in @window, or
 *   %PARITY_INDEX_NONE
 */
guint32
parity_latest_find (const ParityLatestWindow *window,
                    ParityDataset            *dataset,
                    guint32                   indicator,
                    guint32                   entity,
                    guint32                   breakdown)
{
  const ParityIndicator *ind = parity_dataset_get_indicator (dataset, indicator);
  guint32 found = PARITY_INDEX_NONE;

  /* Periods are few (one a year): each is looked up in the indicator's index. */
  for (guint32 p = 0; p < parity_dataset_get_n_periods (dataset); p++)
    {
      guint32 i;

      if (!parity_latest_window_holds (window, dataset, p))
        continue;
      i = parity_dataset_find_observation (dataset, indicator, entity, p, breakdown);
      if (i != PARITY_INDEX_NONE && !isnan (ind->obs.value[i]) &&
          (found == PARITY_INDEX_NONE ||
           compare_periods (parity_dataset_get_period (dataset, p),
                            parity_dataset_get_period (dataset, ind->obs.period[found])) > 0))
        found = i;
    }
  return found;
}

/**
 * parity_period_filter_init:
 * @series: (nullable): a series of @spec, NULL for the chart's own
 *
 * What periods @series may show: its own, else the chart's, else any; or the window of a
 * chart of the latest values. Made once for a run over many observations.
 */
void
parity_period_filter_init (ParityPeriodFilter    *filter,
                           ParityDataset         *dataset,
                           const ParityChartSpec *spec,
                           const ParitySeries    *series)
{
  *filter = (ParityPeriodFilter) { spec->period, FALSE };
  if (series != NULL && series->period != PARITY_INDEX_NONE)
    filter->period = series->period;
  else if (spec->latest)
    {
      filter->latest = TRUE;
      parity_latest_window_init (&filter->window, dataset, spec,
                                 series ? series->indicator : spec->indicator);
    }
}

gboolean
parity_period_filter_holds (const ParityPeriodFilter *filter,
                            ParityDataset            *dataset,
                            guint32                   period)
{
  if (filter->latest)
    return parity_latest_window_holds (&filter->window, dataset, period);
  return filter->period == PARITY_INDEX_NONE || period == filter->period;
}

/* The entities a coverage note counts: those the chart asks for, else every economy of
 * the dataset, else (data of groups only) those the chart shows. */
static GArray *
asked_entities (ParityDataset         *dataset,
                const ParityChartSpec *spec)
{
  GArray *asked;

  if (spec->entities != NULL)
    return parity_chart_select_entities (dataset, spec);
  asked = g_array_new (FALSE, FALSE, sizeof (guint32));
  for (guint32 e = 0; e < parity_dataset_get_n_entities (dataset); e++)
    if (parity_dataset_get_entity (dataset, e)->kind == PARITY_ENTITY_ECONOMY &&
        e != spec->reference)
      g_array_append_val (asked, e);
  if (asked->len > 0)
    return asked;
  g_array_unref (asked);
  return parity_chart_select_entities (dataset, spec);
}

typedef struct
{
  ParityDataset *dataset;
  guint32        period;
  guint          count;
} Earlier;

static int
compare_earlier (gconstpointer a,
                 gconstpointer b)
{
  const Earlier *ea = a, *eb = b;

  return compare_periods (parity_dataset_get_period (eb->dataset, eb->period),
                          parity_dataset_get_period (ea->dataset, ea->period));
}

/**
 * parity_chart_coverage_note:
 *
 * What a chart of the latest values says in its notes (and so in its description): how
 * many of the entities it asks for have a value, and how many of those values are from
 * each earlier period, latest first: "Data for 186 of 193 economies; 12 from 2022, 3 from
 * 2021." Counted for the chart's first series.
 *
 * Returns: (transfer full) (nullable): the sentence, or %NULL for a chart of one period (or
 *   whose first series names its own)
 */
char *
parity_chart_coverage_note (ParityChartContext *ctx)
{
  const char *lang = ctx->lang;
  const ParitySeries *first = parity_chart_get_series (ctx->spec, 0);
  g_autoptr(GArray) asked = NULL;
  g_autoptr(GArray) earlier = NULL;
  g_autofree char *n_with_text = NULL, *n_asked_text = NULL;
  gboolean economies = TRUE;
  guint n_with = 0;
  GString *note;

  /* A first series of a period of its own takes no latest values. */
  if (!ctx->spec->latest || (first != NULL && first->period != PARITY_INDEX_NONE))
    return NULL;
  asked = asked_entities (ctx->dataset, ctx->spec);
  earlier = g_array_new (FALSE, FALSE, sizeof (Earlier));
  for (guint i = 0; i < asked->len; i++)
    {
      guint32 entity = g_array_index (asked, guint32, i);
      ParityChartRow row;
      guint k;

      economies &= parity_dataset_get_entity (ctx->dataset, entity)->kind ==
                   PARITY_ENTITY_ECONOMY;
      if (!parity_chart_row_find (ctx->dataset, ctx->spec, entity, &row) || isnan (row.value))
        continue;
      n_with++;
      if (row.period == row.latest)
        continue;
      for (k = 0; k < earlier->len && g_array_index (earlier, Earlier, k).period != row.period;
           k++)
        ;
      if (k == earlier->len)
        g_array_append_val (earlier, ((Earlier) { ctx->dataset, row.period, 0 }));
      g_array_index (earlier, Earlier, k).count++;
    }
  g_array_sort (earlier, compare_earlier);

  n_with_text = parity_format_number (n_with, 0, lang);
  n_asked_text = parity_format_number (asked->len, 0, lang);
  {
    g_autofree char *head = economies
      ? parity_chart_counted_with2 (lang, PARITY_COUNTED_COVERAGE_ECONOMIES, asked->len,
                                    n_with_text, n_asked_text)
      : parity_chart_word_with2 (lang, PARITY_WORD_COVERAGE, n_with_text, n_asked_text);

    note = g_string_new (head);
  }
  for (guint k = 0; k < earlier->len; k++)
    {
      const Earlier *e = &g_array_index (earlier, Earlier, k);
      g_autofree char *count = parity_format_number (e->count, 0, lang);
      g_autofree char *from = parity_chart_word_with2 (lang, PARITY_WORD_FROM_PERIOD, count,
                                                       parity_dataset_get_period (ctx->dataset,
                                                                                  e->period));

      g_string_append (note, parity_chart_word (lang, k == 0 ? PARITY_WORD_LIST_SEPARATOR
                                                             : PARITY_WORD_NAME_SEPARATOR));
      g_string_append (note, from);
    }
  g_string_append (note, parity_chart_word (lang, PARITY_WORD_SENTENCE_END));
  return g_string_free (note, FALSE);
}

/* Whether observation @i of @indicator is one the filter's series shows: of its period, or
 * in a chart of the latest values, a value in the window (a missing one is no value). */
gboolean
parity_period_filter_takes (const ParityPeriodFilter *filter,
                            ParityDataset            *dataset,
                            const ParityIndicator    *indicator,
                            guint                     i)
{
  return (!filter->latest || !isnan (indicator->obs.value[i])) &&
         parity_period_filter_holds (filter, dataset, indicator->obs.period[i]);
}
