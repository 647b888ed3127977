/* parity-gtk-resources.c
 *
 * The resources are compiled with --manual-register (a constructor in a static library is
 * dropped by the linker), so every class that loads a template asks for them here first;
 * registering twice would list every file twice.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "parity-gtk-resources.h"
#include "parity-resources.h"

void
parity_gtk_ensure_resources (void)
{
  static gsize registered = 0;

  if (g_once_init_enter (&registered))
    {
      parity_register_resource ();
      g_once_init_leave (&registered, 1);
    }
}
