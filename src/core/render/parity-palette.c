/* parity-palette.c: choropleth ramps (to be written)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "parity-palette.h"
