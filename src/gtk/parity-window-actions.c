/* parity-window-actions.c: what the window's menus, buttons and shortcuts do
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-gtk"

#include "config.h"

#include <glib/gi18n.h>

#include "parity-clipboard.h"
#include "parity-export-dialog.h"
#include "parity-id.h"
#include "parity-loader.h"
#include "parity-print.h"
#include "parity-shortcuts.h"
#include "parity-window-private.h"

/* Enables what makes sense now: no saving without a document, no undo without history. */
void
_parity_window_update_actions (ParityWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean has_doc = self->document != NULL;
  /* A chart on screen: not the empty window's or an error's status page. */
  gboolean has_chart = has_doc && _parity_window_get_chart_id (self) != NULL &&
                       g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "charts") == 0;

  gtk_widget_action_set_enabled (widget, "win.save", has_doc);
  gtk_widget_action_set_enabled (widget, "win.save-as", has_doc);
  gtk_widget_action_set_enabled (widget, "win.toggle-inspector", has_chart);
  gtk_widget_action_set_enabled (widget, "win.toggle-data", has_chart);
  gtk_widget_action_set_enabled (widget, "win.zoom-in",
                                 has_chart && parity_chart_view_can_zoom (self->chart_view, 1));
  gtk_widget_action_set_enabled (widget, "win.zoom-out",
                                 has_chart && parity_chart_view_can_zoom (self->chart_view, -1));
  gtk_widget_action_set_enabled (widget, "win.zoom-reset", has_chart);
  gtk_widget_action_set_enabled (widget, "win.zoom-fit", has_chart);
  gtk_widget_action_set_enabled (widget, "win.reload",
                                 has_doc && parity_document_get_file (self->document) != NULL);
  gtk_widget_action_set_enabled (widget, "win.undo",
                                 has_doc && parity_document_get_can_undo (self->document));
  gtk_widget_action_set_enabled (widget, "win.redo",
                                 has_doc && parity_document_get_can_redo (self->document));
  gtk_widget_action_set_enabled (widget, "win.add-labels",
                                 has_doc && parity_document_get_file (self->document) != NULL);
  gtk_widget_action_set_enabled (widget, "win.add-data", has_doc);
  gtk_widget_action_set_enabled (widget, "win.new-chart", has_doc);
  gtk_widget_action_set_enabled (widget, "win.new-chart-menu", has_doc);
  gtk_widget_action_set_enabled (widget, "win.export", has_chart);
  gtk_widget_action_set_enabled (widget, "win.export-file", has_chart);
  gtk_widget_action_set_enabled (widget, "win.print", has_chart);
  gtk_widget_action_set_enabled (widget, "win.copy", has_chart);
  gtk_widget_action_set_enabled (widget, "win.present", has_chart);
  gtk_widget_action_set_enabled (widget, "win.previous-chart", has_chart);
  gtk_widget_action_set_enabled (widget, "win.next-chart", has_chart);
  _parity_window_charts_update_actions (self);
}

static void
on_open_response (ParityWindow         *self,
                  int                   response,
                  GtkFileChooserNative *chooser)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autoptr(GFile) folder = g_file_get_parent (file);

      if (self->settings != NULL && folder != NULL)
        {
          g_autofree char *path = g_file_get_path (folder);

          g_settings_set_string (self->settings, "last-open-folder", path ? path : "");
        }
      parity_window_open (self, file);
    }
  g_clear_object (&self->chooser);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ParityWindow *self = PARITY_WINDOW (widget);
  g_autoptr(GtkFileFilter) datasets = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  /* Translators: a file type in the Open dialog: Parity's JSON data files. */
  gtk_file_filter_set_name (datasets, _("Datasets"));
  /* Parity's own files, World Bank and SDMX responses (JSON), spreadsheets (CSV). */
  gtk_file_filter_add_mime_type (datasets, "application/json");
  gtk_file_filter_add_mime_type (datasets, "text/csv");
  gtk_file_filter_add_suffix (datasets, "json");
  gtk_file_filter_add_suffix (datasets, "csv");
  gtk_file_filter_add_suffix (datasets, "tsv");
  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");

  g_clear_object (&self->chooser);
  self->chooser = gtk_file_chooser_native_new (_("Open Dataset"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"),
                                               _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), datasets);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), all);
  if (self->settings != NULL)
    {
      g_autofree char *last = g_settings_get_string (self->settings, "last-open-folder");

      if (*last != '\0')
        {
          g_autoptr(GFile) folder = g_file_new_for_path (last);

          gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (self->chooser), folder, NULL);
        }
    }
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (on_open_response), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* A chooser of a file to add to the open document, in the document's folder: the labels of
 * the same data in another language, or another file's indicators. */
GtkFileChooser *
_parity_window_new_add_chooser (ParityWindow *self,
                                const char   *title,
                                GCallback     on_response)
{
  GFile *current = self->document != NULL ? parity_document_get_file (self->document) : NULL;

  g_clear_object (&self->chooser);
  self->chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN, _("_Add"),
                                               _("_Cancel"));
  if (current != NULL)
    {
      g_autoptr(GFile) folder = g_file_get_parent (current);

      if (folder != NULL)
        gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (self->chooser), folder, NULL);
    }
  g_signal_connect_object (self->chooser, "response", on_response, self, G_CONNECT_SWAPPED);
  return GTK_FILE_CHOOSER (self->chooser);
}

static void
on_add_labels_response (ParityWindow         *self,
                        int                   response,
                        GtkFileChooserNative *chooser)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      const char *lang = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (chooser), "lang");

      parity_window_add_labels (self, lang != NULL ? lang : "fr", file);
    }
  g_clear_object (&self->chooser);
}

/* The World Bank API answers in one language per request: the labels of the same data in
 * another language come from another response, whose language the chooser asks for. */
static void
add_labels_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  ParityWindow *self = PARITY_WINDOW (widget);
  /* The six UN languages, each in its own name. */
  static const char * const tags[] = { "ar", "zh", "en", "fr", "ru", "es", NULL };
  static const char * const names[] = { "العربية", "中文", "English", "Français", "Русский",
                                        "Español", NULL };
  GtkFileChooser *chooser = _parity_window_new_add_chooser (
    self, _("Add Labels in Another Language"), G_CALLBACK (on_add_labels_response));

  /* Translators: the list in the file chooser that says which language the file is in. */
  gtk_file_chooser_add_choice (chooser, "lang", _("Language"), (const char **)tags,
                               (const char **)names);
  gtk_file_chooser_set_choice (chooser, "lang", "fr");
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
open_recent_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));

  parity_window_open (PARITY_WINDOW (widget), file);
}


static void
reload_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ParityWindow *self = PARITY_WINDOW (widget);

  _parity_window_load (self, parity_document_get_file (self->document), TRUE);
}

static void
on_save_as_response (ParityWindow         *self,
                     int                   response,
                     GtkFileChooserNative *chooser)
{
  gboolean close_after = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser), "close"));

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autoptr(GError) error = NULL;

      if (!parity_document_save (self->document, file, &error))
        _parity_window_show_error (self, _("Could not save"), error->message);
      else if (close_after)
        _parity_window_close_later (self);
    }
  g_clear_object (&self->chooser);
}

static void
save_as (ParityWindow *self,
         gboolean      close_after)
{
  GFile *file = parity_document_get_file (self->document);

  g_clear_object (&self->chooser);
  self->chooser = gtk_file_chooser_native_new (_("Save Dataset"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"),
                                               _("_Cancel"));
  if (file != NULL)
    gtk_file_chooser_set_file (GTK_FILE_CHOOSER (self->chooser), file, NULL);
  else
    /* Translators: the file name proposed for charts not yet saved: keep “.json” and use
       only characters that are safe in file names. */
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), _("charts.json"));
  g_object_set_data (G_OBJECT (self->chooser), "close", GINT_TO_POINTER (close_after));
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (on_save_as_response), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* Saves to the document's file, or asks for one; closes the window afterwards if asked.
 * Returns whether the save finished now (FALSE while a file chooser is open). */
gboolean
_parity_window_save_then (ParityWindow *self,
                          gboolean      close_after)
{
  g_autoptr(GError) error = NULL;
  GFile *file = parity_document_get_file (self->document);

  /* The bundled datasets are read-only data of the installation: save a copy instead. */
  if (file == NULL || parity_dataset_is_bundled (file))
    {
      save_as (self, close_after);
      return FALSE;
    }
  if (!parity_document_save (self->document, NULL, &error))
    {
      _parity_window_show_error (self, _("Could not save"), error->message);
      return FALSE;
    }
  if (close_after)
    _parity_window_close_later (self);
  return TRUE;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  _parity_window_save_then (PARITY_WINDOW (widget), FALSE);
}

static void
save_as_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  save_as (PARITY_WINDOW (widget), FALSE);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  parity_document_undo (PARITY_WINDOW (widget)->document);
}

static void
redo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  parity_document_redo (PARITY_WINDOW (widget)->document);
}

/* A new bar chart of an indicator at its latest period, selected for editing. */
static void
new_chart_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  ParityWindow *self = PARITY_WINDOW (widget);
  ParityDataset *dataset = parity_window_get_dataset (self);
  const char *indicator_id = g_variant_get_string (parameter, NULL);
  guint32 index = parity_dataset_lookup_indicator (dataset, indicator_id);
  const ParityIndicator *indicator;
  const char *latest = NULL, *lang = parity_dataset_get_default_lang (dataset);
  g_autoptr(JsonObject) chart = json_object_new ();
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;

  if (index == PARITY_INDEX_NONE)
    return;
  indicator = parity_dataset_get_indicator (dataset, index);
  for (guint i = 0; i < indicator->obs.len; i++)
    {
      const char *period = parity_dataset_get_period (dataset, indicator->obs.period[i]);

      if (latest == NULL || g_strcmp0 (period, latest) > 0)
        latest = period;
    }
  for (guint n = 1; id == NULL || parity_dataset_find_chart (dataset, id) != NULL; n++)
    {
      g_free (id);
      id = n == 1 ? g_strdup (indicator_id) : parity_id_numbered (indicator_id, n);
    }
  json_object_set_string_member (chart, "id", id);
  json_object_set_string_member (chart, "kind", "bar");
  json_object_set_string_member (chart, "title", parity_text_get (indicator->label, lang, lang));
  json_object_set_string_member (chart, "indicator", indicator_id);
  if (latest != NULL)
    json_object_set_string_member (chart, "period", latest);
  json_object_set_string_member (chart, "sort", "descending");
  node = json_node_init_object (json_node_alloc (), chart);
  if (!parity_document_add_chart (self->document, node, &error))
    {
      /* Translators: the title of an error notification after New Chart. */
      _parity_window_show_error (self, _("Could not make a chart of this indicator"),
                                 error->message);
      return;
    }
  parity_window_select_chart (self, id);
}

/* The inspector stands beside the chart whenever there is room, as the person last left it;
 * when there is not, it folds away and comes over the chart on demand, and that choice is
 * not remembered, so widening the window brings back the layout they chose. */
void
_parity_window_on_inspector_folded (ParityWindow *self)
{
  if (!adw_flap_get_folded (self->inspector_flap))
    adw_flap_set_reveal_flap (self->inspector_flap, self->inspector_wanted);
  _parity_window_on_inspector_revealed (self);
}

void
_parity_window_on_inspector_revealed (ParityWindow *self)
{
  gtk_toggle_button_set_active (self->inspector_button,
                                adw_flap_get_reveal_flap (self->inspector_flap));
}

static void
toggle_inspector_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  ParityWindow *self = PARITY_WINDOW (widget);
  gboolean reveal = !adw_flap_get_reveal_flap (self->inspector_flap);

  adw_flap_set_reveal_flap (self->inspector_flap, reveal);
  if (adw_flap_get_folded (self->inspector_flap))
    return;
  self->inspector_wanted = reveal;
  if (self->settings != NULL)
    g_settings_set_boolean (self->settings, "inspector-visible", reveal);
}

static void
toggle_sidebar_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  ParityWindow *self = PARITY_WINDOW (widget);

  if (adw_flap_get_folded (self->sidebar_flap))
    adw_flap_set_reveal_flap (self->sidebar_flap, !adw_flap_get_reveal_flap (self->sidebar_flap));
}

/* The data table follows the chart shown, while it is on screen. */
void
_parity_window_refresh_data (ParityWindow *self)
{
  ParityDataset *dataset = parity_window_get_dataset (self);
  const char *id = _parity_window_get_chart_id (self);
  const ParityChartSpec *spec = dataset && id ? parity_dataset_find_chart (dataset, id) : NULL;

  if (!gtk_toggle_button_get_active (self->data_button))
    return;
  parity_data_table_set_scene (self->data_table, dataset,
                               spec ? parity_chart_view_lay_out (self->chart_view) : NULL,
                               parity_chart_spec_resolve_lang (dataset, spec, NULL));
}

static void
toggle_data_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  ParityWindow *self = PARITY_WINDOW (widget);
  gboolean data = !g_str_equal (gtk_stack_get_visible_child_name (self->center_stack), "data");

  gtk_toggle_button_set_active (self->data_button, data);
  gtk_stack_set_visible_child_name (self->center_stack, data ? "data" : "chart");
  _parity_window_refresh_data (self);
}

static void
step_chart (ParityWindow *self,
            int           step)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->chart_list);
  int index = row ? gtk_list_box_row_get_index (row) + step : 0;
  GtkListBoxRow *next = gtk_list_box_get_row_at_index (self->chart_list, MAX (index, 0));

  if (next != NULL)
    gtk_list_box_select_row (self->chart_list, next);
}

static void
previous_chart_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  step_chart (PARITY_WINDOW (widget), -1);
}

static void
next_chart_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  step_chart (PARITY_WINDOW (widget), 1);
}

/* Presenting: the chart alone, full screen; arrows step through the charts, Escape ends. */
static void
set_presenting (ParityWindow *self,
                gboolean      presenting)
{
  self->presenting = presenting;
  /* A slide fills the screen, whatever the zoom was; the zoom comes back after. */
  if (presenting)
    self->zoom_before_presenting = parity_chart_view_get_zoom (self->chart_view);
  parity_chart_view_set_zoom (self->chart_view, presenting ? 0 : self->zoom_before_presenting);
  _parity_window_presentation_overlay_update (self);
  gtk_widget_set_visible (GTK_WIDGET (self->header_bar), !presenting);
  gtk_widget_set_visible (self->sidebar, !presenting);
  /* Every chart on a 16:9 slide, text sized for a room, whatever size it is made for. */
  parity_chart_view_set_preset (self->chart_view, presenting ? "slide" : NULL);
  parity_chart_view_set_lang (self->chart_view, presenting ? self->presentation_lang : NULL);
  if (presenting)
    gtk_stack_set_visible_child_name (self->center_stack, "chart");
  else if (gtk_toggle_button_get_active (self->data_button))
    gtk_stack_set_visible_child_name (self->center_stack, "data");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.presentation-previous", presenting);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.presentation-next", presenting);
  gtk_widget_set_visible (GTK_WIDGET (self->inspector), !presenting);
  gtk_action_bar_set_revealed (self->bottom_bar, self->narrow && !presenting);
  if (presenting)
    {
      gtk_window_fullscreen (GTK_WINDOW (self));
      gtk_widget_grab_focus (GTK_WIDGET (self->chart_view));
    }
  else
    gtk_window_unfullscreen (GTK_WINDOW (self));
}

static void
present_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  ParityWindow *self = PARITY_WINDOW (widget);

  set_presenting (self, !self->presenting);
}

/* Arrow keys and clicks step only while presenting: otherwise they move the focus and
 * select text as everywhere else. */
static void
presentation_step_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  ParityWindow *self = PARITY_WINDOW (widget);

  if (!self->presenting)
    return;
  _parity_window_dismiss_presentation_hint (self);
  step_chart (self, g_str_has_suffix (action_name, "next") ? 1 : -1);
}

static void
on_presentation_click (GtkGestureClick *gesture,
                       int              n_press,
                       double           x,
                       double           y,
                       ParityWindow    *self)
{
  guint button = gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture));

  /* A click on the chart gives it the keyboard: the arrows then step through its values. */
  if (!self->presenting)
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->chart_view));
      return;
    }
  _parity_window_dismiss_presentation_hint (self);
  step_chart (self, button == GDK_BUTTON_SECONDARY ? -1 : 1);
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

static gboolean
presentation_key (GtkWidget *widget,
                  GVariant  *args,
                  gpointer   step)
{
  ParityWindow *self = PARITY_WINDOW (widget);

  if (!self->presenting)
    return FALSE;
  step_chart (self, GPOINTER_TO_INT (step));
  return TRUE;
}

void
_parity_window_init_presentation (ParityWindow *self)
{
  static const guint back[] = { GDK_KEY_Left, GDK_KEY_Up, GDK_KEY_BackSpace };
  static const guint forward[] = { GDK_KEY_Right, GDK_KEY_Down, GDK_KEY_space };
  GtkGesture *click = gtk_gesture_click_new ();
  /* In the capture phase, before the window's own arrow keys move the focus; while not
   * presenting the callbacks decline, and the keys go on to do what they always do (move the
   * cursor in a text field, the focus elsewhere). */
  GtkEventController *keys = gtk_shortcut_controller_new ();

  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  for (guint i = 0; i < G_N_ELEMENTS (back); i++)
    {
      gtk_shortcut_controller_add_shortcut (
        GTK_SHORTCUT_CONTROLLER (keys),
        gtk_shortcut_new (gtk_keyval_trigger_new (back[i], 0),
                          gtk_callback_action_new (presentation_key, GINT_TO_POINTER (-1),
                                                   NULL)));
      gtk_shortcut_controller_add_shortcut (
        GTK_SHORTCUT_CONTROLLER (keys),
        gtk_shortcut_new (gtk_keyval_trigger_new (forward[i], 0),
                          gtk_callback_action_new (presentation_key, GINT_TO_POINTER (1),
                                                   NULL)));
    }
  gtk_widget_add_controller (GTK_WIDGET (self), keys);

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), 0);
  g_signal_connect_object (click, "pressed", G_CALLBACK (on_presentation_click), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self->chart_view), GTK_EVENT_CONTROLLER (click));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.presentation-previous", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.presentation-next", FALSE);
  _parity_window_init_presentation_overlay (self);
  g_signal_connect_object (self->chart_view, "notify::zoom",
                           G_CALLBACK (_parity_window_update_actions), self, G_CONNECT_SWAPPED);
  /* An annotation dragged on the canvas is an edit of the chart the inspector shows. */
  g_signal_connect_object (self->chart_view, "annotation-moved",
                           G_CALLBACK (parity_inspector_move_annotation), self->inspector,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->stack, "notify::visible-child-name",
                           G_CALLBACK (_parity_window_update_actions), self, G_CONNECT_SWAPPED);
  _parity_window_init_tooltips (self);
}

static void
leave_presentation_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  ParityWindow *self = PARITY_WINDOW (widget);

  if (self->presenting)
    set_presenting (self, FALSE);
}

static void
on_exported (ParityWindow       *self,
             GFile              *file,
             const char * const *warnings)
{
  g_autofree char *basename = g_file_get_basename (file);
  /* Translators: a notification after an export; %s is the file name. */
  g_autofree char *title = g_strdup_printf (_("Exported “%s”"), basename);
  g_autofree char *uri = g_file_get_uri (file);

  _parity_window_toast (self, title, _("_Open"), "win.open-uri", g_variant_new_string (uri));
  for (guint i = 0; warnings != NULL && warnings[i] != NULL; i++)
    _parity_window_toast (self, warnings[i], NULL, NULL, NULL);
}

static GtkWidget *
new_export_dialog (ParityWindow *self)
{
  GtkWidget *dialog = parity_export_dialog_new (GTK_WINDOW (self), parity_window_get_dataset (self),
                                                _parity_window_get_chart_id (self),
                                                self->settings);

  g_signal_connect_object (dialog, "exported", G_CALLBACK (on_exported), self,
                           G_CONNECT_SWAPPED);
  _parity_window_theme_export_dialog (self, dialog);
  return dialog;
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  gtk_window_present (GTK_WINDOW (new_export_dialog (PARITY_WINDOW (widget))));
}

/* Exports the selected chart to a path with the export settings, without asking: for
 * scripts, tests and the command line's twin in the window. */
static void
export_file_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  ParityWindow *self = PARITY_WINDOW (widget);
  GtkWidget *dialog = new_export_dialog (self);
  g_autoptr(GFile) file = g_file_new_for_path (g_variant_get_string (parameter, NULL));
  g_autoptr(GError) error = NULL;
  ParityExportFormat format;

  if (parity_export_format_from_path (g_variant_get_string (parameter, NULL), &format))
    parity_export_dialog_set_format (PARITY_EXPORT_DIALOG (dialog), format);
  if (!parity_export_dialog_export_to (PARITY_EXPORT_DIALOG (dialog), file, &error))
    _parity_window_show_error (self, _("Could not export the chart"), error->message);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  ParityWindow *self = PARITY_WINDOW (widget);

  parity_print_chart (GTK_WINDOW (self), parity_window_get_dataset (self),
                      _parity_window_get_chart_id (self), self->theme);
}

static void
copy_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ParityWindow *self = PARITY_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (parity_clipboard_copy_chart (gtk_widget_get_clipboard (widget),
                                   parity_window_get_dataset (self),
                                   _parity_window_get_chart_id (self), self->theme,
                                   &error))
    _parity_window_toast (self, _("Chart copied as an image"), NULL, NULL, NULL);
  else
    _parity_window_show_error (self, _("Could not copy the chart"), error->message);
}

static void
open_uri_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  gtk_show_uri (GTK_WINDOW (widget), g_variant_get_string (parameter, NULL), GDK_CURRENT_TIME);
}

static void
new_chart_menu_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  gtk_menu_button_popup (PARITY_WINDOW (widget)->new_chart_button);
}

static void
show_error_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  GtkWidget *dialog;

  /* Translators: the title of the dialog that the Details button of an error notification
     opens, above the error message. */
  dialog = adw_message_dialog_new (GTK_WINDOW (widget), _("What Went Wrong"),
                                   g_variant_get_string (parameter, NULL));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The header bar's tooltips name their shortcuts as GTK labels keys, in the user's language. */
static const struct
{
  const char *action;
  const char *text;
  const char *accelerator;
} tooltips[] = {
  { "win.open", N_("Open a Dataset"), "<Control>o" },
  { "win.undo", N_("Undo"), "<Control>z" },
  { "win.redo", N_("Redo"), "<Shift><Control>z" },
  /* Translators: the tooltip of the button that shows the values the chart draws as a
     table, in place of the chart. */
  { "win.toggle-data", N_("Data Table"), "<Control>d" },
  /* Translators: the tooltip of the button that shows or hides the inspector. */
  { "win.toggle-inspector", N_("Chart Properties"), "F9" },
  { "win.export", N_("Export as PNG, PDF or SVG"), "<Control>e" },
  { "win.new-chart-menu", N_("Make a Chart of an Indicator"), "<Control>n" },
};

static void
set_tooltips (GtkWidget  *root,
              GtkWidget  *new_chart_button)
{
  const char *action = root == new_chart_button ? "win.new-chart-menu"
                       : GTK_IS_ACTIONABLE (root)
                       ? gtk_actionable_get_action_name (GTK_ACTIONABLE (root)) : NULL;

  for (guint i = 0; action != NULL && i < G_N_ELEMENTS (tooltips); i++)
    if (g_str_equal (action, tooltips[i].action))
      {
        g_autofree char *tooltip = parity_shortcut_tooltip (_(tooltips[i].text),
                                                            tooltips[i].accelerator);

        gtk_widget_set_tooltip_text (root, tooltip);
      }
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    set_tooltips (child, new_chart_button);
}

/* The application gives the window its shortcuts window once it is added to it. */
static void
on_application_changed (ParityWindow *self)
{
  GtkShortcutsWindow *overlay =
    gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (self));

  if (overlay != NULL)
    parity_shortcuts_fix_labels (GTK_WIDGET (overlay));
}

void
_parity_window_init_tooltips (ParityWindow *self)
{
  set_tooltips (GTK_WIDGET (self), GTK_WIDGET (self->new_chart_button));
  g_signal_connect (self, "notify::application", G_CALLBACK (on_application_changed), NULL);
}

/* Zoom In and Out step from what is shown; 100 % is the export size on a 96 dpi screen
 * (see parity-chart-view.c); Best Fit scales the sheet to the window again. */
static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ParityChartView *view = PARITY_WINDOW (widget)->chart_view;

  if (g_str_equal (action_name, "win.zoom-in"))
    parity_chart_view_zoom_step (view, 1);
  else if (g_str_equal (action_name, "win.zoom-out"))
    parity_chart_view_zoom_step (view, -1);
  else
    parity_chart_view_set_zoom (view, g_str_equal (action_name, "win.zoom-reset") ? 1 : 0);
}

void
_parity_window_class_add_actions (GtkWidgetClass *widget_class)
{
  static const char * const zoom_actions[] = { "win.zoom-in", "win.zoom-out", "win.zoom-reset",
                                               "win.zoom-fit" };
  /* Ctrl+plus on any layout: plus, equal (plus without Shift on US keyboards) and the keypad;
   * Ctrl+0 is 100 % as in GNOME Web and Text Editor, Ctrl+9 Best Fit. Menus show the last
   * key added for an action: the main keyboard's, added after the keypad's. */
  static const struct { guint key; const char *action; } zoom_keys[] = {
    { GDK_KEY_KP_Add, "win.zoom-in" }, { GDK_KEY_equal, "win.zoom-in" },
    { GDK_KEY_plus, "win.zoom-in" }, { GDK_KEY_KP_Subtract, "win.zoom-out" },
    { GDK_KEY_minus, "win.zoom-out" }, { GDK_KEY_KP_0, "win.zoom-reset" },
    { GDK_KEY_0, "win.zoom-reset" }, { GDK_KEY_KP_9, "win.zoom-fit" },
    { GDK_KEY_9, "win.zoom-fit" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (zoom_actions); i++)
    gtk_widget_class_install_action (widget_class, zoom_actions[i], NULL, zoom_action);
  for (guint i = 0; i < G_N_ELEMENTS (zoom_keys); i++)
    gtk_widget_class_add_binding_action (widget_class, zoom_keys[i].key, GDK_CONTROL_MASK,
                                         zoom_keys[i].action, NULL);
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_action);
  gtk_widget_class_install_action (widget_class, "win.add-labels", NULL, add_labels_action);
  gtk_widget_class_install_action (widget_class, "win.reload", NULL, reload_action);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_action);
  gtk_widget_class_install_action (widget_class, "win.new-chart", "s", new_chart_action);
  gtk_widget_class_install_action (widget_class, "win.toggle-sidebar", NULL, toggle_sidebar_action);
  gtk_widget_class_install_action (widget_class, "win.toggle-inspector", NULL,
                                   toggle_inspector_action);
  gtk_widget_class_install_action (widget_class, "win.previous-chart", NULL,
                                   previous_chart_action);
  gtk_widget_class_install_action (widget_class, "win.next-chart", NULL, next_chart_action);
  gtk_widget_class_install_action (widget_class, "win.present", NULL, present_action);
  gtk_widget_class_install_action (widget_class, "win.toggle-data", NULL, toggle_data_action);
  gtk_widget_class_install_action (widget_class, "win.presentation-previous", NULL,
                                   presentation_step_action);
  gtk_widget_class_install_action (widget_class, "win.presentation-next", NULL,
                                   presentation_step_action);
  gtk_widget_class_install_action (widget_class, "win.leave-presentation", NULL,
                                   leave_presentation_action);
  gtk_widget_class_install_action (widget_class, "win.show-error", "s", show_error_action);
  gtk_widget_class_install_action (widget_class, "win.new-chart-menu", NULL,
                                   new_chart_menu_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.export-file", "s", export_file_action);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "win.copy", NULL, copy_action);
  gtk_widget_class_install_action (widget_class, "win.open-uri", "s", open_uri_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "win.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.save-as", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F9, 0, "win.toggle-inspector", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F8, 0, "win.toggle-sidebar", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_d, GDK_CONTROL_MASK,
                                       "win.toggle-data", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.export", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "win.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK, "win.copy", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F11, 0, "win.present", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, 0, "win.present", NULL);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0,
                                       "win.leave-presentation", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "win.new-chart-menu", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, GDK_CONTROL_MASK,
                                       "win.previous-chart", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, GDK_CONTROL_MASK,
                                       "win.next-chart", NULL);
  /* Presentation clickers send Page Up and Page Down. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, 0,
                                       "win.previous-chart", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, 0,
                                       "win.next-chart", NULL);
}
