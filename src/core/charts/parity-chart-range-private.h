/* parity-chart-range-private.h: what the two shapes of the range kind share — one band
 * across the entities (parity-chart-range-band.c), a band per row
 * (parity-chart-range-rows.c)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "parity-chart-kind.h"
#include "parity-chart-rows.h"

G_BEGIN_DECLS

/* Sizes relative to body text: the dot radius. */
#define RANGE_DOT_RADIUS 0.36

typedef struct
{
  ParityChartContext *ctx;
  ParityRows         *frame;     /* fonts, scale and ticks; the rows in rows mode */
  guint               n_series;  /* 0 for one band across the entities, else 2 or 3 */
  double              pad;       /* space between a label and what it labels */
  double              r;         /* dot radius */
} RangeChart;

ParityItem *_parity_range_add_dot     (RangeChart           *c,
                                       ParityMarkerShape     shape,
                                       const ParityChartRow *row,
                                       double                cy,
                                       const ParityColor    *color);
gboolean    _parity_range_layout_band (RangeChart           *c,
                                       GError              **error);
gboolean    _parity_range_layout_rows (RangeChart           *c,
                                       GError              **error);

G_END_DECLS
