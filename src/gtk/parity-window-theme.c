/* parity-window-theme.c: the window's house style — Theme in the main menu, the bundled
 * themes and Open Theme File…, laid over the charts the view shows and the exports made
 * from the window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity"

#include "config.h"

#include <glib/gi18n.h>

#include "parity-export-dialog.h"
#include "parity-window-private.h"

/**
 * _parity_window_set_theme:
 * @name_or_path: a bundled theme's id ("un"), a theme file's path, or "" for none
 *
 * Reads the theme and draws the charts in it; a theme that cannot be read is reported and
 * the one before kept.
 *
 * Returns: whether the theme changed
 */
gboolean
_parity_window_set_theme (ParityWindow *self,
                          const char   *name_or_path)
{
  g_autoptr(ParityThemeFile) theme = NULL;
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (self->theme_name, name_or_path) == 0)
    return FALSE;
  if (name_or_path != NULL && *name_or_path != '\0')
    {
      theme = parity_theme_file_open (name_or_path, &error);
      if (theme == NULL)
        {
          /* Translators: the title of a notification; its details say why. */
          _parity_window_show_error (self, _("Could not use the theme"), error->message);
          return FALSE;
        }
    }
  g_free (self->theme_name);
  self->theme_name = g_strdup (name_or_path != NULL ? name_or_path : "");
  g_clear_pointer (&self->theme, parity_theme_file_unref);
  self->theme = g_steal_pointer (&theme);
  parity_chart_view_set_theme (self->chart_view, self->theme);
  return TRUE;
}

/* Exports from the window are drawn in its theme, as the view shows them. */
void
_parity_window_theme_export_dialog (ParityWindow *self,
                                    GtkWidget    *dialog)
{
  parity_export_dialog_set_theme (PARITY_EXPORT_DIALOG (dialog), self->theme);
}

static void
on_theme_response (ParityWindow         *self,
                   int                   response,
                   GtkFileChooserNative *chooser)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = g_file_get_path (file);

      if (path != NULL)
        g_object_set (self, "theme", path, NULL);
    }
  g_clear_object (&self->chooser);
}

static void
open_theme_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  ParityWindow *self = PARITY_WINDOW (widget);
  g_autoptr(GtkFileFilter) themes = gtk_file_filter_new ();

  /* Translators: a file type in the Open Theme File dialog: house styles, in JSON. */
  gtk_file_filter_set_name (themes, _("Theme Files"));
  gtk_file_filter_add_mime_type (themes, "application/json");
  gtk_file_filter_add_suffix (themes, "json");
  g_clear_object (&self->chooser);
  /* Translators: the title of the file chooser of a theme file (a house style). */
  self->chooser = gtk_file_chooser_native_new (_("Open Theme File"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"),
                                               _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), themes);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (on_theme_response), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

void
_parity_window_class_add_theme (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_property_action (widget_class, "win.theme", "theme");
  gtk_widget_class_install_action (widget_class, "win.open-theme", NULL, open_theme_action);
}
