/* parity-theme-file.h: a house style read from a theme file (JSON) and laid over the
 * built-in theme: name, fonts per script, sizes, colours, colours by group, footer, logo,
 * margins
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "parity-text.h"
#include "parity-theme.h"
#include "parity-theme-logo.h"

G_BEGIN_DECLS

/* Limits on what a theme file may hold: it is read from anywhere a user points. */
#define PARITY_THEME_FILE_MAX_BYTES   (256 * 1024)
#define PARITY_THEME_FILE_MAX_GROUPS  64
#define PARITY_THEME_FILE_MAX_FAMILY  200      /* characters of a font family list */
#define PARITY_THEME_FILE_MAX_NAME    120      /* characters of the name, per language */
#define PARITY_THEME_FILE_MAX_FOOTER  400      /* characters of the footer, per language */
#define PARITY_THEME_FILE_MAX_MARGIN  144.0    /* points: two inches */
#define PARITY_THEME_LOGO_MIN_HEIGHT  6.0      /* points, as drawn */
#define PARITY_THEME_LOGO_MAX_HEIGHT  72.0

typedef enum
{
  PARITY_SCRIPT_LATIN,
  PARITY_SCRIPT_ARABIC,
  PARITY_SCRIPT_CJK,
  PARITY_SCRIPT_CYRILLIC,
  PARITY_N_SCRIPTS,
} ParityScript;

typedef struct _ParityThemeFile ParityThemeFile;

ParityThemeFile   *parity_theme_file_load        (const char             *path,
                                                  GError                **error);
ParityThemeFile   *parity_theme_file_load_bytes  (GBytes                 *bytes,
                                                  const char             *name,
                                                  const char             *folder,
                                                  GError                **error);
ParityThemeFile   *parity_theme_file_open        (const char             *name_or_path,
                                                  GError                **error);
const char * const *parity_theme_file_list_bundled (void);
ParityThemeFile   *parity_theme_file_ref         (ParityThemeFile        *file);
void               parity_theme_file_unref       (ParityThemeFile        *file);

const char        *parity_theme_file_get_id      (const ParityThemeFile  *file);
const char        *parity_theme_file_get_name    (const ParityThemeFile  *file,
                                                  const char             *lang);
const char        *parity_theme_file_get_footer  (const ParityThemeFile  *file,
                                                  const char             *lang);
cairo_surface_t   *parity_theme_file_get_logo    (const ParityThemeFile  *file,
                                                  double                 *height);

ParityScript       parity_script_for_language    (const char             *lang);
void               parity_theme_apply_file       (ParityTheme            *theme,
                                                  const ParityThemeFile  *file,
                                                  const char             *lang);
const ParityColor *parity_theme_group_color      (const ParityTheme      *theme,
                                                  const char             *key);
GStrv              parity_theme_file_check_colors (const ParityThemeFile *file);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ParityThemeFile, parity_theme_file_unref)

G_END_DECLS
