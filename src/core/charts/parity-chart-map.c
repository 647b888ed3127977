/* parity-chart-map.c: a choropleth — each economy of the map's extent in its class's colour
 *
 * Every feature of the boundary file is a place: an economy with a value (its class colour),
 * one without (hatched, counted in the notes), an area of disputed status (cross-hatched,
 * its outline dashed) or context outside the extent's group (plain grey). The extent's
 * equal-area projection is scaled to the plot above the key; rings are clipped to the map's
 * box and thinned to what the canvas can show. An economy too small to see (under
 * SMALL_AREA on the canvas, which an equal-area projection gives exactly from its area on
 * the sphere) is drawn as a circle in its class colour too, so that Tuvalu can be seen and
 * hovered. Mirroring for a right-to-left language moves the map, never flips it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "parity-chart-describe.h"
#include "parity-chart-map-private.h"
#include "parity-economies.h"
#include "parity-economy-names.h"
#include "parity-error.h"
#include "parity-label-placer.h"
#include "parity-number-format.h"
#include "parity-palette.h"

/* An economy smaller than this on the canvas is drawn as a circle too: 1 mm², a square
 * a millimetre a side, under which a shape is a speck a reader cannot find or point at. */
#define SMALL_AREA (PARITY_MAP_MM * PARITY_MAP_MM)
/* A label keeps off a place whose box is smaller than this, 5 mm by 5 mm, pt². */
#define SMALL_SHAPE (25 * PARITY_MAP_MM * PARITY_MAP_MM)
/* Up to this many economies without data are named in the notes; more are counted. */
#define MAX_NAMED_NO_DATA 6

const ParityColor parity_map_no_data_color = { 0.55, 0.55, 0.55, 1 };
const ParityColor parity_map_context_color = { 0.89, 0.89, 0.89, 1 };
const ParityColor parity_map_disputed_color = { 0.62, 0.62, 0.62, 1 };


static void
map_clear (ParityMap *map)
{
  g_clear_pointer (&map->boundaries, parity_boundaries_unref);
  g_clear_pointer (&map->places, g_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ParityMap, map_clear)

static gboolean
has_value (const ParityChartRow *row)
{
  return !isnan (row->value) && row->qualifier != PARITY_QUALIFIER_MISSING;
}

/* Whether some of @f is in the extent's box: a corner of its bounding box, or its centre
 * (a box that crosses the antimeridian has its west edge east of its east edge). */
static gboolean
on_map (const ParityMapExtent *extent,
        const ParityFeature   *f)
{
  double lon_max = f->lon_max < f->lon_min ? f->lon_max + 360 : f->lon_max;
  double lon_mid = (f->lon_min + lon_max) / 2, lat_mid = (f->lat_min + f->lat_max) / 2;

  if (lon_mid > 180)
    lon_mid -= 360;
  return parity_map_extent_contains (extent, lon_mid, lat_mid) ||
         parity_map_extent_contains (extent, f->lon_min, f->lat_min) ||
         parity_map_extent_contains (extent, f->lon_min, f->lat_max) ||
         parity_map_extent_contains (extent, f->lon_max, f->lat_min) ||
         parity_map_extent_contains (extent, f->lon_max, f->lat_max);
}

/* Select: a place for every feature, and the classes of the values. */
static gboolean
map_select (ParityMap  *map,
            GError    **error)
{
  ParityChartContext *ctx = map->ctx;
  const ParityMapExtent *extent;
  g_autoptr(GArray) rows = parity_chart_select_rows (ctx->dataset, ctx->spec);
  g_autoptr(GHashTable) by_code = g_hash_table_new (g_str_hash, g_str_equal);
  gboolean bundled = map->options->boundaries_file == NULL;

  extent = map->extent = map->options->extent != NULL ? map->options->extent
                                                       : parity_map_extent_lookup ("world");
  /* A map of the world in panels by region shows each panel's region. */
  if (extent->group == NULL && ctx->panel != NULL && ctx->panel->group != NULL &&
      parity_map_extent_lookup (ctx->panel->group) != NULL)
    extent = map->extent = parity_map_extent_lookup (ctx->panel->group);
  map->boundaries = _parity_map_boundaries (ctx, error);
  if (map->boundaries == NULL)
    return FALSE;
  for (guint i = 0; i < rows->len; i++)
    {
      ParityChartRow *row = &g_array_index (rows, ParityChartRow, i);

      g_hash_table_insert (by_code, parity_dataset_get_entity (ctx->dataset, row->entity)->id,
                           row);
    }
  map->places = g_array_new (FALSE, TRUE, sizeof (ParityPlace));
  for (guint i = 0; i < parity_boundaries_get_n_features (map->boundaries); i++)
    {
      ParityPlace place = { parity_boundaries_get_feature (map->boundaries, i) };
      const ParityEconomy *economy = parity_economies_lookup (place.feature->code);
      const ParityChartRow *row = g_hash_table_lookup (by_code, place.feature->code);
      gboolean in_group = extent->group == NULL ||
                          (economy != NULL && parity_economy_in_group (economy, extent->group));

      place.status = _parity_map_policy (place.feature, bundled, &place.dashed);
      place.has_row = row != NULL;
      place.klass = -1;
      if (row != NULL)
        place.row = *row;
      if (place.status == PARITY_PLACE_DISPUTED)
        map->disputed = TRUE;
      else if (!in_group || (economy == NULL && row == NULL) ||
               !on_map (extent, place.feature))
        place.status = PARITY_PLACE_CONTEXT;
      else if (row != NULL && has_value (row))
        {
          place.status = PARITY_PLACE_DATA;
          map->n_data++;
        }
      else
        map->n_no_data++;
      g_array_append_val (map->places, place);
    }
  if (map->n_data == 0)
    {
      g_set_error (error, PARITY_ERROR, PARITY_ERROR_EMPTY,
                   /* Translators: a chart's id. */
                   _("chart \"%s\": no economy on the map has a value; is the data by "
                     "economy, with ISO 3166 or M49 codes?"), ctx->spec->id);
      return FALSE;
    }
  return TRUE;
}

static gboolean
all_equal (const double *values,
           guint         n)
{
  for (guint i = 1; i < n; i++)
    if (values[i] != values[0])
      return FALSE;
  return TRUE;
}

/* Class each place with a value, and colour the classes: a sequential ramp light to dark,
 * or a diverging one whose pale middle is the class holding the midpoint. */
static gboolean
map_classify (ParityMap  *map,
              GError    **error)
{
  const ParityMapOptions *options = map->options;
  const ParityChartPanel *panel = map->ctx->panel;
  g_autofree double *values = NULL;
  g_autoptr(GError) local = NULL;
  const GArray *breaks = options->breaks;
  const char *ramp = options->ramp;
  guint n = 0;

  /* The panels of a chart in panels with shared axes share their classes too: computed
   * from every panel's values. */
  if (panel != NULL && panel->values != NULL && panel->values->len > 0)
    {
      values = g_memdup2 (panel->values->data, panel->values->len * sizeof (double));
      n = panel->values->len;
    }
  else
    {
      values = g_new (double, MAX (map->n_data, 1));
      for (guint i = 0; i < map->places->len; i++)
        {
          const ParityPlace *place = &g_array_index (map->places, ParityPlace, i);

          if (place->status == PARITY_PLACE_DATA)
            values[n++] = place->row.value;
        }
    }
  /* One value (one economy, or all alike) is one class, drawn in the ramp's middle. */
  if (breaks == NULL && all_equal (values, n))
    map->classes = (ParityClasses) { 1, { values[0], values[0] }, { n } };
  else if (!parity_classes_compute (options->method, values, n, options->n_classes,
                               breaks != NULL ? (const double *)breaks->data : NULL,
                               breaks != NULL ? breaks->len : 0, &map->classes, &local))
    {
      g_set_error (error, PARITY_ERROR, PARITY_ERROR_CONTENT, "chart \"%s\": %s",
                   map->ctx->spec->id, local->message);
      return FALSE;
    }
  for (guint i = 0; i < map->places->len; i++)
    {
      ParityPlace *place = &g_array_index (map->places, ParityPlace, i);

      if (place->status == PARITY_PLACE_DATA)
        place->klass = MAX (parity_classes_assign (&map->classes, place->row.value), 0);
    }
  if (ramp == NULL)
    ramp = isnan (options->midpoint) ? "blues" : "blue-orange";
  if (parity_ramp_get_kind (ramp) == PARITY_RAMP_DIVERGING && !isnan (options->midpoint))
    {
      guint below = 0, above = 0, side;
      ParityColor colors[2 * PARITY_CLASSES_MAX + 1];

      for (guint c = 0; c < map->classes.n; c++)
        {
          below += map->classes.breaks[c + 1] <= options->midpoint;
          above += map->classes.breaks[c] >= options->midpoint;
        }
      side = MAX (MAX (below, above), 1);
      parity_ramp_colors (ramp, 2 * side + 1, colors);
      for (guint c = 0; c < map->classes.n; c++)
        {
          int d = c < below ? -(int)(below - c) : c >= map->classes.n - above
                  ? (int)(c - (map->classes.n - above) + 1) : 0;

          map->colors[c] = colors[(int)side + d];
        }
    }
  else
    parity_ramp_colors (ramp, map->classes.n, map->colors);
  return TRUE;
}

static gboolean
in_box (const ParityRect  *box,
        const ParityPoint *p)
{
  return p->x >= box->x && p->x <= box->x + box->width && p->y >= box->y &&
         p->y <= box->y + box->height;
}

/* Draw: context first, then the economies without data, those with, the disputed areas and
 * the dashed outlines on top. */
static void
map_draw (ParityMap *map)
{
  ParityChartContext *ctx = map->ctx;
  static const ParityPlaceStatus order[] = { PARITY_PLACE_CONTEXT, PARITY_PLACE_NO_DATA,
                                             PARITY_PLACE_DATA, PARITY_PLACE_DISPUTED };

  for (guint o = 0; o < G_N_ELEMENTS (order); o++)
    for (guint i = 0; i < map->places->len; i++)
      {
        ParityPlace *place = &g_array_index (map->places, ParityPlace, i);
        ParityItem *item;

        if (place->status != order[o] || (item = _parity_map_draw_place (map, place)) == NULL)
          continue;
        place->shape = item;
        item->geographic = TRUE;
        switch (place->status)
          {
          case PARITY_PLACE_DATA:
            item->fill = map->colors[place->klass];
            parity_chart_set_datum (item, ctx, &place->row);
            place->circle = place->area < SMALL_AREA && in_box (&map->box, &place->centre);
            break;
          case PARITY_PLACE_NO_DATA:
            item->fill = parity_map_no_data_color;
            item->fill_style = PARITY_FILL_HATCH;
            if (place->has_row)
              parity_chart_set_datum (item, ctx, &place->row);
            break;
          case PARITY_PLACE_DISPUTED:
            item->fill = parity_map_disputed_color;
            item->fill_style = PARITY_FILL_CROSSHATCH;
            break;
          case PARITY_PLACE_CONTEXT:
          default:
            break;
          }
        if (place->dashed)
          {
            item->stroke = ctx->theme->text;
            item->line_width = 0.6;
            item->dash = 1.6;
            item->z = 1;
          }
        if (place->has_row && parity_chart_is_highlighted (ctx->spec, place->row.entity))
          {
            item->stroke = ctx->theme->text;
            item->line_width = 1.2;
            item->z = 2;
          }
      }
}

/* Circles for the economies too small to see, pushed apart where they would overlap (the
 * Lesser Antilles), each a little at a time and never far from where it is. */
static void
map_circles (ParityMap *map)
{
  ParityChartContext *ctx = map->ctx;
  g_autoptr(GPtrArray) small = g_ptr_array_new ();
  double gap = map->radius * 2 + 0.6;

  for (guint i = 0; i < map->places->len; i++)
    {
      ParityPlace *place = &g_array_index (map->places, ParityPlace, i);

      if (place->circle)
        g_ptr_array_add (small, place);
    }
  for (guint pass = 0; pass < 400; pass++)
    {
      gboolean moved = FALSE;

      for (guint i = 0; i < small->len; i++)
        for (guint j = i + 1; j < small->len; j++)
          {
            ParityPlace *a = small->pdata[i], *b = small->pdata[j];
            double dx = b->centre.x - a->centre.x, dy = b->centre.y - a->centre.y;
            double d = hypot (dx, dy), push;

            if (d >= gap)
              continue;
            if (d < 1e-6)
              dx = 1, dy = 0, d = 1;
            push = (gap - d) / 2 + 0.01;
            a->centre.x -= dx / d * push, a->centre.y -= dy / d * push;
            b->centre.x += dx / d * push, b->centre.y += dy / d * push;
            moved = TRUE;
          }
      if (!moved)
        break;
    }
  for (guint i = 0; i < small->len; i++)
    {
      ParityPlace *place = small->pdata[i];
      ParityItem *dot = parity_scene_add_marker (ctx->scene, PARITY_ROLE_MARK,
                                                 PARITY_MARKER_CIRCLE, place->centre.x,
                                                 place->centre.y, map->radius,
                                                 &map->colors[place->klass]);

      dot->stroke = ctx->theme->text;
      dot->line_width = 0.5;
      dot->geographic = TRUE;
      dot->z = 3;
      parity_chart_set_datum (dot, ctx, &place->row);
    }
}

/* Whether @rect covers a place other than @own that a label must not hide: a circle, or a
 * small country (a label may lie over a large one). */
static gboolean
covers_small_place (const ParityMap   *map,
                    const ParityPlace *own,
                    const ParityRect  *rect)
{
  for (guint i = 0; i < map->places->len; i++)
    {
      const ParityPlace *place = &g_array_index (map->places, ParityPlace, i);
      ParityRect dot = { place->centre.x - map->radius, place->centre.y - map->radius,
                         2 * map->radius, 2 * map->radius };

      if (place == own)
        continue;
      if (place->circle && parity_rect_intersects (rect, &dot))
        return TRUE;
      if (place->shape != NULL && place->status != PARITY_PLACE_CONTEXT &&
          place->shape->box.width * place->shape->box.height < SMALL_SHAPE &&
          parity_rect_intersects (rect, &place->shape->box))
        return TRUE;
    }
  return FALSE;
}

/* Labels: the highlighted economies named with their values, beside their place (right,
 * left, above, below) where no other label, small place or the key is; a name with no room is
 * left out and the notes say so. */
static void
map_labels (ParityMap        *map,
            const ParityRect *key)
{
  ParityChartContext *ctx = map->ctx;
  /* Labels may stand in the margins beside the map, never over its key, as far out on
   * either side as the narrower margin: mirrored for a right-to-left language, the map and
   * its labels trade sides with the key, and must keep off it and the canvas's edge. */
  double left = key->x + key->width <= map->box.x ? key->x + key->width + ctx->theme->body_size
                                                  : ctx->plot.x;
  double margin = MAX (0, MIN (map->box.x - left,
                               ctx->plot.x + ctx->plot.width - map->box.x - map->box.width));
  ParityRect bounds = { map->box.x - margin, ctx->plot.y, map->box.width + 2 * margin,
                        ctx->plot.height };
  g_autoptr(ParityLabelPlacer) placer = parity_label_placer_new (ctx, &bounds);
  PangoFontDescription *font = parity_theme_get_font (ctx->theme, PARITY_TEXT_SMALL,
                                                      PANGO_WEIGHT_BOLD);

  parity_label_placer_add_obstacle (placer, key);
  for (guint i = 0; i < map->places->len; i++)
    {
      const ParityPlace *place = &g_array_index (map->places, ParityPlace, i);
      g_autofree char *value = NULL, *text = NULL;
      g_autoptr(PangoLayout) layout = NULL;
      ParityItem *label = NULL, *backing;
      double w, h, r, x, y;

      if (place->status != PARITY_PLACE_DATA ||
          !parity_chart_is_highlighted (ctx->spec, place->row.entity) ||
          !in_box (&map->box, &place->centre))
        continue;
      value = parity_chart_format_row (ctx, &place->row);
      text = parity_chart_word_with2 (ctx->lang, PARITY_WORD_DESC_ITEM,
                                      parity_chart_entity_label (ctx, place->row.entity, TRUE),
                                      value);
      layout = parity_pango_layout_new (text, font);
      w = parity_pango_width (layout), h = parity_pango_height (layout);
      r = (place->circle ? map->radius : 0) + ctx->theme->body_size * 0.3;
      x = place->centre.x, y = place->centre.y;
      /* Beside the place first, then farther out in eight directions, joined to it by a
       * leader: the Pacific's islands are close together. */
      for (guint ring = 0; ring < 4 && label == NULL; ring++)
        for (guint a = 0; a < 8 && label == NULL; a++)
          {
            static const double dirs[8][2] = { { 1, 0 }, { -1, 0 }, { 0, -1 }, { 0, 1 },
                                               { 1, -1 }, { -1, -1 }, { 1, 1 }, { -1, 1 } };
            double d = r + ring * h * 1.2;
            double ax = x + dirs[a][0] * d - (dirs[a][0] < 0 ? w : dirs[a][0] == 0 ? w / 2 : 0);
            double ay = y + dirs[a][1] * d - (dirs[a][1] < 0 ? h : dirs[a][1] == 0 ? h / 2 : 0);
            ParityRect rect;

            if (ring == 0 && a >= 4)
              continue;
            rect = parity_pango_measure (layout, ax, ay);
            if (!parity_label_placer_fits (placer, &rect) || covers_small_place (map, place, &rect))
              continue;
            /* A pale backing keeps the name readable over a dark class. */
            backing = parity_scene_add_rect (ctx->scene, PARITY_ROLE_VALUE_LABEL,
                                             &(ParityRect) { rect.x - 1, rect.y,
                                                             rect.width + 2, rect.height },
                                             &(ParityColor) { ctx->theme->background.red,
                                                              ctx->theme->background.green,
                                                              ctx->theme->background.blue,
                                                              0.75 });
            label = parity_scene_add_text (ctx->scene, PARITY_ROLE_VALUE_LABEL, layout, ax, ay,
                                           &ctx->theme->text);
            /* Labels stay by their places when a right-to-left frame is mirrored. */
            backing->z = label->z = 4;
            backing->geographic = label->geographic = TRUE;
            parity_chart_set_datum (label, ctx, &place->row);
            parity_label_placer_add_obstacle (placer, &rect);
            if (ring > 0)
              {
                double lx = CLAMP (x, rect.x, rect.x + rect.width);
                double ly = CLAMP (y, rect.y, rect.y + rect.height);
                double len = hypot (lx - x, ly - y);
                double from = place->circle ? map->radius : 0;

                if (len > from)
                  {
                    ParityItem *leader = parity_scene_add_line (ctx->scene,
                                                                PARITY_ROLE_CONNECTOR,
                                                                x + (lx - x) * from / len,
                                                                y + (ly - y) * from / len,
                                                                lx, ly, &ctx->theme->text, 0.5);

                    leader->z = 4;
                    leader->geographic = TRUE;
                  }
              }
          }
      if (label == NULL)
        ctx->n_dropped++;
    }
  pango_font_description_free (font);
}

static int
compare_places (gconstpointer a,
                gconstpointer b)
{
  const ParityPlace *pa = *(const ParityPlace * const *)a, *pb = *(const ParityPlace * const *)b;

  if (pa->row.value != pb->row.value)
    return pa->row.value > pb->row.value ? -1 : 1;
  return g_strcmp0 (pa->feature->code, pb->feature->code);
}

static char *
named_value (ParityMap         *map,
             const ParityPlace *place)
{
  g_autofree char *value = parity_chart_format_row (map->ctx, &place->row);

  return parity_chart_word_with2 (map->ctx->lang, PARITY_WORD_DESC_ITEM,
                                  parity_chart_entity_label (map->ctx, place->row.entity, FALSE),
                                  value);
}

/* Describe: the highest and the lowest (how many lack data is in the notes, which the
 * description reads next); every value, highest first, into the data table. */
static void
describe (ParityMap *map)
{
  ParityChartContext *ctx = map->ctx;
  g_autoptr(GPtrArray) ranked = g_ptr_array_new ();
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *head = parity_describe (ctx, PARITY_WORD_DESC_MAP,
                                           parity_text_get (ctx->indicator->label, ctx->lang,
                                                            ctx->default_lang));
  g_autofree char *period = parity_describe_period (ctx, head);
  g_autofree char *highest = NULL, *lowest = NULL;

  for (guint i = 0; i < map->places->len; i++)
    {
      ParityPlace *place = &g_array_index (map->places, ParityPlace, i);

      if (place->status == PARITY_PLACE_DATA)
        g_ptr_array_add (ranked, place);
    }
  g_ptr_array_sort (ranked, compare_places);
  for (guint i = 0; i < ranked->len; i++)
    parity_describe_record (ctx, &((ParityPlace *)ranked->pdata[i])->row, NULL);
  highest = named_value (map, ranked->pdata[0]);
  g_ptr_array_add (items, parity_describe (ctx, PARITY_WORD_DESC_HIGHEST, highest));
  if (ranked->len > 1)
    {
      lowest = named_value (map, ranked->pdata[ranked->len - 1]);
      g_ptr_array_add (items, parity_describe (ctx, PARITY_WORD_DESC_LOWEST, lowest));
    }
  parity_describe_finish (ctx, period, items);
}

gboolean
_parity_map_layout (ParityChartContext  *ctx,
                    GError             **error)
{
  g_auto(ParityMap) map = { ctx, _parity_map_options (ctx->spec) };
  ParityRect area = ctx->plot, key;
  double gap = ctx->theme->body_size, x0, y0, x1, y1;
  gboolean column, draw_key;

  if (!map_select (&map, error) || !map_classify (&map, error))
    return FALSE;
  /* The key goes beside the map or under it, whichever leaves the map larger. */
  parity_map_extent_fit (map.extent, &x0, &y0, &x1, &y1);
  {
    ParityRect beside, under;
    double scale_beside, scale_under;

    _parity_map_legend (ctx, &ctx->plot, &map.classes, map.colors, map.n_no_data > 0,
                        map.disputed, TRUE, FALSE, &beside);
    _parity_map_legend (ctx, &ctx->plot, &map.classes, map.colors, map.n_no_data > 0,
                        map.disputed, FALSE, FALSE, &under);
    scale_beside = MIN ((area.width - beside.width - gap) / (x1 - x0), area.height / (y1 - y0));
    scale_under = MIN (area.width / (x1 - x0), (area.height - under.height - gap) / (y1 - y0));
    column = scale_beside > scale_under && beside.height <= area.height;
  }
  /* Panels that share their classes share one key, a row across the foot of the figure,
   * which the first panel draws; a panel with its own classes has its own key. */
  draw_key = ctx->panel == NULL || ctx->panel->values == NULL;
  key = (ParityRect) { ctx->plot.x, ctx->plot.y, 0, 0 };
  if (draw_key)
    _parity_map_legend (ctx, &ctx->plot, &map.classes, map.colors, map.n_no_data > 0,
                        map.disputed, column, TRUE, &key);
  else if (parity_chart_key_in_strip (ctx))
    {
      ParityRect strip;

      _parity_map_legend (ctx, &ctx->panel->key->area, &map.classes, map.colors,
                          map.n_no_data > 0, map.disputed, FALSE, TRUE, &strip);
      parity_chart_key_took (ctx, &strip);
    }
  if (draw_key && column)
    {
      area.x += key.width + gap;
      area.width -= key.width + gap;
    }
  else if (draw_key)
    area.height -= key.height + gap * 0.6;
  map.radius = MAX (0.75 * PARITY_MAP_MM, ctx->theme->body_size * 0.25);
  _parity_map_fit (&map, &area);
  parity_scene_set_map_box (ctx->scene, &map.box);
  parity_scene_set_boundaries (ctx->scene, parity_boundaries_get_name (map.boundaries));
  map_draw (&map);
  map_circles (&map);
  map_labels (&map, &key);
  describe (&map);
  return TRUE;
}

/* The economies on the map without data: named when they are few ("No data: Eritrea,
 * Libya, South Sudan"), else counted ("52 economies without data"), whether or not the
 * dataset has them. */
static char *
no_data_note (ParityMap *map)
{
  ParityChartContext *ctx = map->ctx;
  const char *separator = parity_chart_word (ctx->lang, PARITY_WORD_NAME_SEPARATOR);
  g_autoptr(GString) names = g_string_new (NULL);
  g_autofree char *n = NULL;

  if (map->n_no_data > MAX_NAMED_NO_DATA)
    {
      n = parity_format_number (map->n_no_data, 0, ctx->lang);
      return parity_chart_counted_with2 (ctx->lang, PARITY_COUNTED_NO_DATA_ECONOMIES,
                                         map->n_no_data, n, NULL);
    }
  for (guint i = 0; i < map->places->len; i++)
    {
      const ParityPlace *place = &g_array_index (map->places, ParityPlace, i);
      const char *name;

      if (place->status != PARITY_PLACE_NO_DATA)
        continue;
      name = place->has_row ? parity_chart_entity_label (ctx, place->row.entity, FALSE)
                            : parity_economy_name (place->feature->code, ctx->lang, FALSE);
      g_string_append_printf (names, "%s%s", names->len ? separator : "",
                              name != NULL ? name : place->feature->code);
    }
  return parity_chart_word_with (ctx->lang, PARITY_WORD_NO_DATA_NAMES, names->str);
}

/* The notes a map adds: its boundary policy, how many economies lack data, what the circles
 * are, and the disclaimer (the UN's, or the organisation's own wording). */
char *
_parity_map_notes (ParityChartContext *ctx)
{
  g_auto(ParityMap) map = { ctx, _parity_map_options (ctx->spec) };
  const ParityMapOptions *options = map.options;
  const char *end = parity_chart_word (ctx->lang, PARITY_WORD_SENTENCE_END);
  const char *gap = parity_chart_sentence_gap (ctx->lang);
  GString *notes = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  double x0, y0, x1, y1, scale;

  if (options->policy != NULL)
    g_string_append (notes, parity_text_get (options->policy, ctx->lang, ctx->default_lang));
  if (map_select (&map, &error))
    {
      parity_map_extent_fit (map.extent, &x0, &y0, &x1, &y1);
      /* The plot is not laid out yet: the canvas's width, less the margins, will do. */
      scale = MIN (parity_scene_get_width (ctx->scene) * 0.9 / (x1 - x0),
                   parity_scene_get_height (ctx->scene) * 0.6 / (y1 - y0));
      if (map.n_no_data > 0)
        {
          g_autofree char *sentence = no_data_note (&map);

          g_string_append_printf (notes, "%s%s%s", notes->len ? gap : "", sentence, end);
        }
      for (guint i = 0; i < map.places->len; i++)
        {
          const ParityPlace *place = &g_array_index (map.places, ParityPlace, i);

          if (place->status == PARITY_PLACE_DATA &&
              place->feature->area * scale * scale < SMALL_AREA)
            {
              g_string_append_printf (notes, "%s%s", notes->len ? gap : "",
                                      parity_chart_word (ctx->lang, PARITY_WORD_MAP_CIRCLES));
              break;
            }
        }
    }
  if (options->disclaimer)
    g_string_append_printf (notes, "%s%s", notes->len ? gap : "",
                            options->disclaimer_text != NULL
                            ? parity_text_get (options->disclaimer_text, ctx->lang,
                                               ctx->default_lang)
                            : parity_chart_word (ctx->lang, PARITY_WORD_MAP_DISCLAIMER));
  return g_string_free (notes, notes->len == 0);
}
