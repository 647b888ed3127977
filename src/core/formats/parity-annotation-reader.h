/* parity-annotation-reader.h: reading a chart's "annotations"
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "parity-dataset.h"
#include "parity-json-reader.h"

G_BEGIN_DECLS

#define PARITY_CHART_MAX_ANNOTATIONS 12
/* An annotation is a note on a chart, not a paragraph: this many characters a language. */
#define PARITY_ANNOTATION_MAX_CHARS 160
/* How far, in points, a dragged annotation may sit from its anchor. */
#define PARITY_ANNOTATION_MAX_OFFSET 2000

gboolean _parity_chart_annotations_read (ParityJsonReader *reader,
                                         ParityDataset    *dataset,
                                         JsonObject       *object,
                                         const char       *default_lang,
                                         ParityChartSpec  *chart);

G_END_DECLS
