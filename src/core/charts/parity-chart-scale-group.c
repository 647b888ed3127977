/* parity-chart-scale-group.c: charts that name the same scale group share their value axis
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "parity-chart-kind-private.h"
#include "parity-chart-targets.h"
#include "parity-error.h"
#include "parity-json-reader.h"
#include "parity-layout.h"

static gboolean
same_unit (const ParityUnit *a,
           const ParityUnit *b)
{
  return a->kind == b->kind && a->scale == b->scale;
}

/* Another chart of @group, one read before, that is not @spec's older version (any chart of
 * @group when @spec is NULL: a peer dataset's). */
static const ParityChartSpec *
next_in_group (ParityDataset         *dataset,
               const ParityChartSpec *spec,
               const char            *group,
               guint                 *i)
{
  for (guint n = parity_dataset_get_n_charts (dataset); *i < n;)
    {
      const ParityChartSpec *other = parity_dataset_get_chart (dataset, (*i)++);

      if (g_strcmp0 (other->scale_group, group) == 0 &&
          (spec == NULL || g_strcmp0 (other->id, spec->id) != 0))
        return other;
    }
  return NULL;
}

/* Whether @a and @b, of the same group, pin it to different ends. */
static gboolean
pins_differ (const ParityChartSpec *a,
             const ParityChartSpec *b)
{
  return (isfinite (a->scale_min) && isfinite (b->scale_min) && a->scale_min != b->scale_min) ||
         (isfinite (a->scale_max) && isfinite (b->scale_max) && a->scale_max != b->scale_max);
}

static gboolean
check_group (ParityChartParser *parser,
             ParityChartSpec   *spec)
{
  const ParityIndicator *ind = parity_dataset_get_indicator (parser->dataset, spec->indicator);
  const ParityChartSpec *other;
  guint i = 0;

  while ((other = next_in_group (parser->dataset, spec, spec->scale_group, &i)) != NULL)
    {
      const ParityIndicator *theirs = parity_dataset_get_indicator (parser->dataset,
                                                                    other->indicator);

      if (!same_unit (&ind->unit, &theirs->unit))
        return _parity_json_reader_fail_at (parser->reader, "scale_group",
                                            /* Translators: the scale group's id, then the id
                                               of a chart in it. */
                                            _("charts of a scale group share a unit: group "
                                              "\"%s\" has chart \"%s\", in another unit"),
                                            spec->scale_group, other->id);
      if (pins_differ (other, spec))
        return _parity_json_reader_fail_at (parser->reader, "scale_group",
                                            /* Translators: keep "min" and "max": JSON as
                                               written; the group's id, then a chart's id. */
                                            _("scale group \"%s\" is pinned to another \"min\" "
                                              "or \"max\" by chart \"%s\""),
                                            spec->scale_group, other->id);
    }
  return TRUE;
}

/**
 * parity_chart_parser_read_scale:
 *
 * Reads "scale_group": a scale group's id, or {"group": id, "min": m, "max": M} to pin the
 * range of the whole group; checks that the group's charts read before share its unit.
 */
gboolean
parity_chart_parser_read_scale (ParityChartParser *parser,
                                JsonObject        *object,
                                ParityChartSpec   *spec)
{
  static const char * const members[] = { "group", "min", "max", NULL };
  ParityJsonReader *r = parser->reader;
  JsonNode *node = json_object_get_member (object, "scale_group");
  const char *group = NULL;
  JsonObject *pinned = NULL;
  gboolean ok;
  gsize mark;

  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      if (!_parity_json_reader_id (r, object, "scale_group", TRUE, &group))
        return FALSE;
      spec->scale_group = g_strdup (group);
      return check_group (parser, spec);
    }
  pinned = json_node_get_object (node);
  mark = _parity_json_reader_push_member (r, "scale_group");
  ok = _parity_json_reader_check_members (r, pinned, members) &&
       _parity_json_reader_id (r, pinned, "group", TRUE, &group) &&
       _parity_json_reader_number (r, pinned, "min", FALSE, &spec->scale_min) &&
       _parity_json_reader_number (r, pinned, "max", FALSE, &spec->scale_max);
  if (ok && isfinite (spec->scale_min) && isfinite (spec->scale_max) &&
      spec->scale_min >= spec->scale_max)
    ok = _parity_json_reader_fail_at (r, "max",
                                      /* Translators: keep "min" and "max": JSON as written. */
                                      _("\"max\" must be more than \"min\""));
  _parity_json_reader_pop (r, mark);
  if (!ok)
    return FALSE;
  spec->scale_group = g_strdup (group);
  return check_group (parser, spec);
}

/**
 * parity_layout_check_peers:
 * @peer: a dataset whose charts widen the scale groups of @dataset's (a layout option)
 *
 * Applies the rule a dataset's own scale groups follow to the charts of @peer: a chart of
 * @peer in a group of @dataset's charts shares its unit and pins it to the same ends.
 * Returns: FALSE, with @error naming both charts, where one does not
 */
gboolean
parity_layout_check_peers (ParityDataset  *dataset,
                           ParityDataset  *peer,
                           GError        **error)
{
  for (guint c = 0, n = parity_dataset_get_n_charts (dataset); c < n; c++)
    {
      const ParityChartSpec *spec = parity_dataset_get_chart (dataset, c), *other;
      const ParityIndicator *ind;
      guint i = 0;

      if (spec->scale_group == NULL)
        continue;
      ind = parity_dataset_get_indicator (dataset, spec->indicator);
      while ((other = next_in_group (peer, NULL, spec->scale_group, &i)) != NULL)
        {
          const ParityIndicator *theirs = parity_dataset_get_indicator (peer, other->indicator);

          if (!same_unit (&ind->unit, &theirs->unit))
            {
              g_set_error (error, PARITY_ERROR, PARITY_ERROR_INVALID,
                           /* Translators: a chart's id, its scale group's id, then the id of
                              a chart of that group in another file. */
                           _("chart \"%s\" shares scale group \"%s\" with chart \"%s\", "
                             "in another unit"), other->id, spec->scale_group, spec->id);
              return FALSE;
            }
          if (pins_differ (other, spec))
            {
              g_set_error (error, PARITY_ERROR, PARITY_ERROR_INVALID,
                           /* Translators: keep "min" and "max": JSON as written; a chart's
                              id, its scale group's id, then the id of a chart of that group
                              in another file. */
                           _("chart \"%s\" pins scale group \"%s\" to another \"min\" or "
                             "\"max\" than chart \"%s\""),
                           other->id, spec->scale_group, spec->id);
              return FALSE;
            }
        }
    }
  return TRUE;
}

/**
 * parity_chart_values_range:
 * @lo: (inout): widened to the lowest value @spec shows
 * @hi: (inout): widened to the highest
 *
 * The values @spec shows, at its period or, for a kind drawn over time, at every one, and
 * its bands and targets.
 */
void
parity_chart_values_range (ParityDataset         *dataset,
                           const ParityChartSpec *spec,
                           double                *lo,
                           double                *hi)
{
  g_autoptr(GArray) entities = parity_chart_select_entities (dataset, spec);
  gboolean over_time = spec->period == PARITY_INDEX_NONE ||
                       g_strcmp0 (spec->kind, "line") == 0 ||
                       g_strcmp0 (spec->kind, "slope") == 0;
  guint n_periods = over_time ? parity_dataset_get_n_periods (dataset) : 1;
  guint n_series = MAX (parity_chart_get_n_series (spec), 1);

  if (spec->reference != PARITY_INDEX_NONE)
    g_array_append_val (entities, spec->reference);
  for (guint s = 0; s < n_series; s++)
    for (guint e = 0; e < entities->len; e++)
      for (guint p = 0; p < n_periods; p++)
        {
          ParityChartRow row;

          if (parity_chart_lookup (dataset, spec, parity_chart_get_series (spec, s),
                                   g_array_index (entities, guint32, e),
                                   over_time ? p : PARITY_INDEX_NONE, &row) &&
              isfinite (row.value))
            *lo = MIN (*lo, row.value), *hi = MAX (*hi, row.value);
        }
  /* Its bands and targets, which its own axis reaches. */
  parity_chart_targets_extend (spec, lo, hi);
}

/* Widens [@lo, @hi] to the values of @dataset's charts of @spec's group but @skip, and
 * takes the ends they pin. */
static void
widen_by (ParityDataset         *dataset,
          const ParityChartSpec *spec,
          const ParityChartSpec *skip,
          double                *lo,
          double                *hi,
          double                *pin_lo,
          double                *pin_hi)
{
  const ParityChartSpec *other;
  guint i = 0;

  while ((other = next_in_group (dataset, skip, spec->scale_group, &i)) != NULL)
    {
      parity_chart_values_range (dataset, other, lo, hi);
      if (isfinite (other->scale_min))
        *pin_lo = other->scale_min;
      if (isfinite (other->scale_max))
        *pin_hi = other->scale_max;
    }
}

/**
 * parity_chart_scale_group_widen:
 * @lo: (inout): the low end of the values the chart would show alone
 * @hi: (inout): the high end
 *
 * A chart of a scale group: widens [@lo, @hi] to the union of its group's values, in its
 * dataset and in the layout's peer datasets (each chart's values read from its own), or sets
 * either end the group pins, so that every chart of the group makes the same ticks.
 * Returns: whether the chart is in a group
 */
gboolean
parity_chart_scale_group_widen (ParityChartContext *ctx,
                                double             *lo,
                                double             *hi)
{
  const ParityChartSpec *spec = ctx->spec;
  double pin_lo = spec->scale_min, pin_hi = spec->scale_max;

  /* A panel of a chart whose panels share their axes: every panel's values (the chart's
   * scale group is in them already). */
  if (ctx->panel != NULL && !isnan (ctx->panel->lo))
    {
      *lo = MIN (*lo, ctx->panel->lo);
      *hi = MAX (*hi, ctx->panel->hi);
      if (*lo >= *hi)
        *hi = *lo + 1;
      return TRUE;
    }
  if (spec->scale_group == NULL)
    return FALSE;
  parity_chart_values_range (ctx->dataset, spec, lo, hi);
  widen_by (ctx->dataset, spec, spec, lo, hi, &pin_lo, &pin_hi);
  /* A peer's lookups touch only its own index and the latest-period cache, each under its
   * lock, as the dataset's do. */
  for (guint p = 0; p < ctx->n_peers; p++)
    widen_by (ctx->peers[p], spec, NULL, lo, hi, &pin_lo, &pin_hi);
  if (isfinite (pin_lo))
    *lo = pin_lo;
  if (isfinite (pin_hi))
    *hi = pin_hi;
  if (*lo >= *hi)
    *hi = *lo + 1;
  return TRUE;
}

/* The tick count every chart of a scale group asks for, whatever room it has. */
#define GROUP_TICKS 5

/**
 * parity_chart_scale_group_ticks:
 * @target: the tick count the chart's own room gives
 *
 * The tick count a value axis asks for: a chart of a scale group takes the group's, so that
 * a short chart, or one whose language sets taller text, ticks as the others of its group do
 * rather than more sparsely. The kinds still drop ticks whose labels would touch.
 */
guint
parity_chart_scale_group_ticks (ParityChartContext *ctx,
                                guint               target)
{
  return ctx->spec->scale_group != NULL ? GROUP_TICKS : target;
}

/**
 * parity_chart_scale_group_widen_log:
 * @log: whether the axis is a log axis
 *
 * parity_chart_scale_group_widen() for an axis that may be a log axis, whose low end stays
 * its own where the group's is not above zero.
 */
gboolean
parity_chart_scale_group_widen_log (ParityChartContext *ctx,
                                    gboolean            log,
                                    double             *lo,
                                    double             *hi)
{
  double own_lo = *lo;

  if (!parity_chart_scale_group_widen (ctx, lo, hi))
    return FALSE;
  if (log && !(*lo > 0))
    *lo = MIN (own_lo, *hi / 10);
  return TRUE;
}
