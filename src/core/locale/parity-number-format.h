/* parity-number-format.h: numbers, units and qualifiers as a chart writes them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "parity-dataset.h"

G_BEGIN_DECLS

char *parity_format_number (double           value,
                            guint            decimals,
                            const char      *lang);
char *parity_format_compact (double          value,
                             const char     *lang);
char *parity_format_value  (double           value,
                            guint            decimals,
                            const ParityUnit *unit,
                            ParityQualifier  qualifier,
                            const char      *lang,
                            const char      *default_lang);

G_END_DECLS
