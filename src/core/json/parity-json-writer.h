/* parity-json-writer.h: JSON text that people can read and diff
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

char     *_parity_json_write     (JsonNode *root);
JsonNode *_parity_json_deep_copy (JsonNode *node);

G_END_DECLS
