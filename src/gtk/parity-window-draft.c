/* parity-window-draft.c: no lost edits — a modified document is written as a draft a moment
 * after each change, and a file opened after a crash offers its draft back
 *
 * The draft follows the document's state, not the actions that change it: it is written
 * while the document is modified and removed when it is not (saved, or undone back to the
 * file), when the edits are discarded on closing, and when a reload replaces them. Edits
 * that another file replaces stay in their draft. The format and the place are
 * parity-draft.c's.
 *
 * Writing a big dataset out takes seconds, so drafts are written in a worker, one at a time
 * and in order; removing one is immediate, and a write that was running meanwhile is removed
 * again when it ends, so that no draft comes back after a save or a discard.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-gtk"

#include "config.h"

#include <glib/gi18n.h>

#include "parity-draft.h"
#include "parity-tsan.h"
#include "parity-window-private.h"

/* A pause in editing this long writes the draft: typing a title writes once, not per key. */
#define DRAFT_DELAY_MS 2000

/* Drafts queued or being written, in every window: quitting waits for them. */
static guint n_pending;

static void
remove_file (GFile *file)
{
  g_autoptr(GError) error = NULL;

  if (file != NULL && !parity_draft_remove (file, &error))
    g_warning ("Could not remove a draft: %s", error->message);
}

static void start_next_write (ParityWindow *self);

static void
on_written (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  /* The task's own reference, let go here on the main thread (see start_next_write()). */
  g_autoptr(ParityWindow) self = user_data;
  g_autoptr(GFile) file = g_steal_pointer (&self->draft_writing);
  g_autoptr(GError) error = NULL;

  /* What the worker released with its result. */
  parity_tsan_acquire (result);
  n_pending--;
  if (self->draft_stale)
    {
      /* Removed while it was being written: the removal stands. */
      self->draft_stale = FALSE;
      remove_file (file);
    }
  else if (g_task_propagate_boolean (G_TASK (result), &error))
    self->draft_failed = FALSE;
  else if (self->document == NULL)
    g_warning ("Could not write a draft: %s", error->message);
  else if (!self->draft_failed)
    {
      /* Said once: the next edits would fail the same way. */
      self->draft_failed = TRUE;
      _parity_window_show_error (self,
                                 /* Translators: a notification when the draft that keeps
                                    unsaved edits through a crash cannot be written. */
                                 _("Could not keep a draft of the unsaved edits"),
                                 error->message);
    }
  start_next_write (self);
}

static void
write_in_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      job,
                 GCancellable *cancellable)
{
  GError *error = NULL;
  gboolean ok;

  parity_tsan_acquire (task);
  ok = parity_draft_job_run (job, &error);
  parity_tsan_release (task);
  if (ok)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/* One write at a time, in order: the last draft queued is the one left on disk. */
static void
start_next_write (ParityWindow *self)
{
  g_autoptr(GTask) task = NULL;
  ParityDraftJob *job;

  if (self->draft_writing != NULL || (job = g_queue_pop_head (&self->draft_jobs)) == NULL)
    return;
  self->draft_writing = g_object_ref (parity_draft_job_get_file (job));
  /* No source object: the worker lets the task go when it is done, sometimes last, and a
   * window it held would then be disposed outside the main thread. The callback holds the
   * window instead, and lets it go on the main thread. */
  task = g_task_new (NULL, NULL, on_written, g_object_ref (self));
  g_task_set_source_tag (task, start_next_write);
  g_task_set_task_data (task, job, (GDestroyNotify)parity_draft_job_free);
  parity_tsan_release (task);
  g_task_run_in_thread (task, write_in_thread);
}

/* A newer draft of @file, or its removal, makes the queued ones pointless. */
static void
drop_queued (ParityWindow *self,
             GFile        *file)
{
  GList *next;

  for (GList *l = self->draft_jobs.head; l != NULL; l = next)
    {
      next = l->next;
      if (g_file_equal (parity_draft_job_get_file (l->data), file))
        {
          parity_draft_job_free (l->data);
          g_queue_delete_link (&self->draft_jobs, l);
          n_pending--;
        }
    }
}

/* The charts are copied now; the dataset is written out in a worker, which for a big one
 * takes seconds. */
static void
queue_write (ParityWindow *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  if (self->document == NULL || self->draft_file == NULL ||
      !parity_document_get_modified (self->document))
    return;
  drop_queued (self, self->draft_file);
  g_queue_push_tail (&self->draft_jobs,
                     parity_draft_job_new (self->draft_file,
                                           parity_document_get_dataset (self->document), now));
  n_pending++;
  start_next_write (self);
}

/* Removed at once, so that a save or a discard leaves no draft even if a crash follows. */
static void
remove_draft (ParityWindow *self,
              GFile        *file)
{
  if (file == NULL)
    return;
  drop_queued (self, file);
  if (self->draft_writing != NULL && g_file_equal (self->draft_writing, file))
    self->draft_stale = TRUE;
  remove_file (file);
}

static gboolean
on_pause (gpointer data)
{
  ParityWindow *self = data;

  self->draft_timer = 0;
  queue_write (self);
  return G_SOURCE_REMOVE;
}

static void
schedule_draft (ParityWindow *self)
{
  g_clear_handle_id (&self->draft_timer, g_source_remove);
  self->draft_timer = g_timeout_add (DRAFT_DELAY_MS, on_pause, self);
}

/* Writes now what waits for a pause in editing: the window is closing, or about to ask. */
void
_parity_window_draft_flush (ParityWindow *self)
{
  if (self->draft_timer != 0)
    {
      g_clear_handle_id (&self->draft_timer, g_source_remove);
      queue_write (self);
    }
}

/* The edits are thrown away, or are in the file: their draft goes. */
void
_parity_window_draft_discard (ParityWindow *self)
{
  g_clear_handle_id (&self->draft_timer, g_source_remove);
  remove_draft (self, self->draft_file);
}

/**
 * parity_window_wait_for_drafts:
 *
 * Runs the main loop until every draft queued by any window is on disk: for the application
 * quitting, once it has destroyed its windows.
 */
void
parity_window_wait_for_drafts (void)
{
  while (n_pending > 0)
    g_main_context_iteration (NULL, TRUE);
}

static void
on_charts_changed (ParityWindow *self)
{
  if (parity_document_get_modified (self->document))
    schedule_draft (self);
}

static void
on_modified_changed (ParityWindow *self)
{
  if (parity_document_get_modified (self->document))
    schedule_draft (self);
  else
    _parity_window_draft_discard (self);
}

/* Save As: the edits now belong to the new file, which gets the draft from now on. */
static void
on_file_changed (ParityWindow *self)
{
  g_clear_handle_id (&self->draft_timer, g_source_remove);
  remove_draft (self, self->draft_file);
  g_set_object (&self->draft_file, parity_document_get_file (self->document));
  if (parity_document_get_modified (self->document))
    schedule_draft (self);
}

/* @document is about to replace the window's. A reload of the same file throws the edits away;
 * another file leaves them in their draft, up to date. */
void
_parity_window_draft_switch (ParityWindow   *self,
                             ParityDocument *document)
{
  GFile *file = parity_document_get_file (document);

  if (self->document != NULL && parity_document_get_modified (self->document))
    {
      if (file != NULL && self->draft_file != NULL && g_file_equal (file, self->draft_file))
        _parity_window_draft_discard (self);
      else
        _parity_window_draft_flush (self);
    }
  g_clear_handle_id (&self->draft_timer, g_source_remove);
  g_set_object (&self->draft_file, file);
  self->draft_failed = FALSE;
  g_signal_connect_object (parity_document_get_dataset (document), "charts-changed",
                           G_CALLBACK (on_charts_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (document, "notify::modified", G_CALLBACK (on_modified_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (document, "notify::file", G_CALLBACK (on_file_changed), self,
                           G_CONNECT_SWAPPED);
}

/* The window shows @file as it is saved: the only state a draft may replace. Edits made while
 * the draft was read are newer than it. */
static gboolean
shows_saved (ParityWindow *self,
             GFile        *file)
{
  GFile *shown = self->document ? parity_document_get_file (self->document) : NULL;

  return shown != NULL && g_file_equal (shown, file) &&
         !parity_document_get_modified (self->document);
}

static void
on_restore_response (AdwMessageDialog *dialog,
                     const char       *response,
                     ParityWindow     *self)
{
  ParityDraft *draft = g_object_get_data (G_OBJECT (dialog), "draft");
  GFile *file = g_object_get_data (G_OBJECT (dialog), "file");

  if (!shows_saved (self, file))
    return;
  if (g_str_equal (response, "restore"))
    {
      /* Modified, so that the edits still have to be saved, and to @file. */
      g_autoptr(ParityDocument) document = parity_document_new_restored (draft->dataset, file);

      _parity_window_set_document (self, document);
    }
  else if (g_str_equal (response, "discard"))
    remove_draft (self, file);
}

/* Whether @file was modified after @time (to the second a draft records). */
static gboolean
changed_since (GFile     *file,
               GDateTime *time)
{
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_TIME_MODIFIED,
                                                 G_FILE_QUERY_INFO_NONE, NULL, NULL);
  g_autoptr(GDateTime) modified = info != NULL ? g_file_info_get_modification_date_time (info)
                                               : NULL;

  return modified != NULL && g_date_time_difference (modified, time) >= G_TIME_SPAN_SECOND;
}

static void
ask_restore (ParityWindow *self,
             GFile        *file,
             ParityDraft  *draft)
{
  g_autofree char *basename = g_file_get_basename (file);
  g_autofree char *name = g_filename_display_name (basename);
  g_autoptr(GDateTime) local = g_date_time_to_local (draft->written);
  g_autofree char *when = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  /* Translators: when a draft of unsaved edits was written, as in "Parity kept them in a
     draft on May 1, 2024 at 09:30": a g_date_time_format() format (%B the month's name,
     %-d the day, %Y the year, %H:%M hours and minutes; %p for AM/PM where it is used).
     xgettext:no-c-format */
  when = g_date_time_format (local, _("%B %-d, %Y at %H:%M"));
  /* Translators: asked when a file is opened after Parity ended without saving it: the
     first %s is the file's name, the second when the draft was written. */
  body = g_strdup_printf (_("“%1$s” has edits that were never saved. Parity kept them in a "
                            "draft on %2$s."),
                          name, when != NULL ? when : "?");
  /* Restoring and saving would replace whatever was saved to the file since. */
  if (changed_since (file, draft->written))
    {
      g_autofree char *warned = g_strdup_printf ("%s %s", body,
                                                 _("The file was changed after that: restoring "
                                                   "and saving would replace those changes."));

      g_free (body);
      body = g_steal_pointer (&warned);
    }
  /* Escape answers neither: the draft stays, and is offered again next time. */
  dialog = _parity_window_new_question (self,
                                        /* Translators: the title of the question above;
                                           Restore puts the edits back. */
                                        _("Restore Unsaved Edits?"), body, NULL,
                                        /* Translators: deletes the draft of the edits. */
                                        C_("draft", "_Discard"), "restore", _("_Restore"));
  g_object_set_data_full (G_OBJECT (dialog), "draft", draft,
                          (GDestroyNotify)parity_draft_free);
  g_object_set_data_full (G_OBJECT (dialog), "file", g_object_ref (file), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_restore_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
read_in_thread (GTask        *task,
                gpointer      source_object,
                gpointer      file,
                GCancellable *cancellable)
{
  GError *error = NULL;
  ParityDraft *draft;

  parity_tsan_acquire (task);
  draft = parity_draft_load (file, &error);
  parity_tsan_release (task);
  if (draft == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, draft, (GDestroyNotify)parity_draft_free);
}

static void
on_draft_read (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  /* The task's own reference, let go here on the main thread (see start_next_write()). */
  g_autoptr(ParityWindow) self = user_data;
  GCancellable *cancellable = g_task_get_cancellable (G_TASK (result));
  GFile *file = g_task_get_task_data (G_TASK (result));
  g_autoptr(ParityDraft) draft = NULL;
  g_autoptr(GError) error = NULL;

  parity_tsan_acquire (result);
  draft = g_task_propagate_pointer (G_TASK (result), &error);
  if (g_cancellable_is_cancelled (cancellable) || cancellable != self->draft_reading)
    return;
  g_clear_object (&self->draft_reading);
  if (!shows_saved (self, file))
    return;
  if (draft != NULL)
    ask_restore (self, file, g_steal_pointer (&draft));
  /* A draft that does not load never replaces the file; it stays for whoever wants it. */
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    {
      g_autofree char *basename = g_file_get_basename (file);
      g_autofree char *name = g_filename_display_name (basename);
      /* Translators: %s is a file name; the file is shown as it was last saved. */
      g_autofree char *title = g_strdup_printf (_("Could not read the draft of “%s”; the "
                                                  "file is shown as saved"), name);

      _parity_window_show_error (self, title, error->message);
    }
}

/* The window has just opened its document's file: if a draft of it was left behind, it is
 * read like any dataset, in a worker, and offered back. */
void
_parity_window_draft_offer (ParityWindow *self)
{
  GFile *file = parity_document_get_file (self->document);
  g_autofree char *path = NULL;
  g_autoptr(GTask) task = NULL;

  _parity_window_draft_cancel (self);
  if (file == NULL)
    return;
  path = parity_draft_get_path (file);
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    return;
  self->draft_reading = g_cancellable_new ();
  task = g_task_new (NULL, self->draft_reading, on_draft_read, g_object_ref (self));
  g_task_set_source_tag (task, _parity_window_draft_offer);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  parity_tsan_release (task);
  g_task_run_in_thread (task, read_in_thread);
}

void
_parity_window_draft_cancel (ParityWindow *self)
{
  if (self->draft_reading != NULL)
    g_cancellable_cancel (self->draft_reading);
  g_clear_object (&self->draft_reading);
}
