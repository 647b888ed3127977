/* parity-chart-bar-horizontal.c: bars along the x axis, one band per category down the
 * plot, category labels in a column on the left, the value axis below
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "parity-chart-bar-private.h"
#include "parity-chart-targets.h"
#include "parity-chart-rows.h"
#include "parity-error.h"
#include "parity-layout.h"

/* Share of a band a bar fills; the thickest bar relative to body text; and how far the
 * gaps may widen when a few bars have a tall plot to themselves. */
#define BAR_FILL 0.66
#define BAR_MAX_THICKNESS 3.0
#define BAR_MIN_FILL 0.5
/* The same for a group of bars side by side: a group fills more of its band (the bars
 * of a category belong together, the categories apart), each bar is thinner, and the
 * bars of a group keep a hairline apart. */
#define GROUP_FILL 0.8
#define GROUP_MAX_THICKNESS 1.8
#define GROUP_MIN_FILL 0.55
#define GROUP_INNER 0.08
/* Category labels may take at most this share of the plot width. */
#define LABEL_COLUMN_MAX 0.36
/* The pitch of single bars on a chart that grows to hold them: a line of the names and
 * the air that keeps one label clear of the next (more than the label placer's padding
 * both sides), in body text sizes; and at least this pitch. */
#define AUTO_AIR 0.4
#define AUTO_PITCH 1.5

typedef struct
{
  Bars              *bars;
  ParityLabelPlacer *placer;
  BarBands           bands;       /* down the plot */
  double             x0, x1;      /* the value axis */
  double             zero_x;
  ParityScale        scale;
} Geometry;

/* The top of the bar of a series in a category. */
static double
slot_y (Geometry *g,
        guint     category,
        guint     series)
{
  return _parity_bar_slot_start (g->bars, &g->bands, category, series);
}

/* The category column, as the rows draw it (parity-chart-rows.c) but wider (up to
 * LABEL_COLUMN_MAX of the plot) and wrapping on two lines when the band holds two lines of
 * body text with room to spare. */
static GPtrArray *
make_category_labels (Bars   *bars,
                      double  max_width,
                      double  band,
                      double *column_width)
{
  g_autoptr(PangoLayout) probe = _parity_bar_text ("Ag", bars->font);
  int max_lines = band >= 2.2 * parity_pango_height (probe) ? 2 : 1;
  g_autofree guint32 *entities = g_new (guint32, MAX (bars->n_categories, 1));

  for (guint c = 0; c < bars->n_categories; c++)
    entities[c] = _parity_bar_cell (bars, c, 0)->entity;
  return parity_rows_make_category_column (bars->ctx, entities, bars->n_categories,
                                           bars->font, bars->bold, max_width, max_lines,
                                           column_width);
}

/* The widest label at the end of a bar, so the value axis leaves room for it. */
static double
end_label_width (Bars *bars)
{
  double width = 0;

  for (guint c = 0; c < bars->n_categories; c++)
    {
      double extra = _parity_bar_category_censored (bars, c) ? bars->extension : 0;

      if (bars->arrangement == BAR_STACKED)
        {
          gboolean muted;
          g_autofree char *text = _parity_bar_format_end (bars, c, &muted);
          g_autoptr(PangoLayout) layout = NULL;

          /* A 100 % stack with a part missing draws nothing: its note sits at zero. */
          if (text == NULL || bars->percent)
            continue;
          layout = _parity_bar_text (text, muted ? bars->small : bars->font);
          width = MAX (width, parity_pango_width (layout) + extra);
          continue;
        }
      for (guint s = 0; s < bars->n_series; s++)
        {
          g_autofree char *text = _parity_bar_format_cell (bars, c, s);
          gboolean missing = isnan (_parity_bar_cell (bars, c, s)->value);
          g_autoptr(PangoLayout) layout =
            _parity_bar_text (text, missing || bars->n_series > 1 ? bars->small : bars->font);

          width = MAX (width, parity_pango_width (layout) + extra);
        }
    }
  return width;
}

/* A value label at the far end of a bar (or at zero, when there is no bar), on a
 * knock-out so that it stays readable where it crosses a reference line. */
static void
place_end_label (Geometry             *g,
                 PangoLayout          *layout,
                 double                end_x,
                 double                cy,
                 gboolean              at_zero,
                 gboolean              censored,
                 const ParityChartRow *row,
                 const ParityColor    *color)
{
  Bars *bars = g->bars;
  double h = parity_pango_height (layout);
  ParityPoint anchor;

  if (at_zero)
    anchor = (ParityPoint) { g->zero_x + bars->gap, cy - h / 2 };
  else
    anchor = (ParityPoint) { MAX (end_x, g->zero_x) + bars->gap * 0.6 +
                             (censored ? bars->extension : 0), cy - h / 2 };
  _parity_bar_place_value (bars, g->placer, layout, &anchor, row, color);
}

/* Stacked: each part's value inside it where it fits, the total at the end. */
static void
label_stack (Geometry *g,
             guint     c)
{
  Bars *bars = g->bars;
  const ParityTheme *theme = bars->ctx->theme;
  double pad = theme->body_size * 0.3, y = slot_y (g, c, 0), outer;
  gboolean muted;
  g_autofree char *end = _parity_bar_format_end (bars, c, &muted);

  outer = _parity_bar_label_parts (bars, g->placer, &g->bands, &g->scale, c, y, pad);
  if (end != NULL)
    {
      g_autoptr(PangoLayout) layout = _parity_bar_text (end, muted ? bars->small : bars->font);

      place_end_label (g, layout, outer, y + g->bands.thickness / 2, outer == g->zero_x,
                       _parity_bar_category_censored (bars, c), _parity_bar_cell (bars, c, 0),
                       muted ? &theme->muted_text : &theme->text);
    }
}

/* Grouped: each series named inside its bar of the first category where every name
 * fits, at the bar's base. */
static void
name_groups (Geometry *g)
{
  Bars *bars = g->bars;
  double pad = bars->ctx->theme->body_size * 0.3;

  for (guint c = 0; c < bars->n_categories; c++)
    {
      gboolean fits = TRUE;

      for (guint s = 0; s < bars->n_series && fits; s++)
        {
          g_autoptr(PangoLayout) name =
            _parity_bar_text (parity_chart_series_label (bars->ctx, s), bars->small);
          double v0, v1;

          fits = _parity_bar_extent (bars, c, s, &v0, &v1) && v1 > 0 &&
                 parity_pango_width (name) + 2 * pad + bars->extension <=
                 parity_scale_map (&g->scale, v1) - g->zero_x &&
                 parity_pango_height (name) <= g->bands.thickness + 0.5;
        }
      if (!fits)
        continue;
      for (guint s = 0; s < bars->n_series; s++)
        {
          g_autoptr(PangoLayout) name =
            _parity_bar_text (parity_chart_series_label (bars->ctx, s), bars->small);
          ParityColor fill = _parity_bar_color (bars, c, s);
          ParityColor ink = _parity_bar_text_on (bars, &fill);
          ParityItem *item;

          item = parity_scene_add_text (bars->ctx->scene, PARITY_ROLE_SERIES_LABEL, name,
                                        g->zero_x + pad,
                                        slot_y (g, c, s) +
                                        (g->bands.thickness - parity_pango_height (name)) / 2,
                                        &ink);
          item->z = 5;
          parity_label_placer_add_obstacle (g->placer, &item->box);
          _parity_bar_knock_out (bars, item, &fill);
        }
      return;
    }
  bars->names_failed = TRUE;
}

/* Stacked: each series named above its part of the first complete bar, in a row of
 * its own. */
static void
name_stack (Geometry *g,
            double    y)
{
  Bars *bars = g->bars;

  for (guint c = 0; c < bars->n_categories; c++)
    {
      double v0, v1;
      gboolean complete = TRUE;

      for (guint s = 0; s < bars->n_series; s++)
        complete &= _parity_bar_extent (bars, c, s, &v0, &v1) && v1 >= v0;
      if (!complete)
        continue;
      for (guint s = 0; s < bars->n_series; s++)
        {
          g_autoptr(PangoLayout) name =
            _parity_bar_text (parity_chart_series_label (bars->ctx, s), bars->small);
          ParityColor ink = _parity_bar_series_text_color (bars, s);
          double a, b, w = parity_pango_width (name);
          ParityPoint anchors[2];

          _parity_bar_extent (bars, c, s, &v0, &v1);
          a = parity_scale_map (&g->scale, v0);
          b = parity_scale_map (&g->scale, v1);
          anchors[0] = (ParityPoint) { a, y };
          anchors[1] = (ParityPoint) { (a + b - w) / 2, y };
          if (parity_label_placer_place (g->placer, name, PARITY_ROLE_SERIES_LABEL, &ink,
                                         anchors, G_N_ELEMENTS (anchors), FALSE) == NULL)
            bars->names_failed = TRUE;
        }
      return;
    }
  bars->names_failed = TRUE;
}

/* The reference: one dashed line across the bars; grouped, a dashed tick across each bar
 * of a series at the reference's value for that series, labelled in the series colour. */
static void
add_references (Geometry *g,
                double    label_y)
{
  Bars *bars = g->bars;
  ParityChartContext *ctx = bars->ctx;
  const ParityRect *plot = &ctx->plot;

  for (guint i = 0; i < _parity_bar_n_references (bars); i++)
    {
      g_autoptr(PangoLayout) label = _parity_bar_reference_label (bars, i);
      double x = parity_scale_map (&g->scale, _parity_bar_reference_value (bars, i));
      double w = parity_pango_width (label);
      double lx = CLAMP (x - w / 2, plot->x, plot->x + plot->width - w);
      ParityColor ink = bars->arrangement == BAR_GROUPED
                        ? _parity_bar_series_text_color (bars, i) : ctx->theme->reference;
      double left = CLAMP (x - w, plot->x, plot->x + plot->width - w);
      double right = CLAMP (x, plot->x, plot->x + plot->width - w);
      int rank = _parity_bar_reference_rank (bars, i);
      ParityPoint anchors[] = { { rank < 0 ? left : rank > 0 ? right : lx, label_y },
                                { rank != 0 ? lx : left, label_y },
                                { rank > 0 ? left : right, label_y } };
      ParityItem *item;

      if (bars->arrangement == BAR_GROUPED)
        for (guint c = 0; c < bars->n_categories; c++)
          {
            double y = slot_y (g, c, i), over = g->bands.inner * 0.45;

            item = _parity_bar_add_reference (bars, i, x, y - over, x,
                                              y + g->bands.thickness + over);
            item->dash = ctx->theme->body_size * 0.25;
          }
      else
        _parity_bar_add_reference (bars, i, x, g->bands.first - bars->gap * 0.4, x,
                                   g->bands.first + _parity_bar_n_bands (bars) * g->bands.band);
      item = parity_label_placer_place (g->placer, label, PARITY_ROLE_REFERENCE_LABEL, &ink,
                                        anchors, G_N_ELEMENTS (anchors), FALSE);
      if (item != NULL)
        parity_chart_set_datum (item, bars->ctx, &bars->reference[i]);
    }
}

/* Measure the rows above the bars, top down: the key, or the series names of a stack;
 * then the reference's label. Sets where the first band begins. */
static void
measure_head (Geometry *g,
              double    small_height,
              double   *names_y,
              double   *reference_y)
{
  Bars *bars = g->bars;
  const ParityRect *plot = &bars->ctx->plot;

  g->bands.first = plot->y;
  if (bars->names == BAR_NAMES_LEGEND)
    g->bands.first += _parity_bar_key (bars, g->placer);
  else if (bars->names == BAR_NAMES_DIRECT && bars->arrangement == BAR_STACKED)
    {
      *names_y = g->bands.first;
      g->bands.first += small_height + bars->gap * 0.3;
    }
  if (_parity_bar_n_references (bars) > 0)
    {
      double height = small_height;

      /* As tall as the tallest label: Arabic script reaches higher than the probe's. */
      for (guint i = 0; i < _parity_bar_n_references (bars); i++)
        {
          g_autoptr(PangoLayout) label = _parity_bar_reference_label (bars, i);

          height = MAX (height, parity_pango_height (label));
        }
      *reference_y = g->bands.first;
      g->bands.first += height + bars->gap * 0.5;
    }
}

/* The height of a line of the category names, as tall as its tallest script: Arabic or
 * Devanagari glyphs reach further than Latin ones. */
static double
names_height (Bars *bars)
{
  g_autoptr(GString) names = g_string_new ("Ag");
  g_autoptr(PangoLayout) layout = NULL;

  for (guint c = 0; c < bars->n_categories; c++)
    g_string_append_printf (names, " %s",
                            parity_chart_entity_label (bars->ctx,
                                                       _parity_bar_cell (bars, c, 0)->entity,
                                                       FALSE));
  layout = _parity_bar_text (names->str, bars->font);
  return parity_pango_height (layout);
}

/* Measure the bands: they share the height left above the tick labels; thick bars look
 * clumsy, so few bars stay slim. FALSE when the bars would be too thin. */
static gboolean
measure_bands (Geometry *g,
               double    small_height,
               GError  **error)
{
  Bars *bars = g->bars;
  ParityChartContext *ctx = bars->ctx;
  const ParityTheme *theme = ctx->theme;
  const ParityRect *plot = &ctx->plot;
  guint n = _parity_bar_n_bands (bars), k = bars->n_slots;
  double tick_height = parity_theme_get_size (theme, PARITY_TEXT_SMALL) * 1.4 + bars->gap;
  double room = (plot->y + plot->height - tick_height - g->bands.first) / n, group;

  if (bars->auto_height)
    {
      /* As tall as the rows need: a band of body text and air for one bar, or the small
       * labels of a group; the frame makes the canvas as tall as that asks. A few rows
       * share the plot as they would on any canvas. */
      double pitch = k == 1 ? MAX (names_height (bars) + theme->body_size * AUTO_AIR,
                                   theme->body_size * AUTO_PITCH)
                            : k * (small_height + theme->body_size * 0.25) / 0.9;

      room = MAX (room, pitch);
      ctx->wanted_plot_height = g->bands.first - plot->y + n * room + tick_height;
      if (ctx->wanted_plot_height - plot->height + parity_scene_get_height (ctx->scene) >
          PARITY_LAYOUT_MAX_SIDE)
        {
          parity_chart_set_crowded_error (ctx, FALSE, error,
                                          /* Translators: a number of bars, a height in points.
                                             */
                                          _("%u bars need a canvas more than %.0f pt high"),
                                          n * k, PARITY_LAYOUT_MAX_SIDE);
          return FALSE;
        }
    }

  if (k == 1)
    {
      g->bands.thickness = MIN (room * BAR_FILL, theme->body_size * BAR_MAX_THICKNESS);
      g->bands.band = MIN (room, g->bands.thickness / BAR_MIN_FILL);
    }
  else
    {
      /* Where the band allows, each bar as thick as its value label and the air the
       * placer keeps around it, so that a label beside a short bar clears the longer bar
       * next to it. */
      group = MIN (room * GROUP_FILL, k * theme->body_size * GROUP_MAX_THICKNESS);
      group = MAX (group, MIN (room * 0.9, k * (small_height + theme->body_size * 0.25)));
      g->bands.inner = MAX (0.75, group / k * GROUP_INNER);
      g->bands.thickness = (group - (k - 1) * g->bands.inner) / k;
      g->bands.band = MIN (room, group / GROUP_MIN_FILL);
    }
  if (g->bands.thickness < 2)
    {
      parity_chart_set_crowded_error (ctx, TRUE, error,
                                      /* Translators: a number of bars, a height in points. */
                                      _("%u bars do not fit a plot %.0f pt high"), n * k,
                                      plot->height);
      return FALSE;
    }
  return TRUE;
}

/* Labels: the category of each band, then the values at the bars' ends (or inside the
 * parts of a stack). */
static void
label_categories (Geometry  *g,
                  GPtrArray *categories,
                  double     column_width,
                  double     small_height)
{
  Bars *bars = g->bars;
  ParityChartContext *ctx = bars->ctx;
  const ParityTheme *theme = ctx->theme;

  for (guint c = 0; c < bars->n_categories; c++)
    {
      PangoLayout *category = g_ptr_array_index (categories, c);
      double cy = g->bands.first + g->bands.band * (_parity_bar_band_index (bars, c) + 0.5);
      ParityPoint anchor = { g->x0 - bars->gap - column_width,
                             cy - parity_pango_height (category) / 2 };
      ParityItem *item;

      item = parity_label_placer_place (g->placer, category, PARITY_ROLE_CATEGORY_LABEL,
                                        &theme->text, &anchor, 1, FALSE);
      parity_chart_set_datum (item, ctx, _parity_bar_cell (bars, c, 0));

      if (bars->arrangement == BAR_STACKED)
        {
          label_stack (g, c);
          continue;
        }
      for (guint s = 0; s < bars->n_series; s++)
        {
          const ParityChartRow *row = _parity_bar_cell (bars, c, s);
          gboolean highlighted = parity_chart_is_highlighted (ctx->spec, row->entity);
          g_autofree char *text = _parity_bar_format_cell (bars, c, s);
          g_autoptr(PangoLayout) value =
            _parity_bar_text (text, bars->n_series > 1 ? bars->small : bars->font);
          double mid = slot_y (g, c, s) + g->bands.thickness / 2;

          if (isnan (row->value))
            _parity_bar_place_missing (bars, g->placer,
                                       &(ParityPoint) { g->zero_x + bars->gap,
                                                        mid - small_height / 2 }, FALSE, row);
          else
            place_end_label (g, value, parity_scale_map (&g->scale, row->value), mid, FALSE,
                             row->qualifier == PARITY_QUALIFIER_GREATER_THAN, row,
                             highlighted && bars->n_series == 1 ? &theme->accent : &theme->text);
        }
    }
}

/* The row between the top and the bottom that says what was left out, from the category
 * column's edge across the plot, muted. */
static void
summarise_rest (Geometry *g,
                double    column_width)
{
  Bars *bars = g->bars;
  const ParityRect *plot = &bars->ctx->plot;
  g_autofree char *text = _parity_bar_rest_text (bars);
  g_autoptr(PangoLayout) layout = _parity_bar_text (text, bars->font);
  double cy = g->bands.first + g->bands.band * (bars->rest_at + 0.5);
  ParityPoint anchor = { g->x0 - bars->gap - column_width,
                         cy - parity_pango_height (layout) / 2 };

  ParityItem *item;

  if (parity_pango_width (layout) > plot->x + plot->width - anchor.x)
    {
      pango_layout_set_width (layout, (int)((plot->x + plot->width - anchor.x) * PANGO_SCALE));
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }
  item = parity_label_placer_place (g->placer, layout, PARITY_ROLE_CATEGORY_LABEL,
                                    &bars->ctx->theme->muted_text, &anchor, 1, FALSE);
  if (item != NULL)
    {
      item->z = 5;
      _parity_bar_knock_out (bars, item, NULL);
    }
}

gboolean
_parity_bar_layout_horizontal (Bars    *bars,
                               GError **error)
{
  ParityChartContext *ctx = bars->ctx;
  const ParityRect *plot = &ctx->plot;
  g_autoptr(ParityLabelPlacer) placer = parity_label_placer_new (ctx, plot);
  g_autoptr(GPtrArray) categories = NULL;
  g_autoptr(GPtrArray) tick_labels = NULL;
  g_autoptr(GArray) ticks = NULL;
  g_autoptr(PangoLayout) probe = _parity_bar_text ("Ag", bars->small);
  Geometry g = { bars, placer };
  double small_height = parity_pango_height (probe);
  double names_y = 0, reference_y = 0, column_width, bottom;

  measure_head (&g, small_height, &names_y, &reference_y);
  if (!measure_bands (&g, small_height, error))
    return FALSE;
  /* Too short a canvas for the rows: the frame lays the chart out again on a taller one,
   * and this scene is dropped, so nothing is drawn on it. */
  if (bars->auto_height && ctx->wanted_plot_height > plot->height + 0.5)
    return TRUE;

  /* The value axis between the category column and the widest end label. */
  categories = make_category_labels (bars, plot->width * LABEL_COLUMN_MAX, g.bands.band,
                                     &column_width);
  g.x0 = plot->x + column_width + bars->gap;
  g.x1 = plot->x + plot->width - end_label_width (bars) - bars->gap;
  ticks = _parity_bar_choose_ticks (bars, g.x0, g.x1, FALSE, &g.scale, &tick_labels);
  g.zero_x = parity_scale_map (&g.scale, 0);

  /* Grid lines and their labels below the bars; the bars before any label. */
  bottom = g.bands.first + _parity_bar_n_bands (bars) * g.bands.band;
  parity_chart_targets_bands (ctx, &g.scale, FALSE, g.bands.first, bottom);
  _parity_bar_draw_grid (bars, &g.scale, ticks, tick_labels, g.bands.first, bottom,
                         bottom + bars->gap * 0.5);
  _parity_bar_add_marks (bars, placer, &g.bands, &g.scale);

  label_categories (&g, categories, column_width, small_height);
  if (bars->n_rest > 0)
    summarise_rest (&g, column_width);
  if (bars->names == BAR_NAMES_DIRECT && bars->arrangement == BAR_GROUPED)
    name_groups (&g);
  else if (bars->names == BAR_NAMES_DIRECT)
    name_stack (&g, names_y);
  add_references (&g, reference_y);
  parity_chart_targets_lines (ctx, placer, &g.scale, FALSE, g.bands.first, bottom, bars->small,
                              NULL, NULL);
  return TRUE;
}
