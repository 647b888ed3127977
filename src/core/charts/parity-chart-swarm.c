/* parity-chart-swarm.c: a deterministic beeswarm
 *
 * The strip chart draws one dot per economy along the value axis. Dots closer than their
 * diameter would cover each other, so each is moved off the row's centre line, up or down,
 * by the least that keeps it clear of every dot placed before it. The dots are placed in
 * the order they are given (the strip chart gives them by value, then by id), each at the
 * offset nearest the centre line outside every placed neighbour's reach, above before
 * below on a tie: the same input gives the same swarm, on every run and every machine.
 *
 * Each placed dot within a spacing along the axis forbids an open interval of offsets; the
 * intervals are merged, and the dot goes on the centre line if no merged interval covers
 * it, else to the nearer end of the one that does. That is O(k log k) for k neighbours, so
 * a tower of equal values stays fast.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include <math.h>

#include "parity-chart-swarm.h"

typedef struct
{
  double lo, hi;
} Interval;

static int
compare_intervals (gconstpointer a,
                   gconstpointer b)
{
  const Interval *ia = a, *ib = b;

  return ia->lo < ib->lo ? -1 : ia->lo > ib->lo ? 1 : 0;
}

/* The offset nearest 0 outside every interval of @forbidden (sorted by start): 0 if none
 * covers it, else an end of the merged interval that does, the upper (negative) on a tie.
 * Intervals are open: a dot at an end touches its neighbour and does not cover it. */
static double
nearest_free (const Interval *forbidden,
              guint           n)
{
  const double eps = 1e-9;

  for (guint i = 0; i < n;)
    {
      double lo = forbidden[i].lo, hi = forbidden[i].hi;

      /* Merge every interval that overlaps this run (touching ends leave a free point). */
      for (i++; i < n && forbidden[i].lo < hi - eps; i++)
        hi = MAX (hi, forbidden[i].hi);
      if (lo < -eps && hi > eps)
        return -lo <= hi + eps ? lo : hi;
    }
  return 0;
}

/**
 * parity_swarm_place:
 * @x: (array length=n): the dots' positions along the axis, ascending
 * @spacing: the least distance between two dots' centres (a diameter and a gap)
 * @max_reach: stop once a dot lies further than this from the centre line
 * @offsets: (out caller-allocates) (array length=n): each dot's offset from the centre line,
 *   negative above it
 *
 * Returns: the largest |offset|, or INFINITY when the swarm reaches past @max_reach (the
 *   offsets are then incomplete)
 */
double
parity_swarm_place (const double *x,
                    guint         n,
                    double        spacing,
                    double        max_reach,
                    double       *offsets)
{
  g_autoptr(GArray) forbidden = g_array_new (FALSE, FALSE, sizeof (Interval));
  double reach = 0;
  guint first = 0;

  for (guint i = 0; i < n; i++)
    {
      g_return_val_if_fail (i == 0 || x[i] >= x[i - 1], INFINITY);
      /* Placed dots a spacing or more to the left cannot touch this one or the next. */
      while (first < i && x[i] - x[first] >= spacing)
        first++;
      g_array_set_size (forbidden, 0);
      for (guint j = first; j < i; j++)
        {
          double dx = x[i] - x[j], dy = sqrt (MAX (0, spacing * spacing - dx * dx));
          Interval interval = { offsets[j] - dy, offsets[j] + dy };

          g_array_append_val (forbidden, interval);
        }
      g_array_sort (forbidden, compare_intervals);
      offsets[i] = nearest_free ((const Interval *)(gpointer)forbidden->data, forbidden->len);
      reach = MAX (reach, fabs (offsets[i]));
      if (reach > max_reach)
        return INFINITY;
    }
  return reach;
}
