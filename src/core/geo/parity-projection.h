/* parity-projection.h: from longitude and latitude to the plane, and the extents a map shows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  PARITY_PROJECTION_EQUAL_EARTH,  /* Šavrič, Patterson and Jenny (2018): the world */
  PARITY_PROJECTION_AZIMUTHAL,    /* Lambert azimuthal equal-area: a region, about its centre */
} ParityProjectionKind;

typedef struct
{
  ParityProjectionKind kind;
  double               lon0;  /* central meridian, degrees */
  double               lat0;  /* azimuthal: latitude of the centre, degrees */
} ParityProjection;

/* The azimuthal projection draws nothing farther than this from its centre, in degrees: the
 * antipode is a circle on the plane, and near it a feature stretches round the rim. */
#define PARITY_PROJECTION_AZIMUTHAL_MAX_DISTANCE 170.0

/* Projects onto the unit sphere's plane, x east and y NORTH (up is positive: a painter
 * flips it); longitudes are taken relative to lon0 and wrapped to [-180, 180), so the
 * Equal Earth map of the whole globe runs from x = -2.7 to 2.7 (its y from -1.3 to 1.3).
 * Returns FALSE where the point cannot be drawn: for the azimuthal projection, farther than
 * PARITY_PROJECTION_AZIMUTHAL_MAX_DISTANCE from its centre (the antipode and round it). */
gboolean parity_projection_forward (const ParityProjection *projection,
                                    double                  lon,
                                    double                  lat,
                                    double                 *x,
                                    double                 *y);
gboolean parity_projection_forward_relative (const ParityProjection *projection,
                                             double                  east,
                                             double                  lat,
                                             double                 *x,
                                             double                 *y);
/* The point at (x, y) of the plane, its longitude in [-180, 180); FALSE outside the
 * projection's domain (beyond Equal Earth's outline, or farther from the azimuthal
 * projection's centre than the forward projection draws). */
gboolean parity_projection_inverse (const ParityProjection *projection,
                                    double                  x,
                                    double                  y,
                                    double                 *lon,
                                    double                 *lat);

/* What a map shows: the world, a continent (an M49 region) or one of the six ITU regions;
 * "group" is the classification's group id whose economies are drawn in colour (NULL for
 * the world: every feature), the others drawn as context, without data.
 *
 * The box's longitudes follow GeoJSON's bounding boxes (RFC 7946, 5.2): lon_min is its
 * western edge and lon_max its eastern, so a box that crosses the antimeridian has lon_min
 * > lon_max (Oceania's runs east from 110 to 180, then from -180 to -125). Both are in
 * [-180, 180]; the world's box is -180 to 180. A box leaves out a group's remote parts
 * (Europe shows Russia to the Urals; Africa leaves out the French Southern Territories). */
typedef struct
{
  const char      *id;        /* "world", "africa", "itu-arab-states", … */
  const char      *group;     /* classification group id, or NULL */
  ParityProjection projection;
  double           lon_min, lat_min, lon_max, lat_max;  /* what the plot must show */
} ParityMapExtent;

const ParityMapExtent *parity_map_extent_lookup   (const char            *id);
/* The extents' ids, for error messages and the inspector: "world, africa, …". */
char                  *parity_map_extent_list     (const char            *separator);
/* Whether (lon, lat) is inside the extent's box, across the antimeridian where it wraps. */
gboolean               parity_map_extent_contains (const ParityMapExtent *extent,
                                                   double                 lon,
                                                   double                 lat);
/* The projected bounding box of the extent's box, on the plane of its projection (y
 * north), for a map to scale to its plot: the box's edges sampled densely, which for the
 * world is Equal Earth's whole outline between lat_min and lat_max. */
void                   parity_map_extent_fit      (const ParityMapExtent *extent,
                                                   double                *x_min,
                                                   double                *y_min,
                                                   double                *x_max,
                                                   double                *y_max);

G_END_DECLS
