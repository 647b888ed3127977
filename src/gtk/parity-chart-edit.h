/* parity-chart-edit.h: what a change of a chart's kind makes of the rest of the chart
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "parity-dataset.h"

G_BEGIN_DECLS

/* Which rows a horizontal bar chart of one series shows (its "height", "top" and "bottom"),
 * in the order of the inspector's Rows choices. */
typedef enum
{
  PARITY_CHART_ROWS_NONE = -1,  /* not a horizontal bar chart of one series */
  PARITY_CHART_ROWS_FIT,        /* every row on the preset's page, or a crowded-chart error */
  PARITY_CHART_ROWS_EVERY,      /* "height": "auto": a page as tall as the rows need */
  PARITY_CHART_ROWS_ENDS,       /* "top" and "bottom": the highest and lowest, the rest summed up */
} ParityChartRows;

#define PARITY_CHART_ROWS_ENDS_DEFAULT 10

int          parity_compare_periods       (gconstpointer  a,
                                           gconstpointer  b);
const char  *parity_chart_edit_end_period (ParityDataset *dataset,
                                           guint32        indicator_index,
                                           gboolean       earliest);
void         parity_chart_edit_set_kind   (ParityDataset *dataset,
                                           JsonObject    *chart,
                                           const char    *kind);
ParityChartRows parity_chart_edit_get_rows (const ParityChartSpec *spec,
                                            guint                 *n_ends);
void         parity_chart_edit_set_rows   (JsonObject      *chart,
                                           ParityChartRows  rows,
                                           guint            n_ends);
const char  *parity_chart_edit_group_name (ParityDataset         *dataset,
                                           const ParityChartSpec *spec,
                                           const char            *lang);

G_END_DECLS
