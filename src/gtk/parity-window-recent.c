/* parity-window-recent.c: the recent-files menu, kept off the window's first frame
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-gtk"

#include "config.h"

#include "parity-window-private.h"

/* The last datasets this application opened, newest first. */
static gboolean
rebuild_recent_once (gpointer data)
{
  ParityWindow *self = data;
  GtkRecentManager *manager = gtk_recent_manager_get_default ();
  GList *items;
  g_autoptr(GPtrArray) mine = g_ptr_array_new ();
  const char *app_name = g_get_application_name ();

  if (!self->recent_watched)
    g_signal_connect_object (manager, "changed", G_CALLBACK (_parity_window_queue_recent),
                             self, G_CONNECT_SWAPPED);
  self->recent_watched = TRUE;
  /* Each changes the manager, which asks for this once more. */
  for (guint i = 0; self->recent_added != NULL && i < self->recent_added->len; i++)
    gtk_recent_manager_add_item (manager, g_ptr_array_index (self->recent_added, i));
  g_clear_pointer (&self->recent_added, g_ptr_array_unref);
  items = gtk_recent_manager_get_items (manager);

  g_menu_remove_all (self->recent_menu);
  for (GList *l = items; l != NULL; l = l->next)
    if (app_name != NULL && gtk_recent_info_has_application (l->data, app_name) &&
        gtk_recent_info_exists (l->data))
      g_ptr_array_add (mine, l->data);
  for (guint i = 0; i < mine->len && i < 8; i++)
    {
      GtkRecentInfo *info = g_ptr_array_index (mine, i);
      g_autoptr(GMenuItem) item = g_menu_item_new (gtk_recent_info_get_display_name (info),
                                                   NULL);

      g_menu_item_set_action_and_target_value (item, "win.open-recent",
                                               g_variant_new_string (gtk_recent_info_get_uri (info)));
      g_menu_append_item (self->recent_menu, item);
    }
  g_list_free_full (items, (GDestroyNotify)gtk_recent_info_unref);
  self->recent_idle = 0;
  return G_SOURCE_REMOVE;
}

/* The menu is in a popover no first frame shows, and reading recently-used.xbel (GTK's
 * recent manager reads it when first asked for) and building the items took 2 % of the
 * window's start, the menu three times over (at start, then for each change a load makes):
 * the manager is first asked for, and the menu rebuilt once, when the main loop is idle after
 * the frames due, however many changes came before. */
void
_parity_window_queue_recent (ParityWindow *self)
{
  if (self->recent_idle == 0)
    self->recent_idle = g_idle_add_full (G_PRIORITY_LOW, G_SOURCE_FUNC (rebuild_recent_once),
                                         self, NULL);
}

/* @uri was opened: the recent manager hears of it in the idle that rebuilds the menu. */
void
_parity_window_add_recent (ParityWindow *self,
                           const char   *uri)
{
  if (self->recent_added == NULL)
    self->recent_added = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (self->recent_added, g_strdup (uri));
  _parity_window_queue_recent (self);
}

void
_parity_window_recent_dispose (ParityWindow *self)
{
  /* Not asking for the manager only to let it go (it reads its file when first asked
   * for), unless a file opened just before the window closed is still to be noted. */
  for (guint i = 0; self->recent_added != NULL && i < self->recent_added->len; i++)
    gtk_recent_manager_add_item (gtk_recent_manager_get_default (),
                                 g_ptr_array_index (self->recent_added, i));
  if (self->recent_watched)
    g_signal_handlers_disconnect_by_func (gtk_recent_manager_get_default (),
                                          _parity_window_queue_recent, self);
  self->recent_watched = FALSE;
  g_clear_handle_id (&self->recent_idle, g_source_remove);
  g_clear_pointer (&self->recent_added, g_ptr_array_unref);
}
