/* parity-datum-text.h: what the chart view says of one drawn value
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "parity-dataset.h"
#include "parity-scene.h"

G_BEGIN_DECLS

char *parity_datum_spoken         (ParityDataset     *dataset,
                                   ParityScene       *scene,
                                   guint              i);
char *parity_datum_tooltip_markup (ParityDataset     *dataset,
                                   const ParityDatum *datum);

G_END_DECLS
