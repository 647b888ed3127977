/* parity-layout.h: chart spec + dataset + language + size → scene
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "parity-dataset.h"
#include "parity-scene.h"
#include "parity-theme-file.h"

G_BEGIN_DECLS

typedef struct
{
  double      width;   /* canvas size in points */
  double      height;
  const char *lang;    /* the chart language; NULL for the dataset's default */
  const ParityThemeFile *theme;  /* a house style laid over the built-in theme, or NULL */
  /* Other datasets whose charts of a scale group widen the same group here (the figures of
   * a report exported from several files), read only, or NULL. */
  ParityDataset * const *peers;
  guint       n_peers;
} ParityLayoutOptions;

/* Smallest canvas side, in points, a chart is laid out on. */
#define PARITY_LAYOUT_MIN_SIDE 72.0
/* Largest: 200 inches (5.08 m), the largest page PDF viewers are required to show (ISO 32000-1,
 * annex C) and far past any poster; text is sized from the canvas, so it also bounds that. */
#define PARITY_LAYOUT_MAX_SIDE 14400.0

ParityScene *parity_layout_chart (ParityDataset             *dataset,
                                  const ParityChartSpec     *spec,
                                  const ParityLayoutOptions *options,
                                  GError                   **error);

gboolean     parity_layout_check_peers (ParityDataset  *dataset,
                                        ParityDataset  *peer,
                                        GError        **error);

G_END_DECLS
