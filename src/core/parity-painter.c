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
paint_item (cairo_t          *cr,
            const ParityItem *item)
{
  switch (item->kind)
    {
    case PARITY_ITEM_RECT:
      set_color (cr, &item->fill);
      cairo_rectangle (cr, item->box.x, item->box.y, item->box.width, item->box.height);
      cairo_fill (cr);
      break;

    case PARITY_ITEM_LINE:
      set_color (cr, &item->stroke);
      cairo_set_line_width (cr, item->line_width);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
      if (item->dash > 0)
        {
          double dashes[] = { item->dash, item->dash * 0.6 };

          cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
        }
      cairo_move_to (cr, item->x1, item->y1);
      cairo_line_to (cr, item->x2, item->y2);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
      break;

    case PARITY_ITEM_TEXT:
      set_color (cr, &item->fill);
      cairo_move_to (cr, item->x1, item->y1);
      pango_cairo_show_layout (cr, item->layout);
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

/**
 * parity_scene_paint:
 * @scene: a laid-out scene
 * @cr: any cairo context, in points: scale it for pixels
 *
 * Paints the items in z order, ties in the order they were added.
 */
void
parity_scene_paint (const ParityScene *scene,
                    cairo_t           *cr)
{
  guint n = parity_scene_get_n_items (scene);
  g_autoptr(GArray) order = g_array_sized_new (FALSE, FALSE, sizeof (guint), n);

  g_return_if_fail (scene != NULL);
  g_return_if_fail (cr != NULL);

  for (guint i = 0; i < n; i++)
    g_array_append_val (order, i);
  g_array_sort_with_data (order, compare_z, (gpointer)scene);

  cairo_save (cr);
  for (guint i = 0; i < n; i++)
    paint_item (cr, parity_scene_get_item (scene, g_array_index (order, guint, i)));
  cairo_restore (cr);
}
