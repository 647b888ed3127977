/* parity-chart-view-private.h: what parity-chart-view.c and parity-chart-view-zoom.c share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "parity-chart-view.h"

G_BEGIN_DECLS

struct _ParityChartView
{
  GtkWidget      parent_instance;

  ParityDataset *dataset;
  char          *chart_id;
  ParityScene   *scene;     /* laid out at the chart's preset, or NULL */
  double         canvas_width;   /* what the scene was asked to be laid out at, in points */
  double         canvas_height;
  char          *error;     /* why there is no scene */
  gboolean       crowded;   /* the error is that the chart has too much for its canvas */
  char          *preset;    /* laid out at this preset rather than the chart's, or NULL */
  char          *lang;      /* laid out in this language rather than the chart's, or NULL */
  ParityThemeFile *theme;   /* the house style charts are laid out in, or NULL */
  ParityVision   vision;    /* painted as a reader with this colour vision sees it */
  int            mark;      /* the value stepped to with the arrow keys, or -1 */
  guint          n_paints;
  /* Where the sheet was last painted: widget = offset + scene × scale. */
  double         scale;
  double         offset_x;
  double         offset_y;
  double         zoom;      /* of the real size (PARITY_CHART_VIEW_PIXELS_PER_POINT); 0: fit */
  GtkAdjustment *hadjustment;
  GtkAdjustment *vadjustment;
  GtkWidget     *hscrollbar;
  GtkWidget     *vscrollbar;
  GtkWidget     *zoom_label;  /* "141%" while not fitted */
  double         pointer_x;   /* where the pointer is, for Ctrl+wheel zooms around it; */
  double         pointer_y;   /* -1 when outside */
  double         anchor_x;    /* the widget point a new zoom keeps in place, or -1 */
  double         anchor_y;
  gboolean       placing;     /* the adjustments are set by the layout, not by a scroll */
  int            dragged;     /* the annotation being dragged, or -1 */
  double         drag_dx;     /* how far, in widget pixels */
  double         drag_dy;
};

/* Space around the sheet, in pixels. */
#define SHEET_MARGIN 24

void _parity_chart_view_ensure_scene_for (ParityChartView *self,
                                          int              widget_width,
                                          int              widget_height);
void _parity_chart_view_notify_zoom      (ParityChartView *self);
void _parity_chart_view_init_zoom        (ParityChartView *self);
gboolean _parity_chart_view_is_grown    (ParityChartView *self);
void _parity_chart_view_reveal           (ParityChartView  *self,
                                          const ParityRect *box);
void _parity_chart_view_class_init_drag (GtkWidgetClass  *widget_class);
void _parity_chart_view_init_drag        (ParityChartView *self);
void _parity_chart_view_outline_drag     (ParityChartView *self,
                                          cairo_t         *cr);
void _parity_chart_view_size_allocate    (GtkWidget       *widget,
                                          int              width,
                                          int              height,
                                          int              baseline);

G_END_DECLS
