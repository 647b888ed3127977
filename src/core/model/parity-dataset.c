/* parity-dataset.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include <math.h>
#include <json-glib/json-glib.h>

#include "parity-dataset-private.h"
#include "parity-tsan.h"

/* A table of owned items that can also be found by id. */
typedef struct
{
  GPtrArray  *items;
  GHashTable *index;  /* id (borrowed from the item) → position + 1 */
} Table;

/* Interned strings: each distinct string gets a stable index. */
typedef struct
{
  GPtrArray  *strings;
  GHashTable *index;  /* string (borrowed) → position + 1 */
} Atoms;

struct _ParityDataset
{
  GObject     parent_instance;

  char       *path;
  char       *default_lang;
  ParityText *title;
  ParityText *description;
  char       *vintage;
  char       *schema_uri;
  char       *format_name;
  GPtrArray  *warnings;     /* NULL-terminated: what a loader skipped or doubted */
  guint       left_out[PARITY_N_LEFT_OUT];  /* what the loader left out, counted */
  char       *licence_name;
  char       *licence_url;

  Table       sources;
  Table       entities;
  Table       groups;
  Table       indicators;
  Table       charts;
  Atoms       periods;
  Atoms       breakdowns;
  GMutex      index_lock;   /* builds of the indicators' observation indexes */
};

G_DEFINE_FINAL_TYPE (ParityDataset, parity_dataset, G_TYPE_OBJECT)

enum {
  CHARTS_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
table_init (Table          *table,
            GDestroyNotify  free_func)
{
  table->items = g_ptr_array_new_with_free_func (free_func);
  table->index = g_hash_table_new (g_str_hash, g_str_equal);
}

static void
table_clear (Table *table)
{
  g_clear_pointer (&table->index, g_hash_table_unref);
  g_clear_pointer (&table->items, g_ptr_array_unref);
}

/* Every item struct starts with its `char *id`. */
static gpointer
table_add (Table      *table,
           gsize       size,
           const char *id)
{
  char **item = g_malloc0 (size);

  *item = g_strdup (id);
  g_ptr_array_add (table->items, item);
  g_hash_table_insert (table->index, *item, GUINT_TO_POINTER (table->items->len));
  return item;
}

static guint32
table_lookup (Table      *table,
              const char *id)
{
  gpointer pos;

  if (id == NULL || !g_hash_table_lookup_extended (table->index, id, NULL, &pos))
    return PARITY_INDEX_NONE;
  return GPOINTER_TO_UINT (pos) - 1;
}

static void
atoms_init (Atoms *atoms)
{
  atoms->strings = g_ptr_array_new_with_free_func (g_free);
  atoms->index = g_hash_table_new (g_str_hash, g_str_equal);
}

static void
atoms_clear (Atoms *atoms)
{
  g_clear_pointer (&atoms->index, g_hash_table_unref);
  g_clear_pointer (&atoms->strings, g_ptr_array_unref);
}

static guint32
atoms_intern (Atoms      *atoms,
              const char *str)
{
  gpointer pos;
  char *copy;

  if (g_hash_table_lookup_extended (atoms->index, str, NULL, &pos))
    return GPOINTER_TO_UINT (pos) - 1;
  copy = g_strdup (str);
  g_ptr_array_add (atoms->strings, copy);
  g_hash_table_insert (atoms->index, copy, GUINT_TO_POINTER (atoms->strings->len));
  return atoms->strings->len - 1;
}

static guint32
atoms_lookup (Atoms      *atoms,
              const char *str)
{
  gpointer pos;

  if (str == NULL || !g_hash_table_lookup_extended (atoms->index, str, NULL, &pos))
    return PARITY_INDEX_NONE;
  return GPOINTER_TO_UINT (pos) - 1;
}

static void
source_free (gpointer data)
{
  ParitySource *source = data;

  g_free (source->id);
  parity_text_free (source->title);
  parity_text_free (source->publisher);
  g_free (source->url);
  g_free (source->retrieved);
  parity_text_free (source->note);
  g_free (source);
}

static void
entity_free (gpointer data)
{
  ParityEntity *entity = data;

  g_free (entity->id);
  parity_text_free (entity->label);
  parity_text_free (entity->short_label);
  g_free (entity);
}

static void
group_free (gpointer data)
{
  ParityGroup *group = data;

  g_free (group->id);
  parity_text_free (group->label);
  g_clear_pointer (&group->members, g_array_unref);
  g_free (group);
}

static void
indicator_free (gpointer data)
{
  ParityIndicator *indicator = data;

  g_free (indicator->id);
  parity_text_free (indicator->label);
  parity_text_free (indicator->unit.symbol);
  parity_text_free (indicator->unit.label);
  parity_text_free (indicator->notes);
  g_free (indicator->obs.entity);
  g_free (indicator->obs.period);
  g_free (indicator->obs.breakdown);
  g_free (indicator->obs.source);
  g_free (indicator->obs.value);
  g_free (indicator->obs.qualifier);
  g_clear_pointer (&indicator->obs_notes, g_hash_table_unref);
  g_clear_pointer (&indicator->obs_index, g_hash_table_unref);
  g_free (indicator->obs_keys);
  g_free (indicator);
}

static void
series_clear (gpointer data)
{
  ParitySeries *series = data;

  parity_text_free (series->label);
}

void
_parity_chart_spec_free (ParityChartSpec *chart)
{
  if (chart == NULL)
    return;

  g_free (chart->id);
  g_free (chart->kind);
  parity_text_free (chart->title);
  parity_text_free (chart->subtitle);
  parity_text_free (chart->notes);
  g_clear_pointer (&chart->entities, g_array_unref);
  g_clear_pointer (&chart->highlight, g_array_unref);
  g_clear_pointer (&chart->series, g_array_unref);
  if (chart->free_options != NULL)
    chart->free_options (chart->options);
  g_clear_pointer (&chart->json, json_node_unref);
  g_free (chart->preset);
  g_free (chart->lang);
  g_free (chart->palette);
  parity_text_free (chart->source);
  parity_text_free (chart->description);
  g_free (chart->scale_group);
  g_clear_pointer (&chart->bands, g_array_unref);
  g_clear_pointer (&chart->targets, g_array_unref);
  g_clear_pointer (&chart->annotations, g_array_unref);
  if (chart->free_facet != NULL)
    chart->free_facet (chart->facet);
  g_free (chart);
}

static void
parity_dataset_finalize (GObject *object)
{
  ParityDataset *self = (ParityDataset *)object;

  g_free (self->path);
  g_free (self->default_lang);
  parity_text_free (self->title);
  parity_text_free (self->description);
  g_free (self->vintage);
  g_free (self->schema_uri);
  g_free (self->format_name);
  g_ptr_array_unref (self->warnings);
  g_mutex_clear (&self->index_lock);
  g_free (self->licence_name);
  g_free (self->licence_url);
  table_clear (&self->charts);
  table_clear (&self->indicators);
  table_clear (&self->entities);
  table_clear (&self->groups);
  table_clear (&self->sources);
  atoms_clear (&self->periods);
  atoms_clear (&self->breakdowns);

  G_OBJECT_CLASS (parity_dataset_parent_class)->finalize (object);
}

static void
parity_dataset_class_init (ParityDatasetClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = parity_dataset_finalize;

  /**
   * ParityDataset::charts-changed:
   * @position: the first chart that changed
   * @removed: how many charts were removed there
   * @added: how many were added in their place
   *
   * Emitted when charts are edited, added or removed, as GListModel::items-changed is.
   */
  signals[CHARTS_CHANGED] =
    g_signal_new ("charts-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 3, G_TYPE_UINT, G_TYPE_UINT, G_TYPE_UINT);
}

static void
parity_dataset_init (ParityDataset *self)
{
  table_init (&self->sources, source_free);
  table_init (&self->entities, entity_free);
  table_init (&self->groups, group_free);
  table_init (&self->indicators, indicator_free);
  table_init (&self->charts, (GDestroyNotify)_parity_chart_spec_free);
  atoms_init (&self->periods);
  atoms_init (&self->breakdowns);
  atoms_intern (&self->breakdowns, "");
  self->warnings = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (self->warnings, NULL);
  g_mutex_init (&self->index_lock);
}

/**
 * parity_dataset_new:
 * @default_lang: the BCP 47 tag of the language plain strings are written in
 *
 * Returns: (transfer full): an empty dataset, filled by a loader
 */
ParityDataset *
parity_dataset_new (const char *default_lang)
{
  ParityDataset *self;

  g_return_val_if_fail (default_lang != NULL, NULL);

  self = g_object_new (PARITY_TYPE_DATASET, NULL);
  self->default_lang = g_strdup (default_lang);
  return self;
}

const char *
parity_dataset_get_default_lang (ParityDataset *self)
{
  g_return_val_if_fail (PARITY_IS_DATASET (self), NULL);
  return self->default_lang;
}

const char *
parity_dataset_get_path (ParityDataset *self)
{
  g_return_val_if_fail (PARITY_IS_DATASET (self), NULL);
  return self->path;
}

const ParityText *
parity_dataset_get_title (ParityDataset *self)
{
  g_return_val_if_fail (PARITY_IS_DATASET (self), NULL);
  return self->title;
}

const ParityText *
parity_dataset_get_description (ParityDataset *self)
{
  g_return_val_if_fail (PARITY_IS_DATASET (self), NULL);
  return self->description;
}

const char *
parity_dataset_get_vintage (ParityDataset *self)
{
  g_return_val_if_fail (PARITY_IS_DATASET (self), NULL);
  return self->vintage;
}

/* The "$schema" the file named, kept so that saving does not take it from editors. */
const char *
parity_dataset_get_schema_uri (ParityDataset *self)
{
  g_return_val_if_fail (PARITY_IS_DATASET (self), NULL);
  return self->schema_uri;
}

const char *
parity_dataset_get_licence_name (ParityDataset *self)
{
  g_return_val_if_fail (PARITY_IS_DATASET (self), NULL);
  return self->licence_name;
}

const char *
parity_dataset_get_licence_url (ParityDataset *self)
{
  g_return_val_if_fail (PARITY_IS_DATASET (self), NULL);
  return self->licence_url;
}

#define DEFINE_TABLE_ACCESSORS(Type, name, plural, field)                                  \
  guint                                                                            \
  parity_dataset_get_n_##plural (ParityDataset *self)                             \
  {                                                                                \
    g_return_val_if_fail (PARITY_IS_DATASET (self), 0);                            \
    return self->field.items->len;                                                 \
  }                                                                                \
                                                                                   \
  const Type *                                                                     \
  parity_dataset_get_##name (ParityDataset *self,                                  \
                             guint          i)                                     \
  {                                                                                \
    g_return_val_if_fail (PARITY_IS_DATASET (self), NULL);                         \
    g_return_val_if_fail (i < self->field.items->len, NULL);                       \
    return g_ptr_array_index (self->field.items, i);                               \
  }                                                                                \
                                                                                   \
  guint32                                                                          \
  parity_dataset_lookup_##name (ParityDataset *self,                               \
                                const char    *id)                                 \
  {                                                                                \
    g_return_val_if_fail (PARITY_IS_DATASET (self), PARITY_INDEX_NONE);            \
    return table_lookup (&self->field, id);                                        \
  }

DEFINE_TABLE_ACCESSORS (ParitySource, source, sources, sources)
DEFINE_TABLE_ACCESSORS (ParityEntity, entity, entities, entities)
DEFINE_TABLE_ACCESSORS (ParityGroup, group, groups, groups)
DEFINE_TABLE_ACCESSORS (ParityIndicator, indicator, indicators, indicators)

guint
parity_dataset_get_n_charts (ParityDataset *self)
{
  g_return_val_if_fail (PARITY_IS_DATASET (self), 0);
  return self->charts.items->len;
}

const ParityChartSpec *
parity_dataset_get_chart (ParityDataset *self,
                          guint          i)
{
  g_return_val_if_fail (PARITY_IS_DATASET (self), NULL);
  g_return_val_if_fail (i < self->charts.items->len, NULL);
  return g_ptr_array_index (self->charts.items, i);
}

const ParityChartSpec *
parity_dataset_find_chart (ParityDataset *self,
                           const char    *id)
{
  guint32 i;

  g_return_val_if_fail (PARITY_IS_DATASET (self), NULL);
  i = table_lookup (&self->charts, id);
  return i == PARITY_INDEX_NONE ? NULL : g_ptr_array_index (self->charts.items, i);
}

const char *
parity_dataset_get_period (ParityDataset *self,
                           guint32        i)
{
  g_return_val_if_fail (PARITY_IS_DATASET (self), NULL);
  g_return_val_if_fail (i < self->periods.strings->len, NULL);
  return g_ptr_array_index (self->periods.strings, i);
}

/* Period @i (or PARITY_INDEX_NONE) as a reader is told it: NULL for none, and for the
 * period of data without time, PARITY_PERIOD_NONE, a placeholder and not a time. */
const char *
parity_dataset_get_period_label (ParityDataset *self,
                                 guint32        i)
{
  const char *period = i != PARITY_INDEX_NONE ? parity_dataset_get_period (self, i) : NULL;

  return period != NULL && !g_str_equal (period, PARITY_PERIOD_NONE) ? period : NULL;
}

const char *
parity_dataset_get_breakdown (ParityDataset *self,
                              guint32        i)
{
  g_return_val_if_fail (PARITY_IS_DATASET (self), NULL);
  g_return_val_if_fail (i < self->breakdowns.strings->len, NULL);
  return g_ptr_array_index (self->breakdowns.strings, i);
}

guint
parity_dataset_get_n_periods (ParityDataset *self)
{
  g_return_val_if_fail (PARITY_IS_DATASET (self), 0);
  return self->periods.strings->len;
}

/**
 * parity_dataset_find_observation:
 *
 * Returns: the index of the indicator's observation for that entity, period and breakdown,
 *   or %PARITY_INDEX_NONE
 */
guint32
parity_dataset_find_observation (ParityDataset *self,
                                 guint32        indicator,
                                 guint32        entity,
                                 guint32        period,
                                 guint32        breakdown)
{
  ParityIndicator *ind;
  GHashTable *index;
  gpointer found;

  g_return_val_if_fail (PARITY_IS_DATASET (self), PARITY_INDEX_NONE);
  g_return_val_if_fail (indicator < self->indicators.items->len, PARITY_INDEX_NONE);

  ind = g_ptr_array_index (self->indicators.items, indicator);
  /* Built on first use, published whole: layouts in several threads may ask at once. */
  index = g_atomic_pointer_get (&ind->obs_index);
  if (index == NULL)
    {
      parity_mutex_lock (&self->index_lock);
      index = ind->obs_index;
      if (index == NULL)
        {
          index = _parity_indicator_build_index (ind);
          g_atomic_pointer_set (&ind->obs_index, index);
        }
      parity_mutex_unlock (&self->index_lock);
    }
  found = _parity_observations_index_lookup (index, entity, period, breakdown);
  return found ? GPOINTER_TO_UINT (found) - 1 : PARITY_INDEX_NONE;
}

guint32
parity_dataset_lookup_period (ParityDataset *self,
                              const char    *period)
{
  g_return_val_if_fail (PARITY_IS_DATASET (self), PARITY_INDEX_NONE);
  return atoms_lookup (&self->periods, period);
}

guint32
parity_dataset_lookup_breakdown (ParityDataset *self,
                                 const char    *canonical)
{
  g_return_val_if_fail (PARITY_IS_DATASET (self), PARITY_INDEX_NONE);
  return atoms_lookup (&self->breakdowns, canonical);
}

/* Private API for loaders. */

void
_parity_dataset_set_path (ParityDataset *self,
                          const char    *path)
{
  g_free (self->path);
  self->path = g_strdup (path);
}

void
_parity_dataset_take_title (ParityDataset *self,
                            ParityText    *title)
{
  parity_text_free (self->title);
  self->title = title;
}

void
_parity_dataset_take_description (ParityDataset *self,
                                  ParityText    *description)
{
  parity_text_free (self->description);
  self->description = description;
}

void
_parity_dataset_set_vintage (ParityDataset *self,
                             const char    *vintage)
{
  g_free (self->vintage);
  self->vintage = g_strdup (vintage);
}

void
_parity_dataset_set_schema_uri (ParityDataset *self,
                                const char    *uri)
{
  g_free (self->schema_uri);
  self->schema_uri = g_strdup (uri);
}

void
_parity_dataset_set_licence (ParityDataset *self,
                             const char    *name,
                             const char    *url)
{
  g_free (self->licence_name);
  g_free (self->licence_url);
  self->licence_name = g_strdup (name);
  self->licence_url = g_strdup (url);
}

ParitySource *
_parity_dataset_add_source (ParityDataset *self,
                            const char    *id)
{
  return table_add (&self->sources, sizeof (ParitySource), id);
}

ParityEntity *
_parity_dataset_add_entity (ParityDataset *self,
                            const char    *id)
{
  return table_add (&self->entities, sizeof (ParityEntity), id);
}

ParityGroup *
_parity_dataset_add_group (ParityDataset *self,
                           const char    *id)
{
  ParityGroup *group = table_add (&self->groups, sizeof (ParityGroup), id);

  group->members = g_array_new (FALSE, FALSE, sizeof (guint32));
  return group;
}

ParityIndicator *
_parity_dataset_add_indicator (ParityDataset *self,
                               const char    *id)
{
  ParityIndicator *indicator = table_add (&self->indicators, sizeof (ParityIndicator), id);

  indicator->unit.scale = 1.0;
  indicator->source = PARITY_INDEX_NONE;
  return indicator;
}

ParityChartSpec *
_parity_chart_spec_new (const char *id)
{
  ParityChartSpec *chart = g_new0 (ParityChartSpec, 1);

  chart->id = g_strdup (id);
  chart->reference = PARITY_INDEX_NONE;
  chart->period = PARITY_INDEX_NONE;
  chart->scale_min = chart->scale_max = NAN;
  chart->highlight = g_array_new (FALSE, FALSE, sizeof (guint32));
  chart->series = g_array_new (FALSE, TRUE, sizeof (ParitySeries));
  g_array_set_clear_func (chart->series, series_clear);
  return chart;
}

/* Positions shift on insertion and removal: the id index is rebuilt (charts are few). */
static void
table_reindex (Table *table)
{
  g_hash_table_remove_all (table->index);
  for (guint i = 0; i < table->items->len; i++)
    g_hash_table_insert (table->index, *(char **)g_ptr_array_index (table->items, i),
                         GUINT_TO_POINTER (i + 1));
}

/* Takes @spec; G_MAXUINT appends. */
void
_parity_dataset_insert_chart (ParityDataset   *self,
                              guint            position,
                              ParityChartSpec *spec)
{
  position = MIN (position, self->charts.items->len);
  g_ptr_array_insert (self->charts.items, position, spec);
  /* Appending moves no other chart: no index to rebuild. */
  if (position + 1 == self->charts.items->len)
    g_hash_table_insert (self->charts.index, *(char **)spec, GUINT_TO_POINTER (position + 1));
  else
    table_reindex (&self->charts);
}

guint32
_parity_dataset_intern_period (ParityDataset *self,
                               const char    *period)
{
  return atoms_intern (&self->periods, period);
}

guint32
_parity_dataset_intern_breakdown (ParityDataset *self,
                                  const char    *canonical)
{
  return atoms_intern (&self->breakdowns, canonical);
}

/* Removes the items from position @n on (the last added first). */
static void
table_truncate (Table *table,
                guint  n)
{
  while (table->items->len > n)
    {
      g_hash_table_remove (table->index, *(char **)g_ptr_array_index (table->items,
                                                                      table->items->len - 1));
      g_ptr_array_remove_index (table->items, table->items->len - 1);
    }
}

static void
atoms_truncate (Atoms *atoms,
                guint  n)
{
  while (atoms->strings->len > n)
    {
      g_hash_table_remove (atoms->index, g_ptr_array_index (atoms->strings,
                                                            atoms->strings->len - 1));
      g_ptr_array_remove_index (atoms->strings, atoms->strings->len - 1);
    }
}

/* How many of each item the dataset holds, for _parity_dataset_truncate(). */
ParityDatasetSize
_parity_dataset_measure (ParityDataset *self)
{
  return (ParityDatasetSize) { self->sources.items->len, self->entities.items->len,
                               self->indicators.items->len, self->periods.strings->len,
                               self->breakdowns.strings->len };
}

/* Back to @size: what was appended since it was measured (a join, undone) is removed.
 * Nothing may refer to it any more: the charts are the caller's to put right. */
void
_parity_dataset_truncate (ParityDataset           *self,
                          const ParityDatasetSize *size)
{
  table_truncate (&self->indicators, size->indicators);
  table_truncate (&self->entities, size->entities);
  table_truncate (&self->sources, size->sources);
  atoms_truncate (&self->periods, size->periods);
  atoms_truncate (&self->breakdowns, MAX (size->breakdowns, 1));
}

/* The charts, for parity-dataset-charts.c, which edits them. */
GPtrArray *
_parity_dataset_get_charts (ParityDataset *self)
{
  return self->charts.items;
}

/* The charts in [@position, @position + @removed) were replaced by @added others. */
void
_parity_dataset_charts_changed (ParityDataset *self,
                                guint          position,
                                guint          removed,
                                guint          added)
{
  /* One chart appended moves no other: thousands of default charts are not thousands of
   * rebuilt indexes. */
  if (removed == 0 && added == 1 && position + 1 == self->charts.items->len)
    g_hash_table_insert (self->charts.index,
                         *(char **)g_ptr_array_index (self->charts.items, position),
                         GUINT_TO_POINTER (position + 1));
  else
    table_reindex (&self->charts);
  g_signal_emit (self, signals[CHARTS_CHANGED], 0, position, removed, added);
}

static void
collect_languages (GPtrArray        *langs,
                   const ParityText *text)
{
  for (guint i = 0; i < parity_text_get_n_langs (text); i++)
    {
      const char *lang = parity_text_get_lang (text, i);
      gboolean seen = FALSE;

      for (guint j = 0; j < langs->len && !seen; j++)
        seen = g_ascii_strcasecmp (g_ptr_array_index (langs, j), lang) == 0;
      if (!seen)
        g_ptr_array_add (langs, g_strdup (lang));
    }
}

/**
 * parity_dataset_list_languages:
 *
 * The languages the dataset's texts are written in (its title, entities, indicators and
 * charts), the default language first.
 *
 * Returns: (transfer full): the BCP 47 tags
 */
GStrv
parity_dataset_list_languages (ParityDataset *self)
{
  GPtrArray *langs = g_ptr_array_new ();

  g_return_val_if_fail (PARITY_IS_DATASET (self), NULL);

  g_ptr_array_add (langs, g_strdup (self->default_lang));
  collect_languages (langs, self->title);
  for (guint i = 0; i < self->entities.items->len; i++)
    collect_languages (langs, ((ParityEntity *)g_ptr_array_index (self->entities.items, i))->label);
  for (guint i = 0; i < self->indicators.items->len; i++)
    collect_languages (langs,
                       ((ParityIndicator *)g_ptr_array_index (self->indicators.items, i))->label);
  for (guint i = 0; i < self->charts.items->len; i++)
    collect_languages (langs, ((ParityChartSpec *)g_ptr_array_index (self->charts.items, i))->title);
  g_ptr_array_add (langs, NULL);
  return (GStrv)g_ptr_array_free (langs, FALSE);
}

/**
 * parity_dataset_get_warnings:
 *
 * What the loader left out or doubted while loading the rest ("row 812: "n/a" is not a
 * number; the value is left out"): one bad value among ten thousand does not refuse a file.
 *
 * Returns: (transfer none): the warnings, NULL-terminated; empty when there were none
 */
const char * const *
parity_dataset_get_warnings (ParityDataset *self)
{
  g_return_val_if_fail (PARITY_IS_DATASET (self), NULL);
  return (const char * const *)self->warnings->pdata;
}

/**
 * parity_dataset_get_left_out:
 * @what: values, rows or pages
 *
 * How many of @what the loader left out (its warnings say which and why). The window's
 * notice counts them, and a chart of partial data says so in its notes.
 *
 * Returns: the count, 0 when nothing of @what was left out
 */
guint
parity_dataset_get_left_out (ParityDataset *self,
                             ParityLeftOut  what)
{
  g_return_val_if_fail (PARITY_IS_DATASET (self), 0);
  g_return_val_if_fail (what < PARITY_N_LEFT_OUT, 0);
  return self->left_out[what];
}

/**
 * parity_dataset_is_partial:
 *
 * Returns: %TRUE when the loader left some of the data it read out
 */
gboolean
parity_dataset_is_partial (ParityDataset *self)
{
  g_return_val_if_fail (PARITY_IS_DATASET (self), FALSE);
  for (guint i = 0; i < PARITY_N_LEFT_OUT; i++)
    if (self->left_out[i] > 0)
      return TRUE;
  return FALSE;
}

void
_parity_dataset_add_left_out (ParityDataset *self,
                              ParityLeftOut  what,
                              guint          n)
{
  g_return_if_fail (what < PARITY_N_LEFT_OUT);
  self->left_out[what] = self->left_out[what] > G_MAXUINT - n ? G_MAXUINT
                                                              : self->left_out[what] + n;
}

void
_parity_dataset_add_warning (ParityDataset *self,
                             const char    *format,
                             ...)
{
  va_list args;

  va_start (args, format);
  g_ptr_array_insert (self->warnings, self->warnings->len - 1, g_strdup_vprintf (format, args));
  va_end (args);
}

/* The format the dataset was read from: "Parity dataset", "World Bank API", "CSV"… */
const char *
parity_dataset_get_format_name (ParityDataset *self)
{
  g_return_val_if_fail (PARITY_IS_DATASET (self), NULL);
  return self->format_name;
}

void
_parity_dataset_set_format_name (ParityDataset *self,
                                 const char    *name)
{
  g_free (self->format_name);
  self->format_name = g_strdup (name);
}
