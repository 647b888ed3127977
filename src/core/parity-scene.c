/* parity-scene.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include <math.h>

#include "parity-scene.h"

struct _ParityScene
{
  gatomicrefcount ref_count;
  double          width;
  double          height;
  GArray         *items;
  char           *description;
};

static void
item_clear (gpointer data)
{
  ParityItem *item = data;

  g_free (item->text);
  g_clear_object (&item->layout);
}

/**
 * parity_scene_new:
 * @width: the canvas width in points
 * @height: the canvas height in points
 *
 * Returns: (transfer full): an empty scene
 */
ParityScene *
parity_scene_new (double width,
                  double height)
{
  ParityScene *scene = g_new0 (ParityScene, 1);

  g_atomic_ref_count_init (&scene->ref_count);
  scene->width = width;
  scene->height = height;
  scene->items = g_array_new (FALSE, TRUE, sizeof (ParityItem));
  g_array_set_clear_func (scene->items, item_clear);
  return scene;
}

ParityScene *
parity_scene_ref (ParityScene *scene)
{
  g_return_val_if_fail (scene != NULL, NULL);
  g_atomic_ref_count_inc (&scene->ref_count);
  return scene;
}

void
parity_scene_unref (ParityScene *scene)
{
  g_return_if_fail (scene != NULL);
  if (!g_atomic_ref_count_dec (&scene->ref_count))
    return;
  g_array_unref (scene->items);
  g_free (scene->description);
  g_free (scene);
}

double
parity_scene_get_width (const ParityScene *scene)
{
  return scene->width;
}

double
parity_scene_get_height (const ParityScene *scene)
{
  return scene->height;
}

guint
parity_scene_get_n_items (const ParityScene *scene)
{
  return scene->items->len;
}

const ParityItem *
parity_scene_get_item (const ParityScene *scene,
                       guint              i)
{
  g_return_val_if_fail (i < scene->items->len, NULL);
  return &g_array_index (scene->items, ParityItem, i);
}

const char *
parity_scene_get_description (const ParityScene *scene)
{
  return scene->description;
}

void
parity_scene_set_description (ParityScene *scene,
                              const char  *description)
{
  g_free (scene->description);
  scene->description = g_strdup (description);
}

/* The topmost item with a datum under (x, y), or -1: what a tooltip or click refers to. */
int
parity_scene_hit_test (const ParityScene *scene,
                       double             x,
                       double             y)
{
  int best = -1;

  for (guint i = 0; i < scene->items->len; i++)
    {
      const ParityItem *item = &g_array_index (scene->items, ParityItem, i);

      if (!item->has_datum)
        continue;
      if (x >= item->box.x && x <= item->box.x + item->box.width &&
          y >= item->box.y && y <= item->box.y + item->box.height &&
          (best < 0 || item->z >= g_array_index (scene->items, ParityItem, best).z))
        best = i;
    }
  return best;
}

static ParityItem *
append (ParityScene    *scene,
        ParityItemKind  kind,
        ParityRole      role)
{
  ParityItem *item;

  g_array_set_size (scene->items, scene->items->len + 1);
  item = &g_array_index (scene->items, ParityItem, scene->items->len - 1);
  item->kind = kind;
  item->role = role;
  return item;
}

ParityItem *
parity_scene_add_rect (ParityScene       *scene,
                       ParityRole         role,
                       const ParityRect  *rect,
                       const ParityColor *fill)
{
  ParityItem *item = append (scene, PARITY_ITEM_RECT, role);

  item->box = *rect;
  item->fill = *fill;
  return item;
}

ParityItem *
parity_scene_add_line (ParityScene       *scene,
                       ParityRole         role,
                       double             x1,
                       double             y1,
                       double             x2,
                       double             y2,
                       const ParityColor *stroke,
                       double             line_width)
{
  ParityItem *item = append (scene, PARITY_ITEM_LINE, role);

  item->x1 = x1;
  item->y1 = y1;
  item->x2 = x2;
  item->y2 = y2;
  item->box = (ParityRect) { MIN (x1, x2), MIN (y1, y2), fabs (x2 - x1), fabs (y2 - y1) };
  item->stroke = *stroke;
  item->line_width = line_width;
  item->z = 1;
  return item;
}

/**
 * parity_scene_add_text:
 * @layout: (transfer none): a layout made on the shared context (parity_pango_context_get())
 * @x: left edge of the layout's logical rectangle
 * @y: top edge of the layout's logical rectangle
 *
 * Returns: (transfer none): the new item
 */
ParityItem *
parity_scene_add_text (ParityScene       *scene,
                       ParityRole         role,
                       PangoLayout       *layout,
                       double             x,
                       double             y,
                       const ParityColor *color)
{
  ParityItem *item = append (scene, PARITY_ITEM_TEXT, role);
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  item->layout = g_object_ref (layout);
  item->text = g_strdup (pango_layout_get_text (layout));
  /* The logical rectangle may start left of the layout origin (right-aligned or RTL text). */
  item->box = (ParityRect) {
    x + (double)logical.x / PANGO_SCALE,
    y + (double)logical.y / PANGO_SCALE,
    (double)logical.width / PANGO_SCALE,
    (double)logical.height / PANGO_SCALE,
  };
  item->x1 = x;
  item->y1 = y;
  item->fill = *color;
  item->z = 2;
  return item;
}

gboolean
parity_rect_intersects (const ParityRect *a,
                        const ParityRect *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width &&
         a->y < b->y + b->height && b->y < a->y + a->height;
}

gboolean
parity_rect_contains_rect (const ParityRect *outer,
                           const ParityRect *inner)
{
  const double eps = 1e-6;

  return inner->x >= outer->x - eps && inner->y >= outer->y - eps &&
         inner->x + inner->width <= outer->x + outer->width + eps &&
         inner->y + inner->height <= outer->y + outer->height + eps;
}
