/* parity-chart-bar-private.h: what the files of the bar kind share
 *
 * parity-chart-bar.c reads the options and the data (categories × series, stacking,
 * shares), formats values, names the reference and describes the chart;
 * parity-chart-bar-marks.c holds what both orientations draw with: text, colours, marks
 * with their qualifiers, knock-outs, "no data", ticks and the legend, and what is the same
 * up to a turn: the bands, the bars, the grid and the labels inside a stack's parts;
 * parity-chart-bar-horizontal.c and parity-chart-bar-vertical.c keep only what each
 * orientation does its own way (the category labels, where the value labels, series
 * names and references go, and how the bands are sized).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "parity-chart-kind-private.h"
#include "parity-label-placer.h"
#include "parity-scale.h"

G_BEGIN_DECLS

typedef enum
{
  BAR_HORIZONTAL,
  BAR_VERTICAL,
} BarOrientation;

typedef enum
{
  BAR_SINGLE,
  BAR_GROUPED,
  BAR_STACKED,
} BarArrangement;

/* spec->options of a bar chart. */
typedef struct
{
  BarOrientation orientation;
  BarArrangement arrangement;
  gboolean       percent;      /* stacked to 100 % */
  gboolean       auto_height;  /* "height": "auto": the canvas grows to hold every row */
  guint          top, bottom;  /* the highest and lowest rows shown, the rest summarised; 0 */
} BarOptions;

/* The most rows a bar chart grows to hold ("height": "auto"). */
#define BAR_MAX_AUTO_ROWS 400

/* How the series are named when there is more than one. */
typedef enum
{
  BAR_NAMES_NONE,     /* one series: the title names it */
  BAR_NAMES_DIRECT,   /* labels beside the marks of one category */
  BAR_NAMES_LEGEND,   /* a compact key above the plot */
} BarNames;

typedef struct
{
  ParityChartContext   *ctx;
  BarOrientation        orientation;
  BarArrangement        arrangement;
  gboolean              percent;
  guint                 n_categories;
  guint                 n_series;
  guint                 n_slots;       /* bars side by side in a category: 1, or the series */
  ParityChartRow       *cells;         /* n_categories × n_series, category-major */
  double               *start;         /* where each cell's bar starts along the value axis */
  double               *end;           /* ...and ends; NAN for a missing value */
  ParityChartRow       *reference;     /* n_series rows, or NULL */
  double                lo, hi;        /* the values the axis must show, zero included */
  ParityUnit            share_unit;    /* "%" for shares of a 100 % stack */
  double                gap;           /* space between a label and what it labels */
  double                extension;     /* length of the open end of a censored bar */
  PangoFontDescription *font;
  PangoFontDescription *bold;
  PangoFontDescription *small;
  BarNames              names;
  gboolean              names_failed;  /* a pass found no room for direct series labels */
  gboolean              auto_height;   /* the rows at a legible pitch, the canvas as tall */
  guint                 rest_at;       /* the top rows, before the summary of the rest */
  guint                 n_rest;        /* rows left out between top and bottom; 0 for none */
  gboolean              rest_economies;  /* … and they are all economies */
  ParityChartRow        rest_low;      /* the lowest and highest of those left out */
  ParityChartRow        rest_high;
} Bars;

/* The categories' bands, in either orientation: down the plot for bars, across it for
 * columns. An orientation is this and the value axis at right angles to it. */
typedef struct
{
  double first;      /* where the first band begins */
  double band;       /* the length of a category's band */
  double thickness;  /* of one bar */
  double inner;      /* between the bars of a group */
} BarBands;

/* Shared by both orientations (parity-chart-bar.c, parity-chart-bar-marks.c). */
PangoLayout       *_parity_bar_text            (const char                 *text,
                                                const PangoFontDescription *font);
const ParityChartRow *_parity_bar_cell         (Bars                       *bars,
                                                guint                       category,
                                                guint                       series);
gboolean           _parity_bar_extent          (Bars                       *bars,
                                                guint                       category,
                                                guint                       series,
                                                double                     *v0,
                                                double                     *v1);
guint              _parity_bar_slot            (Bars                       *bars,
                                                guint                       series);
gboolean           _parity_bar_is_outermost    (Bars                       *bars,
                                                guint                       category,
                                                guint                       series);
char              *_parity_bar_format_cell     (Bars                       *bars,
                                                guint                       category,
                                                guint                       series);
char              *_parity_bar_format_end      (Bars                       *bars,
                                                guint                       category,
                                                gboolean                   *muted);
gboolean           _parity_bar_category_censored (Bars                     *bars,
                                                guint                       category);
ParityColor        _parity_bar_color           (Bars                       *bars,
                                                guint                       category,
                                                guint                       series);
ParityColor        _parity_bar_series_text_color (Bars                     *bars,
                                                guint                       series);
ParityColor        _parity_bar_text_on         (Bars                       *bars,
                                                const ParityColor          *fill);
ParityItem        *_parity_bar_place_value     (Bars                       *bars,
                                                ParityLabelPlacer          *placer,
                                                PangoLayout                *layout,
                                                const ParityPoint          *anchor,
                                                const ParityChartRow       *row,
                                                const ParityColor          *color);
ParityItem        *_parity_bar_place_missing   (Bars                       *bars,
                                                ParityLabelPlacer          *placer,
                                                const ParityPoint          *anchor,
                                                gboolean                    centred,
                                                const ParityChartRow       *row);
void               _parity_bar_knock_out       (Bars                       *bars,
                                                const ParityItem           *label,
                                                const ParityColor          *color);
ParityItem        *_parity_bar_add_mark        (Bars                       *bars,
                                                ParityLabelPlacer          *placer,
                                                guint                       category,
                                                guint                       series,
                                                const ParityRect           *rect);
guint              _parity_bar_n_bands         (Bars                       *bars);
double             _parity_bar_band_index      (Bars                       *bars,
                                                guint                       category);
char              *_parity_bar_rest_text       (Bars                       *bars);
double             _parity_bar_slot_start      (Bars                       *bars,
                                                const BarBands             *bands,
                                                guint                       category,
                                                guint                       series);
void               _parity_bar_add_marks       (Bars                       *bars,
                                                ParityLabelPlacer          *placer,
                                                const BarBands             *bands,
                                                const ParityScale          *scale);
double             _parity_bar_label_parts     (Bars                       *bars,
                                                ParityLabelPlacer          *placer,
                                                const BarBands             *bands,
                                                const ParityScale          *scale,
                                                guint                       category,
                                                double                      start,
                                                double                      pad);
void               _parity_bar_draw_grid       (Bars                       *bars,
                                                const ParityScale          *scale,
                                                GArray                     *ticks,
                                                GPtrArray                  *tick_labels,
                                                double                      cross0,
                                                double                      cross1,
                                                double                      label_at);
GArray            *_parity_bar_choose_ticks    (Bars                       *bars,
                                                double                      r0,
                                                double                      r1,
                                                gboolean                    vertical,
                                                ParityScale                *scale,
                                                GPtrArray                 **tick_labels);
double             _parity_bar_legend          (Bars                       *bars,
                                                ParityLabelPlacer          *placer,
                                                double                      x,
                                                double                      y,
                                                double                      width);
double             _parity_bar_key             (Bars                       *bars,
                                                ParityLabelPlacer          *placer);
PangoLayout       *_parity_bar_reference_label (Bars                       *bars,
                                                guint                       series);
double             _parity_bar_reference_value (Bars                       *bars,
                                                guint                       series);
guint              _parity_bar_n_references    (Bars                       *bars);
int                _parity_bar_reference_rank  (Bars                       *bars,
                                                guint                       series);
ParityItem        *_parity_bar_add_reference   (Bars                       *bars,
                                                guint                       series,
                                                double                      x1,
                                                double                      y1,
                                                double                      x2,
                                                double                      y2);

/* The two orientations. */
gboolean           _parity_bar_layout_horizontal (Bars                     *bars,
                                                  GError                  **error);
gboolean           _parity_bar_layout_vertical   (Bars                     *bars,
                                                  GError                  **error);

G_END_DECLS
