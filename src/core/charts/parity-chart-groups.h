/* parity-chart-groups.h: the groups a chart names ("groups": each a label and its entities,
 * or a group of the dataset or of the classification of economies by id), the group of an
 * entity, and a key of the groups' colours; one reader for every kind that has groups
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "parity-chart-kind-private.h"
#include "parity-chart-words.h"

G_BEGIN_DECLS

typedef struct
{
  ParityText *label;      /* NULL: @word in the chart's language */
  ParityWord  word;       /* a classification group's name, when it has no label */
  GArray     *entities;   /* guint32, each once, in the order listed */
  guint32     aggregate;  /* the entity whose value is the group's, or PARITY_INDEX_NONE */
  char       *id;         /* a group by id: its id ("itu-africa"), else NULL */
} ParityChartGroup;

/* What a kind lets a group say beyond its members. */
typedef enum
{
  PARITY_CHART_GROUPS_PLAIN,           /* a label and members */
  PARITY_CHART_GROUPS_WITH_AGGREGATE,  /* … and "aggregate", an entity the kind draws */
} ParityChartGroupsFlags;

void               parity_chart_group_free      (gpointer                    group);
gboolean           parity_chart_groups_parse    (ParityChartParser          *parser,
                                                 JsonObject                 *object,
                                                 const ParityChartSpec      *spec,
                                                 ParityChartGroupsFlags      flags,
                                                 GPtrArray                 **out);
const char        *parity_chart_group_label     (ParityChartContext         *ctx,
                                                 const ParityChartGroup     *group);
int                parity_chart_groups_find     (GPtrArray                  *groups,
                                                 guint32                     entity);
const ParityColor *parity_chart_groups_color    (ParityChartContext         *ctx,
                                                 int                         group);
double             parity_chart_groups_add_key  (ParityChartContext         *ctx,
                                                 GPtrArray                  *groups,
                                                 const PangoFontDescription *font,
                                                 double                      y,
                                                 gboolean                    draw);

G_END_DECLS
