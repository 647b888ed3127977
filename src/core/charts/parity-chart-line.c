/* parity-chart-line.c: values over time, one line per entity (or per series)
 *
 * Years are placed in proportion to time, so 2002, 2017 and 2022 stand 15 : 5 apart;
 * other periods are evenly spaced categories. Observed points are joined even when years
 * lie between them (sparse data is not missing data); only an observation published as
 * missing breaks the line. The segment into a forecast is dashed, and forecasts, estimates
 * and approximations get hollow markers, so the reader sees what was not measured. The
 * axes and texts are in parity-chart-line-labels.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "parity-chart-describe.h"
#include "parity-chart-annotations.h"
#include "parity-chart-targets.h"
#include "parity-chart-line-private.h"
#include "parity-error.h"
#include "parity-pango.h"

/* Names at the lines' ends may take at most this share of the plot width before they are
 * shortened. */
#define LABEL_COLUMN_MAX 0.28
/* Past this, lines are a texture: name the ones that matter with "entities". */
#define LINE_MAX_LINES 300

static gboolean
parse_number (const char *s,
              double     *out)
{
  char *end;

  if (s == NULL || *s == '\0')
    return FALSE;
  *out = g_ascii_strtod (s, &end);
  return *end == '\0' && isfinite (*out);
}

/* Numerically when both read as numbers ("998" before "2002"), else as text. */
static int
compare_period_names (const char *a,
                      const char *b)
{
  double x, y;

  if (parse_number (a, &x) && parse_number (b, &y))
    return (x > y) - (x < y);
  return g_strcmp0 (a, b);
}

static int
compare_periods (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  ParityLineChart *chart = user_data;
  const char *pa = parity_dataset_get_period (chart->ctx->dataset, *(const guint32 *)a);
  const char *pb = parity_dataset_get_period (chart->ctx->dataset, *(const guint32 *)b);

  return chart->numeric ? compare_period_names (pa, pb) : g_strcmp0 (pa, pb);
}

/* A numeric period's value ("2017" is 2017); 0 for any other. */
double
_parity_line_period_value (ParityLineChart *chart,
                           guint            i)
{
  double v = 0;

  parse_number (parity_dataset_get_period (chart->ctx->dataset,
                                           g_array_index (chart->periods, guint32, i)), &v);
  return v;
}

static gboolean
period_wanted (ParityLineChart *chart,
               guint32          period)
{
  const ParityLineOptions *o = chart->options;
  const char *name = parity_dataset_get_period (chart->ctx->dataset, period);

  if (o->periods != NULL)
    {
      for (guint i = 0; i < o->periods->len; i++)
        if (g_array_index (o->periods, guint32, i) == period)
          return TRUE;
      return FALSE;
    }
  return (o->from == NULL || compare_period_names (name, o->from) >= 0) &&
         (o->to == NULL || compare_period_names (name, o->to) <= 0);
}

/* Every period a line has an observation for (a missing one too: its gap shows), in time
 * order. Mixed names ("2019", "2015-2019") all sort as text, so the order is consistent. */
static void
collect_periods (ParityLineChart *chart,
                 GArray          *entities)
{
  ParityChartContext *ctx = chart->ctx;
  const ParityChartSpec *spec = ctx->spec;
  guint n_periods = parity_dataset_get_n_periods (ctx->dataset);
  g_autofree gboolean *seen = g_new0 (gboolean, n_periods);
  g_autofree gboolean *wanted = g_new0 (gboolean, parity_dataset_get_n_entities (ctx->dataset));
  double v;

  for (guint i = 0; i < entities->len; i++)
    wanted[g_array_index (entities, guint32, i)] = TRUE;
  for (guint s = 0; s < parity_chart_get_n_series (spec); s++)
    {
      const ParitySeries *series = parity_chart_get_series (spec, s);
      const ParityIndicator *ind = parity_chart_series_indicator (ctx, s);
      guint32 breakdown = series ? series->breakdown : spec->breakdown;

      for (guint i = 0; i < ind->obs.len; i++)
        if (wanted[ind->obs.entity[i]] && ind->obs.breakdown[i] == breakdown)
          seen[ind->obs.period[i]] = TRUE;
    }
  chart->numeric = TRUE;
  for (guint32 p = 0; p < n_periods; p++)
    if (seen[p] && period_wanted (chart, p))
      {
        g_array_append_val (chart->periods, p);
        chart->numeric &= parse_number (parity_dataset_get_period (ctx->dataset, p), &v);
      }
  g_array_sort_with_data (chart->periods, compare_periods, chart);
}

/* Published as missing: the line breaks here. No observation at all is merely sparse. */
static gboolean
is_gap (const ParityChartRow *row)
{
  return row->observation != PARITY_INDEX_NONE && !has_value (row);
}

static void
clear_line (gpointer data)
{
  ParityLine *line = data;

  g_free (line->name);
  g_free (line->short_name);
  g_array_unref (line->rows);
}

static char *
line_name (ParityChartContext *ctx,
           guint               s,
           guint32             entity,
           guint               n_entities,
           gboolean            prefer_short)
{
  const char *entity_label = parity_chart_entity_label (ctx, entity, prefer_short);

  if (parity_chart_get_n_series (ctx->spec) == 1)
    return g_strdup (entity_label);
  if (n_entities == 1)
    return g_strdup (parity_chart_series_label (ctx, s));
  return g_strdup_printf ("%s, %s", entity_label, parity_chart_series_label (ctx, s));
}

/* One line per series and entity, with a row for every shown period; lines without a
 * single value are left out. */
static gboolean
build_lines (ParityLineChart  *chart,
             GArray           *entities,
             GError          **error)
{
  ParityChartContext *ctx = chart->ctx;
  const ParityChartSpec *spec = ctx->spec;
  gboolean any_highlight = spec->highlight->len > 0;

  for (guint s = 0; s < parity_chart_get_n_series (spec); s++)
    for (guint e = 0; e < entities->len; e++)
      {
        guint32 entity = g_array_index (entities, guint32, e);
        ParityLine line = { .last = -1 };

        line.rows = g_array_sized_new (FALSE, FALSE, sizeof (ParityChartRow),
                                       chart->periods->len);
        for (guint i = 0; i < chart->periods->len; i++)
          {
            ParityChartRow row;

            parity_chart_lookup (ctx->dataset, spec, parity_chart_get_series (spec, s), entity,
                                 g_array_index (chart->periods, guint32, i), &row);
            g_array_append_val (line.rows, row);
            if (!has_value (&row))
              continue;
            line.last = i;
            if (chart->options->log && row.value <= 0)
              {
                g_autofree char *value = parity_chart_format_row (ctx, &row);

                g_set_error (error, PARITY_ERROR, PARITY_ERROR_INVALID,
                             /* Translators: a chart's id, a value, then the entity and the
                                period it belongs to. */
                             _("chart \"%s\": a log scale cannot show %s (%s, %s): every value "
                               "must be above zero"), spec->id, value,
                             parity_chart_entity_label (ctx, entity, FALSE),
                             parity_dataset_get_period (ctx->dataset, row.period));
                g_array_unref (line.rows);
                return FALSE;
              }
          }
        if (line.last < 0)
          {
            g_array_unref (line.rows);
            continue;
          }
        line.name = line_name (ctx, s, entity, entities->len, FALSE);
        line.short_name = line_name (ctx, s, entity, entities->len, TRUE);
        line.highlighted = parity_chart_is_highlighted (spec, entity);
        line.color = !any_highlight ? *parity_chart_entity_color (ctx, entity, chart->lines->len)
                     : line.highlighted ? ctx->theme->accent : ctx->theme->mark_muted;
        /* Text in a palette colour, darkened: orange or sky-blue type is hard to read. */
        line.text_color = line.color;
        if (any_highlight && !line.highlighted)
          line.text_color = ctx->theme->muted_text;
        else
          {
            line.text_color.red *= 0.72;
            line.text_color.green *= 0.72;
            line.text_color.blue *= 0.72;
          }
        g_array_append_val (chart->lines, line);
      }
  return TRUE;
}

/* Remembers a drawn stretch of line as small boxes, which value labels keep clear of. */
static void
note_segment (ParityLineChart   *chart,
              const ParityPoint *a,
              const ParityPoint *b)
{
  double length = hypot (b->x - a->x, b->y - a->y), half = chart->stroke / 2;
  guint n = MAX (1, (guint)ceil (length / (chart->ctx->theme->body_size * 0.25)));

  for (guint i = 0; i < n; i++)
    {
      double xa = a->x + (b->x - a->x) * i / n, ya = a->y + (b->y - a->y) * i / n;
      double xb = a->x + (b->x - a->x) * (i + 1) / n, yb = a->y + (b->y - a->y) * (i + 1) / n;
      ParityRect box = { MIN (xa, xb) - half, MIN (ya, yb) - half,
                         fabs (xb - xa) + 2 * half, fabs (yb - ya) + 2 * half };

      g_array_append_val (chart->segments, box);
    }
}

static void
add_path (ParityLineChart      *chart,
          const ParityLine     *line,
          GArray               *points,
          const ParityChartRow *row,
          gboolean              dashed)
{
  ParityItem *item;

  if (points->len >= 2)
    {
      item = parity_scene_add_path (chart->ctx->scene, PARITY_ROLE_MARK,
                                    (ParityPoint *)points->data, points->len, &line->color,
                                    chart->stroke * (line->highlighted ? 1.3 : 1));
      item->dash = dashed ? chart->ctx->theme->body_size * 0.45 : 0;
      parity_chart_set_datum (item, chart->ctx, row);
      for (guint i = 1; i < points->len; i++)
        note_segment (chart, &g_array_index (points, ParityPoint, i - 1),
                      &g_array_index (points, ParityPoint, i));
    }
  g_array_set_size (points, 0);
}

/* Solid runs between observed points; a dashed piece into each forecast; a break at each
 * observation published as missing. Markers where points are few enough to tell apart,
 * and always at a lone point, a qualified point and the line's end. */
static void
add_line_marks (ParityLineChart  *chart,
                const ParityLine *line,
                gboolean          all_markers)
{
  ParityChartContext *ctx = chart->ctx;
  g_autoptr(GArray) run = g_array_new (FALSE, FALSE, sizeof (ParityPoint));
  g_autoptr(GArray) piece = g_array_new (FALSE, FALSE, sizeof (ParityPoint));
  g_autofree gboolean *joined = g_new0 (gboolean, line->rows->len);
  const ParityChartRow *run_end = NULL;
  int previous = -1;

  for (guint i = 0; i < line->rows->len; i++)
    {
      const ParityChartRow *row = &g_array_index (line->rows, ParityChartRow, i);
      ParityPoint p;

      if (is_gap (row))
        {
          add_path (chart, line, run, run_end, FALSE);
          previous = -1;
          continue;
        }
      if (!has_value (row))
        continue;
      p = (ParityPoint) { point_x (chart, i), map_y (chart, row->value) };
      parity_chart_annotations_note_point (chart->ctx, row, p.x, p.y);
      if (previous >= 0)
        {
          const ParityChartRow *from = &g_array_index (line->rows, ParityChartRow, previous);
          ParityPoint q = { point_x (chart, previous), map_y (chart, from->value) };

          joined[previous] = joined[i] = TRUE;
          if (row->qualifier == PARITY_QUALIFIER_FORECAST)
            {
              add_path (chart, line, run, run_end, FALSE);
              g_array_append_val (piece, q);
              g_array_append_val (piece, p);
              add_path (chart, line, piece, row, TRUE);
            }
          else
            {
              if (run->len == 0)
                g_array_append_val (run, q);
              g_array_append_val (run, p);
              run_end = row;
            }
        }
      previous = i;
    }
  add_path (chart, line, run, run_end, FALSE);

  for (guint i = 0; i < line->rows->len; i++)
    {
      const ParityChartRow *row = &g_array_index (line->rows, ParityChartRow, i);
      gboolean hollow = row->qualifier == PARITY_QUALIFIER_FORECAST ||
                        row->qualifier == PARITY_QUALIFIER_ESTIMATE ||
                        row->qualifier == PARITY_QUALIFIER_APPROXIMATE;
      ParityItem *item;

      if (!has_value (row) ||
          !(all_markers || !joined[i] || (int)i == line->last ||
            row->qualifier != PARITY_QUALIFIER_EXACT))
        continue;
      item = parity_scene_add_marker (ctx->scene, PARITY_ROLE_MARK, PARITY_MARKER_CIRCLE,
                                      point_x (chart, i), map_y (chart, row->value),
                                      chart->radius * (line->highlighted ? 1.2 : 1),
                                      &line->color);
      item->hollow = hollow;
      item->line_width = chart->stroke * 0.8;
      parity_chart_set_datum (item, ctx, row);
    }
}

static void
describe (ParityLineChart *chart)
{
  ParityChartContext *ctx = chart->ctx;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *head = parity_describe (ctx, chart->options->log ? PARITY_WORD_DESC_LINE_LOG
                                                                    : PARITY_WORD_DESC_LINE,
                                           parity_text_get (ctx->indicator->label, ctx->lang,
                                                            ctx->default_lang));

  for (guint l = 0; l < chart->lines->len; l++)
    {
      const ParityLine *line = &g_array_index (chart->lines, ParityLine, l);
      g_autofree char *points = NULL;

      for (guint i = 0; i < line->rows->len; i++)
        {
          const ParityChartRow *row = &g_array_index (line->rows, ParityChartRow, i);
          g_autofree char *value = NULL;
          g_autofree char *point = NULL;
          char *longer;

          if (row->observation == PARITY_INDEX_NONE)
            continue;
          value = parity_chart_format_row (ctx, row);
          parity_describe_record (ctx, row, NULL);
          point = parity_describe2 (ctx, PARITY_WORD_DESC_ITEM,
                                    parity_dataset_get_period (ctx->dataset, row->period), value);
          longer = points ? parity_describe2 (ctx, PARITY_WORD_DESC_WITH, points, point)
                          : g_strdup (point);
          g_free (points);
          points = longer;
        }
      g_ptr_array_add (items, parity_describe2 (ctx, PARITY_WORD_DESC_INTRO, line->name,
                                                points ? points : ""));
    }
  parity_describe_finish (ctx, head, items);
}

/* The values' range; returns how many points have a value. */
static guint
value_range (ParityLineChart *chart,
             double          *lo,
             double          *hi)
{
  guint n_points = 0;

  *lo = INFINITY;
  *hi = -INFINITY;
  for (guint l = 0; l < chart->lines->len; l++)
    {
      const ParityLine *line = &g_array_index (chart->lines, ParityLine, l);

      for (guint i = 0; i < line->rows->len; i++)
        {
          const ParityChartRow *row = &g_array_index (line->rows, ParityChartRow, i);

          if (!has_value (row))
            continue;
          n_points++;
          *lo = MIN (*lo, row->value);
          *hi = MAX (*hi, row->value);
        }
    }
  return n_points;
}

/* Sets the x of each period; returns the smallest step between two. */
static double
place_periods (ParityLineChart *chart)
{
  const ParityChartSpec *spec = chart->ctx->spec;
  guint n = chart->periods->len;
  double first = _parity_line_period_value (chart, 0);
  double last = _parity_line_period_value (chart, n - 1);
  double width = chart->x1 - chart->x0, min_dx = INFINITY;

  /* A target "by 2030" stretches the time axis to its year. */
  for (guint i = 0; chart->numeric && spec->targets != NULL && i < spec->targets->len; i++)
    {
      const ParityTarget *target = &g_array_index (spec->targets, ParityTarget, i);

      if (target->period != NULL)
        {
          first = MIN (first, g_ascii_strtod (target->period, NULL));
          last = MAX (last, g_ascii_strtod (target->period, NULL));
        }
    }
  chart->t_first = first;
  chart->t_last = last;
  for (guint i = 0; i < n; i++)
    {
      double x;

      if (first == last)
        x = chart->x0 + width / 2;
      else if (chart->numeric)
        x = _parity_line_year_x (chart, _parity_line_period_value (chart, i));
      else
        x = chart->x0 + (double)i / (n - 1) * width;
      g_array_append_val (chart->px, x);
      if (i > 0)
        min_dx = MIN (min_dx, x - point_x (chart, i - 1));
    }
  return min_dx;
}

/* What the steps of line_layout hand on to each other. */
typedef struct
{
  double       lo, hi;       /* the values to show */
  guint        n_points;
  PangoLayout *title;        /* the unit above the value axis, or NULL */
  double       title_y;      /* how far below the plot's top the title goes */
  GArray      *y_ticks;
  GArray      *x_ticks;
  GArray      *slots;        /* the names at the lines' ends, or NULL */
  double       column_w;     /* their width */
  double       gutter;       /* between the plot and the names */
  double       min_dx;       /* the least distance between two periods */
  gboolean     use_legend;
  gboolean     leaders;
} LinePlan;

static void
line_plan_clear (LinePlan *plan)
{
  g_clear_object (&plan->title);
  g_clear_pointer (&plan->y_ticks, g_array_unref);
  g_clear_pointer (&plan->x_ticks, g_array_unref);
  g_clear_pointer (&plan->slots, g_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (LinePlan, line_plan_clear)

/* Select: the lines, thinner when there are many; FALSE when there are none or too many. */
static gboolean
select_lines (ParityLineChart *chart,
              GArray          *entities,
              GError         **error)
{
  ParityChartContext *ctx = chart->ctx;
  GArray *lines = chart->lines;

  collect_periods (chart, entities);
  if (!build_lines (chart, entities, error))
    return FALSE;
  /* Past six lines, thinner lines and dots, so that many stay lines rather than a block of
   * colour (and, at two hundred, paint in a third of the time). */
  if (lines->len > 6)
    {
      double thin = MAX (0.3, sqrt (6.0 / lines->len));

      chart->stroke = MAX (0.5, chart->stroke * thin);
      chart->radius *= MAX (0.5, thin);
    }
  if (lines->len > LINE_MAX_LINES)
    {
      parity_chart_set_crowded_error (ctx, FALSE, error,
                                      /* Translators: a number of lines, then the largest number
                                         a line chart draws. */
                                      _("%u lines are more than a line chart can show readably "
                                        "(at most %u)"), lines->len, LINE_MAX_LINES);
      return FALSE;
    }
  if (lines->len == 0)
    {
      g_set_error (error, PARITY_ERROR, PARITY_ERROR_EMPTY,
                   chart->options->periods || chart->options->from
                   /* Translators: a chart's id, then an indicator's id. */
                   ? _("chart \"%s\": %s has no value to draw in the chosen periods")
                   : _("chart \"%s\": %s has no value to draw"),
                   ctx->spec->id, ctx->indicator->id);
      return FALSE;
    }
  return TRUE;
}

/* Measure, top down: the unit above the value axis, the plot, the period labels below it;
 * then the value axis on that height. */
static void
measure_value_axis (ParityLineChart *chart,
                    LinePlan        *plan)
{
  const ParityRect *plot = &chart->ctx->plot;
  g_autofree char *title_text = NULL;

  chart->top = plot->y;
  chart->bottom = plot->y + plot->height - chart->small_h * 1.5 - chart->gap * 0.3;
  title_text = _parity_line_axis_title (chart);
  if (title_text != NULL)
    {
      plan->title = parity_pango_layout_new (title_text, chart->small);
      pango_layout_set_width (plan->title, (int)(plot->width * PANGO_SCALE));
      pango_layout_set_ellipsize (plan->title, PANGO_ELLIPSIZE_END);
      chart->top += chart->small_h + chart->gap * 0.6;
    }
  chart->top += chart->small_h / 2;  /* half the top tick label */
  plan->y_ticks = _parity_line_make_y_ticks (chart, plan->lo, plan->hi);
}

/* Labels, planned: names at the lines' ends when they stack beside the plot, from the top
 * tick label to the period labels; else a key on top, and the value axis set again on what
 * room is left; else, when a key would take more than a third of the plot, names for as
 * many lines as stack, spread over the range. One line is named too (a World Bank file for
 * Japan alone), unless the title or subtitle already says whose line it is. FALSE when the
 * plot is left too low. */
static gboolean
plan_names (ParityLineChart *chart,
            LinePlan        *plan,
            GError         **error)
{
  ParityChartContext *ctx = chart->ctx;
  const ParityRect *plot = &ctx->plot;
  GArray *lines = chart->lines;

  if (lines->len > 1 ||
      (!parity_chart_title_names (ctx, g_array_index (lines, ParityLine, 0).name) &&
       !parity_chart_title_names (ctx, g_array_index (lines, ParityLine, 0).short_name)))
    {
      double names_top = chart->top - chart->small_h / 2;
      double names_bottom = chart->bottom + chart->small_h / 2 + chart->gap * 0.3 -
                            ctx->theme->body_size * 0.15;

      plan->slots = _parity_line_plan_direct_labels (chart, plot->width * LABEL_COLUMN_MAX,
                                                     names_top, names_bottom, FALSE,
                                                     &plan->column_w, &plan->leaders);
      if (plan->slots == NULL &&
          _parity_line_add_legend (chart, 0, FALSE) > (chart->bottom - chart->top) / 3)
        plan->slots = _parity_line_plan_direct_labels (chart, plot->width * LABEL_COLUMN_MAX,
                                                       names_top, names_bottom, TRUE,
                                                       &plan->column_w, &plan->leaders);
      plan->use_legend = plan->slots == NULL;
    }
  if (plan->use_legend)
    {
      plan->title_y = _parity_line_add_legend (chart, 0, FALSE) + chart->gap;
      chart->top += plan->title_y;
      g_clear_pointer (&plan->y_ticks, g_array_unref);
      plan->y_ticks = _parity_line_make_y_ticks (chart, plan->lo, plan->hi);
    }
  if (chart->bottom - chart->top < chart->small_h * 3)
    {
      g_set_error (error, PARITY_ERROR, PARITY_ERROR_INVALID,
                   /* Translators: a chart's id, then a height in points. */
                   _("chart \"%s\": the plot is %.0f pt high, too little for a line chart"),
                   ctx->spec->id, plot->height);
      return FALSE;
    }
  return TRUE;
}

/* Axis, left to right: the tick labels, the plot, the names at the lines' ends. Leaders
 * need a gutter wide enough not to look like ticks. */
static void
fit_period_axis (ParityLineChart *chart,
                 LinePlan        *plan)
{
  const ParityRect *plot = &chart->ctx->plot;
  double right;

  chart->x0 = plot->x + MAX (_parity_line_max_tick_width (plan->y_ticks) + chart->gap +
                             chart->radius * 0.5, _parity_line_period_label_width (chart, 0) / 2);
  right = MAX (_parity_line_period_label_width (chart, chart->periods->len - 1) / 2,
               chart->radius * 1.5);
  plan->gutter = chart->radius + chart->gap * (plan->leaders ? 2.5 : 1);
  if (plan->slots != NULL)
    right = MAX (right, plan->column_w + plan->gutter);
  chart->x1 = plot->x + plot->width - right;
  plan->min_dx = place_periods (chart);
  plan->x_ticks = _parity_line_make_x_ticks (chart);
}

static double
target_x (gpointer data,
          double   year)
{
  return _parity_line_year_x (data, year);
}

/* Targets over the lines, their labels and the bands' clear of the lines, the points and
 * every label already placed. */
static void
add_targets (ParityLineChart *chart,
             double           right)
{
  ParityChartContext *ctx = chart->ctx;
  g_autoptr(ParityLabelPlacer) placer = NULL;

  if (!parity_chart_targets_any (ctx->spec))
    return;
  placer = parity_label_placer_new (ctx, &(ParityRect) { ctx->plot.x, ctx->plot.y,
                                                         right - ctx->plot.x,
                                                         chart->bottom - ctx->plot.y });
  for (guint i = 0; i < chart->segments->len; i++)
    parity_label_placer_add_obstacle (placer, &g_array_index (chart->segments, ParityRect, i));
  for (guint i = 0; i < parity_scene_get_n_items (ctx->scene); i++)
    {
      const ParityItem *item = parity_scene_get_item (ctx->scene, i);

      if (item->kind == PARITY_ITEM_TEXT || item->kind == PARITY_ITEM_MARKER)
        parity_label_placer_add_obstacle (placer, &item->box);
    }
  parity_chart_targets_lines (ctx, placer, &chart->y, TRUE, chart->x0, chart->x1, chart->small,
                              chart->numeric ? target_x : NULL, chart);
}

/* Marks and labels: the key or the unit, the axes, the lines (muted ones first, so the
 * highlighted ones are drawn over them), the names, the values. */
static void
draw_lines (ParityLineChart *chart,
            LinePlan        *plan)
{
  ParityChartContext *ctx = chart->ctx;
  const ParityRect *plot = &ctx->plot;
  GArray *lines = chart->lines;
  gboolean all_markers;
  double right;

  if (plan->use_legend)
    _parity_line_add_legend (chart, plot->y, TRUE);
  if (plan->title != NULL)
    parity_scene_add_text (ctx->scene, PARITY_ROLE_AXIS_LABEL, plan->title, plot->x,
                           plot->y + plan->title_y, &ctx->theme->muted_text);
  if (!chart->options->log)
    parity_chart_targets_bands (ctx, &chart->y, TRUE, chart->x0, chart->x1);
  _parity_line_add_axes (chart, plan->y_ticks, plan->x_ticks);
  all_markers = plan->min_dx >= chart->radius * 5 &&
                plan->n_points <= 2 * PARITY_LINE_MAX_VALUE_LABELS;
  for (int highlighted = 0; highlighted < 2; highlighted++)
    for (guint l = 0; l < lines->len; l++)
      if (g_array_index (lines, ParityLine, l).highlighted == highlighted)
        add_line_marks (chart, &g_array_index (lines, ParityLine, l), all_markers);
  if (plan->slots != NULL)
    _parity_line_add_direct_labels (chart, plan->slots, chart->x1 + plan->gutter);
  /* Values stay above the baseline and clear of the names at the lines' ends. */
  right = plan->slots != NULL ? chart->x1 + plan->gutter - chart->gap * 0.5
                              : plot->x + plot->width;
  _parity_line_add_value_labels (chart, &(ParityRect) {
                                   chart->x0 - chart->radius, plot->y,
                                   right - (chart->x0 - chart->radius),
                                   chart->bottom - chart->stroke / 2 - plot->y });
  if (!chart->options->log)
    add_targets (chart, right);
}

static gboolean
line_layout (ParityChartContext  *ctx,
             GError             **error)
{
  const ParityTheme *theme = ctx->theme;
  g_autoptr(GArray) entities = parity_chart_select_entities (ctx->dataset, ctx->spec);
  g_autoptr(GArray) periods = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr(GArray) px = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) lines = g_array_new (FALSE, TRUE, sizeof (ParityLine));
  g_autoptr(GArray) segments = g_array_new (FALSE, FALSE, sizeof (ParityRect));
  g_autoptr(PangoFontDescription) small = parity_theme_get_font (theme, PARITY_TEXT_SMALL,
                                                                 PANGO_WEIGHT_NORMAL);
  g_autoptr(PangoFontDescription) body = parity_theme_get_font (theme, PARITY_TEXT_BODY,
                                                                PANGO_WEIGHT_NORMAL);
  g_autoptr(PangoFontDescription) bold = parity_theme_get_font (theme, PARITY_TEXT_BODY,
                                                                PANGO_WEIGHT_BOLD);
  g_autoptr(PangoLayout) small_probe = parity_pango_layout_new ("0", small);
  g_autoptr(PangoLayout) body_probe = parity_pango_layout_new ("0", body);
  g_auto(LinePlan) plan = { 0 };
  ParityLineChart chart = {
    .ctx = ctx, .options = ctx->spec->options, .periods = periods, .px = px, .lines = lines,
    .segments = segments, .small = small, .body = body, .bold = bold,
    .gap = round (theme->body_size * 0.5), .radius = theme->body_size * 0.3,
    .stroke = MAX (1, theme->body_size / 5), .small_h = parity_pango_height (small_probe),
    .body_h = parity_pango_height (body_probe),
  };

  g_array_set_clear_func (lines, clear_line);
  if (!select_lines (&chart, entities, error))
    return FALSE;
  plan.n_points = value_range (&chart, &plan.lo, &plan.hi);
  if (!chart.options->log)
    parity_chart_targets_extend (ctx->spec, &plan.lo, &plan.hi);
  parity_chart_scale_group_widen_log (ctx, chart.options->log, &plan.lo, &plan.hi);
  measure_value_axis (&chart, &plan);
  if (!plan_names (&chart, &plan, error))
    return FALSE;
  fit_period_axis (&chart, &plan);
  draw_lines (&chart, &plan);
  describe (&chart);
  if (!chart.options->log)
    parity_chart_targets_describe (ctx);
  return TRUE;
}

static void
line_options_free (gpointer data)
{
  ParityLineOptions *options = data;

  g_free (options->from);
  g_free (options->to);
  g_clear_pointer (&options->periods, g_array_unref);
  g_free (options);
}

/* "periods": ["2002", "2022"] is a range, both ends included (they need not be periods of
 * the data); a list of one, three or more names exactly the periods to show. */
static gboolean
read_periods (ParityChartParser *parser,
              JsonArray         *array,
              ParityLineOptions *options)
{
  ParityJsonReader *r = parser->reader;
  guint n = json_array_get_length (array);
  gsize mark;

  if (n == 0)
    return _parity_json_reader_fail_at (r, "periods", _("the list is empty: name the periods to "
                                          "show, or leave it out to show all"));
  mark = _parity_json_reader_push_member (r, "periods");
  if (n != 2)
    options->periods = g_array_new (FALSE, FALSE, sizeof (guint32));
  for (guint i = 0; i < n; i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      gsize item_mark = _parity_json_reader_push_index (r, i);
      const char *name;
      guint32 period;

      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
        return _parity_json_reader_fail (r,
                                         /* Translators: %s is what was found: “a number”… */
                                         _("expected a period, found %s"),
                                         _parity_json_node_describe (node));
      name = json_node_get_string (node);
      if (n == 2)
        *(i == 0 ? &options->from : &options->to) = g_strdup (name);
      else
        {
          period = parity_dataset_lookup_period (parser->dataset, name);
          if (period == PARITY_INDEX_NONE)
            return _parity_json_reader_fail (r, _("no observation has the period \"%s\""), name);
          g_array_append_val (options->periods, period);
        }
      _parity_json_reader_pop (r, item_mark);
    }
  if (n == 2 && compare_period_names (options->from, options->to) > 0)
    return _parity_json_reader_fail (r,
                                     /* Translators: two periods, such as 2022 and 2002. */
                                     _("the range runs backwards: \"%s\" comes after \"%s\""),
                                     options->from, options->to);
  _parity_json_reader_pop (r, mark);
  return TRUE;
}

static gboolean
line_parse (ParityChartParser *parser,
            JsonObject        *object,
            ParityChartSpec   *spec)
{
  static const char * const scales[] = { "linear", "log", NULL };
  ParityJsonReader *r = parser->reader;
  ParityLineOptions *options = g_new0 (ParityLineOptions, 1);
  JsonArray *periods = NULL;
  int scale = 0;

  spec->options = options;
  spec->free_options = line_options_free;
  if (spec->period != PARITY_INDEX_NONE)
    return _parity_json_reader_fail_at (r, "period",
                                        /* Translators: keep "period" and "periods": they are
                                           JSON members. */
                                        _("a line chart shows a run of periods: "
                                          "leave \"period\" out, or choose them with \"periods\""));
  for (guint i = 0; i < spec->series->len; i++)
    if (g_array_index (spec->series, ParitySeries, i).period != PARITY_INDEX_NONE)
      return _parity_json_reader_fail_at (r, "series",
                                          /* Translators: %u is the number of a series, counted
                                             from 0; keep "period", the JSON member. */
                                          _("a line chart's series run over every "
                                            "period: series %u must not name a \"period\""), i);
  if (spec->reference != PARITY_INDEX_NONE)
    return _parity_json_reader_fail_at (r, "reference",
                                        /* Translators: keep "entities", the JSON member. */
                                        _("a line chart has no reference line: "
                                          "list the entity in \"entities\" to draw it as a line"));
  if (!_parity_json_reader_enum (r, object, "scale", scales, &scale) ||
      !_parity_json_reader_array (r, object, "periods", FALSE, &periods))
    return FALSE;
  options->log = scale == 1;
  if (options->log && !parity_chart_targets_check_log (parser, spec, FALSE))
    return FALSE;
  return periods == NULL || read_periods (parser, periods, options);
}

static const char * const line_members[] = { "scale", "periods", NULL };

const ParityChartKind parity_chart_kind_line = {
  .name = "line",
  .members = line_members,
  .parse = line_parse,
  .layout = line_layout,
};
