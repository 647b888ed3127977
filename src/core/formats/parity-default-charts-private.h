/* parity-default-charts-private.h: what the default charts of every indicator and those of
 * data by economy share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "parity-chart-words.h"
#include "parity-dataset-private.h"

G_BEGIN_DECLS

/* An entity and its value in one period, to be ranked. */
typedef struct
{
  guint32 entity;
  double  value;
} ParityRanked;

/* The periods a default chart takes values from: @first, the latest well-filled one, to
 * @last, a year or two after it when some entities have values then; one when equal. */
typedef struct
{
  guint32 first;
  guint32 last;
} ParityDefaultWindow;

int         _parity_ranked_compare          (gconstpointer a,
                                             gconstpointer b);
gboolean    _parity_default_in_window       (ParityDataset             *dataset,
                                             const ParityDefaultWindow *window,
                                             guint32                    period);
gboolean    _parity_default_has_value       (ParityDataset             *dataset,
                                             const ParityIndicator     *indicator,
                                             guint32                    entity,
                                             const ParityDefaultWindow *window,
                                             guint32                    breakdown);
JsonObject *_parity_default_text            (ParityWord             word,
                                             const char            *argument);
JsonObject *_parity_default_joined          (ParityDataset         *dataset,
                                             ParityWord             word,
                                             const ParityText      *first,
                                             const ParityText      *second);
const char *_parity_default_scale           (const ParityIndicator *indicator);
char       *_parity_default_unique_id       (ParityDataset         *dataset,
                                             const char            *base);
void        _parity_default_insert          (ParityDataset         *dataset,
                                             JsonObject            *chart);

gboolean    _parity_default_strip           (ParityDataset             *dataset,
                                             JsonObject                *chart,
                                             const ParityIndicator     *indicator,
                                             GArray                    *ranked,
                                             const ParityDefaultWindow *window,
                                             guint32                    breakdown);
JsonObject *_parity_default_map             (ParityDataset             *dataset,
                                             JsonObject                *strip,
                                             const ParityIndicator     *indicator,
                                             const ParityDefaultWindow *window);
void        _parity_default_aggregates      (ParityDataset         *dataset,
                                             const ParityIndicator *indicator,
                                             guint32                breakdown);
void        _parity_default_scatter         (ParityDataset         *dataset);

G_END_DECLS
