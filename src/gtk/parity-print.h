/* parity-print.h: printing a chart, one page, through the core's painter
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "parity-dataset.h"
#include "parity-theme-file.h"

G_BEGIN_DECLS

void     parity_print_chart        (GtkWindow       *parent,
                                    ParityDataset   *dataset,
                                    const char      *chart_id,
                                    ParityThemeFile *theme);
gboolean parity_print_chart_to_pdf (ParityDataset   *dataset,
                                    const char      *chart_id,
                                    ParityThemeFile *theme,
                                    const char      *pdf_path,
                                    GError         **error);

G_END_DECLS
