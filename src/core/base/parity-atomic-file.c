/* parity-atomic-file.c
 *
 * g_file_replace() is not enough: when the target does not exist yet it writes the target
 * itself, so a failure or a kill part-way leaves a truncated file under the final name.
 * Here the contents always go to a hidden temporary file in the target's folder (the same
 * file system, so the rename is atomic), are flushed to disk, and only then renamed over the
 * target. Any failure unlinks the temporary file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include <gio/gunixoutputstream.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "parity-atomic-file.h"

/* The permissions the file will have: an existing target's own, else 0666 less the umask
 * (which open() applies). */
static int
target_mode (const char *path)
{
  GStatBuf st;

  if (g_stat (path, &st) == 0 && S_ISREG (st.st_mode))
    return st.st_mode & 07777;
  return 0666;
}

static gboolean
set_errno_error (GError    **error,
                 int         saved_errno,
                 const char *what)
{
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno), "%s: %s", what,
               g_strerror (saved_errno));
  return FALSE;
}

/**
 * parity_write_file_atomically:
 * @path: the file to create or replace
 * @write_func: writes the contents
 *
 * Returns: %TRUE when @path holds exactly what @write_func wrote; on %FALSE, @path is as it
 * was before the call and no temporary file remains.
 */
gboolean
parity_write_file_atomically (const char             *path,
                              ParityStreamWriteFunc   write_func,
                              gpointer                user_data,
                              GError                **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *tmp_name = g_strdup_printf (".%s.XXXXXX", base);
  g_autofree char *tmp_path = g_build_filename (dir, tmp_name, NULL);
  g_autoptr(GOutputStream) raw = NULL;
  g_autoptr(GOutputStream) stream = NULL;
  int mode = target_mode (path);
  gboolean ok;
  int fd;

  fd = g_mkstemp_full (tmp_path, O_WRONLY | O_CLOEXEC, mode);
  if (fd < 0)
    return set_errno_error (error, errno, _("cannot create a file in this folder"));
  /* g_mkstemp_full's mode is filtered by the umask; an existing file's mode is kept as is. */
  if (mode != 0666)
    (void)fchmod (fd, mode);

  raw = g_unix_output_stream_new (fd, FALSE);
  stream = g_buffered_output_stream_new_sized (raw, 64 * 1024);
  ok = write_func (stream, user_data, error);
  /* Closed on every path, before the descriptor: closing flushes the buffer into @fd. */
  if (!g_output_stream_close (stream, NULL, ok ? error : NULL))
    ok = FALSE;
  if (ok && fsync (fd) != 0)
    ok = set_errno_error (error, errno, _("cannot write the file to disk"));
  if (close (fd) != 0 && ok)
    ok = set_errno_error (error, errno, _("cannot write the file to disk"));
  if (ok && g_rename (tmp_path, path) != 0)
    ok = set_errno_error (error, errno, _("cannot replace the file"));
  if (!ok)
    g_unlink (tmp_path);
  return ok;
}
