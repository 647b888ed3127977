/* parity-csv-loader-private.h: the CSV loader's state, shared by its two files
 *
 * parity-csv-table.c reads the first rows (the header, the table's shape, the decimal mark,
 * what must be known of every row before the first observation) and starts the dataset;
 * parity-csv-loader.c turns the rows into observations.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "parity-csv-private.h"
#include "parity-dataset-private.h"
#include "parity-id-map.h"

G_BEGIN_DECLS

/* Rows searched for the header, after any metadata rows. */
#define MAX_HEADER_ROW 30
/* Rows kept whole at the start, to find the header and sample the values after it (the
 * decimal mark's votes look at 5 000); the rest are read one at a time. */
#define PREFIX_ROWS (MAX_HEADER_ROW + 5000)

/* The loader */
typedef struct
{
  ParityDataset *dataset;       /* owned until the load returns it */
  const char    *display_name;
  char          *stem;          /* the file name without folder and extension */
  const char    *lang;
  gboolean       decimal_comma;
  guint32        source;
  gboolean       owid;          /* Our World in Data's shape: its codes, its publisher */
  gboolean       owid_codes;    /* OWID's codes, in its shape or another ("iso_code") */
  GPtrArray     *value_indicators;  /* the indicator of each value column */
  guint          n_warnings;
  guint          n_more_warnings;
  ParityIdMap   *ids;           /* codes and names → ids */
  /* The first rows, kept, and what the header among them says; the reader has the rest. */
  GStringChunk  *cells;
  GPtrArray     *rows;          /* GPtrArray of cells, pointing into cells */
  GArray        *lines;         /* the line each row starts on */
  guint          header;        /* the header's row */
  Columns        c;
  CsvReader      reader;
  gboolean       owid_seen;     /* an "OWID_" code in the entity code column */
  GArray        *period_atoms;  /* guint32: each period column's interned period, once seen */
  guint          n_observations;
  /* The last row's entity: a wide file lists every indicator of one economy in a row. */
  char          *last_code;
  char          *last_name;
  guint32        last_entity;
} Loader;

static inline const char *
cell_at (GPtrArray *row,
         int        column)
{
  if (column < 0 || (guint)column >= row->len)
    return "";
  return row->pdata[column];
}

gboolean _parity_csv_read_prefix    (Loader      *loader,
                                     const char  *data,
                                     gsize        len,
                                     GError     **error);
gboolean _parity_csv_find_header    (Loader      *loader,
                                     GError     **error);
gboolean _parity_csv_survey_rows    (Loader      *loader,
                                     GError     **error);
char     _parity_csv_choose_decimal (Loader      *loader,
                                     char         decimal);
void     _parity_csv_start_dataset  (Loader      *loader,
                                     char         decimal);

G_END_DECLS
