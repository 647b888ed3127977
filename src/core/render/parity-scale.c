/* parity-scale.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include <math.h>

#include "parity-scale.h"

double
parity_scale_map (const ParityScale *scale,
                  double             value)
{
  double span = scale->domain_max - scale->domain_min;

  if (span == 0)
    return scale->range_min;
  return scale->range_min +
         (value - scale->domain_min) / span * (scale->range_max - scale->range_min);
}

/* The step among 1, 2, 2.5, 5 × 10^k nearest to span / target. */
static double
nice_step (double span,
           guint  target)
{
  static const double steps[] = { 1, 2, 2.5, 5, 10 };
  double raw = span / MAX (target, 1);
  double magnitude = pow (10, floor (log10 (raw)));
  double best = steps[0] * magnitude;

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    if (fabs (steps[i] * magnitude - raw) < fabs (best - raw))
      best = steps[i] * magnitude;
  return best;
}

/**
 * parity_nice_ticks:
 * @min: the smallest value to show
 * @max: the largest value to show
 * @target: about how many intervals
 * @nice_min: (out): the first tick, at or below @min
 * @nice_max: (out): the last tick, at or above @max
 * @decimals: (out) (optional): decimals needed to write every tick exactly
 *
 * Returns: (transfer full) (element-type double): the ticks, ascending
 */
GArray *
parity_nice_ticks (double  min,
                   double  max,
                   guint   target,
                   double *nice_min,
                   double *nice_max,
                   guint  *decimals)
{
  GArray *ticks = g_array_new (FALSE, FALSE, sizeof (double));
  double step, exponent, first, last;
  guint places;

  if (!(max > min))
    {
      /* A single value: show zero to it, or a unit interval around zero. */
      if (min == 0 && max == 0)
        max = 1;
      else if (min > 0)
        min = 0;
      else
        max = 0;
    }
  step = nice_step (max - min, target);
  exponent = -floor (log10 (step) + 1e-9);
  places = exponent > 0 ? (guint)exponent : 0;
  if (fmod (step * pow (10, places), 1.0) > 1e-6)
    places++;  /* 2.5 × 10^k needs one more */
  first = floor (min / step + 1e-9);
  last = ceil (max / step - 1e-9);
  for (double k = first; k <= last + 0.5; k++)
    {
      /* Rounded to the step's decimals: 3 × 0.1 is 0.3, not 0.30000000000000004;
       * adding 0.0 turns −0 into 0. */
      double tick = round (k * step * pow (10, places)) / pow (10, places) + 0.0;

      g_array_append_val (ticks, tick);
    }
  *nice_min = g_array_index (ticks, double, 0);
  *nice_max = g_array_index (ticks, double, ticks->len - 1);
  if (decimals != NULL)
    *decimals = places;
  return ticks;
}

/**
 * parity_log_ticks:
 * @lo: the smallest value to show, above zero
 * @hi: the largest value to show
 * @length: the axis' length
 * @label_size: what one tick label needs along the axis
 * @log_min: (out): log10 of the first tick, where the axis starts
 * @log_max: (out): log10 of the last tick, where it ends
 *
 * Ticks for a log scale: every power of ten (or every second or third when decades are too
 * close for their labels), so decades stand equally apart; across a decade or two, 2 and 5
 * between them when there is room, to help the eye read the values between.
 *
 * Returns: (transfer full) (element-type double): the ticks' values, ascending
 */
GArray *
parity_log_ticks (double  lo,
                  double  hi,
                  double  length,
                  double  label_size,
                  double *log_min,
                  double *log_max)
{
  GArray *ticks = g_array_new (FALSE, FALSE, sizeof (double));
  double k0 = floor (log10 (lo) + 1e-9), k1 = ceil (log10 (hi) - 1e-9), per_decade;
  guint step = 1;

  if (k1 <= k0)
    k1 = k0 + 1;
  while (length / (k1 - k0) * step < label_size * 1.8 && step < k1 - k0)
    step++;
  k1 = k0 + ceil ((k1 - k0) / step) * step;
  per_decade = length / (k1 - k0);
  for (double k = k0; k <= k1 + 0.5; k += step)
    {
      double tick = pow (10, k);

      g_array_append_val (ticks, tick);
      if (step == 1 && k1 - k0 <= 2 && k < k1 - 0.5 &&
          per_decade * log10 (2) > label_size * 1.5)
        {
          double two = 2 * pow (10, k), five = 5 * pow (10, k);

          g_array_append_val (ticks, two);
          g_array_append_val (ticks, five);
        }
    }
  *log_min = k0;
  *log_max = k1;
  return ticks;
}

/* The decimals a log tick needs: 0.05 two, 20 none. */
guint
parity_log_tick_decimals (double tick)
{
  double k = floor (log10 (tick) + 1e-9);

  return k < 0 ? (guint)-k : 0;
}
