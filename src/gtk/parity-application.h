/* parity-application.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define PARITY_TYPE_APPLICATION (parity_application_get_type ())
G_DECLARE_FINAL_TYPE (ParityApplication, parity_application, PARITY, APPLICATION,
                      AdwApplication)

ParityApplication *parity_application_new          (void);
GSettings         *parity_application_get_settings (ParityApplication *self);

G_END_DECLS
