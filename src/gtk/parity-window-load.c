/* parity-window-load.c: how the window loads files — in a worker thread, with a progress
 * bar and Cancel, reloading a file changed on disk, adding labels in another language —
 * and what it says when a load fails
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-gtk"

#include "config.h"

#include <glib/gi18n.h>

#include "parity-boundaries.h"
#include "parity-loader.h"
#include "parity-tsan.h"
#include "parity-window-private.h"

/* The message page shows the window's state, the Open Another File and Back buttons only
 * after a failed open. Its description is Pango markup: @description is plain text. */
static void
show_message (ParityWindow *self,
              const char   *icon_name,
              const char   *title,
              const char   *description)
{
  g_autofree char *markup = description ? g_markup_escape_text (description, -1) : NULL;

  adw_status_page_set_icon_name (self->status_page, icon_name);
  adw_status_page_set_title (self->status_page, title);
  adw_status_page_set_description (self->status_page, markup);
  gtk_widget_set_visible (self->error_actions, FALSE);
  gtk_stack_set_visible_child_name (self->stack, "message");
}

static gboolean
showing_message (ParityWindow *self)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "message") == 0;
}

/* A failed open says why in the whole window, and offers a way on: another file, or back to
 * the document that was open, which the failed load left as it was. */
static void
show_load_error (ParityWindow *self,
                 GFile        *file,
                 const GError *error)
{
  g_autofree char *basename = g_file_get_basename (file);
  /* Translators: %s is a file name. */
  g_autofree char *title = g_strdup_printf (_("Could not open “%s”"), basename);

  show_message (self, "dialog-error-symbolic", title, error->message);
  gtk_widget_set_visible (self->error_actions, TRUE);
  gtk_widget_set_visible (self->back_button, self->document != NULL);
  if (self->document != NULL)
    {
      GFile *open = parity_document_get_file (self->document);
      g_autofree char *name = open ? g_file_get_basename (open) : NULL;
      g_autofree char *label = NULL;

      if (name != NULL)
        /* Translators: a button on the page that says a file could not be opened; %s is the
           name of the file that was open before, which it shows again. */
        label = g_strdup_printf (_("Back to “%s”"), name);
      else
        /* Translators: as “Back to “%s””, for charts not yet saved to a file. */
        label = g_strdup (_("Back to the Open Charts"));
      gtk_label_set_text (self->back_label, label);
    }
}

static void
back_to_document_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  ParityWindow *self = PARITY_WINDOW (widget);

  if (self->document == NULL)
    return;
  gtk_widget_set_visible (self->error_actions, FALSE);
  gtk_stack_set_visible_child_name (self->stack, "charts");
}

void
_parity_window_class_add_load_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.back-to-document", NULL,
                                   back_to_document_action);
}

/* What a load left out, in one sentence that names the count and the unit of its warnings:
 * "Opened “ts.json”, with 2 pages left out". The same sentence heads the details. */
static char *
describe_left_out (ParityDataset *dataset,
                   const char    *basename)
{
  guint n_kinds = 0;
  ParityLeftOut kind = PARITY_LEFT_OUT_VALUES;
  guint n;

  for (guint i = 0; i < PARITY_N_LEFT_OUT; i++)
    if (parity_dataset_get_left_out (dataset, i) > 0)
      {
        n_kinds++;
        kind = i;
      }
  if (n_kinds > 1)
    /* Translators: %s is a file name; the details list what was left out. */
    return g_strdup_printf (_("Opened “%s”, with data left out"), basename);
  if (n_kinds == 0)
    {
      n = g_strv_length ((char **)parity_dataset_get_warnings (dataset));
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           /* Translators: %s is a file name, %u a count of
                                              warnings about doubtful data that was read. */
                                           "Opened “%s”, with %u warning",
                                           "Opened “%s”, with %u warnings", n), basename, n);
    }
  n = parity_dataset_get_left_out (dataset, kind);
  switch (kind)
    {
    case PARITY_LEFT_OUT_ROWS:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           /* Translators: %s is a file name, %u a count of
                                              rows of a table that could not be read. */
                                           "Opened “%s”, with %u row left out",
                                           "Opened “%s”, with %u rows left out", n), basename, n);
    case PARITY_LEFT_OUT_PAGES:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           /* Translators: %s is a file name, %u a count of
                                              pages of a World Bank API answer that the file
                                              does not hold. */
                                           "Opened “%s”, with %u page left out",
                                           "Opened “%s”, with %u pages left out", n), basename, n);
    case PARITY_LEFT_OUT_VALUES:
    default:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           /* Translators: %s is a file name, %u a count of
                                              values that were not numbers or repeated. */
                                           "Opened “%s”, with %u value left out",
                                           "Opened “%s”, with %u values left out", n),
                              basename, n);
    }
}

/* What a load reads: the file, then the labels in other languages merged into it. The job
 * goes to the loading thread and back through GTask, which ThreadSanitizer does not see
 * (parity-tsan.h): each thread releases it when done with it, and acquires it on receipt. */
typedef struct
{
  GWeakRef           window;   /* not a strong one: the job may end in the loading thread */
  GFile             *file;
  GStrv              labels;   /* "fr=/…/wb-fr.json" */
  char              *added;    /* the label file this load adds, or NULL for an open or a reload */
  ParityLoadMonitor *monitor;  /* the fraction done, read by the window's progress bar */
} LoadJob;

static void
load_job_free (gpointer data)
{
  LoadJob *job = data;

  /* In whichever thread lets the task go last. */
  parity_tsan_acquire (job);
  g_weak_ref_clear (&job->window);
  parity_load_monitor_unref (job->monitor);
  g_object_unref (job->file);
  g_strfreev (job->labels);
  g_free (job->added);
  g_free (job);
}

static void
load_in_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  LoadJob *job = task_data;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ParityDataset) dataset = NULL;

  parity_tsan_acquire (job);
  path = g_file_get_path (job->file);
  if (path == NULL)
    {
      parity_tsan_release (job);
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                               /* Translators: files of this computer, not of a network
                                  location. */
                               _("Only local files can be opened"));
      return;
    }
  dataset = parity_dataset_load_file_monitored (path, job->monitor, &error);
  for (guint i = 0; dataset != NULL && job->labels != NULL && job->labels[i] != NULL; i++)
    {
      g_auto(GStrv) tag_path = g_strsplit (job->labels[i], "=", 2);

      if (!parity_dataset_add_labels_file (dataset, tag_path[0], tag_path[1], &error))
        g_clear_object (&dataset);
    }
  /* A map reads the bundled world's boundaries on first use (80 ms): here, off the main
   * loop, rather than on the first frame of the map. */
  for (guint i = 0; dataset != NULL && i < parity_dataset_get_n_charts (dataset); i++)
    if (g_str_equal (parity_dataset_get_chart (dataset, i)->kind, "map"))
      {
        g_autoptr(ParityBoundaries) boundaries = parity_boundaries_get_default (NULL);

        break;
      }
  /* The dataset goes with the job. */
  parity_tsan_release (job);
  if (dataset == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, g_steal_pointer (&dataset), g_object_unref);
}

static gboolean
update_load_progress (gpointer data)
{
  ParityWindow *self = data;

  gtk_revealer_set_reveal_child (self->load_revealer, TRUE);
  gtk_progress_bar_set_fraction (self->load_progress,
                                 parity_load_monitor_get_fraction (self->load_monitor));
  return G_SOURCE_CONTINUE;
}

/* The bar appears only for a load that takes a moment: a small file opens without it. */
static void
show_load_progress (ParityWindow *self,
                    LoadJob      *job)
{
  g_autofree char *basename = g_file_get_basename (job->file);
  /* Translators: %s is a file name, shown beside the progress bar while it is read. */
  g_autofree char *text = g_strdup_printf (_("Opening “%s”…"), basename);

  g_clear_pointer (&self->load_monitor, parity_load_monitor_unref);
  self->load_monitor = parity_load_monitor_ref (job->monitor);
  gtk_label_set_text (self->load_label, text);
  /* An empty window, or one that shows an error, says what it is doing. */
  if (self->document == NULL || showing_message (self))
    show_message (self, "document-open-symbolic", text, NULL);
  gtk_progress_bar_set_fraction (self->load_progress, 0);
  g_clear_handle_id (&self->load_timer, g_source_remove);
  self->load_timer = g_timeout_add (150, update_load_progress, self);
}

static void
hide_load_progress (ParityWindow *self)
{
  g_clear_handle_id (&self->load_timer, g_source_remove);
  g_clear_pointer (&self->load_monitor, parity_load_monitor_unref);
  gtk_revealer_set_reveal_child (self->load_revealer, FALSE);
}

void
_parity_window_cancel_load (ParityWindow *self)
{
  if (self->loading != NULL)
    g_cancellable_cancel (self->loading);
}

static void
finish_load (ParityWindow *self,
             GTask        *task,
             LoadJob      *job)
{
  GFile *file = job->file;
  g_autoptr(ParityDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;

  dataset = g_task_propagate_pointer (task, &error);
  /* A load that another replaced says nothing; one the user cancelled says so. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) &&
      g_task_get_cancellable (task) != self->loading)
    return;
  g_clear_object (&self->loading);
  hide_load_progress (self);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      if (self->document == NULL)
        show_message (self, "x-office-spreadsheet-symbolic", _("No Dataset"),
                      _("Open a dataset, or drop one here"));
      else
        gtk_stack_set_visible_child_name (self->stack, "charts");
      self->reloading = FALSE;
      _parity_window_toast (self, _("Opening cancelled; nothing was changed"), NULL, NULL, NULL);
      _parity_window_notify_busy (self);
      return;
    }
  if (dataset != NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);

      g_strfreev (self->labels);
      self->labels = g_strdupv (job->labels);
      _parity_window_show_document (self, dataset, file);
      /* Opened, not read again: edits a crash left behind are offered back. */
      if (!self->reloading && job->added == NULL)
        _parity_window_draft_offer (self);
      _parity_window_add_recent (self, uri);
      if (parity_dataset_get_warnings (dataset)[0] != NULL)
        {
          g_autofree char *all = g_strjoinv ("\n", (char **)parity_dataset_get_warnings (dataset));
          g_autofree char *basename = g_file_get_basename (file);
          g_autofree char *title = describe_left_out (dataset, basename);
          g_autofree char *details = g_strdup_printf ("%s\n\n%s", title, all);

          _parity_window_show_error (self, title, details);
        }
      if (job->added != NULL)
        {
          g_autofree char *basename = g_path_get_basename (job->added);
          /* Translators: %s is a file name. */
          g_autofree char *title = g_strdup_printf (_("Labels added from “%s”"), basename);

          _parity_window_toast (self, title, NULL, NULL, NULL);
        }
      else if (self->reloading)
        _parity_window_toast (self, _("Reloaded: the file changed on disk"), NULL, NULL, NULL);
    }
  else if (job->added != NULL)
    {
      g_autofree char *basename = g_path_get_basename (job->added);
      /* Translators: %s is a file name; the document stays as it was. */
      g_autofree char *title = g_strdup_printf (_("Could not add the labels of “%s”"),
                                                basename);

      _parity_window_show_error (self, title, error->message);
    }
  else if (self->reloading)
    {
      g_autofree char *title = g_strdup_printf (_("The file changed but could not be read; "
                                                  "the last good data is kept"));

      _parity_window_show_error (self, title, error->message);
    }
  else
    show_load_error (self, file, error);
  self->reloading = FALSE;
  _parity_window_notify_busy (self);
}

static void
on_loaded (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  LoadJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(ParityWindow) self = NULL;

  /* What the loading thread released, the dataset with it, unless the load was cancelled
   * and it is still running. */
  parity_tsan_acquire (job);
  self = g_weak_ref_get (&job->window);
  if (self != NULL)
    finish_load (self, G_TASK (result), job);
  parity_tsan_release (job);
}

static void
start_load (ParityWindow *self,
            LoadJob      *job,
            gboolean      reload)
{
  g_autoptr(GTask) task = NULL;

  if (self->loading != NULL)
    g_cancellable_cancel (self->loading);
  g_set_object (&self->loading, g_cancellable_new ());
  self->reloading = reload;
  job->monitor = parity_load_monitor_new (self->loading);
  show_load_progress (self, job);
  /* The task has no source object: a cancelled task returns at once but is let go by the
   * loading thread when that stops, and a window it held could be disposed there, outside
   * the main thread, once the window was closed. */
  g_weak_ref_init (&job->window, self);
  task = g_task_new (NULL, self->loading, on_loaded, NULL);
  g_task_set_source_tag (task, _parity_window_load);
  g_task_set_task_data (task, job, load_job_free);
  g_task_set_return_on_cancel (task, TRUE);
  parity_tsan_release (job);
  g_task_run_in_thread (task, load_in_thread);
  _parity_window_notify_busy (self);
}

/* A reload merges the labels added since the file was opened; another file starts without. */
void
_parity_window_load (ParityWindow *self,
                     GFile        *file,
                     gboolean      reload)
{
  LoadJob *job = g_new0 (LoadJob, 1);

  job->file = g_object_ref (file);
  job->labels = reload && self->labels != NULL ? g_strdupv (self->labels) : g_new0 (char *, 1);
  start_load (self, job, reload);
}

/* Reads the open file again with @labels merged in, so that a file that does not fit leaves
 * the document as it was. */
static void
load_with_labels (ParityWindow *self,
                  const char   *lang,
                  GFile        *labels)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autofree char *spec = NULL;
  LoadJob *job = g_new0 (LoadJob, 1);

  job->file = g_object_ref (parity_document_get_file (self->document));
  job->added = g_file_get_path (labels);
  if (self->labels != NULL)
    g_strv_builder_addv (builder, (const char **)self->labels);
  spec = g_strconcat (lang, "=", job->added, NULL);
  g_strv_builder_add (builder, spec);
  job->labels = g_strv_builder_end (builder);
  start_load (self, job, TRUE);
}

/**
 * parity_window_add_labels:
 * @lang: the language of @file's labels, a BCP 47 tag
 * @file: the same data in @lang, e.g. a World Bank response saved from /fr/
 *
 * Adds @file's labels to the open document, which is read again from its file: unsaved
 * edits are kept by refusing, with a toast, until they are saved.
 */
void
parity_window_add_labels (ParityWindow *self,
                          const char   *lang,
                          GFile        *file)
{
  g_autofree char *path = NULL;

  g_return_if_fail (PARITY_IS_WINDOW (self));
  g_return_if_fail (lang != NULL && G_IS_FILE (file));

  path = g_file_get_path (file);
  if (self->document == NULL || parity_document_get_file (self->document) == NULL)
    return;
  if (parity_document_get_modified (self->document))
    {
      _parity_window_toast (self, _("Save your edits before adding labels"), NULL, NULL, NULL);
      return;
    }
  if (path == NULL)
    {
      _parity_window_show_error (self, _("Could not add the labels"),
                                 _("Only local files can be opened"));
      return;
    }
  load_with_labels (self, lang, file);
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
  g_return_if_fail (PARITY_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  _parity_window_load (self, file, FALSE);
}

/* The open file changed on disk: reload it, unless that would throw edits away. */
void
_parity_window_on_file_changed (ParityWindow      *self,
                 GFile             *file,
                 GFile             *other,
                 GFileMonitorEvent  event)
{
  if (event != G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT && event != G_FILE_MONITOR_EVENT_CREATED)
    return;
  if (self->document == NULL || self->loading != NULL)
    return;
  if (parity_document_get_modified (self->document))
    {
      /* Translators: a notification while there are unsaved edits, with a button to throw
         them away and load the file as it is now. */
      _parity_window_toast (self, _("The file changed on disk"), _("_Reload"), "win.reload",
                            NULL);
      return;
    }
  _parity_window_load (self, parity_document_get_file (self->document), TRUE);
}
