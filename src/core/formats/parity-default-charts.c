/* parity-default-charts.c: charts for data that came without any
 *
 * Files from the World Bank, SDMX services or spreadsheets carry data, not charts. So that
 * they can be exported at once (parity-cli export --all) and shown in the window, every
 * indicator (the first 8 of a file of more) gets one chart: a line when it is a short list
 * of series over several periods, else bars of its latest well-filled period, largest first
 * (the highest and the lowest of many) — or, for data by economy, the charts of
 * parity-default-economies.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "parity-chart-json.h"
#include "parity-default-charts-private.h"
#include "parity-id.h"

/* More categories than this make bars too thin to read: the highest and lowest are shown. */
#define MAX_BARS 20
/* How many of the highest, and of the lowest, such a chart shows. */
#define TOP_BOTTOM_BARS 10
/* Data by economy take each economy's latest value from up to this many years after the
 * well-filled year (OWID's Internet use: 2023 for sixty economies, 2022 for most). */
#define MAX_LATEST_YEARS 2
/* A line chart stays readable with this many lines at most. */
#define MAX_LINES 8
/* Indicators that get a chart of their own: a file of a few has one each; the World Bank's
 * whole WDI (1 400 indicators, three charts each for data by economy) would make a list of
 * 4 000 charts nobody scrolls, and seconds of work before the first shows; 24 indicators'
 * rows still cost the window's first frame 10 ms. The others are a New Chart away (the
 * indicator picker lists them all). */
#define MAX_DEFAULT_INDICATORS 8

/* Largest value first. */
int
_parity_ranked_compare (gconstpointer a,
                        gconstpointer b)
{
  const ParityRanked *ra = a, *rb = b;

  /* Equal values in the order of the dataset's entities, so that the same file gives the
   * same chart whatever order its rows come in. */
  if (ra->value != rb->value)
    return ra->value < rb->value ? 1 : -1;
  return (ra->entity > rb->entity) - (ra->entity < rb->entity);
}

static int
compare_periods (gconstpointer a,
                 gconstpointer b,
                 gpointer      dataset)
{
  const char *pa = parity_dataset_get_period (dataset, *(const guint32 *)a);
  const char *pb = parity_dataset_get_period (dataset, *(const guint32 *)b);

  return g_strcmp0 (pa, pb);
}

/* Observations without a breakdown (totals) when there are any; else the breakdown with
 * the most observations (an SDMX file may hold only "sex=F" and "sex=M"). */
static guint32
chosen_breakdown (const ParityIndicator *indicator)
{
  g_autoptr(GHashTable) counts = g_hash_table_new (NULL, NULL);
  guint32 best = 0;
  guint best_count = 0;

  for (guint i = 0; i < indicator->obs.len; i++)
    {
      guint32 b = indicator->obs.breakdown[i];
      guint n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, GUINT_TO_POINTER (b + 1))) + 1;

      if (b == 0)
        return 0;
      g_hash_table_insert (counts, GUINT_TO_POINTER (b + 1), GUINT_TO_POINTER (n));
      if (n > best_count)
        {
          best = b;
          best_count = n;
        }
    }
  return best;
}

/* "sex=F;age=Y15-24" (escaped) back to an object for the chart's "breakdown". */
static JsonObject *
breakdown_object (const char *canonical)
{
  JsonObject *object = json_object_new ();
  g_auto(GStrv) pairs = g_strsplit (canonical, ";", -1);

  for (guint i = 0; pairs[i] != NULL; i++)
    {
      char *eq = strchr (pairs[i], '=');
      g_autofree char *key = NULL, *value = NULL;

      if (eq == NULL)
        continue;
      *eq = '\0';
      key = g_uri_unescape_string (pairs[i], NULL);
      value = g_uri_unescape_string (eq + 1, NULL);
      json_object_set_string_member (object, key, value);
    }
  return object;
}

char *
_parity_default_unique_id (ParityDataset *dataset,
                           const char    *base)
{
  char *id = g_strdup (base);

  for (guint n = 2; parity_dataset_find_chart (dataset, id) != NULL; n++)
    {
      g_free (id);
      id = parity_id_numbered (base, n);
    }
  return id;
}

static const char * const chart_langs[] = { "en", "ar", "es", "fr", "ru", "zh" };

/* @word in each of the six chart languages, as a chart's text; with @argument (a period,
 * the same in every language) in its place holder when not %NULL. */
JsonObject *
_parity_default_text (ParityWord  word,
                      const char *argument)
{
  JsonObject *text = json_object_new ();

  for (guint l = 0; l < G_N_ELEMENTS (chart_langs); l++)
    {
      g_autofree char *with = argument != NULL ? parity_chart_word_with (chart_langs[l], word,
                                                                         argument) : NULL;

      json_object_set_string_member (text, chart_langs[l],
                                     with != NULL ? with : parity_chart_word (chart_langs[l], word));
    }
  return text;
}

/* @word with the texts @first and @second in its place holders ("Internet use against GDP
 * per capita"), in the dataset's language and in each language either text is in: a chart's
 * text, so it does not follow the language the window happens to be in. */
JsonObject *
_parity_default_joined (ParityDataset    *dataset,
                        ParityWord        word,
                        const ParityText *first,
                        const ParityText *second)
{
  const char *lang = parity_dataset_get_default_lang (dataset);
  JsonObject *text = json_object_new ();
  g_autoptr(GPtrArray) langs = g_ptr_array_new ();

  g_ptr_array_add (langs, (gpointer)lang);
  for (guint l = 0; first != NULL && l < parity_text_get_n_langs (first); l++)
    g_ptr_array_add (langs, (gpointer)parity_text_get_lang (first, l));
  for (guint l = 0; second != NULL && l < parity_text_get_n_langs (second); l++)
    g_ptr_array_add (langs, (gpointer)parity_text_get_lang (second, l));
  for (guint l = 0; l < langs->len; l++)
    {
      const char *tag = g_ptr_array_index (langs, l);
      g_autofree char *joined = NULL;

      if (json_object_has_member (text, tag))
        continue;
      joined = parity_chart_word_with2 (tag, word, parity_text_get (first, tag, lang),
                                        parity_text_get (second, tag, lang));
      json_object_set_string_member (text, tag, joined);
    }
  return text;
}

gboolean
_parity_default_has_value (ParityDataset             *dataset,
                           const ParityIndicator     *indicator,
                           guint32                    entity,
                           const ParityDefaultWindow *window,
                           guint32                    breakdown)
{
  for (guint i = 0; i < indicator->obs.len; i++)
    if (indicator->obs.entity[i] == entity && indicator->obs.breakdown[i] == breakdown &&
        !isnan (indicator->obs.value[i]) &&
        _parity_default_in_window (dataset, window, indicator->obs.period[i]))
      return TRUE;
  return FALSE;
}

/* A log axis for positive values that are not shares and span more than a power of ten
 * (GDP per capita, from hundreds to tens of thousands of dollars). */
const char *
_parity_default_scale (const ParityIndicator *indicator)
{
  double lo = INFINITY, hi = -INFINITY;

  for (guint k = 0; k < indicator->obs.len; k++)
    if (!isnan (indicator->obs.value[k]))
      {
        lo = MIN (lo, indicator->obs.value[k]);
        hi = MAX (hi, indicator->obs.value[k]);
      }
  return indicator->unit.kind != PARITY_UNIT_PERCENT && lo > 0 && hi / lo >= 20 ? "log"
                                                                                : "linear";
}

/* Adds @chart (taken) to the end of @dataset's charts. A default the kinds refuse is a bug
 * here, not in the data: warned about, and the dataset keeps its other charts. */
void
_parity_default_insert (ParityDataset *dataset,
                        JsonObject    *chart)
{
  g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), chart);
  g_autoptr(GError) error = NULL;

  json_object_unref (chart);
  if (!parity_dataset_insert_chart_json (dataset, G_MAXUINT, node, &error))
    g_warning ("no default chart %s: %s", json_object_get_string_member (chart, "id"),
               error->message);
}

/* The year of @period when it is one ("2022"), else -1. */
static int
year_of (ParityDataset *dataset,
         guint32        period)
{
  const char *name = parity_dataset_get_period (dataset, period);
  char *end;
  gint64 year = g_ascii_strtoll (name, &end, 10);

  return strlen (name) == 4 && *end == '\0' ? (int)year : -1;
}

/* @latest, when it is a year at most MAX_LATEST_YEARS after the well-filled year @best (some
 * economies publish a year before the others), else @best: the last of the years a default
 * chart of data by economy takes each economy's latest value from. */
static guint32
latest_year (ParityDataset *dataset,
             guint32        best,
             guint32        latest)
{
  int from = year_of (dataset, best), to = year_of (dataset, latest);

  return from > 0 && to > from && to - from <= MAX_LATEST_YEARS ? latest : best;
}

/* Whether @period is one of @window's years. */
gboolean
_parity_default_in_window (ParityDataset             *dataset,
                           const ParityDefaultWindow *window,
                           guint32                    period)
{
  const char *name = parity_dataset_get_period (dataset, period);

  return period == window->first || period == window->last ||
         (window->first != window->last &&
          g_strcmp0 (name, parity_dataset_get_period (dataset, window->first)) > 0 &&
          g_strcmp0 (name, parity_dataset_get_period (dataset, window->last)) < 0 &&
          year_of (dataset, period) > 0);
}

/* Each entity's value in the latest of @window's periods it has one in, into @ranked. */
static void
latest_values (ParityDataset             *dataset,
               const ParityIndicator     *indicator,
               guint32                    breakdown,
               const ParityDefaultWindow *window,
               GArray                    *ranked)
{
  g_autoptr(GHashTable) chosen = g_hash_table_new (NULL, NULL);   /* entity → obs + 1 */
  GHashTableIter iter;
  gpointer entity, obs;

  for (guint i = 0; i < indicator->obs.len; i++)
    {
      gpointer key = GUINT_TO_POINTER (indicator->obs.entity[i] + 1);
      guint before = GPOINTER_TO_UINT (g_hash_table_lookup (chosen, key));

      if (indicator->obs.breakdown[i] != breakdown || isnan (indicator->obs.value[i]) ||
          !_parity_default_in_window (dataset, window, indicator->obs.period[i]))
        continue;
      if (before == 0 ||
          g_strcmp0 (parity_dataset_get_period (dataset, indicator->obs.period[i]),
                     parity_dataset_get_period (dataset,
                                                indicator->obs.period[before - 1])) > 0)
        g_hash_table_insert (chosen, key, GUINT_TO_POINTER (i + 1));
    }
  g_hash_table_iter_init (&iter, chosen);
  while (g_hash_table_iter_next (&iter, &entity, &obs))
    g_array_append_val (ranked, ((ParityRanked) { GPOINTER_TO_UINT (entity) - 1,
                                                  indicator->obs.value[GPOINTER_TO_UINT (obs)
                                                                       - 1] }));
}

static void
add_chart (ParityDataset         *dataset,
           const ParityIndicator *indicator)
{
  const char *lang = parity_dataset_get_default_lang (dataset);
  g_autoptr(GHashTable) per_period = g_hash_table_new (NULL, NULL);   /* period → count */
  g_autoptr(GHashTable) entities = g_hash_table_new (NULL, NULL);
  g_autoptr(GArray) periods = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr(JsonObject) chart = json_object_new ();
  g_autoptr(JsonObject) map = NULL;
  g_autofree char *id = _parity_default_unique_id (dataset, indicator->id);
  gboolean by_economy = FALSE;
  guint32 best = PARITY_INDEX_NONE;
  ParityDefaultWindow window;
  guint best_count = 0;
  guint32 breakdown = chosen_breakdown (indicator);

  for (guint i = 0; i < indicator->obs.len; i++)
    {
      guint32 period = indicator->obs.period[i];
      guint count;

      if (indicator->obs.breakdown[i] != breakdown || isnan (indicator->obs.value[i]))
        continue;
      count = GPOINTER_TO_UINT (g_hash_table_lookup (per_period, GUINT_TO_POINTER (period + 1)));
      if (count == 0)
        g_array_append_val (periods, period);
      g_hash_table_insert (per_period, GUINT_TO_POINTER (period + 1),
                           GUINT_TO_POINTER (count + 1));
      g_hash_table_add (entities, GUINT_TO_POINTER (indicator->obs.entity[i] + 1));
    }
  if (periods->len == 0)
    return;
  g_array_sort_with_data (periods, compare_periods, dataset);

  json_object_set_string_member (chart, "id", id);
  if (breakdown != 0)
    {
      JsonObject *selection = breakdown_object (parity_dataset_get_breakdown (dataset,
                                                                              breakdown));
      g_autoptr(GString) subtitle = g_string_new (NULL);
      JsonObjectIter iter;
      const char *key;
      JsonNode *value;

      /* Say which part of the data the chart shows: "sex: F". */
      json_object_iter_init_ordered (&iter, selection);
      while (json_object_iter_next_ordered (&iter, &key, &value))
        g_string_append_printf (subtitle, "%s%s: %s", subtitle->len ? ", " : "", key,
                                json_node_get_string (value));
      json_object_set_string_member (chart, "subtitle", subtitle->str);
      json_object_set_object_member (chart, "breakdown", selection);
    }
  json_object_set_string_member (chart, "title", parity_text_get (indicator->label, lang, lang));
  json_object_set_string_member (chart, "indicator", indicator->id);

  if (periods->len >= 3 && g_hash_table_size (entities) <= MAX_LINES)
    json_object_set_string_member (chart, "kind", "line");
  else
    {
      g_autoptr(GArray) ranked = g_array_new (FALSE, FALSE, sizeof (ParityRanked));

      /* The latest period with at least half as many values as the best-filled one. */
      for (guint p = 0; p < periods->len; p++)
        {
          guint32 period = g_array_index (periods, guint32, p);
          guint count = GPOINTER_TO_UINT (g_hash_table_lookup (per_period,
                                                               GUINT_TO_POINTER (period + 1)));

          best_count = MAX (best_count, count);
        }
      for (guint p = periods->len; p-- > 0;)
        {
          guint32 period = g_array_index (periods, guint32, p);
          guint count = GPOINTER_TO_UINT (g_hash_table_lookup (per_period,
                                                               GUINT_TO_POINTER (period + 1)));

          if (2 * count >= best_count)
            {
              best = period;
              break;
            }
        }
      window.first = best;
      window.last = latest_year (dataset, best, g_array_index (periods, guint32,
                                                                periods->len - 1));
      json_object_set_string_member (chart, "kind", "bar");
      json_object_set_string_member (chart, "period", parity_dataset_get_period (dataset, best));
      json_object_set_string_member (chart, "sort", "descending");
      latest_values (dataset, indicator, breakdown, &window, ranked);
      by_economy = ranked->len > MAX_BARS &&
                   _parity_default_strip (dataset, chart, indicator, ranked, &window, breakdown);
      /* Not economies, more than bars hold: the highest and the lowest, and a row between
       * them that says what was left out, rather than the largest alone; on a canvas as tall
       * as their names need, in whatever script. */
      if (ranked->len > MAX_BARS && !by_economy)
        {
          json_object_set_int_member (chart, "top", TOP_BOTTOM_BARS);
          json_object_set_int_member (chart, "bottom", TOP_BOTTOM_BARS);
          json_object_set_string_member (chart, "height", "auto");
        }
    }
  map = by_economy ? _parity_default_map (dataset, chart, indicator, &window) : NULL;
  _parity_default_insert (dataset, g_steal_pointer (&chart));
  if (map != NULL)
    _parity_default_insert (dataset, g_steal_pointer (&map));
  if (by_economy)
    _parity_default_aggregates (dataset, indicator, breakdown);
}

/* One chart per indicator, for a dataset read from a format that has none. */
void
_parity_dataset_add_default_charts (ParityDataset *dataset)
{
  g_return_if_fail (PARITY_IS_DATASET (dataset));

  if (parity_dataset_get_n_charts (dataset) > 0)
    return;
  for (guint i = 0; i < parity_dataset_get_n_indicators (dataset) && i < MAX_DEFAULT_INDICATORS;
       i++)
    add_chart (dataset, parity_dataset_get_indicator (dataset, i));
  _parity_default_scatter (dataset);
}
