/* parity-error.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "parity-error.h"

G_DEFINE_QUARK (parity-error-quark, parity_error)
