/* parity-shortcuts.c: shortcuts labelled as GTK labels them
 *
 * A tooltip names its button's keys as gtk_accelerator_get_label() does ("Ctrl+O",
 * "Shift+Ctrl+Z", in the user's language), made from the accelerator rather than written
 * by hand in each translation. The shortcuts window's key caps are mended where GTK 4.8's
 * GtkShortcutLabel shows a key's name instead of its label: Page Up and Page Down, whose
 * labels it takes from a translation that English does not have ("Page_Up"), and keys it
 * names as X11 does ("BackSpace").
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-gtk"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "parity-shortcuts.h"

/**
 * parity_shortcut_tooltip:
 * @text: what the button does, translated
 * @accelerator: its shortcut, as gtk_accelerator_parse() reads it ("<Control>o")
 *
 * Returns: (transfer full): "Open a Dataset (Ctrl+O)"
 */
char *
parity_shortcut_tooltip (const char *text,
                         const char *accelerator)
{
  g_autofree char *label = NULL;
  GdkModifierType mods;
  guint key;

  if (!gtk_accelerator_parse (accelerator, &key, &mods))
    g_return_val_if_reached (g_strdup (text));
  label = gtk_accelerator_get_label (key, mods);
  /* Translators: a button's tooltip: what it does, then its keyboard shortcut, as in
     “Undo (Ctrl+Z)”. */
  return g_strdup_printf (C_("tooltip", "%s (%s)"), text, label);
}

/**
 * parity_shortcuts_fix_labels:
 * @root: a GtkShortcutsWindow, or any widget holding GtkShortcutLabels
 *
 * Every key cap that shows a key's name ("Page_Up") shows its label ("Page Up") instead.
 */
void
parity_shortcuts_fix_labels (GtkWidget *root)
{
  if (GTK_IS_LABEL (root) && gtk_widget_get_ancestor (root, GTK_TYPE_SHORTCUT_LABEL) != NULL)
    {
      const char *text = gtk_label_get_label (GTK_LABEL (root));
      /* A key's name, where GTK did not find its label ("Page_Up", "BackSpace"); a
       * translated label is no key's name and stays. */
      guint key = strlen (text) > 1 ? gdk_keyval_from_name (text) : GDK_KEY_VoidSymbol;

      if (key != GDK_KEY_VoidSymbol && key != 0)
        {
          g_autofree char *label = gtk_accelerator_get_label (key, 0);

          gtk_label_set_label (GTK_LABEL (root), label);
        }
    }
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    parity_shortcuts_fix_labels (child);
}
