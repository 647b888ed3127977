/* parity-icu.c: ICU, opened by the first number, region or language name that needs it
 *
 * ICU is a dependency of Parity's package like any other; should it be missing all the
 * same, numbers fall back to plain digits and names to their codes, with one warning.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include <unicode/uvernum.h>

#include "parity-icu.h"

static const char * const icu_symbols[] = PARITY_LAZY_NAMES (PARITY_ICU_FUNCTIONS);
/* libicui18n brings libicuuc, where u_ and uloc_ are: dlsym searches both. */
static ParityLazyLibrary icu_library =
  PARITY_LAZY_LIBRARY_INIT ("libicui18n.so." G_STRINGIFY (U_ICU_VERSION_MAJOR_NUM), "ICU",
                            icu_symbols);

/**
 * parity_icu_get:
 *
 * Returns: (nullable): ICU's functions, loaded on the first call; %NULL when ICU cannot be
 *   loaded
 */
const ParityIcu *
parity_icu_get (void)
{
  static ParityIcu icu;
  static gsize warned;
  g_autoptr(GError) error = NULL;

  if (parity_lazy_library_load (&icu_library, (gpointer *)&icu, sizeof icu, &error))
    return &icu;
  if (g_once_init_enter (&warned))
    {
      g_warning ("%s", error->message);
      g_once_init_leave (&warned, 1);
    }
  return NULL;
}
