/* test-dumbbell-scene.c: geometry of the dumbbell chart, asserted on the scene
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
#include "parity-theme.h"

#define NNBSP "\xE2\x80\xAF"

static ParityDataset *bundled;

#define ITEM(array, i) ((const ParityItem *)g_ptr_array_index ((array), (i)))

/* Besides another text, no text covers a dot. */
static const char *
covers_dot (const ParityItem *text,
            const ParityItem *other)
{
  return other->kind == PARITY_ITEM_MARKER && other->role == PARITY_ROLE_MARK ? "a dot" : NULL;
}

/* The x of value 0: the axis line. */
static double
zero_x (ParityScene *scene)
{
  g_autoptr(GPtrArray) axes = scene_test_items_with_role (scene, PARITY_ROLE_AXIS);

  g_assert_cmpuint (axes->len, ==, 1);
  return ITEM (axes, 0)->x1;
}

/* Dot positions are proportional to their values on one shared axis from zero. */
static void
assert_proportional (ParityScene *scene)
{
  g_autoptr(GPtrArray) dots = scene_test_items (scene, PARITY_ROLE_MARK, PARITY_ITEM_MARKER);
  double x0 = zero_x (scene), per_unit = 0;

  g_assert_cmpuint (dots->len, >, 0);
  for (guint i = 0; i < dots->len; i++)
    {
      const ParityItem *dot = ITEM (dots, i);

      g_assert_true (dot->has_datum);
      if (per_unit == 0)
        per_unit = (dot->cx - x0) / dot->datum.value;
      g_assert_cmpfloat_with_epsilon (dot->cx - x0, dot->datum.value * per_unit, 1e-6);
    }
}

static void
test_bundled_at_every_preset (void)
{
  guint n_presets;
  const ParityPreset *presets = parity_preset_get_all (&n_presets);

  for (guint p = 0; p < n_presets; p++)
    {
      g_autoptr(ParityScene) scene = scene_test_layout (bundled, "internet-use-by-sex", presets[p].width,
                                             presets[p].height);
      g_autofree char *where = g_strdup_printf ("internet-use-by-sex at %s", presets[p].name);
      g_autoptr(GPtrArray) dots = scene_test_items (scene, PARITY_ROLE_MARK, PARITY_ITEM_MARKER);
      g_autoptr(GPtrArray) values = scene_test_items_with_role (scene, PARITY_ROLE_VALUE_LABEL);
      g_autoptr(GPtrArray) notes = scene_test_items_with_role (scene, PARITY_ROLE_NOTES);

      scene_test_assert_labels_fit (scene, where, covers_dot);
      assert_proportional (scene);
      g_assert_cmpuint (dots->len, ==, 8);
      /* Eight values and four gaps, none left out at any size. */
      g_assert_cmpuint (values->len, ==, 12);
      g_assert_cmpuint (notes->len, ==, 1);
      g_assert_null (strstr (ITEM (notes, 0)->text, "left out"));
    }
}

static const ParityItem *
find_text (GPtrArray  *items,
           const char *text)
{
  for (guint i = 0; i < items->len; i++)
    if (g_strcmp0 (ITEM (items, i)->text, text) == 0)
      return ITEM (items, i);
  return NULL;
}

static void
test_bundled_gender_gap (void)
{
  g_autoptr(ParityScene) scene = scene_test_layout (bundled, "internet-use-by-sex", 453.543, 283.465);
  g_autoptr(GPtrArray) dots = scene_test_items (scene, PARITY_ROLE_MARK, PARITY_ITEM_MARKER);
  g_autoptr(GPtrArray) values = scene_test_items_with_role (scene, PARITY_ROLE_VALUE_LABEL);
  g_autoptr(GPtrArray) categories = scene_test_items_with_role (scene, PARITY_ROLE_CATEGORY_LABEL);
  g_autoptr(GPtrArray) series = scene_test_items_with_role (scene, PARITY_ROLE_SERIES_LABEL);
  g_autoptr(GPtrArray) connectors = scene_test_items_with_role (scene, PARITY_ROLE_CONNECTOR);
  static const char * const order[] = { "World", "Developing countries",
                                        "Least developed countries", "Americas" };
  static const char * const gaps[] = { "17%", "23%", "43%", "1%" };
  const ParityItem *women = NULL, *men = NULL;
  const char *description = parity_scene_get_description (scene);

  /* Rows in the order listed, top to bottom, each with its ITU gender gap. */
  g_assert_cmpuint (categories->len, ==, 4);
  for (guint i = 0; i < 4; i++)
    {
      const ParityItem *gap = find_text (values, gaps[i]);

      g_assert_cmpstr (ITEM (categories, i)->text, ==, order[i]);
      g_assert_nonnull (gap);
      g_assert_cmpfloat (fabs ((gap->box.y + gap->box.height / 2) -
                               (ITEM (categories, i)->box.y + ITEM (categories, i)->box.height / 2)),
                         <, 1);
      if (i > 0)
        g_assert_cmpfloat (ITEM (categories, i - 1)->box.y, <, ITEM (categories, i)->box.y);
    }
  g_assert_nonnull (find_text (values, "48.4%"));
  g_assert_nonnull (find_text (values, "58.3%"));

  /* Women and men differ in colour and in shape, so the chart survives greyscale. */
  for (guint i = 0; i < dots->len; i++)
    {
      if (ITEM (dots, i)->datum.value == 48.4)
        women = ITEM (dots, i);
      if (ITEM (dots, i)->datum.value == 58.3)
        men = ITEM (dots, i);
    }
  g_assert (women != NULL && men != NULL);
  g_assert_cmpint (women->shape, !=, men->shape);
  g_assert_false (women->fill.red == men->fill.red && women->fill.green == men->fill.green &&
                  women->fill.blue == men->fill.blue);
  g_assert_cmpfloat (women->cx, <, men->cx);
  g_assert_cmpfloat (women->cy, ==, men->cy);

  /* Direct labels name the series above the first row's dots: no legend. */
  g_assert_cmpuint (series->len, ==, 2);
  g_assert_cmpuint (parity_scene_count_role (scene, PARITY_ROLE_LEGEND), ==, 0);
  g_assert_cmpstr (ITEM (series, 0)->text, ==, "Women");
  g_assert_cmpstr (ITEM (series, 1)->text, ==, "Men");
  g_assert_cmpfloat (ITEM (series, 0)->box.y + ITEM (series, 0)->box.height, <=,
                     women->cy - women->r1);
  g_assert_cmpfloat (fabs (ITEM (series, 0)->box.x + ITEM (series, 0)->box.width / 2 - women->cx),
                     <, ITEM (series, 0)->box.width / 2);

  /* One connector per row, from dot to dot; none an arrow by default. */
  g_assert_cmpuint (connectors->len, ==, 4);
  for (guint i = 0; i < connectors->len; i++)
    g_assert_cmpint (ITEM (connectors, i)->kind, ==, PARITY_ITEM_LINE);
  g_assert_cmpfloat_with_epsilon (ITEM (connectors, 0)->x1, women->cx, 1e-9);
  g_assert_cmpfloat_with_epsilon (ITEM (connectors, 0)->x2, men->cx, 1e-9);

  /* Hit test: a dot is its datum. */
  {
    int hit = parity_scene_hit_test (scene, women->cx, women->cy);

    g_assert_cmpint (hit, >=, 0);
    g_assert_cmpfloat (parity_scene_get_item (scene, hit)->datum.value, ==, 48.4);
  }

  g_assert_nonnull (strstr (description, "World: Women 48.4%, Men 58.3%, gap 17%"));
  g_assert_nonnull (strstr (description, "Least developed countries: Women 13.9%, Men 24.4%, gap 43%"));
  g_assert_nonnull (strstr (description, "share of Men"));
}

/* A dataset with two series in all the ways a dumbbell meets them. */
static const char inline_json[] =
  "{ \"format\": \"parity-dataset\", \"version\": 1, \"default_language\": \"en\","
  "  \"title\": \"t\", \"sources\": [],"
  "  \"entities\": [ {\"id\": \"A\", \"label\": \"Alpha\"}, {\"id\": \"B\", \"label\": \"Beta\"},"
  "                  {\"id\": \"C\", \"label\": \"Gamma\"}, {\"id\": \"D\", \"label\": \"Delta\"},"
  "                  {\"id\": \"W\", \"label\": \"World\"} ],"
  "  \"indicators\": ["
  "    {\"id\": \"p\", \"label\": \"P\", \"decimals\": 1,"
  "     \"unit\": {\"kind\": \"percent\", \"symbol\": \"%\"}, \"observations\": ["
  "      {\"entity\": \"A\", \"period\": \"2013\", \"value\": 40.0},"
  "      {\"entity\": \"A\", \"period\": \"2019\", \"value\": 49.9},"
  "      {\"entity\": \"B\", \"period\": \"2013\", \"value\": 60.0},"
  "      {\"entity\": \"B\", \"period\": \"2019\", \"value\": 55.0, \"qualifier\": \"estimate\"},"
  "      {\"entity\": \"C\", \"period\": \"2013\", \"value\": 20.0},"
  "      {\"entity\": \"C\", \"period\": \"2019\", \"value\": null, \"qualifier\": \"missing\"},"
  "      {\"entity\": \"D\", \"period\": \"2013\", \"value\": 80.0},"
  "      {\"entity\": \"D\", \"period\": \"2019\", \"value\": 95, \"qualifier\": \"greater-than\"},"
  "      {\"entity\": \"W\", \"period\": \"2013\", \"value\": 50.0},"
  "      {\"entity\": \"W\", \"period\": \"2019\", \"value\": 60.0} ] },"
  "    {\"id\": \"k\", \"label\": \"K\", \"unit\": {\"kind\": \"bitrate\", \"symbol\": \"kbit/s\"},"
  "     \"observations\": ["
  "      {\"entity\": \"A\", \"period\": \"2019\", \"breakdown\": {\"area\": \"rural\"}, \"value\": 31},"
  "      {\"entity\": \"A\", \"period\": \"2019\", \"breakdown\": {\"area\": \"urban\"}, \"value\": 40},"
  "      {\"entity\": \"B\", \"period\": \"2019\", \"breakdown\": {\"area\": \"rural\"}, \"value\": 50},"
  "      {\"entity\": \"B\", \"period\": \"2019\", \"breakdown\": {\"area\": \"urban\"}, \"value\": 50} ] } ],"
  "  \"charts\": ["
  "    {\"id\": \"years\", \"kind\": \"dumbbell\", \"title\": \"T\", \"indicator\": \"p\","
  "     \"series\": [ {\"period\": \"2013\"}, {\"period\": \"2019\"} ],"
  "     \"entities\": [\"A\", \"B\", \"C\", \"D\"], \"reference\": \"W\"},"
  "    {\"id\": \"by-gap\", \"kind\": \"dumbbell\", \"title\": \"T\", \"indicator\": \"p\","
  "     \"series\": [ {\"period\": \"2013\"}, {\"period\": \"2019\"} ], \"sort_by\": \"gap\","
  "     \"entities\": [\"A\", \"B\", \"C\", \"D\"], \"arrow\": true, \"highlight\": [\"B\"]},"
  "    {\"id\": \"by-start\", \"kind\": \"dumbbell\", \"title\": \"T\", \"indicator\": \"p\","
  "     \"series\": [ {\"period\": \"2013\"}, {\"period\": \"2019\"} ], \"sort_by\": \"start\","
  "     \"sort\": \"ascending\", \"gap\": \"none\", \"entities\": [\"A\", \"B\", \"C\", \"D\"]},"
  "    {\"id\": \"kbit\", \"kind\": \"dumbbell\", \"title\": \"T\", \"indicator\": \"k\","
  "     \"period\": \"2019\", \"series\": ["
  "       {\"label\": \"Rural areas of the region\", \"breakdown\": {\"area\": \"rural\"}},"
  "       {\"label\": \"Urban areas of the region\", \"breakdown\": {\"area\": \"urban\"}} ],"
  "     \"entities\": [\"B\", \"A\"]} ] }";

static void
test_absolute_gap_and_qualifiers (void)
{
  g_autoptr(ParityDataset) dataset = scene_test_load_string (inline_json);
  g_autoptr(ParityScene) scene = scene_test_layout (dataset, "years", 453.543, 283.465);
  g_autoptr(GPtrArray) dots = scene_test_items (scene, PARITY_ROLE_MARK, PARITY_ITEM_MARKER);
  g_autoptr(GPtrArray) values = scene_test_items_with_role (scene, PARITY_ROLE_VALUE_LABEL);
  g_autoptr(GPtrArray) categories = scene_test_items_with_role (scene, PARITY_ROLE_CATEGORY_LABEL);
  g_autoptr(GPtrArray) connectors = scene_test_items_with_role (scene, PARITY_ROLE_CONNECTOR);
  g_autoptr(GPtrArray) series = scene_test_items_with_role (scene, PARITY_ROLE_SERIES_LABEL);
  g_autoptr(GPtrArray) notes = scene_test_items_with_role (scene, PARITY_ROLE_NOTES);

  scene_test_assert_labels_fit (scene, "years", covers_dot);
  assert_proportional (scene);
  /* Percentages differ by percentage points, signed, and as sure as their ends. */
  g_assert_nonnull (find_text (values, "9.9" NNBSP "pp"));
  g_assert_nonnull (find_text (values, "-5.0" NNBSP "pp e"));
  g_assert_nonnull (find_text (values, "> 15.0" NNBSP "pp"));
  g_assert_nonnull (find_text (values, "> 95.0%"));
  g_assert_nonnull (find_text (values, "55.0% e"));
  g_assert_nonnull (strstr (ITEM (notes, 0)->text, "e: estimate"));

  /* Gamma lacks its 2019 value: one dot, no connector, "no data" for the gap. */
  g_assert_cmpuint (dots->len, ==, 9);
  g_assert_cmpuint (connectors->len, ==, 4);
  g_assert_nonnull (find_text (values, "no data"));
  g_assert_nonnull (find_text (values, "20.0%"));

  /* The reference entity comes last, below a rule. */
  g_assert_cmpuint (categories->len, ==, 5);
  g_assert_cmpstr (ITEM (categories, 4)->text, ==, "World");

  /* Series named by their period. */
  g_assert_cmpuint (series->len, ==, 2);
  g_assert_cmpstr (ITEM (series, 0)->text, ==, "2013");
  g_assert_cmpstr (ITEM (series, 1)->text, ==, "2019");
}

static void
test_unit_gap_and_legend (void)
{
  g_autoptr(ParityDataset) dataset = scene_test_load_string (inline_json);
  g_autoptr(ParityScene) scene = scene_test_layout (dataset, "kbit", 453.543, 283.465);
  g_autoptr(GPtrArray) values = scene_test_items_with_role (scene, PARITY_ROLE_VALUE_LABEL);
  g_autoptr(GPtrArray) legend = scene_test_items (scene, PARITY_ROLE_LEGEND, PARITY_ITEM_TEXT);

  scene_test_assert_labels_fit (scene, "kbit", covers_dot);
  /* Other units differ by themselves. */
  g_assert_nonnull (find_text (values, "0" NNBSP "kbit/s"));
  g_assert_nonnull (find_text (values, "9" NNBSP "kbit/s"));
  /* The first row's dots coincide: no room for direct names, so a legend says them. */
  g_assert_cmpuint (parity_scene_count_role (scene, PARITY_ROLE_SERIES_LABEL), ==, 0);
  g_assert_cmpuint (legend->len, ==, 2);
  g_assert_true (g_str_has_prefix (ITEM (legend, 0)->text, "Rural"));
  g_assert_cmpuint (parity_scene_count_role (scene, PARITY_ROLE_LEGEND), ==, 4);
}

static double
row_value (GPtrArray *dots,
           double     cy,
           gboolean   second)
{
  for (guint i = 0; i < dots->len; i++)
    if (ITEM (dots, i)->cy == cy && (ITEM (dots, i)->shape == PARITY_MARKER_DIAMOND) == second)
      return ITEM (dots, i)->datum.value;
  return NAN;
}

static void
test_sort_arrow_highlight (void)
{
  g_autoptr(ParityDataset) dataset = scene_test_load_string (inline_json);
  g_autoptr(ParityScene) by_gap = scene_test_layout (dataset, "by-gap", 453.543, 283.465);
  g_autoptr(ParityScene) by_start = scene_test_layout (dataset, "by-start", 453.543, 283.465);
  g_autoptr(GPtrArray) categories = scene_test_items_with_role (by_gap, PARITY_ROLE_CATEGORY_LABEL);
  g_autoptr(GPtrArray) start_categories = scene_test_items_with_role (by_start, PARITY_ROLE_CATEGORY_LABEL);
  g_autoptr(GPtrArray) heads = scene_test_items (by_gap, PARITY_ROLE_CONNECTOR, PARITY_ITEM_PATH);
  g_autoptr(GPtrArray) dots = scene_test_items (by_gap, PARITY_ROLE_MARK, PARITY_ITEM_MARKER);
  g_autoptr(GPtrArray) start_values = scene_test_items_with_role (by_start, PARITY_ROLE_VALUE_LABEL);
  static const char * const gap_order[] = { "Delta", "Alpha", "Beta", "Gamma" };
  static const char * const start_order[] = { "Gamma", "Alpha", "Beta", "Delta" };

  scene_test_assert_labels_fit (by_gap, "by-gap", covers_dot);
  scene_test_assert_labels_fit (by_start, "by-start", covers_dot);
  /* "sort_by" alone sorts descending; a row without a gap goes last. */
  for (guint i = 0; i < 4; i++)
    {
      g_assert_cmpstr (ITEM (categories, i)->text, ==, gap_order[i]);
      g_assert_cmpstr (ITEM (start_categories, i)->text, ==, start_order[i]);
    }
  /* "gap": "none" writes no gaps: eight values only (Gamma has one). */
  g_assert_cmpuint (start_values->len, ==, 7);

  /* Arrows point from the start to the end: the tip is nearest the end dot. */
  g_assert_cmpuint (heads->len, ==, 3);
  for (guint i = 0; i < heads->len; i++)
    {
      const ParityItem *head = ITEM (heads, i);
      const ParityPoint *tip = &g_array_index (head->points, ParityPoint, 0);
      double start = row_value (dots, tip->y, FALSE), end = row_value (dots, tip->y, TRUE);
      const ParityPoint *base = &g_array_index (head->points, ParityPoint, 1);

      g_assert_true (head->closed);
      g_assert_false (isnan (start) || isnan (end));
      g_assert_cmpint (tip->x > base->x, ==, end > start);
    }

  /* Beta is highlighted: its connector in the accent colour, the other rows' dots muted. */
  for (guint i = 0; i < dots->len; i++)
    {
      const ParityItem *dot = ITEM (dots, i);
      gboolean beta = dot->datum.entity == parity_dataset_lookup_entity (dataset, "B");
      ParityLayoutOptions options = { 453.543, 283.465, NULL };
      ParityTheme theme;

      parity_theme_init_for_canvas (&theme, options.width, options.height);
      if (beta)
        g_assert_false (dot->fill.red == theme.mark_muted.red &&
                        dot->fill.blue == theme.mark_muted.blue);
      else
        g_assert_true (dot->fill.red == theme.mark_muted.red &&
                       dot->fill.green == theme.mark_muted.green &&
                       dot->fill.blue == theme.mark_muted.blue);
    }
}

/* Every inline chart fits at every preset size, its dots on one axis. */
static void
test_inline_at_every_preset (void)
{
  g_autoptr(ParityDataset) dataset = scene_test_load_string (inline_json);
  guint n_presets;
  const ParityPreset *presets = parity_preset_get_all (&n_presets);

  for (guint c = 0; c < parity_dataset_get_n_charts (dataset); c++)
    for (guint p = 0; p < n_presets; p++)
      {
        const ParityChartSpec *spec = parity_dataset_get_chart (dataset, c);
        g_autoptr(ParityScene) scene = scene_test_layout (dataset, spec->id, presets[p].width,
                                               presets[p].height);
        g_autofree char *where = g_strdup_printf ("%s at %s", spec->id, presets[p].name);

        scene_test_assert_labels_fit (scene, where, covers_dot);
        if (g_str_equal (spec->id, "years"))
          assert_proportional (scene);
      }
}

static void
test_parse_errors (void)
{
  static const char head[] =
    "{ \"format\": \"parity-dataset\", \"version\": 1, \"default_language\": \"en\","
    "  \"title\": \"t\", \"sources\": [], \"entities\": [ {\"id\": \"A\", \"label\": \"A\"} ],"
    "  \"indicators\": [ {\"id\": \"p\", \"label\": \"P\", \"unit\": {\"kind\": \"percent\"},"
    "    \"observations\": [ {\"entity\": \"A\", \"period\": \"2019\", \"value\": 1} ] } ],"
    "  \"charts\": [ {\"id\": \"c\", \"kind\": \"dumbbell\", \"title\": \"T\", \"indicator\": \"p\","
    "    \"period\": \"2019\", ";
  static const struct { const char *tail; const char *message; } cases[] = {
    { "\"series\": [ {} ] } ] }", "$.charts[0].series: a dumbbell chart needs exactly two series" },
    { "\"series\": [ {}, {}, {} ] } ] }", "found 3" },
    { "\"series\": [ {}, {} ], \"gap\": \"ratio\" } ] }",
      "$.charts[0].gap: \"ratio\" is not one of absolute, relative, none" },
    { "\"series\": [ {}, {} ], \"arrow\": \"yes\" } ] }", "$.charts[0].arrow: expected true or false" },
    { "\"series\": [ {}, {} ], \"sort_by\": \"size\" } ] }", "$.charts[0].sort_by:" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *json = g_strconcat (head, cases[i].tail, NULL);
      g_autofree char *message = scene_test_load_error (json);

      if (strstr (message, cases[i].message) == NULL)
        g_error ("case %u: \"%s\" does not say \"%s\"", i, message, cases[i].message);
    }
}

static void
test_small_canvas (void)
{
  g_autoptr(ParityDataset) dataset = scene_test_load_string (inline_json);
  ParityLayoutOptions options = { 300, 95, NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(ParityScene) scene = NULL;

  /* Five rows cannot fit a plot a few lines high: an error, not a squashed chart. */
  scene = parity_layout_chart (dataset, parity_dataset_find_chart (dataset, "years"), &options,
                               &error);
  g_assert_null (scene);
  g_assert_error (error, PARITY_ERROR, PARITY_ERROR_CROWDED);
  g_assert_nonnull (strstr (error->message, "5 rows do not fit"));
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  bundled = scene_test_load_bundled ();

  g_test_add_func ("/dumbbell/bundled-at-every-preset", test_bundled_at_every_preset);
  g_test_add_func ("/dumbbell/bundled-gender-gap", test_bundled_gender_gap);
  g_test_add_func ("/dumbbell/absolute-gap-and-qualifiers", test_absolute_gap_and_qualifiers);
  g_test_add_func ("/dumbbell/unit-gap-and-legend", test_unit_gap_and_legend);
  g_test_add_func ("/dumbbell/sort-arrow-highlight", test_sort_arrow_highlight);
  g_test_add_func ("/dumbbell/inline-at-every-preset", test_inline_at_every_preset);
  g_test_add_func ("/dumbbell/parse-errors", test_parse_errors);
  g_test_add_func ("/dumbbell/small-canvas", test_small_canvas);
  status = g_test_run ();
  g_object_unref (bundled);
  return status;
}
