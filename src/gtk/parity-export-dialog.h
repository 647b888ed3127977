/* parity-export-dialog.h: a dialog that writes one chart to a PNG, PDF or SVG file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "parity-dataset.h"
#include "parity-export.h"
#include "parity-theme-file.h"

G_BEGIN_DECLS

#define PARITY_TYPE_EXPORT_DIALOG (parity_export_dialog_get_type ())
G_DECLARE_FINAL_TYPE (ParityExportDialog, parity_export_dialog, PARITY, EXPORT_DIALOG, AdwWindow)

GtkWidget *parity_export_dialog_new             (GtkWindow          *parent,
                                                 ParityDataset      *dataset,
                                                 const char         *chart_id,
                                                 GSettings          *settings);
gboolean   parity_export_dialog_export_to       (ParityExportDialog *self,
                                                 GFile              *file,
                                                 GError            **error);
void       parity_export_dialog_set_format      (ParityExportDialog *self,
                                                 ParityExportFormat  format);
void       parity_export_dialog_set_preset      (ParityExportDialog *self,
                                                 const char         *name_or_custom);
void       parity_export_dialog_set_custom_size (ParityExportDialog *self,
                                                 double              width_mm,
                                                 double              height_mm);
void       parity_export_dialog_set_dpi         (ParityExportDialog *self,
                                                 double              dpi);
gboolean   parity_export_dialog_set_lang        (ParityExportDialog *self,
                                                 const char         *lang);
void       parity_export_dialog_set_theme       (ParityExportDialog *self,
                                                 ParityThemeFile    *theme);
char      *parity_export_dialog_dup_file_name   (ParityExportDialog *self);
GFile     *parity_export_dialog_dup_start_folder (ParityExportDialog *self);

G_END_DECLS
