/* parity-document.h: an open dataset file, its edits, and their undo history
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "parity-dataset.h"
#include "parity-dataset-join.h"

G_BEGIN_DECLS

#define PARITY_TYPE_DOCUMENT (parity_document_get_type ())
G_DECLARE_FINAL_TYPE (ParityDocument, parity_document, PARITY, DOCUMENT, GObject)

ParityDocument *parity_document_new            (ParityDataset  *dataset,
                                                GFile          *file);
ParityDocument *parity_document_new_restored   (ParityDataset  *dataset,
                                                GFile          *file);
ParityDataset  *parity_document_get_dataset    (ParityDocument *self);
GFile          *parity_document_get_file       (ParityDocument *self);
gboolean        parity_document_get_modified   (ParityDocument *self);
gboolean        parity_document_get_can_undo   (ParityDocument *self);
gboolean        parity_document_get_can_redo   (ParityDocument *self);

gboolean        parity_document_edit_chart     (ParityDocument *self,
                                                guint           chart,
                                                JsonNode       *json,
                                                const char     *merge_key,
                                                GError        **error);
gboolean        parity_document_add_chart      (ParityDocument *self,
                                                JsonNode       *json,
                                                GError        **error);
void            parity_document_remove_chart   (ParityDocument *self,
                                                guint           chart);
guint           parity_document_duplicate_chart (ParityDocument *self,
                                                guint           chart,
                                                GError        **error);
void            parity_document_move_chart     (ParityDocument *self,
                                                guint           from,
                                                guint           to);
void            parity_document_join           (ParityDocument *self,
                                                ParityJoin     *join);
gboolean        parity_document_undo           (ParityDocument *self);
gboolean        parity_document_redo           (ParityDocument *self);
gboolean        parity_document_save           (ParityDocument *self,
                                                GFile          *file,
                                                GError        **error);

void            parity_chart_json_set_text     (JsonObject     *chart,
                                                const char     *member,
                                                const char     *lang,
                                                const char     *default_lang,
                                                const char     *value);

G_END_DECLS
