/* parity-classes.c: class breaks (to be written)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "parity-classes.h"
