/* parity-palette.h: the colour ramps of a choropleth, made to be told apart
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "parity-geometry.h"

G_BEGIN_DECLS

typedef enum
{
  PARITY_RAMP_SEQUENTIAL,  /* light to dark: low to high */
  PARITY_RAMP_DIVERGING,   /* two hues from a pale middle: below and above a midpoint */
} ParityRampKind;

/* A named ramp: "blues", "greens", "purples", "oranges", "viridis" (sequential),
 * "blue-orange", "purple-green" (diverging). */
gboolean parity_ramp_exists  (const char     *name);
char    *parity_ramp_list    (const char     *separator);
ParityRampKind parity_ramp_get_kind (const char *name);
/* The ramp a map of @kind gets when its chart names none: "blues", "blue-orange". */
const char *parity_ramp_default (ParityRampKind kind);
/* @n colours of the ramp, evenly spaced in lightness, lightest first (a diverging ramp:
 * its low end first, its pale middle in the middle when @n is odd); @n from 1 to 9 (one
 * colour: the ramp's middle). Every ramp's neighbouring colours stay PARITY_VISION_MIN_DELTA_E apart in every vision
 * of parity-color-vision, for @n up to 7 (tests check it), but one pair: a diverging
 * ramp's two middle colours when @n is even are as light as each other, so greyscale
 * shows them alike (as it shows any two classes as far either side of the midpoint). */
void     parity_ramp_colors  (const char     *name,
                              guint           n,
                              ParityColor    *colors);

G_END_DECLS
