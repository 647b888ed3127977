/* parity-window-join.c: Add Data From File — another file's indicators joined to the document
 *
 * The file is read in a worker thread, as an opened file is; the join itself (parity-dataset-
 * join in the core) is planned and applied in the main thread, as one step of the
 * document's history, so that Undo takes it out. A toast says what was added and how many
 * entities did not match, with a button that lists them; a file that does not load leaves
 * the document as it was and says why, with the place in the file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity"

#include "config.h"

#include <glib/gi18n.h>

#include "parity-dataset-join.h"
#include "parity-loader.h"
#include "parity-tsan.h"
#include "parity-window-private.h"

typedef struct
{
  char           *path;
  ParityDocument *document;  /* the document the file is joined to: the window may change */
} JoinJob;

static void
join_job_free (gpointer data)
{
  JoinJob *job = data;

  parity_tsan_acquire (job);
  g_free (job->path);
  g_clear_object (&job->document);
  g_free (job);
}

static void
load_in_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  JoinJob *job = task_data;
  g_autoptr(GError) error = NULL;
  ParityDataset *other;

  parity_tsan_acquire (job);
  other = parity_dataset_load_file (job->path, &error);
  parity_tsan_release (job);
  if (other == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, other, g_object_unref);
}

static void
join_failed (ParityWindow *self,
             JoinJob      *job,
             const char   *message)
{
  g_autofree char *basename = g_path_get_basename (job->path);
  /* Translators: %s is a file name; the document stays as it was. */
  g_autofree char *title = g_strdup_printf (_("Could not add the data of “%s”"), basename);

  _parity_window_show_error (self, title, message);
}

/* Short enough for a toast: what was added, and how many entities of either side the other
 * lacks; the whole report is behind the toast's button. */
static char *
toast_title (ParityJoin *join,
             guint       unmatched)
{
  guint n = parity_join_get_n_indicators (join);
  /* The same words as the report's (parity-dataset-join.c), translated once. */
  g_autofree char *what = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                        "Added %u indicator from “%s”",
                                                        "Added %u indicators from “%s”", n),
                                           n, parity_join_get_display_name (join));

  if (unmatched == 0)
    /* Translators: the notification after Add Data From File when every country and group
       of either file is in the other; %s is “Added 1 indicator from “b.csv””. */
    return g_strdup_printf (_("%s; every entity matched"), what);
  /* Translators: the notification after Add Data From File; %s is “Added 1 indicator from
     “b.csv””, %u the number of countries and groups of either file that the other lacks. */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s; %u entity did not match",
                                       "%s; %u entities did not match", unmatched),
                          what, unmatched);
}

static void
on_loaded (GObject      *source,
           GAsyncResult *result,
           gpointer      data)
{
  ParityWindow *self = PARITY_WINDOW (source);
  GTask *task = G_TASK (result);
  JoinJob *job = g_task_get_task_data (task);
  g_autoptr(ParityDataset) other = NULL;
  g_autoptr(ParityJoin) join = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  guint unmatched;

  other = g_task_propagate_pointer (task, &error);
  parity_tsan_acquire (job);
  if (g_task_get_cancellable (task) != self->joining)
    return;
  g_clear_object (&self->joining);
  _parity_window_notify_busy (self);
  /* Another file was opened meanwhile: the data were for the one that was open. */
  if (job->document != self->document)
    return;
  if (other != NULL)
    join = parity_join_new (parity_document_get_dataset (self->document), other, job->path,
                            &error);
  if (join == NULL)
    {
      join_failed (self, job, error->message);
      return;
    }
  parity_document_join (self->document, join);
  g_clear_pointer (&self->last_join, parity_join_unref);
  self->last_join = parity_join_ref (join);
  if (parity_join_get_chart (join) != NULL)
    parity_window_select_chart (self, parity_join_get_chart (join));
  _parity_window_update_actions (self);
  unmatched = parity_join_get_n_unmatched (join, PARITY_JOIN_ADDED) +
              parity_join_get_n_unmatched (join, PARITY_JOIN_OPEN);
  summary = toast_title (join, unmatched);
  /* Translators: the button of the notification after Add Data From File that lists the
     countries and groups of either file that the other lacks. */
  _parity_window_toast (self, summary, unmatched > 0 ? _("Show Unmatched") : NULL,
                        "win.show-unmatched", NULL);
}

/**
 * parity_window_add_data:
 * @file: a file of any format Parity opens, with data by the same entities
 *
 * Joins @file's indicators to the open document by entity id (GDP per capita beside
 * Internet use, for a scatter plot), as one step that Undo takes back.
 */
void
parity_window_add_data (ParityWindow *self,
                        GFile        *file)
{
  g_autoptr(GTask) task = NULL;
  JoinJob *job;

  g_return_if_fail (PARITY_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->document == NULL)
    return;
  job = g_new0 (JoinJob, 1);
  job->path = g_file_get_path (file);
  job->document = g_object_ref (self->document);
  if (job->path == NULL)
    {
      join_failed (self, job, _("Only local files can be opened"));
      join_job_free (job);
      return;
    }
  if (self->joining != NULL)
    g_cancellable_cancel (self->joining);
  g_set_object (&self->joining, g_cancellable_new ());
  task = g_task_new (self, self->joining, on_loaded, NULL);
  g_task_set_task_data (task, job, join_job_free);
  parity_tsan_release (job);
  g_task_run_in_thread (task, load_in_thread);
  _parity_window_notify_busy (self);
}

static void
on_add_data_response (ParityWindow         *self,
                      int                   response,
                      GtkFileChooserNative *chooser)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      parity_window_add_data (self, file);
    }
  g_clear_object (&self->chooser);
}

static void
add_data_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  ParityWindow *self = PARITY_WINDOW (widget);

  /* Translators: the title of the file chooser of Add Data From File. */
  _parity_window_new_add_chooser (self, _("Add Data From File"),
                                  G_CALLBACK (on_add_data_response));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static guint
count_lines (const char *text)
{
  guint n = 1;

  for (const char *c = text; *c != '\0'; c++)
    n += *c == '\n';
  return n;
}

/* The entities of the last join that the other side lacks: one per line, id and name, in
 * a scrolled, selectable label (there may be a hundred aggregates). */
static void
show_unmatched_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  ParityWindow *self = PARITY_WINDOW (widget);
  g_autofree char *list = NULL;
  GtkWidget *dialog, *scrolled, *label;

  if (self->last_join == NULL)
    return;
  list = parity_join_list_unmatched (self->last_join);
  g_strchomp (list);
  /* Translators: the title of the dialog that lists the countries and groups of an added
     file that the open data lacks, and the other way round. */
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Entities That Did Not Match"), NULL);
  label = gtk_label_new (list);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_yalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  /* Tall enough for the lines (a heading may wrap to two), up to a scrolled 320 pixels: a
   * wrapping label's natural height is measured before its width is known. */
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled),
                                              MIN (320, 24 * (count_lines (list) + 2)));
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), label);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), scrolled);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

void
_parity_window_join_dispose (ParityWindow *self)
{
  if (self->joining != NULL)
    g_cancellable_cancel (self->joining);
  g_clear_object (&self->joining);
  g_clear_pointer (&self->last_join, parity_join_unref);
}

void
_parity_window_class_add_join_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.add-data", NULL, add_data_action);
  gtk_widget_class_install_action (widget_class, "win.show-unmatched", NULL,
                                   show_unmatched_action);
}
