/* parity-native-stream.h: a native dataset's observations, and a World Bank response's
 * records, read from the document's bytes rather than from json-glib's tree of them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "parity-dataset-private.h"
#include "parity-json-cut.h"
#include "parity-json-reader.h"

G_BEGIN_DECLS

/* How the loader reads a native dataset's observations: from the bytes, each element on
 * the fast path unless it is irregular (the default); from the bytes, every element through
 * json-glib (to compare the two in tests); or from json-glib's tree of the whole document,
 * as before streaming. */
typedef enum
{
  PARITY_STREAM_FAST,
  PARITY_STREAM_ELEMENTS,
  PARITY_STREAM_OFF,
} ParityStreamMode;

typedef void (*ParityStreamHook) (double   fraction,
                                  gpointer data);

void             _parity_stream_set_mode          (ParityStreamMode mode);
ParityStreamMode _parity_stream_get_mode          (void);
void             _parity_stream_set_progress_hook (ParityStreamHook hook,
                                                   gpointer         data);
guint            _parity_stream_take_n_through_json_glib (void);
void             _parity_stream_count_through_json_glib (void);
gboolean         _parity_stream_report            (double            fraction,
                                                   GError          **error);

/* What the fast paths read from the bytes, as json-glib would. */
const char *     _parity_stream_skip_space        (const char       *p,
                                                   const char       *end);
const char *     _parity_stream_plain_string      (const char       *p,
                                                   const char       *end,
                                                   const char      **bytes,
                                                   gsize            *len);
const char *     _parity_stream_read_number       (const char       *p,
                                                   const char       *end,
                                                   double           *out,
                                                   gboolean         *whole,
                                                   gint64           *integer);

/* What reads one observation from json-glib's node: the native loader's own function. */
typedef gboolean (*ParityObservationFunc) (gpointer         loader,
                                           JsonObject      *object,
                                           guint            index,
                                           ParityIndicator *indicator);

/* What reads one element from json-glib's node, with the path at it. */
typedef gboolean (*ParityStreamElementFunc) (gpointer  data,
                                             JsonNode *element,
                                             guint     index);

typedef struct
{
  ParityJsonReader *reader;
  ParityDataset    *dataset;
  const char       *data;      /* the whole document */
  gsize             len;
  ParityJsonCut    *cut;
  JsonParser       *parser;    /* one, for every element the fast path leaves */
  gsize             done;      /* bytes of cut arrays read, for progress */
  guint32           entity;    /* the last entity looked up, by its id */
  char              entity_id[132];
  gsize             entity_len;
} ParityNativeStream;

void                      _parity_native_stream_init         (ParityNativeStream    *stream,
                                                              ParityJsonReader      *reader,
                                                              const char            *data,
                                                              gsize                  len,
                                                              ParityJsonCut         *cut);
const ParityJsonCutArray *_parity_native_stream_array        (ParityNativeStream    *stream,
                                                              guint                  index);
gboolean                  _parity_native_stream_observations (ParityNativeStream    *stream,
                                                              const ParityJsonCutArray *array,
                                                              ParityIndicator       *indicator,
                                                              ParityObservationFunc  load_one,
                                                              gpointer               loader);
gboolean                  _parity_stream_elements            (ParityNativeStream       *stream,
                                                              const ParityJsonCutArray *array,
                                                              ParityStreamElementFunc   func,
                                                              gpointer                  data);
void                      _parity_native_stream_clear        (ParityNativeStream    *stream);

G_END_DECLS
