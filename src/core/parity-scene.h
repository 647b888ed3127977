/* parity-scene.h: the flat, inspectable result of laying out a chart
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <pango/pango.h>

#include "parity-dataset.h"

G_BEGIN_DECLS

typedef struct
{
  double red, green, blue, alpha;
} ParityColor;

typedef struct
{
  double x, y, width, height;
} ParityRect;

typedef enum
{
  PARITY_ITEM_RECT,
  PARITY_ITEM_LINE,
  PARITY_ITEM_TEXT,
} ParityItemKind;

/* What an item is for: tests and hit tests ask by role, not by position. */
typedef enum
{
  PARITY_ROLE_BACKGROUND,
  PARITY_ROLE_TITLE,
  PARITY_ROLE_SUBTITLE,
  PARITY_ROLE_NOTES,
  PARITY_ROLE_SOURCE,
  PARITY_ROLE_GRID,
  PARITY_ROLE_AXIS,
  PARITY_ROLE_TICK_LABEL,
  PARITY_ROLE_CATEGORY_LABEL,
  PARITY_ROLE_MARK,
  PARITY_ROLE_VALUE_LABEL,
  PARITY_ROLE_REFERENCE,
  PARITY_ROLE_REFERENCE_LABEL,
} ParityRole;

/* The datum a mark or label shows, for hit tests, tooltips and descriptions. */
typedef struct
{
  guint32         indicator;
  guint32         entity;
  guint32         period;
  guint32         observation;
  double          value;
  ParityQualifier qualifier;
} ParityDatum;

typedef struct
{
  ParityItemKind kind;
  ParityRole     role;
  int            z;
  ParityRect     box;         /* rect: the rectangle; text: its logical extents; line: bounds */
  double         x1, y1, x2, y2;  /* line: end points; text: x1, y1 is the layout origin */
  ParityColor    fill;
  ParityColor    stroke;
  double         line_width;
  double         dash;        /* dash length, 0 for solid */
  char          *text;        /* text items: what it says, as laid out (may be ellipsized) */
  PangoLayout   *layout;      /* text items: the laid-out text, drawn at box.x, box.y */
  gboolean       has_datum;
  ParityDatum    datum;
} ParityItem;

typedef struct _ParityScene ParityScene;

ParityScene      *parity_scene_new             (double             width,
                                                double             height);
ParityScene      *parity_scene_ref             (ParityScene       *scene);
void              parity_scene_unref           (ParityScene       *scene);
double            parity_scene_get_width       (const ParityScene *scene);
double            parity_scene_get_height      (const ParityScene *scene);
guint             parity_scene_get_n_items     (const ParityScene *scene);
const ParityItem *parity_scene_get_item        (const ParityScene *scene,
                                                guint              i);
int               parity_scene_hit_test        (const ParityScene *scene,
                                                double             x,
                                                double             y);
const char       *parity_scene_get_description (const ParityScene *scene);
void              parity_scene_set_description (ParityScene       *scene,
                                                const char        *description);

ParityItem       *parity_scene_add_rect        (ParityScene       *scene,
                                                ParityRole         role,
                                                const ParityRect  *rect,
                                                const ParityColor *fill);
ParityItem       *parity_scene_add_line        (ParityScene       *scene,
                                                ParityRole         role,
                                                double             x1,
                                                double             y1,
                                                double             x2,
                                                double             y2,
                                                const ParityColor *stroke,
                                                double             line_width);
ParityItem       *parity_scene_add_text        (ParityScene       *scene,
                                                ParityRole         role,
                                                PangoLayout       *layout,
                                                double             x,
                                                double             y,
                                                const ParityColor *color);

gboolean          parity_rect_intersects       (const ParityRect  *a,
                                                const ParityRect  *b);
gboolean          parity_rect_contains_rect    (const ParityRect  *outer,
                                                const ParityRect  *inner);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ParityScene, parity_scene_unref)

G_END_DECLS
