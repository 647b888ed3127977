/* parity-load-monitor.c
 *
 * A load reports to the monitor of its own thread (set by parity_dataset_load_file_monitored()
 * for the length of the call), so the loaders need no extra parameter: each reports the
 * fraction done at its milestones and asks whether to stop. The fraction is written in the
 * loading thread and read, atomically, by whoever shows it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include "parity-load-monitor.h"
#include "parity-load-hooks.h"
#include "parity-tsan.h"

struct _ParityLoadMonitor
{
  GCancellable *cancellable;
  gint          permille;     /* atomic */
  guint64       n_elements;   /* JSON array elements, counted by the strict scanner */
};

static GPrivate current;

/* Shared by the thread that loads and the one that shows its progress: reference counted. */
ParityLoadMonitor *
parity_load_monitor_new (GCancellable *cancellable)
{
  ParityLoadMonitor *self = g_atomic_rc_box_new0 (ParityLoadMonitor);

  g_set_object (&self->cancellable, cancellable);
  return self;
}

ParityLoadMonitor *
parity_load_monitor_ref (ParityLoadMonitor *self)
{
  return g_atomic_rc_box_acquire (self);
}

static void
monitor_clear (gpointer data)
{
  ParityLoadMonitor *self = data;

  parity_tsan_acquire (self);
  g_clear_object (&self->cancellable);
}

void
parity_load_monitor_unref (ParityLoadMonitor *self)
{
  /* The count is GLib's, which ThreadSanitizer does not see: whoever clears the monitor
   * comes after every thread that let it go. */
  if (self != NULL)
    {
      parity_tsan_release (self);
      g_atomic_rc_box_release_full (self, monitor_clear);
    }
}

/* From 0 to 1; safe to call from any thread. */
double
parity_load_monitor_get_fraction (ParityLoadMonitor *self)
{
  return g_atomic_int_get (&self->permille) / 1000.0;
}

void
_parity_load_monitor_begin (ParityLoadMonitor *monitor)
{
  g_private_set (&current, monitor);
}

void
_parity_load_monitor_end (void)
{
  ParityLoadMonitor *monitor = g_private_get (&current);

  if (monitor != NULL)
    g_atomic_int_set (&monitor->permille, 1000);
  g_private_set (&current, NULL);
}

gboolean
_parity_load_is_monitored (void)
{
  return g_private_get (&current) != NULL;
}

/* The load is @fraction done; progress never goes back. */
void
_parity_load_report (double fraction)
{
  ParityLoadMonitor *monitor = g_private_get (&current);
  gint permille = (gint)CLAMP (fraction * 1000, 0, 1000);

  if (monitor != NULL && permille > g_atomic_int_get (&monitor->permille))
    g_atomic_int_set (&monitor->permille, permille);
}

/* TRUE, with @error set, when whoever started the load no longer wants it. */
gboolean
_parity_load_cancelled (GError **error)
{
  ParityLoadMonitor *monitor = g_private_get (&current);

  return monitor != NULL && g_cancellable_set_error_if_cancelled (monitor->cancellable, error);
}

void
_parity_load_set_elements (guint64 n_elements)
{
  ParityLoadMonitor *monitor = g_private_get (&current);

  if (monitor != NULL)
    monitor->n_elements = n_elements;
}

guint64
_parity_load_get_elements (void)
{
  ParityLoadMonitor *monitor = g_private_get (&current);

  return monitor != NULL ? monitor->n_elements : 0;
}
