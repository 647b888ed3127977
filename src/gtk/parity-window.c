/* parity-window.c: the document window — the chart list, the canvas, the inspector (loading
 * is parity-window-load.c)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-gtk"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "parity-application.h"
#include "parity-loader.h"
#include "parity-gtk-resources.h"
#include "parity-window-private.h"
#include "parity-words.h"

G_DEFINE_FINAL_TYPE (ParityWindow, parity_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_DATASET,
  PROP_BUSY,
  PROP_VISION,
  PROP_PRESENTATION_LANGUAGE,
  PROP_THEME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The window shows a dataset's own texts (chart titles in the list, the dataset's title)
 * in the language of the interface when the dataset has it; the text's fallback chain
 * takes the dataset's language otherwise. Charts keep their own language. */
static const char *
lang_of (ParityWindow *self)
{
  const char *ui_lang = parity_words_ui_lang ();

  return ui_lang ? ui_lang : parity_dataset_get_default_lang (parity_window_get_dataset (self));
}

const char *
_parity_window_ui_lang (ParityWindow *self)
{
  return lang_of (self);
}

static const char *
default_lang_of (ParityWindow *self)
{
  return parity_dataset_get_default_lang (parity_window_get_dataset (self));
}

/* A toast's title is Pango markup: @title is plain text (a file name, an error message),
 * escaped here so that a "<" or "&" in it is shown rather than swallowed. */
AdwToast *
_parity_window_toast (ParityWindow *self,
                      const char   *title,
                      const char   *button_label,
                      const char   *action,
                      GVariant     *target)
{
  g_autofree char *markup = g_markup_escape_text (title, -1);
  AdwToast *toast = adw_toast_new (markup);

  if (button_label != NULL)
    {
      adw_toast_set_button_label (toast, button_label);
      adw_toast_set_action_name (toast, action);
      if (target != NULL)
        adw_toast_set_action_target_value (toast, target);
    }
  adw_toast_set_timeout (toast, 8);
  g_set_object (&self->last_toast, toast);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
  return toast;
}

/* A notice with details stays until dismissed: it would otherwise go before Details is read
 * or clicked. */
void
_parity_window_show_error (ParityWindow *self,
                           const char   *title,
                           const char   *message)
{
  /* Translators: the button of a notification about an error, which shows its message. */
  AdwToast *toast = _parity_window_toast (self, title, _("Details"), "win.show-error",
                                          g_variant_new_string (message));

  adw_toast_set_timeout (toast, 0);
}

/**
 * parity_window_get_last_toast:
 *
 * For tests: the notification the window showed last, which may have been dismissed since.
 * Its title is Pango markup (see _parity_window_toast()).
 *
 * Returns: (transfer none) (nullable): the toast, or %NULL when there was none
 */
AdwToast *
parity_window_get_last_toast (ParityWindow *self)
{
  g_return_val_if_fail (PARITY_IS_WINDOW (self), NULL);
  return self->last_toast;
}

const char *
_parity_window_get_chart_id (ParityWindow *self)
{
  return parity_chart_view_get_chart_id (self->chart_view);
}

static GtkWidget *
make_chart_row (ParityWindow          *self,
                const ParityChartSpec *spec)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *label = gtk_label_new (parity_text_get (spec->title, lang_of (self),
                                                     default_lang_of (self)));
  const ParityIndicator *indicator =
    parity_dataset_get_indicator (parity_window_get_dataset (self), spec->indicator);
  /* The kind in words, as the Chart Kind row of the inspector shows it, and the indicator
   * by its label: "Bar chart · Individuals using the Internet". Ids stay in the tooltip. */
  g_autofree char *caption = g_strdup_printf ("%s · %s", parity_words_kind (spec->kind),
                                              parity_text_get (indicator->label, lang_of (self),
                                                               default_lang_of (self)));
  /* Translators: the tooltip of a chart in the chart list: the id parity-cli export
     --chart takes. */
  g_autofree char *tooltip = g_strdup_printf (_("Chart id: %s"), spec->id);
  GtkWidget *kind = gtk_label_new (caption);
  GtkWidget *row = gtk_list_box_row_new ();

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_lines (GTK_LABEL (label), 3);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  /* Two charts may share a title (bars and columns of one figure): the kind tells them
   * apart, and the id, which parity-cli export --chart takes, is one hover away. */
  gtk_label_set_xalign (GTK_LABEL (kind), 0);
  gtk_label_set_wrap (GTK_LABEL (kind), TRUE);
  gtk_label_set_lines (GTK_LABEL (kind), 2);
  gtk_label_set_ellipsize (GTK_LABEL (kind), PANGO_ELLIPSIZE_END);
  gtk_widget_set_tooltip_text (row, tooltip);
  gtk_widget_add_css_class (kind, "caption");
  gtk_widget_add_css_class (kind, "dim-label");
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), kind);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_object_set_data_full (G_OBJECT (row), "chart-id", g_strdup (spec->id), g_free);
  return row;
}

/* The list follows the dataset's charts: an edited title shows at once in the sidebar. The
 * selection stays on the chart it was on (moved, edited, another one deleted); when that chart
 * is gone, it goes to the one that took its place, else the last. */
static void
on_charts_changed (ParityWindow *self,
                   guint         position,
                   guint         removed,
                   guint         added)
{
  ParityDataset *dataset = parity_window_get_dataset (self);
  GtkListBoxRow *selected = gtk_list_box_get_selected_row (self->chart_list);
  int selected_index = selected ? gtk_list_box_row_get_index (selected) : -1;
  g_autofree char *selected_id = selected ? g_strdup (g_object_get_data (G_OBJECT (selected),
                                                                          "chart-id")) : NULL;
  guint n = parity_dataset_get_n_charts (dataset);

  for (guint i = 0; i < removed; i++)
    gtk_list_box_remove (self->chart_list,
                         GTK_WIDGET (gtk_list_box_get_row_at_index (self->chart_list,
                                                                    position)));
  for (guint i = 0; i < added; i++)
    gtk_list_box_insert (self->chart_list,
                         make_chart_row (self, parity_dataset_get_chart (dataset, position + i)),
                         position + i);
  if (selected_id != NULL && parity_dataset_find_chart (dataset, selected_id) != NULL)
    parity_window_select_chart (self, selected_id);
  else if (n > 0)
    gtk_list_box_select_row (self->chart_list,
                             gtk_list_box_get_row_at_index (self->chart_list,
                                                            CLAMP (selected_index, 0,
                                                                   (int)n - 1)));
  if (n == 0)
    {
      parity_chart_view_set_chart (self->chart_view, NULL, NULL);
      parity_inspector_set_chart (self->inspector, self->document, NULL);
    }
  _parity_window_charts_sync_empty (self);
  _parity_window_update_actions (self);
  _parity_window_refresh_data (self);
}

static void
update_title (ParityWindow *self)
{
  ParityDataset *dataset = parity_window_get_dataset (self);
  GFile *file = parity_document_get_file (self->document);
  g_autofree char *basename = file ? g_file_get_basename (file) : NULL;
  g_autofree char *subtitle = NULL;

  adw_window_title_set_title (self->window_title,
                              parity_text_get (parity_dataset_get_title (dataset),
                                               lang_of (self), default_lang_of (self)));
  /* "wsis-2019.json •": unsaved changes, as GNOME Text Editor shows them. */
  subtitle = g_strdup_printf ("%s%s", basename ? basename :
                              /* Translators: the window's subtitle for charts not yet saved
                                 to a file, where the file name is shown otherwise. */
                              _("Unsaved"),
                              parity_document_get_modified (self->document) ? " •" : "");
  adw_window_title_set_subtitle (self->window_title, subtitle);
}

static void
on_document_notify (ParityWindow *self)
{
  update_title (self);
  _parity_window_update_actions (self);
}

void
_parity_window_notify_busy (ParityWindow *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

/* Shows a loaded dataset as a new, unmodified document. */
void
_parity_window_show_document (ParityWindow  *self,
                              ParityDataset *dataset,
                              GFile         *file)
{
  g_autoptr(ParityDocument) document = parity_document_new (dataset, file);

  _parity_window_set_document (self, document);
}

/* Shows @document in place of the window's, keeping the chart on screen when it has it. */
void
_parity_window_set_document (ParityWindow   *self,
                             ParityDocument *document)
{
  ParityDataset *dataset = parity_document_get_dataset (document);
  GFile *file = parity_document_get_file (document);
  g_autofree char *previous_chart = g_strdup (_parity_window_get_chart_id (self));
  GtkWidget *child;

  if (self->document != NULL)
    {
      g_signal_handlers_disconnect_by_data (parity_document_get_dataset (self->document), self);
      g_signal_handlers_disconnect_by_data (self->document, self);
    }
  _parity_window_draft_switch (self, document);
  g_set_object (&self->document, document);
  g_signal_connect_object (dataset, "charts-changed", G_CALLBACK (on_charts_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (document, "notify", G_CALLBACK (on_document_notify), self,
                           G_CONNECT_SWAPPED);

  gtk_widget_set_visible (self->error_actions, FALSE);
  parity_chart_view_set_chart (self->chart_view, NULL, NULL);
  /* Rows only: the list's context menu is a child too. */
  while ((child = GTK_WIDGET (gtk_list_box_get_row_at_index (self->chart_list, 0))) != NULL)
    gtk_list_box_remove (self->chart_list, child);
  for (guint i = 0; i < parity_dataset_get_n_charts (dataset); i++)
    gtk_list_box_append (self->chart_list,
                         make_chart_row (self, parity_dataset_get_chart (dataset, i)));
  _parity_window_charts_set_dataset (self, dataset);
  update_title (self);

  g_clear_object (&self->monitor);
  if (file != NULL)
    {
      self->monitor = g_file_monitor_file (file, G_FILE_MONITOR_NONE, NULL, NULL);
      if (self->monitor != NULL)
        g_signal_connect_object (self->monitor, "changed", G_CALLBACK (_parity_window_on_file_changed), self,
                                 G_CONNECT_SWAPPED);
    }

  if (parity_dataset_get_n_charts (dataset) == 0)
    {
      adw_status_page_set_icon_name (self->status_page, "x-office-spreadsheet-symbolic");
      adw_status_page_set_title (self->status_page, _("No Charts"));
      adw_status_page_set_description (self->status_page,
                                       /* Translators: “New Chart” is the button at the
                                          foot of the chart list: use its name without the
                                          underscore. */
                                       _("Make one from an indicator with New Chart (Ctrl+N)"));
      gtk_stack_set_visible_child_name (self->stack, "charts");
      parity_inspector_set_chart (self->inspector, document, NULL);
    }
  else
    {
      /* A reload keeps the chart that was on screen. */
      if (previous_chart == NULL || !parity_window_select_chart (self, previous_chart))
        gtk_list_box_select_row (self->chart_list,
                                 gtk_list_box_get_row_at_index (self->chart_list, 0));
      gtk_stack_set_visible_child_name (self->stack, "charts");
    }
  _parity_window_charts_sync_empty (self);
  _parity_window_update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATASET]);
}

/* A failed load never loses the open document: the message fills the window, with a way
 * back to the document (parity-window-load.c). */

static void
on_chart_row_selected (ParityWindow  *self,
                       GtkListBoxRow *row)
{
  const char *chart_id;

  if (row == NULL || self->document == NULL)
    return;
  chart_id = g_object_get_data (G_OBJECT (row), "chart-id");
  /* Over the chart in a narrow window, the list has done its work once a chart is picked. */
  if (adw_flap_get_folded (self->sidebar_flap) && gtk_widget_get_mapped (GTK_WIDGET (row)))
    adw_flap_set_reveal_flap (self->sidebar_flap, FALSE);
  parity_chart_view_set_chart (self->chart_view, parity_window_get_dataset (self), chart_id);
  parity_inspector_set_chart (self->inspector, self->document, chart_id);
  _parity_window_update_actions (self);
  _parity_window_refresh_data (self);
}

static gboolean
on_drop (ParityWindow  *self,
         const GValue  *value,
         double         x,
         double         y)
{
  GSList *files;

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;
  files = g_value_get_boxed (value);
  if (files == NULL)
    return FALSE;
  parity_window_open (self, files->data);
  return TRUE;
}

static gboolean
close_now (gpointer data)
{
  ParityWindow *self = data;

  self->close_confirmed = TRUE;
  gtk_window_close (GTK_WINDOW (self));
  return G_SOURCE_REMOVE;
}

/* Closes the window without asking, once the dialog that said so has finished responding:
 * destroyed during its response, the window would leave the dialog a freed parent. */
void
_parity_window_close_later (ParityWindow *self)
{
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, close_now, g_object_ref (self), g_object_unref);
}

/* Closing with unsaved edits asks first. */
static void
on_close_response (AdwMessageDialog *dialog,
                   const char       *response,
                   ParityWindow     *self)
{
  if (g_str_equal (response, "discard"))
    {
      _parity_window_draft_discard (self);
      _parity_window_close_later (self);
    }
  else if (g_str_equal (response, "save"))
    _parity_window_save_then (self, TRUE);
}

static gboolean
parity_window_close_request (GtkWindow *window)
{
  ParityWindow *self = PARITY_WINDOW (window);
  GtkWidget *dialog;

  if (self->close_confirmed || self->document == NULL ||
      !parity_document_get_modified (self->document))
    return GTK_WINDOW_CLASS (parity_window_parent_class)->close_request (window);

  /* The edits are safe in their draft while the question is asked. */
  _parity_window_draft_flush (self);
  /* Translators: asked when a window with unsaved edits is closed. */
  dialog = _parity_window_new_question (self, _("Save Changes?"),
                                        _("The charts were edited. Unsaved changes are lost "
                                          "when the window closes."),
                                        _("_Cancel"), _("_Discard"), "save", _("_Save"));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_close_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return TRUE;
}

/* A question about unsaved edits: Cancel (when @cancel_label is given; also what Escape
 * answers), "discard", which is destructive, and @suggested_id, the default. */
GtkWidget *
_parity_window_new_question (ParityWindow *self,
                             const char   *heading,
                             const char   *body,
                             const char   *cancel_label,
                             const char   *discard_label,
                             const char   *suggested_id,
                             const char   *suggested_label)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                                         heading, body));

  if (cancel_label != NULL)
    {
      adw_message_dialog_add_response (dialog, "cancel", cancel_label);
      adw_message_dialog_set_close_response (dialog, "cancel");
    }
  adw_message_dialog_add_responses (dialog,
                                    "discard", discard_label,
                                    suggested_id, suggested_label,
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, suggested_id, ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, suggested_id);
  return GTK_WIDGET (dialog);
}

/* The application's settings, once the window is added to it: g_object_new() sets the
 * "application" property after constructed(), so this cannot happen there. */
static void
on_application_set (ParityWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  if (self->settings != NULL || !PARITY_IS_APPLICATION (app))
    return;
  self->settings = parity_application_get_settings (PARITY_APPLICATION (app));
  if (self->settings != NULL)
    {
      g_object_ref (self->settings);
      g_settings_bind (self->settings, "window-width", self, "default-width",
                       G_SETTINGS_BIND_DEFAULT | G_SETTINGS_BIND_GET_NO_CHANGES);
      g_settings_bind (self->settings, "window-height", self, "default-height",
                       G_SETTINGS_BIND_DEFAULT | G_SETTINGS_BIND_GET_NO_CHANGES);
      g_settings_bind (self->settings, "window-maximized", self, "maximized",
                       G_SETTINGS_BIND_DEFAULT | G_SETTINGS_BIND_GET_NO_CHANGES);
      self->inspector_wanted = g_settings_get_boolean (self->settings, "inspector-visible");
    }
  _parity_window_on_inspector_folded (self);
}

static void
parity_window_constructed (GObject *object)
{
  ParityWindow *self = PARITY_WINDOW (object);

  G_OBJECT_CLASS (parity_window_parent_class)->constructed (object);

  on_application_set (self);
  g_signal_connect (self, "notify::application", G_CALLBACK (on_application_set), NULL);
  _parity_window_queue_recent (self);
  _parity_window_init_examples (self);
  _parity_window_update_actions (self);
}

static void
parity_window_dispose (GObject *object)
{
  ParityWindow *self = (ParityWindow *)object;

  if (self->loading != NULL)
    g_cancellable_cancel (self->loading);
  g_clear_object (&self->loading);
  /* Destroyed with edits waiting for their draft (the application quitting): written now. */
  _parity_window_draft_flush (self);
  _parity_window_draft_cancel (self);
  g_clear_object (&self->draft_file);
  g_clear_handle_id (&self->load_timer, g_source_remove);
  _parity_window_adaptive_dispose (self);
  _parity_window_join_dispose (self);
  g_clear_handle_id (&self->hint_timer, g_source_remove);
  /* A draft still being written keeps this object alive after its menus are gone. */
  _parity_window_recent_dispose (self);
  g_clear_pointer (&self->load_monitor, parity_load_monitor_unref);
  g_clear_object (&self->monitor);
  g_clear_object (&self->chooser);
  g_clear_object (&self->document);
  g_clear_object (&self->settings);
  g_clear_object (&self->last_toast);
  g_clear_pointer (&self->labels, g_strfreev);
  g_clear_pointer (&self->presentation_lang, g_free);
  g_clear_pointer (&self->theme, parity_theme_file_unref);
  g_clear_pointer (&self->theme_name, g_free);
  _parity_window_dispose_chart_list (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), PARITY_TYPE_WINDOW);
  G_OBJECT_CLASS (parity_window_parent_class)->dispose (object);
}

static void
parity_window_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  ParityWindow *self = PARITY_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      g_value_set_object (value, parity_window_get_dataset (self));
      break;
    case PROP_BUSY:
      g_value_set_boolean (value, parity_window_get_busy (self));
      break;
    case PROP_VISION:
      /* Asked for by the action before the template has made the view. */
      g_value_set_string (value, parity_vision_to_string (self->chart_view == NULL
                                                          ? PARITY_VISION_NORMAL
                                                          : parity_chart_view_get_vision (
                                                              self->chart_view)));
      break;
    case PROP_PRESENTATION_LANGUAGE:
      g_value_set_string (value, self->presentation_lang ? self->presentation_lang : "");
      break;
    case PROP_THEME:
      g_value_set_string (value, self->theme_name ? self->theme_name : "");
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* "vision" backs the stateful win.vision action of Preview Colours As. */
static void
parity_window_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  ParityWindow *self = PARITY_WINDOW (object);
  ParityVision vision;

  switch (prop_id)
    {
    case PROP_VISION:
      if (parity_vision_from_string (g_value_get_string (value), &vision) &&
          vision != parity_chart_view_get_vision (self->chart_view))
        {
          parity_chart_view_set_vision (self->chart_view, vision);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_PRESENTATION_LANGUAGE:
      if (g_strcmp0 (self->presentation_lang, g_value_get_string (value)) != 0)
        {
          g_free (self->presentation_lang);
          self->presentation_lang = g_value_dup_string (value);
          if (self->presenting)
            parity_chart_view_set_lang (self->chart_view, self->presentation_lang);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_THEME:
      if (_parity_window_set_theme (self, g_value_get_string (value)))
        g_object_notify_by_pspec (object, pspec);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
parity_window_class_init (ParityWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = parity_window_constructed;
  object_class->dispose = parity_window_dispose;
  object_class->get_property = parity_window_get_property;
  object_class->set_property = parity_window_set_property;
  window_class->close_request = parity_window_close_request;

  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL, PARITY_TYPE_DATASET,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_VISION] =
    g_param_spec_string ("vision", NULL, NULL, "normal",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* The language charts are presented in: a BCP 47 tag, or "" for each chart's own. */
  properties[PROP_PRESENTATION_LANGUAGE] =
    g_param_spec_string ("presentation-language", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* The house style: a bundled theme's id, a theme file's path, or "" for the built-in one. */
  properties[PROP_THEME] =
    g_param_spec_string ("theme", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  gtk_widget_class_install_property_action (GTK_WIDGET_CLASS (klass), "win.vision", "vision");
  gtk_widget_class_install_property_action (GTK_WIDGET_CLASS (klass),
                                            "win.presentation-language",
                                            "presentation-language");

  parity_gtk_ensure_resources ();
  g_type_ensure (PARITY_TYPE_CHART_VIEW);
  g_type_ensure (PARITY_TYPE_DATA_TABLE);
  g_type_ensure (PARITY_TYPE_INSPECTOR);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/paritycharts/Parity/parity-window.ui");
  gtk_widget_class_bind_template_child (widget_class, ParityWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, ParityWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, ParityWindow, center_stack);
  gtk_widget_class_bind_template_child (widget_class, ParityWindow, data_table);
  gtk_widget_class_bind_template_child (widget_class, ParityWindow, data_button);
  gtk_widget_class_bind_template_child (widget_class, ParityWindow, load_revealer);
  gtk_widget_class_bind_template_child (widget_class, ParityWindow, load_label);
  gtk_widget_class_bind_template_child (widget_class, ParityWindow, load_progress);
  gtk_widget_class_bind_template_child (widget_class, ParityWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, ParityWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, ParityWindow, status_page);
  gtk_widget_class_bind_template_child (widget_class, ParityWindow, sidebar_flap);
  gtk_widget_class_bind_template_child (widget_class, ParityWindow, inspector_flap);
  gtk_widget_class_bind_template_child (widget_class, ParityWindow, sidebar_button);
  gtk_widget_class_bind_template_child (widget_class, ParityWindow, open_button);
  gtk_widget_class_bind_template_child (widget_class, ParityWindow, history_box);
  gtk_widget_class_bind_template_child (widget_class, ParityWindow, actions_box);
  gtk_widget_class_bind_template_child (widget_class, ParityWindow, bottom_bar);
  gtk_widget_class_bind_template_child (widget_class, ParityWindow, error_actions);
  gtk_widget_class_bind_template_child (widget_class, ParityWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, ParityWindow, back_label);
  gtk_widget_class_bind_template_child (widget_class, ParityWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, ParityWindow, chart_list);
  gtk_widget_class_bind_template_child (widget_class, ParityWindow, new_chart_button);
  gtk_widget_class_bind_template_child (widget_class, ParityWindow, chart_view);
  gtk_widget_class_bind_template_child (widget_class, ParityWindow, inspector);
  gtk_widget_class_bind_template_child (widget_class, ParityWindow, inspector_button);
  gtk_widget_class_bind_template_child (widget_class, ParityWindow, recent_menu);
  gtk_widget_class_bind_template_child (widget_class, ParityWindow, examples_menu);
  gtk_widget_class_bind_template_callback (widget_class, on_chart_row_selected);
  gtk_widget_class_bind_template_callback_full (widget_class, "on_inspector_folded",
                                                G_CALLBACK (_parity_window_on_inspector_folded));
  gtk_widget_class_bind_template_callback_full (widget_class, "on_inspector_revealed",
                                                G_CALLBACK (_parity_window_on_inspector_revealed));
  gtk_widget_class_bind_template_callback_full (widget_class, "on_load_cancel_clicked",
                                                G_CALLBACK (_parity_window_cancel_load));

  _parity_window_class_add_actions (widget_class);
  _parity_window_class_add_theme (widget_class);
  _parity_window_class_add_adaptive (widget_class);
  _parity_window_class_add_load_actions (widget_class);
  _parity_window_class_add_chart_actions (widget_class);
  _parity_window_class_add_join_actions (widget_class);
  _parity_window_class_add_rows_actions (widget_class);
}

static void
parity_window_init (ParityWindow *self)
{
  GtkDropTarget *drop;

  self->inspector_wanted = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  _parity_window_init_presentation (self);
  _parity_window_init_chart_list (self);
  _parity_window_init_rows_offer (self);

  drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect_object (drop, "drop", G_CALLBACK (on_drop), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));
}

ParityDataset *
parity_window_get_dataset (ParityWindow *self)
{
  g_return_val_if_fail (PARITY_IS_WINDOW (self), NULL);
  return self->document ? parity_document_get_dataset (self->document) : NULL;
}

ParityDocument *
parity_window_get_document (ParityWindow *self)
{
  g_return_val_if_fail (PARITY_IS_WINDOW (self), NULL);
  return self->document;
}

ParityChartView *
parity_window_get_chart_view (ParityWindow *self)
{
  g_return_val_if_fail (PARITY_IS_WINDOW (self), NULL);
  return self->chart_view;
}

ParityInspector *
parity_window_get_inspector (ParityWindow *self)
{
  g_return_val_if_fail (PARITY_IS_WINDOW (self), NULL);
  return self->inspector;
}

/* TRUE while a file is being loaded. */
gboolean
parity_window_get_busy (ParityWindow *self)
{
  g_return_val_if_fail (PARITY_IS_WINDOW (self), FALSE);
  return self->loading != NULL || self->joining != NULL;
}

gboolean
parity_window_select_chart (ParityWindow *self,
                            const char   *chart_id)
{
  g_return_val_if_fail (PARITY_IS_WINDOW (self), FALSE);

  for (int i = 0;; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->chart_list, i);

      if (row == NULL)
        return FALSE;
      if (g_strcmp0 (g_object_get_data (G_OBJECT (row), "chart-id"), chart_id) == 0)
        {
          gtk_list_box_select_row (self->chart_list, row);
          return TRUE;
        }
    }
}
