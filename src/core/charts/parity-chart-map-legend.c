/* parity-chart-map-legend.c: a map's key — its classes as a row of swatches with the breaks
 * written under the joins, then the hatched swatches of no data and disputed areas
 *
 * The key is laid out left to right and mirrored with the rest of the frame in a language
 * written right to left; the map above it is not.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include <math.h>

#include "parity-chart-map-private.h"
#include "parity-chart-words.h"
#include "parity-number-format.h"
#include "parity-pango.h"

/* A break as the key writes it: in the indicator's unit, with no more decimals than it
 * needs (a round break of a value kept to a tenth reads "20 %", not "20.0 %"). */
char *
_parity_map_format_break (ParityChartContext *ctx,
                          double              value)
{
  const ParityIndicator *indicator = ctx->indicator;
  guint decimals = 0;

  while (decimals < MAX (indicator->decimals, 3) &&
         fabs (value * pow (10, decimals) - round (value * pow (10, decimals))) > 1e-6)
    decimals++;
  return parity_format_value (value, decimals, &indicator->unit, PARITY_QUALIFIER_EXACT,
                              ctx->lang, ctx->default_lang);
}

typedef struct
{
  ParityChartContext   *ctx;
  PangoFontDescription *font;
  double                swatch;  /* height of a swatch */
  double                gap;
} Key;

/* A hatched swatch and its word at (@x, @y); returns where the next may start. */
static double
add_hatched (Key               *key,
             double             x,
             double             y,
             ParityFillStyle    style,
             const ParityColor *color,
             ParityWord         word)
{
  ParityChartContext *ctx = key->ctx;
  g_autoptr(PangoLayout) layout = parity_pango_layout_new (parity_chart_word (ctx->lang, word),
                                                           key->font);
  double h = parity_pango_height (layout);
  ParityItem *swatch = parity_scene_add_rect (ctx->scene, PARITY_ROLE_LEGEND,
                                              &(ParityRect) { x, y, key->swatch * 1.4,
                                                              key->swatch }, color);

  swatch->fill_style = style;
  x += key->swatch * 1.4 + key->gap / 2;
  parity_scene_add_text (ctx->scene, PARITY_ROLE_LEGEND, layout, x,
                         y + (key->swatch - h) / 2, &ctx->theme->text);
  return x + parity_pango_width (layout) + key->gap * 1.5;
}

static double
hatched_width (Key        *key,
               ParityWord  word)
{
  g_autoptr(PangoLayout) layout = parity_pango_layout_new (parity_chart_word (key->ctx->lang,
                                                                              word),
                                                           key->font);

  return key->swatch * 1.4 + key->gap / 2 + parity_pango_width (layout) + key->gap * 1.5;
}

/* Which breaks are written: all of them if they fit under the joins, else every other one,
 * else the two ends. */
static guint
break_step (ParityChartContext *ctx,
            const double       *at,
            const double       *width,
            guint               n,
            double              gap)
{
  double a[PARITY_CLASSES_MAX + 1], w[PARITY_CLASSES_MAX + 1];

  for (guint step = 1; step < n; step++)
    {
      guint m = 0;

      for (guint i = 0; i < n; i += step)
        a[m] = at[i], w[m] = width[i], m++;
      if ((n - 1) % step == 0 && parity_chart_centred_labels_fit (ctx, a, w, m, gap))
        return step;
    }
  return n - 1;
}

double
_parity_map_legend (ParityChartContext  *ctx,
                    const ParityRect    *area,
                    const ParityClasses *classes,
                    const ParityColor   *colors,
                    gboolean             no_data,
                    gboolean             disputed)
{
  const ParityTheme *theme = ctx->theme;
  Key key = { ctx, parity_theme_get_font (theme, PARITY_TEXT_SMALL, PANGO_WEIGHT_NORMAL),
              round (theme->body_size * 0.9), theme->body_size };
  PangoLayout *labels[PARITY_CLASSES_MAX + 1];
  double at[PARITY_CLASSES_MAX + 1], width[PARITY_CLASSES_MAX + 1];
  double swatch_width, label_height = 0, extra = 0, x, y, height, rest_x, rest_y;
  guint n = classes->n, step;

  if (no_data)
    extra += hatched_width (&key, PARITY_WORD_MAP_NO_DATA);
  if (disputed)
    extra += hatched_width (&key, PARITY_WORD_MAP_DISPUTED);
  swatch_width = MIN (theme->body_size * 4.5, area->width * 0.6 / n);
  for (guint i = 0; i <= n; i++)
    {
      g_autofree char *text = _parity_map_format_break (ctx, classes->breaks[i]);

      labels[i] = parity_pango_layout_new (text, key.font);
      width[i] = parity_pango_width (labels[i]);
      at[i] = area->x + i * swatch_width;
      label_height = MAX (label_height, parity_pango_height (labels[i]));
    }
  /* The no-data and disputed swatches follow the classes, or go on a line of their own
   * when the row would be wider than the plot. */
  rest_x = area->x + n * swatch_width + width[n] / 2 + key.gap * 1.5;
  height = key.swatch + 2 + label_height;
  rest_y = 0;
  if (extra > 0 && rest_x + extra > area->x + area->width)
    {
      rest_x = area->x;
      rest_y = height + key.gap * 0.5;
      height = rest_y + key.swatch;
    }
  y = area->y + area->height - height;

  for (guint i = 0; i < n; i++)
    parity_scene_add_rect (ctx->scene, PARITY_ROLE_LEGEND,
                           &(ParityRect) { area->x + i * swatch_width, y, swatch_width,
                                           key.swatch }, &colors[i]);
  step = break_step (ctx, at, width, n + 1, key.gap * 0.5);
  for (guint i = 0; i <= n; i++)
    {
      if (i % step == 0)
        parity_scene_add_text (ctx->scene, PARITY_ROLE_LEGEND, labels[i],
                               parity_chart_centred_left (ctx, at[i], width[i]),
                               y + key.swatch + 2, &theme->text);
      g_object_unref (labels[i]);
    }
  x = rest_x;
  if (no_data)
    x = add_hatched (&key, x, y + rest_y, PARITY_FILL_HATCH, &parity_map_no_data_color,
                     PARITY_WORD_MAP_NO_DATA);
  if (disputed)
    add_hatched (&key, x, y + rest_y, PARITY_FILL_CROSSHATCH, &parity_map_disputed_color,
                 PARITY_WORD_MAP_DISPUTED);
  pango_font_description_free (key.font);
  return height;
}
