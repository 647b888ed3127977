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
  const ParityClasses  *classes;
  const ParityColor    *colors;
  gboolean              no_data;
  gboolean              disputed;
  gboolean              draw;    /* FALSE: measure only */
  PangoFontDescription *font;
  double                swatch;  /* height of a swatch */
  double                gap;
  PangoLayout          *labels[PARITY_CLASSES_MAX + 1];  /* the breaks */
  double                widths[PARITY_CLASSES_MAX + 1];
  double                label_height;
  double                row;     /* a hatched swatch's row: the swatch or its word, taller */
} Key;

/* A hatched swatch and its word at (@x, @y); returns its width. */
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
  double h = parity_pango_height (layout), w = key->swatch * 1.4 + key->gap / 2;

  if (key->draw)
    {
      ParityItem *swatch = parity_scene_add_rect (ctx->scene, PARITY_ROLE_LEGEND,
                                                  &(ParityRect) { x, y + (key->row -
                                                                          key->swatch) / 2,
                                                                  key->swatch * 1.4,
                                                                  key->swatch }, color);

      swatch->fill_style = style;
      parity_scene_add_text (ctx->scene, PARITY_ROLE_LEGEND, layout, x + w,
                             y + (key->row - h) / 2, &ctx->theme->text);
    }
  return w + parity_pango_width (layout);
}

/* The hatched swatches side by side (@column FALSE) or one under the other; returns their
 * extent along the row, or their height. */
static double
add_hatched_all (Key    *key,
                 double  x,
                 double  y,
                 gboolean column)
{
  double along = 0, w;

  if (key->no_data)
    {
      w = add_hatched (key, x, y, PARITY_FILL_HATCH, &parity_map_no_data_color,
                       PARITY_WORD_MAP_NO_DATA);
      along = column ? key->row : w;
    }
  if (key->disputed)
    {
      double at = along > 0 ? along + (column ? key->gap * 0.2 : key->gap * 1.5) : 0;

      w = add_hatched (key, column ? x : x + at, column ? y + at : y, PARITY_FILL_CROSSHATCH,
                       &parity_map_disputed_color, PARITY_WORD_MAP_DISPUTED);
      along = column ? at + key->row : at + w;
    }
  return along;
}

static double
hatched_width (Key        *key,
               ParityWord  word)
{
  g_autoptr(PangoLayout) layout = parity_pango_layout_new (parity_chart_word (key->ctx->lang,
                                                                              word),
                                                           key->font);

  return key->swatch * 1.4 + key->gap / 2 + parity_pango_width (layout);
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

/* A row under the map: the classes' swatches side by side with the breaks under the joins,
 * then the hatched ones, on a line of their own when the row would be wider than @area. */
static void
key_row (Key              *key,
         const ParityRect *area,
         ParityRect       *out)
{
  ParityChartContext *ctx = key->ctx;
  guint n = key->classes->n, step;
  double at[PARITY_CLASSES_MAX + 1], extra = 0, swatch_width, height, rest_x, rest_y, y;

  if (key->no_data)
    extra += hatched_width (key, PARITY_WORD_MAP_NO_DATA);
  if (key->disputed)
    extra += hatched_width (key, PARITY_WORD_MAP_DISPUTED) + key->gap * 1.5;
  swatch_width = MIN (ctx->theme->body_size * 4.5, area->width * 0.6 / n);
  for (guint i = 0; i <= n; i++)
    at[i] = area->x + i * swatch_width;
  rest_x = area->x + n * swatch_width + key->widths[n] / 2 + key->gap * 1.5;
  height = key->swatch + 2 + key->label_height;
  rest_y = 0;
  if (extra > 0 && rest_x + extra > area->x + area->width)
    {
      rest_x = area->x;
      rest_y = height + key->gap * 0.5;
      height = rest_y + key->row;
    }
  y = area->y + area->height - height;
  *out = (ParityRect) { area->x, y, area->width, height };
  if (!key->draw)
    return;
  for (guint i = 0; i < n; i++)
    parity_scene_add_rect (ctx->scene, PARITY_ROLE_LEGEND,
                           &(ParityRect) { at[i], y, swatch_width, key->swatch },
                           &key->colors[i]);
  step = break_step (ctx, at, key->widths, n + 1, key->gap * 0.5);
  for (guint i = 0; i <= n; i += step)
    parity_scene_add_text (ctx->scene, PARITY_ROLE_LEGEND, key->labels[i],
                           parity_chart_centred_left (ctx, at[i], key->widths[i]),
                           y + key->swatch + 2, &ctx->theme->text);
  add_hatched_all (key, rest_x, y + rest_y, FALSE);
}

/* A column beside the map, at the foot of @area: the classes' swatches one above the other,
 * lowest first, the breaks beside the joins, then the hatched ones. */
static void
key_column (Key              *key,
            const ParityRect *area,
            ParityRect       *out)
{
  ParityChartContext *ctx = key->ctx;
  guint n = key->classes->n;
  double swatch_height = MAX (key->swatch, key->label_height * 1.15);
  double width = key->swatch * 1.4 + key->gap / 2, hatched = 0, height, y;

  for (guint i = 0; i <= n; i++)
    width = MAX (width, key->swatch * 1.4 + key->gap / 2 + key->widths[i]);
  if (key->no_data)
    width = MAX (width, hatched_width (key, PARITY_WORD_MAP_NO_DATA));
  if (key->disputed)
    width = MAX (width, hatched_width (key, PARITY_WORD_MAP_DISPUTED));
  if (key->no_data || key->disputed)
    hatched = key->label_height / 2 + key->gap * 0.4 +
              key->row * (key->no_data && key->disputed ? 2 : 1) +
              (key->no_data && key->disputed ? key->gap * 0.2 : 0);
  height = n * swatch_height + key->label_height / 2 + MAX (hatched, key->label_height / 2);
  y = area->y + area->height - height + key->label_height / 2;
  *out = (ParityRect) { area->x, y - key->label_height / 2, width, height };
  if (!key->draw)
    return;
  for (guint i = 0; i < n; i++)
    parity_scene_add_rect (ctx->scene, PARITY_ROLE_LEGEND,
                           &(ParityRect) { area->x, y + i * swatch_height, key->swatch * 1.4,
                                           swatch_height }, &key->colors[i]);
  for (guint i = 0; i <= n; i++)
    parity_scene_add_text (ctx->scene, PARITY_ROLE_LEGEND, key->labels[i],
                           area->x + key->swatch * 1.4 + key->gap / 2,
                           y + i * swatch_height - key->label_height / 2, &ctx->theme->text);
  add_hatched_all (key, area->x,
                   y + n * swatch_height + key->label_height / 2 + key->gap * 0.4, TRUE);
}

/**
 * _parity_map_legend:
 * @column: a column beside the map, else a row under it
 * @draw: add it to the scene, else only measure it
 * @out: (out): where the key is (or would be), at the foot of @area
 *
 * The key of a map's classes and of its hatched places.
 */
void
_parity_map_legend (ParityChartContext  *ctx,
                    const ParityRect    *area,
                    const ParityClasses *classes,
                    const ParityColor   *colors,
                    gboolean             no_data,
                    gboolean             disputed,
                    gboolean             column,
                    gboolean             draw,
                    ParityRect          *out)
{
  Key key = { ctx, classes, colors, no_data, disputed, draw,
              parity_theme_get_font (ctx->theme, PARITY_TEXT_SMALL, PANGO_WEIGHT_NORMAL),
              round (ctx->theme->body_size * 0.9), ctx->theme->body_size };

  for (guint i = 0; i <= classes->n; i++)
    {
      g_autofree char *text = _parity_map_format_break (ctx, classes->breaks[i]);

      key.labels[i] = parity_pango_layout_new (text, key.font);
      key.widths[i] = parity_pango_width (key.labels[i]);
      key.label_height = MAX (key.label_height, parity_pango_height (key.labels[i]));
    }
  key.row = key.swatch;
  for (guint w = 0; w < 2; w++)
    {
      g_autoptr(PangoLayout) word = parity_pango_layout_new (
        parity_chart_word (ctx->lang, w == 0 ? PARITY_WORD_MAP_NO_DATA
                                             : PARITY_WORD_MAP_DISPUTED), key.font);

      key.row = MAX (key.row, parity_pango_height (word));
    }
  if (column)
    key_column (&key, area, out);
  else
    key_row (&key, area, out);
  for (guint i = 0; i <= classes->n; i++)
    g_object_unref (key.labels[i]);
  pango_font_description_free (key.font);
}
