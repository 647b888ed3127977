/* parity-json-cut.h: a dataset's observation arrays cut out of its bytes, to be streamed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* One array cut out: its bytes [start, end) in the document, brackets included, and how
 * many elements it holds. end == 0 when nothing was cut at that place. */
typedef struct
{
  gsize start;
  gsize end;
  guint n_elements;
} ParityJsonCutArray;

/* Which loader reads a cut: each refuses another's (parity-loader.c loads the whole tree). */
typedef enum
{
  PARITY_JSON_CUT_NATIVE,
  PARITY_JSON_CUT_PAGES,
  PARITY_JSON_CUT_SDMX,
} ParityJsonCutKind;

typedef struct
{
  ParityJsonCutKind kind;
  char   *small;      /* the document with each cut array emptied to "[]" (an object to
                       * "{}") */
  gsize   small_len;
  GArray *arrays;     /* of ParityJsonCutArray, one per element of "indicators" (or of
                       * the top level, for pages; two per data set for SDMX-JSON: its
                       * "series", then its "observations") */
  gsize   cut_bytes;  /* the bytes of every cut array, for progress */
  gboolean retry;     /* set by a reader that met what only the whole tree can say */
} ParityJsonCut;

ParityJsonCut *_parity_json_cut_observations (const char    *data,
                                              gsize          len);
ParityJsonCut *_parity_json_cut_pages        (const char    *data,
                                              gsize          len);
ParityJsonCut *_parity_json_cut_sdmx         (const char    *data,
                                              gsize          len);
gboolean       _parity_json_cut_next_member  (const char    *data,
                                              const ParityJsonCutArray *object,
                                              gsize         *pos,
                                              const char   **name,
                                              gsize         *name_len,
                                              gsize         *value,
                                              gsize         *value_end);
void           _parity_json_cut_free         (ParityJsonCut *cut);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ParityJsonCut, _parity_json_cut_free)

G_END_DECLS
