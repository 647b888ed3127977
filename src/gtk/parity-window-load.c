/* parity-window-load.c: how the window loads files — in a worker thread, with a progress
 * bar and Cancel, reloading a file changed on disk, adding labels in another language —
 * and what it says when a load fails
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-gtk"

#include "config.h"

#include <glib/gi18n.h>

#include "parity-loader.h"
#include "parity-tsan.h"
#include "parity-window-private.h"

static void
show_load_error (ParityWindow *self,
                 GFile        *file,
                 const GError *error)
{
  g_autofree char *basename = g_file_get_basename (file);
  /* Translators: %s is a file name. */
  g_autofree char *title = g_strdup_printf (_("Could not open “%s”"), basename);

  if (self->document != NULL)
    {
      _parity_window_show_error (self, title, error->message);
      return;
    }
  adw_status_page_set_icon_name (self->status_page, "dialog-error-symbolic");
  adw_status_page_set_title (self->status_page, title);
  adw_status_page_set_description (self->status_page, error->message);
  gtk_stack_set_visible_child_name (self->stack, "message");
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
  /* An empty window says what it is doing rather than "No Dataset". */
  if (self->document == NULL)
    {
      adw_status_page_set_icon_name (self->status_page, "document-open-symbolic");
      adw_status_page_set_title (self->status_page, text);
      adw_status_page_set_description (self->status_page, NULL);
      gtk_stack_set_visible_child_name (self->stack, "message");
    }
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
        {
          adw_status_page_set_icon_name (self->status_page, "x-office-spreadsheet-symbolic");
          adw_status_page_set_title (self->status_page, _("No Dataset"));
          adw_status_page_set_description (self->status_page,
                                           _("Open a dataset, or drop one here"));
        }
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
      gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
      if (parity_dataset_get_warnings (dataset)[0] != NULL)
        {
          g_autofree char *all = g_strjoinv ("\n", (char **)parity_dataset_get_warnings (dataset));
          guint n = g_strv_length ((char **)parity_dataset_get_warnings (dataset));
          g_autofree char *title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                 "Opened, with %u value left out",
                                                                 "Opened, with %u values left out",
                                                                 n), n);

          _parity_window_show_error (self, title, all);
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
