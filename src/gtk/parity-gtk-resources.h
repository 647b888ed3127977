/* parity-gtk-resources.h: the GResource of templates and styles, registered once
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

void parity_gtk_ensure_resources (void);

G_END_DECLS
