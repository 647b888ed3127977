/* parity-chart-pie-labels.c: the size and place of a pie, and where its labels go
 *
 * A label goes inside its slice when it fits there and white text keeps its contrast;
 * otherwise outside, stacked down its side of the pie with a leader line from the middle
 * of the slice's edge. The pie takes the largest radius, and the place in the plot, at
 * which every label finds room and no leader line cuts across the pie.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include <math.h>
#include <string.h>

#include "parity-chart-pie-private.h"
#include "parity-color-vision.h"
#include "parity-label-placer.h"
#include "parity-pango.h"

#define RADIUS_STEP 0.95

void
_parity_pie_label_clear (gpointer data)
{
  g_clear_object (&((ParityPieLabel *)data)->layout);
}

/* A label: the name, then the percentage in bold on the same line or under it; @max_width
 * wraps and, at most two lines down, ellipsizes the name, never the percentage. */
static PangoLayout *
make_label (ParityPie            *pie,
            const ParityPieSlice *slice,
            gboolean              short_name,
            gboolean              two_lines,
            double                max_width,
            PangoAlignment        alignment)
{
  g_autofree char *name = g_markup_escape_text (short_name ? slice->short_name : slice->name, -1);
  g_autofree char *value = g_markup_escape_text (slice->value_text, -1);
  g_autofree char *markup = g_strdup_printf ("%s%s<b>%s</b>", name, two_lines ? "\n" : " ",
                                             value);
  PangoLayout *layout = parity_pango_layout_new ("", slice->highlighted ? pie->bold : pie->font);

  pango_layout_set_markup (layout, markup, -1);
  if (max_width > 0)
    {
      pango_layout_set_width (layout, (int)(max_width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
      pango_layout_set_height (layout, -2);  /* lines per paragraph */
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }
  pango_layout_set_alignment (layout, alignment);
  return layout;
}

/* Whether (x, y) lies inside the slice, @margin in from its edges. */
static gboolean
in_slice (const ParityPie      *pie,
          const ParityPieSlice *slice,
          double                x,
          double                y,
          double                margin)
{
  double r = hypot (x - pie->cx, y - pie->cy), a = atan2 (y - pie->cy, x - pie->cx);

  if (r < pie->r0 + margin || r > pie->r - margin)
    return FALSE;
  if (slice->a1 - slice->a0 > 2 * G_PI - 1e-9)
    return TRUE;
  while (a < slice->a0)
    a += 2 * G_PI;
  /* The distance to each straight edge. */
  return a <= slice->a1 && r * sin (MIN (a - slice->a0, G_PI / 2)) >= margin &&
         r * sin (MIN (slice->a1 - a, G_PI / 2)) >= margin;
}

/* Inside the slice, centred on its middle angle, if white text can be read on it and five
 * points along each side of the label's box are in. */
static gboolean
plan_inside (ParityPie            *pie,
             const ParityPieSlice *slice,
             ParityLabelPlacer    *placer,
             ParityPieLabel       *label)
{
  static const double depths[] = { 0.5, 0.35, 0.65 };
  static const ParityColor white = { 1, 1, 1, 1 };
  double mid = (slice->a0 + slice->a1) / 2, margin = pie->ctx->theme->body_size * 0.3;

  /* WCAG AA for body text, white on the slice colour. */
  if (parity_color_contrast (&white, &slice->color) < PARITY_VISION_MIN_CONTRAST ||
      slice->row.qualifier == PARITY_QUALIFIER_FORECAST)
    return FALSE;
  for (guint form = 0; form < 2; form++)
    {
      g_autoptr(PangoLayout) layout = make_label (pie, slice, form == 1, TRUE, 0,
                                                  PANGO_ALIGN_CENTER);

      for (guint d = 0; d < G_N_ELEMENTS (depths); d++)
        {
          double rm = pie->r0 > 0 ? pie->r0 + (pie->r - pie->r0) * depths[d]
                      : pie->r * (0.45 + depths[d] * 0.4);
          ParityRect box = parity_pango_measure (layout, 0, 0);
          double x = pie->cx + rm * cos (mid) - box.width / 2 - box.x;
          double y = pie->cy + rm * sin (mid) - box.height / 2 - box.y;
          gboolean in = TRUE;

          box = parity_pango_measure (layout, x, y);
          for (guint i = 0; i <= 4 && in; i++)
            {
              double tx = box.x + box.width * i / 4, ty = box.y + box.height * i / 4;

              in = in_slice (pie, slice, tx, box.y, margin) &&
                   in_slice (pie, slice, tx, box.y + box.height, margin) &&
                   in_slice (pie, slice, box.x, ty, margin) &&
                   in_slice (pie, slice, box.x + box.width, ty, margin);
            }
          if (in && parity_label_placer_fits (placer, &box))
            {
              *label = (ParityPieLabel) { g_steal_pointer (&layout), { x, y }, box, .inside = TRUE,
                                 .placed = TRUE };
              parity_label_placer_add_obstacle (placer, &box);
              return TRUE;
            }
        }
    }
  return FALSE;
}

/* The first form of an outside label that fits @avail: name and percentage on one line,
 * or the short name so; else the name over the percentage, wrapped; else the short name
 * so, ellipsized. A label left of the pie is aligned on its right, towards the pie. */
static PangoLayout *
outside_layout (ParityPie            *pie,
                const ParityPieSlice *slice,
                double                avail,
                gboolean              right)
{
  for (guint form = 0; form < 4 && avail > 0; form++)
    {
      gboolean two_lines = form >= 2;
      PangoLayout *layout = make_label (pie, slice, form % 2 == 1, two_lines,
                                        two_lines ? avail : 0,
                                        right ? PANGO_ALIGN_LEFT : PANGO_ALIGN_RIGHT);
      ParityRect box = parity_pango_measure (layout, 0, 0);

      /* Cut short, a name keeps at least three ems, or it says nothing. */
      if (box.width <= avail && (!pango_layout_is_ellipsized (layout) ||
                                 (form == 3 && avail >= pie->ctx->theme->body_size * 3)))
        return layout;
      g_object_unref (layout);
    }
  return NULL;
}

/* Cramped: the name broken over more lines than a quarter of the plot would need, or cut
 * short. The name over the percentage is not cramped. */
static gboolean
is_cramped (ParityPie            *pie,
            const ParityPieLabel *l)
{
  const ParityPieSlice *slice = &g_array_index (pie->slices, ParityPieSlice, l->slice);
  g_autoptr(PangoLayout) roomy = NULL;
  int lines = pango_layout_get_line_count (l->layout);

  if (lines <= 2 && !pango_layout_is_ellipsized (l->layout))
    return FALSE;
  roomy = outside_layout (pie, slice, pie->area.width / 4, l->right);
  return roomy == NULL || lines > MAX (2, pango_layout_get_line_count (roomy)) ||
         (pango_layout_is_ellipsized (l->layout) && !pango_layout_is_ellipsized (roomy));
}

static int
compare_want (gconstpointer a,
              gconstpointer b)
{
  const ParityPieLabel *la = *(ParityPieLabel * const *)a, *lb = *(ParityPieLabel * const *)b;

  return (la->want > lb->want) - (la->want < lb->want);
}

/* Stacks @n boxes, sorted by the centre line each wants, @spacing apart between @top and
 * @bottom: neighbours that overlap merge into a group centred on their mean wish, until
 * none overlap, so that a cluster spreads both ways. Fills @y with the tops. */
static void
stack (guint         n,
       const double *want,
       const double *height,
       double        spacing,
       double        top,
       double        bottom,
       double       *y)
{
  g_autofree guint *first = g_new (guint, n + 1);  /* group g: boxes first[g] to first[g + 1] */
  guint n_groups = n;

  for (guint i = 0; i <= n; i++)
    first[i] = i;
  for (;;)
    {
      guint merge = n_groups;

      for (guint g = 0; g < n_groups; g++)
        {
          double offset = 0, ideal = 0;

          for (guint i = first[g]; i < first[g + 1]; i++)
            {
              ideal += (want[i] - height[i] / 2 - offset) / (first[g + 1] - first[g]);
              offset += height[i] + spacing;
            }
          y[first[g]] = MAX (top, MIN (ideal, bottom - (offset - spacing)));
          for (guint i = first[g] + 1; i < first[g + 1]; i++)
            y[i] = y[i - 1] + height[i - 1] + spacing;
          if (g > 0 && merge == n_groups &&
              y[first[g] - 1] + height[first[g] - 1] + spacing > y[first[g]] + 1e-9)
            merge = g;
        }
      if (merge == n_groups)
        return;
      memmove (&first[merge], &first[merge + 1], (n_groups - merge) * sizeof (guint));
      n_groups--;
    }
}

/* How near the segment from @a to @b comes to (x, y). */
static double
segment_distance (double             x,
                  double             y,
                  const ParityPoint *a,
                  const ParityPoint *b)
{
  double dx = b->x - a->x, dy = b->y - a->y, len2 = dx * dx + dy * dy;
  double t = len2 > 0 ? CLAMP (((x - a->x) * dx + (y - a->y) * dy) / len2, 0, 1) : 0;

  return hypot (x - (a->x + t * dx), y - (a->y + t * dy));
}

/* A leader line should leave the pie: it must not dip nearer the centre than where it
 * starts, nor run along the edge (a quarter, half and three quarters of the way along). */
static gboolean
leader_crosses (const ParityPie      *pie,
                const ParityPieLabel *l)
{
  const ParityPoint *a = &l->leader[1], *b = &l->leader[2];
  double clear = pie->r + pie->elbow * 0.4;

  if (segment_distance (pie->cx, pie->cy, a, b) <
      MIN (hypot (a->x - pie->cx, a->y - pie->cy) - 0.01, clear))
    return TRUE;
  for (guint k = 1; k < 4; k++)
    if (hypot (a->x + (b->x - a->x) * k / 4 - pie->cx,
               a->y + (b->y - a->y) * k / 4 - pie->cy) < clear)
      return TRUE;
  return FALSE;
}

/* The outside labels of one side, stacked down it, each as close to the pie as its height
 * allows. Returns how many are out of place: beyond the plot, or with a leader across. */
static guint
position_side (ParityPie *pie,
               GPtrArray *side,
               gboolean   right,
               double     avail)
{
  double top = pie->area.y, bottom = pie->area.y + pie->area.height;
  double reach = pie->r + pie->elbow;
  guint bad = 0, n = side->len;
  g_autofree double *y = g_new (double, 3 * MAX (n, 1));
  double *want = y + n, *height = y + 2 * n;

  g_ptr_array_sort (side, compare_want);
  for (guint i = 0; i < n; i++)
    {
      ParityPieLabel *l = g_ptr_array_index (side, i);
      const ParityPieSlice *slice = &g_array_index (pie->slices, ParityPieSlice, l->slice);

      g_clear_object (&l->layout);
      l->layout = outside_layout (pie, slice, avail, right);
      l->box = parity_pango_measure (l->layout, 0, 0);
      l->right = right;
      want[i] = l->want;
      height[i] = l->box.height;
    }
  stack (n, want, height, pie->ctx->theme->body_size * 0.3, top, bottom, y);

  for (guint i = 0; i < n; i++)
    {
      ParityPieLabel *l = g_ptr_array_index (side, i);
      const ParityPieSlice *slice = &g_array_index (pie->slices, ParityPieSlice, l->slice);
      double y1 = y[i] + l->box.height, ly = y[i] + l->box.height / 2;
      double dy = y[i] <= pie->cy && y1 >= pie->cy ? 0
                  : MIN (fabs (y[i] - pie->cy), fabs (y1 - pie->cy));
      double inner = MAX (dy < reach ? sqrt (reach * reach - dy * dy) : 0,
                          fabs (reach * cos (l->mid))) + pie->gap;
      double sign = right ? 1 : -1;

      /* Above or below the pie there is more room than beside it: a wrapped label may
       * fit on fewer lines there, in no taller a slot. */
      if (pango_layout_get_line_count (l->layout) > 1)
        {
          PangoLayout *wider = outside_layout (pie, slice, pie->area.width / 2 - inner, right);

          if (wider != NULL &&
              pango_layout_get_line_count (wider) < pango_layout_get_line_count (l->layout))
            g_set_object (&l->layout, wider);
          g_clear_object (&wider);
          l->box = parity_pango_measure (l->layout, 0, 0);
        }
      l->cramped = is_cramped (pie, l);
      l->origin.x = right ? pie->cx + inner - l->box.x : pie->cx - inner - l->box.width - l->box.x;
      l->origin.y = ly - l->box.height / 2 - l->box.y;
      l->box = parity_pango_measure (l->layout, l->origin.x, l->origin.y);
      l->leader[1] = (ParityPoint) { pie->cx + reach * cos (l->mid),
                                     pie->cy + reach * sin (l->mid) };
      l->leader[2] = (ParityPoint) { pie->cx + sign * (inner - pie->gap * 0.35), ly };
      /* A label pushed towards the middle draws the elbow in along the radius, so that
       * the leader does not climb past the label and come back; as far as it can without
       * cutting across the pie. */
      l->crossing = leader_crosses (pie, l);
      if ((ly - l->leader[1].y) * (l->leader[1].y - pie->cy) < 0)
        {
          double t0 = MAX ((ly - pie->cy) / (l->leader[1].y - pie->cy), pie->r / reach);
          ParityPoint elbow = l->leader[1];

          for (double t = t0; t < 1; t += (1 - t0) / 4)
            {
              l->leader[1] = (ParityPoint) { pie->cx + reach * t * cos (l->mid),
                                             pie->cy + reach * t * sin (l->mid) };
              if (!leader_crosses (pie, l))
                break;
              l->leader[1] = elbow;
            }
          l->crossing = leader_crosses (pie, l);
        }
      l->bad = l->crossing || l->box.y < top - 1e-6 || l->box.y + l->box.height > bottom + 1e-6;
      bad += l->bad;
    }
  return bad;
}

/* Moves the label nearest 12 or 6 o'clock (within 40°) to the other side of the pie, if it
 * has not moved before. */
static ParityPieLabel *
move_label (GPtrArray *from,
            GPtrArray *to)
{
  ParityPieLabel *best = NULL;

  for (guint i = 0; i < from->len; i++)
    {
      ParityPieLabel *l = g_ptr_array_index (from, i);

      if (!l->moved && fabs (cos (l->mid)) < sin (G_PI * 40 / 180) &&
          (best == NULL || fabs (cos (l->mid)) < fabs (cos (best->mid))))
        best = l;
    }
  if (best != NULL)
    {
      best->moved = TRUE;
      g_ptr_array_remove (from, best);
      g_ptr_array_add (to, best);
    }
  return best;
}

/* Lays the labels out for a pie of radius @r, moved @shift of the way from the middle of
 * the plot to its bottom (or top, if negative); returns how many labels find no place. */
static guint
plan (ParityPie *pie,
      double     r,
      double     shift,
      GArray    *labels)
{
  g_autoptr(ParityLabelPlacer) placer = parity_label_placer_new (pie->ctx, &pie->ctx->plot);
  g_autoptr(GPtrArray) left = g_ptr_array_new ();
  g_autoptr(GPtrArray) right = g_ptr_array_new ();
  GPtrArray *sides[2] = { left, right };
  double avail = pie->area.width / 2 - r - pie->elbow - pie->gap;
  guint failures = 0, bad = G_MAXUINT;
  ParityPieLabel *moved = NULL;

  pie->r = r;
  pie->r0 = r * pie->options.hole;
  pie->cx = pie->area.x + pie->area.width / 2;
  pie->cy = pie->area.y + pie->area.height / 2 +
            shift * MAX (0, pie->area.height / 2 - r - pie->elbow);
  pie->n_cramped = pie->n_crossing = 0;
  parity_label_placer_add_scene_obstacles (placer);
  g_array_set_size (labels, 0);
  g_array_set_size (labels, pie->slices->len);

  for (guint i = 0; i < pie->slices->len; i++)
    {
      const ParityPieSlice *slice = &g_array_index (pie->slices, ParityPieSlice, i);
      ParityPieLabel *label = &g_array_index (labels, ParityPieLabel, i);
      g_autoptr(PangoLayout) probe = NULL;

      if (plan_inside (pie, slice, placer, label))
        continue;
      label->slice = i;
      label->mid = (slice->a0 + slice->a1) / 2;
      label->leader[0] = (ParityPoint) { pie->cx + r * cos (label->mid),
                                         pie->cy + r * sin (label->mid) };
      label->want = pie->cy + (r + pie->elbow) * sin (label->mid);
      probe = outside_layout (pie, slice, avail, TRUE);
      if (probe == NULL)
        failures++;
      else
        g_ptr_array_add (sides[cos (label->mid) >= 0], label);
    }

  /* A crowded side hands its labels nearest the top or bottom to the other, one at a
   * time, for as long as that puts more labels in place. */
  for (;;)
    {
      guint now = position_side (pie, left, FALSE, avail) +
                  position_side (pie, right, TRUE, avail);
      int balance = 0;
      guint from;

      /* A move that puts no more labels in place is undone. */
      if (now >= bad)
        {
          g_ptr_array_remove (sides[moved->right], moved);
          g_ptr_array_add (sides[!moved->right], moved);
          position_side (pie, left, FALSE, avail);
          position_side (pie, right, TRUE, avail);
        }
      if (now == 0 || now >= bad)
        break;
      bad = now;
      for (guint i = 0; i < left->len; i++)
        balance += ((ParityPieLabel *)g_ptr_array_index (left, i))->bad;
      for (guint i = 0; i < right->len; i++)
        balance -= ((ParityPieLabel *)g_ptr_array_index (right, i))->bad;
      from = balance >= 0 ? 0 : 1;
      if ((moved = move_label (sides[from], sides[!from])) == NULL &&
          (moved = move_label (sides[!from], sides[from])) == NULL)
        break;
    }

  for (guint s = 0; s < 2; s++)
    for (guint i = 0; i < sides[s]->len; i++)
      {
        ParityPieLabel *l = g_ptr_array_index (sides[s], i);

        pie->n_crossing += l->crossing;
        pie->n_cramped += l->cramped;
        l->placed = parity_label_placer_fits (placer, &l->box);
        if (l->placed)
          parity_label_placer_add_obstacle (placer, &l->box);
        failures += !l->placed;
      }
  return failures;
}

/* What makes a layout good, best first: no label dropped, and no leader across the pie;
 * then the fewest labels cramped; then the largest pie. A pie may also move off centre,
 * away from where its labels crowd. Below a sixth of the shorter side a pie stops reading
 * as one. */
void
_parity_pie_choose_layout (ParityPie *pie,
                           GArray    *labels)
{
  double r_max = MIN (pie->area.height / 2 - pie->elbow, pie->area.width / 2);
  double r_min = MIN (r_max, MAX (pie->ctx->theme->body_size * 2.5,
                                  MIN (pie->area.width, pie->area.height) / 6));
  double shifts[3] = { 0 }, best_r = r_max, best_shift = 0;
  guint64 best_fault = G_MAXUINT64;
  gboolean done = FALSE;
  int toward = 0;

  /* With the largest slice first, the smallest crowd in just before 12 o'clock: the
   * side most slices' middles are on wants the room. */
  for (guint i = 0; i < pie->slices->len; i++)
    {
      const ParityPieSlice *slice = &g_array_index (pie->slices, ParityPieSlice, i);
      double y = sin ((slice->a0 + slice->a1) / 2);

      toward += y < -0.3 ? 1 : y > 0.3 ? -1 : 0;
    }
  shifts[1] = toward > 0 ? 1 : toward < 0 ? -1 : 0;
  shifts[2] = shifts[1] / 2;
  for (double r = r_max; r >= r_min - 1e-9 && !done; r *= RADIUS_STEP)
    for (guint k = 0; k < (toward != 0 ? G_N_ELEMENTS (shifts) : 1) && !done; k++)
      {
        guint failures = plan (pie, r, shifts[k], labels);
        /* Dropped, then across, then cramped: 21 bits each. */
        guint64 fault = (guint64)MIN (failures, 0xFFFFF) << 42 |
                        (guint64)MIN (pie->n_crossing, 0xFFFFF) << 21 |
                        MIN (pie->n_cramped, 0xFFFFF);

        if (fault < best_fault)
          {
            best_fault = fault;
            best_r = r;
            best_shift = shifts[k];
          }
        done = fault == 0;
      }
  plan (pie, best_r, best_shift, labels);
}
