/* parity-chart-describe.h: a chart's text description, in the chart's language
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "parity-chart-kind-private.h"
#include "parity-chart-words.h"

G_BEGIN_DECLS

char *parity_describe          (ParityChartContext  *ctx,
                                ParityWord           word,
                                const char          *argument);
char *parity_describe_kind     (ParityChartContext  *ctx,
                                ParityWord           word);
char *parity_describe2         (ParityChartContext  *ctx,
                                ParityWord           word,
                                const char          *first,
                                const char          *second);
char *parity_describe_and      (ParityChartContext  *ctx,
                                const char * const  *names,
                                guint                n_names);
void  parity_describe_record   (ParityChartContext  *ctx,
                                const ParityChartRow *row,
                                const char          *series);
char *parity_describe_pair     (ParityChartContext  *ctx,
                                const char * const   series[2],
                                const ParityChartRow ends[2]);
void  parity_describe_sentence (ParityChartContext  *ctx,
                                const char          *sentence);
void  parity_describe_finish   (ParityChartContext  *ctx,
                                const char          *head,
                                GPtrArray           *items);
char *parity_describe_period   (ParityChartContext  *ctx,
                                const char          *what);

G_END_DECLS
