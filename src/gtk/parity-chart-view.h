/* parity-chart-view.h: a widget that shows one chart, painted by the core's painter
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "parity-color-vision.h"

#include "parity-dataset.h"
#include "parity-scene.h"
#include "parity-theme-file.h"

G_BEGIN_DECLS

#define PARITY_TYPE_CHART_VIEW (parity_chart_view_get_type ())
G_DECLARE_FINAL_TYPE (ParityChartView, parity_chart_view, PARITY, CHART_VIEW, GtkWidget)

/* 100 %: the chart at its export size on a 96 dpi screen, as a PDF viewer shows it. */
#define PARITY_CHART_VIEW_PIXELS_PER_POINT (96.0 / 72.0)
#define PARITY_CHART_VIEW_MIN_ZOOM 0.25
#define PARITY_CHART_VIEW_MAX_ZOOM 8.0

GtkWidget     *parity_chart_view_new          (void);
ParityDataset *parity_chart_view_get_dataset  (ParityChartView *self);
const char    *parity_chart_view_get_chart_id (ParityChartView *self);
void           parity_chart_view_set_chart    (ParityChartView *self,
                                               ParityDataset   *dataset,
                                               const char      *chart_id);
ParityScene   *parity_chart_view_get_scene    (ParityChartView *self);
ParityScene   *parity_chart_view_lay_out      (ParityChartView *self);
int            parity_chart_view_step         (ParityChartView *self,
                                               int              step);
const char    *parity_chart_view_get_error    (ParityChartView *self);
gboolean       parity_chart_view_get_crowded  (ParityChartView *self);
guint          parity_chart_view_get_n_paints (ParityChartView *self);
double         parity_chart_view_get_scale    (ParityChartView *self);
void           parity_chart_view_set_preset   (ParityChartView *self,
                                               const char      *preset);
void           parity_chart_view_set_lang     (ParityChartView *self,
                                               const char      *lang);
void           parity_chart_view_set_vision   (ParityChartView *self,
                                               ParityVision     vision);
ParityVision   parity_chart_view_get_vision   (ParityChartView *self);
void           parity_chart_view_set_theme    (ParityChartView *self,
                                               ParityThemeFile *theme);
ParityThemeFile *parity_chart_view_get_theme  (ParityChartView *self);
void           parity_chart_view_set_zoom     (ParityChartView *self,
                                               double           zoom);
double         parity_chart_view_get_zoom     (ParityChartView *self);
void           parity_chart_view_zoom_step    (ParityChartView *self,
                                               int              steps);
gboolean       parity_chart_view_can_zoom     (ParityChartView *self,
                                               int              steps);
void           parity_chart_view_add_overlay  (ParityChartView *self,
                                               GtkWidget       *child);
void           parity_chart_view_move_annotation (ParityChartView *self,
                                                  guint            index,
                                                  double           dx,
                                                  double           dy);

G_END_DECLS
