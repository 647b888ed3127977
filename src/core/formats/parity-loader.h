/* parity-loader.h: one entry point that reads any dataset file Parity understands
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "parity-dataset.h"
#include "parity-load-monitor.h"

G_BEGIN_DECLS

/* Larger files are refused before they are read: a dataset is text, not a database. */
#define PARITY_LOADER_MAX_BYTES (512u * 1024u * 1024u)

ParityDataset *parity_dataset_load_file  (const char  *path,
                                          GError     **error);
ParityDataset *parity_dataset_load_file_monitored (const char         *path,
                                                  ParityLoadMonitor  *monitor,
                                                  GError            **error);
ParityDataset *parity_dataset_load_bytes (GBytes      *bytes,
                                          const char  *display_name,
                                          GError     **error);
gboolean       parity_dataset_add_labels_file (ParityDataset  *dataset,
                                               const char     *lang,
                                               const char     *path,
                                               GError        **error);
char          *parity_dataset_get_bundled_path (void);
char         **parity_dataset_list_bundled (void);
gboolean       parity_dataset_is_bundled (GFile *file);

G_END_DECLS
