/* parity-native-writer.h: a dataset back into the native format
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "parity-dataset.h"

G_BEGIN_DECLS

JsonNode *parity_dataset_to_json_node (ParityDataset  *dataset,
                                       JsonArray      *charts);
char     *parity_dataset_to_json      (ParityDataset  *dataset);
gboolean  parity_dataset_save         (ParityDataset  *dataset,
                                       const char     *path,
                                       GError        **error);

G_END_DECLS
