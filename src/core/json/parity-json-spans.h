/* parity-json-spans.h: where values are in a JSON document's bytes, to edit it in place
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The bytes [start, end) of one value as written: a string with its quotes, a number as
 * written, an object or array from its opening to its closing bracket. */
typedef struct
{
  gsize start;
  gsize end;
} ParityJsonSpan;

/* One member of an object, as written. */
typedef struct
{
  char          *key;       /* the name, decoded */
  ParityJsonSpan key_span;  /* the quoted name */
  ParityJsonSpan value;
} ParityJsonMember;

GHashTable     *_parity_json_spans_find         (const char         *data,
                                                 gsize               len,
                                                 GHashTable         *paths,
                                                 const char         *display_name,
                                                 GError            **error);
GArray         *_parity_json_spans_members      (const char         *data,
                                                 ParityJsonSpan      object);
char           *_parity_json_string_decode      (const char         *data,
                                                 ParityJsonSpan      span);
void            _parity_json_string_append      (GString            *out,
                                                 const char         *value);

/* On bytes _parity_json_scan() accepted: the first byte past white space at @pos, and the
 * end of the value that starts at @pos. */
gsize           _parity_json_skip_space         (const char         *data,
                                                 gsize               len,
                                                 gsize               pos);
gsize           _parity_json_value_end          (const char         *data,
                                                 gsize               len,
                                                 gsize               pos);

G_END_DECLS
