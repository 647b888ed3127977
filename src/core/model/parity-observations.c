/* parity-observations.c: the column arrays an indicator's observations are stored in
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include <math.h>

#include "parity-dataset-private.h"

static void
obs_resize (ParityObservations *obs,
            guint               capacity)
{
  obs->entity = g_renew (guint32, obs->entity, capacity);
  obs->period = g_renew (guint32, obs->period, capacity);
  obs->breakdown = g_renew (guint32, obs->breakdown, capacity);
  obs->source = g_renew (guint32, obs->source, capacity);
  obs->value = g_renew (double, obs->value, capacity);
  obs->qualifier = g_renew (guint8, obs->qualifier, capacity);
  obs->capacity = capacity;
}

void
_parity_indicator_reserve (ParityIndicator *indicator,
                           guint            n)
{
  if (n > indicator->obs.capacity)
    obs_resize (&indicator->obs, n);
}

guint
_parity_indicator_append (ParityIndicator *indicator,
                          guint32          entity,
                          guint32          period,
                          guint32          breakdown,
                          double           value,
                          ParityQualifier  qualifier,
                          guint32          source)
{
  ParityObservations *obs = &indicator->obs;
  guint i = obs->len;

  if (i == obs->capacity)
    obs_resize (obs, MAX (8, obs->capacity * 2));
  obs->entity[i] = entity;
  obs->period[i] = period;
  obs->breakdown[i] = breakdown;
  obs->source[i] = source;
  obs->value[i] = qualifier == PARITY_QUALIFIER_MISSING ? NAN : value;
  obs->qualifier[i] = qualifier;
  obs->len++;
  return i;
}
