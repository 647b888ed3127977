/* parity-csv-rows.c: CSV text into records, one at a time
 *
 * RFC 4180 fields (quotes, embedded newlines, doubled quotes) and the delimiter that gives
 * the records a consistent field count. The reader yields one record at a time in buffers it
 * reuses, so that a file of millions of rows is never held as cells: the loader turns each
 * record into observations before it asks for the next. _parity_csv_split() keeps the
 * records of a whole table, for the tests and small callers.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "parity-csv-private.h"
#include "parity-error.h"
#include "parity-load-hooks.h"
#include "parity-loader-private.h"

/* How often a monitored load hears how far the reader is, and may be cancelled. */
#define MILESTONE_BYTES (1024 * 1024)

void
_parity_csv_reader_init (CsvReader  *reader,
                         const char *data,
                         gsize       len,
                         char        delimiter,
                         const char *display_name)
{
  memset (reader, 0, sizeof *reader);
  reader->data = reader->p = reader->line_start = data;
  reader->end = data + len;
  reader->delimiter = delimiter;
  reader->display_name = display_name;
  reader->line = 1;
  reader->milestone = data + MILESTONE_BYTES;
  reader->progress_base = 0.05;
  reader->progress_span = 0.5;
  reader->text = g_string_sized_new (1024);
  reader->offsets = g_array_new (FALSE, FALSE, sizeof (gsize));
  reader->cells = g_ptr_array_new ();
}

void
_parity_csv_reader_clear (CsvReader *reader)
{
  if (reader->text != NULL)
    g_string_free (reader->text, TRUE);
  reader->text = NULL;
  g_clear_pointer (&reader->offsets, g_array_unref);
  g_clear_pointer (&reader->cells, g_ptr_array_unref);
}

/* @n bytes at the end of the record's text, without a call for room that is there: a row's
 * fields are most of the file's bytes. */
static inline void
append_text (GString    *text,
             const char *bytes,
             gsize       n)
{
  if (G_UNLIKELY (text->len + n + 1 > text->allocated_len))
    {
      gsize len = text->len;

      g_string_set_size (text, len + n);
      text->len = len;
    }
  memcpy (text->str + text->len, bytes, n);
  text->len += n;
}

/* The end of a field: its offset kept (the array's length is its room; n_fields is how many
 * are used) and a NUL after its text. */
static inline void
end_field (CsvReader *reader,
           gsize      offset)
{
  if (G_UNLIKELY (reader->n_fields == reader->offsets->len))
    g_array_set_size (reader->offsets, MAX (16, reader->offsets->len * 2));
  ((gsize *)(gpointer)reader->offsets->data)[reader->n_fields++] = offset;
  append_text (reader->text, "", 1);
}

static guint
column_of (const char *line_start,
           const char *at)
{
  return (guint)g_utf8_strlen (line_start, at - line_start) + 1;
}

/* A quoted field from the quote at @reader->p: its text without the quotes appended to the
 * row's text; FALSE at the end of the data before the closing quote. */
static gboolean
read_quoted (CsvReader *reader)
{
  const char *p = reader->p + 1, *end = reader->end, *span = p;
  GString *text = reader->text;

  for (;;)
    {
      if (p >= end)
        return FALSE;
      if (*p == '"')
        {
          append_text (text, span, p - span);
          if (p + 1 < end && p[1] == '"')
            {
              append_text (text, "\"", 1);
              p += 2;
              span = p;
              continue;
            }
          reader->p = p + 1;
          return TRUE;
        }
      if (*p == '\n' || (*p == '\r' && !(p + 1 < end && p[1] == '\n')))
        {
          reader->line++;
          reader->line_start = p + 1;
        }
      p++;
    }
}

/* One record into the reader's buffers; *blank when it is a blank line, which is no
 * record. */
static gboolean
read_record (CsvReader  *reader,
             gboolean   *blank,
             GError    **error)
{
  const char *end = reader->end;
  const char delimiter = reader->delimiter;
  GString *text = reader->text;
  gboolean row_quoted = FALSE;
  guint n = 0;

  g_string_truncate (text, 0);
  reader->n_fields = 0;
  reader->row_line = reader->line;
  for (;;)
    {
      const char *field_start = reader->p, *field_line_start = reader->line_start, *p;
      guint field_line = reader->line;
      gboolean quoted = FALSE;
      gsize offset = text->len;

      /* For a monitored load: how far, and whether to go on. */
      if (reader->p >= reader->milestone)
        {
          reader->milestone = reader->p + MILESTONE_BYTES;
          _parity_load_report (reader->progress_base + reader->progress_span *
                               (double)(reader->p - reader->data) /
                               (double)(end - reader->data));
          if (_parity_load_cancelled (error))
            return FALSE;
        }
      /* Where the field starts, for messages; its column is counted only when one is needed,
       * as counting it for every field would be quadratic in the length of a line. */
      if (*reader->p == '"')
        {
          quoted = row_quoted = TRUE;
          if (!read_quoted (reader))
            {
              g_set_error (error, PARITY_ERROR, PARITY_ERROR_SYNTAX,
                           /* Translators: the file name, then line:column of the quote. */
                           _("%s:%u:%u: this quoted field is never closed (a \" is "
                             "missing)"), reader->display_name, field_line,
                           column_of (field_line_start, field_start));
              return FALSE;
            }
        }
      /* Unquoted text, or what follows a closing quote (kept, as most readers do). */
      p = reader->p;
      while (p < end && *p != delimiter && *p != '\n' && *p != '\r')
        p++;
      append_text (text, reader->p, p - reader->p);
      reader->p = p;
      if (text->len - offset > MAX_FIELD_BYTES)
        {
          g_set_error (error, PARITY_ERROR, PARITY_ERROR_UNSUPPORTED,
                       /* Translators: the file name, line:column, a length in bytes, then the
                          largest length in KiB. */
                       _("%s:%u:%u: this field is %lu bytes long, longer than any name or "
                         "value Parity reads (at most %u KiB)"), reader->display_name,
                       field_line, column_of (field_line_start, field_start),
                       (gulong)(text->len - offset), MAX_FIELD_BYTES / 1024);
          return FALSE;
        }
      if (n >= MAX_COLUMNS)
        {
          g_set_error (error, PARITY_ERROR, PARITY_ERROR_UNSUPPORTED,
                       /* Translators: the file name, line:column, then a number of columns. */
                       _("%s:%u:%u: the row has more than %u columns"), reader->display_name,
                       field_line, column_of (field_line_start, field_start), MAX_COLUMNS);
          return FALSE;
        }
      end_field (reader, offset);
      n++;
      if (p >= end)
        {
          *blank = n == 1 && !row_quoted && text->str[0] == '\0';
          return TRUE;
        }
      if (*p == delimiter)
        {
          reader->p = ++p;
          if (p >= end)
            {
              /* A delimiter at the very end: one more, empty, field. */
              end_field (reader, text->len);
              *blank = FALSE;
              return TRUE;
            }
          continue;
        }
      if (*p == '\r' && p + 1 < end && p[1] == '\n')
        p++;
      p++;
      reader->p = reader->line_start = p;
      reader->line++;
      *blank = n == 1 && !row_quoted && !quoted && text->str[0] == '\0';
      return TRUE;
    }
}

/**
 * _parity_csv_reader_next:
 * @row: (out): the next record, its cells valid until the next call; NULL at the end
 *
 * Blank lines are skipped; the record's first line is in @reader->row_line.
 */
gboolean
_parity_csv_reader_next (CsvReader  *reader,
                         GPtrArray **row,
                         GError    **error)
{
  *row = NULL;
  while (reader->p < reader->end)
    {
      gboolean blank = FALSE;

      if (!read_record (reader, &blank, error))
        return FALSE;
      if (blank)
        continue;
      g_ptr_array_set_size (reader->cells, (int)reader->n_fields);
      for (guint i = 0; i < reader->n_fields; i++)
        reader->cells->pdata[i] = reader->text->str + g_array_index (reader->offsets, gsize, i);
      *row = reader->cells;
      return TRUE;
    }
  return TRUE;
}

/* A copy of @row whose cells are kept in @cells. */
GPtrArray *
_parity_csv_row_copy (GPtrArray    *row,
                      GStringChunk *cells)
{
  GPtrArray *copy = g_ptr_array_sized_new (row->len);

  for (guint i = 0; i < row->len; i++)
    g_ptr_array_add (copy, g_string_chunk_insert (cells, row->pdata[i]));
  return copy;
}

/* Every record of the text, kept: for small tables and tests. */
gboolean
_parity_csv_split (const char    *data,
                   gsize          len,
                   char           delimiter,
                   const char    *display_name,
                   GPtrArray    **rows_out,
                   GArray       **lines_out,
                   GStringChunk **cells_out,
                   GError       **error)
{
  g_autoptr(GStringChunk) texts = g_string_chunk_new (64 * 1024);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify)g_ptr_array_unref);
  g_autoptr(GArray) lines = g_array_new (FALSE, FALSE, sizeof (guint));
  g_auto(CsvReader) reader = { 0 };
  GPtrArray *row;

  _parity_csv_reader_init (&reader, data, len, delimiter, display_name);
  for (;;)
    {
      if (!_parity_csv_reader_next (&reader, &row, error))
        return FALSE;
      if (row == NULL)
        break;
      g_ptr_array_add (rows, _parity_csv_row_copy (row, texts));
      g_array_append_val (lines, reader.row_line);
    }
  *rows_out = g_steal_pointer (&rows);
  *cells_out = g_steal_pointer (&texts);
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
 * @cells: (out): the strings' storage, to free after @rows
 * @error: set for an unterminated quoted field, with "CSV:LINE:COLUMN"
 *
 * RFC 4180 records: quoted fields may hold delimiters, newlines and doubled quotes; blank
 * lines are skipped; line ends are LF, CRLF or CR.
 */
gboolean
_parity_csv_tokenize (const char    *data,
                      gsize          len,
                      char           delimiter,
                      GPtrArray    **rows,
                      GStringChunk **cells,
                      GError       **error)
{
  g_return_val_if_fail (rows != NULL && cells != NULL, FALSE);
  if (delimiter == 0)
    delimiter = _parity_csv_detect_delimiter (data, len);
  return _parity_csv_split (data, len, delimiter, "CSV", rows, NULL, cells, error);
}

/* Counts of @delimiter outside quotes in the first records; the delimiter whose most common
 * nonzero count covers the most records wins, then the one with more fields. */
char
_parity_csv_detect_delimiter (const char *data,
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

