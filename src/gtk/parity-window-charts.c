/* parity-window-charts.c: managing the chart list — delete, duplicate, rename, reorder, its
 * context menu and keys, and the New Chart picker
 *
 * Every change goes through the document, so each is one undo step; the sidebar follows the
 * dataset's charts-changed signal (parity-window.c), and the selection is set here to the chart
 * the change was about.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-gtk"

#include "config.h"

#include <glib/gi18n.h>

#include "parity-indicator-picker.h"
#include "parity-window-private.h"

/* The position of the selected chart, or -1. */
static int
selected_index (ParityWindow *self)
{
  GtkListBoxRow *row = self->document ? gtk_list_box_get_selected_row (self->chart_list) : NULL;

  return row != NULL ? gtk_list_box_row_get_index (row) : -1;
}

void
_parity_window_charts_update_actions (ParityWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  int index = selected_index (self);
  int n = self->document ? (int)parity_dataset_get_n_charts (parity_window_get_dataset (self)) : 0;

  gtk_widget_action_set_enabled (widget, "win.delete-chart", index >= 0);
  gtk_widget_action_set_enabled (widget, "win.duplicate-chart", index >= 0);
  gtk_widget_action_set_enabled (widget, "win.rename-chart", index >= 0);
  gtk_widget_action_set_enabled (widget, "win.move-chart-up", index > 0);
  gtk_widget_action_set_enabled (widget, "win.move-chart-down", index >= 0 && index + 1 < n);
  gtk_widget_action_set_enabled (widget, "win.chart-menu", index >= 0);
}

static void
select_index (ParityWindow *self,
              int           index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->chart_list, index);

  if (row != NULL)
    gtk_list_box_select_row (self->chart_list, row);
}

static void
delete_chart_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  ParityWindow *self = PARITY_WINDOW (widget);
  int index = selected_index (self);

  if (index < 0)
    return;
  parity_document_remove_chart (self->document, index);
  if (parity_dataset_get_n_charts (parity_window_get_dataset (self)) == 0)
    parity_inspector_set_chart (self->inspector, self->document, NULL);
  _parity_window_update_actions (self);
  /* One notification for deletes in a row, not one queued after another. */
  if (self->delete_toast != NULL)
    adw_toast_dismiss (self->delete_toast);
  /* Translators: a notification after a chart was deleted from the chart list; its button
     is Undo. */
  self->delete_toast = adw_toast_new (_("Chart deleted"));
  adw_toast_set_button_label (self->delete_toast, _("_Undo"));
  adw_toast_set_action_name (self->delete_toast, "win.undo");
  g_object_add_weak_pointer (G_OBJECT (self->delete_toast), (gpointer *)&self->delete_toast);
  adw_toast_overlay_add_toast (self->toast_overlay, self->delete_toast);
}

/* A document whose charts were all deleted shows what to do next where the chart was, with
 * the list and New Chart still beside it. */
void
_parity_window_charts_sync_empty (ParityWindow *self)
{
  gboolean empty = self->document != NULL &&
                   parity_dataset_get_n_charts (parity_window_get_dataset (self)) == 0;
  const char *visible = gtk_stack_get_visible_child_name (self->center_stack);

  if (empty && self->empty_page == NULL)
    {
      self->empty_page = adw_status_page_new ();
      adw_status_page_set_icon_name (ADW_STATUS_PAGE (self->empty_page),
                                     "x-office-spreadsheet-symbolic");
      adw_status_page_set_title (ADW_STATUS_PAGE (self->empty_page), _("No Charts"));
      adw_status_page_set_description (ADW_STATUS_PAGE (self->empty_page),
                                       _("Make one from an indicator with New Chart (Ctrl+N)"));
      gtk_stack_add_named (self->center_stack, self->empty_page, "empty");
    }
  if (empty)
    gtk_stack_set_visible_child_name (self->center_stack, "empty");
  else if (g_strcmp0 (visible, "empty") == 0)
    gtk_stack_set_visible_child_name (self->center_stack,
                                      gtk_toggle_button_get_active (self->data_button)
                                      ? "data" : "chart");
}

static void
duplicate_chart_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  ParityWindow *self = PARITY_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  int index = selected_index (self);
  guint copy;

  if (index < 0)
    return;
  copy = parity_document_duplicate_chart (self->document, index, &error);
  if (copy == G_MAXUINT)
    {
      /* Translators: the title of an error notification after Duplicate. */
      _parity_window_show_error (self, _("Could not duplicate the chart"), error->message);
      return;
    }
  select_index (self, copy);
}

static void
move_chart (ParityWindow *self,
            int           step)
{
  int index = selected_index (self);
  int n = (int)parity_dataset_get_n_charts (parity_window_get_dataset (self));

  if (index < 0 || index + step < 0 || index + step >= n)
    return;
  parity_document_move_chart (self->document, index, index + step);
  select_index (self, index + step);
}

static void
move_chart_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  move_chart (PARITY_WINDOW (widget), g_str_has_suffix (action_name, "up") ? -1 : 1);
}

/* Rename: the title in the language the sidebar shows it in, as one edit. */
static void
on_rename_response (AdwMessageDialog *dialog,
                    const char       *response,
                    ParityWindow     *self)
{
  const char *chart_id = g_object_get_data (G_OBJECT (dialog), "chart-id");
  GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (entry)));
  ParityDataset *dataset = parity_window_get_dataset (self);
  g_autoptr(JsonNode) json = NULL;
  g_autoptr(GError) error = NULL;
  guint index = G_MAXUINT;

  if (!g_str_equal (response, "rename") || *title == '\0' || dataset == NULL)
    return;
  for (guint i = 0; i < parity_dataset_get_n_charts (dataset); i++)
    if (g_strcmp0 (parity_dataset_get_chart (dataset, i)->id, chart_id) == 0)
      index = i;
  if (index == G_MAXUINT)
    return;
  json = parity_dataset_dup_chart_json (dataset, index);
  parity_chart_json_set_text (json_node_get_object (json), "title", _parity_window_ui_lang (self),
                              parity_dataset_get_default_lang (dataset), title);
  if (!parity_document_edit_chart (self->document, index, json, "rename", &error))
    /* Translators: the title of an error notification after Rename. */
    _parity_window_show_error (self, _("Could not rename the chart"), error->message);
}

static void
on_rename_entry_changed (GtkEditable      *entry,
                         AdwMessageDialog *dialog)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  adw_message_dialog_set_response_enabled (dialog, "rename", *text != '\0');
}

static void
on_rename_entry_activate (GtkEntry         *entry,
                          AdwMessageDialog *dialog)
{
  if (adw_message_dialog_get_response_enabled (dialog, "rename"))
    {
      adw_message_dialog_response (dialog, "rename");
      gtk_window_close (GTK_WINDOW (dialog));
    }
}

static void
rename_chart_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  ParityWindow *self = PARITY_WINDOW (widget);
  ParityDataset *dataset = parity_window_get_dataset (self);
  int index = selected_index (self);
  const ParityChartSpec *spec;
  GtkWidget *dialog, *entry;

  if (index < 0)
    return;
  spec = parity_dataset_get_chart (dataset, index);
  /* Translators: the heading of the dialog that renames a chart (changes its title). */
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Rename Chart"), NULL);
  entry = gtk_entry_new ();
  gtk_editable_set_text (GTK_EDITABLE (entry),
                         parity_text_get (spec->title, _parity_window_ui_lang (self),
                                          parity_dataset_get_default_lang (dataset)));
  /* Translators: the accessible name of the text field of the Rename Chart dialog. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Chart title"), -1);
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), 36);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    /* Translators: the button that confirms Rename Chart. */
                                    "rename", _("_Rename"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "rename",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "rename");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "chart-id", g_strdup (spec->id), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_rename_response), self, 0);
  g_signal_connect_object (entry, "changed", G_CALLBACK (on_rename_entry_changed), dialog, 0);
  g_signal_connect_object (entry, "activate", G_CALLBACK (on_rename_entry_activate), dialog, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

/* The context menu of the chart list: for the selected row, which a right click or a long
 * press selects first. */
GMenuModel *
_parity_window_new_chart_menu_model (void)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) edit = g_menu_new ();
  g_autoptr(GMenu) order = g_menu_new ();
  g_autoptr(GMenu) danger = g_menu_new ();

  /* Translators: items of the chart list's context menu. */
  g_menu_append (edit, _("_Rename…"), "win.rename-chart");
  g_menu_append (edit, _("D_uplicate"), "win.duplicate-chart");
  g_menu_append (order, _("Move _Up"), "win.move-chart-up");
  g_menu_append (order, _("Move _Down"), "win.move-chart-down");
  g_menu_append (danger, _("_Delete"), "win.delete-chart");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (edit));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (order));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (danger));
  return G_MENU_MODEL (menu);
}

static void
popup_menu_at (ParityWindow  *self,
               GtkListBoxRow *row)
{
  graphene_rect_t bounds;

  if (row == NULL)
    return;
  gtk_list_box_select_row (self->chart_list, row);
  if (gtk_widget_compute_bounds (GTK_WIDGET (row), GTK_WIDGET (self->chart_list), &bounds))
    gtk_popover_set_pointing_to (GTK_POPOVER (self->chart_menu),
                                 &(GdkRectangle) { bounds.origin.x + bounds.size.width / 2,
                                                   bounds.origin.y + bounds.size.height / 2,
                                                   1, 1 });
  gtk_popover_popup (GTK_POPOVER (self->chart_menu));
}

static void
on_list_pressed (GtkGesture   *gesture,
                 int           n_press,
                 double        x,
                 double        y,
                 ParityWindow *self)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_y (self->chart_list, (int)y);

  if (row == NULL)
    return;
  gtk_gesture_set_state (gesture, GTK_EVENT_SEQUENCE_CLAIMED);
  popup_menu_at (self, row);
  gtk_popover_set_pointing_to (GTK_POPOVER (self->chart_menu),
                               &(GdkRectangle) { (int)x, (int)y, 1, 1 });
}

static void
on_long_pressed (GtkGesture   *gesture,
                 double        x,
                 double        y,
                 ParityWindow *self)
{
  on_list_pressed (gesture, 1, x, y, self);
}

static void
chart_menu_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  ParityWindow *self = PARITY_WINDOW (widget);

  popup_menu_at (self, gtk_list_box_get_selected_row (self->chart_list));
}

static void
on_new_chart_picked (ParityWindow *self,
                     const char   *indicator_id)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.new-chart", "s", indicator_id);
}

/* New Chart's popover, filled for the document shown. */
void
_parity_window_charts_set_dataset (ParityWindow  *self,
                                   ParityDataset *dataset)
{
  GtkPopover *popover = gtk_menu_button_get_popover (self->new_chart_button);

  if (!PARITY_IS_INDICATOR_PICKER (popover))
    {
      popover = GTK_POPOVER (parity_indicator_picker_new ());
      g_signal_connect_object (popover, "picked", G_CALLBACK (on_new_chart_picked), self,
                               G_CONNECT_SWAPPED);
      gtk_menu_button_set_popover (self->new_chart_button, GTK_WIDGET (popover));
    }
  parity_indicator_picker_set_dataset (PARITY_INDICATOR_PICKER (popover), dataset,
                                       _parity_window_ui_lang (self));
}

void
_parity_window_init_chart_list (ParityWindow *self)
{
  GtkGesture *click = gtk_gesture_click_new ();
  GtkGesture *long_press = gtk_gesture_long_press_new ();
  g_autoptr(GMenuModel) model = _parity_window_new_chart_menu_model ();
  GtkEventController *keys = gtk_shortcut_controller_new ();
  static const struct { guint key; GdkModifierType mods; const char *action; } shortcuts[] = {
    /* Delete in the list only: elsewhere it deletes text. */
    { GDK_KEY_Delete, 0, "win.delete-chart" },
    { GDK_KEY_Menu, 0, "win.chart-menu" },
    { GDK_KEY_F10, GDK_SHIFT_MASK, "win.chart-menu" },
  };

  self->chart_menu = gtk_popover_menu_new_from_model (model);
  gtk_widget_set_parent (self->chart_menu, GTK_WIDGET (self->chart_list));
  gtk_popover_set_has_arrow (GTK_POPOVER (self->chart_menu), FALSE);
  gtk_widget_set_halign (self->chart_menu, GTK_ALIGN_START);

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_SECONDARY);
  g_signal_connect_object (click, "pressed", G_CALLBACK (on_list_pressed), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self->chart_list), GTK_EVENT_CONTROLLER (click));
  gtk_gesture_single_set_touch_only (GTK_GESTURE_SINGLE (long_press), TRUE);
  g_signal_connect_object (long_press, "pressed", G_CALLBACK (on_long_pressed), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self->chart_list), GTK_EVENT_CONTROLLER (long_press));

  for (guint i = 0; i < G_N_ELEMENTS (shortcuts); i++)
    gtk_shortcut_controller_add_shortcut (
      GTK_SHORTCUT_CONTROLLER (keys),
      gtk_shortcut_new (gtk_keyval_trigger_new (shortcuts[i].key, shortcuts[i].mods),
                        gtk_named_action_new (shortcuts[i].action)));
  gtk_widget_add_controller (GTK_WIDGET (self->chart_list), keys);
}

void
_parity_window_dispose_chart_list (ParityWindow *self)
{
  if (self->delete_toast != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->delete_toast),
                                  (gpointer *)&self->delete_toast);
  self->delete_toast = NULL;
  g_clear_pointer (&self->chart_menu, gtk_widget_unparent);
}

void
_parity_window_class_add_chart_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.delete-chart", NULL, delete_chart_action);
  gtk_widget_class_install_action (widget_class, "win.duplicate-chart", NULL,
                                   duplicate_chart_action);
  gtk_widget_class_install_action (widget_class, "win.rename-chart", NULL, rename_chart_action);
  gtk_widget_class_install_action (widget_class, "win.move-chart-up", NULL, move_chart_action);
  gtk_widget_class_install_action (widget_class, "win.move-chart-down", NULL, move_chart_action);
  gtk_widget_class_install_action (widget_class, "win.chart-menu", NULL, chart_menu_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_d,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.duplicate-chart", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F2, 0, "win.rename-chart", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK,
                                       "win.move-chart-up", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK,
                                       "win.move-chart-down", NULL);
}
