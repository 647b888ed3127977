/* parity-dataset-private.h: how loaders build a dataset
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "parity-dataset.h"
#include "parity-text.h"

G_BEGIN_DECLS

void             _parity_dataset_set_path         (ParityDataset *self,
                                                   const char    *path);
void             _parity_dataset_take_title       (ParityDataset *self,
                                                   ParityText    *title);
void             _parity_dataset_take_description (ParityDataset *self,
                                                   ParityText    *description);
void             _parity_dataset_set_vintage      (ParityDataset *self,
                                                   const char    *vintage);
void             _parity_dataset_set_schema_uri   (ParityDataset *self,
                                                   const char    *uri);
void             _parity_dataset_add_warning      (ParityDataset *self,
                                                   const char    *format,
                                                   ...) G_GNUC_PRINTF (2, 3);
void             _parity_dataset_add_left_out     (ParityDataset *self,
                                                   ParityLeftOut  what,
                                                   guint          n);
void             _parity_dataset_set_format_name  (ParityDataset *self,
                                                   const char    *name);
void             _parity_dataset_add_default_charts (ParityDataset *self);
void             _parity_dataset_set_licence      (ParityDataset *self,
                                                   const char    *name,
                                                   const char    *url);
ParitySource    *_parity_dataset_add_source       (ParityDataset *self,
                                                   const char    *id);
ParityEntity    *_parity_dataset_add_entity       (ParityDataset *self,
                                                   const char    *id);
ParityIndicator *_parity_dataset_add_indicator    (ParityDataset *self,
                                                   const char    *id);
ParityGroup     *_parity_dataset_add_group        (ParityDataset *self,
                                                   const char    *id);
ParityChartSpec *_parity_chart_spec_new           (const char    *id);
void             _parity_chart_spec_free          (ParityChartSpec *spec);
void             _parity_dataset_insert_chart     (ParityDataset   *self,
                                                   guint            position,
                                                   ParityChartSpec *spec);
GPtrArray       *_parity_dataset_get_charts       (ParityDataset *self);
void             _parity_dataset_replace_chart    (ParityDataset   *self,
                                                   guint            i,
                                                   ParityChartSpec *spec);
void             _parity_dataset_add_chart_at     (ParityDataset   *self,
                                                   guint            position,
                                                   ParityChartSpec *spec);
void             _parity_dataset_charts_changed   (ParityDataset *self,
                                                   guint          position,
                                                   guint          removed,
                                                   guint          added);
guint32          _parity_dataset_intern_period    (ParityDataset *self,
                                                   const char    *period);
guint32          _parity_dataset_intern_breakdown (ParityDataset *self,
                                                   const char    *canonical);

void             _parity_indicator_reserve        (ParityIndicator *indicator,
                                                   guint            n);
guint            _parity_indicator_append         (ParityIndicator *indicator,
                                                   guint32          entity,
                                                   guint32          period,
                                                   guint32          breakdown,
                                                   double           value,
                                                   ParityQualifier  qualifier,
                                                   guint32          source);
/* The (entity, period, breakdown) index parity_dataset_find_observation() builds on first
 * use; a lookup returns the observation's index + 1, or NULL. */
GHashTable      *_parity_indicator_build_index    (ParityIndicator *indicator);
gpointer         _parity_observations_index_lookup (GHashTable     *index,
                                                    guint32         entity,
                                                    guint32         period,
                                                    guint32         breakdown);

/* How many sources, entities, indicators, periods and breakdowns a dataset holds. */
typedef struct
{
  guint sources, entities, indicators, periods, breakdowns;
} ParityDatasetSize;

ParityDatasetSize _parity_dataset_measure       (ParityDataset           *self);
void              _parity_dataset_truncate      (ParityDataset           *self,
                                                 const ParityDatasetSize *size);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ParityChartSpec, _parity_chart_spec_free)

G_END_DECLS
