/* parity-layout.h: chart spec + dataset + language + size → scene
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "parity-dataset.h"
#include "parity-scene.h"

G_BEGIN_DECLS

typedef struct
{
  double      width;   /* canvas size in points */
  double      height;
  const char *lang;    /* the chart language; NULL for the dataset's default */
} ParityLayoutOptions;

/* Smallest canvas side, in points, a chart is laid out on. */
#define PARITY_LAYOUT_MIN_SIDE 72.0

ParityScene *parity_layout_chart (ParityDataset             *dataset,
                                  const ParityChartSpec     *spec,
                                  const ParityLayoutOptions *options,
                                  GError                   **error);

G_END_DECLS
