/* parity-csv-private.h: the CSV reader's pieces that the loader uses
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "parity-dataset.h"

G_BEGIN_DECLS

/* Observations in one CSV file: at about 25 bytes each in the model, 2^25 of them are
 * 800 MiB, far past the World Bank's whole WDI download (about 10 million). */
#define MAX_OBSERVATIONS (32u * 1024u * 1024u)
/* Indicators and entities in one CSV file: each costs a few hundred bytes before any value;
 * the WDI download has 1 500 indicators and 266 economies and aggregates. */
#define MAX_SUBJECTS (256u * 1024u)
/* A wide table has a column per year or per economy; ten thousand is past any of those. */
#define MAX_COLUMNS 10000u
/* A field is a name, a code, a number or a note: 64 KiB is far past any of them. */
#define MAX_FIELD_BYTES (64u * 1024u)

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

typedef enum
{
  DECIMAL_AUTO,
  DECIMAL_POINT,
  DECIMAL_COMMA,
} DecimalMark;

typedef enum
{
  NUMBER_OK,
  NUMBER_MISSING,       /* a usual marker: no warning */
  NUMBER_BAD,
} NumberResult;

typedef struct
{
  int         column[N_ROLES];   /* the first column of each role, or -1 */
  GArray     *breakdowns;        /* int columns */
  GArray     *periods;           /* int columns of a wide layout */
  GPtrArray  *period_names;      /* their normalized periods */
  GArray     *values;            /* int columns of one indicator each, named by their header */
  const char *lang;
  gboolean    sdmx;
  int         dataflow;          /* SDMX-CSV: "AGENCY:FLOW(VERSION)", or -1 */
} Columns;

/* A record at a time, in buffers reused for the next. */
typedef struct
{
  const char *data, *p, *end;
  const char *line_start;
  const char *milestone;
  const char *display_name;
  char        delimiter;
  guint       line;
  guint       row_line;          /* the line the last record starts on */
  double      progress_base;     /* the monitored fraction at the start and its span */
  double      progress_span;
  GString    *text;              /* the record's fields, each ending in a NUL */
  GArray     *offsets;           /* gsize: where each field starts in text; its length is
                                  * room, n_fields how many are used */
  guint       n_fields;
  GPtrArray  *cells;             /* the record: pointers into text */
} CsvReader;

void          _parity_csv_reader_init (CsvReader *reader,
                                       const char *data,
                                       gsize len,
                                       char delimiter,
                                       const char *display_name);
void          _parity_csv_reader_clear (CsvReader *reader);
gboolean      _parity_csv_reader_next (CsvReader *reader,
                                       GPtrArray **row,
                                       GError **error);
GPtrArray *   _parity_csv_row_copy (GPtrArray *row,
                                    GStringChunk *cells);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CsvReader, _parity_csv_reader_clear)

gboolean      _parity_csv_split (const char *data,
                                 gsize len,
                                 char delimiter,
                                 const char *display_name,
                                 GPtrArray **rows_out,
                                 GArray **lines_out,
                                 GStringChunk **cells_out,
                                 GError **error);
char          _parity_csv_detect_delimiter (const char *data,
                                            gsize len);
char *        _parity_csv_normalize_header (const char *header);
void          _parity_csv_columns_clear (Columns *c);
gboolean      _parity_csv_classify_header (GPtrArray *row,
                                           Columns *c);
char *        _parity_csv_trim (const char *s);
NumberResult  _parity_csv_parse_number (const char *cell,
                                        gboolean decimal_comma,
                                        double *value,
                                        ParityQualifier *qualifier,
                                        guint *decimals);
void          _parity_csv_vote_decimal (const char *cell,
                                        int *comma,
                                        int *point);
void          _parity_csv_describe_names (GString *out,
                                          Role role);
ParityQualifier _parity_csv_qualifier_from_flag (const char *flag);
gboolean      _parity_csv_keep_value_columns (Columns *c,
                                              GPtrArray *rows,
                                              guint first);
gboolean      _parity_csv_is_owid (GPtrArray *header,
                                   const Columns *c);
gboolean      _parity_csv_has_owid_codes (GPtrArray *rows,
                                          guint first,
                                          int column);
const char *  _parity_csv_owid_entity (const char *code,
                                       const char *name,
                                       ParityEntityKind *kind);
guint         _parity_csv_owid_decimals (const ParityIndicator *indicator);

G_END_DECLS
