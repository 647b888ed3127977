/* parity-economy-names.h: an economy named in a chart's language
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "parity-dataset.h"

G_BEGIN_DECLS

const char *parity_economy_name  (const char         *code,
                                  const char         *lang,
                                  gboolean            prefer_short);
const char *parity_economy_find_by_name (const char *name);
const char *parity_entity_label  (const ParityEntity *entity,
                                  const char         *lang,
                                  const char         *default_lang,
                                  gboolean            prefer_short);

G_END_DECLS
