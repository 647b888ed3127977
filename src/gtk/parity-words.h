/* parity-words.h: what the window calls things — kinds, qualifiers, sizes, languages,
 * groups of economies
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "parity-dataset.h"
#include "parity-preset.h"

G_BEGIN_DECLS

const char    *parity_words_ui_lang           (void);
const char    *parity_words_kind              (const char        *kind);
const char    *parity_words_qualifier         (ParityQualifier    qualifier);
char          *parity_words_preset            (const ParityPreset *preset);
GtkStringList *parity_words_languages         (GPtrArray         *tags,
                                               const char        *default_lang);
void           parity_words_set_combo_strings (AdwComboRow      *row,
                                               GtkStringList    *list);
void           parity_words_set_combo_wrapping (AdwComboRow      *row);
void           parity_words_wrap_whole_words  (GtkWidget         *root);
const char * const *parity_words_economy_group_ids (void);
const char    *parity_words_economy_group     (const char        *group);

G_END_DECLS
