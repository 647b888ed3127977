/* parity-chart-range.c: the range kind — a low–high band per category, optionally with a
 * marked point (parity-chart-range-rows.c); or, without series, one band across the
 * listed entities from the smallest value to the largest (parity-chart-range-band.c)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "parity-chart-dots.h"
#include "parity-chart-range-private.h"

/* A dot on a band, above the band and the reference line. */
ParityItem *
_parity_range_add_dot (RangeChart           *c,
                       ParityMarkerShape     shape,
                       const ParityChartRow *row,
                       double                cy,
                       const ParityColor    *color)
{
  ParityItem *item = parity_dots_add (c->ctx, shape, row, parity_rows_get_x (c->frame,
                                                                             row->value),
                                      cy, c->r, 0, color);

  item->z = 4;
  return item;
}

static gboolean
range_layout (ParityChartContext *ctx,
              GError            **error)
{
  g_auto(ParityRows) frame = { 0 };
  RangeChart chart = { ctx, &frame, ctx->spec->series->len, 0, 0 };

  parity_rows_init (&frame, ctx);
  chart.pad = frame.pad;
  return chart.n_series == 0 ? _parity_range_layout_band (&chart, error)
                             : _parity_range_layout_rows (&chart, error);
}

static gboolean
range_parse (ParityChartParser *parser,
             JsonObject        *object,
             ParityChartSpec   *spec)
{
  guint n = spec->series->len;

  if (n == 1 || n > 3)
    return _parity_json_reader_fail_at (parser->reader, "series",
                                        /* Translators: %u is the number of series found. */
                                        _("a range chart needs two series (low, high), three "
                                          "(low, high, a point between), or none for one band "
                                          "across the entities; found %u"), n);
  return parity_chart_parser_require_period (parser, spec);
}

const ParityChartKind parity_chart_kind_range = {
  .name = "range",
  .parse = range_parse,
  .layout = range_layout,
};
