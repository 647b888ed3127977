/* parity-chart-kind.h: the registry of chart kinds, as the loader and the interfaces see it;
 * what a kind implements and the helpers kinds share are in parity-chart-kind-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "parity-dataset.h"
#include "parity-json-reader.h"

G_BEGIN_DECLS

/* What the loader hands a chart kind to read its own members of a chart object. */
typedef struct
{
  ParityJsonReader *reader;   /* its path is at the chart object */
  ParityDataset    *dataset;
  const char       *lang;
} ParityChartParser;

typedef struct _ParityChartKind ParityChartKind;

const ParityChartKind *parity_chart_kind_lookup      (const char            *name);
const char            *parity_chart_kind_get_name    (const ParityChartKind *kind);
const char * const    *parity_chart_kind_get_members (const ParityChartKind *kind);
gboolean               parity_chart_kind_parse       (const ParityChartKind *kind,
                                                      ParityChartParser     *parser,
                                                      JsonObject            *object,
                                                      ParityChartSpec       *spec);
const char * const    *parity_chart_common_members   (void);
const char * const    *parity_chart_kind_list        (guint                 *n_kinds);
char                  *parity_chart_kind_list_names  (const char            *separator);
GArray                *parity_chart_select_entities  (ParityDataset         *dataset,
                                                      const ParityChartSpec *spec);
gboolean               parity_chart_parser_read_entities (ParityChartParser *parser,
                                                      JsonObject            *object,
                                                      const char            *member,
                                                      gboolean               required,
                                                      GArray               **out);
gboolean               parity_chart_parser_read_scale (ParityChartParser  *parser,
                                                      JsonObject         *object,
                                                      ParityChartSpec    *spec);
gboolean               parity_chart_parser_read_group (ParityChartParser  *parser,
                                                      JsonObject            *object,
                                                      GArray               **out);

G_END_DECLS
