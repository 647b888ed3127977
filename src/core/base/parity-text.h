/* parity-text.h: multilingual text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A user-visible text in several languages, keyed by BCP 47 tag. */
typedef struct _ParityText ParityText;

ParityText  *parity_text_new          (void);
ParityText  *parity_text_new_plain    (const char *lang,
                                       const char *value);
void         parity_text_free         (ParityText *text);
void         parity_text_set          (ParityText *text,
                                       const char *lang,
                                       const char *value);
const char  *parity_text_get          (const ParityText *text,
                                       const char       *lang,
                                       const char       *default_lang);
const char  *parity_text_get_exact    (const ParityText *text,
                                       const char       *lang);
guint        parity_text_get_n_langs  (const ParityText *text);
const char  *parity_text_get_lang     (const ParityText *text,
                                       guint             i);
gboolean     parity_lang_tag_is_valid (const char *tag);
gboolean     parity_iso_date_is_valid (const char *text);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ParityText, parity_text_free)

G_END_DECLS
