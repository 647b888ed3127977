/* parity-chart-line-private.h: what the two halves of the line chart share
 *
 * parity-chart-line.c reads the options, builds the lines and draws them;
 * parity-chart-line-labels.c sets the axes and places every text: tick labels, the names
 * at the lines' ends (or a key), and the values.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <math.h>

#include "parity-chart-kind-private.h"
#include "parity-scale.h"

G_BEGIN_DECLS

/* Up to this many points in all, every point gets its value label, and up to twice as
 * many its marker (where points stand apart); beyond, only the points whose qualifier must
 * be read (≈, >, <, e, f), so that a dense chart does not drown in dots and numbers. */
#define PARITY_LINE_MAX_VALUE_LABELS 16

/* What the chart object says beyond the common members. */
typedef struct
{
  gboolean  log;
  char     *from;     /* "periods": [from, to], both inclusive */
  char     *to;
  GArray   *periods;  /* guint32: "periods" as a list of the periods to show */
} ParityLineOptions;

/* One line: an entity, or a series of it. */
typedef struct
{
  char        *name;
  char        *short_name;   /* with the entity's short label, for tight places */
  GArray      *rows;         /* ParityChartRow, one per shown period */
  ParityColor  color;
  ParityColor  text_color;   /* darker, for type */
  gboolean     highlighted;
  int          last;         /* the last point with a value */
} ParityLine;

/* Everything the parts of a line chart's layout share. */
typedef struct
{
  ParityChartContext      *ctx;
  const ParityLineOptions *options;
  GArray                  *periods;   /* guint32, in time order */
  gboolean                 numeric;   /* every period is a number: x is proportional to time */
  GArray                  *px;        /* double: the x of each period */
  GArray                  *lines;     /* ParityLine */
  GArray                  *segments;  /* ParityRect: stretches of line, for the placer */
  ParityScale              y;         /* value (its log10 on a log scale) to y */
  double                   x0, x1, top, bottom;   /* the data area */
  double                   t_first, t_last;  /* numeric: the years at x0 and x1, reaching
                                                the chart's targets' years */
  double                   gap, radius, stroke, small_h, body_h;
  PangoFontDescription    *small, *body, *bold;
} ParityLineChart;

static inline gboolean
has_value (const ParityChartRow *row)
{
  return row->observation != PARITY_INDEX_NONE && row->qualifier != PARITY_QUALIFIER_MISSING &&
         isfinite (row->value);
}

static inline double
map_y (ParityLineChart *chart,
       double           value)
{
  return parity_scale_map (&chart->y, chart->options->log ? log10 (value) : value);
}

static inline double
point_x (ParityLineChart *chart,
         guint            i)
{
  return g_array_index (chart->px, double, i);
}

double   _parity_line_period_value        (ParityLineChart  *chart,
                                           guint             i);

/* Numeric periods: the x of a year on the time axis. */
static inline double
_parity_line_year_x (ParityLineChart *chart,
                     double           year)
{
  return chart->x0 + (year - chart->t_first) / (chart->t_last - chart->t_first) *
                     (chart->x1 - chart->x0);
}

GArray  *_parity_line_make_y_ticks        (ParityLineChart  *chart,
                                           double            lo,
                                           double            hi);
GArray  *_parity_line_make_x_ticks        (ParityLineChart  *chart);
double   _parity_line_max_tick_width      (GArray           *ticks);
double   _parity_line_period_label_width  (ParityLineChart  *chart,
                                           guint             i);
char    *_parity_line_axis_title          (ParityLineChart  *chart);
void     _parity_line_add_axes            (ParityLineChart  *chart,
                                           GArray           *y_ticks,
                                           GArray           *x_ticks);
GArray  *_parity_line_plan_direct_labels  (ParityLineChart  *chart,
                                           double            max_width,
                                           double            lo,
                                           double            hi,
                                           gboolean          only_some,
                                           double           *width,
                                           gboolean         *leaders);
void     _parity_line_add_direct_labels   (ParityLineChart  *chart,
                                           GArray           *slots,
                                           double            column_x);
double   _parity_line_add_legend          (ParityLineChart  *chart,
                                           double            y,
                                           gboolean          draw);
void     _parity_line_add_value_labels    (ParityLineChart  *chart,
                                           const ParityRect *bounds);

G_END_DECLS
