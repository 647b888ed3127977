/* parity-atomic-file.h: write a file so that readers see the old one or the whole new one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Writes the file's contents to @stream; returns %FALSE with @error set to abandon it. */
typedef gboolean (*ParityStreamWriteFunc) (GOutputStream  *stream,
                                           gpointer        user_data,
                                           GError        **error);

gboolean parity_write_file_atomically (const char             *path,
                                       ParityStreamWriteFunc   write_func,
                                       gpointer                user_data,
                                       GError                **error);

G_END_DECLS
