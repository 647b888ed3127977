/* parity-geometry.h: the plain values a scene is drawn with — colours, rectangles, points
 *
 * Kept apart from the scene so that what needs only a colour or a rectangle (themes,
 * colour vision) does not pull in the scene and, through it, the dataset.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  double red, green, blue, alpha;
} ParityColor;

typedef struct
{
  double x, y, width, height;
} ParityRect;

typedef struct
{
  double x, y;
} ParityPoint;

G_END_DECLS
