/* parity-pango.h: the one text measuring context shared by layout, screen and files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <pango/pango.h>

#include "parity-scene.h"

G_BEGIN_DECLS

PangoContext *parity_pango_context_get  (void);
void          parity_pango_set_language (const char *lang);
PangoLayout  *parity_pango_layout_new  (const char                 *text,
                                        const PangoFontDescription *font);
ParityRect    parity_pango_measure     (PangoLayout *layout,
                                        double       x,
                                        double       y);
double        parity_pango_width       (PangoLayout *layout);
double        parity_pango_height      (PangoLayout *layout);

G_END_DECLS
