/* test-economies.c: who an entity is — the bundled classification of economies, codes of
 * every kind, aggregates, groups in a chart, and economies named in a chart's language
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include <glib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "parity-chart-json.h"
#include "parity-economies.h"
#include "parity-economy-names.h"
#include "parity-error.h"
#include "parity-i18n.h"
#include "parity-loader.h"
#include "parity-native-writer.h"
#include "scene-test-util.h"

static const char *
canonical_of (const char *code)
{
  const ParityEconomy *economy = parity_economies_lookup (code);

  return economy != NULL ? economy->alpha3 : NULL;
}

static void
test_lookup (void)
{
  static const struct { const char *code; const char *id; } cases[] = {
    { "JPN", "JPN" }, { "jpn", "JPN" }, { "JP", "JPN" }, { "392", "JPN" },
    { "AFG", "AFG" }, { "004", "AFG" }, { "4", "AFG" }, { "04", "AFG" },
    { "XKX", "XKX" }, { "XK", "XKX" }, { "OWID_KOS", "XKX" },
    { "CHI", "CHI" }, { "830", "CHI" },
    { "EL", "GRC" }, { "UK", "GBR" }, { "GB", "GBR" },
    { "ZZZ", NULL }, { "", NULL }, { "J P", NULL }, { "0004", NULL }, { "WLD", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpstr (canonical_of (cases[i].code), ==, cases[i].id);
  g_assert_cmpstr (parity_economies_lookup ("JPN")->m49, ==, "392");
  g_assert_cmpstr (parity_economies_lookup ("JPN")->alpha2, ==, "JP");
  g_assert_null (parity_economies_lookup ("XKX")->m49);
}

static void
test_aggregates (void)
{
  static const struct { const char *code; ParityEntityKind kind; const char *id; } cases[] = {
    { "WLD", PARITY_ENTITY_WORLD, "WLD" },
    { "OWID_WRL", PARITY_ENTITY_WORLD, "WLD" },
    { "001", PARITY_ENTITY_WORLD, "WLD" },
    { "1W", PARITY_ENTITY_WORLD, "WLD" },
    { "HIC", PARITY_ENTITY_DEVELOPMENT_GROUP, "HIC" },
    { "LDC", PARITY_ENTITY_DEVELOPMENT_GROUP, "LDC" },
    { "LMC", PARITY_ENTITY_DEVELOPMENT_GROUP, "LMC" },
    { "199", PARITY_ENTITY_DEVELOPMENT_GROUP, "199" },
    { "SSF", PARITY_ENTITY_REGION, "SSF" },
    { "ZG", PARITY_ENTITY_REGION, "SSF" },
    { "XD", PARITY_ENTITY_DEVELOPMENT_GROUP, "HIC" },
    { "EAS", PARITY_ENTITY_REGION, "EAS" },
    { "150", PARITY_ENTITY_REGION, "150" },
    { "jp", PARITY_ENTITY_ECONOMY, "JPN" },
    { "OWID_KOS", PARITY_ENTITY_ECONOMY, "XKX" },
    { "Least developed countries", PARITY_ENTITY_OTHER, NULL },
    { "EU27_2020", PARITY_ENTITY_OTHER, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const char *id = "unset";

      g_test_message ("%s", cases[i].code);
      g_assert_cmpint (parity_economies_identify (cases[i].code, &id), ==, cases[i].kind);
      g_assert_cmpstr (id, ==, cases[i].id);
    }
}

static guint
count_group (ParityClassification *classification,
             const char           *group)
{
  guint n = 0;

  for (guint i = 0; i < parity_classification_get_n_economies (classification); i++)
    n += parity_economy_in_group (parity_classification_get_economy (classification, i), group);
  return n;
}

static void
test_groups (void)
{
  ParityClassification *classification = scene_test_classification ();
  static const struct { const char *group; guint n; } counts[] = {
    /* The UN's LDC list of 13 December 2024 (São Tomé and Príncipe graduated). */
    { "ldc", 44 }, { "lldc", 32 }, { "sids", 53 },
    /* World Bank FY2025. */
    { "income-low", 26 }, { "income-lower-middle", 51 }, { "income-upper-middle", 54 },
    { "income-high", 86 },
    { "itu-arab-states", 22 }, { "itu-cis", 12 }, { "itu-americas", 35 },
    { "nope", 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    {
      g_test_message ("%s", counts[i].group);
      g_assert_cmpuint (count_group (classification, counts[i].group), ==, counts[i].n);
      g_assert_true (parity_classification_has_group (classification, counts[i].group) ==
                     (counts[i].n > 0));
    }
  g_assert_false (parity_economy_in_group (parity_economies_lookup ("STP"), "ldc"));
  g_assert_true (parity_economy_in_group (parity_economies_lookup ("STP"), "sids"));
  g_assert_true (parity_economy_in_group (parity_economies_lookup ("UGA"), "ldc"));
  g_assert_true (parity_economy_in_group (parity_economies_lookup ("UGA"), "lldc"));
  g_assert_true (parity_economy_in_group (parity_economies_lookup ("JPN"), "eastern-asia"));
  g_assert_true (parity_economy_in_group (parity_economies_lookup ("JPN"), "asia"));
  g_assert_true (parity_economy_in_group (parity_economies_lookup ("EGY"), "itu-arab-states"));
  g_assert_true (parity_economy_in_group (parity_economies_lookup ("TUR"), "itu-europe"));
  g_assert_true (parity_economy_in_group (parity_economies_lookup ("XKX"),
                                          "income-upper-middle"));
  g_assert_true (parity_economy_in_group (parity_economies_lookup ("CHI"), "income-high"));
  g_assert_false (parity_economy_in_group (parity_economies_lookup ("JPN"), "europe"));
}

static const char header[] =
  "# test\n"
  "alpha3\talpha2\tm49\tregion\tsubregion\tun\titu\tincome\t"
  "name_en\tname_fr\tname_es\tname_ru\tname_zh\tname_ar\n";
static const char good_row[] =
  "JPN\tJP\t392\tasia\teastern-asia\t\titu-asia-pacific\tincome-high\t"
  "Japan\tJapon\tJapón\tЯпония\t日本\tاليابان\n";

static void
test_malformed (void)
{
  static const struct { const char *rows; guint line; const char *says; } cases[] = {
    { "JPN\tJP\t392\n", 4, "expected 14 fields" },
    { "JP\tJP\t392\tasia\teastern-asia\t\t\t\ta\tb\tc\td\te\tf\n", 4, "alpha-3" },
    { "JPX\tJP\t392\tasia\teastern-asia\t\t\t\ta\tb\tc\td\te\tf\n", 4, "\"JP\" is given twice" },
    { "KOR\tKR\t392x\tasia\teastern-asia\t\t\t\ta\tb\tc\td\te\tf\n", 4, "M49" },
    { "KOR\tKR\t410\tAsia!\teastern-asia\t\t\t\ta\tb\tc\td\te\tf\n", 4, "group id" },
    { "KOR\tKR\t410\tasia\teastern-asia\tldc,xyz\t\t\ta\tb\tc\td\te\tf\n", 4, "\"xyz\"" },
    { "\n\nKOR\tKR\t410\tasia\teastern-asia\t\t\t\ta\tb\tc\td\te\t\xff\n", 6, "UTF-8" },
  };
  g_autofree char *dir = g_dir_make_tmp ("parity-economies-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "economies.tsv", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *contents = g_strconcat (header, good_row, cases[i].rows, NULL);
      g_autofree char *where = g_strdup_printf ("economies.tsv:%u: ", cases[i].line);
      g_autoptr(GError) error = NULL;
      g_autoptr(ParityClassification) classification = NULL;

      g_assert_true (g_file_set_contents (path, contents, -1, NULL));
      classification = parity_classification_load (path, &error);
      g_assert_null (classification);
      g_assert_error (error, PARITY_ERROR, PARITY_ERROR_SYNTAX);
      g_test_message ("%s", error->message);
      g_assert_nonnull (strstr (error->message, where));
      g_assert_nonnull (strstr (error->message, cases[i].says));
    }
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(ParityClassification) classification = NULL;

    g_assert_true (g_file_set_contents (path, "alpha3\tname\n", -1, NULL));
    classification = parity_classification_load (path, &error);
    g_assert_null (classification);
    g_assert_nonnull (strstr (error->message, "economies.tsv:1: "));
  }
  {
    g_autofree char *contents = g_strconcat (header, good_row, NULL);
    g_autoptr(GError) error = NULL;
    g_autoptr(ParityClassification) classification = NULL;

    g_assert_true (g_file_set_contents (path, contents, -1, NULL));
    classification = parity_classification_load (path, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (parity_classification_get_n_economies (classification), ==, 1);
    g_assert_cmpstr (parity_classification_lookup (classification, "392")->names[PARITY_UN_ZH],
                     ==, "日本");
  }
  g_unlink (path);
  g_rmdir (dir);
}

static ParityDataset *
load_fixture (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "economies",
                                                 "internet-2022.json", NULL);
  g_autoptr(GError) error = NULL;
  ParityDataset *dataset = parity_dataset_load_file (path, &error);

  g_assert_no_error (error);
  return dataset;
}

static void
test_loader_ids (void)
{
  g_autoptr(ParityDataset) dataset = load_fixture ();
  static const struct { const char *id; ParityEntityKind kind; } cases[] = {
    { "JPN", PARITY_ENTITY_ECONOMY }, { "XKX", PARITY_ENTITY_ECONOMY },
    { "WLD", PARITY_ENTITY_WORLD }, { "LDC", PARITY_ENTITY_DEVELOPMENT_GROUP },
    /* No countryiso3code: the API's country.id for high income, made its usual code. */
    { "HIC", PARITY_ENTITY_DEVELOPMENT_GROUP },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      guint32 e = parity_dataset_lookup_entity (dataset, cases[i].id);

      g_assert_cmpuint (e, !=, PARITY_INDEX_NONE);
      g_assert_cmpint (parity_dataset_get_entity (dataset, e)->kind, ==, cases[i].kind);
    }
}

static gboolean
add_chart (ParityDataset *dataset,
           const char    *entities,
           GError       **error)
{
  static guint n;
  g_autofree char *json = g_strdup_printf ("{\"id\": \"c%u\", \"kind\": \"bar\", \"title\": \"t\","
                                           " \"indicator\": \"IT.NET.USER.ZS\", "
                                           "\"period\": \"2022\", \"entities\": %s}", n++, entities);
  g_autoptr(JsonNode) node = json_from_string (json, NULL);

  return parity_dataset_insert_chart_json (dataset, 0, node, error);
}

static void
test_chart_group (void)
{
  g_autoptr(ParityDataset) dataset = load_fixture ();
  g_autoptr(GError) error = NULL;
  const ParityChartSpec *chart;
  GString *ids = g_string_new (NULL);
  g_autofree char *joined = NULL;

  g_assert_true (add_chart (dataset, "{\"group\": \"ldc\"}", &error));
  g_assert_no_error (error);
  chart = parity_dataset_find_chart (dataset, "c0");
  for (guint i = 0; i < chart->entities->len; i++)
    g_string_append_printf (ids, "%s ",
                            parity_dataset_get_entity (dataset,
                                                       g_array_index (chart->entities,
                                                                      guint32, i))->id);
  joined = g_string_free (ids, FALSE);
  /* The LDCs of the file, in its order; not the LDC aggregate, not Kenya or Japan. */
  g_assert_cmpstr (joined, ==, "UGA BGD NER ");

  /* "highlight" reads the same way. */
  {
    g_autoptr(JsonNode) node =
      json_from_string ("{\"id\": \"h\", \"kind\": \"bar\", \"title\": \"t\","
                        " \"indicator\": \"IT.NET.USER.ZS\", \"period\": \"2022\","
                        " \"highlight\": {\"group\": \"lldc\"}}", NULL);
    const ParityChartSpec *h;

    g_assert_true (parity_dataset_insert_chart_json (dataset, 0, node, &error));
    h = parity_dataset_find_chart (dataset, "h");
    g_assert_null (h->entities);
    g_assert_cmpuint (h->highlight->len, ==, 2);
    g_assert_cmpstr (parity_dataset_get_entity (dataset,
                       g_array_index (h->highlight, guint32, 0))->id, ==, "UGA");
    g_assert_cmpstr (parity_dataset_get_entity (dataset,
                       g_array_index (h->highlight, guint32, 1))->id, ==, "NER");
  }

  g_assert_false (add_chart (dataset, "{\"group\": \"lcd\"}", &error));
  g_test_message ("%s", error->message);
  g_assert_error (error, PARITY_ERROR, PARITY_ERROR_CONTENT);
  g_assert_nonnull (strstr (error->message, "unknown group \"lcd\""));
  g_assert_nonnull (strstr (error->message, "$.entities.group"));
  g_clear_error (&error);
  g_assert_false (add_chart (dataset, "{\"group\": \"sids\"}", &error));
  g_assert_nonnull (strstr (error->message, "no entity of the dataset is in the group"));
  g_clear_error (&error);
  g_assert_false (add_chart (dataset, "{\"group\": \"ldc\", \"extra\": 1}", &error));
  g_assert_nonnull (strstr (error->message, "extra"));
}

static void
test_names (void)
{
  static const struct { const char *code, *lang; gboolean short_; const char *name; } cases[] = {
    { "JPN", "ar", FALSE, "اليابان" },
    { "JPN", "zh", FALSE, "日本" },
    { "JPN", "zh-Hans", FALSE, "日本" },
    { "JPN", "ru", FALSE, "Япония" },
    { "GMB", "en", FALSE, "Gambia" },
    { "GMB", "fr", FALSE, "Gambie" },
    { "COD", "es", FALSE, "República Democrática del Congo" },
    { "BOL", "en", FALSE, "Bolivia (Plurinational State of)" },
    { "BOL", "en", TRUE, "Bolivia" },
    /* Not named by UNTERM: CLDR's name, through ICU. */
    { "XKX", "fr", FALSE, "Kosovo" },
    { "TWN", "de", FALSE, "Taiwan" },
    { "JPN", "de", FALSE, "Japan" },
    { "WLD", "ar", FALSE, "العالم" },
    { "OWID_WRL", "zh", FALSE, "世界" },
    /* CLDR's "весь мир", as a label starts a line. */
    { "WLD", "ru", FALSE, "Весь мир" },
    /* Aggregates, from the program's catalogs: not in English, where the data's own
       label is better. */
    { "HIC", "ar", FALSE, "الدخل المرتفع" },
    { "SSF", "fr", FALSE, "Afrique subsaharienne" },
    { "LDC", "zh", FALSE, "最不发达国家" },
    { "HIC", "en", FALSE, NULL },
    { "HIC", "de", FALSE, NULL },
    { "EU27_2020", "fr", FALSE, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpstr (parity_economy_name (cases[i].code, cases[i].lang, cases[i].short_), ==,
                     cases[i].name);
}

static void
test_find_by_name (void)
{
  static const struct { const char *name, *id; } cases[] = {
    { "Viet Nam", "VNM" },          /* UNTERM */
    { "Vietnam", "VNM" },           /* CLDR */
    { "turkiye", "TUR" },           /* any case, no accents */
    { "Türkiye", "TUR" },
    { "Côte d'Ivoire", "CIV" },     /* CLDR writes ’; a table types ' */
    { "Kenia", "KEN" },             /* Spanish */
    { "Royaume-Uni", "GBR" },       /* French, CLDR */
    { "日本", "JPN" },
    { "Россия", "RUS" },
    { "  Gambia ", "GMB" },
    { "Congo", "COG" },
    { "Kosovo", "XKX" },
    { "Atlantis", NULL },
    { "", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("%s", cases[i].name);
      g_assert_cmpstr (parity_economy_find_by_name (cases[i].name), ==, cases[i].id);
    }
}

static void
test_dataset_labels_win (void)
{
  g_autoptr(ParityDataset) dataset = load_fixture ();
  const ParityEntity *kenya = parity_dataset_get_entity (dataset,
                                                         parity_dataset_lookup_entity (dataset,
                                                                                       "KEN"));
  ParityEntity own = { .id = "KEN" };

  /* The World Bank names it in English only. */
  g_assert_cmpstr (parity_entity_label (kenya, "en", "en", FALSE), ==, "Kenya");
  g_assert_cmpstr (parity_entity_label (kenya, "ar", "en", FALSE), ==, "كينيا");
  g_assert_cmpstr (parity_entity_label (kenya, "zh", "en", TRUE), ==, "肯尼亚");
  g_assert_cmpstr (parity_entity_label (kenya, "ru", "en", FALSE), ==, "Кения");
  /* An aggregate in the chart's words; in English, the data's own label. */
  g_assert_cmpstr (parity_entity_label (parity_dataset_get_entity (dataset,
                                          parity_dataset_lookup_entity (dataset, "LDC")),
                                        "ar", "en", FALSE),
                   ==, "أقل البلدان نموًا");
  g_assert_cmpstr (parity_entity_label (parity_dataset_get_entity (dataset,
                                          parity_dataset_lookup_entity (dataset, "LDC")),
                                        "en", "en", FALSE),
                   ==, "Least developed countries: UN classification");

  own.label = parity_text_new_plain ("en", "Kenya");
  parity_text_set (own.label, "ar", "جمهورية كينيا");
  own.short_label = parity_text_new_plain ("ar", "كينيا (قصير)");
  g_assert_cmpstr (parity_entity_label (&own, "ar", "en", FALSE), ==, "جمهورية كينيا");
  g_assert_cmpstr (parity_entity_label (&own, "ar-EG", "en", FALSE), ==, "جمهورية كينيا");
  g_assert_cmpstr (parity_entity_label (&own, "ar", "en", TRUE), ==, "كينيا (قصير)");
  g_assert_cmpstr (parity_entity_label (&own, "zh", "en", FALSE), ==, "肯尼亚");
  parity_text_free (own.label);
  parity_text_free (own.short_label);
}

static const char own_groups[] =
  "{\"format\": \"parity-dataset\", \"version\": 1, \"default_language\": \"en\","
  " \"title\": \"t\","
  " \"sources\": [{\"id\": \"s\", \"title\": \"s\"}],"
  " \"entities\": [{\"id\": \"JPN\", \"label\": \"Japan\", \"kind\": \"economy\"},"
  "  {\"id\": \"KEN\", \"label\": \"Kenya\", \"kind\": \"economy\"},"
  "  {\"id\": \"UGA\", \"label\": \"Uganda\", \"kind\": \"economy\"}],"
  " \"groups\": [{\"id\": \"east-africa\", \"label\": {\"en\": \"East Africa\","
  "   \"fr\": \"Afrique de l’Est\"}, \"members\": [\"UGA\", \"KEN\"]}%s],"
  " \"indicators\": [{\"id\": \"i\", \"label\": \"i\", \"unit\": {\"kind\": \"percent\"},"
  "  \"source\": \"s\", \"observations\": [{\"entity\": \"JPN\", \"period\": \"2022\","
  "  \"value\": 85}, {\"entity\": \"KEN\", \"period\": \"2022\", \"value\": 41},"
  "  {\"entity\": \"UGA\", \"period\": \"2022\", \"value\": 10}]}],"
  " \"charts\": [{\"id\": \"a\", \"kind\": \"bar\", \"title\": \"a\", \"indicator\": \"i\","
  "  \"period\": \"2022\", \"entities\": {\"group\": \"east-africa\"}},"
  "  {\"id\": \"b\", \"kind\": \"bar\", \"title\": \"b\", \"indicator\": \"i\","
  "  \"period\": \"2022\", \"entities\": {\"group\": \"ldc\"}}]}";

static char *
chart_ids (ParityDataset *dataset,
           const char    *chart_id)
{
  const ParityChartSpec *chart = parity_dataset_find_chart (dataset, chart_id);
  GString *ids = g_string_new (NULL);

  for (guint i = 0; i < chart->entities->len; i++)
    g_string_append_printf (ids, "%s ",
                            parity_dataset_get_entity (dataset,
                                                       g_array_index (chart->entities,
                                                                      guint32, i))->id);
  return g_string_free (ids, FALSE);
}

static ParityDataset *
load_string (const char  *json,
             GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));

  return parity_dataset_load_bytes (bytes, "own.json", error);
}

static void
test_dataset_groups (void)
{
  g_autofree char *plain = g_strdup_printf (own_groups, "");
  g_autofree char *override = g_strdup_printf (own_groups, ", {\"id\": \"ldc\", \"label\": "
                                               "\"Ours\", \"members\": [\"JPN\"]}");
  g_autofree char *twice = g_strdup_printf (own_groups, ", {\"id\": \"east-africa\", "
                                            "\"label\": \"x\", \"members\": [\"JPN\"]}");
  g_autofree char *stranger = g_strdup_printf (own_groups, ", {\"id\": \"x\", "
                                               "\"label\": \"x\", \"members\": [\"FRA\"]}");
  g_autoptr(ParityDataset) dataset = NULL;
  g_autoptr(ParityDataset) again = NULL;
  g_autoptr(ParityDataset) ours = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *a = NULL, *b = NULL, *saved = NULL, *a2 = NULL, *ours_b = NULL;

  dataset = load_string (plain, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (parity_dataset_get_n_groups (dataset), ==, 1);
  /* The group's own order, not the dataset's. */
  a = chart_ids (dataset, "a");
  g_assert_cmpstr (a, ==, "UGA KEN ");
  b = chart_ids (dataset, "b");
  g_assert_cmpstr (b, ==, "UGA ");

  /* Saved and read again, the group and its labels stay. */
  saved = parity_dataset_to_json (dataset);
  again = load_string (saved, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (parity_text_get_exact (parity_dataset_get_group (again, 0)->label, "fr"),
                   ==, "Afrique de l’Est");
  a2 = chart_ids (again, "a");
  g_assert_cmpstr (a2, ==, "UGA KEN ");

  /* The dataset's own group of an id wins over the classification's. */
  ours = load_string (override, &error);
  g_assert_no_error (error);
  ours_b = chart_ids (ours, "b");
  g_assert_cmpstr (ours_b, ==, "JPN ");

  /* Its label is offered to translators, with the others. */
  {
    g_autoptr(GBytes) bytes = g_bytes_new (plain, strlen (plain));
    ParityI18n *i18n = parity_i18n_new (bytes, "own.json", &error);
    const ParityI18nEntry *entry;

    g_assert_no_error (error);
    entry = parity_i18n_lookup (i18n, "group:east-africa:label");
    g_assert_nonnull (entry);
    g_assert_cmpstr (entry->msgid, ==, "East Africa");
    g_assert_cmpstr (entry->path, ==, "$.groups[0].label");
    parity_i18n_free (i18n);
  }

  g_assert_null (load_string (twice, &error));
  g_assert_nonnull (strstr (error->message, "group \"east-africa\" is defined twice"));
  g_clear_error (&error);
  g_assert_null (load_string (stranger, &error));
  g_assert_nonnull (strstr (error->message, "$.groups[1].members[0]"));
  g_assert_nonnull (strstr (error->message, "no entity has the id \"FRA\""));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/economies/lookup", test_lookup);
  g_test_add_func ("/economies/aggregates", test_aggregates);
  g_test_add_func ("/economies/groups", test_groups);
  g_test_add_func ("/economies/malformed", test_malformed);
  g_test_add_func ("/economies/loader-ids", test_loader_ids);
  g_test_add_func ("/economies/chart-group", test_chart_group);
  g_test_add_func ("/economies/dataset-groups", test_dataset_groups);
  g_test_add_func ("/economies/names", test_names);
  g_test_add_func ("/economies/find-by-name", test_find_by_name);
  g_test_add_func ("/economies/dataset-labels-win", test_dataset_labels_win);
  return g_test_run ();
}
