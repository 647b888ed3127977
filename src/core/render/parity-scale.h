/* parity-scale.h: value scales and nice ticks — pure arithmetic
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  double domain_min, domain_max;
  double range_min, range_max;
} ParityScale;

double  parity_scale_map        (const ParityScale *scale,
                                 double             value);
GArray *parity_nice_ticks       (double             min,
                                 double             max,
                                 guint              target,
                                 double            *nice_min,
                                 double            *nice_max,
                                 guint             *decimals);
GArray *parity_log_ticks        (double             lo,
                                 double             hi,
                                 double             length,
                                 double             label_size,
                                 double            *log_min,
                                 double            *log_max);
guint   parity_log_tick_decimals (double            tick);

G_END_DECLS
