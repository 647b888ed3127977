/* parity-scene.h: the flat, inspectable result of laying out a chart
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "parity-dataset.h"
#include "parity-geometry.h"

G_BEGIN_DECLS

typedef enum
{
  PARITY_ITEM_RECT,
  PARITY_ITEM_LINE,
  PARITY_ITEM_TEXT,
  PARITY_ITEM_ARC,     /* a ring or pie sector */
  PARITY_ITEM_PATH,    /* a polyline, optionally closed and filled */
  PARITY_ITEM_MARKER,  /* a dot on a data point */
  PARITY_ITEM_SHAPE,   /* closed rings filled together (even-odd) and outlined: a country */
  PARITY_ITEM_IMAGE,   /* a picture scaled into its box: a theme's logo */
} ParityItemKind;

typedef enum
{
  PARITY_FILL_SOLID,
  PARITY_FILL_HATCH,   /* diagonal lines: forecasts, in colour and in greyscale alike */
  PARITY_FILL_CROSSHATCH,  /* lines both ways: a map's disputed areas */
} ParityFillStyle;

typedef enum
{
  PARITY_MARKER_CIRCLE,
  PARITY_MARKER_SQUARE,
  PARITY_MARKER_DIAMOND,
} ParityMarkerShape;

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
  PARITY_ROLE_CONNECTOR,      /* a dumbbell's bar, a leader line to an outside label */
  PARITY_ROLE_SERIES_LABEL,   /* a direct label naming a line or series */
  PARITY_ROLE_LEGEND,
  PARITY_ROLE_AXIS_LABEL,     /* the unit or scale named along an axis */
  PARITY_ROLE_LOGO,           /* a theme's logo in the foot */
  PARITY_ROLE_ANNOTATION,     /* an annotation's text (ParityItem.annotation says which) */
  PARITY_ROLE_ANNOTATION_CONNECTOR,  /* the line or arrow from it to what it is about */
  PARITY_ROLE_PANEL,          /* a panel of a chart in panels: its cell, title included */
  PARITY_ROLE_PANEL_TITLE,    /* the name of a panel's entity, group or indicator */
} ParityRole;

/* The datum a mark or label shows, for hit tests, tooltips and descriptions. */
typedef struct
{
  guint32         indicator;
  guint32         entity;
  guint32         period;
  guint32         breakdown;
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
  ParityFillStyle fill_style;
  double         cx, cy;      /* arc: centre; marker: centre */
  double         r0, r1;      /* arc: inner and outer radius; marker: r1 is the radius */
  double         a0, a1;      /* arc: start and end angle, radians, cairo's sense */
  ParityMarkerShape shape;    /* marker */
  gboolean       hollow;      /* marker: outline only (forecasts, estimates) */
  GArray        *points;      /* path: ParityPoint */
  gboolean       closed;      /* path: closed and filled with `fill` */
  GArray        *ring_ends;   /* shape: guint, the index in points after each ring's last */
  gboolean       geographic;  /* a place on a map: mirroring moves it with the map's box
                                 (parity_scene_set_map_box()) and never flips it */
  char          *text;        /* text items: what it says, as laid out (may be ellipsized) */
  PangoLayout   *layout;      /* text items: the laid-out text, drawn at box.x, box.y */
  cairo_surface_t *image;     /* image items: the picture, scaled into box */
  gboolean       has_datum;
  ParityDatum    datum;
  guint          annotation;  /* annotation items: the index in the chart's annotations */
  ParityPoint    offset;      /* an annotation's text: its centre's offset from its anchor as
                                 "dx", "dy" say it, unmirrored (what dragging adds to) */
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
void              parity_scene_add_table_row   (ParityScene       *scene,
                                                const ParityDatum *datum,
                                                const char        *series);
guint             parity_scene_get_n_table_rows (const ParityScene *scene);
const ParityDatum *parity_scene_get_table_row  (const ParityScene *scene,
                                                guint              i,
                                                const char       **series);
void              parity_scene_add_table_note  (ParityScene       *scene,
                                                const char        *note);
const char * const *parity_scene_get_table_notes (const ParityScene *scene);
void              parity_scene_set_description (ParityScene       *scene,
                                                const char        *description);
void              parity_scene_add_value_tick  (ParityScene       *scene,
                                                const char        *label);
const char * const *parity_scene_get_value_ticks (const ParityScene *scene);

/* How much a scene holds, to cut it back to after a layout that is given up (a grid of
 * panels tried with too many columns). */
typedef struct
{
  guint items;
  guint table_rows;
  guint map_boxes;
} ParitySceneMark;

void              parity_scene_mark            (const ParityScene *scene,
                                                ParitySceneMark   *mark);
void              parity_scene_truncate        (ParityScene       *scene,
                                                const ParitySceneMark *mark);

/* The parity_scene_add_*() functions return the new item, which stays valid, at the same
 * address, for the life of the scene, however many items are added after it. */
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
ParityItem       *parity_scene_add_arc         (ParityScene       *scene,
                                                ParityRole         role,
                                                double             cx,
                                                double             cy,
                                                double             r0,
                                                double             r1,
                                                double             a0,
                                                double             a1,
                                                const ParityColor *fill);
ParityItem       *parity_scene_add_path        (ParityScene       *scene,
                                                ParityRole         role,
                                                const ParityPoint *points,
                                                guint              n_points,
                                                const ParityColor *stroke,
                                                double             line_width);
ParityItem       *parity_scene_add_marker      (ParityScene       *scene,
                                                ParityRole         role,
                                                ParityMarkerShape  shape,
                                                double             cx,
                                                double             cy,
                                                double             radius,
                                                const ParityColor *color);
ParityItem       *parity_scene_add_shape       (ParityScene       *scene,
                                                ParityRole         role,
                                                GArray            *points,
                                                GArray            *ring_ends,
                                                const ParityColor *fill,
                                                const ParityColor *stroke,
                                                double             line_width);
void              parity_scene_set_map_box     (ParityScene       *scene,
                                                const ParityRect  *box);
ParityRect        parity_scene_get_map_box     (const ParityScene *scene);
const ParityRect *parity_scene_get_map_boxes   (const ParityScene *scene,
                                                guint             *n);
void              parity_scene_set_boundaries  (ParityScene       *scene,
                                                const char        *name);
const char       *parity_scene_get_boundaries  (const ParityScene *scene);
void              parity_scene_set_theme_name  (ParityScene       *scene,
                                                const char        *name);
const char       *parity_scene_get_theme_name  (const ParityScene *scene);
ParityItem       *parity_scene_add_image       (ParityScene       *scene,
                                                ParityRole         role,
                                                cairo_surface_t   *image,
                                                const ParityRect  *box);
void              parity_scene_mirror          (ParityScene       *scene);
gboolean          parity_scene_is_mirrored     (const ParityScene *scene);
void              parity_scene_add_warning     (ParityScene       *scene,
                                                const char        *warning);
const char * const *parity_scene_get_warnings  (const ParityScene *scene);
guint             parity_scene_count_role      (const ParityScene *scene,
                                                ParityRole         role);
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
