/* parity-application.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-gtk"

#include "config.h"

#include <glib/gi18n.h>

#include "parity-application.h"
#include "parity-loader.h"
#include "parity-window.h"

struct _ParityApplication
{
  AdwApplication parent_instance;
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
  const char *developers[] = { "The Parity developers", NULL };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (app),
                        "application-name", _("Parity"),
                        "application-icon", PARITY_APP_ID,
                        "version", PACKAGE_VERSION,
                        "comments", _("Publication-ready charts of ICT-inequality indicators"),
                        "developers", developers,
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "translator-credits", _("translator-credits"),
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
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
  { "quit", on_quit },
};

static void
parity_application_startup (GApplication *app)
{
  const char *quit_accels[] = { "<Control>q", NULL };
  const char *open_accels[] = { "<Control>o", NULL };

  G_APPLICATION_CLASS (parity_application_parent_class)->startup (app);
  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions,
                                   G_N_ELEMENTS (app_actions), app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.open", open_accels);
}

static void
parity_application_class_init (ParityApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->activate = parity_application_activate;
  app_class->open = parity_application_open;
  app_class->startup = parity_application_startup;
}

static void
parity_application_init (ParityApplication *self)
{
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
