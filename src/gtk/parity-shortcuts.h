/* parity-shortcuts.h: shortcuts labelled as GTK labels them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

char *parity_shortcut_tooltip     (const char *text,
                                   const char *accelerator);
void  parity_shortcuts_fix_labels (GtkWidget  *root);

G_END_DECLS
