/* parity-draft.c
 *
 * A draft is the dataset as the native writer saves it, with one extension member that says
 * whose draft it is and when it was written:
 *
 *   "x-parity-draft": { "uri": "file:///…/data.json", "path": "/…/data.json",
 *                       "written": "2024-05-01T09:30:00Z" }
 *
 * It lives in $XDG_STATE_HOME/parity/drafts/ (~/.local/state/parity/drafts/), named by the
 * SHA-256 of the file's URI, so that a file has at most one draft and finding it needs no
 * index. A draft is read back as untrusted input: through the loader, with its size limit,
 * and only if it names the file it is asked for.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "parity-atomic-file.h"
#include "parity-dataset-private.h"
#include "parity-draft.h"
#include "parity-error.h"
#include "parity-json-spans.h"
#include "parity-json-writer.h"
#include "parity-loader.h"
#include "parity-native-writer.h"

#define DRAFT_MEMBER "x-parity-draft"

/**
 * parity_draft_get_path:
 * @file: a dataset file
 *
 * Returns: (transfer full): where the draft of @file is kept, whether or not there is one
 */
char *
parity_draft_get_path (GFile *file)
{
  g_autofree char *uri = NULL;
  g_autofree char *hash = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  uri = g_file_get_uri (file);
  hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, uri, -1);
  name = g_strconcat (hash, ".json", NULL);
  return g_build_filename (g_get_user_state_dir (), "parity", "drafts", name, NULL);
}

/* "FILE: the system's reason", as a G_IO_ERROR from @saved_errno. */
static void
set_errno_error (GError     **error,
                 int          saved_errno,
                 const char  *path)
{
  g_autofree char *display = g_filename_display_name (path);

  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno), "%s: %s", display,
               g_strerror (saved_errno));
}

static gboolean
write_text (GOutputStream  *stream,
            gpointer        text,
            GError        **error)
{
  return g_output_stream_write_all (stream, text, strlen (text), NULL, NULL, error);
}

struct _ParityDraftJob
{
  GFile         *file;
  ParityDataset *dataset;  /* read only where edits never write */
  JsonArray     *charts;   /* copies: the part that edits change */
  GDateTime     *written;
};

/**
 * parity_draft_job_new:
 * @file: the file @dataset was opened from, and will be saved to
 * @dataset: the document's dataset, with its unsaved edits
 * @written: the time to record
 *
 * Takes what the draft needs now, on the thread that edits @dataset: serialising a big
 * dataset takes seconds, so parity_draft_job_run() may then run in a worker while the
 * charts are edited.
 *
 * Returns: (transfer full): the job
 */
ParityDraftJob *
parity_draft_job_new (GFile         *file,
                      ParityDataset *dataset,
                      GDateTime     *written)
{
  ParityDraftJob *job;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (PARITY_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (written != NULL, NULL);

  job = g_new0 (ParityDraftJob, 1);
  job->file = g_object_ref (file);
  job->dataset = g_object_ref (dataset);
  job->charts = json_array_new ();
  for (guint i = 0; i < parity_dataset_get_n_charts (dataset); i++)
    json_array_add_element (job->charts, parity_dataset_dup_chart_json (dataset, i));
  job->written = g_date_time_to_utc (written);
  return job;
}

GFile *
parity_draft_job_get_file (ParityDraftJob *job)
{
  g_return_val_if_fail (job != NULL, NULL);
  return job->file;
}

/**
 * parity_draft_job_run:
 *
 * Replaces the draft of the job's file atomically: a crash leaves the previous draft or this
 * one. Safe in a worker thread.
 */
gboolean
parity_draft_job_run (ParityDraftJob  *job,
                      GError         **error)
{
  g_autofree char *path = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *local = NULL;
  g_autofree char *display = NULL;
  g_autofree char *when = NULL;
  g_autofree char *text = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonObject *meta;

  g_return_val_if_fail (job != NULL, FALSE);

  path = parity_draft_get_path (job->file);
  dir = g_path_get_dirname (path);
  /* Drafts hold the user's data: the folder is theirs alone. */
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      set_errno_error (error, errno, dir);
      return FALSE;
    }

  uri = g_file_get_uri (job->file);
  local = g_file_get_path (job->file);
  display = local != NULL ? g_filename_display_name (local) : g_strdup (uri);
  when = g_date_time_format (job->written, "%Y-%m-%dT%H:%M:%SZ");
  meta = json_object_new ();
  json_object_set_string_member (meta, "uri", uri);
  json_object_set_string_member (meta, "path", display);
  json_object_set_string_member (meta, "written", when);
  root = parity_dataset_to_json_node (job->dataset, job->charts);
  json_object_set_object_member (json_node_get_object (root), DRAFT_MEMBER, meta);
  text = _parity_json_write (root);
  return parity_write_file_atomically (path, write_text, text, error);
}

void
parity_draft_job_free (ParityDraftJob *job)
{
  if (job == NULL)
    return;
  g_object_unref (job->file);
  g_object_unref (job->dataset);
  json_array_unref (job->charts);
  g_date_time_unref (job->written);
  g_free (job);
}

/**
 * parity_draft_write:
 *
 * parity_draft_job_new() and parity_draft_job_run() at once, on the calling thread.
 */
gboolean
parity_draft_write (GFile          *file,
                    ParityDataset  *dataset,
                    GDateTime      *written,
                    GError        **error)
{
  g_autoptr(ParityDraftJob) job = parity_draft_job_new (file, dataset, written);

  return job != NULL && parity_draft_job_run (job, error);
}

static void
set_too_big (GError     **error,
             const char  *display_name)
{
  g_set_error (error, PARITY_ERROR, PARITY_ERROR_UNSUPPORTED,
               /* Translators: %s is a file name; %u is a number of mebibytes (MiB). */
               _("%s: not a file, or larger than %u MiB"), display_name,
               PARITY_LOADER_MAX_BYTES / (1024 * 1024));
}

static gboolean
not_a_draft (GError     **error,
             const char  *display_name,
             const char  *why)
{
  g_set_error (error, PARITY_ERROR, PARITY_ERROR_CONTENT,
               /* Translators: the first %s is a file name, the second says what is wrong,
                  e.g. "it names another file". */
               _("%s: not a draft of this file: %s"), display_name, why);
  return FALSE;
}

/* The draft's own member: it must name @file, and say when it was written. */
static gboolean
read_meta (const char   *data,
           gsize         len,
           GFile        *file,
           const char   *display_name,
           GDateTime   **written,
           GError      **error)
{
  g_autoptr(GHashTable) paths = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) spans = NULL;
  g_autofree char *uri = g_file_get_uri (file);
  g_autofree char *recorded_uri = NULL;
  g_autofree char *recorded_time = NULL;
  const ParityJsonSpan *span;
  const char *uri_path = "$." DRAFT_MEMBER ".uri";
  const char *time_path = "$." DRAFT_MEMBER ".written";

  g_hash_table_add (paths, (gpointer)uri_path);
  g_hash_table_add (paths, (gpointer)time_path);
  /* A CSV file under a draft's name loads, but is no draft: its members are not found. */
  spans = _parity_json_spans_find (data, len, paths, display_name, NULL);
  span = spans != NULL ? g_hash_table_lookup (spans, uri_path) : NULL;
  if (span != NULL)
    recorded_uri = _parity_json_string_decode (data, *span);
  if (recorded_uri == NULL)
    /* Translators: keep "x-parity-draft": it is the JSON member a draft is told by. */
    return not_a_draft (error, display_name, _("no \"x-parity-draft\" member names its file"));
  if (!g_str_equal (recorded_uri, uri))
    return not_a_draft (error, display_name, _("it names another file"));
  span = g_hash_table_lookup (spans, time_path);
  if (span != NULL)
    recorded_time = _parity_json_string_decode (data, *span);
  *written = recorded_time != NULL ? g_date_time_new_from_iso8601 (recorded_time, NULL) : NULL;
  if (*written == NULL)
    return not_a_draft (error, display_name, _("the time it was written is not a date"));
  return TRUE;
}

/**
 * parity_draft_load:
 * @file: a dataset file
 *
 * Reads the draft of @file through the same loader as any dataset. Safe in a worker thread.
 *
 * Returns: (transfer full) (nullable): the draft, or %NULL with @error set: %G_IO_ERROR_NOT_FOUND
 *   when @file has no draft, a loader's error when the draft does not load
 */
ParityDraft *
parity_draft_load (GFile   *file,
                   GError **error)
{
  g_autofree char *path = NULL;
  g_autofree char *display_name = NULL;
  g_autofree char *local = NULL;
  g_autofree char *data = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(ParityDataset) dataset = NULL;
  g_autoptr(GDateTime) written = NULL;
  ParityDraft *draft;
  GStatBuf st;
  gsize len;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  path = parity_draft_get_path (file);
  display_name = g_filename_display_name (path);
  if (g_stat (path, &st) != 0)
    {
      set_errno_error (error, errno, path);
      return NULL;
    }
  /* Measured before it is read: a huge file under a draft's name is not read at all. */
  if (!S_ISREG (st.st_mode) || st.st_size > PARITY_LOADER_MAX_BYTES)
    {
      set_too_big (error, display_name);
      return NULL;
    }
  /* GLib's message names the file already. */
  if (!g_file_get_contents (path, &data, &len, error))
    return NULL;
  /* The file may have grown since it was measured. */
  if (len > PARITY_LOADER_MAX_BYTES)
    {
      set_too_big (error, display_name);
      return NULL;
    }
  bytes = g_bytes_new_take (g_steal_pointer (&data), len);
  dataset = parity_dataset_load_bytes (bytes, display_name, error);
  if (dataset == NULL)
    return NULL;
  if (!read_meta (g_bytes_get_data (bytes, NULL), len, file, display_name, &written, error))
    return NULL;

  /* The restored document belongs to the original file: exports name it, saves go to it. */
  local = g_file_get_path (file);
  if (local != NULL)
    _parity_dataset_set_path (dataset, local);
  draft = g_new0 (ParityDraft, 1);
  draft->dataset = g_steal_pointer (&dataset);
  draft->written = g_date_time_to_utc (written);
  return draft;
}

/**
 * parity_draft_remove:
 * @file: a dataset file
 *
 * Deletes the draft of @file; that there is none is not an error.
 */
gboolean
parity_draft_remove (GFile   *file,
                     GError **error)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  path = parity_draft_get_path (file);
  if (g_unlink (path) != 0 && errno != ENOENT)
    {
      set_errno_error (error, errno, path);
      return FALSE;
    }
  return TRUE;
}

void
parity_draft_free (ParityDraft *draft)
{
  if (draft == NULL)
    return;
  g_clear_object (&draft->dataset);
  g_clear_pointer (&draft->written, g_date_time_unref);
  g_free (draft);
}
