/* parity-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "parity-chart-view.h"
#include "parity-dataset.h"
#include "parity-document.h"
#include "parity-inspector.h"

G_BEGIN_DECLS

#define PARITY_TYPE_WINDOW (parity_window_get_type ())
G_DECLARE_FINAL_TYPE (ParityWindow, parity_window, PARITY, WINDOW, AdwApplicationWindow)

void             parity_window_open           (ParityWindow *self,
                                               GFile        *file);
ParityDataset   *parity_window_get_dataset    (ParityWindow *self);
ParityDocument  *parity_window_get_document   (ParityWindow *self);
ParityInspector *parity_window_get_inspector  (ParityWindow *self);
ParityChartView *parity_window_get_chart_view (ParityWindow *self);
void             parity_window_add_labels     (ParityWindow *self,
                                               const char   *lang,
                                               GFile        *file);
void             parity_window_add_data       (ParityWindow *self,
                                               GFile        *file);
gboolean         parity_window_get_busy       (ParityWindow *self);
gboolean         parity_window_select_chart   (ParityWindow *self,
                                               const char   *chart_id);
void             parity_window_wait_for_drafts (void);
AdwToast        *parity_window_get_last_toast (ParityWindow *self);
const char      *parity_window_get_slide_counter (ParityWindow *self);
gboolean         parity_window_get_presentation_hint_shown (ParityWindow *self);

G_END_DECLS
