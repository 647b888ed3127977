/* parity-painter.h: the one painter, from a scene onto any cairo context
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "parity-scene.h"

G_BEGIN_DECLS

void parity_scene_paint (const ParityScene *scene,
                         cairo_t           *cr);

G_END_DECLS
