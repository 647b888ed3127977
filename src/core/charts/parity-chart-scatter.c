/* parity-chart-scatter.c: two indicators per economy, one dot each — Internet use against
 * GDP per capita — coloured by group, optionally sized by a third indicator
 *
 * Every economy with both values at the chart's period gets a dot; aggregates (World,
 * regions, development groups) are left out unless the chart lists them in "entities".
 * A dot's area is in proportion to its size value. The highlighted economies are named,
 * and the "outliers" economies farthest from the least-squares line of y on x (fitted on
 * the axes' scales, so on log10 x for a log x axis) — the ones a reader asks about. Labels
 * go through the label placer: beside the dot, else a little away with a leader line, else
 * left out and counted. Two hundred economies stay readable: the dots shrink with their
 * number, and each keeps a ring of background so that overlapping dots stay apart.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "parity-chart-describe.h"
#include "parity-chart-latest.h"
#include "parity-chart-scatter-private.h"
#include "parity-chart-words.h"
#include "parity-error.h"
#include "parity-label-placer.h"
#include "parity-number-format.h"
#include "parity-pango.h"
#include "parity-scale.h"
#include "parity-chart-targets.h"

/* Sizes relative to body text: a dot's radius (shrinking past DOT_FULL_COUNT dots, to half
 * at most), and the largest dot of a sized plot. */
#define DOT_RADIUS 0.32
#define DOT_FULL_COUNT 40
#define SIZE_MAX_RADIUS 1.3

static void
scatter_clear (ParityScatter *s)
{
  g_clear_pointer (&s->dots, g_array_unref);
  g_clear_pointer (&s->small, pango_font_description_free);
  g_clear_pointer (&s->bold, pango_font_description_free);
  g_clear_pointer (&s->x_ticks, g_array_unref);
  g_clear_pointer (&s->y_ticks, g_array_unref);
  if (s->missing != NULL)
    g_string_free (g_steal_pointer (&s->missing), TRUE);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ParityScatter, scatter_clear)

static gboolean
has_value (const ParityChartRow *row)
{
  return row->observation != PARITY_INDEX_NONE && row->qualifier != PARITY_QUALIFIER_MISSING &&
         isfinite (row->value);
}

/* An axis as the series of values it reads: its indicator's totals, or the chart's
 * breakdown when it is the chart's indicator. */
static ParitySeries
axis_series (const ParityChartSpec   *spec,
             const ParityScatterAxis *axis)
{
  return (ParitySeries) { NULL, axis->indicator, axis->period,
                          axis->indicator == spec->indicator ? spec->breakdown : 0 };
}

static void
lookup (ParityScatter           *s,
        const ParityScatterAxis *axis,
        guint32                  entity,
        ParityChartRow          *row)
{
  const ParityChartSpec *spec = s->ctx->spec;
  ParitySeries series = axis_series (spec, axis);

  parity_chart_lookup (s->ctx->dataset, spec, &series, entity, PARITY_INDEX_NONE, row);
}

/* A dot's values on the axes' scales: log10 of the value on a log axis. */
static double
scaled (const ParityScatterAxis *axis,
        double                   value)
{
  return axis->log ? log10 (value) : value;
}

static double
to_x (ParityScatter *s,
      double         value)
{
  return parity_scale_map (&s->xs, scaled (&s->options->x, value));
}

static double
to_y (ParityScatter *s,
      double         value)
{
  return parity_scale_map (&s->ys, scaled (&s->options->y, value));
}

const char *
_parity_scatter_indicator_label (ParityScatter *s,
                                 guint32        indicator)
{
  return parity_text_get (parity_dataset_get_indicator (s->ctx->dataset, indicator)->label,
                          s->ctx->lang, s->ctx->default_lang);
}


static gboolean
is_aggregate (ParityDataset *dataset,
              guint32        entity)
{
  ParityEntityKind kind = parity_dataset_get_entity (dataset, entity)->kind;

  return kind == PARITY_ENTITY_WORLD || kind == PARITY_ENTITY_DEVELOPMENT_GROUP ||
         kind == PARITY_ENTITY_REGION;
}

/* A log axis cannot place zero or less: the error names the first such value. */
static gboolean
check_log (ParityScatter         *s,
           const ParityChartRow  *row,
           GError               **error)
{
  g_autofree char *value = NULL;

  if (row->value > 0)
    return TRUE;
  value = parity_chart_format_row (s->ctx, row);
  g_set_error (error, PARITY_ERROR, PARITY_ERROR_INVALID,
               _("chart \"%s\": a log scale cannot show %s (%s, %s): every value "
                 "must be above zero"), s->ctx->spec->id, value,
               parity_chart_entity_label (s->ctx, row->entity, FALSE),
               parity_dataset_get_period (s->ctx->dataset, row->period));
  return FALSE;
}

static void
mark_observed (ParityScatter           *s,
               const ParityScatterAxis *axis,
               gboolean                *seen)
{
  const ParityChartSpec *spec = s->ctx->spec;
  const ParityIndicator *ind = parity_dataset_get_indicator (s->ctx->dataset, axis->indicator);
  ParitySeries series = axis_series (spec, axis);
  guint32 breakdown = series.breakdown;
  ParityPeriodFilter filter;

  /* The axis' period, else the chart's, or the window of a chart of the latest values. */
  parity_period_filter_init (&filter, s->ctx->dataset, spec, &series);
  for (guint i = 0; i < ind->obs.len; i++)
    if (ind->obs.breakdown[i] == breakdown &&
        parity_period_filter_takes (&filter, s->ctx->dataset, ind, i))
      seen[ind->obs.entity[i]] = TRUE;
}

/* The economies a dot may stand for: the chart's "entities", else every entity with a value
 * on either axis, in the dataset's order. */
static GArray *
candidates (ParityScatter *s)
{
  ParityDataset *dataset = s->ctx->dataset;
  guint n = parity_dataset_get_n_entities (dataset);
  g_autofree gboolean *seen = NULL;
  GArray *entities;

  if (s->ctx->spec->entities != NULL)
    return parity_chart_select_entities (dataset, s->ctx->spec);
  seen = g_new0 (gboolean, n);
  mark_observed (s, &s->options->x, seen);
  mark_observed (s, &s->options->y, seen);
  entities = g_array_new (FALSE, FALSE, sizeof (guint32));
  for (guint32 e = 0; e < n; e++)
    if (seen[e])
      g_array_append_val (entities, e);
  return entities;
}

/* Names an economy that has a value but not all a dot needs: it is said, not hidden. */
static void
note_missing (ParityScatter *s,
              guint32        entity)
{
  if (s->missing->len > 0)
    g_string_append (s->missing, parity_chart_word (s->ctx->lang, PARITY_WORD_NAME_SEPARATOR));
  g_string_append (s->missing, parity_chart_entity_label (s->ctx, entity, TRUE));
}

/* The chart's "reference" with both values is drawn apart from the dots; without them it
 * is named with the economies left out. */
static gboolean
select_reference (ParityScatter  *s,
                  GError        **error)
{
  const ParityScatterOptions *o = s->options;
  ParityScatterDot *r = &s->reference;

  if (s->ctx->spec->reference == PARITY_INDEX_NONE)
    return TRUE;
  *r = (ParityScatterDot) { .entity = s->ctx->spec->reference, .group = -1,
                            .is_reference = TRUE };
  lookup (s, &o->x, r->entity, &r->x);
  lookup (s, &o->y, r->entity, &r->y);
  if (!has_value (&r->x) || !has_value (&r->y))
    {
      note_missing (s, r->entity);
      return TRUE;
    }
  if ((o->x.log && !check_log (s, &r->x, error)) || (o->y.log && !check_log (s, &r->y, error)))
    return FALSE;
  r->color = s->ctx->theme->reference;
  s->has_reference = TRUE;
  return TRUE;
}

/* The dots: every chosen economy with both values (and a size above zero, for a sized
 * plot), in the dataset's order; the others are named in s->missing. */
static gboolean
select_dots (ParityScatter  *s,
             GError        **error)
{
  ParityChartContext *ctx = s->ctx;
  const ParityScatterOptions *o = s->options;
  g_autoptr(GArray) entities = candidates (s);

  s->dots = g_array_new (FALSE, TRUE, sizeof (ParityScatterDot));
  s->missing = g_string_new (NULL);
  for (guint i = 0; i < entities->len; i++)
    {
      ParityScatterDot dot = { .entity = g_array_index (entities, guint32, i) };

      if ((ctx->spec->entities == NULL && is_aggregate (ctx->dataset, dot.entity)) ||
          dot.entity == ctx->spec->reference)
        continue;
      lookup (s, &o->x, dot.entity, &dot.x);
      lookup (s, &o->y, dot.entity, &dot.y);
      if (o->size.indicator != PARITY_INDEX_NONE)
        lookup (s, &o->size, dot.entity, &dot.size);
      if (!has_value (&dot.x) || !has_value (&dot.y) ||
          (o->size.indicator != PARITY_INDEX_NONE &&
           (!has_value (&dot.size) || dot.size.value <= 0)))
        {
          note_missing (s, dot.entity);
          continue;
        }
      s->size_max = MAX (s->size_max, dot.size.value);
      if ((o->x.log && !check_log (s, &dot.x, error)) ||
          (o->y.log && !check_log (s, &dot.y, error)))
        return FALSE;
      dot.group = parity_chart_groups_find (o->groups, dot.entity);
      dot.highlighted = parity_chart_is_highlighted (ctx->spec, dot.entity);
      s->any_ungrouped |= dot.group < 0;
      g_array_append_val (s->dots, dot);
    }
  if (!select_reference (s, error))
    return FALSE;
  if (s->dots->len == 0)
    {
      g_set_error (error, PARITY_ERROR, PARITY_ERROR_EMPTY,
                   _("chart \"%s\": %s has no value to draw"), ctx->spec->id,
                   ctx->indicator->id);
      return FALSE;
    }
  return TRUE;
}

/* Each dot's distance from the least-squares line of y on x, on the axes' scales; from
 * the mean of y when x does not vary. */
static void
compute_residuals (ParityScatter *s)
{
  const ParityScatterAxis *x = &s->options->x, *y = &s->options->y;
  GArray *dots = s->dots;
  double mx = 0, my = 0, sxx = 0, sxy = 0, slope = 0;
  guint n = dots->len;

  for (guint i = 0; i < n; i++)
    {
      ParityScatterDot *d = &g_array_index (dots, ParityScatterDot, i);

      mx += scaled (x, d->x.value) / n;
      my += scaled (y, d->y.value) / n;
    }
  for (guint i = 0; i < n; i++)
    {
      ParityScatterDot *d = &g_array_index (dots, ParityScatterDot, i);

      sxx += pow (scaled (x, d->x.value) - mx, 2);
      sxy += (scaled (x, d->x.value) - mx) * (scaled (y, d->y.value) - my);
    }
  if (sxx > 0)
    slope = sxy / sxx;
  for (guint i = 0; i < n; i++)
    {
      ParityScatterDot *d = &g_array_index (dots, ParityScatterDot, i);

      d->residual = fabs (scaled (y, d->y.value) - my - slope * (scaled (x, d->x.value) - mx));
    }
}

/* Groups in palette order, the economies in none muted; without groups one colour, or the
 * accent for the highlighted among muted others. */
static void
colour_dots (ParityScatter *s)
{
  const ParityTheme *theme = s->ctx->theme;
  gboolean any_highlight = s->ctx->spec->highlight->len > 0;

  for (guint i = 0; i < s->dots->len; i++)
    {
      ParityScatterDot *d = &g_array_index (s->dots, ParityScatterDot, i);

      if (s->options->groups != NULL)
        d->color = *parity_chart_groups_color (s->ctx, s->options->groups, d->group);
      else if (any_highlight)
        d->color = d->highlighted ? theme->accent : theme->mark_muted;
      else
        d->color = *parity_chart_series_color (s->ctx, 0);
    }
}

static gboolean
own_period (const ParityScatterAxis *axis,
            const ParityChartSpec   *spec)
{
  return axis->period != PARITY_INDEX_NONE && axis->period != spec->period;
}

/* An axis' title: the indicator's name, with its unit when the name does not say it, its
 * period when the axes differ in period (Internet use in 2019 against 2022), and the scale
 * when it is logarithmic. */
static char *
axis_title (ParityScatter           *s,
            const ParityScatterAxis *axis)
{
  ParityChartContext *ctx = s->ctx;
  const ParityChartSpec *spec = ctx->spec;
  const ParityUnit *unit = &parity_dataset_get_indicator (ctx->dataset, axis->indicator)->unit;
  const char *unit_name = parity_text_get (unit->label, ctx->lang, ctx->default_lang);
  g_autofree char *name = g_strdup (_parity_scatter_indicator_label (s, axis->indicator));
  char *longer;

  if (unit_name == NULL || *unit_name == '\0')
    unit_name = parity_text_get (unit->symbol, ctx->lang, ctx->default_lang);
  if (unit_name != NULL && *unit_name != '\0' && strstr (name, unit_name) == NULL)
    {
      longer = parity_chart_word_with2 (ctx->lang, PARITY_WORD_DESC_PAREN, name, unit_name);
      g_free (name), name = longer;
    }
  if (own_period (&s->options->x, spec) || own_period (&s->options->y, spec))
    {
      longer = parity_chart_word_with2 (ctx->lang, PARITY_WORD_DESC_WITH, name,
                                        parity_dataset_get_period (ctx->dataset,
                                                                   own_period (axis, spec)
                                                                   ? axis->period
                                                                   : spec->period));
      g_free (name), name = longer;
    }
  if (axis->log)
    return parity_chart_word_with (ctx->lang, PARITY_WORD_UNIT_LOG_SCALE, name);
  return g_steal_pointer (&name);
}

static char *
format_tick (ParityScatter *s,
             double         value,
             guint          decimals)
{
  /* From 10,000 on, ticks take the language's short form (10K, 1M; 1万, 100万). */
  return fabs (value) >= 10000 ? parity_format_compact (value, s->ctx->lang)
                               : parity_format_number (value, decimals, s->ctx->lang);
}

static double
tick_width (ParityScatter *s,
            double         value,
            guint          decimals)
{
  g_autofree char *text = format_tick (s, value, decimals);
  g_autoptr(PangoLayout) layout = parity_pango_layout_new (text, s->small);

  return parity_pango_width (layout);
}

static guint
ticks_inside (GArray *ticks,
              double  log_min,
              double  log_max)
{
  guint n = 0;

  for (guint i = 0; i < ticks->len; i++)
    n += log10 (g_array_index (ticks, double, i)) >= log_min - 1e-9 &&
         log10 (g_array_index (ticks, double, i)) <= log_max + 1e-9;
  return n;
}

/* Ticks for one axis over [lo, hi] on @length points where a label needs @label_size:
 * decades on a log axis; round steps on a linear one, from zero for a percentage. */
static GArray *
make_ticks (ParityScatter           *s,
            const ParityScatterAxis *axis,
            double                   lo,
            double                   hi,
            double                   length,
            double                   label_size,
            ParityScale             *scale,
            guint                   *decimals)
{
  const ParityUnit *unit = &parity_dataset_get_indicator (s->ctx->dataset,
                                                          axis->indicator)->unit;
  double dmin, dmax, fit = length / label_size;
  GArray *ticks;

  if (axis->log)
    {
      double a = log10 (lo), b = log10 (hi), pad = MAX (0.04, (b - a) * 0.03);

      ticks = parity_log_ticks (lo, hi, length, label_size / 1.5, &dmin, &dmax);
      /* The axis spans the data, not whole decades past it, where two decade ticks stay
       * inside; else every decade it touches. */
      if (ticks_inside (ticks, a - pad, b + pad) >= 2)
        {
          dmin = a - pad;
          dmax = b + pad;
          for (guint i = ticks->len; i-- > 0;)
            if (log10 (g_array_index (ticks, double, i)) < dmin - 1e-9 ||
                log10 (g_array_index (ticks, double, i)) > dmax + 1e-9)
              g_array_remove_index (ticks, i);
        }
      *decimals = parity_log_tick_decimals (g_array_index (ticks, double, 0));
    }
  else
    {
      if (unit->kind == PARITY_UNIT_PERCENT)
        lo = MIN (lo, 0);
      ticks = parity_nice_ticks (lo, hi, isfinite (fit) ? (guint)CLAMP (fit, 2.0, 6.0) : 2,
                                 &dmin, &dmax, decimals);
    }
  scale->domain_min = dmin;
  scale->domain_max = dmax;
  return ticks;
}

static void
value_range (ParityScatter *s,
             gboolean       x,
             double        *lo,
             double        *hi)
{
  *lo = INFINITY;
  *hi = -INFINITY;
  for (guint i = 0; i < s->dots->len; i++)
    {
      const ParityScatterDot *d = &g_array_index (s->dots, ParityScatterDot, i);
      double v = x ? d->x.value : d->y.value;

      *lo = MIN (*lo, v);
      *hi = MAX (*hi, v);
    }
  /* The reference's lines cross the data area: its values are inside the axes. */
  if (s->has_reference)
    {
      *lo = MIN (*lo, x ? s->reference.x.value : s->reference.y.value);
      *hi = MAX (*hi, x ? s->reference.x.value : s->reference.y.value);
    }
}

/* The widest label an x axis over [lo, hi] would write, for spacing its ticks. */
static double
widest_x_label (ParityScatter *s,
                double         lo,
                double         hi)
{
  double w = MAX (tick_width (s, hi, 1), tick_width (s, lo, 1));

  return MAX (w, tick_width (s, 0, 0));
}

static gboolean
x_ticks_fit (ParityScatter *s,
             GArray        *ticks)
{
  g_autofree double *at = g_new (double, ticks->len);
  g_autofree double *width = g_new (double, ticks->len);

  for (guint i = 0; i < ticks->len; i++)
    {
      at[i] = to_x (s, g_array_index (ticks, double, i));
      width[i] = tick_width (s, g_array_index (ticks, double, i), s->x_decimals);
    }
  return parity_chart_centred_labels_fit (s->ctx, at, width, ticks->len, s->gap);
}

/* A line under the x axis' title for the economies left out, when there are some. */
static double
foot_height (ParityScatter *s)
{
  return s->missing->len > 0 ? s->small_h + s->gap * 0.3 : 0;
}

/* The data area and both axes' scales: the keys and the y axis' title on top, the x
 * axis' labels and title below, the y tick labels on the left. */
static gboolean
fit_axes (ParityScatter  *s,
          double          max_radius,
          GError        **error)
{
  ParityChartContext *ctx = s->ctx;
  const ParityRect *plot = &ctx->plot;
  double lo, hi, y_label_w = 0, label_size;

  s->legend_h = _parity_scatter_keys (s, max_radius, FALSE);
  s->top = plot->y + s->legend_h + s->small_h + s->gap * 0.6 + s->small_h / 2;
  /* Below: the x tick labels, clear of the lowest y tick label's lower half, and the
   * x axis' title. */
  s->bottom = plot->y + plot->height - 2.5 * s->small_h - s->gap * 0.6 - foot_height (s);
  /* Three lines of text high, or a quarter of the plot where text is tall (Arabic). */
  if (s->bottom - s->top < MIN (s->small_h * 3, plot->height / 4))
    {
      parity_chart_set_crowded_error (ctx, TRUE, error,
                                      /* Translators: a height in points. */
                                      _("a scatter plot %.0f pt high has no room for its "
                                        "dots"), plot->height);
      return FALSE;
    }
  value_range (s, FALSE, &lo, &hi);
  /* Bands and targets are on the y axis, a linear one. */
  if (!s->options->y.log)
    parity_chart_targets_extend (ctx->spec, &lo, &hi);
  parity_chart_scale_group_widen_log (s->ctx, s->options->y.log, &lo, &hi);
  s->y_ticks = make_ticks (s, &s->options->y, lo, hi, s->bottom - s->top, s->small_h * 2.8,
                           &s->ys, &s->y_decimals);
  s->ys.range_min = s->bottom;
  s->ys.range_max = s->top;
  for (guint i = 0; i < s->y_ticks->len; i++)
    y_label_w = MAX (y_label_w, tick_width (s, g_array_index (s->y_ticks, double, i),
                                            s->y_decimals));
  value_range (s, TRUE, &lo, &hi);
  if (!s->options->x.log)
    parity_chart_targets_extend_x (ctx->spec, &lo, &hi);
  label_size = widest_x_label (s, lo, hi) + s->gap * 2;
  s->x0 = plot->x + y_label_w + s->gap;
  s->x1 = plot->x + plot->width - MAX (max_radius, label_size / 2);
  s->xs.range_min = s->x0;
  s->xs.range_max = s->x1;
  for (double size = label_size; ; size *= 1.25)
    {
      s->x_ticks = make_ticks (s, &s->options->x, lo, hi, s->x1 - s->x0, size, &s->xs,
                               &s->x_decimals);
      /* Fewer and fewer ticks, down to the fewest a scale gives (two decades; three round
       * steps, as 0, 50, 100 may be); where even those crowd, the two ends alone. */
      if (s->x_ticks->len <= 2 || x_ticks_fit (s, s->x_ticks))
        break;
      if ((s->x1 - s->x0) / size < 2)
        {
          g_array_remove_range (s->x_ticks, 1, s->x_ticks->len - 2);
          break;
        }
      g_clear_pointer (&s->x_ticks, g_array_unref);
    }
  return TRUE;
}

static void
draw_axes (ParityScatter *s)
{
  ParityChartContext *ctx = s->ctx;
  const ParityTheme *theme = ctx->theme;
  const ParityRect *plot = &ctx->plot;
  double grid = MAX (0.5, theme->body_size / 20), axis = MAX (0.75, theme->body_size / 10);
  g_autofree char *x_title = axis_title (s, &s->options->x);
  g_autofree char *y_title = axis_title (s, &s->options->y);
  g_autoptr(PangoLayout) x_layout = parity_pango_layout_new (x_title, s->small);
  g_autoptr(PangoLayout) y_layout = parity_pango_layout_new (y_title, s->small);

  if (!s->options->y.log)
    parity_chart_targets_bands (ctx, &s->ys, TRUE, s->x0, s->x1);
  if (!s->options->x.log)
    parity_chart_targets_bands_x (ctx, &s->xs, s->top, s->bottom);
  for (guint i = 0; i < s->y_ticks->len; i++)
    {
      double v = g_array_index (s->y_ticks, double, i), y = to_y (s, v);
      g_autofree char *text = format_tick (s, v, s->y_decimals);
      g_autoptr(PangoLayout) layout = parity_pango_layout_new (text, s->small);

      if (fabs (y - s->bottom) > 0.5)
        parity_scene_add_line (ctx->scene, PARITY_ROLE_GRID, s->x0, y, s->x1, y, &theme->grid,
                               grid)->z = 0;
      parity_scene_add_value_tick (ctx->scene, text);
      parity_scene_add_text (ctx->scene, PARITY_ROLE_TICK_LABEL, layout,
                             s->x0 - s->gap - parity_pango_width (layout),
                             y - s->small_h / 2, &theme->muted_text);
    }
  for (guint i = 0; i < s->x_ticks->len; i++)
    {
      double v = g_array_index (s->x_ticks, double, i), x = to_x (s, v);
      g_autofree char *text = format_tick (s, v, s->x_decimals);
      g_autoptr(PangoLayout) layout = parity_pango_layout_new (text, s->small);
      double w = parity_pango_width (layout);

      if (fabs (x - s->x0) > 0.5)
        parity_scene_add_line (ctx->scene, PARITY_ROLE_GRID, x, s->top, x, s->bottom, &theme->grid,
                               grid)->z = 0;
      parity_scene_add_line (ctx->scene, PARITY_ROLE_AXIS, x, s->bottom, x,
                             s->bottom + s->gap * 0.3, &theme->axis, axis)->z = 0;
      parity_scene_add_text (ctx->scene, PARITY_ROLE_TICK_LABEL, layout,
                             parity_chart_centred_left (ctx, x, w),
                             s->bottom + s->small_h / 2 + s->gap * 0.3, &theme->muted_text);
    }
  /* The axes: on the left and at the foot of the data area. */
  parity_scene_add_line (ctx->scene, PARITY_ROLE_AXIS, s->x0, s->top, s->x0, s->bottom,
                         &theme->axis, axis)->z = 0;
  parity_scene_add_line (ctx->scene, PARITY_ROLE_AXIS, s->x0, s->bottom, s->x1, s->bottom,
                         &theme->axis, axis)->z = 0;
  pango_layout_set_width (y_layout, (int)(plot->width * PANGO_SCALE));
  pango_layout_set_ellipsize (y_layout, PANGO_ELLIPSIZE_END);
  parity_scene_add_text (ctx->scene, PARITY_ROLE_AXIS_LABEL, y_layout, plot->x,
                         plot->y + s->legend_h, &theme->muted_text);
  pango_layout_set_width (x_layout, (int)((s->x1 - plot->x) * PANGO_SCALE));
  pango_layout_set_ellipsize (x_layout, PANGO_ELLIPSIZE_END);
  parity_scene_add_text (ctx->scene, PARITY_ROLE_AXIS_LABEL, x_layout,
                         s->x1 - parity_pango_width (x_layout),
                         plot->y + plot->height - s->small_h - foot_height (s),
                         &theme->muted_text);
  if (s->missing->len > 0)
    {
      g_autofree char *text = parity_chart_word_with (ctx->lang, PARITY_WORD_NO_DATA_NAMES,
                                                      s->missing->str);
      g_autoptr(PangoLayout) missing = parity_pango_layout_new (text, s->small);

      /* A long list ends in an ellipsis here; the description gives it whole. */
      pango_layout_set_width (missing, (int)(plot->width * PANGO_SCALE));
      pango_layout_set_ellipsize (missing, PANGO_ELLIPSIZE_END);
      parity_scene_add_text (ctx->scene, PARITY_ROLE_AXIS_LABEL, missing, plot->x,
                             plot->y + plot->height - s->small_h, &theme->muted_text);
    }
}

typedef struct
{
  const ParityScatterDot *dot;
  guint      index;
} Ordered;

/* Drawn last is on top: the highlighted over the others, small dots over large ones. */
static int
compare_drawing (gconstpointer a,
                 gconstpointer b)
{
  const Ordered *oa = a, *ob = b;

  if (oa->dot->highlighted != ob->dot->highlighted)
    return oa->dot->highlighted - ob->dot->highlighted;
  if (oa->dot->r != ob->dot->r)
    return oa->dot->r > ob->dot->r ? -1 : 1;
  return (oa->index > ob->index) - (oa->index < ob->index);
}

/* Each dot on a ring — of background, or of text for a highlighted economy — that keeps
 * overlapping dots apart. The dot stands for its y value and its ring for its x value, so
 * that hovering and the arrow keys reach both. */
static void
draw_dots (ParityScatter *s)
{
  ParityChartContext *ctx = s->ctx;
  guint n = s->dots->len;
  g_autofree Ordered *order = g_new (Ordered, n);

  for (guint i = 0; i < n; i++)
    order[i] = (Ordered) { &g_array_index (s->dots, ParityScatterDot, i), i };
  qsort (order, n, sizeof (Ordered), compare_drawing);
  for (guint i = 0; i < n; i++)
    {
      const ParityScatterDot *d = order[i].dot;
      ParityItem *item;

      item = parity_scene_add_marker (ctx->scene, PARITY_ROLE_MARK, PARITY_MARKER_CIRCLE, d->px,
                                      d->py, d->r + d->ring,
                                      d->highlighted ? &ctx->theme->text
                                                     : &ctx->theme->background);
      parity_chart_set_datum (item, ctx, &d->x);
      item = parity_scene_add_marker (ctx->scene, PARITY_ROLE_MARK, PARITY_MARKER_CIRCLE, d->px,
                                      d->py, d->r, &d->color);
      parity_chart_set_datum (item, ctx, &d->y);
    }
}


/* Where each dot goes, and how big it is. */
static void
place_dots (ParityScatter *s,
            double         base_r,
            double         max_radius)
{
  for (guint i = 0; i < s->dots->len; i++)
    {
      ParityScatterDot *d = &g_array_index (s->dots, ParityScatterDot, i);

      d->px = to_x (s, d->x.value);
      d->py = to_y (s, d->y.value);
      d->r = s->options->size.indicator == PARITY_INDEX_NONE
             ? base_r
             : MAX (PARITY_SCATTER_MIN_RADIUS, max_radius * sqrt (d->size.value / s->size_max));
      d->ring = MAX (0.4, d->r * (d->highlighted ? 0.35 : 0.2));
    }
  if (s->has_reference)
    {
      ParityScatterDot *r = &s->reference;

      r->px = to_x (s, r->x.value);
      r->py = to_y (s, r->y.value);
      r->r = MAX (base_r, s->ctx->theme->body_size * DOT_RADIUS) * 1.25;
      r->ring = MAX (0.4, r->r * 0.3);
    }
}

static gboolean
scatter_layout (ParityChartContext  *ctx,
                GError             **error)
{
  const ParityTheme *theme = ctx->theme;
  const ParityRect *plot = &ctx->plot;
  g_auto(ParityScatter) s = { .ctx = ctx, .options = ctx->spec->options };
  g_autoptr(PangoLayout) probe = NULL;
  double base_r = theme->body_size * DOT_RADIUS, max_radius, area;
  guint n;

  s.small = parity_theme_get_font (theme, PARITY_TEXT_SMALL, PANGO_WEIGHT_NORMAL);
  s.bold = parity_theme_get_font (theme, PARITY_TEXT_SMALL, PANGO_WEIGHT_BOLD);
  probe = parity_pango_layout_new ("0", s.small);
  s.small_h = parity_pango_height (probe);
  s.gap = round (theme->body_size * 0.5);
  if (!select_dots (&s, error))
    return FALSE;
  n = s.dots->len;
  compute_residuals (&s);
  colour_dots (&s);
  /* Many dots get smaller, to half the size at most, so that a cloud stays a cloud. */
  if (n > DOT_FULL_COUNT)
    base_r *= MAX (0.5, sqrt ((double)DOT_FULL_COUNT / n));
  max_radius = s.options->size.indicator == PARITY_INDEX_NONE
               ? base_r
               : MIN (theme->body_size * SIZE_MAX_RADIUS, MIN (plot->width, plot->height) / 14);
  if (!fit_axes (&s, max_radius, error))
    return FALSE;
  /* Dots whose squares would cover a quarter of the data area are a blot, not a plot. */
  area = (s.x1 - s.x0) * (s.bottom - s.top);
  if (n * 4 * base_r * base_r > area / 4)
    {
      parity_chart_set_crowded_error (ctx, TRUE, error,
                                      /* Translators: a number of dots, then the width and
                                         height of the plot in points. */
                                      _("%u dots do not fit a plot of %.0f × %.0f pt"), n,
                                      s.x1 - s.x0, s.bottom - s.top);
      return FALSE;
    }
  place_dots (&s, base_r, max_radius);
  _parity_scatter_keys (&s, max_radius, TRUE);
  draw_axes (&s);
  draw_dots (&s);
  _parity_scatter_draw_reference (&s, FALSE);
  _parity_scatter_label_dots (&s);
  _parity_scatter_draw_reference (&s, TRUE);
  _parity_scatter_describe (&s);
  if (!s.options->y.log)
    parity_chart_targets_describe (ctx);
  if (!s.options->x.log)
    parity_chart_targets_describe_x (ctx, &parity_dataset_get_indicator (
                                             ctx->dataset, s.options->x.indicator)->unit);
  return TRUE;
}

/* The horizontal axis and the dot sizes: their sources are credited with the chart's. */
static guint
scatter_more_series (const ParityChartSpec *spec,
                     ParitySeries           out[PARITY_CHART_MORE_SERIES])
{
  const ParityScatterOptions *options = spec->options;
  guint n = 0;

  out[n++] = axis_series (spec, &options->x);
  if (options->size.indicator != PARITY_INDEX_NONE)
    out[n++] = axis_series (spec, &options->size);
  return n;
}

const ParityChartKind parity_chart_kind_scatter = {
  .name = "scatter",
  .members = parity_scatter_members,
  .parse = parity_scatter_parse,
  .layout = scatter_layout,
  .more_series = scatter_more_series,
};
