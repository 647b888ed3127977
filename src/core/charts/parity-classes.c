/* parity-classes.c: the breaks a choropleth's values are classed by
 *
 * A legend is read before the map, so every method gives round breaks: steps of the 1-2-5
 * family (…, 0.5, 1, 2, 5, 10, 20, …), written as a whole multiple of 1, 2 or 5 times a power
 * of ten so that 0.3 is the double a reader types, not 0.30000000000000004.
 *
 * Quantile: break i sits near the i/n-th of the sorted values; within a quarter of a class's
 * share of values either side of it, the break is the roundest number there (the largest
 * step a multiple of which falls between two neighbouring values), the nearest the exact
 * quantile among equals. Each break leaves at least one value in the class below it and
 * one for each class above, so no class is empty; a break that cannot (ties) is dropped and
 * its classes merge. Equal, log and manual classes may be empty: their breaks say where
 * the values are not. The outer breaks are the minimum and maximum, floored and ceiled to
 * the finest step the inner breaks used.
 * Equal: the 1-2-5 step whose floored/ceiled span gives the number of classes nearest the
 * one asked for. Log: 1-2-5 breaks around the values, or powers of ten when those give a
 * number of classes nearer the one asked for (or 1-2-5 gives too many).
 * Manual: the chart's breaks; values beyond them widen the first or last class to take
 * them in, so every value has a class and the legend says how far the classes reach.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <glib/gi18n-lib.h>

#include "parity-classes.h"
#include "parity-error.h"

/* mant × 10^exp, mant one of 1, 2, 5 */
typedef struct
{
  int mant;
  int exp;
} Step;

static const char * const method_names[] = { "quantile", "equal", "log", "manual" };

gboolean
parity_class_method_from_string (const char        *name,
                                 ParityClassMethod *method)
{
  for (guint i = 0; i < G_N_ELEMENTS (method_names); i++)
    if (g_strcmp0 (name, method_names[i]) == 0)
      {
        *method = i;
        return TRUE;
      }
  return FALSE;
}

const char *
parity_class_method_to_string (ParityClassMethod method)
{
  g_return_val_if_fail (method < G_N_ELEMENTS (method_names), NULL);
  return method_names[method];
}

/* j steps, computed by dividing by a power of ten rather than multiplying by its inexact
 * inverse, so that decimals are the nearest doubles to what they say */
static double
step_times (Step   s,
            double j)
{
  double power = pow (10, abs (s.exp));

  return s.exp >= 0 ? j * s.mant * power : j * s.mant / power;
}

static double
step_value (Step s)
{
  return step_times (s, 1);
}

static Step
step_smaller (Step s)
{
  switch (s.mant)
    {
    case 5:
      return (Step) { 2, s.exp };
    case 2:
      return (Step) { 1, s.exp };
    default:
      return (Step) { 5, s.exp - 1 };
    }
}

static Step
step_larger (Step s)
{
  switch (s.mant)
    {
    case 1:
      return (Step) { 2, s.exp };
    case 2:
      return (Step) { 5, s.exp };
    default:
      return (Step) { 1, s.exp + 1 };
    }
}

/* The least step of the 1-2-5 family at or above @x > 0 */
static Step
step_at_least (double x)
{
  Step s = { 1, (int) floor (log10 (x)) };

  while (step_value (s) < x)
    s = step_larger (s);
  while (step_value (step_smaller (s)) >= x)
    s = step_smaller (s);
  return s;
}

/* The greatest j with j steps <= @x */
static double
step_floor (Step   s,
            double x)
{
  double j = floor (x / step_value (s));

  while (step_times (s, j) > x)
    j--;
  while (step_times (s, j + 1) <= x)
    j++;
  return j;
}

/* The least j with j steps >= @x */
static double
step_ceil (Step   s,
           double x)
{
  double j = step_floor (s, x);

  return step_times (s, j) < x ? j + 1 : j;
}

/* The roundest number in (@lo, @hi], the nearest @near among the multiples of one step */
static double
roundest_between (double  lo,
                  double  hi,
                  double  near,
                  Step   *used)
{
  Step s = step_at_least (hi - lo);

  /* a step no wider than hi - lo always has a multiple in the interval; the bound only
   * guards against widths lost to rounding at the doubles' far ends */
  for (guint tries = 0; tries < 64; tries++, s = step_smaller (s))
    {
      double first = step_floor (s, lo) + 1;
      double last = step_floor (s, hi);

      if (first <= last)
        {
          *used = s;
          return step_times (s, CLAMP (round (near / step_value (s)), first, last));
        }
    }
  *used = step_at_least (hi - lo);
  return hi;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* The index of the first of the sorted @v at or above @x */
static guint
first_at_least (const double *v,
                guint         m,
                double        x)
{
  guint lo = 0, hi = m;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (v[mid] < x)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

static void
classes_quantile (const double  *v,
                  guint          m,
                  guint          n,
                  ParityClasses *classes)
{
  double share = (double) m / n;
  guint below = 0;  /* v[0 .. below - 1] are in the classes already closed */
  guint nb = 1;
  gboolean stepped = FALSE;
  Step finest = { 0, 0 };

  for (guint i = 1; i < n; i++)
    {
      double p = i * share;
      double k_lo = MAX (ceil (p - share / 4), below + 1);
      double k_hi = MIN (floor (p + share / 4), m - (n - i));
      guint lo, hi, k;
      Step used;

      if (k_lo > k_hi)
        k_lo = k_hi = CLAMP (round (p), below + 1, m - (n - i));
      lo = k_lo;
      hi = k_hi;
      /* a break needs two different values to fall between */
      while (v[lo - 1] == v[hi] && hi < m - (n - i))
        hi++;
      while (v[lo - 1] == v[hi] && lo > below + 1)
        lo--;
      if (v[lo - 1] == v[hi])
        continue;
      k = CLAMP ((guint) round (p), lo, hi);
      classes->breaks[nb++] = roundest_between (v[lo - 1], v[hi], (v[k - 1] + v[k]) / 2,
                                                &used);
      if (!stepped || step_value (used) < step_value (finest))
        finest = used;
      stepped = TRUE;
      below = first_at_least (v, m, classes->breaks[nb - 1]);
    }
  if (!stepped)
    finest = step_smaller (step_at_least (v[m - 1] - v[0]));
  classes->breaks[0] = step_times (finest, step_floor (finest, v[0]));
  classes->breaks[nb] = step_times (finest, step_ceil (finest, v[m - 1]));
  if (classes->breaks[nb] <= classes->breaks[nb - 1])
    classes->breaks[nb] = classes->breaks[nb - 1] + step_value (finest);
  classes->n = nb;
}

static void
classes_equal (double         min,
               double         max,
               guint          n,
               ParityClasses *classes)
{
  Step s = step_smaller (step_smaller (step_at_least ((max - min) / n)));
  Step best = { 0, 0 };
  double best_lo = 0, best_count = 0;

  for (guint c = 0; c < 5; c++, s = step_larger (s))
    {
      double lo = step_floor (s, min);
      double count = step_ceil (s, max) - lo;

      /* ties go to the wider step, which comes later */
      if (count <= PARITY_CLASSES_MAX &&
          (best.mant == 0 || fabs (count - n) <= fabs (best_count - n)))
        {
          best = s;
          best_lo = lo;
          best_count = count;
        }
    }
  classes->n = best_count;
  for (guint i = 0; i <= classes->n; i++)
    classes->breaks[i] = step_times (best, best_lo + i);
}

/* Log breaks from @lo up to @hi through the 1-2-5 family, or through powers of ten only
 * when @decades; how many classes that is, however many */
static guint
log_breaks (Step     lo,
            Step     hi,
            gboolean decades,
            double  *breaks)
{
  guint n = 0;

  for (Step s = lo; step_value (s) <= step_value (hi) * 1.000001;
       s = decades ? (Step) { 1, s.exp + 1 } : step_larger (s))
    {
      if (breaks != NULL && n <= PARITY_CLASSES_MAX)
        breaks[n] = step_value (s);
      n++;
    }
  return n - 1;
}

static gboolean
classes_log (double          min,
             double          max,
             guint           n,
             ParityClasses  *classes,
             GError        **error)
{
  Step lo = step_at_least (min), hi = step_at_least (max);
  Step lo10 = { 1, (int) floor (log10 (min)) }, hi10 = { 1, (int) ceil (log10 (max)) };
  guint n125, n10;

  if (step_value (lo) > min)
    lo = step_smaller (lo);
  if (step_value (hi) <= step_value (lo))
    hi = step_larger (hi);
  while (step_value (lo10) > min)
    lo10.exp--;
  while (step_value (hi10) < max)
    hi10.exp++;
  if (hi10.exp <= lo10.exp)
    hi10.exp = lo10.exp + 1;
  n125 = log_breaks (lo, hi, FALSE, NULL);
  n10 = log_breaks (lo10, hi10, TRUE, NULL);
  if (n125 <= PARITY_CLASSES_MAX && abs ((int) n125 - (int) n) <= abs ((int) n10 - (int) n))
    classes->n = log_breaks (lo, hi, FALSE, classes->breaks);
  else if (n10 <= PARITY_CLASSES_MAX)
    classes->n = log_breaks (lo10, hi10, TRUE, classes->breaks);
  else
    {
      g_set_error (error, PARITY_ERROR, PARITY_ERROR_INVALID,
                   /* Translators: two numbers, the least and greatest values of a map, and
                      the most classes a map has. */
                   _("The values run from %g to %g, more powers of ten than %d log classes "
                     "can show; use quantile classes instead"),
                   min, max, PARITY_CLASSES_MAX);
      return FALSE;
    }
  return TRUE;
}

static gboolean
classes_manual (const double   *manual,
                guint           n_manual,
                double          min,
                double          max,
                ParityClasses  *classes,
                GError        **error)
{
  if (manual == NULL || n_manual < 2 || n_manual > PARITY_CLASSES_MAX + 1)
    {
      g_set_error (error, PARITY_ERROR, PARITY_ERROR_INVALID,
                   /* Translators: the most breaks a map's classes have, then how many the
                      chart gave. */
                   _("Manual classes need 2 to %d breaks, not %u"),
                   PARITY_CLASSES_MAX + 1, manual == NULL ? 0 : n_manual);
      return FALSE;
    }
  for (guint i = 0; i < n_manual; i++)
    if (!isfinite (manual[i]) || (i > 0 && !(manual[i] > manual[i - 1])))
      {
        g_set_error (error, PARITY_ERROR, PARITY_ERROR_INVALID,
                     /* Translators: two numbers: a break of a map's classes, and the one
                        before it. */
                     _("Manual breaks must increase: %g comes after %g"),
                     manual[i], i > 0 ? manual[i - 1] : NAN);
        return FALSE;
      }
  classes->n = n_manual - 1;
  for (guint i = 0; i < n_manual; i++)
    classes->breaks[i] = manual[i];
  classes->breaks[0] = MIN (classes->breaks[0], min);
  classes->breaks[classes->n] = MAX (classes->breaks[classes->n], max);
  return TRUE;
}

gboolean
parity_classes_compute (ParityClassMethod  method,
                        const double      *values,
                        guint              n_values,
                        guint              n_classes,
                        const double      *manual,
                        guint              n_manual,
                        ParityClasses     *classes,
                        GError           **error)
{
  g_autofree double *v = g_new (double, MAX (n_values, 1));
  guint m = 0;

  g_return_val_if_fail (values != NULL || n_values == 0, FALSE);
  g_return_val_if_fail (classes != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  *classes = (ParityClasses) { 0 };
  for (guint i = 0; i < n_values; i++)
    if (isfinite (values[i]))
      v[m++] = values[i];
  if (m == 0)
    {
      g_set_error_literal (error, PARITY_ERROR, PARITY_ERROR_EMPTY,
                           _("There are no values to put into classes"));
      return FALSE;
    }
  if (method != PARITY_CLASSES_MANUAL && (n_classes < 1 || n_classes > PARITY_CLASSES_MAX))
    {
      g_set_error (error, PARITY_ERROR, PARITY_ERROR_INVALID,
                   /* Translators: how many classes a chart asks for, the most there are. */
                   _("%u classes asked for; a map has 1 to %d"),
                   n_classes, PARITY_CLASSES_MAX);
      return FALSE;
    }
  qsort (v, m, sizeof *v, compare_doubles);
  if ((method == PARITY_CLASSES_QUANTILE || method == PARITY_CLASSES_EQUAL) &&
      v[0] == v[m - 1])
    {
      g_set_error (error, PARITY_ERROR, PARITY_ERROR_EMPTY,
                   /* Translators: a number, the one value a map's data have. */
                   _("Every value is %g: there is nothing to divide into classes"), v[0]);
      return FALSE;
    }
  if (method == PARITY_CLASSES_LOG && v[0] <= 0)
    {
      g_set_error (error, PARITY_ERROR, PARITY_ERROR_INVALID,
                   /* Translators: a number, the least value of a map's data. */
                   _("Log classes need values above zero, and %g is not; use quantile or "
                     "equal classes instead"), v[0]);
      return FALSE;
    }

  switch (method)
    {
    case PARITY_CLASSES_QUANTILE:
      classes_quantile (v, m, MIN (n_classes, m), classes);
      break;
    case PARITY_CLASSES_EQUAL:
      classes_equal (v[0], v[m - 1], n_classes, classes);
      break;
    case PARITY_CLASSES_LOG:
      if (!classes_log (v[0], v[m - 1], n_classes, classes, error))
        return FALSE;
      break;
    case PARITY_CLASSES_MANUAL:
      if (!classes_manual (manual, n_manual, v[0], v[m - 1], classes, error))
        return FALSE;
      break;
    default:
      g_return_val_if_reached (FALSE);
    }

  for (guint i = 0; i < m; i++)
    {
      int c = parity_classes_assign (classes, v[i]);

      g_assert (c >= 0);
      classes->counts[c]++;
    }
  return TRUE;
}

int
parity_classes_assign (const ParityClasses *classes,
                       double               value)
{
  g_return_val_if_fail (classes != NULL, -1);

  if (isnan (value) || classes->n == 0 || value < classes->breaks[0] ||
      value > classes->breaks[classes->n])
    return -1;
  for (guint i = classes->n - 1; i > 0; i--)
    if (value >= classes->breaks[i])
      return i;
  return 0;
}
