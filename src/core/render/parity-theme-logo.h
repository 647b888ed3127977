/* parity-theme-logo.h: a theme's logo, PNG or SVG, decoded once into an image surface
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

G_BEGIN_DECLS

#define PARITY_THEME_LOGO_MAX_BYTES   (1024 * 1024)
#define PARITY_THEME_LOGO_MAX_SIDE    2048     /* pixels, of a PNG and of an SVG's raster */
#define PARITY_THEME_LOGO_MAX_ASPECT  32.0     /* an SVG's longer side over its shorter */
#define PARITY_THEME_LOGO_MAX_SVG_SIDE 100000.0 /* pixels, an SVG's own size */
#define PARITY_THEME_LOGO_DPI         600.0    /* an SVG's raster, at the height it is drawn */

gboolean         parity_theme_logo_name_is_valid (const char  *name);
cairo_surface_t *parity_theme_logo_decode        (GBytes      *bytes,
                                                  const char  *name,
                                                  double       height,
                                                  GError     **error);

G_END_DECLS
