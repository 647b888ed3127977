/* parity-figure.h: a chart of a dataset, laid out and written to a file in one call
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "parity-export.h"
#include "parity-layout.h"

G_BEGIN_DECLS

gboolean parity_figure_export (ParityDataset             *dataset,
                               const ParityChartSpec     *spec,
                               const ParityLayoutOptions *layout,
                               ParityExportFormat         format,
                               double                     dpi,
                               const char                *path,
                               GStrv                     *warnings,
                               GError                   **error);

gboolean parity_figure_export_with_data (ParityDataset             *dataset,
                                         const ParityChartSpec     *spec,
                                         const ParityLayoutOptions *layout,
                                         ParityExportFormat         format,
                                         double                     dpi,
                                         const char                *path,
                                         const char * const        *sidecars,
                                         GStrv                     *warnings,
                                         GError                   **error);
const char *parity_figure_datum_name    (ParityDataset             *dataset,
                                         const ParityDatum         *datum,
                                         const char                *lang);
char    *parity_figure_datum_value      (ParityDataset             *dataset,
                                         const ParityDatum         *datum,
                                         const char                *lang);
char    *parity_figure_data_csv         (ParityDataset             *dataset,
                                         const ParityScene         *scene,
                                         const char                *lang);

G_END_DECLS
