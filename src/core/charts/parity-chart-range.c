/* parity-chart-range.c: a low–high band per category, optionally with a marked point; or,
 * without series, one band across the listed entities from the smallest value to the
 * largest, each entity a labelled dot on it and the reference entity marked apart
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "parity-chart-words.h"
#include "parity-chart-kind.h"
#include "parity-chart-describe.h"
#include "parity-chart-rows.h"
#include "parity-error.h"
#include "parity-label-placer.h"
#include "parity-pango.h"

/* Sizes relative to body text: the tallest row, the dot radius, the band's thickness in
 * one-band mode. The painter draws a diamond 1.25 times its radius from centre to tip. */
#define ROW_MAX_BAND 2.6
#define DOT_RADIUS 0.36
#define BAND_THICKNESS 0.7
#define DIAMOND_REACH 1.25
/* More dots than this on one band are a smear, not a range: their labels cannot all be read. */
#define BAND_MAX_DOTS 40

enum { LOW, HIGH, POINT };

/* One row: low, high and the optional point. */
typedef struct
{
  guint32        entity;
  ParityChartRow end[3];
  gboolean       is_reference;
} Span;

typedef struct
{
  ParityChartContext *ctx;
  ParityRows         *frame;     /* fonts, scale and ticks; the rows in rows mode */
  guint               n_series;  /* 0 for one band across the entities, else 2 or 3 */
  double              pad;       /* space between a label and what it labels */
  double              r;         /* dot radius */
} Chart;

static ParityItem *
add_dot (Chart                *c,
         ParityMarkerShape     shape,
         const ParityChartRow *row,
         double                cy,
         double                radius,
         const ParityColor    *color)
{
  double x = parity_rows_get_x (c->frame, row->value);
  double reach = radius * (shape == PARITY_MARKER_DIAMOND ? DIAMOND_REACH : 1);
  ParityItem *item = parity_scene_add_marker (c->ctx->scene, PARITY_ROLE_MARK, shape, x, cy,
                                              radius, color);

  /* Labels keep clear of the whole shape: a diamond reaches past its radius. */
  item->box = (ParityRect) { x - reach, cy - reach, 2 * reach, 2 * reach };
  item->hollow = row->qualifier == PARITY_QUALIFIER_FORECAST;
  item->z = 4;
  parity_chart_set_datum (item, c->ctx, row);
  return item;
}

/* ---- One band across the entities ---------------------------------------------------- */

static int
compare_ascending (gconstpointer a,
                   gconstpointer b)
{
  const ParityChartRow *ra = a, *rb = b;

  /* Entities without a value go last. */
  if (isnan (ra->value) || isnan (rb->value))
    return isnan (ra->value) - isnan (rb->value);
  return ra->value < rb->value ? -1 : ra->value > rb->value;
}

/* Tries @layout at each place beside the dot at @x, nearest first: one level out then two
 * (with a leader line), the preferred side then the other, centred on the dot then
 * reaching right or left from it. */
static ParityItem *
try_band_label (Chart                *c,
                ParityLabelPlacer    *placer,
                PangoLayout          *layout,
                const ParityChartRow *row,
                gboolean              above_first,
                double                cy,
                double                reach,
                guint                 levels,
                const ParityColor    *color)
{
  ParityChartContext *ctx = c->ctx;
  double x = parity_rows_get_x (c->frame, row->value);
  double w = parity_pango_width (layout), h = parity_pango_height (layout);
  /* Neighbours keep a word space apart, or two names read as one. */
  double space = ctx->theme->body_size;

  for (guint level = 0; level < levels; level++)
    for (guint side = 0; side < 2; side++)
      {
        gboolean above = side == 0 ? above_first : !above_first;
        double off = reach + c->pad * 0.3 + level * (h + c->pad * 0.3);
        double y = above ? cy - off - h : cy + off;
        double xs[] = { x - w / 2, x - w + c->r, x - c->r };

        for (guint k = 0; k < G_N_ELEMENTS (xs); k++)
          {
            double gx0 = MAX (xs[k] - space, ctx->plot.x);
            double gx1 = MIN (xs[k] + w + space, ctx->plot.x + ctx->plot.width);
            ParityRect rect = { xs[k], y, w, h }, spaced = { gx0, y, gx1 - gx0, h };
            /* A leader from a label one level further out, stopping short of the dot. */
            double near = reach + c->pad * 0.3;
            ParityRect leader = { x - 0.25, above ? y + h : cy + near, 0.5,
                                  above ? cy - near - y - h : y - cy - near };
            ParityItem *item;

            if (!parity_label_placer_fits (placer, &rect) ||
                !parity_label_placer_fits (placer, &spaced) ||
                (level > 0 && !parity_label_placer_fits (placer, &leader)))
              continue;
            item = parity_label_placer_place (placer, layout, PARITY_ROLE_VALUE_LABEL, color,
                                              &(ParityPoint) { xs[k], y }, 1, FALSE);
            parity_rows_knock_out (ctx, parity_chart_set_datum (item, ctx, row));
            if (level > 0)
              {
                ParityItem *line = parity_scene_add_line (ctx->scene, PARITY_ROLE_CONNECTOR, x,
                                                          leader.y, x,
                                                          leader.y + leader.height,
                                                          &ctx->theme->axis,
                                                          MAX (0.5, ctx->theme->body_size / 20));

                parity_chart_set_datum (line, ctx, row);
                parity_label_placer_add_obstacle (placer, &line->box);
              }
            return item;
          }
      }
  return NULL;
}

/* An entity's label, its name over its value, above or below its dot: moved among the
 * places beside the dot, then shortened — the short name, then that name ellipsized, never
 * the value — then dropped, for the frame to note. */
static ParityItem *
place_band_label (Chart                *c,
                  ParityLabelPlacer    *placer,
                  const ParityChartRow *row,
                  gboolean              above_first,
                  double                cy,
                  double                reach,
                  guint                 levels,
                  const ParityColor    *color)
{
  ParityChartContext *ctx = c->ctx;
  const char *names[] = { parity_chart_entity_label (ctx, row->entity, FALSE),
                          parity_chart_entity_label (ctx, row->entity, TRUE) };
  g_autofree char *value = parity_chart_format_row (ctx, row);
  double full_w = 0, value_w;

  {
    g_autofree char *markup = g_markup_printf_escaped ("<b>%s</b>", value);
    g_autoptr(PangoLayout) probe = parity_pango_layout_new ("", c->frame->small);

    pango_layout_set_markup (probe, markup, -1);
    value_w = parity_pango_width (probe);
  }
  for (guint variant = 0; variant < 7; variant++)
    {
      g_autofree char *markup = g_markup_printf_escaped ("%s\n<b>%s</b>",
                                                         names[MIN (variant, 1)], value);
      g_autoptr(PangoLayout) layout = parity_pango_layout_new ("", c->frame->small);
      ParityItem *item;
      double w;

      if (variant == 1 && g_strcmp0 (names[0], names[1]) == 0)
        continue;
      pango_layout_set_markup (layout, markup, -1);
      w = parity_pango_width (layout);
      if (variant == 1)
        full_w = w;
      if (variant >= 2)
        {
          /* 90 %, 80 % … 50 % of the short name's width, but never narrower than the value. */
          w = MAX ((full_w > 0 ? full_w : w) * (1.0 - 0.1 * (variant - 1)), value_w);
          pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
        }
      pango_layout_set_width (layout, (int)ceil (w * PANGO_SCALE) + 1);
      pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
      item = try_band_label (c, placer, layout, row, above_first, cy, reach, levels, color);
      if (item != NULL)
        return item;
    }
  ctx->n_dropped++;
  return NULL;
}

static gboolean
layout_band (Chart   *c,
             GError **error)
{
  ParityChartContext *ctx = c->ctx;
  const ParityTheme *theme = ctx->theme;
  const ParityRect *plot = &ctx->plot;
  g_autoptr(GArray) rows = parity_chart_select_rows (ctx->dataset, ctx->spec);
  g_autoptr(ParityLabelPlacer) placer = NULL;
  g_autoptr(GString) missing = g_string_new (NULL);
  ParityChartRow reference, *lowest = NULL, *highest = NULL;
  gboolean has_reference, any_highlight = ctx->spec->highlight->len > 0;
  double lo = INFINITY, hi = -INFINITY, label_h, thickness, reach, cluster, tick_h, note_h;
  double top, cy, x0, x1;
  guint levels = 2, n_values = 0;
  ParityColor band_color;

  /* Ascending, so that neighbours on the band are neighbours in the list. */
  g_array_sort (rows, compare_ascending);
  for (guint i = 0; i < rows->len; i++)
    {
      ParityChartRow *row = &g_array_index (rows, ParityChartRow, i);

      if (isnan (row->value))
        {
          g_string_append_printf (missing, "%s%s", missing->len ? ", " : "",
                                  parity_chart_entity_label (ctx, row->entity, TRUE));
          continue;
        }
      n_values++;
      if (lowest == NULL || row->value < lowest->value)
        lowest = row;
      if (highest == NULL || row->value > highest->value)
        highest = row;
    }
  if (n_values == 0)
    {
      g_set_error (error, PARITY_ERROR, PARITY_ERROR_EMPTY,
                   /* Translators: a chart's id, an indicator's id, a period such as 2019. */
                   _("chart \"%s\": %s has no value for %s"), ctx->spec->id, ctx->indicator->id,
                   parity_dataset_get_period (ctx->dataset, ctx->spec->period));
      return FALSE;
    }
  if (n_values > BAND_MAX_DOTS)
    {
      parity_chart_set_crowded_error (ctx, FALSE, error,
                                      /* Translators: a number of values, then the largest
                                         number a range shows. */
                                      _("%u values are more than one range can show readably "
                                        "(at most %u)"), n_values, BAND_MAX_DOTS);
      return FALSE;
    }
  lo = lowest->value;
  hi = highest->value;
  has_reference = ctx->spec->reference != PARITY_INDEX_NONE &&
                  parity_chart_row_find (ctx->dataset, ctx->spec, ctx->spec->reference,
                                         &reference) && !isnan (reference.value);
  if (has_reference)
    {
      lo = MIN (lo, reference.value);
      hi = MAX (hi, reference.value);
    }
  if (parity_rows_is_percent (ctx))
    lo = MIN (lo, 0);

  /* Vertical: labels one or two levels above and below the band, tick labels, a line
   * naming the entities without a value; the whole centred in the plot. */
  {
    g_autoptr(PangoLayout) probe = parity_pango_layout_new ("", c->frame->small);

    pango_layout_set_markup (probe, "Ag\n<b>Ag</b>", -1);
    label_h = parity_pango_height (probe);
  }
  c->r = theme->body_size * DOT_RADIUS * 1.15;
  thickness = theme->body_size * BAND_THICKNESS;
  reach = MAX (c->r * DIAMOND_REACH, thickness / 2);
  tick_h = parity_theme_get_size (theme, PARITY_TEXT_SMALL) * 1.4 + c->pad;
  note_h = missing->len > 0 ? tick_h + c->pad * 0.5 : 0;
  for (;; levels--)
    {
      cluster = 2 * (reach + c->pad * 0.3 + levels * (label_h + c->pad * 0.3));
      if (cluster + tick_h + note_h <= plot->height || levels == 1)
        break;
    }
  if (cluster + tick_h + note_h > plot->height)
    {
      g_set_error (error, PARITY_ERROR, PARITY_ERROR_INVALID,
                   /* Translators: a chart's id, then a height in points. */
                   _("chart \"%s\": the range does not fit a plot %.0f pt high"), ctx->spec->id,
                   plot->height);
      return FALSE;
    }
  top = plot->y + (plot->height - cluster - tick_h - note_h) / 2;
  cy = top + cluster / 2;

  /* Horizontal: the band spans the plot, less room for a label centred on an end dot. */
  x0 = plot->x + theme->body_size * 2;
  x1 = plot->x + plot->width - theme->body_size * 2;
  parity_rows_choose_ticks (c->frame, lo, hi, x0, x1, plot->x, plot->x + plot->width);
  parity_rows_draw_grid (c->frame, top, top + cluster);

  band_color = parity_rows_tint (any_highlight ? &theme->mark_muted : &theme->mark, 0.3);
  {
    double bx0 = parity_rows_get_x (c->frame, lowest->value);
    double bx1 = parity_rows_get_x (c->frame, highest->value);
    ParityItem *item = parity_scene_add_rect (ctx->scene, PARITY_ROLE_MARK,
                                              &(ParityRect) { bx0, cy - thickness / 2,
                                                              bx1 - bx0, thickness },
                                              &band_color);

    item->z = 1;
    parity_chart_set_datum (item, ctx, highest);
  }
  for (guint i = 0; i < rows->len; i++)
    {
      const ParityChartRow *row = &g_array_index (rows, ParityChartRow, i);
      gboolean highlighted = parity_chart_is_highlighted (ctx->spec, row->entity);

      if (!isnan (row->value))
        add_dot (c, PARITY_MARKER_CIRCLE, row, cy, c->r,
                 highlighted ? &theme->accent : any_highlight ? &theme->mark_muted
                 : &theme->mark);
    }
  if (has_reference)
    {
      double x = parity_rows_get_x (c->frame, reference.value);
      ParityItem *item = parity_scene_add_line (ctx->scene, PARITY_ROLE_REFERENCE, x,
                                                cy - reach, x, cy + reach, &theme->reference,
                                                MAX (0.75, theme->body_size / 9));

      parity_chart_set_datum (item, ctx, &reference);
      item->z = 3;
      add_dot (c, PARITY_MARKER_DIAMOND, &reference, cy, c->r, &theme->reference)->role =
        PARITY_ROLE_REFERENCE;
    }

  /* Labels: the reference above, then the entities from lowest up, alternating below and
   * above so that close neighbours take opposite sides. */
  placer = parity_label_placer_new (ctx, plot);
  parity_label_placer_add_scene_obstacles (placer);
  /* Labels stay off the zero line: a knock-out would cut it. */
  if (c->frame->scale.domain_min <= 0 && c->frame->scale.domain_max >= 0)
    parity_label_placer_add_obstacle (placer, &(ParityRect) {
                                        parity_rows_get_x (c->frame, 0) - 0.5, top, 1, cluster });
  if (has_reference)
    {
      ParityItem *item = place_band_label (c, placer, &reference, TRUE, cy, reach, levels,
                                           &theme->reference);

      if (item != NULL)
        item->role = PARITY_ROLE_REFERENCE_LABEL;
    }
  for (guint i = 0, k = 0; i < rows->len; i++)
    {
      const ParityChartRow *row = &g_array_index (rows, ParityChartRow, i);
      gboolean highlighted = parity_chart_is_highlighted (ctx->spec, row->entity);

      if (isnan (row->value))
        continue;
      place_band_label (c, placer, row, k++ % 2 == 1, cy, reach, levels,
                        highlighted ? &theme->accent : &theme->text);
    }
  if (missing->len > 0)
    {
      g_autofree char *text = g_strdup_printf ("No data: %s", missing->str);
      g_autoptr(PangoLayout) layout = parity_pango_layout_new (text, c->frame->small);

      parity_label_placer_place (placer, layout, PARITY_ROLE_VALUE_LABEL, &theme->muted_text,
                                 &(ParityPoint) { plot->x, top + cluster + tick_h + c->pad * 0.5 },
                                 1, TRUE);
    }

  {
    g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);
    g_autofree char *low = parity_chart_format_row (ctx, lowest);
    g_autofree char *high = parity_chart_format_row (ctx, highest);
    g_autofree char *low_named = parity_describe2 (ctx, PARITY_WORD_DESC_PAREN, low,
                                                   parity_chart_entity_label (ctx, lowest->entity,
                                                                              FALSE));
    g_autofree char *high_named = parity_describe2 (ctx, PARITY_WORD_DESC_PAREN, high,
                                                    parity_chart_entity_label (ctx,
                                                                               highest->entity,
                                                                               FALSE));
    g_autofree char *span = parity_describe2 (ctx, PARITY_WORD_DESC_FROM_TO, low_named,
                                              high_named);
    g_autofree char *kind = parity_describe (ctx, PARITY_WORD_DESC_RANGE,
                                             parity_text_get (ctx->indicator->label, ctx->lang,
                                                              ctx->default_lang));
    g_autofree char *dated = parity_describe2 (ctx, PARITY_WORD_DESC_WITH, kind,
                                               parity_dataset_get_period (ctx->dataset,
                                                                          ctx->spec->period));
    g_autofree char *head = parity_describe2 (ctx, PARITY_WORD_DESC_WITH, dated, span);

    for (guint i = 0; i < rows->len; i++)
      {
        const ParityChartRow *row = &g_array_index (rows, ParityChartRow, i);
        g_autofree char *value = parity_chart_format_row (ctx, row);

        parity_describe_record (ctx, row, NULL);
        g_ptr_array_add (items, parity_describe2 (ctx, PARITY_WORD_DESC_ITEM,
                                                  parity_chart_entity_label (ctx, row->entity,
                                                                             FALSE), value));
      }
    if (has_reference)
      {
        g_autofree char *value = parity_chart_format_row (ctx, &reference);

        parity_describe_record (ctx, &reference, NULL);
        g_ptr_array_add (items, parity_describe2 (ctx, PARITY_WORD_DESC_MARKED,
                                                  parity_chart_entity_label (ctx,
                                                                             reference.entity,
                                                                             FALSE), value));
      }
    parity_describe_finish (ctx, head, items);
  }
  return TRUE;
}

/* ---- A band per category ------------------------------------------------------------- */

static int
compare_spans (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  const Span *sa = a, *sb = b;
  int key = ABS (GPOINTER_TO_INT (user_data)) - 1, direction = GPOINTER_TO_INT (user_data) > 0 ? 1 : -1;
  double ka = sa->end[key].value, kb = sb->end[key].value;

  if (isnan (ka) || isnan (kb))
    return isnan (ka) - isnan (kb);
  if (ka == kb)
    return 0;
  return (ka < kb ? -1 : 1) * direction;
}

/* The rows: the chosen entities, sorted by their point (else their high value) when the
 * chart asks, then the reference entity set apart at the bottom. */
static GArray *
select_spans (Chart *c)
{
  ParityChartContext *ctx = c->ctx;
  const ParityChartSpec *spec = ctx->spec;
  g_autoptr(GArray) entities = parity_chart_select_entities (ctx->dataset, spec);
  GArray *rows = g_array_new (FALSE, TRUE, sizeof (Span));
  Span reference = { 0 };

  for (guint i = 0; i <= entities->len; i++)
    {
      Span s = { 0 };
      gboolean any = FALSE;

      s.entity = i < entities->len ? g_array_index (entities, guint32, i) : spec->reference;
      s.is_reference = i == entities->len;
      if (s.entity == PARITY_INDEX_NONE)
        break;
      for (guint k = 0; k < 3; k++)
        {
          s.end[k] = (ParityChartRow) { .value = NAN, .qualifier = PARITY_QUALIFIER_MISSING,
                                        .observation = PARITY_INDEX_NONE };
          if (k < c->n_series)
            any |= parity_chart_lookup (ctx->dataset, spec, parity_chart_get_series (spec, k),
                                        s.entity, PARITY_INDEX_NONE, &s.end[k]) &&
                   !isnan (s.end[k].value);
        }
      if (!s.is_reference)
        g_array_append_val (rows, s);
      else if (any)
        reference = s;
    }
  if (spec->sort != PARITY_SORT_NONE)
    {
      int key = (c->n_series == 3 ? POINT : HIGH) + 1;

      g_array_sort_with_data (rows, compare_spans,
                              GINT_TO_POINTER (spec->sort == PARITY_SORT_ASCENDING ? key : -key));
    }
  if (reference.is_reference)
    g_array_append_val (rows, reference);
  return rows;
}

/* Names the series right above the first row that has them all — low over the band's
 * left end, high over its right end, the point over the point; centred, else splayed
 * outward — or, when they do not fit there, in a small legend at the top. */
static void
label_series (Chart             *c,
              ParityLabelPlacer *placer,
              const Span        *first,
              double             cy,
              double             reach,
              double             legend_x)
{
  ParityChartContext *ctx = c->ctx;
  const ParityTheme *theme = ctx->theme;
  ParityColor color = parity_rows_shade (&theme->mark);
  PangoLayout *labels[3] = { NULL };
  double w[3], x[3], h = 0;
  guint n = c->n_series;
  gboolean placed = FALSE;

  for (guint k = 0; k < n; k++)
    {
      labels[k] = parity_pango_layout_new (parity_chart_series_label (ctx, k), c->frame->bold);
      w[k] = parity_pango_width (labels[k]);
      h = parity_pango_height (labels[k]);
      x[k] = first ? parity_rows_get_x (c->frame, first->end[k].value) : NAN;
    }
  for (guint attempt = 0; first != NULL && attempt < 2 && !placed; attempt++)
    {
      ParityPoint at[3];
      ParityRect rect[3];
      gboolean fits = TRUE;

      for (guint k = 0; k < n; k++)
        {
          double left = k == LOW && attempt == 1 ? x[k] + c->r - w[k]
                        : k == HIGH && attempt == 1 ? x[k] - c->r : x[k] - w[k] / 2;

          /* Clear of the marks and of the value labels beside them. */
          at[k] = (ParityPoint) { left, cy - MAX (reach, c->frame->value_h / 2 + c->pad * 0.3) -
                                        c->pad * 0.3 - h };
          rect[k] = (ParityRect) { left - c->pad * 0.3, at[k].y, w[k] + c->pad * 0.6, h };
          fits &= parity_label_placer_fits (placer, &(ParityRect) { left, at[k].y, w[k], h });
          for (guint j = 0; j < k; j++)
            fits &= !parity_rect_intersects (&rect[j], &rect[k]);
        }
      if (fits)
        {
          for (guint k = 0; k < n; k++)
            parity_label_placer_place (placer, labels[k], PARITY_ROLE_SERIES_LABEL, &color,
                                       &at[k], 1, FALSE);
          placed = TRUE;
        }
    }

  if (!placed)
    {
      g_autofree char *range = g_strdup_printf ("%s – %s", parity_chart_series_label (ctx, LOW),
                                                parity_chart_series_label (ctx, HIGH));
      g_autoptr(PangoLayout) range_label = parity_pango_layout_new (range, c->frame->font);
      double lx = legend_x, ly = ctx->plot.y, sw = c->r * 3;
      ParityColor band = parity_rows_tint (&theme->mark, 0.45);
      ParityItem *item;

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
  for (guint k = 0; k < n; k++)
    g_object_unref (labels[k]);
}

static gboolean
layout_rows (Chart   *c,
             GError **error)
{
  ParityChartContext *ctx = c->ctx;
  const ParityTheme *theme = ctx->theme;
  ParityRows *frame = c->frame;
  g_autoptr(GArray) rows = select_spans (c);
  g_autoptr(GArray) entities = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr(GArray) datums = g_array_new (FALSE, FALSE, sizeof (ParityChartRow));
  g_autoptr(GArray) extents = g_array_new (FALSE, FALSE, sizeof (ParityRowExtent));
  g_autoptr(GPtrArray) values = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(ParityLabelPlacer) placer = NULL;
  gboolean any_highlight = ctx->spec->highlight->len > 0;
  double lo = INFINITY, hi = -INFINITY, thickness, reach, off, first_cy = 0;
  const Span *first = NULL;
  guint n = rows->len;

  for (guint i = 0; i < n; i++)
    {
      const Span *s = &g_array_index (rows, Span, i);
      ParityRowExtent extent = { s->end[LOW].value, 0, s->end[HIGH].value, 0 };

      g_array_append_val (entities, s->entity);
      g_array_append_val (datums, s->end[HIGH]);
      for (guint k = 0; k < c->n_series; k++)
        {
          g_autofree char *text = parity_chart_format_row (ctx, &s->end[k]);
          PangoLayout *layout = parity_pango_layout_new (text, frame->small);

          g_ptr_array_add (values, layout);
          if (k == LOW)
            extent.lo_width = parity_pango_width (layout);
          else if (k == HIGH)
            extent.hi_width = parity_pango_width (layout);
          if (!isnan (s->end[k].value))
            {
              lo = MIN (lo, s->end[k].value);
              hi = MAX (hi, s->end[k].value);
            }
        }
      g_array_append_val (extents, extent);
    }
  if (isinf (lo))
    {
      g_set_error (error, PARITY_ERROR, PARITY_ERROR_EMPTY,
                   /* Translators: a chart's id, then the labels of the low and high series. */
                   _("chart \"%s\": %s and %s have no value to show"), ctx->spec->id,
                   parity_chart_series_label (ctx, LOW), parity_chart_series_label (ctx, HIGH));
      return FALSE;
    }
  if (parity_rows_is_percent (ctx))
    lo = MIN (lo, 0);
  if (!parity_rows_place (frame, (guint32 *)entities->data, n,
                          g_array_index (rows, Span, n - 1).is_reference, ROW_MAX_BAND, error))
    return FALSE;
  c->r = MIN (theme->body_size * DOT_RADIUS, frame->band * 0.2);
  thickness = MIN (frame->band * 0.3, theme->body_size * 0.6);
  reach = MAX (c->r, thickness / 2);
  off = reach + c->pad * 0.4;
  parity_rows_fit_axis (frame, lo, hi, 0, (ParityRowExtent *)extents->data, off);
  parity_rows_draw (frame, (guint32 *)entities->data, (ParityChartRow *)datums->data);

  for (guint i = 0; i < n; i++)
    {
      const Span *s = &g_array_index (rows, Span, i);
      double cy = parity_rows_get_y (frame, i);
      gboolean highlighted = parity_chart_is_highlighted (ctx->spec, s->entity);
      const ParityColor *mark = highlighted ? &theme->accent
                                : any_highlight ? &theme->mark_muted : &theme->mark;
      ParityItem *item;

      if (!isnan (s->end[LOW].value) && !isnan (s->end[HIGH].value))
        {
          double bx0 = parity_rows_get_x (frame, s->end[LOW].value);
          double bx1 = parity_rows_get_x (frame, s->end[HIGH].value);
          ParityColor fill = any_highlight && !highlighted ? *mark : parity_rows_tint (mark, 0.45);

          item = parity_scene_add_rect (ctx->scene, PARITY_ROLE_MARK,
                                        &(ParityRect) { MIN (bx0, bx1), cy - thickness / 2,
                                                        fabs (bx1 - bx0), thickness }, &fill);
          /* A band reaching a forecast is hatched, in colour and in greyscale alike. */
          if (s->end[LOW].qualifier == PARITY_QUALIFIER_FORECAST ||
              s->end[HIGH].qualifier == PARITY_QUALIFIER_FORECAST)
            item->fill_style = PARITY_FILL_HATCH;
          item->z = 1;
          parity_chart_set_datum (item, ctx, &s->end[HIGH]);
          /* Series names go over the first full row in full colour. */
          if (first == NULL && (c->n_series == 2 || !isnan (s->end[POINT].value)) &&
              (highlighted || !any_highlight))
            {
              first = s;
              first_cy = cy;
            }
        }
      else
        /* One end without the other is no range: a cap where the band would end, unlike
         * the point's dot. */
        for (guint k = LOW; k <= HIGH; k++)
          if (!isnan (s->end[k].value))
            {
              double x = parity_rows_get_x (frame, s->end[k].value);

              item = parity_scene_add_line (ctx->scene, PARITY_ROLE_MARK, x, cy - reach * 1.2,
                                            x, cy + reach * 1.2, mark,
                                            MAX (1.5, theme->body_size / 5));
              item->z = 3;
              parity_chart_set_datum (item, ctx, &s->end[k]);
            }
      if (c->n_series == 3 && !isnan (s->end[POINT].value))
        add_dot (c, PARITY_MARKER_CIRCLE, &s->end[POINT], cy, c->r, mark);
    }

  placer = parity_label_placer_new (ctx, &ctx->plot);
  parity_label_placer_add_scene_obstacles (placer);
  label_series (c, placer, first, first_cy, reach, frame->scale.range_min);
  for (guint i = 0; i < n; i++)
    {
      const Span *s = &g_array_index (rows, Span, i);
      double cy = parity_rows_get_y (frame, i);
      gboolean muted = any_highlight && !parity_chart_is_highlighted (ctx->spec, s->entity);
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
          PangoLayout *value = g_ptr_array_index (values, i * c->n_series + k);
          double x, w = parity_pango_width (value), h = parity_pango_height (value);
          ParityPoint at[2];

          if (isnan (s->end[k].value))
            continue;
          x = parity_rows_get_x (frame, s->end[k].value);
          /* Low to the left of the band, high to its right; the point above or below. */
          if (k == POINT)
            {
              at[0] = (ParityPoint) { x - w / 2, cy - reach - c->pad * 0.4 - h };
              at[1] = (ParityPoint) { x - w / 2, cy + reach + c->pad * 0.4 };
            }
          else
            at[0] = at[1] = (ParityPoint) { k == LOW ? x - off - w : x + off, cy - h / 2 };
          parity_chart_set_datum (parity_rows_knock_out (ctx, parity_label_placer_place (placer, value,
                                                                PARITY_ROLE_VALUE_LABEL, &color,
                                                                at, 2, FALSE)), ctx, &s->end[k]);
        }
    }

  {
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
  return TRUE;
}

static gboolean
range_layout (ParityChartContext *ctx,
              GError            **error)
{
  g_auto(ParityRows) frame = { 0 };
  Chart chart = { ctx, &frame, ctx->spec->series->len, 0, 0 };

  parity_rows_init (&frame, ctx);
  chart.pad = frame.pad;
  return chart.n_series == 0 ? layout_band (&chart, error) : layout_rows (&chart, error);
}

static gboolean
range_parse (ParityChartParser *parser,
             JsonObject        *object,
             ParityChartSpec   *spec)
{
  guint n = spec->series->len;

  if (n == 1 || n > 3)
    return _parity_json_reader_fail_at (parser->reader, "series",
                                        /* Translators: %u is the number of series found. */
                                        _("a range chart needs two series (low, high), three "
                                          "(low, high, a point between), or none for one band "
                                          "across the entities; found %u"), n);
  return parity_chart_parser_require_period (parser, spec);
}

const ParityChartKind parity_chart_kind_range = {
  .name = "range",
  .parse = range_parse,
  .layout = range_layout,
};
