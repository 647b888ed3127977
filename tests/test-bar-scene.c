/* test-bar-scene.c: geometry of the bar chart, asserted on the scene
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

/* The bars: rectangles among the marks. */
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

/* Bar length is proportional to value, and every bar starts at the same zero line: the
 * left edge of horizontal bars, the bottom of vertical ones. (The open ends of censored
 * bars are paths, not rectangles.) */
static void
assert_proportional (ParityScene *scene)
{
  g_autoptr(GPtrArray) marks = scene_test_items_with_role (scene, PARITY_ROLE_MARK);
  g_autoptr(GPtrArray) bars = g_ptr_array_new ();
  const ParityItem *first;
  gboolean horizontal = TRUE, vertical = TRUE;
  double per_unit;

  for (guint i = 0; i < marks->len; i++)
    if (((ParityItem *)g_ptr_array_index (marks, i))->kind == PARITY_ITEM_RECT)
      g_ptr_array_add (bars, g_ptr_array_index (marks, i));
  g_assert_cmpuint (bars->len, >, 0);
  first = g_ptr_array_index (bars, 0);
  for (guint i = 0; i < bars->len; i++)
    {
      const ParityItem *bar = g_ptr_array_index (bars, i);

      horizontal &= fabs (bar->box.x - first->box.x) < 1e-9;
      vertical &= fabs (bar->box.y + bar->box.height - first->box.y - first->box.height) < 1e-9;
    }
  g_assert_true (horizontal || vertical);
  per_unit = (horizontal ? first->box.width : first->box.height) / first->datum.value;
  for (guint i = 0; i < bars->len; i++)
    {
      const ParityItem *bar = g_ptr_array_index (bars, i);

      g_assert_true (bar->has_datum);
      g_assert_cmpfloat_with_epsilon (horizontal ? bar->box.width : bar->box.height,
                                      bar->datum.value * per_unit, 1e-6);
    }
}

static void
test_every_chart_at_every_preset (void)
{
  guint n_presets;
  const ParityPreset *presets = parity_preset_get_all (&n_presets);

  for (guint c = 0; c < parity_dataset_get_n_charts (bundled); c++)
    for (guint p = 0; p < n_presets; p++)
      {
        const ParityChartSpec *spec = parity_dataset_get_chart (bundled, c);
        g_autoptr(ParityScene) scene = NULL;
        g_autofree char *where = NULL;

        /* The other kinds have their own tests. */
        if (!g_str_equal (spec->kind, "bar"))
          continue;
        scene = scene_test_layout (bundled, spec->id, presets[p].width, presets[p].height);
        where = g_strdup_printf ("%s at %s", spec->id, presets[p].name);

        assert_proportional (scene);
        scene_test_assert_labels_fit (scene, where, NULL);
      }
}

static void
test_development_chart (void)
{
  g_autoptr(ParityScene) scene = scene_test_layout (bundled, "internet-use-by-development", 453.5, 283.5);
  g_autoptr(GPtrArray) bars = scene_test_items_with_role (scene, PARITY_ROLE_MARK);
  g_autoptr(GPtrArray) values = scene_test_items_with_role (scene, PARITY_ROLE_VALUE_LABEL);
  g_autoptr(GPtrArray) references = scene_test_items_with_role (scene, PARITY_ROLE_REFERENCE);
  g_autoptr(GPtrArray) sources = scene_test_items_with_role (scene, PARITY_ROLE_SOURCE);
  const ParityItem *dev, *ldc, *world;
  double per_unit;

  /* Three bars in the given order, World as a reference line rather than a bar. */
  g_assert_cmpuint (bars->len, ==, 3);
  dev = g_ptr_array_index (bars, 0);
  ldc = g_ptr_array_index (bars, 2);
  g_assert_cmpfloat (dev->datum.value, ==, 86.6);
  g_assert_cmpfloat (ldc->datum.value, ==, 19.1);
  g_assert_cmpfloat (dev->box.y, <, ldc->box.y);
  g_assert_cmpuint (references->len, ==, 1);
  world = g_ptr_array_index (references, 0);
  per_unit = dev->box.width / 86.6;
  g_assert_cmpfloat_with_epsilon (world->x1 - dev->box.x, 53.6 * per_unit, 1e-6);
  g_assert_true (world->dash > 0);

  /* The highlighted LDC bar stands out in colour. */
  g_assert_false (dev->fill.red == ldc->fill.red && dev->fill.green == ldc->fill.green &&
                  dev->fill.blue == ldc->fill.blue);

  g_assert_cmpstr (((ParityItem *)g_ptr_array_index (values, 0))->text, ==, "86.6%");
  g_assert_cmpstr (((ParityItem *)g_ptr_array_index (values, 2))->text, ==, "19.1%");
  g_assert_cmpuint (sources->len, ==, 1);
  g_assert_true (g_str_has_prefix (((ParityItem *)g_ptr_array_index (sources, 0))->text,
                                   "Source: ITU, Measuring digital development"));

  /* Hit test: the middle of a bar is that bar's datum. */
  {
    int hit = parity_scene_hit_test (scene, dev->box.x + dev->box.width / 2,
                                     dev->box.y + dev->box.height / 2);

    g_assert_cmpint (hit, >=, 0);
    g_assert_cmpfloat (parity_scene_get_item (scene, hit)->datum.value, ==, 86.6);
    g_assert_cmpint (parity_scene_hit_test (scene, 1, 1), ==, -1);
  }

  /* The text description carries the values, for screen readers and alt text. */
  g_assert_nonnull (strstr (parity_scene_get_description (scene), "Least developed countries 19.1%"));
  g_assert_nonnull (strstr (parity_scene_get_description (scene), "World (reference line) 53.6%"));
}

static void
test_sorted_and_censored (void)
{
  g_autoptr(ParityScene) scene = scene_test_layout (bundled, "3g-coverage-by-region", 453.5, 283.5);
  g_autoptr(GPtrArray) bars = bar_rects (scene);
  g_autoptr(GPtrArray) values = scene_test_items_with_role (scene, PARITY_ROLE_VALUE_LABEL);
  guint censored = 0;

  g_assert_cmpuint (bars->len, ==, 6);
  for (guint i = 1; i < bars->len; i++)
    g_assert_cmpfloat (((ParityItem *)g_ptr_array_index (bars, i - 1))->box.width, >=,
                       ((ParityItem *)g_ptr_array_index (bars, i))->box.width);
  for (guint i = 0; i < values->len; i++)
    censored += g_strcmp0 (((ParityItem *)g_ptr_array_index (values, i))->text, "> 95%") == 0;
  /* "More than 95 %" stays a censored value all the way to the label. */
  g_assert_cmpuint (censored, ==, 3);

  /* ...and the bar says so too: it reaches the bound and fades out beyond it, short of
   * the label, while the exact bars end clean. */
  for (guint i = 0; i < bars->len; i++)
    {
      const ParityItem *bar = g_ptr_array_index (bars, i);
      const ParityItem *label = g_ptr_array_index (values, i);
      gboolean bound = bar->datum.qualifier == PARITY_QUALIFIER_GREATER_THAN;
      guint fades = 0;
      double previous_alpha = 1, end = bar->box.x + bar->box.width;

      for (guint j = 0; j < parity_scene_get_n_items (scene); j++)
        {
          const ParityItem *item = parity_scene_get_item (scene, j);

          if (item->role != PARITY_ROLE_MARK || item->kind != PARITY_ITEM_PATH ||
              item->datum.entity != bar->datum.entity)
            continue;
          fades++;
          g_assert_true (item->closed);
          g_assert_cmpfloat (item->box.x, >=, end - 1e-6);
          g_assert_cmpfloat (item->box.x + item->box.width, <, label->box.x);
          g_assert_cmpfloat (item->fill.alpha, <, previous_alpha);
          previous_alpha = item->fill.alpha;
        }
      g_assert_cmpuint (fades > 0, ==, bound);
    }
}

static const char missing_json[] =
  "{ \"format\": \"parity-dataset\", \"version\": 1, \"default_language\": \"en\","
  "  \"title\": \"t\", \"sources\": [],"
  "  \"entities\": [ {\"id\": \"A\", \"label\": \"Alpha\"}, {\"id\": \"B\", \"label\": \"Beta\"},"
  "                  {\"id\": \"C\", \"label\": \"Gamma\"} ],"
  "  \"indicators\": [ {\"id\": \"i\", \"label\": \"I\", \"unit\": {\"kind\": \"count\"},"
  "    \"observations\": ["
  "      {\"entity\": \"A\", \"period\": \"2019\", \"value\": 40},"
  "      {\"entity\": \"B\", \"period\": \"2019\", \"value\": null, \"qualifier\": \"missing\"},"
  "      {\"entity\": \"C\", \"period\": \"2019\", \"value\": 7, \"qualifier\": \"estimate\"},"
  "      {\"entity\": \"C\", \"period\": \"2018\", \"value\": null} ] } ],"
  "  \"charts\": ["
  "    {\"id\": \"gap\", \"kind\": \"bar\", \"title\": \"T\", \"indicator\": \"i\","
  "     \"period\": \"2019\", \"entities\": [\"A\", \"B\", \"C\"], \"sort\": \"ascending\"},"
  "    {\"id\": \"empty\", \"kind\": \"bar\", \"title\": \"T\", \"indicator\": \"i\","
  "     \"period\": \"2018\"} ] }";

static void
test_missing_values_leave_a_gap (void)
{
  g_autoptr(ParityDataset) dataset = scene_test_load_string (missing_json);
  g_autoptr(ParityScene) scene = scene_test_layout (dataset, "gap", 400, 300);
  g_autoptr(GPtrArray) bars = scene_test_items_with_role (scene, PARITY_ROLE_MARK);
  g_autoptr(GPtrArray) values = scene_test_items_with_role (scene, PARITY_ROLE_VALUE_LABEL);
  g_autoptr(GPtrArray) notes = scene_test_items_with_role (scene, PARITY_ROLE_NOTES);

  /* Two bars, ascending; the missing one sorts last, says so, and has no bar. */
  g_assert_cmpuint (bars->len, ==, 2);
  g_assert_cmpuint (values->len, ==, 3);
  g_assert_cmpstr (((ParityItem *)g_ptr_array_index (values, 0))->text, ==, "7 e");
  g_assert_cmpstr (((ParityItem *)g_ptr_array_index (values, 1))->text, ==, "40");
  g_assert_cmpstr (((ParityItem *)g_ptr_array_index (values, 2))->text, ==, "no data");
  g_assert_cmpuint (notes->len, ==, 1);
  g_assert_nonnull (strstr (((ParityItem *)g_ptr_array_index (notes, 0))->text, "e: estimate"));
  assert_proportional (scene);
}

static void
test_errors (void)
{
  g_autoptr(ParityDataset) dataset = scene_test_load_string (missing_json);
  ParityLayoutOptions tiny = { 40, 40, NULL }, ok = { 400, 300, NULL };
  g_autoptr(GError) error = NULL;
  ParityScene *scene;

  scene = parity_layout_chart (dataset, parity_dataset_find_chart (dataset, "empty"), &ok,
                               &error);
  g_assert_null (scene);
  g_assert_error (error, PARITY_ERROR, PARITY_ERROR_EMPTY);
  g_assert_nonnull (strstr (error->message, "no value for 2018"));
  g_clear_error (&error);

  scene = parity_layout_chart (dataset, parity_dataset_find_chart (dataset, "gap"), &tiny,
                               &error);
  g_assert_null (scene);
  g_assert_error (error, PARITY_ERROR, PARITY_ERROR_INVALID);
}

/* Text grows with the canvas, so a slide is legible from the back of the room. */
static void
test_text_scales_with_canvas (void)
{
  g_autoptr(ParityScene) report = scene_test_layout (bundled, "internet-use-by-region", 453.5, 283.5);
  g_autoptr(ParityScene) slide = scene_test_layout (bundled, "internet-use-by-region", 1440, 810);
  g_autoptr(GPtrArray) small = scene_test_items_with_role (report, PARITY_ROLE_TITLE);
  g_autoptr(GPtrArray) big = scene_test_items_with_role (slide, PARITY_ROLE_TITLE);
  double ratio = ((ParityItem *)g_ptr_array_index (big, 0))->box.height /
                 ((ParityItem *)g_ptr_array_index (small, 0))->box.height;

  g_assert_cmpfloat (ratio, >, 2.5);
  g_assert_cmpfloat (ratio, <, 3.6);
}

/* An item stays where it is while more are added: layouts keep a label and then add its
 * knock-out from the label's own box (a use after free, found by AddressSanitizer, when the
 * items were one growing array). */
static void
test_items_stay_put (void)
{
  g_autoptr(ParityScene) scene = parity_scene_new (100, 100);
  ParityColor white = { 1, 1, 1, 1 };
  ParityItem *first = parity_scene_add_rect (scene, PARITY_ROLE_MARK,
                                             &(ParityRect) { 1, 2, 3, 4 }, &white);

  for (guint i = 0; i < 10000; i++)
    parity_scene_add_rect (scene, PARITY_ROLE_BACKGROUND, &first->box, &white);
  g_assert_true (parity_scene_get_item (scene, 0) == first);
  g_assert_true (parity_scene_get_item (scene, 9999)->box.height == 4);
  g_assert_cmpuint (parity_scene_get_n_items (scene), ==, 10001);
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  bundled = scene_test_load_bundled ();

  g_test_add_func ("/scene/items-stay-put", test_items_stay_put);
  g_test_add_func ("/bar/every-chart-at-every-preset", test_every_chart_at_every_preset);
  g_test_add_func ("/bar/development-chart", test_development_chart);
  g_test_add_func ("/bar/sorted-and-censored", test_sorted_and_censored);
  g_test_add_func ("/bar/missing-values-leave-a-gap", test_missing_values_leave_a_gap);
  g_test_add_func ("/bar/errors", test_errors);
  g_test_add_func ("/bar/text-scales-with-canvas", test_text_scales_with_canvas);
  status = g_test_run ();
  g_object_unref (bundled);
  return status;
}
