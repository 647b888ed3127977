/* parity-painter.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include <pango/pangocairo.h>

#include "parity-painter.h"

static void
set_color (cairo_t           *cr,
           const ParityColor *color)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha);
}

static void
set_dash (cairo_t          *cr,
          const ParityItem *item)
{
  double dashes[] = { item->dash, item->dash * 0.6 };

  cairo_set_dash (cr, dashes, item->dash > 0 ? G_N_ELEMENTS (dashes) : 0, 0);
}

/* Fills the current path: solid, or with diagonal hatching (one way, or both ways) in the
 * fill colour over a pale tint of it, which reads as "not a measured value" in colour and in
 * greyscale. */
static void
fill_path (cairo_t          *cr,
           const ParityItem *item)
{
  double x1, y1, x2, y2, step;

  if (item->fill_style == PARITY_FILL_SOLID)
    {
      set_color (cr, &item->fill);
      cairo_fill (cr);
      return;
    }
  cairo_save (cr);
  cairo_clip_preserve (cr);
  cairo_set_source_rgba (cr, item->fill.red, item->fill.green, item->fill.blue,
                         item->fill.alpha * 0.22);
  cairo_fill (cr);
  cairo_clip_extents (cr, &x1, &y1, &x2, &y2);
  step = MAX (2.5, MIN (x2 - x1, y2 - y1) / 4);
  step = MIN (step, 6);
  for (double d = x1 - (y2 - y1); d < x2; d += step)
    {
      cairo_move_to (cr, d, y2);
      cairo_line_to (cr, d + (y2 - y1), y1);
      if (item->fill_style == PARITY_FILL_CROSSHATCH)
        {
          cairo_move_to (cr, d, y1);
          cairo_line_to (cr, d + (y2 - y1), y2);
        }
    }
  set_color (cr, &item->fill);
  cairo_set_line_width (cr, step / 3);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* A shape's rings as one path, filled by the even-odd rule so that holes stay open. */
static void
shape_path (cairo_t          *cr,
            const ParityItem *item)
{
  guint start = 0;

  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
  for (guint r = 0; r < item->ring_ends->len; r++)
    {
      guint end = g_array_index (item->ring_ends, guint, r);

      for (guint i = start; i < end; i++)
        {
          const ParityPoint *p = &g_array_index (item->points, ParityPoint, i);

          if (i == start)
            cairo_move_to (cr, p->x, p->y);
          else
            cairo_line_to (cr, p->x, p->y);
        }
      cairo_close_path (cr);
      start = end;
    }
}

static void
marker_path (cairo_t          *cr,
             const ParityItem *item)
{
  double r = item->r1;

  switch (item->shape)
    {
    case PARITY_MARKER_SQUARE:
      cairo_rectangle (cr, item->cx - r * 0.886, item->cy - r * 0.886, r * 1.772, r * 1.772);
      break;
    case PARITY_MARKER_DIAMOND:
      cairo_move_to (cr, item->cx, item->cy - r * 1.25);
      cairo_line_to (cr, item->cx + r * 1.25, item->cy);
      cairo_line_to (cr, item->cx, item->cy + r * 1.25);
      cairo_line_to (cr, item->cx - r * 1.25, item->cy);
      cairo_close_path (cr);
      break;
    case PARITY_MARKER_CIRCLE:
    default:
      cairo_new_sub_path (cr);
      cairo_arc (cr, item->cx, item->cy, r, 0, 2 * G_PI);
      break;
    }
}

static void
paint_item (cairo_t          *cr,
            const ParityItem *item)
{
  switch (item->kind)
    {
    case PARITY_ITEM_RECT:
      cairo_rectangle (cr, item->box.x, item->box.y, item->box.width, item->box.height);
      fill_path (cr, item);
      break;

    case PARITY_ITEM_LINE:
      set_color (cr, &item->stroke);
      cairo_set_line_width (cr, item->line_width);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
      set_dash (cr, item);
      cairo_move_to (cr, item->x1, item->y1);
      cairo_line_to (cr, item->x2, item->y2);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
      break;

    case PARITY_ITEM_ARC:
      cairo_new_sub_path (cr);
      cairo_arc (cr, item->cx, item->cy, item->r1, item->a0, item->a1);
      if (item->r0 > 0)
        cairo_arc_negative (cr, item->cx, item->cy, item->r0, item->a1, item->a0);
      else
        cairo_line_to (cr, item->cx, item->cy);
      cairo_close_path (cr);
      fill_path (cr, item);
      /* A hairline in the background colour keeps neighbouring slices apart. */
      if (item->line_width > 0)
        {
          cairo_new_sub_path (cr);
          cairo_arc (cr, item->cx, item->cy, item->r1, item->a0, item->a1);
          if (item->r0 > 0)
            cairo_arc_negative (cr, item->cx, item->cy, item->r0, item->a1, item->a0);
          else
            cairo_line_to (cr, item->cx, item->cy);
          cairo_close_path (cr);
          set_color (cr, &item->stroke);
          cairo_set_line_width (cr, item->line_width);
          cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
          cairo_stroke (cr);
        }
      break;

    case PARITY_ITEM_PATH:
      if (item->points == NULL || item->points->len == 0)
        break;
      for (guint i = 0; i < item->points->len; i++)
        {
          const ParityPoint *p = &g_array_index (item->points, ParityPoint, i);

          if (i == 0)
            cairo_move_to (cr, p->x, p->y);
          else
            cairo_line_to (cr, p->x, p->y);
        }
      if (item->closed)
        {
          cairo_close_path (cr);
          fill_path (cr, item);
          break;
        }
      set_color (cr, &item->stroke);
      cairo_set_line_width (cr, item->line_width);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
      set_dash (cr, item);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
      break;

    case PARITY_ITEM_SHAPE:
      shape_path (cr, item);
      fill_path (cr, item);
      if (item->line_width > 0)
        {
          shape_path (cr, item);
          set_color (cr, &item->stroke);
          cairo_set_line_width (cr, item->line_width);
          cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
          set_dash (cr, item);
          cairo_stroke (cr);
          cairo_set_dash (cr, NULL, 0, 0);
        }
      break;

    case PARITY_ITEM_MARKER:
      marker_path (cr, item);
      if (item->hollow)
        {
          cairo_set_source_rgb (cr, 1, 1, 1);
          cairo_fill_preserve (cr);
          set_color (cr, &item->stroke);
          cairo_set_line_width (cr, item->line_width);
          cairo_stroke (cr);
        }
      else
        {
          set_color (cr, &item->fill);
          cairo_fill (cr);
        }
      break;

    case PARITY_ITEM_TEXT:
      set_color (cr, &item->fill);
      cairo_move_to (cr, item->x1, item->y1);
      pango_cairo_show_layout (cr, item->layout);
      break;

    case PARITY_ITEM_IMAGE:
      cairo_save (cr);
      cairo_translate (cr, item->box.x, item->box.y);
      cairo_scale (cr, item->box.width / cairo_image_surface_get_width (item->image),
                   item->box.height / cairo_image_surface_get_height (item->image));
      cairo_set_source_surface (cr, item->image, 0, 0);
      cairo_pattern_set_filter (cairo_get_source (cr), CAIRO_FILTER_GOOD);
      cairo_paint (cr);
      cairo_restore (cr);
      break;

    default:
      g_assert_not_reached ();
    }
}

static int
compare_z (gconstpointer a,
           gconstpointer b,
           gpointer      user_data)
{
  const ParityScene *scene = user_data;
  guint ia = *(const guint *)a, ib = *(const guint *)b;
  int za = parity_scene_get_item (scene, ia)->z, zb = parity_scene_get_item (scene, ib)->z;

  /* Equal z keeps insertion order: g_array_sort_with_data is not stable, so compare it. */
  if (za != zb)
    return za < zb ? -1 : 1;
  return ia < ib ? -1 : ia > ib;
}

/* Whether @item lies wholly outside the clip (x0, y0)–(x1, y1): a rectangle or a text,
 * whose box is exact (with a line's height of margin for a text's ink, its stroke for a
 * rectangle's). A chart grown to hold 200 rows, painted one window or one page at a time,
 * skips the rest. */
static gboolean
clipped_out (const ParityItem *item,
             double            x0,
             double            y0,
             double            x1,
             double            y1)
{
  double m = item->kind == PARITY_ITEM_TEXT ? item->box.height : item->line_width;

  if (item->kind != PARITY_ITEM_RECT && item->kind != PARITY_ITEM_TEXT)
    return FALSE;
  return item->box.x + item->box.width + m < x0 || item->box.x - m > x1 ||
         item->box.y + item->box.height + m < y0 || item->box.y - m > y1;
}

/**
 * parity_scene_paint:
 * @scene: a laid-out scene
 * @cr: any cairo context, in points: scale it for pixels
 *
 * Paints the items in z order, ties in the order they were added; rectangles and texts
 * outside @cr's clip are skipped.
 */
void
parity_scene_paint (const ParityScene *scene,
                    cairo_t           *cr)
{
  guint n = parity_scene_get_n_items (scene);
  g_autoptr(GArray) order = g_array_sized_new (FALSE, FALSE, sizeof (guint), n);
  double x0, y0, x1, y1;

  g_return_if_fail (scene != NULL);
  g_return_if_fail (cr != NULL);

  for (guint i = 0; i < n; i++)
    g_array_append_val (order, i);
  g_array_sort_with_data (order, compare_z, (gpointer)scene);

  cairo_save (cr);
  cairo_clip_extents (cr, &x0, &y0, &x1, &y1);
  for (guint i = 0; i < n; i++)
    {
      const ParityItem *item = parity_scene_get_item (scene, g_array_index (order, guint, i));

      if (!clipped_out (item, x0, y0, x1, y1))
        paint_item (cr, item);
    }
  cairo_restore (cr);
}
