/* parity-lazy-library.c: a shared library opened the first time a figure needs it
 *
 * The library is opened once per process (the first caller opens it, any other thread
 * waits for that) and never closed; a library that cannot be opened, or lacks a function,
 * is an error the caller reports where the feature was asked for, every time it is asked.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include <dlfcn.h>
#include <glib/gi18n-lib.h>

#include "parity-error.h"
#include "parity-lazy-library.h"

enum { LOADED = 1, FAILED = 2 };

static gsize
open_library (ParityLazyLibrary *library,
              gpointer          *table)
{
  void *handle = dlopen (library->soname, RTLD_NOW | RTLD_LOCAL);

  if (handle == NULL)
    {
      library->failure = g_strdup (dlerror ());
      return FAILED;
    }
  for (gsize i = 0; i < library->n_symbols; i++)
    if ((table[i] = dlsym (handle, library->symbols[i])) == NULL)
      {
        library->failure = g_strdup_printf ("%s: %s", library->soname, library->symbols[i]);
        return FAILED;
      }
  return LOADED;
}

/**
 * parity_lazy_library_load:
 * @library: a static description of the library
 * @table: (array): as many pointers as @library has symbols, filled on the first call
 * @table_size: sizeof the table, checked against the number of symbols
 *
 * Returns: %TRUE when @table holds the library's functions, else %FALSE with @error set
 */
gboolean
parity_lazy_library_load (ParityLazyLibrary *library,
                          gpointer          *table,
                          gsize              table_size,
                          GError           **error)
{
  g_return_val_if_fail (table_size == library->n_symbols * sizeof (gpointer), FALSE);

  if (g_once_init_enter (&library->state))
    g_once_init_leave (&library->state, open_library (library, table));
  if (library->state == LOADED)
    return TRUE;
  g_set_error (error, PARITY_ERROR, PARITY_ERROR_UNSUPPORTED,
               /* Translators: %1$s names a library ("librsvg", "libgettextpo", "ICU"), %2$s
                  is the system's reason, in English. */
               _("This needs %1$s, which cannot be loaded: %2$s"),
               library->display, library->failure);
  return FALSE;
}

/**
 * parity_lazy_library_is_loaded:
 * @soname: a library's run-time name
 *
 * For tests that guard the laziness: whether anything in the process has loaded @soname.
 *
 * Returns: %TRUE if @soname is mapped into the process
 */
gboolean
parity_lazy_library_is_loaded (const char *soname)
{
  void *handle = dlopen (soname, RTLD_NOW | RTLD_NOLOAD);

  if (handle == NULL)
    return FALSE;
  dlclose (handle);
  return TRUE;
}
