/* parity-csv-table.c: a CSV file's first rows, and what they say about the rest
 *
 * The loader keeps the first PREFIX_ROWS records whole: the header is the first of the first
 * MAX_HEADER_ROW that Parity understands (rows of metadata before it name the source), the
 * value columns and the decimal mark are judged from the rows after it, and what needs every
 * row (OWID's codes anywhere in the code column, breakdown columns that vary) is read ahead
 * when the kept rows cannot tell. parity-csv-loader.c then reads the rows into observations.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "parity-csv-loader-private.h"
#include "parity-error.h"
#include "parity-loader-private.h"

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
      key = _parity_csv_normalize_header (row->pdata[0]);
      value = _parity_csv_trim (row->pdata[1]);
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

/* Checks the encoding and keeps the first rows; the reader is left at the next. */
gboolean
_parity_csv_read_prefix (Loader      *loader,
                         const char  *data,
                         gsize        len,
                         GError     **error)
{
  GPtrArray *row;

  if (len >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    data += 3, len -= 3;
  if (!_parity_utf8_validate (data, len, NULL))
    {
      g_set_error (error, PARITY_ERROR, PARITY_ERROR_SYNTAX,
                   _("%s:1:1: invalid UTF-8; save the file as UTF-8"), loader->display_name);
      return FALSE;
    }
  _parity_csv_reader_init (&loader->reader, data, len, _parity_csv_detect_delimiter (data, len),
                           loader->display_name);
  /* Reading the rows is now the whole load, not half of it. */
  loader->reader.progress_span = 0.9;
  loader->cells = g_string_chunk_new (64 * 1024);
  loader->rows = g_ptr_array_new_with_free_func ((GDestroyNotify)g_ptr_array_unref);
  loader->lines = g_array_new (FALSE, FALSE, sizeof (guint));
  while (loader->rows->len < PREFIX_ROWS)
    {
      if (!_parity_csv_reader_next (&loader->reader, &row, error))
        return FALSE;
      if (row == NULL)
        break;
      g_ptr_array_add (loader->rows, _parity_csv_row_copy (row, loader->cells));
      g_array_append_val (loader->lines, loader->reader.row_line);
    }
  return TRUE;
}

/* Reads the rows after the prefix to their end, for their errors only. */
static gboolean
check_rest (Loader  *loader,
            GError **error)
{
  GPtrArray *row;

  do
    if (!_parity_csv_reader_next (&loader->reader, &row, error))
      return FALSE;
  while (row != NULL);
  return TRUE;
}

/* The error for a table without a header Parity understands: the widest of the first rows,
 * and the names that would have been. */
static void
set_no_header_error (Loader  *loader,
                     GError **error)
{
  g_autoptr(GString) message = g_string_new (NULL);
  GPtrArray *rows = loader->rows;
  GPtrArray *widest = rows->len > 0 ? rows->pdata[0] : NULL;

  for (guint r = 1; r < rows->len && r < MAX_HEADER_ROW; r++)
    if (((GPtrArray *)rows->pdata[r])->len > widest->len)
      widest = rows->pdata[r];
  if (widest == NULL)
    {
      g_set_error (error, PARITY_ERROR, PARITY_ERROR_SYNTAX,
                   _("%s:1:1: the file is empty"), loader->display_name);
      return;
    }
  g_string_append_printf (message,
                          /* Translators: the file name; the headers found follow. */
                          _("%s: no column for the country (or other entity) and the value "
                            "was found; the header has "), loader->display_name);
  describe_header (message, widest);
  g_string_append (message, _("; an entity column is one of: "));
  _parity_csv_describe_names (message, ROLE_ENTITY_NAME);
  g_string_append (message, ", ");
  _parity_csv_describe_names (message, ROLE_ENTITY_CODE);
  g_string_append (message, _("; a value column is one of: "));
  _parity_csv_describe_names (message, ROLE_VALUE);
  g_string_append (message, _("; or years as column names (2015, 2016…)"));
  g_set_error_literal (error, PARITY_ERROR, PARITY_ERROR_UNSUPPORTED, message->str);
}

/* The header: the first of the first rows that Parity understands. */
gboolean
_parity_csv_find_header (Loader  *loader,
                         GError **error)
{
  for (loader->header = 0;
       loader->header < loader->rows->len && loader->header < MAX_HEADER_ROW;
       loader->header++)
    {
      _parity_csv_columns_clear (&loader->c);
      if (_parity_csv_classify_header (loader->rows->pdata[loader->header], &loader->c) &&
          (loader->c.values->len == 0 ||
           _parity_csv_keep_value_columns (&loader->c, loader->rows, loader->header + 1)))
        return TRUE;
    }
  _parity_csv_columns_clear (&loader->c);
  /* A broken record anywhere in the file is the first thing to fix. */
  if (!check_rest (loader, error))
    return FALSE;
  set_no_header_error (loader, error);
  return FALSE;
}

/* The decimal mark: @decimal if given, else PARITY_CSV_DECIMAL, else the values' votes. */
char
_parity_csv_choose_decimal (Loader *loader,
                            char    decimal)
{
  const Columns *c = &loader->c;
  int comma_votes = 0, point_votes = 0;

  if (decimal == 0)
    decimal = decimal_from_env () == DECIMAL_COMMA ? ',' :
              decimal_from_env () == DECIMAL_POINT ? '.' : 0;
  if (decimal != 0)
    return decimal;
  for (guint r = loader->header + 1; r < loader->rows->len && r < loader->header + 5000; r++)
    {
      GPtrArray *row = loader->rows->pdata[r];

      if (c->column[ROLE_VALUE] >= 0)
        _parity_csv_vote_decimal (cell_at (row, c->column[ROLE_VALUE]), &comma_votes,
                                  &point_votes);
      for (guint p = 0; p < c->periods->len; p++)
        _parity_csv_vote_decimal (cell_at (row, g_array_index (c->periods, int, p)), &comma_votes,
                      &point_votes);
      for (guint v = 0; v < c->values->len; v++)
        _parity_csv_vote_decimal (cell_at (row, g_array_index (c->values, int, v)), &comma_votes,
                                  &point_votes);
    }
  return comma_votes > point_votes ? ',' : '.';
}

/* What must be known of every row before the first observation: whether the entity codes
 * are Our World in Data's anywhere, and which breakdown columns vary between rows. */
typedef struct
{
  GArray    *columns;      /* the breakdown columns */
  GPtrArray *seen;         /* each one's first value */
  gboolean  *varies;
  guint      n_varying;
  int        code;         /* the entity code column, or -1 */
  gboolean   owid;
} Survey;

static void
survey_row (Survey    *survey,
            GPtrArray *row)
{
  if (survey->code >= 0 && !survey->owid && (guint)survey->code < row->len &&
      g_str_has_prefix (row->pdata[survey->code], "OWID_"))
    survey->owid = TRUE;
  for (guint i = 0; i < survey->columns->len; i++)
    {
      const char *cell = cell_at (row, g_array_index (survey->columns, int, i));

      if (survey->varies[i])
        continue;
      if (survey->seen->pdata[i] == NULL)
        survey->seen->pdata[i] = g_strdup (cell);
      else if (!g_str_equal (survey->seen->pdata[i], cell))
        {
          survey->varies[i] = TRUE;
          survey->n_varying++;
        }
    }
}

/* Whether "OWID_" is anywhere in the text: found by its underscore, which memchr finds
 * many times faster than memmem finds the five bytes. */
static gboolean
has_owid_text (const char *start,
               const char *end)
{
  const char *p = start;

  while (p < end && (p = memchr (p, '_', end - p)) != NULL)
    {
      if (p - start >= 4 && memcmp (p - 4, "OWID", 4) == 0)
        return TRUE;
      p++;
    }
  return FALSE;
}

/* The kept rows answer for most files; the rest is read ahead (a second reader over the
 * same text, its cells not kept) only when they do not, and for OWID's codes only when the
 * rest holds "OWID_" at all. Keeps the breakdown columns that vary. */
gboolean
_parity_csv_survey_rows (Loader  *loader,
                         GError **error)
{
  CsvReader *reader = &loader->reader;
  GArray *columns = loader->c.breakdowns;
  g_autoptr(GPtrArray) seen = g_ptr_array_new_full (columns->len, g_free);
  g_autofree gboolean *varies = g_new0 (gboolean, columns->len + 1);
  Survey survey = { columns, seen, varies, 0, loader->c.column[ROLE_ENTITY_CODE], FALSE };
  gboolean owid_possible;

  g_ptr_array_set_size (seen, (int)columns->len);
  for (guint r = loader->header + 1; r < loader->rows->len; r++)
    survey_row (&survey, loader->rows->pdata[r]);
  owid_possible = survey.code >= 0 && !survey.owid && has_owid_text (reader->p, reader->end);
  if (reader->p < reader->end && (owid_possible || survey.n_varying < columns->len))
    {
      g_auto(CsvReader) ahead = *reader;
      GPtrArray *row;

      ahead.text = g_string_sized_new (1024);
      ahead.offsets = g_array_new (FALSE, FALSE, sizeof (gsize));
      ahead.cells = g_ptr_array_new ();
      ahead.progress_span = 0;
      for (;;)
        {
          if (!_parity_csv_reader_next (&ahead, &row, error))
            return FALSE;
          if (row == NULL)
            break;
          survey_row (&survey, row);
        }
    }
  loader->owid_seen = survey.owid;
  for (guint i = columns->len; i-- > 0;)
    if (!varies[i])
      g_array_remove_index (columns, i);
  return TRUE;
}

/* The dataset and its one source: the file's name, the metadata rows, an SDMX-CSV agency. */
void
_parity_csv_start_dataset (Loader *loader,
                           char    decimal)
{
  const Columns *c = &loader->c;
  g_autofree char *basename = g_path_get_basename (loader->display_name);
  char *dot = strrchr (basename, '.');
  ParitySource *source;

  loader->stem = dot != NULL && dot != basename ? g_strndup (basename, dot - basename)
                                                : g_strdup (basename);
  loader->dataset = parity_dataset_new (c->lang);
  loader->lang = c->lang;
  loader->decimal_comma = decimal == ',';
  loader->ids = parity_id_map_new ();

  source = _parity_dataset_add_source (loader->dataset, "file");
  source->title = parity_text_new_plain (c->lang, basename);
  read_metadata (loader, loader->rows, loader->header, source);
  /* OWID's downloads carry no source line; the shape says who published them, and the
   * file's name is their chart's ("share-of-individuals-using-the-internet"). */
  loader->owid = _parity_csv_is_owid (loader->rows->pdata[loader->header], c);
  loader->owid_codes = loader->owid || loader->owid_seen;
  if (loader->owid && source->publisher == NULL)
    {
      source->publisher = parity_text_new_plain (c->lang, "Our World in Data");
      parity_text_set (source->title, c->lang, loader->stem);
    }
  /* SDMX-CSV: the agency of the dataflow publishes it. */
  if (c->dataflow >= 0 && loader->header + 1 < loader->rows->len)
    {
      const char *flow = cell_at (loader->rows->pdata[loader->header + 1], c->dataflow);
      const char *colon = strchr (flow, ':');

      if (colon != NULL && colon > flow)
        {
          g_autofree char *agency = g_strndup (flow, colon - flow);

          source->publisher = parity_text_new_plain (c->lang, agency);
        }
    }
  loader->source = 0;
}
