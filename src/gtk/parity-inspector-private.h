/* parity-inspector-private.h: what the inspector's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "parity-entity-picker.h"
#include "parity-inspector.h"

G_BEGIN_DECLS

struct _ParityInspector
{
  GtkWidget       parent_instance;

  GtkWidget      *scroller;
  GtkLabel       *error_label;
  GtkLabel       *lang_notice;
  AdwEntryRow    *title_row;
  AdwEntryRow    *subtitle_row;
  AdwEntryRow    *notes_row;
  AdwEntryRow    *source_row;
  AdwEntryRow    *description_row;
  AdwComboRow    *kind_row;
  AdwComboRow    *indicator_row;
  AdwComboRow    *x_row;       /* a scatter plot's indicator across; hidden for the others */
  AdwComboRow    *period_row;
  AdwComboRow    *from_period_row;  /* a slope chart's two periods, instead of period_row */
  AdwComboRow    *to_period_row;
  AdwActionRow   *tolerance_row;   /* for "latest": how many years back a value may be */
  GtkSpinButton  *tolerance_spin;
  AdwComboRow    *sort_row;
  AdwComboRow    *rows_row;    /* horizontal bars of one series: fit, every row, the ends */
  AdwActionRow   *ends_row;    /* with the ends: how many of each */
  GtkSpinButton  *ends_spin;
  AdwComboRow    *highlight_row;
  AdwExpanderRow *entities_row;
  AdwComboRow    *preset_row;
  AdwComboRow    *palette_row;
  AdwComboRow    *lang_row;
  AdwPreferencesGroup *map_group;  /* a map's rows (parity-inspector-map.c) */
  AdwComboRow    *area_row;
  AdwComboRow    *classes_row;
  AdwActionRow   *class_count_row;
  GtkSpinButton  *class_count_spin;
  AdwComboRow    *ramp_row;
  AdwPreferencesGroup *annotations_group;  /* parity-inspector-annotations.c */
  GPtrArray      *annotation_rows;  /* AdwEntryRow: a row per annotation, in their order */
  AdwComboRow    *panels_row;      /* none, or panels by region, entity or indicator */
  AdwComboRow    *panel_axes_row;  /* with panels: shared or free axes */

  ParityDocument *document;
  char           *chart_id;
  gboolean        syncing;     /* controls are being set from the chart: not an edit */
  AdwEntryRow    *editing_row; /* the text row whose change is being applied */

  /* The ids behind each combo row's positions. */
  GPtrArray      *indicator_ids;
  GPtrArray      *period_ids;
  GPtrArray      *highlight_ids;   /* [0] is NULL: none */
  GPtrArray      *lang_ids;
  ParityEntityPicker *entity_picker;  /* in entities_row */
  GPtrArray      *area_ids;     /* the map's extents, in the Area row's order */
  GPtrArray      *classes_ids;  /* "quantile", "equal", "log", and "manual" with breaks */
  GPtrArray      *ramp_ids;
};

typedef void (*ParityInspectorEditFunc) (ParityInspector *self,
                                         JsonObject      *chart,
                                         gpointer         data);

void _parity_inspector_edit            (ParityInspector         *self,
                                        ParityInspectorEditFunc  func,
                                        gpointer                 data,
                                        const char              *merge_key);
void _parity_inspector_edit_number     (ParityInspector         *self,
                                        GtkSpinButton           *spin,
                                        const char              *member);
void _parity_inspector_set_or_remove   (JsonObject              *chart,
                                        const char              *member,
                                        const char              *value);
guint _parity_inspector_position_of    (GPtrArray               *ids,
                                        const char              *id);

ParityDataset         *_parity_inspector_dataset   (ParityInspector *self);
const ParityChartSpec *_parity_inspector_spec      (ParityInspector *self);
const char            *_parity_inspector_edit_lang (ParityInspector *self);

/* parity-inspector-annotations.c: the Annotations group. */
void _parity_inspector_annotations_class_init (GtkWidgetClass        *widget_class);
void _parity_inspector_annotations_init       (ParityInspector       *self);
void _parity_inspector_annotations_finalize   (ParityInspector       *self);
void _parity_inspector_annotations_sync       (ParityInspector       *self,
                                               const ParityChartSpec *spec);

/* parity-inspector-map.c: a map's Area, Classes, Number of Classes and Colours rows. */
void _parity_inspector_map_class_init  (GtkWidgetClass          *widget_class);
void _parity_inspector_map_init        (ParityInspector         *self);
void _parity_inspector_map_finalize    (ParityInspector         *self);
void _parity_inspector_map_sync        (ParityInspector         *self,
                                        const ParityChartSpec   *spec);

/* parity-inspector-facet.c: the Panels and Panel Axes rows. */
void _parity_inspector_facet_init      (ParityInspector         *self);
void _parity_inspector_facet_sync      (ParityInspector         *self,
                                        const ParityChartSpec   *spec);

G_END_DECLS
