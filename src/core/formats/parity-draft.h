/* parity-draft.h: a document's unsaved state, kept where a crash cannot take it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "parity-dataset.h"

G_BEGIN_DECLS

/* What a draft holds, read back: the dataset as it was being edited, and when. */
typedef struct
{
  ParityDataset *dataset;
  GDateTime     *written;  /* in UTC */
} ParityDraft;

/* A draft to write: what it needs, taken on the main thread, written by any thread. */
typedef struct _ParityDraftJob ParityDraftJob;

char           *parity_draft_get_path     (GFile           *file);
ParityDraftJob *parity_draft_job_new      (GFile           *file,
                                           ParityDataset   *dataset,
                                           GDateTime       *written);
GFile          *parity_draft_job_get_file (ParityDraftJob  *job);
gboolean        parity_draft_job_run      (ParityDraftJob  *job,
                                           GError         **error);
void            parity_draft_job_free     (ParityDraftJob  *job);
gboolean        parity_draft_write        (GFile           *file,
                                           ParityDataset   *dataset,
                                           GDateTime       *written,
                                           GError         **error);
ParityDraft    *parity_draft_load         (GFile           *file,
                                           GError         **error);
gboolean        parity_draft_remove       (GFile           *file,
                                           GError         **error);
void            parity_draft_free         (ParityDraft     *draft);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ParityDraft, parity_draft_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ParityDraftJob, parity_draft_job_free)

G_END_DECLS
