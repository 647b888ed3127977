/* parity-boundaries-read.c: a boundary file's JSON tree walked into rings and features
 *
 * TopoJSON's arcs are decoded once (delta-encoded and quantized under a transform), then
 * each ring is stitched from them, the point two arcs share kept once; GeoJSON's rings are
 * read as they are. Polygons are told apart from holes by their place (a polygon's first
 * ring is its exterior), never by winding, since TopoJSON and GeoJSON wind the other way from
 * each other and files follow neither reliably. Every error names the JSON path.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "parity-boundaries-private.h"
#include "parity-economies.h"
#include "parity-escape.h"
#include "parity-id.h"

/* Limits of our own, beside the header's: TopoJSON's shared arcs, and one ring's points. */
#define MAX_ARCS        (1024 * 1024)
#define MAX_RING_POINTS (1024 * 1024)
/* How far past ±180° and ±90° a coordinate may stray (rounding of quantized files). */
#define COORD_EPSILON   1e-6

typedef ParityBoundariesReader Reader;
typedef ParityReadRing ReadRing;
typedef ParityReadArc Arc;

static void
feature_free (gpointer data)
{
  ParityFeature *feature = data;

  g_free (feature->code);
  g_free (feature->name);
  g_free (feature);
}

void
_parity_boundaries_reader_init (ParityBoundariesReader *r,
                                const char             *file,
                                GError                **error)
{
  memset (r, 0, sizeof *r);
  _parity_json_reader_init (&r->json, file, error);
  r->arc_points = g_array_new (FALSE, FALSE, sizeof (ParityLonLat));
  r->arcs = g_array_new (FALSE, FALSE, sizeof (Arc));
  r->ring = g_array_new (FALSE, FALSE, sizeof (ParityLonLat));
  r->points = g_array_new (FALSE, FALSE, sizeof (ParityLonLat));
  r->rings = g_array_new (FALSE, FALSE, sizeof (ReadRing));
  r->features = g_ptr_array_new_with_free_func (feature_free);
  r->codes = g_hash_table_new (g_str_hash, g_str_equal);
}

void
_parity_boundaries_reader_clear (ParityBoundariesReader *r)
{
  _parity_json_reader_clear (&r->json);
  g_clear_pointer (&r->arc_points, g_array_unref);
  g_clear_pointer (&r->arcs, g_array_unref);
  g_clear_pointer (&r->ring, g_array_unref);
  g_clear_pointer (&r->points, g_array_unref);
  g_clear_pointer (&r->rings, g_array_unref);
  g_clear_pointer (&r->codes, g_hash_table_unref);
  g_clear_pointer (&r->features, g_ptr_array_unref);
}

static gboolean
fail (Reader     *r,
      const char *format,
      ...) G_GNUC_PRINTF (2, 3);

static gboolean
fail (Reader     *r,
      const char *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  return _parity_json_reader_fail (&r->json, "%s", message);
}

/* The array a node holds, or an error at the reader's path. */
static JsonArray *
expect_array (Reader   *r,
              JsonNode *node)
{
  if (node != NULL && JSON_NODE_HOLDS_ARRAY (node))
    return json_node_get_array (node);
  /* Translators: %s says what was found instead: "an object", "a number"… */
  fail (r, _("expected an array, found %s"), _parity_json_node_describe (node));
  return NULL;
}

/* A member's string, or NULL when it is absent or not a string. */
static const char *
string_member (JsonObject *object,
               const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  return node != NULL && JSON_NODE_HOLDS_VALUE (node) &&
         json_node_get_value_type (node) == G_TYPE_STRING ? json_node_get_string (node) : NULL;
}

static gboolean
read_number (Reader   *r,
             JsonNode *node,
             double   *out)
{
  GType type = node != NULL && JSON_NODE_HOLDS_VALUE (node)
               ? json_node_get_value_type (node) : G_TYPE_INVALID;

  if (type != G_TYPE_INT64 && type != G_TYPE_DOUBLE)
    /* Translators: %s says what was found instead: "a string", "null"… */
    return fail (r, _("expected a number, found %s"), _parity_json_node_describe (node));
  *out = json_node_get_double (node);
  if (!isfinite (*out))
    return fail (r, _("the number is too large"));
  return TRUE;
}

/* Two finite numbers: a position's first two, or a transform's scale or translate. */
static gboolean
read_pair (Reader   *r,
           JsonNode *node,
           double   *x,
           double   *y)
{
  JsonArray *array = expect_array (r, node);
  gsize mark;
  gboolean ok;

  if (array == NULL)
    return FALSE;
  if (json_array_get_length (array) < 2)
    return fail (r, _("expected at least two numbers"));
  mark = _parity_json_reader_push_index (&r->json, 0);
  ok = read_number (r, json_array_get_element (array, 0), x);
  _parity_json_reader_pop (&r->json, mark);
  if (!ok)
    return FALSE;
  mark = _parity_json_reader_push_index (&r->json, 1);
  ok = read_number (r, json_array_get_element (array, 1), y);
  _parity_json_reader_pop (&r->json, mark);
  return ok;
}

static gboolean
check_lon_lat (Reader       *r,
               ParityLonLat *p)
{
  if (p->lon < -180 - COORD_EPSILON || p->lon > 180 + COORD_EPSILON)
    /* Translators: %g is the longitude found, in degrees. */
    return fail (r, _("longitude %g is outside [-180, 180]"), p->lon);
  if (p->lat < -90 - COORD_EPSILON || p->lat > 90 + COORD_EPSILON)
    /* Translators: %g is the latitude found, in degrees. */
    return fail (r, _("latitude %g is outside [-90, 90]"), p->lat);
  p->lon = CLAMP (p->lon, -180, 180);
  p->lat = CLAMP (p->lat, -90, 90);
  return TRUE;
}

static gboolean
count_points (Reader *r,
              gsize   n)
{
  r->n_visited += n;
  if (r->n_visited > PARITY_BOUNDARIES_MAX_POINTS)
    /* Translators: %d is the most points a boundary file may hold. */
    return fail (r, _("more than %d points in all"), PARITY_BOUNDARIES_MAX_POINTS);
  if (r->ring->len + n > MAX_RING_POINTS)
    /* Translators: %d is the most points one ring may have. */
    return fail (r, _("a ring of more than %d points"), MAX_RING_POINTS);
  return TRUE;
}

/* TopoJSON's arcs, decoded once: delta-encoded and quantized when there is a transform. */
static gboolean
read_arcs (Reader     *r,
           JsonObject *topology)
{
  JsonObject *transform = NULL;
  JsonArray *arcs = NULL;
  double sx = 1, sy = 1, tx = 0, ty = 0;
  gsize mark;
  guint n;

  if (!_parity_json_reader_member_object (&r->json, topology, "transform", FALSE, &transform) ||
      !_parity_json_reader_array (&r->json, topology, "arcs", TRUE, &arcs))
    return FALSE;
  if (transform != NULL)
    {
      gboolean ok;

      mark = _parity_json_reader_push_member (&r->json, "transform");
      ok = json_object_has_member (transform, "scale") &&
           json_object_has_member (transform, "translate");
      if (!ok)
        fail (r, _("a transform needs \"scale\" and \"translate\""));
      else
        {
          gsize inner = _parity_json_reader_push_member (&r->json, "scale");

          ok = read_pair (r, json_object_get_member (transform, "scale"), &sx, &sy);
          _parity_json_reader_pop (&r->json, inner);
          inner = _parity_json_reader_push_member (&r->json, "translate");
          ok = ok && read_pair (r, json_object_get_member (transform, "translate"), &tx, &ty);
          _parity_json_reader_pop (&r->json, inner);
        }
      _parity_json_reader_pop (&r->json, mark);
      if (!ok)
        return FALSE;
    }

  n = json_array_get_length (arcs);
  mark = _parity_json_reader_push_member (&r->json, "arcs");
  if (n > MAX_ARCS)
    {
      /* Translators: the number of arcs found, then the most a file may hold. */
      fail (r, _("%u arcs, more than the %d a boundary file may hold"), n, MAX_ARCS);
      _parity_json_reader_pop (&r->json, mark);
      return FALSE;
    }
  for (guint i = 0; i < n; i++)
    {
      gsize arc_mark = _parity_json_reader_push_index (&r->json, i);
      JsonArray *positions = expect_array (r, json_array_get_element (arcs, i));
      Arc arc = { r->arc_points->len, 0 };
      double x = 0, y = 0;

      if (positions != NULL && json_array_get_length (positions) == 0)
        fail (r, _("an arc needs at least one position"));
      arc.n_points = positions != NULL ? json_array_get_length (positions) : 0;
      if (arc.n_points > 0 && r->arc_points->len + (gsize)arc.n_points >
          PARITY_BOUNDARIES_MAX_POINTS)
        fail (r, _("more than %d points in all"), PARITY_BOUNDARIES_MAX_POINTS);
      for (guint j = 0; j < arc.n_points && *r->json.error == NULL; j++)
        {
          gsize point_mark = _parity_json_reader_push_index (&r->json, j);
          ParityLonLat p;
          double dx, dy;

          if (read_pair (r, json_array_get_element (positions, j), &dx, &dy))
            {
              x = transform != NULL ? x + dx : dx;
              y = transform != NULL ? y + dy : dy;
              p.lon = x * sx + tx;
              p.lat = y * sy + ty;
              if (!isfinite (p.lon) || !isfinite (p.lat))
                fail (r, _("the number is too large"));
              else if (check_lon_lat (r, &p))
                g_array_append_val (r->arc_points, p);
            }
          _parity_json_reader_pop (&r->json, point_mark);
        }
      _parity_json_reader_pop (&r->json, arc_mark);
      if (*r->json.error != NULL)
        break;
      g_array_append_val (r->arcs, arc);
    }
  _parity_json_reader_pop (&r->json, mark);
  return *r->json.error == NULL;
}

/* Rings are built point by point: repeats of the point before are dropped (and so the point
 * each TopoJSON arc shares with the one before). */
static void
ring_add (Reader             *r,
          const ParityLonLat *p)
{
  if (r->ring->len > 0)
    {
      const ParityLonLat *last = &g_array_index (r->ring, ParityLonLat, r->ring->len - 1);

      if (last->lon == p->lon && last->lat == p->lat)
        return;
    }
  g_array_append_val (r->ring, *p);
}

static gboolean
read_ring_arcs (Reader    *r,
                JsonArray *indexes)
{
  guint n = json_array_get_length (indexes);

  for (guint i = 0; i < n; i++)
    {
      JsonNode *node = json_array_get_element (indexes, i);
      gsize mark = _parity_json_reader_push_index (&r->json, i);
      gint64 index;
      const Arc *arc;
      guint k;

      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
        /* Translators: %s says what was found instead: "a string", "null"… */
        fail (r, _("expected an arc index (an integer), found %s"),
              _parity_json_node_describe (node));
      else if ((index = json_node_get_int (node)) >= (gint64)r->arcs->len ||
               ~index >= (gint64)r->arcs->len)
        /* Translators: the arc index found, then how many arcs the file has. */
        fail (r, g_dngettext (GETTEXT_PACKAGE, "arc %lld does not exist (the file has %u arc)",
                             "arc %lld does not exist (the file has %u arcs)", r->arcs->len),
              (long long)(index < 0 ? ~index : index), r->arcs->len);
      else
        {
          arc = &g_array_index (r->arcs, Arc, index < 0 ? ~index : index);
          if (count_points (r, arc->n_points))
            for (guint j = 0; j < arc->n_points; j++)
              {
                k = index < 0 ? arc->first + arc->n_points - 1 - j : arc->first + j;
                ring_add (r, &g_array_index (r->arc_points, ParityLonLat, k));
              }
        }
      _parity_json_reader_pop (&r->json, mark);
      if (*r->json.error != NULL)
        return FALSE;
    }
  return TRUE;
}

static gboolean
read_ring_positions (Reader    *r,
                     JsonArray *positions)
{
  guint n = json_array_get_length (positions);

  if (!count_points (r, n))
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      gsize mark = _parity_json_reader_push_index (&r->json, i);
      ParityLonLat p;
      gboolean ok = read_pair (r, json_array_get_element (positions, i), &p.lon, &p.lat) &&
                    check_lon_lat (r, &p);

      _parity_json_reader_pop (&r->json, mark);
      if (!ok)
        return FALSE;
      ring_add (r, &p);
    }
  return TRUE;
}

/* The area of a ring on the unit sphere as d3-geo's geoArea measures it, in [0, 4π): the
 * sum of the spherical excess of each edge's triangle with the pole. */
static double
ring_area (const ParityLonLat *p,
           guint               n)
{
  double sum = 0;
  double lambda0 = p[n - 1].lon * G_PI / 180;
  double phi0 = p[n - 1].lat * G_PI / 360 + G_PI / 4;
  double cos_phi0 = cos (phi0), sin_phi0 = sin (phi0);

  for (guint i = 0; i < n; i++)
    {
      double lambda = p[i].lon * G_PI / 180;
      double phi = p[i].lat * G_PI / 360 + G_PI / 4;
      double d_lambda = lambda - lambda0;
      double sd_lambda = d_lambda >= 0 ? 1 : -1;
      double ad_lambda = sd_lambda * d_lambda;
      double cos_phi = cos (phi), sin_phi = sin (phi);
      double k = sin_phi0 * sin_phi;
      double u = cos_phi0 * cos_phi + k * cos (ad_lambda);
      double v = k * sd_lambda * sin (ad_lambda);

      sum += atan2 (v, u);
      lambda0 = lambda, cos_phi0 = cos_phi, sin_phi0 = sin_phi;
    }
  return 2 * (sum < 0 ? 2 * G_PI + sum : sum);
}

/* Whether a ring goes round a pole: its longitudes, stepped the short way, add up to a turn. */
static gboolean
ring_is_polar (const ParityLonLat *p,
               guint               n)
{
  double turn = 0;

  for (guint i = 0; i < n; i++)
    {
      double d = p[(i + 1) % n].lon - p[i].lon;

      if (d > 180)
        d -= 360;
      else if (d < -180)
        d += 360;
      turn += d;
    }
  return fabs (turn) > 180;
}

/* Keeps the ring read, unless fewer than three points are left once it is closed. */
static gboolean
ring_finish (Reader   *r,
             gboolean  hole)
{
  ParityLonLat *p = (ParityLonLat *)r->ring->data;
  guint n = r->ring->len;
  ReadRing ring = { G_MAXUINT, r->points->len, 0, hole, FALSE, 0 };

  if (n > 1 && p[0].lon == p[n - 1].lon && p[0].lat == p[n - 1].lat)
    n--;
  if (n >= 3)
    {
      ring.n_points = n;
      ring.area = ring_area (p, n);
      ring.area = MIN (ring.area, 4 * G_PI - ring.area);
      if (hole)
        ring.area = -ring.area;
      else
        ring.polar = ring_is_polar (p, n);
      g_array_append_vals (r->points, p, n);
      g_array_append_val (r->rings, ring);
    }
  /* Emptied only once read: with G_DEBUG=gc-friendly, GLib clears what an array drops. */
  g_array_set_size (r->ring, 0);
  return n >= 3;
}

/* One polygon: its exterior ring, then its holes; all dropped when the exterior is. */
static gboolean
read_polygon (Reader   *r,
              JsonNode *node)
{
  JsonArray *rings = expect_array (r, node);
  guint rings_before = r->rings->len, points_before = r->points->len;
  gboolean exterior = FALSE;
  guint n;

  if (rings == NULL)
    return FALSE;
  n = json_array_get_length (rings);
  for (guint i = 0; i < n; i++)
    {
      gsize mark = _parity_json_reader_push_index (&r->json, i);
      JsonArray *ring = expect_array (r, json_array_get_element (rings, i));
      gboolean ok = ring != NULL &&
                    (r->topology ? read_ring_arcs (r, ring) : read_ring_positions (r, ring));

      if (ok)
        {
          gboolean kept = ring_finish (r, i > 0);

          if (i == 0)
            exterior = kept;
        }
      _parity_json_reader_pop (&r->json, mark);
      if (*r->json.error != NULL)
        return FALSE;
    }
  if (!exterior)
    {
      g_array_set_size (r->rings, rings_before);
      g_array_set_size (r->points, points_before);
    }
  return TRUE;
}

static gboolean
read_polygons (Reader   *r,
               JsonNode *node)
{
  JsonArray *polygons = expect_array (r, node);
  guint n;

  if (polygons == NULL)
    return FALSE;
  n = json_array_get_length (polygons);
  for (guint i = 0; i < n; i++)
    {
      gsize mark = _parity_json_reader_push_index (&r->json, i);
      gboolean ok = read_polygon (r, json_array_get_element (polygons, i));

      _parity_json_reader_pop (&r->json, mark);
      if (!ok)
        return FALSE;
    }
  return TRUE;
}

/* A geometry's rings. Types other than polygons, and a null type, have none. */
static gboolean
read_geometry (Reader     *r,
               JsonObject *geometry)
{
  const char *member = r->topology ? "arcs" : "coordinates";
  const char *type = string_member (geometry, "type") != NULL
                     ? string_member (geometry, "type") : "";
  gboolean polygon = g_str_equal (type, "Polygon");
  JsonArray *geometries = NULL;
  gsize mark;
  gboolean ok = TRUE;
  guint n;

  if (polygon || g_str_equal (type, "MultiPolygon"))
    {
      if (!json_object_has_member (geometry, member))
        /* Translators: %s is the JSON member a polygon needs: "arcs" or "coordinates". */
        return _parity_json_reader_fail (&r->json, _("a polygon without \"%s\""), member);
      mark = _parity_json_reader_push_member (&r->json, member);
      ok = polygon ? read_polygon (r, json_object_get_member (geometry, member))
                   : read_polygons (r, json_object_get_member (geometry, member));
      _parity_json_reader_pop (&r->json, mark);
      return ok;
    }
  if (!g_str_equal (type, "GeometryCollection"))
    return TRUE;
  if (!_parity_json_reader_array (&r->json, geometry, "geometries", TRUE, &geometries))
    return FALSE;
  mark = _parity_json_reader_push_member (&r->json, "geometries");
  n = json_array_get_length (geometries);
  for (guint i = 0; i < n && ok; i++)
    {
      gsize item = _parity_json_reader_push_index (&r->json, i);
      JsonObject *inner = NULL;

      ok = _parity_json_reader_object (&r->json, json_array_get_element (geometries, i), &inner) &&
           read_geometry (r, inner);
      _parity_json_reader_pop (&r->json, item);
    }
  _parity_json_reader_pop (&r->json, mark);
  return ok;
}

static JsonObject *
properties_of (JsonObject *feature)
{
  JsonNode *node = json_object_get_member (feature, "properties");

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

/* A code as given in @node: a string, or an integer id; NULL for none (and for Natural
 * Earth's "-99", which means none). */
static char *
code_of (JsonNode *node)
{
  const char *text;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return NULL;
  if (json_node_get_value_type (node) == G_TYPE_INT64)
    return g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));
  if (json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  text = json_node_get_string (node);
  return text[0] == '\0' || g_str_equal (text, "-99") ? NULL : g_strdup (text);
}

/* The code data join on: the first code given (properties.a3, the other alpha-3 members,
 * else the id), as the canonical entity id when it names one, else as given. */
static char *
feature_code (Reader     *r,
              JsonObject *feature)
{
  static const char * const members[] = { "a3", "ISO_A3", "iso_a3", "ADM0_A3", "iso3" };
  JsonObject *properties = NULL;
  g_autofree char *code = NULL;
  const char *canonical = NULL;
  const char *member = "id";
  g_autofree char *shown = NULL;
  gsize mark;

  properties = properties_of (feature);
  for (guint i = 0; properties != NULL && code == NULL && i < G_N_ELEMENTS (members); i++)
    if ((code = code_of (json_object_get_member (properties, members[i]))) != NULL)
      member = members[i];
  if (code == NULL && (code = code_of (json_object_get_member (feature, "id"))) == NULL)
    {
      _parity_json_reader_fail (&r->json,
                                _("a feature without a code: neither properties.a3, "
                                  "ISO_A3, iso_a3, ADM0_A3, iso3 nor id gives one"));
      return NULL;
    }
  parity_economies_identify (code, &canonical);
  if (canonical != NULL)
    return g_strdup (canonical);
  if (parity_id_is_valid (code))
    return g_steal_pointer (&code);
  shown = parity_escape_controls (code);
  if (g_utf8_strlen (shown, -1) > 40)
    *g_utf8_offset_to_pointer (shown, 40) = '\0';
  mark = !g_str_equal (member, "id")
         ? _parity_json_reader_push_member (&r->json, "properties") : r->json.path->len;
  /* Translators: %s is the code found in the file. */
  _parity_json_reader_fail_at (&r->json, member, _("\"%s\" is not a usable code: use letters, "
                                                   "digits, \"-\", \"_\" and \".\", not a "
                                                   "dot or dash first"), shown);
  _parity_json_reader_pop (&r->json, mark);
  return NULL;
}

/* One feature of the file, from its geometry (@geometry, or @feature itself in TopoJSON):
 * kept under its code when it has rings, merged into the feature of the same code if any. */
static gboolean
read_feature (Reader     *r,
              JsonObject *feature,
              JsonObject *geometry)
{
  guint first_ring = r->rings->len;
  g_autofree char *code = NULL;
  ParityFeature *kept;
  gpointer index;
  JsonObject *properties = NULL;

  if (geometry != NULL)
    {
      /* A GeoJSON feature's geometry is a member of its own; a TopoJSON one is the feature. */
      gsize mark = r->topology ? r->json.path->len
                               : _parity_json_reader_push_member (&r->json, "geometry");
      gboolean ok = read_geometry (r, geometry);

      _parity_json_reader_pop (&r->json, mark);
      if (!ok)
        return FALSE;
    }
  if (r->rings->len == first_ring)
    return TRUE;
  if ((code = feature_code (r, feature)) == NULL)
    return FALSE;
  index = g_hash_table_lookup (r->codes, code);
  if (index == NULL)
    {
      kept = g_new0 (ParityFeature, 1);
      kept->code = g_steal_pointer (&code);
      g_ptr_array_add (r->features, kept);
      index = GUINT_TO_POINTER (r->features->len);
      g_hash_table_insert (r->codes, kept->code, index);
    }
  kept = g_ptr_array_index (r->features, GPOINTER_TO_UINT (index) - 1);
  properties = properties_of (feature);
  if (kept->name == NULL && properties != NULL)
    kept->name = g_strdup (string_member (properties, "name"));
  for (guint i = first_ring; i < r->rings->len; i++)
    g_array_index (r->rings, ReadRing, i).feature = GPOINTER_TO_UINT (index) - 1;
  return TRUE;
}

/* An array of features (GeoJSON) or geometries (TopoJSON), at the member @member. */
static gboolean
read_feature_array (Reader     *r,
                    JsonObject *object,
                    const char *member)
{
  JsonArray *items = NULL;
  gboolean ok = TRUE;
  gsize mark;
  guint n;

  if (!_parity_json_reader_array (&r->json, object, member, TRUE, &items))
    return FALSE;
  mark = _parity_json_reader_push_member (&r->json, member);
  n = json_array_get_length (items);
  if (n > PARITY_BOUNDARIES_MAX_FEATURES)
    /* Translators: the number of features found, then the most a file may hold. */
    ok = fail (r, _("%u features, more than the %d a boundary file may hold"), n,
               PARITY_BOUNDARIES_MAX_FEATURES);
  for (guint i = 0; i < n && ok; i++)
    {
      gsize item = _parity_json_reader_push_index (&r->json, i);
      JsonObject *feature = NULL;
      JsonObject *geometry = NULL;

      ok = _parity_json_reader_object (&r->json, json_array_get_element (items, i), &feature);
      if (ok && r->topology)
        geometry = feature;
      else if (ok && json_object_has_member (feature, "geometry") &&
               !json_object_get_null_member (feature, "geometry"))
        {
          gsize inner = _parity_json_reader_push_member (&r->json, "geometry");

          ok = _parity_json_reader_object (&r->json, json_object_get_member (feature, "geometry"),
                                           &geometry);
          _parity_json_reader_pop (&r->json, inner);
        }
      ok = ok && read_feature (r, feature, geometry);
      _parity_json_reader_pop (&r->json, item);
    }
  _parity_json_reader_pop (&r->json, mark);
  return ok;
}

/* Whether a TopoJSON object is, or holds, a polygon. */
static gboolean
holds_polygons (JsonNode *node)
{
  JsonObject *object;
  const char *type;
  JsonArray *geometries;

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return FALSE;
  object = json_node_get_object (node);
  if ((type = string_member (object, "type")) == NULL)
    return FALSE;
  if (g_str_equal (type, "Polygon") || g_str_equal (type, "MultiPolygon"))
    return TRUE;
  if (!g_str_equal (type, "GeometryCollection") ||
      !json_object_has_member (object, "geometries") ||
      !JSON_NODE_HOLDS_ARRAY (json_object_get_member (object, "geometries")))
    return FALSE;
  geometries = json_object_get_array_member (object, "geometries");
  /* One level down: a collection of collections is still a collection of countries. */
  for (guint i = 0; i < json_array_get_length (geometries); i++)
    {
      JsonNode *element = json_array_get_element (geometries, i);
      const char *inner;

      if (!JSON_NODE_HOLDS_OBJECT (element))
        continue;
      inner = string_member (json_node_get_object (element), "type");
      if (g_strcmp0 (inner, "Polygon") == 0 || g_strcmp0 (inner, "MultiPolygon") == 0 ||
          g_strcmp0 (inner, "GeometryCollection") == 0)
        return TRUE;
    }
  return FALSE;
}

static gboolean
read_topology (Reader     *r,
               JsonObject *root)
{
  JsonObject *objects = NULL;
  const char *chosen = NULL;
  JsonObject *object = NULL;
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;
  gsize mark;
  gboolean ok;

  r->topology = TRUE;
  if (!_parity_json_reader_member_object (&r->json, root, "objects", TRUE, &objects) ||
      !read_arcs (r, root))
    return FALSE;
  if (json_object_has_member (objects, "countries"))
    chosen = "countries";
  json_object_iter_init_ordered (&iter, objects);
  while (chosen == NULL && json_object_iter_next_ordered (&iter, &name, &node))
    if (holds_polygons (node))
      chosen = name;
  if (chosen == NULL)
    return _parity_json_reader_fail_at (&r->json, "objects", _("no object holds polygons"));

  mark = _parity_json_reader_push_member (&r->json, "objects");
  ok = _parity_json_reader_member_object (&r->json, objects, chosen, TRUE, &object);
  if (ok)
    {
      gsize inner = _parity_json_reader_push_member (&r->json, chosen);

      if (g_strcmp0 (string_member (object, "type"), "GeometryCollection") == 0)
        ok = read_feature_array (r, object, "geometries");
      else
        ok = read_feature (r, object, object);
      _parity_json_reader_pop (&r->json, inner);
    }
  _parity_json_reader_pop (&r->json, mark);
  return ok;
}

gboolean
_parity_boundaries_read (ParityBoundariesReader *r,
                         JsonNode               *root)
{
  JsonObject *object = NULL;
  const char *type = NULL;

  if (!_parity_json_reader_object (&r->json, root, &object) ||
      !_parity_json_reader_string (&r->json, object, "type", TRUE, &type))
    return FALSE;
  if (g_str_equal (type, "Topology"))
    return read_topology (r, object);
  if (g_str_equal (type, "FeatureCollection"))
    return read_feature_array (r, object, "features");
  if (g_str_equal (type, "Feature"))
    {
      JsonObject *geometry = NULL;
      gsize mark = _parity_json_reader_push_member (&r->json, "geometry");
      gboolean ok = !json_object_has_member (object, "geometry") ||
                    json_object_get_null_member (object, "geometry") ||
                    _parity_json_reader_object (&r->json,
                                                json_object_get_member (object, "geometry"),
                                                &geometry);

      _parity_json_reader_pop (&r->json, mark);
      return ok && read_feature (r, object, geometry);
    }
  {
    g_autofree char *shown = parity_escape_controls (type);

    return _parity_json_reader_fail_at (&r->json, "type",
                                        /* Translators: %s is the type the file gives. */
                                        _("\"%s\" is neither TopoJSON (\"Topology\") nor "
                                          "GeoJSON (\"FeatureCollection\", \"Feature\")"),
                                        shown);
  }
}
