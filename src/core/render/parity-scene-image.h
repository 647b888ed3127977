/* parity-scene-image.h: the one renderer from a scene to pixels, shared by the PNG export,
 * the clipboard, the colour-vision preview and the golden tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "parity-color-vision.h"
#include "parity-scene.h"

G_BEGIN_DECLS

/* How the canvas meets the pixel grid. */
typedef enum
{
  /* Stretched a hair so that it covers whole pixels exactly: the background reaches the last
   * column and row and the image is opaque. What files and the clipboard get. */
  PARITY_PIXEL_FIT_CANVAS,
  /* At exactly the scale asked for, the last column and row partly covered: what the chart
   * view's vector painting lines up with, and what the golden references were made with. */
  PARITY_PIXEL_FIT_SCALE,
} ParityPixelFit;

void             parity_scene_image_size   (const ParityScene  *scene,
                                            double              scale,
                                            ParityPixelFit      fit,
                                            double             *width,
                                            double             *height);
cairo_surface_t *parity_scene_render_image (const ParityScene  *scene,
                                            double              scale,
                                            ParityPixelFit      fit,
                                            ParityVision        vision,
                                            GError            **error);

G_END_DECLS
