/* parity-chart-targets.c: a chart's bands and targets drawn across its value axis
 *
 * A band is a pale rectangle between two values behind the marks, labelled at its start; a
 * target is a dashed line at a value labelled at its end, like the reference line. The
 * value axis reaches both; the description says them ("Band: Parity, 0.98 to 1.02."). Those
 * a scatter plot puts on its horizontal axis ("axis": "x") go through the *_x functions,
 * in that axis' unit; the others leave them out.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "parity-chart-annotations.h"
#include "parity-chart-describe.h"
#include "parity-chart-targets.h"
#include "parity-number-format.h"

/**
 * parity_chart_targets_check_log:
 * @on_x: whether the log axis is a scatter plot's horizontal one
 *
 * A kind's parse, for an axis on a log scale: bands and targets are not drawn there, so
 * those of that axis are an error at "bands" or "targets" rather than left out unsaid.
 */
gboolean
parity_chart_targets_check_log (ParityChartParser     *parser,
                                const ParityChartSpec *spec,
                                gboolean               on_x)
{
  const char *member = NULL;

  for (guint i = 0; spec->bands != NULL && i < spec->bands->len && member == NULL; i++)
    if (g_array_index (spec->bands, ParityBand, i).on_x == on_x)
      member = "bands";
  for (guint i = 0; spec->targets != NULL && i < spec->targets->len && member == NULL; i++)
    if (g_array_index (spec->targets, ParityTarget, i).on_x == on_x)
      member = "targets";
  if (member == NULL)
    return TRUE;
  return _parity_json_reader_fail_at (parser->reader, member,
                                      /* Translators: %s is "bands" or "targets"; keep it and
                                         "scale" as they are: JSON members. */
                                      _("\"%s\" are not drawn on a log scale: leave them out, "
                                        "or make the axis' \"scale\" linear"), member);
}

gboolean
parity_chart_targets_any (const ParityChartSpec *spec)
{
  return (spec->bands != NULL && spec->bands->len > 0) ||
         (spec->targets != NULL && spec->targets->len > 0);
}

/* Widens [lo, hi] to hold every band and target on the x axis (@x) or the value axis. */
static void
extend_on (const ParityChartSpec *spec,
           gboolean               x,
           double                *lo,
           double                *hi)
{
  for (guint i = 0; spec->bands != NULL && i < spec->bands->len; i++)
    {
      const ParityBand *band = &g_array_index (spec->bands, ParityBand, i);

      if (band->on_x != x)
        continue;
      *lo = MIN (*lo, band->from);
      *hi = MAX (*hi, band->to);
    }
  for (guint i = 0; spec->targets != NULL && i < spec->targets->len; i++)
    {
      const ParityTarget *target = &g_array_index (spec->targets, ParityTarget, i);

      if (target->on_x != x)
        continue;
      *lo = MIN (*lo, target->value);
      *hi = MAX (*hi, target->value);
    }
}

/* Widens [lo, hi] to hold every band and target of the value axis. */
void
parity_chart_targets_extend (const ParityChartSpec *spec,
                             double                *lo,
                             double                *hi)
{
  extend_on (spec, FALSE, lo, hi);
}

/* … of a scatter plot's horizontal axis. */
void
parity_chart_targets_extend_x (const ParityChartSpec *spec,
                               double                *lo,
                               double                *hi)
{
  extend_on (spec, TRUE, lo, hi);
}

/* A band's or target's value with as many decimals as it has: 0.98 stays 0.98 however few
 * the indicator's, and a target of 100% is not written 100.0%. */
static char *
format (ParityChartContext *ctx,
        const ParityUnit   *unit,
        double              value)
{
  guint decimals = 0;

  while (decimals < 4 && fabs (value * pow (10, decimals) - round (value * pow (10, decimals)))
                         > 1e-6)
    decimals++;
  return parity_format_value (value, decimals, unit, PARITY_QUALIFIER_EXACT,
                              ctx->lang, ctx->default_lang);
}

static const char *
label_text (ParityChartContext *ctx,
            const ParityText   *label)
{
  return label != NULL ? parity_text_get (label, ctx->lang, ctx->default_lang) : NULL;
}

static ParityRect
band_rect (const ParityBand  *band,
           const ParityScale *scale,
           gboolean           value_on_y,
           double             a0,
           double             a1)
{
  double v0 = parity_scale_map (scale, band->from), v1 = parity_scale_map (scale, band->to);

  if (value_on_y)
    return (ParityRect) { a0, MIN (v0, v1), a1 - a0, fabs (v1 - v0) };
  return (ParityRect) { MIN (v0, v1), a0, fabs (v1 - v0), a1 - a0 };
}

static void
bands_on (ParityChartContext *ctx,
          gboolean            x,
          const ParityScale  *scale,
          gboolean            value_on_y,
          double              a0,
          double              a1)
{
  const ParityColor *ink = &ctx->theme->reference;
  ParityColor pale = { ink->red, ink->green, ink->blue, 0.14 };

  for (guint i = 0; ctx->spec->bands != NULL && i < ctx->spec->bands->len; i++)
    {
      const ParityBand *band = &g_array_index (ctx->spec->bands, ParityBand, i);
      ParityRect rect = band_rect (band, scale, value_on_y, a0, a1);

      if (band->on_x != x)
        continue;

      parity_scene_add_rect (ctx->scene, PARITY_ROLE_REFERENCE, &rect, &pale)->z = 0;
    }
}

/* The bands, behind everything drawn after them: call before the grid. @a0 and @a1 bound
 * the plot across the value axis, which annotations anchored to a value use too. */
void
parity_chart_targets_bands (ParityChartContext *ctx,
                            const ParityScale  *scale,
                            gboolean            value_on_y,
                            double              a0,
                            double              a1)
{
  parity_chart_annotations_axis (ctx, scale, value_on_y);
  bands_on (ctx, FALSE, scale, value_on_y, a0, a1);
}

/* … of a scatter plot's horizontal axis, from @a0 to @a1 down the plot. */
void
parity_chart_targets_bands_x (ParityChartContext *ctx,
                              const ParityScale  *scale,
                              double              a0,
                              double              a1)
{
  bands_on (ctx, TRUE, scale, FALSE, a0, a1);
}

static void
lines_on (ParityChartContext         *ctx,
          gboolean                    x_axis,
          const ParityUnit           *unit,
          ParityLabelPlacer          *placer,
          const ParityScale          *scale,
          gboolean                    value_on_y,
          double                      a0,
          double                      a1,
          const PangoFontDescription *font,
          ParityYearX                 year_x,
          gpointer                    data)
{
  const ParityTheme *theme = ctx->theme;
  double gap = theme->body_size * 0.3;

  for (guint i = 0; ctx->spec->targets != NULL && i < ctx->spec->targets->len; i++)
    {
      const ParityTarget *target = &g_array_index (ctx->spec->targets, ParityTarget, i);
      double v = parity_scale_map (scale, target->value);
      g_autofree char *value = NULL;
      const char *name = label_text (ctx, target->label);
      g_autoptr(PangoLayout) label = NULL;
      double w, h;
      ParityItem *item;

      if (target->on_x != x_axis)
        continue;
      value = format (ctx, unit, target->value);
      label = parity_pango_layout_new (name != NULL ? name : value, font);
      w = parity_pango_width (label);
      h = parity_pango_height (label);

      if (target->period != NULL && year_x != NULL)
        {
          /* A point at (year, value), labelled beside it, before it first: it is the axis'
           * end. */
          double x = year_x (data, g_ascii_strtod (target->period, NULL));
          double r = theme->body_size * 0.35;
          ParityPoint anchors[] = { { x - w - r - gap, v - h / 2 }, { x - w / 2, v - h - r - gap },
                                    { x - w / 2, v + r + gap }, { x - w, v - h - r - gap },
                                    { x - w, v + r + gap } };

          item = parity_scene_add_marker (ctx->scene, PARITY_ROLE_REFERENCE,
                                          PARITY_MARKER_DIAMOND, x, v, r, &theme->reference);
          item->z = 3;
          parity_label_placer_add_obstacle (placer, &item->box);
          parity_label_placer_place (placer, label, PARITY_ROLE_REFERENCE_LABEL,
                                     &theme->reference, anchors, G_N_ELEMENTS (anchors), TRUE);
          continue;
        }
      if (value_on_y)
        item = parity_scene_add_line (ctx->scene, PARITY_ROLE_REFERENCE, a0, v, a1, v,
                                      &theme->reference, MAX (0.75, theme->body_size / 9));
      else
        item = parity_scene_add_line (ctx->scene, PARITY_ROLE_REFERENCE, v, a0, v, a1,
                                      &theme->reference, MAX (0.75, theme->body_size / 9));
      item->z = 3;
      item->dash = theme->body_size * 0.4;
      if (value_on_y)
        {
          ParityPoint anchors[] = { { a1 - w, v - h - gap * 0.3 }, { a1 - w, v + gap * 0.3 },
                                    { a0, v - h - gap * 0.3 }, { a0, v + gap * 0.3 } };

          parity_label_placer_place (placer, label, PARITY_ROLE_REFERENCE_LABEL,
                                     &theme->reference, anchors, G_N_ELEMENTS (anchors), TRUE);
        }
      else
        {
          ParityPoint anchors[] = { { v + gap, a0 }, { v - w - gap, a0 },
                                    { v + gap, a1 - h }, { v - w - gap, a1 - h } };

          parity_label_placer_place (placer, label, PARITY_ROLE_REFERENCE_LABEL,
                                     &theme->reference, anchors, G_N_ELEMENTS (anchors), TRUE);
        }
    }
  for (guint i = 0; ctx->spec->bands != NULL && i < ctx->spec->bands->len; i++)
    {
      const ParityBand *band = &g_array_index (ctx->spec->bands, ParityBand, i);
      const char *name = label_text (ctx, band->label);
      ParityRect rect = band_rect (band, scale, value_on_y, a0, a1);
      g_autoptr(PangoLayout) label = NULL;
      double w, h;

      if (name == NULL || band->on_x != x_axis)
        continue;
      label = parity_pango_layout_new (name, font);
      w = parity_pango_width (label);
      h = parity_pango_height (label);
      {
        /* Along the band's edge, inside it first, else just outside it. */
        ParityPoint anchors[] = { { rect.x + gap * 0.5, rect.y + gap * 0.3 },
                                  { rect.x + rect.width - w - gap * 0.5, rect.y + gap * 0.3 },
                                  { rect.x + gap * 0.5, rect.y + rect.height - h - gap * 0.3 },
                                  { value_on_y ? rect.x + gap * 0.5 : rect.x + rect.width + gap,
                                    value_on_y ? rect.y - h - gap * 0.3 : rect.y },
                                  { value_on_y ? rect.x + gap * 0.5 : rect.x - w - gap,
                                    value_on_y ? rect.y + rect.height + gap * 0.3 : rect.y } };

        parity_label_placer_place (placer, label, PARITY_ROLE_REFERENCE_LABEL,
                                   &theme->muted_text, anchors, G_N_ELEMENTS (anchors), TRUE);
      }
    }
}

/* The targets' lines, and the labels of bands and targets placed clear of the marks
 * already placed: call after them. */
void
parity_chart_targets_lines (ParityChartContext         *ctx,
                            ParityLabelPlacer          *placer,
                            const ParityScale          *scale,
                            gboolean                    value_on_y,
                            double                      a0,
                            double                      a1,
                            const PangoFontDescription *font,
                            ParityYearX                 year_x,
                            gpointer                    data)
{
  lines_on (ctx, FALSE, &ctx->indicator->unit, placer, scale, value_on_y, a0, a1, font, year_x,
            data);
}

/* … of a scatter plot's horizontal axis, whose values are in @unit. */
void
parity_chart_targets_lines_x (ParityChartContext         *ctx,
                              const ParityUnit           *unit,
                              ParityLabelPlacer          *placer,
                              const ParityScale          *scale,
                              double                      a0,
                              double                      a1,
                              const PangoFontDescription *font)
{
  lines_on (ctx, TRUE, unit, placer, scale, FALSE, a0, a1, font, NULL, NULL);
}

static void
describe_on (ParityChartContext *ctx,
             gboolean            x,
             const ParityUnit   *unit)
{
  for (guint i = 0; ctx->spec->bands != NULL && i < ctx->spec->bands->len; i++)
    {
      const ParityBand *band = &g_array_index (ctx->spec->bands, ParityBand, i);
      g_autofree char *from = NULL, *to = NULL, *what = NULL;
      g_autofree char *named = NULL, *sentence = NULL;
      const char *name = label_text (ctx, band->label);

      if (band->on_x != x)
        continue;
      from = format (ctx, unit, band->from);
      to = format (ctx, unit, band->to);
      what = parity_describe2 (ctx, PARITY_WORD_DESC_SPAN, from, to);
      if (name != NULL)
        named = parity_describe2 (ctx, PARITY_WORD_DESC_WITH, name, what);
      sentence = parity_describe (ctx, PARITY_WORD_DESC_BAND, named != NULL ? named : what);
      parity_describe_sentence (ctx, sentence);
    }
  for (guint i = 0; ctx->spec->targets != NULL && i < ctx->spec->targets->len; i++)
    {
      const ParityTarget *target = &g_array_index (ctx->spec->targets, ParityTarget, i);
      g_autofree char *what = NULL;
      g_autofree char *named = NULL, *sentence = NULL;
      const char *name = label_text (ctx, target->label);

      if (target->on_x != x)
        continue;
      what = format (ctx, unit, target->value);

      if (target->period != NULL)
        {
          char *by = parity_describe2 (ctx, PARITY_WORD_DESC_BY_YEAR, what, target->period);

          g_free (what);
          what = by;
        }
      if (name != NULL)
        named = parity_describe2 (ctx, PARITY_WORD_DESC_WITH, name, what);
      sentence = parity_describe (ctx, PARITY_WORD_DESC_TARGET, named != NULL ? named : what);
      parity_describe_sentence (ctx, sentence);
    }
}

/* "Band: Parity, 0.98 to 1.02." and "Target: Universal connectivity, 100% by 2030." */
void
parity_chart_targets_describe (ParityChartContext *ctx)
{
  describe_on (ctx, FALSE, &ctx->indicator->unit);
}

/* … for those of a scatter plot's horizontal axis, whose values are in @unit. */
void
parity_chart_targets_describe_x (ParityChartContext *ctx,
                                 const ParityUnit   *unit)
{
  describe_on (ctx, TRUE, unit);
}
