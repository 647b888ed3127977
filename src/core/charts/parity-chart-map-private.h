/* parity-chart-map-private.h: what the map's files share — its options, its places, its key
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "parity-boundaries.h"
#include "parity-chart-kind-private.h"
#include "parity-classes.h"
#include "parity-projection.h"

G_BEGIN_DECLS

/* What a map chart reads beyond the common members. */
typedef struct
{
  const ParityMapExtent *extent;           /* "extent": the world unless it says */
  ParityClassMethod      method;           /* "classes" */
  guint                  n_classes;        /* "class_count" */
  GArray                *breaks;           /* "breaks" (double): manual classes, or NULL */
  char                  *ramp;             /* "ramp", or NULL for the kind's default */
  double                 midpoint;         /* "midpoint" of a diverging ramp, else NAN */
  char                  *boundaries_file;  /* "boundaries"."file": beside the dataset, or NULL
                                              for the bundled file */
  ParityText            *policy;           /* "boundaries"."policy": whose view of the
                                              boundaries the geometry is, or NULL */
  gboolean               disclaimer;       /* "disclaimer": true unless false */
  ParityText            *disclaimer_text;  /* an organisation's own wording, or NULL: the UN's */
} ParityMapOptions;

/* How a feature of the boundary file is drawn. */
typedef enum
{
  PARITY_PLACE_DATA,      /* an economy of the map's extent, with a value: its class colour */
  PARITY_PLACE_NO_DATA,   /* … without one: hatched, counted in the notes */
  PARITY_PLACE_DISPUTED,  /* an area of disputed status: cross-hatched, dashed outline */
  PARITY_PLACE_CONTEXT,   /* outside the extent's group, or nobody's economy: plain grey */
} ParityPlaceStatus;

typedef struct
{
  const ParityFeature *feature;
  ParityPlaceStatus    status;
  ParityChartRow       row;       /* DATA: its value; NO_DATA: the entity, value NAN */
  gboolean             has_row;   /* the dataset has the entity */
  int                  klass;     /* DATA: its class */
  gboolean             dashed;    /* its boundary is disputed: a dashed outline */
  ParityPoint          centre;    /* on the canvas: its largest ring's centroid */
  double               area;      /* on the canvas, pt² */
  gboolean             circle;    /* too small to see: drawn as a circle too */
  const ParityItem    *shape;     /* its shape on the canvas, or NULL */
} ParityPlace;

/* 1 mm in points. */
#define PARITY_MAP_MM (72 / 25.4)

/* A map being laid out. */
typedef struct
{
  ParityChartContext     *ctx;
  const ParityMapOptions *options;
  const ParityMapExtent  *extent;
  ParityBoundaries       *boundaries;
  GArray                 *places;      /* ParityPlace */
  guint                   n_data;
  guint                   n_no_data;   /* economies of the extent without a value */
  gboolean                disputed;    /* an area of disputed status is drawn */
  ParityClasses           classes;
  ParityColor             colors[PARITY_CLASSES_MAX];
  double                  x_min, y_max, scale;  /* the projected plane onto the canvas */
  ParityRect              box;         /* the map on the canvas */
  double                  radius;      /* of a small economy's circle */
} ParityMap;

/* Map options of a spec (the defaults for a spec without any). */
const ParityMapOptions *_parity_map_options      (const ParityChartSpec *spec);
ParityBoundaries       *_parity_map_boundaries   (ParityChartContext    *ctx,
                                                  GError               **error);
ParityPlaceStatus       _parity_map_policy       (const ParityFeature   *feature,
                                                  gboolean               bundled,
                                                  gboolean              *dashed);

/* The key: a swatch per class with the breaks at the joins, then the hatched swatches;
 * a row under the map or a column beside it, at the foot of @area. */
void                    _parity_map_legend       (ParityChartContext    *ctx,
                                                  const ParityRect      *area,
                                                  const ParityClasses   *classes,
                                                  const ParityColor     *colors,
                                                  gboolean               no_data,
                                                  gboolean               disputed,
                                                  gboolean               column,
                                                  gboolean               draw,
                                                  ParityRect            *out);
void                    _parity_map_fit          (ParityMap             *map,
                                                  const ParityRect      *area);
ParityItem             *_parity_map_draw_place   (ParityMap             *map,
                                                  ParityPlace           *place);
gboolean                _parity_map_layout       (ParityChartContext    *ctx,
                                                  GError               **error);
char                   *_parity_map_notes        (ParityChartContext    *ctx);
char                   *_parity_map_format_break (ParityChartContext    *ctx,
                                                  double                 value);

extern const ParityColor parity_map_no_data_color;
extern const ParityColor parity_map_context_color;
extern const ParityColor parity_map_disputed_color;

G_END_DECLS
