/* parity-export-path.h: the names of exported files, always inside the folder chosen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char     *parity_export_file_name      (const char  *chart_id,
                                        const char  *preset,
                                        const char  *lang,
                                        const char  *extension);
char     *parity_export_path_in_folder (const char  *folder,
                                        const char  *name,
                                        GError     **error);
gboolean  parity_export_same_folder    (const char  *path,
                                        const char  *other,
                                        GError     **error);

G_END_DECLS
