/* parity-entity-picker.h: the inspector's Shown list — which countries and groups a chart
 * shows, with search, Select All, Select None and select by group
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "parity-dataset.h"

G_BEGIN_DECLS

#define PARITY_TYPE_ENTITY_PICKER (parity_entity_picker_get_type ())
G_DECLARE_FINAL_TYPE (ParityEntityPicker, parity_entity_picker, PARITY, ENTITY_PICKER, GtkWidget)

GtkWidget  *parity_entity_picker_new         (void);
void        parity_entity_picker_clear       (ParityEntityPicker    *self);
gboolean    parity_entity_picker_is_empty    (ParityEntityPicker    *self);
void        parity_entity_picker_set_chart   (ParityEntityPicker    *self,
                                              ParityDataset         *dataset,
                                              const ParityChartSpec *spec,
                                              const char            *lang);
GPtrArray  *parity_entity_picker_dup_checked (ParityEntityPicker    *self,
                                              gboolean              *all);
void        parity_entity_picker_set_search  (ParityEntityPicker    *self,
                                              const char            *text);
guint       parity_entity_picker_count_shown (ParityEntityPicker    *self);
void        parity_entity_picker_select_all  (ParityEntityPicker    *self,
                                              gboolean               selected);
void        parity_entity_picker_select_kind (ParityEntityPicker    *self,
                                              ParityEntityKind       kind);
gboolean    parity_entity_picker_select_group (ParityEntityPicker    *self,
                                               const char            *group);

G_END_DECLS
