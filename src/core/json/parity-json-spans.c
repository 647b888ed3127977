/* parity-json-spans.c
 *
 * Finds values by JSON path in the bytes of a document, so that a tool can replace exactly
 * those bytes and leave every other byte — white space, member order, numbers as written —
 * as it was. Like parity-json-scan.c it walks the document once and without recursion; it
 * runs that strict scan first, so that below it can take the grammar as given.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include <string.h>

#include "parity-json-path.h"
#include "parity-json-scan.h"
#include "parity-json-spans.h"

gsize
_parity_json_skip_space (const char *data,
                         gsize       len,
                         gsize       pos)
{
  while (pos < len && (data[pos] == ' ' || data[pos] == '\t' || data[pos] == '\n' ||
                       data[pos] == '\r'))
    pos++;
  return pos;
}

/* The end of the string that starts at @pos (its opening quote), after the closing quote. */
static gsize
string_end (const char *data,
            gsize       len,
            gsize       pos)
{
  for (pos++; pos < len; pos++)
    {
      if (data[pos] == '\\')
        pos++;
      else if (data[pos] == '"')
        return pos + 1;
    }
  return len;
}

/* The end of a number, true, false or null. */
static gsize
scalar_end (const char *data,
            gsize       len,
            gsize       pos)
{
  if (data[pos] == '"')
    return string_end (data, len, pos);
  while (pos < len && strchr (",]} \t\r\n", data[pos]) == NULL)
    pos++;
  return pos;
}

/* The end of any value, containers included (brackets inside strings skipped). */
gsize
_parity_json_value_end (const char *data,
                        gsize       len,
                        gsize       pos)
{
  guint depth = 0;

  if (pos >= len || (data[pos] != '{' && data[pos] != '['))
    return pos < len ? scalar_end (data, len, pos) : len;
  while (pos < len)
    {
      char c = data[pos];

      if (c == '"')
        {
          pos = string_end (data, len, pos);
          continue;
        }
      pos++;
      if (c == '{' || c == '[')
        depth++;
      else if ((c == '}' || c == ']') && --depth == 0)
        return pos;
    }
  return len;
}

static void
append_utf8 (GString  *out,
             gunichar  c)
{
  char buf[8];
  int n = g_unichar_to_utf8 (c, buf);

  g_string_append_len (out, buf, n);
}

/**
 * _parity_json_string_decode:
 * @data: the document
 * @span: a value in it
 *
 * Returns: (transfer full) (nullable): the string the value stands for, or %NULL when the
 *   value is not a string
 */
char *
_parity_json_string_decode (const char     *data,
                            ParityJsonSpan  span)
{
  GString *out;

  if (span.end < span.start + 2 || data[span.start] != '"' || data[span.end - 1] != '"')
    return NULL;
  out = g_string_sized_new (span.end - span.start);
  for (gsize i = span.start + 1; i < span.end - 1; i++)
    {
      char c = data[i];

      if (c != '\\')
        {
          g_string_append_c (out, c);
          continue;
        }
      c = data[++i];
      switch (c)
        {
        case 'b': g_string_append_c (out, '\b'); break;
        case 'f': g_string_append_c (out, '\f'); break;
        case 'n': g_string_append_c (out, '\n'); break;
        case 'r': g_string_append_c (out, '\r'); break;
        case 't': g_string_append_c (out, '\t'); break;
        case 'u':
          {
            char hex[5] = { 0 };
            gunichar u;

            if (i + 4 >= span.end)
              break;
            memcpy (hex, data + i + 1, 4);
            u = (gunichar)g_ascii_strtoull (hex, NULL, 16);
            i += 4;
            /* A surrogate pair is one character written as two escapes. */
            if (u >= 0xD800 && u < 0xDC00 && i + 6 < span.end && data[i + 1] == '\\' &&
                data[i + 2] == 'u')
              {
                gunichar low;

                memcpy (hex, data + i + 3, 4);
                low = (gunichar)g_ascii_strtoull (hex, NULL, 16);
                if (low >= 0xDC00 && low < 0xE000)
                  {
                    u = 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00);
                    i += 6;
                  }
              }
            if (u >= 0xD800 && u < 0xE000)
              u = 0xFFFD;  /* a lone surrogate, as json-glib reads it */
            append_utf8 (out, u);
            break;
          }
        default:  /* \" \\ \/ */
          g_string_append_c (out, c);
        }
    }
  return g_string_free (out, FALSE);
}

/**
 * _parity_json_string_append:
 * @out: where to write
 * @value: UTF-8 text
 *
 * Writes @value as a JSON string: in double quotes, with the quote, the backslash and the
 * control characters escaped, everything else as is.
 */
void
_parity_json_string_append (GString    *out,
                            const char *value)
{
  g_string_append_c (out, '"');
  for (const char *p = value; *p != '\0'; p++)
    {
      guchar c = *p;

      switch (c)
        {
        case '"': g_string_append (out, "\\\""); break;
        case '\\': g_string_append (out, "\\\\"); break;
        case '\b': g_string_append (out, "\\b"); break;
        case '\f': g_string_append (out, "\\f"); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\r': g_string_append (out, "\\r"); break;
        case '\t': g_string_append (out, "\\t"); break;
        default:
          if (c < 0x20 || c == 0x7F)
            g_string_append_printf (out, "\\u%04X", c);
          else
            g_string_append_c (out, (char)c);
        }
    }
  g_string_append_c (out, '"');
}

typedef struct
{
  gboolean is_object;
  guint    index;     /* of the element being read, in an array */
  gsize    path_len;  /* the path's length at the container itself */
  gsize    start;
  char    *wanted;    /* its path when it was asked for, else NULL */
} Frame;

static void
frame_clear (gpointer data)
{
  g_free (((Frame *)data)->wanted);
}

static void
record (GHashTable *found,
        const char *path,
        gsize       start,
        gsize       end)
{
  ParityJsonSpan *span = g_new (ParityJsonSpan, 1);

  span->start = start;
  span->end = end;
  /* A repeated member: the last one counts, as in json-glib. */
  g_hash_table_replace (found, g_strdup (path), span);
}

/* Reads the member name at @pos, puts it on the path, and returns where its value starts. */
static gsize
enter_member (const char *data,
              gsize       len,
              gsize       pos,
              GString    *path,
              gsize       path_len)
{
  ParityJsonSpan key = { pos, string_end (data, len, pos) };
  g_autofree char *name = _parity_json_string_decode (data, key);

  g_string_truncate (path, path_len);
  _parity_json_path_append_member (path, name != NULL ? name : "");
  pos = _parity_json_skip_space (data, len, key.end);
  if (pos < len && data[pos] == ':')
    pos++;
  return _parity_json_skip_space (data, len, pos);
}

/**
 * _parity_json_spans_find:
 * @data: a JSON document (a leading UTF-8 byte order mark is skipped)
 * @len: its length
 * @paths: a set of JSON paths ("$.entities[3].label"), as a hash table's keys
 * @display_name: the name used in error messages
 * @error: set when the document is not strict JSON
 *
 * Returns: (transfer full) (nullable): from each of @paths found in the document to the
 *   #ParityJsonSpan of its value; paths not found are absent
 */
GHashTable *
_parity_json_spans_find (const char  *data,
                         gsize        len,
                         GHashTable  *paths,
                         const char  *display_name,
                         GError     **error)
{
  g_autoptr(GHashTable) found = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GArray) stack = g_array_new (FALSE, FALSE, sizeof (Frame));
  g_autoptr(GString) path = g_string_new ("$");
  gsize pos = 0;

  if (len >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    pos = 3;
  if (!_parity_json_scan (data + pos, len - pos, display_name, error))
    return NULL;
  g_array_set_clear_func (stack, frame_clear);

  pos = _parity_json_skip_space (data, len, pos);
  for (;;)
    {
      /* A value starts at pos, and path is its path. */
      gboolean wanted = g_hash_table_contains (paths, path->str);
      char c = data[pos];

      if (c == '{' || c == '[')
        {
          Frame frame = { c == '{', 0, path->len, pos, wanted ? g_strdup (path->str) : NULL };

          g_array_append_val (stack, frame);
          pos = _parity_json_skip_space (data, len, pos + 1);
          if (data[pos] != '}' && data[pos] != ']')
            {
              if (frame.is_object)
                pos = enter_member (data, len, pos, path, frame.path_len);
              else
                _parity_json_path_append_index (path, 0);
              continue;
            }
          /* An empty container closes at once: fall through to the closing below. */
        }
      else
        {
          gsize end = scalar_end (data, len, pos);

          if (wanted)
            record (found, path->str, pos, end);
          pos = _parity_json_skip_space (data, len, end);
        }

      /* After a value: a comma goes on to the next one, a bracket closes containers. */
      for (;;)
        {
          Frame *top;

          if (stack->len == 0)
            return g_steal_pointer (&found);
          top = &g_array_index (stack, Frame, stack->len - 1);
          if (pos < len && data[pos] == ',')
            {
              pos = _parity_json_skip_space (data, len, pos + 1);
              if (top->is_object)
                pos = enter_member (data, len, pos, path, top->path_len);
              else
                {
                  g_string_truncate (path, top->path_len);
                  _parity_json_path_append_index (path, ++top->index);
                }
              break;
            }
          /* The closing bracket (the scan guarantees it). */
          pos++;
          if (top->wanted != NULL)
            record (found, top->wanted, top->start, pos);
          g_string_truncate (path, top->path_len);
          g_array_set_size (stack, stack->len - 1);
          pos = _parity_json_skip_space (data, len, pos);
        }
    }
}

static void
member_clear (gpointer data)
{
  g_free (((ParityJsonMember *)data)->key);
}

/**
 * _parity_json_spans_members:
 * @data: a document that is strict JSON
 * @object: the span of an object in it
 *
 * Returns: (transfer full) (element-type ParityJsonMember): the object's members in the
 *   order they are written, or %NULL when @object is not an object
 */
GArray *
_parity_json_spans_members (const char     *data,
                            ParityJsonSpan  object)
{
  g_autoptr(GArray) members = NULL;
  gsize len = object.end;
  gsize pos = object.start;

  if (pos >= len || data[pos] != '{')
    return NULL;
  members = g_array_new (FALSE, FALSE, sizeof (ParityJsonMember));
  g_array_set_clear_func (members, member_clear);
  pos = _parity_json_skip_space (data, len, pos + 1);
  while (pos < len && data[pos] == '"')
    {
      ParityJsonMember member;

      member.key_span.start = pos;
      member.key_span.end = string_end (data, len, pos);
      member.key = _parity_json_string_decode (data, member.key_span);
      pos = _parity_json_skip_space (data, len, member.key_span.end);
      if (pos < len && data[pos] == ':')
        pos++;
      pos = _parity_json_skip_space (data, len, pos);
      member.value.start = pos;
      member.value.end = _parity_json_value_end (data, len, pos);
      g_array_append_val (members, member);
      pos = _parity_json_skip_space (data, len, member.value.end);
      if (pos < len && data[pos] == ',')
        pos = _parity_json_skip_space (data, len, pos + 1);
    }
  return g_steal_pointer (&members);
}
