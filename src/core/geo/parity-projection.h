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

/* Projects onto the unit sphere's plane, x east and y NORTH (up is positive: a painter
 * flips it); returns FALSE where the point cannot be drawn (the azimuthal projection's
 * antipode and the hemisphere beyond the extent's horizon). */
gboolean parity_projection_forward (const ParityProjection *projection,
                                    double                  lon,
                                    double                  lat,
                                    double                 *x,
                                    double                 *y);
/* The point at (x, y) of the plane; FALSE outside the projection's domain. */
gboolean parity_projection_inverse (const ParityProjection *projection,
                                    double                  x,
                                    double                  y,
                                    double                 *lon,
                                    double                 *lat);

/* What a map shows: the world, a continent (an M49 region) or one of the six ITU regions;
 * "group" is the classification's group id whose economies are drawn in colour (NULL for
 * the world: every feature), the others drawn as context, without data. */
typedef struct
{
  const char      *id;        /* "world", "africa", "itu-arab-states", … */
  const char      *group;     /* classification group id, or NULL */
  ParityProjection projection;
  double           lon_min, lat_min, lon_max, lat_max;  /* what the plot must show */
} ParityMapExtent;

const ParityMapExtent *parity_map_extent_lookup (const char *id);
/* The extents' ids, for error messages and the inspector: "world, africa, …". */
char                  *parity_map_extent_list   (const char *separator);

G_END_DECLS
