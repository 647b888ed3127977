/* parity-inspector.h: the chart's properties, edited in place
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "parity-document.h"

G_BEGIN_DECLS

#define PARITY_TYPE_INSPECTOR (parity_inspector_get_type ())
G_DECLARE_FINAL_TYPE (ParityInspector, parity_inspector, PARITY, INSPECTOR, GtkWidget)

GtkWidget  *parity_inspector_new       (void);
void        parity_inspector_set_chart (ParityInspector *self,
                                        ParityDocument  *document,
                                        const char      *chart_id);
const char *parity_inspector_get_error (ParityInspector *self);
void        parity_inspector_move_annotation (ParityInspector *self,
                                              guint            index,
                                              double           dx,
                                              double           dy);

G_END_DECLS
