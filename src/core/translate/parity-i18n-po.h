/* parity-i18n-po.h: a dataset's texts as PO files, through libgettextpo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "parity-i18n.h"

G_BEGIN_DECLS

/* A PO file, read. */
typedef struct
{
  char      *display_name;
  char      *lang;          /* BCP 47: from the Language header, else the file name, or NULL */
  char      *header_lang;   /* the Language header as written, or NULL */
  GPtrArray *messages;      /* ParityI18nMessage; the header and obsolete entries left out */
  guint      n_plural;      /* entries with plural forms, left out: a dataset has none */
} ParityI18nPo;

ParityI18nPo *parity_i18n_po_read  (const char  *path,
                                    GError     **error);
void          parity_i18n_po_free  (ParityI18nPo *po);
GBytes       *parity_i18n_to_po    (ParityI18n  *i18n,
                                    const char  *lang,
                                    GError     **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ParityI18nPo, parity_i18n_po_free)

G_END_DECLS
