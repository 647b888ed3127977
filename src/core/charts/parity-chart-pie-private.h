/* parity-chart-pie-private.h: what the two halves of the pie and donut charts share
 *
 * parity-chart-pie.c reads the options, turns the rows into slices and draws them;
 * parity-chart-pie-labels.c sizes and places the pie and finds where each label goes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "parity-chart-kind-private.h"

G_BEGIN_DECLS

typedef struct
{
  double      hole;          /* share of the radius, 0 for a pie */
  double      other_below;   /* percent; smaller slices are grouped, 0 groups none */
  ParityText *center_label;  /* nullable; "{total}" and "{largest}" are filled in */
} ParityPieOptions;

typedef struct
{
  ParityChartRow row;         /* "Other" has no entity and no observation */
  double         share;       /* of the total, 0 to 1 */
  double         a0, a1;
  char          *name;
  char          *short_name;
  char          *value_text;  /* the rounded percentage, with its qualifier */
  char          *grouped;     /* "Other": what it holds, for the description */
  ParityColor    color;
  gboolean       highlighted;
} ParityPieSlice;

typedef struct
{
  PangoLayout *layout;
  ParityPoint  origin;
  ParityRect   box;
  ParityPoint  leader[3];     /* slice edge, elbow, label */
  double       mid;           /* the middle angle of the slice */
  double       want;          /* the centre line an outside label would like */
  guint        slice;
  gboolean     inside, right, placed, moved, crossing, cramped, bad;
} ParityPieLabel;

typedef struct
{
  ParityChartContext   *ctx;
  ParityPieOptions      options;
  GArray               *slices;   /* ParityPieSlice */
  ParityRect            area;     /* the plot less the note under it */
  double                cx, cy, r, r0;
  double                gap;      /* between a label and what it points at */
  double                elbow;    /* how far a leader leaves the pie before it turns */
  guint                 n_crossing, n_cramped;
  ParityUnit            percent;
  PangoFontDescription *font, *bold, *small, *big;
} ParityPie;

void       _parity_pie_label_clear   (gpointer     data);
void       _parity_pie_choose_layout (ParityPie   *pie,
                                      GArray      *labels);

G_END_DECLS
