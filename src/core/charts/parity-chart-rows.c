/* parity-chart-rows.c
 *
 * The dumbbell and the range chart draw one row per category, named in a column on the
 * left, against one value axis with its grid and ticks below. The axis leaves room at
 * either end for the value labels beside the outermost marks, so that they need not be
 * dropped; what each row draws is the kind's own business. The horizontal bars name their
 * categories with the same column (parity_rows_make_category_column).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "parity-chart-words.h"
#include "parity-chart-annotations.h"
#include "parity-chart-rows.h"
#include "parity-error.h"
#include "parity-number-format.h"
#include "parity-pango.h"

/* Relative to body text: the smallest row. Category labels may take at most this share
 * of the plot width. */
#define ROW_MIN_BAND 1.15
#define LABEL_COLUMN_MAX 0.3

/* A knock-out behind a placed label (or none, for NULL) keeps it legible across the grid
 * lines. */
ParityItem *
parity_rows_knock_out (ParityChartContext *ctx,
                       ParityItem         *label)
{
  if (label != NULL)
    parity_scene_add_rect (ctx->scene, PARITY_ROLE_BACKGROUND, &label->box,
                           &ctx->theme->background)->z = 1;
  return label;
}

/* Series colours are light enough for marks but too pale for text on white (the orange is
 * 2:1); text in a darker shade of the colour keeps the tie and reads at 4.5:1 or better. */
ParityColor
parity_rows_shade (const ParityColor *color)
{
  return (ParityColor) { color->red * 0.62, color->green * 0.62, color->blue * 0.62, 1 };
}

/* A pale tint, for bands that dots and labels sit on. */
ParityColor
parity_rows_tint (const ParityColor *color,
                  double             amount)
{
  return (ParityColor) { 1 - (1 - color->red) * amount, 1 - (1 - color->green) * amount,
                         1 - (1 - color->blue) * amount, 1 };
}

/* Whether the chart's values are percentages: then the axis starts at zero. */
gboolean
parity_rows_is_percent (ParityChartContext *ctx)
{
  const ParityUnit *unit = &parity_chart_series_indicator (ctx, 0)->unit;

  return unit->kind == PARITY_UNIT_PERCENT ||
         g_strcmp0 (parity_text_get (unit->symbol, ctx->lang, ctx->default_lang), "%") == 0;
}

void
parity_rows_init (ParityRows         *rows,
                  ParityChartContext *ctx)
{
  const ParityTheme *theme = ctx->theme;
  g_autoptr(PangoLayout) probe = NULL;

  *rows = (ParityRows) { .ctx = ctx };
  rows->font = parity_theme_get_font (theme, PARITY_TEXT_BODY, PANGO_WEIGHT_NORMAL);
  rows->bold = parity_theme_get_font (theme, PARITY_TEXT_BODY, PANGO_WEIGHT_BOLD);
  rows->small = parity_theme_get_font (theme, PARITY_TEXT_SMALL, PANGO_WEIGHT_NORMAL);
  rows->pad = round (theme->body_size * 0.5);
  /* The probe holds the tallest glyphs the chart will write: in Arabic the digits come from
   * the Arabic face, whose lines are taller than the Latin one's. */
  probe = parity_pango_layout_new (parity_chart_lang_is_rtl (ctx->lang) ? "Ag\xD9\xA8\xD9\xAA"
                                   : "Ag", rows->bold);
  rows->line_h = parity_pango_height (probe);
  pango_layout_set_font_description (probe, rows->small);
  rows->value_h = parity_pango_height (probe);
}

void
parity_rows_clear (ParityRows *rows)
{
  g_clear_pointer (&rows->font, pango_font_description_free);
  g_clear_pointer (&rows->bold, pango_font_description_free);
  g_clear_pointer (&rows->small, pango_font_description_free);
  g_clear_pointer (&rows->categories, g_ptr_array_unref);
  g_clear_pointer (&rows->ticks, g_array_unref);
  g_clear_pointer (&rows->tick_labels, g_ptr_array_unref);
}

/**
 * parity_rows_make_category_column:
 * @entities: (array length=n): the entity of each row
 * @max_width: the widest the column may be
 * @max_lines: how many lines a label too wide for the column may wrap to
 * @column_width: (out): the column's width
 *
 * The category label of each row: the full label if it fits the column, else the short
 * label, else the full label wrapped (on up to @max_lines) and ellipsized; all
 * right-aligned in one column. The rows and the horizontal bars share it; each passes
 * its own widest column and lines.
 *
 * Returns: (transfer full) (element-type PangoLayout): one layout per row
 */
GPtrArray *
parity_rows_make_category_column (ParityChartContext         *ctx,
                                  const guint32              *entities,
                                  guint                       n,
                                  const PangoFontDescription *font,
                                  const PangoFontDescription *bold,
                                  double                      max_width,
                                  int                         max_lines,
                                  double                     *column_width)
{
  GPtrArray *labels = g_ptr_array_new_with_free_func (g_object_unref);

  *column_width = 0;
  for (guint i = 0; i < n; i++)
    {
      const PangoFontDescription *f =
        parity_chart_is_highlighted (ctx->spec, entities[i]) ? bold : font;
      PangoLayout *layout =
        parity_pango_layout_new (parity_chart_entity_label (ctx, entities[i], FALSE), f);

      if (parity_pango_width (layout) > max_width)
        {
          g_object_unref (layout);
          layout = parity_pango_layout_new (parity_chart_entity_label (ctx, entities[i], TRUE),
                                            f);
        }
      if (parity_pango_width (layout) > max_width)
        {
          pango_layout_set_width (layout, (int)(max_width * PANGO_SCALE));
          pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
          pango_layout_set_height (layout, -max_lines);
          pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
        }
      *column_width = MAX (*column_width, parity_pango_width (layout));
      g_ptr_array_add (labels, layout);
    }
  /* The extra unit keeps a label exactly as wide as the column from wrapping. */
  for (guint i = 0; i < labels->len; i++)
    {
      PangoLayout *layout = g_ptr_array_index (labels, i);

      pango_layout_set_width (layout, (int)ceil (*column_width * PANGO_SCALE) + 1);
      pango_layout_set_alignment (layout, PANGO_ALIGN_RIGHT);
    }
  return labels;
}

/* The rows' column: up to LABEL_COLUMN_MAX of the plot, two lines when the row is tall
 * enough. */
static void
make_categories (ParityRows    *rows,
                 const guint32 *entities)
{
  ParityChartContext *ctx = rows->ctx;
  int max_lines = rows->band >= 2.3 * ctx->theme->body_size ? 2 : 1;

  rows->categories = parity_rows_make_category_column (ctx, entities, rows->n, rows->font,
                                                       rows->bold,
                                                       ctx->plot.width * LABEL_COLUMN_MAX,
                                                       max_lines, &rows->column_width);
}

/**
 * parity_rows_place:
 * @entities: the entity of each row, the reference (if any) last
 * @max_band: the tallest a row may be, relative to body text: a few rows in a tall plot
 *   stay together rather than float apart
 *
 * Lays the rows out top to bottom under a header line (for series names or a legend),
 * above the tick labels; and makes the category column.
 *
 * Returns: %FALSE, with @error set, when the rows do not fit the plot
 */
gboolean
parity_rows_place (ParityRows     *rows,
                   const guint32  *entities,
                   guint           n,
                   gboolean        has_reference,
                   double          max_band,
                   GError        **error)
{
  ParityChartContext *ctx = rows->ctx;
  const ParityTheme *theme = ctx->theme;
  double header_h = rows->line_h + rows->pad * 0.6;
  double tick_h = parity_theme_get_size (theme, PARITY_TEXT_SMALL) * 1.4 + rows->pad;

  rows->n = n;
  rows->has_reference = has_reference;
  rows->separator = has_reference ? rows->pad : 0;
  rows->band = MIN ((ctx->plot.height - header_h - tick_h - rows->separator) / MAX (n, 1),
                    theme->body_size * max_band);
  if (rows->band < theme->body_size * ROW_MIN_BAND)
    {
      parity_chart_set_crowded_error (ctx, TRUE, error,
                                      /* Translators: a number of rows, a height in points. */
                                      _("%u rows do not fit a plot %.0f pt high"), n,
                                      ctx->plot.height);
      return FALSE;
    }
  rows->rows_top = ctx->plot.y + header_h;
  make_categories (rows, entities);
  rows->area_x0 = ctx->plot.x + rows->column_width + rows->pad;
  return TRUE;
}

/**
 * parity_rows_choose_ticks:
 * @x0: (inout): where the axis begins
 *
 * Nice ticks from @lo to @hi on [@x0, @x1], fewer until their labels stand apart; then the
 * axis narrowed until the outer tick labels stay within [@left, @right].
 */
void
parity_rows_choose_ticks (ParityRows *rows,
                          double      lo,
                          double      hi,
                          double      x0,
                          double      x1,
                          double      left,
                          double      right)
{
  ParityChartContext *ctx = rows->ctx;
  const ParityIndicator *ind = parity_chart_series_indicator (ctx, 0);

  for (guint pass = 0; pass < 3; pass++)
    {
      guint target = parity_chart_tick_target (ctx, CLAMP ((guint)((x1 - x0) /
                                                                 (ctx->theme->body_size * 5)),
                                                           2, 8));
      double first_w, last_w;

      for (;; target--)
        {
          double previous_end = -INFINITY;
          gboolean fits = TRUE;
          guint decimals;

          g_clear_pointer (&rows->ticks, g_array_unref);
          g_clear_pointer (&rows->tick_labels, g_ptr_array_unref);
          rows->tick_labels = g_ptr_array_new_with_free_func (g_object_unref);
          rows->ticks = parity_nice_ticks (lo, hi, target, &rows->scale.domain_min,
                                           &rows->scale.domain_max, &decimals);
          rows->scale.range_min = x0;
          rows->scale.range_max = x1;
          /* Annotations at a value: the last scale tried is the one drawn. */
          parity_chart_annotations_axis (ctx, &rows->scale, FALSE);
          for (guint i = 0; i < rows->ticks->len; i++)
            {
              double v = g_array_index (rows->ticks, double, i);
              g_autofree char *text = parity_format_value (v, decimals, &ind->unit,
                                                           PARITY_QUALIFIER_EXACT, ctx->lang,
                                                           ctx->default_lang);
              PangoLayout *layout = parity_pango_layout_new (text, rows->small);
              double w = parity_pango_width (layout);
              double cx = parity_scale_map (&rows->scale, v);

              fits &= cx - w / 2 >= previous_end + rows->pad;
              previous_end = cx + w / 2;
              g_ptr_array_add (rows->tick_labels, layout);
            }
          if (fits || target <= 1)
            break;
        }
      parity_chart_took_ticks (ctx, target);
      first_w = parity_pango_width (g_ptr_array_index (rows->tick_labels, 0));
      last_w = parity_pango_width (g_ptr_array_index (rows->tick_labels,
                                                      rows->tick_labels->len - 1));
      if (x0 - first_w / 2 >= left - 0.5 && x1 + last_w / 2 <= right + 0.5)
        return;
      x0 = MAX (x0, left + first_w / 2);
      x1 = MIN (x1, right - last_w / 2);
    }
}

/**
 * parity_rows_fit_axis:
 * @right_reserve: width kept free at the right of the plot (a column of gaps)
 * @extents: (array): one per row
 * @offset: from a mark's centre to its label
 *
 * Chooses the axis between the category column and the reserve, leaving room at either
 * end for the labels beside the outermost marks: measured on one scale, re-measured on the
 * narrower scale that leaves.
 */
void
parity_rows_fit_axis (ParityRows            *rows,
                      double                 lo,
                      double                 hi,
                      double                 right_reserve,
                      const ParityRowExtent *extents,
                      double                 offset)
{
  const ParityRect *plot = &rows->ctx->plot;
  double area_x1 = plot->x + plot->width - right_reserve, lpad = 0, rpad = 0;

  parity_chart_scale_group_widen (rows->ctx, &lo, &hi);

  for (guint pass = 0;; pass++)
    {
      double need_left = 0, need_right = 0;

      parity_rows_choose_ticks (rows, lo, hi, rows->area_x0 + lpad, area_x1 - rpad,
                                plot->x, plot->x + plot->width);
      for (guint i = 0; i < rows->n; i++)
        {
          const ParityRowExtent *e = &extents[i];

          if (!isnan (e->lo_value))
            need_left = MAX (need_left, rows->area_x0 - (parity_rows_get_x (rows, e->lo_value) -
                                                         offset - e->lo_width));
          if (!isnan (e->hi_value))
            need_right = MAX (need_right, parity_rows_get_x (rows, e->hi_value) + offset +
                              e->hi_width - area_x1);
        }
      if ((need_left <= 0 && need_right <= 0) || pass == 3)
        break;
      /* A point more than measured, so the next pass is not left a hair short. */
      lpad += need_left > 0 ? need_left + 1 : 0;
      rpad += need_right > 0 ? need_right + 1 : 0;
    }
}

double
parity_rows_get_y (const ParityRows *rows,
                   guint             i)
{
  return rows->rows_top + rows->band * (i + 0.5) +
         (rows->has_reference && i == rows->n - 1 ? rows->separator : 0);
}

double
parity_rows_get_x (const ParityRows *rows,
                   double            value)
{
  return parity_scale_map (&rows->scale, value);
}

/* The bottom of the rows, the reference's included: where bands and targets end. */
double
parity_rows_get_bottom (const ParityRows *rows)
{
  return rows->rows_top + rows->n * rows->band + rows->separator;
}

/* Grid lines from @top to @bottom, the zero line as an axis, tick labels below. */
void
parity_rows_draw_grid (ParityRows *rows,
                       double      top,
                       double      bottom)
{
  ParityChartContext *ctx = rows->ctx;
  const ParityTheme *theme = ctx->theme;

  for (guint i = 0; i < rows->ticks->len; i++)
    {
      double v = g_array_index (rows->ticks, double, i), x = parity_rows_get_x (rows, v);
      PangoLayout *label = g_ptr_array_index (rows->tick_labels, i);

      parity_scene_add_line (ctx->scene, v == 0 ? PARITY_ROLE_AXIS : PARITY_ROLE_GRID,
                             x, top, x, bottom, v == 0 ? &theme->axis : &theme->grid,
                             MAX (v == 0 ? 0.75 : 0.5,
                                  theme->body_size / (v == 0 ? 10 : 20)))->z = 0;
      parity_scene_add_value_tick (ctx->scene, pango_layout_get_text (label));
      parity_scene_add_text (ctx->scene, PARITY_ROLE_TICK_LABEL, label,
                             x - parity_pango_width (label) / 2, bottom + rows->pad * 0.5,
                             &theme->muted_text);
    }
}

/**
 * parity_rows_draw:
 * @datums: (array): what each row's category label stands for, for hit tests
 *
 * The grid and ticks, the rule above the reference row, and the category labels (muted
 * beside a highlighted one).
 */
void
parity_rows_draw (ParityRows           *rows,
                  const guint32        *entities,
                  const ParityChartRow *datums)
{
  ParityChartContext *ctx = rows->ctx;
  const ParityTheme *theme = ctx->theme;
  const ParityRect *plot = &ctx->plot;
  gboolean any_highlight = ctx->spec->highlight->len > 0;

  parity_rows_draw_grid (rows, rows->rows_top,
                         rows->rows_top + rows->n * rows->band + rows->separator);
  if (rows->has_reference)
    {
      double y = rows->rows_top + (rows->n - 1) * rows->band + rows->separator / 2;

      parity_scene_add_line (ctx->scene, PARITY_ROLE_GRID, plot->x, y, plot->x + plot->width, y,
                             &theme->axis, MAX (0.5, theme->body_size / 20))->z = 0;
    }
  for (guint i = 0; i < rows->n; i++)
    {
      PangoLayout *category = g_ptr_array_index (rows->categories, i);
      gboolean muted = any_highlight && !parity_chart_is_highlighted (ctx->spec, entities[i]);
      ParityItem *item;

      item = parity_scene_add_text (ctx->scene, PARITY_ROLE_CATEGORY_LABEL, category,
                                    rows->area_x0 - rows->pad - rows->column_width,
                                    parity_rows_get_y (rows, i) -
                                    parity_pango_height (category) / 2,
                                    muted ? &theme->muted_text : &theme->text);
      parity_chart_set_datum (item, ctx, &datums[i]);
    }
}
