/* parity-chart-scatter-parse.c: the scatter plot's own members, read and checked
 *
 *   "x":        { "indicator": ID, "period": P, "scale": "linear" | "log" }   required
 *   "y":        { "period": P, "scale": "linear" | "log" }   the chart's "indicator"
 *   "size":     { "indicator": ID, "period": P }   dot areas in proportion to its values
 *   "groups":   [ GROUP, … ]   colours and the key (parity-chart-groups.c), at most six
 *   "outliers": N   economies labelled for their distance from the fit (default 5)
 *
 * and the common "reference" (World): a crosshair at its two values and a named diamond.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "parity-chart-scatter-private.h"
#include "parity-chart-targets.h"

const char * const parity_scatter_members[] = { "x", "y", "size", "groups", "outliers", NULL };

static void
scatter_options_free (gpointer data)
{
  ParityScatterOptions *options = data;

  g_clear_pointer (&options->groups, g_ptr_array_unref);
  g_free (options);
}

static gboolean
read_period (ParityChartParser *parser,
             JsonObject        *object,
             guint32           *out)
{
  const char *name = NULL;

  if (!_parity_json_reader_string (parser->reader, object, "period", FALSE, &name))
    return FALSE;
  if (name == NULL)
    return TRUE;
  *out = parity_dataset_lookup_period (parser->dataset, name);
  return *out != PARITY_INDEX_NONE ||
         _parity_json_reader_fail_at (parser->reader, "period",
                                      _("no observation has the period \"%s\""), name);
}

/* "x", "y" or "size": an object of an indicator (not for "y", which is the chart's), a
 * period and, for the axes, a scale. */
static gboolean
read_axis (ParityChartParser *parser,
           JsonObject        *object,
           const char        *member,
           ParityScatterAxis *axis)
{
  static const char * const axis_members[] = { "indicator", "period", "scale", NULL };
  static const char * const y_members[] = { "period", "scale", NULL };
  static const char * const size_members[] = { "indicator", "period", NULL };
  static const char * const scales[] = { "linear", "log", NULL };
  gboolean is_y = g_str_equal (member, "y"), is_size = g_str_equal (member, "size");
  ParityJsonReader *r = parser->reader;
  JsonObject *axis_object = NULL;
  const char *id = NULL;
  int scale = 0;
  gsize mark;

  if (!_parity_json_reader_member_object (r, object, member, g_str_equal (member, "x"),
                                          &axis_object))
    return FALSE;
  if (axis_object == NULL)
    return TRUE;
  mark = _parity_json_reader_push_member (r, member);
  if (!_parity_json_reader_check_members (r, axis_object, is_y ? y_members
                                                          : is_size ? size_members
                                                          : axis_members) ||
      (!is_y && !_parity_json_reader_string (r, axis_object, "indicator", TRUE, &id)) ||
      !read_period (parser, axis_object, &axis->period) ||
      (!is_size && !_parity_json_reader_enum (r, axis_object, "scale", scales, &scale)))
    return FALSE;
  if (id != NULL)
    {
      axis->indicator = parity_dataset_lookup_indicator (parser->dataset, id);
      if (axis->indicator == PARITY_INDEX_NONE)
        return _parity_json_reader_fail_at (r, "indicator", _("no indicator has the id \"%s\""),
                                            id);
    }
  axis->log = scale == 1;
  _parity_json_reader_pop (r, mark);
  return TRUE;
}

/* "groups": an economy belongs to the first group that lists it. */
static gboolean
read_groups (ParityChartParser    *parser,
             JsonObject           *object,
             ParityChartSpec      *spec,
             ParityScatterOptions *options)
{
  if (!parity_chart_groups_parse (parser, object, spec, PARITY_CHART_GROUPS_PLAIN,
                                  &options->groups))
    return FALSE;
  /* Each group a colour of its own: a seventh would repeat the first. */
  if (options->groups != NULL && options->groups->len > PARITY_SCATTER_MAX_GROUPS)
    return _parity_json_reader_fail_at (parser->reader, "groups",
                                        /* Translators: the most groups a scatter plot colours,
                                           then the number found. */
                                        _("a scatter plot colours at most %u groups, found %u"),
                                        PARITY_SCATTER_MAX_GROUPS, options->groups->len);
  return TRUE;
}

gboolean
parity_scatter_parse (ParityChartParser *parser,
                      JsonObject        *object,
                      ParityChartSpec   *spec)
{
  ParityScatterOptions *options = g_new0 (ParityScatterOptions, 1);
  ParityJsonReader *r = parser->reader;
  gint64 outliers = PARITY_SCATTER_DEFAULT_OUTLIERS;

  spec->options = options;
  spec->free_options = scatter_options_free;
  options->x = (ParityScatterAxis) { PARITY_INDEX_NONE, PARITY_INDEX_NONE, FALSE };
  options->y = (ParityScatterAxis) { spec->indicator, PARITY_INDEX_NONE, FALSE };
  options->size = (ParityScatterAxis) { PARITY_INDEX_NONE, PARITY_INDEX_NONE, FALSE };
  if (json_object_has_member (object, "series"))
    return _parity_json_reader_fail_at (r, "series",
                                        /* Translators: %s is a JSON member of the chart
                                           ("series" or "reference"); keep "indicator",
                                           "x" and "size", JSON members too. */
                                        _("a scatter plot takes its values from "
                                          "\"indicator\", \"x\" and \"size\": leave \"%s\" "
                                          "out"), "series");
  if (!parity_chart_parser_require_period (parser, spec) ||
      !read_axis (parser, object, "x", &options->x) ||
      !read_axis (parser, object, "y", &options->y) ||
      !read_axis (parser, object, "size", &options->size) ||
      !read_groups (parser, object, spec, options) ||
      !_parity_json_reader_int (r, object, "outliers", FALSE, 0, 1000, &outliers) ||
      (options->y.log && !parity_chart_targets_check_log (parser, spec, FALSE)) ||
      (options->x.log && !parity_chart_targets_check_log (parser, spec, TRUE)))
    return FALSE;
  options->outliers = (guint)outliers;
  return TRUE;
}
