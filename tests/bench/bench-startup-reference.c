/* bench-startup-reference.c: the least a libadwaita application does to show a drawing
 *
 * An AdwApplication opens an AdwApplicationWindow (header bar and a drawing area of the
 * same default size as Parity's window) and quits once the area has been painted: the
 * reference for Parity's start-up to its first painted chart (tests/bench/run). It loads no
 * data, lays nothing out and builds no widgets beyond these.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <adwaita.h>

static void
quit_application (gpointer data)
{
  g_application_quit (G_APPLICATION (data));
}

static void
draw (GtkDrawingArea *area,
      cairo_t        *cr,
      int             width,
      int             height,
      gpointer        data)
{
  static gboolean painted;

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_set_source_rgb (cr, 0, 0.45, 0.7);
  cairo_rectangle (cr, width * 0.1, height * 0.4, width * 0.6, height * 0.1);
  cairo_fill (cr);
  if (!painted)
    g_idle_add_once (quit_application, data);
  painted = TRUE;
}

static void
activate (GApplication *app)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (app));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *area = gtk_drawing_area_new ();

  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_widget_set_vexpand (area, TRUE);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (area), draw, app, NULL);
  gtk_box_append (GTK_BOX (box), area);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 760);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(AdwApplication) app = adw_application_new ("io.github.paritycharts.StartupReference",
                                                       G_APPLICATION_NON_UNIQUE);

  g_signal_connect (app, "activate", G_CALLBACK (activate), NULL);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
