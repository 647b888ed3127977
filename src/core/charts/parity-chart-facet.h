/* parity-chart-facet.h: a chart in panels (small multiples) — "facet" splits a chart by
 * entity, group or indicator into a grid of panels of the same kind, on one frame
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "parity-chart-kind-private.h"

G_BEGIN_DECLS

/* The most panels a chart is split into, and the most columns it may ask for. */
#define PARITY_FACET_MAX_PANELS 24
#define PARITY_FACET_MAX_COLUMNS 6

typedef enum
{
  PARITY_FACET_BY_ENTITY,
  PARITY_FACET_BY_GROUP,
  PARITY_FACET_BY_INDICATOR,
} ParityFacetBy;

typedef struct
{
  ParityFacetBy by;
  GPtrArray    *groups;     /* by group: ParityChartGroup, in panel order */
  GArray       *values;     /* by entity or indicator: guint32 indices, in panel order */
  gboolean      free_axes;  /* each panel its own value range (and a map its own classes) */
  guint         columns;    /* 0: chosen from the plot's shape */
} ParityFacet;

gboolean           parity_chart_kind_has_panels   (const char            *kind);
gboolean           parity_chart_parser_read_facet (ParityChartParser     *parser,
                                                   JsonObject            *object,
                                                   ParityChartSpec       *spec);
const ParityFacet *parity_chart_get_facet         (const ParityChartSpec *spec);
guint              parity_chart_facet_get_n_panels (const ParityFacet    *facet);
void               parity_chart_facet_panel       (ParityDataset         *dataset,
                                                   const ParityChartSpec *spec,
                                                   guint                  i,
                                                   ParityChartSpec       *panel);
void               parity_chart_facet_panel_clear (ParityChartSpec       *panel);
const char        *parity_chart_facet_panel_name  (ParityChartContext    *ctx,
                                                   guint                  i);
gboolean           parity_chart_facet_layout      (ParityChartContext    *ctx,
                                                   const ParityChartKind *kind,
                                                   GError               **error);

G_END_DECLS
