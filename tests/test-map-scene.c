/* test-map-scene.c: geometry of the map (a choropleth of the world or a region), asserted on
 * the scene
 *
 * kinds/map-test.json holds fourteen economies' Internet use in 2022 (written by
 * kinds/map-test.py from the bundled dataset); the bundled dataset's own maps are tried in
 * every language and preset.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "scene-test-util.h"
#include "parity-boundaries.h"
#include "parity-chart-words.h"
#include "parity-classes.h"
#include "parity-economies.h"
#include "parity-loader.h"
#include "parity-palette.h"
#include "parity-preset.h"
#include "parity-projection.h"

/* The report preset: 160 × 100 mm. */
#define REPORT_W PARITY_MM_TO_PT (160)
#define REPORT_H PARITY_MM_TO_PT (100)
/* A square millimetre, in pt². */
#define REPORT_MM2 (72 / 25.4 * 72 / 25.4)
#define ITEM(array, i) ((const ParityItem *)g_ptr_array_index ((array), (i)))

static ParityDataset *fixtures;
static const char * const langs[] = { "en", "fr", "es", "ru", "zh", "ar", NULL };

/* Where (lon, lat) is on the scene's map of @extent: the map's box is the extent's fitted
 * box, scaled alike both ways. */
static ParityPoint
on_map (ParityScene *scene,
        const char  *extent_id,
        double       lon,
        double       lat)
{
  const ParityMapExtent *extent = parity_map_extent_lookup (extent_id);
  ParityRect box = parity_scene_get_map_box (scene);
  double x0, y0, x1, y1, x, y, scale;

  g_assert_nonnull (extent);
  parity_map_extent_fit (extent, &x0, &y0, &x1, &y1);
  scale = box.width / (x1 - x0);
  g_assert_cmpfloat_with_epsilon (box.height, (y1 - y0) * scale, 1e-6);
  g_assert_true (parity_projection_forward (&extent->projection, lon, lat, &x, &y));
  return (ParityPoint) { box.x + (x - x0) * scale, box.y + (y1 - y) * scale };
}

static const char *
entity_at (ParityScene       *scene,
           ParityDataset     *dataset,
           const ParityPoint *p)
{
  int hit = parity_scene_hit_test (scene, p->x, p->y);

  if (hit < 0)
    return NULL;
  return parity_dataset_get_entity (dataset,
                                    parity_scene_get_item (scene, hit)->datum.entity)->id;
}

/* Known points land where they should: a capital is inside its country's shape, on the
 * world and on a region, in a left-to-right and a right-to-left chart alike. */
static void
test_known_points (void)
{
  static const struct { const char *code; double lon, lat; } capitals[] = {
    { "BRA", -47.88, -15.79 },  /* Brasília */
    { "JPN", 139.69, 35.69 },   /* Tokyo */
    { "KEN", 36.82, -1.29 },    /* Nairobi */
    { "FRA", 2.35, 48.86 },     /* Paris */
    { "NOR", 10.75, 59.91 },    /* Oslo */
    { "USA", -100.0, 40.0 },    /* Kansas */
    { "CHN", 104.0, 35.0 },
    { "NGA", 7.49, 9.06 },      /* Abuja */
    { "ZAF", 28.19, -25.75 },   /* Pretoria */
  };

  for (guint l = 0; l < 2; l++)
    {
      const char *lang = l == 0 ? "en" : "ar";
      /* A chart that names no economy: no label lies over a capital. */
      g_autoptr(ParityScene) world = scene_test_layout_in (fixtures, "world-diverging", lang,
                                                           REPORT_W,
                                                           REPORT_H);
      g_autoptr(ParityScene) africa = scene_test_layout_in (fixtures, "africa-equal", lang,
                                                            REPORT_W,
                                                            REPORT_H);
      ParityPoint paris = on_map (africa, "africa", 2.35, 48.86);
      ParityRect box = parity_scene_get_map_box (africa);

      for (guint i = 0; i < G_N_ELEMENTS (capitals); i++)
        {
          ParityPoint p = on_map (world, "world", capitals[i].lon, capitals[i].lat);

          if (g_strcmp0 (entity_at (world, fixtures, &p), capitals[i].code) != 0)
            g_error ("%s in %s: (%g, %g) is on %s, not %s", lang, "world", p.x, p.y,
                     entity_at (world, fixtures, &p), capitals[i].code);
        }
      for (guint i = 0; i < G_N_ELEMENTS (capitals); i++)
        if (g_strv_contains ((const char * const[]) { "KEN", "NGA", "ZAF", NULL },
                             capitals[i].code))
          {
            ParityPoint p = on_map (africa, "africa", capitals[i].lon, capitals[i].lat);

            g_assert_cmpstr (entity_at (africa, fixtures, &p), ==, capitals[i].code);
          }
      /* Paris is not on the map of Africa. */
      g_assert_true (paris.y < box.y || entity_at (africa, fixtures, &paris) == NULL);
    }
}

static GPtrArray *
shapes_of (ParityScene *scene)
{
  return scene_test_items (scene, PARITY_ROLE_MARK, PARITY_ITEM_SHAPE);
}

static const ParityItem *
shape_of (ParityScene   *scene,
          ParityDataset *dataset,
          const char    *code)
{
  g_autoptr(GPtrArray) shapes = shapes_of (scene);
  guint32 entity = parity_dataset_lookup_entity (dataset, code);

  for (guint i = 0; i < shapes->len; i++)
    if (ITEM (shapes, i)->has_datum && ITEM (shapes, i)->datum.entity == entity)
      return ITEM (shapes, i);
  return NULL;
}

/* Class assignment: with breaks 0, 25, 50, 75 and 100, Burundi (11.3) is in the first
 * class, Kenya (40.8) the second, Kiribati (54.4) the third, Iceland (99.9) the fourth; each
 * shape has its class's colour, the key's swatches are the ramp in order, and every break is
 * written under it. */
static void
test_classes (void)
{
  g_autoptr(ParityScene) scene = scene_test_layout (fixtures, "world-manual",
                                                    REPORT_W,
                                                    REPORT_H);
  static const struct { const char *code; guint klass; } expected[] = {
    { "BDI", 0 }, { "NGA", 1 }, { "KEN", 1 }, { "KIR", 2 }, { "STP", 2 }, { "ZAF", 2 },
    { "BRA", 3 }, { "ISL", 3 }, { "NOR", 3 },
  };
  g_autoptr(GPtrArray) key = scene_test_items (scene, PARITY_ROLE_LEGEND, PARITY_ITEM_RECT);
  g_autoptr(GPtrArray) words = scene_test_items (scene, PARITY_ROLE_LEGEND, PARITY_ITEM_TEXT);
  ParityColor colors[4];

  parity_ramp_colors ("blues", 4, colors);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      const ParityItem *shape = shape_of (scene, fixtures, expected[i].code);

      g_assert_nonnull (shape);
      g_assert_true (scene_test_same_color (&shape->fill, &colors[expected[i].klass]));
      g_assert_cmpint (shape->fill_style, ==, PARITY_FILL_SOLID);
    }
  /* Four class swatches, left to right, then the hatched one of no data. */
  g_assert_cmpuint (key->len, >=, 5);
  for (guint i = 0; i < 4; i++)
    {
      g_assert_true (scene_test_same_color (&ITEM (key, i)->fill, &colors[i]));
      if (i > 0)
        g_assert_cmpfloat (ITEM (key, i)->box.x, >, ITEM (key, i - 1)->box.x);
    }
  g_assert_cmpint (ITEM (key, 4)->fill_style, ==, PARITY_FILL_HATCH);
  for (guint i = 0; i < 5; i++)
    {
      static const char * const breaks[] = { "0%", "25%", "50%", "75%", "100%" };
      gboolean found = FALSE;

      for (guint w = 0; w < words->len; w++)
        found |= g_str_equal (ITEM (words, w)->text, breaks[i]);
      g_assert_true (found);
    }
}

/* A diverging ramp: the classes below the midpoint take one hue, those above the other. */
static void
test_diverging (void)
{
  g_autoptr(ParityScene) scene = scene_test_layout (fixtures, "world-diverging",
                                                    REPORT_W,
                                                    REPORT_H);
  const ParityItem *low = shape_of (scene, fixtures, "BDI");
  const ParityItem *high = shape_of (scene, fixtures, "ISL");
  ParityColor colors[5];

  parity_ramp_colors ("blue-orange", 5, colors);
  g_assert_true (scene_test_same_color (&low->fill, &colors[0]));
  g_assert_true (scene_test_same_color (&high->fill, &colors[4]));
}

/* Every economy visible: Tuvalu, Kiribati and São Tomé are drawn as circles in their class
 * colour, on their islands, at the report preset; large economies are not. */
static void
test_small_states (void)
{
  g_autoptr(ParityScene) scene = scene_test_layout (fixtures, "world-manual",
                                                    REPORT_W,
                                                    REPORT_H);
  g_autoptr(GPtrArray) dots = scene_test_items (scene, PARITY_ROLE_MARK, PARITY_ITEM_MARKER);
  static const struct { const char *code; double lon, lat; } small[] = {
    /* Kiribati's circle is on its largest atoll, Kiritimati, not on Tarawa. */
    { "TUV", 179.2, -8.5 }, { "KIR", -157.4, 1.9 }, { "STP", 6.6, 0.3 },
  };

  for (guint s = 0; s < G_N_ELEMENTS (small); s++)
    {
      guint32 entity = parity_dataset_lookup_entity (fixtures, small[s].code);
      const ParityItem *shape = shape_of (scene, fixtures, small[s].code);
      gboolean found = FALSE;

      g_assert_nonnull (shape);
      for (guint i = 0; i < dots->len; i++)
        {
          const ParityItem *dot = ITEM (dots, i);

          if (dot->datum.entity != entity)
            continue;
          found = TRUE;
          /* At least 1.5 mm across, in the colour of the shape, and hovered there. */
          g_assert_cmpfloat (dot->r1 * 2, >=, 1.5 * 72 / 25.4 - 1e-6);
          g_assert_true (scene_test_same_color (&dot->fill, &shape->fill));
          g_assert_cmpint (parity_scene_hit_test (scene, dot->cx, dot->cy), >=, 0);
          g_assert_cmpuint (parity_scene_get_item (scene, parity_scene_hit_test (scene, dot->cx,
                                                                                dot->cy))->datum.entity,
                            ==, entity);
          /* On its islands, give or take the push that keeps circles apart. */
          {
            ParityPoint at = on_map (scene, "world", small[s].lon, small[s].lat);

            g_assert_cmpfloat (hypot (dot->cx - at.x, dot->cy - at.y), <, dot->r1 * 3);
          }
        }
      g_assert_true (found);
    }
  /* Economies larger than a square millimetre on the map are not circled. */
  for (guint i = 0; i < dots->len; i++)
    {
      const char *code = parity_dataset_get_entity (fixtures, ITEM (dots, i)->datum.entity)->id;

      g_assert_false (g_strv_contains ((const char * const[]) { "BRA", "USA", "CHN", "FRA",
                                                                 "NOR", "KEN", "NGA", "ZAF",
                                                                 "JPN", "ISL", NULL }, code));
    }
}

/* No data is hatched, never a colour of the scale, and counted in the notes and the
 * description; disputed areas are cross-hatched with dashed outlines; the disclaimer is
 * the last of the notes. */
static void
test_no_data_and_disputed (void)
{
  g_autoptr(ParityScene) scene = scene_test_layout (fixtures, "world-manual",
                                                    REPORT_W,
                                                    REPORT_H);
  g_autoptr(GPtrArray) shapes = shapes_of (scene);
  g_autoptr(GPtrArray) notes = scene_test_items (scene, PARITY_ROLE_NOTES, PARITY_ITEM_TEXT);
  g_autoptr(ParityBoundaries) boundaries = parity_boundaries_get_default (NULL);
  g_autofree char *count = NULL;
  guint hatched = 0, crossed = 0, dashed = 0, economies = 0;

  for (guint i = 0; i < shapes->len; i++)
    {
      hatched += ITEM (shapes, i)->fill_style == PARITY_FILL_HATCH;
      crossed += ITEM (shapes, i)->fill_style == PARITY_FILL_CROSSHATCH;
      dashed += ITEM (shapes, i)->dash > 0;
    }
  /* Every feature that is an economy of the classification, less the fourteen with data,
   * and those the world's latitudes leave out (Antarctica, the southern islands). */
  for (guint i = 0; i < parity_boundaries_get_n_features (boundaries); i++)
    {
      const ParityFeature *f = parity_boundaries_get_feature (boundaries, i);

      if (parity_economies_lookup (f->code) != NULL && f->lat_max > -56 &&
          parity_dataset_lookup_entity (fixtures, f->code) == PARITY_INDEX_NONE)
        economies++;
    }
  g_assert_cmpuint (hatched, ==, economies);
  g_assert_cmpuint (crossed, ==, 3);    /* Somaliland, Northern Cyprus, Siachen */
  g_assert_cmpuint (dashed, ==, 5);     /* … and Kosovo and Western Sahara */
  g_assert_cmpuint (notes->len, ==, 1);
  count = g_strdup_printf ("%u economies without data.", economies);
  if (strstr (ITEM (notes, 0)->text, count) == NULL)
    g_error ("the notes \"%s\" do not say \"%s\"", ITEM (notes, 0)->text, count);
  g_assert_nonnull (strstr (parity_scene_get_description (scene), count));
  g_assert_true (g_str_has_suffix (ITEM (notes, 0)->text,
                                   parity_chart_word ("en", PARITY_WORD_MAP_DISCLAIMER)));
  g_assert_nonnull (strstr (parity_scene_get_description (scene),
                            parity_chart_word ("en", PARITY_WORD_MAP_DISCLAIMER)));
}

/* The disclaimer in the chart's language, in each of the six, and the organisation's own
 * words in its place where the chart gives them. */
static void
test_disclaimer (void)
{
  const char *english = parity_chart_word ("en", PARITY_WORD_MAP_DISCLAIMER);

  for (guint l = 0; langs[l] != NULL; l++)
    {
      g_autoptr(ParityScene) scene = scene_test_layout_in (fixtures, "world-manual", langs[l],
                                                           REPORT_W,
                                                           REPORT_H);
      const char *disclaimer = parity_chart_word (langs[l], PARITY_WORD_MAP_DISCLAIMER);

      if (l > 0)
        g_assert_cmpstr (disclaimer, !=, english);
      g_assert_nonnull (strstr (parity_scene_get_description (scene), disclaimer));
    }
  {
    g_autoptr(ParityScene) scene = scene_test_layout (fixtures, "world-own-words",
                                                      REPORT_W,
                                                      REPORT_H);

    g_assert_nonnull (strstr (parity_scene_get_description (scene), "Example Organisation"));
    g_assert_null (strstr (parity_scene_get_description (scene), english));
  }
}

/* In Arabic the frame is mirrored and the map is not: Japan stays east of Brazil, and the
 * key moves to the other side. */
static void
test_rtl_keeps_geography (void)
{
  g_autoptr(ParityScene) en = scene_test_layout_in (fixtures, "world-manual", "en",
                                                    REPORT_W,
                                                    REPORT_H);
  g_autoptr(ParityScene) ar = scene_test_layout_in (fixtures, "world-manual", "ar",
                                                    REPORT_W,
                                                    REPORT_H);

  for (guint s = 0; s < 2; s++)
    {
      ParityScene *scene = s == 0 ? en : ar;

      g_assert_cmpfloat (shape_of (scene, fixtures, "JPN")->box.x, >,
                         shape_of (scene, fixtures, "BRA")->box.x);
    }
  {
    g_autoptr(GPtrArray) key_en = scene_test_items (en, PARITY_ROLE_LEGEND, PARITY_ITEM_RECT);
    g_autoptr(GPtrArray) key_ar = scene_test_items (ar, PARITY_ROLE_LEGEND, PARITY_ITEM_RECT);

    g_assert_cmpfloat (ITEM (key_ar, 0)->box.x, >, ITEM (key_en, 0)->box.x);
  }
}

/* The data table holds every value drawn, highest first; the description names the
 * highest and the lowest. */
static void
test_description (void)
{
  g_autoptr(ParityScene) scene = scene_test_layout (fixtures, "world-manual",
                                                    REPORT_W,
                                                    REPORT_H);
  const char *description = parity_scene_get_description (scene);

  g_assert_cmpuint (parity_scene_get_n_table_rows (scene), ==, 14);
  for (guint i = 1; i < parity_scene_get_n_table_rows (scene); i++)
    g_assert_cmpfloat (parity_scene_get_table_row (scene, i - 1, NULL)->value, >=,
                       parity_scene_get_table_row (scene, i, NULL)->value);
  g_assert_nonnull (strstr (description, "highest: Iceland 99.9%"));
  g_assert_nonnull (strstr (description, "lowest: Burundi 11.3%"));
  /* Qualifiers stay with their values: Norway's "more than 95" in the table and under the
   * pointer, Kenya's estimate keyed in the notes. */
  for (guint i = 0; i < parity_scene_get_n_table_rows (scene); i++)
    {
      const ParityDatum *row = parity_scene_get_table_row (scene, i, NULL);

      if (row->entity == parity_dataset_lookup_entity (fixtures, "NOR"))
        g_assert_cmpint (row->qualifier, ==, PARITY_QUALIFIER_GREATER_THAN);
    }
  g_assert_cmpint (shape_of (scene, fixtures, "NOR")->datum.qualifier, ==,
                   PARITY_QUALIFIER_GREATER_THAN);
  g_assert_cmpint (shape_of (scene, fixtures, "KEN")->datum.qualifier, ==,
                   PARITY_QUALIFIER_ESTIMATE);
  g_assert_nonnull (strstr (description, parity_chart_word ("en", PARITY_WORD_ESTIMATE_KEY)));
}

/* Whether some point of @box hits an item of @entity: a grid of 9 × 9 points. */
static gboolean
hovered_in (ParityScene      *scene,
            const ParityRect *box,
            guint32           entity)
{
  for (guint i = 0; i <= 8; i++)
    for (guint j = 0; j <= 8; j++)
      {
        int hit = parity_scene_hit_test (scene, box->x + box->width * i / 8,
                                         box->y + box->height * j / 8);

        if (hit >= 0 && parity_scene_get_item (scene, hit)->datum.entity == entity)
          return TRUE;
      }
  return FALSE;
}

/* Whether a point of @item hits it or another item of its entity: for a shape, a point of
 * the box of one of its rings (Fiji's islands lie on both edges of the world). */
static gboolean
hovered (ParityScene      *scene,
         const ParityItem *item,
         guint32           entity)
{
  guint start = 0;

  if (item->kind != PARITY_ITEM_SHAPE)
    return hovered_in (scene, &item->box, entity);
  for (guint r = 0; r < item->ring_ends->len; r++)
    {
      guint end = g_array_index (item->ring_ends, guint, r);
      double x0 = G_MAXDOUBLE, y0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y1 = -G_MAXDOUBLE;

      for (guint i = start; i < end; i++)
        {
          const ParityPoint *p = &g_array_index (item->points, ParityPoint, i);

          x0 = MIN (x0, p->x), y0 = MIN (y0, p->y);
          x1 = MAX (x1, p->x), y1 = MAX (y1, p->y);
        }
      if (hovered_in (scene, &(ParityRect) { x0, y0, x1 - x0, y1 - y0 }, entity))
        return TRUE;
      start = end;
    }
  return FALSE;
}

/* Every LDC and small island developing state with data can be seen and hovered on the
 * bundled world map at every preset: its shape is a square millimetre or more, or it has a
 * circle; and a point of it answers a hover with its value. */
static void
test_every_ldc_and_sids (void)
{
  g_autoptr(ParityDataset) dataset = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "datasets",
                                                 "internet-use-by-economy.json", NULL);
  ParityClassification *classification = scene_test_classification ();
  const ParityPreset *presets;
  guint n_presets, checked = 0;

  dataset = parity_dataset_load_file (path, NULL);
  g_assert_nonnull (dataset);
  presets = parity_preset_get_all (&n_presets);
  for (guint p = 0; p < n_presets; p++)
    {
      g_autoptr(ParityScene) scene = scene_test_layout (dataset, "internet-use-world-map",
                                                        presets[p].width, presets[p].height);

      for (guint r = 0; r < parity_scene_get_n_table_rows (scene); r++)
        {
          guint32 entity = parity_scene_get_table_row (scene, r, NULL)->entity;
          const char *code = parity_dataset_get_entity (dataset, entity)->id;
          const ParityEconomy *economy = parity_classification_lookup (classification, code);
          gboolean seen = FALSE, hover = FALSE;

          if (economy == NULL || (!parity_economy_in_group (economy, "ldc") &&
                                  !parity_economy_in_group (economy, "sids")))
            continue;
          for (guint i = 0; i < parity_scene_get_n_items (scene); i++)
            {
              const ParityItem *item = parity_scene_get_item (scene, i);

              if (!item->has_datum || item->datum.entity != entity ||
                  item->role != PARITY_ROLE_MARK)
                continue;
              seen |= item->kind == PARITY_ITEM_MARKER ||
                      item->box.width * item->box.height >= REPORT_MM2;
              hover |= hovered (scene, item, entity);
            }
          if (!seen || !hover)
            {
              for (guint i = 0; i < parity_scene_get_n_items (scene); i++)
                {
                  const ParityItem *item = parity_scene_get_item (scene, i);
                  int hit;

                  if (!item->has_datum || item->datum.entity != entity)
                    continue;
                  hit = parity_scene_hit_test (scene, item->box.x + item->box.width / 2,
                                               item->box.y + item->box.height / 2);
                  g_test_message ("item kind %d role %d box %g,%g %g×%g; centre hits %s (kind %d)",
                                  item->kind, item->role, item->box.x, item->box.y,
                                  item->box.width, item->box.height,
                                  hit < 0 ? "nothing" : parity_dataset_get_entity (
                                    dataset, parity_scene_get_item (scene, hit)->datum.entity)->id,
                                  hit < 0 ? -1 : (int)parity_scene_get_item (scene, hit)->kind);
                }
              g_error ("%s at %s: %s is %s", code, presets[p].name,
                       seen ? "seen" : "not seen", hover ? "hovered" : "not hovered");
            }
          checked++;
        }
    }
  /* The 44 LDCs and the SIDS with data, at each preset. */
  g_assert_cmpuint (checked, >=, n_presets * 60);
}

static const char *
covers_circle (const ParityItem *text,
               const ParityItem *other)
{
  return other->kind == PARITY_ITEM_MARKER && other->role == PARITY_ROLE_MARK ? "a circle" : NULL;
}

/* No label overlaps another, leaves the canvas or covers a small state's circle: the
 * bundled maps in every language at every preset. */
static void
test_bundled_maps (gconstpointer data)
{
  const SceneTestCase *test = data;
  const ParityChartSpec *spec = NULL;
  const ParityPreset *presets;
  guint n_presets;

  for (guint c = 0; c < parity_dataset_get_n_charts (test->dataset); c++)
    if (g_str_equal (parity_dataset_get_chart (test->dataset, c)->id, test->chart))
      spec = parity_dataset_get_chart (test->dataset, c);
  if (!g_str_equal (spec->kind, "map"))
    return;
  presets = parity_preset_get_all (&n_presets);
  for (guint p = 0; p < n_presets; p++)
    {
      const ParityPreset *preset = &presets[p];
      g_autofree char *where = g_strdup_printf ("%s in %s at %s", test->chart, test->lang,
                                                preset->name);
      g_autoptr(ParityScene) scene = scene_test_layout_in (test->dataset, test->chart,
                                                           test->lang, preset->width,
                                                           preset->height);
      g_autoptr(GPtrArray) labels = scene_test_items (scene, PARITY_ROLE_VALUE_LABEL,
                                                      PARITY_ITEM_TEXT);

      scene_test_assert_labels_fit (scene, where, covers_circle);
      g_assert_nonnull (strstr (parity_scene_get_description (scene),
                                parity_chart_word (test->lang, PARITY_WORD_MAP_DISCLAIMER)));
      /* The economies the chart names are named on it, or the notes say some are not. */
      if (labels->len < spec->highlight->len)
        {
          g_autoptr(GPtrArray) notes = scene_test_items (scene, PARITY_ROLE_NOTES,
                                                         PARITY_ITEM_TEXT);

          g_assert_nonnull (strstr (ITEM (notes, 0)->text,
                                    parity_chart_word (test->lang,
                                                       PARITY_WORD_LABELS_DROPPED)));
        }
    }
}

static const SceneTestErrorCase chart_errors[] = {
  { "\"kind\": \"map\", \"period\": \"2019\", \"extent\": \"mars\"",
    "a map shows one of: world, africa" },
  { "\"kind\": \"map\", \"period\": \"2019\", \"classes\": \"jenks\"",
    "classes are \"quantile\", \"equal\", \"log\" or \"manual\"" },
  { "\"kind\": \"map\", \"period\": \"2019\", \"classes\": \"manual\"",
    "manual classes need \"breaks\"" },
  { "\"kind\": \"map\", \"period\": \"2019\", \"breaks\": [0, 50, 40]",
    "$.charts[0].breaks[2]: each break must be above the one before" },
  { "\"kind\": \"map\", \"period\": \"2019\", \"breaks\": [0, \"50\"]",
    "$.charts[0].breaks[1]: expected a number" },
  { "\"kind\": \"map\", \"period\": \"2019\", \"ramp\": \"rainbow\"",
    "the ramps are: blues" },
  { "\"kind\": \"map\", \"period\": \"2019\", \"ramp\": \"blue-orange\"",
    "a diverging ramp needs the \"midpoint\"" },
  { "\"kind\": \"map\", \"period\": \"2019\", \"boundaries\": { \"file\": \"../etc/x.json\" }",
    "$.charts[0].boundaries.file: a boundary file is named without a folder" },
  { "\"kind\": \"map\", \"period\": \"2019\", \"boundaries\": { \"file\": \".hidden\" }",
    "a boundary file is named without a folder" },
  { "\"kind\": \"map\", \"period\": \"2019\", \"boundaries\": { \"url\": \"x\" }",
    "url" },
  { "\"kind\": \"map\"", "a map chart needs a \"period\"" },
};

static void
test_errors (void)
{
  scene_test_assert_chart_errors ("", chart_errors, G_N_ELEMENTS (chart_errors));
}

/* A user's own boundary file beside the dataset: its features drawn, its policy stated. */
static void
test_own_boundaries (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("parity-map-XXXXXX", &error);
  g_autofree char *geo = g_build_filename (dir, "cleared.geojson", NULL);
  g_autofree char *data = g_build_filename (dir, "data.json", NULL);
  g_autoptr(ParityDataset) dataset = NULL;
  g_autoptr(ParityScene) scene = NULL;
  g_autoptr(GPtrArray) shapes = NULL;
  const char *geojson =
    "{\"type\": \"FeatureCollection\", \"features\": ["
    "{\"type\": \"Feature\", \"properties\": {\"ISO_A3\": \"KEN\"}, \"geometry\": "
    "{\"type\": \"Polygon\", \"coordinates\": [[[34, -4], [42, -4], [42, 5], [34, 5], [34, -4]]]}},"
    "{\"type\": \"Feature\", \"properties\": {\"ISO_A3\": \"TZA\"}, \"geometry\": "
    "{\"type\": \"Polygon\", \"coordinates\": [[[30, -11], [40, -11], [40, -4], [30, -4], [30, -11]]]}}]}";
  const char *json =
    "{ \"format\": \"parity-dataset\", \"version\": 1, \"default_language\": \"en\","
    "  \"title\": \"t\", \"sources\": [], \"entities\": [ {\"id\": \"KEN\", \"label\": \"Kenya\"} ],"
    "  \"indicators\": [ {\"id\": \"p\", \"label\": \"P\", \"unit\": {\"kind\": \"percent\"},"
    "    \"observations\": [ {\"entity\": \"KEN\", \"period\": \"2022\", \"value\": 41} ] } ],"
    "  \"charts\": [ {\"id\": \"c\", \"title\": \"T\", \"indicator\": \"p\", "
    "    \"kind\": \"map\", \"period\": \"2022\", \"extent\": \"africa\", "
    "    \"boundaries\": { \"file\": \"cleared.geojson\", \"policy\": \"Cleared by the "
    "Example Organisation, 2026.\" } } ] }";

  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (geo, geojson, -1, NULL));
  g_assert_true (g_file_set_contents (data, json, -1, NULL));
  dataset = parity_dataset_load_file (data, &error);
  g_assert_no_error (error);
  scene = scene_test_layout (dataset, "c", REPORT_W, REPORT_H);
  shapes = shapes_of (scene);
  g_assert_cmpuint (shapes->len, ==, 2);
  g_assert_nonnull (strstr (parity_scene_get_description (scene), "Cleared by the Example"));
  g_unlink (geo);
  g_unlink (data);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) datasets = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) cases = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  fixtures = scene_test_load_kinds_fixture ("map-test.json");
  g_test_add_func ("/map/known-points", test_known_points);
  g_test_add_func ("/map/classes", test_classes);
  g_test_add_func ("/map/diverging", test_diverging);
  g_test_add_func ("/map/small-states", test_small_states);
  g_test_add_func ("/map/no-data-and-disputed", test_no_data_and_disputed);
  g_test_add_func ("/map/disclaimer", test_disclaimer);
  g_test_add_func ("/map/rtl", test_rtl_keeps_geography);
  g_test_add_func ("/map/description", test_description);
  g_test_add_func ("/map/every-ldc-and-sids", test_every_ldc_and_sids);
  g_test_add_func ("/map/errors", test_errors);
  g_test_add_func ("/map/own-boundaries", test_own_boundaries);
  cases = scene_test_add_bundled_cases ("/map/bundled", langs, test_bundled_maps, datasets);
  status = g_test_run ();
  g_object_unref (fixtures);
  return status;
}
