/* parity-load-hooks.h: what a running load tells its monitor
 *
 * The calls the readers make (the JSON scanner, each loader) to report progress and hear of
 * cancelling, kept apart from the loaders' private header so that the layers below the
 * formats can make them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "parity-load-monitor.h"

G_BEGIN_DECLS

/* The monitor of the load running in this thread (parity-load-monitor.c); all are no-ops
 * when the load is not monitored. */
void           _parity_load_monitor_begin  (ParityLoadMonitor *monitor);
void           _parity_load_monitor_end    (void);
gboolean       _parity_load_is_monitored   (void);
void           _parity_load_report         (double             fraction);
gboolean       _parity_load_cancelled      (GError           **error);
void           _parity_load_set_elements   (guint64            n_elements);
guint64        _parity_load_get_elements   (void);

G_END_DECLS
