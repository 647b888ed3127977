/* parity-number-format.c
 *
 * English conventions for now (group separator ",", decimal point "."); the per-language
 * CLDR rules arrive with the languages work, behind these two functions.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include <math.h>
#include <string.h>

#include "parity-number-format.h"

#define MINUS_SIGN "\xE2\x88\x92"            /* U+2212, not a hyphen */
#define NARROW_NO_BREAK_SPACE "\xE2\x80\xAF"  /* U+202F, between a number and its unit */

char *
parity_format_number (double      value,
                      guint       decimals,
                      const char *lang)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE + 8];
  GString *out = g_string_new (NULL);
  const char *digits, *point;
  gsize int_len;

  if (!isfinite (value))
    {
      g_string_append (out, "–");
      return g_string_free (out, FALSE);
    }
  /* -0.04 with one decimal is "0.0", not "−0.0". */
  if (fabs (value) < 0.5 * pow (10, -(double)decimals))
    value = 0;
  g_snprintf (buffer, sizeof buffer, "%.*f", (int)MIN (decimals, 12), fabs (value));
  if (value < 0)
    g_string_append (out, MINUS_SIGN);
  digits = buffer;
  point = strchr (digits, '.');
  int_len = point ? (gsize)(point - digits) : strlen (digits);
  for (gsize i = 0; i < int_len; i++)
    {
      if (i > 0 && (int_len - i) % 3 == 0)
        g_string_append_c (out, ',');
      g_string_append_c (out, digits[i]);
    }
  if (point != NULL)
    g_string_append (out, point);
  return g_string_free (out, FALSE);
}

/* "> 95%", "≈ 100 GB/s", "53.6% e": the qualifier stays visible all the way to the label. */
char *
parity_format_value (double            value,
                     guint             decimals,
                     const ParityUnit *unit,
                     ParityQualifier   qualifier,
                     const char       *lang,
                     const char       *default_lang)
{
  g_autofree char *number = NULL;
  const char *symbol = NULL;
  GString *out = g_string_new (NULL);

  if (qualifier == PARITY_QUALIFIER_MISSING || !isfinite (value))
    {
      g_string_append (out, "no data");
      return g_string_free (out, FALSE);
    }
  number = parity_format_number (value, decimals, lang);
  if (unit != NULL)
    symbol = parity_text_get (unit->symbol, lang, default_lang);

  if (qualifier == PARITY_QUALIFIER_GREATER_THAN)
    g_string_append (out, "> ");
  else if (qualifier == PARITY_QUALIFIER_LESS_THAN)
    g_string_append (out, "< ");
  else if (qualifier == PARITY_QUALIFIER_APPROXIMATE)
    g_string_append (out, "\xE2\x89\x88 ");  /* ≈ */
  g_string_append (out, number);
  if (symbol != NULL && *symbol != '\0')
    {
      /* English writes "86.6%" but "211 kbit/s". */
      if (!g_str_equal (symbol, "%") && !g_str_equal (symbol, "\xC3\x97"))
        g_string_append (out, NARROW_NO_BREAK_SPACE);
      g_string_append (out, symbol);
    }
  if (qualifier == PARITY_QUALIFIER_ESTIMATE)
    g_string_append (out, " e");
  else if (qualifier == PARITY_QUALIFIER_FORECAST)
    g_string_append (out, " f");
  return g_string_free (out, FALSE);
}
