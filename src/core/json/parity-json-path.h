/* parity-json-path.h: the one syntax of Parity's JSON paths
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* "$.charts[0].title.fr": a member whose name is an identifier (ASCII letter or "_", then
 * letters, digits, "_" or "-") is written ".name"; any other, the empty name included, is
 * written "['name']" with "'" and "\" escaped by a "\". An index is written "[3]".
 * The reader's messages, the spans that find a value by its path and so `parity-cli i18n
 * merge` all write paths through these two calls, so that they cannot disagree. */
void         _parity_json_path_append_member (GString    *path,
                                              const char *member);
void         _parity_json_path_append_index  (GString    *path,
                                              guint       index);

G_END_DECLS
