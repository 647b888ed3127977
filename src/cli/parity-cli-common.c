/* parity-cli-common.c: what every command shares — errors, option parsing, loading
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "parity-cli-private.h"
#include "parity-dataset-join.h"
#include "parity-escape.h"
#include "parity-loader.h"

/* "parity-cli: data.json:3:10: unexpected character", the shape compilers use, so editors
 * and CI logs link to the place. */
void
parity_cli_error (const char *format,
                  ...)
{
  g_autofree char *message = NULL;
  g_autofree char *shown = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  /* Messages quote names from files: no escape sequence of theirs reaches the terminal. */
  shown = parity_escape_controls (message);
  fprintf (stderr, "parity-cli: %s\n", shown);
}

gboolean
parity_cli_parse (GOptionContext *context,
                  int            *argc,
                  char         ***argv)
{
  g_autoptr(GError) error = NULL;

  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (g_option_context_parse (context, argc, argv, &error))
    return TRUE;
  /* Translators: the first %s is GLib's message about the command line, the second the
     command, e.g. “parity-cli export”. */
  parity_cli_error (_("%s (try “%s --help”)"), error->message, g_get_prgname ());
  return FALSE;
}

/* --labels fr=wb-fr.json: the same World Bank data, asked for in French. */
static gboolean
add_labels (ParityDataset *dataset,
            const char    *spec)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *lang = NULL;
  const char *equals = strchr (spec, '=');

  if (equals == NULL || equals == spec || equals[1] == '\0')
    {
      /* Translators: %s is what was typed after --labels, as in “--labels fr=data-fr.json”;
         TAG=FILE is the placeholder of --labels in “parity-cli export --help”. */
      parity_cli_error (_("--labels “%s”: give a language and a file, TAG=FILE"), spec);
      return FALSE;
    }
  lang = g_strndup (spec, equals - spec);
  if (!parity_lang_tag_is_valid (lang))
    {
      parity_cli_error (_("“%s” is not a BCP 47 language tag"), lang);
      return FALSE;
    }
  if (!parity_dataset_add_labels_file (dataset, lang, equals + 1, &error))
    {
      parity_cli_error ("%s", error->message);
      return FALSE;
    }
  return TRUE;
}

/* --add gdp.json: another file's indicators, joined by entity id. What did not match is
 * said on stderr, and is no error: a World Bank file has aggregates an OWID file lacks. */
static gboolean
add_file (ParityDataset *dataset,
          const char    *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ParityJoin) join = NULL;
  g_autofree char *summary = NULL, *unmatched = NULL;
  g_auto(GStrv) lines = NULL;

  if (!parity_dataset_join_file (dataset, path, &join, &error))
    {
      parity_cli_error ("%s", error->message);
      return FALSE;
    }
  for (const char * const *w = parity_join_get_warnings (join); *w != NULL; w++)
    parity_cli_error (_("warning: %s: %s"), path, *w);
  summary = parity_join_describe (join);
  parity_cli_error ("%s", summary);
  unmatched = parity_join_list_unmatched (join);
  lines = g_strsplit (unmatched, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (lines[i][0] != '\0')
      parity_cli_error ("%s", lines[i]);
  return TRUE;
}

/* The dataset at @path (the bundled one when %NULL), with the labels of @labels and the
 * indicators of the files @adds added. */
ParityDataset *
parity_cli_load (const char         *path,
                 const char * const *labels,
                 const char * const *adds)
{
  g_autofree char *bundled = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ParityDataset) dataset = NULL;

  if (path == NULL)
    path = bundled = parity_dataset_get_bundled_path ();
  dataset = parity_dataset_load_file (path, &error);
  if (dataset == NULL)
    {
      parity_cli_error ("%s", error->message);
      return NULL;
    }
  /* What the loader left out while loading the rest: said, not hidden. */
  for (const char * const *w = parity_dataset_get_warnings (dataset); *w != NULL; w++)
    /* Translators: the file, then what was left out of it and why. */
    parity_cli_error (_("warning: %s: %s"), path, *w);
  for (guint i = 0; labels != NULL && labels[i] != NULL; i++)
    if (!add_labels (dataset, labels[i]))
      return NULL;
  for (guint i = 0; adds != NULL && adds[i] != NULL; i++)
    if (!add_file (dataset, adds[i]))
      return NULL;
  return g_steal_pointer (&dataset);
}

/* --theme: a bundled theme by id, else a theme file; NULL when it cannot be read
 * (reported). */
ParityThemeFile *
parity_cli_load_theme (const char *name_or_path)
{
  g_autoptr(GError) error = NULL;
  ParityThemeFile *theme = parity_theme_file_open (name_or_path, &error);

  if (theme == NULL)
    parity_cli_error ("%s", error->message);
  return theme;
}
