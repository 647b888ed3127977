/* parity-paths.h: where Parity's own files are, wherever it runs from
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean    parity_paths_is_uninstalled   (void);
const char *parity_paths_get_localedir    (void);
const char *parity_paths_get_pkgdatadir   (void);
const char *parity_paths_get_schemadir    (void);

G_END_DECLS
