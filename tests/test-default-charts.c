/* test-default-charts.c: the charts a file of data gets when it brings none — bars or lines
 * for a few entities, and for data by economy a strip by income group, the groups over time
 * and, with two indicators, a scatter plot
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>
#include <string.h>

#include <glib.h>
#include <json-glib/json-glib.h>

#include "parity-loader.h"
#include "parity-native-writer.h"
#include "scene-test-util.h"

static ParityDataset *
load_text (const char *csv)
{
  g_autoptr(GBytes) bytes = g_bytes_new (csv, strlen (csv));
  g_autoptr(GError) error = NULL;
  ParityDataset *dataset = parity_dataset_load_bytes (bytes, "economies.csv", &error);

  g_assert_no_error (error);
  return dataset;
}

/* A CSV of @n rows, "Entity,Code,Year,<value>", from @rows ("code:value" each, or a name
 * without a code as ":name:value"). */
static ParityDataset *
load_csv (const char * const *rows)
{
  g_autoptr(GString) csv = g_string_new ("Entity,Code,Year,Internet use (% of population)\n");

  for (guint i = 0; rows[i] != NULL; i++)
    {
      g_auto(GStrv) parts = g_strsplit (rows[i], ":", -1);

      if (g_strv_length (parts) == 2)
        g_string_append_printf (csv, "%s,%s,2022,%s\n", parts[0], parts[0], parts[1]);
      else
        g_string_append_printf (csv, "%s,,2022,%s\n", parts[1], parts[2]);
    }
  return load_text (csv->str);
}

/* The dataset's first default chart, of @n_charts. */
static JsonObject *
first_chart (ParityDataset *dataset,
             guint          n_charts,
             JsonNode     **root)
{
  JsonArray *charts;

  *root = parity_dataset_to_json_node (dataset, NULL);
  charts = json_object_get_array_member (json_node_get_object (*root), "charts");
  g_assert_cmpuint (json_array_get_length (charts), ==, n_charts);
  return json_array_get_object_element (charts, 0);
}

/* Data by economy, more than bars hold: the default is every economy by income group, the
 * lowest and highest named, the world as the reference; not the largest twenty. */
static void
test_default_strip (void)
{
  static const char * const rows[] = {
    "BDI:11.3", "TCD:12.3", "NER:16.9", "MLI:34.5", "ETH:19.4", "MOZ:17.4", "MWI:12.1",
    "UGA:12.6", "IND:46.3", "BGD:38.9", "NGA:55.4", "KEN:40.8", "PAK:33", "EGY:72.2",
    "VNM:79.1", "BRA:80.5", "CHN:75.6", "MEX:78.6", "ZAF:72.3", "TUR:83.4", "IDN:66.5",
    "THA:85.3", "JPN:84.9", "DEU:91.6", "USA:97.1", "FRA:85.3", "KOR:97.2", "QAT:99.7",
    "NOR:99", "SWE:95.7", "OWID_WRL:64.4", NULL
  };
  g_autoptr(ParityDataset) dataset = load_csv (rows);
  g_autoptr(JsonNode) root = NULL;
  /* The strip, then the same values on a map. */
  JsonObject *chart = first_chart (dataset, 2, &root);
  JsonObject *map = json_array_get_object_element (
    json_object_get_array_member (json_node_get_object (root), "charts"), 1);
  JsonArray *groups, *highlight, *low;
  JsonObject *subtitle;

  g_assert_cmpstr (json_object_get_string_member (chart, "kind"), ==, "strip");
  g_assert_cmpstr (json_object_get_string_member (chart, "reference"), ==, "WLD");
  /* It says what it shows and when, in every language: the file has no subtitle. */
  subtitle = json_object_get_object_member (chart, "subtitle");
  g_assert_cmpstr (json_object_get_string_member (subtitle, "en"), ==,
                   "Economies by World Bank income group, 2022");
  g_assert_cmpstr (json_object_get_string_member (subtitle, "fr"), ==,
                   "Économies par groupe de revenu de la Banque mondiale, 2022");
  g_assert_cmpstr (json_object_get_string_member (subtitle, "zh"), ==,
                   "按世界银行收入组别划分的经济体，2022");
  g_assert_false (json_object_has_member (chart, "entities"));
  groups = json_object_get_array_member (chart, "groups");
  g_assert_cmpuint (json_array_get_length (groups), ==, 4);
  low = json_object_get_array_member (json_array_get_object_element (groups, 0), "entities");
  g_assert_cmpuint (json_array_get_length (low), ==, 8);
  g_assert_cmpstr (json_object_get_string_member (
                     json_object_get_object_member (json_array_get_object_element (groups, 3),
                                                    "label"), "fr"), ==, "Pays à revenu élevé");
  highlight = json_object_get_array_member (chart, "highlight");
  g_assert_cmpuint (json_array_get_length (highlight), ==, 2);
  g_assert_cmpstr (json_array_get_string_element (highlight, 0), ==, "BDI");
  g_assert_cmpstr (json_array_get_string_element (highlight, 1), ==, "QAT");
  g_assert_cmpstr (json_object_get_string_member (map, "kind"), ==, "map");
  g_assert_cmpstr (json_object_get_string_member (map, "period"), ==, "2022");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (map, "highlight")),
                    ==, 2);

  /* In English and in Arabic (mirrored), the lowest economy is named and no name runs into
   * a group's name in the category column. */
  for (guint l = 0; l < 2; l++)
    {
      g_autoptr(ParityScene) scene = scene_test_layout_in (dataset,
                                                           json_object_get_string_member (chart,
                                                                                          "id"),
                                                           l ? "ar" : "en", 453.543, 283.465);
      guint named = 0;

      for (guint i = 0; i < parity_scene_get_n_items (scene); i++)
        {
          const ParityItem *a = parity_scene_get_item (scene, i);

          if (a->kind != PARITY_ITEM_TEXT || a->role != PARITY_ROLE_VALUE_LABEL)
            continue;
          named += strstr (a->text, "BDI") != NULL || strstr (a->text, "بوروندي") != NULL;
          for (guint j = 0; j < parity_scene_get_n_items (scene); j++)
            {
              const ParityItem *b = parity_scene_get_item (scene, j);

              if (b->role == PARITY_ROLE_CATEGORY_LABEL && parity_rect_intersects (&a->box, &b->box))
                g_error ("\"%s\" runs into \"%s\"", a->text, b->text);
            }
        }
      g_assert_cmpuint (named, ==, 1);
    }
}

/* Many entities that are not economies: bars of the ten highest and the ten lowest. */
static void
test_default_bars (void)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(ParityDataset) dataset = NULL;
  g_autoptr(ParityScene) scene = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonObject *chart;
  gboolean highest = FALSE, lowest = FALSE, left_out = FALSE, rest = FALSE;

  for (guint i = 0; i < 30; i++)
    g_ptr_array_add (rows, g_strdup_printf (":Area %02u:%u", i, i * 3));
  g_ptr_array_add (rows, NULL);
  dataset = load_csv ((const char * const *)rows->pdata);
  chart = first_chart (dataset, 1, &root);
  g_assert_cmpstr (json_object_get_string_member (chart, "kind"), ==, "bar");
  g_assert_false (json_object_has_member (chart, "entities"));
  g_assert_cmpint (json_object_get_int_member (chart, "top"), ==, 10);
  g_assert_cmpint (json_object_get_int_member (chart, "bottom"), ==, 10);

  /* The highest (Area 29) and the lowest (Area 00) are drawn, one in the middle (Area 15) is
   * not, and a row says what was left out. */
  scene = scene_test_layout_in (dataset, json_object_get_string_member (chart, "id"), "en",
                                453.543, 283.465);
  for (guint i = 0; i < parity_scene_get_n_items (scene); i++)
    {
      const ParityItem *item = parity_scene_get_item (scene, i);

      if (item->kind != PARITY_ITEM_TEXT)
        continue;
      highest |= g_str_equal (item->text, "Area 29");
      lowest |= g_str_equal (item->text, "Area 00");
      left_out |= g_str_equal (item->text, "Area 15");
      rest |= g_str_has_prefix (item->text, "… 10 others, from 30% to 57%");
    }
  g_assert_true (highest);
  g_assert_true (lowest);
  g_assert_false (left_out);
  g_assert_true (rest);
}

/* The charts of @dataset, as the native writer writes them. */
static JsonArray *
charts_of (ParityDataset *dataset,
           JsonNode     **root)
{
  *root = parity_dataset_to_json_node (dataset, NULL);
  return json_object_get_array_member (json_node_get_object (*root), "charts");
}

/* Two indicators by economy over two years, with the world and two income groups' own
 * values: each indicator its strip, the aggregates over time where it has them, and one
 * against the other. */
static void
test_two_indicators (void)
{
  static const char * const codes[] = {
    "BDI", "TCD", "NER", "MLI", "ETH", "MOZ", "IND", "BGD", "NGA", "KEN", "PAK", "EGY",
    "VNM", "BRA", "CHN", "MEX", "ZAF", "TUR", "JPN", "DEU", "USA", "FRA", "KOR", "NOR"
  };
  g_autoptr(GString) csv = g_string_new ("Entity,Code,Year,Internet use (% of population),"
                                         "GDP per capita (US$)\n");
  g_autoptr(ParityDataset) dataset = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonObject *strip, *line, *gdp, *scatter, *x;
  JsonArray *charts, *entities;

  for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
    for (guint year = 2021; year <= 2022; year++)
      g_string_append_printf (csv, "%s,%s,%u,%u,%u\n", codes[i], codes[i], year,
                              10 + 3 * i + (year - 2021), 200 << (i / 3));
  /* The aggregates have no GDP per capita, and the low-income group one year only. */
  g_string_append (csv, "World,OWID_WRL,2021,60,\nWorld,OWID_WRL,2022,62,\n"
                        "High income,HIC,2021,90,\nHigh income,HIC,2022,91,\n"
                        "Low income,LIC,2022,20,\n");
  dataset = load_text (csv->str);
  charts = charts_of (dataset, &root);
  /* Each indicator's strip and map, the groups' line, and the scatter plot. */
  g_assert_cmpuint (json_array_get_length (charts), ==, 6);
  strip = json_array_get_object_element (charts, 0);
  line = json_array_get_object_element (charts, 2);
  gdp = json_array_get_object_element (charts, 3);
  scatter = json_array_get_object_element (charts, 5);
  for (guint i = 1; i <= 4; i += 3)
    g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (charts, i),
                                                    "kind"), ==, "map");

  g_assert_cmpstr (json_object_get_string_member (strip, "kind"), ==, "strip");
  g_assert_cmpstr (json_object_get_string_member (strip, "reference"), ==, "WLD");

  /* The low-income group has one year only: a line needs two. */
  g_assert_cmpstr (json_object_get_string_member (line, "kind"), ==, "line");
  entities = json_object_get_array_member (line, "entities");
  g_assert_cmpuint (json_array_get_length (entities), ==, 2);
  g_assert_cmpstr (json_array_get_string_element (entities, 0), ==, "WLD");
  g_assert_cmpstr (json_array_get_string_element (entities, 1), ==, "HIC");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (line,
                                                                                  "subtitle"),
                                                  "ru"), ==, "Мир и группы экономик");

  /* GDP has no aggregates: its strip, and no line of groups. */
  g_assert_cmpstr (json_object_get_string_member (gdp, "kind"), ==, "strip");
  g_assert_cmpstr (json_object_get_string_member (gdp, "indicator"), ==, "GDP-per-capita-US");

  g_assert_cmpstr (json_object_get_string_member (scatter, "kind"), ==, "scatter");
  g_assert_cmpstr (json_object_get_string_member (scatter, "indicator"), ==,
                   "Internet-use-of-population");
  g_assert_cmpstr (json_object_get_string_member (scatter, "period"), ==, "2022");
  x = json_object_get_object_member (scatter, "x");
  g_assert_cmpstr (json_object_get_string_member (x, "indicator"), ==, "GDP-per-capita-US");
  /* 200 to 200 × 2^7: more than two orders of magnitude. */
  g_assert_cmpstr (json_object_get_string_member (x, "scale"), ==, "log");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (scatter, "groups")),
                    >=, 3);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (scatter,
                                                                                  "title"),
                                                  "en"), ==,
                   "Internet use (% of population) against GDP per capita (US$)");

  /* Every default draws, in English and in Arabic, at the report size. */
  for (guint c = 0; c < json_array_get_length (charts); c++)
    for (guint l = 0; l < 2; l++)
      {
        g_autoptr(ParityScene) scene = scene_test_layout_in (
          dataset, json_object_get_string_member (json_array_get_object_element (charts, c), "id"),
          l ? "ar" : "en", 453.543, 283.465);

        g_assert_cmpuint (parity_scene_get_n_items (scene), >, 0);
      }
}

/* The same data by economy (Internet use, 2021 and 2022, from OWID's download; see
 * economies/make-fixtures) in every format that carries it: each opens with a strip of
 * every economy by income group and a map of the world, which draw in English and Arabic
 * at the report size (the map with a shape of its class for 180 economies or more), and
 * with the groups over time where the file has two years. */
static void
test_every_format (void)
{
  static const struct { const char *file; gboolean periods; } cases[] = {
    { "internet-wb-api.json", TRUE },
    { "internet-wb-wide.csv", TRUE },
    { "internet-owid.csv", TRUE },
    { "internet-sdmx-cross-section.json", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "economies", cases[i].file,
                                                     NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(ParityDataset) dataset = parity_dataset_load_file (path, &error);
      g_autoptr(JsonNode) root = NULL;
      JsonArray *charts, *groups;
      JsonObject *strip;
      guint dots = 0;

      g_test_message ("%s", cases[i].file);
      g_assert_no_error (error);
      charts = charts_of (dataset, &root);
      g_assert_cmpuint (json_array_get_length (charts), ==, cases[i].periods ? 3 : 2);
      strip = json_array_get_object_element (charts, 0);
      g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (charts, 1),
                                                      "kind"), ==, "map");
      g_assert_cmpstr (json_object_get_string_member (strip, "kind"), ==, "strip");
      g_assert_cmpstr (json_object_get_string_member (strip, "reference"), ==, "WLD");
      groups = json_object_get_array_member (strip, "groups");
      g_assert_cmpuint (json_array_get_length (groups), ==, 4);
      for (guint g = 0; g < 4; g++)
        dots += json_array_get_length (json_object_get_array_member (
                                         json_array_get_object_element (groups, g),
                                         "entities"));
      g_assert_cmpuint (dots, >=, 180);
      /* The low-income group's own value marks its row. */
      g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (groups, 0),
                                                      "aggregate"), ==, "LIC");
      if (cases[i].periods)
        {
          JsonObject *line = json_array_get_object_element (charts, 2);

          g_assert_cmpstr (json_object_get_string_member (line, "kind"), ==, "line");
          g_assert_cmpuint (json_array_get_length (json_object_get_array_member (line,
                                                                                 "entities")),
                            ==, 3);
        }
      for (guint c = 0; c < json_array_get_length (charts); c++)
        for (guint l = 0; l < 2; l++)
          {
            const char *id = json_object_get_string_member (
                               json_array_get_object_element (charts, c), "id");
            g_autoptr(ParityScene) scene = scene_test_layout_in (dataset, id, l ? "ar" : "en",
                                                                 453.543, 283.465);
            g_autoptr(GPtrArray) shapes = scene_test_items (scene, PARITY_ROLE_MARK,
                                                            PARITY_ITEM_SHAPE);
            guint with_value = 0;

            g_assert_cmpuint (parity_scene_get_n_items (scene), >, 0);
            for (guint k = 0; k < shapes->len; k++)
              {
                const ParityItem *shape = g_ptr_array_index (shapes, k);

                with_value += shape->has_datum && !isnan (shape->datum.value);
              }
            g_assert_cmpuint (with_value, >=, c == 1 ? 180 : 0);
          }
    }
}

/* Most economies have a value for 2022, a few for 2023 too, as OWID's Internet use: the
 * strip shows each economy's latest of those two years, says so in its subtitle, marks the
 * older values with their year and counts them in its notes. */
static void
test_latest (void)
{
  static const char * const codes[] = {
    "BDI", "TCD", "NER", "MLI", "ETH", "MOZ", "IND", "BGD", "NGA", "KEN", "PAK", "EGY",
    "VNM", "BRA", "CHN", "MEX", "ZAF", "TUR", "JPN", "DEU", "USA", "FRA", "KOR", "NOR"
  };
  g_autoptr(GString) csv = g_string_new ("Entity,Code,Year,Internet use (% of population)\n");
  g_autoptr(ParityDataset) dataset = NULL;
  g_autoptr(ParityScene) scene = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonObject *strip;
  gboolean marked = FALSE, counted = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
    {
      g_string_append_printf (csv, "%s,%s,2021,%u\n", codes[i], codes[i], 8 + 3 * i);
      g_string_append_printf (csv, "%s,%s,2022,%u\n", codes[i], codes[i], 10 + 3 * i);
      /* Six economies, Norway the highest among them, have 2023 too. */
      if (i >= G_N_ELEMENTS (codes) - 6)
        g_string_append_printf (csv, "%s,%s,2023,%u\n", codes[i], codes[i], 12 + 3 * i);
    }
  dataset = load_text (csv->str);
  strip = json_array_get_object_element (charts_of (dataset, &root), 0);
  g_assert_cmpstr (json_object_get_string_member (strip, "kind"), ==, "strip");
  g_assert_cmpstr (json_object_get_string_member (strip, "period"), ==, "latest");
  g_assert_cmpint (json_object_get_int_member (strip, "tolerance"), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (strip,
                                                                                  "subtitle"),
                                                  "en"), ==,
                   "Economies by World Bank income group, 2022–2023");
  /* The highest is Norway's 2023 value, the lowest Burundi's of 2022. */
  g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (strip,
                                                                                 "highlight"),
                                                  1), ==, "NOR");

  scene = scene_test_layout_in (dataset, json_object_get_string_member (strip, "id"), "en",
                                453.543, 283.465);
  for (guint i = 0; i < parity_scene_get_n_items (scene); i++)
    {
      const ParityItem *item = parity_scene_get_item (scene, i);

      if (item->kind != PARITY_ITEM_TEXT)
        continue;
      marked |= g_str_equal (item->text, "BDI 10% (2022)");
      counted |= strstr (item->text, "Data for 24 of 24 economies; 18 from 2022.") != NULL;
    }
  g_assert_true (marked);
  g_assert_true (counted);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/default-charts/strip", test_default_strip);
  g_test_add_func ("/default-charts/bars", test_default_bars);
  g_test_add_func ("/default-charts/two-indicators", test_two_indicators);
  g_test_add_func ("/default-charts/every-format", test_every_format);
  g_test_add_func ("/default-charts/latest", test_latest);
  return g_test_run ();
}
