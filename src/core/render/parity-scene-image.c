/* parity-scene-image.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "parity-error.h"
#include "parity-painter.h"
#include "parity-scene-image.h"

/**
 * parity_scene_image_size:
 * @scale: pixels per point
 *
 * The pixels the scene covers at @scale, a part of one counting as one; with
 * %PARITY_PIXEL_FIT_CANVAS a last column or row that the canvas only touches by a rounding
 * error is not one.
 */
void
parity_scene_image_size (const ParityScene *scene,
                         double             scale,
                         ParityPixelFit     fit,
                         double            *width,
                         double            *height)
{
  double slack = fit == PARITY_PIXEL_FIT_CANVAS ? 1e-6 : 0;

  *width = ceil (parity_scene_get_width (scene) * scale - slack);
  *height = ceil (parity_scene_get_height (scene) * scale - slack);
}

/**
 * parity_scene_render_image:
 * @scale: pixels per point
 * @fit: how the canvas meets the pixel grid
 * @vision: how the reader sees colours; %PARITY_VISION_NORMAL paints them as they are
 *
 * Paints the scene into a new ARGB32 image of parity_scene_image_size() pixels: the one
 * renderer from scene to pixels, for the PNG export, the clipboard, the colour-vision
 * preview and the golden tests.
 *
 * Returns: (transfer full): the flushed image, or %NULL with @error set when it cannot be
 * allocated
 */
cairo_surface_t *
parity_scene_render_image (const ParityScene *scene,
                           double             scale,
                           ParityPixelFit     fit,
                           ParityVision       vision,
                           GError           **error)
{
  double width, height;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  g_return_val_if_fail (scene != NULL, NULL);
  g_return_val_if_fail (scale > 0, NULL);

  parity_scene_image_size (scene, scale, fit, &width, &height);
  /* Cairo's own limit, checked before the conversion to int can overflow. */
  if (!(width >= 1 && height >= 1 && width <= 32767 && height <= 32767))
    surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, -1, -1);
  else
    surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int)width, (int)height);
  status = cairo_surface_status (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, PARITY_ERROR, PARITY_ERROR_EXPORT,
                   /* Translators: %s is cairo's own message (in English). */
                   _("cannot allocate the image: %s"), cairo_status_to_string (status));
      cairo_surface_destroy (surface);
      return NULL;
    }
  cr = cairo_create (surface);
  if (fit == PARITY_PIXEL_FIT_CANVAS)
    cairo_scale (cr, width / parity_scene_get_width (scene),
                 height / parity_scene_get_height (scene));
  else
    cairo_scale (cr, scale, scale);
  parity_scene_paint (scene, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  parity_vision_simulate_image (vision, surface);
  return surface;
}
