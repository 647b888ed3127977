/* test-sorted-bars-scene.c: bar charts of every economy, asserted on the scene — a canvas
 * that grows to hold every row ("height": "auto"), and the top and bottom rows with the
 * rest summarised ("top", "bottom")
 *
 * kinds/sorted-bars-test.json holds the 183 economies with a value for Internet use in 2022
 * (Our World in Data's download; see its description); larger and smaller sets are
 * generated here.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>
#include <string.h>

#include "scene-test-util.h"
#include "parity-chart-words.h"
#include "parity-error.h"
#include "parity-layout.h"
#include "parity-loader.h"
#include "parity-number-format.h"
#include "parity-preset.h"

#define ITEM(array, i) ((const ParityItem *)g_ptr_array_index ((array), (i)))
#define N_ECONOMIES 183

static ParityDataset *fixtures;

static const char *
covers_bar (const ParityItem *text,
            const ParityItem *other)
{
  return other->role == PARITY_ROLE_MARK ? "a bar" : NULL;
}

static GPtrArray *
bars_of (ParityScene *scene)
{
  return scene_test_items (scene, PARITY_ROLE_MARK, PARITY_ITEM_RECT);
}

/* The text item of @role whose datum is @entity, or NULL. */
static const ParityItem *
label_of (ParityScene *scene,
          ParityRole   role,
          guint32      entity)
{
  for (guint i = 0; i < parity_scene_get_n_items (scene); i++)
    {
      const ParityItem *item = parity_scene_get_item (scene, i);

      if (item->kind == PARITY_ITEM_TEXT && item->role == role && item->has_datum &&
          item->datum.entity == entity)
        return item;
    }
  return NULL;
}

/* Every bar has its name and its value beside it, on its own row; the rows go down in
 * the order of their values (@direction -1: highest first), none overlapping the next. */
static void
assert_rows (ParityScene *scene,
             guint        n,
             int          direction,
             const char  *where)
{
  g_autoptr(GPtrArray) bars = bars_of (scene);

  g_assert_cmpuint (bars->len, ==, n);
  for (guint i = 0; i < bars->len; i++)
    {
      const ParityItem *bar = ITEM (bars, i);
      const ParityItem *name = label_of (scene, PARITY_ROLE_CATEGORY_LABEL, bar->datum.entity);
      const ParityItem *value = label_of (scene, PARITY_ROLE_VALUE_LABEL, bar->datum.entity);
      double mid = bar->box.y + bar->box.height / 2;

      if (name == NULL || value == NULL)
        g_error ("%s: the bar of %g has no %s", where, bar->datum.value,
                 name == NULL ? "name" : "value label");
      g_assert_cmpfloat (fabs (name->box.y + name->box.height / 2 - mid), <, 1);
      g_assert_cmpfloat (fabs (value->box.y + value->box.height / 2 - mid), <, 1);
      if (i > 0)
        {
          const ParityItem *above = ITEM (bars, i - 1);

          g_assert_cmpfloat (above->box.y + above->box.height, <, bar->box.y);
          g_assert_cmpfloat ((bar->datum.value - above->datum.value) * direction, >=, 0);
        }
    }
  scene_test_assert_labels_fit (scene, where, covers_bar);
}

static void
test_every_economy (void)
{
  static const char * const langs[] = { "en", "ar", "fr", "ru", "zh", "es" };
  guint n_presets;
  const ParityPreset *presets = parity_preset_get_all (&n_presets);

  for (guint p = 0; p < n_presets; p++)
    for (guint l = 0; l < G_N_ELEMENTS (langs); l++)
      {
        g_autoptr(ParityScene) scene =
          scene_test_layout_in (fixtures, "internet-every-economy", langs[l],
                                presets[p].width, presets[p].height);
        g_autofree char *where = g_strdup_printf ("%s, %s", presets[p].name, langs[l]);
        g_autoptr(GPtrArray) notes = scene_test_items_with_role (scene, PARITY_ROLE_NOTES);
        g_autoptr(GPtrArray) references = scene_test_items_with_role (scene,
                                                                      PARITY_ROLE_REFERENCE_LABEL);

        /* As wide as the preset, taller: the text keeps the preset's size. */
        g_assert_cmpfloat (parity_scene_get_width (scene), ==, presets[p].width);
        g_assert_cmpfloat (parity_scene_get_height (scene), >, presets[p].height * 2);
        assert_rows (scene, N_ECONOMIES, -1, where);
        /* The world's line is named, and no label was left out, so no note says so. */
        g_assert_cmpuint (references->len, ==, 1);
        g_assert_cmpuint (notes->len, ==, 0);
      }
}

/* A dataset of @n economies with made-up ids and values, and a chart of every one. */
static ParityDataset *
make_economies (guint       n,
                const char *members)
{
  g_autoptr(GString) json = g_string_new (
    "{ \"format\": \"parity-dataset\", \"version\": 1, \"default_language\": \"en\","
    "  \"title\": \"t\", \"sources\": [], \"entities\": [");

  for (guint i = 0; i < n; i++)
    g_string_append_printf (json, "%s{\"id\": \"E%03u\", \"label\": \"Economy %u\","
                            " \"kind\": \"economy\"}", i ? ", " : "", i, i);
  g_string_append (json, "], \"indicators\": [ {\"id\": \"p\", \"label\": \"P\","
                   " \"unit\": {\"kind\": \"percent\"}, \"observations\": [");
  for (guint i = 0; i < n; i++)
    g_string_append_printf (json, "%s{\"entity\": \"E%03u\", \"period\": \"2022\","
                            " \"value\": %u}", i ? ", " : "", i, (i * 37) % 100);
  g_string_append_printf (json, "] } ], \"charts\": [ {\"id\": \"c\", \"kind\": \"bar\","
                          " \"title\": \"T\", \"indicator\": \"p\", \"period\": \"2022\", %s"
                          " } ] }", members);
  return scene_test_load_string (json->str);
}

/* The figure is as much taller as it has more rows, at one pitch; a few rows keep the
 * preset's height. */
static void
test_height_grows (void)
{
  const ParityPreset *report = parity_preset_lookup ("report");
  static const guint counts[] = { 5, 50, 100, 200, 400 };
  double heights[G_N_ELEMENTS (counts)];

  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    {
      g_autoptr(ParityDataset) dataset = make_economies (counts[i], "\"height\": \"auto\"");
      g_autoptr(ParityScene) scene = scene_test_layout (dataset, "c", report->width,
                                                        report->height);
      g_autofree char *where = g_strdup_printf ("%u rows", counts[i]);

      heights[i] = parity_scene_get_height (scene);
      assert_rows (scene, counts[i], -1, where);
    }
  g_assert_cmpfloat (heights[0], ==, report->height);
  /* A few rows are laid out as without "height": "auto", sharing the plot. */
  {
    g_autoptr(ParityDataset) grown = make_economies (5, "\"height\": \"auto\"");
    g_autoptr(ParityDataset) plain = make_economies (5, "\"sort\": \"descending\"");
    g_autoptr(ParityScene) a = scene_test_layout (grown, "c", report->width, report->height);
    g_autoptr(ParityScene) b = scene_test_layout (plain, "c", report->width, report->height);
    g_autoptr(GPtrArray) bars_a = bars_of (a);
    g_autoptr(GPtrArray) bars_b = bars_of (b);

    g_assert_cmpuint (bars_a->len, ==, bars_b->len);
    for (guint i = 0; i < bars_a->len; i++)
      g_assert_cmpmem (&ITEM (bars_a, i)->box, sizeof (ParityRect),
                       &ITEM (bars_b, i)->box, sizeof (ParityRect));
  }
  for (guint i = 1; i < G_N_ELEMENTS (counts); i++)
    g_assert_cmpfloat (heights[i], >, heights[i - 1]);
  /* The same pitch: twice the rows, twice the added height. */
  g_assert_cmpfloat_with_epsilon ((heights[3] - heights[2]) / (heights[2] - heights[1]), 2, 0.05);
  g_assert_cmpfloat_with_epsilon ((heights[4] - heights[3]) / (heights[3] - heights[2]), 2, 0.05);
}

/* Past 400 rows, or past the largest canvas, a clear error rather than a figure. */
static void
test_row_limit (void)
{
  const ParityPreset *report = parity_preset_lookup ("report");
  const ParityPreset *slide = parity_preset_lookup ("slide");
  g_autoptr(ParityDataset) many = make_economies (401, "\"height\": \"auto\"");
  g_autoptr(ParityDataset) tall = make_economies (390, "\"height\": \"auto\"");
  ParityLayoutOptions options = { report->width, report->height, NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(ParityScene) scene = parity_layout_chart (many, parity_dataset_find_chart (many, "c"),
                                                      &options, &error);

  g_assert_null (scene);
  g_assert_error (error, PARITY_ERROR, PARITY_ERROR_CROWDED);
  g_assert_nonnull (strstr (error->message, "401 bars are more than the 400"));
  g_clear_error (&error);

  options = (ParityLayoutOptions) { slide->width, slide->height, NULL };
  scene = parity_layout_chart (tall, parity_dataset_find_chart (tall, "c"), &options, &error);
  g_assert_null (scene);
  g_assert_error (error, PARITY_ERROR, PARITY_ERROR_CROWDED);
  g_assert_nonnull (strstr (error->message, "390 bars need a canvas more than 14400 pt high"));
}

static int
compare_descending (gconstpointer a,
                    gconstpointer b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return x < y ? 1 : x > y ? -1 : 0;
}

/* The values of the fixture's economies, highest first. */
static GArray *
values_descending (void)
{
  const ParityIndicator *indicator = parity_dataset_get_indicator (fixtures, 0);
  GArray *values = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < indicator->obs.len; i++)
    if (parity_dataset_get_entity (fixtures, indicator->obs.entity[i])->kind ==
        PARITY_ENTITY_ECONOMY)
      g_array_append_val (values, indicator->obs.value[i]);
  g_array_sort (values, compare_descending);
  return values;
}

/* The ten highest and the ten lowest, in order, and one row between them that counts the
 * rest and gives their range; the description says it too. */
static void
test_top_bottom (void)
{
  g_autoptr(ParityScene) scene = scene_test_layout (fixtures, "internet-top-bottom",
                                                    453.543, 283.465);
  g_autoptr(GPtrArray) bars = bars_of (scene);
  g_autoptr(GPtrArray) names = scene_test_items_with_role (scene, PARITY_ROLE_CATEGORY_LABEL);
  g_autoptr(GArray) values = values_descending ();
  const ParityItem *summary = NULL;
  g_autofree char *low = parity_format_value (g_array_index (values, double, N_ECONOMIES - 11),
                                              1, &parity_dataset_get_indicator (fixtures, 0)->unit,
                                              PARITY_QUALIFIER_EXACT, "en", "en");
  g_autofree char *high = parity_format_value (g_array_index (values, double, 10), 1,
                                               &parity_dataset_get_indicator (fixtures, 0)->unit,
                                               PARITY_QUALIFIER_EXACT, "en", "en");
  g_autofree char *expected = g_strdup_printf ("… 163 other economies, from %s to %s", low, high);

  g_assert_cmpuint (values->len, ==, N_ECONOMIES);
  assert_rows (scene, 20, -1, "top and bottom");
  for (guint i = 0; i < 20; i++)
    g_assert_cmpfloat (ITEM (bars, i)->datum.value, ==,
                       g_array_index (values, double, i < 10 ? i : N_ECONOMIES - 20 + i));
  for (guint i = 0; i < names->len; i++)
    if (!ITEM (names, i)->has_datum)
      {
        g_assert_null (summary);
        summary = ITEM (names, i);
      }
  g_assert_nonnull (summary);
  g_assert_cmpstr (summary->text, ==, expected);
  g_assert_cmpfloat (summary->box.y, >, ITEM (bars, 9)->box.y + ITEM (bars, 9)->box.height);
  g_assert_cmpfloat (summary->box.y + summary->box.height, <, ITEM (bars, 10)->box.y);
  g_assert_nonnull (strstr (parity_scene_get_description (scene), expected));
}

/* Sorted ascending, the lowest come first, then the summary, then the highest; a summary
 * that would stand for one row is that row. */
static void
test_top_bottom_order (void)
{
  const ParityPreset *report = parity_preset_lookup ("report");
  g_autoptr(ParityDataset) ascending =
    make_economies (30, "\"top\": 3, \"bottom\": 2, \"sort\": \"ascending\"");
  g_autoptr(ParityDataset) all = make_economies (30, "\"top\": 20, \"bottom\": 9, \"height\": \"auto\"");
  g_autoptr(ParityDataset) top_only = make_economies (30, "\"top\": 5");
  g_autoptr(ParityScene) scene = scene_test_layout (ascending, "c", report->width,
                                                    report->height);
  g_autoptr(ParityScene) every = scene_test_layout (all, "c", report->width, report->height);
  g_autoptr(ParityScene) first = scene_test_layout (top_only, "c", report->width,
                                                    report->height);
  g_autoptr(GPtrArray) bars = bars_of (scene);
  g_autoptr(GPtrArray) top_bars = bars_of (first);

  assert_rows (scene, 5, 1, "ascending");
  g_assert_cmpfloat (ITEM (bars, 0)->datum.value, ==, 0);
  g_assert_cmpfloat (ITEM (bars, 4)->datum.value, ==, 99);
  g_assert_nonnull (strstr (parity_scene_get_description (scene),
                            "… 25 other economies, from 7 to 88"));
  assert_rows (every, 30, -1, "every row");
  g_assert_null (strstr (parity_scene_get_description (every), "other economies"));
  assert_rows (first, 5, -1, "top only");
  g_assert_cmpfloat (ITEM (top_bars, 0)->datum.value, ==, 99);
  g_assert_nonnull (strstr (parity_scene_get_description (first),
                            "… 25 other economies, from 0 to 81"));
}

/* In Arabic the names are on the right of the bars, which grow leftwards. */
static void
test_rtl (void)
{
  g_autoptr(ParityScene) scene = scene_test_layout_in (fixtures, "internet-top-bottom", "ar",
                                                       720, 450);
  g_autoptr(GPtrArray) bars = bars_of (scene);

  assert_rows (scene, 20, -1, "Arabic");
  for (guint i = 0; i < bars->len; i++)
    {
      const ParityItem *bar = ITEM (bars, i);
      const ParityItem *name = label_of (scene, PARITY_ROLE_CATEGORY_LABEL, bar->datum.entity);

      g_assert_cmpfloat (name->box.x, >=, bar->box.x + bar->box.width);
    }
}

static void
test_description_languages (void)
{
  static const struct { const char *lang; const char *rest; } cases[] = {
    { "ar", "اقتصادات أخرى" }, { "es", "economías" }, { "fr", "autres économies" },
    { "ru", "прочие экономики" }, { "zh", "个经济体" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(ParityScene) scene = scene_test_layout_in (fixtures, "internet-top-bottom",
                                                           cases[i].lang, 720, 450);
      const char *description = parity_scene_get_description (scene);

      if (strstr (description, cases[i].rest) == NULL)
        g_error ("%s: \"%s\" does not hold \"%s\"", cases[i].lang, description, cases[i].rest);
      g_assert_null (strstr (description, "other economies"));
    }
}

/* Each member refused with where and why (scene-test-util's dataset of one chart). */
static void
test_parse_errors (void)
{
  static const SceneTestErrorCase cases[] = {
    { "\"height\": \"tall\"", "$.charts[0].height" },
    { "\"height\": 300", "$.charts[0].height" },
    { "\"height\": \"auto\", \"orientation\": \"vertical\"",
      "$.charts[0].height: only horizontal bars grow to fit their rows" },
    { "\"top\": -1", "$.charts[0].top" },
    { "\"bottom\": \"ten\"", "$.charts[0].bottom" },
    { "\"top\": 5, \"orientation\": \"vertical\"",
      "$.charts[0].top: \"top\" and \"bottom\" choose among the horizontal bars of one series" },
    { "\"bottom\": 5, \"series\": [ {\"label\": \"a\"}, {\"label\": \"b\"} ]",
      "$.charts[0].bottom: \"top\" and \"bottom\" choose among" },
  };

  scene_test_assert_chart_errors ("\"kind\": \"bar\", \"period\": \"2019\", ", cases,
                                  G_N_ELEMENTS (cases));
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  fixtures = scene_test_load_kinds_fixture ("sorted-bars-test.json");

  g_test_add_func ("/sorted-bars/every-economy", test_every_economy);
  g_test_add_func ("/sorted-bars/height-grows", test_height_grows);
  g_test_add_func ("/sorted-bars/row-limit", test_row_limit);
  g_test_add_func ("/sorted-bars/top-bottom", test_top_bottom);
  g_test_add_func ("/sorted-bars/top-bottom-order", test_top_bottom_order);
  g_test_add_func ("/sorted-bars/rtl", test_rtl);
  g_test_add_func ("/sorted-bars/description-languages", test_description_languages);
  g_test_add_func ("/sorted-bars/parse-errors", test_parse_errors);
  status = g_test_run ();
  g_object_unref (fixtures);
  return status;
}
