/* parity-preset.h: the canvas sizes figures are made for, and lengths with units
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "parity-dataset.h"

G_BEGIN_DECLS

typedef struct
{
  const char *name;        /* "report", "half-page", "slide", "square" */
  const char *description;
  double      width;       /* points */
  double      height;
  double      dpi;         /* for PNG */
} ParityPreset;

#define PARITY_MM_TO_PT(mm) ((mm) / 25.4 * 72.0)
#define PARITY_MIN_DPI 36.0
#define PARITY_MAX_DPI 2400.0

const ParityPreset *parity_preset_lookup  (const char  *name);
const ParityPreset *parity_preset_get_all (guint       *n_presets);
const ParityPreset *parity_preset_get_default (void);
const char         *parity_chart_spec_get_preset_name (const ParityChartSpec *spec);
const ParityPreset *parity_chart_spec_get_preset      (const ParityChartSpec *spec);
char               *parity_preset_list_names (const char *separator);
gboolean            parity_parse_length   (const char  *text,
                                           double       dpi,
                                           double      *points,
                                           GError     **error);

G_END_DECLS
