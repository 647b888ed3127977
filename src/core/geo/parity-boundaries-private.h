/* parity-boundaries-private.h: what the boundary reader hands the boundaries it builds
 *
 * parity-boundaries-read.c walks the JSON tree and gathers rings in the order the file gives
 * them; parity-boundaries.c puts them in their features' order and answers the public calls.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "parity-boundaries.h"
#include "parity-json-reader.h"

G_BEGIN_DECLS

/* A ring as read, before the rings are put in their features' order. */
typedef struct
{
  guint    feature;
  guint    first;
  guint    n_points;
  gboolean hole;
  gboolean polar;    /* an exterior ring around a pole: its box spans every longitude */
  double   area;     /* negative for a hole */
} ParityReadRing;

typedef struct
{
  guint first;
  guint n_points;
} ParityReadArc;

typedef struct
{
  ParityJsonReader  json;
  gboolean          topology;
  GArray           *arc_points;  /* ParityLonLat: every arc of a TopoJSON file, decoded */
  GArray           *arcs;        /* ParityReadArc */
  GArray           *ring;        /* ParityLonLat: the ring being read */
  GArray           *points;      /* ParityLonLat: every ring kept */
  GArray           *rings;       /* ParityReadRing */
  GPtrArray        *features;    /* ParityFeature *, code and name only */
  GHashTable       *codes;       /* code → index + 1, into features */
  gsize             n_visited;   /* points visited by rings, against the limit */
} ParityBoundariesReader;

/* @error must not be NULL: the reader tests it to stop at the first error. */
void     _parity_boundaries_reader_init  (ParityBoundariesReader *r,
                                          const char             *file,
                                          GError                **error);
void     _parity_boundaries_reader_clear (ParityBoundariesReader *r);
gboolean _parity_boundaries_read         (ParityBoundariesReader *r,
                                          JsonNode               *root);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ParityBoundariesReader, _parity_boundaries_reader_clear)

G_END_DECLS
