/* parity-dataset.h: the data model — metadata, entities, indicators, chart presets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "parity-text.h"

G_BEGIN_DECLS

/* A chart spec keeps the JSON it was read from, but most readers of the dataset never look
 * at it: declared as json-glib declares it (a repeated typedef is valid C11), so that only
 * the files that use json-glib include it. */
typedef struct _JsonNode JsonNode;

/* What a load left out of the data it read (parity_dataset_get_left_out()). */
typedef enum
{
  PARITY_LEFT_OUT_VALUES,   /* values that are not numbers, or repeat another */
  PARITY_LEFT_OUT_ROWS,     /* rows of a table without an entity or a period */
  PARITY_LEFT_OUT_PAGES,    /* pages of a paged API answer that the file lacks */
  PARITY_N_LEFT_OUT
} ParityLeftOut;

#define PARITY_INDEX_NONE G_MAXUINT32
/* The one period of data without a time dimension (a cross-section: one value per economy,
 * and no year given anywhere): not a time, so a chart's words leave it out. */
#define PARITY_PERIOD_NONE "-"

typedef enum
{
  PARITY_QUALIFIER_EXACT,
  PARITY_QUALIFIER_ESTIMATE,
  PARITY_QUALIFIER_FORECAST,
  PARITY_QUALIFIER_APPROXIMATE,
  PARITY_QUALIFIER_GREATER_THAN,
  PARITY_QUALIFIER_LESS_THAN,
  PARITY_QUALIFIER_MISSING,
} ParityQualifier;

typedef enum
{
  PARITY_ENTITY_OTHER,
  PARITY_ENTITY_WORLD,
  PARITY_ENTITY_DEVELOPMENT_GROUP,
  PARITY_ENTITY_REGION,
  PARITY_ENTITY_ECONOMY,
} ParityEntityKind;

typedef enum
{
  PARITY_UNIT_OTHER,
  PARITY_UNIT_PERCENT,
  PARITY_UNIT_COUNT,
  PARITY_UNIT_CURRENCY,
  PARITY_UNIT_RATE,
  PARITY_UNIT_BITRATE,
  PARITY_UNIT_RATIO,
} ParityUnitKind;

typedef enum
{
  PARITY_SORT_NONE,
  PARITY_SORT_ASCENDING,
  PARITY_SORT_DESCENDING,
} ParitySort;

/* The structs below are owned by their dataset and read-only to everyone else. */

typedef struct
{
  char       *id;
  ParityText *title;
  ParityText *publisher;
  char       *url;
  int         year;       /* 0 when unknown */
  char       *retrieved;  /* the day the data were fetched, "2024-05-01"; NULL if unknown */
  ParityText *note;
} ParitySource;

typedef struct
{
  char            *id;
  ParityText      *label;
  ParityText      *short_label;
  ParityEntityKind kind;
} ParityEntity;

/* A group of entities the dataset names itself ("groups" in the native format): a chart
 * selects it with "entities": {"group": id}, before the bundled classification's groups. */
typedef struct
{
  char       *id;
  ParityText *label;
  GArray     *members;  /* guint32 entity indices, in the file's order */
} ParityGroup;

typedef struct
{
  ParityUnitKind kind;
  ParityText    *symbol;  /* written after values: "%", "kbit/s" */
  ParityText    *label;   /* long form for axes: "% of population" */
  double         scale;   /* value × scale = quantity in base units */
} ParityUnit;

/* Observations are stored by column so that a dataset can hold millions of them: one entry
 * per observation in each array. Periods and breakdowns are interned in the dataset. */
typedef struct
{
  guint    len;
  guint    capacity;    /* allocated entries; loaders' business */
  guint32 *entity;      /* index into the dataset's entities */
  guint32 *period;      /* index into the dataset's periods */
  guint32 *breakdown;   /* index into the dataset's breakdowns; 0 is "no breakdown" */
  guint32 *source;      /* index into the dataset's sources, or PARITY_INDEX_NONE */
  double  *value;       /* NAN when missing */
  guint8  *qualifier;   /* ParityQualifier */
} ParityObservations;

typedef struct
{
  char              *id;
  ParityText        *label;
  ParityUnit         unit;
  guint              decimals;
  guint32            source;  /* index into the dataset's sources, or PARITY_INDEX_NONE */
  ParityText        *notes;
  ParityObservations obs;
  GHashTable        *obs_notes;  /* observation index → ParityText, sparse */
  GHashTable        *obs_index;  /* (entity, period, breakdown) → observation, built on use */
  gpointer           obs_keys;   /* the index's keys, one block */
} ParityIndicator;

/* One series of a chart: the observations of an indicator, period and breakdown, each
 * defaulting to the chart's own. "Women" and "Men" are two series of one indicator that
 * differ in breakdown; "2013" and "2019" differ in period. */
typedef struct
{
  ParityText *label;
  guint32     indicator;
  guint32     period;     /* PARITY_INDEX_NONE: the chart's */
  guint32     breakdown;
} ParitySeries;

/* A band between two values drawn across the plot ("Parity", 0.98 to 1.02), and a target
 * line at a value, or on a line chart a target point at a year ("100% by 2030"). */
typedef struct
{
  double      from;
  double      to;
  ParityText *label;      /* or NULL */
  gboolean    on_x;       /* on a scatter plot's horizontal axis ("axis": "x") */
} ParityBand;

typedef struct
{
  double      value;
  ParityText *label;      /* or NULL */
  char       *period;     /* a year on the time axis (line charts), or NULL */
  gboolean    on_x;       /* on a scatter plot's horizontal axis ("axis": "x") */
} ParityTarget;

/* What an annotation points at: a datum (an entity's value, in a period), a value on the
 * value axis, or a position in the plot. */
typedef enum
{
  PARITY_ANNOTATION_DATUM,
  PARITY_ANNOTATION_VALUE,
  PARITY_ANNOTATION_POSITION,
} ParityAnnotationAnchor;

typedef enum
{
  PARITY_CONNECTOR_LINE,
  PARITY_CONNECTOR_ARROW,
  PARITY_CONNECTOR_NONE,
} ParityConnector;

/* A chart's "annotations": a text anchored to a datum, a value or a position. */
typedef struct
{
  ParityText            *text;
  ParityAnnotationAnchor anchor;
  guint32                entity;     /* datum: the entity */
  guint32                period;     /* datum: its period, or PARITY_INDEX_NONE: the chart's */
  double                 value;      /* value: where on the value axis */
  double                 x, y;       /* position: fractions of the plot, from its top left */
  ParityConnector        connector;
  gboolean               moved;      /* dx, dy were given: where it was dragged */
  double                 dx, dy;     /* offset of the text's centre from the anchor, in pt */
} ParityAnnotation;

typedef struct
{
  char       *id;
  char       *kind;       /* a registered chart kind: "bar" */
  ParityText *title;
  ParityText *subtitle;
  ParityText *notes;
  guint       indicator;  /* index into the dataset's indicators */
  guint32     period;     /* index into the dataset's periods, or PARITY_INDEX_NONE */
  guint32     breakdown;  /* index into the dataset's breakdowns; 0 is "none" */
  GArray     *entities;   /* guint32 entity indices in display order, or NULL for all */
  GArray     *highlight;  /* guint32 entity indices, may be empty */
  guint32     reference;  /* entity drawn as a reference line, or PARITY_INDEX_NONE */
  ParitySort  sort;
  GArray     *series;     /* ParitySeries; empty for one series, the chart's own */
  gpointer    options;    /* what the chart kind parsed from its own members */
  GDestroyNotify free_options;
  JsonNode   *json;       /* the chart object it was read from: what is saved and edited */
  char       *preset;     /* the size it is made for ("report"…), or NULL */
  char       *lang;       /* its language when none is asked for, or NULL */
  char       *palette;    /* a theme palette name, or NULL for the default */
  ParityText *source;     /* replaces the source line made from the data, or NULL */
  ParityText *description; /* replaces the text description made from the chart, or NULL */
  /* "period": "latest": each entity's most recent value within @tolerance years of the
   * latest period of the indicator (which @period then holds, for the chart's indicator). */
  gboolean    latest;
  guint       tolerance;
  /* "scale": the scale group whose charts share the value axis, or NULL; the range it pins
   * ("min", "max"), NAN where the data decide. */
  char       *scale_group;
  double      scale_min;
  double      scale_max;
  GArray     *bands;      /* ParityBand, or NULL for none */
  GArray     *targets;    /* ParityTarget, or NULL for none */
  GArray     *annotations; /* ParityAnnotation, or NULL for none */
  /* "facet": how the chart is split into a grid of panels (charts/parity-chart-facet.h),
   * or NULL for one plot. */
  gpointer    facet;
  GDestroyNotify free_facet;
} ParityChartSpec;

#define PARITY_TYPE_DATASET (parity_dataset_get_type ())
G_DECLARE_FINAL_TYPE (ParityDataset, parity_dataset, PARITY, DATASET, GObject)

ParityDataset          *parity_dataset_new                (const char *default_lang);

const char             *parity_dataset_get_default_lang   (ParityDataset *self);
const char             *parity_dataset_get_path           (ParityDataset *self);
const ParityText       *parity_dataset_get_title          (ParityDataset *self);
const ParityText       *parity_dataset_get_description    (ParityDataset *self);
const char             *parity_dataset_get_vintage        (ParityDataset *self);
const char             *parity_dataset_get_schema_uri     (ParityDataset *self);
const char             *parity_dataset_get_licence_name   (ParityDataset *self);
const char             *parity_dataset_get_licence_url    (ParityDataset *self);

guint                   parity_dataset_get_n_sources      (ParityDataset *self);
const ParitySource     *parity_dataset_get_source         (ParityDataset *self,
                                                           guint          i);
guint                   parity_dataset_get_n_entities     (ParityDataset *self);
const ParityEntity     *parity_dataset_get_entity         (ParityDataset *self,
                                                           guint          i);
guint                   parity_dataset_get_n_groups       (ParityDataset *self);
const ParityGroup      *parity_dataset_get_group          (ParityDataset *self,
                                                           guint          i);
guint32                 parity_dataset_lookup_group       (ParityDataset *self,
                                                           const char    *id);
guint                   parity_dataset_get_n_indicators   (ParityDataset *self);
const ParityIndicator  *parity_dataset_get_indicator      (ParityDataset *self,
                                                           guint          i);
guint                   parity_dataset_get_n_charts       (ParityDataset *self);
const ParityChartSpec  *parity_dataset_get_chart          (ParityDataset *self,
                                                           guint          i);
const ParityChartSpec  *parity_dataset_find_chart         (ParityDataset *self,
                                                           const char    *id);
const char             *parity_dataset_get_period         (ParityDataset *self,
                                                           guint32        i);
const char             *parity_dataset_get_period_label   (ParityDataset *self,
                                                           guint32        i);
const char             *parity_dataset_get_breakdown      (ParityDataset *self,
                                                           guint32        i);

guint32                 parity_dataset_lookup_source      (ParityDataset *self,
                                                           const char    *id);
guint32                 parity_dataset_lookup_entity      (ParityDataset *self,
                                                           const char    *id);
guint32                 parity_dataset_lookup_indicator   (ParityDataset *self,
                                                           const char    *id);
guint32                 parity_dataset_lookup_period      (ParityDataset *self,
                                                           const char    *period);
guint32                 parity_dataset_lookup_breakdown   (ParityDataset *self,
                                                           const char    *canonical);

guint                   parity_dataset_get_n_periods      (ParityDataset *self);
GStrv                   parity_dataset_list_languages     (ParityDataset *self);
const char * const     *parity_dataset_get_warnings       (ParityDataset *self);
guint                   parity_dataset_get_left_out       (ParityDataset *self,
                                                           ParityLeftOut  what);
gboolean                parity_dataset_is_partial         (ParityDataset *self);
const char             *parity_dataset_get_format_name    (ParityDataset *self);
guint32                 parity_dataset_find_observation   (ParityDataset *self,
                                                           guint32        indicator,
                                                           guint32        entity,
                                                           guint32        period,
                                                           guint32        breakdown);

const char             *parity_chart_spec_resolve_lang    (ParityDataset         *dataset,
                                                           const ParityChartSpec *spec,
                                                           const char            *override);
JsonNode               *parity_dataset_dup_chart_json     (ParityDataset *self,
                                                           guint          i);
void                    parity_dataset_remove_chart       (ParityDataset *self,
                                                           guint          i);
void                    parity_dataset_move_chart         (ParityDataset *self,
                                                           guint          from,
                                                           guint          to);

const char             *parity_qualifier_to_string        (ParityQualifier qualifier);
gboolean                parity_qualifier_from_string      (const char      *str,
                                                           ParityQualifier *qualifier);

G_END_DECLS
