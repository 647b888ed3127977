/* parity-chart-bar.c: horizontal bars, one per category, starting at zero
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include <math.h>

#include "parity-chart-kind.h"
#include "parity-error.h"
#include "parity-number-format.h"
#include "parity-pango.h"
#include "parity-scale.h"

/* Share of a band the bar fills; the thickest bar relative to body text; and how far the
 * gaps may widen when a few bars have a tall plot to themselves. */
#define BAR_FILL 0.66
#define BAR_MAX_THICKNESS 3.0
#define BAR_MIN_FILL 0.5
/* Category labels may take at most this share of the plot width. */
#define LABEL_COLUMN_MAX 0.36

typedef struct
{
  ParityChartContext *ctx;
  GArray             *rows;
  double              gap;         /* space between a label and what it labels */
  PangoFontDescription *font;
  PangoFontDescription *bold;
  PangoFontDescription *small;
} Bars;

static PangoLayout *
make_label (const char                 *text,
            const PangoFontDescription *font)
{
  return parity_pango_layout_new (text, font);
}

static double
layout_width (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return (double)logical.width / PANGO_SCALE;
}

static double
layout_height (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return (double)logical.height / PANGO_SCALE;
}

static char *
format_row (Bars                 *bars,
            const ParityChartRow *row)
{
  return parity_chart_format_row (bars->ctx, row);
}

/* The category label of each row: the full label if it fits the column, else the short
 * label, else the full label wrapped on two lines and ellipsized. */
static GPtrArray *
make_category_labels (Bars   *bars,
                      double  max_width,
                      double  band,
                      double *column_width)
{
  ParityChartContext *ctx = bars->ctx;
  GPtrArray *labels = g_ptr_array_new_with_free_func (g_object_unref);
  int max_lines = band >= 2.3 * ctx->theme->body_size ? 2 : 1;

  *column_width = 0;
  for (guint i = 0; i < bars->rows->len; i++)
    {
      const ParityChartRow *row = &g_array_index (bars->rows, ParityChartRow, i);
      const PangoFontDescription *font =
        parity_chart_is_highlighted (ctx->spec, row->entity) ? bars->bold : bars->font;
      PangoLayout *layout = make_label (parity_chart_entity_label (ctx, row->entity, FALSE), font);

      if (layout_width (layout) > max_width)
        {
          g_object_unref (layout);
          layout = make_label (parity_chart_entity_label (ctx, row->entity, TRUE), font);
        }
      if (layout_width (layout) > max_width)
        {
          pango_layout_set_width (layout, (int)(max_width * PANGO_SCALE));
          pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
          pango_layout_set_height (layout, -max_lines);
          pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
        }
      *column_width = MAX (*column_width, layout_width (layout));
      g_ptr_array_add (labels, layout);
    }
  /* Right-align every label in a column of one width; the extra unit keeps a label that
   * is exactly as wide as the column from wrapping. */
  for (guint i = 0; i < labels->len; i++)
    {
      PangoLayout *layout = g_ptr_array_index (labels, i);

      pango_layout_set_width (layout, (int)ceil (*column_width * PANGO_SCALE) + 1);
      pango_layout_set_alignment (layout, PANGO_ALIGN_RIGHT);
    }
  return labels;
}

/* Fewer ticks until their labels stand apart. */
static GArray *
choose_ticks (Bars       *bars,
              double      lo,
              double      hi,
              double      x0,
              double      x1,
              ParityScale *scale,
              GPtrArray  **tick_labels)
{
  ParityChartContext *ctx = bars->ctx;
  guint target = CLAMP ((guint)((x1 - x0) / (ctx->theme->body_size * 5)), 2, 8);

  for (;; target--)
    {
      g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_object_unref);
      g_autoptr(GArray) ticks = NULL;
      double previous_end = -INFINITY;
      gboolean fits = TRUE;
      guint decimals;

      ticks = parity_nice_ticks (lo, hi, target, &scale->domain_min, &scale->domain_max,
                                 &decimals);
      scale->range_min = x0;
      scale->range_max = x1;
      for (guint i = 0; i < ticks->len; i++)
        {
          double v = g_array_index (ticks, double, i);
          g_autofree char *text = parity_format_value (v, decimals, &ctx->indicator->unit,
                                                       PARITY_QUALIFIER_EXACT, ctx->lang,
                                                       ctx->default_lang);
          PangoLayout *layout = make_label (text, bars->small);
          double w = layout_width (layout), cx = parity_scale_map (scale, v);

          if (cx - w / 2 < previous_end + bars->gap)
            fits = FALSE;
          previous_end = cx + w / 2;
          g_ptr_array_add (labels, layout);
        }
      if (fits || target <= 1)
        {
          *tick_labels = g_steal_pointer (&labels);
          return g_steal_pointer (&ticks);
        }
    }
}

static void
describe (Bars                 *bars,
          const ParityChartRow *reference)
{
  ParityChartContext *ctx = bars->ctx;
  GString *d = ctx->description;
  const char *period = parity_dataset_get_period (ctx->dataset, ctx->spec->period);

  g_string_append_printf (d, "Bar chart of %s, %s: ",
                          parity_text_get (ctx->indicator->label, ctx->lang, ctx->default_lang),
                          period);
  for (guint i = 0; i < bars->rows->len; i++)
    {
      const ParityChartRow *row = &g_array_index (bars->rows, ParityChartRow, i);
      g_autofree char *value = format_row (bars, row);

      g_string_append_printf (d, "%s%s %s", i > 0 ? "; " : "",
                              parity_chart_entity_label (ctx, row->entity, FALSE), value);
    }
  if (reference != NULL)
    {
      g_autofree char *value = format_row (bars, reference);

      g_string_append_printf (d, "; %s (reference line) %s",
                              parity_chart_entity_label (ctx, reference->entity, FALSE), value);
    }
  g_string_append (d, ".");
}

static gboolean
bar_layout (ParityChartContext *ctx,
            GError            **error)
{
  const ParityTheme *theme = ctx->theme;
  const ParityRect *plot = &ctx->plot;
  g_autoptr(GArray) rows = parity_chart_select_rows (ctx->dataset, ctx->spec);
  g_autoptr(GPtrArray) categories = NULL;
  g_autoptr(GPtrArray) values = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) tick_labels = NULL;
  g_autoptr(GArray) ticks = NULL;
  g_autoptr(PangoLayout) reference_label = NULL;
  g_autoptr(PangoFontDescription) font = parity_theme_get_font (theme, PARITY_TEXT_BODY,
                                                                PANGO_WEIGHT_NORMAL);
  g_autoptr(PangoFontDescription) bold = parity_theme_get_font (theme, PARITY_TEXT_BODY,
                                                                PANGO_WEIGHT_BOLD);
  g_autoptr(PangoFontDescription) small = parity_theme_get_font (theme, PARITY_TEXT_SMALL,
                                                                 PANGO_WEIGHT_NORMAL);
  Bars bars = { ctx, rows, round (theme->body_size * 0.5), font, bold, small };
  ParityChartRow reference;
  gboolean has_reference = FALSE, any_highlight = ctx->spec->highlight->len > 0;
  double lo = 0, hi = 0, value_width = 0, column_width, band, thickness;
  double top, x0, x1, tick_height, zero_x;
  ParityScale scale;
  guint n = rows->len, n_values = 0;

  for (guint i = 0; i < n; i++)
    {
      const ParityChartRow *row = &g_array_index (rows, ParityChartRow, i);
      g_autofree char *text = format_row (&bars, row);
      PangoLayout *layout = make_label (text, isnan (row->value) ? small : font);

      value_width = MAX (value_width, layout_width (layout));
      g_ptr_array_add (values, layout);
      if (!isnan (row->value))
        {
          lo = MIN (lo, row->value);
          hi = MAX (hi, row->value);
          n_values++;
        }
    }
  if (n_values == 0)
    {
      g_set_error (error, PARITY_ERROR, PARITY_ERROR_EMPTY,
                   "chart \"%s\": %s has no value for %s", ctx->spec->id, ctx->indicator->id,
                   parity_dataset_get_period (ctx->dataset, ctx->spec->period));
      return FALSE;
    }

  top = plot->y;
  if (ctx->spec->reference != PARITY_INDEX_NONE &&
      parity_chart_row_find (ctx->dataset, ctx->spec, ctx->spec->reference, &reference) &&
      !isnan (reference.value))
    {
      g_autofree char *value = format_row (&bars, &reference);
      g_autofree char *text = g_strdup_printf ("%s %s",
                                               parity_chart_entity_label (ctx, reference.entity,
                                                                          TRUE), value);

      has_reference = TRUE;
      lo = MIN (lo, reference.value);
      hi = MAX (hi, reference.value);
      reference_label = make_label (text, small);
      top += layout_height (reference_label) + bars.gap * 0.5;
    }

  tick_height = parity_theme_get_size (theme, PARITY_TEXT_SMALL) * 1.4 + bars.gap;

  /* Bands share the height left; thick bars look clumsy, so few bars stay slim. */
  band = (plot->y + plot->height - tick_height - top) / n;
  thickness = MIN (band * BAR_FILL, theme->body_size * BAR_MAX_THICKNESS);
  band = MIN (band, thickness / BAR_MIN_FILL);
  if (thickness < 2)
    {
      g_set_error (error, PARITY_ERROR, PARITY_ERROR_INVALID,
                   "chart \"%s\": %u bars do not fit a plot %.0f pt high", ctx->spec->id, n,
                   plot->height);
      return FALSE;
    }

  categories = make_category_labels (&bars, plot->width * LABEL_COLUMN_MAX, band, &column_width);
  x0 = plot->x + column_width + bars.gap;
  x1 = plot->x + plot->width - value_width - bars.gap;
  ticks = choose_ticks (&bars, lo, hi, x0, x1, &scale, &tick_labels);
  zero_x = parity_scale_map (&scale, 0);

  /* Grid lines and their labels below the bars. */
  for (guint i = 0; i < ticks->len; i++)
    {
      double v = g_array_index (ticks, double, i), x = parity_scale_map (&scale, v);
      PangoLayout *label = g_ptr_array_index (tick_labels, i);

      parity_scene_add_line (ctx->scene, v == 0 ? PARITY_ROLE_AXIS : PARITY_ROLE_GRID,
                             x, top, x, top + n * band,
                             v == 0 ? &theme->axis : &theme->grid,
                             MAX (v == 0 ? 0.75 : 0.5, theme->body_size / (v == 0 ? 10 : 20)))->z = 0;
      parity_scene_add_text (ctx->scene, PARITY_ROLE_TICK_LABEL, label,
                             x - layout_width (label) / 2, top + n * band + bars.gap * 0.5,
                             &theme->muted_text);
    }

  for (guint i = 0; i < n; i++)
    {
      const ParityChartRow *row = &g_array_index (rows, ParityChartRow, i);
      PangoLayout *category = g_ptr_array_index (categories, i);
      PangoLayout *value = g_ptr_array_index (values, i);
      double cy = top + band * (i + 0.5);
      gboolean highlighted = parity_chart_is_highlighted (ctx->spec, row->entity);
      ParityDatum datum = parity_chart_row_datum (ctx, row);
      ParityItem *item;
      double label_x;

      item = parity_scene_add_text (ctx->scene, PARITY_ROLE_CATEGORY_LABEL, category,
                                    x0 - bars.gap - column_width,
                                    cy - layout_height (category) / 2, &theme->text);
      item->has_datum = TRUE;
      item->datum = datum;

      if (isnan (row->value))
        {
          label_x = zero_x + bars.gap;
          item = parity_scene_add_text (ctx->scene, PARITY_ROLE_VALUE_LABEL, value, label_x,
                                        cy - layout_height (value) / 2, &theme->muted_text);
        }
      else
        {
          double end = parity_scale_map (&scale, row->value);
          ParityColor color = !any_highlight ? theme->mark
                              : highlighted ? theme->accent : theme->mark_muted;

          if (row->qualifier == PARITY_QUALIFIER_FORECAST)
            color.alpha = 0.5;
          item = parity_scene_add_rect (ctx->scene, PARITY_ROLE_MARK,
                                        &(ParityRect) { MIN (zero_x, end), cy - thickness / 2,
                                                        fabs (end - zero_x), thickness },
                                        &color);
          item->z = 1;
          item->has_datum = TRUE;
          item->datum = datum;
          label_x = MAX (end, zero_x) + bars.gap * 0.6;
          /* A knock-out behind the label keeps it readable across the reference line. */
          parity_scene_add_rect (ctx->scene, PARITY_ROLE_BACKGROUND,
                                 &(ParityRect) { label_x - 1, cy - layout_height (value) / 2,
                                                 layout_width (value) + 2,
                                                 layout_height (value) },
                                 &theme->background)->z = 4;
          item = parity_scene_add_text (ctx->scene, PARITY_ROLE_VALUE_LABEL, value, label_x,
                                        cy - layout_height (value) / 2,
                                        highlighted ? &theme->accent : &theme->text);
        }
      item->z = 5;
      item->has_datum = TRUE;
      item->datum = datum;
    }

  if (has_reference)
    {
      double x = parity_scale_map (&scale, reference.value);
      double w = layout_width (reference_label);
      double lx = CLAMP (x - w / 2, plot->x, plot->x + plot->width - w);
      ParityItem *item;

      item = parity_scene_add_line (ctx->scene, PARITY_ROLE_REFERENCE, x, top - bars.gap * 0.4,
                                    x, top + n * band, &theme->reference,
                                    MAX (0.75, theme->body_size / 9));
      item->z = 3;
      item->dash = theme->body_size * 0.4;
      item->has_datum = TRUE;
      item->datum = parity_chart_row_datum (ctx, &reference);
      item = parity_scene_add_text (ctx->scene, PARITY_ROLE_REFERENCE_LABEL, reference_label, lx,
                                    plot->y, &theme->reference);
      item->has_datum = TRUE;
      item->datum = parity_chart_row_datum (ctx, &reference);
    }

  describe (&bars, has_reference ? &reference : NULL);
  return TRUE;
}

static gboolean
bar_parse (ParityChartParser *parser,
           JsonObject        *object,
           ParityChartSpec   *spec)
{
  return parity_chart_parser_require_period (parser, spec);
}

const ParityChartKind parity_chart_kind_bar = {
  .name = "bar",
  .parse = bar_parse,
  .layout = bar_layout,
};
