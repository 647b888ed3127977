/* parity-dataset-join.h: another file's indicators joined to an open dataset by entity id
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "parity-dataset.h"

G_BEGIN_DECLS

/* The two sides of a join: what each has that the other lacks. */
typedef enum
{
  PARITY_JOIN_ADDED,  /* entities of the added file that the open dataset did not have */
  PARITY_JOIN_OPEN,   /* entities of the open dataset that got no value from it */
} ParityJoinSide;

typedef struct _ParityJoin ParityJoin;

ParityJoin         *parity_join_new             (ParityDataset  *into,
                                                 ParityDataset  *other,
                                                 const char     *path,
                                                 GError        **error);
ParityJoin         *parity_join_new_from_file   (ParityDataset  *into,
                                                 const char     *path,
                                                 GError        **error);
ParityJoin         *parity_join_ref             (ParityJoin     *join);
void                parity_join_unref           (ParityJoin     *join);
void                parity_join_apply           (ParityJoin     *join);
void                parity_join_revert          (ParityJoin     *join);
gboolean            parity_join_get_applied     (ParityJoin     *join);
const char         *parity_join_get_chart       (ParityJoin     *join);

const char         *parity_join_get_display_name (ParityJoin    *join);
const char * const *parity_join_get_warnings    (ParityJoin     *join);
guint               parity_join_get_n_indicators (ParityJoin    *join);
const char         *parity_join_get_indicator   (ParityJoin     *join,
                                                 guint           i);
guint               parity_join_get_n_matched   (ParityJoin     *join);
guint               parity_join_get_n_unmatched (ParityJoin     *join,
                                                 ParityJoinSide  side);
const ParityEntity *parity_join_get_unmatched   (ParityJoin     *join,
                                                 ParityJoinSide  side,
                                                 guint           i);
char               *parity_join_describe        (ParityJoin     *join);
char               *parity_join_list_unmatched  (ParityJoin     *join);

gboolean            parity_dataset_join_file    (ParityDataset  *dataset,
                                                 const char     *path,
                                                 ParityJoin    **join,
                                                 GError        **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ParityJoin, parity_join_unref)

G_END_DECLS
