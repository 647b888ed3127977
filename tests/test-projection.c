/* test-projection.c: Equal Earth and Lambert azimuthal equal-area against PROJ's values, both
 * ways and equal in area, and the map extents: their groups, their fitted boxes, and the
 * economies and cities they show
 *
 * geo/projection-reference.tsv was computed by PROJ 9.1.1 (geo/make-projection-reference.sh);
 * geo/economy-points.tsv holds a point of each feature of the bundled boundaries
 * (geo/make-economy-points.py). Neither PROJ nor Python runs here.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "parity-economies.h"
#include "parity-projection.h"
#include "scene-test-util.h"

#define DEG (G_PI / 180)

/* The rows of a fixture of tab-separated columns, without its comment and header lines. */
static GPtrArray *
read_fixture (const char *name,
              guint       n_columns)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "geo", name, NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify)g_strfreev);

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (contents, "\n", -1);
  /* Line 0 says where the file comes from, line 1 names the columns. */
  g_assert_true (g_str_has_prefix (lines[0], "# "));
  for (guint i = 2; lines[i] != NULL; i++)
    {
      char **fields;

      if (*lines[i] == '\0')
        continue;
      fields = g_strsplit (lines[i], "\t", -1);
      g_assert_cmpuint (g_strv_length (fields), ==, n_columns);
      g_ptr_array_add (rows, fields);
    }
  g_assert_cmpuint (rows->len, >, 0);
  return rows;
}

static double
number (const char *text)
{
  char *end;
  double value = g_ascii_strtod (text, &end);

  g_assert_true (*text != '\0' && *end == '\0');
  return value;
}

/* Longitudes equal modulo 360. */
static void
assert_same_longitude (double a,
                       double b,
                       double tolerance)
{
  double d = fmod (fabs (a - b), 360);

  g_assert_cmpfloat (MIN (d, 360 - d), <, tolerance);
}

/* The angle between two points of the sphere, in degrees. */
static double
distance (double lon_a,
          double lat_a,
          double lon_b,
          double lat_b)
{
  double cos_c = sin (lat_a * DEG) * sin (lat_b * DEG) +
                 cos (lat_a * DEG) * cos (lat_b * DEG) * cos ((lon_b - lon_a) * DEG);

  return acos (CLAMP (cos_c, -1.0, 1.0)) / DEG;
}

static void
test_reference (void)
{
  g_autoptr(GPtrArray) rows = read_fixture ("projection-reference.tsv", 7);
  guint kinds[2] = { 0, 0 }, refused = 0;

  for (guint i = 0; i < rows->len; i++)
    {
      char **f = rows->pdata[i];
      gboolean eqearth = g_str_equal (f[0], "eqearth");
      ParityProjection projection = {
        eqearth ? PARITY_PROJECTION_EQUAL_EARTH : PARITY_PROJECTION_AZIMUTHAL,
        number (f[1]), number (f[2])
      };
      double lon = number (f[3]), lat = number (f[4]), x, y, back_lon, back_lat;

      g_assert_true (eqearth || g_str_equal (f[0], "laea"));
      kinds[eqearth]++;
      /* PROJ draws all but the antipode; Parity leaves out the cap about it. */
      if (!eqearth && distance (projection.lon0, projection.lat0, lon, lat) >
                      PARITY_PROJECTION_AZIMUTHAL_MAX_DISTANCE)
        {
          g_assert_false (parity_projection_forward (&projection, lon, lat, &x, &y));
          refused++;
          continue;
        }
      g_assert_true (parity_projection_forward (&projection, lon, lat, &x, &y));
      g_assert_cmpfloat_with_epsilon (x, number (f[5]), 1e-9);
      g_assert_cmpfloat_with_epsilon (y, number (f[6]), 1e-9);
      g_assert_true (parity_projection_inverse (&projection, number (f[5]), number (f[6]),
                                                &back_lon, &back_lat));
      assert_same_longitude (back_lon, lon, 1e-9);
      g_assert_cmpfloat_with_epsilon (back_lat, lat, 1e-9);
    }
  g_assert_cmpuint (kinds[0], >=, 20);
  g_assert_cmpuint (kinds[1], >=, 20);
  g_assert_cmpuint (refused, >, 0);
}

static void
test_equal_earth (void)
{
  ParityProjection world = { PARITY_PROJECTION_EQUAL_EARTH, 0, 0 };
  ParityProjection pacific = { PARITY_PROJECTION_EQUAL_EARTH, 160, 0 };
  double x, y, x2, y2, lon, lat;

  g_assert_true (parity_projection_forward (&world, 0, 0, &x, &y));
  g_assert_cmpfloat (fabs (x), <, 1e-15);
  g_assert_cmpfloat (fabs (y), <, 1e-15);
  /* The equator's ends: x = π / (M A1), with M = √3 / 2. */
  g_assert_true (parity_projection_forward (&world, -180, 0, &x, &y));
  g_assert_cmpfloat_with_epsilon (x, -G_PI / (sqrt (3) / 2 * 1.340264), 1e-12);
  /* North is up, east is right. */
  g_assert_true (parity_projection_forward (&world, 30, 45, &x, &y));
  g_assert_cmpfloat (x, >, 0);
  g_assert_cmpfloat (y, >, 0);

  /* Longitudes are wrapped about the central meridian: 190° east of it is 170° west. */
  g_assert_true (parity_projection_forward (&pacific, -10, 20, &x, &y));
  g_assert_true (parity_projection_forward (&pacific, 350, 20, &x2, &y2));
  g_assert_cmpfloat_with_epsilon (x, x2, 1e-12);
  g_assert_true (parity_projection_forward (&pacific, -170, 20, &x, &y));
  g_assert_cmpfloat_with_epsilon (x, -x2 * 30 / 170, 1e-12);
  g_assert_true (parity_projection_inverse (&pacific, x, y, &lon, &lat));
  g_assert_cmpfloat_with_epsilon (lon, -170, 1e-9);

  /* Beyond the outline, and what is no point at all. */
  g_assert_false (parity_projection_inverse (&world, 2.8, 0, &lon, &lat));
  g_assert_false (parity_projection_inverse (&world, 0, 1.4, &lon, &lat));
  g_assert_false (parity_projection_inverse (&world, 2.0, 1.2, &lon, &lat));
  g_assert_false (parity_projection_forward (&world, 0, 91, &x, &y));
  g_assert_false (parity_projection_forward (&world, NAN, 0, &x, &y));
}

static const ParityProjection round_trip_projections[] = {
  { PARITY_PROJECTION_EQUAL_EARTH, 0, 0 },
  { PARITY_PROJECTION_EQUAL_EARTH, 160, 0 },
  { PARITY_PROJECTION_EQUAL_EARTH, -90, 0 },
  { PARITY_PROJECTION_AZIMUTHAL, 16, 1 },
  { PARITY_PROJECTION_AZIMUTHAL, -90, 14 },
  { PARITY_PROJECTION_AZIMUTHAL, 170, -14 },
  { PARITY_PROJECTION_AZIMUTHAL, 0, 90 },
  { PARITY_PROJECTION_AZIMUTHAL, 0, -90 },
};

static void
test_round_trip (void)
{
  for (guint p = 0; p < G_N_ELEMENTS (round_trip_projections); p++)
    {
      const ParityProjection *projection = &round_trip_projections[p];
      guint drawn = 0, refused = 0;

      for (double lat = -89.5; lat < 90; lat += 3.5)
        for (double lon = -179.25; lon < 180; lon += 4.5)
          {
            double x, y, back_lon, back_lat;

            if (!parity_projection_forward (projection, lon, lat, &x, &y))
              {
                g_assert_true (projection->kind == PARITY_PROJECTION_AZIMUTHAL);
                refused++;
                continue;
              }
            drawn++;
            g_assert_true (parity_projection_inverse (projection, x, y, &back_lon, &back_lat));
            g_assert_cmpfloat_with_epsilon (back_lat, lat, 1e-9);
            /* At a pole every longitude is the same point. */
            if (fabs (lat) < 89)
              assert_same_longitude (back_lon, lon, 1e-9);
          }
      g_assert_cmpuint (drawn, >, 3000);
      /* The azimuthal map leaves out the cap about the antipode, 10° across. */
      if (projection->kind == PARITY_PROJECTION_AZIMUTHAL)
        g_assert_cmpuint (refused, >, 0);
    }
}

/* The plane's area of the image of a cell @size degrees square at (@lon, @lat), by the
 * shoelace formula over its edges sampled. */
static double
projected_area (const ParityProjection *projection,
                double                  lon,
                double                  lat,
                double                  size)
{
  const guint n = 8;
  double corners[4][2] = { { lon, lat }, { lon + size, lat }, { lon + size, lat + size },
                           { lon, lat + size } };
  double area = 0, x0 = 0, y0 = 0, px = 0, py = 0;

  for (guint side = 0; side < 4; side++)
    for (guint k = 0; k < n; k++)
      {
        const double *a = corners[side], *b = corners[(side + 1) % 4];
        double t = (double)k / n, x, y;

        g_assert_true (parity_projection_forward (projection, a[0] + t * (b[0] - a[0]),
                                                  a[1] + t * (b[1] - a[1]), &x, &y));
        if (side == 0 && k == 0)
          x0 = x, y0 = y;
        else
          area += px * y - x * py;
        px = x, py = y;
      }
  area += px * y0 - x0 * py;
  return fabs (area) / 2;
}

static void
test_equal_area (void)
{
  static const double places[][2] = {
    { 0, 0 }, { 30, 45 }, { -120, -60 }, { 170, 75 }, { -60, 10 }, { 95, -33 }, { 179, 5 },
  };
  const double size = 0.05;

  for (guint p = 0; p < G_N_ELEMENTS (round_trip_projections); p++)
    for (guint i = 0; i < G_N_ELEMENTS (places); i++)
      {
        const ParityProjection *projection = &round_trip_projections[p];
        double lon = places[i][0], lat = places[i][1], x, y;
        double sphere = size * DEG * (sin ((lat + size) * DEG) - sin (lat * DEG));

        /* A cell too near the azimuthal map's edge is not drawn whole. */
        if (!parity_projection_forward (projection, lon, lat, &x, &y) || hypot (x, y) > 1.95)
          continue;
        g_assert_cmpfloat_with_epsilon (projected_area (projection, lon, lat, size) / sphere,
                                        1, 1e-6);
      }
}

static void
test_azimuthal (void)
{
  ParityProjection africa = { PARITY_PROJECTION_AZIMUTHAL, 16, 1 };
  double x, y, lon, lat;

  /* The centre is the origin, and the origin the centre. */
  g_assert_true (parity_projection_forward (&africa, 16, 1, &x, &y));
  g_assert_cmpfloat (hypot (x, y), <, 1e-15);
  g_assert_true (parity_projection_inverse (&africa, 0, 0, &lon, &lat));
  g_assert_cmpfloat_with_epsilon (lon, 16, 1e-12);
  g_assert_cmpfloat_with_epsilon (lat, 1, 1e-12);
  /* A point 90° due south of the centre is √2 below it. */
  g_assert_true (parity_projection_forward (&africa, 16, -89, &x, &y));
  g_assert_cmpfloat_with_epsilon (hypot (x, y), 2 * sin (45 * DEG), 1e-12);
  g_assert_cmpfloat (y, <, 0);

  /* The antipode and the cap about it are refused, the rest drawn. */
  g_assert_false (parity_projection_forward (&africa, -164, -1, &x, &y));
  g_assert_false (parity_projection_forward (&africa, -164, 4, &x, &y));
  g_assert_true (parity_projection_forward (&africa, -164, 20, &x, &y));
  g_assert_false (parity_projection_inverse (&africa, 0, 1.999, &lon, &lat));
  g_assert_false (parity_projection_inverse (&africa, 3, 0, &lon, &lat));
}

typedef struct
{
  const char *extent;
  const char *city;
  double      lon, lat;
  gboolean    shown;
} City;

static const City cities[] = {
  { "world", "Ushuaia", -68.30, -54.80, TRUE },
  { "world", "Longyearbyen", 15.63, 78.22, TRUE },
  { "world", "McMurdo Station", 166.67, -77.85, FALSE },
  { "africa", "Nairobi", 36.82, -1.29, TRUE },
  { "africa", "Cape Town", 18.42, -33.92, TRUE },
  { "africa", "Praia", -23.51, 14.93, TRUE },
  { "africa", "Paris", 2.35, 48.86, FALSE },
  { "americas", "Anchorage", -149.90, 61.22, TRUE },
  { "americas", "Honolulu", -157.86, 21.31, TRUE },
  { "americas", "Nuuk", -51.72, 64.18, TRUE },
  { "americas", "Ushuaia", -68.30, -54.80, TRUE },
  { "americas", "Lisbon", -9.14, 38.72, FALSE },
  { "asia", "Tokyo", 139.69, 35.69, TRUE },
  { "asia", "Jakarta", 106.85, -6.21, TRUE },
  { "asia", "Nicosia", 33.36, 35.17, TRUE },
  { "asia", "Astana", 71.43, 51.13, TRUE },
  { "asia", "Darwin", 130.84, -12.46, FALSE },
  { "europe", "Reykjavík", -21.94, 64.15, TRUE },
  { "europe", "Moscow", 37.62, 55.76, TRUE },
  { "europe", "Valletta", 14.51, 35.90, TRUE },
  { "europe", "Vladivostok", 131.89, 43.12, FALSE },
  { "europe", "Las Palmas", -15.42, 28.12, FALSE },
  { "oceania", "Perth", 115.86, -31.95, TRUE },
  { "oceania", "Suva", 178.44, -18.14, TRUE },
  { "oceania", "Apia", -171.76, -13.83, TRUE },
  { "oceania", "Papeete", -149.57, -17.54, TRUE },
  { "oceania", "Hagåtña", 144.75, 13.47, TRUE },
  { "oceania", "Santiago", -70.67, -33.45, FALSE },
  { "oceania", "Honolulu", -157.86, 21.31, FALSE },
  { "itu-africa", "Antananarivo", 47.52, -18.88, TRUE },
  { "itu-africa", "Bamako", -8.00, 12.64, TRUE },
  { "itu-africa", "Cairo", 31.24, 30.04, FALSE },
  { "itu-americas", "Ottawa", -75.70, 45.42, TRUE },
  { "itu-americas", "Buenos Aires", -58.38, -34.60, TRUE },
  { "itu-arab-states", "Nouakchott", -15.98, 18.08, TRUE },
  { "itu-arab-states", "Muscat", 58.41, 23.59, TRUE },
  { "itu-arab-states", "Moroni", 43.26, -11.70, TRUE },
  { "itu-asia-pacific", "Tehran", 51.39, 35.69, TRUE },
  { "itu-asia-pacific", "Apia", -171.76, -13.83, TRUE },
  { "itu-asia-pacific", "Wellington", 174.78, -41.29, TRUE },
  { "itu-asia-pacific", "Moscow", 37.62, 55.76, FALSE },
  { "itu-cis", "Anadyr", 177.51, 64.73, TRUE },
  { "itu-cis", "Chișinău", 28.86, 47.01, TRUE },
  { "itu-cis", "Ashgabat", 58.38, 37.95, TRUE },
  { "itu-cis", "Kaliningrad", 20.45, 54.71, TRUE },
  { "itu-cis", "Berlin", 13.40, 52.52, FALSE },
  { "itu-europe", "Jerusalem", 35.21, 31.77, TRUE },
  { "itu-europe", "Ankara", 32.85, 39.93, TRUE },
  { "itu-europe", "Tromsø", 18.96, 69.65, TRUE },
  { "itu-europe", "Tbilisi", 44.79, 41.72, TRUE },
  { "itu-europe", "Tashkent", 69.24, 41.30, FALSE },
};

/* Whether (@lon, @lat) is drawn inside @extent's fitted box. */
static gboolean
inside_fit (const ParityMapExtent *extent,
            double                 lon,
            double                 lat)
{
  double x_min, y_min, x_max, y_max, x, y;

  parity_map_extent_fit (extent, &x_min, &y_min, &x_max, &y_max);
  return parity_projection_forward (&extent->projection, lon, lat, &x, &y) &&
         x >= x_min && x <= x_max && y >= y_min && y <= y_max;
}

static void
test_extents (void)
{
  ParityClassification *classification = scene_test_classification ();
  g_autofree char *list = parity_map_extent_list (", ");
  g_auto(GStrv) ids = g_strsplit (list, ", ", -1);
  const ParityMapExtent *world = parity_map_extent_lookup ("world");

  g_assert_cmpstr (list, ==, "world, africa, americas, asia, europe, oceania, itu-africa, "
                   "itu-americas, itu-arab-states, itu-asia-pacific, itu-cis, itu-europe");
  g_assert_null (parity_map_extent_lookup ("mars"));
  g_assert_null (parity_map_extent_lookup ("World"));

  for (guint i = 0; ids[i] != NULL; i++)
    {
      const ParityMapExtent *extent = parity_map_extent_lookup (ids[i]);
      double x_min, y_min, x_max, y_max, x, y;

      g_assert_nonnull (extent);
      g_assert_cmpstr (extent->id, ==, ids[i]);
      if (extent == world)
        {
          g_assert_null (extent->group);
          g_assert_true (extent->projection.kind == PARITY_PROJECTION_EQUAL_EARTH);
        }
      else
        {
          g_assert_true (parity_classification_has_group (classification, extent->group));
          g_assert_true (extent->projection.kind == PARITY_PROJECTION_AZIMUTHAL);
          /* The centre is inside the box it is the centre of. */
          g_assert_true (parity_map_extent_contains (extent, extent->projection.lon0,
                                                     extent->projection.lat0));
        }
      parity_map_extent_fit (extent, &x_min, &y_min, &x_max, &y_max);
      g_assert_true (isfinite (x_min) && isfinite (y_min) && isfinite (x_max) &&
                     isfinite (y_max));
      g_assert_cmpfloat (x_max - x_min, >, 0.1);
      g_assert_cmpfloat (y_max - y_min, >, 0.1);
      /* The box's corners are inside the fitted box, and its middle too. */
      g_assert_true (inside_fit (extent, extent->lon_min, extent->lat_min));
      g_assert_true (inside_fit (extent, extent->lon_max, extent->lat_max));
      g_assert_true (parity_projection_forward (&extent->projection, extent->projection.lon0,
                                                extent->projection.lat0, &x, &y));
      g_assert_true (x > x_min && x < x_max && y > y_min && y < y_max);
    }

  /* The world's fitted box is Equal Earth's outline: the equator's ends, and the
   * parallels at the box's edges in the middle. */
  {
    double x_min, y_min, x_max, y_max, x, y;

    parity_map_extent_fit (world, &x_min, &y_min, &x_max, &y_max);
    g_assert_cmpfloat_with_epsilon (x_max, G_PI / (sqrt (3) / 2 * 1.340264), 1e-12);
    g_assert_cmpfloat_with_epsilon (x_min, -x_max, 1e-12);
    g_assert_true (parity_projection_forward (&world->projection, 0, 84, &x, &y));
    g_assert_cmpfloat_with_epsilon (y_max, y, 1e-12);
    g_assert_true (parity_projection_forward (&world->projection, 0, -56, &x, &y));
    g_assert_cmpfloat_with_epsilon (y_min, y, 1e-12);
  }
}

static void
test_antimeridian (void)
{
  const ParityMapExtent *oceania = parity_map_extent_lookup ("oceania");
  const ParityMapExtent *africa = parity_map_extent_lookup ("africa");
  double x_min, y_min, x_max, y_max, x, y;

  /* Oceania's box runs east from lon_min across 180 to lon_max. */
  g_assert_cmpfloat (oceania->lon_min, >, oceania->lon_max);
  g_assert_true (parity_map_extent_contains (oceania, 180, 0));
  g_assert_true (parity_map_extent_contains (oceania, -180, 0));
  g_assert_true (parity_map_extent_contains (oceania, 540, 0));
  g_assert_true (parity_map_extent_contains (oceania, oceania->lon_min, 0));
  g_assert_true (parity_map_extent_contains (oceania, oceania->lon_max, 0));
  g_assert_false (parity_map_extent_contains (oceania, 0, 0));
  g_assert_false (parity_map_extent_contains (oceania, oceania->lon_min - 1, 0));
  g_assert_false (parity_map_extent_contains (oceania, oceania->lon_max + 1, 0));
  g_assert_false (parity_map_extent_contains (oceania, 180, oceania->lat_max + 1));
  g_assert_true (parity_map_extent_contains (africa, 0, 0));
  g_assert_false (parity_map_extent_contains (africa, 180, 0));

  /* Its fitted box spans both sides: Perth on the left, Pitcairn on the right. */
  parity_map_extent_fit (oceania, &x_min, &y_min, &x_max, &y_max);
  g_assert_true (parity_projection_forward (&oceania->projection, 115.86, -31.95, &x, &y));
  g_assert_cmpfloat (x, <, 0);
  g_assert_cmpfloat (x, >, x_min);
  g_assert_true (parity_projection_forward (&oceania->projection, -130.1, -25.07, &x, &y));
  g_assert_cmpfloat (x, >, 0);
  g_assert_cmpfloat (x, <, x_max);
  g_assert_cmpfloat (x_max - x_min, >, 1.5);
}

static void
test_cities (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (cities); i++)
    {
      const City *city = &cities[i];
      const ParityMapExtent *extent = parity_map_extent_lookup (city->extent);

      g_test_message ("%s in %s", city->city, city->extent);
      g_assert_nonnull (extent);
      g_assert_cmpint (parity_map_extent_contains (extent, city->lon, city->lat), ==,
                       city->shown);
      if (city->shown)
        g_assert_true (inside_fit (extent, city->lon, city->lat));
    }
}

/* Economies whose representative point (of their largest polygon) is outside their
 * extents' boxes on purpose: the boxes leave out remote parts and Siberia. */
static const char * const left_out[][2] = {
  { "world", "ATA" },    /* Antarctica, which world maps leave out */
  { "africa", "ATF" },   /* the French Southern Territories' Kerguelen */
  { "africa", "IOT" },   /* the British Indian Ocean Territory */
  { "europe", "RUS" },   /* Russia's largest polygon reaches the Pacific */
  { "oceania", "HMD" },  /* Heard and McDonald Islands */
};

static gboolean
is_left_out (const char *extent,
             const char *alpha3)
{
  for (guint i = 0; i < G_N_ELEMENTS (left_out); i++)
    if (g_str_equal (left_out[i][0], extent) && g_str_equal (left_out[i][1], alpha3))
      return TRUE;
  return FALSE;
}

static void
test_economies (void)
{
  ParityClassification *classification = scene_test_classification ();
  g_autoptr(GPtrArray) points = read_fixture ("economy-points.tsv", 3);
  g_autofree char *list = parity_map_extent_list ("\n");
  g_auto(GStrv) ids = g_strsplit (list, "\n", -1);

  for (guint i = 0; ids[i] != NULL; i++)
    {
      const ParityMapExtent *extent = parity_map_extent_lookup (ids[i]);
      guint shown = 0, left = 0;

      for (guint k = 0; k < points->len; k++)
        {
          char **f = points->pdata[k];
          const ParityEconomy *economy = parity_classification_lookup (classification, f[0]);
          double lon = number (f[1]), lat = number (f[2]);

          if (extent->group != NULL &&
              (economy == NULL || !parity_economy_in_group (economy, extent->group)))
            continue;
          if (is_left_out (extent->id, f[0]))
            {
              g_assert_false (parity_map_extent_contains (extent, lon, lat));
              left++;
              continue;
            }
          g_test_message ("%s in %s", f[0], extent->id);
          g_assert_true (parity_map_extent_contains (extent, lon, lat));
          g_assert_true (inside_fit (extent, lon, lat));
          shown++;
        }
      g_assert_cmpuint (shown, >=, 10);
      /* Every exception is used. */
      for (guint k = 0; k < G_N_ELEMENTS (left_out); k++)
        if (g_str_equal (left_out[k][0], extent->id))
          left--;
      g_assert_cmpuint (left, ==, 0);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/projection/reference", test_reference);
  g_test_add_func ("/projection/equal-earth", test_equal_earth);
  g_test_add_func ("/projection/azimuthal", test_azimuthal);
  g_test_add_func ("/projection/round-trip", test_round_trip);
  g_test_add_func ("/projection/equal-area", test_equal_area);
  g_test_add_func ("/projection/extents", test_extents);
  g_test_add_func ("/projection/antimeridian", test_antimeridian);
  g_test_add_func ("/projection/cities", test_cities);
  g_test_add_func ("/projection/economies", test_economies);
  return g_test_run ();
}
