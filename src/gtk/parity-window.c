/* parity-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-gtk"

#include "config.h"

#include <glib/gi18n.h>

#include "parity-loader.h"
#include "parity-resources.h"
#include "parity-window.h"

struct _ParityWindow
{
  AdwApplicationWindow  parent_instance;

  /* template children */
  AdwToastOverlay      *toast_overlay;
  AdwWindowTitle       *window_title;
  GtkStack             *stack;
  AdwStatusPage        *status_page;
  GtkListBox           *chart_list;
  ParityChartView      *chart_view;

  ParityDataset        *dataset;
  GCancellable         *loading;
  GtkFileChooserNative *chooser;
};

G_DEFINE_FINAL_TYPE (ParityWindow, parity_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_DATASET,
  PROP_BUSY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *
lang_of (ParityWindow *self)
{
  return parity_dataset_get_default_lang (self->dataset);
}

static GtkWidget *
make_chart_row (ParityWindow          *self,
                const ParityChartSpec *spec)
{
  GtkWidget *label = gtk_label_new (parity_text_get (spec->title, lang_of (self),
                                                     lang_of (self)));
  GtkWidget *row = gtk_list_box_row_new ();

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_lines (GTK_LABEL (label), 3);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
  g_object_set_data_full (G_OBJECT (row), "chart-id", g_strdup (spec->id), g_free);
  return row;
}

/* Shows a loaded dataset: replaces the chart list and selects the first chart. */
static void
show_dataset (ParityWindow  *self,
              ParityDataset *dataset)
{
  g_autofree char *basename = g_path_get_basename (parity_dataset_get_path (dataset));
  GtkWidget *child;

  g_set_object (&self->dataset, dataset);
  parity_chart_view_set_chart (self->chart_view, NULL, NULL);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->chart_list))) != NULL)
    gtk_list_box_remove (self->chart_list, child);
  for (guint i = 0; i < parity_dataset_get_n_charts (dataset); i++)
    gtk_list_box_append (self->chart_list,
                         make_chart_row (self, parity_dataset_get_chart (dataset, i)));

  adw_window_title_set_title (self->window_title,
                              parity_text_get (parity_dataset_get_title (dataset),
                                               lang_of (self), lang_of (self)));
  adw_window_title_set_subtitle (self->window_title, basename);
  if (parity_dataset_get_n_charts (dataset) == 0)
    {
      adw_status_page_set_title (self->status_page, _("No Charts"));
      adw_status_page_set_description (self->status_page,
                                       _("This dataset defines no charts yet"));
      gtk_stack_set_visible_child_name (self->stack, "message");
    }
  else
    {
      gtk_list_box_select_row (self->chart_list, gtk_list_box_get_row_at_index (self->chart_list, 0));
      gtk_stack_set_visible_child_name (self->stack, "charts");
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATASET]);
}

/* A failed load never loses what is shown: with a dataset open it is a toast, without one
 * the message fills the window. */
static void
show_load_error (ParityWindow *self,
                 GFile        *file,
                 const GError *error)
{
  g_autofree char *basename = g_file_get_basename (file);
  g_autofree char *title = g_strdup_printf (_("Could not open “%s”"), basename);

  if (self->dataset != NULL)
    {
      AdwToast *toast = adw_toast_new (title);

      adw_toast_set_button_label (toast, _("Details"));
      adw_toast_set_action_name (toast, "win.show-error");
      adw_toast_set_action_target_value (toast, g_variant_new_string (error->message));
      adw_toast_set_timeout (toast, 10);
      adw_toast_overlay_add_toast (self->toast_overlay, toast);
      return;
    }
  adw_status_page_set_icon_name (self->status_page, "dialog-error-symbolic");
  adw_status_page_set_title (self->status_page, title);
  adw_status_page_set_description (self->status_page, error->message);
  gtk_stack_set_visible_child_name (self->stack, "message");
}

static void
load_in_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  g_autofree char *path = g_file_get_path (task_data);
  g_autoptr(GError) error = NULL;
  ParityDataset *dataset;

  if (path == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                               _("Only local files can be opened"));
      return;
    }
  dataset = parity_dataset_load_file (path, &error);
  if (dataset == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, dataset, g_object_unref);
}

static void
on_loaded (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  ParityWindow *self = PARITY_WINDOW (source);
  GFile *file = g_task_get_task_data (G_TASK (result));
  g_autoptr(ParityDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;

  dataset = g_task_propagate_pointer (G_TASK (result), &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  g_clear_object (&self->loading);
  if (dataset != NULL)
    show_dataset (self, dataset);
  else
    show_load_error (self, file, error);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

/**
 * parity_window_open:
 * @file: a dataset file
 *
 * Loads @file in a worker thread; the window keeps showing what it had until it is done.
 */
void
parity_window_open (ParityWindow *self,
                    GFile        *file)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (PARITY_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->loading != NULL)
    g_cancellable_cancel (self->loading);
  g_set_object (&self->loading, g_cancellable_new ());
  task = g_task_new (self, self->loading, on_loaded, NULL);
  g_task_set_source_tag (task, parity_window_open);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_set_return_on_cancel (task, TRUE);
  g_task_run_in_thread (task, load_in_thread);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

static void
on_chart_row_selected (ParityWindow  *self,
                       GtkListBoxRow *row)
{
  if (row == NULL || self->dataset == NULL)
    return;
  parity_chart_view_set_chart (self->chart_view, self->dataset,
                               g_object_get_data (G_OBJECT (row), "chart-id"));
}

static void
on_chooser_response (ParityWindow         *self,
                     int                   response,
                     GtkFileChooserNative *chooser)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

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

  gtk_file_filter_set_name (datasets, _("Datasets"));
  gtk_file_filter_add_mime_type (datasets, "application/json");
  gtk_file_filter_add_suffix (datasets, "json");
  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");

  g_clear_object (&self->chooser);
  self->chooser = gtk_file_chooser_native_new (_("Open Dataset"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"),
                                               _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), datasets);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), all);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (on_chooser_response), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
show_error_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_WINDOW (widget), _("The File Could Not Be Opened"),
                                   g_variant_get_string (parameter, NULL));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
parity_window_dispose (GObject *object)
{
  ParityWindow *self = (ParityWindow *)object;

  if (self->loading != NULL)
    g_cancellable_cancel (self->loading);
  g_clear_object (&self->loading);
  g_clear_object (&self->chooser);
  g_clear_object (&self->dataset);
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
      g_value_set_object (value, self->dataset);
      break;
    case PROP_BUSY:
      g_value_set_boolean (value, parity_window_get_busy (self));
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

  object_class->dispose = parity_window_dispose;
  object_class->get_property = parity_window_get_property;

  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL, PARITY_TYPE_DATASET,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The window is the first user of the resources, and class_init runs once. */
  parity_register_resource ();
  g_type_ensure (PARITY_TYPE_CHART_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/paritycharts/Parity/parity-window.ui");
  gtk_widget_class_bind_template_child (widget_class, ParityWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, ParityWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, ParityWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, ParityWindow, status_page);
  gtk_widget_class_bind_template_child (widget_class, ParityWindow, chart_list);
  gtk_widget_class_bind_template_child (widget_class, ParityWindow, chart_view);
  gtk_widget_class_bind_template_callback (widget_class, on_chart_row_selected);

  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.show-error", "s", show_error_action);
}

static void
parity_window_init (ParityWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

ParityDataset *
parity_window_get_dataset (ParityWindow *self)
{
  g_return_val_if_fail (PARITY_IS_WINDOW (self), NULL);
  return self->dataset;
}

ParityChartView *
parity_window_get_chart_view (ParityWindow *self)
{
  g_return_val_if_fail (PARITY_IS_WINDOW (self), NULL);
  return self->chart_view;
}

/* TRUE while a file is being loaded. */
gboolean
parity_window_get_busy (ParityWindow *self)
{
  g_return_val_if_fail (PARITY_IS_WINDOW (self), FALSE);
  return self->loading != NULL;
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
