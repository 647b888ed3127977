/* parity-chart-swarm.h: a deterministic beeswarm — dots along a value axis moved off it,
 * just enough that none covers another
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

double parity_swarm_place (const double *x,
                           guint         n,
                           double        spacing,
                           double        max_reach,
                           double       *offsets);

G_END_DECLS
