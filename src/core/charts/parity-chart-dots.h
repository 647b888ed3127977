/* parity-chart-dots.h: what the kinds that mark values as dots on rows share (dumbbell,
 * range) — choosing the rows, drawing a dot, naming the series over the first full row
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "parity-chart-kind.h"
#include "parity-chart-rows.h"
#include "parity-label-placer.h"

G_BEGIN_DECLS

/* The painter draws a diamond this many times its radius from its centre to a tip, which
 * gives it the area of the circle of that radius. */
#define PARITY_DOT_DIAMOND_REACH 1.25

/* Fills the zeroed @row for @entity and says whether it has any value: a reference row
 * without one is left out. */
typedef gboolean (*ParityDotsFillRow) (gpointer  row,
                                       guint32   entity,
                                       gboolean  is_reference,
                                       gpointer  user_data);

/* A series name to place over a dot: centred on it, else reaching from it to the side
 * away from the other names. */
typedef struct
{
  PangoLayout *layout;
  double       x;          /* the dot it names */
  int          splay;      /* -1: reach left from the dot, 1: right, 0: stay centred */
  double       margin;     /* room kept on either side from the other names */
  ParityColor  color;
} ParityDotsName;

GArray     *parity_dots_select_rows   (ParityChartContext *ctx,
                                       gsize               row_size,
                                       ParityDotsFillRow   fill,
                                       gpointer            fill_data,
                                       GCompareDataFunc    compare,
                                       gpointer            compare_data);
ParityItem *parity_dots_add           (ParityChartContext   *ctx,
                                       ParityMarkerShape     shape,
                                       const ParityChartRow *row,
                                       double                x,
                                       double                cy,
                                       double                r,
                                       double                halo,
                                       const ParityColor    *color);
gboolean    parity_dots_place_names   (ParityRows         *frame,
                                       ParityLabelPlacer  *placer,
                                       ParityDotsName     *names,
                                       guint               n,
                                       double              cy,
                                       double              reach,
                                       double              r,
                                       double              h);

G_END_DECLS
