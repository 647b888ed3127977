/* parity-json-reader.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "parity-error.h"
#include "parity-escape.h"
#include "parity-id.h"
#include "parity-json-path.h"
#include "parity-json-reader.h"
#include "parity-json-scan.h"

void
_parity_json_reader_init (ParityJsonReader *reader,
                          const char       *file,
                          GError          **error)
{
  reader->file = file;
  reader->path = g_string_new ("$");
  reader->error = error;
}

void
_parity_json_reader_clear (ParityJsonReader *reader)
{
  if (reader->path != NULL)
    g_string_free (reader->path, TRUE);
  reader->path = NULL;
}

gsize
_parity_json_reader_push_member (ParityJsonReader *reader,
                                 const char       *member)
{
  gsize mark = reader->path->len;

  _parity_json_path_append_member (reader->path, member);
  return mark;
}

gsize
_parity_json_reader_push_index (ParityJsonReader *reader,
                                guint             index)
{
  gsize mark = reader->path->len;

  _parity_json_path_append_index (reader->path, index);
  return mark;
}

void
_parity_json_reader_pop (ParityJsonReader *reader,
                         gsize             mark)
{
  g_string_truncate (reader->path, mark);
}

static gboolean
fail_valist (ParityJsonReader *reader,
             const char       *format,
             va_list           args)
{
  g_autofree char *message = g_strdup_vprintf (format, args);

  /* Keep the first error: it is the one nearest its cause. */
  if (reader->error != NULL && *reader->error != NULL)
    return FALSE;
  g_set_error (reader->error, PARITY_ERROR, PARITY_ERROR_CONTENT,
               "%s: %s: %s", reader->file, reader->path->str, message);
  return FALSE;
}

gboolean
_parity_json_reader_fail (ParityJsonReader *reader,
                          const char       *format,
                          ...)
{
  va_list args;

  va_start (args, format);
  fail_valist (reader, format, args);
  va_end (args);
  return FALSE;
}

gboolean
_parity_json_reader_fail_at (ParityJsonReader *reader,
                             const char       *member,
                             const char       *format,
                             ...)
{
  gsize mark = _parity_json_reader_push_member (reader, member);
  va_list args;

  va_start (args, format);
  fail_valist (reader, format, args);
  va_end (args);
  _parity_json_reader_pop (reader, mark);
  return FALSE;
}

const char *
_parity_json_node_describe (JsonNode *node)
{
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return "null";
  if (JSON_NODE_HOLDS_OBJECT (node))
    /* Translators: what a JSON value is, for %s in “expected a string, found %s”. */
    return _("an object");
  if (JSON_NODE_HOLDS_ARRAY (node))
    /* Translators: what a JSON value is, for %s in “expected a string, found %s”. */
    return _("an array");
  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      /* Translators: what a JSON value is, for %s in “expected a string, found %s”. */
      return _("a string");
    case G_TYPE_BOOLEAN:
      /* Translators: what a JSON value is, for %s in “expected a string, found %s”. */
      return _("a boolean");
    default:
      /* Translators: what a JSON value is, for %s in “expected a string, found %s”. */
      return _("a number");
    }
}

gboolean
_parity_json_reader_check_members (ParityJsonReader  *reader,
                                   JsonObject        *object,
                                   const char *const *allowed)
{
  JsonObjectIter iter;
  const char *name;

  json_object_iter_init_ordered (&iter, object);
  while (json_object_iter_next_ordered (&iter, &name, NULL))
    {
      if ((name[0] == '$' && g_str_equal (name, "$schema")) ||
          (name[0] == 'x' && name[1] == '-'))
        continue;
      if (!g_strv_contains (allowed, name))
        return _parity_json_reader_fail_at (reader, name,
                                            /* Translators: %s is a JSON member name. */
                                            _("unknown member \"%s\""), name);
    }
  return TRUE;
}

gboolean
_parity_json_reader_object (ParityJsonReader *reader,
                            JsonNode         *node,
                            JsonObject      **out)
{
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    /* Translators: %s is what was found instead: “a string”, “an array”… */
    return _parity_json_reader_fail (reader, _("expected an object, found %s"),
                                     _parity_json_node_describe (node));
  *out = json_node_get_object (node);
  return TRUE;
}

/* Returns the member's node, NULL when absent; fails when absent and required. */
static JsonNode *
get_member (ParityJsonReader *reader,
            JsonObject       *object,
            const char       *member,
            gboolean          required,
            gboolean         *ok)
{
  JsonNode *node = json_object_get_member (object, member);

  *ok = TRUE;
  if (node == NULL && required)
    *ok = _parity_json_reader_fail (reader,
                                    /* Translators: %s is a JSON member name, such as "title". */
                                    _("missing required member \"%s\""), member);
  return node;
}

static gboolean
holds_type (JsonNode *node,
            GType     type)
{
  if (!JSON_NODE_HOLDS_VALUE (node))
    return FALSE;
  if (type == G_TYPE_DOUBLE)
    return json_node_get_value_type (node) == G_TYPE_DOUBLE ||
           json_node_get_value_type (node) == G_TYPE_INT64;
  return json_node_get_value_type (node) == type;
}

gboolean
_parity_json_reader_string (ParityJsonReader *reader,
                            JsonObject       *object,
                            const char       *member,
                            gboolean          required,
                            const char      **out)
{
  gboolean ok;
  JsonNode *node = get_member (reader, object, member, required, &ok);

  if (node == NULL)
    return ok;
  if (!holds_type (node, G_TYPE_STRING))
    return _parity_json_reader_fail_at (reader, member, _("expected a string, found %s"),
                                        _parity_json_node_describe (node));
  *out = json_node_get_string (node);
  return TRUE;
}

/* A token: a non-empty string without leading or trailing white space (a period, a code). */
static gboolean
is_token (const char *value)
{
  return *value != '\0' && !g_ascii_isspace (value[0]) &&
         !g_ascii_isspace (value[strlen (value) - 1]);
}

gboolean
_parity_json_reader_token (ParityJsonReader *reader,
                           JsonObject       *object,
                           const char       *member,
                           gboolean          required,
                           const char      **out)
{
  const char *value = NULL;

  if (!_parity_json_reader_string (reader, object, member, required, &value))
    return FALSE;
  if (value != NULL && !is_token (value))
    return _parity_json_reader_fail_at (reader, member,
                                        /* Translators: %s is the value found in the file. */
                                        _("\"%s\" is not an identifier (empty, or white space "
                                          "at an end)"), value);
  if (value != NULL)
    *out = value;
  return TRUE;
}

/* Up to 48 characters of @text for a message, without control or formatting characters: a
 * hostile id can be a megabyte long, or hold escape sequences for the terminal. */
static char *
quote_for_message (const char *text)
{
  g_autofree char *shown = parity_escape_controls (text);
  const char *cut = g_utf8_offset_to_pointer (shown, MIN (g_utf8_strlen (shown, -1), 48));

  return *cut == '\0' ? g_steal_pointer (&shown)
                       : g_strdup_printf ("%.*s…", (int)(cut - shown), shown);
}

/* An id: a name that becomes part of file names, so it matches parity_id_is_valid(); a
 * refusal suggests the nearest valid id. */
gboolean
_parity_json_reader_id (ParityJsonReader *reader,
                        JsonObject       *object,
                        const char       *member,
                        gboolean          required,
                        const char      **out)
{
  const char *value = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *suggestion = NULL;

  if (!_parity_json_reader_string (reader, object, member, required, &value))
    return FALSE;
  if (value == NULL || parity_id_is_valid (value))
    {
      if (value != NULL)
        *out = value;
      return TRUE;
    }
  shown = quote_for_message (value);
  suggestion = parity_id_suggest (value);
  return _parity_json_reader_fail_at (reader, member,
                                      /* Translators: the id found in the file, the longest
                                         id allowed, then a valid id made from the first. */
                                      _("\"%s\" is not an id: use letters, digits, \"-\", "
                                        "\"_\" and \".\", not a dot or dash first, at most %d "
                                        "bytes; for example \"%s\""),
                                      shown, PARITY_ID_MAX_LENGTH, suggestion);
}

gboolean
_parity_json_reader_number (ParityJsonReader *reader,
                            JsonObject       *object,
                            const char       *member,
                            gboolean          required,
                            double           *out)
{
  gboolean ok;
  JsonNode *node = get_member (reader, object, member, required, &ok);
  double value;

  if (node == NULL)
    return ok;
  if (!holds_type (node, G_TYPE_DOUBLE))
    return _parity_json_reader_fail_at (reader, member, _("expected a number, found %s"),
                                        _parity_json_node_describe (node));
  value = json_node_get_double (node);
  if (!isfinite (value))
    return _parity_json_reader_fail_at (reader, member, _("the number is out of range"));
  *out = value;
  return TRUE;
}

gboolean
_parity_json_reader_int (ParityJsonReader *reader,
                         JsonObject       *object,
                         const char       *member,
                         gboolean          required,
                         gint64            min,
                         gint64            max,
                         gint64           *out)
{
  gboolean ok;
  JsonNode *node = get_member (reader, object, member, required, &ok);
  gint64 value;

  if (node == NULL)
    return ok;
  if (holds_type (node, G_TYPE_DOUBLE) && !holds_type (node, G_TYPE_INT64))
    return _parity_json_reader_fail_at (reader, member, _("expected a whole number, found %g"),
                                        json_node_get_double (node));
  if (!holds_type (node, G_TYPE_INT64))
    return _parity_json_reader_fail_at (reader, member, _("expected a whole number, found %s"),
                                        _parity_json_node_describe (node));
  value = json_node_get_int (node);
  if (value < min || value > max)
    return _parity_json_reader_fail_at (reader, member,
                                        /* Translators: a whole number found in the file, then
                                           the smallest and the largest allowed. */
                                        _("%lld is out of range (%lld to %lld)"),
                                        (long long)value, (long long)min, (long long)max);
  *out = value;
  return TRUE;
}

gboolean
_parity_json_reader_array (ParityJsonReader *reader,
                           JsonObject       *object,
                           const char       *member,
                           gboolean          required,
                           JsonArray       **out)
{
  gboolean ok;
  JsonNode *node = get_member (reader, object, member, required, &ok);

  if (node == NULL)
    return ok;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return _parity_json_reader_fail_at (reader, member, _("expected an array, found %s"),
                                        _parity_json_node_describe (node));
  *out = json_node_get_array (node);
  return TRUE;
}

gboolean
_parity_json_reader_member_object (ParityJsonReader *reader,
                                   JsonObject       *object,
                                   const char       *member,
                                   gboolean          required,
                                   JsonObject      **out)
{
  gboolean ok;
  JsonNode *node = get_member (reader, object, member, required, &ok);

  if (node == NULL)
    return ok;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return _parity_json_reader_fail_at (reader, member, _("expected an object, found %s"),
                                        _parity_json_node_describe (node));
  *out = json_node_get_object (node);
  return TRUE;
}

/* A text is drawn on a chart: a label, a title, a note. Past this it is not one, and laying
 * it out would take long for nothing. */
#define TEXT_MAX_CHARS 4000

static gboolean
check_text_length (ParityJsonReader *reader,
                   const char       *member,
                   const char       *value)
{
  glong n = g_utf8_strlen (value, -1);

  if (n <= TEXT_MAX_CHARS)
    return TRUE;
  return _parity_json_reader_fail_at (reader, member,
                                      /* Translators: a number of characters, then the
                                         largest number allowed. */
                                      _("a text of %ld characters is longer than a chart can "
                                        "show (at most %d)"), n, TEXT_MAX_CHARS);
}

gboolean
_parity_json_reader_text (ParityJsonReader *reader,
                          JsonObject       *object,
                          const char       *member,
                          gboolean          required,
                          const char       *default_lang,
                          ParityText      **out)
{
  gboolean ok;
  JsonNode *node = get_member (reader, object, member, required, &ok);
  g_autoptr(ParityText) text = NULL;
  JsonObjectIter iter;  /* ordered: texts keep the file's language order */
  const char *lang;
  JsonNode *value;
  gsize mark;

  if (node == NULL)
    return ok;
  if (holds_type (node, G_TYPE_STRING))
    {
      if (!check_text_length (reader, member, json_node_get_string (node)))
        return FALSE;
      *out = parity_text_new_plain (default_lang, json_node_get_string (node));
      return TRUE;
    }
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return _parity_json_reader_fail_at (reader, member,
                                        _("expected a string or an object keyed by language tag, "
                                          "found %s"), _parity_json_node_describe (node));

  text = parity_text_new ();
  mark = _parity_json_reader_push_member (reader, member);
  json_object_iter_init_ordered (&iter, json_node_get_object (node));
  while (json_object_iter_next_ordered (&iter, &lang, &value))
    {
      if (!parity_lang_tag_is_valid (lang))
        return _parity_json_reader_fail_at (reader, lang,
                                            /* Translators: %s is the value found in the file. */
                                            _("\"%s\" is not a BCP 47 language tag"), lang);
      if (!holds_type (value, G_TYPE_STRING))
        return _parity_json_reader_fail_at (reader, lang, _("expected a string, found %s"),
                                            _parity_json_node_describe (value));
      if (!check_text_length (reader, lang, json_node_get_string (value)))
        return FALSE;
      parity_text_set (text, lang, json_node_get_string (value));
    }
  if (parity_text_get_n_langs (text) == 0)
    return _parity_json_reader_fail (reader, _("a text needs at least one language"));
  _parity_json_reader_pop (reader, mark);
  *out = g_steal_pointer (&text);
  return TRUE;
}

gboolean
_parity_json_reader_enum (ParityJsonReader  *reader,
                          JsonObject        *object,
                          const char        *member,
                          const char *const *names,
                          int               *out)
{
  const char *value = NULL;
  g_autofree char *choices = NULL;

  if (!_parity_json_reader_string (reader, object, member, FALSE, &value))
    return FALSE;
  if (value == NULL)
    return TRUE;
  for (int i = 0; names[i] != NULL; i++)
    if (g_str_equal (names[i], value))
      {
        *out = i;
        return TRUE;
      }
  choices = g_strjoinv (", ", (char **)names);
  return _parity_json_reader_fail_at (reader, member,
                                      /* Translators: the value found in the file, then the
                                         values allowed, as they are written in the file:
                                         "single", "grouped", "stacked". */
                                      _("\"%s\" is not one of %s"), value, choices);
}

/**
 * _parity_json_parse:
 * @name: the file's name, for messages
 *
 * Checks @data on the strict path (_parity_json_scan()) before json-glib builds its tree.
 *
 * Returns: (transfer full) (nullable): the parser holding the tree, or %NULL with @error set
 */
JsonParser *
_parity_json_parse (const char  *data,
                    gsize        len,
                    const char  *name,
                    GError     **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) json_error = NULL;

  if (!_parity_json_scan (data, len, name, error))
    return NULL;
  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, data, len, &json_error))
    {
      g_set_error (error, PARITY_ERROR, PARITY_ERROR_SYNTAX, "%s: %s", name,
                   json_error->message);
      return NULL;
    }
  return g_steal_pointer (&parser);
}
