/* test-range-scene.c: geometry of the range chart, asserted on the scene
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

static ParityDataset *bundled;

#define ITEM(array, i) ((const ParityItem *)g_ptr_array_index ((array), (i)))

/* Besides another text, no text covers a dot or a band. */
static const char *
covers_mark (const ParityItem *text,
             const ParityItem *other)
{
  return other->role == PARITY_ROLE_MARK || other->role == PARITY_ROLE_REFERENCE ? "a mark"
                                                                                 : NULL;
}

static double
zero_x (ParityScene *scene)
{
  g_autoptr(GPtrArray) axes = scene_test_items (scene, PARITY_ROLE_AXIS, PARITY_ITEM_LINE);

  g_assert_cmpuint (axes->len, ==, 1);
  return ITEM (axes, 0)->x1;
}

static const ParityItem *
find_text (GPtrArray  *items,
           const char *text)
{
  for (guint i = 0; i < items->len; i++)
    if (g_strcmp0 (ITEM (items, i)->text, text) == 0)
      return ITEM (items, i);
  g_error ("no text \"%s\"", text);
}

static const ParityItem *
dot_of (GPtrArray *dots,
        double     value)
{
  for (guint i = 0; i < dots->len; i++)
    if (ITEM (dots, i)->datum.value == value)
      return ITEM (dots, i);
  g_error ("no dot for %g", value);
}

/* The bundled chart: one band from 3 % (developed) to 43 % (LDCs), World 17 % marked. */
static void
assert_gender_gap_band (ParityScene *scene,
                        const char  *where)
{
  g_autoptr(GPtrArray) bands = scene_test_items (scene, PARITY_ROLE_MARK, PARITY_ITEM_RECT);
  g_autoptr(GPtrArray) dots = scene_test_items (scene, PARITY_ROLE_MARK, PARITY_ITEM_MARKER);
  g_autoptr(GPtrArray) references = scene_test_items (scene, PARITY_ROLE_REFERENCE,
                                                              PARITY_ITEM_MARKER);
  g_autoptr(GPtrArray) labels = scene_test_items (scene, PARITY_ROLE_VALUE_LABEL,
                                                          PARITY_ITEM_TEXT);
  g_autoptr(GPtrArray) reference_labels =
    scene_test_items (scene, PARITY_ROLE_REFERENCE_LABEL, -1);
  const ParityItem *band, *dev, *dvg, *ldc, *world, *world_label;
  double x0 = zero_x (scene), per_unit;

  scene_test_assert_labels_fit (scene, where, covers_mark);
  g_assert_cmpuint (bands->len, ==, 1);
  g_assert_cmpuint (dots->len, ==, 3);
  g_assert_cmpuint (references->len, ==, 1);
  band = ITEM (bands, 0);
  dev = dot_of (dots, 3);
  dvg = dot_of (dots, 22.9);
  ldc = dot_of (dots, 43);
  world = ITEM (references, 0);

  /* The band runs from the smallest value to the largest, on an axis from zero. */
  per_unit = (ldc->cx - x0) / 43;
  g_assert_cmpfloat_with_epsilon (band->box.x, dev->cx, 1e-6);
  g_assert_cmpfloat_with_epsilon (band->box.x + band->box.width, ldc->cx, 1e-6);
  g_assert_cmpfloat_with_epsilon (dev->cx - x0, 3 * per_unit, 1e-6);
  g_assert_cmpfloat_with_epsilon (dvg->cx - x0, 22.9 * per_unit, 1e-6);
  g_assert_cmpfloat_with_epsilon (world->cx - x0, 17 * per_unit, 1e-6);
  g_assert_cmpfloat (dev->cy, ==, ldc->cy);

  /* World is a distinct mark — another shape and colour — labelled above the band. */
  g_assert_cmpint (world->shape, !=, dev->shape);
  g_assert_false (world->fill.red == dev->fill.red && world->fill.blue == dev->fill.blue);
  g_assert_cmpuint (reference_labels->len, ==, 1);
  world_label = ITEM (reference_labels, 0);
  g_assert_cmpstr (world_label->text, ==, "World\n17.0%");
  g_assert_cmpfloat (world_label->box.y + world_label->box.height, <, band->box.y);
  g_assert_cmpfloat (world_label->box.x, <=, world->cx);
  g_assert_cmpfloat (world_label->box.x + world_label->box.width, >=, world->cx);

  /* Every entity labelled, over its own dot. */
  g_assert_cmpuint (labels->len, ==, 3);
  for (guint i = 0; i < labels->len; i++)
    {
      const ParityItem *label = ITEM (labels, i);
      const ParityItem *dot = dot_of (dots, label->datum.value);

      g_assert_cmpfloat (label->box.x, <=, dot->cx + dot->r1);
      g_assert_cmpfloat (label->box.x + label->box.width, >=, dot->cx - dot->r1);
    }
}

static void
test_bundled_at_every_preset (void)
{
  guint n_presets;
  const ParityPreset *presets = parity_preset_get_all (&n_presets);

  for (guint p = 0; p < n_presets; p++)
    {
      g_autoptr(ParityScene) scene = scene_test_layout (bundled, "internet-gender-gap-range",
                                             presets[p].width, presets[p].height);
      g_autofree char *where = g_strdup_printf ("internet-gender-gap-range at %s",
                                                presets[p].name);
      g_autoptr(GPtrArray) notes = scene_test_items (scene, PARITY_ROLE_NOTES, -1);

      assert_gender_gap_band (scene, where);
      g_assert_null (strstr (ITEM (notes, 0)->text, "left out"));
    }
}

static void
test_bundled_report (void)
{
  g_autoptr(ParityScene) scene = scene_test_layout (bundled, "internet-gender-gap-range", 453.543, 283.465);
  g_autoptr(GPtrArray) labels = scene_test_items (scene, PARITY_ROLE_VALUE_LABEL,
                                                          PARITY_ITEM_TEXT);
  g_autoptr(GPtrArray) bands = scene_test_items (scene, PARITY_ROLE_MARK, PARITY_ITEM_RECT);
  const char *description = parity_scene_get_description (scene);
  const ParityItem *dev = find_text (labels, "Developed countries\n3.0%");
  const ParityItem *dvg = find_text (labels, "Developing countries\n22.9%");
  const ParityItem *ldc = find_text (labels, "Least developed countries\n43.0%");
  double band_y;

  /* Neighbours alternate: below, above, below. */
  band_y = ITEM (bands, 0)->box.y;
  g_assert_cmpfloat (dev->box.y, >, band_y);
  g_assert_cmpfloat (dvg->box.y + dvg->box.height, <, band_y);
  g_assert_cmpfloat (ldc->box.y, >, band_y);

  /* Hit test: the World mark is World's datum. */
  {
    g_autoptr(GPtrArray) references = scene_test_items (scene, PARITY_ROLE_REFERENCE,
                                                                PARITY_ITEM_MARKER);
    const ParityItem *world = ITEM (references, 0);
    int hit = parity_scene_hit_test (scene, world->cx, world->cy);

    g_assert_cmpint (hit, >=, 0);
    g_assert_cmpfloat (parity_scene_get_item (scene, hit)->datum.value, ==, 17);
  }
  g_assert_nonnull (strstr (description, "from 3.0% (Developed countries) to 43.0% "
                                         "(Least developed countries)"));
  g_assert_nonnull (strstr (description, "World (marked) 17.0%"));
}

static const char inline_json[] =
  "{ \"format\": \"parity-dataset\", \"version\": 1, \"default_language\": \"en\","
  "  \"title\": \"t\", \"sources\": [],"
  "  \"entities\": [ {\"id\": \"A\", \"label\": \"Alpha\"}, {\"id\": \"B\", \"label\": \"Beta\"},"
  "    {\"id\": \"C\", \"label\": \"Gamma\"}, {\"id\": \"D\", \"label\": \"Delta\"},"
  "    {\"id\": \"E\", \"label\": \"Epsilon\"}, {\"id\": \"F\", \"label\": \"Zeta\"},"
  "    {\"id\": \"G\", \"label\": \"Eta\"}, {\"id\": \"H\", \"label\": \"Theta\"},"
  "    {\"id\": \"I\", \"label\": \"Iota\"}, {\"id\": \"W\", \"label\": \"World\"} ],"
  "  \"indicators\": ["
  "    {\"id\": \"s\", \"label\": \"S\", \"unit\": {\"kind\": \"percent\", \"symbol\": \"%\"},"
  "     \"observations\": ["
  "      {\"entity\": \"A\", \"period\": \"2019\", \"breakdown\": {\"stat\": \"min\"}, \"value\": 10},"
  "      {\"entity\": \"A\", \"period\": \"2019\", \"breakdown\": {\"stat\": \"max\"}, \"value\": 40},"
  "      {\"entity\": \"A\", \"period\": \"2019\", \"breakdown\": {\"stat\": \"median\"}, \"value\": 25},"
  "      {\"entity\": \"B\", \"period\": \"2019\", \"breakdown\": {\"stat\": \"min\"}, \"value\": 30},"
  "      {\"entity\": \"B\", \"period\": \"2019\", \"breakdown\": {\"stat\": \"max\"}, \"value\": 70,"
  "       \"qualifier\": \"forecast\"},"
  "      {\"entity\": \"B\", \"period\": \"2019\", \"breakdown\": {\"stat\": \"median\"}, \"value\": 65},"
  "      {\"entity\": \"C\", \"period\": \"2019\", \"breakdown\": {\"stat\": \"max\"}, \"value\": 50},"
  "      {\"entity\": \"C\", \"period\": \"2019\", \"breakdown\": {\"stat\": \"median\"}, \"value\": 45},"
  "      {\"entity\": \"W\", \"period\": \"2019\", \"breakdown\": {\"stat\": \"min\"}, \"value\": 5},"
  "      {\"entity\": \"W\", \"period\": \"2019\", \"breakdown\": {\"stat\": \"max\"}, \"value\": 80} ] },"
  "    {\"id\": \"g\", \"label\": \"G\", \"unit\": {\"kind\": \"percent\", \"symbol\": \"%\"},"
  "     \"observations\": ["
  "      {\"entity\": \"A\", \"period\": \"2019\", \"value\": 10},"
  "      {\"entity\": \"B\", \"period\": \"2019\", \"value\": 11},"
  "      {\"entity\": \"C\", \"period\": \"2019\", \"value\": 12},"
  "      {\"entity\": \"D\", \"period\": \"2019\", \"value\": 13},"
  "      {\"entity\": \"E\", \"period\": \"2019\", \"value\": 14, \"qualifier\": \"estimate\"},"
  "      {\"entity\": \"F\", \"period\": \"2019\", \"value\": 15},"
  "      {\"entity\": \"G\", \"period\": \"2019\", \"value\": 30},"
  "      {\"entity\": \"H\", \"period\": \"2019\", \"value\": 31},"
  "      {\"entity\": \"I\", \"period\": \"2019\", \"value\": null, \"qualifier\": \"missing\"},"
  "      {\"entity\": \"W\", \"period\": \"2019\", \"value\": 12.5} ] } ],"
  "  \"charts\": ["
  "    {\"id\": \"rows\", \"kind\": \"range\", \"title\": \"T\", \"indicator\": \"s\","
  "     \"period\": \"2019\", \"entities\": [\"A\", \"B\", \"C\", \"D\"], \"reference\": \"W\","
  "     \"series\": [ {\"label\": \"Lowest\", \"breakdown\": {\"stat\": \"min\"}},"
  "                   {\"label\": \"Highest\", \"breakdown\": {\"stat\": \"max\"}},"
  "                   {\"label\": \"Median\", \"breakdown\": {\"stat\": \"median\"}} ]},"
  "    {\"id\": \"rows-sorted\", \"kind\": \"range\", \"title\": \"T\", \"indicator\": \"s\","
  "     \"period\": \"2019\", \"entities\": [\"A\", \"B\", \"C\"], \"sort\": \"descending\","
  "     \"highlight\": [\"A\"],"
  "     \"series\": [ {\"breakdown\": {\"stat\": \"min\"}}, {\"breakdown\": {\"stat\": \"max\"}} ]},"
  "    {\"id\": \"crowded\", \"kind\": \"range\", \"title\": \"T\", \"indicator\": \"g\","
  "     \"period\": \"2019\", \"reference\": \"W\", \"highlight\": [\"G\"]} ] }";

static void
test_crowded_band (void)
{
  g_autoptr(ParityDataset) dataset = scene_test_load_string (inline_json);
  guint n_presets;
  const ParityPreset *presets = parity_preset_get_all (&n_presets);

  for (guint p = 0; p < n_presets; p++)
    {
      g_autoptr(ParityScene) scene = scene_test_layout (dataset, "crowded", presets[p].width,
                                             presets[p].height);
      g_autofree char *where = g_strdup_printf ("crowded at %s", presets[p].name);
      g_autoptr(GPtrArray) labels = scene_test_items (scene, PARITY_ROLE_VALUE_LABEL,
                                                              PARITY_ITEM_TEXT);
      g_autoptr(GPtrArray) dots = scene_test_items (scene, PARITY_ROLE_MARK, PARITY_ITEM_MARKER);
      g_autoptr(GPtrArray) notes = scene_test_items (scene, PARITY_ROLE_NOTES, -1);
      ParityTheme theme;
      guint above = 0, below = 0, labelled = 0;
      double cy = ITEM (dots, 0)->cy;

      parity_theme_init_for_canvas (&theme, presets[p].width, presets[p].height);
      /* Eight dots close together: their labels never collide; they take both sides, and
       * what finds no room is left out with a note. */
      scene_test_assert_labels_fit (scene, where, covers_mark);
      g_assert_cmpuint (dots->len, ==, 8);
      for (guint i = 0; i < labels->len; i++)
        {
          const ParityItem *label = ITEM (labels, i);

          if (g_str_has_prefix (label->text, "No data"))
            continue;
          labelled++;
          above += label->box.y < cy;
          below += label->box.y > cy;
        }
      g_assert_cmpuint (above, >, 0);
      g_assert_cmpuint (below, >, 0);
      if (labelled < 8)
        g_assert_nonnull (strstr (ITEM (notes, 0)->text, "Some labels are left out"));
      g_assert_nonnull (strstr (ITEM (notes, 0)->text, "e: estimate"));

      /* The entity without a value is named, not drawn. */
      find_text (labels, "No data: Iota");
      /* Eta is highlighted: accent dot, the others plain. */
      for (guint i = 0; i < dots->len; i++)
        {
          const ParityItem *dot = ITEM (dots, i);
          gboolean accent = dot->fill.red == theme.accent.red &&
                            dot->fill.green == theme.accent.green &&
                            dot->fill.blue == theme.accent.blue;

          g_assert_cmpint (accent, ==, dot->datum.value == 30);
        }
    }
}

static void
test_rows (void)
{
  g_autoptr(ParityDataset) dataset = scene_test_load_string (inline_json);
  g_autoptr(ParityScene) scene = scene_test_layout (dataset, "rows", 453.543, 283.465);
  g_autoptr(GPtrArray) bands = scene_test_items (scene, PARITY_ROLE_MARK, PARITY_ITEM_RECT);
  g_autoptr(GPtrArray) dots = scene_test_items (scene, PARITY_ROLE_MARK, PARITY_ITEM_MARKER);
  g_autoptr(GPtrArray) caps = scene_test_items (scene, PARITY_ROLE_MARK, PARITY_ITEM_LINE);
  g_autoptr(GPtrArray) labels = scene_test_items (scene, PARITY_ROLE_VALUE_LABEL,
                                                          PARITY_ITEM_TEXT);
  g_autoptr(GPtrArray) categories = scene_test_items (scene, PARITY_ROLE_CATEGORY_LABEL, -1);
  g_autoptr(GPtrArray) series = scene_test_items (scene, PARITY_ROLE_SERIES_LABEL, -1);
  double x0 = zero_x (scene), per_unit;
  const ParityItem *alpha, *beta;

  scene_test_assert_labels_fit (scene, "rows", covers_mark);
  /* Bands for Alpha, Beta and World (Gamma lacks its low value, Delta everything). */
  g_assert_cmpuint (bands->len, ==, 3);
  alpha = ITEM (bands, 0);
  beta = ITEM (bands, 1);
  per_unit = (alpha->box.x - x0) / 10;
  g_assert_cmpfloat_with_epsilon (alpha->box.width, 30 * per_unit, 1e-6);
  g_assert_cmpfloat_with_epsilon (beta->box.x - x0, 30 * per_unit, 1e-6);
  g_assert_cmpfloat_with_epsilon (beta->box.width, 40 * per_unit, 1e-6);
  /* A band reaching a forecast is hatched. */
  g_assert_cmpint (alpha->fill_style, ==, PARITY_FILL_SOLID);
  g_assert_cmpint (beta->fill_style, ==, PARITY_FILL_HATCH);

  /* Points on the bands; Gamma's lone high value a cap, unlike a point. */
  g_assert_cmpuint (dots->len, ==, 3);
  g_assert_cmpfloat_with_epsilon (dot_of (dots, 25)->cx - x0, 25 * per_unit, 1e-6);
  dot_of (dots, 45);
  g_assert_cmpuint (caps->len, ==, 1);
  g_assert_cmpfloat (ITEM (caps, 0)->datum.value, ==, 50);
  g_assert_cmpfloat_with_epsilon (ITEM (caps, 0)->x1 - x0, 50 * per_unit, 1e-6);
  g_assert_cmpfloat (dot_of (dots, 25)->cy, ==, alpha->box.y + alpha->box.height / 2);

  /* Values at the band ends, the forecast marked; Delta says it has none. */
  g_assert_nonnull (find_text (labels, "10%"));
  g_assert_nonnull (find_text (labels, "40%"));
  g_assert_nonnull (find_text (labels, "70% f"));
  g_assert_nonnull (find_text (labels, "no data"));
  g_assert_cmpfloat (find_text (labels, "10%")->box.x + find_text (labels, "10%")->box.width, <=,
                     alpha->box.x);
  g_assert_cmpfloat (find_text (labels, "40%")->box.x, >=, alpha->box.x + alpha->box.width);

  /* The reference entity comes last; the series are named over the first row. */
  g_assert_cmpuint (categories->len, ==, 5);
  g_assert_cmpstr (ITEM (categories, 4)->text, ==, "World");
  g_assert_cmpuint (series->len, ==, 3);
  g_assert_cmpuint (parity_scene_count_role (scene, PARITY_ROLE_LEGEND), ==, 0);
  g_assert_cmpfloat (ITEM (series, 0)->box.y + ITEM (series, 0)->box.height, <=, alpha->box.y);

  g_assert_nonnull (strstr (parity_scene_get_description (scene),
                            "Alpha: Lowest 10%, Highest 40%, Median 25%"));
}

/* Every inline chart fits at every preset size. */
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

        scene_test_assert_labels_fit (scene, where, covers_mark);
      }
}

static void
test_rows_sorted_and_highlighted (void)
{
  g_autoptr(ParityDataset) dataset = scene_test_load_string (inline_json);
  g_autoptr(ParityScene) scene = scene_test_layout (dataset, "rows-sorted", 453.543, 283.465);
  g_autoptr(GPtrArray) categories = scene_test_items (scene, PARITY_ROLE_CATEGORY_LABEL, -1);
  g_autoptr(GPtrArray) bands = scene_test_items (scene, PARITY_ROLE_MARK, PARITY_ITEM_RECT);
  ParityTheme theme;

  parity_theme_init_for_canvas (&theme, 453.543, 283.465);
  scene_test_assert_labels_fit (scene, "rows-sorted", covers_mark);
  /* By the high value, descending. */
  g_assert_cmpstr (ITEM (categories, 0)->text, ==, "Beta");
  g_assert_cmpstr (ITEM (categories, 1)->text, ==, "Gamma");
  g_assert_cmpstr (ITEM (categories, 2)->text, ==, "Alpha");
  /* The highlighted band is tinted from the accent, the other from the muted colour. */
  g_assert_cmpuint (bands->len, ==, 2);
  g_assert_cmpfloat (ITEM (bands, 1)->fill.red, >, ITEM (bands, 1)->fill.blue);
  g_assert_cmpfloat (ITEM (bands, 0)->fill.red, <, ITEM (bands, 0)->fill.blue);
  /* The series are named over the highlighted row, not over a muted one. */
  {
    g_autoptr(GPtrArray) series = scene_test_items (scene, PARITY_ROLE_SERIES_LABEL, -1);

    g_assert_cmpuint (series->len, ==, 2);
    g_assert_cmpfloat (ITEM (series, 0)->box.y, >, ITEM (bands, 0)->box.y);
    g_assert_cmpfloat (ITEM (series, 0)->box.y + ITEM (series, 0)->box.height, <=,
                       ITEM (bands, 1)->box.y);
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
    "  \"charts\": [ {\"id\": \"c\", \"kind\": \"range\", \"title\": \"T\", \"indicator\": \"p\","
    "    \"period\": \"2019\", ";
  static const char * const tails[] = {
    "\"series\": [ {} ] } ] }",
    "\"series\": [ {}, {}, {}, {} ] } ] }",
  };

  for (guint i = 0; i < G_N_ELEMENTS (tails); i++)
    {
      g_autofree char *json = g_strconcat (head, tails[i], NULL);
      g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));
      g_autoptr(GError) error = NULL;
      g_autoptr(ParityDataset) dataset = parity_dataset_load_bytes (bytes, "inline.json", &error);

      g_assert_null (dataset);
      g_assert_error (error, PARITY_ERROR, PARITY_ERROR_CONTENT);
      g_assert_nonnull (strstr (error->message, "$.charts[0].series: a range chart needs two "
                                                "series"));
    }
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  bundled = scene_test_load_bundled ();

  g_test_add_func ("/range/bundled-at-every-preset", test_bundled_at_every_preset);
  g_test_add_func ("/range/bundled-report", test_bundled_report);
  g_test_add_func ("/range/crowded-band", test_crowded_band);
  g_test_add_func ("/range/rows", test_rows);
  g_test_add_func ("/range/inline-at-every-preset", test_inline_at_every_preset);
  g_test_add_func ("/range/rows-sorted-and-highlighted", test_rows_sorted_and_highlighted);
  g_test_add_func ("/range/parse-errors", test_parse_errors);
  status = g_test_run ();
  g_object_unref (bundled);
  return status;
}
