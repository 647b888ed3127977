/* parity-sdmx-stream.c: an SDMX-JSON series (or flat observation) made into the JsonNode
 * json-glib would make of its bytes, without json-glib's parser
 *
 * A streamed series was parsed alone by a JsonParser: four tenths of a load's instructions
 * went to its scanner, some 12 000 an observation. A series of the usual shape (objects,
 * arrays, numbers, null, booleans and strings without escapes) is built here straight from
 * the bytes with json-glib's own constructors, so the loader's code reads the same tree:
 * members added with json_object_set_member() as json-glib's parser adds them (a repeated
 * name keeps its first place and its last value), numbers read as the native fast path
 * reads them (whole numbers as 64-bit integers, fractions to the bit as json-glib reads
 * them). Anything else (an escape, an exponent, a number of more digits than that reads,
 * nesting past a few levels) returns NULL, and the caller gives the series to json-glib's
 * parser as before.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include "parity-native-stream.h"
#include "parity-sdmx-private.h"

/* A series is an object of arrays and objects of arrays: deeper is not the usual shape. */
#define MAX_DEPTH 5

/* A string at @p (its opening quote) without escapes, copied; NULL when it has one. */
static const char *
plain_string (const char  *p,
              const char  *end,
              char       **out)
{
  const char *bytes;
  gsize len;

  if ((p = _parity_stream_plain_string (p, end, &bytes, &len)) != NULL)
    *out = g_strndup (bytes, len);
  return p;
}

/* A number as json-glib reads it (parity-native-stream.c): a whole number as a 64-bit
 * integer, else a double. NULL when it is one to leave to json-glib: an exponent too. */
static const char *
number (const char *p,
        const char *end,
        JsonNode   *node)
{
  const char *start = p;
  gboolean whole;
  gint64 integer;
  double value;

  if ((p = _parity_stream_read_number (p, end, &value, &whole, &integer)) == NULL)
    return NULL;
  /* An exponent is json-glib's to type (SDMX hardly writes one). */
  for (const char *q = start; q < p; q++)
    if (*q == 'e' || *q == 'E')
      return NULL;
  if (whole)
    json_node_init_int (node, integer);
  else
    json_node_init_double (node, value);
  return p;
}

static const char *value (const char *p,
                          const char *end,
                          guint       depth,
                          JsonNode  **out);

/* An object or an array at @p into @node: its members or elements in order, each added as
 * json-glib's parser adds it. */
static const char *
container (const char *p,
           const char *end,
           guint       depth,
           JsonNode   *node)
{
  gboolean is_object = *p == '{';
  g_autoptr(JsonObject) object = is_object ? json_object_new () : NULL;
  g_autoptr(JsonArray) array = is_object ? NULL : json_array_new ();
  char close = is_object ? '}' : ']';

  p = _parity_stream_skip_space (p + 1, end);
  while (p < end && *p != close)
    {
      g_autofree char *name = NULL;
      JsonNode *child = NULL;

      if (is_object)
        {
          if (*p != '"' || (p = plain_string (p, end, &name)) == NULL)
            return NULL;
          p = _parity_stream_skip_space (p, end);
          if (p >= end || *p != ':')
            return NULL;
          p = _parity_stream_skip_space (p + 1, end);
        }
      if ((p = value (p, end, depth + 1, &child)) == NULL)
        return NULL;
      if (is_object)
        json_object_set_member (object, name, child);
      else
        json_array_add_element (array, child);
      p = _parity_stream_skip_space (p, end);
      if (p < end && *p == ',')
        p = _parity_stream_skip_space (p + 1, end);
    }
  if (p >= end)
    return NULL;
  if (is_object)
    json_node_init_object (node, object);
  else
    json_node_init_array (node, array);
  return p + 1;
}

/* The value at @p into a new node, sealed as an immutable parser's are; NULL (and no
 * node) when it is not of the shape read here. */
static const char *
value (const char *p,
       const char *end,
       guint       depth,
       JsonNode  **out)
{
  g_autoptr(JsonNode) node = json_node_alloc ();
  const char *next = NULL;

  if (p >= end || depth > MAX_DEPTH)
    return NULL;
  switch (*p)
    {
    case '{':
    case '[':
      next = container (p, end, depth, node);
      break;
    case '"':
      {
        g_autofree char *s = NULL;

        if ((next = plain_string (p, end, &s)) != NULL)
          json_node_init_string (node, s);
      }
      break;
    case 'n':
      json_node_init_null (node);
      next = p + 4;
      break;
    case 't':
      json_node_init_boolean (node, TRUE);
      next = p + 4;
      break;
    case 'f':
      json_node_init_boolean (node, FALSE);
      next = p + 5;
      break;
    default:
      next = number (p, end, node);
      break;
    }
  if (next == NULL)
    return NULL;
  json_node_seal (node);
  *out = g_steal_pointer (&node);
  return next;
}

/**
 * _parity_sdmx_fast_node:
 * @data: a value's bytes, which _parity_json_scan() accepted
 * @len: their length
 *
 * Returns: (transfer full) (nullable): the node json-glib would make of them, or %NULL to
 *   leave them to json-glib's parser
 */
JsonNode *
_parity_sdmx_fast_node (const char *data,
                        gsize       len)
{
  JsonNode *node = NULL;

  if (value (data, data + len, 0, &node) == NULL)
    return NULL;
  return node;
}
