/* parity-cli.c: the headless front end — export, validate, info, i18n
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>

#include "parity-cli-private.h"
#include "parity-paths.h"

static const struct
{
  const char *name;
  int       (*run) (int argc, char **argv);
  const char *summary;
} commands[] = {
  /* Translators: the summaries of the commands in “parity-cli --help”, after the command
     names export, validate and info, which are typed as they are and not translated. */
  { "export", parity_cli_export, N_("Write charts as PNG, PDF or SVG") },
  { "validate", parity_cli_validate, N_("Check that dataset files load, and say where they do not") },
  { "info", parity_cli_info, N_("List a dataset's charts and indicators") },
  { "i18n", parity_cli_i18n, N_("Translate a dataset's texts with PO files: extract, merge, status") },
};

static void
print_usage (FILE *out)
{
  /* Translators: “parity-cli” is the program name and stays as it is; COMMAND, OPTION and
     DATASET are placeholders you may translate, in capitals, the same way wherever they
     appear (DATASET is also in the help of each command). */
  fprintf (out, "%s\n", _("Usage: parity-cli COMMAND [OPTION…] [DATASET]"));
  fprintf (out, "\n%s\n", _("Make publication-ready charts of ICT-inequality indicators."));
  /* Translators: a heading in “parity-cli --help”, followed by the list of commands. */
  fprintf (out, "\n%s\n", _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (out, "  %-10s %s\n", commands[i].name, _(commands[i].summary));
  /* Translators: DATASET as in “Usage: parity-cli COMMAND [OPTION…] [DATASET]”; WSIS is the
     World Summit on the Information Society. */
  fprintf (out, "\n%s\n", _("DATASET defaults to the bundled WSIS 2019 dataset."));
  /* Translators: COMMAND as in the usage line; “parity-cli” and “--help” are typed as they
     are. */
  fprintf (out, "%s\n", _("Run “parity-cli COMMAND --help” for a command’s options."));
  /* Translators: a heading in “parity-cli --help”, followed by -h, --help and --version. */
  fprintf (out, "\n%s\n", _("Options:"));
  fprintf (out, "  -h, --help     %s\n", _("Show this help"));
  fprintf (out, "  --version      %s\n", _("Show the version"));
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  /* build/po when run from the build tree, else the install's (parity-paths.c). */
  bindtextdomain (GETTEXT_PACKAGE, parity_paths_get_localedir ());
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_set_prgname ("parity-cli");

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
  if (g_str_equal (argv[1], "--version"))
    {
      printf ("parity-cli %s\n", PACKAGE_VERSION);
      return EXIT_SUCCESS;
    }
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (argv[1], commands[i].name))
      return commands[i].run (argc - 1, argv + 1);

  /* Translators: %s is what was typed instead of a command. Messages of parity-cli start in
     lower case after “parity-cli: ”, as compilers' messages do. */
  parity_cli_error (_("unknown command “%s” (try “parity-cli --help”)"), argv[1]);
  return PARITY_CLI_EXIT_USAGE;
}
