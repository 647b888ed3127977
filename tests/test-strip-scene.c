/* test-strip-scene.c: geometry of the strip chart (one dot per economy, one row per group),
 * asserted on the scene
 *
 * kinds/strip-test.json holds 40 real economies (Our World in Data's download of ITU's
 * Internet use, 2019 and 2022; see its description); the crowded cases are generated here.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>
#include <string.h>

#include "scene-test-util.h"
#include "parity-chart-swarm.h"
#include "parity-chart-words.h"
#include "parity-error.h"
#include "parity-layout.h"
#include "parity-loader.h"
#include "parity-preset.h"
#include "parity-theme.h"

#define ITEM(array, i) ((const ParityItem *)g_ptr_array_index ((array), (i)))

static ParityDataset *fixtures;
static const char * const chart_ids[] = { "internet-strip-2022", "internet-strip-2019",
                                          "internet-strip-all" };

static const char *
covers_dot (const ParityItem *text,
            const ParityItem *other)
{
  return other->kind == PARITY_ITEM_MARKER && other->role == PARITY_ROLE_MARK ? "a dot" : NULL;
}

static GPtrArray *
dots_of (ParityScene *scene)
{
  return scene_test_items (scene, PARITY_ROLE_MARK, PARITY_ITEM_MARKER);
}

/* No dot covers another, not even in part. */
static void
assert_no_dot_covers_another (ParityScene *scene,
                              const char  *where)
{
  g_autoptr(GPtrArray) dots = dots_of (scene);

  for (guint i = 0; i < dots->len; i++)
    for (guint j = i + 1; j < dots->len; j++)
      {
        const ParityItem *a = ITEM (dots, i), *b = ITEM (dots, j);
        double d = hypot (a->cx - b->cx, a->cy - b->cy);

        if (d < a->r1 + b->r1 - 1e-6)
          g_error ("%s: the dots of %g and %g overlap (%g apart, radii %g)", where,
                   a->datum.value, b->datum.value, d, a->r1);
      }
}

/* One axis for every row: x is a + b × value for each dot. */
static void
assert_proportional (ParityScene *scene,
                     const char  *where)
{
  g_autoptr(GPtrArray) dots = dots_of (scene);
  const ParityItem *lo = NULL, *hi = NULL;

  for (guint i = 0; i < dots->len; i++)
    {
      const ParityItem *d = ITEM (dots, i);

      g_assert_true (d->has_datum);
      if (lo == NULL || d->datum.value < lo->datum.value)
        lo = d;
      if (hi == NULL || d->datum.value > hi->datum.value)
        hi = d;
    }
  if (lo == NULL || hi == NULL)
    g_error ("%s: no dots", where);
  g_assert_cmpfloat (hi->datum.value, >, lo->datum.value);
  for (guint i = 0; i < dots->len; i++)
    {
      const ParityItem *d = ITEM (dots, i);
      double expected = lo->cx + (d->datum.value - lo->datum.value) / (hi->datum.value -
                                                                       lo->datum.value) *
                                 (hi->cx - lo->cx);

      if (fabs (d->cx - expected) > 1e-6)
        g_error ("%s: the dot of %g is at x %g, not %g", where, d->datum.value, d->cx, expected);
    }
}

/* Every strip chart of the fixtures, at every preset, in English, Arabic and Chinese:
 * drawn, with every value a dot on one axis, no dot over another, no label over a dot. */
static void
test_every_preset_and_language (void)
{
  static const char * const langs[] = { "en", "ar", "zh" };
  guint n_presets;
  const ParityPreset *presets = parity_preset_get_all (&n_presets);

  for (guint c = 0; c < G_N_ELEMENTS (chart_ids); c++)
    for (guint l = 0; l < G_N_ELEMENTS (langs); l++)
      for (guint p = 0; p < n_presets; p++)
        {
          g_autoptr(ParityScene) scene = scene_test_layout_in (fixtures, chart_ids[c], langs[l],
                                                               presets[p].width,
                                                               presets[p].height);
          g_autofree char *where = g_strdup_printf ("%s in %s at %s", chart_ids[c], langs[l],
                                                    presets[p].name);
          g_autoptr(GPtrArray) dots = dots_of (scene);

          scene_test_assert_labels_fit (scene, where, covers_dot);
          assert_no_dot_covers_another (scene, where);
          assert_proportional (scene, where);
          /* 2022 lacks four economies; 2019 has all 40. */
          g_assert_cmpuint (dots->len, ==, c == 0 ? 36 : 40);
        }
}

static const ParityItem *
find_text (ParityScene *scene,
           const char  *text)
{
  for (guint i = 0; i < parity_scene_get_n_items (scene); i++)
    {
      const ParityItem *item = parity_scene_get_item (scene, i);

      if (item->kind == PARITY_ITEM_TEXT && g_strcmp0 (item->text, text) == 0)
        return item;
    }
  return NULL;
}

static double
middle (const ParityRect *box)
{
  return box->y + box->height / 2;
}

/* The rows in the order of "groups", each group's dots on its row, its median marked, the
 * chosen economies named in the accent colour, the members without data listed. */
static void
test_rows_and_marks (void)
{
  g_autoptr(ParityScene) scene = scene_test_layout (fixtures, "internet-strip-2022", 453.543,
                                                    283.465);
  g_autoptr(GPtrArray) categories = scene_test_items_with_role (scene,
                                                                PARITY_ROLE_CATEGORY_LABEL);
  g_autoptr(GPtrArray) marks = scene_test_items (scene, PARITY_ROLE_REFERENCE, PARITY_ITEM_LINE);
  g_autoptr(GPtrArray) dots = dots_of (scene);
  static const char * const order[] = { "Least developed countries",
                                        "Other developing countries", "Developed countries" };
  ParityTheme theme;
  const ParityItem *niger = find_text (scene, "Niger 16.9%");
  const ParityItem *median = find_text (scene, "median 29.0%");
  double bound[4];
  guint n_medians = 0;

  parity_theme_init_for_canvas (&theme, 453.543, 283.465);
  g_assert_cmpuint (categories->len, ==, 3);
  for (guint i = 0; i < 3; i++)
    g_assert_cmpstr (ITEM (categories, i)->text, ==, order[i]);
  /* Each row's band ends halfway between its name and the next. */
  bound[0] = 0;
  bound[3] = G_MAXDOUBLE;
  for (guint i = 1; i < 3; i++)
    bound[i] = (middle (&ITEM (categories, i - 1)->box) + middle (&ITEM (categories, i)->box)) / 2;
  for (guint i = 0; i < dots->len; i++)
    {
      const ParityItem *dot = ITEM (dots, i);
      const char *id = parity_dataset_get_entity (fixtures, dot->datum.entity)->id;
      guint row = strstr ("NER TCD BDI CAF ETH BGD MOZ UGA TZA SEN NPL HTI MWI ZMB SLE", id) ? 0
                  : strstr ("JPN DEU USA FRA GBR SWE CAN AUS ITA", id) ? 2 : 1;
      gboolean chosen = g_str_equal (id, "NER") || g_str_equal (id, "BGD") ||
                        g_str_equal (id, "BRA") || g_str_equal (id, "JPN");

      g_assert_cmpfloat (dot->cy, >, bound[row]);
      g_assert_cmpfloat (dot->cy, <, bound[row + 1]);
      g_assert_true (memcmp (&dot->fill, chosen ? &theme.accent : &theme.mark_muted,
                             sizeof dot->fill) == 0);
    }

  /* The LDCs' median (29.0) under their row, its line at the median between two dots. */
  g_assert_nonnull (median);
  g_assert_cmpfloat (middle (&median->box), <, bound[1]);
  for (guint i = 0; i < marks->len; i++)
    {
      const ParityItem *line = ITEM (marks, i);

      if (line->dash == 0)
        n_medians++;
      if (line->dash == 0 && line->y1 < bound[1])
        {
          const ParityItem *below = NULL, *above = NULL;

          for (guint j = 0; j < dots->len; j++)
            {
              const ParityItem *dot = ITEM (dots, j);

              if (dot->cy > bound[1])
                continue;
              if (dot->cx <= line->x1 && (below == NULL || dot->cx > below->cx))
                below = dot;
              if (dot->cx >= line->x1 && (above == NULL || dot->cx < above->cx))
                above = dot;
            }
          /* Twelve LDCs have a value: the median is halfway between the sixth, Malawi's 27.7,
           * and the seventh, Sierra Leone's 30.4. */
          g_assert_nonnull (below);
          g_assert_nonnull (above);
          g_assert_cmpfloat (below->datum.value, ==, 27.7);
          g_assert_cmpfloat (above->datum.value, ==, 30.4);
          g_assert_cmpfloat_with_epsilon ((line->x1 - below->cx) / (above->cx - below->cx),
                                          (29.05 - 27.7) / (30.4 - 27.7), 1e-6);
          /* Its label beside it: centred on it, or reaching from it to one side. */
          g_assert_cmpfloat (line->x1, >=, median->box.x - 6);
          g_assert_cmpfloat (line->x1, <=, median->box.x + median->box.width + 6);
        }
    }
  g_assert_cmpuint (n_medians, ==, 3);
  /* World, dashed across every row, named at the top. */
  g_assert_nonnull (find_text (scene, "World 64.4%"));

  g_assert_nonnull (niger);
  g_assert_true (niger->has_datum);
  g_assert_cmpstr (parity_dataset_get_entity (fixtures, niger->datum.entity)->id, ==, "NER");
  g_assert_nonnull (find_text (scene, "No data: Central African Republic, Uganda, Haiti"));
  g_assert_nonnull (find_text (scene, "No data: India"));
  g_assert_nonnull (strstr (parity_scene_get_description (scene),
                            "Strip chart of Individuals using the Internet, 2022"));
  g_assert_nonnull (strstr (parity_scene_get_description (scene),
                            "Least developed countries, median 29.0%: Burundi 11.3%"));
  /* Every dot and the reference are rows of the data table. */
  g_assert_cmpuint (parity_scene_get_n_table_rows (scene), ==, 36 + 1);
}

/* A group that names its aggregate marks the aggregate's value instead of the median. */
static void
test_aggregate (void)
{
  g_autoptr(ParityScene) scene = scene_test_layout (fixtures, "internet-strip-2019", 453.543,
                                                    283.465);
  g_autoptr(GPtrArray) marks = scene_test_items (scene, PARITY_ROLE_REFERENCE, PARITY_ITEM_LINE);
  const ParityItem *label = find_text (scene, "LDCs 19.1%");
  gboolean found = FALSE;

  g_assert_nonnull (label);
  g_assert_true (label->has_datum);
  g_assert_cmpstr (parity_dataset_get_entity (fixtures, label->datum.entity)->id, ==, "LDC");
  for (guint i = 0; i < marks->len; i++)
    if (ITEM (marks, i)->has_datum &&
        g_str_equal (parity_dataset_get_entity (fixtures, ITEM (marks, i)->datum.entity)->id,
                     "LDC"))
      found = TRUE;
  g_assert_true (found);
  /* The other two groups name no aggregate: their medians. */
  g_assert_nonnull (find_text (scene, "median 62.0%"));
  g_assert_nonnull (find_text (scene, "median 91.9%"));
}

static gboolean
items_equal (const ParityItem *a,
             const ParityItem *b)
{
  return a->kind == b->kind && a->role == b->role &&
         memcmp (&a->box, &b->box, sizeof a->box) == 0 && a->cx == b->cx && a->cy == b->cy &&
         a->x1 == b->x1 && a->y1 == b->y1 && g_strcmp0 (a->text, b->text) == 0;
}

static void
assert_same_scene (ParityScene *a,
                   ParityScene *b)
{
  g_assert_cmpuint (parity_scene_get_n_items (a), ==, parity_scene_get_n_items (b));
  for (guint i = 0; i < parity_scene_get_n_items (a); i++)
    g_assert_true (items_equal (parity_scene_get_item (a, i), parity_scene_get_item (b, i)));
  g_assert_cmpstr (parity_scene_get_description (a), ==, parity_scene_get_description (b));
}

typedef enum
{
  VALUES_REPEATED,  /* four values, as rounded data repeat them */
  VALUES_SPREAD,    /* spread per group as Internet use is */
  VALUES_EQUAL,     /* one value for all */
} Values;

/* @n economies, "C000"…, in three groups (the first 23 %, the next 57 %, the rest), three
 * of them highlighted; @reversed lists them, and each group's members, the other way round. */
static char *
generated_json (guint    n,
                Values   values,
                gboolean reversed)
{
  static const double base[] = { 5, 30, 80 }, span[] = { 50, 65, 19 };
  GString *json = g_string_new ("{ \"format\": \"parity-dataset\", \"version\": 1,"
                                " \"default_language\": \"en\", \"title\": \"t\","
                                " \"sources\": [], \"entities\": [");
  g_autoptr(GString) obs = g_string_new (NULL);
  g_autoptr(GString) m0 = g_string_new (NULL), m1 = g_string_new (NULL), m2 = g_string_new (NULL);
  GString *members[] = { m0, m1, m2 };
  guint32 seed = 17;

  for (guint k = 0; k < n; k++)
    {
      guint i = reversed ? n - 1 - k : k;
      guint g = i < n * 23 / 100 ? 0 : i < n * 80 / 100 ? 1 : 2;
      guint32 draw;

      /* Each economy's own draw, whatever order it is listed in. */
      seed = 17;
      for (guint d = 0; d <= i; d++)
        seed = seed * 1103515245 + 12345;
      draw = seed >> 16;
      g_string_append_printf (json, "%s{\"id\": \"C%03u\", \"label\": \"Country %u\","
                              " \"kind\": \"economy\"}", k ? "," : "", i, i);
      g_string_append_printf (obs, "%s{\"entity\": \"C%03u\", \"period\": \"2022\","
                              " \"value\": %.1f}", k ? "," : "", i,
                              values == VALUES_EQUAL ? 50
                              : values == VALUES_REPEATED ? 40 + (i % 4) * 2
                              : base[g] + draw % 1000 / 1000.0 * span[g]);
      g_string_append_printf (members[g], "%s\"C%03u\"", members[g]->len ? "," : "", i);
    }
  g_string_append_printf (json, "], \"indicators\": [ {\"id\": \"p\", \"label\": \"P\","
                          " \"unit\": {\"kind\": \"percent\"}, \"decimals\": 1,"
                          " \"observations\": [%s] } ],"
                          " \"charts\": [ {\"id\": \"s\", \"kind\": \"strip\", \"title\": \"T\","
                          " \"indicator\": \"p\", \"period\": \"2022\","
                          " \"highlight\": [\"C%03u\", \"C%03u\", \"C%03u\"], \"groups\": ["
                          " {\"label\": \"LDCs\", \"entities\": [%s]},"
                          " {\"label\": \"Other developing\", \"entities\": [%s]},"
                          " {\"label\": \"Developed\", \"entities\": [%s]} ] } ] }", obs->str,
                          3, n / 2, n - 1, m0->str, m1->str, m2->str);
  return g_string_free (json, FALSE);
}

/* The same file gives the same scene, and so does the same data listed in another order:
 * dots are placed by value, then by id. */
static void
test_deterministic (void)
{
  g_autofree char *forward = generated_json (20, VALUES_REPEATED, FALSE);
  g_autofree char *backward = generated_json (20, VALUES_REPEATED, TRUE);
  g_autoptr(ParityDataset) a = scene_test_load_string (forward);
  g_autoptr(ParityDataset) b = scene_test_load_string (backward);
  g_autoptr(ParityScene) first = scene_test_layout (a, "s", 453.543, 283.465);
  g_autoptr(ParityScene) again = scene_test_layout (a, "s", 453.543, 283.465);
  g_autoptr(ParityScene) other = scene_test_layout (b, "s", 453.543, 283.465);
  g_autoptr(ParityScene) fixture_a = scene_test_layout (fixtures, "internet-strip-2022", 720,
                                                        450);
  g_autoptr(ParityScene) fixture_b = scene_test_layout (fixtures, "internet-strip-2022", 720,
                                                        450);
  g_autoptr(GPtrArray) dots = dots_of (first);
  g_autoptr(GPtrArray) other_dots = dots_of (other);

  assert_same_scene (first, again);
  assert_same_scene (fixture_a, fixture_b);
  /* Dots that share a value are stacked off the axis, not on each other. */
  assert_no_dot_covers_another (first, "ties");
  g_assert_cmpuint (dots->len, ==, 20);
  for (guint i = 0; i < dots->len; i++)
    {
      const ParityItem *d = ITEM (dots, i), *e = NULL;
      const char *id = parity_dataset_get_entity (a, d->datum.entity)->id;

      for (guint j = 0; j < other_dots->len; j++)
        if (g_str_equal (parity_dataset_get_entity (b, ITEM (other_dots, j)->datum.entity)->id,
                         id))
          e = ITEM (other_dots, j);
      g_assert_nonnull (e);
      g_assert_cmpfloat (d->cx, ==, e->cx);
      g_assert_cmpfloat (d->cy, ==, e->cy);
    }
}

/* The swarm itself: equal values stack outward, above first; every pair keeps the spacing;
 * a lone dot stays on the axis. */
static void
test_swarm (void)
{
  double x[] = { 10, 10, 10, 10, 10 }, offsets[5];
  double spread[] = { 0, 1, 2, 3, 30, 31 }, spread_offsets[6];
  double reach = parity_swarm_place (x, 5, 4, 100, offsets);

  g_assert_cmpfloat (offsets[0], ==, 0);
  g_assert_cmpfloat_with_epsilon (offsets[1], -4, 1e-9);
  g_assert_cmpfloat_with_epsilon (offsets[2], 4, 1e-9);
  g_assert_cmpfloat_with_epsilon (offsets[3], -8, 1e-9);
  g_assert_cmpfloat_with_epsilon (offsets[4], 8, 1e-9);
  g_assert_cmpfloat_with_epsilon (reach, 8, 1e-9);

  parity_swarm_place (spread, 6, 4, 100, spread_offsets);
  /* A tower taller than allowed is given up early. */
  g_assert_true (isinf (parity_swarm_place (x, 5, 4, 6, offsets)));
  for (guint i = 0; i < 6; i++)
    for (guint j = i + 1; j < 6; j++)
      g_assert_cmpfloat (hypot (spread[i] - spread[j], spread_offsets[i] - spread_offsets[j]),
                         >=, 4 - 1e-6);
  g_assert_cmpfloat (spread_offsets[4], ==, 0);
  g_assert_cmpfloat (fabs (spread_offsets[5]), >, 0);
}

/* In Arabic the axis runs right to left: names on the right, higher values further left. */
static void
test_rtl_mirrors (void)
{
  g_autoptr(ParityScene) scene = scene_test_layout_in (fixtures, "internet-strip-2022", "ar",
                                                       720, 450);
  g_autoptr(GPtrArray) dots = dots_of (scene);
  g_autoptr(GPtrArray) categories = scene_test_items_with_role (scene,
                                                                PARITY_ROLE_CATEGORY_LABEL);
  const ParityItem *lo = NULL, *hi = NULL;

  for (guint i = 0; i < dots->len; i++)
    {
      const ParityItem *d = ITEM (dots, i);

      if (lo == NULL || d->datum.value < lo->datum.value)
        lo = d;
      if (hi == NULL || d->datum.value > hi->datum.value)
        hi = d;
    }
  if (lo == NULL || hi == NULL)
    g_error ("no dots");
  g_assert_cmpfloat (hi->cx, <, lo->cx);
  for (guint i = 0; i < categories->len; i++)
    g_assert_cmpfloat (ITEM (categories, i)->box.x, >, lo->cx);
}

/* 200 economies fit every preset, every dot drawn and none on another; where they truly
 * cannot fit, the chart is refused as crowded, not drawn with dots on dots. */
static void
test_crowded (void)
{
  g_autofree char *json = generated_json (200, VALUES_SPREAD, FALSE);
  g_autofree char *tied = generated_json (200, VALUES_EQUAL, FALSE);
  g_autoptr(ParityDataset) dataset = scene_test_load_string (json);
  g_autoptr(ParityDataset) tied_dataset = scene_test_load_string (tied);
  guint n_presets;
  const ParityPreset *presets = parity_preset_get_all (&n_presets);
  ParityLayoutOptions options = { 300, 90, NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(ParityScene) small = NULL;
  g_autoptr(ParityScene) tower = NULL;

  for (guint p = 0; p < n_presets * 2; p++)
    {
      const char *lang = p < n_presets ? "en" : "ar";
      g_autoptr(ParityScene) scene = scene_test_layout_in (dataset, "s", lang,
                                                           presets[p % n_presets].width,
                                                           presets[p % n_presets].height);
      g_autoptr(GPtrArray) dots = dots_of (scene);
      g_autofree char *where = g_strdup_printf ("200 economies at %s in %s",
                                                presets[p % n_presets].name, lang);

      g_assert_cmpuint (dots->len, ==, 200);
      assert_no_dot_covers_another (scene, where);
      scene_test_assert_labels_fit (scene, where, covers_dot);
      assert_proportional (scene, where);
    }

  small = parity_layout_chart (dataset, parity_dataset_find_chart (dataset, "s"), &options,
                               &error);
  g_assert_null (small);
  g_assert_error (error, PARITY_ERROR, PARITY_ERROR_CROWDED);
  g_assert_nonnull (strstr (error->message, "200 dots do not fit"));
  g_clear_error (&error);

  /* 200 equal values make a tower no report plot holds. */
  options = (ParityLayoutOptions) { 453.543, 283.465, NULL };
  tower = parity_layout_chart (tied_dataset, parity_dataset_find_chart (tied_dataset, "s"),
                               &options, &error);
  g_assert_null (tower);
  g_assert_error (error, PARITY_ERROR, PARITY_ERROR_CROWDED);
}

/* The middle of the category label nearest @y: its row's line. */
static double
row_line_near (ParityScene *scene,
               double       y)
{
  g_autoptr(GPtrArray) categories = scene_test_items_with_role (scene,
                                                                PARITY_ROLE_CATEGORY_LABEL);
  double best = NAN;

  for (guint i = 0; i < categories->len; i++)
    if (isnan (best) || fabs (middle (&ITEM (categories, i)->box) - y) < fabs (best - y))
      best = middle (&ITEM (categories, i)->box);
  return best;
}

/* When the rows do not fit with a lane for each median's label under them, the labels go
 * beside the swarms, on the rows' lines, rather than the chart being refused. */
static void
test_marks_beside (void)
{
  g_autofree char *json = generated_json (200, VALUES_SPREAD, FALSE);
  g_autoptr(ParityDataset) dataset = scene_test_load_string (json);
  const ParityChartSpec *spec = parity_dataset_find_chart (dataset, "s");
  g_autoptr(ParityScene) roomy = scene_test_layout_in (dataset, "s", "en", 453.543, 283.465);
  g_autoptr(ParityScene) tight = NULL;
  g_autoptr(GPtrArray) labels = NULL;
  guint n_medians = 0;

  /* With room, each median is named under its swarm. */
  labels = scene_test_items_with_role (roomy, PARITY_ROLE_REFERENCE_LABEL);
  for (guint i = 0; i < labels->len; i++)
    if (g_str_has_prefix (ITEM (labels, i)->text, "median"))
      {
        double y = middle (&ITEM (labels, i)->box);

        g_assert_cmpfloat (y, >, row_line_near (roomy, y) + 1);
        n_medians++;
      }
  g_assert_cmpuint (n_medians, ==, 3);

  /* The lowest canvas the chart is drawn on. */
  for (double height = 283.465; height > 60; height -= 2)
    {
      ParityLayoutOptions options = { 453.543, height, "en" };
      g_autoptr(GError) error = NULL;
      ParityScene *scene = parity_layout_chart (dataset, spec, &options, &error);

      if (scene == NULL)
        {
          g_assert_error (error, PARITY_ERROR, PARITY_ERROR_CROWDED);
          break;
        }
      g_clear_pointer (&tight, parity_scene_unref);
      tight = scene;
    }
  g_assert_nonnull (tight);
  assert_no_dot_covers_another (tight, "the lowest canvas");
  scene_test_assert_labels_fit (tight, "the lowest canvas", covers_dot);
  g_ptr_array_unref (labels);
  labels = scene_test_items_with_role (tight, PARITY_ROLE_REFERENCE_LABEL);
  n_medians = 0;
  for (guint i = 0; i < labels->len; i++)
    if (g_str_has_prefix (ITEM (labels, i)->text, "median"))
      {
        double y = middle (&ITEM (labels, i)->box);

        g_assert_cmpfloat (fabs (y - row_line_near (tight, y)), <, 0.5);
        n_medians++;
      }
  g_assert_cmpuint (n_medians, >=, 1);
}

static void
test_parse_errors (void)
{
  static const char head[] =
    "{ \"format\": \"parity-dataset\", \"version\": 1, \"default_language\": \"en\","
    "  \"title\": \"t\", \"sources\": [], \"entities\": [ {\"id\": \"A\", \"label\": \"A\"},"
    "  {\"id\": \"B\", \"label\": \"B\"} ],"
    "  \"indicators\": [ {\"id\": \"p\", \"label\": \"P\", \"unit\": {\"kind\": \"percent\"},"
    "    \"observations\": [ {\"entity\": \"A\", \"period\": \"2019\", \"value\": 1} ] } ],"
    "  \"charts\": [ {\"id\": \"c\", \"kind\": \"strip\", \"title\": \"T\", \"indicator\": \"p\", ";
  static const SceneTestErrorCase cases[] = {
    { "\"groups\": [] } ] }", "$.charts[0]: a strip chart needs a \"period\"" },
    { "\"period\": \"2019\", \"groups\": [] } ] }",
      "$.charts[0].groups: \"groups\" is empty: name at least one group" },
    { "\"period\": \"2019\", \"groups\": {} } ] }", "$.charts[0].groups: expected an array" },
    { "\"period\": \"2019\", \"groups\": [ {\"entities\": [\"A\"]} ] } ] }",
      "$.charts[0].groups[0]" },
    { "\"period\": \"2019\", \"groups\": [ {\"label\": \"G\", \"entities\": []} ] } ] }",
      "$.charts[0].groups[0].entities: the group has no members" },
    { "\"period\": \"2019\", \"groups\": [ {\"label\": \"G\", \"entities\": [\"A\"]},"
      " {\"label\": \"H\", \"entities\": [\"A\", \"B\", \"Z\"]} ] } ] }",
      "$.charts[0].groups[1].entities[2]: no entity has the id \"Z\"" },
    { "\"period\": \"2019\", \"groups\": [ {\"label\": \"G\", \"entities\": [\"A\", 3]} ] } ] }",
      "$.charts[0].groups[0].entities[1]: expected an entity id" },
    { "\"period\": \"2019\", \"groups\": [ {\"label\": \"G\", \"entities\": [\"A\"],"
      " \"aggregate\": \"LDC\"} ] } ] }",
      "$.charts[0].groups[0].aggregate: no entity has the id \"LDC\"" },
    { "\"period\": \"2019\", \"groups\": [ {\"label\": \"G\", \"entities\": [\"A\"],"
      " \"colour\": \"red\"} ] } ] }", "$.charts[0].groups[0].colour" },
  };

  scene_test_assert_errors (head, cases, G_N_ELEMENTS (cases));
}

/* The description (alt text) speaks the chart's language: its head and each median. */
static void
test_description_languages (void)
{
  static const struct { const char *lang; const char *indicator; } cases[] = {
    { "ar", "الأفراد الذين يستعملون الإنترنت" }, { "es", "Personas que utilizan Internet" },
    { "fr", "Personnes utilisant Internet" }, { "ru", "Лица, пользующиеся Интернетом" },
    { "zh", "使用互联网的个人" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(ParityScene) scene = scene_test_layout_in (fixtures, "internet-strip-2022",
                                                           cases[i].lang, 720, 450);
      const char *description = parity_scene_get_description (scene);
      g_autofree char *head = parity_chart_word_with (cases[i].lang, PARITY_WORD_DESC_STRIP,
                                                      cases[i].indicator);
      g_autofree char *median = parity_chart_word_with (cases[i].lang, PARITY_WORD_MEDIAN, "");

      g_assert_null (strstr (description, "Strip chart"));
      g_assert_null (strstr (description, "median "));  /* Spanish says "mediana" */
      if (strstr (description, head) == NULL)
        g_error ("%s: \"%s\" does not hold \"%s\"", cases[i].lang, description, head);
      if (strstr (description, g_strstrip (median)) == NULL)
        g_error ("%s: \"%s\" does not hold \"%s\"", cases[i].lang, description, median);
    }
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  fixtures = scene_test_load_kinds_fixture ("strip-test.json");

  g_test_add_func ("/strip/every-preset-and-language", test_every_preset_and_language);
  g_test_add_func ("/strip/rows-and-marks", test_rows_and_marks);
  g_test_add_func ("/strip/aggregate", test_aggregate);
  g_test_add_func ("/strip/deterministic", test_deterministic);
  g_test_add_func ("/strip/swarm", test_swarm);
  g_test_add_func ("/strip/rtl-mirrors", test_rtl_mirrors);
  g_test_add_func ("/strip/crowded", test_crowded);
  g_test_add_func ("/strip/marks-beside", test_marks_beside);
  g_test_add_func ("/strip/parse-errors", test_parse_errors);
  g_test_add_func ("/strip/description-languages", test_description_languages);
  status = g_test_run ();
  g_object_unref (fixtures);
  return status;
}
