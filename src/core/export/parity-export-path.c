/* parity-export-path.c
 *
 * A batch export names its files after the charts' ids, and ids come from files that arrive
 * by e-mail. The loaders refuse ids that are not names (parity-id.h), and this is the second
 * wall, which holds even for an id that never went through a loader: each part of a file
 * name is made a valid id ("../../x/escaped" → "x-escaped"), and the joined path is checked
 * to resolve to a file directly inside the chosen folder before anything is written.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "parity-error.h"
#include "parity-export-path.h"
#include "parity-id.h"

/**
 * parity_export_file_name:
 * @chart_id: the chart's id, trusted or not
 * @preset: (nullable): the canvas's name, when a batch has several
 * @lang: (nullable): the language, when a batch has several
 * @extension: "png", "pdf", "svg", "csv"…
 *
 * Returns: (transfer full): "CHART[-PRESET][-LANG].EXTENSION", each part made a valid id,
 *   so the name has no separator and does not start with a dot
 */
char *
parity_export_file_name (const char *chart_id,
                         const char *preset,
                         const char *lang,
                         const char *extension)
{
  const char *parts[] = { chart_id, preset, lang };
  GString *name = g_string_new (NULL);

  g_return_val_if_fail (chart_id != NULL && extension != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    if (parts[i] != NULL)
      {
        g_autofree char *part = parity_id_suggest (parts[i]);

        g_string_append_printf (name, "%s%s", name->len > 0 ? "-" : "", part);
      }
  {
    g_autofree char *ext = parity_id_suggest (extension);

    g_string_append_printf (name, ".%s", ext);
  }
  return g_string_free (name, FALSE);
}

/* The absolute, normalised form of @path ("." and ".." resolved, no trailing separator). */
static char *
normalised (const char *path)
{
  return g_canonicalize_filename (path, NULL);
}

static gboolean
is_plain_name (const char *name)
{
  if (name[0] == '\0' || name[0] == '.' || strlen (name) > 255 ||
      strchr (name, G_DIR_SEPARATOR) != NULL || strchr (name, '/') != NULL)
    return FALSE;
  for (const char *p = name; *p != '\0'; p++)
    if ((guchar)*p < 0x20 || *p == 0x7f)
      return FALSE;
  return TRUE;
}

/**
 * parity_export_path_in_folder:
 * @folder: the folder the user chose
 * @name: a file name, as parity_export_file_name() makes
 *
 * Returns: (transfer full) (nullable): @folder/@name, or %NULL with %PARITY_ERROR_EXPORT when
 *   @name is not one plain file name (a separator, a leading dot, a control character, "..")
 *   or the path would resolve anywhere but directly inside @folder
 */
char *
parity_export_path_in_folder (const char  *folder,
                              const char  *name,
                              GError     **error)
{
  g_autofree char *path = NULL;
  g_autofree char *parent = NULL;
  g_autofree char *inside = NULL;
  g_autofree char *resolved_folder = NULL;

  g_return_val_if_fail (folder != NULL && name != NULL, NULL);

  path = g_build_filename (folder, name, NULL);
  resolved_folder = normalised (folder);
  inside = normalised (path);
  parent = g_path_get_dirname (inside);
  if (!is_plain_name (name) || g_strcmp0 (parent, resolved_folder) != 0)
    {
      g_autofree char *shown = g_strescape (name, NULL);
      g_autofree char *display = g_filename_display_name (folder);

      g_set_error (error, PARITY_ERROR, PARITY_ERROR_EXPORT,
                   /* Translators: a file name, then the folder it would have left. */
                   _("\"%s\" is not a plain file name inside %s: nothing was written"),
                   shown, display);
      return NULL;
    }
  return g_steal_pointer (&path);
}

/**
 * parity_export_same_folder:
 *
 * Returns: whether @other resolves into the folder of @path, the place of the file that a
 *   sidecar (@other) is written beside; else %FALSE with %PARITY_ERROR_EXPORT
 */
gboolean
parity_export_same_folder (const char  *path,
                           const char  *other,
                           GError     **error)
{
  g_autofree char *a = normalised (path);
  g_autofree char *b = normalised (other);
  g_autofree char *folder_a = g_path_get_dirname (a);
  g_autofree char *folder_b = g_path_get_dirname (b);
  g_autofree char *base = g_path_get_basename (b);

  if (g_strcmp0 (folder_a, folder_b) == 0 && is_plain_name (base))
    return TRUE;
  {
    g_autofree char *display = g_filename_display_name (other);

    g_set_error (error, PARITY_ERROR, PARITY_ERROR_EXPORT,
                 /* Translators: a file that was to be written beside an exported chart. */
                 _("%s is not beside the chart's file: nothing was written"), display);
  }
  return FALSE;
}
