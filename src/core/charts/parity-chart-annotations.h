/* parity-chart-annotations.h: a chart's annotations, placed clear of its labels and marks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "parity-chart-kind-private.h"

G_BEGIN_DECLS

void parity_chart_annotations_axis       (ParityChartContext   *ctx,
                                          const ParityScale    *scale,
                                          gboolean              value_on_y);
void parity_chart_annotations_note_point (ParityChartContext   *ctx,
                                          const ParityChartRow *row,
                                          double                x,
                                          double                y);
void parity_chart_annotations_place      (ParityChartContext   *ctx);
void parity_chart_annotations_describe   (ParityChartContext   *ctx);

G_END_DECLS
