/* parity-chart-latest.h: a chart of each entity's latest value ("period": "latest"): the
 * window of periods its values come from, and how many entities have one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "parity-chart-kind-private.h"

G_BEGIN_DECLS

/* The periods a series of a "latest" chart takes its values from: L, the indicator's latest
 * period, and those at most @tolerance years before it. */
typedef struct
{
  guint32 latest;     /* L, or PARITY_INDEX_NONE when the indicator has no value */
  gint64  year;       /* L's year, or G_MININT64 when L names none */
  guint   tolerance;
} ParityLatestWindow;

guint32  parity_latest_period         (ParityDataset            *dataset,
                                       guint32                   indicator);
void     parity_latest_window_init    (ParityLatestWindow       *window,
                                       ParityDataset            *dataset,
                                       const ParityChartSpec    *spec,
                                       guint32                   indicator);
gboolean parity_latest_window_holds   (const ParityLatestWindow *window,
                                       ParityDataset            *dataset,
                                       guint32                   period);
guint32  parity_latest_find           (const ParityLatestWindow *window,
                                       ParityDataset            *dataset,
                                       guint32                   indicator,
                                       guint32                   entity,
                                       guint32                   breakdown);

/* The periods a series shows (parity_period_filter_init()). */
typedef struct
{
  guint32            period;   /* one period, or PARITY_INDEX_NONE for any */
  gboolean           latest;   /* else the window's */
  ParityLatestWindow window;
} ParityPeriodFilter;

void     parity_period_filter_init    (ParityPeriodFilter       *filter,
                                       ParityDataset            *dataset,
                                       const ParityChartSpec    *spec,
                                       const ParitySeries       *series);
gboolean parity_period_filter_holds   (const ParityPeriodFilter *filter,
                                       ParityDataset            *dataset,
                                       guint32                   period);
gboolean parity_period_filter_takes   (const ParityPeriodFilter *filter,
                                       ParityDataset            *dataset,
                                       const ParityIndicator    *indicator,
                                       guint                     i);

char    *parity_chart_coverage_note   (ParityChartContext       *ctx);

G_END_DECLS
