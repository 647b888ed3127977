/* parity-chart-json.c: editing a dataset's chart as its JSON object
 *
 * An edited chart is parsed exactly as a file's chart is, by the native format's reader, so
 * an edit is checked as a file is and what is saved is what was edited; the model only
 * keeps the result (_parity_dataset_replace_chart(), _parity_dataset_add_chart_at()).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include "parity-chart-json.h"
#include "parity-dataset-private.h"
#include "parity-loader-private.h"

/**
 * parity_dataset_set_chart_json:
 * @chart: (transfer none): the edited chart object
 *
 * Replaces chart @i when @chart is valid; otherwise nothing changes.
 */
gboolean
parity_dataset_set_chart_json (ParityDataset *self,
                               guint          i,
                               JsonNode      *chart,
                               GError       **error)
{
  GPtrArray *charts;
  ParityChartSpec *spec;

  g_return_val_if_fail (PARITY_IS_DATASET (self), FALSE);

  charts = _parity_dataset_get_charts (self);
  g_return_val_if_fail (i < charts->len, FALSE);

  spec = _parity_native_loader_parse_chart (self, chart, i, error);
  if (spec == NULL)
    return FALSE;
  _parity_dataset_replace_chart (self, i, spec);
  return TRUE;
}

gboolean
parity_dataset_insert_chart_json (ParityDataset *self,
                                  guint          position,
                                  JsonNode      *chart,
                                  GError       **error)
{
  ParityChartSpec *spec;

  g_return_val_if_fail (PARITY_IS_DATASET (self), FALSE);

  spec = _parity_native_loader_parse_chart (self, chart, PARITY_INDEX_NONE, error);
  if (spec == NULL)
    return FALSE;
  _parity_dataset_add_chart_at (self, position, spec);
  return TRUE;
}

