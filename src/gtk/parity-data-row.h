/* parity-data-row.h: one value a chart draws, as a row of its data table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define PARITY_TYPE_DATA_ROW (parity_data_row_get_type ())
G_DECLARE_FINAL_TYPE (ParityDataRow, parity_data_row, PARITY, DATA_ROW, GObject)

ParityDataRow *parity_data_row_new (const char *name,
                                    const char *series,
                                    const char *period,
                                    double      value,
                                    const char *value_text,
                                    const char *qualifier);

G_END_DECLS
