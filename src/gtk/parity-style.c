/* parity-style.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-gtk"

#include "config.h"

#include <adwaita.h>

#include "parity-style.h"

static gboolean
color_scheme_from_variant (GValue   *value,
                           GVariant *variant,
                           gpointer  user_data)
{
  const char *style = g_variant_get_string (variant, NULL);

  if (g_str_equal (style, "system"))
    g_value_set_enum (value, ADW_COLOR_SCHEME_DEFAULT);
  else if (g_str_equal (style, "light"))
    g_value_set_enum (value, ADW_COLOR_SCHEME_FORCE_LIGHT);
  else if (g_str_equal (style, "dark"))
    g_value_set_enum (value, ADW_COLOR_SCHEME_FORCE_DARK);
  else
    return FALSE;
  return TRUE;
}

/**
 * parity_style_follow_settings:
 * @settings: settings of the io.github.paritycharts.Parity schema
 *
 * Applies the style-variant key to the default #AdwStyleManager now and whenever it
 * changes. A binding rather than a signal handler: it lives on the style manager, which
 * lives as long as the process, keeps @settings alive with it, and is replaced rather than
 * doubled when called again.
 */
void
parity_style_follow_settings (GSettings *settings)
{
  g_return_if_fail (G_IS_SETTINGS (settings));

  g_settings_bind_with_mapping (settings, "style-variant",
                                adw_style_manager_get_default (), "color-scheme",
                                G_SETTINGS_BIND_GET,
                                color_scheme_from_variant, NULL, NULL, NULL);
}
