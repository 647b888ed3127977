/* parity-clipboard.h: a chart onto the clipboard, as an image
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "parity-dataset.h"
#include "parity-theme-file.h"

G_BEGIN_DECLS

gboolean parity_clipboard_copy_chart (GdkClipboard    *clipboard,
                                      ParityDataset   *dataset,
                                      const char      *chart_id,
                                      ParityThemeFile *theme,
                                      GError         **error);

G_END_DECLS
