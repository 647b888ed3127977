/* test-bar-multi-scene.c: vertical, grouped and stacked bars, asserted on the scene
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>
#include <string.h>

#include "scene-test-util.h"
#include "parity-error.h"
#include "parity-layout.h"
#include "parity-loader.h"
#include "parity-preset.h"

static ParityDataset *bundled;
static ParityDataset *invented;

#define SERIES3 \
  "\"series\": [ {\"label\": \"2G\", \"breakdown\": {\"tech\": \"2G\"}}," \
  "              {\"label\": \"3G\", \"breakdown\": {\"tech\": \"3G\"}}," \
  "              {\"label\": \"4G\", \"breakdown\": {\"tech\": \"4G\"}} ]"
#define OBS(e, t, v) \
  "{\"entity\": \"" e "\", \"period\": \"2019\", \"breakdown\": {\"tech\": \"" t "\"}, " v "}"

/* Alpha's 4G is a lower bound, Beta's 3G an estimate and its 4G a forecast, Gamma has no
 * 3G, Delta's 4G is an upper bound; W is the reference. */
static const char invented_json[] =
  "{ \"format\": \"parity-dataset\", \"version\": 1, \"default_language\": \"en\","
  "  \"title\": \"t\", \"sources\": [ {\"id\": \"S\", \"title\": \"Invented\"} ],"
  "  \"entities\": [ {\"id\": \"A\", \"label\": \"Alpha\"}, {\"id\": \"B\", \"label\": \"Beta\"},"
  "    {\"id\": \"C\", \"label\": \"Gamma countries of the long name\", \"short_label\": \"Gamma\"},"
  "    {\"id\": \"D\", \"label\": \"Delta\"}, {\"id\": \"W\", \"label\": \"World\"} ],"
  "  \"indicators\": [ {\"id\": \"mix\", \"label\": \"Connections\", \"source\": \"S\","
  "    \"unit\": {\"kind\": \"count\", \"symbol\": \"m\"}, \"observations\": ["
  OBS ("A", "2G", "\"value\": 40") "," OBS ("A", "3G", "\"value\": 120") ","
  OBS ("A", "4G", "\"value\": 300, \"qualifier\": \"greater-than\"") ","
  OBS ("B", "2G", "\"value\": 90") "," OBS ("B", "3G", "\"value\": 60, \"qualifier\": \"estimate\"") ","
  OBS ("B", "4G", "\"value\": 30, \"qualifier\": \"forecast\"") ","
  OBS ("C", "2G", "\"value\": 10") "," OBS ("C", "4G", "\"value\": 200") ","
  OBS ("D", "2G", "\"value\": 5") "," OBS ("D", "3G", "\"value\": 15") ","
  OBS ("D", "4G", "\"value\": 2, \"qualifier\": \"less-than\"") ","
  OBS ("W", "2G", "\"value\": 50") "," OBS ("W", "3G", "\"value\": 80") ","
  OBS ("W", "4G", "\"value\": 150") " ] } ],"
  "  \"charts\": ["
  "    {\"id\": \"grouped\", \"kind\": \"bar\", \"title\": \"T\", \"indicator\": \"mix\","
  "     \"period\": \"2019\", \"reference\": \"W\", \"highlight\": [\"B\"], " SERIES3 "},"
  "    {\"id\": \"grouped-columns\", \"kind\": \"bar\", \"title\": \"T\", \"indicator\": \"mix\","
  "     \"period\": \"2019\", \"reference\": \"W\", \"orientation\": \"vertical\", " SERIES3 "},"
  "    {\"id\": \"stacked\", \"kind\": \"bar\", \"title\": \"T\", \"indicator\": \"mix\","
  "     \"period\": \"2019\", \"reference\": \"W\", \"layout\": \"stacked\", " SERIES3 "},"
  "    {\"id\": \"stacked-columns\", \"kind\": \"bar\", \"title\": \"T\", \"indicator\": \"mix\","
  "     \"period\": \"2019\", \"layout\": \"stacked\", \"orientation\": \"vertical\","
  "     \"sort\": \"descending\", " SERIES3 "},"
  "    {\"id\": \"percent\", \"kind\": \"bar\", \"title\": \"T\", \"indicator\": \"mix\","
  "     \"period\": \"2019\", \"reference\": \"W\", \"percent\": true, " SERIES3 "},"
  "    {\"id\": \"percent-columns\", \"kind\": \"bar\", \"title\": \"T\", \"indicator\": \"mix\","
  "     \"period\": \"2019\", \"percent\": true, \"orientation\": \"vertical\", " SERIES3 "},"
  "    {\"id\": \"long-names\", \"kind\": \"bar\", \"title\": \"T\", \"indicator\": \"mix\","
  "     \"period\": \"2019\", \"series\": ["
  "       {\"label\": \"Second-generation networks\", \"breakdown\": {\"tech\": \"2G\"}},"
  "       {\"label\": \"Fourth-generation networks\", \"breakdown\": {\"tech\": \"4G\"}} ]},"
  "    {\"id\": \"columns\", \"kind\": \"bar\", \"title\": \"T\", \"indicator\": \"mix\","
  "     \"period\": \"2019\", \"breakdown\": {\"tech\": \"4G\"}, \"reference\": \"W\","
  "     \"orientation\": \"vertical\"} ] }";

/* The bars: rectangles among the marks (the open ends of censored bars are paths). */
static GPtrArray *
bar_rects (ParityScene *scene)
{
  GPtrArray *items = g_ptr_array_new ();

  for (guint i = 0; i < parity_scene_get_n_items (scene); i++)
    if (parity_scene_get_item (scene, i)->role == PARITY_ROLE_MARK &&
        parity_scene_get_item (scene, i)->kind == PARITY_ITEM_RECT)
      g_ptr_array_add (items, (gpointer)parity_scene_get_item (scene, i));
  return items;
}

static ParityItem *
nth (GPtrArray *items,
     guint      i)
{
  g_assert_cmpuint (i, <, items->len);
  return g_ptr_array_index (items, i);
}

/* The bar of an entity in a breakdown ("tech=3G"), or NULL. */
static const ParityItem *
find_bar (ParityDataset *dataset,
          GPtrArray     *bars,
          const char    *entity,
          const char    *breakdown)
{
  guint32 e = parity_dataset_lookup_entity (dataset, entity);
  guint32 b = parity_dataset_lookup_breakdown (dataset, breakdown);

  for (guint i = 0; i < bars->len; i++)
    if (nth (bars, i)->datum.entity == e && nth (bars, i)->datum.breakdown == b)
      return nth (bars, i);
  return NULL;
}

static const ParityItem *
find_text (ParityScene *scene,
           ParityRole   role,
           const char  *text)
{
  for (guint i = 0; i < parity_scene_get_n_items (scene); i++)
    {
      const ParityItem *item = parity_scene_get_item (scene, i);

      if (item->role == role && g_strcmp0 (item->text, text) == 0)
        return item;
    }
  return NULL;
}

static gboolean
same_color (const ParityColor *a,
            const ParityColor *b)
{
  return fabs (a->red - b->red) < 1e-9 && fabs (a->green - b->green) < 1e-9 &&
         fabs (a->blue - b->blue) < 1e-9;
}

static gboolean
inside (const ParityRect *outer,
        const ParityRect *inner)
{
  return parity_rect_contains_rect (outer, inner);
}

/* Besides another text, a text may touch a bar only lying wholly inside it (a segment's
 * value, a series name at a bar's base). */
static const char *
covers_bar (const ParityItem *text,
            const ParityItem *other)
{
  return other->role == PARITY_ROLE_MARK && !inside (&other->box, &text->box) ? "a bar" : NULL;
}

static void
test_labels_fit_everywhere (void)
{
  guint n_presets;
  const ParityPreset *presets = parity_preset_get_all (&n_presets);
  ParityDataset *datasets[] = { bundled, invented };

  for (guint d = 0; d < G_N_ELEMENTS (datasets); d++)
    for (guint c = 0; c < parity_dataset_get_n_charts (datasets[d]); c++)
      for (guint p = 0; p < n_presets; p++)
        {
          const ParityChartSpec *spec = parity_dataset_get_chart (datasets[d], c);
          g_autoptr(ParityScene) scene = NULL;
          g_autofree char *where = NULL;

          /* The other kinds have their own tests. */
          if (!g_str_equal (spec->kind, "bar"))
            continue;
          scene = scene_test_layout (datasets[d], spec->id, presets[p].width, presets[p].height);
          where = g_strdup_printf ("%s at %s", spec->id, presets[p].name);

          g_assert_cmpuint (parity_scene_count_role (scene, PARITY_ROLE_MARK), >, 0);
          scene_test_assert_labels_fit (scene, where, covers_bar);
          /* The bundled presets have room for every label at every size. */
          if (datasets[d] == bundled && strstr (parity_scene_get_description (scene), "left out"))
            g_error ("%s: labels left out", where);
        }
}

/* Columns rise from one baseline, heights proportional to the values; the labels sit
 * above the columns and below the baseline; the reference is a horizontal line. */
static void
test_vertical (void)
{
  g_autoptr(ParityScene) scene = scene_test_layout (bundled, "internet-use-by-development-columns",
                                         453.543, 283.465);
  g_autoptr(GPtrArray) bars = bar_rects (scene);
  g_autoptr(GPtrArray) values = scene_test_items_with_role (scene, PARITY_ROLE_VALUE_LABEL);
  g_autoptr(GPtrArray) categories = scene_test_items_with_role (scene, PARITY_ROLE_CATEGORY_LABEL);
  g_autoptr(GPtrArray) references = scene_test_items_with_role (scene, PARITY_ROLE_REFERENCE);
  const ParityItem *dev, *ldc, *world;
  double base, per_unit;

  g_assert_cmpuint (bars->len, ==, 3);
  dev = nth (bars, 0);
  ldc = nth (bars, 2);
  base = dev->box.y + dev->box.height;
  per_unit = dev->box.height / 86.6;
  for (guint i = 0; i < bars->len; i++)
    {
      const ParityItem *bar = nth (bars, i);

      g_assert_cmpfloat_with_epsilon (bar->box.y + bar->box.height, base, 1e-9);
      g_assert_cmpfloat_with_epsilon (bar->box.height, bar->datum.value * per_unit, 1e-6);
      g_assert_cmpfloat_with_epsilon (bar->box.width, dev->box.width, 1e-9);
      if (i > 0)
        g_assert_cmpfloat (bar->box.x, >, nth (bars, i - 1)->box.x + bar->box.width);
      g_assert_cmpfloat (nth (values, i)->box.y + nth (values, i)->box.height, <=, bar->box.y);
      g_assert_cmpfloat (nth (categories, i)->box.y, >=, base);
      g_assert_cmpfloat (fabs (nth (values, i)->box.x + nth (values, i)->box.width / 2 -
                               bar->box.x - bar->box.width / 2), <, 1e-6);
    }
  g_assert_cmpstr (nth (values, 2)->text, ==, "19.1%");
  g_assert_false (same_color (&dev->fill, &ldc->fill));

  g_assert_cmpuint (references->len, ==, 1);
  world = nth (references, 0);
  g_assert_cmpfloat (world->y1, ==, world->y2);
  g_assert_cmpfloat (world->dash, >, 0);
  g_assert_cmpfloat_with_epsilon (base - world->y1, 53.6 * per_unit, 1e-6);
  g_assert_nonnull (find_text (scene, PARITY_ROLE_REFERENCE_LABEL, "World 53.6%"));
  g_assert_nonnull (strstr (parity_scene_get_description (scene), "Column chart of"));
}

/* Grouped: the bars of a category side by side, equally thick, proportional, from one
 * zero line; each series in its own colour, named beside its bars; the reference marked
 * across every bar at the reference's value for that series. */
static void
test_grouped (void)
{
  g_autoptr(ParityScene) scene = scene_test_layout (bundled, "internet-use-by-sex-bars", 453.543, 283.465);
  g_autoptr(GPtrArray) bars = bar_rects (scene);
  g_autoptr(GPtrArray) references = scene_test_items_with_role (scene, PARITY_ROLE_REFERENCE);
  const ParityItem *first = NULL;
  double per_unit;

  g_assert_cmpuint (bars->len, ==, 6);
  first = nth (bars, 0);
  per_unit = first->box.width / first->datum.value;
  for (guint i = 0; i < bars->len; i++)
    {
      const ParityItem *bar = nth (bars, i), *partner = nth (bars, i ^ 1);

      g_assert_cmpfloat_with_epsilon (bar->box.x, first->box.x, 1e-9);
      g_assert_cmpfloat_with_epsilon (bar->box.height, first->box.height, 1e-9);
      g_assert_cmpfloat_with_epsilon (bar->box.width, bar->datum.value * per_unit, 1e-6);
      /* Women first, then men, in the first two palette colours. */
      g_assert_true (same_color (&bar->fill, &nth (bars, i % 2)->fill));
      g_assert_false (same_color (&bar->fill, &partner->fill));
      g_assert_cmpuint (bar->datum.entity, ==, partner->datum.entity);
    }
  /* Within a category the bars nearly touch; categories stand apart. */
  g_assert_cmpfloat (nth (bars, 1)->box.y - (nth (bars, 0)->box.y + nth (bars, 0)->box.height),
                     <, nth (bars, 2)->box.y - (nth (bars, 1)->box.y + nth (bars, 1)->box.height));

  /* Direct labels name the series, so there is no legend. */
  g_assert_nonnull (find_text (scene, PARITY_ROLE_SERIES_LABEL, "Women"));
  g_assert_nonnull (find_text (scene, PARITY_ROLE_SERIES_LABEL, "Men"));
  g_assert_cmpuint (parity_scene_count_role (scene, PARITY_ROLE_LEGEND), ==, 0);

  /* World: 48.4 % of women, 58.3 % of men, a tick across each bar of the series. */
  g_assert_cmpuint (references->len, ==, 6);
  for (guint i = 0; i < references->len; i++)
    {
      const ParityItem *tick = nth (references, i);
      const ParityItem *bar = nth (bars, (i % 3) * 2 + i / 3);

      g_assert_cmpfloat_with_epsilon (tick->x1 - first->box.x, tick->datum.value * per_unit, 1e-6);
      g_assert_cmpfloat (tick->datum.value, ==, i < 3 ? 48.4 : 58.3);
      g_assert_cmpfloat (tick->y1, <=, bar->box.y);
      g_assert_cmpfloat (tick->y2, >=, bar->box.y + bar->box.height);
    }
  g_assert_nonnull (find_text (scene, PARITY_ROLE_REFERENCE_LABEL, "World 48.4%"));
  g_assert_nonnull (find_text (scene, PARITY_ROLE_REFERENCE_LABEL, "World 58.3%"));
  g_assert_nonnull (strstr (parity_scene_get_description (scene),
                            "Least developed countries: Women 13.9%, Men 24.4%"));
}

/* The highlighted category keeps the series colours; the others are paler versions. */
static void
test_grouped_highlight (void)
{
  g_autoptr(ParityScene) scene = scene_test_layout (invented, "grouped", 453.543, 283.465);
  g_autoptr(GPtrArray) bars = bar_rects (scene);
  const ParityItem *alpha = find_bar (invented, bars, "A", "tech=2G");
  const ParityItem *beta = find_bar (invented, bars, "B", "tech=2G");
  const ParityItem *beta3 = find_bar (invented, bars, "B", "tech=3G");
  const ParityColor blue = { 0, 0x72 / 255.0, 0xB2 / 255.0, 1 };

  g_assert_true (same_color (&beta->fill, &blue));
  g_assert_false (same_color (&alpha->fill, &blue));
  g_assert_false (same_color (&beta3->fill, &blue));
  /* Paler: closer to white in every channel. */
  g_assert_cmpfloat (alpha->fill.red, >, blue.red);
  g_assert_cmpfloat (alpha->fill.blue, >, blue.blue);
}

/* Stacked: segments in series order, each starting where the previous ends, lengths
 * proportional; the total at the end; values inside the segments they fit. */
static void
test_stacked (void)
{
  g_autoptr(ParityScene) scene = scene_test_layout (invented, "stacked", 1440, 810);
  g_autoptr(GPtrArray) bars = bar_rects (scene);
  const ParityItem *a2 = find_bar (invented, bars, "A", "tech=2G");
  const ParityItem *a3 = find_bar (invented, bars, "A", "tech=3G");
  const ParityItem *a4 = find_bar (invented, bars, "A", "tech=4G");
  const ParityItem *b2 = find_bar (invented, bars, "B", "tech=2G");
  const ParityItem *total, *inner;
  double per_unit = a2->box.width / 40;

  g_assert_cmpfloat_with_epsilon (a3->box.x, a2->box.x + a2->box.width, 1e-6);
  g_assert_cmpfloat_with_epsilon (a4->box.x, a3->box.x + a3->box.width, 1e-6);
  g_assert_cmpfloat_with_epsilon (a3->box.width, 120 * per_unit, 1e-6);
  g_assert_cmpfloat_with_epsilon (a4->box.width, 300 * per_unit, 1e-6);
  g_assert_cmpfloat_with_epsilon (a2->box.y, a4->box.y, 1e-9);
  g_assert_cmpfloat_with_epsilon (b2->box.x, a2->box.x, 1e-9);

  /* The sum of the parts, a lower bound because one part is. */
  total = find_text (scene, PARITY_ROLE_VALUE_LABEL, "> 460\xE2\x80\xAFm");
  g_assert_nonnull (total);
  g_assert_cmpfloat (total->box.x, >, a4->box.x + a4->box.width);
  inner = find_text (scene, PARITY_ROLE_VALUE_LABEL, "120\xE2\x80\xAFm");
  g_assert_nonnull (inner);
  g_assert_true (inside (&a3->box, &inner->box));
  g_assert_nonnull (strstr (parity_scene_get_description (scene), "(total > 460"));
}

/* A stack sorts by its total; a stack with a part missing has no total and goes last. */
static void
test_stacked_sorted (void)
{
  g_autoptr(ParityScene) scene = scene_test_layout (invented, "stacked-columns", 1440, 810);
  g_autoptr(GPtrArray) categories = scene_test_items_with_role (scene, PARITY_ROLE_CATEGORY_LABEL);
  static const char * const order[] = { "Alpha", "World", "Beta", "Delta",
                                        "Gamma countries of the long name" };

  g_assert_cmpuint (categories->len, ==, G_N_ELEMENTS (order));
  for (guint i = 0; i < categories->len; i++)
    {
      g_assert_cmpstr (nth (categories, i)->text, ==, order[i]);
      if (i > 0)
        g_assert_cmpfloat (nth (categories, i)->box.x, >, nth (categories, i - 1)->box.x);
    }
}

/* Stacked to 100 %: every complete bar spans the same full length, from 0 to 100 %. */
static void
test_percent (void)
{
  static const char * const charts[] = { "percent", "percent-columns" };

  for (guint c = 0; c < G_N_ELEMENTS (charts); c++)
    {
      g_autoptr(ParityScene) scene = scene_test_layout (invented, charts[c], 810, 810);
      g_autoptr(GPtrArray) bars = bar_rects (scene);
      gboolean vertical = c == 1;
      double full = -1;
      guint n_bars = 0;

      for (guint e = 0; e < 4; e++)
        {
          const char *entity = (const char *[]) { "A", "B", "C", "D" }[e];
          double length = 0;
          guint parts = 0;

          for (guint s = 0; s < 3; s++)
            {
              g_autofree char *breakdown = g_strdup_printf ("tech=%uG", s + 2);
              const ParityItem *bar = find_bar (invented, bars, entity, breakdown);

              if (bar == NULL)
                continue;
              parts++;
              length += vertical ? bar->box.height : bar->box.width;
            }
          /* Gamma has no 3G: its whole is unknown, so it has no bar at all. */
          if (e == 2)
            {
              g_assert_cmpuint (parts, ==, 0);
              continue;
            }
          g_assert_cmpuint (parts, ==, 3);
          n_bars++;
          if (full < 0)
            full = length;
          /* Delta's 4G is an upper bound, but a share of a known whole: no fade. */
          g_assert_cmpfloat_with_epsilon (length, full, 1e-6);
        }
      g_assert_cmpuint (n_bars, ==, 3);
      g_assert_nonnull (find_text (scene, PARITY_ROLE_VALUE_LABEL, "50%"));
      g_assert_nonnull (find_text (scene, PARITY_ROLE_VALUE_LABEL, "no data for 3G"));
      g_assert_nonnull (find_text (scene, PARITY_ROLE_TICK_LABEL, "100%"));
    }
}

/* A forecast is hatched, and its label says "f"; measured values are solid. */
static void
test_forecast_hatched (void)
{
  static const char * const charts[] = { "grouped", "grouped-columns", "stacked",
                                         "stacked-columns" };

  for (guint c = 0; c < G_N_ELEMENTS (charts); c++)
    {
      g_autoptr(ParityScene) scene = scene_test_layout (invented, charts[c], 1440, 810);
      g_autoptr(GPtrArray) bars = bar_rects (scene);

      for (guint i = 0; i < bars->len; i++)
        g_assert_cmpint (nth (bars, i)->fill_style, ==,
                         nth (bars, i)->datum.qualifier == PARITY_QUALIFIER_FORECAST
                         ? PARITY_FILL_HATCH : PARITY_FILL_SOLID);
      g_assert_nonnull (find_bar (invented, bars, "B", "tech=4G"));
    }
  {
    g_autoptr(ParityScene) scene = scene_test_layout (invented, "grouped", 1440, 810);

    g_assert_nonnull (find_text (scene, PARITY_ROLE_VALUE_LABEL, "30\xE2\x80\xAFm f"));
    g_assert_nonnull (find_text (scene, PARITY_ROLE_VALUE_LABEL, "60\xE2\x80\xAFm e"));
  }
}

/* A lower bound fades out beyond the bar's end; an upper bound fades over its last
 * stretch, so the bar never reaches past the published bound. */
static void
test_censored_marker (void)
{
  static const char * const charts[] = { "grouped", "grouped-columns", "columns" };

  for (guint c = 0; c < G_N_ELEMENTS (charts); c++)
    {
      g_autoptr(ParityScene) scene = scene_test_layout (invented, charts[c], 1440, 810);
      g_autoptr(GPtrArray) bars = bar_rects (scene);
      g_autoptr(GPtrArray) marks = scene_test_items_with_role (scene, PARITY_ROLE_MARK);
      gboolean vertical = c > 0;
      guint beyond = 0, within = 0;

      for (guint i = 0; i < marks->len; i++)
        {
          const ParityItem *fade = nth (marks, i);
          const ParityItem *bar;

          if (fade->kind != PARITY_ITEM_PATH)
            continue;
          g_assert_true (fade->closed);
          g_assert_cmpfloat (fade->fill.alpha, <, 1);
          bar = find_bar (invented, bars,
                          fade->datum.qualifier == PARITY_QUALIFIER_GREATER_THAN ? "A" : "D",
                          "tech=4G");
          g_assert_nonnull (bar);
          if (fade->datum.qualifier == PARITY_QUALIFIER_GREATER_THAN)
            {
              beyond++;
              if (vertical)
                g_assert_cmpfloat (fade->box.y + fade->box.height, <=, bar->box.y + 1e-6);
              else
                g_assert_cmpfloat (fade->box.x, >=, bar->box.x + bar->box.width - 1e-6);
            }
          else
            {
              g_assert_cmpint (fade->datum.qualifier, ==, PARITY_QUALIFIER_LESS_THAN);
              within++;
            }
        }
      g_assert_cmpuint (beyond, >, 0);
      g_assert_cmpuint (within, >, 0);
      g_assert_nonnull (find_text (scene, PARITY_ROLE_VALUE_LABEL, "> 300\xE2\x80\xAFm"));
      g_assert_nonnull (find_text (scene, PARITY_ROLE_VALUE_LABEL, "< 2\xE2\x80\xAFm"));
    }
}

/* A missing value leaves its slot empty and says so; the other bars keep their place. */
static void
test_missing_gap (void)
{
  g_autoptr(ParityScene) grouped = scene_test_layout (invented, "grouped", 1440, 810);
  g_autoptr(ParityScene) stacked = scene_test_layout (invented, "stacked", 1440, 810);
  g_autoptr(GPtrArray) bars = bar_rects (grouped);
  g_autoptr(GPtrArray) segments = bar_rects (stacked);
  g_autoptr(GPtrArray) values = scene_test_items_with_role (grouped, PARITY_ROLE_VALUE_LABEL);
  const ParityItem *g2 = find_bar (invented, bars, "C", "tech=2G");
  const ParityItem *g4 = find_bar (invented, bars, "C", "tech=4G");
  const ParityItem *a2 = find_bar (invented, bars, "A", "tech=2G");
  const ParityItem *a3 = find_bar (invented, bars, "A", "tech=3G");
  const ParityItem *s2 = find_bar (invented, segments, "C", "tech=2G");
  const ParityItem *s4 = find_bar (invented, segments, "C", "tech=4G");
  guint32 gamma = parity_dataset_lookup_entity (invented, "C");
  gboolean said = FALSE;

  g_assert_null (find_bar (invented, bars, "C", "tech=3G"));
  g_assert_nonnull (g2);
  g_assert_nonnull (g4);
  /* Gamma's 4G sits two slots below its 2G, as Alpha's 3G sits one below its 2G. */
  g_assert_cmpfloat_with_epsilon (g4->box.y - g2->box.y, 2 * (a3->box.y - a2->box.y), 1e-6);
  for (guint i = 0; i < values->len; i++)
    if (nth (values, i)->datum.entity == gamma &&
        nth (values, i)->datum.qualifier == PARITY_QUALIFIER_MISSING)
      said = g_strcmp0 (nth (values, i)->text, "no data") == 0;
  g_assert_true (said);

  /* Stacked, the parts that exist still add up from zero, and the end says what is
   * missing instead of a total. */
  g_assert_null (find_bar (invented, segments, "C", "tech=3G"));
  g_assert_cmpfloat_with_epsilon (s4->box.x, s2->box.x + s2->box.width, 1e-6);
  g_assert_nonnull (find_text (stacked, PARITY_ROLE_VALUE_LABEL, "no data for 3G"));
  g_assert_null (find_text (stacked, PARITY_ROLE_VALUE_LABEL, "210\xE2\x80\xAFm"));
}

/* Where the series cannot be named beside their bars, a legend names them; where they
 * can, there is no legend. */
static void
test_legend_fallback (void)
{
  g_autoptr(ParityScene) scene = scene_test_layout (invented, "long-names", 453.543, 283.465);
  g_autoptr(ParityScene) direct = scene_test_layout (invented, "grouped", 453.543, 283.465);
  g_autoptr(GPtrArray) legend = scene_test_items_with_role (scene, PARITY_ROLE_LEGEND);
  g_autoptr(GPtrArray) bars = bar_rects (scene);
  const ParityItem *key;
  guint swatches = 0;

  key = find_text (scene, PARITY_ROLE_LEGEND, "Second-generation networks");
  g_assert_nonnull (key);
  g_assert_nonnull (find_text (scene, PARITY_ROLE_LEGEND, "Fourth-generation networks"));
  for (guint i = 0; i < legend->len; i++)
    if (nth (legend, i)->kind == PARITY_ITEM_RECT)
      {
        /* Each swatch in its series' colour, the key above the bars. */
        g_assert_true (same_color (&nth (legend, i)->fill, &nth (bars, swatches)->fill));
        g_assert_cmpfloat (nth (legend, i)->box.y, <, nth (bars, 0)->box.y);
        swatches++;
      }
  g_assert_cmpuint (swatches, ==, 2);
  g_assert_cmpuint (parity_scene_count_role (scene, PARITY_ROLE_SERIES_LABEL), ==, 0);

  g_assert_cmpuint (parity_scene_count_role (direct, PARITY_ROLE_LEGEND), ==, 0);
  g_assert_nonnull (find_text (direct, PARITY_ROLE_SERIES_LABEL, "4G"));
}

static void
expect_error (const char *chart,
              const char *message)
{
  g_autofree char *json = g_strdup_printf (
    "{ \"format\": \"parity-dataset\", \"version\": 1, \"default_language\": \"en\","
    "  \"title\": \"t\", \"sources\": [], \"entities\": [ {\"id\": \"A\", \"label\": \"A\"} ],"
    "  \"indicators\": [ {\"id\": \"i\", \"label\": \"I\", \"unit\": {\"kind\": \"count\"},"
    "    \"observations\": [ " OBS ("A", "2G", "\"value\": 1") "," OBS ("A", "3G", "\"value\": 2")
    "  ] } ], \"charts\": [ {\"id\": \"c\", \"kind\": \"bar\", \"title\": \"T\","
    "  \"indicator\": \"i\", \"period\": \"2019\", %s } ] }", chart);
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));
  g_autoptr(GError) error = NULL;
  g_autoptr(ParityDataset) dataset = parity_dataset_load_bytes (bytes, "inline.json", &error);

  g_assert_null (dataset);
  g_assert_nonnull (error);
  if (strstr (error->message, message) == NULL)
    g_error ("\"%s\" does not say \"%s\"", error->message, message);
}

static void
test_option_errors (void)
{
  const char *two = "\"series\": [ {\"breakdown\": {\"tech\": \"2G\"}},"
                    "              {\"breakdown\": {\"tech\": \"3G\"}} ]";
  g_autofree char *single = g_strdup_printf ("%s, \"layout\": \"single\"", two);
  g_autofree char *grouped_percent = g_strdup_printf ("%s, \"layout\": \"grouped\","
                                                      " \"percent\": true", two);
  g_autofree char *percent_string = g_strdup_printf ("%s, \"percent\": \"yes\"", two);
  g_autofree char *sideways = g_strdup_printf ("%s, \"orientation\": \"diagonal\"", two);

  expect_error (single, "use \"grouped\" or \"stacked\"");
  expect_error ("\"breakdown\": {\"tech\": \"2G\"}, \"layout\": \"stacked\"",
                "at least two \"series\"");
  expect_error (grouped_percent, "only stacked bars add up to 100 %");
  expect_error (percent_string, "expected true or false");
  expect_error (sideways, "\"diagonal\" is not one of horizontal, vertical");
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  bundled = scene_test_load_bundled ();
  invented = scene_test_load_string (invented_json);

  g_test_add_func ("/bar-multi/labels-fit-everywhere", test_labels_fit_everywhere);
  g_test_add_func ("/bar-multi/vertical", test_vertical);
  g_test_add_func ("/bar-multi/grouped", test_grouped);
  g_test_add_func ("/bar-multi/grouped-highlight", test_grouped_highlight);
  g_test_add_func ("/bar-multi/stacked", test_stacked);
  g_test_add_func ("/bar-multi/stacked-sorted", test_stacked_sorted);
  g_test_add_func ("/bar-multi/percent", test_percent);
  g_test_add_func ("/bar-multi/forecast-hatched", test_forecast_hatched);
  g_test_add_func ("/bar-multi/censored-marker", test_censored_marker);
  g_test_add_func ("/bar-multi/missing-gap", test_missing_gap);
  g_test_add_func ("/bar-multi/legend-fallback", test_legend_fallback);
  g_test_add_func ("/bar-multi/option-errors", test_option_errors);
  status = g_test_run ();
  g_object_unref (invented);
  g_object_unref (bundled);
  return status;
}
