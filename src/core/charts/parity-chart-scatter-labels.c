/* parity-chart-scatter-labels.c: the scatter plot's texts — the groups' and the size's
 * keys, the names of the highlighted and outlying economies, the description
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include <math.h>

#include "parity-chart-describe.h"
#include "parity-chart-scatter-private.h"
#include "parity-chart-targets.h"
#include "parity-chart-words.h"
#include "parity-label-placer.h"
#include "parity-number-format.h"
#include "parity-pango.h"

/* A sized dot's radius: its area in proportion to its value, no smaller than can be seen. */
static double
size_radius (ParityScatter *s,
             double         value,
             double         max_radius)
{
  return MAX (PARITY_SCATTER_MIN_RADIUS, max_radius * sqrt (value / s->size_max));
}

/* The largest round value (1, 2 or 5 × 10^k) at most @value. */
static double
round_down (double value)
{
  double magnitude = pow (10, floor (log10 (value) + 1e-9));

  return value >= 5 * magnitude ? 5 * magnitude : value >= 2 * magnitude ? 2 * magnitude
                                                                          : magnitude;
}

/* The size key, at the top right of the plot, in one row: the size indicator's name, then
 * two dots of round values. Returns its height, and its width in @width; draws it when @draw. */
static double
size_key (ParityScatter *s,
          double         max_radius,
          gboolean       draw,
          double        *width)
{
  ParityChartContext *ctx = s->ctx;
  const ParityRect *plot = &ctx->plot;
  double values[2], w = 0, h, x, cy;
  g_autoptr(PangoLayout) title = NULL;
  PangoLayout *labels[2] = { NULL, NULL };
  guint n = 1;

  *width = 0;
  if (s->options->size.indicator == PARITY_INDEX_NONE)
    return 0;
  title = parity_pango_layout_new (_parity_scatter_indicator_label (s,
                                                                   s->options->size.indicator),
                                   s->small);
  pango_layout_set_width (title, (int)(plot->width * 0.4 * PANGO_SCALE));
  pango_layout_set_ellipsize (title, PANGO_ELLIPSIZE_END);
  values[0] = round_down (s->size_max);
  values[1] = values[0] / 10;
  if (size_radius (s, values[1], max_radius) > PARITY_SCATTER_MIN_RADIUS * 1.5)
    n = 2;
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *text = parity_format_compact (values[i], ctx->lang);

      labels[i] = parity_pango_layout_new (text, s->small);
      w += 2 * size_radius (s, values[i], max_radius) + s->gap * 0.3 +
           parity_pango_width (labels[i]) + (i > 0 ? s->gap : 0);
    }
  *width = parity_pango_width (title) + s->gap * 0.6 + w;
  h = MAX (2 * max_radius, s->small_h);
  if (draw)
    {
      x = plot->x + plot->width - *width;
      cy = plot->y + h / 2;
      parity_scene_add_text (ctx->scene, PARITY_ROLE_LEGEND, title, x, cy - s->small_h / 2,
                             &ctx->theme->muted_text);
      x += parity_pango_width (title) + s->gap * 0.6;
      for (guint i = 0; i < n; i++)
        {
          double r = size_radius (s, values[i], max_radius);
          ParityItem *item = parity_scene_add_marker (ctx->scene, PARITY_ROLE_LEGEND,
                                                      PARITY_MARKER_CIRCLE, x + r, cy, r,
                                                      &ctx->theme->muted_text);

          item->hollow = TRUE;
          item->line_width = MAX (0.5, ctx->theme->body_size / 20);
          x += 2 * r + s->gap * 0.3;
          parity_scene_add_text (ctx->scene, PARITY_ROLE_LEGEND, labels[i], x,
                                 cy - s->small_h / 2, &ctx->theme->muted_text);
          x += parity_pango_width (labels[i]) + s->gap;
        }
    }
  for (guint i = 0; i < n; i++)
    g_object_unref (labels[i]);
  return h;
}

/* The groups' key, in rows from the top left, left of the size key (@reserve wide): a
 * dot in each group's colour and its label, then "Others" for economies in none. Returns
 * its height; draws it when @draw. */
static double
group_key (ParityScatter *s,
           double         reserve,
           gboolean       draw)
{
  ParityChartContext *ctx = s->ctx;
  const ParityRect *plot = &ctx->plot;
  GPtrArray *groups = s->options->groups;
  double r = ctx->theme->body_size * 0.3, x = plot->x, y = plot->y;
  double right = plot->x + plot->width - reserve, row_h = MAX (s->small_h, 2 * r);
  guint n = groups != NULL ? groups->len + (s->any_ungrouped ? 1 : 0) : 0;

  for (guint g = 0; g < n; g++)
    {
      const char *text = g < groups->len
                         ? parity_chart_group_label (ctx, g_ptr_array_index (groups, g))
                         : parity_chart_word (ctx->lang, PARITY_WORD_OTHERS);
      g_autoptr(PangoLayout) layout = parity_pango_layout_new (text, s->small);
      double w = 2 * r + s->gap * 0.4 + parity_pango_width (layout);

      if (x > plot->x && x + w > right)
        {
          x = plot->x;
          y += row_h + s->gap * 0.3;
        }
      if (draw)
        {
          parity_scene_add_marker (ctx->scene, PARITY_ROLE_LEGEND, PARITY_MARKER_CIRCLE,
                                   x + r, y + row_h / 2, r,
                                   parity_chart_groups_color (ctx, groups, (int)g));
          parity_scene_add_text (ctx->scene, PARITY_ROLE_LEGEND, layout,
                                 x + 2 * r + s->gap * 0.4,
                                 y + (row_h - parity_pango_height (layout)) / 2,
                                 &ctx->theme->text);
        }
      x += w + s->gap * 1.5;
    }
  return n > 0 ? y - plot->y + row_h : 0;
}

/* Both keys, side by side on top of the plot; returns the height they take. */
double
_parity_scatter_keys (ParityScatter *s,
                      double         max_radius,
                      gboolean       draw)
{
  double reserve, h = size_key (s, max_radius, draw, &reserve);
  double groups_h = group_key (s, reserve > 0 ? reserve + s->gap * 2 : 0, draw);

  h = MAX (h, groups_h);
  return h > 0 ? h + s->gap : 0;
}


/* Farthest from the fit first; ties in the dataset's order. */
static int
compare_residuals (gconstpointer a,
                   gconstpointer b,
                   gpointer      user_data)
{
  GArray *dots = user_data;
  guint ia = *(const guint *)a, ib = *(const guint *)b;
  double ra = g_array_index (dots, ParityScatterDot, ia).residual;
  double rb = g_array_index (dots, ParityScatterDot, ib).residual;

  if (ra != rb)
    return ra > rb ? -1 : 1;
  return (ia > ib) - (ia < ib);
}

/* Which economies are named: the highlighted, in the dataset's order, then the
 * "outliers" farthest from the fit. */
static GArray *
choose_labelled (ParityScatter *s)
{
  GArray *chosen = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) rest = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; i < s->dots->len; i++)
    g_array_append_val (g_array_index (s->dots, ParityScatterDot, i).highlighted ? chosen : rest,
                        i);
  g_array_sort_with_data (rest, compare_residuals, s->dots);
  for (guint i = 0; i < MIN (rest->len, s->options->outliers); i++)
    g_array_append_val (chosen, g_array_index (rest, guint, i));
  return chosen;
}

/* The point of @rect nearest to (@x, @y). */
static ParityPoint
nearest_point (const ParityRect *rect,
               double            x,
               double            y)
{
  return (ParityPoint) { CLAMP (x, rect->x, rect->x + rect->width),
                         CLAMP (y, rect->y, rect->y + rect->height) };
}

/* A name beside its dot — right, left, above, below, then the corners — else a little
 * farther off with a leader line to the dot, else left out (and counted by the placer). */
static void
label_dot (ParityScatter          *s,
           ParityLabelPlacer      *placer,
           const ParityScatterDot *d)
{
  ParityChartContext *ctx = s->ctx;
  g_autoptr(PangoLayout) layout =
    parity_pango_layout_new (parity_chart_entity_label (ctx, d->entity, TRUE),
                             d->highlighted || d->is_reference ? s->bold : s->small);
  double w = parity_pango_width (layout), h = parity_pango_height (layout);
  static const double beside[][2] = { { 1, 0 }, { -1, 0 }, { 0, -1 }, { 0, 1 },
                                      { 1, -1 }, { -1, -1 }, { 1, 1 }, { -1, 1 } };
  /* The reference's name goes in a corner first: beside it, a name would sit on a line of
   * its crosshair. */
  static const double cornered[][2] = { { 1, -1 }, { -1, -1 }, { 1, 1 }, { -1, 1 },
                                        { 1, 0 }, { -1, 0 }, { 0, -1 }, { 0, 1 } };
  const double (*directions)[2] = d->is_reference ? cornered : beside;
  const guint n_directions = G_N_ELEMENTS (beside);
  ParityPoint anchors[3 * G_N_ELEMENTS (beside)];
  ParityItem *item = NULL;
  guint chosen;

  for (guint k = 0; k < 3; k++)
    for (guint i = 0; i < n_directions; i++)
      {
        /* Clear of the dot's ring and of the air the placer keeps around a label. */
        double reach = d->r + d->ring + ctx->theme->body_size * 0.12 + s->gap * (0.2 + 1.6 * k);
        double dx = directions[i][0], dy = directions[i][1];
        /* A diamond's box reaches its corners: the reference's name clears them. */
        double diagonal = dx != 0 && dy != 0 && !d->is_reference ? M_SQRT1_2 : 1;
        double cx = d->px + dx * reach * diagonal, cy = d->py + dy * reach * diagonal;

        /* The label's near edge or corner at (cx, cy). */
        anchors[k * n_directions + i] = (ParityPoint) { dx > 0 ? cx : dx < 0 ? cx - w
                                                                             : cx - w / 2,
                                                        dy > 0 ? cy : dy < 0 ? cy - h
                                                                             : cy - h / 2 };
      }
  for (chosen = 0; chosen < G_N_ELEMENTS (anchors); chosen++)
    if (parity_label_placer_fits (placer, &(ParityRect) { anchors[chosen].x, anchors[chosen].y,
                                                          w, h }))
      break;
  item = parity_label_placer_place (placer, layout,
                                    d->is_reference ? PARITY_ROLE_REFERENCE_LABEL
                                                    : PARITY_ROLE_CATEGORY_LABEL,
                                    d->is_reference ? &ctx->theme->reference
                                    : d->highlighted ? &ctx->theme->text
                                    : &ctx->theme->muted_text,
                                    &anchors[MIN (chosen, G_N_ELEMENTS (anchors) - 1)], 1,
                                    FALSE);
  parity_chart_set_datum (item, ctx, &d->y);
  if (item != NULL && chosen >= n_directions)
    {
      ParityPoint to = nearest_point (&item->box, d->px, d->py);
      double length = hypot (to.x - d->px, to.y - d->py);
      double ux = (to.x - d->px) / length, uy = (to.y - d->py) / length;
      double inset = s->gap * 0.15;
      ParityItem *leader;

      leader = parity_scene_add_line (ctx->scene, PARITY_ROLE_CONNECTOR,
                                      d->px + ux * (d->r + d->ring + inset),
                                      d->py + uy * (d->r + d->ring + inset),
                                      to.x - ux * inset, to.y - uy * inset,
                                      &ctx->theme->muted_text,
                                      MAX (0.5, ctx->theme->body_size / 20));
      parity_chart_set_datum (leader, ctx, &d->y);
      parity_label_placer_add_obstacle (placer, &leader->box);
    }
}

/* The names, inside the data area and clear of every dot, tick label and key. */
void
_parity_scatter_label_dots (ParityScatter *s)
{
  ParityChartContext *ctx = s->ctx;
  const ParityRect *plot = &ctx->plot;
  g_autoptr(GArray) chosen = choose_labelled (s);
  const ParityIndicator *x = parity_dataset_get_indicator (ctx->dataset,
                                                           s->options->x.indicator);
  g_autoptr(ParityLabelPlacer) placer =
    parity_label_placer_new (ctx, &(ParityRect) { s->x0, s->top - s->small_h / 2,
                                                  plot->x + plot->width - s->x0,
                                                  s->bottom - s->top + s->small_h / 2 });

  parity_label_placer_add_scene_obstacles (placer);
  /* The reference is named first: it is what the other dots are read against. */
  if (s->has_reference)
    label_dot (s, placer, &s->reference);
  for (guint i = 0; i < chosen->len; i++)
    label_dot (s, placer, &g_array_index (s->dots, ParityScatterDot,
                                          g_array_index (chosen, guint, i)));
  if (!s->options->y.log)
    parity_chart_targets_lines (ctx, placer, &s->ys, TRUE, s->x0, s->x1, s->small, NULL, NULL);
  if (!s->options->x.log)
    parity_chart_targets_lines_x (ctx, &x->unit, placer, &s->xs, s->top, s->bottom, s->small);
}

/**
 * _parity_scatter_draw_reference:
 * @crosshair: %FALSE for the reference's mark, drawn with the dots and named by the label
 *   placer; %TRUE for its two dashed lines across the data area, drawn after the names so
 *   that names may cross them, and under the dots
 *
 * The chart's "reference" (World): a diamond in the reference colour on a ring of
 * background, at the crossing of a dashed line at its x value and one at its y value, so
 * that every dot reads as above or below, richer or poorer than it.
 */
void
_parity_scatter_draw_reference (ParityScatter *s,
                                gboolean       crosshair)
{
  ParityChartContext *ctx = s->ctx;
  const ParityTheme *theme = ctx->theme;
  const ParityScatterDot *r = &s->reference;
  ParityItem *item;

  if (!s->has_reference)
    return;
  if (crosshair)
    {
      double width = MAX (0.5, theme->body_size / 14);

      item = parity_scene_add_line (ctx->scene, PARITY_ROLE_REFERENCE, r->px, s->top, r->px,
                                    s->bottom, &theme->reference, width);
      item->z = 0;
      item->dash = theme->body_size * 0.3;
      parity_chart_set_datum (item, ctx, &r->x);
      item = parity_scene_add_line (ctx->scene, PARITY_ROLE_REFERENCE, s->x0, r->py, s->x1,
                                    r->py, &theme->reference, width);
      item->z = 0;
      item->dash = theme->body_size * 0.3;
      parity_chart_set_datum (item, ctx, &r->y);
      return;
    }
  item = parity_scene_add_marker (ctx->scene, PARITY_ROLE_REFERENCE, PARITY_MARKER_DIAMOND, r->px,
                                  r->py, r->r + r->ring, &theme->background);
  parity_chart_set_datum (item, ctx, &r->x);
  item = parity_scene_add_marker (ctx->scene, PARITY_ROLE_REFERENCE, PARITY_MARKER_DIAMOND, r->px,
                                  r->py, r->r, &r->color);
  item->z = 3;
  parity_chart_set_datum (item, ctx, &r->y);
}

/* "Scatter plot of X (horizontal) and Y (vertical), 2022, dot area by Z: Japan (Developed)
 * 34,000, 82.9%, 125M; …", each value also a row of the data table. */
void
_parity_scatter_describe (ParityScatter *s)
{
  ParityChartContext *ctx = s->ctx;
  const ParityScatterOptions *o = s->options;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);
  const char *x_label = _parity_scatter_indicator_label (s, o->x.indicator);
  const char *y_label = _parity_scatter_indicator_label (s, o->y.indicator);
  const char *size_label = o->size.indicator != PARITY_INDEX_NONE
                           ? _parity_scatter_indicator_label (s, o->size.indicator) : NULL;
  g_autofree char *head = parity_describe2 (ctx, PARITY_WORD_DESC_SCATTER, x_label, y_label);
  char *longer;

  longer = parity_describe2 (ctx, PARITY_WORD_DESC_WITH, head,
                             parity_dataset_get_period (ctx->dataset, ctx->spec->period));
  g_free (head), head = longer;
  if (size_label != NULL)
    {
      longer = parity_describe2 (ctx, PARITY_WORD_DESC_SCATTER_SIZE, head, size_label);
      g_free (head), head = longer;
    }
  /* The reference first, as it is named first on the plot: "World (reference) 11,000, 54%". */
  for (guint i = s->has_reference ? 0 : 1; i <= s->dots->len; i++)
    {
      const ParityScatterDot *d = i == 0 ? &s->reference
                                         : &g_array_index (s->dots, ParityScatterDot, i - 1);
      g_autofree char *x = parity_chart_format_row (ctx, &d->x);
      g_autofree char *y = parity_chart_format_row (ctx, &d->y);
      g_autofree char *values = parity_describe2 (ctx, PARITY_WORD_DESC_WITH, x, y);
      g_autofree char *named = NULL;
      const char *name = parity_chart_entity_label (ctx, d->entity, FALSE);

      parity_describe_record (ctx, &d->x, x_label);
      parity_describe_record (ctx, &d->y, y_label);
      if (size_label != NULL && !d->is_reference)
        {
          g_autofree char *size = parity_chart_format_row (ctx, &d->size);

          parity_describe_record (ctx, &d->size, size_label);
          longer = parity_describe2 (ctx, PARITY_WORD_DESC_WITH, values, size);
          g_free (values), values = longer;
        }
      if (d->is_reference)
        named = parity_describe (ctx, PARITY_WORD_DESC_REFERENCE, name);
      else if (d->group >= 0)
        named = parity_describe2 (ctx, PARITY_WORD_DESC_PAREN, name,
                                  parity_chart_group_label (ctx, g_ptr_array_index (o->groups,
                                                                                    d->group)));
      g_ptr_array_add (items, parity_describe2 (ctx, PARITY_WORD_DESC_ITEM,
                                                named != NULL ? named : name, values));
    }
  parity_describe_finish (ctx, head, items);
  if (s->missing->len > 0)
    {
      g_autofree char *missing = parity_describe (ctx, PARITY_WORD_NO_DATA_NAMES,
                                                  s->missing->str);

      parity_describe_sentence (ctx, missing);
    }
}
