/* parity-theme.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include <math.h>
#include <string.h>

#include "parity-theme.h"

#define RGB(hex) { ((hex) >> 16 & 0xFF) / 255.0, ((hex) >> 8 & 0xFF) / 255.0, \
                   ((hex) & 0xFF) / 255.0, 1.0 }

/* Text, grid and background; the mark colours come from a palette below. */
static const ParityTheme default_theme = {
  .font_family = "Noto Sans, DejaVu Sans, sans-serif",
  .background = RGB (0xFFFFFF),
  .text = RGB (0x1A1A1A),
  .muted_text = RGB (0x595959),
  .grid = RGB (0xE3E3E3),
  .axis = RGB (0x8C8C8C),
  .reference = RGB (0x333333),
  .size_ratio = { [PARITY_TEXT_BODY] = 1.0, [PARITY_TEXT_TITLE] = 1.45,
                  [PARITY_TEXT_SUBTITLE] = 1.05, [PARITY_TEXT_SMALL] = 0.82 },
  .margin = { -1, -1, -1, -1 },
};

/* Palettes a chart can choose. The default is colour-blind safe; "greys" is for documents
 * printed in black and white; "blues" is one hue for a sober report. Each sets the series
 * colours, the default mark, the accent and the muted marks. */
static const struct
{
  const char  *name;
  ParityColor  palette[6];
  ParityColor  mark, accent, mark_muted;
} palettes[] = {
  /* Okabe–Ito without its yellow, which vanishes on white: blue, orange, bluish green, sky
   * blue, vermillion, reddish purple. In this order neighbours stay at least ΔE 6.9 apart
   * under simulated protanopia, deuteranopia, tritanopia and in greyscale (the order of
   * the original list put bluish green beside reddish purple: ΔE 3.3 in greyscale); see
   * parity-color-vision.c. Blue marks with a vermillion accent stay apart too (luminance
   * 0.16 against 0.26, both far from the muted grey). */
  { "default",
    { RGB (0x0072B2), RGB (0xE69F00), RGB (0x009E73), RGB (0x56B4E9), RGB (0xD55E00),
      RGB (0xCC79A7) },
    RGB (0x0072B2), RGB (0xD55E00), RGB (0xB4C3CF) },
  { "greys",
    { RGB (0x252525), RGB (0x969696), RGB (0x525252), RGB (0xBDBDBD), RGB (0x737373),
      RGB (0xD9D9D9) },
    RGB (0x525252), RGB (0x000000), RGB (0xC8C8C8) },
  { "blues",
    { RGB (0x08519C), RGB (0x6BAED6), RGB (0x3182BD), RGB (0x9ECAE1), RGB (0x2171B5),
      RGB (0xC6DBEF) },
    RGB (0x3182BD), RGB (0x08306B), RGB (0xC6DBEF) },
};

gboolean
parity_theme_palette_exists (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (palettes); i++)
    if (g_strcmp0 (palettes[i].name, name) == 0)
      return TRUE;
  return FALSE;
}

char *
parity_theme_list_palettes (const char *separator)
{
  GString *names = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (palettes); i++)
    g_string_append_printf (names, "%s%s", i ? separator : "", palettes[i].name);
  return g_string_free (names, FALSE);
}

/* NULL or an unknown name leaves the default palette. */
void
parity_theme_set_palette (ParityTheme *theme,
                          const char  *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (palettes); i++)
    if (g_strcmp0 (palettes[i].name, name) == 0)
      {
        memcpy (theme->palette, palettes[i].palette, sizeof theme->palette);
        theme->mark = palettes[i].mark;
        theme->accent = palettes[i].accent;
        theme->mark_muted = palettes[i].mark_muted;
      }
}

/* The script's own Noto face first: Chinese punctuation then comes full-width from the CJK
 * face and Arabic digits from the Arabic one, rather than from Noto Sans by fallback. */
void
parity_theme_set_language (ParityTheme *theme,
                           const char  *lang)
{
  static const struct { const char *prefix, *family; } families[] = {
    { "zh", "Noto Sans CJK SC, Noto Sans, DejaVu Sans, sans-serif" },
    { "ja", "Noto Sans CJK JP, Noto Sans, DejaVu Sans, sans-serif" },
    { "ko", "Noto Sans CJK KR, Noto Sans, DejaVu Sans, sans-serif" },
    { "ar", "Noto Sans Arabic, Noto Sans, DejaVu Sans, sans-serif" },
  };

  for (guint i = 0; lang != NULL && i < G_N_ELEMENTS (families); i++)
    if (g_ascii_strncasecmp (lang, families[i].prefix, 2) == 0)
      theme->font_family = families[i].family;
}

/* Text grows with the canvas: the geometric mean of its sides over 40 gives 9 pt on a
 * 160 mm report column and 27 pt on a 1920 × 1080 slide. */
void
parity_theme_init_for_canvas (ParityTheme *theme,
                              double       width,
                              double       height)
{
  *theme = default_theme;
  parity_theme_set_palette (theme, "default");
  theme->body_size = CLAMP (sqrt (width * height) / 40.0, 6.5, 40.0);
}

double
parity_theme_get_size (const ParityTheme *theme,
                       ParityTextStyle    style)
{
  if ((guint)style >= G_N_ELEMENTS (theme->size_ratio))
    return theme->body_size;
  return theme->body_size * theme->size_ratio[style];
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
