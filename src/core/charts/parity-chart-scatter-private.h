/* parity-chart-scatter-private.h: what the scatter plot's parser and layout share
 *
 * parity-chart-scatter-parse.c reads the chart's own members ("x", "y", "size", "groups",
 * "outliers"); parity-chart-scatter.c chooses the dots and draws the axes and dots;
 * parity-chart-scatter-labels.c the keys, the economies' names and the description.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "parity-chart-groups.h"
#include "parity-chart-kind-private.h"
#include "parity-scale.h"

G_BEGIN_DECLS

/* The smallest a sized dot is drawn, in points, so that a small economy is still seen. */
#define PARITY_SCATTER_MIN_RADIUS 0.75

/* Groups, each a colour of the theme's palette. */
#define PARITY_SCATTER_MAX_GROUPS 6

/* Economies labelled beyond the highlighted ones when the chart does not say. */
#define PARITY_SCATTER_DEFAULT_OUTLIERS 5

/* One axis (or the size) of a scatter plot: an indicator at a period. */
typedef struct
{
  guint32  indicator;   /* PARITY_INDEX_NONE: none (only the size may be left out) */
  guint32  period;      /* PARITY_INDEX_NONE: the chart's */
  gboolean log;
} ParityScatterAxis;

typedef struct
{
  ParityScatterAxis x;
  ParityScatterAxis y;        /* its indicator is the chart's */
  ParityScatterAxis size;
  GPtrArray        *groups;   /* ParityChartGroup, in the key's order */
  guint             outliers; /* how many economies to label by their distance from the fit */
} ParityScatterOptions;

/* One economy's dot. */
typedef struct
{
  guint32        entity;
  ParityChartRow x, y, size;
  int            group;        /* index into the options' groups, -1 for none */
  gboolean       highlighted;
  gboolean       is_reference; /* the chart's "reference", drawn apart from the dots */
  double         residual;     /* distance from the fit, on the axes' scales */
  double         px, py, r;
  double         ring;         /* the ring around it, of background or of text */
  ParityColor    color;
} ParityScatterDot;

/* What the steps of a scatter plot's layout share. */
typedef struct
{
  ParityChartContext         *ctx;
  const ParityScatterOptions *options;
  GArray                     *dots;        /* ParityScatterDot, in the dataset's order */
  PangoFontDescription       *small;
  PangoFontDescription       *bold;
  double                      small_h, gap;
  double                      x0, x1, top, bottom;   /* the data area */
  double                      legend_h;
  ParityScale                 xs, ys;      /* a value (its log10 on a log axis) to x, y */
  GArray                     *x_ticks;     /* double */
  GArray                     *y_ticks;
  guint                       x_decimals, y_decimals;
  double                      size_max;
  GString                    *missing;     /* the economies left out for a missing value */
  gboolean                    any_ungrouped;
  ParityScatterDot            reference;   /* the chart's "reference" (World), when it has
                                              both values: a crosshair and a named diamond */
  gboolean                    has_reference;
} ParityScatter;

extern const char * const parity_scatter_members[];

gboolean    parity_scatter_parse           (ParityChartParser *parser,
                                            JsonObject        *object,
                                            ParityChartSpec   *spec);
const char *_parity_scatter_indicator_label (ParityScatter     *s,
                                            guint32            indicator);
double      _parity_scatter_keys           (ParityScatter     *s,
                                            double             max_radius,
                                            gboolean           draw);
void        _parity_scatter_label_dots     (ParityScatter     *s);
void        _parity_scatter_draw_reference (ParityScatter     *s,
                                            gboolean           crosshair);
void        _parity_scatter_describe       (ParityScatter     *s);

G_END_DECLS
