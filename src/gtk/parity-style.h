/* parity-style.h: the application's light or dark style, as the settings ask
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

void parity_style_follow_settings (GSettings *settings);

G_END_DECLS
