/* main.c: the parity executable
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "parity-application.h"

int
main (int    argc,
      char **argv)
{
  g_autoptr(ParityApplication) app = NULL;
  const char *localedir;

  setlocale (LC_ALL, "");
  /* An uninstalled build finds its catalogues in build/po (PARITY_LOCALEDIR=build/po). */
  localedir = g_getenv ("PARITY_LOCALEDIR");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL && *localedir != '\0' ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = parity_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
