/* parity-id-map.c
 *
 * A World Bank, SDMX or CSV file names its economies and indicators by codes of its own:
 * "SP.POP.TOTL" and "WLD" are already ids, "Least developed countries" (a CSV without a code
 * column) or "ICT@2" (SDMX allows "@" and "$") are not. Each code of a load gets one id, the
 * code itself when it is valid, else parity_id_suggest()'s; two codes that would share an
 * id ("A B" and "A_B"... "A-B") are kept apart by a suffix, "-2", "-3", in the order met.
 * An entity's code is first made canonical (parity_economies_identify()): "JP", "392" and
 * "JPN" are one economy, whose id is "JPN", in every loader.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include "parity-economies.h"
#include "parity-id.h"
#include "parity-id-map.h"

struct _ParityIdMap
{
  GHashTable *ids;     /* code → id, both owned */
  GHashTable *taken;   /* id (borrowed from ids) */
};

ParityIdMap *
parity_id_map_new (void)
{
  ParityIdMap *map = g_new0 (ParityIdMap, 1);

  map->ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  map->taken = g_hash_table_new (g_str_hash, g_str_equal);
  return map;
}

void
parity_id_map_free (ParityIdMap *map)
{
  if (map == NULL)
    return;
  g_hash_table_unref (map->taken);
  g_hash_table_unref (map->ids);
  g_free (map);
}

/**
 * parity_id_map_get:
 * @code: a code from the file (any text)
 *
 * Returns: (transfer none): the id of @code in this load, the same for every call with it;
 *   owned by @map
 */
const char *
parity_id_map_get (ParityIdMap *map,
                   const char  *code)
{
  char *id = g_hash_table_lookup (map->ids, code);
  g_autofree char *base = NULL;

  if (id != NULL)
    return id;
  base = parity_id_suggest (code);
  id = g_strdup (base);
  for (guint n = 2; g_hash_table_contains (map->taken, id); n++)
    {
      g_free (id);
      id = parity_id_numbered (base, n);
    }
  g_hash_table_insert (map->ids, g_strdup (code), id);
  g_hash_table_add (map->taken, id);
  return id;
}

/**
 * parity_id_map_get_entity:
 * @code: an entity's code from the file
 * @kind: (out) (optional): what the code names, %PARITY_ENTITY_OTHER when it is not known
 *
 * Returns: (transfer none): the entity's id in this load: an economy's alpha-3 code, "WLD"
 *   for the world, else as parity_id_map_get() gives it
 */
const char *
parity_id_map_get_entity (ParityIdMap      *map,
                          const char       *code,
                          ParityEntityKind *kind)
{
  const char *canonical = NULL;
  ParityEntityKind k = parity_economies_identify (code, &canonical);

  if (kind != NULL)
    *kind = k;
  return parity_id_map_get (map, canonical != NULL ? canonical : code);
}
