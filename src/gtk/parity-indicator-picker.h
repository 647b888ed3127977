/* parity-indicator-picker.h: New Chart's popover — indicators to search and pick from
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "parity-dataset.h"

G_BEGIN_DECLS

#define PARITY_TYPE_INDICATOR_PICKER (parity_indicator_picker_get_type ())
G_DECLARE_FINAL_TYPE (ParityIndicatorPicker, parity_indicator_picker, PARITY, INDICATOR_PICKER,
                      GtkPopover)

GtkWidget *parity_indicator_picker_new         (void);
void       parity_indicator_picker_set_dataset (ParityIndicatorPicker *self,
                                                ParityDataset         *dataset,
                                                const char            *lang);
void       parity_indicator_picker_set_search  (ParityIndicatorPicker *self,
                                                const char            *text);
guint      parity_indicator_picker_count_shown (ParityIndicatorPicker *self);
gboolean   parity_indicator_picker_pick_first  (ParityIndicatorPicker *self);

G_END_DECLS
