/* main.c: the parity executable
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "parity-application.h"
#include "parity-paths.h"

int
main (int    argc,
      char **argv)
{
  g_autoptr(ParityApplication) app = NULL;
  setlocale (LC_ALL, "");
  /* build/po when run from the build tree, else the install's (parity-paths.c). */
  bindtextdomain (GETTEXT_PACKAGE, parity_paths_get_localedir ());
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = parity_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
