/* parity-chart-kind-private.h: what a chart kind implements, and the helpers the kinds
 * share; only the frame (parity-layout.c) and the kinds include it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "parity-chart-kind.h"
#include "parity-pango.h"
#include "parity-scale.h"
#include "parity-scene.h"
#include "parity-theme.h"

G_BEGIN_DECLS

/* The tick counts the panels of a chart with shared axes choose (each from its own axis'
 * length, which the category column shortens): the least and the most any panel took, and
 * the one they are laid out again with when those differ (0 until then). */
typedef struct
{
  guint forced;
  guint least;
  guint most;
} ParityPanelTicks;

/* The key of a chart in panels, which the first panel draws once for the figure: @area is
 * the whole plot of the grid, the key goes across its top (or, a map's, its foot), and the
 * kind records in @took where it went, which the grid then leaves to it. */
typedef struct
{
  ParityRect area;
  ParityRect took;
} ParityPanelKey;

/* A panel of a chart in panels (parity-chart-facet.c): what a kind does otherwise there. */
typedef struct
{
  ParityPanelTicks *ticks;  /* shared axes: the panels' tick counts; NULL when free */
  guint         index;   /* in reading order, from 0 */
  guint         n;       /* the chart's panels */
  double        lo, hi;  /* shared axes: the range of every panel's values; NAN when free */
  const GArray *values;  /* shared axes: every panel's values (double), for a map's classes;
                            NULL when free */
  ParityPanelKey *key;   /* the first panel: where it draws the chart's one key; else NULL */
  const char   *group;   /* a panel by group: the group's id, if it has one (a map of the
                            world shows the group's region, where one is known), else NULL */
} ParityChartPanel;

/* What the frame hands a chart kind: the plot rectangle to fill, and where to put things. */
typedef struct
{
  ParityDataset         *dataset;
  const ParityChartSpec *spec;
  const ParityIndicator *indicator;
  const char            *lang;
  const char            *default_lang;
  const ParityTheme     *theme;
  ParityScene           *scene;
  ParityRect             plot;
  GString               *description;  /* the kind appends its sentences for alt text */
  guint                  n_dropped;    /* labels left out for lack of room */
  double                 wanted_plot_height;  /* a kind that grows to hold its rows: the plot
                                                 height it needs, else 0 */
  /* What annotations anchor to (parity-chart-annotations): the value axis, when the kind
   * has one, and the points of a datum drawn inside a path (a line's), which the scene's
   * items do not give one by one. */
  gboolean               has_value_axis;
  gboolean               value_on_y;
  ParityScale            value_axis;
  GArray                *datum_points;  /* ParityDatumPoint, or NULL */
  const ParityChartPanel *panel;      /* a panel of a chart in panels, else NULL */
  ParityDataset * const *peers;       /* the layout options' other datasets, read only */
  guint                  n_peers;
} ParityChartContext;

typedef struct
{
  guint32 entity;
  guint32 period;
  double  x, y;
} ParityDatumPoint;

/* The most values a kind shows besides its series' (see more_series). */
#define PARITY_CHART_MORE_SERIES 2

struct _ParityChartKind
{
  const char         *name;
  /* The chart-object members this kind reads beyond the common ones; NULL-terminated. */
  const char * const *members;
  /* Reads those members into spec->options and checks what the kind needs (may be NULL). */
  gboolean          (*parse)  (ParityChartParser  *parser,
                               JsonObject         *object,
                               ParityChartSpec    *spec);
  /* Lays the marks, axes and labels of the chart out inside ctx->plot. */
  gboolean          (*layout) (ParityChartContext *ctx,
                               GError            **error);
  /* The values it shows besides its series' — a scatter plot's horizontal axis and dot
   * sizes — as series in @out, so that the source line credits them too; returns how
   * many (may be NULL: none). */
  guint             (*more_series) (const ParityChartSpec *spec,
                                    ParitySeries           out[PARITY_CHART_MORE_SERIES]);
  /* Sentences the kind adds at the end of the chart's notes, before it is laid out (a map's
   * count of economies without data, its disclaimer), or NULL (may be NULL). */
  char             *(*notes) (ParityChartContext *ctx);
};

/* One observation a chart shows. */
typedef struct
{
  guint32         indicator;
  guint32         entity;
  guint32         period;
  guint32         breakdown;
  guint32         observation;  /* PARITY_INDEX_NONE when there is no value */
  double          value;        /* NAN when missing */
  ParityQualifier qualifier;
  guint32         latest;       /* a chart of the latest values: the latest period of the
                                   indicator, which @period may precede; else
                                   PARITY_INDEX_NONE */
} ParityChartRow;

GArray                *parity_chart_select_rows     (ParityDataset         *dataset,
                                                     const ParityChartSpec *spec);
gboolean               parity_chart_row_find        (ParityDataset         *dataset,
                                                     const ParityChartSpec *spec,
                                                     guint32                entity,
                                                     ParityChartRow        *row);
gboolean               parity_chart_lookup          (ParityDataset         *dataset,
                                                     const ParityChartSpec *spec,
                                                     const ParitySeries    *series,
                                                     guint32                entity,
                                                     guint32                period,
                                                     ParityChartRow        *row);
guint                  parity_chart_get_n_series    (const ParityChartSpec *spec);
const ParitySeries    *parity_chart_get_series      (const ParityChartSpec *spec,
                                                     guint                  i);
const char            *parity_chart_series_label    (ParityChartContext    *ctx,
                                                     guint                  i);
const ParityIndicator *parity_chart_series_indicator (ParityChartContext   *ctx,
                                                     guint                  i);
char                  *parity_chart_format_row      (ParityChartContext    *ctx,
                                                     const ParityChartRow  *row);
const ParityColor     *parity_chart_series_color    (ParityChartContext    *ctx,
                                                     guint                  i);
const ParityColor     *parity_chart_entity_color    (ParityChartContext    *ctx,
                                                     guint32                entity,
                                                     guint                  i);
gboolean               parity_chart_parser_require_period (ParityChartParser *parser,
                                                     ParityChartSpec       *spec);
gboolean               parity_chart_title_names     (ParityChartContext    *ctx,
                                                     const char            *name);
const char            *parity_chart_entity_label    (ParityChartContext    *ctx,
                                                     guint32                entity,
                                                     gboolean               prefer_short);
void                   parity_chart_set_crowded_error (ParityChartContext  *ctx,
                                                       gboolean             canvas_bound,
                                                       GError             **error,
                                                       const char          *format,
                                                       ...) G_GNUC_PRINTF (4, 5);
gboolean               parity_chart_scale_group_widen (ParityChartContext  *ctx,
                                                       double              *lo,
                                                       double              *hi);
guint                  parity_chart_scale_group_ticks (ParityChartContext  *ctx,
                                                       guint                target);
gboolean               parity_chart_scale_group_widen_log (ParityChartContext *ctx,
                                                           gboolean            log,
                                                           double             *lo,
                                                           double             *hi);
void                   parity_chart_values_range     (ParityDataset         *dataset,
                                                       const ParityChartSpec *spec,
                                                       double                *lo,
                                                       double                *hi);
gboolean               parity_chart_draws_key        (ParityChartContext    *ctx);
gboolean               parity_chart_key_in_strip     (ParityChartContext    *ctx);
void                   parity_chart_key_took         (ParityChartContext    *ctx,
                                                      const ParityRect      *box);
guint                  parity_chart_tick_target      (ParityChartContext    *ctx,
                                                      guint                  target);
void                   parity_chart_took_ticks       (ParityChartContext    *ctx,
                                                      guint                  target);
int                    parity_chart_compare_values  (double                 a,
                                                     double                 b,
                                                     int                    direction);
gboolean               parity_chart_is_highlighted  (const ParityChartSpec *spec,
                                                     guint32                entity);
ParityDatum            parity_chart_row_datum       (ParityChartContext    *ctx,
                                                     const ParityChartRow  *row);
ParityItem            *parity_chart_set_datum       (ParityItem            *item,
                                                     ParityChartContext    *ctx,
                                                     const ParityChartRow  *row);
double                 parity_chart_centred_left    (ParityChartContext    *ctx,
                                                     double                 at,
                                                     double                 width);
gboolean               parity_chart_centred_labels_fit (ParityChartContext *ctx,
                                                     const double          *at,
                                                     const double          *width,
                                                     guint                  n,
                                                     double                 gap);

G_END_DECLS
