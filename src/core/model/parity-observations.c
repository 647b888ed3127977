/* parity-observations.c: an indicator's observations in columns, and their index
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

typedef struct
{
  guint32 entity, period, breakdown;
} ObsKey;

static guint
obs_key_hash (gconstpointer key)
{
  const ObsKey *k = key;

  return (k->entity * 2654435761u) ^ (k->period * 40503u) ^ k->breakdown;
}

static gboolean
obs_key_equal (gconstpointer a,
               gconstpointer b)
{
  const ObsKey *ka = a, *kb = b;

  return ka->entity == kb->entity && ka->period == kb->period && ka->breakdown == kb->breakdown;
}

/* The index of an indicator's observations by (entity, period, breakdown), for
 * parity_dataset_find_observation(); the value is the observation's index + 1.
 * The keys live in one block beside the table: one allocation, not one per observation. */
GHashTable *
_parity_indicator_build_index (ParityIndicator *indicator)
{
  ObsKey *keys = g_new (ObsKey, MAX (indicator->obs.len, 1));
  GHashTable *index = g_hash_table_new (obs_key_hash, obs_key_equal);

  for (guint i = indicator->obs.len; i-- > 0;)
    {
      keys[i] = (ObsKey) { indicator->obs.entity[i], indicator->obs.period[i],
                           indicator->obs.breakdown[i] };
      /* Iterating backwards keeps the first observation of a duplicated key. */
      g_hash_table_insert (index, &keys[i], GUINT_TO_POINTER (i + 1));
    }
  indicator->obs_keys = keys;
  return index;
}

gpointer
_parity_observations_index_lookup (GHashTable *index,
                                   guint32     entity,
                                   guint32     period,
                                   guint32     breakdown)
{
  ObsKey key = { entity, period, breakdown };

  return g_hash_table_lookup (index, &key);
}
