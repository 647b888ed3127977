/* parity-chart-bar.c: bars from zero — horizontal or vertical; one series, grouped series
 * side by side, or series stacked into a whole
 *
 * This file reads the kind's options, gathers the data (one cell per category and
 * series, where each bar starts and ends along the value axis), formats it, names the
 * reference, describes the chart and chooses between direct series labels and a legend.
 * parity-chart-bar-marks.c draws what both orientations share;
 * parity-chart-bar-horizontal.c and parity-chart-bar-vertical.c do the geometry.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "parity-chart-words.h"
#include "parity-chart-bar-private.h"
#include "parity-chart-describe.h"
#include "parity-chart-targets.h"
#include "parity-error.h"
#include "parity-number-format.h"

const ParityChartRow *
_parity_bar_cell (Bars  *bars,
                  guint  category,
                  guint  series)
{
  return &bars->cells[category * bars->n_series + series];
}

/* Where the bar of a cell runs along the value axis; FALSE when it has no bar. */
gboolean
_parity_bar_extent (Bars   *bars,
                    guint   category,
                    guint   series,
                    double *v0,
                    double *v1)
{
  guint i = category * bars->n_series + series;

  *v0 = bars->start[i];
  *v1 = bars->end[i];
  return !isnan (*v1);
}

guint
_parity_bar_slot (Bars  *bars,
                  guint  series)
{
  return bars->arrangement == BAR_GROUPED ? series : 0;
}

/* Whether the cell's bar ends the category's bar, so that its far end is the end a
 * reader sees (a censored marker belongs there, not between two stacked segments). */
gboolean
_parity_bar_is_outermost (Bars  *bars,
                          guint  category,
                          guint  series)
{
  double v0, v1, w0, w1;

  if (!_parity_bar_extent (bars, category, series, &v0, &v1))
    return FALSE;
  if (bars->arrangement != BAR_STACKED)
    return TRUE;
  for (guint s = series + 1; s < bars->n_series; s++)
    if (_parity_bar_extent (bars, category, s, &w0, &w1) && (w1 >= 0) == (v1 >= 0))
      return FALSE;
  return TRUE;
}

static double
cell_share (Bars  *bars,
            guint  category,
            guint  series)
{
  guint i = category * bars->n_series + series;

  return bars->end[i] - bars->start[i];
}

char *
_parity_bar_format_cell (Bars  *bars,
                         guint  category,
                         guint  series)
{
  const ParityChartRow *row = _parity_bar_cell (bars, category, series);
  ParityQualifier qualifier = row->qualifier;

  if (!bars->percent || isnan (bars->end[category * bars->n_series + series]))
    return parity_chart_format_row (bars->ctx, row);
  /* A share of a censored part is itself only approximately known. */
  if (qualifier == PARITY_QUALIFIER_GREATER_THAN || qualifier == PARITY_QUALIFIER_LESS_THAN)
    qualifier = PARITY_QUALIFIER_APPROXIMATE;
  return parity_format_value (cell_share (bars, category, series), 0, &bars->share_unit,
                              qualifier, bars->ctx->lang, bars->ctx->default_lang);
}

/* The qualifier of a sum: a bound stays a bound, a guess stays a guess. */
static ParityQualifier
combine_qualifiers (ParityQualifier a,
                    ParityQualifier b)
{
  static const ParityQualifier strength[] = {
    PARITY_QUALIFIER_EXACT, PARITY_QUALIFIER_ESTIMATE, PARITY_QUALIFIER_FORECAST,
    PARITY_QUALIFIER_GREATER_THAN, PARITY_QUALIFIER_LESS_THAN, PARITY_QUALIFIER_APPROXIMATE,
  };
  guint ra = 0, rb = 0;

  if ((a == PARITY_QUALIFIER_GREATER_THAN && b == PARITY_QUALIFIER_LESS_THAN) ||
      (a == PARITY_QUALIFIER_LESS_THAN && b == PARITY_QUALIFIER_GREATER_THAN))
    return PARITY_QUALIFIER_APPROXIMATE;
  for (guint i = 0; i < G_N_ELEMENTS (strength); i++)
    {
      ra = strength[i] == a ? i : ra;
      rb = strength[i] == b ? i : rb;
    }
  return strength[MAX (ra, rb)];
}

/* What a stacked bar says at its end: the total; "no data" and which parts are missing
 * when the whole is not known; nothing for a 100 % stack, whose total is the axis. */
char *
_parity_bar_format_end (Bars     *bars,
                        guint     category,
                        gboolean *muted)
{
  ParityChartContext *ctx = bars->ctx;
  g_autoptr(GString) missing = g_string_new (NULL);
  ParityQualifier qualifier = PARITY_QUALIFIER_EXACT;
  double total = 0;
  guint decimals = 0, n_missing = 0;

  for (guint s = 0; s < bars->n_series; s++)
    {
      const ParityChartRow *row = _parity_bar_cell (bars, category, s);

      if (isnan (row->value))
        {
          if (n_missing++ > 0)
            g_string_append (missing, parity_chart_word (ctx->lang, PARITY_WORD_NAME_SEPARATOR));
          g_string_append (missing, parity_chart_series_label (ctx, s));
          continue;
        }
      total += row->value;
      qualifier = combine_qualifiers (qualifier, row->qualifier);
      decimals = MAX (decimals, parity_chart_series_indicator (ctx, s)->decimals);
    }
  *muted = n_missing > 0;
  if (n_missing == bars->n_series)
    return g_strdup (parity_chart_word (ctx->lang, PARITY_WORD_NO_DATA));
  if (n_missing > 0)
    return parity_chart_word_with (ctx->lang, PARITY_WORD_NO_DATA_FOR, missing->str);
  if (bars->percent)
    return NULL;
  return parity_format_value (total, decimals, &ctx->indicator->unit, qualifier, ctx->lang,
                              ctx->default_lang);
}

/* Whether the category's bar ends in the fade of a lower bound ("> 95"), which its end
 * label must clear. */
gboolean
_parity_bar_category_censored (Bars  *bars,
                               guint  category)
{
  if (bars->percent)
    return FALSE;
  for (guint s = 0; s < bars->n_series; s++)
    if (_parity_bar_is_outermost (bars, category, s) &&
        _parity_bar_cell (bars, category, s)->qualifier == PARITY_QUALIFIER_GREATER_THAN)
      return TRUE;
  return FALSE;
}

guint
_parity_bar_n_references (Bars *bars)
{
  if (bars->reference == NULL)
    return 0;
  return bars->arrangement == BAR_GROUPED ? bars->n_series : 1;
}

/* Where the reference line of a series goes: the reference's value; for a stack its
 * total, or for a 100 % stack the share of its first part. NAN when unknown. */
double
_parity_bar_reference_value (Bars  *bars,
                             guint  series)
{
  double total = 0, sum = 0;

  if (bars->arrangement != BAR_STACKED)
    return bars->reference[series].value;
  for (guint s = 0; s < bars->n_series; s++)
    {
      total += bars->reference[s].value;
      sum += fabs (bars->reference[s].value);
    }
  if (!bars->percent)
    return total;
  return sum > 0 ? fabs (bars->reference[0].value) / sum * 100 : NAN;
}

static char *
format_reference (Bars  *bars,
                  guint  series)
{
  ParityChartContext *ctx = bars->ctx;
  double value = _parity_bar_reference_value (bars, series);

  if (bars->arrangement != BAR_STACKED)
    return parity_chart_format_row (ctx, &bars->reference[series]);
  if (bars->percent)
    return parity_format_value (value, 0, &bars->share_unit, PARITY_QUALIFIER_EXACT,
                                ctx->lang, ctx->default_lang);
  return parity_format_value (value, ctx->indicator->decimals, &ctx->indicator->unit,
                              PARITY_QUALIFIER_EXACT, ctx->lang, ctx->default_lang);
}

/* Where a reference value stands among the others: -1 the lowest, 1 the highest, 0 in
 * between or alone. Its label leans that way, so that close labels part rather than
 * collide. */
int
_parity_bar_reference_rank (Bars  *bars,
                            guint  series)
{
  guint n = _parity_bar_n_references (bars), below = 0;
  double v = _parity_bar_reference_value (bars, series);

  for (guint i = 0; i < n; i++)
    {
      double w = _parity_bar_reference_value (bars, i);

      below += i != series && (w < v || (w == v && i < series));
    }
  if (n < 2)
    return 0;
  return below == 0 ? -1 : below == n - 1 ? 1 : 0;
}

/* "World 53.6%"; "World: Women 48%" on a 100 % stack. */
PangoLayout *
_parity_bar_reference_label (Bars  *bars,
                             guint  series)
{
  ParityChartContext *ctx = bars->ctx;
  const char *name = parity_chart_entity_label (ctx, bars->reference[series].entity, TRUE);
  g_autofree char *number = format_reference (bars, series);
  g_autofree char *text = NULL;

  if (bars->arrangement == BAR_STACKED && bars->percent)
    text = g_strdup_printf ("%s: %s %s", name, parity_chart_series_label (ctx, 0), number);
  else
    text = g_strdup_printf ("%s %s", name, number);
  return _parity_bar_text (text, bars->small);
}

ParityItem *
_parity_bar_add_reference (Bars   *bars,
                           guint   series,
                           double  x1,
                           double  y1,
                           double  x2,
                           double  y2)
{
  const ParityTheme *theme = bars->ctx->theme;
  ParityItem *item = parity_scene_add_line (bars->ctx->scene, PARITY_ROLE_REFERENCE,
                                            x1, y1, x2, y2, &theme->reference,
                                            MAX (0.75, theme->body_size / 9));

  item->z = 3;
  item->dash = theme->body_size * 0.4;
  parity_chart_set_datum (item, bars->ctx, &bars->reference[series]);
  return item;
}

/* The key comparison of a chart of one series: its highest and lowest values, and how many
 * times less the lowest is ("about 4.5 times less"), as a sentence after the values. */
static void
compare_extremes (Bars *bars)
{
  ParityChartContext *ctx = bars->ctx;
  const ParityChartRow *high = NULL, *low = NULL;
  g_autofree char *high_value = NULL, *low_value = NULL;
  g_autofree char *high_named = NULL, *low_named = NULL, *sentence = NULL;

  if (bars->n_series != 1 || bars->n_categories < 3)
    return;
  for (guint c = 0; c < bars->n_categories; c++)
    {
      const ParityChartRow *row = _parity_bar_cell (bars, c, 0);

      if (isnan (row->value) || row->qualifier == PARITY_QUALIFIER_MISSING)
        return;
      if (high == NULL || row->value > high->value)
        high = row;
      if (low == NULL || row->value < low->value)
        low = row;
    }
  if (high == low)
    return;
  high_value = parity_chart_format_row (ctx, high);
  low_value = parity_chart_format_row (ctx, low);
  high_named = parity_describe2 (ctx, PARITY_WORD_DESC_PAREN,
                                 parity_chart_entity_label (ctx, high->entity, FALSE),
                                 high_value);
  low_named = parity_describe2 (ctx, PARITY_WORD_DESC_PAREN,
                                parity_chart_entity_label (ctx, low->entity, FALSE), low_value);
  sentence = parity_describe2 (ctx, PARITY_WORD_DESC_EXTREMES, high_named, low_named);
  if (low->value > 0 && high->value / low->value >= 1.5)
    {
      g_autofree char *times = parity_format_number (high->value / low->value, 1, ctx->lang);
      char *longer = parity_describe2 (ctx, PARITY_WORD_DESC_TIMES_LESS, sentence, times);

      g_free (sentence);
      sentence = longer;
    }
  parity_describe_sentence (ctx, sentence);
}

static void
describe (Bars *bars)
{
  ParityChartContext *ctx = bars->ctx;
  static const ParityWord kinds[2][3] = {
    { PARITY_WORD_DESC_BAR, PARITY_WORD_DESC_BAR_GROUPED, PARITY_WORD_DESC_BAR_STACKED },
    { PARITY_WORD_DESC_COLUMN, PARITY_WORD_DESC_COLUMN_GROUPED,
      PARITY_WORD_DESC_COLUMN_STACKED },
  };
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *head = parity_describe (ctx, kinds[bars->orientation == BAR_VERTICAL]
                                                     [bars->arrangement],
                                           parity_text_get (ctx->indicator->label, ctx->lang,
                                                            ctx->default_lang));
  char *longer;

  if (bars->percent)
    {
      longer = parity_describe (ctx, PARITY_WORD_DESC_SHARES_OF_WHOLE, head);
      g_free (head), head = longer;
    }
  longer = parity_describe_period (ctx, head);
  g_free (head), head = longer;
  if (bars->n_series > 1)
    {
      g_autofree const char **names = g_new (const char *, bars->n_series);
      g_autofree char *series = NULL;

      for (guint s = 0; s < bars->n_series; s++)
        names[s] = parity_chart_series_label (ctx, s);
      series = parity_describe_and (ctx, names, bars->n_series);
      longer = parity_describe2 (ctx, PARITY_WORD_DESC_SERIES, head, series);
      g_free (head), head = longer;
    }

  for (guint c = 0; c < bars->n_categories; c++)
    {
      const char *name = parity_chart_entity_label (ctx, _parity_bar_cell (bars, c, 0)->entity,
                                                    FALSE);
      g_autofree char *item = NULL;

      if (bars->n_rest > 0 && c == bars->rest_at)
        g_ptr_array_add (items, _parity_bar_rest_text (bars));
      for (guint s = 0; s < bars->n_series; s++)
        parity_describe_record (ctx, _parity_bar_cell (bars, c, s),
                                bars->n_series > 1 ? parity_chart_series_label (ctx, s) : NULL);
      if (bars->n_series == 1)
        {
          g_autofree char *value = _parity_bar_format_cell (bars, c, 0);

          item = parity_describe2 (ctx, PARITY_WORD_DESC_ITEM, name, value);
        }
      else
        {
          g_autofree char *parts = NULL;

          for (guint s = 0; s < bars->n_series; s++)
            {
              g_autofree char *value = _parity_bar_format_cell (bars, c, s);
              g_autofree char *part = parity_describe2 (ctx, PARITY_WORD_DESC_ITEM,
                                                        parity_chart_series_label (ctx, s),
                                                        value);

              longer = parts ? parity_describe2 (ctx, PARITY_WORD_DESC_WITH, parts, part)
                             : g_strdup (part);
              g_free (parts), parts = longer;
            }
          item = parity_describe2 (ctx, PARITY_WORD_DESC_INTRO, name, parts);
        }
      if (bars->arrangement == BAR_STACKED)
        {
          gboolean muted;
          g_autofree char *end = _parity_bar_format_end (bars, c, &muted);

          if (end != NULL)
            {
              g_autofree char *total = muted ? g_strdup (end)
                                             : parity_describe (ctx, PARITY_WORD_DESC_TOTAL, end);

              longer = parity_describe2 (ctx, PARITY_WORD_DESC_PAREN, item, total);
              g_free (item), item = longer;
            }
        }
      g_ptr_array_add (items, g_steal_pointer (&item));
    }
  if (bars->n_rest > 0 && bars->rest_at == bars->n_categories)
    g_ptr_array_add (items, _parity_bar_rest_text (bars));
  for (guint i = 0; i < _parity_bar_n_references (bars); i++)
    {
      g_autofree char *value = format_reference (bars, i);
      const char *series = bars->arrangement == BAR_GROUPED ? parity_chart_series_label (ctx, i)
                           : bars->percent ? parity_chart_series_label (ctx, 0) : NULL;
      const char *name = parity_chart_entity_label (ctx, bars->reference[i].entity, FALSE);
      g_autofree char *named = series ? parity_describe2 (ctx, PARITY_WORD_DESC_WITH, name,
                                                          series)
                                      : g_strdup (name);

      g_ptr_array_add (items, parity_describe2 (ctx, PARITY_WORD_DESC_REFERENCE_LINE, named,
                                                value));
      parity_describe_record (ctx, &bars->reference[i], series);
    }
  parity_describe_finish (ctx, head, items);
  compare_extremes (bars);
  parity_chart_targets_describe (bars->ctx);
}

typedef struct
{
  guint  index;
  double key;
} Order;

static int
compare_order (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  const Order *oa = a, *ob = b;
  int direction = GPOINTER_TO_INT (user_data);

  if (isnan (oa->key) || isnan (ob->key))
    {
      if (isnan (oa->key) != isnan (ob->key))
        return isnan (oa->key) ? 1 : -1;
    }
  else if (oa->key != ob->key)
    return (oa->key < ob->key ? -1 : 1) * direction;
  return oa->index < ob->index ? -1 : oa->index > ob->index;
}

/* Where each cell's bar starts and ends: from zero, or stacked on the parts before it
 * (positive parts rightwards or upwards, negative ones the other way); a 100 % stack
 * in shares of its parts. A 100 % stack with a part missing has no known whole, so it
 * draws nothing and says which part is missing. */
static void
stack (Bars *bars)
{
  for (guint c = 0; c < bars->n_categories; c++)
    {
      double up = 0, down = 0, sum = 0;
      gboolean complete = TRUE;

      for (guint s = 0; s < bars->n_series; s++)
        {
          double v = _parity_bar_cell (bars, c, s)->value;

          complete &= !isnan (v);
          sum += isnan (v) ? 0 : fabs (v);
        }
      for (guint s = 0; s < bars->n_series; s++)
        {
          guint i = c * bars->n_series + s;
          double v = bars->cells[i].value;

          bars->start[i] = 0;
          bars->end[i] = v;
          if (bars->arrangement != BAR_STACKED || isnan (v))
            continue;
          if (bars->percent)
            v = complete && sum > 0 ? v / sum * 100 : NAN;
          bars->start[i] = v >= 0 ? up : down;
          bars->end[i] = bars->start[i] + v;
          if (v >= 0)
            up = bars->end[i];
          else if (v < 0)
            down = bars->end[i];
        }
    }
}

static int
compare_rows (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  return parity_chart_compare_values (((const ParityChartRow *)a)->value,
                                      ((const ParityChartRow *)b)->value,
                                      GPOINTER_TO_INT (user_data));
}

/* "top" and "bottom": the highest and the lowest rows with a value, in the chart's order
 * (highest first, unless sorted ascending), and the range of those between them, which
 * one summary row stands for. Rows without a value are neither. When the summary would
 * stand for one row or none, every row is shown. */
static void
select_top_bottom (Bars   *bars,
                   GArray *rows)
{
  const BarOptions *options = bars->ctx->spec->options;
  g_autoptr(GArray) valued = NULL;
  guint n, top, bottom;

  bars->n_rest = 0;
  if (options == NULL || (options->top == 0 && options->bottom == 0))
    return;
  valued = g_array_new (FALSE, FALSE, sizeof (ParityChartRow));
  for (guint i = 0; i < rows->len; i++)
    if (!isnan (g_array_index (rows, ParityChartRow, i).value))
      g_array_append_val (valued, g_array_index (rows, ParityChartRow, i));
  g_array_sort_with_data (valued, compare_rows, GINT_TO_POINTER (-1));
  n = valued->len;
  top = MIN (options->top, n);
  bottom = MIN (options->bottom, n - top);
  g_array_set_size (rows, 0);
  if (top + bottom + 1 >= n)
    {
      g_array_append_vals (rows, valued->data, n);
      top = n, bottom = 0;
    }
  else
    {
      bars->n_rest = n - top - bottom;
      bars->rest_economies = TRUE;
      for (guint i = top; i < n - bottom; i++)
        bars->rest_economies &= parity_dataset_get_entity (
                                  bars->ctx->dataset,
                                  g_array_index (valued, ParityChartRow, i).entity)->kind ==
                                PARITY_ENTITY_ECONOMY;
      bars->rest_high = g_array_index (valued, ParityChartRow, top);
      bars->rest_low = g_array_index (valued, ParityChartRow, n - bottom - 1);
      g_array_append_vals (rows, valued->data, top);
      g_array_append_vals (rows, &g_array_index (valued, ParityChartRow, n - bottom), bottom);
    }
  bars->rest_at = top;
  if (bars->ctx->spec->sort == PARITY_SORT_ASCENDING)
    {
      for (guint i = 0, j = rows->len - 1; rows->len > 0 && i < j; i++, j--)
        {
          ParityChartRow swap = g_array_index (rows, ParityChartRow, i);

          g_array_index (rows, ParityChartRow, i) = g_array_index (rows, ParityChartRow, j);
          g_array_index (rows, ParityChartRow, j) = swap;
        }
      bars->rest_at = rows->len - top;
    }
}

/* What the summary row says: "… 163 other economies, from 12% to 94%". */
char *
_parity_bar_rest_text (Bars *bars)
{
  ParityChartContext *ctx = bars->ctx;
  g_autofree char *low = parity_chart_format_row (ctx, &bars->rest_low);
  g_autofree char *high = parity_chart_format_row (ctx, &bars->rest_high);
  g_autofree char *range = parity_chart_word_with2 (ctx->lang, PARITY_WORD_DESC_FROM_TO, low,
                                                    high);
  g_autofree char *number = parity_format_number (bars->n_rest, 0, ctx->lang);

  return parity_chart_word_with2 (ctx->lang, bars->rest_economies ? PARITY_WORD_BAR_REST
                                                                  : PARITY_WORD_BAR_REST_OTHERS,
                                  number, range);
}

/* The cells, one row per category with every series; for a stack sorted by total. */
static void
collect (Bars *bars)
{
  ParityChartContext *ctx = bars->ctx;
  g_autoptr(GArray) rows = parity_chart_select_rows (ctx->dataset, ctx->spec);
  guint n, k = bars->n_series;

  if (k == 1)
    select_top_bottom (bars, rows);
  n = rows->len;

  bars->n_categories = n;
  bars->cells = g_new (ParityChartRow, MAX (n * k, 1));
  for (guint c = 0; c < n; c++)
    {
      bars->cells[c * k] = g_array_index (rows, ParityChartRow, c);
      for (guint s = 1; s < k; s++)
        parity_chart_lookup (ctx->dataset, ctx->spec, parity_chart_get_series (ctx->spec, s),
                             bars->cells[c * k].entity, PARITY_INDEX_NONE, &bars->cells[c * k + s]);
    }
  if (bars->arrangement == BAR_STACKED && ctx->spec->sort != PARITY_SORT_NONE && n > 0)
    {
      g_autoptr(GArray) order = g_array_sized_new (FALSE, FALSE, sizeof (Order), n);
      g_autofree ParityChartRow *sorted = g_new (ParityChartRow, n * k);

      for (guint c = 0; c < n; c++)
        {
          Order o = { c, 0 };

          for (guint s = 0; s < k; s++)
            o.key += bars->cells[c * k + s].value;
          g_array_append_val (order, o);
        }
      g_array_sort_with_data (order, compare_order,
                              GINT_TO_POINTER (ctx->spec->sort == PARITY_SORT_ASCENDING ? 1 : -1));
      for (guint c = 0; c < n; c++)
        memcpy (&sorted[c * k], &bars->cells[g_array_index (order, Order, c).index * k],
                k * sizeof (ParityChartRow));
      memcpy (bars->cells, sorted, n * k * sizeof (ParityChartRow));
    }

  bars->start = g_new (double, MAX (n * k, 1));
  bars->end = g_new (double, MAX (n * k, 1));
  stack (bars);

  if (ctx->spec->reference != PARITY_INDEX_NONE)
    {
      bars->reference = g_new (ParityChartRow, k);
      for (guint s = 0; s < k; s++)
        parity_chart_lookup (ctx->dataset, ctx->spec, parity_chart_get_series (ctx->spec, s),
                             ctx->spec->reference, PARITY_INDEX_NONE, &bars->reference[s]);
      /* A reference drawn for some series and not others would read as complete. */
      for (guint i = 0; i < _parity_bar_n_references (bars); i++)
        if (!isfinite (_parity_bar_reference_value (bars, i)))
          g_clear_pointer (&bars->reference, g_free);
    }

  bars->lo = bars->hi = 0;
  for (guint i = 0; i < n * k; i++)
    if (!isnan (bars->end[i]))
      {
        bars->lo = MIN (bars->lo, MIN (bars->start[i], bars->end[i]));
        bars->hi = MAX (bars->hi, MAX (bars->start[i], bars->end[i]));
      }
  for (guint i = 0; i < _parity_bar_n_references (bars); i++)
    {
      bars->lo = MIN (bars->lo, _parity_bar_reference_value (bars, i));
      bars->hi = MAX (bars->hi, _parity_bar_reference_value (bars, i));
    }
  parity_chart_targets_extend (ctx->spec, &bars->lo, &bars->hi);
  /* Shares of a total are not in the group's unit. */
  if (!bars->percent)
    parity_chart_scale_group_widen (bars->ctx, &bars->lo, &bars->hi);
}

static gboolean
run (Bars     *bars,
     GError  **error)
{
  return bars->orientation == BAR_VERTICAL ? _parity_bar_layout_vertical (bars, error)
                                           : _parity_bar_layout_horizontal (bars, error);
}

static gboolean
bar_layout (ParityChartContext *ctx,
            GError            **error)
{
  static const BarOptions defaults = { BAR_HORIZONTAL, BAR_SINGLE, FALSE, FALSE, 0, 0 };
  const BarOptions *options = ctx->spec->options ? ctx->spec->options : &defaults;
  const ParityTheme *theme = ctx->theme;
  g_autoptr(PangoFontDescription) font = parity_theme_get_font (theme, PARITY_TEXT_BODY,
                                                                PANGO_WEIGHT_NORMAL);
  g_autoptr(PangoFontDescription) bold = parity_theme_get_font (theme, PARITY_TEXT_BODY,
                                                                PANGO_WEIGHT_BOLD);
  g_autoptr(PangoFontDescription) small = parity_theme_get_font (theme, PARITY_TEXT_SMALL,
                                                                 PANGO_WEIGHT_NORMAL);
  g_autoptr(ParityText) percent = parity_text_new_plain (ctx->default_lang, "%");
  Bars bars = {
    .ctx = ctx,
    .orientation = options->orientation,
    .arrangement = options->arrangement,
    .percent = options->percent && options->arrangement == BAR_STACKED,
    .n_series = parity_chart_get_n_series (ctx->spec),
    .share_unit = { PARITY_UNIT_PERCENT, percent, NULL, 1 },
    .gap = round (theme->body_size * 0.5),
    .extension = round (theme->body_size * 0.45 * 2) / 2,
    .font = font,
    .bold = bold,
    .small = small,
    .auto_height = options->auto_height,
  };
  guint n_values = 0;
  gboolean ok;

  if (bars.n_series < 2)
    bars.arrangement = BAR_SINGLE;
  bars.n_slots = bars.arrangement == BAR_GROUPED ? bars.n_series : 1;
  collect (&bars);
  for (guint i = 0; i < bars.n_categories * bars.n_series; i++)
    n_values += !isnan (bars.cells[i].value);
  if (n_values == 0)
    {
      g_set_error (error, PARITY_ERROR, PARITY_ERROR_EMPTY,
                   ctx->spec->period != PARITY_INDEX_NONE
                   /* Translators: a chart's id, an indicator's id, a period such as 2019. */
                   ? _("chart \"%s\": %s has no value for %s")
                   /* Translators: a chart's id, an indicator's id. */
                   : _("chart \"%s\": %s has no value"),
                   ctx->spec->id, ctx->indicator->id,
                   ctx->spec->period != PARITY_INDEX_NONE
                   ? parity_dataset_get_period (ctx->dataset, ctx->spec->period) : "");
      ok = FALSE;
    }
  else if (bars.auto_height && bars.n_categories > BAR_MAX_AUTO_ROWS)
    {
      parity_chart_set_crowded_error (ctx, FALSE, error,
                                      /* Translators: a number of bars, then the most a chart
                                         grows to hold. */
                                      _("%u bars are more than the %u a chart grows to hold"),
                                      bars.n_categories, BAR_MAX_AUTO_ROWS);
      ok = FALSE;
    }
  else if (bars.n_series == 1)
    {
      bars.names = BAR_NAMES_NONE;
      ok = run (&bars, error);
    }
  else
    {
      /* Series are named next to their bars where there is room: try that on a scratch
       * scene, and fall back to a legend when a name did not fit. */
      ParityChartContext scratch = *ctx;
      g_autoptr(ParityScene) scene = parity_scene_new (parity_scene_get_width (ctx->scene),
                                                       parity_scene_get_height (ctx->scene));
      g_autoptr(GString) description = g_string_new (NULL);

      scratch.scene = scene;
      scratch.description = description;
      bars.ctx = &scratch;
      bars.names = BAR_NAMES_DIRECT;
      ok = run (&bars, NULL);
      bars.ctx = ctx;
      if (!ok || bars.names_failed)
        bars.names = BAR_NAMES_LEGEND;
      ok = run (&bars, error);
    }
  if (ok)
    describe (&bars);
  g_free (bars.cells);
  g_free (bars.start);
  g_free (bars.end);
  g_free (bars.reference);
  return ok;
}

static gboolean
bar_parse (ParityChartParser *parser,
           JsonObject        *object,
           ParityChartSpec   *spec)
{
  static const char * const orientations[] = { "horizontal", "vertical", NULL };
  static const char * const layouts[] = { "single", "grouped", "stacked", NULL };
  ParityJsonReader *r = parser->reader;
  BarOptions *options = g_new0 (BarOptions, 1);
  guint n_series = MAX (spec->series->len, 1);
  static const char * const heights[] = { "auto", NULL };
  int orientation = BAR_HORIZONTAL, layout = -1, height = -1;
  gint64 top = 0, bottom = 0;

  spec->options = options;
  spec->free_options = g_free;
  if (!parity_chart_parser_require_period (parser, spec) ||
      !_parity_json_reader_enum (r, object, "orientation", orientations, &orientation) ||
      !_parity_json_reader_enum (r, object, "layout", layouts, &layout))
    return FALSE;
  if (json_object_has_member (object, "percent"))
    {
      JsonNode *node = json_object_get_member (object, "percent");

      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
        return _parity_json_reader_fail_at (r, "percent",
                                            /* Translators: keep true and false: they are JSON
                                               words. */
                                            _("expected true or false, found %s"),
                                            _parity_json_node_describe (node));
      options->percent = json_node_get_boolean (node);
    }
  if (layout < 0)
    layout = options->percent ? BAR_STACKED : n_series > 1 ? BAR_GROUPED : BAR_SINGLE;
  if (layout == BAR_SINGLE && n_series > 1)
    return _parity_json_reader_fail_at (r, "layout",
                                        /* Translators: keep "grouped" and "stacked": they are
                                           values of "layout". %u is a number of series. */
                                        _("single bars show one series, and this "
                                          "chart has %u: use \"grouped\" or \"stacked\""),
                                        n_series);
  if (layout != BAR_SINGLE && n_series < 2)
    return _parity_json_reader_fail_at (r, "layout",
                                        /* Translators: %s is grouped or stacked, as written in
                                           the file; keep "series", the JSON member. */
                                        _("%s bars need at least two \"series\""),
                                        layouts[layout]);
  if (options->percent && layout != BAR_STACKED)
    return _parity_json_reader_fail_at (r, "percent", _("only stacked bars add up to 100 %%"));
  if (!_parity_json_reader_enum (r, object, "height", heights, &height) ||
      !_parity_json_reader_int (r, object, "top", FALSE, 0, BAR_MAX_AUTO_ROWS, &top) ||
      !_parity_json_reader_int (r, object, "bottom", FALSE, 0, BAR_MAX_AUTO_ROWS, &bottom))
    return FALSE;
  if (height == 0 && orientation != BAR_HORIZONTAL)
    return _parity_json_reader_fail_at (r, "height",
                                        /* Translators: keep "height" and "orientation": JSON
                                           members. */
                                        _("only horizontal bars grow to fit their rows: leave "
                                          "out \"height\" or \"orientation\""));
  if ((top > 0 || bottom > 0) && (orientation != BAR_HORIZONTAL || n_series > 1))
    return _parity_json_reader_fail_at (r, top > 0 ? "top" : "bottom",
                                        /* Translators: keep "top" and "bottom": JSON
                                           members. */
                                        _("\"top\" and \"bottom\" choose among the "
                                          "horizontal bars of one series"));
  /* A chart of every economy, or of its two ends, reads highest first unless "sort" says
   * otherwise ("none" keeps every economy in the given order; the two ends are always
   * the highest and the lowest). */
  if ((height == 0 || top > 0 || bottom > 0) && !json_object_has_member (object, "sort"))
    spec->sort = PARITY_SORT_DESCENDING;
  options->auto_height = height == 0;
  options->top = (guint)top;
  options->bottom = (guint)bottom;
  options->orientation = orientation;
  options->arrangement = layout;
  return TRUE;
}

static const char * const bar_members[] = { "orientation", "layout", "percent", "height",
                                             "top", "bottom", NULL };

const ParityChartKind parity_chart_kind_bar = {
  .name = "bar",
  .members = bar_members,
  .parse = bar_parse,
  .layout = bar_layout,
};
