/* parity-theme.h: colours, fonts and text sizes for a canvas
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <pango/pango.h>

#include "parity-geometry.h"

G_BEGIN_DECLS

typedef enum
{
  PARITY_TEXT_BODY,
  PARITY_TEXT_TITLE,
  PARITY_TEXT_SUBTITLE,
  PARITY_TEXT_SMALL,
} ParityTextStyle;

typedef struct
{
  const char *font_family;
  double      body_size;     /* points; everything else is relative to it */
  ParityColor background;
  ParityColor text;
  ParityColor muted_text;
  ParityColor grid;
  ParityColor axis;
  ParityColor mark;          /* the default mark colour */
  ParityColor mark_muted;    /* the others, when one is highlighted */
  ParityColor accent;        /* the highlighted mark */
  ParityColor reference;
  ParityColor palette[6];    /* series colours, in order; colour-blind safe */
  double      size_ratio[4]; /* each ParityTextStyle's size over body_size */
  double      margin[4];     /* top, right, bottom, left in points; < 0: the frame's own */
  const struct _ParityThemeFile *file;  /* the theme file laid over this, or NULL */
} ParityTheme;

void                  parity_theme_init_for_canvas (ParityTheme       *theme,
                                                    double             width,
                                                    double             height);
void                  parity_theme_set_palette     (ParityTheme       *theme,
                                                    const char        *name);
void                  parity_theme_set_language    (ParityTheme       *theme,
                                                    const char        *lang);
gboolean              parity_theme_palette_exists  (const char        *name);
char                 *parity_theme_list_palettes   (const char        *separator);
double                parity_theme_get_size        (const ParityTheme *theme,
                                                    ParityTextStyle    style);
PangoFontDescription *parity_theme_get_font        (const ParityTheme *theme,
                                                    ParityTextStyle    style,
                                                    PangoWeight        weight);

G_END_DECLS
