/* parity-language.h: languages by their own names, in the order a reader wants them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char    *parity_language_autonym (const char *tag);
gboolean parity_language_same    (const char *a,
                                  const char *b);
void     parity_language_sort    (GPtrArray  *tags,
                                  const char *first,
                                  const char *second);

G_END_DECLS
