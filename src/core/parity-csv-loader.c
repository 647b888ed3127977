/* parity-csv-loader.c: CSV files (RFC 4180), tidy or wide, World Bank downloads, SDMX-CSV
 *
 * The text is already valid UTF-8 without a BOM when parity_dataset_load_bytes() hands it
 * here (a BOM is skipped again for direct callers). The delimiter (comma, semicolon, tab) is
 * the one that gives the first records a consistent field count; the decimal mark is the one
 * the values show ("86,6" is a decimal comma), unless PARITY_CSV_DECIMAL=comma|point or
 * _parity_csv_load_with() says otherwise.
 *
 * Layouts: tidy (one observation per row: entity, period, indicator, value, and optionally
 * unit, qualifier and breakdown columns, found by their header names in several languages)
 * and wide (an entity column, then one column per period: "2015", "2016"…). Rows of metadata
 * before the header ("Data Source","World Development Indicators") are read for the source.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "parity-dataset-private.h"
#include "parity-error.h"
#include "parity-loader-private.h"

/* More cells than this is not a table Parity can chart, and would exhaust memory. */
#define MAX_CELLS (16u * 1024u * 1024u)
/* Rows searched for the header, after any metadata rows. */
#define MAX_HEADER_ROW 30
/* Warnings about single values; past this, one line counts the rest. */
#define MAX_VALUE_WARNINGS 20

/* Tokenizer */

static void
finish_row (GPtrArray  *rows,
            GArray     *lines,
            GPtrArray **row,
            guint       line,
            gboolean    quoted)
{
  GPtrArray *r = *row;

  *row = NULL;
  /* A blank line is no record. */
  if (r->len == 1 && !quoted && *(const char *)r->pdata[0] == '\0')
    {
      g_ptr_array_unref (r);
      return;
    }
  g_ptr_array_add (rows, r);
  if (lines != NULL)
    g_array_append_val (lines, line);
}

static gboolean
tokenize (const char  *data,
          gsize        len,
          char         delimiter,
          const char  *display_name,
          GPtrArray  **rows_out,
          GArray     **lines_out,
          GError     **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify)g_ptr_array_unref);
  g_autoptr(GArray) lines = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GString) field = g_string_new (NULL);
  GPtrArray *row = NULL;
  const char *p = data, *end = data + len;
  const char *line_start = data;
  guint line = 1, record_line = 1;
  gboolean row_quoted = FALSE;
  gsize cells = 0;

  while (p < end)
    {
      gboolean quoted = FALSE;

      if (row == NULL)
        {
          row = g_ptr_array_new_with_free_func (g_free);
          record_line = line;
          row_quoted = FALSE;
        }
      g_string_truncate (field, 0);
      if (*p == '"')
        {
          guint quote_line = line;
          guint quote_column = (guint)g_utf8_strlen (line_start, p - line_start) + 1;

          quoted = row_quoted = TRUE;
          p++;
          for (;;)
            {
              if (p >= end)
                {
                  g_ptr_array_unref (row);
                  g_set_error (error, PARITY_ERROR, PARITY_ERROR_SYNTAX,
                               /* Translators: the file name, then line:column of the quote. */
                               _("%s:%u:%u: this quoted field is never closed (a \" is "
                                 "missing)"), display_name, quote_line, quote_column);
                  return FALSE;
                }
              if (*p == '"')
                {
                  if (p + 1 < end && p[1] == '"')
                    {
                      g_string_append_c (field, '"');
                      p += 2;
                      continue;
                    }
                  p++;
                  break;
                }
              if (*p == '\n' || (*p == '\r' && !(p + 1 < end && p[1] == '\n')))
                {
                  line++;
                  line_start = p + 1;
                }
              g_string_append_c (field, *p);
              p++;
            }
        }
      /* Unquoted text, or what follows a closing quote (kept, as most readers do). */
      while (p < end && *p != delimiter && *p != '\n' && *p != '\r')
        g_string_append_c (field, *p++);
      g_ptr_array_add (row, g_strndup (field->str, field->len));
      if (++cells > MAX_CELLS)
        {
          g_ptr_array_unref (row);
          g_set_error (error, PARITY_ERROR, PARITY_ERROR_UNSUPPORTED,
                       /* Translators: the file name, then the line, then a number of cells. */
                       _("%s:%u:1: the table has more than %u cells"), display_name, line,
                       MAX_CELLS);
          return FALSE;
        }
      if (p >= end)
        {
          finish_row (rows, lines, &row, record_line, row_quoted || quoted);
          break;
        }
      if (*p == delimiter)
        {
          p++;
          if (p >= end)
            {
              g_ptr_array_add (row, g_strdup (""));
              finish_row (rows, lines, &row, record_line, TRUE);
            }
          continue;
        }
      if (*p == '\r' && p + 1 < end && p[1] == '\n')
        p++;
      p++;
      line++;
      line_start = p;
      finish_row (rows, lines, &row, record_line, row_quoted || quoted);
    }

  *rows_out = g_steal_pointer (&rows);
  if (lines_out != NULL)
    *lines_out = g_steal_pointer (&lines);
  return TRUE;
}

/**
 * _parity_csv_tokenize:
 * @data: UTF-8 text
 * @len: its length in bytes
 * @delimiter: ',', ';' or '\t'; 0 to detect it
 * @rows: (out): a #GPtrArray of records, each a #GPtrArray of strings
 * @error: set for an unterminated quoted field, with "CSV:LINE:COLUMN"
 *
 * RFC 4180 records: quoted fields may hold delimiters, newlines and doubled quotes; blank
 * lines are skipped; line ends are LF, CRLF or CR.
 */
static char detect_delimiter (const char *data, gsize len);

gboolean
_parity_csv_tokenize (const char  *data,
                      gsize        len,
                      char         delimiter,
                      GPtrArray  **rows,
                      GError     **error)
{
  g_return_val_if_fail (rows != NULL, FALSE);
  if (delimiter == 0)
    delimiter = detect_delimiter (data, len);
  return tokenize (data, len, delimiter, "CSV", rows, NULL, error);
}

/* Counts of @delimiter outside quotes in the first records; the delimiter whose most common
 * nonzero count covers the most records wins, then the one with more fields. */
static char
detect_delimiter (const char *data,
                  gsize       len)
{
  static const char candidates[] = { ',', ';', '\t', '|' };
  const gsize limit = MIN (len, 256 * 1024);
  char best = ',';
  guint best_freq = 0, best_mode = 0;

  for (guint c = 0; c < G_N_ELEMENTS (candidates); c++)
    {
      g_autoptr(GHashTable) freq = g_hash_table_new (NULL, NULL);
      guint count = 0, records = 0, mode = 0, mode_freq = 0;
      gboolean in_quotes = FALSE, blank = TRUE;

      for (gsize i = 0; i <= limit && records < 60; i++)
        {
          char ch = i < limit ? data[i] : '\n';

          if (ch == '"')
            in_quotes = !in_quotes;
          if (in_quotes)
            continue;
          if (ch == candidates[c])
            count++;
          if (ch == '\n' || ch == '\r')
            {
              if (!blank && count > 0)
                {
                  guint f = GPOINTER_TO_UINT (g_hash_table_lookup (freq, GUINT_TO_POINTER (count))) + 1;

                  g_hash_table_insert (freq, GUINT_TO_POINTER (count), GUINT_TO_POINTER (f));
                  if (f > mode_freq || (f == mode_freq && count > mode))
                    {
                      mode_freq = f;
                      mode = count;
                    }
                }
              if (!blank)
                records++;
              count = 0;
              blank = TRUE;
            }
          else if (!g_ascii_isspace (ch))
            blank = FALSE;
        }
      if (mode_freq > best_freq || (mode_freq == best_freq && mode > best_mode))
        {
          best = candidates[c];
          best_freq = mode_freq;
          best_mode = mode;
        }
    }
  return best;
}

/* Header names */

typedef enum
{
  ROLE_NONE,
  ROLE_ENTITY_NAME,
  ROLE_ENTITY_CODE,
  ROLE_PERIOD,
  ROLE_INDICATOR_NAME,
  ROLE_INDICATOR_CODE,
  ROLE_VALUE,
  ROLE_UNIT,
  ROLE_QUALIFIER,
  ROLE_BREAKDOWN,
  ROLE_IGNORED,
  N_ROLES
} Role;

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
static char *
normalize_header (const char *header)
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
  g_autofree char *name = normalize_header (header);

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

typedef struct
{
  int         column[N_ROLES];   /* the first column of each role, or -1 */
  GArray     *breakdowns;        /* int columns */
  GArray     *periods;           /* int columns of a wide layout */
  GPtrArray  *period_names;      /* their normalized periods */
  const char *lang;
  gboolean    sdmx;
  int         dataflow;          /* SDMX-CSV: "AGENCY:FLOW(VERSION)", or -1 */
} Columns;

static void
columns_clear (Columns *c)
{
  g_clear_pointer (&c->breakdowns, g_array_unref);
  g_clear_pointer (&c->periods, g_array_unref);
  g_clear_pointer (&c->period_names, g_ptr_array_unref);
}

/* TRUE when @row is a header Parity understands: an entity column and a value column (tidy),
 * or an entity column and period columns (wide). */
static gboolean
classify_header (GPtrArray *row,
                 Columns   *c)
{
  memset (c, 0, sizeof *c);
  for (guint r = 0; r < N_ROLES; r++)
    c->column[r] = -1;
  c->breakdowns = g_array_new (FALSE, FALSE, sizeof (int));
  c->periods = g_array_new (FALSE, FALSE, sizeof (int));
  c->period_names = g_ptr_array_new_with_free_func (g_free);
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
      return TRUE;
    }
  return c->periods->len > 0;
}

/* Numbers */

typedef enum
{
  DECIMAL_AUTO,
  DECIMAL_POINT,
  DECIMAL_COMMA,
} DecimalMark;

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

/* Trims ASCII and Unicode spaces (NBSP, narrow NBSP, thin space) at both ends. */
static char *
trim (const char *s)
{
  const char *start = s, *end = s + strlen (s);

  while (start < end && g_unichar_isspace (g_utf8_get_char (start)))
    start = g_utf8_next_char (start);
  while (end > start)
    {
      const char *prev = g_utf8_prev_char (end);

      if (!g_unichar_isspace (g_utf8_get_char (prev)))
        break;
      end = prev;
    }
  return g_strndup (start, end - start);
}

typedef enum
{
  NUMBER_OK,
  NUMBER_MISSING,       /* a usual marker: no warning */
  NUMBER_BAD,
} NumberResult;

static NumberResult
parse_number (const char      *cell,
              gboolean         decimal_comma,
              double          *value,
              ParityQualifier *qualifier,
              guint           *decimals)
{
  g_autofree char *s = trim (cell);
  g_autoptr(GString) clean = g_string_new (NULL);
  const char decimal_char = decimal_comma ? ',' : '.';
  const char group_char = decimal_comma ? '.' : ',';
  const char *p;
  gboolean seen_decimal = FALSE, seen_digit = FALSE;
  guint fraction = 0;
  char *end = NULL;

  *qualifier = PARITY_QUALIFIER_EXACT;
  *decimals = 0;
  if (is_missing_marker (s))
    return NUMBER_MISSING;

  p = s;
  if (*p == '<')
    *qualifier = PARITY_QUALIFIER_LESS_THAN, p++;
  else if (*p == '>')
    *qualifier = PARITY_QUALIFIER_GREATER_THAN, p++;
  else if (*p == '~')
    *qualifier = PARITY_QUALIFIER_APPROXIMATE, p++;
  else if (g_str_has_prefix (p, "≈"))
    *qualifier = PARITY_QUALIFIER_APPROXIMATE, p += strlen ("≈");

  for (; *p; p = g_utf8_next_char (p))
    {
      gunichar ch = g_utf8_get_char (p);

      if (ch < 0x80 && g_ascii_isdigit (ch))
        {
          g_string_append_c (clean, (char)ch);
          seen_digit = TRUE;
          if (seen_decimal)
            fraction++;
        }
      else if (ch == '+' || ch == '-' || ch == 0x2212)
        g_string_append_c (clean, ch == '+' ? '+' : '-');
      else if ((ch == 'e' || ch == 'E') && seen_digit)
        {
          g_string_append_c (clean, 'e');
          seen_decimal = FALSE;   /* stop counting decimals */
          fraction = MIN (fraction, 6);
        }
      else if (ch == (gunichar)decimal_char && !seen_decimal)
        {
          g_string_append_c (clean, '.');
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
      else if (ch == '%' && p[1] == '\0')
        ;
      else
        return NUMBER_BAD;
    }
  if (!seen_digit)
    return NUMBER_BAD;
  *value = g_ascii_strtod (clean->str, &end);
  if (end == NULL || *end != '\0' || !isfinite (*value))
    return NUMBER_BAD;
  *decimals = MIN (fraction, 6);
  return NUMBER_OK;
}

/* Votes for the decimal mark from how values are written. */
static void
vote_decimal (const char *cell,
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

/* The loader */

typedef struct
{
  ParityDataset *dataset;
  const char    *display_name;
  char          *stem;          /* the file name without folder and extension */
  const char    *lang;
  gboolean       decimal_comma;
  guint32        source;
  GHashTable    *unit_seen;     /* indicators whose unit column was read */
  guint          n_warnings;
  guint          n_more_warnings;
} Loader;

static void
value_warning (Loader     *loader,
               guint       line,
               const char *column,
               const char *cell)
{
  if (loader->n_warnings >= MAX_VALUE_WARNINGS)
    {
      loader->n_more_warnings++;
      return;
    }
  loader->n_warnings++;
  _parity_dataset_add_warning (loader->dataset,
                               /* Translators: file name, row number, column name, the text
                                  found. */
                               _("%s: row %u, column '%s': \"%s\" is not a number; the value "
                                 "is left out"), loader->display_name, line, column, cell);
}

static const char *
cell_at (GPtrArray *row,
         int        column)
{
  if (column < 0 || (guint)column >= row->len)
    return "";
  return row->pdata[column];
}

static void
apply_unit (ParityIndicator *indicator,
            const char      *unit,
            const char      *lang)
{
  g_autofree char *folded = g_utf8_casefold (unit, -1);

  if (*unit == '\0')
    return;
  if (g_str_equal (folded, "%") || g_str_equal (folded, "percent") ||
      g_str_equal (folded, "per cent") || g_str_equal (folded, "pc") ||
      g_str_equal (folded, "pt") || g_str_has_prefix (folded, "% "))
    {
      indicator->unit.kind = PARITY_UNIT_PERCENT;
      g_clear_pointer (&indicator->unit.symbol, parity_text_free);
      indicator->unit.symbol = parity_text_new_plain (lang, "%");
      if (g_str_has_prefix (folded, "% ") && indicator->unit.label == NULL)
        indicator->unit.label = parity_text_new_plain (lang, unit);
    }
  else if (indicator->unit.label == NULL)
    indicator->unit.label = parity_text_new_plain (lang, unit);
}

/* "Multi\nline  name" → "Multi line name": names and ids on one line. */
static char *
one_line (const char *s)
{
  g_autofree char *t = trim (s);
  GString *out = g_string_new (NULL);

  for (const char *p = t; *p; p = g_utf8_next_char (p))
    {
      gunichar ch = g_utf8_get_char (p);

      if (g_unichar_isspace (ch))
        {
          if (out->len > 0 && out->str[out->len - 1] != ' ')
            g_string_append_c (out, ' ');
        }
      else
        g_string_append_unichar (out, ch);
    }
  return g_string_free (out, FALSE);
}

static guint32
get_entity (Loader     *loader,
            const char *code,
            const char *name)
{
  const char *id = *code ? code : name;
  guint32 index = parity_dataset_lookup_entity (loader->dataset, id);
  ParityEntity *entity;
  g_autofree char *folded = NULL;

  if (index != PARITY_INDEX_NONE)
    return index;
  index = parity_dataset_get_n_entities (loader->dataset);
  entity = _parity_dataset_add_entity (loader->dataset, id);
  entity->label = parity_text_new_plain (loader->lang, *name ? name : code);
  folded = g_utf8_casefold (*name ? name : code, -1);
  if (g_str_equal (id, "WLD") || g_str_equal (id, "W") || g_str_equal (folded, "world"))
    entity->kind = PARITY_ENTITY_WORLD;
  return index;
}

static ParityIndicator *
get_indicator (Loader     *loader,
               const char *code,
               const char *name)
{
  const char *id, *label;
  guint32 index;
  ParityIndicator *indicator;
  const char *paren;

  if (*code == '\0' && *name == '\0')
    id = label = loader->stem;
  else
    {
      id = *code ? code : name;
      label = *name ? name : code;
    }
  index = parity_dataset_lookup_indicator (loader->dataset, id);
  if (index != PARITY_INDEX_NONE)
    return (ParityIndicator *)parity_dataset_get_indicator (loader->dataset, index);
  indicator = _parity_dataset_add_indicator (loader->dataset, id);
  indicator->label = parity_text_new_plain (loader->lang, label);
  indicator->source = loader->source;
  /* "Individuals using the Internet (% of population)" */
  if ((paren = strstr (label, "(%")) != NULL)
    {
      g_autofree char *unit = g_strndup (paren + 1, strcspn (paren + 1, ")"));

      apply_unit (indicator, unit, loader->lang);
    }
  return indicator;
}

static ParityQualifier
qualifier_from_flag (const char *flag)
{
  g_autofree char *s = trim (flag);
  g_autofree char *f = g_utf8_casefold (s, -1);
  ParityQualifier q;

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

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char * const *)a, *(const char * const *)b);
}

static guint32
get_breakdown (Loader    *loader,
               GPtrArray *header,
               GPtrArray *row,
               GArray    *columns)
{
  g_autoptr(GPtrArray) pairs = NULL;
  g_autofree char *canonical = NULL;

  if (columns->len == 0)
    return 0;
  pairs = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < columns->len; i++)
    {
      int col = g_array_index (columns, int, i);
      g_autofree char *name = normalize_header (header->pdata[col]);
      g_autofree char *value = trim (cell_at (row, col));
      g_autofree char *k = NULL, *v = NULL;

      /* The total of a breakdown is the observation without one. */
      if (*value == '\0' || g_str_equal (value, "T") || g_str_equal (value, "_T") ||
          g_str_equal (value, "_Z") || g_ascii_strcasecmp (value, "total") == 0)
        continue;
      for (char *p = name; *p; p++)
        if (*p == ' ')
          *p = '_';
      k = g_uri_escape_string (name, NULL, TRUE);
      v = g_uri_escape_string (value, NULL, TRUE);
      g_ptr_array_add (pairs, g_strconcat (k, "=", v, NULL));
    }
  if (pairs->len == 0)
    return 0;
  g_ptr_array_sort (pairs, compare_strings);
  g_ptr_array_add (pairs, NULL);
  canonical = g_strjoinv (";", (char **)pairs->pdata);
  return _parity_dataset_intern_breakdown (loader->dataset, canonical);
}

/* Keeps only the breakdown columns whose values differ between rows. */
static void
drop_constant_columns (GArray    *columns,
                       GPtrArray *rows,
                       guint      first)
{
  for (guint i = columns->len; i-- > 0;)
    {
      int col = g_array_index (columns, int, i);
      const char *seen = NULL;
      gboolean varies = FALSE;

      for (guint r = first; r < rows->len && !varies; r++)
        {
          const char *cell = cell_at (rows->pdata[r], col);

          if (seen == NULL)
            seen = cell;
          else if (!g_str_equal (seen, cell))
            varies = TRUE;
        }
      if (!varies)
        g_array_remove_index (columns, i);
    }
}

static void
append_observation (Loader          *loader,
                    ParityIndicator *indicator,
                    guint32          entity,
                    const char      *period,
                    guint32          breakdown,
                    const char      *cell,
                    const char      *column,
                    guint            line,
                    ParityQualifier  flag)
{
  double value = NAN;
  ParityQualifier qualifier = PARITY_QUALIFIER_EXACT;
  guint decimals = 0;
  NumberResult result = parse_number (cell, loader->decimal_comma, &value, &qualifier,
                                      &decimals);

  switch (result)
    {
    case NUMBER_OK:
      indicator->decimals = MAX (indicator->decimals, decimals);
      if (flag != PARITY_QUALIFIER_EXACT)
        qualifier = flag;
      if (qualifier == PARITY_QUALIFIER_MISSING)
        value = NAN;
      break;
    case NUMBER_BAD:
      {
        g_autofree char *shown = trim (cell);

        value_warning (loader, line, column, shown);
      }
      G_GNUC_FALLTHROUGH;
    case NUMBER_MISSING:
      value = NAN;
      qualifier = PARITY_QUALIFIER_MISSING;
      break;
    }
  _parity_indicator_append (indicator, entity, _parity_dataset_intern_period (loader->dataset,
                                                                             period),
                            breakdown, value, qualifier, loader->source);
}

/* Metadata rows before the header: "Data Source","World Development Indicators". */
static void
read_metadata (Loader    *loader,
               GPtrArray *rows,
               guint      header,
               ParitySource *source)
{
  for (guint r = 0; r < header; r++)
    {
      GPtrArray *row = rows->pdata[r];
      g_autofree char *key = NULL, *value = NULL;

      if (row->len < 2)
        continue;
      key = normalize_header (row->pdata[0]);
      value = trim (row->pdata[1]);
      if (*value == '\0')
        continue;
      if (g_str_equal (key, "data source") || g_str_equal (key, "source"))
        {
          g_clear_pointer (&source->title, parity_text_free);
          source->title = parity_text_new_plain (loader->lang, value);
          if (strstr (value, "World Development Indicators") != NULL && source->publisher == NULL)
            source->publisher = parity_text_new_plain (loader->lang, "World Bank");
        }
      else if (g_str_equal (key, "last updated date") || g_str_equal (key, "last updated"))
        {
          int year = atoi (value);

          if (year >= 1000 && year <= 9999)
            source->year = year;
        }
      else if (g_str_equal (key, "url") || g_str_equal (key, "link"))
        source->url = g_strdup (value);
      else if (g_str_equal (key, "publisher"))
        source->publisher = parity_text_new_plain (loader->lang, value);
    }
}

static void
describe_header (GString   *out,
                 GPtrArray *row)
{
  for (guint i = 0; i < row->len; i++)
    g_string_append_printf (out, "%s\"%s\"", i > 0 ? ", " : "", (const char *)row->pdata[i]);
}

static void
describe_names (GString *out,
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

static char
decimal_from_env (void)
{
  const char *env = g_getenv ("PARITY_CSV_DECIMAL");

  if (env == NULL)
    return DECIMAL_AUTO;
  if (g_ascii_strcasecmp (env, "comma") == 0)
    return DECIMAL_COMMA;
  if (g_ascii_strcasecmp (env, "point") == 0 || g_ascii_strcasecmp (env, "dot") == 0)
    return DECIMAL_POINT;
  return DECIMAL_AUTO;
}

/**
 * _parity_csv_load_with:
 * @decimal: 0 to detect the decimal mark, '.' or ',' to impose it
 */
ParityDataset *
_parity_csv_load_with (const char  *data,
                       gsize        len,
                       const char  *display_name,
                       char         decimal,
                       GError     **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GArray) lines = NULL;
  g_autoptr(ParityDataset) dataset = NULL;
  g_autofree char *basename = NULL;
  Loader loader = { 0 };
  Columns c = { 0 };
  gboolean found = FALSE;
  guint header = 0;
  GPtrArray *header_row;
  ParitySource *source;
  char delimiter;
  int comma_votes = 0, point_votes = 0;
  guint n_obs = 0;

  if (len >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    data += 3, len -= 3;
  if (!g_utf8_validate_len (data, len, NULL))
    {
      g_set_error (error, PARITY_ERROR, PARITY_ERROR_SYNTAX,
                   _("%s:1:1: invalid UTF-8; save the file as UTF-8"), display_name);
      return NULL;
    }
  delimiter = detect_delimiter (data, len);
  if (!tokenize (data, len, delimiter, display_name, &rows, &lines, error))
    return NULL;

  for (header = 0; header < rows->len && header < MAX_HEADER_ROW; header++)
    {
      columns_clear (&c);
      if (classify_header (rows->pdata[header], &c))
        {
          found = TRUE;
          break;
        }
    }
  if (!found)
    {
      g_autoptr(GString) message = g_string_new (NULL);
      GPtrArray *widest = rows->len > 0 ? rows->pdata[0] : NULL;

      columns_clear (&c);
      for (guint r = 1; r < rows->len && r < MAX_HEADER_ROW; r++)
        if (((GPtrArray *)rows->pdata[r])->len > widest->len)
          widest = rows->pdata[r];
      if (widest == NULL)
        {
          g_set_error (error, PARITY_ERROR, PARITY_ERROR_SYNTAX,
                       _("%s:1:1: the file is empty"), display_name);
          return NULL;
        }
      g_string_append_printf (message,
                              /* Translators: the file name; the headers found follow. */
                              _("%s: no column for the country (or other entity) and the value "
                                "was found; the header has "), display_name);
      describe_header (message, widest);
      g_string_append (message, _("; an entity column is one of: "));
      describe_names (message, ROLE_ENTITY_NAME);
      g_string_append (message, ", ");
      describe_names (message, ROLE_ENTITY_CODE);
      g_string_append (message, _("; a value column is one of: "));
      describe_names (message, ROLE_VALUE);
      g_string_append (message, _("; or years as column names (2015, 2016…)"));
      g_set_error_literal (error, PARITY_ERROR, PARITY_ERROR_UNSUPPORTED, message->str);
      return NULL;
    }
  header_row = rows->pdata[header];

  /* The decimal mark. */
  if (decimal == 0)
    decimal = decimal_from_env () == DECIMAL_COMMA ? ',' :
              decimal_from_env () == DECIMAL_POINT ? '.' : 0;
  if (decimal == 0)
    {
      for (guint r = header + 1; r < rows->len && r < header + 5000; r++)
        {
          GPtrArray *row = rows->pdata[r];

          if (c.column[ROLE_VALUE] >= 0)
            vote_decimal (cell_at (row, c.column[ROLE_VALUE]), &comma_votes, &point_votes);
          for (guint p = 0; p < c.periods->len; p++)
            vote_decimal (cell_at (row, g_array_index (c.periods, int, p)), &comma_votes,
                          &point_votes);
        }
      decimal = comma_votes > point_votes ? ',' : '.';
    }

  basename = g_path_get_basename (display_name);
  {
    char *dot = strrchr (basename, '.');

    loader.stem = dot != NULL && dot != basename ? g_strndup (basename, dot - basename)
                                                 : g_strdup (basename);
  }
  dataset = parity_dataset_new (c.lang);
  loader.dataset = dataset;
  loader.display_name = display_name;
  loader.lang = c.lang;
  loader.decimal_comma = decimal == ',';

  source = _parity_dataset_add_source (dataset, "file");
  source->title = parity_text_new_plain (c.lang, basename);
  read_metadata (&loader, rows, header, source);
  /* SDMX-CSV: the agency of the dataflow publishes it. */
  if (c.dataflow >= 0 && header + 1 < rows->len)
    {
      const char *flow = cell_at (rows->pdata[header + 1], c.dataflow);
      const char *colon = strchr (flow, ':');

      if (colon != NULL && colon > flow)
        {
          g_autofree char *agency = g_strndup (flow, colon - flow);

          source->publisher = parity_text_new_plain (c.lang, agency);
        }
    }
  loader.source = 0;

  drop_constant_columns (c.breakdowns, rows, header + 1);

  for (guint r = header + 1; r < rows->len; r++)
    {
      GPtrArray *row = rows->pdata[r];
      guint line = g_array_index (lines, guint, r);
      g_autofree char *code = one_line (cell_at (row, c.column[ROLE_ENTITY_CODE]));
      g_autofree char *name = one_line (cell_at (row, c.column[ROLE_ENTITY_NAME]));
      g_autofree char *ind_code = one_line (cell_at (row, c.column[ROLE_INDICATOR_CODE]));
      g_autofree char *ind_name = one_line (cell_at (row, c.column[ROLE_INDICATOR_NAME]));
      g_autofree char *unit = trim (cell_at (row, c.column[ROLE_UNIT]));
      ParityIndicator *indicator;
      ParityQualifier flag;
      guint32 entity, breakdown;
      gboolean blank = TRUE;

      for (guint i = 0; i < row->len && blank; i++)
        blank = *(const char *)row->pdata[i] == '\0';
      if (blank)
        continue;
      /* "ESTAT:isoc_ci_ifp_iu(1.0)" → "isoc_ci_ifp_iu" */
      if (c.dataflow >= 0 && c.column[ROLE_INDICATOR_CODE] == c.dataflow)
        {
          const char *colon = strchr (ind_code, ':');
          char *flow = g_strdup (colon != NULL ? colon + 1 : ind_code);

          flow[strcspn (flow, "(")] = '\0';
          if (*flow != '\0')
            {
              g_free (ind_code);
              ind_code = flow;
            }
          else
            g_free (flow);
        }
      if (*code == '\0' && *name == '\0')
        {
          _parity_dataset_add_warning (dataset,
                                       /* Translators: file name and row number. */
                                       _("%s: row %u has no entity; it is left out"),
                                       display_name, line);
          continue;
        }
      entity = get_entity (&loader, code, name);
      indicator = get_indicator (&loader, ind_code, ind_name);
      apply_unit (indicator, unit, c.lang);
      flag = qualifier_from_flag (cell_at (row, c.column[ROLE_QUALIFIER]));
      breakdown = get_breakdown (&loader, header_row, row, c.breakdowns);

      if (c.column[ROLE_VALUE] >= 0)
        {
          g_autofree char *period = NULL;

          if (c.column[ROLE_PERIOD] >= 0)
            {
              period = trim (cell_at (row, c.column[ROLE_PERIOD]));
              if (*period == '\0')
                {
                  _parity_dataset_add_warning (dataset,
                                               /* Translators: file name, row, column name. */
                                               _("%s: row %u, column '%s': no period; the row "
                                                 "is left out"), display_name, line,
                                               (const char *)header_row->pdata[c.column[ROLE_PERIOD]]);
                  continue;
                }
            }
          else
            period = g_strdup ("-");
          append_observation (&loader, indicator, entity, period, breakdown,
                              cell_at (row, c.column[ROLE_VALUE]),
                              header_row->pdata[c.column[ROLE_VALUE]], line, flag);
          n_obs++;
        }
      else
        for (guint p = 0; p < c.periods->len; p++)
          {
            int col = g_array_index (c.periods, int, p);
            const char *cell = cell_at (row, col);

            /* An empty cell of a wide table is no observation at all. */
            if (*cell == '\0')
              continue;
            append_observation (&loader, indicator, entity, c.period_names->pdata[p],
                                breakdown, cell, header_row->pdata[col], line, flag);
            n_obs++;
          }
    }

  if (parity_dataset_get_n_indicators (dataset) == 0)
    {
      g_set_error (error, PARITY_ERROR, PARITY_ERROR_UNSUPPORTED,
                   /* Translators: the file name, then the line of the header. */
                   _("%s: no data rows after the header on line %u"), display_name,
                   g_array_index (lines, guint, header));
      g_free (loader.stem);
      columns_clear (&c);
      return NULL;
    }
  if (loader.n_more_warnings > 0)
    _parity_dataset_add_warning (dataset,
                                 /* Translators: the file name and a count. */
                                 _("%s: %u more values were not numbers and are left out"),
                                 display_name, loader.n_more_warnings);

  {
    const ParityIndicator *first = parity_dataset_get_indicator (dataset, 0);
    const char *title = parity_dataset_get_n_indicators (dataset) == 1
                        ? parity_text_get (first->label, c.lang, c.lang) : loader.stem;

    _parity_dataset_take_title (dataset, parity_text_new_plain (c.lang, title));
  }
  _parity_dataset_set_format_name (dataset,
                                   c.sdmx ? "SDMX-CSV" : c.column[ROLE_VALUE] >= 0
                                   ? N_("CSV (one value per row)")
                                   : N_("CSV (one column per period)"));
  _parity_dataset_add_default_charts (dataset);
  g_free (loader.stem);
  columns_clear (&c);
  return g_steal_pointer (&dataset);
}

/* The ParityTextLoader: the decimal mark detected, or PARITY_CSV_DECIMAL=comma|point. */
ParityDataset *
_parity_csv_load (const char  *data,
                  gsize        len,
                  const char  *display_name,
                  GError     **error)
{
  return _parity_csv_load_with (data, len, display_name, 0, error);
}
