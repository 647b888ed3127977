/* test-line-scene.c: geometry of the line chart, asserted on the scene
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "scene-test-util.h"
#include "parity-error.h"
#include "parity-layout.h"
#include "parity-loader.h"
#include "parity-preset.h"

#define NNBSP "\xE2\x80\xAF"  /* between a number and its unit */

static ParityDataset *bundled;
static ParityDataset *fixtures;  /* kinds/line-test.json: made-up series */

static ParityDataset *
load_string (const char *json,
             GError    **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));

  return parity_dataset_load_bytes (bytes, "inline.json", error);
}

/* The marker of a period, found by its datum. */
static const ParityItem *
marker_at (ParityScene   *scene,
           ParityDataset *dataset,
           const char    *period)
{
  g_autoptr(GPtrArray) markers = scene_test_items (scene, PARITY_ROLE_MARK, PARITY_ITEM_MARKER);
  guint32 p = parity_dataset_lookup_period (dataset, period);

  for (guint i = 0; i < markers->len; i++)
    if (((ParityItem *)g_ptr_array_index (markers, i))->datum.period == p)
      return g_ptr_array_index (markers, i);
  g_error ("no marker for %s", period);
  return NULL;
}

/* The horizontal axis line: zero, or the foot of a log scale. */
static const ParityItem *
baseline (ParityScene *scene)
{
  g_autoptr(GPtrArray) axis = scene_test_items (scene, PARITY_ROLE_AXIS, PARITY_ITEM_LINE);

  for (guint i = 0; i < axis->len; i++)
    {
      const ParityItem *line = g_ptr_array_index (axis, i);

      if (line->y1 == line->y2)
        return line;
    }
  g_error ("no baseline");
  return NULL;
}

/* Besides another text, no value or series label covers a marker. */
static const char *
covers_marker (const ParityItem *text,
               const ParityItem *other)
{
  return (text->role == PARITY_ROLE_VALUE_LABEL || text->role == PARITY_ROLE_SERIES_LABEL) &&
         other->kind == PARITY_ITEM_MARKER ? "a marker" : NULL;
}

/* Texts fit (see scene_test_assert_labels_fit()) and every mark carries its datum. */
static void
assert_labels_fit (ParityScene *scene,
                   const char  *where)
{
  for (guint i = 0; i < parity_scene_get_n_items (scene); i++)
    if (parity_scene_get_item (scene, i)->role == PARITY_ROLE_MARK)
      g_assert_true (parity_scene_get_item (scene, i)->has_datum);
  scene_test_assert_labels_fit (scene, where, covers_marker);
}

static void
test_every_line_chart_at_every_preset (void)
{
  ParityDataset *datasets[] = { bundled, fixtures };
  guint n_presets, n_charts = 0;
  const ParityPreset *presets = parity_preset_get_all (&n_presets);

  for (guint d = 0; d < G_N_ELEMENTS (datasets); d++)
    for (guint c = 0; c < parity_dataset_get_n_charts (datasets[d]); c++)
      {
        const ParityChartSpec *spec = parity_dataset_get_chart (datasets[d], c);

        if (!g_str_equal (spec->kind, "line") || g_str_equal (spec->id, "gaps-log"))
          continue;
        n_charts++;
        for (guint p = 0; p < n_presets; p++)
          {
            g_autoptr(ParityScene) scene = scene_test_layout (datasets[d], spec->id, presets[p].width,
                                                   presets[p].height);
            g_autofree char *where = g_strdup_printf ("%s at %s", spec->id, presets[p].name);

            g_assert_cmpuint (parity_scene_count_role (scene, PARITY_ROLE_MARK), >, 0);
            assert_labels_fit (scene, where);
          }
      }
  g_assert_cmpuint (n_charts, >=, 7);
}

/* 2002, 2017 and 2022 stand 15 : 5 apart, not evenly. */
static void
test_years_are_proportional (void)
{
  guint n_presets;
  const ParityPreset *presets = parity_preset_get_all (&n_presets);

  for (guint p = 0; p < n_presets; p++)
    {
      g_autoptr(ParityScene) scene = scene_test_layout (bundled, "ip-traffic", presets[p].width,
                                             presets[p].height);
      double x2002 = marker_at (scene, bundled, "2002")->cx;
      double x2017 = marker_at (scene, bundled, "2017")->cx;
      double x2022 = marker_at (scene, bundled, "2022")->cx;

      g_assert_cmpfloat_with_epsilon ((x2017 - x2002) / (x2022 - x2017), 3.0, 1e-9);
    }
}

/* On the log scale every decade has the same height, with a tick at each power of ten. */
static void
test_log_decades_are_equal (void)
{
  /* Compact from 10,000 on, as CLDR writes it in English. */
  static const char * const expected[] = { "100", "1,000", "10K", "100K", "1M" };
  g_autoptr(ParityScene) scene = scene_test_layout (bundled, "ip-traffic", 453.543, 283.465);
  g_autoptr(GPtrArray) grid = scene_test_items (scene, PARITY_ROLE_GRID, PARITY_ITEM_LINE);
  g_autoptr(GPtrArray) ticks = scene_test_items (scene, PARITY_ROLE_TICK_LABEL, PARITY_ITEM_TEXT);
  g_autoptr(GPtrArray) titles = scene_test_items (scene, PARITY_ROLE_AXIS_LABEL, PARITY_ITEM_TEXT);
  const ParityItem *base = baseline (scene);
  double decade, y100, y45000;

  /* The grid lines are the decades above the baseline. */
  g_assert_cmpuint (grid->len, ==, 4);
  decade = base->y1 - ((ParityItem *)g_ptr_array_index (grid, 0))->y1;
  g_assert_cmpfloat (decade, >, 10);
  for (guint i = 1; i < grid->len; i++)
    g_assert_cmpfloat_with_epsilon (((ParityItem *)g_ptr_array_index (grid, i - 1))->y1 -
                                    ((ParityItem *)g_ptr_array_index (grid, i))->y1, decade,
                                    1e-9);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpstr (((ParityItem *)g_ptr_array_index (ticks, i))->text, ==, expected[i]);

  /* 45,000 stands log10 (450) decades above 100. */
  y100 = marker_at (scene, bundled, "2002")->cy;
  y45000 = marker_at (scene, bundled, "2017")->cy;
  g_assert_cmpfloat_with_epsilon (y100, base->y1, 1e-9);
  g_assert_cmpfloat_with_epsilon ((y100 - y45000) / decade, log10 (450), 1e-9);

  g_assert_cmpuint (titles->len, ==, 1);
  g_assert_cmpstr (((ParityItem *)g_ptr_array_index (titles, 0))->text, ==, "GB/s, log scale");
}

/* The forecast is drawn distinctly: a dashed piece into a hollow marker. */
static void
test_forecast_is_dashed_and_hollow (void)
{
  g_autoptr(ParityScene) scene = scene_test_layout (bundled, "ip-traffic", 453.543, 283.465);
  g_autoptr(GPtrArray) paths = scene_test_items (scene, PARITY_ROLE_MARK, PARITY_ITEM_PATH);
  const ParityItem *solid = NULL, *dashed = NULL, *end;
  const ParityPoint *last;

  g_assert_cmpuint (paths->len, ==, 2);
  for (guint i = 0; i < paths->len; i++)
    {
      const ParityItem *path = g_ptr_array_index (paths, i);

      if (path->dash > 0)
        dashed = path;
      else
        solid = path;
    }
  g_assert_nonnull (solid);
  g_assert_nonnull (dashed);
  g_assert_cmpuint (dashed->points->len, ==, 2);
  g_assert_cmpint (dashed->datum.qualifier, ==, PARITY_QUALIFIER_FORECAST);
  end = marker_at (scene, bundled, "2022");
  last = &g_array_index (dashed->points, ParityPoint, 1);
  g_assert_cmpfloat_with_epsilon (last->x, end->cx, 1e-9);
  g_assert_cmpfloat_with_epsilon (last->y, end->cy, 1e-9);
  g_assert_true (end->hollow);
  g_assert_true (marker_at (scene, bundled, "2002")->hollow);   /* "about" 100 */
  g_assert_false (marker_at (scene, bundled, "2017")->hollow);  /* more than 45,000 */

  /* "Global Internet Protocol traffic" does not say whose line it is: its end names it,
   * with no key. */
  g_assert_cmpuint (parity_scene_count_role (scene, PARITY_ROLE_SERIES_LABEL), ==, 1);
  g_assert_cmpuint (parity_scene_count_role (scene, PARITY_ROLE_LEGEND), ==, 0);
}

static const char japan_json[] =
  "{ \"format\": \"parity-dataset\", \"version\": 1, \"default_language\": \"en\","
  "  \"title\": \"t\", \"sources\": [],"
  "  \"entities\": [ {\"id\": \"JPN\", \"label\": \"Japan\"} ],"
  "  \"indicators\": [ {\"id\": \"IT.NET.USER.ZS\", \"label\": \"Internet users\","
  "    \"unit\": {\"kind\": \"percent\"}, \"observations\": ["
  "      {\"entity\": \"JPN\", \"period\": \"2010\", \"value\": 78.2},"
  "      {\"entity\": \"JPN\", \"period\": \"2020\", \"value\": 90.2} ] } ],"
  "  \"charts\": ["
  "    {\"id\": \"anonymous\", \"kind\": \"line\", \"title\": \"Internet users\","
  "     \"indicator\": \"IT.NET.USER.ZS\"},"
  "    {\"id\": \"in-title\", \"kind\": \"line\", \"title\": \"Internet users in JAPAN\","
  "     \"indicator\": \"IT.NET.USER.ZS\"},"
  "    {\"id\": \"in-subtitle\", \"kind\": \"line\", \"title\": \"Internet users\","
  "     \"subtitle\": \"Japan, % of population\", \"indicator\": \"IT.NET.USER.ZS\"} ] }";

/* A single line says whose it is (a World Bank file for Japan alone): a name at its end,
 * in the text items of the scene, unless the title or subtitle names it already. */
static void
test_single_line_is_named (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ParityDataset) dataset = load_string (japan_json, &error);
  static const struct { const char *chart; guint n_names; } cases[] = {
    { "anonymous", 1 }, { "in-title", 0 }, { "in-subtitle", 0 },
  };

  g_assert_no_error (error);
  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autoptr(ParityScene) scene = scene_test_layout (dataset, cases[c].chart, 453.543, 283.465);
      g_autoptr(GPtrArray) names = scene_test_items_with_role (scene, PARITY_ROLE_SERIES_LABEL);

      g_test_message ("%s", cases[c].chart);
      g_assert_cmpuint (names->len, ==, cases[c].n_names);
      g_assert_cmpuint (parity_scene_count_role (scene, PARITY_ROLE_LEGEND), ==, 0);
      for (guint i = 0; i < names->len; i++)
        {
          const ParityItem *name = g_ptr_array_index (names, i);

          g_assert_cmpint (name->kind, ==, PARITY_ITEM_TEXT);
          g_assert_cmpstr (name->text, ==, "Japan");
        }
    }
}

/* "About", "more than" and "forecast" reach the value labels at every size. */
static void
test_qualifiers_reach_the_labels (void)
{
  static const char * const expected[] = {
    "\xE2\x89\x88 100" NNBSP "GB/s", "> 45,000" NNBSP "GB/s", "150,000" NNBSP "GB/s f",
  };
  guint n_presets;
  const ParityPreset *presets = parity_preset_get_all (&n_presets);

  for (guint p = 0; p < n_presets; p++)
    {
      g_autoptr(ParityScene) scene = scene_test_layout (bundled, "ip-traffic", presets[p].width,
                                             presets[p].height);
      g_autoptr(GPtrArray) values = scene_test_items (scene, PARITY_ROLE_VALUE_LABEL,
                                                 PARITY_ITEM_TEXT);

      g_assert_cmpuint (values->len, ==, G_N_ELEMENTS (expected));
      for (guint i = 0; i < values->len; i++)
        {
          const ParityItem *label = g_ptr_array_index (values, i);

          g_assert_cmpstr (label->text, ==, expected[i]);
          g_assert_true (label->has_datum);
        }
      g_assert_nonnull (strstr (parity_scene_get_description (scene),
                                "2002 \xE2\x89\x88 100" NNBSP "GB/s, 2017 > 45,000" NNBSP "GB/s"));
    }
}

static void
test_hit_test_finds_the_point (void)
{
  g_autoptr(ParityScene) scene = scene_test_layout (bundled, "ip-traffic", 453.543, 283.465);
  const ParityItem *marker = marker_at (scene, bundled, "2017");
  int hit = parity_scene_hit_test (scene, marker->cx, marker->cy);

  g_assert_cmpint (hit, >=, 0);
  g_assert_cmpfloat (parity_scene_get_item (scene, hit)->datum.value, ==, 45000);
  g_assert_cmpint (parity_scene_get_item (scene, hit)->datum.qualifier, ==,
                   PARITY_QUALIFIER_GREATER_THAN);
}

/* A linear axis starts at zero, and heights above it are proportional to the values. */
static void
test_linear_is_proportional (void)
{
  g_autoptr(ParityScene) scene = scene_test_layout (fixtures, "gaps", 453.543, 283.465);
  g_autoptr(GPtrArray) markers = scene_test_items (scene, PARITY_ROLE_MARK, PARITY_ITEM_MARKER);
  g_autoptr(GPtrArray) ticks = scene_test_items (scene, PARITY_ROLE_TICK_LABEL, PARITY_ITEM_TEXT);
  double zero = baseline (scene)->y1, per_unit;

  g_assert_cmpstr (((ParityItem *)g_ptr_array_index (ticks, 0))->text, ==, "0");
  per_unit = (zero - marker_at (scene, fixtures, "2010")->cy) / 10;
  g_assert_cmpfloat (per_unit, >, 0);
  g_assert_cmpuint (markers->len, ==, 6);
  for (guint i = 0; i < markers->len; i++)
    {
      const ParityItem *m = g_ptr_array_index (markers, i);

      g_assert_cmpfloat_with_epsilon (zero - m->cy, m->datum.value * per_unit, 1e-6);
    }
}

static const char gap_json[] =
  "{ \"format\": \"parity-dataset\", \"version\": 1, \"default_language\": \"en\","
  "  \"title\": \"t\", \"sources\": [],"
  "  \"entities\": [ {\"id\": \"A\", \"label\": \"Alpha\"} ],"
  "  \"indicators\": [ {\"id\": \"i\", \"label\": \"I\", \"unit\": {\"kind\": \"count\"},"
  "    \"observations\": ["
  "      {\"entity\": \"A\", \"period\": \"2010\", \"value\": 1},"
  "      {\"entity\": \"A\", \"period\": \"2011\", \"value\": 2},"
  "      {\"entity\": \"A\", \"period\": \"2012\", \"value\": null, \"qualifier\": \"missing\"},"
  "      {\"entity\": \"A\", \"period\": \"2013\", \"value\": 3},"
  "      {\"entity\": \"A\", \"period\": \"2014\", \"value\": 4},"
  "      {\"entity\": \"A\", \"period\": \"2016\", \"value\": 5} ] } ],"
  "  \"charts\": [ {\"id\": \"c\", \"kind\": \"line\", \"title\": \"T\", \"indicator\": \"i\"} ] }";

static const char millions_json[] =
  "{ \"format\": \"parity-dataset\", \"version\": 1, \"default_language\": \"en\","
  "  \"title\": \"t\", \"sources\": [],"
  "  \"entities\": [ {\"id\": \"A\", \"label\": \"Alpha\"} ],"
  "  \"indicators\": [ {\"id\": \"i\", \"label\": \"I\","
  "    \"unit\": {\"kind\": \"count\", \"label\": \"Persons\", \"scale\": 1e6},"
  "    \"observations\": ["
  "      {\"entity\": \"A\", \"period\": \"2010\", \"value\": 8.8},"
  "      {\"entity\": \"A\", \"period\": \"2011\", \"value\": 8.9} ] } ],"
  "  \"charts\": [ {\"id\": \"c\", \"kind\": \"line\", \"title\": \"T\", \"indicator\": \"i\"} ] }";

/* Values counted in millions say so, on the labels and on the axis, or 8.8 million people
 * would read as 8.8 people. */
static void
test_scaled_unit_says_so (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ParityDataset) dataset = load_string (millions_json, &error);
  g_autoptr(ParityScene) scene = NULL;
  g_autoptr(GPtrArray) titles = NULL, labels = NULL;

  g_assert_no_error (error);
  scene = scene_test_layout (dataset, "c", 453.543, 283.465);
  titles = scene_test_items (scene, PARITY_ROLE_AXIS_LABEL, PARITY_ITEM_TEXT);
  labels = scene_test_items (scene, PARITY_ROLE_VALUE_LABEL, PARITY_ITEM_TEXT);
  g_assert_cmpuint (titles->len, ==, 1);
  g_assert_cmpstr (((ParityItem *)g_ptr_array_index (titles, 0))->text, ==,
                   "Persons (millions)");
  g_assert_cmpuint (labels->len, >=, 1);
  for (guint i = 0; i < labels->len; i++)
    g_assert_true (g_str_has_suffix (((ParityItem *)g_ptr_array_index (labels, i))->text,
                                     " million"));
}

/* Data fetched from a service are cited with the day and the address; the day's year is not
 * said twice. */
static void
test_source_cites_retrieval (void)
{
  g_autoptr(GString) json = g_string_new (millions_json);
  g_autoptr(GError) error = NULL;
  g_autoptr(ParityDataset) dataset = NULL;
  g_autoptr(ParityScene) scene = NULL;
  g_autoptr(GPtrArray) sources = NULL;

  g_string_replace (json, "\"sources\": []",
                    "\"sources\": [{\"id\": \"s\", \"title\": \"Population\", "
                    "\"publisher\": \"ECB\", \"url\": \"https://example.org/p\", "
                    "\"year\": 2019, \"retrieved\": \"2019-02-03\"}]", 1);
  g_string_replace (json, "\"label\": \"I\",", "\"label\": \"I\", \"source\": \"s\",", 1);
  dataset = load_string (json->str, &error);
  g_assert_no_error (error);
  scene = scene_test_layout (dataset, "c", 453.543, 283.465);
  sources = scene_test_items (scene, PARITY_ROLE_SOURCE, PARITY_ITEM_TEXT);
  g_assert_cmpuint (sources->len, ==, 1);
  g_assert_cmpstr (((ParityItem *)g_ptr_array_index (sources, 0))->text, ==,
                   "Source: ECB, Population, retrieved 2019-02-03 from https://example.org/p.");
}

/* A value published as missing breaks the line in two; a year with no observation at all
 * (2015) is sparse data, and the line runs on across it. */
static void
test_missing_breaks_the_line (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ParityDataset) dataset = load_string (gap_json, &error);
  g_autoptr(ParityScene) scene = NULL;
  g_autoptr(GPtrArray) paths = NULL;
  const ParityItem *first, *second;

  g_assert_no_error (error);
  scene = scene_test_layout (dataset, "c", 453.543, 283.465);
  paths = scene_test_items (scene, PARITY_ROLE_MARK, PARITY_ITEM_PATH);
  g_assert_cmpuint (paths->len, ==, 2);
  first = g_ptr_array_index (paths, 0);
  second = g_ptr_array_index (paths, 1);
  g_assert_cmpuint (first->points->len, ==, 2);
  g_assert_cmpuint (second->points->len, ==, 3);
  g_assert_cmpfloat (first->dash, ==, 0);
  g_assert_cmpfloat (second->dash, ==, 0);
  /* Nothing is drawn across the gap. */
  g_assert_cmpfloat (first->box.x + first->box.width, <, second->box.x);
  g_assert_cmpfloat_with_epsilon (g_array_index (first->points, ParityPoint, 1).x,
                                  marker_at (scene, dataset, "2011")->cx, 1e-9);
  g_assert_cmpfloat_with_epsilon (g_array_index (second->points, ParityPoint, 0).x,
                                  marker_at (scene, dataset, "2013")->cx, 1e-9);
}

/* In the fixtures: a lone point between two gaps is a marker; an estimate is hollow. */
static void
test_lone_point_and_estimate (void)
{
  g_autoptr(ParityScene) scene = scene_test_layout (fixtures, "gaps", 453.543, 283.465);
  g_autoptr(GPtrArray) paths = scene_test_items (scene, PARITY_ROLE_MARK, PARITY_ITEM_PATH);
  const ParityItem *lone = marker_at (scene, fixtures, "2013");
  guint dashed = 0;

  for (guint i = 0; i < paths->len; i++)
    {
      const ParityItem *path = g_ptr_array_index (paths, i);

      dashed += path->dash > 0;
      g_assert_false (lone->cx >= path->box.x && lone->cx <= path->box.x + path->box.width);
    }
  g_assert_cmpuint (paths->len, ==, 3);
  g_assert_cmpuint (dashed, ==, 1);
  g_assert_false (lone->hollow);
  g_assert_true (marker_at (scene, fixtures, "2015")->hollow);
}

static void
test_log_refuses_zero (void)
{
  ParityLayoutOptions options = { 453.543, 283.465, NULL };
  g_autoptr(GError) error = NULL;
  ParityScene *scene;

  scene = parity_layout_chart (fixtures, parity_dataset_find_chart (fixtures, "gaps-log"),
                               &options, &error);
  g_assert_null (scene);
  g_assert_error (error, PARITY_ERROR, PARITY_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "log scale"));
  g_assert_nonnull (strstr (error->message, "Europe"));
  g_assert_nonnull (strstr (error->message, "2016"));
}

/* Six lines ending within two points of each other: their names stack beside the ends in
 * the order of the end values, apart, at every preset. */
static void
test_direct_labels_stack (void)
{
  guint n_presets;
  const ParityPreset *presets = parity_preset_get_all (&n_presets);

  for (guint p = 0; p < n_presets; p++)
    {
      g_autoptr(ParityScene) scene = scene_test_layout (fixtures, "six-lines", presets[p].width,
                                             presets[p].height);
      g_autoptr(GPtrArray) names = scene_test_items (scene, PARITY_ROLE_SERIES_LABEL,
                                                PARITY_ITEM_TEXT);
      g_autoptr(GPtrArray) paths = scene_test_items (scene, PARITY_ROLE_MARK, PARITY_ITEM_PATH);
      double plot_right = 0;

      g_assert_cmpuint (names->len, ==, 6);
      g_assert_cmpuint (parity_scene_count_role (scene, PARITY_ROLE_LEGEND), ==, 0);
      for (guint i = 0; i < paths->len; i++)
        {
          const ParityItem *path = g_ptr_array_index (paths, i);

          plot_right = MAX (plot_right, path->box.x + path->box.width);
        }
      for (guint i = 0; i < names->len; i++)
        {
          const ParityItem *a = g_ptr_array_index (names, i);

          g_assert_true (a->has_datum);
          g_assert_cmpfloat (a->box.x, >, plot_right);
          for (guint j = 0; j < names->len; j++)
            {
              const ParityItem *b = g_ptr_array_index (names, j);

              g_assert_true (i == j || !parity_rect_intersects (&a->box, &b->box));
              /* A higher end value is a higher label. */
              if (a->datum.value > b->datum.value)
                g_assert_cmpfloat (a->box.y, <, b->box.y);
            }
        }
      /* Each stretch of the Arab States line, broken by its missing 2014, is a path. */
      {
        guint32 arb = parity_dataset_lookup_entity (fixtures, "ARB");
        guint n = 0;

        for (guint i = 0; i < paths->len; i++)
          n += ((ParityItem *)g_ptr_array_index (paths, i))->datum.entity == arb;
        g_assert_cmpuint (n, ==, 2);
      }
    }
}

/* Where the names cannot stack beside the lines, a key at the top names them instead. */
static void
test_legend_when_names_do_not_fit (void)
{
  g_autoptr(ParityScene) scene = scene_test_layout (fixtures, "six-lines", 900, 210);
  g_autoptr(GPtrArray) texts = scene_test_items (scene, PARITY_ROLE_LEGEND, PARITY_ITEM_TEXT);
  g_autoptr(GPtrArray) swatches = scene_test_items (scene, PARITY_ROLE_LEGEND, PARITY_ITEM_LINE);
  g_autoptr(GPtrArray) paths = scene_test_items (scene, PARITY_ROLE_MARK, PARITY_ITEM_PATH);

  g_assert_cmpuint (parity_scene_count_role (scene, PARITY_ROLE_SERIES_LABEL), ==, 0);
  g_assert_cmpuint (texts->len, ==, 6);
  g_assert_cmpuint (swatches->len, ==, 6);
  for (guint i = 0; i < texts->len; i++)
    for (guint j = 0; j < paths->len; j++)
      g_assert_cmpfloat (((ParityItem *)g_ptr_array_index (texts, i))->box.y +
                         ((ParityItem *)g_ptr_array_index (texts, i))->box.height, <=,
                         ((ParityItem *)g_ptr_array_index (paths, j))->box.y);
  assert_labels_fit (scene, "six-lines at 900 × 210");
}

static gboolean
same_color (const ParityColor *a,
            const ParityColor *b)
{
  return a->red == b->red && a->green == b->green && a->blue == b->blue;
}

/* Europe in the accent colour and on top; the others all in one muted colour. */
static void
test_highlight (void)
{
  g_autoptr(ParityScene) scene = scene_test_layout (fixtures, "six-lines-highlight", 453.543, 283.465);
  g_autoptr(GPtrArray) paths = scene_test_items (scene, PARITY_ROLE_MARK, PARITY_ITEM_PATH);
  guint32 eur = parity_dataset_lookup_entity (fixtures, "EUR");
  const ParityItem *europe = NULL, *other = NULL;

  for (guint i = 0; i < paths->len; i++)
    {
      const ParityItem *path = g_ptr_array_index (paths, i);

      if (path->datum.entity == eur)
        europe = path;
      else if (other == NULL)
        other = path;
      else
        g_assert_true (same_color (&path->stroke, &other->stroke));
    }
  g_assert_nonnull (europe);
  g_assert_nonnull (other);
  g_assert_false (same_color (&europe->stroke, &other->stroke));
  g_assert_cmpfloat (europe->line_width, >, other->line_width);
  /* Drawn last, so over the others. */
  g_assert_true (g_ptr_array_index (paths, paths->len - 1) == europe);
}

/* "periods": [from, to] keeps the years between; text periods are evenly spaced. */
static void
test_periods (void)
{
  g_autoptr(ParityScene) range = scene_test_layout (fixtures, "six-lines-range", 453.543, 283.465);
  g_autoptr(ParityScene) spans = scene_test_layout (fixtures, "spans", 453.543, 283.465);
  g_autoptr(GPtrArray) ticks = scene_test_items (range, PARITY_ROLE_TICK_LABEL, PARITY_ITEM_TEXT);
  g_autoptr(GPtrArray) span_ticks = scene_test_items (spans, PARITY_ROLE_TICK_LABEL,
                                                              PARITY_ITEM_TEXT);
  g_autoptr(GPtrArray) markers = scene_test_items (spans, PARITY_ROLE_MARK, PARITY_ITEM_MARKER);
  const ParityItem *m0, *m1, *m2;
  guint years = 0;

  for (guint i = 0; i < ticks->len; i++)
    {
      const char *text = ((ParityItem *)g_ptr_array_index (ticks, i))->text;

      if (strlen (text) == 4 && text[0] == '2' && text[1] == '0' && text[2] == '1')
        {
          g_assert_cmpint (atoi (text), >=, 2012);
          g_assert_cmpint (atoi (text), <=, 2016);
          years++;
        }
    }
  g_assert_cmpuint (years, ==, 5);

  g_assert_cmpuint (markers->len, ==, 3);
  m0 = marker_at (spans, fixtures, "2005-2009");
  m1 = marker_at (spans, fixtures, "2010-2014");
  m2 = marker_at (spans, fixtures, "2015-2019");
  g_assert_cmpfloat_with_epsilon (m1->cx - m0->cx, m2->cx - m1->cx, 1e-9);
  g_assert_cmpstr (((ParityItem *)g_ptr_array_index (span_ticks, span_ticks->len - 1))->text,
                   ==, "2015-2019");
}

static void
assert_load_fails (const char *chart,
                   const char *message)
{
  g_autofree char *json = g_strdup_printf (
    "{ \"format\": \"parity-dataset\", \"version\": 1, \"default_language\": \"en\","
    "  \"title\": \"t\", \"sources\": [],"
    "  \"entities\": [ {\"id\": \"A\", \"label\": \"Alpha\"} ],"
    "  \"indicators\": [ {\"id\": \"i\", \"label\": \"I\", \"unit\": {\"kind\": \"count\"},"
    "    \"observations\": [ {\"entity\": \"A\", \"period\": \"2010\", \"value\": 1},"
    "                        {\"entity\": \"A\", \"period\": \"2012\", \"value\": 2} ] } ],"
    "  \"charts\": [ {\"id\": \"c\", \"kind\": \"line\", \"title\": \"T\", \"indicator\": \"i\""
    "                 %s } ] }", chart);
  g_autoptr(GError) error = NULL;
  g_autoptr(ParityDataset) dataset = load_string (json, &error);

  g_assert_null (dataset);
  g_assert_nonnull (error);
  if (strstr (error->message, message) == NULL)
    g_error ("expected \"%s\" in: %s", message, error->message);
}

static void
test_options_are_checked (void)
{
  assert_load_fails (", \"scale\": \"cubic\"", "$.charts[0].scale");
  assert_load_fails (", \"period\": \"2010\"", "choose them with \"periods\"");
  assert_load_fails (", \"periods\": []", "the list is empty");
  assert_load_fails (", \"periods\": [\"2012\", \"2010\"]", "the range runs backwards");
  assert_load_fails (", \"periods\": [\"2010\", \"2012\", \"2030\"]",
                     "$.charts[0].periods[2]: no observation has the period \"2030\"");
  assert_load_fails (", \"periods\": [\"2010\", 2012]", "$.charts[0].periods[1]");
  assert_load_fails (", \"reference\": \"A\"", "no reference line");
  assert_load_fails (", \"width\": 3", "width");
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *fixtures_path = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  bundled = scene_test_load_bundled ();
  fixtures_path = g_test_build_filename (G_TEST_DIST, "kinds", "line-test.json", NULL);
  fixtures = parity_dataset_load_file (fixtures_path, &error);
  g_assert_no_error (error);

  g_test_add_func ("/line/every-chart-at-every-preset", test_every_line_chart_at_every_preset);
  g_test_add_func ("/line/years-are-proportional", test_years_are_proportional);
  g_test_add_func ("/line/log-decades-are-equal", test_log_decades_are_equal);
  g_test_add_func ("/line/forecast-is-dashed-and-hollow", test_forecast_is_dashed_and_hollow);
  g_test_add_func ("/line/qualifiers-reach-the-labels", test_qualifiers_reach_the_labels);
  g_test_add_func ("/line/hit-test-finds-the-point", test_hit_test_finds_the_point);
  g_test_add_func ("/line/linear-is-proportional", test_linear_is_proportional);
  g_test_add_func ("/line/missing-breaks-the-line", test_missing_breaks_the_line);
  g_test_add_func ("/line/scaled-unit-says-so", test_scaled_unit_says_so);
  g_test_add_func ("/line/source-cites-retrieval", test_source_cites_retrieval);
  g_test_add_func ("/line/lone-point-and-estimate", test_lone_point_and_estimate);
  g_test_add_func ("/line/log-refuses-zero", test_log_refuses_zero);
  g_test_add_func ("/line/direct-labels-stack", test_direct_labels_stack);
  g_test_add_func ("/line/legend-when-names-do-not-fit", test_legend_when_names_do_not_fit);
  g_test_add_func ("/line/highlight", test_highlight);
  g_test_add_func ("/line/periods", test_periods);
  g_test_add_func ("/line/single-line-is-named", test_single_line_is_named);
  g_test_add_func ("/line/options-are-checked", test_options_are_checked);
  status = g_test_run ();
  g_object_unref (bundled);
  g_object_unref (fixtures);
  return status;
}
