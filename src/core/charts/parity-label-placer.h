/* parity-label-placer.h: labels that never overlap each other or the marks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "parity-chart-kind-private.h"

G_BEGIN_DECLS

typedef struct _ParityLabelPlacer ParityLabelPlacer;

/* A label to stack in a column: the centre it wants, its height, and the top it gets. */
typedef struct
{
  double want;
  double height;
  double top;
} ParityLabelSlot;

ParityLabelPlacer *parity_label_placer_new          (ParityChartContext *ctx,
                                                     const ParityRect   *bounds);
void               parity_label_placer_free         (ParityLabelPlacer  *placer);
void               parity_label_placer_add_obstacle (ParityLabelPlacer  *placer,
                                                     const ParityRect   *rect);
void               parity_label_placer_add_scene_obstacles (ParityLabelPlacer *placer);
ParityItem        *parity_label_placer_place        (ParityLabelPlacer  *placer,
                                                     PangoLayout        *layout,
                                                     ParityRole          role,
                                                     const ParityColor  *color,
                                                     const ParityPoint  *anchors,
                                                     guint               n_anchors,
                                                     gboolean            may_shorten);
gboolean           parity_label_placer_fits         (ParityLabelPlacer  *placer,
                                                     const ParityRect   *rect);

gboolean           parity_label_stack               (ParityLabelSlot    *slots,
                                                     guint               n,
                                                     double              lo,
                                                     double              hi,
                                                     double              pad);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ParityLabelPlacer, parity_label_placer_free)

G_END_DECLS
