/* parity-chart-rows.h: what the chart kinds drawn as rows on one value axis share — the
 * category column, the rows, the axis that leaves room for end labels, grid and ticks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "parity-chart-kind-private.h"
#include "parity-scale.h"

G_BEGIN_DECLS

/* What a row labels beside its outermost marks: the leftmost value, labelled on its left,
 * and the rightmost, labelled on its right (NAN for none), with their labels' widths. */
typedef struct
{
  double lo_value;
  double lo_width;
  double hi_value;
  double hi_width;
} ParityRowExtent;

typedef struct
{
  ParityChartContext   *ctx;
  PangoFontDescription *font;        /* body text */
  PangoFontDescription *bold;
  PangoFontDescription *small;
  double                pad;         /* space between a label and what it labels */
  double                line_h;      /* a line of bold body text: series names */
  double                value_h;     /* a line of small text: value labels */

  guint                 n;           /* rows, the reference (if any) last */
  gboolean              has_reference;
  double                rows_top;
  double                band;        /* height of a row */
  double                separator;   /* room for the rule above the reference row */
  GPtrArray            *categories;  /* PangoLayout, one per row */
  double                column_width;
  double                area_x0;     /* where the axis and its labels may begin */

  ParityScale           scale;
  GArray               *ticks;
  GPtrArray            *tick_labels;
} ParityRows;

void        parity_rows_init          (ParityRows             *rows,
                                       ParityChartContext     *ctx);
void        parity_rows_clear         (ParityRows             *rows);
gboolean    parity_rows_place         (ParityRows             *rows,
                                       const guint32          *entities,
                                       guint                   n,
                                       gboolean                has_reference,
                                       double                  max_band,
                                       GError                **error);
void        parity_rows_fit_axis      (ParityRows             *rows,
                                       double                  lo,
                                       double                  hi,
                                       double                  right_reserve,
                                       const ParityRowExtent  *extents,
                                       double                  offset);
double      parity_rows_get_y         (const ParityRows       *rows,
                                       guint                   i);
double      parity_rows_get_x         (const ParityRows       *rows,
                                       double                  value);
double      parity_rows_get_bottom    (const ParityRows       *rows);
void        parity_rows_draw          (ParityRows             *rows,
                                       const guint32          *entities,
                                       const ParityChartRow   *datums);

GPtrArray  *parity_rows_make_category_column (ParityChartContext         *ctx,
                                              const guint32              *entities,
                                              guint                       n,
                                              const PangoFontDescription *font,
                                              const PangoFontDescription *bold,
                                              double                      max_width,
                                              int                         max_lines,
                                              double                     *column_width);
void        parity_rows_choose_ticks  (ParityRows             *rows,
                                       double                  lo,
                                       double                  hi,
                                       double                  x0,
                                       double                  x1,
                                       double                  left,
                                       double                  right);
void        parity_rows_draw_grid     (ParityRows             *rows,
                                       double                  top,
                                       double                  bottom);

ParityItem *parity_rows_knock_out     (ParityChartContext     *ctx,
                                       ParityItem             *label);
ParityColor parity_rows_shade         (const ParityColor      *color);
ParityColor parity_rows_tint          (const ParityColor      *color,
                                       double                  amount);
gboolean    parity_rows_is_percent    (ParityChartContext     *ctx);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ParityRows, parity_rows_clear)

G_END_DECLS
