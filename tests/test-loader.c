/* test-loader.c: the native dataset loader, driven by the fixtures in loader/
 *
 * loader/valid/NAME.json must load, and a dump of what was loaded must equal
 * loader/valid/NAME.expected. loader/invalid/NAME.json must fail with exactly the message in
 * loader/invalid/NAME.err. Adding a fixture needs no code change. Run with
 * PARITY_TEST_WRITE_EXPECTED=1 to (re)write missing expectations from the actual output,
 * then read them before committing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <unistd.h>
#include <math.h>
#include <string.h>

#include "dataset-dump.h"
#include "parity-error.h"
#include "parity-json-scan.h"
#include "parity-loader.h"
#include "parity-native-writer.h"

static const char * const entity_kinds[] = {
  "other", "world", "development-group", "region", "economy",
};
static const char * const sort_names[] = { "none", "ascending", "descending" };

/* Dump */

static void
dump_entity_list (GString       *out,
                  ParityDataset *dataset,
                  const char    *name,
                  GArray        *list)
{
  g_string_append_printf (out, "  %s:", name);
  if (list == NULL)
    g_string_append (out, " (all)");
  for (guint i = 0; list != NULL && i < list->len; i++)
    g_string_append_printf (out, " %s",
                            parity_dataset_get_entity (dataset,
                                                       g_array_index (list, guint32, i))->id);
  g_string_append_c (out, '\n');
}

static void
dump_chart (GString               *out,
            ParityDataset         *dataset,
            const ParityChartSpec *chart)
{
  g_string_append_printf (out, "chart %s %s\n", chart->id, chart->kind);
  dataset_dump_text (out, "  ", "title", chart->title);
  dataset_dump_text (out, "  ", "subtitle", chart->subtitle);
  dataset_dump_text (out, "  ", "notes", chart->notes);
  g_string_append_printf (out, "  indicator: %s\n",
                          parity_dataset_get_indicator (dataset, chart->indicator)->id);
  g_string_append_printf (out, "  period: %s\n",
                          parity_dataset_get_period (dataset, chart->period));
  g_string_append_printf (out, "  breakdown: [%s]\n",
                          parity_dataset_get_breakdown (dataset, chart->breakdown));
  dump_entity_list (out, dataset, "entities", chart->entities);
  dump_entity_list (out, dataset, "highlight", chart->highlight);
  g_string_append_printf (out, "  reference: %s\n",
                          chart->reference == PARITY_INDEX_NONE ? "-" :
                          parity_dataset_get_entity (dataset, chart->reference)->id);
  g_string_append_printf (out, "  sort: %s\n", sort_names[chart->sort]);
}

/* Everything the loader read, in a stable text form. */
static char *
dump_dataset (ParityDataset *dataset)
{
  GString *out = g_string_new (NULL);

  g_string_append_printf (out, "default_language: %s\n",
                          parity_dataset_get_default_lang (dataset));
  dataset_dump_text (out, "", "title", parity_dataset_get_title (dataset));
  dataset_dump_text (out, "", "description", parity_dataset_get_description (dataset));
  if (parity_dataset_get_licence_name (dataset) != NULL)
    g_string_append_printf (out, "licence: %s <%s>\n", parity_dataset_get_licence_name (dataset),
                            parity_dataset_get_licence_url (dataset) ?
                            parity_dataset_get_licence_url (dataset) : "");
  for (guint i = 0; i < parity_dataset_get_n_sources (dataset); i++)
    {
      const ParitySource *source = parity_dataset_get_source (dataset, i);

      g_string_append_printf (out, "source %s\n", source->id);
      dataset_dump_text (out, "  ", "title", source->title);
      dataset_dump_text (out, "  ", "publisher", source->publisher);
      if (source->url != NULL)
        g_string_append_printf (out, "  url: %s\n", source->url);
      if (source->year != 0)
        g_string_append_printf (out, "  year: %d\n", source->year);
      if (source->retrieved != NULL)
        g_string_append_printf (out, "  retrieved: %s\n", source->retrieved);
      dataset_dump_text (out, "  ", "note", source->note);
    }
  for (guint i = 0; i < parity_dataset_get_n_entities (dataset); i++)
    {
      const ParityEntity *entity = parity_dataset_get_entity (dataset, i);

      g_string_append_printf (out, "entity %s %s\n", entity->id, entity_kinds[entity->kind]);
      dataset_dump_text (out, "  ", "label", entity->label);
      dataset_dump_text (out, "  ", "short_label", entity->short_label);
    }
  for (guint i = 0; i < parity_dataset_get_n_indicators (dataset); i++)
    dataset_dump_indicator (out, dataset, parity_dataset_get_indicator (dataset, i));
  for (guint i = 0; i < parity_dataset_get_n_charts (dataset); i++)
    dump_chart (out, dataset, parity_dataset_get_chart (dataset, i));
  return g_string_free (out, FALSE);
}

/* Fixtures */

static GBytes *
read_fixture (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize len = 0;

  g_file_get_contents (path, &contents, &len, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, len);
}

/* NAME.json → NAME.SUFFIX beside it. */
static char *
sibling (const char *json_path,
         const char *suffix)
{
  g_autofree char *stem = g_strndup (json_path, strlen (json_path) - strlen (".json"));

  return g_strconcat (stem, suffix, NULL);
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

static void
test_valid (gconstpointer data)
{
  const char *path = data;
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *expected_path = sibling (path, ".expected");
  g_autoptr(GBytes) bytes = read_fixture (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(ParityDataset) dataset = NULL;
  g_autofree char *dump = NULL;

  dataset = parity_dataset_load_bytes (bytes, name, &error);
  g_assert_no_error (error);
  g_assert_nonnull (dataset);
  dump = dump_dataset (dataset);
  compare_with_expected (expected_path, dump);

  /* What is saved loads back as the same dataset, and saving again changes nothing. */
  {
    g_autofree char *json = parity_dataset_to_json (dataset);
    g_autoptr(GBytes) saved = g_bytes_new_take (g_strdup (json), strlen (json));
    g_autoptr(ParityDataset) reloaded = parity_dataset_load_bytes (saved, name, &error);
    g_autofree char *reloaded_dump = NULL;
    g_autofree char *json_again = NULL;

    g_assert_no_error (error);
    reloaded_dump = dump_dataset (reloaded);
    g_assert_cmpstr (reloaded_dump, ==, dump);
    json_again = parity_dataset_to_json (reloaded);
    g_assert_cmpstr (json_again, ==, json);
  }
}

/* The error code must agree with the shape of the message: "NAME:LINE:COL: …" for syntax,
 * "NAME: $.path: …" for content, "NAME: …" for a file Parity does not read. */
static void
check_error_code (const GError *error,
                  const char   *name)
{
  g_autofree char *quoted = g_regex_escape_string (name, -1);
  g_autofree char *syntax = g_strdup_printf ("^%s:[0-9]+:[0-9]+: ", quoted);
  g_autofree char *content = g_strdup_printf ("^%s: \\$[.[:]", quoted);
  g_autoptr(GRegex) syntax_re = g_regex_new (syntax, G_REGEX_OPTIMIZE, 0, NULL);
  g_autoptr(GRegex) content_re = g_regex_new (content, 0, 0, NULL);

  if (g_regex_match (syntax_re, error->message, 0, NULL))
    g_assert_error (error, PARITY_ERROR, PARITY_ERROR_SYNTAX);
  else if (g_regex_match (content_re, error->message, 0, NULL))
    g_assert_error (error, PARITY_ERROR, PARITY_ERROR_CONTENT);
  else
    g_assert_error (error, PARITY_ERROR, PARITY_ERROR_UNSUPPORTED);
}

static void
test_invalid (gconstpointer data)
{
  const char *path = data;
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *err_path = sibling (path, ".err");
  g_autoptr(GBytes) bytes = read_fixture (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(ParityDataset) dataset = NULL;
  g_autofree char *message = NULL;

  dataset = parity_dataset_load_bytes (bytes, name, &error);
  if (dataset != NULL)
    {
      g_autofree char *dump = dump_dataset (dataset);

      g_test_fail_printf ("%s loaded, but should have failed:\n%s", name, dump);
      return;
    }
  g_assert_nonnull (error);
  g_assert_true (g_str_has_prefix (error->message, name));
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  check_error_code (error, name);
  message = g_strconcat (error->message, "\n", NULL);
  compare_with_expected (err_path, message);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *)a, *(const char * const *)b);
}

/* Adds one test per NAME.json of loader/KIND, in name order. */
static void
add_fixture_tests (const char     *kind,
                   GTestDataFunc   func)
{
  g_autofree char *dir_path = g_test_build_filename (G_TEST_DIST, "loader", kind, NULL);
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  const char *entry;

  dir = g_dir_open (dir_path, 0, &error);
  g_assert_no_error (error);
  while ((entry = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (entry, ".json"))
      g_ptr_array_add (names, g_strdup (entry));
  g_ptr_array_sort (names, compare_names);
  g_assert_cmpuint (names->len, >, 0);
  for (guint i = 0; i < names->len; i++)
    {
      const char *file = g_ptr_array_index (names, i);
      g_autofree char *stem = g_strndup (file, strlen (file) - strlen (".json"));
      g_autofree char *test_path = g_strdup_printf ("/loader/%s/%s", kind, stem);

      g_test_add_data_func_full (test_path, g_build_filename (dir_path, file, NULL), func,
                                 g_free);
    }
}

/* The bundled dataset */

static void
test_bundled (void)
{
  g_autofree char *path = parity_dataset_get_bundled_path ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ParityDataset) dataset = parity_dataset_load_file (path, &error);
  /* Every chart the facts file asks for, with the kind that shows it honestly. */
  static const struct { const char *id, *kind; } charts[] = {
    { "internet-use-by-development", "bar" },
    { "internet-use-by-region", "bar" },
    { "3g-coverage-by-region", "bar" },
    { "ip-traffic", "line" },
    { "internet-use-by-sex", "dumbbell" },
    { "internet-gender-gap-range", "range" },
    { "internet-use-by-sex-bars", "bar" },
    { "internet-use-by-development-columns", "bar" },
    { "bandwidth-share-by-region", "donut" },
  };
  const ParityChartSpec *chart;
  const ParityIndicator *indicator;
  guint32 world;

  g_assert_no_error (error);
  g_assert_nonnull (dataset);
  g_assert_true (g_path_is_absolute (parity_dataset_get_path (dataset)));
  g_assert_cmpstr (parity_dataset_get_default_lang (dataset), ==, "en");
  g_assert_cmpuint (parity_dataset_get_n_sources (dataset), ==, 5);
  g_assert_cmpuint (parity_dataset_get_n_entities (dataset), ==, 12);
  g_assert_cmpuint (parity_dataset_get_n_indicators (dataset), >=, 10);
  g_assert_cmpuint (parity_dataset_get_n_charts (dataset), >=, G_N_ELEMENTS (charts));
  for (guint i = 0; i < G_N_ELEMENTS (charts); i++)
    {
      chart = parity_dataset_find_chart (dataset, charts[i].id);
      if (chart == NULL)
        g_error ("the bundled dataset has no chart \"%s\"", charts[i].id);
      g_assert_cmpstr (chart->kind, ==, charts[i].kind);
    }
  g_assert_cmpstr (parity_dataset_get_chart (dataset, 0)->id, ==, charts[0].id);
  g_assert_null (parity_dataset_find_chart (dataset, "nosuch"));

  /* The figure the first chart is about: 53.6 % of the world used the Internet in 2019. */
  world = parity_dataset_lookup_entity (dataset, "WLD");
  g_assert_cmpuint (world, !=, PARITY_INDEX_NONE);
  g_assert_cmpint (parity_dataset_get_entity (dataset, world)->kind, ==, PARITY_ENTITY_WORLD);
  chart = parity_dataset_find_chart (dataset, "internet-use-by-development");
  indicator = parity_dataset_get_indicator (dataset, chart->indicator);
  g_assert_cmpstr (indicator->id, ==, "internet-use");
  g_assert_cmpint (indicator->unit.kind, ==, PARITY_UNIT_PERCENT);
  g_assert_cmpuint (chart->reference, ==, world);
  g_assert_cmpstr (parity_dataset_get_period (dataset, chart->period), ==, "2019");
  for (guint i = 0; i < indicator->obs.len; i++)
    if (indicator->obs.entity[i] == world && indicator->obs.period[i] == chart->period &&
        indicator->obs.breakdown[i] == 0)
      g_assert_cmpfloat_with_epsilon (indicator->obs.value[i], 53.6, 1e-9);
}

static void
test_load_file_errors (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "loader", NULL);
  g_autofree char *missing = g_test_build_filename (G_TEST_DIST, "loader", "nosuch.json", NULL);
  ParityDataset *dataset;

  dataset = parity_dataset_load_file (missing, &error);
  g_assert_null (dataset);
  g_assert_error (error, PARITY_ERROR, PARITY_ERROR_NOT_FOUND);
  g_assert_true (strstr (error->message, "nosuch.json: ") != NULL);
  g_clear_error (&error);

  dataset = parity_dataset_load_file (dir, &error);
  g_assert_null (dataset);
  g_assert_error (error, PARITY_ERROR, PARITY_ERROR_NOT_FOUND);
  g_assert_true (g_str_has_suffix (error->message, ": is a folder, not a file"));
}

static char *
load_error_message (const char *json,
                    gsize       len)
{
  g_autoptr(GBytes) bytes = g_bytes_new (json, len);
  g_autoptr(GError) error = NULL;
  g_autoptr(ParityDataset) dataset = parity_dataset_load_bytes (bytes, "limits.json", &error);

  g_assert_null (dataset);
  g_assert_nonnull (error);
  return g_strdup (error->message);
}

/* The documented limits (dataset-format.md), each just past its edge, with a positioned
 * message; the larger inputs are made here rather than kept as files. */
static void
test_limits (void)
{
  g_autoptr(GString) deep = g_string_new (NULL);
  g_autoptr(GString) long_string = g_string_new ("{\n  \"x-note\": \"");
  g_autofree char *message = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *big = NULL;
  g_autoptr(GError) error = NULL;
  int fd;

  /* 512 levels are JSON Parity reads (and then not a dataset); 513 are not, nor 100 000. */
  for (guint i = 0; i < PARITY_JSON_MAX_DEPTH; i++)
    g_string_append_c (deep, '[');
  for (guint i = 0; i < PARITY_JSON_MAX_DEPTH; i++)
    g_string_append_c (deep, ']');
  message = load_error_message (deep->str, deep->len);
  g_assert_true (g_str_has_prefix (message, "limits.json: valid JSON, but not in a format"));
  g_clear_pointer (&message, g_free);
  g_string_insert_c (deep, 0, '[');
  g_string_append_c (deep, ']');
  message = load_error_message (deep->str, deep->len);
  g_assert_cmpstr (message, ==, "limits.json:1:513: the document nests deeper than 512 levels");
  g_clear_pointer (&message, g_free);
  g_string_truncate (deep, 0);
  for (guint i = 0; i < 100000; i++)
    g_string_append_c (deep, '[');
  message = load_error_message (deep->str, deep->len);
  g_assert_cmpstr (message, ==, "limits.json:1:513: the document nests deeper than 512 levels");
  g_clear_pointer (&message, g_free);

  /* A string of 1 MiB and one byte. */
  for (guint i = 0; i <= PARITY_JSON_MAX_STRING; i++)
    g_string_append_c (long_string, 'a');
  g_string_append (long_string, "\" }");
  message = load_error_message (long_string->str, long_string->len);
  g_assert_cmpstr (message, ==, "limits.json:2:13: the string that starts here is 1048577 bytes "
                   "long, longer than Parity reads (at most 1 MiB)");
  g_clear_pointer (&message, g_free);

  /* A file past 512 MiB is refused before it is read: a sparse file costs no disk. */
  dir = g_dir_make_tmp ("parity-limits-XXXXXX", &error);
  g_assert_no_error (error);
  big = g_build_filename (dir, "big.json", NULL);
  fd = g_open (big, O_WRONLY | O_CREAT, 0600);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, (off_t)PARITY_LOADER_MAX_BYTES + 1), ==, 0);
  close (fd);
  g_assert_null (parity_dataset_load_file (big, &error));
  g_assert_error (error, PARITY_ERROR, PARITY_ERROR_UNSUPPORTED);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "big.json: "));
  g_unlink (big);
  g_rmdir (dir);
}

/* The last step of the language fallback is "the first language written" (dataset-format.md),
 * so a text keeps its languages in the order of the file. */
static void
test_text_order (void)
{
  static const char json[] =
    "{ \"format\": \"parity-dataset\", \"version\": 1, \"default_language\": \"en\",\n"
    "  \"title\": { \"sv\": \"Världen\", \"de\": \"Welt\", \"ar\": \"العالم\", \"zh-Hans\": \"世界\",\n"
    "             \"fr\": \"Monde\", \"es\": \"Mundo\", \"pt\": \"Mundo\", \"ru\": \"Мир\" },\n"
    "  \"sources\": [], \"entities\": [], \"indicators\": [] }\n";
  static const char * const order[] = { "sv", "de", "ar", "zh-Hans", "fr", "es", "pt", "ru" };
  g_autoptr(GBytes) bytes = g_bytes_new_static (json, sizeof json - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(ParityDataset) dataset = parity_dataset_load_bytes (bytes, "order.json", &error);
  const ParityText *title;
  GString *actual = g_string_new (NULL);
  g_autofree char *actual_str = NULL;

  g_assert_no_error (error);
  title = parity_dataset_get_title (dataset);
  g_assert_cmpuint (parity_text_get_n_langs (title), ==, G_N_ELEMENTS (order));
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    g_string_append_printf (actual, "%s%s", i ? " " : "", parity_text_get_lang (title, i));
  actual_str = g_string_free (actual, FALSE);
  g_assert_cmpstr (actual_str, ==, "sv de ar zh-Hans fr es pt ru");
  /* Neither the requested nor the default language: the first one in the file. */
  g_assert_cmpstr (parity_text_get (title, "it", "en"), ==, "Världen");
}

/* JSONTestSuite (https://github.com/nst/JSONTestSuite) */

/* Whether the loader's "this is not JSON" check answers before json-glib does. */
static gboolean
starts_like_json (GBytes *bytes)
{
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);
  gsize i = 0;

  if (len >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    i = 3;
  while (i < len && g_ascii_isspace (data[i]))
    i++;
  return i < len && (data[i] == '{' || data[i] == '[');
}

static void
test_json_test_suite (void)
{
  g_autofree char *dir_path = g_build_filename (g_test_get_dir (G_TEST_DIST), "..", "..",
                                                "shared", "corpora", "JSONTestSuite",
                                                "test_parsing", NULL);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;
  guint n_files = 0;

  if (dir == NULL)
    {
      g_test_skip ("JSONTestSuite is not in ../shared/corpora");
      return;
    }
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(ParityDataset) dataset = NULL;

      if (!g_str_has_suffix (name, ".json"))
        continue;
      path = g_build_filename (dir_path, name, NULL);
      bytes = read_fixture (path);
      dataset = parity_dataset_load_bytes (bytes, name, &error);
      n_files++;
      /* An error exactly when there is no dataset, and always one that says where. */
      g_assert_true ((dataset == NULL) == (error != NULL));
      if (error != NULL)
        g_assert_true (g_str_has_prefix (error->message, name));
      if (name[0] == 'n')
        {
          if (dataset != NULL)
            g_error ("%s: invalid JSON loaded as a dataset", name);
          g_assert_true (error->domain == PARITY_ERROR);
          if (starts_like_json (bytes) && error->code != PARITY_ERROR_SYNTAX)
            g_error ("%s: invalid JSON was not a syntax error: %s", name, error->message);
          else if (!starts_like_json (bytes) && error->code != PARITY_ERROR_SYNTAX &&
                   error->code != PARITY_ERROR_UNSUPPORTED)
            g_error ("%s: %s", name, error->message);
        }
      else if (name[0] == 'y')
        {
          /* Valid JSON, but none of it is a Parity dataset. */
          g_assert_null (dataset);
          if (error->code == PARITY_ERROR_SYNTAX)
            g_error ("%s: valid JSON was a syntax error: %s", name, error->message);
          g_assert_true (error->code == PARITY_ERROR_UNSUPPORTED ||
                         error->code == PARITY_ERROR_CONTENT);
        }
    }
  g_assert_cmpuint (n_files, >, 300);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  add_fixture_tests ("valid", test_valid);
  add_fixture_tests ("invalid", test_invalid);
  g_test_add_func ("/loader/bundled", test_bundled);
  g_test_add_func ("/loader/text-order", test_text_order);
  g_test_add_func ("/loader/load-file-errors", test_load_file_errors);
  g_test_add_func ("/loader/limits", test_limits);
  g_test_add_func ("/loader/json-test-suite", test_json_test_suite);

  return g_test_run ();
}
