/* parity-chart-json.h: editing a dataset's chart as its JSON object
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "parity-dataset.h"

G_BEGIN_DECLS

gboolean parity_dataset_set_chart_json    (ParityDataset *self,
                                           guint          i,
                                           JsonNode      *chart,
                                           GError       **error);
gboolean parity_dataset_insert_chart_json (ParityDataset *self,
                                           guint          position,
                                           JsonNode      *chart,
                                           GError       **error);

G_END_DECLS
