/* parity-data-table.h: the values a chart draws, as a sortable table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "parity-dataset.h"
#include "parity-scene.h"

G_BEGIN_DECLS

#define PARITY_TYPE_DATA_TABLE (parity_data_table_get_type ())
G_DECLARE_FINAL_TYPE (ParityDataTable, parity_data_table, PARITY, DATA_TABLE, AdwBin)

GtkWidget   *parity_data_table_new        (void);
void         parity_data_table_set_scene  (ParityDataTable *self,
                                           ParityDataset   *dataset,
                                           ParityScene     *scene,
                                           const char      *lang);
GListModel  *parity_data_table_get_rows   (ParityDataTable *self);
const char  *parity_data_table_get_csv    (ParityDataTable *self);
const char  *parity_data_table_get_notes  (ParityDataTable *self);

G_END_DECLS
