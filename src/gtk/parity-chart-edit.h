/* parity-chart-edit.h: what a change of a chart's kind makes of the rest of the chart
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "parity-dataset.h"

G_BEGIN_DECLS

int          parity_compare_periods       (gconstpointer  a,
                                           gconstpointer  b);
const char  *parity_chart_edit_end_period (ParityDataset *dataset,
                                           guint32        indicator_index,
                                           gboolean       earliest);
void         parity_chart_edit_set_kind   (ParityDataset *dataset,
                                           JsonObject    *chart,
                                           const char    *kind);

G_END_DECLS
