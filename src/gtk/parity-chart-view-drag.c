/* parity-chart-view-drag.c: moving a chart's annotations by dragging them on the sheet
 *
 * A drag that starts on an annotation's text moves it: when it ends, the view says where
 * the text's centre now is from its anchor, in the chart's points and in its own
 * left-to-right terms ("dx", "dy"; a drag to the left in an Arabic chart is towards the
 * ends of its lines), and the window makes that one edit of the chart, which undo takes
 * back. While it moves, a dashed box shows where the text will go. A drag anywhere else is
 * not the view's.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-gtk"

#include "config.h"

#include <math.h>

#include "parity-chart-view-private.h"

/* Shorter than this, in pixels, a drag is a click. */
#define DRAG_THRESHOLD 3.0

static guint annotation_moved_signal;

/* The index of the annotation whose text is at the widget point, or -1. */
static int
annotation_at (ParityChartView *self,
               double           x,
               double           y)
{
  double sx, sy;

  if (self->scene == NULL || self->scale <= 0)
    return -1;
  sx = (x - self->offset_x) / self->scale;
  sy = (y - self->offset_y) / self->scale;
  for (guint i = parity_scene_get_n_items (self->scene); i-- > 0;)
    {
      const ParityItem *item = parity_scene_get_item (self->scene, i);

      if (item->role == PARITY_ROLE_ANNOTATION && item->kind == PARITY_ITEM_TEXT &&
          sx >= item->box.x && sx <= item->box.x + item->box.width &&
          sy >= item->box.y && sy <= item->box.y + item->box.height)
        return item->annotation;
    }
  return -1;
}

static void
on_drag_begin (ParityChartView *self,
               double           x,
               double           y,
               GtkGesture      *gesture)
{
  self->dragged = annotation_at (self, x, y);
  if (self->dragged < 0)
    gtk_gesture_set_state (gesture, GTK_EVENT_SEQUENCE_DENIED);
  else
    gtk_gesture_set_state (gesture, GTK_EVENT_SEQUENCE_CLAIMED);
}

static void
on_drag_update (ParityChartView *self,
                double           dx,
                double           dy,
                GtkGesture      *gesture)
{
  self->drag_dx = dx;
  self->drag_dy = dy;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_drag_end (ParityChartView *self,
             double           dx,
             double           dy,
             GtkGesture      *gesture)
{
  int dragged = self->dragged;

  self->dragged = -1;
  self->drag_dx = self->drag_dy = 0;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  if (dragged >= 0 && hypot (dx, dy) >= DRAG_THRESHOLD)
    parity_chart_view_move_annotation (self, dragged, dx, dy);
}

/**
 * parity_chart_view_move_annotation:
 * @index: the annotation, by its place in the chart's "annotations"
 * @dx: how far it was dragged, in widget pixels, rightwards
 * @dy: downwards
 *
 * What a drag of the annotation's text does: emits ::annotation-moved with where its centre
 * is now from its anchor, in the chart's points, unmirrored. Nothing when the chart does
 * not draw that annotation.
 */
void
parity_chart_view_move_annotation (ParityChartView *self,
                                   guint            index,
                                   double           dx,
                                   double           dy)
{
  g_return_if_fail (PARITY_IS_CHART_VIEW (self));

  if (self->scene == NULL || self->scale <= 0)
    return;
  for (guint i = 0; i < parity_scene_get_n_items (self->scene); i++)
    {
      const ParityItem *item = parity_scene_get_item (self->scene, i);
      double sign = parity_scene_is_mirrored (self->scene) ? -1 : 1;

      if (item->role != PARITY_ROLE_ANNOTATION || item->kind != PARITY_ITEM_TEXT ||
          item->annotation != index)
        continue;
      /* To a tenth of a point: what the file keeps. */
      g_signal_emit (self, annotation_moved_signal, 0, index,
                     round ((item->offset.x + sign * dx / self->scale) * 10) / 10,
                     round ((item->offset.y + dy / self->scale) * 10) / 10);
      return;
    }
}

/* Where the text being dragged will go, on @cr scaled to the scene's points. */
void
_parity_chart_view_outline_drag (ParityChartView *self,
                                 cairo_t         *cr)
{
  if (self->dragged < 0 || self->scene == NULL || self->scale <= 0)
    return;
  for (guint i = 0; i < parity_scene_get_n_items (self->scene); i++)
    {
      const ParityItem *item = parity_scene_get_item (self->scene, i);

      if (item->role != PARITY_ROLE_ANNOTATION || item->kind != PARITY_ITEM_TEXT ||
          item->annotation != (guint)self->dragged)
        continue;
      cairo_rectangle (cr, item->box.x + self->drag_dx / self->scale - 2,
                       item->box.y + self->drag_dy / self->scale - 2, item->box.width + 4,
                       item->box.height + 4);
      cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
      cairo_set_line_width (cr, 1.5 / self->scale);
      cairo_set_dash (cr, (double[]) { 3 / self->scale, 2 / self->scale }, 2, 0);
      cairo_stroke (cr);
      return;
    }
}

void
_parity_chart_view_class_init_drag (GtkWidgetClass *widget_class)
{
  /**
   * ParityChartView::annotation-moved:
   * @index: the annotation, by its place in the chart's "annotations"
   * @dx: where its text's centre is from its anchor, in points, as "dx" says it
   * @dy: as "dy" says it
   */
  annotation_moved_signal =
    g_signal_new ("annotation-moved", G_TYPE_FROM_CLASS (widget_class), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 3, G_TYPE_UINT, G_TYPE_DOUBLE,
                  G_TYPE_DOUBLE);
}

void
_parity_chart_view_init_drag (ParityChartView *self)
{
  GtkGesture *drag = gtk_gesture_drag_new ();

  self->dragged = -1;
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (drag), GDK_BUTTON_PRIMARY);
  g_signal_connect_swapped (drag, "drag-begin", G_CALLBACK (on_drag_begin), self);
  g_signal_connect_swapped (drag, "drag-update", G_CALLBACK (on_drag_update), self);
  g_signal_connect_swapped (drag, "drag-end", G_CALLBACK (on_drag_end), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));
}
