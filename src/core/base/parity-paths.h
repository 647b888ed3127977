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

/* A file bundled with Parity, read on first use from any thread and kept: what its loader
 * made of it, or why it could not. */
typedef struct
{
  gpointer  object;
  GError   *error;
} ParityBundled;

typedef gpointer (*ParityBundledLoad) (const char  *path,
                                       GError     **error);

const ParityBundled *parity_paths_get_bundled (ParityBundled     **slot,
                                               const char         *folder,
                                               const char         *file,
                                               ParityBundledLoad   load);

G_END_DECLS
