/* parity-json-scan.c
 *
 * json-glib 1.6 accepts JSON that RFC 8259 does not (single quotes, comments, raw control
 * characters in strings, "01", "2.", hex numbers, a second top-level value), reports some
 * errors at the wrong place, and recurses once per nesting level. This scanner walks the
 * document once, without recursion, and stops at the first departure from the grammar with
 * a message that says where and what; only then does json-glib build the tree.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "parity-error.h"
#include "parity-json-scan.h"
#include "parity-load-hooks.h"

typedef struct
{
  const char  *data;
  gsize        len;
  gsize        pos;
  const char  *display_name;
  GError     **error;
} Scanner;

/* Line and column (1-based, the column in characters) of a byte offset. */
void
_parity_text_locate (const char *data,
                     gsize       offset,
                     guint      *line,
                     guint      *column)
{
  gsize line_start = 0;

  *line = 1;
  for (gsize i = 0; i < offset; i++)
    if (data[i] == '\n')
      {
        (*line)++;
        line_start = i + 1;
      }
  *column = 1;
  for (gsize i = line_start; i < offset; i++)
    if (((guchar)data[i] & 0xC0) != 0x80)
      (*column)++;
}

/* How often a monitored scan reports and checks for cancellation. */
#define MILESTONE_BYTES (1024 * 1024)

static gboolean G_GNUC_PRINTF (3, 4)
fail_at (Scanner    *s,
         gsize       offset,
         const char *format,
         ...)
{
  g_autofree char *message = NULL;
  guint line, column;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  _parity_text_locate (s->data, MIN (offset, s->len), &line, &column);
  g_set_error (s->error, PARITY_ERROR, PARITY_ERROR_SYNTAX, "%s:%u:%u: %s", s->display_name,
               line, column, message);
  return FALSE;
}

/* How a character is shown in a message: 'x', or U+000A for the invisible ones. */
static char *
describe_char (Scanner *s,
               gsize    offset)
{
  gunichar c;

  if (offset >= s->len)
    /* Translators: shown for %s in “expected a value…, found %s” and the like. */
    return g_strdup (_("the end of the file"));
  c = g_utf8_get_char (s->data + offset);
  if (g_unichar_isgraph (c))
    {
      char buf[8] = { 0 };

      g_unichar_to_utf8 (c, buf);
      return g_strdup_printf ("'%s'", buf);
    }
  return g_strdup_printf ("U+%04X", c);
}

static void
skip_space (Scanner *s)
{
  while (s->pos < s->len)
    {
      char c = s->data[s->pos];

      if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
        return;
      s->pos++;
    }
}

/* The four hexadecimal digits of a "\\uXXXX" escape that starts at @at. */
static gboolean
read_unit (Scanner *s,
           gsize    at,
           guint   *unit)
{
  *unit = 0;
  if (at + 6 > s->len || s->data[at] != '\\' || s->data[at + 1] != 'u')
    return FALSE;
  for (int i = 2; i < 6; i++)
    {
      if (!g_ascii_isxdigit (s->data[at + i]))
        return FALSE;
      *unit = *unit * 16 + g_ascii_xdigit_value (s->data[at + i]);
    }
  return TRUE;
}

static gboolean
scan_string (Scanner *s)
{
  gsize start = s->pos++;

  while (s->pos < s->len)
    {
      guchar c = s->data[s->pos];

      if (c == '"')
        {
          if (s->pos - start - 1 > PARITY_JSON_MAX_STRING)
            return fail_at (s, start,
                            /* Translators: a length in bytes, then the largest in MiB. */
                            _("the string that starts here is %lu bytes long, longer than "
                              "Parity reads (at most %d MiB)"),
                            (gulong)(s->pos - start - 1), PARITY_JSON_MAX_STRING / (1024 * 1024));
          s->pos++;
          return TRUE;
        }
      if (c == '\n' || c == '\r')
        return fail_at (s, start, _("the string that starts here is not closed on its line"));
      if (c < 0x20)
        return fail_at (s, s->pos,
                        /* Translators: U+%04X is a character's code, \\u%04X how JSON writes it. */
                        _("a control character (U+%04X) in a string must be escaped "
                          "as \\u%04X"), c, c);
      if (c == '\\')
        {
          char e = s->pos + 1 < s->len ? s->data[s->pos + 1] : '\0';

          if (e == 'u')
            {
              guint unit;

              if (!read_unit (s, s->pos, &unit))
                return fail_at (s, s->pos, _("\\u must be followed by four hexadecimal digits"));
              /* JSON's grammar lets a lone UTF-16 surrogate through, but it is no character:
               * json-glib would turn it into invalid UTF-8. */
              if (unit >= 0xD800 && unit <= 0xDFFF)
                {
                  guint low;

                  if (unit >= 0xDC00 || !read_unit (s, s->pos + 6, &low) || low < 0xDC00 ||
                      low > 0xDFFF)
                    return fail_at (s, s->pos,
                                    /* Translators: \\u%04X is the escape as written in the
                                       file, e.g. \\uDE00. */
                                    _("\\u%04X is half of a UTF-16 surrogate pair without "
                                      "its other half: it is not a character"), unit);
                  s->pos += 6;
                }
              s->pos += 6;
              continue;
            }
          if (e == '\0' || strchr ("\"\\/bfnrt", e) == NULL)
            {
              g_autofree char *what = describe_char (s, s->pos + 1);

              return fail_at (s, s->pos,
                              /* Translators: %s is the character found, such as 'x' or U+0009;
                                 the escapes in parentheses are written as they are in JSON. */
                              _("invalid escape: a backslash followed by %s (use \\\" "
                                "\\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX)"), what);
            }
          s->pos += 2;
          continue;
        }
      s->pos++;
    }
  return fail_at (s, start, _("the string that starts here is not closed"));
}

static gboolean
scan_digits (Scanner    *s,
             const char *after)
{
  gsize start = s->pos;

  while (s->pos < s->len && g_ascii_isdigit (s->data[s->pos]))
    s->pos++;
  if (s->pos == start)
    {
      g_autofree char *what = describe_char (s, s->pos);

      return fail_at (s, s->pos,
                      /* Translators: the first %s says where (“after the decimal point”…),
                         the second is the character found, such as 'x'. */
                      _("invalid number: expected a digit %s, found %s"), _(after), what);
    }
  return TRUE;
}

/* -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)? */
static gboolean
scan_number (Scanner *s)
{
  gsize start = s->pos;

  if (s->data[s->pos] == '-')
    s->pos++;
  if (s->pos < s->len && s->data[s->pos] == '0')
    {
      s->pos++;
      if (s->pos < s->len && (g_ascii_isdigit (s->data[s->pos]) || s->data[s->pos] == 'x' ||
                              s->data[s->pos] == 'X'))
        return fail_at (s, start, _("invalid number: no leading zeros or hexadecimal in JSON"));
    }
  else if (!scan_digits (s, s->data[start] == '-'
                                /* Translators: completes “invalid number: expected a digit %s,
                                   found %s”. */
                                ? N_("after '-'") : N_("to start the number")))
    return FALSE;
  if (s->pos < s->len && s->data[s->pos] == '.')
    {
      s->pos++;
      if (!scan_digits (s, N_("after the decimal point")))
        return FALSE;
    }
  if (s->pos < s->len && (s->data[s->pos] == 'e' || s->data[s->pos] == 'E'))
    {
      s->pos++;
      if (s->pos < s->len && (s->data[s->pos] == '+' || s->data[s->pos] == '-'))
        s->pos++;
      if (!scan_digits (s, N_("in the exponent")))
        return FALSE;
    }
  return TRUE;
}

static gboolean
scan_word (Scanner *s)
{
  static const char * const words[] = { "true", "false", "null" };
  gsize start = s->pos;

  while (s->pos < s->len && (g_ascii_isalnum (s->data[s->pos]) || s->data[s->pos] == '_'))
    s->pos++;
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (s->pos - start == strlen (words[i]) && memcmp (s->data + start, words[i], s->pos - start) == 0)
      return TRUE;
  if (s->pos == start)
    {
      g_autofree char *what = describe_char (s, start);

      return fail_at (s, start,
                      /* Translators: keep true, false and null: they are JSON words. %s is what
                         was found, such as 'x' or “the end of the file”. */
                      _("expected a value (a string, number, object, array, true, false "
                        "or null), found %s"), what);
    }
  return fail_at (s, start,
                  /* Translators: %.*s is the word found; keep true, false and null. */
                  _("unknown word '%.*s' (JSON has only true, false and null, in "
                    "lower case; text goes in double quotes)"), (int)MIN (s->pos - start, 40),
                  s->data + start);
}

/* A scalar value, or the opening bracket of a container, which the caller pushes. */
static gboolean
scan_scalar (Scanner *s)
{
  char c = s->data[s->pos];

  if (c == '"')
    return scan_string (s);
  if (c == '-' || g_ascii_isdigit (c))
    return scan_number (s);
  if (c == '\'')
    return fail_at (s, s->pos, _("strings take double quotes in JSON, not single quotes"));
  if (c == '/')
    return fail_at (s, s->pos, _("JSON has no comments"));
  return scan_word (s);
}

gboolean
_parity_json_scan (const char  *data,
                   gsize        len,
                   const char  *display_name,
                   GError     **error)
{
  Scanner s = { data, len, 0, display_name, error };
  g_autoptr(GArray) open = g_array_new (FALSE, FALSE, sizeof (gsize));  /* where each opened */
  enum { VALUE, FIRST_MEMBER, MEMBER, COLON, NEXT } expect = VALUE;
  gsize comma = 0, milestone = MILESTONE_BYTES;
  guint64 n_elements = 0;

  for (;;)
    {
      char c;

      skip_space (&s);
      /* For a monitored load: how far, and whether to go on. */
      if (s.pos >= milestone)
        {
          milestone += MILESTONE_BYTES;
          _parity_load_report (0.05 + 0.1 * s.pos / len);
          if (_parity_load_cancelled (error))
            return FALSE;
        }
      if (s.pos >= len)
        {
          guint line, column;
          gsize opened;

          if (open->len == 0 && expect == NEXT)
            {
              _parity_load_set_elements (n_elements);
              return TRUE;
            }
          if (open->len == 0)
            return fail_at (&s, s.pos, _("the file ends where a value was expected"));
          opened = g_array_index (open, gsize, open->len - 1);
          _parity_text_locate (data, opened, &line, &column);
          return fail_at (&s, s.pos, data[opened] == '{'
                          /* Translators: %u:%u is the line and column where it opened. */
                          ? _("the file ends before the object opened at %u:%u is closed")
                          : _("the file ends before the array opened at %u:%u is closed"),
                          line, column);
        }
      c = data[s.pos];

      switch (expect)
        {
        case VALUE:
          if (open->len > 0 && data[g_array_index (open, gsize, open->len - 1)] == '[')
            n_elements++;
          if (c == '{' || c == '[')
            {
              if (open->len >= PARITY_JSON_MAX_DEPTH)
                return fail_at (&s, s.pos, _("the document nests deeper than %d levels"),
                                PARITY_JSON_MAX_DEPTH);
              g_array_append_val (open, s.pos);
              s.pos++;
              expect = c == '{' ? FIRST_MEMBER : VALUE;
              if (c == '[')
                {
                  skip_space (&s);
                  if (s.pos < len && data[s.pos] == ']')
                    {
                      g_array_set_size (open, open->len - 1);
                      s.pos++;
                      expect = NEXT;
                    }
                }
              continue;
            }
          if (c == ']' || c == '}')
            return fail_at (&s, s.pos, _("expected a value, found '%c'"), c);
          if (!scan_scalar (&s))
            return FALSE;
          expect = NEXT;
          continue;

        case FIRST_MEMBER:
        case MEMBER:
          if (c == '}' && expect == FIRST_MEMBER)
            {
              g_array_set_size (open, open->len - 1);
              s.pos++;
              expect = NEXT;
              continue;
            }
          if (c == '}')
            return fail_at (&s, comma, _("a comma before '}' is not allowed in JSON (trailing "
                              "comma)"));
          if (c == '\'' || c == '/')
            return scan_scalar (&s);  /* says what is wrong with quotes and comments */
          if (c != '"')
            {
              g_autofree char *what = describe_char (&s, s.pos);

              return fail_at (&s, s.pos,
                              /* Translators: %s is the character found, such as 'x'. */
                              _("expected a member name in double quotes, found %s"),
                              what);
            }
          if (!scan_string (&s))
            return FALSE;
          expect = COLON;
          continue;

        case COLON:
          if (c != ':')
            {
              g_autofree char *what = describe_char (&s, s.pos);

              return fail_at (&s, s.pos, _("expected ':' after the member name, found %s"), what);
            }
          s.pos++;
          expect = VALUE;
          continue;

        case NEXT:
        default:
          if (open->len == 0)
            {
              g_autofree char *what = describe_char (&s, s.pos);

              return fail_at (&s, s.pos,
                              /* Translators: %s is the character found, such as 'x'. */
                              _("unexpected %s after the end of the JSON document"),
                              what);
            }
          {
            gboolean in_object = data[g_array_index (open, gsize, open->len - 1)] == '{';
            char close = in_object ? '}' : ']';

            if (c == ',')
              {
                comma = s.pos++;
                expect = in_object ? MEMBER : VALUE;
                if (!in_object)
                  {
                    skip_space (&s);
                    if (s.pos < len && data[s.pos] == ']')
                      return fail_at (&s, comma, _("a comma before ']' is not allowed in JSON "
                                        "(trailing comma)"));
                  }
                continue;
              }
            if (c == close)
              {
                g_array_set_size (open, open->len - 1);
                s.pos++;
                continue;
              }
            {
              g_autofree char *what = describe_char (&s, s.pos);

              return fail_at (&s, s.pos, in_object
                              /* Translators: '%c' is '}' or ']'; %s is the character found, such
                                 as 'x', then %s is “ (a comma is missing)” or nothing. */
                              ? _("expected ',' or '%c' after a member, found %s%s")
                              : _("expected ',' or '%c' after an element, found %s%s"),
                              close, what,
                              /* Translators: ends “expected ',' or '}' after a member, found
                                 'x'”: note the space before it. */
                              strchr ("\"{[-0123456789tfn", c) ? _(" (a comma is missing)") : "");
            }
          }
        }
    }
}
