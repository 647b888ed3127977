/* parity-json-reader.h: typed reads from a JSON tree that report errors by JSON path
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "parity-text.h"

G_BEGIN_DECLS

/* Walks a parsed document and keeps the JSON path of where it is, so that every content
 * error says where: "data.json: $.indicators[2].observations[7].value: expected a number". */
typedef struct
{
  const char *file;   /* the name shown in messages */
  GString    *path;   /* "$.indicators[2]" */
  GError    **error;
} ParityJsonReader;

void         _parity_json_reader_init        (ParityJsonReader *reader,
                                              const char       *file,
                                              GError          **error);
void         _parity_json_reader_clear       (ParityJsonReader *reader);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ParityJsonReader, _parity_json_reader_clear)

/* Path handling: push returns a mark to pop back to. */
gsize        _parity_json_reader_push_member (ParityJsonReader *reader,
                                              const char       *member);
gsize        _parity_json_reader_push_index  (ParityJsonReader *reader,
                                              guint             index);
void         _parity_json_reader_pop         (ParityJsonReader *reader,
                                              gsize             mark);

gboolean     _parity_json_reader_fail        (ParityJsonReader *reader,
                                              const char       *format,
                                              ...) G_GNUC_PRINTF (2, 3);
gboolean     _parity_json_reader_fail_at     (ParityJsonReader *reader,
                                              const char       *member,
                                              const char       *format,
                                              ...) G_GNUC_PRINTF (3, 4);

/* Rejects members not in @allowed (NULL-terminated); "$schema" and "x-…" are always allowed. */
gboolean     _parity_json_reader_check_members (ParityJsonReader  *reader,
                                                JsonObject        *object,
                                                const char *const *allowed);

/* Each read_* returns FALSE after setting the error. A missing optional member leaves
 * *out untouched and returns TRUE. */
gboolean     _parity_json_reader_object      (ParityJsonReader *reader,
                                              JsonNode         *node,
                                              JsonObject      **out);
gboolean     _parity_json_reader_string      (ParityJsonReader *reader,
                                              JsonObject       *object,
                                              const char       *member,
                                              gboolean          required,
                                              const char      **out);
gboolean     _parity_json_reader_token       (ParityJsonReader *reader,
                                              JsonObject       *object,
                                              const char       *member,
                                              gboolean          required,
                                              const char      **out);
gboolean     _parity_json_reader_id          (ParityJsonReader *reader,
                                              JsonObject       *object,
                                              const char       *member,
                                              gboolean          required,
                                              const char      **out);
gboolean     _parity_json_reader_int         (ParityJsonReader *reader,
                                              JsonObject       *object,
                                              const char       *member,
                                              gboolean          required,
                                              gint64            min,
                                              gint64            max,
                                              gint64           *out);
gboolean     _parity_json_reader_number      (ParityJsonReader *reader,
                                              JsonObject       *object,
                                              const char       *member,
                                              gboolean          required,
                                              double           *out);
gboolean     _parity_json_reader_array       (ParityJsonReader *reader,
                                              JsonObject       *object,
                                              const char       *member,
                                              gboolean          required,
                                              JsonArray       **out);
gboolean     _parity_json_reader_member_object (ParityJsonReader *reader,
                                                JsonObject       *object,
                                                const char       *member,
                                                gboolean          required,
                                                JsonObject      **out);
gboolean     _parity_json_reader_text        (ParityJsonReader *reader,
                                              JsonObject       *object,
                                              const char       *member,
                                              gboolean          required,
                                              const char       *default_lang,
                                              ParityText      **out);
gboolean     _parity_json_reader_enum        (ParityJsonReader  *reader,
                                              JsonObject        *object,
                                              const char        *member,
                                              const char *const *names,
                                              int               *out);

const char  *_parity_json_node_describe      (JsonNode *node);
JsonParser  *_parity_json_parse              (const char       *data,
                                              gsize             len,
                                              const char       *name,
                                              GError          **error);

G_END_DECLS
