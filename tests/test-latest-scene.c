/* test-latest-scene.c: charts of each entity's latest value ("period": "latest"), asserted
 * on the scene, its data table and its description
 *
 * kinds/latest-test.json holds real values (Our World in Data's download of ITU's Internet
 * use; see its description) for economies whose data stop in different years: Brazil and
 * the world in 2023, Japan in 2022, the Central African Republic in 2021, Afghanistan in
 * 2020. Its charts ask for the latest value within one year (latest-1, latest-listed) and
 * two (latest-2, latest-strip) of 2023.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>
#include <string.h>

#include "scene-test-util.h"
#include "parity-chart-words.h"
#include "parity-layout.h"
#include "parity-loader.h"
#include "parity-native-writer.h"

static ParityDataset *fixtures;

/* What a scene's data table holds: "ENTITY PERIOD" for each row, in order, ";"-separated. */
static char *
table_of (ParityScene *scene)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < parity_scene_get_n_table_rows (scene); i++)
    {
      const ParityDatum *d = parity_scene_get_table_row (scene, i, NULL);

      g_string_append_printf (out, "%s%s %s", i ? ";" : "",
                              parity_dataset_get_entity (fixtures, d->entity)->id,
                              parity_dataset_get_period (fixtures, d->period));
    }
  return g_string_free (out, FALSE);
}

/* Each economy's most recent value within the tolerance, the world as the reference; none
 * for an economy whose data stop before the window. */
static void
test_window (void)
{
  static const struct { const char *chart, *table; } cases[] = {
    { "latest-1", "JPN 2022;BRA 2023;WLD 2023" },
    { "latest-2", "JPN 2022;BRA 2023;CAF 2021;WLD 2023" },
    { "latest-listed", "WLD 2023;BRA 2023;AFG 2023" },
    { "latest-strip", NULL },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autoptr(ParityScene) scene = scene_test_layout (fixtures, cases[c].chart, 453.5, 283.5);
      g_autoptr(GPtrArray) marks = scene_test_items_with_role (scene, PARITY_ROLE_MARK);
      g_autofree char *table = table_of (scene);
      guint n_marks = 0;

      if (cases[c].table != NULL)
        g_assert_cmpstr (table, ==, cases[c].table);
      /* Every mark stands for its value's own period, in the window. */
      for (guint i = 0; i < marks->len; i++)
        {
          const ParityItem *mark = g_ptr_array_index (marks, i);
          const char *id, *period;

          if (!mark->has_datum || isnan (mark->datum.value))
            continue;
          id = parity_dataset_get_entity (fixtures, mark->datum.entity)->id;
          period = parity_dataset_get_period (fixtures, mark->datum.period);
          n_marks++;
          g_assert_cmpstr (period, ==, g_str_equal (id, "JPN") ? "2022"
                                       : g_str_equal (id, "CAF") ? "2021" : "2023");
          g_assert_cmpstr (id, !=, "AFG");
          if (g_str_has_suffix (cases[c].chart, "-1") || g_str_has_suffix (cases[c].chart,
                                                                           "-listed"))
            g_assert_cmpstr (id, !=, "CAF");
        }
      g_assert_cmpuint (n_marks, ==, g_str_equal (cases[c].chart, "latest-1") ? 2
                                     : g_str_equal (cases[c].chart, "latest-listed") ? 2 : 3);
    }
}

/* The value labels: a value from before 2023 carries its year, one from 2023 none. */
static void
test_year_marks (void)
{
  static const char * const langs[] = { "en", "fr", "ar" };
  static const char * const expected[][3] = {
    { "84.9% (2022)", "84.2%", "10.6% (2021)" },
    { "84,9\u202F% (2022)", "84,2\u202F%", "10,6\u202F% (2021)" },
    { NULL, NULL, NULL },
  };

  for (guint l = 0; l < G_N_ELEMENTS (langs); l++)
    {
      g_autoptr(ParityScene) scene = scene_test_layout_in (fixtures, "latest-2", langs[l],
                                                           453.5, 283.5);
      g_autoptr(GPtrArray) labels = scene_test_items_with_role (scene,
                                                                PARITY_ROLE_VALUE_LABEL);
      guint found = 0;

      for (guint i = 0; i < labels->len; i++)
        {
          const ParityItem *label = g_ptr_array_index (labels, i);
          const char *id = parity_dataset_get_entity (fixtures, label->datum.entity)->id;
          int k = g_str_equal (id, "JPN") ? 0 : g_str_equal (id, "BRA") ? 1
                  : g_str_equal (id, "CAF") ? 2 : -1;

          g_assert_true (label->has_datum);
          if (k < 0)
            continue;
          found++;
          if (expected[l][k] != NULL)
            g_assert_cmpstr (label->text, ==, expected[l][k]);
          /* In Arabic the digits are the language's; the year is still there. */
          g_assert_true ((strstr (label->text, "(2022)") != NULL) == (k == 0));
          g_assert_true ((strstr (label->text, "(2021)") != NULL) == (k == 2));
        }
      g_assert_cmpuint (found, ==, 3);
    }
}

/* The notes, and so the description, say how many have data and from when. */
static void
test_coverage (void)
{
  static const struct { const char *chart, *lang, *says; } cases[] = {
    { "latest-1", "en", "Data for 2 of 4 economies; 1 from 2022." },
    { "latest-2", "en", "Data for 3 of 4 economies; 1 from 2022, 1 from 2021." },
    { "latest-listed", "en", "Data for 2 of 3." },
    { "latest-1", "fr", "Données pour 2 sur 4 économies\u202F; 1 de 2022." },
    { "latest-2", "fr", "Données pour 3 sur 4 économies\u202F; 1 de 2022, 1 de 2021." },
    { "latest-listed", "fr", "Données pour 2 sur 3." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(ParityScene) scene = scene_test_layout_in (fixtures, cases[i].chart,
                                                           cases[i].lang, 453.5, 283.5);
      g_autoptr(GPtrArray) notes = scene_test_items_with_role (scene, PARITY_ROLE_NOTES);
      const char *description = parity_scene_get_description (scene);
      g_autoptr(GString) drawn = g_string_new (NULL);

      if (strstr (description, cases[i].says) == NULL)
        g_error ("%s in %s: the description \"%s\" does not say \"%s\"", cases[i].chart,
                 cases[i].lang, description, cases[i].says);
      for (guint k = 0; k < notes->len; k++)
        g_string_append (drawn, ((const ParityItem *)g_ptr_array_index (notes, k))->text);
      g_assert_nonnull (strstr (drawn->str, cases[i].says));
    }
}

/* A dumbbell whose two series name their own periods takes no latest values from the
 * chart's "latest": no year marks, no coverage note. */
static void
test_series_periods (void)
{
  static const char json[] =
    "{ \"format\": \"parity-dataset\", \"version\": 1, \"default_language\": \"en\","
    "  \"title\": \"t\", \"sources\": [], \"entities\": ["
    "    {\"id\": \"A\", \"label\": \"A\", \"kind\": \"economy\"} ],"
    "  \"indicators\": [ {\"id\": \"y\", \"label\": \"Y\", \"unit\": {\"kind\": \"percent\"},"
    "    \"observations\": [ {\"entity\": \"A\", \"period\": \"2019\", \"value\": 20},"
    "      {\"entity\": \"A\", \"period\": \"2023\", \"value\": 60} ]} ],"
    "  \"charts\": [ {\"id\": \"c\", \"kind\": \"dumbbell\", \"title\": \"T\","
    "    \"indicator\": \"y\", \"period\": \"latest\", \"tolerance\": 1,"
    "    \"series\": [ {\"period\": \"2019\"}, {\"period\": \"2023\"} ] } ] }";
  g_autoptr(ParityDataset) dataset = scene_test_load_string (json);
  g_autoptr(ParityScene) scene = scene_test_layout (dataset, "c", 453.5, 283.5);
  const char *description = parity_scene_get_description (scene);

  g_assert_null (strstr (description, "Data for"));
  g_assert_null (strstr (description, "(2019)"));
  g_assert_nonnull (strstr (description, "A: 2019 20, 2023 60"));
}

/* Counted words take the form the catalog's Plural-Forms formula gives, as ngettext does. */
static void
test_plural_forms (void)
{
  static const struct { const char *lang; gulong n; const char *says; } cases[] = {
    { "en", 1, "Data for 1 of 1 economy" },
    { "en", 193, "Data for 1 of 193 economies" },
    { "fr", 1, "Données pour 1 sur 1 économie" },
    { "fr", 4, "Données pour 1 sur 4 économies" },
    { "ru", 21, "Данные по 1 из 21 экономики" },
    { "ru", 3, "Данные по 1 из 3 экономик" },
    { "ru", 193, "Данные по 1 из 193 экономик" },
    { "ar", 2, "اقتصادين" },
    { "ar", 4, "اقتصادات" },
    { "ar", 193, "اقتصادًا" },
    { "ar", 200, "%2 اقتصاد" },
    { "zh", 193, "193个经济体中有1个有数据" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *n = g_strdup_printf ("%lu", cases[i].n);
      g_autofree char *text = parity_chart_counted_with2 (cases[i].lang,
                                                          PARITY_COUNTED_COVERAGE_ECONOMIES,
                                                          cases[i].n, "1", n);
      const char *says = cases[i].says;

      /* "%2" stands for the number: the Arabic form for 200 is the singular noun. */
      if (g_str_has_prefix (says, "%2"))
        {
          g_autofree char *full = g_strconcat (n, says + 2, NULL);

          if (!g_str_has_suffix (text, full))
            g_error ("%s, %lu: \"%s\" does not end in \"%s\"", cases[i].lang, cases[i].n,
                     text, full);
        }
      else if (strstr (text, says) == NULL)
        g_error ("%s, %lu: \"%s\" does not say \"%s\"", cases[i].lang, cases[i].n, text,
                 says);
    }
}

/* Another indicator (a scatter plot's x) has its own latest period and window: y from 2023
 * back to 2022, x from 2021 back to 2020; an economy with no x in its window is left out. */
static void
test_other_indicator (void)
{
  static const char json[] =
    "{ \"format\": \"parity-dataset\", \"version\": 1, \"default_language\": \"en\","
    "  \"title\": \"t\", \"sources\": [], \"entities\": ["
    "    {\"id\": \"A\", \"label\": \"A\", \"kind\": \"economy\"},"
    "    {\"id\": \"B\", \"label\": \"B\", \"kind\": \"economy\"},"
    "    {\"id\": \"C\", \"label\": \"C\", \"kind\": \"economy\"} ],"
    "  \"indicators\": ["
    "    {\"id\": \"y\", \"label\": \"Y\", \"unit\": {\"kind\": \"percent\"}, \"observations\": ["
    "      {\"entity\": \"A\", \"period\": \"2023\", \"value\": 60},"
    "      {\"entity\": \"B\", \"period\": \"2022\", \"value\": 40},"
    "      {\"entity\": \"C\", \"period\": \"2023\", \"value\": 20} ]},"
    "    {\"id\": \"x\", \"label\": \"X\", \"unit\": {\"kind\": \"count\"}, \"observations\": ["
    "      {\"entity\": \"A\", \"period\": \"2020\", \"value\": 100},"
    "      {\"entity\": \"B\", \"period\": \"2021\", \"value\": 300},"
    "      {\"entity\": \"C\", \"period\": \"2018\", \"value\": 200} ]} ],"
    "  \"charts\": [ {\"id\": \"c\", \"kind\": \"scatter\", \"title\": \"T\","
    "    \"indicator\": \"y\", \"period\": \"latest\", \"tolerance\": 1,"
    "    \"x\": {\"indicator\": \"x\"} } ] }";
  g_autoptr(ParityDataset) dataset = scene_test_load_string (json);
  g_autoptr(ParityScene) scene = scene_test_layout (dataset, "c", 453.5, 283.5);
  g_autoptr(GString) table = g_string_new (NULL);

  for (guint i = 0; i < parity_scene_get_n_table_rows (scene); i++)
    {
      const ParityDatum *d = parity_scene_get_table_row (scene, i, NULL);

      g_string_append_printf (table, "%s%s %s %s", i ? ";" : "",
                              parity_dataset_get_entity (dataset, d->entity)->id,
                              parity_dataset_get_indicator (dataset, d->indicator)->id,
                              parity_dataset_get_period (dataset, d->period));
    }
  g_assert_cmpstr (table->str, ==, "A x 2020;A y 2023;B x 2021;B y 2022");
}

/* Four groups of 50 economies, a quarter of each without a value since 2015: a strip of the
 * latest values names them under each group, "Economy 12" in English and "الاقتصاد 12" in
 * Arabic. */
static char *
many_without_data_json (void)
{
  GString *json = g_string_new ("{ \"format\": \"parity-dataset\", \"version\": 1, "
                                "\"default_language\": \"en\", \"title\": \"t\", "
                                "\"sources\": [], \"entities\": [");

  for (guint e = 0; e < 200; e++)
    g_string_append_printf (json, "%s{\"id\": \"E%03u\", \"kind\": \"economy\", \"label\": "
                            "{\"en\": \"Economy %u\", \"ar\": \"الاقتصاد %u\"}}",
                            e ? ", " : "", e, e, e);
  g_string_append (json, "], \"indicators\": [{\"id\": \"use\", \"label\": \"Use\", "
                         "\"unit\": {\"kind\": \"percent\"}, \"observations\": [");
  for (guint e = 0; e < 200; e++)
    g_string_append_printf (json, "%s{\"entity\": \"E%03u\", \"period\": \"%s\", "
                            "\"value\": %u}", e ? ", " : "", e,
                            e % 4 == 3 ? "2015" : e % 4 == 2 ? "2022" : "2023", (e * 37) % 100);
  g_string_append (json, "]}], \"charts\": [{\"id\": \"s\", \"kind\": \"strip\", "
                         "\"title\": {\"en\": \"Use\", \"ar\": \"الاستعمال\"}, "
                         "\"indicator\": \"use\", \"period\": \"latest\", \"tolerance\": 2, "
                         "\"groups\": [");
  for (guint g = 0; g < 4; g++)
    {
      g_string_append_printf (json, "%s{\"label\": {\"en\": \"Group %u\", \"ar\": "
                              "\"المجموعة %u\"}, \"entities\": [", g ? ", " : "", g, g);
      for (guint e = g * 50; e < (g + 1) * 50; e++)
        g_string_append_printf (json, "%s\"E%03u\"", e > g * 50 ? ", " : "", e);
      g_string_append (json, "]}");
    }
  g_string_append (json, "]}]}");
  return g_string_free (json, FALSE);
}

/* A strip of the latest values in which many economies have none, on a canvas too short
 * for two lines of their names under each group: drawn, not refused, with the names on one
 * line (English), or, where even that does not fit (Arabic's taller lines), without them:
 * the notes say labels were left out, and the description still names them. */
static void
test_strip_without_data (void)
{
  g_autofree char *json = many_without_data_json ();
  g_autoptr(ParityDataset) dataset = scene_test_load_string (json);

  for (guint l = 0; l < 2; l++)
    {
      const char *lang = l == 0 ? "en" : "ar";
      g_autoptr(ParityScene) scene = scene_test_layout_in (dataset, "s", lang, 453.543, 160);
      g_autoptr(GPtrArray) dots = scene_test_items (scene, PARITY_ROLE_MARK,
                                                    PARITY_ITEM_MARKER);
      const char *description = parity_scene_get_description (scene);
      const char *no_data = parity_chart_word (lang, PARITY_WORD_NO_DATA_NAMES);
      g_autofree char *no_data_head = g_strndup (no_data, strstr (no_data, "%s") - no_data);
      g_autoptr(GPtrArray) labels = scene_test_items_with_role (scene,
                                                                PARITY_ROLE_VALUE_LABEL);
      gboolean drawn = FALSE;

      g_assert_cmpuint (dots->len, ==, 150);
      for (guint i = 0; i < labels->len; i++)
        drawn |= g_str_has_prefix (((const ParityItem *)g_ptr_array_index (labels, i))->text,
                                   no_data_head);
      g_assert_true (drawn == (l == 0));
      g_assert_nonnull (strstr (description, no_data_head));
      g_assert_nonnull (strstr (description, l == 0 ? "Economy 199" : "الاقتصاد 199"));
      if (!drawn)
        g_assert_nonnull (strstr (description, parity_chart_word (lang,
                                                                  PARITY_WORD_LABELS_DROPPED)));
    }
}

/* A chart saved keeps "latest" and its tolerance, not the period they found. */
static void
test_saved (void)
{
  g_autofree char *json = parity_dataset_to_json (fixtures);
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));
  g_autoptr(GError) error = NULL;
  g_autoptr(ParityDataset) again = parity_dataset_load_bytes (bytes, "saved.json", &error);
  const ParityChartSpec *spec;

  g_assert_no_error (error);
  spec = parity_dataset_find_chart (again, "latest-2");
  g_assert_true (spec->latest);
  g_assert_cmpuint (spec->tolerance, ==, 2);
  g_assert_cmpstr (parity_dataset_get_period (again, spec->period), ==, "2023");
  g_assert_nonnull (strstr (json, "\"period\": \"latest\""));
  g_assert_nonnull (strstr (json, "\"tolerance\": 2"));
}

/* What cannot be a chart of the latest values says so where it is written. */
static void
test_errors (void)
{
  static const SceneTestErrorCase cases[] = {
    { "\"kind\": \"bar\", \"period\": \"2019\", \"tolerance\": 1",
      "$.charts[0].tolerance: \"tolerance\" is for a chart of the latest values" },
    { "\"kind\": \"bar\", \"tolerance\": 1",
      "$.charts[0].tolerance: \"tolerance\" is for a chart of the latest values" },
    { "\"kind\": \"bar\", \"period\": \"latest\", \"tolerance\": -1",
      "$.charts[0].tolerance: -1 is out of range" },
    { "\"kind\": \"bar\", \"period\": \"latest\", \"tolerance\": 1.5",
      "$.charts[0].tolerance: expected a whole number" },
    { "\"kind\": \"line\", \"period\": \"latest\"",
      "$.charts[0].period: a line chart shows a run of periods" },
    { "\"kind\": \"slope\", \"period\": \"latest\", \"series\": [{}, {}]",
      "$.charts[0].period: a slope chart compares two periods" },
  };

  scene_test_assert_chart_errors ("", cases, G_N_ELEMENTS (cases));
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  fixtures = scene_test_load_kinds_fixture ("latest-test.json");
  g_test_add_func ("/latest/window", test_window);
  g_test_add_func ("/latest/year-marks", test_year_marks);
  g_test_add_func ("/latest/coverage", test_coverage);
  g_test_add_func ("/latest/series-periods", test_series_periods);
  g_test_add_func ("/latest/plural-forms", test_plural_forms);
  g_test_add_func ("/latest/other-indicator", test_other_indicator);
  g_test_add_func ("/latest/strip-without-data", test_strip_without_data);
  g_test_add_func ("/latest/saved", test_saved);
  g_test_add_func ("/latest/errors", test_errors);
  status = g_test_run ();
  g_object_unref (fixtures);
  return status;
}
