/* test-scatter-scene.c: geometry of the scatter plot, asserted on the scene
 *
 * kinds/scatter-test.json holds 36 economies: Internet use from Our World in Data (real,
 * 2019 and 2022), GDP per capita and population approximate (see its description). A
 * 200-economy dataset is made here for crowding.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>
#include <string.h>
#include <json-glib/json-glib.h>

#include "scene-test-util.h"
#include "parity-error.h"
#include "parity-layout.h"
#include "parity-loader.h"
#include "parity-preset.h"

#define NNBSP "\xE2\x80\xAF"
#define ITEM(array, i) ((const ParityItem *)g_ptr_array_index ((array), (i)))
#define REPORT_W 453.543
#define REPORT_H 283.465

static ParityDataset *fixtures;

/* The dots: markers standing for the chart's own indicator (y); their rings stand for x. */
static GPtrArray *
dots_of (ParityScene   *scene,
         ParityDataset *dataset,
         const char    *indicator)
{
  g_autoptr(GPtrArray) marks = scene_test_items (scene, PARITY_ROLE_MARK, PARITY_ITEM_MARKER);
  guint32 wanted = parity_dataset_lookup_indicator (dataset, indicator);
  GPtrArray *dots = g_ptr_array_new ();

  for (guint i = 0; i < marks->len; i++)
    {
      g_assert_true (ITEM (marks, i)->has_datum);
      if (ITEM (marks, i)->datum.indicator == wanted)
        g_ptr_array_add (dots, g_ptr_array_index (marks, i));
    }
  return dots;
}

static const ParityItem *
find_dot (GPtrArray     *dots,
          ParityDataset *dataset,
          const char    *entity)
{
  guint32 e = parity_dataset_lookup_entity (dataset, entity);

  for (guint i = 0; i < dots->len; i++)
    if (ITEM (dots, i)->datum.entity == e)
      return ITEM (dots, i);
  return NULL;
}

static const ParityItem *
dot_of (GPtrArray     *dots,
        ParityDataset *dataset,
        const char    *entity)
{
  const ParityItem *dot = find_dot (dots, dataset, entity);

  if (dot == NULL)
    g_error ("no dot for %s", entity);
  return dot;
}

static double
value_of (ParityDataset *dataset,
          const char    *indicator,
          const char    *entity,
          const char    *period)
{
  guint32 ind = parity_dataset_lookup_indicator (dataset, indicator);
  guint32 i = parity_dataset_find_observation (dataset, ind,
                                               parity_dataset_lookup_entity (dataset, entity),
                                               parity_dataset_lookup_period (dataset, period), 0);

  g_assert_cmpuint (i, !=, PARITY_INDEX_NONE);
  return parity_dataset_get_indicator (dataset, ind)->obs.value[i];
}

/* No text covers a dot or its ring. */
static const char *
covers_dot (const ParityItem *text,
            const ParityItem *other)
{
  return other->kind == PARITY_ITEM_MARKER && other->role == PARITY_ROLE_MARK ? "a dot" : NULL;
}

static gboolean
has_text (ParityScene *scene,
          ParityRole   role,
          const char  *text)
{
  g_autoptr(GPtrArray) items = scene_test_items_with_role (scene, role);

  for (guint i = 0; i < items->len; i++)
    if (g_strcmp0 (ITEM (items, i)->text, text) == 0)
      return TRUE;
  return FALSE;
}

/* x on a log scale, y on a linear one: each dot where its values put it, on one line
 * through any two of them. */
static void
test_positions (void)
{
  g_autoptr(ParityScene) scene = scene_test_layout (fixtures, "internet-vs-income", REPORT_W,
                                                    REPORT_H);
  g_autoptr(GPtrArray) dots = dots_of (scene, fixtures, "internet-use");
  g_autoptr(GPtrArray) rings = dots_of (scene, fixtures, "gdp-per-capita");
  const ParityItem *a = dot_of (dots, fixtures, "NER"), *b = dot_of (dots, fixtures, "NOR");
  double ax = log10 (value_of (fixtures, "gdp-per-capita", "NER", "2022"));
  double bx = log10 (value_of (fixtures, "gdp-per-capita", "NOR", "2022"));
  double ay = value_of (fixtures, "internet-use", "NER", "2022");
  double by = value_of (fixtures, "internet-use", "NOR", "2022");

  /* 36 economies, three without a 2022 value (India, Haiti, Uganda); World is an
   * aggregate and left out though it has both values. */
  g_assert_cmpuint (dots->len, ==, 33);
  g_assert_cmpuint (rings->len, ==, 33);
  g_assert_null (find_dot (dots, fixtures, "IND"));
  /* Said, not hidden: under the plot and in the description. */
  g_assert_true (has_text (scene, PARITY_ROLE_AXIS_LABEL, "No data: India, Haiti, Uganda"));
  g_assert_nonnull (strstr (parity_scene_get_description (scene),
                            "; Rwanda (Low income) 960" NNBSP "US$, 34.4%, 13,800,000. "
                            "No data: India, Haiti, Uganda."));
  g_assert_null (find_dot (dots, fixtures, "WLD"));
  g_assert_cmpfloat (b->cx - a->cx, >, REPORT_W / 3);
  for (guint i = 0; i < dots->len; i++)
    {
      const ParityItem *dot = ITEM (dots, i);
      const char *id = parity_dataset_get_entity (fixtures, dot->datum.entity)->id;
      const ParityItem *ring = dot_of (rings, fixtures, id);
      double x = log10 (value_of (fixtures, "gdp-per-capita", id, "2022"));

      g_assert_cmpfloat_with_epsilon (ring->cx, dot->cx, 1e-9);
      g_assert_cmpfloat (ring->r1, >, dot->r1);
      g_assert_cmpfloat_with_epsilon (dot->cx, a->cx + (x - ax) / (bx - ax) * (b->cx - a->cx),
                                      1e-6);
      g_assert_cmpfloat_with_epsilon (dot->cy, a->cy + (dot->datum.value - ay) / (by - ay) *
                                               (b->cy - a->cy), 1e-6);
    }
  /* Up is more. */
  g_assert_cmpfloat (b->cy, <, a->cy);
}

/* A dot's area is in proportion to its population. */
static void
test_area_is_proportional (void)
{
  g_autoptr(ParityScene) scene = scene_test_layout (fixtures, "internet-vs-income", REPORT_W,
                                                    REPORT_H);
  g_autoptr(GPtrArray) dots = dots_of (scene, fixtures, "internet-use");
  static const char * const ids[] = { "CHN", "USA", "BRA", "JPN", "DEU" };
  const ParityItem *china = dot_of (dots, fixtures, "CHN");
  double china_pop = value_of (fixtures, "population", "CHN", "2022");

  for (guint i = 1; i < G_N_ELEMENTS (ids); i++)
    {
      const ParityItem *dot = dot_of (dots, fixtures, ids[i]);

      g_assert_cmpfloat_with_epsilon (dot->r1 * dot->r1 / (china->r1 * china->r1),
                                      value_of (fixtures, "population", ids[i], "2022") /
                                      china_pop, 1e-9);
    }
  /* The size key names its indicator. */
  g_assert_true (has_text (scene, PARITY_ROLE_LEGEND, "Population"));
}

typedef struct
{
  const char *id;
  double      residual;
} Residual;

static int
compare_residual (gconstpointer a,
                  gconstpointer b)
{
  const Residual *ra = a, *rb = b;

  return (ra->residual < rb->residual) - (ra->residual > rb->residual);
}

/* The names drawn: the highlighted economies, and the three farthest from the least-squares
 * line of Internet use on log10 GDP per capita, computed here on their own. */
static void
test_labels_are_highlights_and_outliers (void)
{
  g_autoptr(ParityScene) scene = scene_test_layout (fixtures, "internet-vs-income", REPORT_W,
                                                    REPORT_H);
  g_autoptr(GPtrArray) names = scene_test_items_with_role (scene, PARITY_ROLE_CATEGORY_LABEL);
  g_autoptr(GPtrArray) dots = dots_of (scene, fixtures, "internet-use");
  g_autoptr(GArray) residuals = g_array_new (FALSE, FALSE, sizeof (Residual));
  double mx = 0, my = 0, sxx = 0, sxy = 0;
  guint n = dots->len, found = 0;

  for (guint i = 0; i < n; i++)
    {
      const char *id = parity_dataset_get_entity (fixtures, ITEM (dots, i)->datum.entity)->id;

      mx += log10 (value_of (fixtures, "gdp-per-capita", id, "2022")) / n;
      my += ITEM (dots, i)->datum.value / n;
    }
  for (guint i = 0; i < n; i++)
    {
      const char *id = parity_dataset_get_entity (fixtures, ITEM (dots, i)->datum.entity)->id;
      double dx = log10 (value_of (fixtures, "gdp-per-capita", id, "2022")) - mx;

      sxx += dx * dx;
      sxy += dx * (ITEM (dots, i)->datum.value - my);
    }
  for (guint i = 0; i < n; i++)
    {
      const char *id = parity_dataset_get_entity (fixtures, ITEM (dots, i)->datum.entity)->id;
      double dx = log10 (value_of (fixtures, "gdp-per-capita", id, "2022")) - mx;
      Residual r = { id, fabs (ITEM (dots, i)->datum.value - my - sxy / sxx * dx) };

      if (strcmp (id, "NGA") != 0 && strcmp (id, "BRA") != 0)
        g_array_append_val (residuals, r);
    }
  g_array_sort (residuals, compare_residual);

  scene_test_assert_labels_fit (scene, "internet-vs-income", covers_dot);
  g_assert_cmpuint (names->len, ==, 5);
  g_assert_true (has_text (scene, PARITY_ROLE_CATEGORY_LABEL, "Nigeria"));
  g_assert_true (has_text (scene, PARITY_ROLE_CATEGORY_LABEL, "Brazil"));
  for (guint i = 0; i < 3; i++)
    {
      const char *id = g_array_index (residuals, Residual, i).id;
      const char *label = parity_text_get (parity_dataset_get_entity (fixtures,
                                             parity_dataset_lookup_entity (fixtures, id))->label,
                                           "en", "en");

      found += has_text (scene, PARITY_ROLE_CATEGORY_LABEL, label);
    }
  g_assert_cmpuint (found, ==, 3);
  /* Each name carries its economy's datum, and stands near its dot. */
  for (guint i = 0; i < names->len; i++)
    {
      const ParityItem *name = ITEM (names, i);
      const ParityItem *dot = NULL;

      g_assert_true (name->has_datum);
      for (guint k = 0; k < dots->len; k++)
        if (ITEM (dots, k)->datum.entity == name->datum.entity)
          dot = ITEM (dots, k);
      g_assert_nonnull (dot);
      g_assert_cmpfloat (fabs (name->box.x + name->box.width / 2 - dot->cx), <,
                         name->box.width / 2 + dot->r1 + 30);
      g_assert_cmpfloat (fabs (name->box.y + name->box.height / 2 - dot->cy), <,
                         name->box.height / 2 + dot->r1 + 30);
    }
}

/* The key names each group, in order, and the dots take their group's colour. */
static void
test_groups_colour_the_dots (void)
{
  g_autoptr(ParityScene) scene = scene_test_layout (fixtures, "internet-vs-income", REPORT_W,
                                                    REPORT_H);
  g_autoptr(GPtrArray) dots = dots_of (scene, fixtures, "internet-use");
  g_autoptr(GPtrArray) legend = scene_test_items (scene, PARITY_ROLE_LEGEND, PARITY_ITEM_TEXT);
  const ParityItem *high = dot_of (dots, fixtures, "NOR"), *low = dot_of (dots, fixtures, "NER");
  const ParityItem *usa = dot_of (dots, fixtures, "USA");

  /* The size key first ("Population", "1B", "100M"), then the groups in order. */
  g_assert_cmpuint (legend->len, ==, 7);
  g_assert_cmpstr (ITEM (legend, 3)->text, ==, "High income");
  g_assert_cmpstr (ITEM (legend, 4)->text, ==, "Upper middle income");
  g_assert_cmpstr (ITEM (legend, 6)->text, ==, "Low income");
  g_assert_true (memcmp (&high->fill, &usa->fill, sizeof (ParityColor)) == 0);
  g_assert_false (memcmp (&high->fill, &low->fill, sizeof (ParityColor)) == 0);
  /* Every economy is in a group: no "Others". */
  g_assert_false (has_text (scene, PARITY_ROLE_LEGEND, "Others"));
}

/* The description and the data table: x, y and size of every dot. */
static void
test_description_and_table (void)
{
  g_autoptr(ParityScene) scene = scene_test_layout (fixtures, "internet-vs-income", REPORT_W,
                                                    REPORT_H);
  const char *description = parity_scene_get_description (scene);
  const char *series = NULL;
  const ParityDatum *first;

  g_assert_nonnull (strstr (description, "Scatter plot of GDP per capita (horizontal) and "
                            "Individuals using the Internet (vertical), 2022, dot area by "
                            "Population: United States of America (High income) "
                            "76,400" NNBSP "US$, "
                            "97.1%, 333,300,000; "));
  g_assert_nonnull (strstr (description, "; Norway (High income) 106,100" NNBSP "US$, 99"));
  g_assert_cmpuint (parity_scene_get_n_table_rows (scene), ==, 33 * 3);
  first = parity_scene_get_table_row (scene, 0, &series);
  g_assert_cmpstr (series, ==, "GDP per capita");
  g_assert_cmpuint (first->indicator, ==,
                    parity_dataset_lookup_indicator (fixtures, "gdp-per-capita"));
  /* Every value shown is credited: GDP per capita and population come from another source
   * than Internet use. */
  g_assert_nonnull (strstr (description, "Source: ITU via World Bank, processed by Our World "
                                         "in Data; Approximate values for tests"));
}

static void
assert_same_scene (ParityScene *a,
                   ParityScene *b)
{
  g_assert_cmpuint (parity_scene_get_n_items (a), ==, parity_scene_get_n_items (b));
  for (guint i = 0; i < parity_scene_get_n_items (a); i++)
    {
      const ParityItem *x = parity_scene_get_item (a, i), *y = parity_scene_get_item (b, i);

      g_assert_cmpint (x->kind, ==, y->kind);
      g_assert_cmpint (x->role, ==, y->role);
      g_assert_true (memcmp (&x->box, &y->box, sizeof (ParityRect)) == 0);
      g_assert_cmpstr (x->text, ==, y->text);
    }
}

/* Mirrored in Arabic: richer economies to the left, the value axis' labels on the right. */
static void
test_arabic_is_mirrored (void)
{
  g_autoptr(ParityScene) scene = scene_test_layout_in (fixtures, "internet-vs-income", "ar",
                                                       720, 450);
  g_autoptr(GPtrArray) dots = dots_of (scene, fixtures, "internet-use");
  g_autoptr(GPtrArray) ticks = scene_test_items_with_role (scene, PARITY_ROLE_TICK_LABEL);
  double right_of_dots = 0, lowest = 0;
  guint n_y_ticks = 0;

  scene_test_assert_labels_fit (scene, "internet-vs-income in Arabic", covers_dot);
  g_assert_cmpfloat (dot_of (dots, fixtures, "NOR")->cx, <, dot_of (dots, fixtures, "NER")->cx);
  for (guint i = 0; i < dots->len; i++)
    right_of_dots = MAX (right_of_dots, ITEM (dots, i)->cx);
  /* The y tick labels (all above the x axis' row of labels) stand right of every dot. */
  for (guint i = 0; i < ticks->len; i++)
    lowest = MAX (lowest, ITEM (ticks, i)->box.y);
  for (guint i = 0; i < ticks->len; i++)
    if (ITEM (ticks, i)->box.y < lowest - 1)
      {
        g_assert_cmpfloat (ITEM (ticks, i)->box.x, >, right_of_dots);
        n_y_ticks++;
      }
  g_assert_cmpuint (n_y_ticks, >=, 3);
  g_assert_true (has_text (scene, PARITY_ROLE_CATEGORY_LABEL, "نيجيريا"));
}

/* Two hundred economies: smaller dots, the chosen names placed without overlap, and the
 * same scene every time. */
static char *
crowd_json (guint n)
{
  GString *json = g_string_new ("{\"format\": \"parity-dataset\", \"version\": 1, "
                                "\"default_language\": \"en\", \"title\": \"T\", "
                                "\"sources\": [], \"entities\": [");
  GString *x = g_string_new (NULL), *y = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      /* Spread like the world's: log-uniform income, use rising with it, some scatter. */
      double gdp = pow (10, 2.5 + 2.5 * ((i * 37) % n) / (double)n);
      double use = CLAMP (22 * log10 (gdp) - 45 + ((i * 53) % 29) - 14, 0.5, 99.5);

      g_string_append_printf (json, "%s{\"id\": \"E%03u\", \"label\": \"Economy %u\", "
                              "\"kind\": \"economy\"}", i ? ", " : "", i, i);
      g_string_append_printf (x, "%s{\"entity\": \"E%03u\", \"period\": \"2022\", "
                              "\"value\": %.0f}", i ? ", " : "", i, gdp);
      g_string_append_printf (y, "%s{\"entity\": \"E%03u\", \"period\": \"2022\", "
                              "\"value\": %.1f}", i ? ", " : "", i, use);
    }
  g_string_append_printf (json, "], \"indicators\": ["
                          "{\"id\": \"gdp\", \"label\": \"GDP\", \"unit\": {\"kind\": "
                          "\"currency\"}, \"observations\": [%s]}, "
                          "{\"id\": \"use\", \"label\": \"Use\", \"unit\": {\"kind\": "
                          "\"percent\"}, \"observations\": [%s]}], "
                          "\"charts\": [{\"id\": \"c\", \"kind\": \"scatter\", \"title\": \"T\", "
                          "\"indicator\": \"use\", \"period\": \"2022\", \"x\": {\"indicator\": "
                          "\"gdp\", \"scale\": \"log\"}, \"highlight\": [\"E007\", \"E150\"], "
                          "\"outliers\": 12}]}", x->str, y->str);
  g_string_free (x, TRUE);
  g_string_free (y, TRUE);
  return g_string_free (json, FALSE);
}

static void
test_two_hundred_economies (void)
{
  g_autofree char *json = crowd_json (200);
  g_autoptr(ParityDataset) crowd = scene_test_load_string (json);
  guint n_presets;
  const ParityPreset *presets = parity_preset_get_all (&n_presets);
  g_autoptr(ParityScene) few = scene_test_layout (fixtures, "internet-2019-2022", REPORT_W,
                                                  REPORT_H);
  g_autoptr(GPtrArray) few_dots = dots_of (few, fixtures, "internet-use");

  for (guint p = 0; p < n_presets; p++)
    {
      g_autoptr(ParityScene) scene = scene_test_layout (crowd, "c", presets[p].width,
                                                        presets[p].height);
      g_autoptr(ParityScene) again = scene_test_layout (crowd, "c", presets[p].width,
                                                        presets[p].height);
      g_autoptr(GPtrArray) dots = dots_of (scene, crowd, "use");
      g_autoptr(GPtrArray) names = scene_test_items_with_role (scene,
                                                               PARITY_ROLE_CATEGORY_LABEL);
      g_autofree char *where = g_strdup_printf ("200 economies at %s", presets[p].name);

      g_assert_cmpuint (dots->len, ==, 200);
      scene_test_assert_labels_fit (scene, where, covers_dot);
      assert_same_scene (scene, again);
      /* The two highlighted are named first; some outliers at least. */
      g_assert_cmpuint (names->len, >=, 4);
      g_assert_true (has_text (scene, PARITY_ROLE_CATEGORY_LABEL, "Economy 7"));
      g_assert_true (has_text (scene, PARITY_ROLE_CATEGORY_LABEL, "Economy 150"));
      if (p == 0)
        g_assert_cmpfloat (ITEM (dots, 0)->r1, <, ITEM (few_dots, 0)->r1);
    }
}

/* Where the dots cannot fit, the crowded error, not a blot: 3000 economies on the report
 * preset. */
static void
test_crowded (void)
{
  g_autofree char *json = crowd_json (3000);
  g_autoptr(ParityDataset) crowd = scene_test_load_string (json);
  ParityLayoutOptions options = { REPORT_W, REPORT_H, NULL };
  g_autoptr(GError) error = NULL;
  ParityScene *scene = parity_layout_chart (crowd, parity_dataset_find_chart (crowd, "c"),
                                            &options, &error);

  g_assert_null (scene);
  g_assert_error (error, PARITY_ERROR, PARITY_ERROR_CROWDED);
  g_assert_nonnull (strstr (error->message, "chart \"c\": 3000 dots do not fit"));
}

/* Every preset, both fixtures' charts, English and Chinese: nothing overlaps. */
static void
test_every_preset (void)
{
  static const char * const charts[] = { "internet-vs-income", "internet-2019-2022" };
  static const char * const langs[] = { "en", "zh", "ar" };
  guint n_presets;
  const ParityPreset *presets = parity_preset_get_all (&n_presets);

  for (guint p = 0; p < n_presets; p++)
    for (guint c = 0; c < G_N_ELEMENTS (charts); c++)
      for (guint l = 0; l < G_N_ELEMENTS (langs); l++)
        {
          g_autoptr(ParityScene) scene = scene_test_layout_in (fixtures, charts[c], langs[l],
                                                               presets[p].width,
                                                               presets[p].height);
          g_autofree char *where = g_strdup_printf ("%s at %s in %s", charts[c],
                                                    presets[p].name, langs[l]);
          g_autoptr(GPtrArray) marks = scene_test_items (scene, PARITY_ROLE_MARK,
                                                         PARITY_ITEM_MARKER);

          scene_test_assert_labels_fit (scene, where, covers_dot);
          /* 33 dots, each on its ring. */
          g_assert_cmpuint (marks->len, ==, 66);
        }
}

/* A canvas as narrow as the frame allows: the x axis keeps as many ticks as stand apart,
 * two at least. */
static void
test_narrow (void)
{
  g_autoptr(ParityScene) scene = scene_test_layout (fixtures, "internet-2019-2022", 100, 400);
  g_autoptr(GPtrArray) ticks = scene_test_items_with_role (scene, PARITY_ROLE_TICK_LABEL);
  double lowest = 0;
  guint n_x_ticks = 0;

  scene_test_assert_labels_fit (scene, "internet-2019-2022, 100 pt wide", covers_dot);
  for (guint i = 0; i < ticks->len; i++)
    lowest = MAX (lowest, ITEM (ticks, i)->box.y);
  for (guint i = 0; i < ticks->len; i++)
    n_x_ticks += ITEM (ticks, i)->box.y > lowest - 1;
  g_assert_cmpuint (n_x_ticks, >=, 2);
}

/* Both axes differ in period: each title says which. */
static void
test_periods_are_named (void)
{
  g_autoptr(ParityScene) scene = scene_test_layout (fixtures, "internet-2019-2022", REPORT_W,
                                                    REPORT_H);

  g_assert_true (has_text (scene, PARITY_ROLE_AXIS_LABEL,
                           "Individuals using the Internet (% of population), 2019"));
  g_assert_true (has_text (scene, PARITY_ROLE_AXIS_LABEL,
                           "Individuals using the Internet (% of population), 2022"));
}

static char *
load_error (const char *chart,
            GQuark      domain,
            int         code)
{
  g_autofree char *json = g_strdup_printf (
    "{\"format\": \"parity-dataset\", \"version\": 1, \"default_language\": \"en\", "
    "\"title\": \"T\", \"sources\": [], \"entities\": [{\"id\": \"A\", \"label\": \"A\"}, "
    "{\"id\": \"B\", \"label\": \"B\"}], \"indicators\": ["
    "{\"id\": \"x\", \"label\": \"X\", \"unit\": {\"kind\": \"count\"}, \"observations\": "
    "[{\"entity\": \"A\", \"period\": \"2022\", \"value\": 0}, "
    "{\"entity\": \"B\", \"period\": \"2022\", \"value\": 5}]}, "
    "{\"id\": \"y\", \"label\": \"Y\", \"unit\": {\"kind\": \"percent\"}, \"observations\": "
    "[{\"entity\": \"A\", \"period\": \"2022\", \"value\": 1}, "
    "{\"entity\": \"B\", \"period\": \"2022\", \"value\": 2}]}], "
    "\"charts\": [{\"id\": \"c\", \"kind\": \"scatter\", \"title\": \"T\", \"indicator\": "
    "\"y\", \"period\": \"2022\"%s}]}", chart);
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));
  g_autoptr(GError) error = NULL;
  g_autoptr(ParityDataset) dataset = parity_dataset_load_bytes (bytes, "inline.json", &error);

  if (dataset != NULL)
    {
      ParityLayoutOptions options = { REPORT_W, REPORT_H, NULL };
      ParityScene *scene = parity_layout_chart (dataset, parity_dataset_find_chart (dataset, "c"),
                                                &options, &error);

      g_assert_null (scene);
    }
  g_assert_error (error, domain, code);
  return g_strdup (error->message);
}

static void
assert_error (const char *chart,
              int         code,
              const char *expected)
{
  g_autofree char *message = load_error (chart, PARITY_ERROR, code);

  if (strstr (message, expected) == NULL)
    g_error ("expected \"%s\" in: %s", expected, message);
}

static void
test_options_are_checked (void)
{
  assert_error ("", PARITY_ERROR_CONTENT, "$.charts[0]");
  assert_error ("", PARITY_ERROR_CONTENT, "\"x\"");
  assert_error (", \"x\": {\"indicator\": \"z\"}", PARITY_ERROR_CONTENT,
                "$.charts[0].x.indicator: no indicator has the id \"z\"");
  assert_error (", \"x\": {\"indicator\": \"x\", \"scale\": \"cubic\"}", PARITY_ERROR_CONTENT,
                "$.charts[0].x.scale");
  assert_error (", \"x\": {\"indicator\": \"x\", \"colour\": 1}", PARITY_ERROR_CONTENT,
                "colour");
  assert_error (", \"x\": {\"indicator\": \"x\"}, \"y\": {\"indicator\": \"x\"}",
                PARITY_ERROR_CONTENT, "$.charts[0].y");
  assert_error (", \"x\": {\"indicator\": \"x\", \"period\": \"1999\"}", PARITY_ERROR_CONTENT,
                "$.charts[0].x.period: no observation has the period \"1999\"");
  assert_error (", \"x\": {\"indicator\": \"x\"}, \"groups\": [{\"label\": \"G\", "
                "\"entities\": [\"A\"]}, {\"label\": \"H\", \"entities\": [\"Q\"]}]",
                PARITY_ERROR_CONTENT,
                "$.charts[0].groups[1].entities[0]: no entity has the id \"Q\"");
  assert_error (", \"x\": {\"indicator\": \"x\"}, \"groups\": [{\"entities\": []}]",
                PARITY_ERROR_CONTENT, "$.charts[0].groups[0]");
  assert_error (", \"x\": {\"indicator\": \"x\"}, \"outliers\": -1", PARITY_ERROR_CONTENT,
                "$.charts[0].outliers");
  assert_error (", \"x\": {\"indicator\": \"x\"}, \"series\": [{\"period\": \"2022\"}]",
                PARITY_ERROR_CONTENT, "leave \"series\" out");
  {
    GString *groups = g_string_new (", \"x\": {\"indicator\": \"x\"}, \"groups\": [");

    for (guint i = 0; i < 7; i++)
      g_string_append_printf (groups, "%s{\"label\": \"G%u\", \"entities\": [\"A\"]}",
                              i ? ", " : "", i);
    g_string_append (groups, "]");
    assert_error (groups->str, PARITY_ERROR_CONTENT,
                  "$.charts[0].groups: a scatter plot colours at most 6 groups, found 7");
    g_string_free (groups, TRUE);
  }
  /* A log axis cannot place A's zero. */
  assert_error (", \"x\": {\"indicator\": \"x\", \"scale\": \"log\"}", PARITY_ERROR_INVALID,
                "a log scale cannot show 0 (A, 2022)");
}

/* A listed aggregate is drawn; an economy in no group is "Others", muted. */
static void
test_listed_entities_and_others (void)
{
  const char *json =
    "{\"format\": \"parity-dataset\", \"version\": 1, \"default_language\": \"en\", "
    "\"title\": \"T\", \"sources\": [], \"entities\": [{\"id\": \"WLD\", \"label\": \"World\", "
    "\"kind\": \"world\"}, {\"id\": \"A\", \"label\": \"A\", \"kind\": \"economy\"}, "
    "{\"id\": \"B\", \"label\": \"B\", \"kind\": \"economy\"}], \"indicators\": ["
    "{\"id\": \"x\", \"label\": \"X\", \"unit\": {\"kind\": \"count\"}, \"observations\": "
    "[{\"entity\": \"A\", \"period\": \"2022\", \"value\": 3}, "
    "{\"entity\": \"WLD\", \"period\": \"2022\", \"value\": 4}, "
    "{\"entity\": \"B\", \"period\": \"2022\", \"value\": 5}]}, "
    "{\"id\": \"y\", \"label\": \"Y\", \"unit\": {\"kind\": \"percent\"}, \"observations\": "
    "[{\"entity\": \"A\", \"period\": \"2022\", \"value\": 1}, "
    "{\"entity\": \"WLD\", \"period\": \"2022\", \"value\": 4}, "
    "{\"entity\": \"B\", \"period\": \"2022\", \"value\": 2}]}], "
    "\"charts\": [{\"id\": \"c\", \"kind\": \"scatter\", \"title\": \"T\", \"indicator\": "
    "\"y\", \"period\": \"2022\", \"x\": {\"indicator\": \"x\"}, \"entities\": [\"WLD\", \"A\", "
    "\"B\"], \"groups\": [{\"label\": \"G\", \"entities\": [\"A\"]}]}]}";
  g_autoptr(ParityDataset) dataset = scene_test_load_string (json);
  g_autoptr(ParityScene) scene = scene_test_layout (dataset, "c", REPORT_W, REPORT_H);
  g_autoptr(GPtrArray) dots = dots_of (scene, dataset, "y");

  g_assert_cmpuint (dots->len, ==, 3);
  g_assert_nonnull (dot_of (dots, dataset, "WLD"));
  g_assert_true (has_text (scene, PARITY_ROLE_LEGEND, "G"));
  g_assert_true (has_text (scene, PARITY_ROLE_LEGEND, "Others"));
  g_assert_false (memcmp (&dot_of (dots, dataset, "A")->fill, &dot_of (dots, dataset, "B")->fill,
                          sizeof (ParityColor)) == 0);
}

/* The fixtures' income chart with "reference": "WLD". */
static ParityDataset *
load_with_reference (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "kinds", "scatter-test.json",
                                                 NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  JsonObject *chart;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  chart = json_array_get_object_element (
    json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)),
                                  "charts"), 0);
  g_assert_cmpstr (json_object_get_string_member (chart, "id"), ==, "internet-vs-income");
  json_object_set_string_member (chart, "reference", "WLD");
  json = json_to_string (json_parser_get_root (parser), FALSE);
  return scene_test_load_string (json);
}

/* The reference (World) is no dot: a diamond where its two values cross, on a dashed line
 * at each of them across the data area, named first and in the description; every dot is
 * on the side of each line its values put it. */
static void
test_reference (void)
{
  g_autoptr(ParityDataset) dataset = load_with_reference ();
  g_autoptr(ParityScene) scene = scene_test_layout (dataset, "internet-vs-income", REPORT_W,
                                                    REPORT_H);
  g_autoptr(GPtrArray) dots = dots_of (scene, dataset, "internet-use");
  g_autoptr(GPtrArray) rings = dots_of (scene, dataset, "gdp-per-capita");
  g_autoptr(GPtrArray) marks = scene_test_items (scene, PARITY_ROLE_REFERENCE,
                                                 PARITY_ITEM_MARKER);
  g_autoptr(GPtrArray) lines = scene_test_items (scene, PARITY_ROLE_REFERENCE,
                                                 PARITY_ITEM_LINE);
  g_autoptr(GPtrArray) names = scene_test_items_with_role (scene, PARITY_ROLE_REFERENCE_LABEL);
  guint32 world = parity_dataset_lookup_entity (dataset, "WLD");
  guint32 gdp = parity_dataset_lookup_indicator (dataset, "gdp-per-capita");
  const ParityItem *diamond = NULL, *across = NULL, *down = NULL;
  const char *description = parity_scene_get_description (scene);

  g_assert_null (find_dot (dots, dataset, "WLD"));
  for (guint i = 0; i < marks->len; i++)
    if (ITEM (marks, i)->datum.indicator != gdp)
      diamond = ITEM (marks, i);
  g_assert_nonnull (diamond);
  g_assert_cmpint (diamond->shape, ==, PARITY_MARKER_DIAMOND);
  g_assert_cmpuint (diamond->datum.entity, ==, world);
  g_assert_cmpfloat_with_epsilon (diamond->datum.value, 64.4, 1e-9);
  g_assert_cmpuint (lines->len, ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      const ParityItem *line = ITEM (lines, i);

      g_assert_cmpuint (line->datum.entity, ==, world);
      g_assert_cmpfloat (line->dash, >, 0);
      if (fabs (line->y1 - line->y2) < 1e-6)
        across = line;
      else
        down = line;
    }
  g_assert_nonnull (across);
  g_assert_nonnull (down);
  g_assert_cmpfloat_with_epsilon (across->y1, diamond->cy, 1e-6);
  g_assert_cmpfloat_with_epsilon (down->x1, diamond->cx, 1e-6);
  g_assert_cmpfloat (fabs (across->x2 - across->x1), >, REPORT_W / 2);
  g_assert_cmpfloat (fabs (down->y2 - down->y1), >, REPORT_H / 3);
  for (guint i = 0; i < dots->len; i++)
    if (ITEM (dots, i)->datum.value != 64.4)
      g_assert_cmpint (ITEM (dots, i)->datum.value > 64.4, ==, ITEM (dots, i)->cy < diamond->cy);
  /* The rings stand for x. */
  for (guint i = 0; i < rings->len; i++)
    if (ITEM (rings, i)->datum.value != 12700)
      g_assert_cmpint (ITEM (rings, i)->datum.value > 12700, ==, ITEM (rings, i)->cx > diamond->cx);
  g_assert_cmpuint (names->len, ==, 1);
  g_assert_cmpstr (ITEM (names, 0)->text, ==, "World");
  scene_test_assert_labels_fit (scene, "reference", covers_dot);
  if (strstr (description, "Population: World (reference) 12,700" NNBSP "US$, 64.4%; ") == NULL)
    g_error ("the reference is not described first: %s", description);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  g_test_init (&argc, &argv, NULL);
  path = g_test_build_filename (G_TEST_DIST, "kinds", "scatter-test.json", NULL);
  fixtures = parity_dataset_load_file (path, &error);
  g_assert_no_error (error);

  g_test_add_func ("/scatter/positions", test_positions);
  g_test_add_func ("/scatter/area-is-proportional", test_area_is_proportional);
  g_test_add_func ("/scatter/labels-are-highlights-and-outliers",
                   test_labels_are_highlights_and_outliers);
  g_test_add_func ("/scatter/groups-colour-the-dots", test_groups_colour_the_dots);
  g_test_add_func ("/scatter/description-and-table", test_description_and_table);
  g_test_add_func ("/scatter/arabic-is-mirrored", test_arabic_is_mirrored);
  g_test_add_func ("/scatter/two-hundred-economies", test_two_hundred_economies);
  g_test_add_func ("/scatter/crowded", test_crowded);
  g_test_add_func ("/scatter/every-preset", test_every_preset);
  g_test_add_func ("/scatter/periods-are-named", test_periods_are_named);
  g_test_add_func ("/scatter/narrow", test_narrow);
  g_test_add_func ("/scatter/options-are-checked", test_options_are_checked);
  g_test_add_func ("/scatter/listed-entities-and-others", test_listed_entities_and_others);
  g_test_add_func ("/scatter/reference", test_reference);
  return g_test_run ();
}
