/* parity-loader-private.h: the loaders behind parity_dataset_load_bytes()
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "parity-dataset.h"

G_BEGIN_DECLS

gboolean       _parity_native_loader_sniff (JsonNode    *root);
ParityDataset *_parity_native_loader_load  (JsonNode    *root,
                                            const char  *display_name,
                                            GError     **error);

ParityChartSpec *_parity_native_loader_parse_chart (ParityDataset  *dataset,
                                                   JsonNode       *node,
                                                   guint32         replacing,
                                                   GError        **error);

G_END_DECLS
