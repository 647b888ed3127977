/* parity-lazy-library.h: a shared library opened the first time a figure needs it
 *
 * librsvg (SVG logos) and libgettextpo (PO files) are most of the libraries a process links,
 * and most figures need neither: a process that loads them at exec pays for their mapping
 * and relocation in every run. They are opened here instead, on first use, and their
 * functions found by name; a struct of pointers declared with __typeof__ keeps every call
 * checked against the library's own header.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A library's functions are listed once, as an X-macro LIST(F) of F (function) …, and
 * the list makes both the table, PARITY_LAZY_TABLE (LIST), a struct of pointers each typed
 * by the function's declaration, and the names dlsym looks up, PARITY_LAZY_NAMES (LIST).
 * The names are macro-expanded first, as the library's headers rename some functions
 * (ICU's uloc_forLanguageTag is uloc_forLanguageTag_72; gettext-po.h's po_file_read is
 * po_file_read_v3), and the table's fields with them, so that calls read as written. */
#define PARITY_LAZY_FIELD(function) __typeof__ (function) *function;
#define PARITY_LAZY_NAME(function) G_STRINGIFY (function),
#define PARITY_LAZY_TABLE(list) struct { list (PARITY_LAZY_FIELD) }
#define PARITY_LAZY_NAMES(list) { list (PARITY_LAZY_NAME) }
/* A ParityLazyLibrary's initializer: @symbols is the array of PARITY_LAZY_NAMES. */
#define PARITY_LAZY_LIBRARY_INIT(soname, display, symbols) \
  { soname, display, symbols, G_N_ELEMENTS (symbols), 0, NULL }

typedef struct
{
  const char         *soname;     /* "librsvg-2.so.2": the library's run-time name */
  const char         *display;    /* its name in messages: "librsvg" */
  const char * const *symbols;    /* the functions, in the order of the table's fields */
  gsize               n_symbols;
  /*< private >*/
  gsize               state;      /* g_once_init_*: 1 when loaded, 2 when it failed */
  char               *failure;
} ParityLazyLibrary;

gboolean parity_lazy_library_load      (ParityLazyLibrary *library,
                                        gpointer          *table,
                                        gsize              table_size,
                                        GError           **error);
gboolean parity_lazy_library_is_loaded (const char        *soname);

G_END_DECLS
