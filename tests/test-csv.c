/* test-csv.c: the CSV loader, driven by the fixtures in csv/
 *
 * csv/valid/NAME.csv must load, and a dump of what was loaded (with its warnings) must equal
 * csv/valid/NAME.expected; csv/invalid/NAME.csv must fail with exactly the message in
 * csv/invalid/NAME.err. Run with PARITY_TEST_WRITE_EXPECTED=1 to write missing expectations
 * from the actual output, then read them before committing. The tokenizer is also checked
 * against the csv-spectrum corpus in ../shared/corpora when it is there.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib.h>
#include <json-glib/json-glib.h>
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
           const char       *indent,
           const char       *name,
           const ParityText *text)
{
  if (text == NULL)
    return;
  g_string_append_printf (out, "%s%s:", indent, name);
  for (guint i = 0; i < parity_text_get_n_langs (text); i++)
    {
      const char *lang = parity_text_get_lang (text, i);

      g_string_append_printf (out, " %s=\"%s\"", lang, parity_text_get_exact (text, lang));
    }
  g_string_append_c (out, '\n');
}

static char *
dump_dataset (ParityDataset *dataset)
{
  GString *out = g_string_new (NULL);
  const char * const *warnings = parity_dataset_get_warnings (dataset);

  g_string_append_printf (out, "format: %s\n", parity_dataset_get_format_name (dataset));
  g_string_append_printf (out, "default_language: %s\n",
                          parity_dataset_get_default_lang (dataset));
  dump_text (out, "", "title", parity_dataset_get_title (dataset));
  for (guint i = 0; i < parity_dataset_get_n_sources (dataset); i++)
    {
      const ParitySource *source = parity_dataset_get_source (dataset, i);

      g_string_append_printf (out, "source %s\n", source->id);
      dump_text (out, "  ", "title", source->title);
      dump_text (out, "  ", "publisher", source->publisher);
      if (source->url != NULL)
        g_string_append_printf (out, "  url: %s\n", source->url);
      if (source->year != 0)
        g_string_append_printf (out, "  year: %d\n", source->year);
    }
  for (guint i = 0; i < parity_dataset_get_n_entities (dataset); i++)
    {
      const ParityEntity *entity = parity_dataset_get_entity (dataset, i);

      g_string_append_printf (out, "entity %s %s\n", entity->id, entity_kinds[entity->kind]);
      dump_text (out, "  ", "label", entity->label);
    }
  for (guint i = 0; i < parity_dataset_get_n_indicators (dataset); i++)
    {
      const ParityIndicator *indicator = parity_dataset_get_indicator (dataset, i);
      const ParityObservations *obs = &indicator->obs;

      g_string_append_printf (out, "indicator %s\n", indicator->id);
      dump_text (out, "  ", "label", indicator->label);
      g_string_append_printf (out, "  unit: %s\n", unit_kinds[indicator->unit.kind]);
      dump_text (out, "  ", "unit symbol", indicator->unit.symbol);
      dump_text (out, "  ", "unit label", indicator->unit.label);
      g_string_append_printf (out, "  decimals: %u\n", indicator->decimals);
      g_string_append_printf (out, "  source: %s\n",
                              indicator->source == PARITY_INDEX_NONE ? "-" :
                              parity_dataset_get_source (dataset, indicator->source)->id);
      for (guint j = 0; j < obs->len; j++)
        {
          g_string_append_printf (out, "  obs %s %s [%s] ",
                                  parity_dataset_get_entity (dataset, obs->entity[j])->id,
                                  parity_dataset_get_period (dataset, obs->period[j]),
                                  parity_dataset_get_breakdown (dataset, obs->breakdown[j]));
          dataset_dump_number (out, obs->value[j]);
          g_string_append_printf (out, " %s\n", parity_qualifier_to_string (obs->qualifier[j]));
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

static void
compare_with_expected (const char *expected_path,
                       const char *actual)
{
  g_autofree char *expected = NULL;

  if (!g_file_get_contents (expected_path, &expected, NULL, NULL))
    {
      if (g_getenv ("PARITY_TEST_WRITE_EXPECTED") != NULL)
        {
          g_autoptr(GError) error = NULL;

          g_file_set_contents (expected_path, actual, -1, &error);
          g_assert_no_error (error);
          g_test_skip ("wrote the missing expectation; check it before committing");
          return;
        }
      g_test_fail_printf ("%s is missing; if this output is right, save it there:\n%s",
                          expected_path, actual);
      return;
    }
  g_assert_cmpstr (actual, ==, expected);
}

static char *
sibling (const char *path,
         const char *suffix)
{
  g_autofree char *stem = g_strndup (path, strlen (path) - strlen (".csv"));

  return g_strconcat (stem, suffix, NULL);
}

static ParityDataset *
load_fixture (const char  *path,
              GError     **error)
{
  g_autofree char *contents = NULL;
  g_autofree char *name = g_path_get_basename (path);
  gsize len = 0;
  g_autoptr(GBytes) bytes = NULL;

  g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
  bytes = g_bytes_new_take (g_steal_pointer (&contents), len);
  return parity_dataset_load_bytes (bytes, name, error);
}

static void
test_valid (gconstpointer data)
{
  const char *path = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(ParityDataset) dataset = load_fixture (path, &error);
  g_autofree char *dump = NULL;
  g_autofree char *expected = sibling (path, ".expected");

  g_assert_no_error (error);
  dump = dump_dataset (dataset);
  compare_with_expected (expected, dump);
}

static void
test_invalid (gconstpointer data)
{
  const char *path = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(ParityDataset) dataset = load_fixture (path, &error);
  g_autofree char *expected = sibling (path, ".err");

  g_assert_null (dataset);
  g_assert_nonnull (error);
  {
    g_autofree char *line = g_strconcat (error->message, "\n", NULL);

    compare_with_expected (expected, line);
  }
}

/* The decimal mark imposed: with a point, "86,6" is not a number. */
static void
test_decimal_override (void)
{
  const char *csv = "country;year;value\nFrance;2020;86,6\nSpain;2020;1.234,5\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(ParityDataset) comma = _parity_csv_load_with (csv, strlen (csv), "x.csv", 0, &error);
  g_autoptr(ParityDataset) point = NULL;
  const ParityIndicator *indicator;

  g_assert_no_error (error);
  indicator = parity_dataset_get_indicator (comma, 0);
  g_assert_cmpfloat (indicator->obs.value[0], ==, 86.6);
  g_assert_cmpfloat (indicator->obs.value[1], ==, 1234.5);

  point = _parity_csv_load_with (csv, strlen (csv), "x.csv", '.', &error);
  g_assert_no_error (error);
  indicator = parity_dataset_get_indicator (point, 0);
  g_assert_true (isnan (indicator->obs.value[0]));
  g_assert_cmpuint (g_strv_length ((char **)parity_dataset_get_warnings (point)), ==, 2);

  g_setenv ("PARITY_CSV_DECIMAL", "point", TRUE);
  g_clear_object (&point);
  point = _parity_csv_load (csv, strlen (csv), "x.csv", &error);
  g_unsetenv ("PARITY_CSV_DECIMAL");
  g_assert_no_error (error);
  indicator = parity_dataset_get_indicator (point, 0);
  g_assert_true (isnan (indicator->obs.value[0]));
}

/* Hostile input: no crash, a message. */
static void
test_hostile (void)
{
  static const char * const inputs[] = {
    "\"", ",,,,\n,,,\n", "\"\"\"", "a\n\"b", "country,value\n", ";;;;\t\t\t|||",
    "country,2015\nX,\"1\"\"2\"\n", "country,value\r\rX,1\r",
  };

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(ParityDataset) dataset = _parity_csv_load (inputs[i], strlen (inputs[i]),
                                                          "h.csv", &error);

      g_assert_true ((dataset == NULL) != (error == NULL));
    }
}

/* csv-spectrum: each csvs/NAME.csv tokenizes to the records of json/NAME.json. */
static void
strip_cr (GString *s)
{
  gsize j = 0;

  for (gsize i = 0; i < s->len; i++)
    if (s->str[i] != '\r')
      s->str[j++] = s->str[i];
  g_string_truncate (s, j);
}

static void
test_spectrum (void)
{
  g_autofree char *dir = g_build_filename (g_test_get_dir (G_TEST_DIST), "..", "..", "shared",
                                           "corpora", "csv-spectrum", NULL);
  g_autofree char *csvs = g_build_filename (dir, "csvs", NULL);
  g_autoptr(GDir) listing = g_dir_open (csvs, 0, NULL);
  const char *entry;
  guint checked = 0;

  if (listing == NULL)
    {
      g_test_skip ("../shared/corpora/csv-spectrum is absent");
      return;
    }
  while ((entry = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *csv_path = g_build_filename (csvs, entry, NULL);
      g_autofree char *stem = NULL;
      g_autofree char *json_path = NULL;
      g_autofree char *contents = NULL;
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autoptr(GStringChunk) cells = NULL;
      g_autoptr(GPtrArray) rows = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(JsonArray) records = NULL;
      JsonNode *root;
      GPtrArray *header;
      gsize len;
      gboolean has_cr;

      if (!g_str_has_suffix (entry, ".csv"))
        continue;
      stem = g_strndup (entry, strlen (entry) - 4);
      json_path = g_strconcat (dir, "/json/", stem, ".json", NULL);
      g_assert_true (g_file_get_contents (csv_path, &contents, &len, NULL));
      has_cr = memchr (contents, '\r', len) != NULL;
      json_parser_load_from_file (parser, json_path, &error);
      g_assert_no_error (error);
      root = json_parser_get_root (parser);
      if (JSON_NODE_HOLDS_OBJECT (root))
        {
          records = json_array_new ();
          json_array_add_element (records, json_node_copy (root));
        }
      else
        records = json_array_ref (json_node_get_array (root));

      g_assert_true (_parity_csv_tokenize (contents, len, ',', &rows, &cells, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (rows->len, ==, json_array_get_length (records) + 1);
      header = rows->pdata[0];
      for (guint r = 1; r < rows->len; r++)
        {
          GPtrArray *row = rows->pdata[r];
          JsonObject *object = json_array_get_object_element (records, r - 1);

          g_assert_cmpuint (row->len, ==, header->len);
          g_assert_cmpuint (json_object_get_size (object), ==, header->len);
          for (guint f = 0; f < row->len; f++)
            {
              g_autoptr(GString) want = g_string_new (
                json_object_get_string_member (object, header->pdata[f]));

              /* Upstream's JSON gives another phone number than its CSV. */
              if (g_str_equal (stem, "location_coordinates") &&
                  g_str_equal (header->pdata[f], "Contact Phone Number"))
                continue;
              /* The corpus as stored here has LF line ends where upstream had CRLF. */
              if (!has_cr)
                strip_cr (want);
              g_assert_cmpstr (row->pdata[f], ==, want->str);
            }
        }
      checked++;
    }
  g_assert_cmpuint (checked, >, 0);
}

/* A wide table of @rows rows in the WDI's layout, every row two values; @bad_line (counted
 * from 1, the header being line 1) gets @bad_cell as its first year's cell instead. */
static GString *
wide_table (guint       rows,
            guint       bad_line,
            const char *bad_cell)
{
  GString *csv = g_string_new ("\"Country Name\",\"Country Code\",\"Indicator Name\","
                               "\"Indicator Code\",\"2021\",\"2022\"\n");

  for (guint r = 0; r < rows; r++)
    {
      guint line = r + 2;

      g_string_append_printf (csv, "\"Economy %u\",\"E%u\",\"Series %u, total (%% of "
                              "population)\",\"S.%u\",", r % 250, r % 250, r / 250, r / 250);
      if (line == bad_line)
        g_string_append (csv, bad_cell);
      else
        g_string_append_printf (csv, "\"%u.5\"", r % 100);
      g_string_append_printf (csv, ",\"%u.25E+3\"\n", r % 7);
    }
  return csv;
}

/* An error deep in a big file names its line, however far the reader streamed. */
static void
test_error_line (void)
{
  static const guint line = 187654;
  g_autofree char *long_cell = g_strnfill (70000, 'x');
  g_autoptr(GString) csv = wide_table (200000, line, long_cell);
  g_autoptr(GBytes) bytes = g_bytes_new (csv->str, csv->len);
  g_autoptr(GError) error = NULL;
  g_autoptr(ParityDataset) dataset = parity_dataset_load_bytes (bytes, "big.csv", &error);
  g_autofree char *where = g_strdup_printf ("big.csv:%u:", line);

  g_assert_null (dataset);
  g_assert_error (error, PARITY_ERROR, PARITY_ERROR_UNSUPPORTED);
  g_assert_true (g_str_has_prefix (error->message, where));
  g_assert_nonnull (strstr (error->message, "70000 bytes"));

  /* The same file, whole: every row read, two observations each. */
  g_string_free (g_steal_pointer (&csv), TRUE);
  g_clear_error (&error);
  {
    g_autoptr(GString) good = wide_table (200000, 0, NULL);
    g_autoptr(ParityDataset) whole = _parity_csv_load (good->str, good->len, "big.csv",
                                                       &error);
    guint n = 0;

    g_assert_no_error (error);
    for (guint i = 0; i < parity_dataset_get_n_indicators (whole); i++)
      n += parity_dataset_get_indicator (whole, i)->obs.len;
    g_assert_cmpuint (n, ==, 400000);
    g_assert_cmpuint (parity_dataset_get_n_entities (whole), ==, 250);
  }
}

/* Past the cap on observations, a message that names the line where it was reached. */
static void
test_observation_cap (void)
{
  g_autoptr(GString) csv = wide_table (1000, 0, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(ParityDataset) dataset = NULL;

  _parity_csv_set_max_observations (1500);
  dataset = _parity_csv_load (csv->str, csv->len, "cap.csv", &error);
  _parity_csv_set_max_observations (0);
  g_assert_null (dataset);
  g_assert_error (error, PARITY_ERROR, PARITY_ERROR_UNSUPPORTED);
  /* Two a row after the header: the 1 501st is the first of line 752. */
  g_assert_cmpstr (error->message, ==, "cap.csv:752:1: the file has more than 1500 "
                   "observations, more than Parity reads from one file");

  g_clear_error (&error);
  dataset = _parity_csv_load (csv->str, csv->len, "cap.csv", &error);
  g_assert_no_error (error);
  g_assert_nonnull (dataset);
}

/* What the first rows cannot tell is read ahead: a breakdown column that varies only after
 * the rows kept whole is still a breakdown. */
static void
test_survey_past_prefix (void)
{
  g_autoptr(GString) csv = g_string_new ("country,year,sex,value\n");
  g_autoptr(GError) error = NULL;
  g_autoptr(ParityDataset) dataset = NULL;
  const ParityIndicator *indicator;
  const ParityObservations *obs;

  for (guint r = 0; r < 8000; r++)
    g_string_append_printf (csv, "France,%u,%s,%u\n", 1000 + r, r < 7000 ? "T" : "F", r % 90);
  dataset = _parity_csv_load (csv->str, csv->len, "sex.csv", &error);
  g_assert_no_error (error);
  indicator = parity_dataset_get_indicator (dataset, 0);
  obs = &indicator->obs;
  g_assert_cmpuint (obs->len, ==, 8000);
  g_assert_cmpstr (parity_dataset_get_breakdown (dataset, obs->breakdown[0]), ==, "");
  g_assert_cmpstr (parity_dataset_get_breakdown (dataset, obs->breakdown[7999]), ==, "sex=F");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  dataset_dump_add_fixture_tests ("csv", "valid", ".csv", test_valid);
  dataset_dump_add_fixture_tests ("csv", "invalid", ".csv", test_invalid);
  g_test_add_func ("/csv/decimal-override", test_decimal_override);
  g_test_add_func ("/csv/hostile", test_hostile);
  g_test_add_func ("/csv/spectrum", test_spectrum);
  g_test_add_func ("/csv/error-line", test_error_line);
  g_test_add_func ("/csv/observation-cap", test_observation_cap);
  g_test_add_func ("/csv/survey-past-prefix", test_survey_past_prefix);
  return g_test_run ();
}
