/* parity-paths.c
 *
 * The same Parity runs from three places, and each finds its catalogues, its bundled data
 * and its settings schema without a variable set:
 *
 * - from the build tree (build/src/parity, build/src/cli/parity-cli, the tests): the
 *   executable lies under the build root meson configured, so the catalogues are those
 *   built in build/po, the schema the one compiled in build/data, and the data the source
 *   tree's data/;
 * - installed: the folders meson installed into, found relative to the executable
 *   (bin/../share/locale), so that an install moved as a whole, by `meson install
 *   --destdir` or a relocated prefix, works as well as one in place;
 * - anything else (no /proc, folders outside the prefix): the absolute folders configured.
 *
 * PARITY_LOCALEDIR and PARITY_DATADIR stay as overrides, for a developer who wants other
 * files; nothing needs them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include "parity-paths.h"
#include "parity-tsan.h"

typedef struct
{
  gboolean  uninstalled;
  char     *localedir;
  char     *pkgdatadir;
  char     *schemadir;   /* NULL: the system's, as GSettings finds it */
} Paths;

/* PARITY_RELATIVE_DIR (as meson wrote it, relative to the executable's folder) if it is
 * there, else @absolute. */
static char *
installed_dir (const char *exe_dir,
               const char *relative,
               const char *child,
               const char *absolute)
{
  if (exe_dir != NULL && relative[0] != '\0')
    {
      g_autofree char *joined = g_build_filename (exe_dir, relative, child, NULL);
      g_autofree char *dir = g_canonicalize_filename (joined, NULL);

      if (g_file_test (dir, G_FILE_TEST_IS_DIR))
        return g_steal_pointer (&dir);
    }
  return g_strdup (absolute);
}

static const char *
override (const char *name)
{
  const char *value = g_getenv (name);

  return value != NULL && value[0] != '\0' ? value : NULL;
}

static Paths *
find_paths (void)
{
  Paths *paths = g_new0 (Paths, 1);
  g_autofree char *exe = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *exe_dir = exe != NULL ? g_path_get_dirname (exe) : NULL;
  g_autofree char *prefix_datadir = NULL;

  paths->uninstalled = exe != NULL && g_str_has_prefix (exe, PARITY_BUILD_ROOT G_DIR_SEPARATOR_S);
  if (paths->uninstalled)
    {
      paths->localedir = g_build_filename (PARITY_BUILD_ROOT, "po", NULL);
      paths->pkgdatadir = g_strdup (PARITY_SOURCE_DATADIR);
      paths->schemadir = g_build_filename (PARITY_BUILD_ROOT, "data", NULL);
    }
  else
    {
      paths->localedir = installed_dir (exe_dir, PARITY_RELATIVE_LOCALEDIR, NULL, LOCALEDIR);
      paths->pkgdatadir = installed_dir (exe_dir, PARITY_RELATIVE_DATADIR, "parity",
                                         PARITY_PKGDATADIR);
      prefix_datadir = installed_dir (exe_dir, PARITY_RELATIVE_DATADIR, NULL, NULL);
      /* Moved with the rest (--destdir): the system's folders do not have it. */
      if (prefix_datadir != NULL)
        {
          g_autofree char *dir = g_build_filename (prefix_datadir, "glib-2.0", "schemas", NULL);
          g_autofree char *compiled = g_build_filename (dir, "gschemas.compiled", NULL);

          if (g_file_test (compiled, G_FILE_TEST_IS_REGULAR))
            paths->schemadir = g_steal_pointer (&dir);
        }
    }
  return paths;
}

static const Paths *
get_paths (void)
{
  static Paths *paths;

  if (g_once_init_enter (&paths))
    g_once_init_leave (&paths, find_paths ());
  return paths;
}

/**
 * parity_paths_is_uninstalled:
 *
 * Returns: whether this program runs from the build tree it was built in
 */
gboolean
parity_paths_is_uninstalled (void)
{
  return get_paths ()->uninstalled;
}

/**
 * parity_paths_get_localedir:
 *
 * Returns: the folder of the message catalogues (LANG/LC_MESSAGES/parity.mo):
 *   $PARITY_LOCALEDIR, else the build tree's or the install's
 */
const char *
parity_paths_get_localedir (void)
{
  const char *value = override ("PARITY_LOCALEDIR");

  return value != NULL ? value : get_paths ()->localedir;
}

/**
 * parity_paths_get_pkgdatadir:
 *
 * Returns: the folder of Parity's data (datasets/wsis-2019.json, the dataset schema):
 *   $PARITY_DATADIR, else the source tree's data/ or the install's share/parity
 */
const char *
parity_paths_get_pkgdatadir (void)
{
  const char *value = override ("PARITY_DATADIR");

  return value != NULL ? value : get_paths ()->pkgdatadir;
}

/**
 * parity_paths_get_schemadir:
 *
 * Returns: (nullable): a folder with the compiled settings schema to use before the
 *   system's (the build tree's, or an install's moved away from its prefix), or %NULL when
 *   the system's folders are the place; $GSETTINGS_SCHEMA_DIR is GSettings' own override
 */
const char *
parity_paths_get_schemadir (void)
{
  return get_paths ()->schemadir;
}

/**
 * parity_paths_get_bundled:
 * @slot: where the file is kept once read: a static pointer of the caller, %NULL at first
 * @folder: its folder in Parity's data folder ("classification")
 * @file: its name ("economies.tsv")
 * @load: what reads it
 *
 * A bundled file, read by @load the first time any thread asks and kept for the life of
 * the process; a file that cannot be read is warned about once, and its error kept.
 *
 * Returns: (transfer none): the file as read, or its error
 */
const ParityBundled *
parity_paths_get_bundled (ParityBundled     **slot,
                          const char         *folder,
                          const char         *file,
                          ParityBundledLoad   load)
{
  if (g_once_init_enter (slot))
    {
      ParityBundled *bundled = g_new0 (ParityBundled, 1);
      g_autofree char *path = g_build_filename (parity_paths_get_pkgdatadir (), folder, file,
                                                NULL);

      bundled->object = load (path, &bundled->error);
      if (bundled->object == NULL)
        g_warning ("%s", bundled->error->message);
      parity_tsan_release (bundled);
      g_once_init_leave (slot, bundled);
    }
  /* g_once is GLib's, which ThreadSanitizer does not see: the thread that read the file
   * handed it over there. */
  parity_tsan_acquire (*slot);
  return *slot;
}
