/* parity-png-writer.h: PNG with its resolution and text metadata (libpng)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

G_BEGIN_DECLS

/* @text: NULL-terminated key, value pairs for iTXt chunks ("Title", "…", NULL). */
gboolean _parity_png_write (cairo_surface_t    *image,
                            double              dpi,
                            const char * const *text,
                            GOutputStream      *stream,
                            GError            **error);

G_END_DECLS
