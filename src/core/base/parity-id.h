/* parity-id.h: ids are names, never paths
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* An id names a source, an entity, an indicator or a chart. It becomes part of file names
 * (a chart's export, its sidecars), so it is held to a pattern no file system or shell reads
 * anything into: letters and digits of any script, "_", "-" and ".", starting with a letter,
 * a digit or "_", at most this many bytes of UTF-8. */
#define PARITY_ID_MAX_LENGTH 128

gboolean  parity_id_is_valid (const char *id);
char     *parity_id_suggest  (const char *text);
char     *parity_id_numbered (const char *id,
                              guint       n);

G_END_DECLS
