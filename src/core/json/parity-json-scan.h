/* parity-json-scan.h: strict RFC 8259 validation before json-glib builds the tree
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Deeper documents are refused: json-glib parses recursively and would exhaust the stack. */
#define PARITY_JSON_MAX_DEPTH 512
/* Longer strings are refused: no name, note or id is a megabyte long, and json-glib would
 * copy each one more than once. */
#define PARITY_JSON_MAX_STRING (1024 * 1024)

gboolean _parity_json_scan   (const char  *data,
                              gsize        len,
                              const char  *display_name,
                              GError     **error);
void     _parity_text_locate (const char  *data,
                              gsize        offset,
                              guint       *line,
                              guint       *column);

G_END_DECLS
