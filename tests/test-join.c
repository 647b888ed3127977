/* test-join.c: another file's indicators joined to an open dataset by entity id
 *
 * join/internet-owid.csv (Our World in Data's download) is opened and
 * join/gdp-worldbank.json (a World Bank API response of GDP per capita) is added: the
 * dataset and the report must equal join/joined.expected. Undoing gives back the dataset as
 * it was, byte for byte in the dump; a broken file is refused with its line and changes
 * nothing. Run with PARITY_TEST_WRITE_EXPECTED=1 to rewrite a missing expectation.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "dataset-dump.h"
#include "parity-dataset-join.h"
#include "parity-document.h"
#include "parity-loader.h"
#include "parity-native-writer.h"

static const char * const entity_kinds[] = {
  "other", "world", "development-group", "region", "economy",
};

/* What a join changes: sources, entities, periods, indicators, charts. */
static char *
dump (ParityDataset *dataset)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < parity_dataset_get_n_sources (dataset); i++)
    g_string_append_printf (out, "source %s\n", parity_dataset_get_source (dataset, i)->id);
  for (guint i = 0; i < parity_dataset_get_n_entities (dataset); i++)
    {
      const ParityEntity *entity = parity_dataset_get_entity (dataset, i);

      g_string_append_printf (out, "entity %s %s\n", entity->id, entity_kinds[entity->kind]);
      dataset_dump_text (out, "  ", "label", entity->label);
    }
  g_string_append (out, "periods:");
  for (guint i = 0; i < parity_dataset_get_n_periods (dataset); i++)
    g_string_append_printf (out, " %s", parity_dataset_get_period (dataset, i));
  g_string_append_c (out, '\n');
  for (guint i = 0; i < parity_dataset_get_n_indicators (dataset); i++)
    dataset_dump_indicator (out, dataset, parity_dataset_get_indicator (dataset, i));
  for (guint i = 0; i < parity_dataset_get_n_charts (dataset); i++)
    {
      const ParityChartSpec *chart = parity_dataset_get_chart (dataset, i);
      g_autoptr(JsonGenerator) generator = json_generator_new ();
      g_autofree char *json = NULL;

      json_generator_set_root (generator, chart->json);
      json = json_generator_to_data (generator, NULL);
      g_string_append_printf (out, "chart %s\n", json);
    }
  return g_string_free (out, FALSE);
}

static ParityDataset *
load_internet (void)
{
  g_autoptr(GError) error = NULL;
  ParityDataset *dataset = parity_dataset_load_file ("internet-owid.csv", &error);

  g_assert_no_error (error);
  return dataset;
}

/* The joined data and the report are what join/joined.expected says. */
static void
test_join (void)
{
  g_autoptr(ParityDataset) dataset = load_internet ();
  g_autoptr(ParityJoin) join = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL, *unmatched = NULL, *actual = NULL, *data = NULL;

  g_assert_true (parity_dataset_join_file (dataset, "gdp-worldbank.json", &join, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (parity_join_get_n_indicators (join), ==, 1);
  g_assert_cmpstr (parity_join_get_indicator (join, 0), ==, "NY.GDP.PCAP.CD");
  /* Brazil, France, India, Japan, Kenya and the world (OWID_WRL in the CSV). */
  g_assert_cmpuint (parity_join_get_n_matched (join), ==, 6);
  g_assert_cmpuint (parity_join_get_n_unmatched (join, PARITY_JOIN_ADDED), ==, 1);
  g_assert_cmpstr (parity_join_get_unmatched (join, PARITY_JOIN_ADDED, 0)->id, ==, "TCD");
  g_assert_cmpuint (parity_join_get_n_unmatched (join, PARITY_JOIN_OPEN), ==, 1);
  g_assert_cmpstr (parity_join_get_unmatched (join, PARITY_JOIN_OPEN, 0)->id, ==, "NPL");
  summary = parity_join_describe (join);
  unmatched = parity_join_list_unmatched (join);
  data = dump (dataset);
  actual = g_strconcat (summary, "\n", unmatched, data, NULL);
  dataset_dump_compare_or_write ("joined.expected", actual);
}

/* Undone, the dataset is as it was; redone, as joined; through the document's history. */
static void
test_undo (void)
{
  g_autoptr(ParityDataset) dataset = load_internet ();
  g_autoptr(ParityDocument) document = parity_document_new (dataset, NULL);
  g_autoptr(ParityJoin) join = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = dump (dataset), *joined = NULL, *undone = NULL, *redone = NULL;
  guint n_charts = parity_dataset_get_n_charts (dataset);

  join = parity_join_new_from_file (dataset, "gdp-worldbank.json", &error);
  g_assert_no_error (error);
  /* Planned, not applied: nothing changes yet. */
  g_assert_cmpuint (parity_dataset_get_n_indicators (dataset), ==, 1);
  parity_document_join (document, join);
  joined = dump (dataset);
  g_assert_cmpstr (joined, !=, before);
  g_assert_cmpuint (parity_dataset_get_n_indicators (dataset), ==, 2);
  g_assert_cmpuint (parity_dataset_get_n_charts (dataset), ==, n_charts + 1);
  g_assert_true (parity_document_get_modified (document));

  g_assert_true (parity_document_undo (document));
  undone = dump (dataset);
  g_assert_cmpstr (undone, ==, before);
  g_assert_cmpuint (parity_dataset_lookup_entity (dataset, "TCD"), ==, PARITY_INDEX_NONE);
  g_assert_cmpuint (parity_dataset_lookup_indicator (dataset, "NY.GDP.PCAP.CD"), ==,
                    PARITY_INDEX_NONE);
  g_assert_false (parity_document_get_modified (document));

  g_assert_true (parity_document_redo (document));
  redone = dump (dataset);
  g_assert_cmpstr (redone, ==, joined);
}

/* The same file twice: the second copy's indicator is renamed, never merged. */
static void
test_rename (void)
{
  g_autoptr(ParityDataset) dataset = load_internet ();
  g_autoptr(ParityJoin) join = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (parity_dataset_join_file (dataset, "gdp-worldbank.json", NULL, &error));
  g_assert_true (parity_dataset_join_file (dataset, "gdp-worldbank.json", &join, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (parity_join_get_indicator (join, 0), ==, "NY.GDP.PCAP.CD-2");
  g_assert_cmpuint (parity_dataset_get_n_indicators (dataset), ==, 3);
  g_assert_cmpuint (parity_join_get_n_unmatched (join, PARITY_JOIN_ADDED), ==, 0);
  g_assert_cmpuint (parity_dataset_get_indicator (dataset, 2)->obs.len, ==,
                    parity_dataset_get_indicator (dataset, 1)->obs.len);
}

/* Saved as a Parity dataset, the joined data read back whole: both indicators, the entity
 * only the added file had, and the scatter plot of the two. */
static void
test_save (void)
{
  g_autoptr(ParityDataset) dataset = load_internet ();
  g_autoptr(ParityDataset) saved = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("parity-join-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "joined.json", NULL);
  g_autofree char *joined = NULL, *read_back = NULL;

  g_assert_no_error (error);
  g_assert_true (parity_dataset_join_file (dataset, "gdp-worldbank.json", NULL, &error));
  g_assert_true (parity_dataset_save (dataset, path, &error));
  g_assert_no_error (error);
  saved = parity_dataset_load_file (path, &error);
  g_assert_no_error (error);
  joined = dump (dataset);
  read_back = dump (saved);
  g_assert_cmpstr (read_back, ==, joined);
  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* A broken file is refused with the place of the fault, and the dataset is untouched. */
static void
test_broken (void)
{
  g_autoptr(ParityDataset) dataset = load_internet ();
  g_autoptr(GError) error = NULL;
  g_autofree char *before = dump (dataset), *after = NULL;

  g_assert_false (parity_dataset_join_file (dataset, "broken.csv", NULL, &error));
  g_assert_nonnull (error);
  g_assert_true (g_str_has_prefix (error->message, "broken.csv:3:"));
  after = dump (dataset);
  g_assert_cmpstr (after, ==, before);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *dir = NULL;

  g_test_init (&argc, &argv, NULL);
  /* Relative names, so that messages name the files as a person typed them. */
  dir = g_build_filename (g_getenv ("G_TEST_SRCDIR"), "join", NULL);
  g_assert_true (g_chdir (dir) == 0);
  g_test_add_func ("/join/report", test_join);
  g_test_add_func ("/join/undo", test_undo);
  g_test_add_func ("/join/rename", test_rename);
  g_test_add_func ("/join/save", test_save);
  g_test_add_func ("/join/broken", test_broken);
  return g_test_run ();
}
