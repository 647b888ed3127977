/* test-worldbank.c: the World Bank Indicators API loader, driven by the fixtures in worldbank/
 *
 * worldbank/NAME.json must load, and a dump of what was loaded must equal
 * worldbank/NAME.expected; or it must fail with exactly the message in worldbank/NAME.err.
 * Adding a fixture needs no code change. PARITY_TEST_WRITE_EXPECTED=1 writes a missing
 * .expected from the actual output (read it before committing).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "dataset-dump.h"
#include "parity-error.h"
#include "parity-loader.h"
#include "parity-loader-private.h"

static const char * const entity_kinds[] = {
  "other", "world", "development-group", "region", "economy",
};
static const char * const unit_kinds[] = {
  "other", "percent", "count", "currency", "rate", "bitrate", "ratio",
};

static void
dump_text (GString          *out,
           const char       *name,
           const ParityText *text)
{
  if (text == NULL)
    return;
  g_string_append_printf (out, " %s=", name);
  for (guint i = 0; i < parity_text_get_n_langs (text); i++)
    {
      const char *lang = parity_text_get_lang (text, i);

      g_string_append_printf (out, "%s%s:\"%s\"", i > 0 ? "," : "", lang,
                              parity_text_get_exact (text, lang));
    }
}

static char *
dump_dataset (ParityDataset *dataset)
{
  GString *out = g_string_new (NULL);
  const char * const *warnings = parity_dataset_get_warnings (dataset);

  g_string_append_printf (out, "format: %s\n", parity_dataset_get_format_name (dataset));
  g_string_append_printf (out, "lang: %s\n", parity_dataset_get_default_lang (dataset));
  g_string_append (out, "dataset");
  dump_text (out, "title", parity_dataset_get_title (dataset));
  g_string_append_c (out, '\n');
  if (parity_dataset_get_vintage (dataset) != NULL)
    g_string_append_printf (out, "vintage: %s\n", parity_dataset_get_vintage (dataset));
  for (guint i = 0; i < parity_dataset_get_n_sources (dataset); i++)
    {
      const ParitySource *source = parity_dataset_get_source (dataset, i);

      g_string_append_printf (out, "source %s", source->id);
      dump_text (out, "title", source->title);
      dump_text (out, "publisher", source->publisher);
      g_string_append_printf (out, " url=%s year=%d\n", source->url ? source->url : "-",
                              source->year);
    }
  for (guint i = 0; i < parity_dataset_get_n_entities (dataset); i++)
    {
      const ParityEntity *entity = parity_dataset_get_entity (dataset, i);

      g_string_append_printf (out, "entity %s %s", entity->id, entity_kinds[entity->kind]);
      dump_text (out, "label", entity->label);
      g_string_append_c (out, '\n');
    }
  for (guint i = 0; i < parity_dataset_get_n_indicators (dataset); i++)
    {
      const ParityIndicator *indicator = parity_dataset_get_indicator (dataset, i);

      g_string_append_printf (out, "indicator %s", indicator->id);
      dump_text (out, "label", indicator->label);
      g_string_append_printf (out, "\n  unit=%s", unit_kinds[indicator->unit.kind]);
      dump_text (out, "symbol", indicator->unit.symbol);
      dump_text (out, "unit-label", indicator->unit.label);
      g_string_append_printf (out, " decimals=%u source=%s\n", indicator->decimals,
                              indicator->source == PARITY_INDEX_NONE ? "-" :
                              parity_dataset_get_source (dataset, indicator->source)->id);
      for (guint k = 0; k < indicator->obs.len; k++)
        {
          char buffer[G_ASCII_DTOSTR_BUF_SIZE];
          const ParityText *note = indicator->obs_notes != NULL
            ? g_hash_table_lookup (indicator->obs_notes, GUINT_TO_POINTER (k)) : NULL;

          g_string_append_printf (out, "  obs %s %s %s %s",
                                  parity_dataset_get_entity (dataset,
                                                             indicator->obs.entity[k])->id,
                                  parity_dataset_get_period (dataset, indicator->obs.period[k]),
                                  isnan (indicator->obs.value[k]) ? "missing" :
                                  g_ascii_formatd (buffer, sizeof buffer, "%.17g",
                                                   indicator->obs.value[k]),
                                  parity_qualifier_to_string (indicator->obs.qualifier[k]));
          dump_text (out, "note", note);
          g_string_append_c (out, '\n');
        }
    }
  for (guint i = 0; i < parity_dataset_get_n_charts (dataset); i++)
    {
      const ParityChartSpec *chart = parity_dataset_get_chart (dataset, i);

      g_string_append_printf (out, "chart %s %s\n", chart->id, chart->kind);
    }
  for (guint i = 0; warnings != NULL && warnings[i] != NULL; i++)
    g_string_append_printf (out, "warning: %s\n", warnings[i]);
  return g_string_free (out, FALSE);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *)a, *(const char * const *)b);
}

static void
test_fixture (gconstpointer data)
{
  const char *json_path = data;
  g_autofree char *stem = g_strndup (json_path, strlen (json_path) - strlen (".json"));
  g_autofree char *err_path = g_strconcat (stem, ".err", NULL);
  g_autofree char *expected_path = g_strconcat (stem, ".expected", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *name = g_path_get_basename (json_path);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ParityDataset) dataset = NULL;
  gsize len;

  g_assert_true (g_file_get_contents (json_path, &contents, &len, NULL));
  bytes = g_bytes_new_take (g_steal_pointer (&contents), len);
  dataset = parity_dataset_load_bytes (bytes, name, &error);
  if (g_file_test (err_path, G_FILE_TEST_EXISTS))
    {
      g_autofree char *expected = NULL;

      g_assert_null (dataset);
      g_assert_nonnull (error);
      g_assert_true (g_file_get_contents (err_path, &expected, NULL, NULL));
      g_strchomp (expected);
      g_assert_cmpstr (error->message, ==, expected);
    }
  else
    {
      g_autofree char *dump = NULL;

      g_assert_no_error (error);
      g_assert_nonnull (dataset);
      dump = dump_dataset (dataset);
      dataset_dump_compare_or_write (expected_path, dump);
    }
}

/* Not World Bank files: the message lists why this format did not fit. */
static void
test_not_worldbank (void)
{
  static const char * const docs[] = { "[1, 2]", "[]", "[{\"page\": 1}]", "{\"a\": 1}" };

  for (guint i = 0; i < G_N_ELEMENTS (docs); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (docs[i], strlen (docs[i]));
      g_autoptr(GError) error = NULL;
      g_autoptr(ParityDataset) dataset = parity_dataset_load_bytes (bytes, "x.json", &error);

      g_assert_null (dataset);
      g_assert_error (error, PARITY_ERROR, PARITY_ERROR_UNSUPPORTED);
      g_assert_nonnull (strstr (error->message, "World Bank API: the top level is not an "
                                "array that starts with the API's page information"));
    }
}

/* Hostile shapes: wrong types everywhere must give an error or a warning, never a crash. */
static void
test_wrong_types (void)
{
  static const char * const docs[] = {
    "[{\"page\": 1, \"pages\": 1}, 5]",
    "[{\"page\": 1, \"pages\": 1}, [5]]",
    "[{\"page\": 1, \"pages\": 1}, [{}]]",
    "[{\"page\": \"x\", \"pages\": 1}, []]",
    "[{\"page\": 1, \"pages\": 1}, [{\"indicator\": 1}]]",
    "[{\"page\": 1, \"pages\": 1}, [{\"indicator\": {\"id\": \"A\"}, \"country\": []}]]",
    "[{\"page\": 1, \"pages\": 1}, [{\"indicator\": {\"id\": \"A\"}, \"country\": {\"id\": \"\"},"
    " \"countryiso3code\": \"\", \"date\": \"2019\", \"value\": 1}]]",
    "[{\"page\": 1, \"pages\": 1}, [{\"indicator\": {\"id\": \"A\"}, \"country\": {\"id\": \"X\"},"
    " \"date\": {}, \"value\": 1}]]",
    "[{\"page\": 1, \"pages\": 1}, [{\"indicator\": {\"id\": \"A\"}, \"country\": {\"id\": \"X\"},"
    " \"date\": \"2019\", \"value\": [1], \"decimal\": \"x\"}]]",
    "[{\"page\": 1, \"pages\": 1}, null]",
    "[{\"message\": 5, \"page\": 1, \"pages\": 1}]",
    "[{\"message\": [1, {\"id\": 5}]}]",
    "[{\"page\": 1, \"pages\": 1}, [], {\"message\": [{\"key\": \"k\"}]}]",
    "[{\"page\": 1, \"pages\": 1}, [], 7]",
  };

  for (guint i = 0; i < G_N_ELEMENTS (docs); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (docs[i], strlen (docs[i]));
      g_autoptr(GError) error = NULL;
      g_autoptr(ParityDataset) dataset = parity_dataset_load_bytes (bytes, "x.json", &error);

      g_test_message ("%s → %s", docs[i], error ? error->message : "loaded");
      g_assert_true ((dataset == NULL) != (error == NULL));
    }
}

static ParityDataset *
load_fixture (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "worldbank", name, NULL);
  g_autoptr(GError) error = NULL;
  ParityDataset *dataset = parity_dataset_load_file (path, &error);

  g_assert_no_error (error);
  return dataset;
}

/* The same response in French adds French labels; another indicator is refused. */
static void
test_merge_language (void)
{
  g_autoptr(ParityDataset) en = load_fixture ("two-indicators.json");
  g_autoptr(ParityDataset) fr = load_fixture ("lang/two-indicators-fr.json");
  g_autoptr(ParityDataset) es = load_fixture ("lang/other-indicator-es.json");
  g_autoptr(GError) error = NULL;
  const ParityIndicator *internet;
  const ParityEntity *kenya;

  g_assert_true (_parity_worldbank_merge_language (en, fr, "fr", &error));
  g_assert_no_error (error);
  internet = parity_dataset_get_indicator (en, parity_dataset_lookup_indicator (en,
                                                                                "IT.NET.USER.ZS"));
  g_assert_cmpstr (parity_text_get_exact (internet->label, "fr"), ==,
                   "Personnes utilisant Internet (% de la population)");
  g_assert_cmpstr (parity_text_get_exact (internet->label, "en"), ==,
                   "Individuals using the Internet (% of population)");
  g_assert_cmpstr (parity_text_get_exact (internet->unit.symbol, "fr"), ==, "%");
  kenya = parity_dataset_get_entity (en, parity_dataset_lookup_entity (en, "KEN"));
  g_assert_cmpstr (parity_text_get_exact (kenya->label, "fr"), ==, "Kenya");
  g_assert_nonnull (parity_text_get_exact (parity_dataset_get_title (en), "fr"));
  g_assert_cmpuint (internet->obs.len, ==, 2);

  g_assert_false (_parity_worldbank_merge_language (en, es, "es", &error));
  g_assert_error (error, PARITY_ERROR, PARITY_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==,
                   "the indicator \"SP.POP.TOTL\" is not in the dataset to translate");
  kenya = parity_dataset_get_entity (en, parity_dataset_lookup_entity (en, "KEN"));
  g_assert_null (parity_text_get_exact (kenya->label, "es"));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = NULL;
  g_autoptr(GDir) listing = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *entry;

  g_test_init (&argc, &argv, NULL);
  dir = g_test_build_filename (G_TEST_DIST, "worldbank", NULL);
  listing = g_dir_open (dir, 0, NULL);
  g_assert_nonnull (listing);
  while ((entry = g_dir_read_name (listing)) != NULL)
    if (g_str_has_suffix (entry, ".json"))
      g_ptr_array_add (names, g_strdup (entry));
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    {
      const char *file = g_ptr_array_index (names, i);
      g_autofree char *stem = g_strndup (file, strlen (file) - strlen (".json"));
      g_autofree char *path = g_strconcat ("/worldbank/", stem, NULL);

      g_test_add_data_func_full (path, g_build_filename (dir, file, NULL), test_fixture,
                                 g_free);
    }
  g_test_add_func ("/worldbank/not-worldbank", test_not_worldbank);
  g_test_add_func ("/worldbank/wrong-types", test_wrong_types);
  g_test_add_func ("/worldbank/merge-language", test_merge_language);
  return g_test_run ();
}
