/* test-pie-scene.c: geometry of the pie and donut charts, asserted on the scene
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

/* A dataset of one percent indicator "i" (@decimals) with the given values for entities A,
 * B, C…, in that order, and @charts. */
static ParityDataset *
load_shares (const char   *unit_kind,
             guint         decimals,
             const char   *values,
             const char   *charts)
{
  g_autoptr(GString) json = g_string_new (NULL);
  g_auto(GStrv) v = g_strsplit (values, " ", -1);

  g_string_append (json, "{ \"format\": \"parity-dataset\", \"version\": 1, "
                   "\"default_language\": \"en\", \"title\": \"t\", "
                   "\"sources\": [ {\"id\": \"S\", \"title\": \"Source\"} ], \"entities\": [");
  for (guint i = 0; v[i] != NULL; i++)
    g_string_append_printf (json, "%s{\"id\": \"%c\", \"label\": \"Entity %c\"}",
                            i ? ", " : "", 'A' + i, 'A' + i);
  g_string_append_printf (json, "], \"indicators\": [ {\"id\": \"i\", \"label\": \"Share\", "
                          "\"unit\": {\"kind\": \"%s\", \"symbol\": \"%s\"}, \"decimals\": %u, "
                          "\"source\": \"S\", \"observations\": [", unit_kind,
                          g_str_equal (unit_kind, "percent") ? "%" : "units", decimals);
  for (guint i = 0; v[i] != NULL; i++)
    g_string_append_printf (json, "%s{\"entity\": \"%c\", \"period\": \"2019\", \"value\": %s%s}",
                            i ? ", " : "", 'A' + i, v[i],
                            g_str_equal (v[i], "null") ? ", \"qualifier\": \"missing\"" : "");
  g_string_append_printf (json, "] } ], \"charts\": [ %s ] }", charts);
  return scene_test_load_string (json->str);
}

static gboolean
same_datum (const ParityItem *a,
            const ParityItem *b)
{
  return a->datum.entity == b->datum.entity && a->datum.value == b->datum.value;
}

static gboolean
point_in_arc (const ParityItem *arc,
              double            x,
              double            y)
{
  double r = hypot (x - arc->cx, y - arc->cy), a = atan2 (y - arc->cy, x - arc->cx);

  while (a < arc->a0)
    a += 2 * G_PI;
  return r >= arc->r0 - 1e-6 && r <= arc->r1 + 1e-6 && a <= arc->a1 + 1e-9;
}

static double
distance_to_segment (double             x,
                     double             y,
                     const ParityPoint *a,
                     const ParityPoint *b)
{
  double dx = b->x - a->x, dy = b->y - a->y, len2 = dx * dx + dy * dy;
  double t = len2 > 0 ? CLAMP (((x - a->x) * dx + (y - a->y) * dy) / len2, 0, 1) : 0;

  return hypot (x - (a->x + t * dx), y - (a->y + t * dy));
}

/* The slices: arcs from 12 o'clock, angle = share × 2π, closing a full turn; every slice
 * with its label, wholly inside the slice or wholly off the pie; leader lines that do not
 * cut across the pie. */
static void
assert_pie (ParityScene *scene,
            const char  *where)
{
  g_autoptr(GPtrArray) arcs = scene_test_items_with_role (scene, PARITY_ROLE_MARK);
  g_autoptr(GPtrArray) labels = scene_test_items_with_role (scene, PARITY_ROLE_VALUE_LABEL);
  g_autoptr(GPtrArray) leaders = scene_test_items_with_role (scene, PARITY_ROLE_CONNECTOR);
  const ParityItem *first;
  double total = 0, turn = 0;

  g_assert_cmpuint (arcs->len, >, 0);
  first = g_ptr_array_index (arcs, 0);
  g_assert_cmpfloat_with_epsilon (first->a0, -G_PI / 2, 1e-12);
  for (guint i = 0; i < arcs->len; i++)
    total += ((ParityItem *)g_ptr_array_index (arcs, i))->datum.value;
  for (guint i = 0; i < arcs->len; i++)
    {
      const ParityItem *arc = g_ptr_array_index (arcs, i);

      g_assert_cmpint (arc->kind, ==, PARITY_ITEM_ARC);
      g_assert_true (arc->has_datum);
      g_assert_cmpfloat (arc->cx, ==, first->cx);
      g_assert_cmpfloat (arc->r1, ==, first->r1);
      g_assert_cmpfloat_with_epsilon (arc->a1 - arc->a0, arc->datum.value / total * 2 * G_PI,
                                      1e-9);
      if (i > 0)
        {
          const ParityItem *previous = g_ptr_array_index (arcs, i - 1);

          g_assert_cmpfloat_with_epsilon (arc->a0, previous->a1, 1e-12);
        }
      turn += arc->a1 - arc->a0;
      /* A thin separator in the background colour. */
      if (arcs->len > 1)
        {
          g_assert_cmpfloat (arc->line_width, >, 0);
          g_assert_cmpfloat (arc->stroke.red + arc->stroke.green + arc->stroke.blue, ==, 3);
        }
    }
  g_assert_cmpfloat_with_epsilon (turn, 2 * G_PI, 1e-9);
  g_assert_cmpfloat_with_epsilon (((ParityItem *)g_ptr_array_index (arcs, arcs->len - 1))->a1,
                                  3 * G_PI / 2, 1e-12);

  for (guint i = 0; i < labels->len; i++)
    {
      const ParityItem *label = g_ptr_array_index (labels, i);
      const ParityRect *b = &label->box;
      const ParityItem *arc = NULL;
      gboolean inside = TRUE, off = TRUE;

      g_assert_true (label->has_datum);
      for (guint j = 0; j < arcs->len; j++)
        if (same_datum (g_ptr_array_index (arcs, j), label))
          arc = g_ptr_array_index (arcs, j);
      g_assert_nonnull (arc);
      for (guint k = 0; k <= 8; k++)
        {
          double across = b->x + b->width * k / 8, down = b->y + b->height * k / 8;
          double px[4] = { across, across, b->x, b->x + b->width };
          double py[4] = { b->y, b->y + b->height, down, down };

          for (guint c = 0; c < 4; c++)
            {
              inside &= point_in_arc (arc, px[c], py[c]);
              off &= hypot (px[c] - arc->cx, py[c] - arc->cy) >= arc->r1;
            }
        }
      if (!inside && !off)
        g_error ("%s: label \"%s\" lies across the pie", where, label->text);
      if (!inside)
        {
          gboolean has_leader = FALSE;

          for (guint j = 0; j < leaders->len; j++)
            {
              const ParityItem *leader = g_ptr_array_index (leaders, j);
              const ParityPoint *p = (const ParityPoint *)leader->points->data;

              if (!same_datum (leader, label))
                continue;
              has_leader = TRUE;
              /* It starts on the slice's edge and does not cut back into the pie. */
              g_assert_cmpfloat_with_epsilon (hypot (p[0].x - arc->cx, p[0].y - arc->cy),
                                              arc->r1, 1e-6);
              for (guint k = 1; k + 1 < leader->points->len; k++)
                if (distance_to_segment (arc->cx, arc->cy, &p[k], &p[k + 1]) < arc->r1 - 1e-6)
                  g_error ("%s: the leader of \"%s\" cuts across the pie", where, label->text);
            }
          if (!has_leader)
            g_error ("%s: \"%s\" is outside the pie without a leader line", where, label->text);
        }
      else
        /* White on the slice colour. */
        g_assert_cmpfloat (label->fill.red + label->fill.green + label->fill.blue, ==, 3);
    }
}

/* The percentage a slice is labelled with, from the arc's text ("Europe 25%"). */
static double
labelled_percent (const ParityItem *arc)
{
  const char *space = strrchr (arc->text, ' ');

  g_assert_nonnull (space);
  return g_ascii_strtod (space + 1, NULL);
}

static void
assert_all_labelled (ParityScene *scene,
                     const char  *where)
{
  g_autoptr(GPtrArray) arcs = scene_test_items_with_role (scene, PARITY_ROLE_MARK);
  g_autoptr(GPtrArray) labels = scene_test_items_with_role (scene, PARITY_ROLE_VALUE_LABEL);

  if (labels->len != arcs->len)
    g_error ("%s: %u slices but %u labels", where, arcs->len, labels->len);
}

static void
test_bundled_preset (void)
{
  static const char * const expected[] = { "Asia & Pacific 43%", "Europe 25%", "Americas 21%",
                                           "Africa, Arab States and CIS 11%" };
  guint n_presets;
  const ParityPreset *presets = parity_preset_get_all (&n_presets);

  for (guint p = 0; p < n_presets; p++)
    {
      g_autoptr(ParityScene) scene = scene_test_layout (bundled, "bandwidth-share-by-region",
                                             presets[p].width, presets[p].height);
      g_autoptr(GPtrArray) arcs = scene_test_items_with_role (scene, PARITY_ROLE_MARK);
      g_autoptr(GPtrArray) labels = scene_test_items_with_role (scene, PARITY_ROLE_VALUE_LABEL);
      g_autofree char *where = g_strdup_printf ("bandwidth-share-by-region at %s",
                                                presets[p].name);

      scene_test_assert_labels_fit (scene, where, NULL);
      assert_pie (scene, where);
      assert_all_labelled (scene, where);
      g_assert_cmpuint (arcs->len, ==, 4);
      /* Largest first, clockwise from 12 o'clock; a donut with the default hole. */
      for (guint i = 0; i < arcs->len; i++)
        {
          const ParityItem *arc = g_ptr_array_index (arcs, i);

          g_assert_cmpstr (arc->text, ==, expected[i]);
          g_assert_cmpfloat_with_epsilon (arc->r0 / arc->r1, 0.55, 1e-9);
        }
      /* Each label says what its slice is and how big, on one line or two. */
      for (guint i = 0; i < labels->len; i++)
        {
          const ParityItem *label = g_ptr_array_index (labels, i);
          g_autofree char *flat = g_strdup (label->text);

          g_strdelimit (flat, "\n", ' ');
          g_assert_true (g_str_has_suffix (flat, "%"));
          g_assert_true (g_strv_contains (expected, flat) ||
                         strstr (flat, "Africa, Arab States, CIS 11%") != NULL);
        }
      g_assert_null (parity_scene_get_warnings (scene)[0]);
      g_assert_nonnull (strstr (parity_scene_get_description (scene),
                                "Donut chart of Share of global international bandwidth use, "
                                "2019: Asia & Pacific 43%; Europe 25%"));
    }
}

static void
test_every_pie_at_every_preset (void)
{
  guint n_presets;
  const ParityPreset *presets = parity_preset_get_all (&n_presets);
  guint n_pies = 0;

  for (guint c = 0; c < parity_dataset_get_n_charts (bundled); c++)
    {
      const ParityChartSpec *spec = parity_dataset_get_chart (bundled, c);

      if (!g_str_equal (spec->kind, "pie") && !g_str_equal (spec->kind, "donut"))
        continue;
      n_pies++;
      for (guint p = 0; p < n_presets; p++)
        {
          g_autoptr(ParityScene) scene = scene_test_layout (bundled, spec->id, presets[p].width,
                                                 presets[p].height);
          g_autofree char *where = g_strdup_printf ("%s at %s", spec->id, presets[p].name);

          scene_test_assert_labels_fit (scene, where, NULL);
          assert_pie (scene, where);
        }
    }
  g_assert_cmpuint (n_pies, >=, 1);
}

/* Twelve slices, several under 2 %: every label finds a place at every size. */
static const char twelve[] = "31.2 22.4 17.9 9.6 6.1 4.4 3.1 1.9 1.6 1.2 0.4 0.2";

static void
test_thin_slices (void)
{
  g_autoptr(ParityDataset) dataset = load_shares (
    "percent", 1, twelve,
    "{\"id\": \"pie\", \"kind\": \"pie\", \"title\": \"Twelve slices\", \"indicator\": \"i\","
    " \"period\": \"2019\", \"other_below\": 0},"
    "{\"id\": \"donut\", \"kind\": \"donut\", \"title\": \"Twelve slices\", \"indicator\": \"i\","
    " \"period\": \"2019\", \"other_below\": 0, \"hole\": 0.7}");
  guint n_presets;
  const ParityPreset *presets = parity_preset_get_all (&n_presets);

  for (guint p = 0; p < n_presets; p++)
    for (guint k = 0; k < 2; k++)
      {
        const char *id = k == 0 ? "pie" : "donut";
        g_autoptr(ParityScene) scene = scene_test_layout (dataset, id, presets[p].width, presets[p].height);
        g_autoptr(GPtrArray) arcs = scene_test_items_with_role (scene, PARITY_ROLE_MARK);
        g_autoptr(GPtrArray) notes = scene_test_items_with_role (scene, PARITY_ROLE_NOTES);
        g_autofree char *where = g_strdup_printf ("twelve slices (%s) at %s", id,
                                                  presets[p].name);

        g_assert_cmpuint (arcs->len, ==, 12);
        scene_test_assert_labels_fit (scene, where, NULL);
        assert_pie (scene, where);
        assert_all_labelled (scene, where);
        for (guint i = 0; i < notes->len; i++)
          g_assert_null (strstr (((ParityItem *)g_ptr_array_index (notes, i))->text,
                                 "left out for lack of room"));
      }
}

/* The labelled percentages of @values add up to exactly 100, as @expected (in slice order). */
static void
assert_rounding (const char *unit_kind,
                 guint       decimals,
                 const char *values,
                 const char *expected)
{
  g_autoptr(ParityDataset) dataset = load_shares (
    unit_kind, decimals, values,
    "{\"id\": \"c\", \"kind\": \"pie\", \"title\": \"T\", \"indicator\": \"i\","
    " \"period\": \"2019\", \"other_below\": 0}");
  g_autoptr(ParityScene) scene = scene_test_layout (dataset, "c", 600, 400);
  g_autoptr(GPtrArray) arcs = scene_test_items_with_role (scene, PARITY_ROLE_MARK);
  g_auto(GStrv) want = g_strsplit (expected, " ", -1);
  double sum = 0;

  g_assert_cmpuint (arcs->len, ==, g_strv_length (want));
  for (guint i = 0; i < arcs->len; i++)
    {
      double percent = labelled_percent (g_ptr_array_index (arcs, i));

      g_assert_cmpfloat_with_epsilon (percent, g_ascii_strtod (want[i], NULL), 1e-9);
      sum += percent;
    }
  g_assert_cmpfloat_with_epsilon (sum, 100, 1e-9);
  assert_pie (scene, values);
}

static void
test_largest_remainder (void)
{
  /* Rounded one by one, these would add up to 99… */
  assert_rounding ("percent", 0, "33.3 33.3 33.4", "34 33 33");
  /* …to 101… */
  assert_rounding ("percent", 0, "14.6 14.6 14.6 56.2", "56 15 15 14");
  /* …and to 102: the ties go to the larger share, then the earlier slice. */
  assert_rounding ("percent", 0, "12.5 12.5 12.5 62.5", "63 13 12 12");
  /* To the indicator's decimals, and for shares of a count as well. */
  assert_rounding ("percent", 1, "33.33 33.33 33.34", "33.4 33.3 33.3");
  assert_rounding ("count", 1, "1 1 1", "33.4 33.3 33.3");
  assert_rounding ("count", 0, "2 1 1 1 1 1 1", "25 13 13 13 12 12 12");
}

static void
test_other (void)
{
  g_autoptr(ParityDataset) dataset = load_shares (
    "percent", 1, twelve,
    "{\"id\": \"grouped\", \"kind\": \"donut\", \"title\": \"T\", \"indicator\": \"i\","
    " \"period\": \"2019\"},"
    "{\"id\": \"five\", \"kind\": \"donut\", \"title\": \"T\", \"indicator\": \"i\","
    " \"period\": \"2019\", \"other_below\": 5},"
    "{\"id\": \"lone\", \"kind\": \"pie\", \"title\": \"T\", \"indicator\": \"i\","
    " \"period\": \"2019\", \"entities\": [\"A\", \"B\", \"C\", \"L\"]}");
  g_autoptr(ParityScene) scene = scene_test_layout (dataset, "grouped", 453.5, 283.5);
  g_autoptr(ParityScene) five = scene_test_layout (dataset, "five", 453.5, 283.5);
  g_autoptr(ParityScene) lone = scene_test_layout (dataset, "lone", 453.5, 283.5);
  g_autoptr(GPtrArray) arcs = scene_test_items_with_role (scene, PARITY_ROLE_MARK);
  g_autoptr(GPtrArray) labels = scene_test_items_with_role (scene, PARITY_ROLE_VALUE_LABEL);
  g_autoptr(GPtrArray) five_arcs = scene_test_items_with_role (five, PARITY_ROLE_MARK);
  g_autoptr(GPtrArray) lone_arcs = scene_test_items_with_role (lone, PARITY_ROLE_MARK);
  const ParityItem *other;
  gboolean labelled = FALSE;

  /* Under 3 %: 1.9, 1.6, 1.2, 0.4 and 0.2 become one "Other" slice, last. */
  g_assert_cmpuint (arcs->len, ==, 8);
  other = g_ptr_array_index (arcs, arcs->len - 1);
  g_assert_cmpstr (other->text, ==, "Other 5.3%");
  g_assert_cmpuint (other->datum.entity, ==, PARITY_INDEX_NONE);
  g_assert_cmpuint (other->datum.observation, ==, PARITY_INDEX_NONE);
  g_assert_cmpfloat_with_epsilon (other->datum.value, 5.3, 1e-9);
  for (guint i = 0; i < labels->len; i++)
    labelled |= g_str_has_prefix (((ParityItem *)g_ptr_array_index (labels, i))->text, "Other");
  g_assert_true (labelled);
  g_assert_nonnull (strstr (parity_scene_get_description (scene),
                            "Other 5.3% (Entity H 1.9%, Entity I 1.6%, Entity J 1.2%, "
                            "Entity K 0.4%, Entity L 0.2%)"));
  assert_pie (scene, "grouped");
  scene_test_assert_labels_fit (scene, "grouped", NULL);

  /* Under 5 %: seven slices, 12.8 % in all. */
  g_assert_cmpuint (five_arcs->len, ==, 6);
  g_assert_cmpstr (((ParityItem *)g_ptr_array_index (five_arcs, 5))->text, ==, "Other 12.8%");

  /* One small slice alone is not "Other". */
  g_assert_cmpuint (lone_arcs->len, ==, 4);
  g_assert_cmpuint (((ParityItem *)g_ptr_array_index (lone_arcs, 3))->datum.entity, !=,
                    PARITY_INDEX_NONE);
}

static void
test_not_a_whole (void)
{
  g_autoptr(ParityDataset) dataset = load_shares (
    "percent", 0, "50 30 17 null",
    "{\"id\": \"short\", \"kind\": \"pie\", \"title\": \"T\", \"indicator\": \"i\","
    " \"period\": \"2019\", \"entities\": [\"A\", \"B\", \"C\"]},"
    "{\"id\": \"gap\", \"kind\": \"pie\", \"title\": \"T\", \"indicator\": \"i\","
    " \"period\": \"2019\", \"entities\": [\"A\", \"B\", \"C\", \"D\"]}");
  g_autoptr(ParityDataset) nearly = load_shares (
    "percent", 1, "50.2 30.1 19.4",
    "{\"id\": \"c\", \"kind\": \"pie\", \"title\": \"T\", \"indicator\": \"i\","
    " \"period\": \"2019\"}");
  g_autoptr(ParityScene) scene = scene_test_layout (dataset, "short", 453.5, 283.5);
  g_autoptr(ParityScene) gap = scene_test_layout (dataset, "gap", 453.5, 283.5);
  g_autoptr(ParityScene) fine = scene_test_layout (nearly, "c", 453.5, 283.5);
  g_autoptr(GPtrArray) notes = scene_test_items_with_role (scene, PARITY_ROLE_NOTES);
  g_autoptr(GPtrArray) gap_arcs = scene_test_items_with_role (gap, PARITY_ROLE_MARK);
  g_autoptr(GPtrArray) gap_notes = scene_test_items_with_role (gap, PARITY_ROLE_NOTES);
  const char * const *warnings = parity_scene_get_warnings (scene);
  const char * const *gap_warnings = parity_scene_get_warnings (gap);
  gboolean noted = FALSE;

  g_assert_cmpstr (warnings[0], ==, "shares add up to 97.0%, not 100%");
  g_assert_null (warnings[1]);
  for (guint i = 0; i < notes->len; i++)
    noted |= strstr (((ParityItem *)g_ptr_array_index (notes, i))->text, "97.0%") != NULL;
  g_assert_true (noted);
  /* Still a full turn, and the slices labelled as parts of what there is. */
  assert_pie (scene, "97%");
  scene_test_assert_labels_fit (scene, "97%", NULL);

  /* A missing value is no slice; it is named in a warning and in the chart. */
  g_assert_cmpuint (gap_arcs->len, ==, 3);
  for (guint i = 0; i < gap_arcs->len; i++)
    g_assert_false (isnan (((ParityItem *)g_ptr_array_index (gap_arcs, i))->datum.value));
  g_assert_cmpstr (gap_warnings[0], ==, "shares add up to 97.0%, not 100%");
  g_assert_cmpstr (gap_warnings[1], ==, "no data for Entity D in 2019: left out of the chart");
  noted = FALSE;
  for (guint i = 0; i < gap_notes->len; i++)
    noted |= strstr (((ParityItem *)g_ptr_array_index (gap_notes, i))->text,
                     "No data for Entity D in 2019.") != NULL;
  g_assert_true (noted);
  assert_pie (gap, "missing");

  /* 99.7 is a whole, rounded. */
  g_assert_null (parity_scene_get_warnings (fine)[0]);
}

static void
test_errors (void)
{
  g_autoptr(ParityDataset) dataset = load_shares (
    "percent", 0, "60 -5 45 null",
    "{\"id\": \"negative\", \"kind\": \"pie\", \"title\": \"T\", \"indicator\": \"i\","
    " \"period\": \"2019\"},"
    "{\"id\": \"nothing\", \"kind\": \"pie\", \"title\": \"T\", \"indicator\": \"i\","
    " \"period\": \"2019\", \"entities\": [\"D\"]}");
  ParityLayoutOptions options = { 453.5, 283.5, NULL };
  g_autoptr(GError) error = NULL;
  ParityScene *scene;

  scene = parity_layout_chart (dataset, parity_dataset_find_chart (dataset, "negative"),
                               &options, &error);
  g_assert_null (scene);
  g_assert_error (error, PARITY_ERROR, PARITY_ERROR_CONTENT);
  g_assert_nonnull (strstr (error->message, "Entity B has a negative value"));
  g_clear_error (&error);

  scene = parity_layout_chart (dataset, parity_dataset_find_chart (dataset, "nothing"),
                               &options, &error);
  g_assert_null (scene);
  g_assert_error (error, PARITY_ERROR, PARITY_ERROR_EMPTY);
}

/* The loader checks the kind's own members. */
static void
test_parse (void)
{
  static const struct { const char *chart; const char *message; } bad[] = {
    { "\"kind\": \"donut\", \"hole\": 0.9", "the hole is a share of the radius" },
    { "\"kind\": \"pie\", \"hole\": 0.5", "hole" },
    { "\"kind\": \"pie\", \"other_below\": -1", "the threshold is a percentage" },
    { "\"kind\": \"pie\", \"reference\": \"A\"", "no reference line" },
    { "\"kind\": \"donut\", \"center_label\": 3", "center_label" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *json = g_strdup_printf (
        "{ \"format\": \"parity-dataset\", \"version\": 1, \"default_language\": \"en\","
        "  \"title\": \"t\", \"sources\": [], \"entities\": [ {\"id\": \"A\", \"label\": \"A\"} ],"
        "  \"indicators\": [ {\"id\": \"i\", \"label\": \"I\", \"unit\": {\"kind\": \"percent\"},"
        "    \"observations\": [ {\"entity\": \"A\", \"period\": \"2019\", \"value\": 1} ] } ],"
        "  \"charts\": [ {\"id\": \"c\", \"title\": \"T\", \"indicator\": \"i\","
        "                 \"period\": \"2019\", %s} ] }", bad[i].chart);
      g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));
      g_autoptr(GError) error = NULL;
      g_autoptr(ParityDataset) dataset = parity_dataset_load_bytes (bytes, "bad.json", &error);

      g_assert_null (dataset);
      g_assert_error (error, PARITY_ERROR, PARITY_ERROR_CONTENT);
      if (strstr (error->message, bad[i].message) == NULL)
        g_error ("%s: \"%s\" does not say \"%s\"", bad[i].chart, error->message, bad[i].message);
    }
}

static void
test_order_highlight_and_hits (void)
{
  g_autoptr(ParityDataset) dataset = load_shares (
    "count", 0, "30 65 5",
    "{\"id\": \"given\", \"kind\": \"pie\", \"title\": \"T\", \"indicator\": \"i\","
    " \"period\": \"2019\", \"sort\": \"none\"},"
    "{\"id\": \"sorted\", \"kind\": \"pie\", \"title\": \"T\", \"indicator\": \"i\","
    " \"period\": \"2019\"},"
    "{\"id\": \"lit\", \"kind\": \"donut\", \"title\": \"T\", \"indicator\": \"i\","
    " \"period\": \"2019\", \"highlight\": [\"A\"], \"center_label\": \"{total} in all\"}");
  g_autoptr(ParityScene) given = scene_test_layout (dataset, "given", 453.5, 283.5);
  g_autoptr(ParityScene) sorted = scene_test_layout (dataset, "sorted", 453.5, 283.5);
  g_autoptr(ParityScene) lit = scene_test_layout (dataset, "lit", 453.5, 283.5);
  g_autoptr(GPtrArray) given_arcs = scene_test_items_with_role (given, PARITY_ROLE_MARK);
  g_autoptr(GPtrArray) sorted_arcs = scene_test_items_with_role (sorted, PARITY_ROLE_MARK);
  g_autoptr(GPtrArray) lit_arcs = scene_test_items_with_role (lit, PARITY_ROLE_MARK);
  g_autoptr(GPtrArray) centers = scene_test_items_with_role (lit, PARITY_ROLE_SERIES_LABEL);
  g_autoptr(GPtrArray) inside = g_ptr_array_new ();
  const ParityItem *arc, *center;
  ParityTheme theme;
  double mid, rm;
  int hit;

  g_assert_cmpuint (given_arcs->len, ==, 3);
  g_assert_cmpuint (sorted_arcs->len, ==, 3);
  g_assert_cmpuint (lit_arcs->len, ==, 3);
  g_assert_cmpfloat (((ParityItem *)g_ptr_array_index (given_arcs, 0))->datum.value, ==, 30);
  g_assert_cmpfloat (((ParityItem *)g_ptr_array_index (sorted_arcs, 0))->datum.value, ==, 65);
  g_assert_cmpfloat (((ParityItem *)g_ptr_array_index (sorted_arcs, 2))->datum.value, ==, 5);
  assert_pie (given, "sort none");
  assert_pie (sorted, "sorted");

  /* The first colour (blue) carries a white label inside its slice. */
  for (guint i = 0; i < parity_scene_get_n_items (sorted); i++)
    {
      const ParityItem *item = parity_scene_get_item (sorted, i);

      if (item->role == PARITY_ROLE_VALUE_LABEL && item->fill.red == 1 && item->fill.blue == 1)
        g_ptr_array_add (inside, (gpointer)item);
    }
  g_assert_cmpuint (inside->len, ==, 1);
  g_assert_cmpstr (((ParityItem *)g_ptr_array_index (inside, 0))->text, ==, "Entity B\n65%");

  /* The highlighted slice in the accent colour, the rest muted. */
  parity_theme_init_for_canvas (&theme, 453.5, 283.5);
  for (guint i = 0; i < lit_arcs->len; i++)
    {
      const ParityItem *a = g_ptr_array_index (lit_arcs, i);
      const ParityColor *want = a->datum.value == 30 ? &theme.accent : &theme.mark_muted;

      g_assert_true (a->fill.red == want->red && a->fill.green == want->green &&
                     a->fill.blue == want->blue);
    }

  /* The total, in the hole. */
  g_assert_cmpuint (centers->len, ==, 1);
  center = g_ptr_array_index (centers, 0);
  arc = g_ptr_array_index (lit_arcs, 0);
  g_assert_cmpstr (center->text, ==, "100\xE2\x80\xAFunits in all");
  for (guint c = 0; c < 4; c++)
    {
      double x = center->box.x + (c & 1 ? center->box.width : 0);
      double y = center->box.y + (c & 2 ? center->box.height : 0);

      g_assert_cmpfloat (hypot (x - arc->cx, y - arc->cy), <, arc->r0);
    }
  scene_test_assert_labels_fit (lit, "highlight", NULL);

  /* The middle of a slice is that slice; the hole is nothing. */
  arc = g_ptr_array_index (lit_arcs, 1);
  mid = (arc->a0 + arc->a1) / 2;
  rm = (arc->r0 + arc->r1) / 2;
  hit = parity_scene_hit_test (lit, arc->cx + rm * cos (mid), arc->cy + rm * sin (mid));
  g_assert_cmpint (hit, >=, 0);
  g_assert_cmpfloat (parity_scene_get_item (lit, hit)->datum.value, ==, arc->datum.value);
  hit = parity_scene_hit_test (lit, arc->cx, arc->cy + arc->r0 / 4);
  g_assert_true (hit < 0 || parity_scene_get_item (lit, hit)->kind != PARITY_ITEM_ARC);
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  bundled = scene_test_load_bundled ();

  g_test_add_func ("/pie/bundled-preset", test_bundled_preset);
  g_test_add_func ("/pie/every-pie-at-every-preset", test_every_pie_at_every_preset);
  g_test_add_func ("/pie/thin-slices", test_thin_slices);
  g_test_add_func ("/pie/largest-remainder", test_largest_remainder);
  g_test_add_func ("/pie/other", test_other);
  g_test_add_func ("/pie/not-a-whole", test_not_a_whole);
  g_test_add_func ("/pie/errors", test_errors);
  g_test_add_func ("/pie/parse", test_parse);
  g_test_add_func ("/pie/order-highlight-and-hits", test_order_highlight_and_hits);
  status = g_test_run ();
  g_object_unref (bundled);
  return status;
}
