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

G_END_DECLS
