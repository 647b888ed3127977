/* parity-dataset-charts.c: editing a dataset's charts
 *
 * The model's side of editing charts: a copy of a chart's JSON to edit, and the private
 * calls through which the formats layer (parity-chart-json.c), which parses an edited object
 * exactly as a file's, puts the result in place. Every change says which positions changed
 * through the dataset's charts-changed signal.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include "parity-dataset-private.h"
#include "parity-json-writer.h"

/**
 * parity_chart_spec_resolve_lang:
 * @dataset: (nullable): the chart's dataset
 * @spec: (nullable): the chart
 * @override: (nullable): the language asked for
 *
 * The one rule for the language a chart is shown in: the one asked for, else the chart's
 * own, else the dataset's default.
 *
 * Returns: (transfer none) (nullable): the language, NULL only without a dataset
 */
const char *
parity_chart_spec_resolve_lang (ParityDataset         *dataset,
                                const ParityChartSpec *spec,
                                const char            *override)
{
  if (override != NULL)
    return override;
  if (spec != NULL && spec->lang != NULL)
    return spec->lang;
  return dataset != NULL ? parity_dataset_get_default_lang (dataset) : NULL;
}

/**
 * parity_dataset_dup_chart_json:
 *
 * Returns: (transfer full): a copy of the chart's object, to edit
 */
JsonNode *
parity_dataset_dup_chart_json (ParityDataset *self,
                               guint          i)
{
  GPtrArray *charts;
  const ParityChartSpec *spec;

  g_return_val_if_fail (PARITY_IS_DATASET (self), NULL);

  charts = _parity_dataset_get_charts (self);
  g_return_val_if_fail (i < charts->len, NULL);

  spec = g_ptr_array_index (charts, i);
  return _parity_json_deep_copy (spec->json);
}

/* Puts @spec, parsed by the formats layer (parity-chart-json.c), in place of chart @i. */
void
_parity_dataset_replace_chart (ParityDataset   *self,
                               guint            i,
                               ParityChartSpec *spec)
{
  GPtrArray *charts = _parity_dataset_get_charts (self);

  g_return_if_fail (i < charts->len);
  _parity_chart_spec_free (g_ptr_array_index (charts, i));
  charts->pdata[i] = spec;
  _parity_dataset_charts_changed (self, i, 1, 1);
}

/* Inserts @spec at @position (or last), saying so through charts-changed. */
void
_parity_dataset_add_chart_at (ParityDataset   *self,
                              guint            position,
                              ParityChartSpec *spec)
{
  GPtrArray *charts = _parity_dataset_get_charts (self);

  position = MIN (position, charts->len);
  g_ptr_array_insert (charts, position, spec);
  _parity_dataset_charts_changed (self, position, 0, 1);
}

void
parity_dataset_remove_chart (ParityDataset *self,
                             guint          i)
{
  GPtrArray *charts;
  g_return_if_fail (PARITY_IS_DATASET (self));

  charts = _parity_dataset_get_charts (self);
  g_return_if_fail (i < charts->len);

  g_ptr_array_remove_index (charts, i);
  _parity_dataset_charts_changed (self, i, 1, 0);
}

/* Moves the chart at @from to @to (counted once it is out of the list): one charts-changed
 * over the positions in between, so that a list following it keeps its selection. */
void
parity_dataset_move_chart (ParityDataset *self,
                           guint          from,
                           guint          to)
{
  GPtrArray *charts;
  gpointer spec;

  g_return_if_fail (PARITY_IS_DATASET (self));

  charts = _parity_dataset_get_charts (self);
  g_return_if_fail (from < charts->len && to < charts->len);

  if (from == to)
    return;
  spec = g_ptr_array_steal_index (charts, from);
  g_ptr_array_insert (charts, to, spec);
  _parity_dataset_charts_changed (self, MIN (from, to), ABS ((int)from - (int)to) + 1,
                                  ABS ((int)from - (int)to) + 1);
}
