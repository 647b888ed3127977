/* parity-theme.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include <math.h>

#include "parity-theme.h"

#define RGB(hex) { ((hex) >> 16 & 0xFF) / 255.0, ((hex) >> 8 & 0xFF) / 255.0, \
                   ((hex) & 0xFF) / 255.0, 1.0 }

/* Okabe–Ito blue and vermillion: distinct for the common colour-vision deficiencies and
 * apart in greyscale (luminance 0.16 against 0.26, both far from the muted grey). */
static const ParityTheme default_theme = {
  .font_family = "Noto Sans, DejaVu Sans, sans-serif",
  .background = RGB (0xFFFFFF),
  .text = RGB (0x1A1A1A),
  .muted_text = RGB (0x595959),
  .grid = RGB (0xE3E3E3),
  .axis = RGB (0x8C8C8C),
  .mark = RGB (0x0072B2),
  .mark_muted = RGB (0xB4C3CF),
  .accent = RGB (0xD55E00),
  .reference = RGB (0x333333),
  /* Okabe–Ito without its yellow, which vanishes on white: blue, orange, bluish green,
   * reddish purple, sky blue, vermillion. */
  .palette = { RGB (0x0072B2), RGB (0xE69F00), RGB (0x009E73), RGB (0xCC79A7),
               RGB (0x56B4E9), RGB (0xD55E00) },
};

/* Text grows with the canvas: the geometric mean of its sides over 40 gives 9 pt on a
 * 160 mm report column and 27 pt on a 1920 × 1080 slide. */
void
parity_theme_init_for_canvas (ParityTheme *theme,
                              double       width,
                              double       height)
{
  *theme = default_theme;
  theme->body_size = CLAMP (sqrt (width * height) / 40.0, 6.5, 40.0);
}

double
parity_theme_get_size (const ParityTheme *theme,
                       ParityTextStyle    style)
{
  switch (style)
    {
    case PARITY_TEXT_TITLE:
      return theme->body_size * 1.45;
    case PARITY_TEXT_SUBTITLE:
      return theme->body_size * 1.05;
    case PARITY_TEXT_SMALL:
      return theme->body_size * 0.82;
    case PARITY_TEXT_BODY:
    default:
      return theme->body_size;
    }
}

PangoFontDescription *
parity_theme_get_font (const ParityTheme *theme,
                       ParityTextStyle    style,
                       PangoWeight        weight)
{
  PangoFontDescription *font = pango_font_description_new ();

  pango_font_description_set_family (font, theme->font_family);
  pango_font_description_set_weight (font, weight);
  pango_font_description_set_absolute_size (font, parity_theme_get_size (theme, style) *
                                            PANGO_SCALE);
  return font;
}
