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
#include "parity-chart-dots.h"
#include "parity-chart-rows.h"
#include "parity-error.h"
#include "parity-label-placer.h"
#include "parity-chart-targets.h"
#include "parity-number-format.h"
#include "parity-pango.h"

/* Sizes relative to body text: the tallest row (a few rows in a tall plot stay compact
 * rather than floating apart), and the dot radius. */
#define ROW_MAX_BAND 3.4
#define DOT_RADIUS 0.36

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
  /* What the steps of the layout hand on to each other. */
  gboolean               any_highlight;
  gboolean               show_gap;
  GArray                *entities;    /* guint32, a row's entity */
  GArray                *datums;      /* ParityChartRow, what a row's category label stands for */
  GArray                *extents;     /* ParityRowExtent */
  GPtrArray             *gaps;        /* PangoLayout, a row's gap */
  GPtrArray             *values;      /* PangoLayout, two per row */
  PangoLayout           *gap_header;
  double                 lo, hi;      /* what the axis must show */
  double                 gap_width;   /* of the gap column */
  double                 off;         /* from a dot's centre to its value label */
  double                 first_x[2];  /* the dots the series names go over; NAN for none */
  double                 first_cy;
} Chart;

static void
chart_clear (Chart *c)
{
  g_clear_pointer (&c->rows, g_array_unref);
  g_clear_pointer (&c->gap_symbol, parity_text_free);
  g_clear_pointer (&c->entities, g_array_unref);
  g_clear_pointer (&c->datums, g_array_unref);
  g_clear_pointer (&c->extents, g_array_unref);
  g_clear_pointer (&c->gaps, g_ptr_array_unref);
  g_clear_pointer (&c->values, g_ptr_array_unref);
  g_clear_object (&c->gap_header);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Chart, chart_clear)

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
  return parity_chart_compare_values (ka, kb, data->direction);
}

static gboolean
fill_dumbbell (gpointer row,
               guint32  entity,
               gboolean is_reference,
               gpointer user_data)
{
  const Chart *c = user_data;
  ParityChartContext *ctx = c->ctx;
  Dumbbell *d = row;

  d->entity = entity;
  d->is_reference = is_reference;
  for (guint s = 0; s < 2; s++)
    parity_chart_lookup (ctx->dataset, ctx->spec, parity_chart_get_series (ctx->spec, s),
                         d->entity, PARITY_INDEX_NONE, &d->end[s]);
  compute_gap (c, d);
  return !isnan (d->end[0].value) || !isnan (d->end[1].value);
}

/* The rows: the chosen entities, sorted as asked, then the reference entity (World) set
 * apart at the bottom when the chart names one. */
static GArray *
select_dumbbells (Chart *c)
{
  const ParityChartSpec *spec = c->ctx->spec;
  SortData data = { c, spec->sort == PARITY_SORT_ASCENDING ? 1 : -1 };
  gboolean sorted = spec->sort != PARITY_SORT_NONE && c->options->sort_by != SORT_BY_NONE;

  return parity_dots_select_rows (c->ctx, sizeof (Dumbbell), fill_dumbbell, c,
                                  sorted ? compare_dumbbells : NULL, &data);
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
  double head = c->r * 1.6, tip = xb - dir * (c->r * PARITY_DOT_DIAMOND_REACH + c->pad * 0.15);
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

/* The start a circle, the end a diamond, on a ring of background. */
static void
add_dot (Chart                *c,
         guint                 series,
         const ParityChartRow *row,
         double                x,
         double                cy,
         const ParityColor    *color)
{
  parity_dots_add (c->ctx, series == 1 ? PARITY_MARKER_DIAMOND : PARITY_MARKER_CIRCLE, row, x,
                   cy, c->r, MAX (0.75, c->r * 0.25), color);
}

/* A small legend from (@legend_x, @ly): each series' dot and name. Returns its height. */
static double
legend_series (Chart             *c,
               ParityLabelPlacer *placer,
               PangoLayout       *legend[2],
               double             legend_x,
               double             ly)
{
  ParityChartContext *ctx = c->ctx;
  double lx = legend_x, r = c->r * 0.9, height = 0;

  for (guint s = 0; s < 2; s++)
    {
      ParityItem *item;

      item = parity_scene_add_marker (ctx->scene, PARITY_ROLE_LEGEND,
                                      s == 1 ? PARITY_MARKER_DIAMOND : PARITY_MARKER_CIRCLE,
                                      lx + r * PARITY_DOT_DIAMOND_REACH,
                                      ly + parity_pango_height (legend[s]) / 2, r,
                                      parity_chart_series_color (ctx, s));
      parity_label_placer_add_obstacle (placer, &item->box);
      lx += 2 * r * PARITY_DOT_DIAMOND_REACH + c->pad * 0.5;
      parity_label_placer_place (placer, legend[s], PARITY_ROLE_LEGEND, &ctx->theme->text,
                                 &(ParityPoint) { lx, ly }, 1, TRUE);
      lx += parity_pango_width (legend[s]) + c->pad * 2;
      height = MAX (height, MAX (parity_pango_height (legend[s]), item->box.height));
    }
  return height;
}

/* Names the two series right above the dots of the first row that has both — centred on
 * them, else splayed outward, a word space at least between them or they read as one —
 * or, when neither fits, in a small legend at the top. */
static void
label_series (Chart             *c,
              ParityLabelPlacer *placer)
{
  ParityChartContext *ctx = c->ctx;
  guint left = c->first_x[1] < c->first_x[0] ? 1 : 0;
  ParityDotsName names[2];
  PangoLayout *legend[2];

  for (guint s = 0; s < 2; s++)
    {
      names[s] = (ParityDotsName) {
        parity_pango_layout_new (parity_chart_series_label (ctx, s), c->frame->bold),
        c->first_x[s], s == left ? -1 : 1, s == 0 ? c->pad : 0,
        parity_rows_shade (parity_chart_series_color (ctx, s)) };
      legend[s] = parity_pango_layout_new (parity_chart_series_label (ctx, s), c->frame->small);
    }
  if (isnan (c->first_x[0]) ||
      !parity_dots_place_names (c->frame, placer, names, 2, c->first_cy,
                                c->r * PARITY_DOT_DIAMOND_REACH, c->r,
                                parity_pango_height (names[0].layout)))
    legend_series (c, placer, legend, c->frame->scale.range_min, ctx->plot.y);
  for (guint s = 0; s < 2; s++)
    {
      g_object_unref (names[s].layout);
      g_object_unref (legend[s]);
    }
}

/* A chart in panels: the series' dots and names once, across the top of the figure's key
 * strip, in body text. */
static void
key_series (Chart *c)
{
  ParityChartContext *ctx = c->ctx;
  const ParityRect *area = &ctx->panel->key->area;
  g_autoptr(ParityLabelPlacer) placer = parity_label_placer_new (ctx, area);
  PangoLayout *legend[2];
  double height;

  for (guint s = 0; s < 2; s++)
    legend[s] = parity_pango_layout_new (parity_chart_series_label (ctx, s), c->frame->font);
  height = legend_series (c, placer, legend, area->x, area->y);
  parity_chart_key_took (ctx, &(ParityRect) { area->x, area->y, area->width, height });
  for (guint s = 0; s < 2; s++)
    g_object_unref (legend[s]);
}

static void
describe (Chart *c)
{
  ParityChartContext *ctx = c->ctx;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);
  const char *series[] = { parity_chart_series_label (ctx, 0),
                           parity_chart_series_label (ctx, 1) };
  g_autofree char *head = parity_describe_kind (ctx, PARITY_WORD_DESC_DUMBBELL);
  g_autofree char *both = parity_describe_and (ctx, series, 2);
  char *longer;

  longer = parity_describe_period (ctx, head);
  g_free (head), head = longer;
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
      g_autofree char *values = parity_describe_pair (ctx, series, d->end);
      const char *name = parity_chart_entity_label (ctx, d->entity, FALSE);
      g_autofree char *named = NULL;

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

/* The gap's decimals and unit: percentages differ by percentage points, other units by
 * themselves, and a relative gap is a share. */
static void
dumbbell_gap_unit (Chart *c)
{
  ParityChartContext *ctx = c->ctx;

  for (guint s = 0; s < 2; s++)
    c->gap_decimals = MAX (c->gap_decimals, parity_chart_series_indicator (ctx, s)->decimals);
  if (c->options->gap == GAP_RELATIVE)
    c->gap_symbol = parity_text_new_plain (ctx->default_lang, "%");
  else if (parity_rows_is_percent (ctx))
    c->gap_symbol = parity_text_new_plain (ctx->lang, parity_chart_word (ctx->lang,
                                                            PARITY_WORD_PERCENTAGE_POINTS));
}

/* The rows, the values the axis must show, the rows placed in the plot. */
static gboolean
dumbbell_select (Chart   *c,
                 GError **error)
{
  ParityChartContext *ctx = c->ctx;
  guint n;

  c->rows = select_dumbbells (c);
  c->entities = g_array_new (FALSE, FALSE, sizeof (guint32));
  c->datums = g_array_new (FALSE, FALSE, sizeof (ParityChartRow));
  n = c->rows->len;
  c->lo = INFINITY;
  c->hi = -INFINITY;
  for (guint i = 0; i < n; i++)
    {
      const Dumbbell *d = &g_array_index (c->rows, Dumbbell, i);

      g_array_append_val (c->entities, d->entity);
      g_array_append_val (c->datums, d->end[isnan (d->end[1].value) ? 0 : 1]);
      for (guint s = 0; s < 2; s++)
        if (!isnan (d->end[s].value))
          {
            c->lo = MIN (c->lo, d->end[s].value);
            c->hi = MAX (c->hi, d->end[s].value);
          }
    }
  if (n == 0 || isinf (c->lo))
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
    c->lo = MIN (c->lo, 0);
  if (!parity_rows_place (c->frame, (guint32 *)c->entities->data, n,
                          g_array_index (c->rows, Dumbbell, n - 1).is_reference, ROW_MAX_BAND,
                          error))
    return FALSE;
  c->r = MIN (ctx->theme->body_size * DOT_RADIUS, c->frame->band * 0.2);
  return TRUE;
}

/* Row @i's gap and values, measured: the gap column as wide as its widest, the axis with
 * room for the values beside the outermost dots. */
static void
measure_row (Chart *c,
             guint  i)
{
  ParityChartContext *ctx = c->ctx;
  ParityRows *frame = c->frame;
  const Dumbbell *d = &g_array_index (c->rows, Dumbbell, i);
  g_autofree char *text = format_gap (c, d);
  gboolean highlighted = parity_chart_is_highlighted (ctx->spec, d->entity);
  PangoLayout *layout = parity_pango_layout_new (text, isnan (d->gap) ? frame->small
                                                 : highlighted ? frame->bold : frame->font);
  guint left = left_end (d), right = 1 - left;
  ParityRowExtent extent = { NAN, 0, NAN, 0 };

  if (c->show_gap)
    c->gap_width = MAX (c->gap_width, parity_pango_width (layout));
  g_ptr_array_add (c->gaps, layout);
  for (guint s = 0; s < 2; s++)
    {
      g_autofree char *value = parity_chart_format_row (ctx, &d->end[s]);

      g_ptr_array_add (c->values, parity_pango_layout_new (value, frame->small));
    }
  /* The left dot's value goes on its left, the right one's (or a lone dot's) on its
   * right. */
  if (!isnan (d->end[left].value) && !isnan (d->end[right].value))
    extent.lo_value = d->end[left].value;
  extent.lo_width = parity_pango_width (g_ptr_array_index (c->values, 2 * i + left));
  extent.hi_value = d->end[right].value;
  extent.hi_width = parity_pango_width (g_ptr_array_index (c->values, 2 * i + right));
  g_array_append_val (c->extents, extent);
}

/* Horizontal: category column, the value axis with room for the values beside the
 * outermost dots, the gap column. */
static void
dumbbell_axis (Chart *c)
{
  ParityChartContext *ctx = c->ctx;
  ParityRows *frame = c->frame;

  c->extents = g_array_new (FALSE, FALSE, sizeof (ParityRowExtent));
  c->gaps = g_ptr_array_new_with_free_func (g_object_unref);
  c->values = g_ptr_array_new_with_free_func (g_object_unref);
  c->show_gap = c->options->gap != GAP_NONE;
  if (c->show_gap)
    {
      c->gap_header = parity_pango_layout_new (parity_chart_word (ctx->lang,
                                                                  c->options->gap == GAP_RELATIVE
                                                                  ? PARITY_WORD_GAP
                                                                  : PARITY_WORD_DIFFERENCE),
                                               frame->small);
      c->gap_width = parity_pango_width (c->gap_header);
    }
  for (guint i = 0; i < c->rows->len; i++)
    measure_row (c, i);
  /* Clear of both dots: they may coincide. */
  c->off = c->r * PARITY_DOT_DIAMOND_REACH + c->pad * 0.4;
  parity_chart_targets_extend (ctx->spec, &c->lo, &c->hi);
  parity_rows_fit_axis (frame, c->lo, c->hi, c->show_gap ? c->gap_width + c->pad * 2 : 0,
                        (ParityRowExtent *)c->extents->data, c->off);
  parity_chart_targets_bands (ctx, &frame->scale, FALSE, frame->rows_top,
                              parity_rows_get_bottom (frame));
  parity_rows_draw (frame, (guint32 *)c->entities->data, (ParityChartRow *)c->datums->data);
}

/* Row @i's marks: the connector, the dots, the gap in its column. */
static void
mark_row (Chart *c,
          guint  i)
{
  ParityChartContext *ctx = c->ctx;
  const ParityTheme *theme = ctx->theme;
  const ParityRect *plot = &ctx->plot;
  const Dumbbell *d = &g_array_index (c->rows, Dumbbell, i);
  PangoLayout *gap = g_ptr_array_index (c->gaps, i);
  double cy = parity_rows_get_y (c->frame, i), x[2];
  gboolean highlighted = parity_chart_is_highlighted (ctx->spec, d->entity);
  gboolean muted = c->any_highlight && !highlighted;
  ParityColor connector = highlighted ? theme->accent : theme->mark_muted;
  ParityItem *item;

  for (guint s = 0; s < 2; s++)
    x[s] = isnan (d->end[s].value) ? NAN : parity_rows_get_x (c->frame, d->end[s].value);
  if (!isnan (x[0]) && !isnan (x[1]))
    add_connector (c, d, x[0], x[1], cy, &connector);
  for (guint s = 0; s < 2; s++)
    if (!isnan (x[s]))
      add_dot (c, s, &d->end[s], x[s], cy,
               muted ? &theme->mark_muted : parity_chart_series_color (ctx, s));
  /* Series names go over the first full row in full colour. */
  if (isnan (c->first_x[0]) && !isnan (x[0]) && !isnan (x[1]) && !muted)
    {
      c->first_x[0] = x[0];
      c->first_x[1] = x[1];
      c->first_cy = cy;
    }
  if (c->show_gap)
    {
      item = parity_scene_add_text (ctx->scene, PARITY_ROLE_VALUE_LABEL, gap,
                                    plot->x + plot->width - parity_pango_width (gap),
                                    cy - parity_pango_height (gap) / 2,
                                    highlighted ? &theme->accent
                                    : isnan (d->gap) || muted ? &theme->muted_text
                                    : &theme->text);
      item->has_datum = TRUE;
      item->datum = parity_chart_row_datum (ctx, &d->end[1]);
    }
}

/* Row @i's values beside its dots: the left dot's on its left, the other's on its right. */
static void
label_row (Chart             *c,
           ParityLabelPlacer *placer,
           guint              i)
{
  ParityChartContext *ctx = c->ctx;
  const ParityTheme *theme = ctx->theme;
  const Dumbbell *d = &g_array_index (c->rows, Dumbbell, i);
  double cy = parity_rows_get_y (c->frame, i), off = c->off;
  gboolean both = !isnan (d->end[0].value) && !isnan (d->end[1].value);
  gboolean muted = c->any_highlight && !parity_chart_is_highlighted (ctx->spec, d->entity);
  guint left = left_end (d);

  for (guint s = 0; s < 2; s++)
    {
      PangoLayout *value = g_ptr_array_index (c->values, 2 * i + s);
      double x, w = parity_pango_width (value);
      double y = cy - parity_pango_height (value) / 2;
      ParityColor color = muted ? theme->muted_text
                          : parity_rows_shade (parity_chart_series_color (ctx, s));
      ParityItem *item;

      if (isnan (d->end[s].value))
        continue;
      x = parity_rows_get_x (c->frame, d->end[s].value);
      item = parity_label_placer_place (placer, value, PARITY_ROLE_VALUE_LABEL, &color,
                                        both && s == left
                                        ? &(ParityPoint) { x - off - w, y }
                                        : &(ParityPoint) { x + off, y }, 1, FALSE);
      parity_rows_knock_out (ctx, parity_chart_set_datum (item, ctx, &d->end[s]));
    }
}

/* Labels that must dodge the marks: the gap column's head and the series names first,
 * then the values beside the dots. */
static void
dumbbell_labels (Chart *c)
{
  ParityChartContext *ctx = c->ctx;
  const ParityRect *plot = &ctx->plot;
  g_autoptr(ParityLabelPlacer) placer = parity_label_placer_new (ctx, plot);

  parity_label_placer_add_scene_obstacles (placer);
  if (c->show_gap)
    {
      double hx = plot->x + plot->width - parity_pango_width (c->gap_header);
      ParityPoint at[] = { { hx, c->frame->rows_top - parity_pango_height (c->gap_header) -
                                 c->pad * 0.2 },
                           { hx, plot->y } };

      parity_label_placer_place (placer, c->gap_header, PARITY_ROLE_AXIS_LABEL,
                                 &ctx->theme->muted_text, at, 2, FALSE);
    }
  if (parity_chart_key_in_strip (ctx))
    key_series (c);
  else if (parity_chart_draws_key (ctx))
    label_series (c, placer);
  for (guint i = 0; i < c->rows->len; i++)
    label_row (c, placer, i);
  parity_chart_targets_lines (ctx, placer, &c->frame->scale, FALSE, c->frame->rows_top,
                              parity_rows_get_bottom (c->frame), c->frame->small, NULL, NULL);
}

static gboolean
dumbbell_layout (ParityChartContext *ctx,
                 GError            **error)
{
  const ParityIndicator *ind = parity_chart_series_indicator (ctx, 0);
  g_auto(ParityRows) frame = { 0 };
  g_auto(Chart) chart = { .ctx = ctx, .options = ctx->spec->options, .frame = &frame,
                          .gap_unit = &ind->unit, .gap_decimals = ind->decimals,
                          .any_highlight = ctx->spec->highlight->len > 0,
                          .first_x = { NAN, NAN } };

  parity_rows_init (&frame, ctx);
  chart.pad = frame.pad;
  dumbbell_gap_unit (&chart);
  if (!dumbbell_select (&chart, error))
    return FALSE;
  dumbbell_axis (&chart);
  for (guint i = 0; i < chart.rows->len; i++)
    mark_row (&chart, i);
  dumbbell_labels (&chart);
  describe (&chart);
  parity_chart_targets_describe (ctx);
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
