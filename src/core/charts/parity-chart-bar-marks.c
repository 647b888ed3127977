/* parity-chart-bar-marks.c: what the bars of every orientation are drawn with — text,
 * colours, the marks with their qualifiers (hatched forecasts, fading censored ends),
 * knock-outs, "no data", ticks and the legend
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include <math.h>

#include "parity-chart-words.h"
#include "parity-chart-bar-private.h"
#include "parity-number-format.h"
#include "parity-color-vision.h"
#include "parity-pango.h"

/* How far the muted series colours go towards the background when a category is
 * highlighted. */
#define MUTED_MIX 0.6

PangoLayout *
_parity_bar_text (const char                 *text,
                  const PangoFontDescription *font)
{
  return parity_pango_layout_new (text, font);
}

static ParityColor
mix (const ParityColor *a,
     const ParityColor *b,
     double             t)
{
  return (ParityColor) { a->red + (b->red - a->red) * t, a->green + (b->green - a->green) * t,
                         a->blue + (b->blue - a->blue) * t, 1 };
}

/* The bands down the plot: one per category, and one for the summary of the rows left out
 * between the top and the bottom. */
guint
_parity_bar_n_bands (Bars *bars)
{
  return bars->n_categories + (bars->n_rest > 0);
}

/* The band of @category: the bottom rows come after the summary's. */
double
_parity_bar_band_index (Bars  *bars,
                        guint  category)
{
  return category + (bars->n_rest > 0 && category >= bars->rest_at);
}

/* Where the bar of @series in @category begins across the value axis: the group of a
 * category's bars is centred in its band. */
double
_parity_bar_slot_start (Bars           *bars,
                        const BarBands *bands,
                        guint           category,
                        guint           series)
{
  double group = bars->n_slots * bands->thickness + (bars->n_slots - 1) * bands->inner;

  return bands->first + bands->band * (_parity_bar_band_index (bars, category) + 0.5) -
         group / 2 +
         _parity_bar_slot (bars, series) * (bands->thickness + bands->inner);
}

/* The bars, before any label, so that every label after them steers clear of them; the
 * orientation only turns each bar's rectangle. */
void
_parity_bar_add_marks (Bars              *bars,
                       ParityLabelPlacer *placer,
                       const BarBands    *bands,
                       const ParityScale *scale)
{
  for (guint c = 0; c < bars->n_categories; c++)
    for (guint s = 0; s < bars->n_series; s++)
      {
        double v0, v1, a, b, start;
        ParityRect rect;

        if (!_parity_bar_extent (bars, c, s, &v0, &v1))
          continue;
        a = parity_scale_map (scale, v0);
        b = parity_scale_map (scale, v1);
        start = _parity_bar_slot_start (bars, bands, c, s);
        if (bars->orientation == BAR_HORIZONTAL)
          rect = (ParityRect) { MIN (a, b), start, fabs (b - a), bands->thickness };
        else
          rect = (ParityRect) { start, MIN (a, b), bands->thickness, fabs (b - a) };
        _parity_bar_add_mark (bars, placer, c, s, &rect);
      }
}

/* A part of a stack labelled with its value inside it, centred, where the value fits with
 * @pad either side. The part spans @a to @b (a < b, on the page) along the value axis and
 * starts at @start across it. */
static void
label_part (Bars              *bars,
            ParityLabelPlacer *placer,
            const BarBands    *bands,
            guint              category,
            guint              series,
            double             start,
            double             a,
            double             b,
            double             pad)
{
  const ParityTheme *theme = bars->ctx->theme;
  gboolean horizontal = bars->orientation == BAR_HORIZONTAL;
  g_autofree char *text = _parity_bar_format_cell (bars, category, series);
  g_autoptr(PangoLayout) layout = _parity_bar_text (text, bars->small);
  double w = parity_pango_width (layout), h = parity_pango_height (layout);
  ParityColor fill, ink;
  gboolean hatched;
  ParityItem *item;

  if (horizontal ? w + 2 * pad > b - a || h > bands->thickness
                 : w + 2 * pad > bands->thickness || h > b - a)
    return;
  fill = _parity_bar_color (bars, category, series);
  hatched = _parity_bar_cell (bars, category, series)->qualifier == PARITY_QUALIFIER_FORECAST;
  ink = hatched ? theme->text : _parity_bar_text_on (bars, &fill);
  item = parity_scene_add_text (bars->ctx->scene, PARITY_ROLE_VALUE_LABEL, layout,
                                horizontal ? (a + b - w) / 2
                                           : start + (bands->thickness - w) / 2,
                                horizontal ? start + (bands->thickness - h) / 2
                                           : (a + b - h) / 2, &ink);
  item->z = 5;
  parity_chart_set_datum (item, bars->ctx, _parity_bar_cell (bars, category, series));
  parity_label_placer_add_obstacle (placer, &item->box);
  /* A reference line would cross the text; hatching behind text is noise. */
  _parity_bar_knock_out (bars, item, hatched ? NULL : &fill);
}

/* Stacked: each part of a category's stack labelled inside it where its value fits.
 * Returns the stack's outer end on the page, or the zero line when it has no part. */
double
_parity_bar_label_parts (Bars              *bars,
                         ParityLabelPlacer *placer,
                         const BarBands    *bands,
                         const ParityScale *scale,
                         guint              category,
                         double             start,
                         double             pad)
{
  gboolean horizontal = bars->orientation == BAR_HORIZONTAL;
  double outer = parity_scale_map (scale, 0);

  for (guint s = 0; s < bars->n_series; s++)
    {
      double v0, v1, a, b;

      if (!_parity_bar_extent (bars, category, s, &v0, &v1))
        continue;
      /* On the page: left to right for bars, top to bottom for columns. */
      a = parity_scale_map (scale, horizontal ? MIN (v0, v1) : MAX (v0, v1));
      b = parity_scale_map (scale, horizontal ? MAX (v0, v1) : MIN (v0, v1));
      outer = horizontal ? MAX (outer, b) : MIN (outer, a);
      label_part (bars, placer, bands, category, s, start, a, b, pad);
    }
  return outer;
}

/* A grid line across the bands, from @cross0 to @cross1, at each tick (the zero line as an
 * axis), with its label: below the bars, centred, its top at @label_at; or left of the
 * columns, its right edge at @label_at. */
void
_parity_bar_draw_grid (Bars              *bars,
                       const ParityScale *scale,
                       GArray            *ticks,
                       GPtrArray         *tick_labels,
                       double             cross0,
                       double             cross1,
                       double             label_at)
{
  ParityChartContext *ctx = bars->ctx;
  const ParityTheme *theme = ctx->theme;
  gboolean horizontal = bars->orientation == BAR_HORIZONTAL;

  for (guint i = 0; i < ticks->len; i++)
    {
      double v = g_array_index (ticks, double, i), at = parity_scale_map (scale, v);
      PangoLayout *label = g_ptr_array_index (tick_labels, i);

      parity_scene_add_line (ctx->scene, v == 0 ? PARITY_ROLE_AXIS : PARITY_ROLE_GRID,
                             horizontal ? at : cross0, horizontal ? cross0 : at,
                             horizontal ? at : cross1, horizontal ? cross1 : at,
                             v == 0 ? &theme->axis : &theme->grid,
                             MAX (v == 0 ? 0.75 : 0.5,
                                  theme->body_size / (v == 0 ? 10 : 20)))->z = 0;
      parity_scene_add_value_tick (ctx->scene, pango_layout_get_text (label));
      if (horizontal)
        parity_scene_add_text (ctx->scene, PARITY_ROLE_TICK_LABEL, label,
                               at - parity_pango_width (label) / 2, label_at,
                               &theme->muted_text);
      else
        parity_scene_add_text (ctx->scene, PARITY_ROLE_TICK_LABEL, label,
                               label_at - parity_pango_width (label),
                               at - parity_pango_height (label) / 2, &theme->muted_text);
    }
}

/* One series: the theme's mark, accent and muted colours. Several: the palette, each
 * series colour paled for the categories that are not highlighted, so the series stay
 * apart while the highlighted category stands out. */
ParityColor
_parity_bar_color (Bars  *bars,
                   guint  category,
                   guint  series)
{
  const ParityTheme *theme = bars->ctx->theme;
  const ParityChartSpec *spec = bars->ctx->spec;
  gboolean any = spec->highlight->len > 0;
  gboolean on = parity_chart_is_highlighted (spec, _parity_bar_cell (bars, category, 0)->entity);

  if (bars->n_series == 1)
    return !any ? theme->mark : on ? theme->accent : theme->mark_muted;
  if (!any || on)
    return *parity_chart_series_color (bars->ctx, series);
  return mix (parity_chart_series_color (bars->ctx, series), &theme->background, MUTED_MIX);
}

/* A series colour dark enough to be read as text on the background. */
ParityColor
_parity_bar_series_text_color (Bars  *bars,
                               guint  series)
{
  const ParityTheme *theme = bars->ctx->theme;
  ParityColor color = *parity_chart_series_color (bars->ctx, series);
  static const ParityColor black = { 0, 0, 0, 1 };

  for (guint i = 0;
       i < 20 && parity_color_contrast (&color, &theme->background) < PARITY_VISION_MIN_CONTRAST;
       i++)
    color = mix (&color, &black, 0.1);
  return color;
}

/* Text inside a bar: the background colour or the text colour, whichever reads better. */
ParityColor
_parity_bar_text_on (Bars              *bars,
                     const ParityColor *fill)
{
  const ParityTheme *theme = bars->ctx->theme;

  return parity_color_contrast (&theme->background, fill) >=
         parity_color_contrast (&theme->text, fill)
         ? theme->background : theme->text;
}

/* A knock-out behind a label keeps it readable where it crosses a reference line: in the
 * background colour, or in the colour of the bar a label sits inside (NULL: background). */
void
_parity_bar_knock_out (Bars              *bars,
                       const ParityItem  *label,
                       const ParityColor *color)
{
  parity_scene_add_rect (bars->ctx->scene, PARITY_ROLE_BACKGROUND,
                         &(ParityRect) { label->box.x - 1, label->box.y, label->box.width + 2,
                                         label->box.height },
                         color != NULL ? color : &bars->ctx->theme->background)->z = 4;
}

/* A value label placed at @anchor (or dropped: NULL), over the bars, on a knock-out so
 * that it stays readable where it crosses a reference line. */
ParityItem *
_parity_bar_place_value (Bars                 *bars,
                         ParityLabelPlacer    *placer,
                         PangoLayout          *layout,
                         const ParityPoint    *anchor,
                         const ParityChartRow *row,
                         const ParityColor    *color)
{
  ParityItem *item = parity_label_placer_place (placer, layout, PARITY_ROLE_VALUE_LABEL, color,
                                                anchor, 1, FALSE);

  if (item == NULL)
    return NULL;
  item->z = 5;
  parity_chart_set_datum (item, bars->ctx, row);
  _parity_bar_knock_out (bars, item, NULL);
  return item;
}

/**
 * _parity_bar_place_missing:
 * @anchor: the label's top, and its left edge (or its centre when @centred)
 *
 * Says "no data" where a bar is missing, or, where that does not fit, shows a dash, so
 * that a gap never goes unexplained.
 *
 * Returns: (transfer none) (nullable): the label
 */
ParityItem *
_parity_bar_place_missing (Bars                 *bars,
                           ParityLabelPlacer    *placer,
                           const ParityPoint    *anchor,
                           gboolean              centred,
                           const ParityChartRow *row)
{
  const char * const texts[] = { parity_chart_word (bars->ctx->lang, PARITY_WORD_NO_DATA),
                                  "\xE2\x80\x93" };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(PangoLayout) layout = _parity_bar_text (texts[i], bars->small);
      double w = parity_pango_width (layout);
      ParityPoint p = { anchor->x - (centred ? w / 2 : 0), anchor->y };
      ParityRect rect = { p.x, p.y, w, parity_pango_height (layout) };

      if (i + 1 < G_N_ELEMENTS (texts) && !parity_label_placer_fits (placer, &rect))
        continue;
      return _parity_bar_place_value (bars, placer, layout, &p, row,
                                      &bars->ctx->theme->muted_text);
    }
  return NULL;
}

/* A few slices of fading colour: the open end of a censored bar. */
static void
add_fade (Bars                 *bars,
          ParityLabelPlacer    *placer,
          const ParityRect     *rect,
          double                length,
          gboolean              vertical,
          int                   direction,
          const ParityColor    *fill,
          const ParityChartRow *row)
{
  static const double alpha[] = { 0.55, 0.38, 0.24, 0.13, 0.05 };
  double step = length / G_N_ELEMENTS (alpha);

  for (guint i = 0; i < G_N_ELEMENTS (alpha); i++)
    {
      double a = (vertical ? (direction > 0 ? rect->y : rect->y + rect->height)
                           : (direction > 0 ? rect->x + rect->width : rect->x)) +
                 (vertical ? -direction : direction) * step * i;
      double b = a + (vertical ? -direction : direction) * step;
      ParityPoint p[4];
      ParityItem *item;

      if (vertical)
        {
          p[0] = (ParityPoint) { rect->x, a };
          p[1] = (ParityPoint) { rect->x + rect->width, a };
          p[2] = (ParityPoint) { rect->x + rect->width, b };
          p[3] = (ParityPoint) { rect->x, b };
        }
      else
        {
          p[0] = (ParityPoint) { a, rect->y };
          p[1] = (ParityPoint) { b, rect->y };
          p[2] = (ParityPoint) { b, rect->y + rect->height };
          p[3] = (ParityPoint) { a, rect->y + rect->height };
        }
      item = parity_scene_add_path (bars->ctx->scene, PARITY_ROLE_MARK, p, 4, fill, 0);
      item->closed = TRUE;
      item->fill = *fill;
      item->fill.alpha *= alpha[i];
      parity_chart_set_datum (item, bars->ctx, row);
      if (placer != NULL)
        parity_label_placer_add_obstacle (placer, &item->box);
    }
}

/**
 * _parity_bar_add_mark:
 * @rect: the bar, from its start to its value
 *
 * Adds the bar of a cell: hatched for a forecast; for a censored value the bar reaches the
 * published bound and a short fade says the true value lies beyond it ("> 95") or short
 * of it ("< 2", where the fade takes the last stretch of the bar).
 *
 * Returns: (transfer none): the bar
 */
ParityItem *
_parity_bar_add_mark (Bars              *bars,
                      ParityLabelPlacer *placer,
                      guint              category,
                      guint              series,
                      const ParityRect  *rect)
{
  const ParityChartRow *row = _parity_bar_cell (bars, category, series);
  gboolean vertical = bars->orientation == BAR_VERTICAL;
  ParityColor color = _parity_bar_color (bars, category, series);
  ParityRect solid = *rect;
  double v0, v1, fade = bars->extension;
  gboolean censored = FALSE;
  int direction;
  ParityItem *item;

  _parity_bar_extent (bars, category, series, &v0, &v1);
  direction = v1 >= v0 ? 1 : -1;
  /* On a 100 % stack the whole is known, so a bound only makes a share approximate. */
  if (_parity_bar_is_outermost (bars, category, series) && !bars->percent)
    censored = row->qualifier == PARITY_QUALIFIER_GREATER_THAN ||
               row->qualifier == PARITY_QUALIFIER_LESS_THAN;
  if (censored && row->qualifier == PARITY_QUALIFIER_LESS_THAN)
    {
      fade = MIN (bars->extension, vertical ? rect->height : rect->width);
      if (vertical)
        {
          solid.height -= fade;
          solid.y += direction > 0 ? fade : 0;
        }
      else
        {
          solid.width -= fade;
          solid.x += direction > 0 ? 0 : fade;
        }
    }
  item = parity_scene_add_rect (bars->ctx->scene, PARITY_ROLE_MARK, &solid, &color);
  item->z = 1;
  if (row->qualifier == PARITY_QUALIFIER_FORECAST)
    item->fill_style = PARITY_FILL_HATCH;
  parity_chart_set_datum (item, bars->ctx, row);
  if (placer != NULL)
    parity_label_placer_add_obstacle (placer, rect);
  if (censored)
    add_fade (bars, placer, &solid, fade, vertical, direction, &color, row);
  return item;
}

/* Fewer ticks until their labels stand apart. */
GArray *
_parity_bar_choose_ticks (Bars         *bars,
                          double        r0,
                          double        r1,
                          gboolean      vertical,
                          ParityScale  *scale,
                          GPtrArray   **tick_labels)
{
  ParityChartContext *ctx = bars->ctx;
  const ParityUnit *unit = bars->percent ? &bars->share_unit : &ctx->indicator->unit;
  double room = fabs (r1 - r0);
  guint target = parity_chart_tick_target (ctx, CLAMP ((guint)(room / (ctx->theme->body_size *
                                                                       (vertical ? 2.6 : 5))),
                                                       2, 8));

  for (;; target--)
    {
      g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_object_unref);
      g_autoptr(GArray) ticks = NULL;
      double previous_end = -INFINITY;
      gboolean fits = TRUE;
      guint decimals;

      ticks = parity_nice_ticks (bars->lo, bars->hi, target, &scale->domain_min,
                                 &scale->domain_max, &decimals);
      scale->range_min = r0;
      scale->range_max = r1;
      for (guint i = 0; i < ticks->len; i++)
        {
          double v = g_array_index (ticks, double, i);
          g_autofree char *text = parity_format_value (v, decimals, unit,
                                                       PARITY_QUALIFIER_EXACT, ctx->lang,
                                                       ctx->default_lang);
          PangoLayout *layout = _parity_bar_text (text, bars->small);
          double size = vertical ? parity_pango_height (layout) : parity_pango_width (layout);
          double c = parity_scale_map (scale, v) * (vertical ? -1 : 1);

          if (c - size / 2 < previous_end + (vertical ? bars->gap * 0.3 : bars->gap))
            fits = FALSE;
          previous_end = c + size / 2;
          g_ptr_array_add (labels, layout);
        }
      if (fits || target <= 1)
        {
          parity_chart_took_ticks (ctx, target);
          *tick_labels = g_steal_pointer (&labels);
          return g_steal_pointer (&ticks);
        }
    }
}

/**
 * _parity_bar_legend:
 * @placer: (nullable): where to place the key, or %NULL to measure it
 *
 * A compact key of the series, in rows from (x, y).
 *
 * Returns: its height
 */
double
_parity_bar_legend (Bars              *bars,
                    ParityLabelPlacer *placer,
                    double             x,
                    double             y,
                    double             width)
{
  ParityChartContext *ctx = bars->ctx;
  double cx = x, cy = y, row_height = 0;

  for (guint s = 0; s < bars->n_series; s++)
    {
      g_autoptr(PangoLayout) label = _parity_bar_text (parity_chart_series_label (ctx, s),
                                                       bars->small);
      double h = parity_pango_height (label), side = round (h * 0.62);
      double w = side + bars->gap * 0.5 + parity_pango_width (label);

      if (cx > x && cx + w > x + width)
        {
          cx = x;
          cy += row_height + bars->gap * 0.3;
        }
      row_height = MAX (row_height, h);
      if (placer != NULL)
        {
          ParityPoint anchor = { cx + side + bars->gap * 0.5, cy };
          ParityRect swatch = { cx, cy + (h - side) / 2, side, side };
          ParityItem *item;

          item = parity_scene_add_rect (ctx->scene, PARITY_ROLE_LEGEND, &swatch,
                                        parity_chart_series_color (ctx, s));
          item->z = 2;
          parity_label_placer_add_obstacle (placer, &swatch);
          parity_label_placer_place (placer, label, PARITY_ROLE_LEGEND, &ctx->theme->text,
                                     &anchor, 1, TRUE);
        }
      cx += w + bars->gap * 1.6;
    }
  return cy + row_height - y;
}

/**
 * _parity_bar_key:
 * @placer: the plot's placer
 *
 * The key of the series, when the chart has one and draws it here: at the top of the plot,
 * or in a chart in panels across the top of the figure's key strip, once.
 *
 * Returns: the height it takes at the top of the plot
 */
double
_parity_bar_key (Bars              *bars,
                 ParityLabelPlacer *placer)
{
  ParityChartContext *ctx = bars->ctx;
  const ParityRect *plot = &ctx->plot, *area;
  g_autoptr(ParityLabelPlacer) strip = NULL;
  double height;

  if (bars->names != BAR_NAMES_LEGEND || !parity_chart_draws_key (ctx))
    return 0;
  if (!parity_chart_key_in_strip (ctx))
    return _parity_bar_legend (bars, placer, plot->x, plot->y, plot->width) + bars->gap * 0.8;
  area = &ctx->panel->key->area;
  strip = parity_label_placer_new (ctx, area);
  height = _parity_bar_legend (bars, strip, area->x, area->y, area->width);
  parity_chart_key_took (ctx, &(ParityRect) { area->x, area->y, area->width, height });
  return 0;
}
