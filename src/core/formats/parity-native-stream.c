/* parity-native-stream.c
 *
 * A native dataset's observations read straight from the document's bytes, with no tree
 * (parity-json-cut.c says why and which arrays). The bytes have passed the strict scan, so
 * this may take the grammar as given. Each element is read on a fast path when it has the
 * shape nearly every observation has: "entity", "period", "value", optionally "qualifier"
 * and "source", strings without escapes, ids the dataset knows, a value its qualifier
 * allows. Anything else — another member, a repeated one, an escape, a wrong type, an
 * unknown id, a number too long to read exactly here — goes to json-glib as a document of
 * its own, one element at a time, and then through the native loader's load_observation()
 * with the same JSON path: its errors, and what it makes of odd but valid JSON, are the
 * tree's, byte for byte.
 *
 * Numbers are json-glib's: an integer is read as a 64-bit integer and then made a double
 * (so "-0" is +0), anything with a fraction or an exponent as g_strtod() reads it, then
 * negated. Up to 15 significant digits and no exponent, the double is the digits divided by
 * a power of ten, both exact in a double, so the one division rounds it exactly as strtod()
 * does; beyond, g_ascii_strtod() does it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include <math.h>
#include <string.h>

#include "parity-json-spans.h"
#include "parity-load-hooks.h"
#include "parity-native-stream.h"

/* How much work between progress reports and looks at Cancel, about a millisecond: an
 * element on the fast path counts one, an element through json-glib (some microseconds) 16. */
#define REPORT_EVERY 4096
#define TREE_WORK 16

static ParityStreamMode stream_mode = PARITY_STREAM_FAST;
static ParityStreamHook progress_hook;
static gint n_through_json_glib;   /* atomic: loads run on any thread */
static gpointer progress_hook_data;

/* For tests: how the next loads read observations. */
void
_parity_stream_set_mode (ParityStreamMode mode)
{
  stream_mode = mode;
}

ParityStreamMode
_parity_stream_get_mode (void)
{
  return stream_mode;
}

/* For tests: how many elements went to json-glib since the last call. */
guint
_parity_stream_take_n_through_json_glib (void)
{
  guint n = (guint)g_atomic_int_get (&n_through_json_glib);

  g_atomic_int_add (&n_through_json_glib, -(gint)n);
  return n;
}

/* For tests: called with each fraction reported while observations are read. */
void
_parity_stream_set_progress_hook (ParityStreamHook hook,
                                  gpointer         data)
{
  progress_hook = hook;
  progress_hook_data = data;
}

/* Reports @fraction of a load done; FALSE, after setting @error, when it is cancelled. */
gboolean
_parity_stream_report (double   fraction,
                       GError **error)
{
  _parity_load_report (fraction);
  if (progress_hook != NULL)
    progress_hook (fraction, progress_hook_data);
  return !_parity_load_cancelled (error);
}

/* For tests: counts an element read through json-glib by another format's loader. */
void
_parity_stream_count_through_json_glib (void)
{
  g_atomic_int_inc (&n_through_json_glib);
}

const char *
_parity_stream_skip_space (const char *p,
                           const char *end)
{
  while (p < end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t'))
    p++;
  return p;
}

/* A string at @p (its opening quote) written without escapes: its bytes, and the position
 * past it; NULL when it holds an escape. */
const char *
_parity_stream_plain_string (const char  *p,
                             const char  *end,
                             const char **bytes,
                             gsize       *len)
{
  const char *q;

  for (q = p + 1; q < end && *q != '"'; q++)
    if (*q == '\\')
      return NULL;
  if (q >= end)
    return NULL;
  *bytes = p + 1;
  *len = q - p - 1;
  return q + 1;
}

static const double powers_of_ten[] = {
  1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
};

/* A number at @p as json-glib reads it: its value, and when it is a whole number (which
 * json-glib keeps as a 64-bit integer) *whole is TRUE and *integer that integer. NULL when
 * it is one to leave to json-glib. */
const char *
_parity_stream_read_number (const char *p,
                            const char *end,
                            double     *out,
                            gboolean   *whole,
                            gint64     *integer)
{
  const char *q = p;
  gboolean negative = FALSE, fraction = FALSE;
  guint64 digits = 0;
  guint n_digits = 0, n_fraction = 0;

  *whole = FALSE;
  if (*q == '-')
    {
      negative = TRUE;
      q++;
    }
  for (; q < end && g_ascii_isdigit (*q); q++, n_digits++)
    digits = digits * 10 + (guint64)(*q - '0');
  if (q < end && *q == '.')
    {
      fraction = TRUE;
      for (q++; q < end && g_ascii_isdigit (*q); q++, n_digits++, n_fraction++)
        digits = digits * 10 + (guint64)(*q - '0');
    }
  if (q < end && (*q == 'e' || *q == 'E'))
    {
      char buffer[64];
      const char *e = q + 1;

      while (e < end && (g_ascii_isdigit (*e) || *e == '+' || *e == '-'))
        e++;
      if ((gsize)(e - p) >= sizeof buffer)
        return NULL;
      memcpy (buffer, p, e - p);
      buffer[e - p] = '\0';
      *out = g_ascii_strtod (buffer, NULL);
      return isfinite (*out) ? e : NULL;
    }
  if (!fraction)
    {
      if (n_digits > 18)
        return NULL;
      *whole = TRUE;
      *integer = negative ? -(gint64)digits : (gint64)digits;
      *out = (double)*integer;
      return q;
    }
  if (n_digits > 15)
    {
      char buffer[64];

      if ((gsize)(q - p) >= sizeof buffer)
        return NULL;
      memcpy (buffer, p, q - p);
      buffer[q - p] = '\0';
      *out = g_ascii_strtod (buffer, NULL);
      return isfinite (*out) ? q : NULL;
    }
  *out = (double)digits / powers_of_ten[n_fraction];
  if (negative)
    *out = -*out;
  return q;
}

static gboolean
is_name (const char *name,
         gsize       len,
         const char *literal)
{
  return strlen (literal) == len && memcmp (name, literal, len) == 0;
}

enum
{
  HAS_ENTITY = 1 << 0,
  HAS_PERIOD = 1 << 1,
  HAS_VALUE = 1 << 2,
  HAS_QUALIFIER = 1 << 3,
  HAS_SOURCE = 1 << 4,
};

typedef struct
{
  const char *entity, *period, *qualifier, *source;
  gsize entity_len, period_len, qualifier_len, source_len;
  gboolean null_value;
  double value;
} Fields;

/* Reads the members of the object at @p; NULL when an element is for json-glib. */
static const char *
read_fields (const char *p,
             const char *end,
             Fields     *f)
{
  guint seen = 0;

  if (*p != '{')
    return NULL;
  p = _parity_stream_skip_space (p + 1, end);
  while (p < end && *p == '"')
    {
      const char *name, **bytes = NULL;
      gsize name_len, *len = NULL;
      guint bit;

      if ((p = _parity_stream_plain_string (p, end, &name, &name_len)) == NULL)
        return NULL;
      p = _parity_stream_skip_space (_parity_stream_skip_space (p, end) + 1, end);   /* the colon */
      if (is_name (name, name_len, "entity"))
        bit = HAS_ENTITY, bytes = &f->entity, len = &f->entity_len;
      else if (is_name (name, name_len, "period"))
        bit = HAS_PERIOD, bytes = &f->period, len = &f->period_len;
      else if (is_name (name, name_len, "value"))
        bit = HAS_VALUE;
      else if (is_name (name, name_len, "qualifier"))
        bit = HAS_QUALIFIER, bytes = &f->qualifier, len = &f->qualifier_len;
      else if (is_name (name, name_len, "source"))
        bit = HAS_SOURCE, bytes = &f->source, len = &f->source_len;
      else
        return NULL;
      if (seen & bit || p >= end)
        return NULL;
      seen |= bit;
      if (bytes != NULL)
        {
          if (*p != '"' || (p = _parity_stream_plain_string (p, end, bytes, len)) == NULL)
            return NULL;
        }
      else if (*p == 'n')
        {
          f->null_value = TRUE;
          p += 4;
        }
      else if (*p == '-' || g_ascii_isdigit (*p))
        {
          gboolean whole;
          gint64 integer;

          if ((p = _parity_stream_read_number (p, end, &f->value, &whole, &integer)) == NULL)
            return NULL;
        }
      else
        return NULL;
      p = _parity_stream_skip_space (p, end);
      if (p < end && *p == ',')
        p = _parity_stream_skip_space (p + 1, end);
      else
        break;
    }
  if (p >= end || *p != '}' || (seen & (HAS_ENTITY | HAS_PERIOD)) != (HAS_ENTITY | HAS_PERIOD))
    return NULL;
  if (!(seen & HAS_VALUE))
    f->null_value = TRUE;
  return p + 1;
}

/* @len bytes as a string, when they fit @buffer. */
static gboolean
copy_string (char       *buffer,
             gsize       size,
             const char *bytes,
             gsize       len)
{
  if (len >= size)
    return FALSE;
  memcpy (buffer, bytes, len);
  buffer[len] = '\0';
  return TRUE;
}

static int
read_qualifier (const Fields *f)
{
  static const char * const qualifiers[] = { "exact", "estimate", "forecast", "approximate",
                                             "greater-than", "less-than", "missing", NULL };

  if (f->qualifier == NULL)
    return -1;
  for (int i = 0; qualifiers[i] != NULL; i++)
    if (is_name (f->qualifier, f->qualifier_len, qualifiers[i]))
      return i;
  return -2;
}

/* One observation on the fast path: the position past it, or NULL (and nothing changed)
 * when it is for json-glib. */
static const char *
fast_observation (ParityNativeStream *stream,
                  const char         *p,
                  const char         *end,
                  ParityIndicator    *indicator)
{
  Fields f = { NULL };
  char period[128], source_id[132];
  guint32 source = PARITY_INDEX_NONE;
  int qualifier;

  if ((p = read_fields (p, end, &f)) == NULL ||
      (qualifier = read_qualifier (&f)) == -2 ||
      !copy_string (period, sizeof period, f.period, f.period_len) ||
      f.period_len == 0 || g_ascii_isspace (period[0]) ||
      g_ascii_isspace (period[f.period_len - 1]))
    return NULL;
  if (f.null_value)
    {
      if (qualifier != -1 && qualifier != PARITY_QUALIFIER_MISSING)
        return NULL;
      qualifier = PARITY_QUALIFIER_MISSING;
    }
  else if (qualifier == PARITY_QUALIFIER_MISSING)
    return NULL;
  if (qualifier == -1)
    qualifier = PARITY_QUALIFIER_EXACT;
  if (f.entity_len != stream->entity_len ||
      memcmp (f.entity, stream->entity_id, f.entity_len) != 0)
    {
      if (!copy_string (stream->entity_id, sizeof stream->entity_id, f.entity, f.entity_len))
        {
          stream->entity_len = G_MAXSIZE;
          return NULL;
        }
      stream->entity_len = f.entity_len;
      stream->entity = parity_dataset_lookup_entity (stream->dataset, stream->entity_id);
    }
  if (stream->entity == PARITY_INDEX_NONE)
    return NULL;
  if (f.source != NULL &&
      (!copy_string (source_id, sizeof source_id, f.source, f.source_len) ||
       (source = parity_dataset_lookup_source (stream->dataset, source_id)) == PARITY_INDEX_NONE))
    return NULL;
  _parity_indicator_append (indicator, stream->entity,
                            _parity_dataset_intern_period (stream->dataset, period),
                            0, f.value, qualifier, source);
  return p;
}

/* One element through json-glib and @func, with the path at it. */
static gboolean
tree_element (ParityNativeStream      *stream,
              gsize                    start,
              gsize                    end,
              guint                    index,
              ParityStreamElementFunc  func,
              gpointer                 data)
{
  ParityJsonReader *r = stream->reader;
  gsize mark;

  g_atomic_int_inc (&n_through_json_glib);
  if (stream->parser == NULL)
    stream->parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (stream->parser, stream->data + start, end - start, NULL))
    {
      /* json-glib refuses what the scan accepted: only its tree of the whole document can
       * say so with the message and place it always gave. */
      stream->cut->retry = TRUE;
      return FALSE;
    }
  mark = _parity_json_reader_push_index (r, index);
  if (!func (data, json_parser_get_root (stream->parser), index))
    return FALSE;
  _parity_json_reader_pop (r, mark);
  return TRUE;
}

/* The cut array at @index (of "indicators", or of a World Bank response's top level), or
 * NULL. */
const ParityJsonCutArray *
_parity_native_stream_array (ParityNativeStream *stream,
                             guint               index)
{
  const ParityJsonCutArray *array;

  if (stream == NULL || stream->cut == NULL || index >= stream->cut->arrays->len)
    return NULL;
  array = &g_array_index (stream->cut->arrays, ParityJsonCutArray, index);
  return array->end > 0 ? array : NULL;
}

/* Every element of @array: on the fast path into @indicator when it is not NULL, else
 * through json-glib and @func. */
static gboolean
stream_elements (ParityNativeStream       *stream,
                 const ParityJsonCutArray *array,
                 ParityIndicator          *indicator,
                 ParityStreamElementFunc   func,
                 gpointer                  data)
{
  ParityJsonReader *r = stream->reader;
  const char *text = stream->data;
  const char *p = text + array->start + 1;
  const char *end = text + array->end - 1;
  gboolean fast = indicator != NULL && _parity_stream_get_mode () == PARITY_STREAM_FAST;
  guint work = 0;

  for (guint i = 0; (p = _parity_stream_skip_space (p, end)) < end; i++)
    {
      const char *next = fast ? fast_observation (stream, p, end, indicator) : NULL;

      work++;
      if (next == NULL)
        {
          gsize start = p - text;
          gsize stop = _parity_json_value_end (text, array->end, start);

          if (!tree_element (stream, start, stop, i, func, data))
            return FALSE;
          next = text + stop;
          work += TREE_WORK - 1;
        }
      p = _parity_stream_skip_space (next, end);
      if (p < end && *p == ',')
        p++;
      if (work >= REPORT_EVERY)
        {
          work = 0;
          double fraction = 0.15 + 0.8 * (stream->done + (p - text - array->start)) /
                            stream->cut->cut_bytes;

          if (!_parity_stream_report (fraction, r->error))
            return FALSE;
        }
    }
  stream->done += array->end - array->start;
  return TRUE;
}

typedef struct
{
  ParityJsonReader      *reader;
  ParityObservationFunc  load_one;
  gpointer               loader;
  ParityIndicator       *indicator;
} Observations;

static gboolean
observation_node (gpointer  data,
                  JsonNode *node,
                  guint     index)
{
  Observations *o = data;
  JsonObject *object;

  return _parity_json_reader_object (o->reader, node, &object) &&
         o->load_one (o->loader, object, index, o->indicator);
}

/* Reads the elements of @array into @indicator, with the path at the indicator. */
gboolean
_parity_native_stream_observations (ParityNativeStream       *stream,
                                    const ParityJsonCutArray *array,
                                    ParityIndicator          *indicator,
                                    ParityObservationFunc     load_one,
                                    gpointer                  loader)
{
  Observations o = { stream->reader, load_one, loader, indicator };
  gsize mark = _parity_json_reader_push_member (stream->reader, "observations");

  if (!stream_elements (stream, array, indicator, observation_node, &o))
    return FALSE;
  _parity_json_reader_pop (stream->reader, mark);
  return TRUE;
}

/* Reads the elements of @array through json-glib and @func, each with its index pushed on
 * the path: for the formats without a fast path. */
gboolean
_parity_stream_elements (ParityNativeStream       *stream,
                         const ParityJsonCutArray *array,
                         ParityStreamElementFunc   func,
                         gpointer                  data)
{
  return stream_elements (stream, array, NULL, func, data);
}

void
_parity_native_stream_init (ParityNativeStream *stream,
                            ParityJsonReader   *reader,
                            const char         *data,
                            gsize               len,
                            ParityJsonCut      *cut)
{
  memset (stream, 0, sizeof *stream);
  stream->reader = reader;
  stream->data = data;
  stream->len = len;
  stream->cut = cut;
  stream->entity = PARITY_INDEX_NONE;
  stream->entity_len = G_MAXSIZE;   /* no entity looked up yet */
}

void
_parity_native_stream_clear (ParityNativeStream *stream)
{
  g_clear_object (&stream->parser);
}
