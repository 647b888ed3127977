/* parity-i18n.h: a dataset's texts for translators, and their translations written back
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "parity-dataset.h"

G_BEGIN_DECLS

/* One translatable text of a dataset file. */
typedef struct
{
  char             *context;   /* stable under reordering: "entity:LDC:label" */
  char             *path;      /* where it is now: "$.entities[3].label" */
  char             *comment;   /* for translators, one or more lines, or NULL */
  char             *msgid;     /* the text in the source language */
  char             *flag;      /* a gettext format flag ("python-brace-format"), or NULL */
  const ParityText *text;      /* owned by the dataset */
  const ParityEntity *entity;  /* an entity's label or short label: the entity; else NULL */
  gsize             start;     /* the bytes [start, end) of its value in the file */
  gsize             end;
  guint             line;      /* the line of its value, from 1 */
} ParityI18nEntry;

/* A translation, as read from a PO file. */
typedef struct
{
  char     *context;
  char     *msgid;
  char     *msgstr;   /* "" when untranslated */
  gboolean  fuzzy;
} ParityI18nMessage;

/* What became of a PO file's messages: every list holds contexts. */
typedef struct
{
  guint      n_merged;      /* translations written, new or changed */
  guint      n_unchanged;   /* translations the dataset had already */
  GPtrArray *untranslated;  /* an empty msgstr: not merged */
  GPtrArray *fuzzy;         /* marked fuzzy: not merged */
  GPtrArray *stale;         /* the msgid is no longer the dataset's text: not merged */
  GPtrArray *unknown;       /* no such text in the dataset: not merged */
  GPtrArray *missing;       /* texts of the dataset the PO file does not have */
  GPtrArray *named;         /* empty or absent, but the program names the entity itself */
} ParityI18nReport;

typedef struct _ParityI18n ParityI18n;

ParityI18n            *parity_i18n_new               (GBytes            *bytes,
                                                      const char        *display_name,
                                                      GError           **error);
ParityI18n            *parity_i18n_new_for_path      (const char        *path,
                                                      GError           **error);
void                   parity_i18n_free              (ParityI18n        *self);

ParityDataset         *parity_i18n_get_dataset       (ParityI18n        *self);
GBytes                *parity_i18n_get_bytes         (ParityI18n        *self);
const char            *parity_i18n_get_display_name  (ParityI18n        *self);
const char            *parity_i18n_get_source_lang   (ParityI18n        *self);
guint                  parity_i18n_get_n_entries     (ParityI18n        *self);
const ParityI18nEntry *parity_i18n_get_entry         (ParityI18n        *self,
                                                      guint              i);
const ParityI18nEntry *parity_i18n_lookup            (ParityI18n        *self,
                                                      const char        *context);
const char            *parity_i18n_entry_get_translation (const ParityI18nEntry *entry,
                                                      const char        *lang);
char                 **parity_i18n_list_langs        (ParityI18n        *self);
guint                  parity_i18n_count_translated  (ParityI18n        *self,
                                                      const char        *lang);
const char            *parity_i18n_entry_get_program_name (const ParityI18nEntry *entry,
                                                      const char        *lang);
gboolean               parity_i18n_entry_is_named    (const ParityI18nEntry *entry,
                                                      const char        *lang);
guint                  parity_i18n_count_named       (ParityI18n        *self,
                                                      const char        *lang);
char                  *parity_i18n_entry_dup_named_note (ParityI18n     *self,
                                                      const ParityI18nEntry *entry,
                                                      const char        *lang);

GBytes                *parity_i18n_merge             (ParityI18n        *self,
                                                      const char        *lang,
                                                      GPtrArray         *messages,
                                                      ParityI18nReport  *report,
                                                      GError           **error);

void                   parity_i18n_report_init       (ParityI18nReport  *report);
void                   parity_i18n_report_clear      (ParityI18nReport  *report);

ParityI18nMessage     *parity_i18n_message_new       (const char        *context,
                                                      const char        *msgid,
                                                      const char        *msgstr,
                                                      gboolean           fuzzy);
void                   parity_i18n_message_free      (ParityI18nMessage *message);

char                  *parity_i18n_locale_to_tag     (const char        *locale);
char                  *parity_i18n_tag_to_locale     (const char        *tag);

/* The in-place edit under parity_i18n_merge(), for tests: each edit is a
 * { path, lang, value } triple of strings, flattened into @edits. */
char                  *_parity_i18n_rewrite          (const char        *data,
                                                      gsize              len,
                                                      const char        *default_lang,
                                                      const char * const *edits,
                                                      gsize             *out_len,
                                                      GError           **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ParityI18n, parity_i18n_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ParityI18nMessage, parity_i18n_message_free)
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ParityI18nReport, parity_i18n_report_clear)

G_END_DECLS
