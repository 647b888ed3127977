/* parity-number-format.c
 *
 * Numbers follow the chart's language through ICU's CLDR data: decimal and grouping
 * separators, the percent pattern, the minus sign and the digits themselves (Arabic-Indic
 * for "ar", Latin for "ar-u-nu-latn").
 *
 * English numbers, which most figures are drawn with, are written here without ICU, the
 * way ICU writes them (test-number-format compares the two): the shortest decimal that
 * reads back as the double, rounded half to even, grouped by threes with commas. ICU and
 * the C++ runtime it brings are then loaded only by a chart that needs them
 * (parity-icu.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parity-chart-words.h"
#include "parity-icu.h"
#include "parity-number-format.h"
#include "parity-text.h"

#define NARROW_NO_BREAK_SPACE "\xE2\x80\xAF"  /* U+202F, between a number and its unit */
#define NO_BREAK_SPACE "\xC2\xA0"

static void
formatter_free (gpointer data)
{
  parity_icu_get ()->unumf_close (data);
}

static void
cache_free (gpointer data)
{
  g_hash_table_unref (data);
}

/* Formatters are costly to open and not thread-safe to share: one cache per thread. */
static GPrivate cache_key = G_PRIVATE_INIT (cache_free);

static UNumberFormatter *
get_formatter (const char *lang,
               const char *skeleton)
{
  const ParityIcu *icu = parity_icu_get ();
  GHashTable *cache = g_private_get (&cache_key);
  g_autofree char *key = NULL;
  UNumberFormatter *formatter;
  UErrorCode status = U_ZERO_ERROR;
  g_autofree gunichar2 *uskeleton = NULL;
  char locale[ULOC_FULLNAME_CAPACITY];
  glong len = 0;

  if (icu == NULL)
    return NULL;
  if (cache == NULL)
    {
      cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, formatter_free);
      g_private_set (&cache_key, cache);
    }
  key = g_strconcat (lang, "\x1f", skeleton, NULL);
  formatter = g_hash_table_lookup (cache, key);
  if (formatter != NULL)
    return formatter;

  icu->uloc_forLanguageTag (lang, locale, sizeof locale, NULL, &status);
  if (U_FAILURE (status))
    {
      status = U_ZERO_ERROR;
      g_strlcpy (locale, "en", sizeof locale);
    }
  uskeleton = g_utf8_to_utf16 (skeleton, -1, NULL, &len, NULL);
  formatter = icu->unumf_openForSkeletonAndLocale (uskeleton, len, locale, &status);
  if (U_FAILURE (status))
    {
      g_warning ("ICU cannot format \"%s\" for %s: %s", skeleton, locale,
                 icu->u_errorName (status));
      return NULL;
    }
  g_hash_table_insert (cache, g_steal_pointer (&key), formatter);
  return formatter;
}

static char *
format_with (const char *lang,
             const char *skeleton,
             double      value)
{
  UNumberFormatter *formatter = get_formatter (lang ? lang : "en", skeleton);
  UErrorCode status = U_ZERO_ERROR;
  const ParityIcu *icu;
  UFormattedNumber *result;
  UChar buffer[128];
  int32_t len;
  char *out;

  if (formatter == NULL)
    return g_strdup_printf ("%g", value);
  icu = parity_icu_get ();
  result = icu->unumf_openResult (&status);
  icu->unumf_formatDouble (formatter, value, result, &status);
  len = icu->unumf_resultToString (result, buffer, G_N_ELEMENTS (buffer), &status);
  icu->unumf_closeResult (result);
  if (U_FAILURE (status))
    return g_strdup_printf ("%g", value);
  out = g_utf16_to_utf8 (buffer, len, NULL, NULL, NULL);
  return out ? out : g_strdup_printf ("%g", value);
}

/* Whether format_english() writes @value as ICU would: @lang writes numbers as ICU's root
 * English does ("en", "en-US", "en-GB"; not "en-IN", in lakhs, nor "en-DE", with a decimal
 * comma), and @value and @decimals fit its buffer. */
static gboolean
english_writes (const char *lang,
                double      value,
                guint       decimals)
{
  return (lang == NULL || g_ascii_strcasecmp (lang, "en") == 0 ||
          g_ascii_strcasecmp (lang, "en-US") == 0 || g_ascii_strcasecmp (lang, "en-GB") == 0) &&
         decimals <= 12 && fabs (value) < 1e15;
}

/* @value (finite) with @decimals decimals as ICU writes it in English: ICU rounds the
 * shortest decimal that reads back as the double (not its binary expansion) half to even,
 * so 0.125 is "0.12" and 0.135 is "0.14"; a negative number keeps its sign when it rounds
 * to zero ("-0.0"), as ICU's does. */
static char *
format_english (double   value,
                guint    decimals,
                gboolean percent)
{
  char sci[40], digits[40];  /* 17 digits and a carry, or up to 16 + 12 places */
  int n = 0, point, keep;
  GString *out = g_string_new (signbit (value) ? "-" : NULL);
  guint n_int;

  value = fabs (value);
  /* The shortest %e that reads back exactly: its digits and the place of the point. */
  for (int precision = 0; precision < 17; precision++)
    {
      snprintf (sci, sizeof sci, "%.*e", precision, value);
      if (strtod (sci, NULL) == value)
        break;
    }
  digits[n++] = '0';  /* room for a carry */
  for (const char *p = sci; *p != 'e'; p++)
    if (g_ascii_isdigit (*p))
      digits[n++] = *p;
  point = atoi (strchr (sci, 'e') + 1) + 2;  /* digits before the point, with the '0' */
  keep = point + (int)decimals;
  if (keep < n)
    {
      gboolean up = FALSE;

      if (keep >= 0)
        {
          gboolean rest = FALSE;

          for (int i = keep + 1; i < n; i++)
            rest = rest || digits[i] != '0';
          up = digits[keep] > '5' || (digits[keep] == '5' &&
                                      (rest || (keep > 0 && (digits[keep - 1] - '0') % 2)));
        }
      n = MAX (keep, 0);
      for (int i = n - 1; up && i >= 0; i--)
        {
          up = digits[i] == '9';
          digits[i] = up ? '0' : digits[i] + 1;
        }
    }
  while (n < keep)
    digits[n++] = '0';
  /* The integer part, without leading zeros but one, grouped by threes. */
  {
    int first = 0;

    while (first < point - 1 && first < n && digits[first] == '0')
      first++;
    n_int = point > first ? point - first : 0;
    if (n_int == 0)
      g_string_append_c (out, '0');
    for (guint i = 0; i < n_int; i++)
      {
        if (i > 0 && (n_int - i) % 3 == 0)
          g_string_append_c (out, ',');
        g_string_append_c (out, first + (int)i < n ? digits[first + i] : '0');
      }
  }
  if (decimals > 0)
    {
      g_string_append_c (out, '.');
      for (int i = point; i < keep; i++)
        g_string_append_c (out, i >= 0 && i < n ? digits[i] : '0');
    }
  if (percent)
    g_string_append_c (out, '%');
  return g_string_free (out, FALSE);
}

/* ".0" is one decimal, exactly; "precision-integer" is none. */
static char *
precision (guint decimals)
{
  g_autofree char *zeros = NULL;

  if (decimals == 0)
    return g_strdup ("precision-integer");
  zeros = g_strnfill (MIN (decimals, 12), '0');
  return g_strconcat (".", zeros, NULL);
}

char *
parity_format_number (double      value,
                      guint       decimals,
                      const char *lang)
{
  g_autofree char *skeleton = precision (decimals);

  if (!isfinite (value))
    return g_strdup ("–");
  /* -0.04 with one decimal is "0.0", not "-0.0". */
  if (fabs (value) < 0.5 * pow (10, -(double)decimals))
    value = 0;
  if (english_writes (lang, value, decimals))
    return format_english (value, decimals, FALSE);
  return format_with (lang, skeleton, value);
}

/* Large round numbers as the language shortens them: "45K", "45 k", "45 mil", "4.5万",
 * "45 тыс.". For axis ticks, where the full digits crowd each other and add nothing. */
char *
parity_format_compact (double      value,
                       const char *lang)
{
  if (!isfinite (value))
    return g_strdup ("–");
  return format_with (lang, "compact-short", value);
}

/* French typography sets a thin (narrow) no-break space before "%"; CLDR's French percent
 * pattern in ICU 72 has a full one. */
static char *
french_percent (char *formatted,
                const char *lang)
{
  char *nbsp;

  if (lang == NULL || g_ascii_strncasecmp (lang, "fr", 2) != 0 ||
      (nbsp = strstr (formatted, NO_BREAK_SPACE "%")) == NULL)
    return formatted;
  {
    GString *out = g_string_new_len (formatted, nbsp - formatted);

    g_string_append (out, NARROW_NO_BREAK_SPACE "%");
    g_string_append (out, nbsp + strlen (NO_BREAK_SPACE "%"));
    g_free (formatted);
    return g_string_free (out, FALSE);
  }
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
  ParityWord word;
  GString *out = g_string_new (NULL);

  if (qualifier == PARITY_QUALIFIER_MISSING || !isfinite (value))
    {
      g_string_append (out, parity_chart_word (lang, PARITY_WORD_NO_DATA));
      return g_string_free (out, FALSE);
    }
  if (unit != NULL)
    symbol = parity_text_get (unit->symbol, lang, default_lang);

  if (symbol != NULL && g_str_equal (symbol, "%"))
    {
      g_autofree char *skeleton = NULL, *digits = precision (decimals);

      if (fabs (value) < 0.5 * pow (10, -(double)decimals))
        value = 0;
      skeleton = g_strconcat ("percent ", digits, NULL);
      if (english_writes (lang, value, decimals))
        number = format_english (value, decimals, TRUE);
      else
        number = french_percent (format_with (lang, skeleton, value), lang);
      symbol = NULL;
    }
  else
    number = parity_format_number (value, decimals, lang);

  if (qualifier == PARITY_QUALIFIER_GREATER_THAN)
    g_string_append (out, "> ");
  else if (qualifier == PARITY_QUALIFIER_LESS_THAN)
    g_string_append (out, "< ");
  else if (qualifier == PARITY_QUALIFIER_APPROXIMATE)
    g_string_append (out, "\xE2\x89\x88 ");  /* ≈ */
  /* A unit counted in thousands, millions or billions with no symbol of its own (SDMX's
   * UNIT_MULT) says so after the number. */
  if ((symbol == NULL || *symbol == '\0') && unit != NULL &&
      parity_chart_word_for_scale (unit->scale, &word, NULL))
    {
      char *scaled = parity_chart_word_with (lang, word, number);

      g_free (number);
      number = scaled;
    }
  g_string_append (out, number);
  if (symbol != NULL && *symbol != '\0')
    {
      /* "2×" but "211 kbit/s". */
      if (!g_str_equal (symbol, "\xC3\x97"))
        g_string_append (out, NARROW_NO_BREAK_SPACE);
      g_string_append (out, symbol);
    }
  if (qualifier == PARITY_QUALIFIER_ESTIMATE)
    g_string_append_printf (out, " %s", parity_chart_word (lang, PARITY_WORD_ESTIMATE_MARK));
  else if (qualifier == PARITY_QUALIFIER_FORECAST)
    g_string_append_printf (out, " %s", parity_chart_word (lang, PARITY_WORD_FORECAST_MARK));
  return g_string_free (out, FALSE);
}
