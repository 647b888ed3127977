/* parity-chart-line-labels.c: the axes and texts of the line chart
 *
 * Tick labels that stand apart; the names of the lines stacked beside their ends (or, when
 * they cannot stack there, a key on top); and the values beside their points, clear of the
 * lines. Every name and value goes through the label placer.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include "parity-chart-words.h"
#include "parity-chart-line-private.h"
#include "parity-label-placer.h"
#include "parity-number-format.h"
#include "parity-pango.h"

typedef struct
{
  double       at;       /* a value (y ticks) or an x position (x ticks) */
  PangoLayout *layout;
} Tick;

static void
clear_tick (gpointer data)
{
  g_clear_object (&((Tick *)data)->layout);
}

static GArray *
new_ticks (void)
{
  GArray *ticks = g_array_new (FALSE, FALSE, sizeof (Tick));

  g_array_set_clear_func (ticks, clear_tick);
  return ticks;
}

static void
add_tick (ParityLineChart *chart,
          GArray          *ticks,
          double           at,
          const char      *text)
{
  Tick tick = { at, parity_pango_layout_new (text, chart->small) };

  g_array_append_val (ticks, tick);
}

static void
add_value_tick (ParityLineChart *chart,
                GArray          *ticks,
                double           value,
                guint            decimals)
{
  /* From 10,000 on, ticks take the language's short form (10K, 1M; 1万, 100万). */
  g_autofree char *text = fabs (value) >= 10000
                          ? parity_format_compact (value, chart->ctx->lang)
                          : parity_format_number (value, decimals, chart->ctx->lang);

  add_tick (chart, ticks, value, text);
}

/* Sets the y scale and returns its ticks: a log scale's from parity_log_ticks(); a linear
 * one starts at zero, as quantities do. */
GArray *
_parity_line_make_y_ticks (ParityLineChart *chart,
                           double           lo,
                           double           hi)
{
  GArray *ticks = new_ticks ();
  double height = chart->bottom - chart->top;

  if (chart->options->log)
    {
      double k0, k1;
      g_autoptr(GArray) values = parity_log_ticks (lo, hi, height, chart->small_h, &k0, &k1);

      chart->y = (ParityScale) { k0, k1, chart->bottom, chart->top };
      for (guint i = 0; i < values->len; i++)
        add_value_tick (chart, ticks, g_array_index (values, double, i),
                        parity_log_tick_decimals (g_array_index (values, double, i)));
    }
  else
    {
      /* A plot squeezed to nothing (or less) still gets two ticks. */
      double fit = height / (chart->small_h * 2.8);
      guint own = isfinite (fit) ? (guint)CLAMP (fit, 2.0, 6.0) : 2;
      guint target = parity_chart_tick_target (chart->ctx, own);
      g_autoptr(GArray) values = NULL;
      double dmin, dmax;
      guint decimals;

      values = parity_nice_ticks (MIN (lo, 0), MAX (hi, 0), target, &dmin, &dmax, &decimals);
      /* A scale group may ask for more ticks than the plot's own room gives: taken while
       * their labels stand apart, else the plot's own count. */
      if (target > own && values->len > 1 &&
          height / (values->len - 1) < chart->small_h * 1.2)
        {
          target = own;
          g_array_unref (values);
          values = parity_nice_ticks (MIN (lo, 0), MAX (hi, 0), target, &dmin, &dmax,
                                      &decimals);
        }
      parity_chart_took_ticks (chart->ctx, target);
      chart->y = (ParityScale) { dmin, dmax, chart->bottom, chart->top };
      for (guint i = 0; i < values->len; i++)
        add_value_tick (chart, ticks, g_array_index (values, double, i), decimals);
    }
  return ticks;
}

/* Whether labels centred on their ticks (kept inside the plot) stand apart. */
static gboolean
x_ticks_fit (ParityLineChart *chart,
             GArray          *ticks)
{
  g_autofree double *at = g_new (double, ticks->len);
  g_autofree double *width = g_new (double, ticks->len);

  for (guint i = 0; i < ticks->len; i++)
    {
      at[i] = g_array_index (ticks, Tick, i).at;
      width[i] = parity_pango_width (g_array_index (ticks, Tick, i).layout);
    }
  return parity_chart_centred_labels_fit (chart->ctx, at, width, ticks->len, chart->gap);
}

/* Round steps between year ticks: 1, 2, 5, 10, 20, 25, 50… then 1, 2 and 5 times the
 * powers of ten. */
static double
year_step (guint s)
{
  static const double steps[] = { 1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500 };

  if (s < G_N_ELEMENTS (steps))
    return steps[s];
  s -= G_N_ELEMENTS (steps);
  return (s % 3 == 0 ? 1 : s % 3 == 1 ? 2 : 5) * pow (10, 3 + s / 3);
}

/* Every period when their labels stand apart; else years at a round step (2000, 2005…),
 * or every k-th category. */
GArray *
_parity_line_make_x_ticks (ParityLineChart *chart)
{
  /* More ticks than this never fit a page; a step giving more is not tried, so that a
   * period of 10^27 (found by fuzzing) does not become 10^27 ticks. */
  const double max_ticks = 200;
  ParityDataset *dataset = chart->ctx->dataset;
  guint n = chart->periods->len;
  double first = 0, last = 0;
  GArray *ticks;

  for (guint k = 1; k <= n; k++)
    {
      ticks = new_ticks ();
      for (guint i = 0; i < n; i += k)
        add_tick (chart, ticks, point_x (chart, i),
                  parity_dataset_get_period (dataset, g_array_index (chart->periods, guint32, i)));
      /* The year of a target beyond the data ends the axis. */
      if (chart->numeric && chart->t_last > _parity_line_period_value (chart, n - 1))
        {
          g_autofree char *text = g_strdup_printf ("%g", chart->t_last);

          add_tick (chart, ticks, chart->x1, text);
        }
      if (x_ticks_fit (chart, ticks) || (k == n && !chart->numeric))
        return ticks;
      g_array_unref (ticks);
      if (chart->numeric)
        break;
    }

  first = chart->t_first;
  last = chart->t_last;
  for (guint s = 0; s < 100 && isfinite (last - first); s++)
    {
      double step = year_step (s);

      if ((last - first) / step > max_ticks)
        continue;
      ticks = new_ticks ();
      for (double v = ceil (first / step - 1e-9) * step; v <= last + 1e-9; v += step)
        {
          g_autofree char *text = g_strdup_printf ("%g", v);
          double x = chart->x0 + (v - first) / (last - first) * (chart->x1 - chart->x0);

          add_tick (chart, ticks, x, text);
        }
      if (ticks->len <= 1 || x_ticks_fit (chart, ticks))
        return ticks;
      g_array_unref (ticks);
    }
  /* Nothing round fits: the first and last periods alone. */
  ticks = new_ticks ();
  add_tick (chart, ticks, point_x (chart, 0),
            parity_dataset_get_period (dataset, g_array_index (chart->periods, guint32, 0)));
  if (n > 1)
    add_tick (chart, ticks, point_x (chart, n - 1),
              parity_dataset_get_period (dataset,
                                         g_array_index (chart->periods, guint32, n - 1)));
  return ticks;
}

typedef struct
{
  guint        line;
  double       want;     /* the centre the label would have beside its line's end */
  double       height;
  double       top;      /* where it goes */
  PangoLayout *layout;
} Slot;

static int
compare_slots (gconstpointer a,
               gconstpointer b)
{
  const Slot *sa = a, *sb = b;

  if (sa->want != sb->want)
    return sa->want < sb->want ? -1 : 1;
  return (sa->line > sb->line) - (sa->line < sb->line);
}

/* Stacks the labels (sorted by their wanted centre) between lo and hi, each as near its
 * line as the others allow. FALSE when they cannot all fit. */
static gboolean
dodge (Slot   *slots,
       guint   n,
       double  lo,
       double  hi,
       double  pad)
{
  g_autofree ParityLabelSlot *stack = g_new (ParityLabelSlot, n);

  for (guint i = 0; i < n; i++)
    stack[i] = (ParityLabelSlot) { slots[i].want, slots[i].height, 0 };
  if (!parity_label_stack (stack, n, lo, hi, pad))
    return FALSE;
  for (guint i = 0; i < n; i++)
    slots[i].top = stack[i].top;
  return TRUE;
}

static PangoLayout *
make_name (ParityLineChart  *chart,
           const ParityLine *line,
           double            max_width)
{
  const PangoFontDescription *font = line->highlighted ? chart->bold : chart->body;
  PangoLayout *layout = parity_pango_layout_new (line->name, font);

  if (parity_pango_width (layout) > max_width)
    {
      g_object_unref (layout);
      layout = parity_pango_layout_new (line->short_name, font);
    }
  if (parity_pango_width (layout) > max_width)
    {
      pango_layout_set_width (layout, (int)(max_width * PANGO_SCALE));
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }
  return layout;
}

/* A label moved off its line's end, or beside a line that ends early, gets a leader. */
static gboolean
needs_leader (ParityLineChart *chart,
              const Slot      *slot)
{
  const ParityLine *line = &g_array_index (chart->lines, ParityLine, slot->line);

  return fabs (slot->top + slot->height / 2 - slot->want) > slot->height * 0.3 ||
         line->last < (int)chart->periods->len - 1;
}

static void
clear_slot (gpointer data)
{
  Slot *slot = data;

  g_clear_object (&slot->layout);
}

static GArray *
new_slots (void)
{
  GArray *slots = g_array_new (FALSE, FALSE, sizeof (Slot));

  g_array_set_clear_func (slots, clear_slot);
  return slots;
}

/* Every @step-th name by height, the top and bottom ones and the highlighted lines': the
 * spread of the lines stays named when all their names cannot be. */
static GArray *
thin_slots (ParityLineChart *chart,
            GArray          *all,
            guint            step)
{
  GArray *slots = new_slots ();

  for (guint i = 0; i < all->len; i++)
    {
      Slot slot = g_array_index (all, Slot, i);

      if (i % step == 0 || i == all->len - 1 ||
          g_array_index (chart->lines, ParityLine, slot.line).highlighted)
        {
          g_object_ref (slot.layout);
          g_array_append_val (slots, slot);
        }
    }
  return slots;
}

/* The column of names right of the lines' ends, or NULL when they cannot stack there; with
 * @only_some, the names of some lines are left out until the rest stack (a chart of many
 * lines, whose key would fill the plot), and counted as labels left out. The slots own their
 * layouts: freeing the array, on any path, frees them. */
GArray *
_parity_line_plan_direct_labels (ParityLineChart *chart,
                                 double           max_width,
                                 double           lo,
                                 double           hi,
                                 gboolean         only_some,
                                 double          *width,
                                 gboolean        *leaders)
{
  GArray *slots = new_slots ();
  double pad = chart->ctx->theme->body_size * 0.15;
  gboolean fits;
  guint n;

  for (guint i = 0; i < chart->lines->len; i++)
    {
      const ParityLine *line = &g_array_index (chart->lines, ParityLine, i);
      const ParityChartRow *end = &g_array_index (line->rows, ParityChartRow, line->last);
      Slot slot = { i, chart->y.range_min, 0, 0, make_name (chart, line, max_width) };

      if (chart->y.domain_max != chart->y.domain_min)
        slot.want = map_y (chart, end->value);
      slot.height = parity_pango_height (slot.layout);
      g_array_append_val (slots, slot);
    }
  g_array_sort (slots, compare_slots);
  n = slots->len;
  fits = dodge ((Slot *)slots->data, slots->len, lo, hi, pad);
  for (guint step = 2; !fits && only_some && step < n; step++)
    {
      GArray *thinned = thin_slots (chart, slots, step);

      fits = dodge ((Slot *)thinned->data, thinned->len, lo, hi, pad);
      if (fits)
        {
          g_array_unref (slots);
          slots = thinned;
        }
      else
        g_array_unref (thinned);
    }
  if (!fits)
    {
      g_array_unref (slots);
      return NULL;
    }
  chart->ctx->n_dropped += n - slots->len;
  *width = 0;
  *leaders = FALSE;
  for (guint i = 0; i < slots->len; i++)
    {
      const Slot *slot = &g_array_index (slots, Slot, i);

      *width = MAX (*width, parity_pango_width (slot->layout));
      *leaders |= needs_leader (chart, slot);
    }
  return slots;
}

void
_parity_line_add_direct_labels (ParityLineChart *chart,
                                GArray          *slots,
                                double           column_x)
{
  ParityChartContext *ctx = chart->ctx;
  g_autoptr(ParityLabelPlacer) placer = parity_label_placer_new (ctx, &ctx->plot);

  parity_label_placer_add_scene_obstacles (placer);
  for (guint i = 0; i < chart->segments->len; i++)
    parity_label_placer_add_obstacle (placer, &g_array_index (chart->segments, ParityRect, i));
  /* First the lines that reach the last period, whose places in the column are planned;
   * then those that end early, named at their end when there is room there. */
  for (int early = 0; early < 2; early++)
    for (guint i = 0; i < slots->len; i++)
      {
        Slot *slot = &g_array_index (slots, Slot, i);
        const ParityLine *line = &g_array_index (chart->lines, ParityLine, slot->line);
        const ParityChartRow *end = &g_array_index (line->rows, ParityChartRow, line->last);
        double ex = point_x (chart, line->last), ey = map_y (chart, end->value);
        ParityPoint at = { column_x, slot->top };
        ParityItem *item;

        if ((line->last < (int)chart->periods->len - 1) != early)
          continue;
        /* Beside the end, else just above or below it. */
        for (int k = 0; early && k < 3 && at.x == column_x; k++)
          {
            double h = slot->height, d = chart->radius + chart->gap * 0.4;
            ParityRect beside = { ex + d, ey - (k == 0 ? h / 2 : k == 1 ? h + d / 2 : -d / 2),
                                  parity_pango_width (slot->layout), h };

            if (beside.x + beside.width <= column_x - chart->gap &&
                parity_label_placer_fits (placer, &beside))
              at = (ParityPoint) { beside.x, beside.y };
          }
        item = parity_label_placer_place (placer, slot->layout, PARITY_ROLE_SERIES_LABEL,
                                          &line->text_color, &at, 1, TRUE);
        g_clear_object (&slot->layout);
        if (item == NULL)
          continue;
        parity_chart_set_datum (item, ctx, end);
        if (at.x != column_x || !needs_leader (chart, slot))
          continue;
        /* A dotted leader, so that it does not read as more of the line. */
        item = parity_scene_add_line (ctx->scene, PARITY_ROLE_CONNECTOR,
                                      ex + chart->radius * 1.6, ey, column_x - chart->gap * 0.4,
                                      slot->top + slot->height / 2, &line->color,
                                      MAX (0.5, chart->stroke * 0.4));
        item->dash = chart->stroke;
        parity_chart_set_datum (item, ctx, end);
      }
}

/* A key of line swatches and names, in rows across the top; returns its height. */
double
_parity_line_add_legend (ParityLineChart *chart,
                         double           y,
                         gboolean         draw)
{
  ParityChartContext *ctx = chart->ctx;
  const ParityRect *plot = &ctx->plot;
  double swatch = ctx->theme->body_size * 1.4, x = plot->x, row = y;

  for (guint i = 0; i < chart->lines->len; i++)
    {
      const ParityLine *line = &g_array_index (chart->lines, ParityLine, i);
      g_autoptr(PangoLayout) layout = make_name (chart, line, plot->width - swatch - chart->gap);
      double w = swatch + chart->gap * 0.5 + parity_pango_width (layout);
      const ParityChartRow *end = &g_array_index (line->rows, ParityChartRow, line->last);
      ParityItem *item;

      if (x > plot->x && x + w > plot->x + plot->width)
        {
          x = plot->x;
          row += chart->body_h + chart->gap * 0.3;
        }
      if (draw)
        {
          item = parity_scene_add_line (ctx->scene, PARITY_ROLE_LEGEND, x,
                                        row + chart->body_h / 2, x + swatch,
                                        row + chart->body_h / 2, &line->color, chart->stroke);
          parity_chart_set_datum (item, ctx, end);
          item = parity_scene_add_text (ctx->scene, PARITY_ROLE_LEGEND, layout,
                                        x + swatch + chart->gap * 0.5, row, &ctx->theme->text);
          parity_chart_set_datum (item, ctx, end);
        }
      x += w + chart->gap * 2;
    }
  return row + chart->body_h - y;
}

/* Where a value label may go, best first: next to its point above or below (centred, or
 * flush with the point on either side), then diagonally and beside it; then the same a
 * little farther out, for a point whose line leaves it steeply (under a steep line the
 * room is beside the point, not above it). */
static GArray *
value_anchors (ParityLineChart *chart,
               double           cx,
               double           cy,
               double           w,
               double           h)
{
  GArray *anchors = g_array_new (FALSE, FALSE, sizeof (ParityPoint));
  double m = chart->radius;

  for (guint k = 0; k < 6; k++)
    {
      double r = chart->radius + chart->gap * 0.4 + k * h * 0.6, e = r * 0.75;
      ParityPoint ring[] = {
        { cx - w / 2, cy - r - h }, { cx - w / 2, cy + r },
        { cx - m, cy - r - h }, { cx - w + m, cy - r - h },
        { cx - m, cy + r }, { cx - w + m, cy + r },
        { cx - w - e, cy - h - e }, { cx + e, cy + e },
        { cx + e, cy - h - e }, { cx - w - e, cy + e },
        { cx + r, cy - h / 2 }, { cx - r - w, cy - h / 2 },
        { cx + r, cy - h - m / 2 }, { cx - r - w, cy - h - m / 2 },
        { cx + r, cy + m / 2 }, { cx - r - w, cy + m / 2 },
      };

      g_array_append_vals (anchors, ring, G_N_ELEMENTS (ring));
    }
  return anchors;
}

/* Values beside their points, through the placer: above, below, then the diagonals and
 * sides, clear of the lines themselves; a value that fits nowhere is left out (and the
 * frame says so), never shortened. */
void
_parity_line_add_value_labels (ParityLineChart  *chart,
                               const ParityRect *bounds)
{
  ParityChartContext *ctx = chart->ctx;
  g_autoptr(ParityLabelPlacer) placer = parity_label_placer_new (ctx, bounds);
  guint n_points = 0;

  parity_label_placer_add_scene_obstacles (placer);
  for (guint i = 0; i < chart->segments->len; i++)
    parity_label_placer_add_obstacle (placer, &g_array_index (chart->segments, ParityRect, i));
  for (guint l = 0; l < chart->lines->len; l++)
    {
      const ParityLine *line = &g_array_index (chart->lines, ParityLine, l);

      for (guint i = 0; i < line->rows->len; i++)
        n_points += has_value (&g_array_index (line->rows, ParityChartRow, i));
    }

  /* The highlighted lines' values first, so that they get the best places. */
  for (guint k = 0; k < 2 * chart->lines->len; k++)
    {
      const ParityLine *line = &g_array_index (chart->lines, ParityLine,
                                               k % chart->lines->len);

      if (line->highlighted != (k < chart->lines->len))
        continue;
      for (guint i = 0; i < line->rows->len; i++)
        {
          const ParityChartRow *row = &g_array_index (line->rows, ParityChartRow, i);
          g_autofree char *text = NULL;
          g_autoptr(PangoLayout) layout = NULL;
          g_autoptr(GArray) anchors = NULL;
          double cx, cy, w, h;
          ParityRect box;
          ParityItem *item;

          if (!has_value (row) || (n_points > PARITY_LINE_MAX_VALUE_LABELS &&
                                   row->qualifier == PARITY_QUALIFIER_EXACT))
            continue;
          text = parity_chart_format_row (ctx, row);
          layout = parity_pango_layout_new (text, chart->small);
          cx = point_x (chart, i);
          cy = map_y (chart, row->value);
          w = parity_pango_width (layout);
          h = parity_pango_height (layout);
          anchors = value_anchors (chart, cx, cy, w, h);
          item = parity_label_placer_place (placer, layout, PARITY_ROLE_VALUE_LABEL,
                                            chart->lines->len == 1 ? &ctx->theme->text
                                            : &line->text_color,
                                            (ParityPoint *)anchors->data, anchors->len, FALSE);
          if (item == NULL)
            continue;
          item->z = 5;
          parity_chart_set_datum (item, ctx, row);
          /* A knock-out keeps the value readable over a grid line. (A copy of the box:
           * adding an item may move the others.) */
          box = item->box;
          parity_scene_add_rect (ctx->scene, PARITY_ROLE_BACKGROUND, &box,
                                 &ctx->theme->background)->z = 4;
        }
    }
}

/* "GB/s, log scale": the unit's symbol when it says something on its own, else its label. */
char *
_parity_line_axis_title (ParityLineChart *chart)
{
  const ParityChartContext *ctx = chart->ctx;
  const ParityUnit *unit = &ctx->indicator->unit;
  const char *symbol = parity_text_get (unit->symbol, ctx->lang, ctx->default_lang);
  const char *label = parity_text_get (unit->label, ctx->lang, ctx->default_lang);
  const char *name = symbol != NULL && g_utf8_strlen (symbol, -1) > 1 ? symbol : label;

  const char *log_scale = parity_chart_word (ctx->lang, PARITY_WORD_LOG_SCALE);
  g_autofree char *scaled = NULL;
  ParityWord in_scale;

  /* Ticks read 2.5, 5, 7.5: the title says they count millions. */
  if (name == label && name != NULL && *name != '\0' &&
      parity_chart_word_for_scale (unit->scale, NULL, &in_scale))
    name = scaled = parity_chart_word_with (ctx->lang, in_scale, label);

  if (name == NULL || *name == '\0')
    return chart->options->log ? g_strdup (log_scale) : NULL;
  if (!chart->options->log)
    return g_strdup (name);
  return parity_chart_word_with (ctx->lang, PARITY_WORD_UNIT_LOG_SCALE, name);
}

void
_parity_line_add_axes (ParityLineChart *chart,
                       GArray          *y_ticks,
                       GArray          *x_ticks)
{
  ParityChartContext *ctx = chart->ctx;
  const ParityTheme *theme = ctx->theme;
  double grid = MAX (0.5, theme->body_size / 20), axis = MAX (0.75, theme->body_size / 10);

  for (guint i = 0; i < y_ticks->len; i++)
    {
      Tick *tick = &g_array_index (y_ticks, Tick, i);
      double y = map_y (chart, tick->at);
      /* The baseline: zero, or the foot of a log scale, which has none. */
      gboolean base = chart->options->log ? i == 0 : tick->at == 0;

      parity_scene_add_line (ctx->scene, base ? PARITY_ROLE_AXIS : PARITY_ROLE_GRID, chart->x0,
                             y, chart->x1, y, base ? &theme->axis : &theme->grid,
                             base ? axis : grid)->z = 0;
      parity_scene_add_value_tick (ctx->scene, pango_layout_get_text (tick->layout));
      parity_scene_add_text (ctx->scene, PARITY_ROLE_TICK_LABEL, tick->layout,
                             chart->x0 - chart->gap - parity_pango_width (tick->layout),
                             y - parity_pango_height (tick->layout) / 2, &theme->muted_text);
    }
  for (guint i = 0; i < x_ticks->len; i++)
    {
      Tick *tick = &g_array_index (x_ticks, Tick, i);
      double w = parity_pango_width (tick->layout);

      parity_scene_add_line (ctx->scene, PARITY_ROLE_AXIS, tick->at, chart->bottom, tick->at,
                             chart->bottom + chart->gap * 0.3, &theme->axis, axis)->z = 0;
      parity_scene_add_text (ctx->scene, PARITY_ROLE_TICK_LABEL, tick->layout,
                             parity_chart_centred_left (ctx, tick->at, w),
                             chart->bottom + chart->small_h / 2 + chart->gap * 0.3,
                             &theme->muted_text);
    }
}

double
_parity_line_max_tick_width (GArray *ticks)
{
  double w = 0;

  for (guint i = 0; i < ticks->len; i++)
    w = MAX (w, parity_pango_width (g_array_index (ticks, Tick, i).layout));
  return w;
}

double
_parity_line_period_label_width (ParityLineChart *chart,
                                 guint            i)
{
  g_autoptr(PangoLayout) layout =
    parity_pango_layout_new (parity_dataset_get_period (chart->ctx->dataset,
                                                        g_array_index (chart->periods, guint32, i)),
                             chart->small);

  return parity_pango_width (layout);
}
