/* parity-preferences-window.h: the application's settings, as a window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define PARITY_TYPE_PREFERENCES_WINDOW (parity_preferences_window_get_type ())
G_DECLARE_FINAL_TYPE (ParityPreferencesWindow, parity_preferences_window, PARITY,
                      PREFERENCES_WINDOW, AdwPreferencesWindow)

GtkWidget *parity_preferences_window_new (GtkWindow *parent,
                                          GSettings *settings);

G_END_DECLS
