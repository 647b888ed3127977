/* parity-chart-view-zoom.c: the chart view's zoom and scrolling
 *
 * Zoom: "fit" (the default) scales the sheet to the widget; any other zoom is a factor of
 * the chart's real size, where 100 % shows the export size on a 96 dpi screen (one point is
 * 96/72 CSS pixels, so a 160 mm report column is 605 pixels wide, as a PDF viewer shows it
 * at 100 %). Steps are geometric, four to a doubling, between 25 % and 800 %. A sheet larger
 * than the widget scrolls, with scrollbars of the widget's own (a view that scrolls itself,
 * so that the window's layout does not have to change for it).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-gtk"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "parity-chart-view-private.h"

/* Zoom steps: four to a doubling (100, 119, 141, 168, 200 %…). */
#define ZOOM_STEPS_PER_DOUBLING 4

/* One axis of the sheet's place: centred when it fits (or is fitted), else scrolled by
 * @adjustment, which keeps the point of the pending zoom's anchor where it was. Returns the
 * sheet's offset. */
static double
place_axis (GtkAdjustment   *adjustment,
            gboolean         scrolls,
            int              size,
            double           sheet,
            double           anchor_widget,
            double           anchor_scene,
            double           scale)
{
  double content = sheet + 2.0 * SHEET_MARGIN;
  double value = gtk_adjustment_get_value (adjustment);

  if (!scrolls || content <= size)
    {
      gtk_adjustment_configure (adjustment, 0, 0, size, size * 0.1, size * 0.9, size);
      return round ((size - sheet) / 2);
    }
  if (anchor_widget >= 0)
    value = SHEET_MARGIN + anchor_scene * scale - anchor_widget;
  value = CLAMP (value, 0, content - size);
  gtk_adjustment_configure (adjustment, value, 0, content, size * 0.1, size * 0.9, size);
  return round (SHEET_MARGIN - value);
}

/* Scales and places the sheet in the widget's size: fitted, or at the zoom and scrolled. */
void
_parity_chart_view_size_allocate (GtkWidget *widget,
                                  int        width,
                                  int        height,
                                  int        baseline)
{
  ParityChartView *self = PARITY_CHART_VIEW (widget);
  double sw, sh;

  _parity_chart_view_ensure_scene_for (self, width, height);
  self->placing = TRUE;
  if (self->scene != NULL && width > 2 * SHEET_MARGIN && height > 2 * SHEET_MARGIN)
    {
      /* The scene point under the anchor, at the scale before the zoom. */
      double anchor_x = self->anchor_x, anchor_y = self->anchor_y;
      double scene_x = self->scale > 0 ? (anchor_x - self->offset_x) / self->scale : 0;
      double scene_y = self->scale > 0 ? (anchor_y - self->offset_y) / self->scale : 0;
      gboolean grown = _parity_chart_view_is_grown (self);

      if (self->scale <= 0)
        anchor_x = anchor_y = -1;
      sw = parity_scene_get_width (self->scene);
      sh = parity_scene_get_height (self->scene);
      /* A chart grown taller than its canvas to hold every row is fitted as its canvas
       * would be, so that its text reads at the same size, and scrolls down. */
      self->scale = self->zoom > 0 ? self->zoom * PARITY_CHART_VIEW_PIXELS_PER_POINT
                                   : MIN ((width - 2.0 * SHEET_MARGIN) / sw,
                                          (height - 2.0 * SHEET_MARGIN) /
                                          (grown ? self->canvas_height : sh));
      self->offset_x = place_axis (self->hadjustment, self->zoom > 0, width, sw * self->scale,
                                   anchor_x, scene_x, self->scale);
      self->offset_y = place_axis (self->vadjustment, self->zoom > 0 || grown, height,
                                   sh * self->scale, anchor_y, scene_y, self->scale);
    }
  self->anchor_x = self->anchor_y = -1;
  self->placing = FALSE;
  /* Shown and hidden as GtkScrolledWindow does its own: a change of visibility here, in
   * the middle of the allocation, would ask for another one (and the window would be
   * painted unallocated) when a chart grown taller is replaced by one that fits. */
  gtk_widget_set_child_visible (self->hscrollbar,
                                self->scene != NULL &&
                                gtk_adjustment_get_upper (self->hadjustment) >
                                gtk_adjustment_get_page_size (self->hadjustment));
  gtk_widget_set_child_visible (self->vscrollbar,
                                self->scene != NULL &&
                                gtk_adjustment_get_upper (self->vadjustment) >
                                gtk_adjustment_get_page_size (self->vadjustment));
  /* Each child where its alignment and margins put it: scrollbars at the edges, labels in a
   * corner. */
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_should_layout (child))
      gtk_widget_allocate (child, width, height, -1, NULL);
}

/* Whether the scene is taller than the canvas it was asked for: a chart that grew to hold
 * every row ("height": "auto"). */
gboolean
_parity_chart_view_is_grown (ParityChartView *self)
{
  return self->scene != NULL && self->zoom <= 0 &&
         parity_scene_get_height (self->scene) > self->canvas_height + 0.5;
}

/* Scrolls the least that brings @box (in scene points) into view, between the margins. */
void
_parity_chart_view_reveal (ParityChartView  *self,
                           const ParityRect *box)
{
  double height = gtk_widget_get_height (GTK_WIDGET (self));
  double top = self->offset_y + box->y * self->scale;
  double bottom = top + box->height * self->scale;
  double value = gtk_adjustment_get_value (self->vadjustment);

  if (!gtk_widget_get_child_visible (self->vscrollbar))
    return;
  if (top < SHEET_MARGIN)
    value -= SHEET_MARGIN - top;
  else if (bottom > height - SHEET_MARGIN)
    value += bottom - (height - SHEET_MARGIN);
  gtk_adjustment_set_value (self->vadjustment, value);
}

static void
on_scrolled (ParityChartView *self)
{
  if (!self->placing)
    gtk_widget_queue_allocate (GTK_WIDGET (self));
}

/* The zoom shown: the real size's factor, fitted or not (1 before the first layout). */
static double
effective_zoom (ParityChartView *self)
{
  if (self->zoom > 0)
    return self->zoom;
  return self->scale > 0 ? self->scale / PARITY_CHART_VIEW_PIXELS_PER_POINT : 1;
}

static void
set_zoom_at (ParityChartView *self,
             double           zoom,
             double           x,
             double           y)
{
  g_autofree char *text = NULL;

  if (zoom > 0)
    zoom = CLAMP (zoom, PARITY_CHART_VIEW_MIN_ZOOM, PARITY_CHART_VIEW_MAX_ZOOM);
  if (zoom == self->zoom)
    return;
  self->zoom = zoom;
  self->anchor_x = x;
  self->anchor_y = y;
  /* Translators: the zoom level shown over the chart, as in “141%”; %.0f is the number. */
  text = g_strdup_printf (_("%.0f%%"), zoom * 100);
  gtk_label_set_text (GTK_LABEL (self->zoom_label), text);
  gtk_widget_set_visible (self->zoom_label, zoom > 0);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  _parity_chart_view_notify_zoom (self);
}

/* The zoom @steps steps of the grid (four to a doubling) away from @zoom: from a zoom between
 * two steps (a fitted one), the first step is to the next of the grid. */
static double
step_zoom (double zoom,
           int    steps)
{
  double k = log2 (zoom) * ZOOM_STEPS_PER_DOUBLING;

  k = steps > 0 ? floor (k + 1e-6) + steps : ceil (k - 1e-6) + steps;
  return CLAMP (exp2 (k / ZOOM_STEPS_PER_DOUBLING), PARITY_CHART_VIEW_MIN_ZOOM,
                PARITY_CHART_VIEW_MAX_ZOOM);
}

/* Ctrl+wheel zooms around the pointer; the wheel alone scrolls a sheet larger than the view. */
static gboolean
on_scroll (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           ParityChartView          *self)
{
  GdkModifierType state =
    gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));
  gboolean wheel = gtk_event_controller_scroll_get_unit (controller) == GDK_SCROLL_UNIT_WHEEL;

  if (state & GDK_CONTROL_MASK)
    {
      double zoom = effective_zoom (self);

      if (dy == 0)
        return TRUE;
      zoom = wheel ? step_zoom (zoom, dy < 0 ? 1 : -1) : zoom * exp2 (-dy / 100);
      set_zoom_at (self, zoom, self->pointer_x, self->pointer_y);
      return TRUE;
    }
  if (!gtk_widget_get_child_visible (self->hscrollbar) &&
      !gtk_widget_get_child_visible (self->vscrollbar))
    return FALSE;
  if (wheel)
    {
      /* As GtkScrolledWindow scrolls by a wheel's notch. */
      dx *= pow (gtk_adjustment_get_page_size (self->hadjustment), 2.0 / 3.0);
      dy *= pow (gtk_adjustment_get_page_size (self->vadjustment), 2.0 / 3.0);
    }
  gtk_adjustment_set_value (self->hadjustment, gtk_adjustment_get_value (self->hadjustment) + dx);
  gtk_adjustment_set_value (self->vadjustment, gtk_adjustment_get_value (self->vadjustment) + dy);
  return TRUE;
}

static void
on_pointer_motion (ParityChartView *self,
                   double           x,
                   double           y)
{
  self->pointer_x = x;
  self->pointer_y = y;
}

static void
on_pointer_leave (ParityChartView *self)
{
  self->pointer_x = self->pointer_y = -1;
}

static GtkWidget *
new_scrollbar (ParityChartView *self,
               GtkOrientation   orientation,
               GtkAdjustment   *adjustment)
{
  GtkWidget *scrollbar = gtk_scrollbar_new (orientation, adjustment);

  gtk_widget_set_halign (scrollbar, orientation == GTK_ORIENTATION_VERTICAL ? GTK_ALIGN_END
                                                                           : GTK_ALIGN_FILL);
  gtk_widget_set_valign (scrollbar, orientation == GTK_ORIENTATION_VERTICAL ? GTK_ALIGN_FILL
                                                                           : GTK_ALIGN_END);
  gtk_widget_set_child_visible (scrollbar, FALSE);
  gtk_widget_set_parent (scrollbar, GTK_WIDGET (self));
  g_signal_connect_object (adjustment, "value-changed", G_CALLBACK (on_scrolled), self,
                           G_CONNECT_SWAPPED);
  return scrollbar;
}

/* The adjustments and their scrollbars, the zoom label, and the controllers for the wheel
 * and the pointer it zooms around. */
void
_parity_chart_view_init_zoom (ParityChartView *self)
{
  GtkEventController *scroll =
    gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  GtkEventController *motion = gtk_event_controller_motion_new ();

  self->pointer_x = self->pointer_y = self->anchor_x = self->anchor_y = -1;
  self->hadjustment = g_object_ref_sink (gtk_adjustment_new (0, 0, 0, 0, 0, 0));
  self->vadjustment = g_object_ref_sink (gtk_adjustment_new (0, 0, 0, 0, 0, 0));
  self->hscrollbar = new_scrollbar (self, GTK_ORIENTATION_HORIZONTAL, self->hadjustment);
  self->vscrollbar = new_scrollbar (self, GTK_ORIENTATION_VERTICAL, self->vadjustment);
  /* The zoom level, in a corner while the sheet is not fitted. */
  self->zoom_label = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->zoom_label, "osd");
  gtk_widget_add_css_class (self->zoom_label, "zoom-level");
  gtk_widget_set_halign (self->zoom_label, GTK_ALIGN_END);
  gtk_widget_set_valign (self->zoom_label, GTK_ALIGN_START);
  gtk_widget_set_margin_top (self->zoom_label, 12);
  gtk_widget_set_margin_end (self->zoom_label, 12);
  gtk_widget_set_visible (self->zoom_label, FALSE);
  parity_chart_view_add_overlay (self, self->zoom_label);
  g_signal_connect (scroll, "scroll", G_CALLBACK (on_scroll), self);
  gtk_widget_add_controller (GTK_WIDGET (self), scroll);
  g_signal_connect_swapped (motion, "motion", G_CALLBACK (on_pointer_motion), self);
  g_signal_connect_swapped (motion, "leave", G_CALLBACK (on_pointer_leave), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);
}

/**
 * parity_chart_view_set_zoom:
 * @zoom: a factor of the chart's real size (1: 100 %, the export size on a 96 dpi screen),
 *   clamped to 25 %–800 %; or 0 to fit the sheet to the widget
 */
void
parity_chart_view_set_zoom (ParityChartView *self,
                            double           zoom)
{
  g_return_if_fail (PARITY_IS_CHART_VIEW (self));
  g_return_if_fail (zoom >= 0);

  set_zoom_at (self, zoom, gtk_widget_get_width (GTK_WIDGET (self)) / 2.0,
               gtk_widget_get_height (GTK_WIDGET (self)) / 2.0);
}

/* The zoom set: a factor of the real size, or 0 while the sheet is fitted to the widget. */
double
parity_chart_view_get_zoom (ParityChartView *self)
{
  g_return_val_if_fail (PARITY_IS_CHART_VIEW (self), 0);
  return self->zoom;
}

/**
 * parity_chart_view_zoom_step:
 * @steps: how many steps in (positive) or out (negative)
 *
 * Zooms from what is shown, fitted or not, by steps of a fourth of a doubling, around the
 * middle of the view.
 */
void
parity_chart_view_zoom_step (ParityChartView *self,
                             int              steps)
{
  g_return_if_fail (PARITY_IS_CHART_VIEW (self));
  parity_chart_view_set_zoom (self, step_zoom (effective_zoom (self), steps));
}

/* Whether a step in (@steps > 0) or out would change the zoom: not at its limits. A fitted
 * sheet can always be zoomed: its scale follows the window, and the limits are far apart. */
gboolean
parity_chart_view_can_zoom (ParityChartView *self,
                            int              steps)
{
  g_return_val_if_fail (PARITY_IS_CHART_VIEW (self), FALSE);
  if (self->zoom <= 0)
    return TRUE;
  return steps > 0 ? self->zoom < PARITY_CHART_VIEW_MAX_ZOOM - 1e-9
                   : self->zoom > PARITY_CHART_VIEW_MIN_ZOOM + 1e-9;
}
