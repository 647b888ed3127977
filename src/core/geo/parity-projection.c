/* parity-projection.c: Equal Earth and Lambert azimuthal equal-area on the unit sphere, and
 * the extents a map shows
 *
 * Both projections are equal-area, so a choropleth's coloured areas compare as the
 * economies' areas do. They are the published formulas, not PROJ: two projections on a
 * sphere are a page of code, where PROJ would bring its database and data files for nothing
 * a map here uses (DESIGN.md, "Dependencies and why"). tests/test-projection.c checks them
 * against values PROJ computed.
 *
 * Equal Earth: Šavrič, Patterson and Jenny, "The Equal Earth map projection", International
 * Journal of Geographical Information Science 33 (2019), with the coefficients and the
 * Newton iteration of its inverse as the paper and d3-geo's geoEqualEarth give them.
 * Lambert azimuthal equal-area: Snyder, "Map Projections: A Working Manual" (1987), the
 * spherical equations (24-2, 24-3, 24-13 to 24-16 and 20-14).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include <math.h>

#include "parity-projection.h"

/* Equal Earth's coefficients, and M = √3 / 2. */
#define EE_A1 1.340264
#define EE_A2 (-0.081106)
#define EE_A3 0.000893
#define EE_A4 0.003796
#define EE_M (0.86602540378443864676)
#define EE_ITERATIONS 12
#define EE_EPSILON 1e-12

/* How densely parity_map_extent_fit() samples an edge of a box, in degrees. */
#define FIT_STEP 0.25

static const ParityMapExtent extents[] = {
  /* The whole globe but Antarctica, as UN and World Bank maps draw it. */
  { "world", NULL, { PARITY_PROJECTION_EQUAL_EARTH, 0, 0 }, -180, -56, 180, 84 },
  /* M49 regions. Africa without the French Southern Territories and the British Indian
   * Ocean Territory; the Americas with Alaska, Greenland and Tierra del Fuego; Europe with
   * Russia to the Urals, Iceland and Cyprus' neighbours, without Svalbard or the Canaries;
   * Oceania across the antimeridian, from Australia to Pitcairn, without the sub-Antarctic
   * islands. */
  { "africa", "africa", { PARITY_PROJECTION_AZIMUTHAL, 16, 1 }, -26, -36, 58, 38 },
  { "americas", "americas", { PARITY_PROJECTION_AZIMUTHAL, -90, 14 }, -172, -56, -10, 84 },
  { "asia", "asia", { PARITY_PROJECTION_AZIMUTHAL, 85, 23 }, 24, -12, 147, 56 },
  { "europe", "europe", { PARITY_PROJECTION_AZIMUTHAL, 18, 53 }, -25, 34, 60, 72 },
  { "oceania", "oceania", { PARITY_PROJECTION_AZIMUTHAL, 170, -14 }, 110, -48, -125, 21 },
  /* ITU-D regions. Africa is sub-Saharan; Arab States run from Mauritania to Oman and the
   * Comoros; Asia-Pacific from Iran to Samoa and Kiribati's Line Islands; the CIS reaches
   * Chukotka across the antimeridian; Europe holds Israel and Turkey. */
  { "itu-africa", "itu-africa", { PARITY_PROJECTION_AZIMUTHAL, 16, -5 }, -26, -36, 58, 26 },
  { "itu-americas", "itu-americas", { PARITY_PROJECTION_AZIMUTHAL, -100, 14 },
    -172, -56, -30, 84 },
  { "itu-arab-states", "itu-arab-states", { PARITY_PROJECTION_AZIMUTHAL, 21, 13 },
    -18, -14, 60, 38 },
  { "itu-asia-pacific", "itu-asia-pacific", { PARITY_PROJECTION_AZIMUTHAL, 125, 3 },
    43, -48, -150, 54 },
  { "itu-cis", "itu-cis", { PARITY_PROJECTION_AZIMUTHAL, 100, 58 }, 19, 35, -168, 82 },
  { "itu-europe", "itu-europe", { PARITY_PROJECTION_AZIMUTHAL, 10, 51 }, -25, 29, 45, 72 },
};

/* @degrees in [-180, 180). */
static double
wrap_longitude (double degrees)
{
  double wrapped = fmod (degrees + 180, 360);

  if (wrapped < 0)
    wrapped += 360;
  return wrapped - 180;
}

/* dy/dθ of Equal Earth's y = θ (A1 + A2 θ² + A3 θ⁶ + A4 θ⁸), which x divides by. */
static double
equal_earth_slope (double theta)
{
  double t2 = theta * theta, t6 = t2 * t2 * t2;

  return EE_A1 + 3 * EE_A2 * t2 + t6 * (7 * EE_A3 + 9 * EE_A4 * t2);
}

static double
equal_earth_y (double theta)
{
  double t2 = theta * theta, t6 = t2 * t2 * t2;

  return theta * (EE_A1 + EE_A2 * t2 + t6 * (EE_A3 + EE_A4 * t2));
}

/* The projection of a point @lambda radians east of the central meridian, not wrapped:
 * parity_map_extent_fit() walks the world's edge from -π to π. */
static gboolean
project_relative (const ParityProjection *projection,
                  double                  lambda,
                  double                  phi,
                  double                 *x,
                  double                 *y)
{
  if (projection->kind == PARITY_PROJECTION_EQUAL_EARTH)
    {
      double theta = asin (EE_M * sin (phi));

      *x = lambda * cos (theta) / (EE_M * equal_earth_slope (theta));
      *y = equal_earth_y (theta);
      return TRUE;
    }
  else
    {
      double phi0 = projection->lat0 * G_PI / 180;
      double cos_c = sin (phi0) * sin (phi) + cos (phi0) * cos (phi) * cos (lambda);
      double k;

      if (cos_c < cos (PARITY_PROJECTION_AZIMUTHAL_MAX_DISTANCE * G_PI / 180))
        return FALSE;
      k = sqrt (2 / (1 + cos_c));
      *x = k * cos (phi) * sin (lambda);
      *y = k * (cos (phi0) * sin (phi) - sin (phi0) * cos (phi) * cos (lambda));
      return TRUE;
    }
}

gboolean
parity_projection_forward (const ParityProjection *projection,
                           double                  lon,
                           double                  lat,
                           double                 *x,
                           double                 *y)
{
  g_return_val_if_fail (projection != NULL, FALSE);
  g_return_val_if_fail (x != NULL && y != NULL, FALSE);

  if (!isfinite (lon) || !isfinite (lat) || fabs (lat) > 90)
    return FALSE;
  return project_relative (projection, wrap_longitude (lon - projection->lon0) * G_PI / 180,
                           lat * G_PI / 180, x, y);
}

/**
 * parity_projection_forward_relative:
 * @east: degrees east of the central meridian, not wrapped (past 180 on the far side)
 *
 * The projection of a point @east of the central meridian, with no wrapping: a ring that
 * crosses the antimeridian, its longitudes unwrapped, stays one ring on the plane, running
 * past the world's edge (which a map clips, and draws again from the other edge).
 */
gboolean
parity_projection_forward_relative (const ParityProjection *projection,
                                    double                  east,
                                    double                  lat,
                                    double                 *x,
                                    double                 *y)
{
  g_return_val_if_fail (projection != NULL, FALSE);
  g_return_val_if_fail (x != NULL && y != NULL, FALSE);

  if (!isfinite (east) || !isfinite (lat) || fabs (lat) > 90 || fabs (east) > 540)
    return FALSE;
  return project_relative (projection, east * G_PI / 180, lat * G_PI / 180, x, y);
}

/* Newton's method on y(θ), from θ = y, as the paper does. */
static gboolean
equal_earth_inverse (double  x,
                     double  y,
                     double *lambda,
                     double *phi)
{
  double theta = y;

  if (fabs (y) > equal_earth_y (G_PI / 3) + EE_EPSILON)
    return FALSE;
  for (guint i = 0; i < EE_ITERATIONS; i++)
    {
      double delta = (equal_earth_y (theta) - y) / equal_earth_slope (theta);

      theta -= delta;
      if (fabs (delta) < EE_EPSILON)
        break;
    }
  *lambda = EE_M * x * equal_earth_slope (theta) / cos (theta);
  *phi = asin (CLAMP (sin (theta) / EE_M, -1.0, 1.0));
  return fabs (*lambda) <= G_PI + EE_EPSILON;
}

static gboolean
azimuthal_inverse (double  phi0,
                   double  x,
                   double  y,
                   double *lambda,
                   double *phi)
{
  double rho = hypot (x, y);
  double c, sin_c, cos_c;

  if (rho > 2 * sin (PARITY_PROJECTION_AZIMUTHAL_MAX_DISTANCE * G_PI / 360) + EE_EPSILON)
    return FALSE;
  if (rho < EE_EPSILON)
    {
      *lambda = 0;
      *phi = phi0;
      return TRUE;
    }
  c = 2 * asin (rho / 2);
  sin_c = sin (c);
  cos_c = cos (c);
  *phi = asin (CLAMP (cos_c * sin (phi0) + y * sin_c * cos (phi0) / rho, -1.0, 1.0));
  *lambda = atan2 (x * sin_c, rho * cos (phi0) * cos_c - y * sin (phi0) * sin_c);
  return TRUE;
}

gboolean
parity_projection_inverse (const ParityProjection *projection,
                           double                  x,
                           double                  y,
                           double                 *lon,
                           double                 *lat)
{
  double lambda, phi;
  gboolean ok;

  g_return_val_if_fail (projection != NULL, FALSE);
  g_return_val_if_fail (lon != NULL && lat != NULL, FALSE);

  if (!isfinite (x) || !isfinite (y))
    return FALSE;
  if (projection->kind == PARITY_PROJECTION_EQUAL_EARTH)
    ok = equal_earth_inverse (x, y, &lambda, &phi);
  else
    ok = azimuthal_inverse (projection->lat0 * G_PI / 180, x, y, &lambda, &phi);
  if (!ok)
    return FALSE;
  *lon = wrap_longitude (projection->lon0 + lambda * 180 / G_PI);
  *lat = phi * 180 / G_PI;
  return TRUE;
}

const ParityMapExtent *
parity_map_extent_lookup (const char *id)
{
  g_return_val_if_fail (id != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (extents); i++)
    if (g_str_equal (extents[i].id, id))
      return &extents[i];
  return NULL;
}

char *
parity_map_extent_list (const char *separator)
{
  GString *list = g_string_new (NULL);

  g_return_val_if_fail (separator != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (extents); i++)
    g_string_append_printf (list, "%s%s", i > 0 ? separator : "", extents[i].id);
  return g_string_free (list, FALSE);
}

/* How far east the box runs from lon_min, in degrees: past 180 where it wraps. */
static double
extent_width (const ParityMapExtent *extent)
{
  double width = extent->lon_max - extent->lon_min;

  return width < 0 ? width + 360 : width;
}

gboolean
parity_map_extent_contains (const ParityMapExtent *extent,
                            double                 lon,
                            double                 lat)
{
  double east;

  g_return_val_if_fail (extent != NULL, FALSE);

  if (!(lat >= extent->lat_min && lat <= extent->lat_max) || !isfinite (lon))
    return FALSE;
  if (extent_width (extent) >= 360)
    return TRUE;
  /* Degrees east of the western edge, in [0, 360). */
  east = fmod (lon - extent->lon_min, 360);
  if (east < 0)
    east += 360;
  return east <= extent_width (extent);
}

typedef struct
{
  double x_min, y_min, x_max, y_max;
  gboolean any;
} Bounds;

/* Adds the projection of the segment from (@lon_a, @lat_a) to (@lon_b, @lat_b), degrees of
 * longitude relative to the central meridian and not wrapped, sampled every FIT_STEP. */
static void
bounds_add_edge (Bounds                 *bounds,
                 const ParityProjection *projection,
                 double                  lon_a,
                 double                  lat_a,
                 double                  lon_b,
                 double                  lat_b)
{
  guint n = (guint)ceil (MAX (fabs (lon_b - lon_a), fabs (lat_b - lat_a)) / FIT_STEP);

  for (guint i = 0; i <= n; i++)
    {
      double t = n > 0 ? (double)i / n : 0, x, y;

      if (!project_relative (projection, (lon_a + t * (lon_b - lon_a)) * G_PI / 180,
                             (lat_a + t * (lat_b - lat_a)) * G_PI / 180, &x, &y))
        continue;
      if (!bounds->any)
        {
          bounds->x_min = bounds->x_max = x;
          bounds->y_min = bounds->y_max = y;
          bounds->any = TRUE;
        }
      bounds->x_min = MIN (bounds->x_min, x);
      bounds->x_max = MAX (bounds->x_max, x);
      bounds->y_min = MIN (bounds->y_min, y);
      bounds->y_max = MAX (bounds->y_max, y);
    }
}

void
parity_map_extent_fit (const ParityMapExtent *extent,
                       double                *x_min,
                       double                *y_min,
                       double                *x_max,
                       double                *y_max)
{
  Bounds bounds = { 0, 0, 0, 0, FALSE };
  const ParityProjection *projection;
  double west, east;

  g_return_if_fail (extent != NULL);
  g_return_if_fail (x_min != NULL && y_min != NULL && x_max != NULL && y_max != NULL);

  /* The box's edges about the central meridian, unwrapped: the world's run from -180 to
   * 180, so Equal Earth's outline is both its sides. A box's image is bounded by the image
   * of its edges wherever the projection is continuous on it, which it is for every box
   * that does not hold the azimuthal projection's antipode. */
  projection = &extent->projection;
  west = wrap_longitude (extent->lon_min - projection->lon0);
  east = west + extent_width (extent);
  bounds_add_edge (&bounds, projection, west, extent->lat_min, east, extent->lat_min);
  bounds_add_edge (&bounds, projection, east, extent->lat_min, east, extent->lat_max);
  bounds_add_edge (&bounds, projection, east, extent->lat_max, west, extent->lat_max);
  bounds_add_edge (&bounds, projection, west, extent->lat_max, west, extent->lat_min);
  *x_min = bounds.x_min;
  *y_min = bounds.y_min;
  *x_max = bounds.x_max;
  *y_max = bounds.y_max;
}
