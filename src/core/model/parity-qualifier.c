/* parity-qualifier.c: an observation's qualifier as the native format writes it
 *
 * The names are the format's ("estimate", "greater-than"), shared by its reader and writer
 * and the dumps of the tests; they are not words a reader sees.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include "parity-dataset.h"

static const char * const qualifier_names[] = {
  [PARITY_QUALIFIER_EXACT] = "exact",
  [PARITY_QUALIFIER_ESTIMATE] = "estimate",
  [PARITY_QUALIFIER_FORECAST] = "forecast",
  [PARITY_QUALIFIER_APPROXIMATE] = "approximate",
  [PARITY_QUALIFIER_GREATER_THAN] = "greater-than",
  [PARITY_QUALIFIER_LESS_THAN] = "less-than",
  [PARITY_QUALIFIER_MISSING] = "missing",
};

const char *
parity_qualifier_to_string (ParityQualifier qualifier)
{
  g_return_val_if_fail (qualifier < G_N_ELEMENTS (qualifier_names), NULL);
  return qualifier_names[qualifier];
}

gboolean
parity_qualifier_from_string (const char      *str,
                              ParityQualifier *qualifier)
{
  for (guint i = 0; i < G_N_ELEMENTS (qualifier_names); i++)
    if (g_strcmp0 (str, qualifier_names[i]) == 0)
      {
        *qualifier = i;
        return TRUE;
      }
  return FALSE;
}
