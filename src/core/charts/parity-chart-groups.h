/* parity-chart-groups.h: the groups a chart names itself ("groups": each a label and its
 * entities), the group of an entity, and a key of the groups' colours
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "parity-chart-kind-private.h"

G_BEGIN_DECLS

typedef struct
{
  ParityText *label;
  GArray     *entities;  /* guint32 */
} ParityChartGroup;

void               parity_chart_group_free      (gpointer                    group);
gboolean           parity_chart_groups_parse    (ParityChartParser          *parser,
                                                 JsonObject                 *object,
                                                 GPtrArray                 **out);
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
