/* parity-chart-targets.h: a chart's bands and targets drawn across its value axis
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "parity-label-placer.h"
#include "parity-scale.h"

G_BEGIN_DECLS

/* The x of a year on a time axis, for a line chart's targets "by 2030". */
typedef double (*ParityYearX) (gpointer data,
                               double   year);

gboolean parity_chart_targets_check_log (ParityChartParser        *parser,
                                         const ParityChartSpec    *spec,
                                         gboolean                  on_x);
gboolean parity_chart_targets_any      (const ParityChartSpec      *spec);
void     parity_chart_targets_extend   (const ParityChartSpec      *spec,
                                        double                     *lo,
                                        double                     *hi);
void     parity_chart_targets_bands    (ParityChartContext         *ctx,
                                        const ParityScale          *scale,
                                        gboolean                    value_on_y,
                                        double                      a0,
                                        double                      a1);
void     parity_chart_targets_lines    (ParityChartContext         *ctx,
                                        ParityLabelPlacer          *placer,
                                        const ParityScale          *scale,
                                        gboolean                    value_on_y,
                                        double                      a0,
                                        double                      a1,
                                        const PangoFontDescription *font,
                                        ParityYearX                 year_x,
                                        gpointer                    data);
void     parity_chart_targets_describe (ParityChartContext         *ctx);

/* A scatter plot's horizontal axis ("axis": "x"). */
void     parity_chart_targets_extend_x   (const ParityChartSpec      *spec,
                                          double                     *lo,
                                          double                     *hi);
void     parity_chart_targets_bands_x    (ParityChartContext         *ctx,
                                          const ParityScale          *scale,
                                          double                      a0,
                                          double                      a1);
void     parity_chart_targets_lines_x    (ParityChartContext         *ctx,
                                          const ParityUnit           *unit,
                                          ParityLabelPlacer          *placer,
                                          const ParityScale          *scale,
                                          double                      a0,
                                          double                      a1,
                                          const PangoFontDescription *font);
void     parity_chart_targets_describe_x (ParityChartContext         *ctx,
                                          const ParityUnit           *unit);

G_END_DECLS
