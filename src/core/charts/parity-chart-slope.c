/* parity-chart-slope.c: two periods per entity (2019 → 2022), one line per entity from its
 * value in the first to its value in the second, on one value axis shared by both columns
 *
 * Each end is named and valued beside its column: the labels of a side are stacked as near
 * their dots as their neighbours allow (parity_label_stack), with a leader to a label that
 * had to move, and placed through the label placer. When a side cannot hold every label,
 * the reference, the highlighted entities, each group's extremes and then the highest and
 * lowest values, in turn, are named, as many as both sides can hold; every line is still
 * drawn (thinner and paler among many), and its marks carry their data. An entity with one
 * of the two values is a lone dot, named in a note. Lines are coloured by direction, by
 * the groups the chart names (parity-chart-groups.c), or alike; a highlight overrides.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "parity-chart-annotations.h"
#include "parity-chart-describe.h"
#include "parity-chart-dots.h"
#include "parity-chart-groups.h"
#include "parity-chart-kind.h"
#include "parity-chart-rows.h"
#include "parity-chart-words.h"
#include "parity-error.h"
#include "parity-label-placer.h"
#include "parity-chart-targets.h"
#include "parity-pango.h"

/* Relative to body text: the dot radius, the line width, the least room between the
 * columns. Label columns take at most LABEL_COLUMN_MAX of the plot width each; at most
 * MAX_LINES_PER_PT lines a point of plot height, or the chart is refused as crowded. */
#define DOT_RADIUS 0.26
#define LINE_WIDTH 0.11
#define LABEL_COLUMN_MAX 0.3
#define MIN_SLOPE_WIDTH 6.0
#define MAX_LINES_PER_PT 2.0
/* Up to this many lines, each dot sits on a ring of background. */
#define MAX_HALOED 40

typedef enum
{
  COLOR_BY_DIRECTION,
  COLOR_BY_NONE,
  COLOR_BY_GROUP,
} ColorBy;

static const char * const color_by_names[] = { "direction", "none", "group", NULL };
static const char * const slope_members[] = { "color_by", "groups", NULL };

typedef struct
{
  ColorBy    color_by;
  GPtrArray *groups;  /* ParityChartGroup, or NULL */
} SlopeOptions;

static void
slope_options_free (gpointer data)
{
  SlopeOptions *options = data;

  g_clear_pointer (&options->groups, g_ptr_array_unref);
  g_free (options);
}

/* One entity: its two ends (series 0 on the left, series 1 on the right). */
typedef struct
{
  guint32         entity;
  ParityChartRow  end[2];
  gboolean        is_reference;
  gboolean        labelled;
  int             group;       /* in the chart's "groups", or -1 */
} Slope;

/* One label of a side: a value and a name, side by side in one stacked slot. */
typedef struct
{
  guint            row;
  ParityLabelSlot  slot;
  PangoLayout     *value;
  PangoLayout     *name;
} SideLabel;

typedef struct
{
  ParityChartContext    *ctx;
  const SlopeOptions    *options;
  GArray                *rows;      /* Slope */
  GArray                *sides[2];  /* SideLabel, sorted by their wanted centre */
  ParityRows            *frame;     /* only its fonts, padding and line heights */
  PangoFontDescription  *small, *bold_small, *head_font;
  PangoLayout           *heads[2];
  PangoLayout           *note;      /* the entities with one value, or NULL */
  double                 pad, r, line_width;
  double                 density;           /* 1 up to MAX_HALOED lines, less beyond */
  double                 key_y, head_y;     /* the key of groups (if any), the heads */
  double                 top, bottom;       /* where labels may stack */
  double                 x[2];              /* the two columns */
  ParityScale            scale;             /* value to y */
  gboolean               any_highlight;
  guint                  n_lone[2];         /* entities with only the left, only the right */
} Chart;

static void
clear_side_label (gpointer data)
{
  SideLabel *label = data;

  g_clear_object (&label->value);
  g_clear_object (&label->name);
}

static void
chart_clear (Chart *c)
{
  g_clear_pointer (&c->rows, g_array_unref);
  for (guint s = 0; s < 2; s++)
    {
      g_clear_pointer (&c->sides[s], g_array_unref);
      g_clear_object (&c->heads[s]);
    }
  g_clear_pointer (&c->bold_small, pango_font_description_free);
  g_clear_object (&c->note);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Chart, chart_clear)

static gboolean
has (const Slope *s,
     guint        side)
{
  return !isnan (s->end[side].value);
}

/* The value a row is ordered and ranked by: its right end, else its left. */
static double
key (const Slope *s)
{
  return has (s, 1) ? s->end[1].value : s->end[0].value;
}

static gboolean
fill_slope (gpointer row,
            guint32  entity,
            gboolean is_reference,
            gpointer user_data)
{
  ParityChartContext *ctx = user_data;
  Slope *s = row;

  s->entity = entity;
  s->is_reference = is_reference;
  s->group = parity_chart_groups_find (((SlopeOptions *)ctx->spec->options)->groups, entity);
  for (guint side = 0; side < 2; side++)
    parity_chart_lookup (ctx->dataset, ctx->spec, parity_chart_get_series (ctx->spec, side),
                         entity, PARITY_INDEX_NONE, &s->end[side]);
  return has (s, 0) || has (s, 1);
}

static int
compare_slopes (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  return parity_chart_compare_values (key (a), key (b), GPOINTER_TO_INT (user_data));
}

/* The entities with a value, highest first (or lowest, for "sort": "ascending"), the
 * reference last. */
static gboolean
slope_select (Chart   *c,
              GError **error)
{
  ParityChartContext *ctx = c->ctx;
  int direction = ctx->spec->sort == PARITY_SORT_ASCENDING ? 1 : -1;
  GArray *all = parity_dots_select_rows (ctx, sizeof (Slope), fill_slope, ctx, compare_slopes,
                                         GINT_TO_POINTER (direction));

  c->rows = g_array_new (FALSE, FALSE, sizeof (Slope));
  for (guint i = 0; i < all->len; i++)
    {
      const Slope *s = &g_array_index (all, Slope, i);

      if (!has (s, 0) && !has (s, 1))
        continue;
      g_array_append_vals (c->rows, s, 1);
      if (has (s, 0) != has (s, 1))
        c->n_lone[has (s, 0) ? 0 : 1]++;
    }
  g_array_unref (all);
  if (c->rows->len == 0)
    {
      g_set_error (error, PARITY_ERROR, PARITY_ERROR_EMPTY,
                   /* Translators: a chart's id, then the labels of its two series. */
                   _("chart \"%s\": %s and %s have no value to show"), ctx->spec->id,
                   parity_chart_series_label (ctx, 0), parity_chart_series_label (ctx, 1));
      return FALSE;
    }
  return TRUE;
}

/* "2019 only: Afghanistan, India" for each side with lone dots, or NULL. */
static char *
lone_note (Chart *c)
{
  ParityChartContext *ctx = c->ctx;
  const char *separator = parity_chart_word (ctx->lang, PARITY_WORD_NAME_SEPARATOR);
  GString *note = g_string_new (NULL);

  for (guint side = 0; side < 2; side++)
    {
      g_autoptr(GString) names = g_string_new (NULL);
      g_autofree char *sentence = NULL;

      if (c->n_lone[side] == 0)
        continue;
      for (guint i = 0; i < c->rows->len; i++)
        {
          const Slope *s = &g_array_index (c->rows, Slope, i);

          if (has (s, side) && !has (s, 1 - side))
            g_string_append_printf (names, "%s%s", names->len ? separator : "",
                                    parity_chart_entity_label (ctx, s->entity, TRUE));
        }
      sentence = parity_chart_word_with2 (ctx->lang, PARITY_WORD_ONLY_PERIOD,
                                          parity_chart_series_label (ctx, side), names->str);
      g_string_append_printf (note, "%s%s", note->len ? parity_chart_sentence_gap (ctx->lang)
                                                     : "", sentence);
    }
  return g_string_free (note, note->len == 0);
}

/* The order labels are given room in: the reference, the highlighted entities, each group's
 * highest and lowest (when the lines are coloured by group), then the highest and the lowest
 * of the rest in turn, so that a crowded chart names its extremes, and its groups' spread. */
static GArray *
label_priority (Chart *c)
{
  const ParityChartSpec *spec = c->ctx->spec;
  GArray *order = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) rest = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree gboolean *taken = g_new0 (gboolean, c->rows->len);

  for (int pass = 0; pass < 3; pass++)
    for (guint i = 0; i < c->rows->len; i++)
      {
        const Slope *s = &g_array_index (c->rows, Slope, i);
        gboolean highlighted = parity_chart_is_highlighted (spec, s->entity);

        if (pass == 0 && s->is_reference)
          g_array_append_val (order, i);
        else if (pass == 1 && !s->is_reference && highlighted)
          g_array_append_val (order, i);
        else if (pass == 2 && !s->is_reference && !highlighted)
          g_array_append_val (rest, i);
      }
  /* The rows are sorted: a group's first and last are its extremes. */
  for (guint g = 0; c->options->color_by == COLOR_BY_GROUP && g < c->options->groups->len; g++)
    for (int end = 0; end < 2; end++)
      for (guint k = 0; k < rest->len; k++)
        {
          guint i = g_array_index (rest, guint, end ? rest->len - 1 - k : k);

          if (g_array_index (c->rows, Slope, i).group != (int)g)
            continue;
          if (!taken[i])
            g_array_append_val (order, i);
          taken[i] = TRUE;
          break;
        }
  /* Then from both ends of the rest. */
  for (guint lo = 0, hi = rest->len; lo < hi;)
    {
      guint i = g_array_index (rest, guint, lo++);

      if (!taken[i])
        g_array_append_val (order, i);
      if (lo < hi)
        {
          i = g_array_index (rest, guint, --hi);
          if (!taken[i])
            g_array_append_val (order, i);
        }
    }
  return order;
}

/* The height of a row's label on one side: its value's or its name's, the taller. */
static double
label_height (Chart       *c,
              const Slope *s,
              guint        side)
{
  ParityChartContext *ctx = c->ctx;
  g_autofree char *text = parity_chart_format_row (ctx, &s->end[side]);
  g_autoptr(PangoLayout) value = parity_pango_layout_new (text, c->small);
  g_autoptr(PangoLayout) name =
    parity_pango_layout_new (parity_chart_entity_label (ctx, s->entity, FALSE), c->bold_small);

  return MAX (parity_pango_height (value), parity_pango_height (name));
}

/* Marks which rows get labels: the longest prefix of the priority order whose labels stack
 * on both sides, counting the others as left out. */
static void
choose_labels (Chart *c)
{
  ParityChartContext *ctx = c->ctx;
  g_autoptr(GArray) order = label_priority (c);
  double room = c->bottom - c->top, used[2] = { 0, 0 };
  guint n_labels = 0, n_placed = 0;

  for (guint i = 0; i < c->rows->len; i++)
    for (guint side = 0; side < 2; side++)
      n_labels += has (&g_array_index (c->rows, Slope, i), side);
  for (guint k = 0; k < order->len; k++)
    {
      Slope *s = &g_array_index (c->rows, Slope, g_array_index (order, guint, k));
      double need[2];
      gboolean fits = TRUE;

      for (guint side = 0; side < 2; side++)
        {
          need[side] = used[side];
          if (has (s, side))
            need[side] += label_height (c, s, side) + (used[side] > 0 ? c->pad * 0.3 : 0);
          fits &= need[side] <= room;
        }
      if (!fits)
        break;
      s->labelled = TRUE;
      for (guint side = 0; side < 2; side++)
        {
          used[side] = need[side];
          n_placed += has (s, side);
        }
    }
  ctx->n_dropped += n_labels - n_placed;
}

static double
value_y (const Chart *c,
         double       value)
{
  return parity_scale_map (&c->scale, value);
}

/* The vertical frame: the column heads on top, the note (if any) at the bottom, wrapped
 * on up to three lines, the value scale between them inset by half a label so that the
 * extremes' labels fit. */
static gboolean
slope_frame (Chart       *c,
             const char  *note,
             GError     **error)
{
  ParityChartContext *ctx = c->ctx;
  const ParityRect *plot = &ctx->plot;
  double lo = INFINITY, hi = -INFINITY, head_h = 0, note_h = 0, label_h = c->frame->value_h;
  double key_h = 0;

  for (guint side = 0; side < 2; side++)
    {
      c->heads[side] = parity_pango_layout_new (parity_chart_series_label (ctx, side),
                                                c->head_font);
      head_h = MAX (head_h, parity_pango_height (c->heads[side]));
    }
  if (note != NULL)
    {
      c->note = parity_pango_layout_new (note, c->small);
      pango_layout_set_width (c->note, (int)(plot->width * PANGO_SCALE));
      pango_layout_set_wrap (c->note, PANGO_WRAP_WORD_CHAR);
      pango_layout_set_height (c->note, -3);
      pango_layout_set_ellipsize (c->note, PANGO_ELLIPSIZE_END);
      note_h = parity_pango_height (c->note) + c->pad;
    }
  c->key_y = plot->y;
  if (c->options->color_by == COLOR_BY_GROUP)
    key_h = parity_chart_groups_add_key (ctx, c->options->groups, c->small, c->key_y, FALSE) +
            c->pad * 0.6;
  c->head_y = plot->y + key_h;
  c->top = c->head_y + head_h + c->pad * 0.6;
  c->bottom = plot->y + plot->height - note_h;
  if (c->rows->len > (c->bottom - c->top) * MAX_LINES_PER_PT)
    {
      parity_chart_set_crowded_error (ctx, TRUE, error,
                                      /* Translators: a number of lines, then a height in
                                         points (pt). */
                                      _("%u lines do not fit a plot %.0f pt high"),
                                      c->rows->len, c->bottom - c->top);
      return FALSE;
    }
  for (guint i = 0; i < c->rows->len; i++)
    for (guint side = 0; side < 2; side++)
      {
        double v = g_array_index (c->rows, Slope, i).end[side].value;

        if (!isnan (v))
          lo = MIN (lo, v), hi = MAX (hi, v);
      }
  parity_chart_targets_extend (c->ctx->spec, &lo, &hi);
  parity_chart_scale_group_widen (c->ctx, &lo, &hi);
  if (lo == hi)
    lo -= 1, hi += 1;
  c->scale = (ParityScale) { lo, hi, c->bottom - label_h / 2, c->top + label_h / 2 };
  parity_chart_annotations_axis (c->ctx, &c->scale, TRUE);
  return TRUE;
}

/* The name of row @i for a side, fitted to @budget: its label, else its short label, else
 * shortened with an ellipsis. */
static PangoLayout *
make_name (Chart       *c,
           const Slope *s,
           double       budget)
{
  ParityChartContext *ctx = c->ctx;
  const PangoFontDescription *font =
    s->is_reference || parity_chart_is_highlighted (ctx->spec, s->entity) ? c->bold_small
                                                                          : c->small;
  PangoLayout *layout = parity_pango_layout_new (parity_chart_entity_label (ctx, s->entity,
                                                                            FALSE), font);

  if (parity_pango_width (layout) > budget)
    {
      g_object_unref (layout);
      layout = parity_pango_layout_new (parity_chart_entity_label (ctx, s->entity, TRUE), font);
    }
  if (parity_pango_width (layout) > budget)
    {
      pango_layout_set_width (layout, (int)(MAX (budget, 1) * PANGO_SCALE));
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }
  return layout;
}

/* A side's values, measured; returns the width of the widest. */
static double
measure_values (Chart *c,
                guint  side)
{
  ParityChartContext *ctx = c->ctx;
  double value_w = 0;
  GArray *labels = g_array_new (FALSE, FALSE, sizeof (SideLabel));

  g_array_set_clear_func (labels, clear_side_label);
  c->sides[side] = labels;
  for (guint i = 0; i < c->rows->len; i++)
    {
      const Slope *s = &g_array_index (c->rows, Slope, i);
      g_autofree char *text = NULL;
      SideLabel label = { i };

      if (!s->labelled || !has (s, side))
        continue;
      text = parity_chart_format_row (ctx, &s->end[side]);
      label.value = parity_pango_layout_new (text, c->small);
      label.slot.want = value_y (c, s->end[side].value);
      value_w = MAX (value_w, parity_pango_width (label.value));
      g_array_append_val (labels, label);
    }
  return value_w;
}

/* A side's names, @value_w beside its values, stacked with them; returns the width of the
 * widest label. A name has as much room on both sides, @widest_value beside it, so that an
 * entity is named alike at both ends. */
static double
plan_names (Chart  *c,
            guint   side,
            double  value_w,
            double  widest_value)
{
  double cap = c->ctx->plot.width * LABEL_COLUMN_MAX, width = 0;
  GArray *labels = c->sides[side];
  g_autofree ParityLabelSlot *slots = NULL;

  for (guint k = 0; k < labels->len; k++)
    {
      SideLabel *label = &g_array_index (labels, SideLabel, k);
      const Slope *s = &g_array_index (c->rows, Slope, label->row);

      label->name = make_name (c, s, cap - widest_value - c->pad * 0.5);
      label->slot.height = MAX (parity_pango_height (label->value),
                                parity_pango_height (label->name));
      width = MAX (width, value_w + c->pad * 0.5 + parity_pango_width (label->name));
    }
  /* Stacked from the top, each as near its dot as its neighbours allow; the choice of
   * labels made sure they fit. */
  slots = g_new (ParityLabelSlot, labels->len);
  for (guint k = 0; k < labels->len; k++)
    slots[k] = g_array_index (labels, SideLabel, k).slot;
  for (guint k = 1; k < labels->len; k++)
    for (guint j = k; j > 0 && slots[j].want < slots[j - 1].want; j--)
      {
        ParityLabelSlot t = slots[j];
        SideLabel l = g_array_index (labels, SideLabel, j);

        slots[j] = slots[j - 1], slots[j - 1] = t;
        g_array_index (labels, SideLabel, j) = g_array_index (labels, SideLabel, j - 1);
        g_array_index (labels, SideLabel, j - 1) = l;
      }
  /* Should a script's line be taller than the choice measured, each label is set at its
   * dot and the placer leaves out those that would touch. */
  if (!parity_label_stack (slots, labels->len, c->top, c->bottom, c->pad * 0.3))
    for (guint k = 0; k < labels->len; k++)
      slots[k].top = slots[k].want - slots[k].height / 2;
  for (guint k = 0; k < labels->len; k++)
    g_array_index (labels, SideLabel, k).slot = slots[k];
  return width;
}

/* Whether a label sits away from its dot, and is tied to it by a leader. */
static gboolean
moved (const SideLabel *label)
{
  return fabs (label->slot.top + label->slot.height / 2 - label->slot.want) >
         label->slot.height * 0.3;
}

/* The columns' x: beside the widest label of each side, with room for leaders. */
static gboolean
slope_columns (Chart   *c,
               GError **error)
{
  ParityChartContext *ctx = c->ctx;
  const ParityRect *plot = &ctx->plot;
  double width[2], value_w[2], off = c->r + c->pad * 0.4;

  for (guint side = 0; side < 2; side++)
    value_w[side] = measure_values (c, side);
  for (guint side = 0; side < 2; side++)
    {
      gboolean leaders = FALSE;

      width[side] = plan_names (c, side, value_w[side], MAX (value_w[0], value_w[1]));
      for (guint k = 0; k < c->sides[side]->len; k++)
        leaders |= moved (&g_array_index (c->sides[side], SideLabel, k));
      width[side] += off + (leaders ? c->pad * 1.5 : 0);
      width[side] = MAX (width[side], parity_pango_width (c->heads[side]) / 2);
    }
  c->x[0] = plot->x + width[0];
  c->x[1] = plot->x + plot->width - width[1];
  if (c->x[1] - c->x[0] < ctx->theme->body_size * MIN_SLOPE_WIDTH)
    {
      parity_chart_set_crowded_error (ctx, TRUE, error,
                                      /* Translators: a width in points (pt). */
                                      _("the names leave no room for the lines in a plot "
                                        "%.0f pt wide"), plot->width);
      return FALSE;
    }
  return TRUE;
}

/* How prominent a row is: muted lines (beside a highlighted one) are drawn first, then
 * the lines left unnamed in a crowded chart, then the named ones, the highlighted and the
 * reference last, over the others. */
static int
prominence (const Chart *c,
            const Slope *s)
{
  if (s->is_reference || parity_chart_is_highlighted (c->ctx->spec, s->entity))
    return 3;
  if (c->any_highlight)
    return 0;
  return s->labelled ? 2 : 1;
}

static ParityColor
line_color (const Chart *c,
            const Slope *s)
{
  ParityChartContext *ctx = c->ctx;
  const ParityTheme *theme = ctx->theme;
  ParityColor color;

  if (s->is_reference)
    return theme->reference;
  if (parity_chart_is_highlighted (ctx->spec, s->entity))
    return theme->accent;
  if (c->any_highlight || c->options->color_by == COLOR_BY_NONE)
    color = theme->mark_muted;
  else if (c->options->color_by == COLOR_BY_GROUP)
    color = *parity_chart_groups_color (
      ctx, ((SlopeOptions *)ctx->spec->options)->groups, s->group);
  else if (!has (s, 0) || !has (s, 1) || s->end[0].value == s->end[1].value)
    color = theme->mark_muted;
  else
    /* Rising in the first colour, falling in the second. */
    color = *parity_chart_series_color (ctx, s->end[1].value > s->end[0].value ? 0 : 1);
  /* Paler when not named, and muted lines among many paler too: a crowd of lines reads as
   * a shape, the named ones over it. */
  if (!s->labelled || (c->any_highlight && c->density < 1))
    return parity_rows_tint (&color, 0.5);
  return color;
}

/* The columns' rules and heads, then every line and its dots. */
static void
slope_marks (Chart             *c,
             ParityLabelPlacer *placer)
{
  ParityChartContext *ctx = c->ctx;
  const ParityTheme *theme = ctx->theme;
  double halo = c->rows->len <= MAX_HALOED ? MAX (0.75, c->r * 0.3) : 0;

  parity_chart_targets_bands (ctx, &c->scale, TRUE, MIN (c->x[0], c->x[1]),
                              MAX (c->x[0], c->x[1]));
  for (guint side = 0; side < 2; side++)
    {
      double hw = parity_pango_width (c->heads[side]);
      double hx = CLAMP (c->x[side] - hw / 2, ctx->plot.x, ctx->plot.x + ctx->plot.width - hw);

      parity_scene_add_line (ctx->scene, PARITY_ROLE_AXIS, c->x[side], c->top, c->x[side],
                             c->bottom, &theme->grid, MAX (0.5, c->line_width * 0.75));
      parity_label_placer_place (placer, c->heads[side], PARITY_ROLE_AXIS_LABEL, &theme->text,
                                 &(ParityPoint) { hx, c->head_y }, 1, TRUE);
    }
  if (c->options->color_by == COLOR_BY_GROUP)
    parity_chart_groups_add_key (ctx, c->options->groups, c->small, c->key_y, TRUE);
  for (int level = 0; level < 4; level++)
    for (guint i = 0; i < c->rows->len; i++)
      {
        const Slope *s = &g_array_index (c->rows, Slope, i);
        ParityColor color = line_color (c, s);
        double width = c->line_width * (level == 3 ? 2 : level < 2 ? MAX (0.5, c->density)
                                                                   : 1);
        double r = level < 2 ? c->r * MAX (0.5, c->density) : c->r;

        if (prominence (c, s) != level)
          continue;
        if (has (s, 0) && has (s, 1))
          parity_chart_set_datum (parity_scene_add_line (ctx->scene, PARITY_ROLE_CONNECTOR,
                                                         c->x[0],
                                                         value_y (c, s->end[0].value),
                                                         c->x[1],
                                                         value_y (c, s->end[1].value), &color,
                                                         width), ctx, &s->end[1]);
        for (guint side = 0; side < 2; side++)
          if (has (s, side))
            parity_dots_add (ctx, PARITY_MARKER_CIRCLE, &s->end[side], c->x[side],
                             value_y (c, s->end[side].value), r, halo, &color);
      }
}

/* A side's labels at their stacked places: the value next to the column, the name beyond
 * it, a dotted leader to a label that moved off its dot. */
static void
slope_labels (Chart             *c,
              ParityLabelPlacer *placer,
              guint              side)
{
  ParityChartContext *ctx = c->ctx;
  const ParityTheme *theme = ctx->theme;
  double off = c->r + c->pad * 0.4, gap = c->pad * 0.5;

  for (guint k = 0; k < c->sides[side]->len; k++)
    {
      const SideLabel *label = &g_array_index (c->sides[side], SideLabel, k);
      const Slope *s = &g_array_index (c->rows, Slope, label->row);
      const ParityChartRow *row = &s->end[side];
      double vw = parity_pango_width (label->value), nw = parity_pango_width (label->name);
      double lead = moved (label) ? c->pad * 1.5 : 0, y = label->slot.top;
      double vx = side == 0 ? c->x[0] - off - lead - vw : c->x[1] + off + lead;
      double nx = side == 0 ? vx - gap - nw : vx + vw + gap;
      ParityColor lc = line_color (c, s);
      ParityColor color = prominence (c, s) == 3 ? theme->text
                          : c->any_highlight ? theme->muted_text : parity_rows_shade (&lc);
      ParityItem *item;

      item = parity_label_placer_place (placer, label->value, PARITY_ROLE_VALUE_LABEL, &color,
                                        &(ParityPoint) { vx, y + (label->slot.height -
                                                          parity_pango_height (label->value)) / 2 },
                                        1, FALSE);
      parity_chart_set_datum (item, ctx, row);
      item = parity_label_placer_place (placer, label->name, PARITY_ROLE_SERIES_LABEL, &color,
                                        &(ParityPoint) { nx, y + (label->slot.height -
                                                          parity_pango_height (label->name)) / 2 },
                                        1, FALSE);
      parity_chart_set_datum (item, ctx, row);
      if (lead > 0)
        {
          double dx = side == 0 ? -1 : 1;

          item = parity_scene_add_line (ctx->scene, PARITY_ROLE_CONNECTOR,
                                        c->x[side] + dx * (c->r + c->pad * 0.2),
                                        value_y (c, row->value),
                                        c->x[side] + dx * (off + lead - c->pad * 0.2),
                                        y + label->slot.height / 2, &lc,
                                        MAX (0.5, c->line_width * 0.6));
          item->dash = c->line_width * 2;
          parity_chart_set_datum (item, ctx, row);
        }
    }
}

/* "Slope chart of X, 2019 to 2022: A: 2019 53.2%, 2022 64.4%; …", recording each value in
 * the data table as it goes. */
static void
describe (Chart *c)
{
  ParityChartContext *ctx = c->ctx;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);
  const char *series[] = { parity_chart_series_label (ctx, 0),
                           parity_chart_series_label (ctx, 1) };
  g_autofree char *kind = parity_describe_kind (ctx, PARITY_WORD_DESC_SLOPE);
  g_autofree char *span = parity_describe2 (ctx, PARITY_WORD_DESC_SPAN, series[0], series[1]);
  g_autofree char *head = parity_describe2 (ctx, PARITY_WORD_DESC_WITH, kind, span);

  for (guint i = 0; i < c->rows->len; i++)
    {
      const Slope *s = &g_array_index (c->rows, Slope, i);
      const char *name = parity_chart_entity_label (ctx, s->entity, FALSE);
      g_autofree char *named = s->is_reference
                               ? parity_describe (ctx, PARITY_WORD_DESC_REFERENCE, name)
                               : g_strdup (name);

      /* Colour says the group on the chart; words say it here. */
      if (s->group >= 0 && c->options->color_by == COLOR_BY_GROUP)
        {
          const ParityChartGroup *group = g_ptr_array_index (c->options->groups, s->group);
          char *longer = parity_describe2 (ctx, PARITY_WORD_DESC_PAREN, named,
                                           parity_chart_group_label (ctx, group));

          g_free (named), named = longer;
        }
      g_autofree char *values = parity_describe_pair (ctx, series, s->end);

      g_ptr_array_add (items, parity_describe2 (ctx, PARITY_WORD_DESC_INTRO, named, values));
    }
  parity_describe_finish (ctx, head, items);
}

static gboolean
slope_layout (ParityChartContext *ctx,
              GError            **error)
{
  const ParityTheme *theme = ctx->theme;
  g_auto(ParityRows) frame = { 0 };
  g_auto(Chart) chart = { .ctx = ctx, .options = ctx->spec->options, .frame = &frame,
                          .any_highlight = ctx->spec->highlight->len > 0 };
  g_autoptr(ParityLabelPlacer) placer = parity_label_placer_new (ctx, &ctx->plot);
  g_autofree char *note = NULL;

  parity_rows_init (&frame, ctx);
  chart.small = frame.small;
  chart.head_font = frame.bold;
  chart.bold_small = parity_theme_get_font (theme, PARITY_TEXT_SMALL, PANGO_WEIGHT_BOLD);
  chart.pad = frame.pad;
  chart.r = theme->body_size * DOT_RADIUS;
  chart.line_width = MAX (0.75, theme->body_size * LINE_WIDTH);
  if (!slope_select (&chart, error))
    return FALSE;
  chart.density = MIN (1, sqrt ((double)MAX_HALOED / chart.rows->len));
  note = lone_note (&chart);
  if (!slope_frame (&chart, note, error))
    return FALSE;
  choose_labels (&chart);
  if (!slope_columns (&chart, error))
    return FALSE;
  slope_marks (&chart, placer);
  parity_label_placer_add_scene_obstacles (placer);
  for (guint side = 0; side < 2; side++)
    slope_labels (&chart, placer, side);
  if (chart.note != NULL)
    parity_label_placer_place (placer, chart.note, PARITY_ROLE_VALUE_LABEL, &theme->muted_text,
                               &(ParityPoint) { ctx->plot.x, ctx->plot.y + ctx->plot.height -
                                                parity_pango_height (chart.note) }, 1, FALSE);
  parity_chart_targets_lines (ctx, placer, &chart.scale, TRUE, MIN (chart.x[0], chart.x[1]),
                              MAX (chart.x[0], chart.x[1]), chart.small, NULL, NULL);
  describe (&chart);
  parity_chart_targets_describe (ctx);
  return TRUE;
}

static gboolean
slope_parse (ParityChartParser *parser,
             JsonObject        *object,
             ParityChartSpec   *spec)
{
  SlopeOptions *options = g_new0 (SlopeOptions, 1);
  int color_by = -1;

  spec->options = options;
  spec->free_options = slope_options_free;
  if (spec->series->len != 2)
    return _parity_json_reader_fail_at (parser->reader, "series",
                                        /* Translators: %u is the number of series found. */
                                        _("a slope chart needs exactly two series, the left and "
                                          "the right end of each line (e.g. 2013 and 2019), "
                                          "found %u"), spec->series->len);
  if (spec->latest)
    return _parity_json_reader_fail_at (parser->reader, "period",
                                        /* Translators: keep "period" and "latest": JSON. */
                                        _("a slope chart compares two periods: give each series "
                                          "its own \"period\" rather than \"latest\""));
  if (!parity_chart_parser_require_period (parser, spec) ||
      !_parity_json_reader_enum (parser->reader, object, "color_by", color_by_names, &color_by) ||
      !parity_chart_groups_parse (parser, object, spec, PARITY_CHART_GROUPS_PLAIN,
                                  &options->groups))
    return FALSE;
  /* Named groups colour the lines unless the chart says otherwise. */
  if (color_by < 0)
    color_by = options->groups != NULL ? COLOR_BY_GROUP : COLOR_BY_DIRECTION;
  if (color_by == COLOR_BY_GROUP && options->groups == NULL)
    return _parity_json_reader_fail_at (parser->reader, "color_by",
                                        /* Translators: keep "group" and "groups": JSON
                                           words. */
                                        _("\"group\" needs the chart's \"groups\": "
                                          "name the groups, or colour the lines another way"));
  options->color_by = color_by;
  return TRUE;
}

const ParityChartKind parity_chart_kind_slope = {
  .name = "slope",
  .members = slope_members,
  .parse = slope_parse,
  .layout = slope_layout,
};
