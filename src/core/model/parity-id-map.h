/* parity-id-map.h: foreign codes to Parity ids, for the loaders of other formats
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "parity-dataset.h"

G_BEGIN_DECLS

typedef struct _ParityIdMap ParityIdMap;

ParityIdMap *parity_id_map_new  (void);
void         parity_id_map_free (ParityIdMap *map);
const char  *parity_id_map_get  (ParityIdMap *map,
                                 const char  *code);
const char  *parity_id_map_get_entity (ParityIdMap      *map,
                                       const char       *code,
                                       ParityEntityKind *kind);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ParityIdMap, parity_id_map_free)

G_END_DECLS
