/* parity-json-writer.c
 *
 * json-glib's generator writes 53.6 as 53.600000000000001 and puts every member on its own
 * line. Datasets are edited and diffed by people, so numbers are written in the shortest
 * form that reads back to the same double, and small flat objects (an observation, an
 * entity) stay on one line.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include <math.h>
#include <stdlib.h>

#include "parity-json-writer.h"

/* An object or array shorter than this, with no nested container, is written on one line:
 * an observation with its note stays one line of the file. */
#define ONE_LINE_MAX 160

static void write_node (GString *out, JsonNode *node, guint indent);

static void
write_string (GString    *out,
              const char *s)
{
  g_string_append_c (out, '"');
  for (; *s; s++)
    {
      guchar c = *s;

      switch (c)
        {
        case '"': g_string_append (out, "\\\""); break;
        case '\\': g_string_append (out, "\\\\"); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\r': g_string_append (out, "\\r"); break;
        case '\t': g_string_append (out, "\\t"); break;
        case '\b': g_string_append (out, "\\b"); break;
        case '\f': g_string_append (out, "\\f"); break;
        default:
          if (c < 0x20)
            g_string_append_printf (out, "\\u%04x", c);
          else
            g_string_append_c (out, c);
        }
    }
  g_string_append_c (out, '"');
}

/* The shortest of %.1g … %.17g that reads back as the same double. */
static void
write_double (GString *out,
              double   value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  if (value == 0 && signbit (value))
    {
      g_string_append (out, "-0.0");  /* "-0" would read back as the integer 0 */
      return;
    }
  if (value == trunc (value) && fabs (value) < 9007199254740992.0)
    {
      g_string_append_printf (out, "%.0f", value);
      return;
    }
  for (int precision = 1; precision <= 17; precision++)
    {
      char format[8];

      g_snprintf (format, sizeof format, "%%.%dg", precision);
      g_ascii_formatd (buf, sizeof buf, format, value);
      if (g_ascii_strtod (buf, NULL) == value)
        break;
    }
  g_string_append (out, buf);
}

static void
write_value (GString  *out,
             JsonNode *node)
{
  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      write_string (out, json_node_get_string (node));
      break;
    case G_TYPE_BOOLEAN:
      g_string_append (out, json_node_get_boolean (node) ? "true" : "false");
      break;
    case G_TYPE_INT64:
      g_string_append_printf (out, "%" G_GINT64_FORMAT, json_node_get_int (node));
      break;
    default:
      write_double (out, json_node_get_double (node));
    }
}

static void
newline (GString *out,
         guint    indent)
{
  g_string_append_c (out, '\n');
  for (guint i = 0; i < indent; i++)
    g_string_append (out, "  ");
}

/* Written flat when it has no container inside and is short. */
static gboolean
is_flat (JsonNode *node)
{
  g_autoptr(GList) values = NULL;

  if (JSON_NODE_HOLDS_OBJECT (node))
    values = json_object_get_values (json_node_get_object (node));
  else
    values = json_array_get_elements (json_node_get_array (node));
  for (GList *l = values; l != NULL; l = l->next)
    if (JSON_NODE_HOLDS_OBJECT (l->data) || JSON_NODE_HOLDS_ARRAY (l->data))
      return FALSE;
  return TRUE;
}

static void
write_container (GString  *out,
                 JsonNode *node,
                 guint     indent,
                 gboolean  multi_line)
{
  gboolean is_object = JSON_NODE_HOLDS_OBJECT (node);
  guint n;

  g_string_append_c (out, is_object ? '{' : '[');
  if (is_object)
    {
      JsonObjectIter iter;
      const char *name;
      JsonNode *value;
      guint i = 0;

      n = json_object_get_size (json_node_get_object (node));
      json_object_iter_init_ordered (&iter, json_node_get_object (node));
      while (json_object_iter_next_ordered (&iter, &name, &value))
        {
          if (multi_line)
            newline (out, indent + 1);
          else
            g_string_append_c (out, ' ');
          write_string (out, name);
          g_string_append (out, ": ");
          write_node (out, value, indent + 1);
          if (++i < n)
            g_string_append_c (out, ',');
        }
    }
  else
    {
      JsonArray *array = json_node_get_array (node);

      n = json_array_get_length (array);
      for (guint i = 0; i < n; i++)
        {
          if (multi_line)
            newline (out, indent + 1);
          write_node (out, json_array_get_element (array, i), indent + 1);
          if (i + 1 < n)
            g_string_append (out, multi_line ? "," : ", ");
        }
    }
  if (multi_line && n > 0)
    newline (out, indent);
  else if (is_object && n > 0)
    g_string_append_c (out, ' ');
  g_string_append_c (out, is_object ? '}' : ']');
}

static void
write_node (GString  *out,
            JsonNode *node,
            guint     indent)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_NULL:
      g_string_append (out, "null");
      break;
    case JSON_NODE_VALUE:
      write_value (out, node);
      break;
    case JSON_NODE_OBJECT:
    case JSON_NODE_ARRAY:
    default:
      {
        gsize start = out->len;

        if (is_flat (node))
          {
            write_container (out, node, indent, FALSE);
            if (out->len - start + indent * 2 <= ONE_LINE_MAX)
              return;
            g_string_truncate (out, start);
          }
        write_container (out, node, indent, TRUE);
      }
    }
}

/**
 * _parity_json_write:
 *
 * Returns: (transfer full): the document, ending with a newline
 */
char *
_parity_json_write (JsonNode *root)
{
  GString *out = g_string_new (NULL);

  write_node (out, root, 0);
  g_string_append_c (out, '\n');
  return g_string_free (out, FALSE);
}

/**
 * _parity_json_deep_copy:
 *
 * json_node_copy() shares objects and arrays with the original, and a parser's nodes are
 * sealed; an editable chart needs a tree of its own.
 *
 * Returns: (transfer full): an unsealed copy of the whole tree
 */
JsonNode *
_parity_json_deep_copy (JsonNode *node)
{
  JsonNode *copy;

  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObject *object = json_object_new ();
        JsonObjectIter iter;
        const char *name;
        JsonNode *value;

        json_object_iter_init_ordered (&iter, json_node_get_object (node));
        while (json_object_iter_next_ordered (&iter, &name, &value))
          json_object_set_member (object, name, _parity_json_deep_copy (value));
        copy = json_node_init_object (json_node_alloc (), object);
        json_object_unref (object);
        return copy;
      }
    case JSON_NODE_ARRAY:
      {
        JsonArray *src = json_node_get_array (node);
        JsonArray *array = json_array_sized_new (json_array_get_length (src));

        for (guint i = 0; i < json_array_get_length (src); i++)
          json_array_add_element (array, _parity_json_deep_copy (json_array_get_element (src, i)));
        copy = json_node_init_array (json_node_alloc (), array);
        json_array_unref (array);
        return copy;
      }
    case JSON_NODE_VALUE:
      switch (json_node_get_value_type (node))
        {
        case G_TYPE_STRING:
          return json_node_init_string (json_node_alloc (), json_node_get_string (node));
        case G_TYPE_BOOLEAN:
          return json_node_init_boolean (json_node_alloc (), json_node_get_boolean (node));
        case G_TYPE_INT64:
          return json_node_init_int (json_node_alloc (), json_node_get_int (node));
        default:
          return json_node_init_double (json_node_alloc (), json_node_get_double (node));
        }
    case JSON_NODE_NULL:
    default:
      return json_node_init_null (json_node_alloc ());
    }
}
