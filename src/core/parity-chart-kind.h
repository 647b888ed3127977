/* parity-chart-kind.h: what each chart kind implements, and the registry of kinds
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "parity-dataset.h"
#include "parity-scene.h"
#include "parity-theme.h"

G_BEGIN_DECLS

/* What the frame hands a chart kind: the plot rectangle to fill, and where to put things. */
typedef struct
{
  ParityDataset         *dataset;
  const ParityChartSpec *spec;
  const ParityIndicator *indicator;
  const char            *lang;
  const char            *default_lang;
  const ParityTheme     *theme;
  ParityScene           *scene;
  ParityRect             plot;
  GString               *description;  /* the kind appends its sentences for alt text */
} ParityChartContext;

typedef struct
{
  const char *name;
  /* Lays the marks, axes and labels of the chart out inside ctx->plot. */
  gboolean  (*layout) (ParityChartContext *ctx,
                       GError            **error);
} ParityChartKind;

/* One observation a chart shows, in display order. */
typedef struct
{
  guint32         entity;
  guint32         observation;  /* PARITY_INDEX_NONE when the entity has no value */
  double          value;
  ParityQualifier qualifier;
} ParityChartRow;

const ParityChartKind *parity_chart_kind_lookup     (const char *name);
char                  *parity_chart_kind_list_names (const char *separator);

GArray                *parity_chart_select_rows     (ParityDataset         *dataset,
                                                     const ParityChartSpec *spec);
gboolean               parity_chart_row_find        (ParityDataset         *dataset,
                                                     const ParityChartSpec *spec,
                                                     guint32                entity,
                                                     ParityChartRow        *row);
const char            *parity_chart_entity_label    (ParityChartContext    *ctx,
                                                     guint32                entity,
                                                     gboolean               prefer_short);
gboolean               parity_chart_is_highlighted  (const ParityChartSpec *spec,
                                                     guint32                entity);
ParityDatum            parity_chart_row_datum       (ParityChartContext    *ctx,
                                                     const ParityChartRow  *row);

G_END_DECLS
