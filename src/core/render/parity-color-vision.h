/* parity-color-vision.h: colours as people with colour-vision deficiencies see them, and
 * whether a chart's colours stay apart and its text stays readable
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "parity-geometry.h"
#include "parity-theme.h"

G_BEGIN_DECLS

typedef enum
{
  PARITY_VISION_NORMAL,
  PARITY_VISION_PROTANOPIA,    /* no long-wavelength (red) cones */
  PARITY_VISION_DEUTERANOPIA,  /* no medium-wavelength (green) cones */
  PARITY_VISION_TRITANOPIA,    /* no short-wavelength (blue) cones */
  PARITY_VISION_GREYSCALE,     /* a black-and-white print */
  PARITY_N_VISIONS,
} ParityVision;

/* Below this CIE76 distance two series' colours are hard to tell apart in a key or in
 * neighbouring bars: about 2.3 is the least a person notices side by side, and small marks
 * need a few times that. Okabe–Ito's colours in Parity's order keep 6.9 in every vision. */
#define PARITY_VISION_MIN_DELTA_E 6.0
/* WCAG 2's minimum contrast for body text. */
#define PARITY_VISION_MIN_CONTRAST 4.5

const char  *parity_vision_to_string   (ParityVision       vision);
ParityColor  parity_vision_simulate    (ParityVision       vision,
                                        const ParityColor *color);
/* CIE L*a*b* (D65) and back; a colour outside sRGB comes back with less chroma. */
void         parity_color_to_lab       (const ParityColor *color,
                                        double             lab[3]);
ParityColor  parity_color_from_lab     (const double       lab[3]);
double       parity_color_delta_e      (const ParityColor *a,
                                        const ParityColor *b);
double       parity_color_contrast     (const ParityColor *a,
                                        const ParityColor *b);
GStrv        parity_theme_check_colors (const ParityTheme *theme,
                                        guint              n_series);
void         parity_vision_simulate_image (ParityVision     vision,
                                           cairo_surface_t *image);
gboolean     parity_vision_from_string (const char        *name,
                                        ParityVision      *vision);

G_END_DECLS
