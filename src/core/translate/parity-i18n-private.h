/* parity-i18n-private.h: what listing texts and merging translations share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "parity-i18n.h"

G_BEGIN_DECLS

struct _ParityI18n
{
  GBytes        *bytes;
  char          *display_name;
  ParityDataset *dataset;
  GPtrArray     *entries;       /* ParityI18nEntry */
  GHashTable    *by_context;    /* context → entry */
  GPtrArray     *owned_texts;   /* texts the dataset does not keep (a donut's center_label) */
};

G_END_DECLS
