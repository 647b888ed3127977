/* parity-icu.h: ICU, opened by the first number, region or language name that needs it
 *
 * ICU's libraries with the C++ runtime they bring are the largest part of a process's
 * start that a chart may not need: an English chart's numbers are written without them
 * (parity-number-format.c), so ICU is opened when another language, a compact number or a
 * name from CLDR is asked for, and then once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <unicode/uloc.h>
#include <unicode/unumberformatter.h>
#include <unicode/utypes.h>

#include "parity-lazy-library.h"

G_BEGIN_DECLS

#define PARITY_ICU_FUNCTIONS(F) \
  F (u_errorName) \
  F (uloc_forLanguageTag) \
  F (uloc_getDisplayCountry) \
  F (uloc_getDisplayName) \
  F (unumf_openForSkeletonAndLocale) \
  F (unumf_openResult) \
  F (unumf_formatDouble) \
  F (unumf_resultToString) \
  F (unumf_closeResult) \
  F (unumf_close)

typedef PARITY_LAZY_TABLE (PARITY_ICU_FUNCTIONS) ParityIcu;

const ParityIcu *parity_icu_get (void);

G_END_DECLS
