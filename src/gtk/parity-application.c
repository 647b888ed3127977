/* parity-application.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-gtk"

#include "config.h"

#include <stdlib.h>

#include <glib/gi18n.h>

#include "parity-application.h"
#include "parity-gtk-resources.h"
#include "parity-loader.h"
#include "parity-paths.h"
#include "parity-preferences-window.h"
#include "parity-style.h"
#include "parity-window.h"

struct _ParityApplication
{
  AdwApplication parent_instance;

  GSettings     *settings;
};

G_DEFINE_FINAL_TYPE (ParityApplication, parity_application, ADW_TYPE_APPLICATION)

static ParityWindow *
new_window (ParityApplication *self)
{
  return g_object_new (PARITY_TYPE_WINDOW, "application", self, NULL);
}

/* Without files: the bundled dataset, so the first thing anyone sees is a real chart. */
static void
parity_application_activate (GApplication *app)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    {
      g_autofree char *path = parity_dataset_get_bundled_path ();
      g_autoptr(GFile) file = g_file_new_for_path (path);
      ParityWindow *new = new_window (PARITY_APPLICATION (app));

      parity_window_open (new, file);
      window = GTK_WINDOW (new);
    }
  gtk_window_present (window);
}

static void
parity_application_open (GApplication  *app,
                         GFile        **files,
                         int            n_files,
                         const char    *hint)
{
  for (int i = 0; i < n_files; i++)
    {
      ParityWindow *window = new_window (PARITY_APPLICATION (app));

      parity_window_open (window, files[i]);
      gtk_window_present (GTK_WINDOW (window));
    }
}

static void
on_about (GSimpleAction *action,
          GVariant      *parameter,
          gpointer       user_data)
{
  GtkApplication *app = user_data;
  /* Translators: the authors' credit in the About window, as in “The GNOME Project”. */
  const char *developers[] = { _("The Parity developers"), NULL };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (app),
                        /* Translators: the application's name; usually kept as it is. */
                        "application-name", _("Parity"),
                        "application-icon", PARITY_APP_ID,
                        "version", PACKAGE_VERSION,
                        /* Translators: ICT is information and communication technology:
                           use the term of the UN and ITU in your language. */
                        "comments", _("Publication-ready charts of ICT-inequality indicators"),
                        "developers", developers,
                        "license-type", GTK_LICENSE_GPL_3_0,
                        /* Translators: your names, one per line, with e-mail addresses
                           if you like; they are shown in the About window. */
                        "translator-credits", _("translator-credits"),
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static void
on_preferences (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  ParityApplication *self = user_data;
  GSettings *settings = parity_application_get_settings (self);
  GtkWidget *preferences;

  g_return_if_fail (settings != NULL);

  preferences = parity_preferences_window_new (
    gtk_application_get_active_window (GTK_APPLICATION (self)), settings);
  gtk_window_present (GTK_WINDOW (preferences));
}

static void
on_quit (GSimpleAction *action,
         GVariant      *parameter,
         gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static const GActionEntry app_actions[] = {
  { "about", on_about },
  { "preferences", on_preferences },
  { "quit", on_quit },
};

static void
parity_application_startup (GApplication *app)
{
  const char *quit_accels[] = { "<Control>q", NULL };
  const char *open_accels[] = { "<Control>o", NULL };
  const char *preferences_accels[] = { "<Control>comma", NULL };
  GSettings *settings;

  G_APPLICATION_CLASS (parity_application_parent_class)->startup (app);
  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions,
                                   G_N_ELEMENTS (app_actions), app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.preferences",
                                         preferences_accels);
  /* Without the schema there is nothing to edit or follow. */
  settings = parity_application_get_settings (PARITY_APPLICATION (app));
  if (settings != NULL)
    parity_style_follow_settings (settings);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (app),
                                                                            "preferences")),
                               settings != NULL);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.open", open_accels);
}

static void
parity_application_dispose (GObject *object)
{
  ParityApplication *self = (ParityApplication *)object;

  g_clear_object (&self->settings);
  G_OBJECT_CLASS (parity_application_parent_class)->dispose (object);
}

/* Quitting closes no window politely: each is destroyed here, so that edits still waiting
 * for a pause get their draft, and the drafts are on disk before the process ends
 * (parity-window-draft.c). */
static void
parity_application_shutdown (GApplication *app)
{
  GList *windows;

  while ((windows = gtk_application_get_windows (GTK_APPLICATION (app))) != NULL)
    gtk_window_destroy (windows->data);
  parity_window_wait_for_drafts ();
  G_APPLICATION_CLASS (parity_application_parent_class)->shutdown (app);
}

/* parity --version: the same version as parity-cli --version, the About window and the
 * package, all from meson's project version. */
static int
parity_application_handle_local_options (GApplication *app,
                                         GVariantDict *options)
{
  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("parity %s\n", PACKAGE_VERSION);
      return EXIT_SUCCESS;
    }
  return -1;
}

static void
parity_application_class_init (ParityApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = parity_application_dispose;
  app_class->handle_local_options = parity_application_handle_local_options;
  app_class->activate = parity_application_activate;
  app_class->open = parity_application_open;
  app_class->startup = parity_application_startup;
  app_class->shutdown = parity_application_shutdown;

  /* Before startup: that is when GtkApplication looks for gtk/help-overlay.ui, and
   * AdwApplication for style.css, under the resource base path. */
  parity_gtk_ensure_resources ();
}

static void
parity_application_init (ParityApplication *self)
{
  g_application_add_main_option (G_APPLICATION (self), "version", 0, G_OPTION_FLAG_NONE,
                                 G_OPTION_ARG_NONE, _("Show the version"), NULL);
}

ParityApplication *
parity_application_new (void)
{
  return g_object_new (PARITY_TYPE_APPLICATION,
                       "application-id", PARITY_APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/io/github/paritycharts/Parity",
                       NULL);
}

/**
 * parity_application_get_settings:
 *
 * Returns: (transfer none) (nullable): the application's settings, or %NULL when the schema
 *   is found nowhere (parity_paths_get_schemadir(), then the system's folders): Parity then
 *   works without remembering anything rather than aborting
 */
GSettings *
parity_application_get_settings (ParityApplication *self)
{
  g_return_val_if_fail (PARITY_IS_APPLICATION (self), NULL);

  if (self->settings == NULL)
    {
      GSettingsSchemaSource *system = g_settings_schema_source_get_default ();
      g_autoptr(GSettingsSchemaSource) own = NULL;
      g_autoptr(GSettingsSchema) schema = NULL;
      const char *dir = parity_paths_get_schemadir ();

      /* The build tree's schema, or a moved install's, before the system's. */
      if (dir != NULL)
        own = g_settings_schema_source_new_from_directory (dir, system, FALSE, NULL);
      if (own != NULL || system != NULL)
        schema = g_settings_schema_source_lookup (own != NULL ? own : system, PARITY_APP_ID,
                                                  TRUE);
      if (schema == NULL)
        {
          g_message ("the settings schema %s is not installed: nothing will be remembered",
                     PARITY_APP_ID);
          return NULL;
        }
      self->settings = g_settings_new_full (schema, NULL, NULL);
    }
  return self->settings;
}
