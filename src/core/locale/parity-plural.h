/* parity-plural.h: gettext's plural formulas ("plural=(n != 1);"), evaluated
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean parity_plural_eval (const char *header,
                             gulong      n,
                             gulong     *form);

G_END_DECLS
