/* parity-csv-loader.c: CSV files (RFC 4180), tidy or wide, World Bank downloads, SDMX-CSV
 *
 * The text is already valid UTF-8 without a BOM when parity_dataset_load_bytes() hands it
 * here (a BOM is skipped again for direct callers). The delimiter (comma, semicolon, tab) is
 * the one that gives the first records a consistent field count; the decimal mark is the one
 * the values show ("86,6" is a decimal comma), unless PARITY_CSV_DECIMAL=comma|point or
 * _parity_csv_load_with() says otherwise.
 *
 * Layouts: tidy (one observation per row: entity, period, indicator, value, and optionally
 * unit, qualifier and breakdown columns, found by their header names in several languages),
 * wide (an entity column, then one column per period: "2015", "2016"…) and one column per
 * indicator (an entity column, perhaps a period column, then columns of numbers named by
 * their indicator: Our World in Data's downloads, see parity-csv-owid.c). Rows of metadata
 * before the header ("Data Source","World Development Indicators") are read for the source.
 * A table without a period column is one period, PARITY_PERIOD_NONE. The first rows are read
 * by parity-csv-table.c; the rest are read one at a time (parity-csv-rows.c) and turned into
 * observations here, so that a file of millions of rows is never held as a table of cells.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "parity-csv-loader-private.h"
#include "parity-economy-names.h"
#include "parity-error.h"
#include "parity-loader-private.h"

/* Warnings about single values; past this, one line counts the rest. */
#define MAX_VALUE_WARNINGS 20

/* Observations read from one file at most: MAX_OBSERVATIONS but for tests. */
static guint max_observations = MAX_OBSERVATIONS;

/* For tests: a smaller cap on observations; 0 restores MAX_OBSERVATIONS. */
void
_parity_csv_set_max_observations (guint max)
{
  max_observations = max > 0 ? max : MAX_OBSERVATIONS;
}

static void
loader_clear (Loader *loader)
{
  g_clear_object (&loader->dataset);
  g_clear_pointer (&loader->stem, g_free);
  g_clear_pointer (&loader->ids, parity_id_map_free);
  g_clear_pointer (&loader->value_indicators, g_ptr_array_unref);
  /* The rows point into the cells: freed first. */
  g_clear_pointer (&loader->rows, g_ptr_array_unref);
  g_clear_pointer (&loader->lines, g_array_unref);
  g_clear_pointer (&loader->cells, g_string_chunk_free);
  g_clear_pointer (&loader->period_atoms, g_array_unref);
  g_clear_pointer (&loader->last_code, g_free);
  g_clear_pointer (&loader->last_name, g_free);
  _parity_csv_columns_clear (&loader->c);
  _parity_csv_reader_clear (&loader->reader);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Loader, loader_clear)

static void
value_warning (Loader     *loader,
               guint       line,
               const char *column,
               const char *cell)
{
  _parity_dataset_add_left_out (loader->dataset, PARITY_LEFT_OUT_VALUES, 1);
  if (loader->n_warnings >= MAX_VALUE_WARNINGS)
    {
      loader->n_more_warnings++;
      return;
    }
  loader->n_warnings++;
  _parity_dataset_add_warning (loader->dataset,
                               /* Translators: the row number, the column's name, then
                                  the text found. */
                               _("row %u, column '%s': \"%s\" is not a number; the value "
                                 "is left out"), line, column, cell);
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
  g_autofree char *t = NULL;
  GString *out;
  const char *p;

  /* Most cells are already one line: printable ASCII, single spaces inside. */
  for (p = s; (guchar)*p > ' ' && (guchar)*p < 0x80; p++)
    if (p[1] == ' ' && (guchar)p[2] > ' ')
      p++;
  if (*p == '\0')
    return g_strdup (s);

  t = _parity_csv_trim (s);
  out = g_string_new (NULL);
  for (p = t; *p; p = g_utf8_next_char (p))
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
find_entity (Loader     *loader,
             const char *code,
             const char *name)
{
  ParityEntityKind kind = PARITY_ENTITY_OTHER;
  ParityEntityKind known;
  const char *id, *named, *label = *name ? name : code;
  guint32 index;
  ParityEntity *entity;
  g_autofree char *folded = NULL;

  if (loader->owid_codes)
    code = _parity_csv_owid_entity (code, name, &kind);
  /* Without a code, a country's name in one of the UN's languages is as good as one. */
  named = *code ? code : parity_economy_find_by_name (name);
  if (named != NULL)
    {
      id = parity_id_map_get_entity (loader->ids, named, &known);
      if (known != PARITY_ENTITY_OTHER)
        kind = known;
    }
  else
    id = parity_id_map_get (loader->ids, name);
  index = parity_dataset_lookup_entity (loader->dataset, id);
  if (index != PARITY_INDEX_NONE)
    return index;
  index = parity_dataset_get_n_entities (loader->dataset);
  entity = _parity_dataset_add_entity (loader->dataset, id);
  entity->label = parity_text_new_plain (loader->lang, label);
  entity->kind = kind;
  folded = g_utf8_casefold (label, -1);
  if (g_str_equal (code, "WLD") || g_str_equal (code, "W") || g_str_equal (folded, "world"))
    entity->kind = PARITY_ENTITY_WORLD;
  return index;
}

/* The entity of a code and name, the last row's without asking the classification again. */
static guint32
get_entity (Loader     *loader,
            const char *code,
            const char *name)
{
  if (loader->last_code == NULL || strcmp (code, loader->last_code) != 0 ||
      strcmp (name, loader->last_name) != 0)
    {
      g_free (loader->last_code);
      g_free (loader->last_name);
      loader->last_code = g_strdup (code);
      loader->last_name = g_strdup (name);
      loader->last_entity = find_entity (loader, code, name);
    }
  return loader->last_entity;
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
  id = parity_id_map_get (loader->ids, id);
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
      g_autofree char *name = _parity_csv_normalize_header (header->pdata[col]);
      g_autofree char *value = _parity_csv_trim (cell_at (row, col));
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

/* One observation; FALSE past the cap on observations. */
static gboolean
append_observation (Loader          *loader,
                    ParityIndicator *indicator,
                    guint32          entity,
                    guint32          period,
                    guint32          breakdown,
                    const char      *cell,
                    const char      *column,
                    guint            line,
                    ParityQualifier  flag,
                    GError         **error)
{
  double value = NAN;
  ParityQualifier qualifier = PARITY_QUALIFIER_EXACT;
  guint decimals = 0;
  NumberResult result;

  if (++loader->n_observations > max_observations)
    {
      g_set_error (error, PARITY_ERROR, PARITY_ERROR_UNSUPPORTED,
                   /* Translators: the file name, the line, then a number of observations. */
                   _("%s:%u:1: the file has more than %u observations, more than Parity reads "
                     "from one file"), loader->display_name, line, max_observations);
      return FALSE;
    }
  result = _parity_csv_parse_number (cell, loader->decimal_comma, &value, &qualifier, &decimals);
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
        g_autofree char *shown = _parity_csv_trim (cell);

        value_warning (loader, line, column, shown);
      }
      G_GNUC_FALLTHROUGH;
    case NUMBER_MISSING:
      value = NAN;
      qualifier = PARITY_QUALIFIER_MISSING;
      break;
    }
  _parity_indicator_append (indicator, entity, period, breakdown, value, qualifier,
                            loader->source);
  return TRUE;
}

/* The cells that say what a row is about: entity code and name, indicator code and name,
 * unit. */
#define N_SUBJECT_CELLS 5

/* The last row's subject, copied: the reader reuses its cells' memory for the next row. */
typedef struct
{
  char            *subject[N_SUBJECT_CELLS];
  guint32          entity;
  ParityIndicator *indicator;
} LastSubject;

static void
last_subject_clear (LastSubject *last)
{
  for (guint i = 0; i < N_SUBJECT_CELLS; i++)
    g_clear_pointer (&last->subject[i], g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (LastSubject, last_subject_clear)

static gboolean
same_cells (const char * const *a,
            char * const       *b)
{
  for (guint i = 0; i < N_SUBJECT_CELLS; i++)
    if (strcmp (a[i], b[i]) != 0)
      return FALSE;
  return TRUE;
}

/* The entity and indicator of a row, added to the dataset when new; FALSE (with a warning)
 * for a row without an entity. */
static gboolean
row_subject (Loader             *loader,
             const Columns      *c,
             const char * const *subject,
             guint               line,
             guint32            *entity,
             ParityIndicator   **indicator)
{
  g_autofree char *code = one_line (subject[0]);
  g_autofree char *name = one_line (subject[1]);
  g_autofree char *ind_code = one_line (subject[2]);
  g_autofree char *ind_name = one_line (subject[3]);
  g_autofree char *unit = _parity_csv_trim (subject[4]);

  /* "ESTAT:isoc_ci_ifp_iu(1.0)" → "isoc_ci_ifp_iu" */
  if (c->dataflow >= 0 && c->column[ROLE_INDICATOR_CODE] == c->dataflow)
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
      _parity_dataset_add_left_out (loader->dataset, PARITY_LEFT_OUT_ROWS, 1);
      _parity_dataset_add_warning (loader->dataset,
                                   /* Translators: the row number. */
                                   _("row %u has no entity; it is left out"), line);
      return FALSE;
    }
  *entity = get_entity (loader, code, name);
  /* A table with one column per indicator: each value column's, not the row's. */
  if (c->values->len > 0)
    return TRUE;
  *indicator = get_indicator (loader, ind_code, ind_name);
  apply_unit (*indicator, unit, c->lang);
  return TRUE;
}

/* A data row, once its subject is known. */
typedef struct
{
  GPtrArray       *cells;
  guint            line;
  ParityIndicator *indicator;
  guint32          entity;
  guint32          breakdown;
  ParityQualifier  flag;
} Row;

/* A row's period: its period column's, or PARITY_PERIOD_NONE in a table without one; NULL
 * (with a warning) for a row whose period is empty. */
static const char *
row_period (Loader    *loader,
            const Row *row,
            char     **trimmed)
{
  const Columns *c = &loader->c;
  GPtrArray *header_row = loader->rows->pdata[loader->header];
  const char *period = PARITY_PERIOD_NONE;

  if (c->column[ROLE_PERIOD] >= 0)
    {
      period = cell_at (row->cells, c->column[ROLE_PERIOD]);
      /* Most periods need no trimming: no copy then. */
      if (g_ascii_isspace (*period) || (guchar)*period >= 0x80 || *period == '\0' ||
          g_ascii_isspace (period[strlen (period) - 1]) ||
          (guchar)period[strlen (period) - 1] >= 0x80)
        period = *trimmed = _parity_csv_trim (period);
      if (*period == '\0')
        {
          _parity_dataset_add_left_out (loader->dataset, PARITY_LEFT_OUT_ROWS, 1);
          _parity_dataset_add_warning (loader->dataset,
                                       /* Translators: the row number, then the column's name. */
                                       _("row %u, column '%s': no period; the row "
                                         "is left out"), row->line,
                                       (const char *)header_row->pdata[c->column[ROLE_PERIOD]]);
          return NULL;
        }
    }
  return period;
}

/* A tidy row's one observation (none, with a warning, for a row without a period); FALSE
 * past the cap on observations. */
static gboolean
read_tidy_value (Loader     *loader,
                 const Row  *row,
                 GError    **error)
{
  const Columns *c = &loader->c;
  GPtrArray *header_row = loader->rows->pdata[loader->header];
  g_autofree char *trimmed = NULL;
  const char *period = row_period (loader, row, &trimmed);

  if (period == NULL)
    return TRUE;
  return append_observation (loader, row->indicator, row->entity,
                             _parity_dataset_intern_period (loader->dataset, period),
                             row->breakdown, cell_at (row->cells, c->column[ROLE_VALUE]),
                             header_row->pdata[c->column[ROLE_VALUE]], row->line, row->flag,
                             error);
}

/* A row's observations in a wide table (each column a period) or a table with one column per
 * indicator (each column an indicator): one per column whose cell is not empty, since an
 * empty cell of such a table is no observation at all. A period column's period is interned
 * when its first value is met, so that periods keep the order they had. */
static gboolean
read_columns (Loader     *loader,
              const Row  *row,
              GError    **error)
{
  const Columns *c = &loader->c;
  GPtrArray *header_row = loader->rows->pdata[loader->header];
  gboolean by_indicator = c->values->len > 0;
  GArray *columns = by_indicator ? c->values : c->periods;
  g_autofree char *trimmed = NULL;
  const char *period = by_indicator ? row_period (loader, row, &trimmed) : NULL;
  guint32 row_period_atom = PARITY_INDEX_NONE;

  if (by_indicator && period == NULL)
    return TRUE;
  for (guint k = 0; k < columns->len; k++)
    {
      int col = g_array_index (columns, int, k);
      const char *cell = cell_at (row->cells, col);
      guint32 atom;

      if (*cell == '\0')
        continue;
      if (by_indicator)
        {
          if (row_period_atom == PARITY_INDEX_NONE)
            row_period_atom = _parity_dataset_intern_period (loader->dataset, period);
          atom = row_period_atom;
        }
      else
        {
          guint32 *cached = &g_array_index (loader->period_atoms, guint32, k);

          if (*cached == PARITY_INDEX_NONE)
            *cached = _parity_dataset_intern_period (loader->dataset, c->period_names->pdata[k]);
          atom = *cached;
        }
      if (!append_observation (loader,
                               by_indicator ? loader->value_indicators->pdata[k] : row->indicator,
                               row->entity, atom, row->breakdown, cell, header_row->pdata[col],
                               row->line, row->flag, error))
        return FALSE;
    }
  return TRUE;
}

/* The indicators of a table with one column per indicator, in the columns' order: each
 * named by its header, its id made from the name. */
static void
add_value_indicators (Loader *loader)
{
  GPtrArray *header_row = loader->rows->pdata[loader->header];

  loader->value_indicators = g_ptr_array_new ();
  for (guint v = 0; v < loader->c.values->len; v++)
    {
      g_autofree char *name = one_line (header_row->pdata[g_array_index (loader->c.values,
                                                                         int, v)]);

      g_ptr_array_add (loader->value_indicators, get_indicator (loader, "", name));
    }
}

static gboolean
row_is_blank (GPtrArray *row)
{
  for (guint i = 0; i < row->len; i++)
    if (*(const char *)row->pdata[i] != '\0')
      return FALSE;
  return TRUE;
}

/* One row after the header into observations; FALSE past a cap on the model's size. */
static gboolean
read_row (Loader       *loader,
          GPtrArray    *row,
          guint         line,
          LastSubject  *last,
          GError      **error)
{
  const Columns *c = &loader->c;
  GPtrArray *header_row = loader->rows->pdata[loader->header];
  const char *subject[] = {
    cell_at (row, c->column[ROLE_ENTITY_CODE]),
    cell_at (row, c->column[ROLE_ENTITY_NAME]),
    cell_at (row, c->column[ROLE_INDICATOR_CODE]),
    cell_at (row, c->column[ROLE_INDICATOR_NAME]),
    cell_at (row, c->column[ROLE_UNIT]),
  };
  Row data = { row, line, NULL, 0, 0, PARITY_QUALIFIER_EXACT };

  if (row_is_blank (row))
    return TRUE;
  /* Sorted tables repeat an entity and indicator over many rows: the same cells give the
   * same entity and indicator, without cleaning and looking up their texts again. */
  if (last->subject[0] != NULL && same_cells (subject, last->subject))
    {
      data.entity = last->entity;
      data.indicator = last->indicator;
    }
  else if (!row_subject (loader, c, subject, line, &data.entity, &data.indicator))
    return TRUE;
  else
    {
      if (parity_dataset_get_n_entities (loader->dataset) +
          parity_dataset_get_n_indicators (loader->dataset) > MAX_SUBJECTS)
        {
          g_set_error (error, PARITY_ERROR, PARITY_ERROR_UNSUPPORTED,
                       /* Translators: the file name, the line, then a number. */
                       _("%s:%u:1: the file names more than %u indicators and entities, more "
                         "than Parity reads from one file"), loader->display_name, line,
                       MAX_SUBJECTS);
          return FALSE;
        }
      last_subject_clear (last);
      for (guint i = 0; i < N_SUBJECT_CELLS; i++)
        last->subject[i] = g_strdup (subject[i]);
      last->entity = data.entity;
      last->indicator = data.indicator;
    }
  data.flag = _parity_csv_qualifier_from_flag (cell_at (row, c->column[ROLE_QUALIFIER]));
  data.breakdown = get_breakdown (loader, header_row, row, c->breakdowns);
  if (c->column[ROLE_VALUE] >= 0)
    return read_tidy_value (loader, &data, error);
  return read_columns (loader, &data, error);
}

/* Every row after the header, into observations: the kept rows, then the reader's, one at a
 * time. */
static gboolean
read_rows (Loader  *loader,
           GError **error)
{
  g_auto(LastSubject) last = { { NULL } };
  GPtrArray *row;

  add_value_indicators (loader);
  loader->period_atoms = g_array_sized_new (FALSE, FALSE, sizeof (guint32),
                                            loader->c.periods->len);
  for (guint k = 0; k < loader->c.periods->len; k++)
    {
      guint32 none = PARITY_INDEX_NONE;

      g_array_append_val (loader->period_atoms, none);
    }
  for (guint r = loader->header + 1; r < loader->rows->len; r++)
    if (!read_row (loader, loader->rows->pdata[r], g_array_index (loader->lines, guint, r),
                   &last, error))
      return FALSE;
  for (;;)
    {
      if (!_parity_csv_reader_next (&loader->reader, &row, error))
        return FALSE;
      if (row == NULL)
        return TRUE;
      if (!read_row (loader, row, loader->reader.row_line, &last, error))
        return FALSE;
    }
}

/* The dataset's title, format and charts; FALSE when no row had data. */
static gboolean
finish_dataset (Loader  *loader,
                GError **error)
{
  ParityDataset *dataset = loader->dataset;
  const Columns *c = &loader->c;
  const ParityIndicator *first;
  const char *title;

  if (parity_dataset_get_n_indicators (dataset) == 0)
    {
      g_set_error (error, PARITY_ERROR, PARITY_ERROR_UNSUPPORTED,
                   /* Translators: the file name, then the line of the header. */
                   _("%s: no data rows after the header on line %u"), loader->display_name,
                   g_array_index (loader->lines, guint, loader->header));
      return FALSE;
    }
  if (loader->n_more_warnings > 0)
    _parity_dataset_add_warning (dataset,
                                 /* Translators: a count. */
                                 _("%u more values were not numbers and are left out"),
                                 loader->n_more_warnings);
  /* Values written at full precision (OWID's, or six decimals and more, as in the World
   * Bank's bulk download) are shown to three significant digits. */
  for (guint i = 0; i < parity_dataset_get_n_indicators (dataset); i++)
    {
      ParityIndicator *indicator = (ParityIndicator *)parity_dataset_get_indicator (dataset, i);

      if (loader->owid || indicator->decimals >= 6)
        indicator->decimals = _parity_csv_owid_decimals (indicator);
    }
  first = parity_dataset_get_indicator (dataset, 0);
  title = parity_dataset_get_n_indicators (dataset) == 1
          ? parity_text_get (first->label, c->lang, c->lang) : loader->stem;
  _parity_dataset_take_title (dataset, parity_text_new_plain (c->lang, title));
  _parity_dataset_set_format_name (dataset,
                                   c->sdmx ? "SDMX-CSV" : c->column[ROLE_VALUE] >= 0
                                   ? N_("CSV (one value per row)")
                                   : loader->owid ? N_("CSV (Our World in Data)")
                                   : c->values->len > 0 ? N_("CSV (one column per indicator)")
                                   : N_("CSV (one column per period)"));
  _parity_dataset_add_default_charts (dataset);
  return TRUE;
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
  g_auto(Loader) loader = { 0 };

  loader.display_name = display_name;
  if (!_parity_csv_read_prefix (&loader, data, len, error) || !_parity_csv_find_header (&loader, error) ||
      !_parity_csv_survey_rows (&loader, error))
    return NULL;
  _parity_csv_start_dataset (&loader, _parity_csv_choose_decimal (&loader, decimal));
  if (!read_rows (&loader, error) || !finish_dataset (&loader, error))
    return NULL;
  return g_steal_pointer (&loader.dataset);
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
