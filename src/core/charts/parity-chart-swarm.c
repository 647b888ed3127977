/* parity-chart-swarm.c: a deterministic beeswarm
 *
 * The strip chart draws one dot per economy along the value axis. Dots closer than their
 * diameter would cover each other, so each is moved off the row's centre line, up or down,
 * by the least that keeps it clear of every dot placed before it. The dots are placed in
 * the order they are given (the strip chart gives them by value, then by id), each at the
 * smallest offset among 0 and the offsets that touch a placed neighbour, above before
 * below on a tie: the same input gives the same swarm, on every run and every machine.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include <math.h>

#include "parity-chart-swarm.h"

/* Whether a dot at (@x, @y) keeps @spacing from each placed dot in [@first, @last). */
static gboolean
is_clear (const double *x,
          const double *offsets,
          guint         first,
          guint         last,
          double        xi,
          double        y,
          double        spacing)
{
  /* A hair of tolerance: a candidate that touches its neighbour exactly is clear. */
  double d2 = spacing * spacing * (1 - 1e-9);

  for (guint j = first; j < last; j++)
    {
      double dx = xi - x[j], dy = y - offsets[j];

      if (dx * dx + dy * dy < d2)
        return FALSE;
    }
  return TRUE;
}

/**
 * parity_swarm_place:
 * @x: (array length=n): the dots' positions along the axis, ascending
 * @spacing: the least distance between two dots' centres (a diameter and a gap)
 * @offsets: (out caller-allocates) (array length=n): each dot's offset from the centre line,
 *   negative above it
 *
 * Returns: the largest |offset|
 */
double
parity_swarm_place (const double *x,
                    guint         n,
                    double        spacing,
                    double       *offsets)
{
  double reach = 0;
  guint first = 0;

  for (guint i = 0; i < n; i++)
    {
      double best = INFINITY;

      g_return_val_if_fail (i == 0 || x[i] >= x[i - 1], reach);
      /* Placed dots a spacing or more to the left cannot touch this one or the next. */
      while (first < i && x[i] - x[first] >= spacing)
        first++;
      if (is_clear (x, offsets, first, i, x[i], 0, spacing))
        best = 0;
      else
        for (guint j = first; j < i; j++)
          {
            double dx = x[i] - x[j], dy = sqrt (MAX (0, spacing * spacing - dx * dx));

            for (int side = -1; side <= 1; side += 2)
              {
                double y = offsets[j] + side * dy;

                /* Above (negative) wins a tie, so equal inputs give equal swarms. */
                if ((fabs (y) < fabs (best) - 1e-9 ||
                     (fabs (fabs (y) - fabs (best)) <= 1e-9 && y < best)) &&
                    is_clear (x, offsets, first, i, x[i], y, spacing))
                  best = y;
              }
          }
      offsets[i] = best;
      reach = MAX (reach, fabs (best));
    }
  return reach;
}
