/* parity-chart-map-shapes.c: a map's places on the canvas — projected, cut at the world's
 * edges, clipped to the map's box and thinned
 *
 * A ring's longitudes are unwrapped so that one across the antimeridian (Chukotka, Fiji)
 * stays whole; on the world it is cut at the meridians 180° either side of the central one,
 * the cut following the world's curved edge, and drawn from both edges. Points closer than
 * THIN to the one kept before are left out, but a speck of an island keeps its few points:
 * it is drawn, hovered and circled.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include <math.h>

#include "parity-chart-map-private.h"

/* Points closer than this to the one kept before are left out: a hairline at print. */
#define THIN 0.3

/* The projected plane onto the canvas: the extent's box fitted into @area, at its foot. */
void
_parity_map_fit (ParityMap        *map,
                 const ParityRect *area)
{
  double x0, y0, x1, y1, w, h;

  parity_map_extent_fit (map->extent, &x0, &y0, &x1, &y1);
  map->scale = MIN (area->width / (x1 - x0), area->height / (y1 - y0));
  w = (x1 - x0) * map->scale;
  h = (y1 - y0) * map->scale;
  map->x_min = x0;
  map->y_max = y1;
  map->box = (ParityRect) { area->x + (area->width - w) / 2, area->y + area->height - h, w, h };
}

static double
wrap_degrees (double degrees)
{
  double wrapped = fmod (degrees + 180, 360);

  return (wrapped < 0 ? wrapped + 360 : wrapped) - 180;
}

/* @east degrees east of the central meridian (unwrapped) and @lat on the canvas. */
static gboolean
project (const ParityMap *map,
         double           east,
         double           lat,
         ParityPoint     *out)
{
  double x, y;

  if (!parity_projection_forward_relative (&map->extent->projection, east, lat, &x, &y))
    return FALSE;
  out->x = map->box.x + (x - map->x_min) * map->scale;
  out->y = map->box.y + (map->y_max - y) * map->scale;
  return TRUE;
}

/* One edge of Sutherland–Hodgman: the part of @in on the inner side of a box edge. */
static void
clip_edge (GArray *in,
           GArray *out,
           int     axis,
           double  limit,
           int     keep_below)
{
  g_array_set_size (out, 0);
  for (guint i = 0; i < in->len; i++)
    {
      const ParityPoint *a = &g_array_index (in, ParityPoint, i);
      const ParityPoint *b = &g_array_index (in, ParityPoint, (i + 1) % in->len);
      double va = axis == 0 ? a->x : a->y, vb = axis == 0 ? b->x : b->y;
      gboolean a_in = keep_below ? va <= limit : va >= limit;
      gboolean b_in = keep_below ? vb <= limit : vb >= limit;

      if (a_in)
        g_array_append_val (out, *a);
      if (a_in != b_in)
        {
          double t = (limit - va) / (vb - va);
          ParityPoint p = { a->x + t * (b->x - a->x), a->y + t * (b->y - a->y) };

          g_array_append_val (out, p);
        }
    }
}

static void
clip_to_box (GArray           *ring,
             GArray           *scratch,
             const ParityRect *box)
{
  clip_edge (ring, scratch, 0, box->x, FALSE);
  clip_edge (scratch, ring, 0, box->x + box->width, TRUE);
  clip_edge (ring, scratch, 1, box->y, FALSE);
  clip_edge (scratch, ring, 1, box->y + box->height, TRUE);
}

/* Twice the signed area of a ring, and its centroid (shoelace). */
static double
ring_centroid (GArray      *ring,
               ParityPoint *centre)
{
  double a = 0, cx = 0, cy = 0;

  for (guint i = 0; i < ring->len; i++)
    {
      const ParityPoint *p = &g_array_index (ring, ParityPoint, i);
      const ParityPoint *q = &g_array_index (ring, ParityPoint, (i + 1) % ring->len);
      double cross = p->x * q->y - q->x * p->y;

      a += cross;
      cx += (p->x + q->x) * cross;
      cy += (p->y + q->y) * cross;
    }
  if (fabs (a) > 1e-9)
    *centre = (ParityPoint) { cx / (3 * a), cy / (3 * a) };
  return a;
}

/* The ring's points as (degrees east of the central meridian, latitude), unwrapped so
 * that a ring across the antimeridian (Chukotka, Fiji) stays whole, then @shift degrees
 * east; returns which way it runs past the world's edge (-1 west, +1 east, 0 not). */
static int
unwrap_ring (const ParityMap  *map,
             const ParityRing *ring,
             double            shift,
             GArray           *out)
{
  const ParityLonLat *points = parity_boundaries_get_points (map->boundaries);
  double lon0 = map->extent->projection.lon0, east = 0;
  int seam = 0;

  g_array_set_size (out, 0);
  for (guint i = 0; i < ring->n_points; i++)
    {
      const ParityLonLat *ll = &points[ring->first + i];
      ParityPoint p;

      east = i == 0 ? wrap_degrees (ll->lon - lon0)
                    : east + wrap_degrees (ll->lon - points[ring->first + i - 1].lon);
      if (east > 180)
        seam = 1;
      else if (east < -180)
        seam = -1;
      p = (ParityPoint) { east + shift, ll->lat };
      g_array_append_val (out, p);
    }
  return seam;
}

/* Cut a ring of the world at its edges, the meridians 180° either side of the central one,
 * the cut run along the edge a degree at a time, as the world's outline curves. */
static void
cut_at_edges (GArray *ring,
              GArray *scratch)
{
  guint n;

  clip_edge (ring, scratch, 0, -180, FALSE);
  clip_edge (scratch, ring, 0, 180, TRUE);
  n = ring->len;
  g_array_set_size (scratch, 0);
  for (guint i = 0; i < n; i++)
    {
      ParityPoint a = g_array_index (ring, ParityPoint, i);
      ParityPoint b = g_array_index (ring, ParityPoint, (i + 1) % n);

      g_array_append_val (scratch, a);
      if (fabs (a.x) == 180 && b.x == a.x)
        for (double t = 1; t < fabs (b.y - a.y); t++)
          {
            ParityPoint p = { a.x, a.y + copysign (t, b.y - a.y) };

            g_array_append_val (scratch, p);
          }
    }
  g_array_set_size (ring, 0);
  g_array_append_vals (ring, scratch->data, scratch->len);
}

/* Project a ring of (east, lat) onto the canvas, thinned unless that leaves too little of
 * it (a speck of an island keeps its few points: it is drawn, hovered and circled); FALSE
 * when a point cannot be projected. */
static gboolean
project_ring (const ParityMap *map,
              GArray          *ring,
              GArray          *out)
{
  for (guint pass = 0; pass < 2; pass++)
    {
      double thin = pass == 0 ? THIN : 0;

      g_array_set_size (out, 0);
      for (guint i = 0; i < ring->len; i++)
        {
          const ParityPoint *ll = &g_array_index (ring, ParityPoint, i);
          ParityPoint p;

          if (!project (map, ll->x, ll->y, &p))
            return FALSE;
          if (out->len > 0 &&
              hypot (p.x - g_array_index (out, ParityPoint, out->len - 1).x,
                     p.y - g_array_index (out, ParityPoint, out->len - 1).y) < thin &&
              i + 1 < ring->len)
            continue;
          g_array_append_val (out, p);
        }
      if (out->len >= 4)
        break;
    }
  return TRUE;
}

static gboolean
ring_inside_box (GArray           *ring,
                 const ParityRect *box,
                 gboolean         *outside)
{
  double x0 = G_MAXDOUBLE, y0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y1 = -G_MAXDOUBLE;

  for (guint i = 0; i < ring->len; i++)
    {
      const ParityPoint *p = &g_array_index (ring, ParityPoint, i);

      x0 = MIN (x0, p->x), y0 = MIN (y0, p->y);
      x1 = MAX (x1, p->x), y1 = MAX (y1, p->y);
    }
  *outside = x1 < box->x || x0 > box->x + box->width || y1 < box->y ||
             y0 > box->y + box->height;
  return x0 >= box->x && x1 <= box->x + box->width && y0 >= box->y &&
         y1 <= box->y + box->height;
}

/* A place's rings on the canvas, clipped to the map; sets its centre and area from its
 * largest ring before clipping. Returns NULL when nothing of it is on the map. */
ParityItem *
_parity_map_draw_place (ParityMap   *map,
                        ParityPlace *place)
{
  const ParityFeature *f = place->feature;
  g_autoptr(GArray) points = g_array_new (FALSE, FALSE, sizeof (ParityPoint));
  g_autoptr(GArray) ends = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) ring = g_array_new (FALSE, FALSE, sizeof (ParityPoint));
  g_autoptr(GArray) scratch = g_array_new (FALSE, FALSE, sizeof (ParityPoint));
  g_autoptr(GArray) lonlat = g_array_new (FALSE, FALSE, sizeof (ParityPoint));
  double largest = -1;

  place->area = f->area * map->scale * map->scale;
  for (guint r = 0; r < f->n_rings; r++)
    {
      const ParityRing *source = parity_boundaries_get_ring (map->boundaries, f->first_ring + r);
      gboolean world = map->extent->projection.kind == PARITY_PROJECTION_EQUAL_EARTH;
      int seam = 0;

      /* A ring across the world's edge is drawn from both edges, cut at each. */
      for (guint copy = 0; copy < 2; copy++)
        {
          gboolean outside;
          ParityPoint centre;
          double area;
          guint end;

          if (copy == 1 && (seam == 0 || !world))
            break;
          seam = unwrap_ring (map, source, copy == 0 ? 0 : -360 * seam, lonlat);
          if (world && seam != 0)
            cut_at_edges (lonlat, scratch);
          if (lonlat->len < 3 || !project_ring (map, lonlat, ring) || ring->len < 3)
            continue;
          area = fabs (ring_centroid (ring, &centre)) / 2;
          if (!source->hole && area > largest)
            {
              largest = area;
              place->centre = centre;
            }
          if (!ring_inside_box (ring, &map->box, &outside))
            {
              if (outside)
                continue;
              clip_to_box (ring, scratch, &map->box);
              if (ring->len < 3)
                continue;
            }
          g_array_append_vals (points, ring->data, ring->len);
          end = points->len;
          g_array_append_val (ends, end);
        }
    }
  if (ends->len == 0)
    return NULL;
  return parity_scene_add_shape (map->ctx->scene, PARITY_ROLE_MARK, g_steal_pointer (&points),
                                 g_steal_pointer (&ends), &parity_map_context_color,
                                 &map->ctx->theme->background, 0.35);
}

