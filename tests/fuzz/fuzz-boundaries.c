/* fuzz-boundaries.c: libFuzzer harness, any bytes → boundary file reader → every point
 *
 * The reader of TopoJSON and GeoJSON boundary files is fed any bytes; what loads is walked
 * feature by feature, ring by ring and point by point, and checked against what the header
 * promises: every code a valid id and found again by lookup, rings within the points array
 * and of three points or more, coordinates finite and on the globe, areas within [0, 4π].
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>
#include <stdint.h>

#include "parity-boundaries.h"
#include "parity-id.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static void
check_feature (const ParityBoundaries *boundaries,
               const ParityFeature    *feature,
               guint                   n_points)
{
  const ParityLonLat *points = parity_boundaries_get_points (boundaries);

  g_assert (parity_id_is_valid (feature->code));
  g_assert (parity_boundaries_lookup (boundaries, feature->code) == feature);
  g_assert (feature->n_rings > 0);
  g_assert (feature->area >= 0 && feature->area <= 4 * G_PI);
  g_assert (feature->lat_min <= feature->lat_max);
  g_assert (fabs (feature->lon_min) <= 180 && fabs (feature->lon_max) <= 180);
  for (guint r = 0; r < feature->n_rings; r++)
    {
      const ParityRing *ring = parity_boundaries_get_ring (boundaries, feature->first_ring + r);

      g_assert (ring->n_points >= 3);
      g_assert (ring->first <= n_points && ring->n_points <= n_points - ring->first);
      for (guint p = ring->first; p < ring->first + ring->n_points; p++)
        {
          g_assert (isfinite (points[p].lon) && isfinite (points[p].lat));
          g_assert (fabs (points[p].lon) <= 180 && fabs (points[p].lat) <= 90);
          g_assert (points[p].lat >= feature->lat_min && points[p].lat <= feature->lat_max);
        }
    }
  g_assert (!parity_boundaries_get_ring (boundaries, feature->first_ring)->hole);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(ParityBoundaries) boundaries = parity_boundaries_load_bytes (bytes, "fuzz.json",
                                                                        &error);
  guint n_points = 0, next_ring = 0;

  if (boundaries == NULL)
    {
      g_assert (error != NULL && error->message != NULL);
      return 0;
    }
  g_assert (error == NULL);
  g_assert (parity_boundaries_get_n_features (boundaries) > 0);
  /* The rings follow one another, so the points end where the last ring does. */
  for (guint i = 0; i < parity_boundaries_get_n_features (boundaries); i++)
    {
      const ParityFeature *feature = parity_boundaries_get_feature (boundaries, i);

      g_assert (feature->first_ring == next_ring);
      next_ring += feature->n_rings;
    }
  if (next_ring > 0)
    {
      const ParityRing *last = parity_boundaries_get_ring (boundaries, next_ring - 1);

      n_points = last->first + last->n_points;
    }
  for (guint i = 0; i < parity_boundaries_get_n_features (boundaries); i++)
    check_feature (boundaries, parity_boundaries_get_feature (boundaries, i), n_points);
  return 0;
}
