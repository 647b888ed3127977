/* parity-escape.h: text from a dataset written into CSV, Markdown or a terminal, as text only
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean parity_csv_is_formula        (const char *text);
void     parity_csv_append_field      (GString    *out,
                                       const char *text,
                                       gboolean    is_text);
void     parity_markdown_append_text  (GString    *out,
                                       const char *text,
                                       gboolean    line_start);

char    *parity_escape_controls       (const char *text);

G_END_DECLS
