/* parity-projection.c: projections and map extents (to be written)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "parity-projection.h"
