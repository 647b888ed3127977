/* parity-cli-i18n.c: parity-cli i18n extract, merge and status — a dataset's texts
 * translated with PO files (po/README.md)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-cli"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>

#include "parity-cli-private.h"
#include "parity-i18n-po.h"
#include "parity-loader.h"

/* How many contexts a warning names before "and N more" (all of them with --verbose). */
#define SHOWN_CONTEXTS 5

static int run_extract (int argc, char **argv);
static int run_merge   (int argc, char **argv);
static int run_status  (int argc, char **argv);

static const struct
{
  const char *name;
  int       (*run) (int argc, char **argv);
  const char *summary;
} subcommands[] = {
  { "extract", run_extract, N_("Write every text of a dataset to a PO template (.pot)") },
  { "merge", run_merge, N_("Write the translations of PO files into a dataset") },
  { "status", run_status, N_("Say how much of a dataset is translated, per language") },
};

static void
print_usage (FILE *out)
{
  fprintf (out, "%s\n", _("Usage: parity-cli i18n SUBCOMMAND [OPTION…]"));
  fprintf (out, "\n%s\n", _("Translate a dataset’s own texts (titles, labels, notes) with PO "
                            "files, in Poedit, Lokalize or any gettext tool."));
  fprintf (out, "\n%s\n", _("Subcommands:"));
  for (guint i = 0; i < G_N_ELEMENTS (subcommands); i++)
    fprintf (out, "  %-10s %s\n", subcommands[i].name, _(subcommands[i].summary));
  fprintf (out, "\n%s\n", _("Run “parity-cli i18n SUBCOMMAND --help” for a subcommand’s "
                            "options."));
}

/* Writes @bytes to @path ("-": standard output) in one step: a reader sees the old file or
 * the new one, never half of it. An existing file keeps its permissions. */
static gboolean
write_output (const char *path,
              GBytes     *bytes)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *display = NULL;
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);
  GStatBuf st;
  int mode = 0666;

  if (g_str_equal (path, "-"))
    {
      if (fwrite (data, 1, len, stdout) != len || fflush (stdout) != 0)
        {
          parity_cli_error (_("standard output: %s"), g_strerror (errno));
          return FALSE;
        }
      return TRUE;
    }
  if (g_stat (path, &st) == 0 && S_ISREG (st.st_mode))
    mode = st.st_mode & 07777;
  if (g_file_set_contents_full (path, data, len, G_FILE_SET_CONTENTS_CONSISTENT, mode, &error))
    return TRUE;
  display = g_filename_display_name (path);
  parity_cli_error ("%s: %s", display, error->message);
  return FALSE;
}

static gboolean
same_file (const char *a,
           const char *b)
{
  GStatBuf sa, sb;

  return g_stat (a, &sa) == 0 && g_stat (b, &sb) == 0 && sa.st_dev == sb.st_dev &&
         sa.st_ino == sb.st_ino;
}

/* "a, b, c, d, e and 3 more" */
static char *
list_contexts (GPtrArray *contexts,
               gboolean   all)
{
  GString *out = g_string_new (NULL);
  guint shown = all ? contexts->len : MIN (contexts->len, SHOWN_CONTEXTS);

  for (guint i = 0; i < shown; i++)
    g_string_append_printf (out, "%s%s", i > 0 ? ", " : "",
                            (const char *)g_ptr_array_index (contexts, i));
  if (shown < contexts->len)
    g_string_append_printf (out, _(" and %u more (--verbose lists them)"), contexts->len - shown);
  return g_string_free (out, FALSE);
}

static void
warn_about (const char *po_name,
            GPtrArray  *contexts,
            const char *what,
            gboolean    verbose)
{
  g_autofree char *list = NULL;

  if (contexts->len == 0)
    return;
  list = list_contexts (contexts, verbose);
  parity_cli_error ("%s: %u %s: %s", po_name, contexts->len, what, list);
}

static void
print_report (const char       *po_name,
              ParityI18nReport *report,
              gboolean          verbose)
{
  warn_about (po_name, report->untranslated, _("untranslated, not merged"), verbose);
  warn_about (po_name, report->fuzzy, _("fuzzy, not merged (review them, then clear the "
                                         "fuzzy mark)"), verbose);
  warn_about (po_name, report->stale, _("stale, not merged (the dataset’s text has changed: "
                                         "extract again and msgmerge)"), verbose);
  warn_about (po_name, report->unknown, _("unknown, not merged (no such text in the "
                                           "dataset)"), verbose);
  warn_about (po_name, report->missing, _("texts of the dataset not in the file (extract "
                                           "again and msgmerge)"), verbose);
}

static gboolean
check_lang_option (const char *lang)
{
  if (lang == NULL || parity_lang_tag_is_valid (lang))
    return TRUE;
  parity_cli_error (_("--lang “%s” is not a BCP 47 language tag (fr, pt-BR, zh-Hant)"), lang);
  return FALSE;
}

/* parity-cli i18n extract */

static int
run_extract (int    argc,
             char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(ParityI18n) i18n = NULL;
  g_autoptr(GBytes) po = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *output = NULL;
  g_autofree char *lang = NULL;
  g_autofree char *bundled = NULL;
  gboolean quiet = FALSE;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write to FILE (default: standard output)"), N_("FILE") },
    { "lang", 'l', 0, G_OPTION_ARG_STRING, &lang,
      N_("Write a PO file for this language, with the translations the dataset has"),
      N_("TAG") },
    { "quiet", 'q', 0, G_OPTION_ARG_NONE, &quiet, N_("Do not say what was written"), NULL },
    { NULL }
  };
  const char *path;

  context = g_option_context_new (_("[DATASET] — write every text of a dataset to a PO "
                                    "template"));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_description (context,
                                    _("Each text is one entry: its context names it by ids "
                                      "(entity:LDC:label), its msgid is the text in the "
                                      "dataset’s language. DATASET defaults to the bundled "
                                      "dataset."));
  g_set_prgname ("parity-cli i18n extract");
  if (!parity_cli_parse (context, &argc, &argv))
    return PARITY_CLI_EXIT_USAGE;
  if (argc > 2)
    {
      parity_cli_error (_("one dataset at a time (got %d)"), argc - 1);
      return PARITY_CLI_EXIT_USAGE;
    }
  if (!check_lang_option (lang))
    return PARITY_CLI_EXIT_USAGE;

  path = argc > 1 ? argv[1] : (bundled = parity_dataset_get_bundled_path ());
  i18n = parity_i18n_new_for_path (path, &error);
  if (i18n == NULL)
    {
      parity_cli_error ("%s", error->message);
      return PARITY_CLI_EXIT_FAILURE;
    }
  if (lang != NULL && g_ascii_strcasecmp (lang, parity_i18n_get_source_lang (i18n)) == 0)
    {
      parity_cli_error (_("--lang %s is the dataset’s own language: leave --lang out for a "
                          "template"), lang);
      return PARITY_CLI_EXIT_USAGE;
    }
  po = parity_i18n_to_po (i18n, lang, &error);
  if (po == NULL)
    {
      parity_cli_error ("%s", error->message);
      return PARITY_CLI_EXIT_FAILURE;
    }
  if (!write_output (output != NULL ? output : "-", po))
    return PARITY_CLI_EXIT_FAILURE;
  if (!quiet && output != NULL && !g_str_equal (output, "-"))
    {
      g_autofree char *display = g_filename_display_name (output);
      guint n = parity_i18n_get_n_entries (i18n);

      printf (g_dngettext (GETTEXT_PACKAGE, "%s: %u text", "%s: %u texts", n), display, n);
      if (lang != NULL)
        {
          guint named = parity_i18n_count_named (i18n, lang);

          printf (_(", %u translated into %s"), parity_i18n_count_translated (i18n, lang),
                  lang);
          if (named > 0)
            printf (_(", %u named by the program (empty, with a note)"), named);
        }
      printf ("\n");
    }
  return EXIT_SUCCESS;
}

/* parity-cli i18n merge */

/* FALSE (reported) when the arguments do not make a merge. */
static gboolean
check_merge_arguments (int         argc,
                       char      **argv,
                       const char *output,
                       const char *lang)
{
  if (argc < 3)
    {
      parity_cli_error (_("give a dataset and at least one PO file (try “%s --help”)"),
                        g_get_prgname ());
      return FALSE;
    }
  if (output == NULL)
    {
      parity_cli_error (_("say where to write the dataset with -o FILE (it may be %s itself)"),
                        argv[1]);
      return FALSE;
    }
  if (!check_lang_option (lang))
    return FALSE;
  if (lang != NULL && argc > 3)
    {
      parity_cli_error (_("--lang goes with one PO file (got %d)"), argc - 2);
      return FALSE;
    }
  return TRUE;
}

/* "fr.po: 12 translations merged into fr, 3 already there" */
static void
print_merged (FILE                   *summary,
              const ParityI18nPo     *po,
              const ParityI18nReport *report,
              const char             *po_lang)
{
  fprintf (summary, g_dngettext (GETTEXT_PACKAGE, "%s: %u translation merged into %s",
                                 "%s: %u translations merged into %s",
                                 report->n_merged),
           po->display_name, report->n_merged, po_lang);
  if (report->n_unchanged > 0)
    fprintf (summary, _(", %u already there"), report->n_unchanged);
  fprintf (summary, "\n");
}

/* Merges the PO file at @path into *@result; when @more files follow, *@i18n becomes the
 * result read afresh. @summary is NULL for --quiet. FALSE on failure (reported). */
static gboolean
merge_po (ParityI18n **i18n,
          GBytes     **result,
          const char  *path,
          const char  *lang,
          gboolean     verbose,
          FILE        *summary,
          gboolean     more)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ParityI18nPo) po = parity_i18n_po_read (path, &error);
  g_auto(ParityI18nReport) report = { 0 };
  g_autoptr(GBytes) merged = NULL;
  const char *po_lang;

  if (po == NULL)
    {
      parity_cli_error ("%s", error->message);
      return FALSE;
    }
  po_lang = lang != NULL ? lang : po->lang;
  if (po_lang == NULL)
    {
      parity_cli_error (_("%s: no language: the file has no “Language:” header and its "
                          "name is not a language (use --lang)"), po->display_name);
      return FALSE;
    }
  merged = parity_i18n_merge (*i18n, po_lang, po->messages, &report, &error);
  if (merged == NULL)
    {
      parity_cli_error ("%s: %s", po->display_name, error->message);
      return FALSE;
    }
  if (po->n_plural > 0)
    parity_cli_error (g_dngettext (GETTEXT_PACKAGE,
                                   "%s: %u entry with plural forms ignored",
                                   "%s: %u entries with plural forms ignored",
                                   po->n_plural), po->display_name, po->n_plural);
  print_report (po->display_name, &report, verbose);
  if (summary != NULL)
    print_merged (summary, po, &report, po_lang);
  if (more && merged != *result)
    {
      /* The next file merges into this result, read afresh. */
      ParityI18n *next = parity_i18n_new (merged, parity_i18n_get_display_name (*i18n), &error);

      if (next == NULL)
        {
          parity_cli_error ("%s", error->message);
          return FALSE;
        }
      parity_i18n_free (*i18n);
      *i18n = next;
    }
  g_bytes_unref (*result);
  *result = g_steal_pointer (&merged);
  return TRUE;
}

static int
run_merge (int    argc,
           char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(ParityI18n) i18n = NULL;
  g_autoptr(GBytes) original = NULL;
  g_autoptr(GBytes) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *output = NULL;
  g_autofree char *lang = NULL;
  gboolean quiet = FALSE, verbose = FALSE;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write the dataset to FILE; it may be DATASET itself, “-” is standard output"),
      N_("FILE") },
    { "lang", 'l', 0, G_OPTION_ARG_STRING, &lang,
      N_("The translations’ language, when the PO file does not say (Language: header)"),
      N_("TAG") },
    { "quiet", 'q', 0, G_OPTION_ARG_NONE, &quiet, N_("Do not say what was merged"), NULL },
    { "verbose", 'v', 0, G_OPTION_ARG_NONE, &verbose,
      N_("Name every entry that was not merged"), NULL },
    { NULL }
  };
  FILE *summary;

  context = g_option_context_new (_("DATASET PO-FILE… — write translations into a dataset"));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_description (context,
                                    _("Only the translated texts change: every other byte of "
                                      "the dataset stays as it was. Untranslated and fuzzy "
                                      "entries, and entries whose source text has changed "
                                      "since they were extracted, are not merged: they are "
                                      "listed on standard error."));
  g_set_prgname ("parity-cli i18n merge");
  if (!parity_cli_parse (context, &argc, &argv) ||
      !check_merge_arguments (argc, argv, output, lang))
    return PARITY_CLI_EXIT_USAGE;

  i18n = parity_i18n_new_for_path (argv[1], &error);
  if (i18n == NULL)
    {
      parity_cli_error ("%s", error->message);
      return PARITY_CLI_EXIT_FAILURE;
    }
  original = g_bytes_ref (parity_i18n_get_bytes (i18n));
  result = g_bytes_ref (original);
  summary = g_str_equal (output, "-") ? stderr : stdout;
  for (int i = 2; i < argc; i++)
    if (!merge_po (&i18n, &result, argv[i], lang, verbose, quiet ? NULL : summary,
                   i + 1 < argc))
      return PARITY_CLI_EXIT_FAILURE;

  /* Merging nothing into the file itself leaves it alone, date included. */
  if (g_bytes_equal (result, original) && same_file (argv[1], output))
    return EXIT_SUCCESS;
  return write_output (output, result) ? EXIT_SUCCESS : PARITY_CLI_EXIT_FAILURE;
}

/* parity-cli i18n status */

static void
print_missing (ParityI18n *i18n,
               const char *lang)
{
  for (guint i = 0; i < parity_i18n_get_n_entries (i18n); i++)
    {
      const ParityI18nEntry *entry = parity_i18n_get_entry (i18n, i);

      if (parity_i18n_entry_get_translation (entry, lang) == NULL &&
          !parity_i18n_entry_is_named (entry, lang))
        printf ("  %s\n", entry->context);
    }
}

static void
print_list (const char *what,
            GPtrArray  *contexts)
{
  for (guint i = 0; i < contexts->len; i++)
    printf ("  %s: %s\n", what, (const char *)g_ptr_array_index (contexts, i));
}

static int
run_status (int    argc,
            char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(ParityI18n) i18n = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *bundled = NULL;
  g_auto(GStrv) langs = NULL;
  gboolean verbose = FALSE;
  const GOptionEntry entries[] = {
    { "verbose", 'v', 0, G_OPTION_ARG_NONE, &verbose,
      N_("List the texts each language is missing"), NULL },
    { NULL }
  };
  const char *path;
  guint n;
  int status = EXIT_SUCCESS;

  context = g_option_context_new (_("[DATASET [PO-FILE…]] — how much of a dataset is "
                                    "translated"));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_description (context,
                                    _("One line per language the dataset’s texts have. With PO "
                                      "files, also what each would merge. DATASET defaults to "
                                      "the bundled dataset."));
  g_set_prgname ("parity-cli i18n status");
  if (!parity_cli_parse (context, &argc, &argv))
    return PARITY_CLI_EXIT_USAGE;

  path = argc > 1 ? argv[1] : (bundled = parity_dataset_get_bundled_path ());
  i18n = parity_i18n_new_for_path (path, &error);
  if (i18n == NULL)
    {
      parity_cli_error ("%s", error->message);
      return PARITY_CLI_EXIT_FAILURE;
    }
  n = parity_i18n_get_n_entries (i18n);
  langs = parity_i18n_list_langs (i18n);
  for (guint i = 0; langs[i] != NULL; i++)
    {
      guint translated = parity_i18n_count_translated (i18n, langs[i]);
      guint named = i > 0 ? parity_i18n_count_named (i18n, langs[i]) : 0;

      /* "fr: 134/140 texts (95.7 %)" */
      printf (g_dngettext (GETTEXT_PACKAGE, "%s: %u/%u text (%.1f %%)",
                           "%s: %u/%u texts (%.1f %%)", n),
              langs[i], translated, n, n > 0 ? 100.0 * translated / n : 100.0);
      if (i == 0)
        printf (_(", the source language"));
      /* ", named by the program: 212, covered: 246/250 (98.4 %)": economies a chart names
       * in this language without a translation (the UN's or CLDR's names) */
      if (named > 0)
        printf (_(", named by the program: %u, covered: %u/%u (%.1f %%)"), named,
                translated + named, n, 100.0 * (translated + named) / n);
      printf ("\n");
      if (verbose && i > 0)
        print_missing (i18n, langs[i]);
    }

  for (int i = 2; i < argc; i++)
    {
      g_autoptr(ParityI18nPo) po = parity_i18n_po_read (argv[i], &error);
      g_auto(ParityI18nReport) report = { 0 };
      g_autoptr(GBytes) merged = NULL;

      if (po == NULL)
        {
          parity_cli_error ("%s", error->message);
          g_clear_error (&error);
          status = PARITY_CLI_EXIT_FAILURE;
          continue;
        }
      if (po->lang == NULL)
        {
          parity_cli_error (_("%s: no language: the file has no “Language:” header and its "
                              "name is not a language"), po->display_name);
          status = PARITY_CLI_EXIT_FAILURE;
          continue;
        }
      merged = parity_i18n_merge (i18n, po->lang, po->messages, &report, &error);
      if (merged == NULL)
        {
          parity_cli_error ("%s: %s", po->display_name, error->message);
          g_clear_error (&error);
          status = PARITY_CLI_EXIT_FAILURE;
          continue;
        }
      /* "fr.po (fr): 120/140 ready to merge, 3 fuzzy, 5 untranslated, 2 stale, 0 unknown,
       * 10 missing" */
      printf (_("%s (%s): %u/%u ready to merge (%u new), %u fuzzy, %u untranslated, "
                "%u stale, %u unknown, %u missing\n"),
              po->display_name, po->lang, report.n_merged + report.n_unchanged, n,
              report.n_merged, report.fuzzy->len, report.untranslated->len,
              report.stale->len, report.unknown->len, report.missing->len);
      if (report.named->len > 0)
        printf (_("  and %u left empty that the program names itself\n"), report.named->len);
      if (verbose)
        {
          print_list (_("fuzzy"), report.fuzzy);
          print_list (_("untranslated"), report.untranslated);
          print_list (_("stale"), report.stale);
          print_list (_("unknown"), report.unknown);
          print_list (_("missing"), report.missing);
        }
    }
  return status;
}

int
parity_cli_i18n (int    argc,
                 char **argv)
{
  if (argc < 2)
    {
      print_usage (stderr);
      return PARITY_CLI_EXIT_USAGE;
    }
  if (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h") ||
      g_str_equal (argv[1], "help"))
    {
      print_usage (stdout);
      return EXIT_SUCCESS;
    }
  for (guint i = 0; i < G_N_ELEMENTS (subcommands); i++)
    if (g_str_equal (argv[1], subcommands[i].name))
      return subcommands[i].run (argc - 1, argv + 1);
  parity_cli_error (_("unknown i18n subcommand “%s” (try “parity-cli i18n --help”)"), argv[1]);
  return PARITY_CLI_EXIT_USAGE;
}
