/* bench-gui-load.c: opening a big file in the window, as the main loop sees it
 *
 *   bench-gui-load FILE
 *
 * Opens FILE in a real window (under a display: tests/bench/run starts Xvfb) while a 2 ms
 * timer measures every gap in the main loop, from the open until the first chart is
 * painted; then opens it again and presses Cancel when the progress bar passes 30 %,
 * measuring how long the window takes to be idle again. Prints one JSON object: the longest
 * stall (on the wall clock, and the most processor time the main thread spent between two
 * ticks, which a shared machine does not stretch), the load's time, how many progress values
 * the bar showed, and the cancel's time.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <adwaita.h>
#include <stdio.h>
#include <time.h>

#include "parity-application.h"
#include "parity-window.h"

static gint64 last_tick, longest_stall, last_cpu, longest_cpu;

/* The main thread's processor time, in µs: what a gap cost the window itself, which the
 * other programs of a shared machine do not lengthen as they lengthen the wall clock's. */
static gint64
thread_cpu (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return (gint64)ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

static gboolean
on_tick (gpointer data)
{
  gint64 now = g_get_monotonic_time (), cpu = thread_cpu ();

  longest_stall = MAX (longest_stall, now - last_tick);
  longest_cpu = MAX (longest_cpu, cpu - last_cpu);
  last_tick = now;
  last_cpu = cpu;
  return G_SOURCE_CONTINUE;
}

static void
iterate_until (gboolean (*done) (gpointer), gpointer data)
{
  while (!done (data))
    g_main_context_iteration (NULL, TRUE);
}

static gboolean
chart_painted (gpointer data)
{
  ParityChartView *view = parity_window_get_chart_view (data);

  /* Painted, or found it cannot be (a chart of 200 bars on a report column says why). */
  gtk_widget_queue_draw (GTK_WIDGET (view));
  return !parity_window_get_busy (data) &&
         (parity_chart_view_get_n_paints (view) > 0 || parity_chart_view_get_error (view) ||
          parity_chart_view_get_chart_id (view) == NULL);
}

static gboolean
idle (gpointer data)
{
  return !parity_window_get_busy (data);
}

static GtkProgressBar *
find_progress (GtkWidget *root)
{
  if (GTK_IS_PROGRESS_BAR (root))
    return GTK_PROGRESS_BAR (root);
  for (GtkWidget *c = gtk_widget_get_first_child (root); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkProgressBar *found = find_progress (c);

      if (found != NULL)
        return found;
    }
  return NULL;
}

typedef struct
{
  ParityWindow   *window;
  GtkProgressBar *bar;
  double          last;
  guint           n_values;
} Progress;

static gboolean
past_30 (gpointer data)
{
  Progress *p = data;
  double f = gtk_progress_bar_get_fraction (p->bar);

  if (f != p->last)
    p->n_values++, p->last = f;
  return f >= 0.3 || !parity_window_get_busy (p->window);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(ParityApplication) app = NULL;
  ParityWindow *window;
  gint64 start, loaded_us, cancel_us;
  Progress progress = { NULL };
  guint tick;

  if (argc != 2 || !gtk_init_check ())
    {
      fprintf (stderr, "usage: bench-gui-load FILE (with a display)\n");
      return 2;
    }
  adw_init ();
  file = g_file_new_for_commandline_arg (argv[1]);
  app = parity_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, NULL);
  window = g_object_new (PARITY_TYPE_WINDOW, "application", app, NULL);
  gtk_window_present (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;

  /* Open, and measure the main loop until the first chart is painted. */
  last_tick = g_get_monotonic_time ();
  last_cpu = thread_cpu ();
  tick = g_timeout_add (2, on_tick, NULL);
  start = g_get_monotonic_time ();
  parity_window_open (window, file);
  progress.window = window;
  progress.bar = find_progress (GTK_WIDGET (window));
  progress.last = -1;
  while (!chart_painted (window))
    {

      g_main_context_iteration (NULL, TRUE);
      past_30 (&progress);
    }
  loaded_us = g_get_monotonic_time () - start;
  g_source_remove (tick);

  /* Open again, and cancel at 30 %. */
  parity_window_open (window, file);
  progress.last = -1;
  iterate_until (past_30, &progress);
  start = g_get_monotonic_time ();
  /* A click, not gtk_widget_activate(), which animates the press for a quarter second. */
  g_signal_emit_by_name (gtk_widget_get_last_child (gtk_widget_get_parent (
    GTK_WIDGET (progress.bar))), "clicked");
  iterate_until (idle, window);
  cancel_us = g_get_monotonic_time () - start;

  printf ("{ \"longest_stall_ms\": %.1f, \"longest_stall_cpu_ms\": %.1f, \"load_ms\": %.0f, "
          "\"progress_values\": %u, \"cancel_ms\": %.1f }\n", longest_stall / 1000.0,
          longest_cpu / 1000.0, loaded_us / 1000.0, progress.n_values, cancel_us / 1000.0);
  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}
