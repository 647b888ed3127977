/* parity-load-monitor.h: how far a load in another thread has got, and a way to stop it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct _ParityLoadMonitor ParityLoadMonitor;

ParityLoadMonitor *parity_load_monitor_new          (GCancellable      *cancellable);
ParityLoadMonitor *parity_load_monitor_ref          (ParityLoadMonitor *self);
void               parity_load_monitor_unref        (ParityLoadMonitor *self);
double             parity_load_monitor_get_fraction (ParityLoadMonitor *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ParityLoadMonitor, parity_load_monitor_unref)

G_END_DECLS
