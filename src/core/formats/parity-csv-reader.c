/* parity-csv-reader.c: header names into roles, cells into numbers
 *
 * Header names in the six UN languages and SDMX-CSV's, and
 * numbers with either decimal mark and any thousands separator. parity-csv-loader.c maps
 * what these find onto the data model.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "parity-csv-private.h"
#include "parity-error.h"
#include "parity-load-hooks.h"
#include "parity-loader-private.h"

/* Header names */


typedef struct
{
  const char *name;  /* case-folded, '_' and '-' as spaces */
  Role        role;
  const char *lang;
} HeaderName;

static const HeaderName header_names[] = {
  { "country", ROLE_ENTITY_NAME, "en" },
  { "country name", ROLE_ENTITY_NAME, "en" },
  { "country or area", ROLE_ENTITY_NAME, "en" },
  { "area", ROLE_ENTITY_NAME, "en" },
  { "region", ROLE_ENTITY_NAME, "en" },
  { "economy", ROLE_ENTITY_NAME, "en" },
  { "entity", ROLE_ENTITY_NAME, "en" },
  { "location", ROLE_ENTITY_NAME, "en" },
  { "pays", ROLE_ENTITY_NAME, "fr" },
  { "país", ROLE_ENTITY_NAME, "es" },
  { "pais", ROLE_ENTITY_NAME, "es" },
  { "страна", ROLE_ENTITY_NAME, "ru" },
  { "国家", ROLE_ENTITY_NAME, "zh" },
  { "البلد", ROLE_ENTITY_NAME, "ar" },
  { "country code", ROLE_ENTITY_CODE, NULL },
  { "code", ROLE_ENTITY_CODE, NULL },
  { "iso3", ROLE_ENTITY_CODE, NULL },
  { "iso3 code", ROLE_ENTITY_CODE, NULL },
  { "iso code", ROLE_ENTITY_CODE, NULL },
  { "iso", ROLE_ENTITY_CODE, NULL },
  { "geo", ROLE_ENTITY_CODE, NULL },
  { "ref area", ROLE_ENTITY_CODE, NULL },
  { "year", ROLE_PERIOD, "en" },
  { "date", ROLE_PERIOD, "en" },
  { "period", ROLE_PERIOD, "en" },
  { "time", ROLE_PERIOD, "en" },
  { "time period", ROLE_PERIOD, "en" },
  { "day", ROLE_PERIOD, "en" },
  { "année", ROLE_PERIOD, "fr" },
  { "annee", ROLE_PERIOD, "fr" },
  { "año", ROLE_PERIOD, "es" },
  { "ano", ROLE_PERIOD, "es" },
  { "год", ROLE_PERIOD, "ru" },
  { "年份", ROLE_PERIOD, "zh" },
  { "年", ROLE_PERIOD, "zh" },
  { "السنة", ROLE_PERIOD, "ar" },
  { "indicator", ROLE_INDICATOR_NAME, "en" },
  { "indicator name", ROLE_INDICATOR_NAME, "en" },
  { "series", ROLE_INDICATOR_NAME, "en" },
  { "series name", ROLE_INDICATOR_NAME, "en" },
  { "measure", ROLE_INDICATOR_NAME, "en" },
  { "indicateur", ROLE_INDICATOR_NAME, "fr" },
  { "indicador", ROLE_INDICATOR_NAME, "es" },
  { "показатель", ROLE_INDICATOR_NAME, "ru" },
  { "指标", ROLE_INDICATOR_NAME, "zh" },
  { "المؤشر", ROLE_INDICATOR_NAME, "ar" },
  { "indicator code", ROLE_INDICATOR_CODE, NULL },
  { "indicator id", ROLE_INDICATOR_CODE, NULL },
  { "series code", ROLE_INDICATOR_CODE, NULL },
  { "value", ROLE_VALUE, "en" },
  { "obs value", ROLE_VALUE, "en" },
  { "valeur", ROLE_VALUE, "fr" },
  { "valor", ROLE_VALUE, "es" },
  { "значение", ROLE_VALUE, "ru" },
  { "值", ROLE_VALUE, "zh" },
  { "القيمة", ROLE_VALUE, "ar" },
  { "unit", ROLE_UNIT, NULL },
  { "units", ROLE_UNIT, NULL },
  { "unit measure", ROLE_UNIT, NULL },
  { "unit of measure", ROLE_UNIT, NULL },
  { "unité", ROLE_UNIT, NULL },
  { "unidad", ROLE_UNIT, NULL },
  { "единица", ROLE_UNIT, NULL },
  { "单位", ROLE_UNIT, NULL },
  { "الوحدة", ROLE_UNIT, NULL },
  { "qualifier", ROLE_QUALIFIER, NULL },
  { "flag", ROLE_QUALIFIER, NULL },
  { "flags", ROLE_QUALIFIER, NULL },
  { "obs status", ROLE_QUALIFIER, NULL },
  { "status", ROLE_QUALIFIER, NULL },
  { "sex", ROLE_BREAKDOWN, NULL },
  { "gender", ROLE_BREAKDOWN, NULL },
  { "age", ROLE_BREAKDOWN, NULL },
  { "sexe", ROLE_BREAKDOWN, NULL },
  { "sexo", ROLE_BREAKDOWN, NULL },
  { "пол", ROLE_BREAKDOWN, NULL },
  { "性别", ROLE_BREAKDOWN, NULL },
  { "الجنس", ROLE_BREAKDOWN, NULL },
  { "urbanisation", ROLE_BREAKDOWN, NULL },
  { "urbanization", ROLE_BREAKDOWN, NULL },
  { "breakdown", ROLE_BREAKDOWN, NULL },
  /* SDMX-CSV columns that are neither dimensions to chart nor data. */
  { "dataflow", ROLE_IGNORED, NULL },
  { "structure", ROLE_IGNORED, NULL },
  { "structure id", ROLE_IGNORED, NULL },
  { "action", ROLE_IGNORED, NULL },
  { "freq", ROLE_IGNORED, NULL },
  { "unit mult", ROLE_IGNORED, NULL },
  { "decimals", ROLE_IGNORED, NULL },
  { "obs flag", ROLE_IGNORED, NULL },
  { "obs conf", ROLE_IGNORED, NULL },
  { "comment obs", ROLE_IGNORED, NULL },
};

/* "REF_AREA: Reference area" → "ref area"; "Country-Name " → "country name". */
char *
_parity_csv_normalize_header (const char *header)
{
  g_autofree char *stripped = g_strstrip (g_strdup (header));
  const char *colon = strstr (stripped, ": ");
  g_autofree char *folded = NULL;
  GString *out = g_string_new (NULL);

  if (colon != NULL)
    stripped[colon - stripped] = '\0';
  folded = g_utf8_casefold (stripped, -1);
  for (const char *p = folded; *p; p++)
    {
      char ch = (*p == '_' || *p == '-' || *p == '.') ? ' ' : *p;

      if (ch == ' ' && (out->len == 0 || out->str[out->len - 1] == ' '))
        continue;
      g_string_append_c (out, ch);
    }
  while (out->len > 0 && out->str[out->len - 1] == ' ')
    g_string_truncate (out, out->len - 1);
  return g_string_free (out, FALSE);
}

static const HeaderName *
lookup_header (const char *header)
{
  g_autofree char *name = _parity_csv_normalize_header (header);

  for (guint i = 0; i < G_N_ELEMENTS (header_names); i++)
    if (g_str_equal (name, header_names[i].name))
      return &header_names[i];
  return NULL;
}

/* "2015", "2015-03", "2015Q1", "2015 [YR2015]" (World Bank DataBank): a period, normalized;
 * NULL for anything else. */
static char *
period_from_header (const char *header)
{
  g_autofree char *s = g_strstrip (g_strdup (header));
  const char *bracket;
  gsize n;

  if ((bracket = strstr (s, " [")) != NULL)
    s[bracket - s] = '\0';
  n = strlen (s);
  if (n < 4 || !g_ascii_isdigit (s[0]) || !g_ascii_isdigit (s[1]) || !g_ascii_isdigit (s[2]) ||
      !g_ascii_isdigit (s[3]) || (s[0] != '1' && s[0] != '2'))
    return NULL;
  if (n == 4)
    return g_steal_pointer (&s);
  for (gsize i = 4; i < n; i++)
    if (!g_ascii_isalnum (s[i]) && s[i] != '-' && s[i] != '/')
      return NULL;
  if (n > 10)
    return NULL;
  return g_steal_pointer (&s);
}


void
_parity_csv_columns_clear (Columns *c)
{
  g_clear_pointer (&c->breakdowns, g_array_unref);
  g_clear_pointer (&c->periods, g_array_unref);
  g_clear_pointer (&c->period_names, g_ptr_array_unref);
  g_clear_pointer (&c->values, g_array_unref);
}

/* TRUE when @row is a header Parity understands: an entity column and a value column (tidy),
 * an entity column and period columns (wide), or an entity column and other columns, each
 * one indicator named by its header (Our World in Data's "Entity,Code,Year,<title>…", or a
 * table without periods); _parity_csv_keep_value_columns() then keeps those that hold
 * numbers. */
gboolean
_parity_csv_classify_header (GPtrArray *row,
                 Columns   *c)
{
  memset (c, 0, sizeof *c);
  for (guint r = 0; r < N_ROLES; r++)
    c->column[r] = -1;
  c->breakdowns = g_array_new (FALSE, FALSE, sizeof (int));
  c->periods = g_array_new (FALSE, FALSE, sizeof (int));
  c->period_names = g_ptr_array_new_with_free_func (g_free);
  c->values = g_array_new (FALSE, FALSE, sizeof (int));
  c->lang = "en";
  c->dataflow = -1;

  for (guint i = 0; i < row->len; i++)
    {
      const char *header = row->pdata[i];
      const HeaderName *known = lookup_header (header);
      g_autofree char *period = NULL;
      int col = (int)i;

      if (known != NULL)
        {
          if (known->role == ROLE_BREAKDOWN)
            g_array_append_val (c->breakdowns, col);
          else if (c->column[known->role] < 0)
            {
              c->column[known->role] = col;
              if (known->lang != NULL &&
                  (known->role == ROLE_ENTITY_NAME || known->role == ROLE_VALUE))
                c->lang = known->lang;
            }
          if (known->role == ROLE_VALUE && g_ascii_strcasecmp (header, "OBS_VALUE") == 0)
            c->sdmx = TRUE;
          if (g_str_equal (known->name, "dataflow") && c->dataflow < 0)
            c->dataflow = col;
        }
      else if ((period = period_from_header (header)) != NULL)
        {
          g_array_append_val (c->periods, col);
          g_ptr_array_add (c->period_names, g_steal_pointer (&period));
        }
      else if (*header != '\0')
        g_array_append_val (c->values, col);
    }
  if (c->column[ROLE_ENTITY_NAME] < 0 && c->column[ROLE_ENTITY_CODE] < 0)
    return FALSE;
  /* SDMX-CSV without an indicator column: the dataflow is the indicator. */
  if (c->sdmx && c->dataflow >= 0 && c->column[ROLE_INDICATOR_NAME] < 0 &&
      c->column[ROLE_INDICATOR_CODE] < 0)
    c->column[ROLE_INDICATOR_CODE] = c->dataflow;
  if (c->column[ROLE_VALUE] >= 0)
    {
      /* In SDMX-CSV every other column is a dimension: those that vary become breakdowns. */
      if (c->sdmx)
        for (guint i = 0; i < row->len; i++)
          {
            int col = (int)i;
            gboolean used = FALSE;

            for (guint r = 0; r < N_ROLES; r++)
              used = used || c->column[r] == col;
            for (guint b = 0; b < c->breakdowns->len; b++)
              used = used || g_array_index (c->breakdowns, int, b) == col;
            if (!used && lookup_header (row->pdata[i]) == NULL)
              g_array_append_val (c->breakdowns, col);
          }
      g_array_set_size (c->periods, 0);
      g_ptr_array_set_size (c->period_names, 0);
      g_array_set_size (c->values, 0);
      return TRUE;
    }
  if (c->periods->len > 0)
    {
      g_array_set_size (c->values, 0);
      return TRUE;
    }
  return c->values->len > 0;
}

/* Rows looked at to tell a column of numbers from one of text. */
#define VALUE_COLUMN_SAMPLE 2000

/* Keeps the value columns of a header with one column per indicator whose cells are numbers
 * more often than text (with either decimal mark): a column of notes, annotations or region
 * names is no indicator. FALSE when none is left. */
gboolean
_parity_csv_keep_value_columns (Columns   *c,
                                GPtrArray *rows,
                                guint      first)
{
  for (guint i = c->values->len; i-- > 0;)
    {
      int col = g_array_index (c->values, int, i);
      guint numbers = 0, texts = 0;

      for (guint r = first; r < rows->len && r < first + VALUE_COLUMN_SAMPLE; r++)
        {
          GPtrArray *row = rows->pdata[r];
          const char *cell = (guint)col < row->len ? row->pdata[col] : "";
          double value;
          ParityQualifier qualifier;
          guint decimals;
          NumberResult result = _parity_csv_parse_number (cell, FALSE, &value, &qualifier,
                                                          &decimals);

          if (result == NUMBER_BAD)
            result = _parity_csv_parse_number (cell, TRUE, &value, &qualifier, &decimals);
          numbers += result == NUMBER_OK;
          texts += result == NUMBER_BAD;
        }
      if (numbers == 0 || texts > numbers)
        g_array_remove_index (c->values, i);
    }
  return c->values->len > 0;
}

/* Numbers */


/* Markers that statistical files use for "no value": missing, with no warning. */
static gboolean
is_missing_marker (const char *s)
{
  static const char * const markers[] = { "", "..", "...", ":", "-", "–", "—", "n/a", "na",
                                          "nan", "null", "#n/a", NULL };

  for (guint i = 0; markers[i] != NULL; i++)
    if (g_ascii_strcasecmp (s, markers[i]) == 0)
      return TRUE;
  return FALSE;
}

/* Where @s is without ASCII and Unicode spaces (NBSP, narrow NBSP, thin space) at its ends. */
static void
trim_bounds (const char  *s,
             const char **start_out,
             const char **end_out)
{
  const char *start = s, *end = s + strlen (s);

  /* Nothing to trim: an ASCII character other than space at each end. */
  if (start == end || ((guchar)start[0] > ' ' && (guchar)start[0] < 0x80 &&
                       (guchar)end[-1] > ' ' && (guchar)end[-1] < 0x80))
    {
      *start_out = start;
      *end_out = end;
      return;
    }
  while (start < end && g_unichar_isspace (g_utf8_get_char (start)))
    start = g_utf8_next_char (start);
  while (end > start)
    {
      const char *prev = g_utf8_prev_char (end);

      if (!g_unichar_isspace (g_utf8_get_char (prev)))
        break;
      end = prev;
    }
  *start_out = start;
  *end_out = end;
}

/* Trims ASCII and Unicode spaces (NBSP, narrow NBSP, thin space) at both ends. */
char *
_parity_csv_trim (const char *s)
{
  const char *start, *end;

  trim_bounds (s, &start, &end);
  return g_strndup (start, end - start);
}

/* "86.6", "-3", "150000", "1.2345E+11": most values of a table, read without copies or
 * strtod. With at most 15 digits the digits are an exact integer and a power of ten up to
 * 10^22 is exact, so one multiplication or division rounds correctly (Clinger's fast path).
 * A plain number with more digits is read by strtod in place; anything else takes the full
 * path (NUMBER_BAD here). */
static NumberResult
plain_decimal (const char *start,
               const char *stop,
               char        decimal_char,
               double     *value,
               guint      *decimals)
{
  static const double powers[] = { 1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
                                   1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21,
                                   1e22 };
  const char *p = start;
  gboolean negative = FALSE, seen_point = FALSE, exact = TRUE;
  guint64 mantissa = 0;
  guint digits = 0, fraction = 0;
  int exponent = 0, scale;

  if (p < stop && *p == '-')
    negative = TRUE, p++;
  for (; p < stop; p++)
    {
      if (*p >= '0' && *p <= '9')
        {
          if (++digits > 15)
            exact = FALSE;
          else
            mantissa = mantissa * 10 + (guint64)(*p - '0');
          fraction += seen_point;
        }
      else if (*p == decimal_char && !seen_point)
        seen_point = TRUE;
      else
        break;
    }
  if (digits == 0 || (seen_point && fraction == 0))
    return NUMBER_BAD;
  if (p < stop && (*p == 'e' || *p == 'E'))
    {
      gboolean exp_negative = FALSE;
      guint exp_digits = 0;

      p++;
      if (p < stop && (*p == '+' || *p == '-'))
        exp_negative = *p++ == '-';
      for (; p < stop && *p >= '0' && *p <= '9' && exp_digits < 4; p++, exp_digits++)
        exponent = exponent * 10 + (*p - '0');
      if (exp_digits == 0)
        return NUMBER_BAD;
      if (exp_negative)
        exponent = -exponent;
    }
  if (p != stop)
    return NUMBER_BAD;
  *decimals = MIN (fraction, 6);
  scale = exponent - (int)fraction;
  if (!exact || scale < -22 || scale > 22)
    {
      char *end = NULL;

      /* Too many digits for the fast path: strtod reads the cell itself when nothing
       * follows the number (a decimal comma is the full path's). */
      if (*stop != '\0' || decimal_char != '.')
        return NUMBER_BAD;
      *value = g_ascii_strtod (start, &end);
      return end == stop && isfinite (*value) ? NUMBER_OK : NUMBER_BAD;
    }
  *value = scale < 0 ? (double)mantissa / powers[-scale] : (double)mantissa * powers[scale];
  if (negative)
    *value = -*value;
  return NUMBER_OK;
}

/* Longest number read, in bytes once cleaned of separators: far past any value's digits. */
#define MAX_NUMBER_CHARS 96

NumberResult
_parity_csv_parse_number (const char      *cell,
              gboolean         decimal_comma,
              double          *value,
              ParityQualifier *qualifier,
              guint           *decimals)
{
  const char decimal_char = decimal_comma ? ',' : '.';
  const char group_char = decimal_comma ? '.' : ',';
  const char *p, *start, *stop;
  gboolean seen_decimal = FALSE, seen_digit = FALSE;
  guint fraction = 0;
  char clean[MAX_NUMBER_CHARS + 1];
  gsize n = 0;
  char *end = NULL;

  *qualifier = PARITY_QUALIFIER_EXACT;
  *decimals = 0;
  /* No copies: a big table has millions of values. */
  trim_bounds (cell, &start, &stop);
  if (stop - start < 8)
    {
      char marker[8];

      memcpy (marker, start, stop - start);
      marker[stop - start] = '\0';
      if (is_missing_marker (marker))
        return NUMBER_MISSING;
    }
  if (plain_decimal (start, stop, decimal_char, value, decimals) == NUMBER_OK)
    return NUMBER_OK;
  *decimals = 0;

#define APPEND(c) G_STMT_START { if (n == MAX_NUMBER_CHARS) return NUMBER_BAD; \
                                 clean[n++] = (c); } G_STMT_END
  p = start;
  if (*p == '<')
    *qualifier = PARITY_QUALIFIER_LESS_THAN, p++;
  else if (*p == '>')
    *qualifier = PARITY_QUALIFIER_GREATER_THAN, p++;
  else if (*p == '~')
    *qualifier = PARITY_QUALIFIER_APPROXIMATE, p++;
  else if (g_str_has_prefix (p, "≈"))
    *qualifier = PARITY_QUALIFIER_APPROXIMATE, p += strlen ("≈");

  for (; p < stop; p = g_utf8_next_char (p))
    {
      gunichar ch = g_utf8_get_char (p);

      if (ch < 0x80 && g_ascii_isdigit (ch))
        {
          APPEND ((char)ch);
          seen_digit = TRUE;
          if (seen_decimal)
            fraction++;
        }
      else if (ch == '+' || ch == '-' || ch == 0x2212)
        APPEND (ch == '+' ? '+' : '-');
      else if ((ch == 'e' || ch == 'E') && seen_digit)
        {
          APPEND ('e');
          seen_decimal = FALSE;   /* stop counting decimals */
          fraction = MIN (fraction, 6);
        }
      else if (ch == (gunichar)decimal_char && !seen_decimal)
        {
          APPEND ('.');
          seen_decimal = TRUE;
        }
      else if (ch == (gunichar)group_char || ch == ' ' || ch == 0xA0 || ch == 0x202F ||
               ch == 0x2009 || ch == '\'' || ch == 0x2019)
        {
          const char *q = g_utf8_next_char (p);

          /* A thousands separator: three digits follow, then no digit. */
          if (!seen_digit || seen_decimal || !g_ascii_isdigit (q[0]) ||
              !g_ascii_isdigit (q[1]) || !g_ascii_isdigit (q[2]) || g_ascii_isdigit (q[3]))
            return NUMBER_BAD;
        }
      else if (ch == '%' && p + 1 == stop)
        ;
      else
        return NUMBER_BAD;
    }
#undef APPEND
  if (!seen_digit)
    return NUMBER_BAD;
  clean[n] = '\0';
  *value = g_ascii_strtod (clean, &end);
  if (end == NULL || *end != '\0' || !isfinite (*value))
    return NUMBER_BAD;
  *decimals = MIN (fraction, 6);
  return NUMBER_OK;
}

/* A qualifier column's flag: "E", "est", "<", "M" or a qualifier's name. */
ParityQualifier
_parity_csv_qualifier_from_flag (const char *flag)
{
  g_autofree char *s = NULL;
  g_autofree char *f = NULL;
  ParityQualifier q;

  if (*flag == '\0')
    return PARITY_QUALIFIER_EXACT;
  s = _parity_csv_trim (flag);
  f = g_utf8_casefold (s, -1);
  if (*f == '\0' || g_str_equal (f, "a") || g_str_equal (f, "normal"))
    return PARITY_QUALIFIER_EXACT;
  if (g_str_equal (f, "e") || g_str_equal (f, "est") || g_str_equal (f, "estimated") ||
      g_str_equal (f, "p") || g_str_equal (f, "provisional"))
    return PARITY_QUALIFIER_ESTIMATE;
  if (g_str_equal (f, "f"))
    return PARITY_QUALIFIER_FORECAST;
  if (g_str_equal (f, "<"))
    return PARITY_QUALIFIER_LESS_THAN;
  if (g_str_equal (f, ">"))
    return PARITY_QUALIFIER_GREATER_THAN;
  if (g_str_equal (f, "~"))
    return PARITY_QUALIFIER_APPROXIMATE;
  if (g_str_equal (f, "m") || g_str_equal (f, "l") || g_str_equal (f, "n"))
    return PARITY_QUALIFIER_MISSING;
  if (parity_qualifier_from_string (f, &q))
    return q;
  return PARITY_QUALIFIER_EXACT;
}

/* Votes for the decimal mark from how values are written. */
void
_parity_csv_vote_decimal (const char *cell,
              int        *comma,
              int        *point)
{
  const char *last_comma = strrchr (cell, ','), *last_point = strrchr (cell, '.');
  const char *first_comma = strchr (cell, ','), *first_point = strchr (cell, '.');
  gsize after;

  if (!g_ascii_isdigit (cell[0]) && cell[0] != '-' && cell[0] != '<' && cell[0] != '>')
    return;
  if (last_comma != NULL && last_point != NULL)
    {
      if (last_comma > last_point)
        (*comma)++;
      else
        (*point)++;
      return;
    }
  if (last_comma != NULL)
    {
      after = strspn (last_comma + 1, "0123456789");
      if (first_comma != last_comma)
        (*point)++;     /* 1,234,567 */
      else if (after != 3 && after > 0)
        (*comma)++;     /* 86,6 */
    }
  else if (last_point != NULL)
    {
      after = strspn (last_point + 1, "0123456789");
      if (first_point != last_point)
        (*comma)++;     /* 1.234.567 */
      else if (after != 3 && after > 0)
        (*point)++;
    }
}

/* The header names that mean @role, for messages that say what was looked for. */
void
_parity_csv_describe_names (GString *out,
                            Role     role)
{
  gboolean first = TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (header_names); i++)
    if (header_names[i].role == role)
      {
        g_string_append_printf (out, "%s%s", first ? "" : ", ", header_names[i].name);
        first = FALSE;
      }
}

