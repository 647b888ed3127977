/* test-adaptive.c: the real window at a monitor's, a laptop's and a phone's width
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <adwaita.h>
#include <gdk/x11/gdkx.h>

#include "gui-test-util.h"
#include "parity-loader.h"

typedef struct
{
  ParityWindow *window;
  int           width;          /* of the window on screen, its border included */
  int           border;         /* what the window draws around its widgets */
  gboolean      sidebar_folded;
  gboolean      inspector_folded;
  gboolean      bottom_bar;
} Layout;

static AdwFlap *
find_flap (ParityWindow *window,
           GtkPackType   position)
{
  AdwFlap *flap = ADW_FLAP (gui_test_find (GTK_WIDGET (window), ADW_TYPE_FLAP, NULL));

  g_assert_nonnull (flap);
  if (adw_flap_get_flap_position (flap) == position)
    return flap;
  flap = ADW_FLAP (gui_test_find (adw_flap_get_content (flap), ADW_TYPE_FLAP, NULL));
  g_assert_cmpint (adw_flap_get_flap_position (flap), ==, position);
  return flap;
}

static GtkListBox *
find_chart_list (ParityWindow *window)
{
  return GTK_LIST_BOX (gui_test_find (adw_flap_get_flap (find_flap (window, GTK_PACK_START)),
                                      GTK_TYPE_LIST_BOX, NULL));
}

static GtkActionBar *
find_bottom_bar (ParityWindow *window)
{
  return GTK_ACTION_BAR (gui_test_find (GTK_WIDGET (window), GTK_TYPE_ACTION_BAR, NULL));
}

static gboolean
has_layout (gpointer data)
{
  Layout *layout = data;
  ParityWindow *window = layout->window;

  return gdk_surface_get_width (gtk_native_get_surface (GTK_NATIVE (window))) == layout->width &&
         gtk_widget_get_width (GTK_WIDGET (window)) == layout->width - layout->border &&
         adw_flap_get_folded (find_flap (window, GTK_PACK_START)) == layout->sidebar_folded &&
         adw_flap_get_folded (find_flap (window, GTK_PACK_END)) == layout->inspector_folded &&
         gtk_action_bar_get_revealed (find_bottom_bar (window)) == layout->bottom_bar &&
         /* and done sliding in or out */
         gtk_revealer_get_child_revealed (GTK_REVEALER (gui_test_find (GTK_WIDGET (find_bottom_bar (window)),
                                                                       GTK_TYPE_REVEALER, NULL))) == layout->bottom_bar &&
         !gtk_widget_should_layout (GTK_WIDGET (window));
}

/* As a person or the window manager resizes it: GTK hears of the new size from the X
 * server, as it would from a drag on the window's edge. */
static void
resize_to (Layout *layout,
           int     height)
{
  g_autofree char *what = g_strdup_printf ("the layout for %d px", layout->width);
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (layout->window));

  layout->border = gdk_surface_get_width (surface) - gtk_widget_get_width (GTK_WIDGET (layout->window));

  XResizeWindow (gdk_x11_display_get_xdisplay (gdk_surface_get_display (surface)),
                 gdk_x11_surface_get_xid (surface), layout->width, height);
  gui_test_wait_for (has_layout, layout, what);
  g_test_message ("%d px: window %d px wide, chart view %d px", layout->width,
                  gtk_widget_get_width (GTK_WIDGET (layout->window)),
                  gtk_widget_get_width (GTK_WIDGET (parity_window_get_chart_view (layout->window))));
}

static void
resize_through (Layout    *layout,
                const int *widths,
                int        height)
{
  for (const int *width = widths; *width != 0; width++)
    {
      Layout step = *layout;

      step.width = *width;
      step.sidebar_folded = *width < 720;
      step.bottom_bar = *width < 600;
      step.inspector_folded = TRUE;
      resize_to (&step, height);
    }
}

/* The first widget that activates @action, or NULL. */
static GtkWidget *
find_actionable (GtkWidget  *root,
                 const char *action)
{
  if (GTK_IS_ACTIONABLE (root) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (root)), action) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_actionable (child, action);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* On screen, inside the window, and given at least the size it asks for. */
static void
assert_reachable (ParityWindow *window,
                  GtkWidget    *widget,
                  const char   *what)
{
  graphene_rect_t bounds;
  int minimum;

  if (widget == NULL || !gtk_widget_get_mapped (widget))
    g_error ("%s is not on screen", what);
  g_assert_true (gtk_widget_compute_bounds (widget, GTK_WIDGET (window), &bounds));
  if (bounds.origin.x < 0 || bounds.origin.x + bounds.size.width > gtk_widget_get_width (GTK_WIDGET (window)) ||
      bounds.origin.y < 0 || bounds.origin.y + bounds.size.height > gtk_widget_get_height (GTK_WIDGET (window)))
    g_error ("%s lies outside the window: %g,%g %g×%g", what, bounds.origin.x, bounds.origin.y,
             bounds.size.width, bounds.size.height);
  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_assert_cmpfloat (bounds.size.width, >=, minimum);
}

static void
assert_controls_reachable (ParityWindow *window)
{
  static const char *const actions[] = { "win.open", "win.undo", "win.redo", "win.export",
                                         "win.toggle-data", "win.toggle-inspector" };
  GtkWidget *root = GTK_WIDGET (window);

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    assert_reachable (window, find_actionable (root, actions[i]), actions[i]);
  assert_reachable (window, gui_test_find (root, GTK_TYPE_MENU_BUTTON, NULL), "the main menu");
}

/* How wide the chart's body text is drawn: the scene's 9 pt text at the view's scale, in
 * pixels of the screen. */
static double
on_screen_text_px (ParityWindow *window)
{
  return 9.0 * parity_chart_view_get_scale (parity_window_get_chart_view (window));
}

/* What a person sees, for the record of the run. */
static void
report (ParityWindow *window)
{
  g_test_message ("window %d px: chart view %d × %d px, body text %.1f px",
                  gtk_widget_get_width (GTK_WIDGET (window)),
                  gtk_widget_get_width (GTK_WIDGET (parity_window_get_chart_view (window))),
                  gtk_widget_get_height (GTK_WIDGET (parity_window_get_chart_view (window))),
                  on_screen_text_px (window));
}

static gboolean
flap_shown (AdwFlap *flap)
{
  return adw_flap_get_reveal_progress (flap) == 1.0 && gtk_widget_get_mapped (adw_flap_get_flap (flap));
}

static gboolean
inspector_shown (gpointer data)
{
  return flap_shown (find_flap (data, GTK_PACK_END));
}

static gboolean
inspector_hidden (gpointer data)
{
  return adw_flap_get_reveal_progress (find_flap (data, GTK_PACK_END)) == 0.0;
}

static gboolean
sidebar_shown (gpointer data)
{
  return flap_shown (find_flap (data, GTK_PACK_START));
}

static gboolean
sidebar_hidden (gpointer data)
{
  return adw_flap_get_reveal_progress (find_flap (data, GTK_PACK_START)) == 0.0;
}

/* On a monitor the chart list, the chart and the inspector stand side by side. */
static void
test_wide (void)
{
  g_autofree char *path = parity_dataset_get_bundled_path ();
  ParityWindow *window = gui_test_open (path);
  Layout layout = { window, 1400, 0, FALSE, FALSE, FALSE };
  GtkWidget *view = GTK_WIDGET (parity_window_get_chart_view (window));

  gui_test_wait_painted (window);
  resize_to (&layout, 900);
  gui_test_wait_for (inspector_shown, window, "the inspector beside the chart");
  g_assert_cmpint (gtk_widget_get_width (view), >=, 700);
  assert_controls_reachable (window);
  assert_reachable (window, gtk_widget_get_ancestor (GTK_WIDGET (find_chart_list (window)),
                                                     GTK_TYPE_SCROLLED_WINDOW), "the chart list");
  report (window);
  g_assert_cmpfloat (on_screen_text_px (window), >=, 12);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* On a laptop the inspector folds over the chart, which keeps the width it reads at; F9
 * brings the inspector over it and takes it away, and widening brings it back beside. */
static void
test_laptop (void)
{
  g_autofree char *path = parity_dataset_get_bundled_path ();
  ParityWindow *window = gui_test_open (path);
  Layout layout = { window, 900, 0, FALSE, TRUE, FALSE };
  GtkWidget *view = GTK_WIDGET (parity_window_get_chart_view (window));

  gui_test_wait_painted (window);
  resize_to (&layout, 600);
  g_assert_cmpint (gtk_widget_get_width (view), >=, 600);
  report (window);
  g_assert_cmpfloat (on_screen_text_px (window), >=, 11);
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (parity_window_get_inspector (window))));
  assert_controls_reachable (window);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-inspector", NULL);
  gui_test_wait_for (inspector_shown, window, "the inspector over the chart");
  assert_reachable (window, GTK_WIDGET (parity_window_get_inspector (window)), "the inspector");
  /* Over the chart, not beside it: the chart kept its width. */
  g_assert_cmpint (gtk_widget_get_width (view), >=, 600);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-inspector", NULL);
  gui_test_wait_for (inspector_hidden, window, "the inspector folded away");

  layout.width = 1400;
  layout.inspector_folded = FALSE;
  resize_to (&layout, 900);
  gui_test_wait_for (inspector_shown, window, "the inspector back beside the chart");
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
fits_phone (gpointer data)
{
  int width, height;

  gtk_widget_measure (GTK_WIDGET (data), GTK_ORIENTATION_HORIZONTAL, -1, &width, NULL, NULL, NULL);
  gtk_widget_measure (GTK_WIDGET (data), GTK_ORIENTATION_VERTICAL, 360, &height, NULL, NULL, NULL);
  return width <= 360 && height <= 600;
}

/* At GNOME's mobile width everything still fits and works: the chart list over the chart,
 * the header's other buttons at the foot. */
static void
test_phone (void)
{
  g_autofree char *path = parity_dataset_get_bundled_path ();
  ParityWindow *window = gui_test_open (path);
  Layout layout = { window, 360, 0, TRUE, TRUE, TRUE };
  ParityDataset *dataset = parity_window_get_dataset (window);
  GtkListBox *list;

  gui_test_wait_painted (window);
  /* As a person drags the window's edge: a window manager keeps it above the minimum size
   * the window asks for at each moment, which falls as the window folds. */
  resize_through (&layout, (const int[]) { 700, 560, 360, 0 }, 600);
  /* Once the chart list has folded away, the window could be narrower still. */
  gui_test_wait_for (fits_phone, window, "a minimum size within 360 × 600");
  assert_controls_reachable (window);
  report (window);
  g_assert_cmpfloat (on_screen_text_px (window), >=, 9);

  /* The chart list comes over the chart, and picking a chart takes it away again. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-sidebar", NULL);
  gui_test_wait_for (sidebar_shown, window, "the chart list over the chart");
  list = find_chart_list (window);
  assert_reachable (window, gtk_widget_get_ancestor (GTK_WIDGET (list), GTK_TYPE_SCROLLED_WINDOW),
                    "the chart list");
  gtk_list_box_select_row (list, gtk_list_box_get_row_at_index (list, 1));
  gui_test_wait_for (sidebar_hidden, window, "the chart list folded away");
  g_assert_cmpstr (parity_chart_view_get_chart_id (parity_window_get_chart_view (window)), ==,
                   parity_dataset_get_chart (dataset, 1)->id);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-inspector", NULL);
  gui_test_wait_for (inspector_shown, window, "the inspector over the chart");
  assert_reachable (window, GTK_WIDGET (parity_window_get_inspector (window)), "the inspector");

  /* Back to a laptop's width: the buttons return to the header bar. */
  layout.width = 900;
  layout.sidebar_folded = FALSE;
  layout.bottom_bar = FALSE;
  resize_to (&layout, 600);
  assert_controls_reachable (window);
  g_assert_true (gtk_widget_get_ancestor (find_actionable (GTK_WIDGET (window), "win.export"),
                                          ADW_TYPE_HEADER_BAR) != NULL);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  if (!gui_test_init (&argc, &argv))
    return 77;

  g_test_add_func ("/adaptive/wide", test_wide);
  g_test_add_func ("/adaptive/laptop", test_laptop);
  g_test_add_func ("/adaptive/phone", test_phone);
  return g_test_run ();
}
