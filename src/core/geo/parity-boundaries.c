/* parity-boundaries.c: TopoJSON and GeoJSON boundary files (to be written)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "parity-boundaries.h"
