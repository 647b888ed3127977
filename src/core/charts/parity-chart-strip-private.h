/* parity-chart-strip-private.h: a strip chart's groups, as its "groups" member names them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "parity-chart-kind-private.h"

G_BEGIN_DECLS

/* A row of the chart as the file names it. "members" lists entity ids; a classification's
 * group id may later stand in its place. */
typedef struct
{
  ParityText *label;
  GArray     *members;    /* guint32 entity indices */
  guint32     aggregate;  /* the entity whose value is the group's, or PARITY_INDEX_NONE */
} ParityStripGroup;

typedef struct
{
  GArray *groups;  /* ParityStripGroup; NULL for one row of every economy */
} ParityStripOptions;

gboolean _parity_strip_parse (ParityChartParser *parser,
                              JsonObject        *object,
                              ParityChartSpec   *spec);

G_END_DECLS
