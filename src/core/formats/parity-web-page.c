/* parity-web-page.c: a web page or an XML document where data was expected
 *
 * A download that failed often saves the server's error page under the name the data would
 * have had: a World Bank "Error 404" page as ts.json. Read as CSV it gives a baffling
 * message; recognised, it says what happened and quotes the page's title, which usually
 * says why. Every scan here is bounded: the fuzzer feeds this any bytes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "parity-error.h"
#include "parity-loader-private.h"

/* How far into the document the <html> and <title> tags are looked for. */
#define SCAN_BYTES 65536
/* The longest title quoted, in characters. */
#define TITLE_CHARS 80
/* The longest raw title read, in bytes, before decoding. */
#define TITLE_BYTES 1024

/* Where @needle starts in @data[0..len), ignoring ASCII case, or NULL. */
static const char *
find_caseless (const char *data,
               gsize       len,
               const char *needle)
{
  gsize n = strlen (needle);

  for (gsize i = 0; n <= len && i <= len - n; i++)
    if (g_ascii_strncasecmp (data + i, needle, n) == 0)
      return data + i;
  return NULL;
}

static gboolean
has_prefix_caseless (const char *data,
                     gsize       len,
                     const char *prefix)
{
  gsize n = strlen (prefix);

  return len >= n && g_ascii_strncasecmp (data, prefix, n) == 0;
}

/* One character reference at @p ("&amp;", "&#8211;", "&#x2013;"): appended to @out and
 * the length read returned, or 0 when it is none that is known. */
static gsize
decode_entity (const char *p,
               const char *end,
               GString    *out)
{
  static const struct { const char *name; gunichar c; } named[] = {
    { "&amp;", '&' }, { "&lt;", '<' }, { "&gt;", '>' }, { "&quot;", '"' },
    { "&apos;", '\'' }, { "&nbsp;", ' ' }, { "&ndash;", 0x2013 }, { "&mdash;", 0x2014 },
  };
  const char *semi;
  gunichar c = 0;

  for (guint i = 0; i < G_N_ELEMENTS (named); i++)
    if (has_prefix_caseless (p, end - p, named[i].name))
      {
        g_string_append_unichar (out, named[i].c);
        return strlen (named[i].name);
      }
  if (end - p < 4 || p[1] != '#')
    return 0;
  semi = memchr (p, ';', MIN (end - p, 12));
  if (semi == NULL)
    return 0;
  for (const char *d = p + 2 + (p[2] == 'x' || p[2] == 'X'); d < semi; d++)
    {
      int digit = (p[2] == 'x' || p[2] == 'X') ? g_ascii_xdigit_value (*d)
                                               : g_ascii_digit_value (*d);
      if (digit < 0 || c > 0x10FFFF)
        return 0;
      c = c * ((p[2] == 'x' || p[2] == 'X') ? 16 : 10) + digit;
    }
  if (c == 0 || !g_unichar_validate (c))
    return 0;
  g_string_append_unichar (out, c);
  return semi + 1 - p;
}

/* The text of @data's <title>, decoded, on one line, without control characters and cut
 * to TITLE_CHARS; NULL when there is none or it is blank. */
static char *
page_title (const char *data,
            gsize       len)
{
  const char *open = find_caseless (data, MIN (len, SCAN_BYTES), "<title");
  const char *start, *end, *close;
  g_autoptr(GString) decoded = g_string_new (NULL);
  g_autoptr(GString) clean = g_string_new (NULL);

  if (open == NULL)
    return NULL;
  start = memchr (open, '>', data + len - open);
  if (start == NULL)
    return NULL;
  start++;
  end = start + MIN ((gsize)(data + len - start), TITLE_BYTES);
  close = find_caseless (start, end - start, "</title");
  if (close != NULL)
    end = close;
  for (const char *p = start; p < end;)
    {
      gsize used = *p == '&' ? decode_entity (p, end, decoded) : 0;

      if (used == 0)
        g_string_append_c (decoded, *p++);
      else
        p += used;
    }
  /* The raw cut may split a character: keep the valid part. */
  {
    const char *valid_end;

    g_utf8_validate (decoded->str, decoded->len, &valid_end);
    g_string_truncate (decoded, valid_end - decoded->str);
  }
  for (const char *p = decoded->str; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        {
          if (clean->len > 0 && clean->str[clean->len - 1] != ' ')
            g_string_append_c (clean, ' ');
        }
      else if (!g_unichar_iscntrl (c) && g_unichar_type (c) != G_UNICODE_FORMAT)
        g_string_append_unichar (clean, c);
    }
  if (clean->len > 0 && clean->str[clean->len - 1] == ' ')
    g_string_truncate (clean, clean->len - 1);
  if (clean->len == 0)
    return NULL;
  if (g_utf8_strlen (clean->str, -1) > TITLE_CHARS)
    {
      g_string_truncate (clean, g_utf8_offset_to_pointer (clean->str, TITLE_CHARS - 1) -
                                clean->str);
      g_string_append (clean, "…");
    }
  return g_string_free (g_steal_pointer (&clean), FALSE);
}

/**
 * _parity_web_page_refuse:
 * @data: the document, valid UTF-8, from its first character that is not a space
 *
 * Returns: %TRUE, with @error set, when @data is a web page or an XML document
 */
gboolean
_parity_web_page_refuse (const char  *data,
                         gsize        len,
                         const char  *display_name,
                         GError     **error)
{
  gboolean html;
  g_autofree char *title = NULL;

  if (has_prefix_caseless (data, len, "<!doctype html") || has_prefix_caseless (data, len, "<html"))
    html = TRUE;
  else if (has_prefix_caseless (data, len, "<?xml"))
    html = find_caseless (data, MIN (len, SCAN_BYTES), "<html") != NULL;
  else
    return FALSE;

  if (!html)
    {
      g_set_error (error, PARITY_ERROR, PARITY_ERROR_UNSUPPORTED,
                   /* Translators: %s is the file name. */
                   _("%s: the file is an XML document, not data"), display_name);
      return TRUE;
    }
  title = page_title (data, len);
  if (title != NULL)
    g_set_error (error, PARITY_ERROR, PARITY_ERROR_UNSUPPORTED,
                 /* Translators: %1$s is the file name, %2$s the title of the web page that
                    a server sent instead of data, e.g. “World Bank API – Error 404”. */
                 _("%1$s: the server returned a web page, not data: “%2$s”"), display_name,
                 title);
  else
    g_set_error (error, PARITY_ERROR, PARITY_ERROR_UNSUPPORTED,
                 /* Translators: %s is the file name. */
                 _("%s: the server returned a web page, not data"), display_name);
  return TRUE;
}
