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

static ParityClassification *
bundled (void)
{
  g_autoptr(GError) error = NULL;
  ParityClassification *classification = parity_classification_get_default (&error);

  g_assert_no_error (error);
  g_assert_nonnull (classification);
  return classification;
}

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
  ParityClassification *classification = bundled ();
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
    { "HIC", "ar", FALSE, "البلدان المرتفعة الدخل" },
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

/* A CSV of @n rows, "Entity,Code,Year,<value>", from @rows ("code:value" each, or a name
 * without a code as ":name:value"). */
static ParityDataset *
load_csv (const char * const *rows)
{
  g_autoptr(GString) csv = g_string_new ("Entity,Code,Year,Internet use (% of population)\n");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  ParityDataset *dataset;

  for (guint i = 0; rows[i] != NULL; i++)
    {
      g_auto(GStrv) parts = g_strsplit (rows[i], ":", -1);

      if (g_strv_length (parts) == 2)
        g_string_append_printf (csv, "%s,%s,2022,%s\n", parts[0], parts[0], parts[1]);
      else
        g_string_append_printf (csv, "%s,,2022,%s\n", parts[1], parts[2]);
    }
  bytes = g_bytes_new (csv->str, csv->len);
  dataset = parity_dataset_load_bytes (bytes, "economies.csv", &error);
  g_assert_no_error (error);
  return dataset;
}

static JsonObject *
first_chart (ParityDataset *dataset,
             JsonNode     **root)
{
  JsonArray *charts;

  *root = parity_dataset_to_json_node (dataset, NULL);
  charts = json_object_get_array_member (json_node_get_object (*root), "charts");
  g_assert_cmpuint (json_array_get_length (charts), ==, 1);
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
  JsonObject *chart = first_chart (dataset, &root);
  JsonArray *groups, *highlight, *low;

  g_assert_cmpstr (json_object_get_string_member (chart, "kind"), ==, "strip");
  g_assert_cmpstr (json_object_get_string_member (chart, "reference"), ==, "WLD");
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

/* Many entities that are not economies keep the bar chart of the largest values. */
static void
test_default_bars (void)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(ParityDataset) dataset = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonObject *chart;

  for (guint i = 0; i < 30; i++)
    g_ptr_array_add (rows, g_strdup_printf (":Area %02u:%u", i, i * 3));
  g_ptr_array_add (rows, NULL);
  dataset = load_csv ((const char * const *)rows->pdata);
  chart = first_chart (dataset, &root);
  g_assert_cmpstr (json_object_get_string_member (chart, "kind"), ==, "bar");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (chart, "entities")),
                    ==, 20);
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
  g_test_add_func ("/economies/default-strip", test_default_strip);
  g_test_add_func ("/economies/default-bars", test_default_bars);
  return g_test_run ();
}
