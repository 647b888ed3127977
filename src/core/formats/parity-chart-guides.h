/* parity-chart-guides.h: reading a chart's "bands" and "targets"
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "parity-dataset.h"
#include "parity-json-reader.h"

G_BEGIN_DECLS

#define PARITY_CHART_MAX_GUIDES 8

gboolean _parity_chart_guides_read (ParityJsonReader *reader,
                                    JsonObject       *object,
                                    const char       *default_lang,
                                    ParityChartSpec  *chart);

G_END_DECLS
