/* parity-chart-range-rows.c: a range with series — a low–high band per category,
 * optionally with a marked point between
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "parity-chart-words.h"
#include "parity-chart-describe.h"
#include "parity-chart-dots.h"
#include "parity-chart-range-private.h"
#include "parity-chart-targets.h"
#include "parity-error.h"
#include "parity-label-placer.h"
#include "parity-pango.h"

/* The tallest row, relative to body text. */
#define ROW_MAX_BAND 2.6

enum { LOW, HIGH, POINT };

/* One row: low, high and the optional point. */
typedef struct
{
  guint32        entity;
  ParityChartRow end[3];
  gboolean       is_reference;
} Span;

/* The rows and what the steps of their layout hand on to each other. */
typedef struct
{
  RangeChart *c;
  GArray     *rows;           /* Span */
  GArray     *entities;       /* guint32, a row's entity */
  GArray     *datums;         /* ParityChartRow, what a row's category label stands for */
  GArray     *extents;        /* ParityRowExtent */
  GPtrArray  *values;         /* PangoLayout, n_series per row */
  gboolean    any_highlight;
  double      lo, hi;         /* what the axis must show */
  double      thickness;      /* of a band */
  double      reach;          /* from a row's centre line to the tip of a mark */
  double      off;            /* from a value to its label */
  const Span *first;          /* the row the series names go over, or NULL */
  double      first_cy;
} Rows;

static void
rows_clear (Rows *r)
{
  g_clear_pointer (&r->rows, g_array_unref);
  g_clear_pointer (&r->entities, g_array_unref);
  g_clear_pointer (&r->datums, g_array_unref);
  g_clear_pointer (&r->extents, g_array_unref);
  g_clear_pointer (&r->values, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Rows, rows_clear)

static int
compare_spans (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  const Span *sa = a, *sb = b;
  int key = ABS (GPOINTER_TO_INT (user_data)) - 1, direction = GPOINTER_TO_INT (user_data) > 0 ? 1 : -1;

  return parity_chart_compare_values (sa->end[key].value, sb->end[key].value, direction);
}

/* The rows: the chosen entities, sorted by their point (else their high value) when the
 * chart asks, then the reference entity set apart at the bottom. */

static gboolean
fill_span (gpointer row,
           guint32  entity,
           gboolean is_reference,
           gpointer user_data)
{
  RangeChart *c = user_data;
  ParityChartContext *ctx = c->ctx;
  Span *s = row;
  gboolean any = FALSE;

  s->entity = entity;
  s->is_reference = is_reference;
  for (guint k = 0; k < 3; k++)
    {
      s->end[k] = (ParityChartRow) { .value = NAN, .qualifier = PARITY_QUALIFIER_MISSING,
                                     .observation = PARITY_INDEX_NONE };
      if (k < c->n_series)
        any |= parity_chart_lookup (ctx->dataset, ctx->spec,
                                    parity_chart_get_series (ctx->spec, k), s->entity,
                                    PARITY_INDEX_NONE, &s->end[k]) &&
               !isnan (s->end[k].value);
    }
  return any;
}

/* The rows: the chosen entities, sorted by their point (else their high value) when the
 * chart asks, then the reference entity set apart at the bottom. */
static GArray *
select_spans (RangeChart *c)
{
  const ParityChartSpec *spec = c->ctx->spec;
  int key = (c->n_series == 3 ? POINT : HIGH) + 1;

  return parity_dots_select_rows (c->ctx, sizeof (Span), fill_span, c,
                                  spec->sort != PARITY_SORT_NONE ? compare_spans : NULL,
                                  GINT_TO_POINTER (spec->sort == PARITY_SORT_ASCENDING ? key
                                                   : -key));
}

/* A small legend at the top of the plot, from @legend_x, for names that found no room over
 * a row: a swatch of band for "low – high", a dot for the point. */
static void
legend_series (RangeChart        *c,
               ParityLabelPlacer *placer,
               double             h,
               double             legend_x)
{
  ParityChartContext *ctx = c->ctx;
  const ParityTheme *theme = ctx->theme;
  g_autofree char *range = g_strdup_printf ("%s – %s", parity_chart_series_label (ctx, LOW),
                                            parity_chart_series_label (ctx, HIGH));
  g_autoptr(PangoLayout) range_label = parity_pango_layout_new (range, c->frame->font);
  double lx = legend_x, ly = ctx->plot.y, sw = c->r * 3;
  ParityColor band = parity_rows_tint (&theme->mark, 0.45);
  ParityItem *item;
  guint n = c->n_series;

  item = parity_scene_add_rect (ctx->scene, PARITY_ROLE_LEGEND,
                                &(ParityRect) { lx, ly + h / 2 - c->r * 0.8, sw, c->r * 1.6 },
                                &band);
  parity_label_placer_add_obstacle (placer, &item->box);
  lx += sw + c->pad * 0.5;
  parity_label_placer_place (placer, range_label, PARITY_ROLE_LEGEND, &theme->text,
                             &(ParityPoint) { lx, ly }, 1, TRUE);
  lx += parity_pango_width (range_label) + c->pad * 2;
  if (n == 3)
    {
      g_autoptr(PangoLayout) point_label =
        parity_pango_layout_new (parity_chart_series_label (ctx, POINT), c->frame->font);

      item = parity_scene_add_marker (ctx->scene, PARITY_ROLE_LEGEND, PARITY_MARKER_CIRCLE,
                                      lx + c->r, ly + h / 2, c->r, &theme->mark);
      parity_label_placer_add_obstacle (placer, &item->box);
      parity_label_placer_place (placer, point_label, PARITY_ROLE_LEGEND, &theme->text,
                                 &(ParityPoint) { lx + 2 * c->r + c->pad * 0.5, ly }, 1,
                                 TRUE);
    }
}

/* Names the series right above the first row that has them all — low over the band's
 * left end, high over its right end, the point over the point; centred, else splayed
 * outward — or, when they do not fit there, in a small legend at the top. */
static void
label_series (Rows              *r,
              ParityLabelPlacer *placer)
{
  RangeChart *c = r->c;
  ParityChartContext *ctx = c->ctx;
  ParityColor color = parity_rows_shade (&ctx->theme->mark);
  ParityDotsName names[3];
  double h = 0;
  guint n = c->n_series;

  for (guint k = 0; k < n; k++)
    {
      names[k] = (ParityDotsName) {
        parity_pango_layout_new (parity_chart_series_label (ctx, k), c->frame->bold),
        r->first ? parity_rows_get_x (c->frame, r->first->end[k].value) : NAN,
        k == LOW ? -1 : k == HIGH ? 1 : 0, c->pad * 0.3, color };
      h = parity_pango_height (names[k].layout);
    }
  if (r->first == NULL ||
      !parity_dots_place_names (c->frame, placer, names, n, r->first_cy, r->reach, c->r, h))
    legend_series (c, placer, h, c->frame->scale.range_min);
  for (guint k = 0; k < n; k++)
    g_object_unref (names[k].layout);
}

/* Each row's entity, what its category label stands for, the widths of the value labels
 * at its ends, and the values the axis must show. */
static gboolean
rows_measure (Rows    *r,
              GError **error)
{
  RangeChart *c = r->c;
  ParityChartContext *ctx = c->ctx;

  r->rows = select_spans (c);
  r->entities = g_array_new (FALSE, FALSE, sizeof (guint32));
  r->datums = g_array_new (FALSE, FALSE, sizeof (ParityChartRow));
  r->extents = g_array_new (FALSE, FALSE, sizeof (ParityRowExtent));
  r->values = g_ptr_array_new_with_free_func (g_object_unref);
  r->lo = INFINITY;
  r->hi = -INFINITY;
  for (guint i = 0; i < r->rows->len; i++)
    {
      const Span *s = &g_array_index (r->rows, Span, i);
      ParityRowExtent extent = { s->end[LOW].value, 0, s->end[HIGH].value, 0 };

      g_array_append_val (r->entities, s->entity);
      g_array_append_val (r->datums, s->end[HIGH]);
      for (guint k = 0; k < c->n_series; k++)
        {
          g_autofree char *text = parity_chart_format_row (ctx, &s->end[k]);
          PangoLayout *layout = parity_pango_layout_new (text, c->frame->small);

          g_ptr_array_add (r->values, layout);
          if (k == LOW)
            extent.lo_width = parity_pango_width (layout);
          else if (k == HIGH)
            extent.hi_width = parity_pango_width (layout);
          if (!isnan (s->end[k].value))
            {
              r->lo = MIN (r->lo, s->end[k].value);
              r->hi = MAX (r->hi, s->end[k].value);
            }
        }
      g_array_append_val (r->extents, extent);
    }
  if (isinf (r->lo))
    {
      g_set_error (error, PARITY_ERROR, PARITY_ERROR_EMPTY,
                   /* Translators: a chart's id, then the labels of the low and high series. */
                   _("chart \"%s\": %s and %s have no value to show"), ctx->spec->id,
                   parity_chart_series_label (ctx, LOW), parity_chart_series_label (ctx, HIGH));
      return FALSE;
    }
  if (parity_rows_is_percent (ctx))
    r->lo = MIN (r->lo, 0);
  parity_chart_targets_extend (ctx->spec, &r->lo, &r->hi);
  return TRUE;
}

/* The rows in the plot, the marks' sizes from the rows' height, the axis with room for
 * the values at the bands' ends. */
static gboolean
rows_axis (Rows    *r,
           GError **error)
{
  RangeChart *c = r->c;
  ParityRows *frame = c->frame;
  const ParityTheme *theme = c->ctx->theme;
  guint n = r->rows->len;

  if (!parity_rows_place (frame, (guint32 *)r->entities->data, n,
                          g_array_index (r->rows, Span, n - 1).is_reference, ROW_MAX_BAND, error))
    return FALSE;
  c->r = MIN (theme->body_size * RANGE_DOT_RADIUS, frame->band * 0.2);
  r->thickness = MIN (frame->band * 0.3, theme->body_size * 0.6);
  r->reach = MAX (c->r, r->thickness / 2);
  r->off = r->reach + c->pad * 0.4;
  parity_rows_fit_axis (frame, r->lo, r->hi, 0, (ParityRowExtent *)r->extents->data, r->off);
  parity_chart_targets_bands (c->ctx, &frame->scale, FALSE, frame->rows_top,
                              parity_rows_get_bottom (frame));
  parity_rows_draw (frame, (guint32 *)r->entities->data, (ParityChartRow *)r->datums->data);
  return TRUE;
}

/* Row @i's marks: its band, or a cap at an end without the other; the point's dot. */
static void
rows_mark_row (Rows *r,
               guint i)
{
  RangeChart *c = r->c;
  ParityChartContext *ctx = c->ctx;
  const ParityTheme *theme = ctx->theme;
  const Span *s = &g_array_index (r->rows, Span, i);
  double cy = parity_rows_get_y (c->frame, i), reach = r->reach;
  gboolean highlighted = parity_chart_is_highlighted (ctx->spec, s->entity);
  const ParityColor *mark = highlighted ? &theme->accent
                            : r->any_highlight ? &theme->mark_muted : &theme->mark;
  ParityItem *item;

  if (!isnan (s->end[LOW].value) && !isnan (s->end[HIGH].value))
    {
      double bx0 = parity_rows_get_x (c->frame, s->end[LOW].value);
      double bx1 = parity_rows_get_x (c->frame, s->end[HIGH].value);
      ParityColor fill = r->any_highlight && !highlighted ? *mark : parity_rows_tint (mark, 0.45);

      item = parity_scene_add_rect (ctx->scene, PARITY_ROLE_MARK,
                                    &(ParityRect) { MIN (bx0, bx1), cy - r->thickness / 2,
                                                    fabs (bx1 - bx0), r->thickness }, &fill);
      /* A band reaching a forecast is hatched, in colour and in greyscale alike. */
      if (s->end[LOW].qualifier == PARITY_QUALIFIER_FORECAST ||
          s->end[HIGH].qualifier == PARITY_QUALIFIER_FORECAST)
        item->fill_style = PARITY_FILL_HATCH;
      item->z = 1;
      parity_chart_set_datum (item, ctx, &s->end[HIGH]);
      /* Series names go over the first full row in full colour. */
      if (r->first == NULL && (c->n_series == 2 || !isnan (s->end[POINT].value)) &&
          (highlighted || !r->any_highlight))
        {
          r->first = s;
          r->first_cy = cy;
        }
    }
  else
    /* One end without the other is no range: a cap where the band would end, unlike
     * the point's dot. */
    for (guint k = LOW; k <= HIGH; k++)
      if (!isnan (s->end[k].value))
        {
          double x = parity_rows_get_x (c->frame, s->end[k].value);

          item = parity_scene_add_line (ctx->scene, PARITY_ROLE_MARK, x, cy - reach * 1.2,
                                        x, cy + reach * 1.2, mark,
                                        MAX (1.5, theme->body_size / 5));
          item->z = 3;
          parity_chart_set_datum (item, ctx, &s->end[k]);
        }
  if (c->n_series == 3 && !isnan (s->end[POINT].value))
    _parity_range_add_dot (c, PARITY_MARKER_CIRCLE, &s->end[POINT], cy, mark);
}

/* Row @i's value labels: low left of the band, high right of it, the point above or
 * below; "no data" for a row without either end. */
static void
rows_label_row (Rows              *r,
                ParityLabelPlacer *placer,
                guint              i)
{
  RangeChart *c = r->c;
  ParityChartContext *ctx = c->ctx;
  const ParityTheme *theme = ctx->theme;
  ParityRows *frame = c->frame;
  const Span *s = &g_array_index (r->rows, Span, i);
  double cy = parity_rows_get_y (frame, i);
  gboolean muted = r->any_highlight && !parity_chart_is_highlighted (ctx->spec, s->entity);
  ParityColor color = muted ? theme->muted_text : theme->text;

  if (isnan (s->end[LOW].value) && isnan (s->end[HIGH].value))
    {
      g_autoptr(PangoLayout) none =
        parity_pango_layout_new (parity_chart_word (ctx->lang, PARITY_WORD_NO_DATA),
                                 frame->small);
      ParityPoint at = { frame->scale.range_min + c->pad,
                         cy - parity_pango_height (none) / 2 };

      parity_chart_set_datum (parity_label_placer_place (placer, none, PARITY_ROLE_VALUE_LABEL,
                                                        &theme->muted_text, &at, 1, FALSE),
                             ctx, &s->end[HIGH]);
    }
  for (guint k = 0; k < c->n_series; k++)
    {
      PangoLayout *value = g_ptr_array_index (r->values, i * c->n_series + k);
      double x, w = parity_pango_width (value), h = parity_pango_height (value);
      ParityPoint at[2];

      if (isnan (s->end[k].value))
        continue;
      x = parity_rows_get_x (frame, s->end[k].value);
      if (k == POINT)
        {
          at[0] = (ParityPoint) { x - w / 2, cy - r->reach - c->pad * 0.4 - h };
          at[1] = (ParityPoint) { x - w / 2, cy + r->reach + c->pad * 0.4 };
        }
      else
        at[0] = at[1] = (ParityPoint) { k == LOW ? x - r->off - w : x + r->off, cy - h / 2 };
      parity_chart_set_datum (parity_rows_knock_out (ctx, parity_label_placer_place (placer, value,
                                                            PARITY_ROLE_VALUE_LABEL, &color,
                                                            at, 2, FALSE)), ctx, &s->end[k]);
    }
}

/* The text description: what the bands span, then each row's values. */
static void
rows_describe (Rows *r)
{
  RangeChart *c = r->c;
  ParityChartContext *ctx = c->ctx;
  GArray *rows = r->rows;
  guint n = rows->len;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *kind = parity_describe (ctx, PARITY_WORD_DESC_RANGE,
                                           parity_text_get (ctx->indicator->label, ctx->lang,
                                                            ctx->default_lang));
  g_autofree char *span = parity_describe2 (ctx, PARITY_WORD_DESC_SPAN,
                                            parity_chart_series_label (ctx, LOW),
                                            parity_chart_series_label (ctx, HIGH));
  g_autofree char *head = parity_describe2 (ctx, PARITY_WORD_DESC_WITH, kind, span);

  if (c->n_series == 3)
    {
      g_autofree char *marked = parity_describe (ctx, PARITY_WORD_DESC_MARKED_SERIES,
                                                 parity_chart_series_label (ctx, POINT));
      char *longer = parity_describe2 (ctx, PARITY_WORD_DESC_WITH, head, marked);

      g_free (head);
      head = longer;
    }
  for (guint i = 0; i < n; i++)
    {
      const Span *s = &g_array_index (rows, Span, i);
      g_autofree char *parts = NULL;

      for (guint k = 0; k < c->n_series; k++)
        {
          g_autofree char *value = parity_chart_format_row (ctx, &s->end[k]);
          g_autofree char *part = NULL;
          char *longer;

          parity_describe_record (ctx, &s->end[k], parity_chart_series_label (ctx, k));
          part = parity_describe2 (ctx, PARITY_WORD_DESC_ITEM,
                                   parity_chart_series_label (ctx, k), value);
          longer = parts ? parity_describe2 (ctx, PARITY_WORD_DESC_WITH, parts, part)
                         : g_strdup (part);

          g_free (parts);
          parts = longer;
        }
      g_ptr_array_add (items, parity_describe2 (ctx, PARITY_WORD_DESC_INTRO,
                                                parity_chart_entity_label (ctx, s->entity,
                                                                           FALSE), parts));
    }
  parity_describe_finish (ctx, head, items);
}

gboolean
_parity_range_layout_rows (RangeChart *c,
                           GError    **error)
{
  g_auto(Rows) rows = { c, .any_highlight = c->ctx->spec->highlight->len > 0 };
  g_autoptr(ParityLabelPlacer) placer = NULL;

  if (!rows_measure (&rows, error) || !rows_axis (&rows, error))
    return FALSE;
  for (guint i = 0; i < rows.rows->len; i++)
    rows_mark_row (&rows, i);

  placer = parity_label_placer_new (c->ctx, &c->ctx->plot);
  parity_label_placer_add_scene_obstacles (placer);
  label_series (&rows, placer);
  for (guint i = 0; i < rows.rows->len; i++)
    rows_label_row (&rows, placer, i);
  parity_chart_targets_lines (c->ctx, placer, &c->frame->scale, FALSE, c->frame->rows_top,
                              parity_rows_get_bottom (c->frame), c->frame->small, NULL, NULL);

  rows_describe (&rows);
  parity_chart_targets_describe (c->ctx);
  return TRUE;
}
