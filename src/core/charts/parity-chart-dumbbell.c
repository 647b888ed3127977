/* parity-chart-dumbbell.c: two values per category joined by a line — women and men,
 * 2013 and 2019 — with the gap between them written out per row
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "parity-chart-words.h"
#include "parity-chart-kind.h"
#include "parity-chart-describe.h"
#include "parity-chart-rows.h"
#include "parity-error.h"
#include "parity-label-placer.h"
#include "parity-number-format.h"
#include "parity-pango.h"

/* Sizes relative to body text: the tallest row (a few rows in a tall plot stay compact
 * rather than floating apart), and the dot radius. */
#define ROW_MAX_BAND 3.4
#define DOT_RADIUS 0.36
/* The painter draws a diamond 1.25 times its radius from the centre to a tip, which gives
 * it the area of the circle of that radius. */
#define DIAMOND_REACH 1.25

typedef enum
{
  GAP_ABSOLUTE,
  GAP_RELATIVE,
  GAP_NONE,
} GapStyle;

typedef enum
{
  SORT_BY_NONE,
  SORT_BY_GAP,
  SORT_BY_START,
  SORT_BY_END,
} SortBy;

static const char * const gap_names[] = { "absolute", "relative", "none", NULL };
static const char * const sort_by_names[] = { "none", "gap", "start", "end", NULL };
static const char * const dumbbell_members[] = { "arrow", "gap", "sort_by", NULL };

typedef struct
{
  gboolean arrow;
  GapStyle gap;
  SortBy   sort_by;
} DumbbellOptions;

/* One row: the two ends (series 0 is the start "a", series 1 the end "b") and their gap. */
typedef struct
{
  guint32         entity;
  ParityChartRow  end[2];
  double          gap;            /* NAN unless both ends have a value */
  ParityQualifier gap_qualifier;
  gboolean        is_reference;
} Dumbbell;

typedef struct
{
  ParityChartContext    *ctx;
  const DumbbellOptions *options;
  ParityRows            *frame;
  GArray                *rows;        /* Dumbbell */
  double                 pad;         /* space between a label and what it labels */
  double                 r;           /* dot radius */
  ParityText            *gap_symbol;  /* "pp" or "%" for the gap, NULL for the unit's own */
  const ParityUnit      *gap_unit;
  guint                  gap_decimals;
} Chart;

/* How sure the gap is, from how sure its ends are. b − a grows with b and shrinks with a,
 * and so does (b − a) / b for positive values: a lower bound on b bounds the gap from
 * below, a lower bound on a bounds it from above, and bounds both ways leave it unknown
 * within reason, "≈". */
static ParityQualifier
gap_qualifier (ParityQualifier a,
               ParityQualifier b)
{
  gboolean lower = b == PARITY_QUALIFIER_GREATER_THAN || a == PARITY_QUALIFIER_LESS_THAN;
  gboolean upper = b == PARITY_QUALIFIER_LESS_THAN || a == PARITY_QUALIFIER_GREATER_THAN;

  if (lower && upper)
    return PARITY_QUALIFIER_APPROXIMATE;
  if (lower)
    return PARITY_QUALIFIER_GREATER_THAN;
  if (upper)
    return PARITY_QUALIFIER_LESS_THAN;
  if (a == PARITY_QUALIFIER_APPROXIMATE || b == PARITY_QUALIFIER_APPROXIMATE)
    return PARITY_QUALIFIER_APPROXIMATE;
  if (a == PARITY_QUALIFIER_FORECAST || b == PARITY_QUALIFIER_FORECAST)
    return PARITY_QUALIFIER_FORECAST;
  if (a == PARITY_QUALIFIER_ESTIMATE || b == PARITY_QUALIFIER_ESTIMATE)
    return PARITY_QUALIFIER_ESTIMATE;
  return PARITY_QUALIFIER_EXACT;
}

/* Absolute: b − a. Relative: (b − a) / b × 100, the end series as the base — with women
 * first and men second this is ITU's gender gap, (men − women) / men. */
static void
compute_gap (const Chart *c,
             Dumbbell    *d)
{
  double a = d->end[0].value, b = d->end[1].value;

  d->gap = NAN;
  d->gap_qualifier = PARITY_QUALIFIER_MISSING;
  if (isnan (a) || isnan (b))
    return;
  if (c->options->gap == GAP_RELATIVE)
    d->gap = b != 0 ? (b - a) / b * 100 : NAN;
  else
    d->gap = b - a;
  d->gap_qualifier = gap_qualifier (d->end[0].qualifier, d->end[1].qualifier);
}

static char *
format_gap (const Chart    *c,
            const Dumbbell *d)
{
  ParityChartContext *ctx = c->ctx;
  ParityUnit unit = { PARITY_UNIT_OTHER, c->gap_symbol, NULL, 1 };
  guint decimals = c->gap_decimals;

  if (isnan (d->end[0].value) || isnan (d->end[1].value))
    return g_strdup (parity_chart_word (ctx->lang, PARITY_WORD_NO_DATA));
  if (isnan (d->gap))
    return g_strdup ("–");
  /* A relative gap is read in whole per cent ("17%"), unless that would show a real gap
   * as none. */
  if (c->options->gap == GAP_RELATIVE)
    decimals = fabs (d->gap) >= 0.5 || d->gap == 0 ? 0 : 1;
  return parity_format_value (d->gap, decimals, c->gap_symbol ? &unit : c->gap_unit,
                              d->gap_qualifier, ctx->lang, ctx->default_lang);
}

static double
sort_key (const Chart    *c,
          const Dumbbell *d)
{
  switch (c->options->sort_by)
    {
    case SORT_BY_START:
      return d->end[0].value;
    case SORT_BY_END:
      return d->end[1].value;
    case SORT_BY_GAP:
      return d->gap;
    case SORT_BY_NONE:
    default:
      return 0;
    }
}

typedef struct
{
  const Chart *chart;
  int          direction;
} SortData;

static int
compare_dumbbells (gconstpointer a,
                   gconstpointer b,
                   gpointer      user_data)
{
  const SortData *data = user_data;
  double ka = sort_key (data->chart, a), kb = sort_key (data->chart, b);

  /* Rows without the sort value go last whatever the direction. */
  if (isnan (ka) || isnan (kb))
    return isnan (ka) - isnan (kb);
  if (ka == kb)
    return 0;
  return (ka < kb ? -1 : 1) * data->direction;
}

/* The rows: the chosen entities, sorted as asked, then the reference entity (World) set
 * apart at the bottom when the chart names one. */
static GArray *
select_dumbbells (Chart *c)
{
  ParityChartContext *ctx = c->ctx;
  const ParityChartSpec *spec = ctx->spec;
  g_autoptr(GArray) entities = parity_chart_select_entities (ctx->dataset, spec);
  GArray *rows = g_array_new (FALSE, TRUE, sizeof (Dumbbell));
  Dumbbell reference = { 0 };

  for (guint i = 0; i <= entities->len; i++)
    {
      Dumbbell d = { 0 };

      d.entity = i < entities->len ? g_array_index (entities, guint32, i) : spec->reference;
      d.is_reference = i == entities->len;
      if (d.entity == PARITY_INDEX_NONE)
        break;
      for (guint s = 0; s < 2; s++)
        parity_chart_lookup (ctx->dataset, spec, parity_chart_get_series (spec, s), d.entity,
                             PARITY_INDEX_NONE, &d.end[s]);
      compute_gap (c, &d);
      if (!d.is_reference)
        g_array_append_val (rows, d);
      else if (!isnan (d.end[0].value) || !isnan (d.end[1].value))
        reference = d;
    }
  if (spec->sort != PARITY_SORT_NONE && c->options->sort_by != SORT_BY_NONE)
    {
      SortData data = { c, spec->sort == PARITY_SORT_ASCENDING ? 1 : -1 };

      g_array_sort_with_data (rows, compare_dumbbells, &data);
    }
  if (reference.is_reference)
    g_array_append_val (rows, reference);
  return rows;
}

static double
dot_reach (guint series)
{
  return series == 1 ? DIAMOND_REACH : 1;
}

/* Which end of a row is drawn leftmost: its value label goes left, the other's right. */
static guint
left_end (const Dumbbell *d)
{
  if (isnan (d->end[0].value))
    return 1;
  if (isnan (d->end[1].value))
    return 0;
  return d->end[1].value < d->end[0].value ? 1 : 0;
}

static void
add_connector (Chart             *c,
               const Dumbbell    *d,
               double             xa,
               double             xb,
               double             cy,
               const ParityColor *color)
{
  ParityChartContext *ctx = c->ctx;
  double width = MAX (1, c->r * 0.75), dir = xb > xa ? 1 : -1;
  double head = c->r * 1.6, tip = xb - dir * (c->r * DIAMOND_REACH + c->pad * 0.15);
  ParityDatum datum = parity_chart_row_datum (ctx, &d->end[1]);
  ParityItem *item;

  /* An arrow needs room for its head between the dots; without it the line says enough. */
  if (c->options->arrow && fabs (tip - xa) > c->r + head)
    {
      ParityPoint points[] = { { tip, cy }, { tip - dir * head, cy - head * 0.55 },
                               { tip - dir * head, cy + head * 0.55 } };

      item = parity_scene_add_path (ctx->scene, PARITY_ROLE_CONNECTOR, points, 3, color, 0);
      item->closed = TRUE;
      item->fill = *color;
      item->z = 2;
      item->has_datum = TRUE;
      item->datum = datum;
      xb = tip - dir * head * 0.9;
    }
  item = parity_scene_add_line (ctx->scene, PARITY_ROLE_CONNECTOR, xa, cy, xb, cy, color, width);
  item->z = 2;
  item->has_datum = TRUE;
  item->datum = datum;
}

static void
add_dot (Chart                *c,
         guint                 series,
         const ParityChartRow *row,
         double                x,
         double                cy,
         const ParityColor    *color)
{
  ParityMarkerShape shape = series == 1 ? PARITY_MARKER_DIAMOND : PARITY_MARKER_CIRCLE;
  double reach = c->r * dot_reach (series), halo = MAX (0.75, c->r * 0.25);
  ParityItem *item;

  /* A ring of background keeps two dots that nearly coincide (76.8 and 77.6) apart. */
  parity_scene_add_marker (c->ctx->scene, PARITY_ROLE_BACKGROUND, shape, x, cy, c->r + halo,
                           &c->ctx->theme->background);
  item = parity_scene_add_marker (c->ctx->scene, PARITY_ROLE_MARK, shape, x, cy, c->r, color);

  /* The box is what labels keep clear of: the diamond's tips reach beyond its radius. */
  item->box = (ParityRect) { x - reach, cy - reach, 2 * reach, 2 * reach };
  item->hollow = row->qualifier == PARITY_QUALIFIER_FORECAST;
  parity_chart_set_datum (item, c->ctx, row);
}

/* Names the two series right above the dots of the first row that has both — centred on
 * them, else splayed outward — or, when neither fits, in a small legend at the top. */
static void
label_series (Chart             *c,
              ParityLabelPlacer *placer,
              const double       x[2],
              double             cy,
              double             legend_x)
{
  ParityChartContext *ctx = c->ctx;
  PangoLayout *labels[2], *legend[2];
  ParityColor colors[2];
  /* Clear of the dots and of the value labels beside them. */
  double w[2], h, y = cy - MAX (c->r * DIAMOND_REACH, c->frame->value_h / 2 + c->pad * 0.3) -
                      c->pad * 0.3;
  gboolean placed = FALSE;

  for (guint s = 0; s < 2; s++)
    {
      labels[s] = parity_pango_layout_new (parity_chart_series_label (ctx, s), c->frame->bold);
      legend[s] = parity_pango_layout_new (parity_chart_series_label (ctx, s), c->frame->small);
      colors[s] = parity_rows_shade (parity_chart_series_color (ctx, s));
      w[s] = parity_pango_width (labels[s]);
    }
  h = parity_pango_height (labels[0]);
  y -= h;

  for (guint attempt = 0; !isnan (x[0]) && attempt < 2 && !placed; attempt++)
    {
      guint left = x[1] < x[0] ? 1 : 0, right = 1 - left;
      ParityPoint at[2];
      ParityRect rect[2], padded;

      at[left] = (ParityPoint) { attempt == 0 ? x[left] - w[left] / 2
                                 : x[left] + c->r - w[left], y };
      at[right] = (ParityPoint) { attempt == 0 ? x[right] - w[right] / 2
                                  : x[right] - c->r, y };
      for (guint s = 0; s < 2; s++)
        rect[s] = (ParityRect) { at[s].x, at[s].y, w[s], h };
      /* A word space at least between the two names, or they read as one. */
      padded = (ParityRect) { rect[0].x - c->pad, rect[0].y, rect[0].width + c->pad * 2, h };
      if (parity_label_placer_fits (placer, &rect[0]) &&
          parity_label_placer_fits (placer, &rect[1]) &&
          !parity_rect_intersects (&padded, &rect[1]))
        {
          for (guint s = 0; s < 2; s++)
            parity_label_placer_place (placer, labels[s], PARITY_ROLE_SERIES_LABEL, &colors[s],
                                       &at[s], 1, FALSE);
          placed = TRUE;
        }
    }

  if (!placed)
    {
      const ParityRect *plot = &ctx->plot;
      double lx = legend_x, ly = plot->y, r = c->r * 0.9;

      for (guint s = 0; s < 2; s++)
        {
          ParityItem *item;

          item = parity_scene_add_marker (ctx->scene, PARITY_ROLE_LEGEND,
                                          s == 1 ? PARITY_MARKER_DIAMOND : PARITY_MARKER_CIRCLE,
                                          lx + r * DIAMOND_REACH,
                                          ly + parity_pango_height (legend[s]) / 2, r,
                                          parity_chart_series_color (ctx, s));
          parity_label_placer_add_obstacle (placer, &item->box);
          lx += 2 * r * DIAMOND_REACH + c->pad * 0.5;
          parity_label_placer_place (placer, legend[s], PARITY_ROLE_LEGEND, &ctx->theme->text,
                                     &(ParityPoint) { lx, ly }, 1, TRUE);
          lx += parity_pango_width (legend[s]) + c->pad * 2;
        }
    }
  for (guint s = 0; s < 2; s++)
    {
      g_object_unref (labels[s]);
      g_object_unref (legend[s]);
    }
}

static void
describe (Chart *c)
{
  ParityChartContext *ctx = c->ctx;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);
  const char *series[] = { parity_chart_series_label (ctx, 0),
                           parity_chart_series_label (ctx, 1) };
  g_autofree char *head = parity_describe (ctx, PARITY_WORD_DESC_DUMBBELL,
                                           parity_text_get (ctx->indicator->label, ctx->lang,
                                                            ctx->default_lang));
  g_autofree char *both = parity_describe_and (ctx, series, 2);
  char *longer;

  if (ctx->spec->period != PARITY_INDEX_NONE)
    {
      longer = parity_describe2 (ctx, PARITY_WORD_DESC_WITH, head,
                                 parity_dataset_get_period (ctx->dataset, ctx->spec->period));
      g_free (head), head = longer;
    }
  longer = parity_describe2 (ctx, PARITY_WORD_DESC_WITH, head, both);
  g_free (head), head = longer;
  if (c->options->gap == GAP_RELATIVE)
    {
      longer = parity_describe2 (ctx, PARITY_WORD_DESC_GAP_SHARE, head, series[1]);
      g_free (head), head = longer;
    }
  for (guint i = 0; i < c->rows->len; i++)
    {
      const Dumbbell *d = &g_array_index (c->rows, Dumbbell, i);
      g_autofree char *a = parity_chart_format_row (ctx, &d->end[0]);
      g_autofree char *b = parity_chart_format_row (ctx, &d->end[1]);
      g_autofree char *first = NULL;
      g_autofree char *second = NULL;
      g_autofree char *values = NULL;
      const char *name = parity_chart_entity_label (ctx, d->entity, FALSE);
      g_autofree char *named = NULL;

      parity_describe_record (ctx, &d->end[0], series[0]);
      parity_describe_record (ctx, &d->end[1], series[1]);
      first = parity_describe2 (ctx, PARITY_WORD_DESC_ITEM, series[0], a);
      second = parity_describe2 (ctx, PARITY_WORD_DESC_ITEM, series[1], b);
      values = parity_describe2 (ctx, PARITY_WORD_DESC_WITH, first, second);
      named = d->is_reference ? parity_describe (ctx, PARITY_WORD_DESC_REFERENCE, name)
                              : g_strdup (name);

      if (c->options->gap != GAP_NONE)
        {
          g_autofree char *gap = format_gap (c, d);

          longer = parity_describe2 (ctx, PARITY_WORD_DESC_GAP, values, gap);
          g_free (values), values = longer;
        }
      g_ptr_array_add (items, parity_describe2 (ctx, PARITY_WORD_DESC_INTRO, named, values));
    }
  parity_describe_finish (ctx, head, items);
}

static gboolean
dumbbell_layout (ParityChartContext *ctx,
                 GError            **error)
{
  const ParityTheme *theme = ctx->theme;
  const ParityRect *plot = &ctx->plot;
  const ParityIndicator *ind = parity_chart_series_indicator (ctx, 0);
  g_auto(ParityRows) frame = { 0 };
  g_autoptr(ParityText) gap_symbol = NULL;
  g_autoptr(GArray) rows = NULL;
  g_autoptr(GArray) entities = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr(GArray) datums = g_array_new (FALSE, FALSE, sizeof (ParityChartRow));
  g_autoptr(GArray) extents = g_array_new (FALSE, FALSE, sizeof (ParityRowExtent));
  g_autoptr(GPtrArray) gaps = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) values = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(PangoLayout) gap_header = NULL;
  g_autoptr(ParityLabelPlacer) placer = NULL;
  Chart chart = { ctx, ctx->spec->options, &frame, NULL, 0, 0, NULL, &ind->unit,
                  ind->decimals };
  Chart *c = &chart;
  gboolean any_highlight = ctx->spec->highlight->len > 0, show_gap;
  double lo = INFINITY, hi = -INFINITY, gap_width = 0, off;
  double first_x[2] = { NAN, NAN }, first_cy = 0;
  guint n;

  parity_rows_init (&frame, ctx);
  c->pad = frame.pad;
  for (guint s = 0; s < 2; s++)
    c->gap_decimals = MAX (c->gap_decimals, parity_chart_series_indicator (ctx, s)->decimals);
  /* Percentages differ by percentage points; other units by themselves. */
  if (c->options->gap == GAP_RELATIVE)
    gap_symbol = parity_text_new_plain (ctx->default_lang, "%");
  else if (parity_rows_is_percent (ctx))
    gap_symbol = parity_text_new_plain (ctx->lang, parity_chart_word (ctx->lang,
                                                          PARITY_WORD_PERCENTAGE_POINTS));
  c->gap_symbol = gap_symbol;

  rows = select_dumbbells (c);
  c->rows = rows;
  n = rows->len;
  for (guint i = 0; i < n; i++)
    {
      const Dumbbell *d = &g_array_index (rows, Dumbbell, i);

      g_array_append_val (entities, d->entity);
      g_array_append_val (datums, d->end[isnan (d->end[1].value) ? 0 : 1]);
      for (guint s = 0; s < 2; s++)
        if (!isnan (d->end[s].value))
          {
            lo = MIN (lo, d->end[s].value);
            hi = MAX (hi, d->end[s].value);
          }
    }
  if (n == 0 || isinf (lo))
    {
      g_set_error (error, PARITY_ERROR, PARITY_ERROR_EMPTY,
                   /* Translators: a chart's id, then the labels of its two series. */
                   _("chart \"%s\": %s and %s have no value to show"), ctx->spec->id,
                   parity_chart_series_label (ctx, 0), parity_chart_series_label (ctx, 1));
      return FALSE;
    }
  /* A dot's position on a percentage axis is read against zero; other units may start
   * near their smallest value. */
  if (parity_rows_is_percent (ctx))
    lo = MIN (lo, 0);
  if (!parity_rows_place (&frame, (guint32 *)entities->data, n,
                          g_array_index (rows, Dumbbell, n - 1).is_reference, ROW_MAX_BAND,
                          error))
    return FALSE;
  c->r = MIN (theme->body_size * DOT_RADIUS, frame.band * 0.2);

  /* Horizontal: category column, the value axis with room for the values beside the
   * outermost dots, the gap column. */
  show_gap = c->options->gap != GAP_NONE;
  if (show_gap)
    {
      gap_header = parity_pango_layout_new (parity_chart_word (ctx->lang,
                                                               c->options->gap == GAP_RELATIVE
                                                               ? PARITY_WORD_GAP
                                                               : PARITY_WORD_DIFFERENCE),
                                            frame.small);
      gap_width = parity_pango_width (gap_header);
    }
  for (guint i = 0; i < n; i++)
    {
      const Dumbbell *d = &g_array_index (rows, Dumbbell, i);
      g_autofree char *text = format_gap (c, d);
      gboolean highlighted = parity_chart_is_highlighted (ctx->spec, d->entity);
      PangoLayout *layout = parity_pango_layout_new (text, isnan (d->gap) ? frame.small
                                                     : highlighted ? frame.bold : frame.font);
      guint left = left_end (d), right = 1 - left;
      ParityRowExtent extent = { NAN, 0, NAN, 0 };

      if (show_gap)
        gap_width = MAX (gap_width, parity_pango_width (layout));
      g_ptr_array_add (gaps, layout);
      for (guint s = 0; s < 2; s++)
        {
          g_autofree char *value = parity_chart_format_row (ctx, &d->end[s]);

          g_ptr_array_add (values, parity_pango_layout_new (value, frame.small));
        }
      /* The left dot's value goes on its left, the right one's (or a lone dot's) on its
       * right. */
      if (!isnan (d->end[left].value) && !isnan (d->end[right].value))
        extent.lo_value = d->end[left].value;
      extent.lo_width = parity_pango_width (g_ptr_array_index (values, 2 * i + left));
      extent.hi_value = d->end[right].value;
      extent.hi_width = parity_pango_width (g_ptr_array_index (values, 2 * i + right));
      g_array_append_val (extents, extent);
    }
  /* Clear of both dots: they may coincide. */
  off = c->r * DIAMOND_REACH + c->pad * 0.4;
  parity_rows_fit_axis (&frame, lo, hi, show_gap ? gap_width + c->pad * 2 : 0,
                        (ParityRowExtent *)extents->data, off);
  parity_rows_draw (&frame, (guint32 *)entities->data, (ParityChartRow *)datums->data);

  for (guint i = 0; i < n; i++)
    {
      const Dumbbell *d = &g_array_index (rows, Dumbbell, i);
      PangoLayout *gap = g_ptr_array_index (gaps, i);
      double cy = parity_rows_get_y (&frame, i), x[2];
      gboolean highlighted = parity_chart_is_highlighted (ctx->spec, d->entity);
      gboolean muted = any_highlight && !highlighted;
      ParityColor connector = highlighted ? theme->accent : theme->mark_muted;
      ParityItem *item;

      for (guint s = 0; s < 2; s++)
        x[s] = isnan (d->end[s].value) ? NAN : parity_rows_get_x (&frame, d->end[s].value);
      if (!isnan (x[0]) && !isnan (x[1]))
        add_connector (c, d, x[0], x[1], cy, &connector);
      for (guint s = 0; s < 2; s++)
        if (!isnan (x[s]))
          add_dot (c, s, &d->end[s], x[s], cy,
                   muted ? &theme->mark_muted : parity_chart_series_color (ctx, s));
      /* Series names go over the first full row in full colour. */
      if (isnan (first_x[0]) && !isnan (x[0]) && !isnan (x[1]) && !muted)
        {
          first_x[0] = x[0];
          first_x[1] = x[1];
          first_cy = cy;
        }
      if (show_gap)
        {
          item = parity_scene_add_text (ctx->scene, PARITY_ROLE_VALUE_LABEL, gap,
                                        plot->x + plot->width - parity_pango_width (gap),
                                        cy - parity_pango_height (gap) / 2,
                                        highlighted ? &theme->accent
                                        : isnan (d->gap) || muted ? &theme->muted_text
                                        : &theme->text);
          parity_chart_set_datum (item, ctx, &d->end[1]);
        }
    }

  /* Labels that must dodge the marks: the gap column's head and the series names first,
   * then the values beside the dots. */
  placer = parity_label_placer_new (ctx, plot);
  parity_label_placer_add_scene_obstacles (placer);
  if (show_gap)
    {
      double hx = plot->x + plot->width - parity_pango_width (gap_header);
      ParityPoint at[] = { { hx, frame.rows_top - parity_pango_height (gap_header) -
                                 c->pad * 0.2 },
                           { hx, plot->y } };

      parity_label_placer_place (placer, gap_header, PARITY_ROLE_AXIS_LABEL, &theme->muted_text,
                                 at, 2, FALSE);
    }
  label_series (c, placer, first_x, first_cy, frame.scale.range_min);
  for (guint i = 0; i < n; i++)
    {
      const Dumbbell *d = &g_array_index (rows, Dumbbell, i);
      double cy = parity_rows_get_y (&frame, i);
      gboolean both = !isnan (d->end[0].value) && !isnan (d->end[1].value);
      gboolean muted = any_highlight && !parity_chart_is_highlighted (ctx->spec, d->entity);
      guint left = left_end (d);

      for (guint s = 0; s < 2; s++)
        {
          PangoLayout *value = g_ptr_array_index (values, 2 * i + s);
          double x, w = parity_pango_width (value);
          double y = cy - parity_pango_height (value) / 2;
          ParityColor color = muted ? theme->muted_text
                              : parity_rows_shade (parity_chart_series_color (ctx, s));
          ParityItem *item;

          if (isnan (d->end[s].value))
            continue;
          x = parity_rows_get_x (&frame, d->end[s].value);
          item = parity_label_placer_place (placer, value, PARITY_ROLE_VALUE_LABEL, &color,
                                            both && s == left
                                            ? &(ParityPoint) { x - off - w, y }
                                            : &(ParityPoint) { x + off, y }, 1, FALSE);
          parity_rows_knock_out (ctx, parity_chart_set_datum (item, ctx, &d->end[s]));
        }
    }

  describe (c);
  return TRUE;
}

static gboolean
read_boolean (ParityChartParser *parser,
              JsonObject        *object,
              const char        *member,
              gboolean          *out)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    return _parity_json_reader_fail_at (parser->reader, member,
                                        /* Translators: keep true and false: they are JSON words. */
                                        _("expected true or false, found %s"),
                                        _parity_json_node_describe (node));
  *out = json_node_get_boolean (node);
  return TRUE;
}

static gboolean
dumbbell_parse (ParityChartParser *parser,
                JsonObject        *object,
                ParityChartSpec   *spec)
{
  DumbbellOptions *options = g_new0 (DumbbellOptions, 1);
  int gap = GAP_ABSOLUTE, sort_by = -1;

  spec->options = options;
  spec->free_options = g_free;
  if (spec->series->len != 2)
    return _parity_json_reader_fail_at (parser->reader, "series",
                                        /* Translators: %u is the number of series found. */
                                        _("a dumbbell chart needs exactly two series, the start "
                                          "and the end of each bar (e.g. women and men), found "
                                          "%u"), spec->series->len);
  if (!parity_chart_parser_require_period (parser, spec) ||
      !read_boolean (parser, object, "arrow", &options->arrow) ||
      !_parity_json_reader_enum (parser->reader, object, "gap", gap_names, &gap) ||
      !_parity_json_reader_enum (parser->reader, object, "sort_by", sort_by_names, &sort_by))
    return FALSE;
  options->gap = gap;
  /* "sort_by" alone sorts descending; "sort" alone sorts by the gap. */
  if (sort_by < 0)
    options->sort_by = spec->sort != PARITY_SORT_NONE ? SORT_BY_GAP : SORT_BY_NONE;
  else
    options->sort_by = sort_by;
  if (sort_by > SORT_BY_NONE && !json_object_has_member (object, "sort"))
    spec->sort = PARITY_SORT_DESCENDING;
  return TRUE;
}

const ParityChartKind parity_chart_kind_dumbbell = {
  .name = "dumbbell",
  .members = dumbbell_members,
  .parse = dumbbell_parse,
  .layout = dumbbell_layout,
};
