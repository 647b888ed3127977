/* parity-chart-strip.c: how economies spread — one dot per economy along the value axis,
 * one row per group (LDCs, other developing, developed…), the group's median or aggregate
 * marked, chosen economies named
 *
 * Dots never cover each other: each row is a deterministic beeswarm
 * (parity-chart-swarm.c), and a row is as tall as its swarm. When the rows do not fit the
 * plot, every dot shrinks, step by step, down to a smallest size; then the lanes kept for
 * names above the swarms are given up, then those for each mark's label under them (the
 * label goes beside the swarm, on the row's line); past that the chart is refused as crowded
 * rather than drawn with dots on dots.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "parity-chart-describe.h"
#include "parity-chart-dots.h"
#include "parity-chart-groups.h"
#include "parity-chart-kind.h"
#include "parity-chart-rows.h"
#include "parity-chart-swarm.h"
#include "parity-chart-targets.h"
#include "parity-chart-words.h"
#include "parity-error.h"
#include "parity-label-placer.h"
#include "parity-number-format.h"
#include "parity-pango.h"

/* Relative to body text: the largest and the smallest dot radius, and each step down. */
#define DOT_RADIUS_MAX 0.32
#define DOT_RADIUS_MIN 0.11
#define DOT_RADIUS_STEP 0.85
/* The most room a row gets beyond what it needs, relative to body text. */
#define ROW_MAX_EXTRA 5

static const char * const strip_members[] = { "groups", NULL };

typedef struct
{
  GPtrArray *groups;  /* ParityChartGroup, each with its aggregate; NULL for one row of every
                         economy */
} StripOptions;

/* One row as drawn. */
typedef struct
{
  const char     *label;      /* NULL for the one unnamed row */
  GArray         *dots;       /* ParityChartRow, by value then id */
  GArray         *missing;    /* guint32, members without a value */
  double         *x;
  double         *offsets;
  double          reach;      /* of the swarm, from its centre line to a dot's centre */
  double          mark;       /* the median or the aggregate's value; NAN for none */
  ParityChartRow  aggregate;  /* value NAN unless the group names one with a value */
  gboolean        any_highlight;
  PangoLayout    *category;
  PangoLayout    *mark_label;
  PangoLayout    *missing_label;
  gboolean        missing_hidden;  /* no room under the name: in the description only */
  double          lane_above, lane_below, height;
  double          top, cy;
} Row;

static void
row_clear (gpointer data)
{
  Row *row = data;

  g_clear_pointer (&row->dots, g_array_unref);
  g_clear_pointer (&row->missing, g_array_unref);
  g_clear_pointer (&row->x, g_free);
  g_clear_pointer (&row->offsets, g_free);
  g_clear_object (&row->category);
  g_clear_object (&row->mark_label);
  g_clear_object (&row->missing_label);
}

typedef struct
{
  ParityChartContext *ctx;
  ParityRows         *frame;
  GArray             *rows;         /* Row */
  ParityChartRow      reference;    /* value NAN without one */
  PangoLayout        *reference_label;
  double              lo, hi;
  double              bottom;       /* of the last row: where bands and targets end */
  double              r;
  double              header_h, tick_h, column_width;
  guint               n_dots;
  gboolean            any_highlight;
  gboolean            marks_beside; /* no lane under the swarms: mark labels beside them */
} Chart;

static void
chart_clear (Chart *c)
{
  g_clear_pointer (&c->rows, g_array_unref);
  g_clear_object (&c->reference_label);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Chart, chart_clear)

/* By value, then by id: the order the swarm places dots in, so the same file gives the
 * same figure. */
static int
compare_dots (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  const ParityChartRow *ra = a, *rb = b;
  ParityDataset *dataset = user_data;

  if (ra->value != rb->value)
    return ra->value < rb->value ? -1 : 1;
  return strcmp (parity_dataset_get_entity (dataset, ra->entity)->id,
                 parity_dataset_get_entity (dataset, rb->entity)->id);
}

static double
median (GArray *dots)
{
  guint n = dots->len;

  if (n == 0)
    return NAN;
  if (n % 2 == 1)
    return g_array_index (dots, ParityChartRow, n / 2).value;
  return (g_array_index (dots, ParityChartRow, n / 2 - 1).value +
          g_array_index (dots, ParityChartRow, n / 2).value) / 2;
}

/* Whether @entity is among the chart's chosen entities (all, without a list). */
static gboolean
is_shown (const ParityChartSpec *spec,
          guint32                entity)
{
  if (spec->entities == NULL)
    return TRUE;
  for (guint i = 0; i < spec->entities->len; i++)
    if (g_array_index (spec->entities, guint32, i) == entity)
      return TRUE;
  return FALSE;
}

/* A row's dots from @members: the values sorted, the members without one kept by name. */
static void
fill_row (Chart         *c,
          Row           *row,
          const guint32 *members,
          guint          n)
{
  ParityChartContext *ctx = c->ctx;

  row->dots = g_array_new (FALSE, FALSE, sizeof (ParityChartRow));
  row->missing = g_array_new (FALSE, FALSE, sizeof (guint32));
  for (guint i = 0; i < n; i++)
    {
      ParityChartRow dot;

      if (!is_shown (ctx->spec, members[i]) || members[i] == ctx->spec->reference)
        continue;
      parity_chart_row_find (ctx->dataset, ctx->spec, members[i], &dot);
      if (isnan (dot.value))
        g_array_append_val (row->missing, members[i]);
      else
        g_array_append_val (row->dots, dot);
    }
  g_array_sort_with_data (row->dots, compare_dots, ctx->dataset);
  row->any_highlight = FALSE;
  for (guint i = 0; i < row->dots->len; i++)
    row->any_highlight |= parity_chart_is_highlighted (ctx->spec,
                                                       g_array_index (row->dots, ParityChartRow,
                                                                      i).entity);
  row->aggregate.value = NAN;
  row->mark = row->dots->len >= 2 ? median (row->dots) : NAN;
}

/* Without groups, one row of the chart's entities: its economies, when it has any. */
static void
fill_single_row (Chart *c,
                 Row   *row)
{
  ParityChartContext *ctx = c->ctx;
  g_autoptr(GArray) entities = parity_chart_select_entities (ctx->dataset, ctx->spec);
  g_autoptr(GArray) economies = g_array_new (FALSE, FALSE, sizeof (guint32));

  for (guint i = 0; i < entities->len; i++)
    {
      guint32 e = g_array_index (entities, guint32, i);

      if (parity_dataset_get_entity (ctx->dataset, e)->kind == PARITY_ENTITY_ECONOMY)
        g_array_append_val (economies, e);
    }
  if (economies->len == 0)
    g_array_append_vals (economies, entities->data, entities->len);
  fill_row (c, row, (const guint32 *)economies->data, economies->len);
}

static gboolean
strip_select (Chart   *c,
              GError **error)
{
  ParityChartContext *ctx = c->ctx;
  const StripOptions *options = ctx->spec->options;
  guint n_groups = options->groups != NULL ? options->groups->len : 1;

  c->rows = g_array_new (FALSE, TRUE, sizeof (Row));
  g_array_set_clear_func (c->rows, row_clear);
  g_array_set_size (c->rows, n_groups);
  c->lo = INFINITY;
  c->hi = -INFINITY;
  for (guint g = 0; g < n_groups; g++)
    {
      Row *row = &g_array_index (c->rows, Row, g);

      if (options->groups == NULL)
        fill_single_row (c, row);
      else
        {
          const ParityChartGroup *group = g_ptr_array_index (options->groups, g);

          row->label = parity_chart_group_label (ctx, group);
          fill_row (c, row, (const guint32 *)group->entities->data, group->entities->len);
          if (group->aggregate != PARITY_INDEX_NONE &&
              parity_chart_row_find (ctx->dataset, ctx->spec, group->aggregate, &row->aggregate) &&
              !isnan (row->aggregate.value))
            row->mark = row->aggregate.value;
        }
      c->n_dots += row->dots->len;
      c->any_highlight |= row->any_highlight;
      if (row->dots->len > 0)
        {
          c->lo = MIN (c->lo, g_array_index (row->dots, ParityChartRow, 0).value);
          c->hi = MAX (c->hi, g_array_index (row->dots, ParityChartRow,
                                             row->dots->len - 1).value);
        }
      if (!isnan (row->mark))
        {
          c->lo = MIN (c->lo, row->mark);
          c->hi = MAX (c->hi, row->mark);
        }
    }
  if (c->n_dots == 0)
    {
      g_set_error (error, PARITY_ERROR, PARITY_ERROR_EMPTY,
                   /* Translators: a chart's id; a strip chart draws one dot per economy. */
                   _("chart \"%s\": no economy in its groups has a value to show"),
                   ctx->spec->id);
      return FALSE;
    }
  c->reference.value = NAN;
  if (ctx->spec->reference != PARITY_INDEX_NONE &&
      parity_chart_row_find (ctx->dataset, ctx->spec, ctx->spec->reference, &c->reference) &&
      !isnan (c->reference.value))
    {
      c->lo = MIN (c->lo, c->reference.value);
      c->hi = MAX (c->hi, c->reference.value);
    }
  /* A dot's position on a percentage axis is read against zero. */
  if (parity_rows_is_percent (ctx))
    c->lo = MIN (c->lo, 0);
  parity_chart_targets_extend (ctx->spec, &c->lo, &c->hi);
  return TRUE;
}

/* "Name 17%": a named value, as the chart writes it beside a dot or a mark. */
static char *
named_value (Chart                *c,
             const ParityChartRow *row,
             gboolean              prefer_short)
{
  g_autofree char *value = parity_chart_format_row (c->ctx, row);

  return parity_describe2 (c->ctx, PARITY_WORD_DESC_ITEM,
                           parity_chart_entity_label (c->ctx, row->entity, prefer_short), value);
}

static char *
format_median (Chart *c,
               double value)
{
  ParityChartContext *ctx = c->ctx;
  const ParityIndicator *ind = parity_chart_series_indicator (ctx, 0);
  g_autofree char *number = parity_format_value (value, ind->decimals, &ind->unit,
                                                 PARITY_QUALIFIER_EXACT, ctx->lang,
                                                 ctx->default_lang);

  return parity_chart_word_with (ctx->lang, PARITY_WORD_MEDIAN, number);
}

/* "No data: Chad, Mali": the members of @row without a value. */
static char *
missing_names (Chart     *c,
               const Row *row)
{
  ParityChartContext *ctx = c->ctx;
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < row->missing->len; i++)
    g_string_append_printf (names, "%s%s",
                            i > 0 ? parity_chart_word (ctx->lang, PARITY_WORD_NAME_SEPARATOR) : "",
                            parity_chart_entity_label (ctx, g_array_index (row->missing, guint32, i),
                                                       TRUE));
  return parity_chart_word_with (ctx->lang, PARITY_WORD_NO_DATA_NAMES, names->str);
}

/* The texts each row writes: its name in the category column, its mark's label, and the
 * names of members without data; and the lanes above and below the swarm they need. */
static void
strip_measure (Chart *c)
{
  ParityChartContext *ctx = c->ctx;
  ParityRows *frame = c->frame;
  double max_width = ctx->plot.width * 0.3, lane = frame->value_h + frame->pad * 0.4;
  gboolean named = FALSE;

  for (guint g = 0; g < c->rows->len; g++)
    {
      Row *row = &g_array_index (c->rows, Row, g);

      if (row->label != NULL)
        {
          row->category = parity_pango_layout_new (row->label, frame->font);
          if (parity_pango_width (row->category) > max_width)
            {
              pango_layout_set_width (row->category, (int)(max_width * PANGO_SCALE));
              pango_layout_set_wrap (row->category, PANGO_WRAP_WORD_CHAR);
              pango_layout_set_height (row->category, -2);
              pango_layout_set_ellipsize (row->category, PANGO_ELLIPSIZE_END);
            }
          c->column_width = MAX (c->column_width, parity_pango_width (row->category));
          named = TRUE;
        }
      if (!isnan (row->aggregate.value))
        {
          g_autofree char *text = named_value (c, &row->aggregate, TRUE);

          row->mark_label = parity_pango_layout_new (text, frame->small);
        }
      else if (!isnan (row->mark))
        {
          g_autofree char *text = format_median (c, row->mark);

          row->mark_label = parity_pango_layout_new (text, frame->small);
        }
      if (row->missing->len > 0)
        {
          g_autofree char *text = missing_names (c, row);

          row->missing_label = parity_pango_layout_new (text, frame->small);
        }
      row->lane_above = row->any_highlight ? lane : 0;
      /* Without a category column, the names of members without data go under the swarm. */
      row->lane_below = row->mark_label != NULL || (row->missing_label != NULL &&
                                                    row->label == NULL) ? lane : 0;
    }
  if (named)
    {
      int width = (int)ceil (c->column_width * PANGO_SCALE) + 1;

      for (guint g = 0; g < c->rows->len; g++)
        {
          Row *row = &g_array_index (c->rows, Row, g);

          pango_layout_set_width (row->category, width);
          pango_layout_set_alignment (row->category, PANGO_ALIGN_RIGHT);
          /* Under the group's name, on up to two lines of the column. */
          if (row->missing_label != NULL)
            {
              pango_layout_set_width (row->missing_label, width);
              pango_layout_set_wrap (row->missing_label, PANGO_WRAP_WORD_CHAR);
              pango_layout_set_height (row->missing_label, -2);
              pango_layout_set_ellipsize (row->missing_label, PANGO_ELLIPSIZE_END);
              pango_layout_set_alignment (row->missing_label, PANGO_ALIGN_RIGHT);
            }
        }
      frame->area_x0 = ctx->plot.x + c->column_width + frame->pad;
    }
  else
    frame->area_x0 = ctx->plot.x;
  /* Small panels leave the reference unnamed: no room over each, and the subtitle or the
   * description can say what it is. */
  if (!isnan (c->reference.value) && ctx->panel == NULL)
    {
      g_autofree char *text = named_value (c, &c->reference, TRUE);

      c->reference_label = parity_pango_layout_new (text, frame->small);
      c->header_h = frame->value_h + frame->pad * 0.6;
    }
  c->tick_h = parity_theme_get_size (ctx->theme, PARITY_TEXT_SMALL) * 1.4 + frame->pad;
}

/* The group's name, and under it the names of members without data. */
static double
category_height (const Row *row)
{
  if (row->category == NULL)
    return 0;
  return parity_pango_height (row->category) +
         (row->missing_label != NULL && !row->missing_hidden
          ? parity_pango_height (row->missing_label) : 0);
}

/* Swarms every row with dots of radius @r; returns the height the rows need, INFINITY
 * as soon as a swarm alone would pass @available. */
static double
swarm_rows (Chart  *c,
            double  r,
            double  available)
{
  ParityRows *frame = c->frame;
  double spacing = 2 * r + MAX (0.4, r * 0.35), total = 0;

  for (guint g = 0; g < c->rows->len; g++)
    {
      Row *row = &g_array_index (c->rows, Row, g);
      double swarm_h, label_h = category_height (row);

      if (row->x == NULL)
        {
          row->x = g_new (double, MAX (row->dots->len, 1));
          row->offsets = g_new (double, MAX (row->dots->len, 1));
        }
      for (guint i = 0; i < row->dots->len; i++)
        row->x[i] = parity_rows_get_x (frame, g_array_index (row->dots, ParityChartRow, i).value);
      row->reach = parity_swarm_place (row->x, row->dots->len, spacing, available / 2,
                                       row->offsets);
      if (isinf (row->reach))
        return INFINITY;
      swarm_h = 2 * (row->reach + r) + frame->pad * 0.6;
      row->height = MAX (row->lane_above + swarm_h + row->lane_below, label_h + frame->pad * 0.6);
      total += row->height;
    }
  return total;
}

/* The axis, then the largest dots whose swarms fit the plot; the rows placed top down. */
static gboolean
strip_fit (Chart   *c,
           GError **error)
{
  ParityChartContext *ctx = c->ctx;
  ParityRows *frame = c->frame;
  const ParityRect *plot = &ctx->plot;
  double body = ctx->theme->body_size, available, need = INFINITY, extra, y;
  double r_min = MAX (0.75, body * DOT_RADIUS_MIN);

  /* Panels with shared axes: every panel's range. */
  if (ctx->panel != NULL)
    parity_chart_scale_group_widen (ctx, &c->lo, &c->hi);
  parity_rows_choose_ticks (frame, c->lo, c->hi, frame->area_x0 + body * DOT_RADIUS_MAX,
                            plot->x + plot->width - body * DOT_RADIUS_MAX, plot->x,
                            plot->x + plot->width);
  available = plot->height - c->header_h - c->tick_h;
  /* The largest dots that fit; failing that, without the lanes above the swarms, where the
   * chosen economies' names go when there is no room beside their dots; failing that,
   * without the lanes under them, where each mark's label goes: six rows of text in a
   * script as tall as Arabic on a slide leave no room for both; failing that, with the
   * names of members without data on one line under the group's, then without them (said
   * in the description, and left out as labels are): a chart of the latest values leaves
   * many without, and in Arabic a name and two lines of them in each of four rows are
   * taller than the plot at any size, as text grows with the canvas. */
  for (guint pass = 0; pass < 5 && need > available; pass++)
    {
      for (guint g = 0; pass >= 1 && g < c->rows->len; g++)
        {
          Row *row = &g_array_index (c->rows, Row, g);

          /* The names of members without data stay under a row that has no name, but
           * in a small panel (whose title names the row). */
          gboolean named = row->label != NULL || ctx->panel != NULL;

          row->lane_above = 0;
          if (pass >= 2 && named)
            row->lane_below = 0;
          if (pass >= 3 && named && row->missing_label != NULL)
            {
              pango_layout_set_height (row->missing_label, -1);
              row->missing_hidden = pass == 4;
            }
        }
      c->marks_beside = pass == 2;
      for (c->r = body * DOT_RADIUS_MAX;; c->r = MAX (r_min, c->r * DOT_RADIUS_STEP))
        {
          need = swarm_rows (c, c->r, available);
          if (need <= available || c->r <= r_min)
            break;
        }
    }
  if (need > available)
    {
      parity_chart_set_crowded_error (ctx, TRUE, error,
                                      /* Translators: a number of dots, a height in points. */
                                      _("%u dots do not fit a plot %.0f pt high"), c->n_dots,
                                      plot->height);
      return FALSE;
    }
  extra = MIN ((available - need) / c->rows->len, body * ROW_MAX_EXTRA);
  y = plot->y + c->header_h;
  frame->rows_top = y;
  for (guint g = 0; g < c->rows->len; g++)
    {
      Row *row = &g_array_index (c->rows, Row, g);
      double swarm_h;

      row->height += extra;
      row->top = y;
      swarm_h = row->height - row->lane_above - row->lane_below;
      row->cy = y + row->lane_above + swarm_h / 2;
      y += row->height;
    }
  return TRUE;
}

/* The grid, and each row's name, centre line and mark; a rule between rows. */
static void
strip_frame (Chart *c)
{
  ParityChartContext *ctx = c->ctx;
  const ParityTheme *theme = ctx->theme;
  ParityRows *frame = c->frame;
  const ParityRect *plot = &ctx->plot;
  double bottom = frame->rows_top;

  for (guint g = 0; g < c->rows->len; g++)
    bottom += g_array_index (c->rows, Row, g).height;
  c->bottom = bottom;
  parity_chart_targets_bands (ctx, &frame->scale, FALSE, frame->rows_top, bottom);
  parity_rows_draw_grid (frame, frame->rows_top, bottom);
  for (guint g = 0; g < c->rows->len; g++)
    {
      Row *row = &g_array_index (c->rows, Row, g);
      double line_w = MAX (0.75, theme->body_size / 9);
      ParityItem *item;

      if (g > 0)
        parity_scene_add_line (ctx->scene, PARITY_ROLE_GRID, plot->x, row->top,
                               plot->x + plot->width, row->top, &theme->grid,
                               MAX (0.5, theme->body_size / 20))->z = 0;
      if (row->category != NULL)
        {
          gboolean muted = c->any_highlight && !row->any_highlight;

          double x = frame->area_x0 - frame->pad - c->column_width;
          double y = row->cy - category_height (row) / 2;

          item = parity_scene_add_text (ctx->scene, PARITY_ROLE_CATEGORY_LABEL, row->category,
                                        x, y, muted ? &theme->muted_text : &theme->text);
          if (row->dots->len > 0)
            parity_chart_set_datum (item, ctx, &g_array_index (row->dots, ParityChartRow,
                                                               row->dots->len / 2));
          if (row->missing_label != NULL && !row->missing_hidden)
            parity_scene_add_text (ctx->scene, PARITY_ROLE_VALUE_LABEL, row->missing_label, x,
                                   y + parity_pango_height (row->category), &theme->muted_text);
          ctx->n_dropped += row->missing_hidden;
        }
      if (!isnan (row->mark))
        {
          double x = parity_rows_get_x (frame, row->mark);
          double half = row->reach + c->r + frame->pad * 0.1;

          item = parity_scene_add_line (ctx->scene, PARITY_ROLE_REFERENCE, x, row->cy - half, x,
                                        row->cy + half, &theme->text, line_w);
          item->z = 1;
          if (!isnan (row->aggregate.value))
            parity_chart_set_datum (item, ctx, &row->aggregate);
        }
    }
  if (!isnan (c->reference.value))
    {
      double x = parity_rows_get_x (frame, c->reference.value);
      ParityItem *item = parity_scene_add_line (ctx->scene, PARITY_ROLE_REFERENCE, x,
                                                frame->rows_top, x, bottom, &theme->reference,
                                                MAX (0.75, theme->body_size / 9));

      item->z = 1;
      item->dash = theme->body_size * 0.4;
      parity_chart_set_datum (item, ctx, &c->reference);
    }
}

/* The dots: the chosen economies in the accent colour over the others, muted. */
static void
strip_dots (Chart *c)
{
  ParityChartContext *ctx = c->ctx;
  const ParityTheme *theme = ctx->theme;

  for (guint g = 0; g < c->rows->len; g++)
    {
      const Row *row = &g_array_index (c->rows, Row, g);

      for (guint i = 0; i < row->dots->len; i++)
        {
          const ParityChartRow *dot = &g_array_index (row->dots, ParityChartRow, i);
          gboolean highlighted = parity_chart_is_highlighted (ctx->spec, dot->entity);

          parity_dots_add (ctx, PARITY_MARKER_CIRCLE, dot, row->x[i], row->cy + row->offsets[i],
                           c->r, 0, highlighted ? &theme->accent
                           : c->any_highlight ? &theme->mark_muted : &theme->mark);
        }
    }
}

/* A highlighted economy's name: beside its dot if there is room, else in the lane above
 * the swarm, as near its dot as the other names leave room for, with a leader line. */
static void
label_dot (Chart             *c,
           ParityLabelPlacer *placer,
           const Row         *row,
           guint              i)
{
  ParityChartContext *ctx = c->ctx;
  const ParityTheme *theme = ctx->theme;
  const ParityChartRow *dot = &g_array_index (row->dots, ParityChartRow, i);
  g_autofree char *text = named_value (c, dot, TRUE);
  g_autoptr(PangoLayout) layout = parity_pango_layout_new (text, c->frame->small);
  double w = parity_pango_width (layout), h = parity_pango_height (layout);
  double x = row->x[i], y = row->cy + row->offsets[i], off = c->r + c->frame->pad * 0.3;
  double lane_y = row->cy - row->reach - c->r - c->frame->pad * 0.35 - h;
  ParityColor color = parity_rows_shade (&theme->accent);
  ParityPoint at[2 + 9 + 8];
  guint n = 0;
  ParityItem *item;

  at[n++] = (ParityPoint) { x + off, y - h / 2 };
  at[n++] = (ParityPoint) { x - off - w, y - h / 2 };
  /* In the lane: centred over the dot, then further right (the names go from the lowest
   * value up, so leaders seldom cross), then left. */
  for (int k = 0; k <= 8; k++)
    at[n++] = (ParityPoint) { x - w / 2 + k * w / 4, lane_y };
  for (int k = 1; k <= 8; k++)
    at[n++] = (ParityPoint) { x - w / 2 - k * w / 4, lane_y };
  item = parity_label_placer_place (placer, layout, PARITY_ROLE_VALUE_LABEL, &color, at, n,
                                    FALSE);
  if (item == NULL)
    return;
  parity_chart_set_datum (item, ctx, dot);
  if (item->box.y + item->box.height <= y - c->r)
    {
      double lx = CLAMP (x, item->box.x + 1, item->box.x + item->box.width - 1);
      ParityItem *leader = parity_scene_add_line (ctx->scene, PARITY_ROLE_CONNECTOR, lx,
                                                  item->box.y + item->box.height, x, y - c->r,
                                                  &color, MAX (0.5, theme->body_size / 20));

      parity_chart_set_datum (leader, ctx, dot);
    }
}

/* Labels: the reference and each row's mark first, then the chosen economies, then the
 * members without data. */
static void
strip_labels (Chart *c)
{
  ParityChartContext *ctx = c->ctx;
  const ParityTheme *theme = ctx->theme;
  ParityRows *frame = c->frame;
  const ParityRect *plot = &ctx->plot;
  /* Names stay out of the category column. Its texts are no guide there: a right-to-left
   * name is flush with the column's far side until the scene is mirrored, and then lies
   * against the axis, where a name placed beside a low dot would run into it. */
  ParityRect values = { frame->area_x0, plot->y, plot->x + plot->width - frame->area_x0,
                        plot->height };
  g_autoptr(ParityLabelPlacer) placer = parity_label_placer_new (ctx, &values);

  parity_label_placer_add_scene_obstacles (placer);
  if (c->reference_label != NULL)
    {
      double x = parity_rows_get_x (frame, c->reference.value);
      double w = parity_pango_width (c->reference_label);
      ParityPoint at[] = { { x - w / 2, plot->y }, { x - w, plot->y }, { x, plot->y } };
      ParityItem *item = parity_label_placer_place (placer, c->reference_label,
                                                    PARITY_ROLE_REFERENCE_LABEL,
                                                    &theme->reference, at, 3, FALSE);

      parity_chart_set_datum (item, ctx, &c->reference);
    }
  for (guint g = 0; g < c->rows->len; g++)
    {
      const Row *row = &g_array_index (c->rows, Row, g);
      double below = row->cy + row->reach + c->r + frame->pad * 0.35;

      if (row->mark_label != NULL)
        {
          double x = parity_rows_get_x (frame, row->mark);
          double w = parity_pango_width (row->mark_label);
          double h = parity_pango_height (row->mark_label);
          /* Without lanes under the swarms: beside the swarm, on the row's line, past its
           * last dot or before its first. */
          double first = row->dots->len > 0 ? row->x[0] : x;
          double last = row->dots->len > 0 ? row->x[row->dots->len - 1] : x;
          double gap = c->r + frame->pad * 0.5;
          ParityPoint under[] = { { x - w / 2, below }, { x - w, below }, { x, below },
                                  { x - w - frame->pad, below }, { x + frame->pad, below } };
          /* Else at either end of the row, clear of the reference line that may cross it
           * nearer the swarm. */
          double start = parity_rows_get_x (frame, frame->scale.domain_min) + frame->pad * 0.5;
          ParityPoint beside[] = { { last + gap, row->cy - h / 2 },
                                   { first - gap - w, row->cy - h / 2 },
                                   { plot->x + plot->width - w, row->cy - h / 2 },
                                   { start, row->cy - h / 2 } };
          ParityItem *item = parity_label_placer_place (placer, row->mark_label,
                                                        PARITY_ROLE_REFERENCE_LABEL,
                                                        &theme->text,
                                                        c->marks_beside ? beside : under,
                                                        c->marks_beside ? G_N_ELEMENTS (beside)
                                                                        : G_N_ELEMENTS (under),
                                                        FALSE);

          if (!isnan (row->aggregate.value))
            parity_chart_set_datum (item, ctx, &row->aggregate);
        }
    }
  for (guint g = 0; g < c->rows->len; g++)
    {
      const Row *row = &g_array_index (c->rows, Row, g);

      for (guint i = 0; i < row->dots->len; i++)
        if (parity_chart_is_highlighted (ctx->spec,
                                         g_array_index (row->dots, ParityChartRow, i).entity))
          label_dot (c, placer, row, i);
    }
  for (guint g = 0; g < c->rows->len; g++)
    {
      const Row *row = &g_array_index (c->rows, Row, g);
      double below = row->cy + row->reach + c->r + frame->pad * 0.35;
      double w = row->missing_label ? parity_pango_width (row->missing_label) : 0;
      /* Right of the axis line, which the placer does not count as a mark. */
      double x0 = parity_rows_get_x (frame, frame->scale.domain_min) + frame->pad * 0.5;
      ParityPoint at[] = { { x0, below }, { plot->x + plot->width - w, below } };

      if (row->missing_label != NULL && row->label == NULL)
        parity_label_placer_place (placer, row->missing_label, PARITY_ROLE_VALUE_LABEL,
                                   &theme->muted_text, at, 2, TRUE);
    }
  parity_chart_targets_lines (ctx, placer, &frame->scale, FALSE, frame->rows_top, c->bottom,
                              frame->small, NULL, NULL);
}

/* "Strip chart of Internet use, 2022: Least developed countries, median 27%: Niger 17%,
 * …; …." Every dot is recorded in the data table under its group's name. */
static void
describe (Chart *c)
{
  ParityChartContext *ctx = c->ctx;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *head = parity_describe (ctx, PARITY_WORD_DESC_STRIP,
                                           parity_text_get (ctx->indicator->label, ctx->lang,
                                                            ctx->default_lang));
  const char *separator = parity_chart_word (ctx->lang, PARITY_WORD_NAME_SEPARATOR);
  char *longer;

  if (ctx->spec->period != PARITY_INDEX_NONE)
    {
      longer = parity_describe2 (ctx, PARITY_WORD_DESC_WITH, head,
                                 parity_dataset_get_period (ctx->dataset, ctx->spec->period));
      g_free (head), head = longer;
    }
  if (!isnan (c->reference.value))
    {
      g_autofree char *value = parity_chart_format_row (ctx, &c->reference);
      g_autofree char *line = parity_describe2 (ctx, PARITY_WORD_DESC_REFERENCE_LINE,
                                                parity_chart_entity_label (ctx,
                                                                           c->reference.entity,
                                                                           FALSE), value);

      parity_describe_record (ctx, &c->reference, NULL);
      longer = parity_describe2 (ctx, PARITY_WORD_DESC_WITH, head, line);
      g_free (head), head = longer;
    }
  for (guint g = 0; g < c->rows->len; g++)
    {
      const Row *row = &g_array_index (c->rows, Row, g);
      g_autoptr(GString) values = g_string_new (NULL);
      g_autofree char *name = NULL;

      if (row->label != NULL)
        name = g_strdup (row->label);
      if (row->mark_label != NULL)
        {
          g_autofree char *mark = NULL;

          if (!isnan (row->aggregate.value))
            {
              parity_describe_record (ctx, &row->aggregate, row->label);
              /* The group and its aggregate are often named alike: then once. */
              if (g_strcmp0 (row->label, parity_chart_entity_label (ctx, row->aggregate.entity,
                                                                    FALSE)) == 0)
                mark = parity_chart_format_row (ctx, &row->aggregate);
              else
                mark = named_value (c, &row->aggregate, FALSE);
            }
          else
            mark = format_median (c, row->mark);
          longer = name != NULL ? parity_describe2 (ctx, PARITY_WORD_DESC_WITH, name, mark)
                                : g_steal_pointer (&mark);
          g_free (name), name = longer;
        }
      for (guint i = 0; i < row->dots->len; i++)
        {
          const ParityChartRow *dot = &g_array_index (row->dots, ParityChartRow, i);
          g_autofree char *item = named_value (c, dot, FALSE);

          parity_describe_record (ctx, dot, row->label);
          g_string_append_printf (values, "%s%s", i > 0 ? separator : "", item);
        }
      if (row->missing_label != NULL)
        g_string_append_printf (values, "%s%s", values->len > 0 ? separator : "",
                                pango_layout_get_text (row->missing_label));
      g_ptr_array_add (items, name != NULL ? parity_describe2 (ctx, PARITY_WORD_DESC_INTRO,
                                                               name, values->str)
                                           : g_strdup (values->str));
    }
  parity_describe_finish (ctx, head, items);
}

static gboolean
strip_layout (ParityChartContext *ctx,
              GError            **error)
{
  g_auto(ParityRows) frame = { 0 };
  g_auto(Chart) chart = { .ctx = ctx, .frame = &frame };

  parity_rows_init (&frame, ctx);
  if (!strip_select (&chart, error))
    return FALSE;
  strip_measure (&chart);
  if (!strip_fit (&chart, error))
    return FALSE;
  strip_frame (&chart);
  strip_dots (&chart);
  strip_labels (&chart);
  describe (&chart);
  parity_chart_targets_describe (ctx);
  return TRUE;
}

static void
strip_options_free (gpointer data)
{
  StripOptions *options = data;

  g_clear_pointer (&options->groups, g_ptr_array_unref);
  g_free (options);
}

/* "groups" (parity-chart-groups.c), each a row that may name its aggregate. */
static gboolean
strip_parse (ParityChartParser *parser,
             JsonObject        *object,
             ParityChartSpec   *spec)
{
  StripOptions *options = g_new0 (StripOptions, 1);

  spec->options = options;
  spec->free_options = strip_options_free;
  return parity_chart_parser_require_period (parser, spec) &&
         parity_chart_groups_parse (parser, object, spec, PARITY_CHART_GROUPS_WITH_AGGREGATE,
                                    &options->groups);
}

const ParityChartKind parity_chart_kind_strip = {
  .name = "strip",
  .members = strip_members,
  .parse = strip_parse,
  .layout = strip_layout,
};
