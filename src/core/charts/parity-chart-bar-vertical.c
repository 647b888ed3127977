/* parity-chart-bar-vertical.c: columns rising from one baseline, one band per category
 * across the plot, category labels below, the value axis and its grid on the left
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "parity-chart-bar-private.h"
#include "parity-chart-targets.h"
#include "parity-error.h"

/* Share of a band a column fills, and its widest relative to body text: a few columns on
 * a wide canvas stay columns rather than blocks. */
#define COLUMN_FILL 0.62
#define COLUMN_MAX_WIDTH 5.0
/* A group of columns fills more of its band; each column is narrower; a hairline apart. */
#define GROUP_FILL 0.8
#define GROUP_MAX_WIDTH 3.2
#define GROUP_INNER 0.08

typedef struct
{
  Bars              *bars;
  ParityLabelPlacer *placer;
  BarBands           bands;       /* across the plot */
  double             x1;          /* where the bands end */
  double             top_y;       /* the value axis: its top... */
  double             base_y;      /* ...and the bottom of the bars' area */
  ParityScale        scale;
  double            *tops;        /* per cell: the top of what stands on its column */
} Geometry;

/* The left edge of the column of a series in a category. */
static double
slot_x (Geometry *g,
        guint     category,
        guint     series)
{
  return _parity_bar_slot_start (g->bars, &g->bands, category, series);
}

static gboolean
fits_lines (PangoLayout *layout,
            double       width,
            int          lines)
{
  return parity_pango_width (layout) <= width + 0.01 &&
         pango_layout_get_line_count (layout) <= lines;
}

/* The label under a band in @font: the full label on one line, else wrapped on two, else
 * the short label on one or two; NULL when none fits. */
static PangoLayout *
try_category_label (Bars                       *bars,
                    guint32                     entity,
                    const PangoFontDescription *font,
                    double                      width)
{
  for (guint attempt = 0; attempt < 4; attempt++)
    {
      const char *text = parity_chart_entity_label (bars->ctx, entity, attempt >= 2);
      PangoLayout *layout = _parity_bar_text (text, font);

      pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
      if (attempt % 2 == 1)
        {
          pango_layout_set_width (layout, (int)(width * PANGO_SCALE));
          pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
        }
      if (fits_lines (layout, width, attempt % 2 == 1 ? 2 : 1))
        return layout;
      g_object_unref (layout);
    }
  return NULL;
}

/* The last resort: the short label on two lines, the second ellipsized; or, when a word
 * is too long for the band, on one line, ellipsized (a word broken across lines reads
 * worse than an ellipsis). */
static PangoLayout *
shortened_category_label (Bars                       *bars,
                          guint32                     entity,
                          const PangoFontDescription *font,
                          double                      width)
{
  const char *text = parity_chart_entity_label (bars->ctx, entity, TRUE);
  PangoLayout *layout = _parity_bar_text (text, font);

  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  pango_layout_set_width (layout, (int)(width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
  pango_layout_set_height (layout, -2);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  if (fits_lines (layout, width, 2))
    return layout;
  pango_layout_set_height (layout, -1);
  return layout;
}

/* The labels under the bands, all in one size: body text when every label fits it, else
 * small text when that shortens fewer; shortened where they still do not fit. */
static GPtrArray *
make_category_labels (Bars   *bars,
                      double  width,
                      double *height)
{
  const ParityTheme *theme = bars->ctx->theme;
  GPtrArray *best = NULL;
  guint best_shortened = G_MAXUINT;

  for (guint style = 0; style < 2 && best_shortened > 0; style++)
    {
      ParityTextStyle size = style == 0 ? PARITY_TEXT_BODY : PARITY_TEXT_SMALL;
      g_autoptr(PangoFontDescription) font = parity_theme_get_font (theme, size,
                                                                    PANGO_WEIGHT_NORMAL);
      g_autoptr(PangoFontDescription) bold = parity_theme_get_font (theme, size,
                                                                    PANGO_WEIGHT_BOLD);
      GPtrArray *labels = g_ptr_array_new_with_free_func (g_object_unref);
      guint shortened = 0;

      for (guint c = 0; c < bars->n_categories; c++)
        {
          guint32 entity = _parity_bar_cell (bars, c, 0)->entity;
          const PangoFontDescription *f =
            parity_chart_is_highlighted (bars->ctx->spec, entity) ? bold : font;
          PangoLayout *layout = try_category_label (bars, entity, f, width);

          if (layout == NULL)
            {
              layout = shortened_category_label (bars, entity, f, width);
              shortened++;
            }
          g_ptr_array_add (labels, layout);
        }
      if (shortened < best_shortened)
        {
          g_clear_pointer (&best, g_ptr_array_unref);
          best = labels;
          best_shortened = shortened;
        }
      else
        g_ptr_array_unref (labels);
    }
  *height = 0;
  for (guint c = 0; c < best->len; c++)
    *height = MAX (*height, parity_pango_height (g_ptr_array_index (best, c)));
  return best;
}

/* The tallest label above a column, so the axis leaves room above the tallest. */
static double
value_label_height (Bars *bars)
{
  g_autoptr(PangoLayout) probe =
    _parity_bar_text ("Ag", bars->arrangement == BAR_GROUPED ? bars->small : bars->font);
  double h = parity_pango_height (probe) + bars->gap * 0.4;

  for (guint c = 0; c < bars->n_categories; c++)
    if (_parity_bar_category_censored (bars, c))
      return h + bars->extension;
  return h;
}

/* Right of the plot: the reference label and, stacked, the series names. */
static double
right_margin (Bars *bars)
{
  double width = 0;

  for (guint i = 0; i < _parity_bar_n_references (bars); i++)
    {
      g_autoptr(PangoLayout) label = _parity_bar_reference_label (bars, i);

      width = MAX (width, parity_pango_width (label) + bars->gap);
    }
  if (bars->names == BAR_NAMES_DIRECT && bars->arrangement == BAR_STACKED)
    for (guint s = 0; s < bars->n_series; s++)
      {
        g_autoptr(PangoLayout) name =
          _parity_bar_text (parity_chart_series_label (bars->ctx, s), bars->small);

        width = MAX (width, parity_pango_width (name) + bars->gap);
      }
  return width;
}

/* A label above (or, for a negative value, below) the end of a column, on a knock-out
 * so that it stays readable where it crosses a reference line. */
static ParityItem *
place_top_label (Geometry             *g,
                 PangoLayout          *layout,
                 double                cx,
                 double                end_y,
                 gboolean              below,
                 gboolean              censored,
                 const ParityChartRow *row,
                 const ParityColor    *color)
{
  Bars *bars = g->bars;
  double w = parity_pango_width (layout), h = parity_pango_height (layout);
  double clear = bars->gap * 0.4 + (censored ? bars->extension : 0);
  ParityPoint anchor = { cx - w / 2, below ? end_y + clear : end_y - clear - h };

  return _parity_bar_place_value (bars, g->placer, layout, &anchor, row, color);
}

static void
label_column (Geometry *g,
              guint     c,
              guint     s)
{
  Bars *bars = g->bars;
  const ParityTheme *theme = bars->ctx->theme;
  const ParityChartRow *row = _parity_bar_cell (bars, c, s);
  gboolean highlighted = parity_chart_is_highlighted (bars->ctx->spec, row->entity);
  g_autofree char *text = _parity_bar_format_cell (bars, c, s);
  g_autoptr(PangoLayout) value =
    _parity_bar_text (text, bars->n_series > 1 ? bars->small : bars->font);
  g_autoptr(PangoLayout) probe = _parity_bar_text ("Ag", bars->small);
  double cx = slot_x (g, c, s) + g->bands.thickness / 2;
  double end = parity_scale_map (&g->scale, isnan (row->value) ? 0 : row->value);
  ParityItem *item;

  if (isnan (row->value))
    {
      ParityPoint anchor = { cx, parity_scale_map (&g->scale, 0) - bars->gap * 0.4 -
                                 parity_pango_height (probe) };

      _parity_bar_place_missing (bars, g->placer, &anchor, TRUE, row);
      return;
    }
  item = place_top_label (g, value, cx, end, row->value < 0,
                          row->qualifier == PARITY_QUALIFIER_GREATER_THAN, row,
                          highlighted && bars->n_series == 1 ? &theme->accent : &theme->text);
  g->tops[c * bars->n_series + s] = item != NULL && row->value >= 0 ? item->box.y
                                    : MIN (end, parity_scale_map (&g->scale, 0));
}

/* Stacked: each part's value inside it where it fits, the total above. */
static void
label_stack (Geometry *g,
             guint     c)
{
  Bars *bars = g->bars;
  const ParityTheme *theme = bars->ctx->theme;
  double pad = theme->body_size * 0.25, x = slot_x (g, c, 0), outer;
  gboolean muted;
  g_autofree char *end = _parity_bar_format_end (bars, c, &muted);

  outer = _parity_bar_label_parts (bars, g->placer, &g->bands, &g->scale, c, x, pad);
  if (end != NULL)
    {
      g_autoptr(PangoLayout) layout = _parity_bar_text (end, muted ? bars->small : bars->font);

      place_top_label (g, layout, x + g->bands.thickness / 2, outer, FALSE,
                       _parity_bar_category_censored (bars, c), _parity_bar_cell (bars, c, 0),
                       muted ? &theme->muted_text : &theme->text);
    }
}

/* Grouped: each series named above its column in the first category where every name
 * fits; stacked: beside its part of the last complete column. */
static void
name_series (Geometry *g)
{
  Bars *bars = g->bars;
  guint n = bars->n_categories, k = bars->n_series;
  gboolean stacked = bars->arrangement == BAR_STACKED;
  g_autofree ParityPoint *anchors = g_new (ParityPoint, k);
  /* Above a column and its value label, the air the placer keeps around labels. */
  double pad = bars->ctx->theme->body_size * 0.3;

  for (guint i = 0; i < n; i++)
    {
      guint c = stacked ? n - 1 - i : i;
      gboolean fits = TRUE;

      for (guint s = 0; s < k && fits; s++)
        {
          g_autoptr(PangoLayout) name =
            _parity_bar_text (parity_chart_series_label (bars->ctx, s), bars->small);
          double v0, v1, w = parity_pango_width (name), h = parity_pango_height (name);
          ParityRect rect;

          if (!_parity_bar_extent (bars, c, s, &v0, &v1) || v1 < v0)
            {
              fits = FALSE;
              break;
            }
          if (stacked)
            anchors[s] = (ParityPoint) {
              slot_x (g, c, s) + g->bands.thickness + bars->gap * 0.5,
              (parity_scale_map (&g->scale, v0) + parity_scale_map (&g->scale, v1) - h) / 2 };
          else
            anchors[s] = (ParityPoint) { slot_x (g, c, s) + (g->bands.thickness - w) / 2,
                                         g->tops[c * k + s] - pad - h };
          rect = (ParityRect) { anchors[s].x, anchors[s].y, w, h };
          fits = parity_label_placer_fits (g->placer, &rect);
          /* Names must not collide with each other either. */
          for (guint t = 0; t < s && fits; t++)
            fits = anchors[s].y >= anchors[t].y + h || anchors[t].y >= anchors[s].y + h ||
                   anchors[s].x >= anchors[t].x + w + bars->gap ||
                   anchors[t].x >= anchors[s].x + w + bars->gap;
        }
      if (!fits)
        continue;
      for (guint s = 0; s < k; s++)
        {
          g_autoptr(PangoLayout) name =
            _parity_bar_text (parity_chart_series_label (bars->ctx, s), bars->small);
          ParityColor ink = _parity_bar_series_text_color (bars, s);

          if (parity_label_placer_place (g->placer, name, PARITY_ROLE_SERIES_LABEL, &ink,
                                         &anchors[s], 1, FALSE) == NULL)
            bars->names_failed = TRUE;
        }
      return;
    }
  bars->names_failed = TRUE;
}

/* The reference: a dashed line across the columns labelled on the right; grouped, a
 * dashed tick across each column of a series, labelled in the series colour. */
static void
add_references (Geometry *g)
{
  Bars *bars = g->bars;
  ParityChartContext *ctx = bars->ctx;

  for (guint i = 0; i < _parity_bar_n_references (bars); i++)
    {
      g_autoptr(PangoLayout) label = _parity_bar_reference_label (bars, i);
      double y = parity_scale_map (&g->scale, _parity_bar_reference_value (bars, i));
      double h = parity_pango_height (label), lx = g->x1 + bars->gap * 0.5;
      ParityColor ink = bars->arrangement == BAR_GROUPED
                        ? _parity_bar_series_text_color (bars, i) : ctx->theme->reference;
      int rank = _parity_bar_reference_rank (bars, i);
      ParityPoint above = { lx, y - h - 1 }, below = { lx, y + 1 };
      ParityPoint anchors[] = { { lx, y - h / 2 }, rank < 0 ? below : above,
                                rank < 0 ? above : below, { lx, y - h * 1.6 },
                                { lx, y + h * 0.6 } };
      ParityItem *item;

      if (bars->arrangement == BAR_GROUPED)
        for (guint c = 0; c < bars->n_categories; c++)
          {
            double x = slot_x (g, c, i), over = g->bands.inner * 0.45;

            item = _parity_bar_add_reference (bars, i, x - over, y,
                                              x + g->bands.thickness + over, y);
            item->dash = ctx->theme->body_size * 0.25;
            /* Series names placed after this keep off the ticks. */
            parity_label_placer_add_obstacle (g->placer, &item->box);
          }
      else
        _parity_bar_add_reference (bars, i, g->bands.first, y, g->x1 + bars->gap * 0.3, y);
      item = parity_label_placer_place (g->placer, label, PARITY_ROLE_REFERENCE_LABEL, &ink,
                                        anchors, G_N_ELEMENTS (anchors), FALSE);
      if (item != NULL)
        parity_chart_set_datum (item, bars->ctx, &bars->reference[i]);
    }
}

static double
ticks_width (GPtrArray *labels)
{
  double width = 0;

  for (guint i = 0; i < labels->len; i++)
    width = MAX (width, parity_pango_width (g_ptr_array_index (labels, i)));
  return width;
}

/* Measure the rows above the columns, top down: the key, then room for the value labels
 * (and the series names of a group) above the tallest column. Sets the top of the value
 * axis; returns where the bands end on the right. */
static double
measure_head (Geometry *g)
{
  Bars *bars = g->bars;
  const ParityRect *plot = &bars->ctx->plot;
  g_autoptr(PangoLayout) small_probe = _parity_bar_text ("Ag", bars->small);
  double top = plot->y;

  top += _parity_bar_key (bars, g->placer);
  g->top_y = top + value_label_height (bars);
  if (bars->names == BAR_NAMES_DIRECT && bars->arrangement == BAR_GROUPED)
    g->top_y += parity_pango_height (small_probe) + bars->ctx->theme->body_size * 0.3;
  return plot->x + plot->width - right_margin (bars);
}

/* Axis: the tick labels set the left edge, the bands the category labels' height, which
 * sets the bottom of the axis and so the ticks: measure with one line of labels, then
 * settle with the labels as made. Returns the category labels; @labels_y is their top. */
static GPtrArray *
fit_value_axis (Geometry   *g,
                double      right,
                GArray    **ticks,
                GPtrArray **tick_labels,
                double     *labels_y)
{
  Bars *bars = g->bars;
  const ParityRect *plot = &bars->ctx->plot;
  g_autoptr(PangoLayout) probe = _parity_bar_text ("Ag", bars->font);
  guint n = bars->n_categories;
  double category_height = 0;
  GPtrArray *categories;

  g->base_y = plot->y + plot->height - parity_pango_height (probe) - bars->gap * 0.5 -
              (bars->lo < 0 ? value_label_height (bars) : 0);
  *ticks = _parity_bar_choose_ticks (bars, g->base_y, g->top_y, TRUE, &g->scale, tick_labels);
  g->bands.first = plot->x + ticks_width (*tick_labels) + bars->gap * 0.6;
  g->bands.band = (right - g->bands.first) / n;
  categories = make_category_labels (bars, g->bands.band - bars->gap, &category_height);
  *labels_y = plot->y + plot->height - category_height;
  /* Labels below negative columns need room above the category labels. */
  g->base_y = *labels_y - bars->gap * 0.5 - (bars->lo < 0 ? value_label_height (bars) : 0);
  g_clear_pointer (ticks, g_array_unref);
  g_clear_pointer (tick_labels, g_ptr_array_unref);
  *ticks = _parity_bar_choose_ticks (bars, g->base_y, g->top_y, TRUE, &g->scale, tick_labels);
  g->bands.first = plot->x + ticks_width (*tick_labels) + bars->gap * 0.6;
  g->x1 = right;
  g->bands.band = (g->x1 - g->bands.first) / n;
  return categories;
}

/* Measure the columns in their bands; FALSE when they would be too thin or too short. */
static gboolean
measure_bands (Geometry *g,
               GError  **error)
{
  Bars *bars = g->bars;
  ParityChartContext *ctx = bars->ctx;
  const ParityTheme *theme = ctx->theme;
  guint n = bars->n_categories, k = bars->n_slots;
  double group;

  if (k == 1)
    g->bands.thickness = MIN (g->bands.band * COLUMN_FILL, theme->body_size * COLUMN_MAX_WIDTH);
  else
    {
      group = MIN (g->bands.band * GROUP_FILL, k * theme->body_size * GROUP_MAX_WIDTH);
      g->bands.inner = MAX (0.75, group / k * GROUP_INNER);
      g->bands.thickness = (group - (k - 1) * g->bands.inner) / k;
    }
  if (g->bands.thickness < 2 || g->base_y - g->top_y < theme->body_size * 2)
    {
      parity_chart_set_crowded_error (ctx, TRUE, error,
                                      /* Translators: a number of columns, the plot's width and
                                         height in points. */
                                      _("%u columns do not fit a plot %.0f × %.0f pt"), n * k,
                                      ctx->plot.width, ctx->plot.height);
      return FALSE;
    }
  return TRUE;
}

/* Labels: the category under each band, then the values on the columns. */
static void
label_categories (Geometry  *g,
                  GPtrArray *categories,
                  double     labels_y)
{
  Bars *bars = g->bars;

  for (guint c = 0; c < bars->n_categories; c++)
    {
      PangoLayout *category = g_ptr_array_index (categories, c);
      double cx = g->bands.first + g->bands.band * (c + 0.5);
      double w = pango_layout_get_width (category) > 0
                 ? (double)pango_layout_get_width (category) / PANGO_SCALE
                 : parity_pango_width (category);
      ParityPoint anchor = { cx - w / 2, labels_y };
      ParityItem *item;

      item = parity_label_placer_place (g->placer, category, PARITY_ROLE_CATEGORY_LABEL,
                                        &bars->ctx->theme->text, &anchor, 1, TRUE);
      parity_chart_set_datum (item, bars->ctx, _parity_bar_cell (bars, c, 0));
      if (bars->arrangement == BAR_STACKED)
        label_stack (g, c);
      else
        for (guint s = 0; s < bars->n_series; s++)
          label_column (g, c, s);
    }
}

gboolean
_parity_bar_layout_vertical (Bars    *bars,
                             GError **error)
{
  ParityChartContext *ctx = bars->ctx;
  g_autoptr(ParityLabelPlacer) placer = parity_label_placer_new (ctx, &ctx->plot);
  g_autoptr(GPtrArray) categories = NULL;
  g_autoptr(GPtrArray) tick_labels = NULL;
  g_autoptr(GArray) ticks = NULL;
  g_autofree double *tops = g_new0 (double, MAX (bars->n_categories * bars->n_series, 1));
  Geometry g = { bars, placer, .tops = tops };
  double labels_y, right;

  right = measure_head (&g);
  categories = fit_value_axis (&g, right, &ticks, &tick_labels, &labels_y);
  if (!measure_bands (&g, error))
    return FALSE;

  /* Grid lines across the bands, their labels right-aligned on the left; then the columns
   * before any label; bands behind them all. */
  parity_chart_targets_bands (ctx, &g.scale, TRUE, g.bands.first, g.x1);
  _parity_bar_draw_grid (bars, &g.scale, ticks, tick_labels, g.bands.first, g.x1,
                         g.bands.first - bars->gap * 0.6);
  _parity_bar_add_marks (bars, placer, &g.bands, &g.scale);

  label_categories (&g, categories, labels_y);
  add_references (&g);
  if (bars->names == BAR_NAMES_DIRECT)
    name_series (&g);
  parity_chart_targets_lines (ctx, placer, &g.scale, TRUE, g.bands.first, g.x1, bars->small,
                              NULL, NULL);
  return TRUE;
}
