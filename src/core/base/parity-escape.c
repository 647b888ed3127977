/* parity-escape.c
 *
 * Names, units and notes come from files that arrive by e-mail, and what Parity writes from
 * them is opened in spreadsheets and rendered as Markdown.
 *
 * CSV: a spreadsheet runs a cell that starts with "=", "+", "-" or "@" as a formula (and some
 * do after a tab or carriage return), so =HYPERLINK("http://x","click") in a name would
 * become a live link. As OWASP recommends for CSV injection, such a text cell is written
 * with a leading apostrophe, which spreadsheets show as text; a cell that is a plain number
 * ("-5", "+1.5e3") is no formula and is left alone, and so is every value column. The
 * full-width forms of those characters are included: some spreadsheets fold them.
 *
 * Markdown: every character CommonMark gives a meaning inside a line is escaped with a
 * backslash ("\" itself, emphasis, code, links, raw HTML, table cells, strikethrough,
 * entities), line breaks become spaces, and at the start of a line what would open a block
 * (a list item, a quote, a heading, a rule) is escaped too.
 *
 * A terminal: a name holding an escape sequence could rewrite the screen or the window title
 * when an error quotes it, and a bidirectional override reorders the rest of the line.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include <math.h>
#include <string.h>

#include "parity-escape.h"

/* A whole number in the C locale, as strtod reads it, without hex, inf or nan. */
static gboolean
is_plain_number (const char *text)
{
  char *end = NULL;
  double value;

  if (strpbrk (text, "xXiInN") != NULL)
    return FALSE;
  value = g_ascii_strtod (text, &end);
  return end != text && *end == '\0' && isfinite (value);
}

/**
 * parity_csv_is_formula:
 *
 * Returns: whether a spreadsheet could read @text as a formula: it starts with "=", "+",
 *   "-", "@", a tab or a carriage return (or a full-width "＝", "＋", "－", "＠"), and is
 *   not a plain number
 */
gboolean
parity_csv_is_formula (const char *text)
{
  static const char * const wide[] = { "\xef\xbc\x9d", "\xef\xbc\x8b", "\xef\xbc\x8d",
                                       "\xef\xbc\xa0" };

  if (text == NULL || text[0] == '\0')
    return FALSE;
  if (strchr ("=+-@\t\r", text[0]) != NULL)
    return !is_plain_number (text);
  for (guint i = 0; i < G_N_ELEMENTS (wide); i++)
    if (g_str_has_prefix (text, wide[i]))
      return TRUE;
  return FALSE;
}

/**
 * parity_csv_append_field:
 * @text: (nullable): the cell, %NULL for an empty one
 * @is_text: whether the column holds text, which is neutralised when it could be a formula;
 *   a value column is written as it is
 *
 * Appends one RFC 4180 field: quoted when it holds a comma, a quote or a line break, quotes
 * doubled.
 */
void
parity_csv_append_field (GString    *out,
                         const char *text,
                         gboolean    is_text)
{
  gboolean formula = is_text && parity_csv_is_formula (text);

  if (text == NULL)
    return;
  if (formula || strpbrk (text, ",\"\r\n") != NULL)
    {
      g_string_append_c (out, '"');
      if (formula)
        g_string_append_c (out, '\'');
      for (const char *p = text; *p; p++)
        {
          if (*p == '"')
            g_string_append_c (out, '"');
          g_string_append_c (out, *p);
        }
      g_string_append_c (out, '"');
    }
  else
    g_string_append (out, text);
}

/* "1." or "12)" opens an ordered list at the start of a line. */
static gboolean
opens_ordered_list (const char *p)
{
  while (g_ascii_isdigit (*p))
    p++;
  return *p == '.' || *p == ')';
}

/**
 * parity_markdown_append_text:
 * @text: (nullable): text from the dataset
 * @line_start: whether @text starts a line (a paragraph, a heading's text), where a block
 *   could open; in a table cell or after other text it cannot
 *
 * Appends @text so that CommonMark (and GitHub's tables) render it as the same text, on one
 * line, with no markup, link or HTML of its own.
 */
void
parity_markdown_append_text (GString    *out,
                             const char *text,
                             gboolean    line_start)
{
  if (text == NULL)
    return;
  if (line_start)
    {
      while (*text == ' ' || *text == '\t' || *text == '\r' || *text == '\n')
        text++;
      /* "-", "+", "=" open lists, rules and headings; "1." an ordered list. */
      if (strchr ("-+=", *text) != NULL && *text != '\0')
        g_string_append_c (out, '\\');
      else if (g_ascii_isdigit (*text) && opens_ordered_list (text))
        {
          while (g_ascii_isdigit (*text))
            g_string_append_c (out, *text++);
          g_string_append_c (out, '\\');
        }
    }
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '\r' || *p == '\n' || *p == '\t')
        {
          if (out->len > 0 && out->str[out->len - 1] != ' ')
            g_string_append_c (out, ' ');
          continue;
        }
      if (strchr ("\\`*_[]<>|#~&", *p) != NULL)
        g_string_append_c (out, '\\');
      g_string_append_c (out, *p);
    }
}

/**
 * parity_escape_controls:
 * @text: text to show in a terminal or a log, valid UTF-8 or not
 *
 * Returns: (transfer full): @text as valid UTF-8 with every control character but line
 *   feed and tab, every formatting character (bidirectional overrides, zero-width joiners)
 *   and every line or paragraph separator replaced by U+FFFD
 */
char *
parity_escape_controls (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text != NULL ? text : "", -1);
  GString *out = g_string_sized_new (strlen (valid));

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      switch (g_unichar_type (c))
        {
        case G_UNICODE_CONTROL:
          if (c == '\n' || c == '\t')
            break;
          G_GNUC_FALLTHROUGH;
        case G_UNICODE_FORMAT:
        case G_UNICODE_LINE_SEPARATOR:
        case G_UNICODE_PARAGRAPH_SEPARATOR:
          c = 0xFFFD;
          break;
        default:
          break;
        }
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}
