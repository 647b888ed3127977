/* parity-sdmx-private.h: an SDMX-JSON message's structure, as the loader reads it, and the
 * functions parity-sdmx-loader.c, parity-sdmx-structure.c and parity-sdmx-data.c share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "parity-dataset.h"
#include "parity-id-map.h"
#include "parity-json-reader.h"
#include "parity-loader-private.h"

G_BEGIN_DECLS

typedef enum
{
  DIM_LABEL,      /* one value: part of the indicator label */
  DIM_ENTITY,
  DIM_TIME,
  DIM_INDICATOR,
  DIM_BREAKDOWN,
} DimRole;

typedef struct
{
  JsonObject *object;
  const char *id;
  JsonArray  *values;
  guint       n_values;
  DimRole     role;
  guint32    *entity;   /* per value, for DIM_ENTITY */
} Dim;

typedef struct
{
  JsonObject *object;
  const char *id;
  JsonArray  *values;
} Attr;

typedef struct
{
  JsonObject *structure;
  GArray     *dims[3];   /* Dim: dataSet, series, observation */
  GArray     *attrs[3];  /* Attr: dataSet, series, observation */
  Dim        *entity;
  Dim        *time;       /* NULL for a cross-section: one value per entity, no time */
  Dim        *indicator;
  guint       n_measures;
  ParityText *label;     /* the structure's name and its one-value dimensions */
} Structure;

/* What a load keeps: the dataset it builds (owned until the load returns it), the message's
 * structures as read, and what it counts of the observations it leaves out. */
typedef struct
{
  ParityDataset    *dataset;
  const char       *lang;
  const char       *file;
  guint32           source;
  GHashTable       *seen;             /* "indicator\x1fentity\x1fperiod\x1fbreakdown" */
  GHashTable       *decimals_given;   /* indicators with a DECIMALS attribute */
  guint             n_duplicates;
  guint             n_bad_keys;
  char             *first_bad_key;
  guint             n_bad_values;
  char             *first_bad_value;
  ParityIdMap      *ids;              /* the message's codes → ids */
  Structure        *parsed;           /* per structure; read when a data set first names it */
  guint             n_parsed;
  char             *data_set_period;  /* the data set's period, without a time dimension */
  const ParityJsonSource *json;       /* the bytes, and the series cut out of the tree */
  JsonParser       *parser;           /* one, for each series or observation cut out */
  gsize             done;             /* bytes of cut objects read, for progress */
} Loader;

JsonObject *      _parity_sdmx_get_object (JsonObject *object,
                                           const char *member);
JsonArray *       _parity_sdmx_get_array (JsonObject *object,
                                          const char *member);
const char *      _parity_sdmx_get_string (JsonObject *object,
                                           const char *member);
ParityText *      _parity_sdmx_read_names (Loader *loader,
                                           JsonObject *object,
                                           const char *plural,
                                           const char *singular);
gboolean          _parity_sdmx_has_role (JsonObject *object,
                                         const char *want);
const char *      _parity_sdmx_value_code (JsonArray *values,
                                           guint index);
char *            _parity_sdmx_attr_value (Attr *attr,
                                           JsonNode *node);
void              _parity_sdmx_structure_clear (Structure *s);
Dim *             _parity_sdmx_all_dims_next (Structure *s,
                                              guint *level,
                                              guint *i);
gboolean          _parity_sdmx_read_structure (Loader *loader,
                                               ParityJsonReader *r,
                                               JsonObject *structure,
                                               Structure *s);
gboolean          _parity_sdmx_load_data_set (Loader *loader,
                                              ParityJsonReader *r,
                                              guint index,
                                              JsonObject *ds,
                                              Structure *s);

JsonNode *        _parity_sdmx_fast_node (const char *data,
                                          gsize len);

G_END_DECLS
