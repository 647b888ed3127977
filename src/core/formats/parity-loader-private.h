/* parity-loader-private.h: the loaders behind parity_dataset_load_bytes()
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "parity-dataset.h"
#include "parity-json-cut.h"

G_BEGIN_DECLS

/* The bytes a tree was parsed from, and the arrays cut out of the tree for the loader to
 * read from the bytes (parity-json-cut.c); NULL where nothing was cut. */
typedef struct
{
  const char    *data;
  gsize          len;
  ParityJsonCut *cut;
} ParityJsonSource;

/* A JSON format: sniff says whether a document is one (and if not, why, for the message
 * that lists what was tried); load reads it. A loader that reads cut arrays from the bytes
 * and meets an element only the whole tree can read as before fails with no error and sets
 * the cut's retry. */
typedef struct
{
  const char    *name;
  gboolean     (*sniff) (JsonNode    *root,
                         char       **why_not);
  ParityDataset *(*load) (JsonNode               *root,
                          const ParityJsonSource *source,
                          const char             *display_name,
                          GError                **error);
  ParityJsonCutKind cut_kind;   /* the cut it reads; another is not its to read */
} ParityJsonFormat;

gboolean       _parity_native_loader_sniff (JsonNode    *root);
ParityDataset *_parity_native_loader_load  (JsonNode               *root,
                                            const ParityJsonSource *source,
                                            const char             *display_name,
                                            GError                **error);

ParityChartSpec *_parity_native_loader_parse_chart (ParityDataset  *dataset,
                                                   JsonNode       *node,
                                                   guint32         replacing,
                                                   GError        **error);

gboolean       _parity_worldbank_loader_sniff (JsonNode    *root,
                                              char       **why_not);
ParityDataset *_parity_worldbank_loader_load  (JsonNode               *root,
                                              const ParityJsonSource *source,
                                              const char             *display_name,
                                              GError                **error);
/* Adds @other's labels in @lang (the same response in another language) to @into. */
gboolean       _parity_worldbank_merge_language (ParityDataset  *into,
                                                 ParityDataset  *other,
                                                 const char     *lang,
                                                 GError        **error);

/* What a CSV (or other text) loader implements; NULL while none is built in. */
typedef ParityDataset *(*ParityTextLoader) (const char  *data,
                                            gsize        len,
                                            const char  *display_name,
                                            GError     **error);

gboolean       _parity_sdmx_loader_sniff (JsonNode    *root,
                                         char       **why_not);
ParityDataset *_parity_sdmx_loader_load  (JsonNode               *root,
                                         const ParityJsonSource *source,
                                         const char             *display_name,
                                         GError                **error);

/* parity-web-page.c: refuses a web page or an XML document saved in place of data. */
gboolean       _parity_web_page_refuse (const char  *data,
                                        gsize        len,
                                        const char  *display_name,
                                        GError     **error);

gboolean       _parity_utf8_validate (const char  *data,
                                      gsize        len,
                                      const char **end);

/* parity-csv-loader.c */
ParityDataset *_parity_csv_load      (const char  *data,
                                      gsize        len,
                                      const char  *display_name,
                                      GError     **error);
ParityDataset *_parity_csv_load_with (const char  *data,
                                      gsize        len,
                                      const char  *display_name,
                                      char         decimal,
                                      GError     **error);
gboolean       _parity_csv_tokenize  (const char  *data,
                                      gsize        len,
                                      char         delimiter,
                                      GPtrArray  **rows,
                                      GStringChunk **cells,
                                      GError     **error);
void           _parity_csv_set_max_observations (guint max);

G_END_DECLS
