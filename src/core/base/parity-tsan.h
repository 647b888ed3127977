/* parity-tsan.h: hand-offs between threads that ThreadSanitizer cannot see for itself
 *
 * The ThreadSanitizer pass of build-aux/test (build-tsan/) instruments Parity's code, not
 * GLib's. GLib's GMutex and GCond are futexes inside libglib, and GAsyncQueue, GThreadPool,
 * GTask and the main loop hand data over with them, so ThreadSanitizer sees neither the lock
 * nor the hand-off, and reports the memory on either side of it as a race. Where Parity gives
 * memory to another thread through GLib, or guards it with a GMutex of its own, it says so
 * here, at the exact place GLib synchronises: what one thread did before
 * parity_tsan_release (p) happened before what another does after parity_tsan_acquire (p).
 * Anywhere else these are nothing. Never use them to quiet a report without such a hand-off:
 * a wrong one hides the race it stands on.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#if defined(__SANITIZE_THREAD__)
#define PARITY_TSAN 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define PARITY_TSAN 1
#endif
#endif

#ifdef PARITY_TSAN
#include <sanitizer/tsan_interface.h>

static inline void parity_tsan_release (const void *p) { __tsan_release ((void *)p); }
static inline void parity_tsan_acquire (const void *p) { __tsan_acquire ((void *)p); }
#else
static inline void parity_tsan_release (const void *p) { (void)p; }
static inline void parity_tsan_acquire (const void *p) { (void)p; }
#endif

/* g_mutex_lock() and g_mutex_unlock() as ThreadSanitizer sees them. */
static inline void
parity_mutex_lock (GMutex *mutex)
{
  g_mutex_lock (mutex);
  parity_tsan_acquire (mutex);
}

static inline void
parity_mutex_unlock (GMutex *mutex)
{
  parity_tsan_release (mutex);
  g_mutex_unlock (mutex);
}
