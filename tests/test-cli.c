/* test-cli.c: the real parity-cli, run as a user would, with no display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <string.h>

#include "cli-test-util.h"

#define result_clear cli_test_result_clear
#define run_cli cli_test_run
#define fixture_set_up cli_test_set_up
#define fixture_tear_down cli_test_tear_down
#define write_file cli_test_write_file
#define assert_matches(pattern, string) \
  cli_test_assert_matches ((pattern), (string), G_REGEX_DOTALL)

static void
run_cli_v (CliFixture         *f,
           CliResult          *r,
           const char * const *args)
{
  cli_test_run_v (f, r, NULL, args);
}

#define PNG_SIGNATURE "\x89PNG\r\n\x1a\n"

static void
assert_starts_with_bytes (const char *path,
                          const char *prefix,
                          gsize       len)
{
  g_autofree char *contents = NULL;
  gsize size = 0;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (path, &contents, &size, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (size, >, len);
  g_assert_cmpmem (contents, len, prefix, len);
}

/* The names in a folder, sorted and joined with spaces. */
static char *
list_folder (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, (GCompareFunc)g_ascii_strcasecmp);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **)names->pdata);
}

static const char minimal_dataset[] =
  "{\n"
  "  \"format\": \"parity-dataset\",\n"
  "  \"version\": 1,\n"
  "  \"default_language\": \"en\",\n"
  "  \"title\": \"A test\",\n"
  "  \"sources\": [],\n"
  "  \"entities\": [ { \"id\": \"WLD\", \"label\": \"World\" } ],\n"
  "  \"indicators\": [\n"
  "    { \"id\": \"x\", \"label\": \"X\", \"unit\": { \"kind\": \"count\" },\n"
  "      \"observations\": [ { \"entity\": \"WLD\", \"period\": \"2019\", \"value\": %s } ] }\n"
  "  ]\n"
  "}\n";

static void
test_help (CliFixture    *f,
           gconstpointer  data)
{
  g_auto(CliResult) r = { 0 };

  run_cli (f, &r, "--help", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "export"));
  g_assert_nonnull (strstr (r.out, "validate"));
  g_assert_cmpstr (r.err, ==, "");
}

static void
test_version (CliFixture    *f,
              gconstpointer  data)
{
  g_auto(CliResult) r = { 0 };

  run_cli (f, &r, "--version", NULL);
  g_assert_cmpint (r.status, ==, 0);
  assert_matches ("^parity-cli [0-9]+\\.[0-9]+\\.[0-9]+\n$", r.out);
}

static void
test_usage_errors (CliFixture    *f,
                   gconstpointer  data)
{
  static const struct
  {
    const char *args[8];
    const char *stderr_pattern;
  } cases[] = {
    { { NULL }, "Usage: parity-cli" },
    { { "frobnicate", NULL }, "^parity-cli: unknown command .*frobnicate" },
    { { "export", NULL }, "^parity-cli: .*--chart.*--all" },
    { { "export", "--chart", "internet-use-by-region", "--all", NULL }, "^parity-cli: " },
    { { "export", "--all", "--preset", "bogus", NULL },
      "^parity-cli: unknown preset .*bogus.* \\(known: report, .*\\)\n$" },
    { { "export", "--all", "--width", "100", NULL }, "^parity-cli: --width and --height" },
    { { "export", "--all", "--height", "100mm", NULL }, "^parity-cli: --width and --height" },
    { { "export", "--all", "--width", "100", "--height", "wide", NULL },
      "^parity-cli: \"wide\" is not a length" },
    { { "export", "--all", "--dpi", "5", NULL }, "^parity-cli: --dpi 5 is out of range" },
    { { "export", "--all", "--format", "gif", NULL }, "^parity-cli: unknown format" },
    { { "export", "--all", "--lang", "english_", NULL }, "BCP 47" },
    { { "export", "--all", "--no-such-option", NULL }, "^parity-cli: .*no-such-option" },
  };
  g_autofree char *left = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(CliResult) r = { 0 };

      run_cli_v (f, &r, cases[i].args);
      if (r.status != 2)
        g_error ("case %u (%s …): exit status %d, expected 2; stderr: %s", i,
                 cases[i].args[0] ? cases[i].args[0] : "", r.status, r.err);
      assert_matches (cases[i].stderr_pattern, r.err);
      /* Nothing was exported. */
      g_assert_cmpstr (r.out, ==, "");
    }
  left = list_folder (f->tmpdir);
  g_assert_cmpstr (left, ==, "");
}

static void
test_unknown_chart (CliFixture    *f,
                    gconstpointer  data)
{
  g_auto(CliResult) r = { 0 };

  run_cli (f, &r, "export", "--chart", "nosuch", NULL);
  g_assert_cmpint (r.status, ==, 2);
  assert_matches ("^parity-cli: no chart .*nosuch.* \\(charts: .*"
                  "internet-use-by-development.*\\)\n$", r.err);
  g_assert_nonnull (strstr (r.err, "internet-use-by-region"));
}

static void
test_syntax_error (CliFixture    *f,
                   gconstpointer  data)
{
  g_autofree char *path = write_file (f, "broken.json",
                                      "{\n  \"format\": \"parity-dataset\",\n"
                                      "  \"version\": 1,,\n}\n");
  g_autofree char *quoted = g_regex_escape_string (path, -1);
  g_autofree char *pattern = NULL;
  g_auto(CliResult) r = { 0 };

  run_cli (f, &r, "export", "--all", path, NULL);
  g_assert_cmpint (r.status, ==, 1);
  /* One line, in the FILE:LINE:COL: form editors and CI logs link to. */
  pattern = g_strdup_printf ("^parity-cli: %s:3:[0-9]+: [^\n]+\n$", quoted);
  assert_matches (pattern, r.err);
  g_assert_cmpstr (r.out, ==, "");
}

static void
test_content_error (CliFixture    *f,
                    gconstpointer  data)
{
  g_autofree char *json = g_strdup_printf (minimal_dataset, "\"53.6\"");
  g_autofree char *path = write_file (f, "content.json", json);
  g_autofree char *expected = NULL;
  g_auto(CliResult) r = { 0 };

  run_cli (f, &r, "export", "--all", path, NULL);
  g_assert_cmpint (r.status, ==, 1);
  expected = g_strdup_printf ("parity-cli: %s: $.indicators[0].observations[0].value: "
                              "expected a number, found a string\n", path);
  g_assert_cmpstr (r.err, ==, expected);
}

static void
test_missing_file (CliFixture    *f,
                   gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->tmpdir, "nosuch.json", NULL);
  g_autofree char *prefix = g_strdup_printf ("parity-cli: %s: ", path);
  g_auto(CliResult) r = { 0 };

  run_cli (f, &r, "export", "--all", path, NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_true (g_str_has_prefix (r.err, prefix));
  g_assert_cmpstr (r.out, ==, "");

  result_clear (&r);
  run_cli (f, &r, "validate", path, NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_true (g_str_has_prefix (r.err, prefix));
}

/* --labels adds the labels of the same World Bank data asked for in another language; a
 * file with other data is refused with its name, and nothing is printed. */
static void
test_labels (CliFixture    *f,
             gconstpointer  data)
{
  g_autofree char *en = g_test_build_filename (G_TEST_DIST, "worldbank", "two-indicators.json",
                                               NULL);
  g_autofree char *fr = g_test_build_filename (G_TEST_DIST, "worldbank", "lang",
                                               "two-indicators-fr.json", NULL);
  g_autofree char *es = g_test_build_filename (G_TEST_DIST, "worldbank", "lang",
                                               "other-indicator-es.json", NULL);
  g_autofree char *fr_arg = g_strconcat ("fr=", fr, NULL);
  g_autofree char *es_arg = g_strconcat ("es=", es, NULL);
  g_auto(CliResult) r = { 0 };

  run_cli (f, &r, "info", en, "--labels", fr_arg, "--lang", "fr", NULL);
  g_assert_cmpint (r.status, ==, 0);
  /* The indicator and the chart made for it are both in French. */
  g_assert_nonnull (strstr (r.out, "IT.NET.USER.ZS                   bar      "
                                   "Personnes utilisant Internet (% de la population)\n"));
  g_assert_nonnull (strstr (r.out, "NY.GDP.PCAP.CD                       2  "
                                   "PIB par habitant ($ US courants)\n"));

  result_clear (&r);
  run_cli (f, &r, "info", en, "--labels", es_arg, NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_cmpstr (r.out, ==, "");
  g_assert_nonnull (strstr (r.err, "the indicator \"SP.POP.TOTL\" is not in the dataset to "
                                   "translate"));

  result_clear (&r);
  run_cli (f, &r, "info", en, "--labels", fr, NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, "give a language and a file, TAG=FILE"));
}

/* info says of a chart of the latest values which period it takes them from. */
static void
test_info_latest (CliFixture    *f,
                  gconstpointer  data)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "kinds", "latest-test.json",
                                                 NULL);
  g_auto(CliResult) r = { 0 };

  run_cli (f, &r, "info", path, NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "  latest-1                         bar      Internet use, "
                                   "latest year\n"
                                   "      latest available: 2023, or up to 1 year earlier\n"));
  g_assert_nonnull (strstr (r.out, "  latest-2                         bar      Internet use, "
                                   "latest year\n"
                                   "      latest available: 2023, or up to 2 years earlier\n"));
}

/* --add joins another file's indicators by entity code: the scatter plot the join makes
 * exports, the entities that did not match are listed on stderr without failing, and a
 * broken file is refused with its line, writing nothing. */
static void
test_add (CliFixture    *f,
          gconstpointer  data)
{
  g_autofree char *internet = g_test_build_filename (G_TEST_DIST, "join", "internet-owid.csv",
                                                     NULL);
  g_autofree char *gdp = g_test_build_filename (G_TEST_DIST, "join", "gdp-worldbank.json",
                                                NULL);
  g_autofree char *broken = g_test_build_filename (G_TEST_DIST, "join", "broken.csv", NULL);
  g_autofree char *gaps = g_test_build_filename (G_TEST_DIST, "join", "gaps.csv", NULL);
  g_autofree char *png = g_build_filename (f->tmpdir, "scatter.png", NULL);
  g_autofree char *failed = g_build_filename (f->tmpdir, "failed.png", NULL);
  g_auto(CliResult) r = { 0 };

  run_cli (f, &r, "export", internet, "--add", gdp, "--chart",
           "Individuals-using-the-Internet-of-population-scatter", "-o", png, NULL);
  g_assert_cmpint (r.status, ==, 0);
  assert_starts_with_bytes (png, PNG_SIGNATURE, 8);
  g_assert_nonnull (strstr (r.err, "parity-cli: Added 1 indicator from “gdp-worldbank.json”: "
                                   "6 entities matched, 1 not matched, 1 of the open data "
                                   "without a value.\n"));
  g_assert_nonnull (strstr (r.err, "parity-cli:   TCD  Chad\n"));
  g_assert_nonnull (strstr (r.err, "parity-cli:   NPL  Nepal\n"));

  result_clear (&r);
  run_cli (f, &r, "info", internet, "--add", gdp, "--list", "indicators", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.out, ==, "Individuals-using-the-Internet-of-population\nNY.GDP.PCAP.CD\n");

  /* What the loader leaves out of the added file is said, as of the first file. */
  result_clear (&r);
  run_cli (f, &r, "info", internet, "--add", gaps, NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.err, "parity-cli: warning: "));
  g_assert_nonnull (strstr (r.err, "gaps.csv: row 3, column 'Mobile broadband subscriptions "
                                   "per 100 people': \"lots\" is not a number"));

  result_clear (&r);
  run_cli (f, &r, "export", internet, "--add", broken, "--all", "-o", failed, NULL);
  g_assert_cmpint (r.status, !=, 0);
  g_assert_nonnull (strstr (r.err, "broken.csv:3:"));
  g_assert_false (g_file_test (failed, G_FILE_TEST_EXISTS));
}

/* The number of charts `validate` reports for the bundled dataset. */
static guint
count_bundled_charts (CliFixture *f)
{
  g_autoptr(GRegex) regex = g_regex_new (": valid — [0-9]+ indicators, [0-9]+ observations, "
                                         "([0-9]+) charts?\n$", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *bundled = g_test_build_filename (G_TEST_DIST, "..", "data", "datasets",
                                                    "wsis-2019.json", NULL);
  g_autofree char *n = NULL;
  g_auto(CliResult) r = { 0 };

  run_cli (f, &r, "validate", bundled, NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.err, ==, "");
  if (!g_regex_match (regex, r.out, 0, &match))
    g_error ("unexpected output of validate: %s", r.out);
  n = g_match_info_fetch (match, 1);
  return (guint)g_ascii_strtoull (n, NULL, 10);
}

/* info --list: the ids alone, one per line, in the dataset's order, for scripts and the shell
 * completion; the languages include those --labels adds. */
static void
test_info_list (CliFixture    *f,
                gconstpointer  data)
{
  g_autofree char *wb = g_test_build_filename (G_TEST_DIST, "worldbank", "two-indicators.json",
                                               NULL);
  g_autofree char *fr = g_test_build_filename (G_TEST_DIST, "worldbank", "lang",
                                               "two-indicators-fr.json", NULL);
  g_autofree char *fr_arg = g_strconcat ("fr=", fr, NULL);
  g_auto(CliResult) r = { 0 };
  g_auto(GStrv) lines = NULL;

  run_cli (f, &r, "info", "--list", "charts", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.err, ==, "");
  assert_matches ("^internet-use-by-development\n([a-z0-9-]+\n)+$", r.out);
  lines = g_strsplit (r.out, "\n", -1);
  /* Every chart, then the empty string after the last newline. */
  g_assert_cmpuint (g_strv_length (lines), ==, count_bundled_charts (f) + 1);
  g_assert_true (g_strv_contains ((const char * const *)lines, "bandwidth-share-by-region"));

  result_clear (&r);
  run_cli (f, &r, "info", "--list", "languages", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.out, ==, "en\nar\nes\nfr\nru\nzh\n");

  result_clear (&r);
  run_cli (f, &r, "info", wb, "--list", "indicators", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.out, ==, "IT.NET.USER.ZS\nNY.GDP.PCAP.CD\n");

  result_clear (&r);
  run_cli (f, &r, "info", wb, "--labels", fr_arg, "--list", "languages", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.out, ==, "en\nfr\n");

  result_clear (&r);
  run_cli (f, &r, "info", "--list", "titles", NULL);
  g_assert_cmpint (r.status, ==, 2);
  g_assert_cmpstr (r.out, ==, "");
  assert_matches ("^parity-cli: --list .*titles.*: give charts, indicators or languages\n$",
                  r.err);

  result_clear (&r);
  run_cli (f, &r, "info", "no-such-file.json", "--list", "charts", NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_cmpstr (r.out, ==, "");
}

static void
test_validate (CliFixture    *f,
               gconstpointer  data)
{
  g_autofree char *good_json = g_strdup_printf (minimal_dataset, "53.6");
  g_autofree char *bad_json = g_strdup_printf (minimal_dataset, "true");
  g_autofree char *good = write_file (f, "good.json", good_json);
  g_autofree char *bad = write_file (f, "bad.json", bad_json);
  g_autofree char *web_page = write_file (f, "ts.json",
                                          "<!DOCTYPE html>\n<html><head><title>World Bank API "
                                          "&#8211; Error 404</title></head></html>\n");
  g_autofree char *expected = NULL;
  g_auto(CliResult) r = { 0 };

  g_assert_cmpuint (count_bundled_charts (f), >=, 3);

  /* Without a file, the bundled dataset is checked, as everywhere else. */
  run_cli (f, &r, "validate", NULL);
  g_assert_cmpint (r.status, ==, 0);
  assert_matches ("^[^\n]*wsis-2019\\.json: valid — ", r.out);
  result_clear (&r);

  run_cli (f, &r, "validate", bad, NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_cmpstr (r.out, ==, "");
  expected = g_strdup_printf ("parity-cli: %s: $.indicators[0].observations[0].value: "
                              "expected a number, found a boolean\n", bad);
  g_assert_cmpstr (r.err, ==, expected);
  result_clear (&r);

  /* Every file is checked: one bad file fails the run, the good one is still reported. */
  run_cli (f, &r, "validate", bad, good, NULL);
  g_assert_cmpint (r.status, ==, 1);
  assert_matches ("^[^\n]*good\\.json: valid — 1 indicators?, 1 observations?, 0 charts?\n$",
                  r.out);
  g_assert_cmpstr (r.err, ==, expected);
  result_clear (&r);

  /* A server's error page saved in place of the data says what it is, and its title. */
  run_cli (f, &r, "validate", web_page, NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_cmpstr (r.out, ==, "");
  g_free (expected);
  expected = g_strdup_printf ("parity-cli: %s: the server returned a web page, not data: "
                              "“World Bank API – Error 404”\n", web_page);
  g_assert_cmpstr (r.err, ==, expected);
}

static void
test_export_all (CliFixture    *f,
                 gconstpointer  data)
{
  g_autofree char *out_dir = g_build_filename (f->tmpdir, "figures", NULL);
  g_autofree char *expected = g_build_filename (out_dir, "internet-use-by-development.png",
                                                NULL);
  g_autofree char *listing = NULL;
  g_auto(GStrv) lines = NULL;
  g_auto(GStrv) files = NULL;
  guint n_charts = count_bundled_charts (f);
  g_auto(CliResult) r = { 0 };

  run_cli (f, &r, "export", "--all", "-o", out_dir, NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.err, ==, "");
  g_assert_true (g_str_has_suffix (r.out, "\n"));
  lines = g_strsplit (r.out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, n_charts + 1);
  for (guint i = 0; i < n_charts; i++)
    {
      g_assert_true (g_str_has_prefix (lines[i], out_dir));
      g_assert_true (g_str_has_suffix (lines[i], ".png"));
      assert_starts_with_bytes (lines[i], PNG_SIGNATURE, 8);
    }
  g_assert_true (g_strv_contains ((const char * const *)lines, expected));
  /* Nothing else in the folder: no temporary files left behind. */
  listing = list_folder (out_dir);
  files = g_strsplit (listing, " ", -1);
  g_assert_cmpuint (g_strv_length (files), ==, n_charts);
}

/* Every chart at every preset: one file each, named CHART-PRESET, all valid. */
static void
test_export_every_preset (CliFixture    *f,
                          gconstpointer  data)
{
  static const char * const presets[] = { "report", "half-page", "slide", "square" };
  g_autofree char *out_dir = g_build_filename (f->tmpdir, "all", NULL);
  g_auto(GStrv) lines = NULL;
  guint n_charts = count_bundled_charts (f);
  g_auto(CliResult) r = { 0 };

  run_cli (f, &r, "export", "--all", "--preset", "all", "--format", "svg", "-o", out_dir, NULL);
  g_assert_cmpint (r.status, ==, 0);
  lines = g_strsplit (r.out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, n_charts * G_N_ELEMENTS (presets) + 1);
  for (guint i = 0; lines[i] != NULL && *lines[i] != '\0'; i++)
    {
      g_autofree char *contents = NULL;
      const char *preset = presets[i % G_N_ELEMENTS (presets)];
      g_autofree char *suffix = g_strdup_printf ("-%s.svg", preset);

      g_assert_true (g_str_has_suffix (lines[i], suffix));
      g_assert_true (g_file_get_contents (lines[i], &contents, NULL, NULL));
      g_assert_nonnull (strstr (contents, "<svg"));
    }
}

/* A batch on three threads writes the same bytes as on one, and lists them in the same
 * order: the threads share the dataset, never a figure. */
static void
test_export_threads_same_files (CliFixture    *f,
                                gconstpointer  data)
{
  g_autofree char *one = g_build_filename (f->tmpdir, "one", NULL);
  g_autofree char *three = g_build_filename (f->tmpdir, "three", NULL);
  g_auto(GStrv) lines_one = NULL;
  g_auto(GStrv) lines_three = NULL;
  g_auto(CliResult) r = { 0 };

  g_setenv ("PARITY_EXPORT_THREADS", "1", TRUE);
  run_cli (f, &r, "export", "--all", "--preset", "slide", "--lang", "all", "-o", one, NULL);
  g_assert_cmpint (r.status, ==, 0);
  lines_one = g_strsplit (r.out, "\n", -1);
  g_setenv ("PARITY_EXPORT_THREADS", "3", TRUE);
  run_cli (f, &r, "export", "--all", "--preset", "slide", "--lang", "all", "-o", three, NULL);
  g_unsetenv ("PARITY_EXPORT_THREADS");
  g_assert_cmpint (r.status, ==, 0);
  lines_three = g_strsplit (r.out, "\n", -1);

  g_assert_cmpuint (g_strv_length (lines_one), ==, g_strv_length (lines_three));
  g_assert_cmpuint (g_strv_length (lines_one), >, 50);
  for (guint i = 0; lines_one[i] != NULL && *lines_one[i] != '\0'; i++)
    {
      g_autofree char *a = NULL, *b = NULL;
      gsize a_len, b_len;

      g_assert_cmpstr (lines_one[i] + strlen (one), ==, lines_three[i] + strlen (three));
      g_assert_true (g_file_get_contents (lines_one[i], &a, &a_len, NULL));
      g_assert_true (g_file_get_contents (lines_three[i], &b, &b_len, NULL));
      g_assert_cmpmem (a, a_len, b, b_len);
    }
}

/* --data writes the values each chart draws beside it, as CSV, in the chart's reading order:
 * a grouped chart has a row per series and category, qualifiers and units included. */
static void
test_export_data (CliFixture    *f,
                  gconstpointer  data)
{
  g_autofree char *out_dir = g_build_filename (f->tmpdir, "data", NULL);
  g_autofree char *csv_path = g_build_filename (out_dir, "internet-use-by-sex.csv", NULL);
  g_autofree char *traffic_path = g_build_filename (out_dir, "ip-traffic.csv", NULL);
  g_autofree char *csv = NULL, *traffic = NULL;
  g_auto(GStrv) lines = NULL;
  g_auto(CliResult) r = { 0 };

  g_autofree char *md_path = g_build_filename (out_dir, "internet-use-by-sex.md", NULL);
  g_autofree char *md = NULL;

  run_cli (f, &r, "export", "--chart", "internet-use-by-sex", "--chart", "ip-traffic", "--data",
           "--describe", "-o", out_dir, NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "internet-use-by-sex.csv"));
  g_assert_true (g_file_get_contents (csv_path, &csv, NULL, NULL));
  lines = g_strsplit (csv, "\r\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 1 + 8 + 1);
  g_assert_cmpstr (lines[0], ==, "indicator,series,entity,name,period,value,qualifier,unit");
  g_assert_cmpstr (lines[1], ==, "internet-use-by-sex,Women,WLD,World,2019,48.4,exact,%");
  g_assert_cmpstr (lines[6], ==, "internet-use-by-sex,Men,LDC,Least developed countries,2019,"
                                 "24.4,exact,%");
  g_assert_true (g_file_get_contents (traffic_path, &traffic, NULL, NULL));
  g_assert_nonnull (strstr (traffic, "ip-traffic,,WLD,World,2017,45000,greater-than,GB/s\r\n"));
  g_assert_nonnull (strstr (traffic, "ip-traffic,,WLD,World,2022,150000,forecast,GB/s\r\n"));

  /* --describe: the title, the description, the values as a table, the provenance. */
  g_assert_true (g_file_get_contents (md_path, &md, NULL, NULL));
  g_assert_true (g_str_has_prefix (md, "# Internet use by sex, 2019\n\nInternet use by sex, "
                                       "2019. "));
  g_assert_nonnull (strstr (md, "| Least developed countries | Men | 2019 | 24.4% |\n"));
  g_assert_nonnull (strstr (md, "\ndataset wsis-2019.json; indicators internet-use-by-sex; "
                                "data sha256:"));
}

/* Every language of the dataset, with the language in the file name. */
static void
test_export_every_language (CliFixture    *f,
                            gconstpointer  data)
{
  static const char * const langs[] = { "en", "ar", "es", "fr", "ru", "zh" };
  g_autofree char *out_dir = g_build_filename (f->tmpdir, "langs", NULL);
  g_auto(CliResult) r = { 0 };

  run_cli (f, &r, "export", "--chart", "internet-use-by-development", "--lang", "all",
           "--format", "svg", "-o", out_dir, NULL);
  g_assert_cmpint (r.status, ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (langs); i++)
    {
      g_autofree char *name = g_strdup_printf ("internet-use-by-development-%s.svg", langs[i]);
      g_autofree char *path = g_build_filename (out_dir, name, NULL);

      g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
    }
}

static void
test_export_pdf (CliFixture    *f,
                 gconstpointer  data)
{
  g_autofree char *out = g_build_filename (f->tmpdir, "figure.out", NULL);
  g_autofree char *listing = NULL;
  g_auto(CliResult) r = { 0 };

  run_cli (f, &r, "export", "--chart", "internet-use-by-region", "-f", "pdf", "-o", out, "-q",
           NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.err, ==, "");
  g_assert_cmpstr (r.out, ==, "");
  assert_starts_with_bytes (out, "%PDF-", 5);
  listing = list_folder (f->tmpdir);
  g_assert_cmpstr (listing, ==, "figure.out");
}

/* A failed export leaves the file it would have replaced as it was, and nothing beside it. */
static void
check_failed_export_keeps_file (CliFixture *f,
                                const char *width,
                                const char *height)
{
  static const char old_contents[] = "not a PNG, but mine";
  g_autofree char *out = write_file (f, "out.png", old_contents);
  g_autofree char *contents = NULL;
  g_autofree char *listing = NULL;
  g_auto(CliResult) r = { 0 };

  run_cli (f, &r, "export", "--chart", "internet-use-by-development", "--width", width,
           "--height", height, "-o", out, NULL);
  g_assert_cmpint (r.status, ==, 1);
  assert_matches ("^parity-cli: [^\n]+\n$", r.err);
  g_assert_cmpstr (r.out, ==, "");
  g_assert_true (g_file_get_contents (out, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, old_contents);
  listing = list_folder (f->tmpdir);
  g_assert_cmpstr (listing, ==, "out.png");
}

static void
test_export_fails_at_layout (CliFixture    *f,
                             gconstpointer  data)
{
  /* 10 × 10 px is too small a canvas for a chart. */
  check_failed_export_keeps_file (f, "10", "10");
}

static void
test_export_fails_while_writing (CliFixture    *f,
                                 gconstpointer  data)
{
  /* Lays out, then is refused as a PNG of 400 megapixels once the output is open. */
  check_failed_export_keeps_file (f, "20000", "20000");
}

/* Our World in Data's real download (../shared/data): it loads with no warning, and its charts
 * export, credited to OWID, with all of its 6 845 values read. */
static void
test_export_owid (CliFixture    *f,
                  gconstpointer  data)
{
  g_autofree char *csv = g_build_filename (g_test_get_dir (G_TEST_DIST), "..", "..", "shared",
                                           "data", "owid-internet-use",
                                           "share-of-individuals-using-the-internet.csv",
                                           NULL);
  g_autofree char *out_dir = g_build_filename (f->tmpdir, "owid", NULL);
  g_autofree char *listing = NULL, *md = NULL;
  g_auto(GStrv) files = NULL;
  g_auto(CliResult) info = { 0 };
  g_auto(CliResult) r = { 0 };

  if (!g_file_test (csv, G_FILE_TEST_EXISTS))
    {
      g_test_skip ("../shared/data/owid-internet-use is absent");
      return;
    }
  run_cli (f, &info, "info", csv, NULL);
  g_assert_cmpint (info.status, ==, 0);
  g_assert_cmpstr (info.err, ==, "");
  assert_matches ("Indicators:\n +\\S+ +6845 +Individuals using the Internet "
                  "\\(% of population\\)\n", info.out);

  /* The spread of every economy, a map of the world, and the world and the income groups
   * over time: each a figure and its description. */
  g_assert_cmpint (g_mkdir (out_dir, 0700), ==, 0);
  run_cli (f, &r, "export", csv, "--all", "--describe", "-o", out_dir, NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.err, ==, "");
  listing = list_folder (out_dir);
  files = g_strsplit (listing, " ", -1);
  g_assert_cmpuint (g_strv_length (files), ==, 6);
  for (guint i = 0; i < 6; i++)
    {
      g_autofree char *path = g_build_filename (out_dir, files[i], NULL);

      if (g_str_has_suffix (files[i], ".png"))
        assert_starts_with_bytes (path, PNG_SIGNATURE, 8);
      else
        {
          g_assert_true (g_str_has_suffix (files[i], ".md"));
          g_clear_pointer (&md, g_free);
          g_assert_true (g_file_get_contents (path, &md, NULL, NULL));
          /* The map's description carries the UN's disclaimer. */
          if (g_str_has_suffix (files[i], "-map.md"))
            g_assert_nonnull (strstr (md, "do not imply official endorsement or acceptance by "
                                          "the United Nations"));
        }
    }
  g_assert_nonnull (md);
  g_assert_nonnull (strstr (md, "Source: Our World in Data, "
                                "share-of-individuals-using-the-internet."));
}

/* The number after the first @key in @path, a text or a binary file ("height=\"",
 * "MediaBox [ 0 0 453.5 "). */
static double
number_after (const char *path,
              const char *key)
{
  g_autofree char *contents = NULL;
  gsize len, n = strlen (key);

  g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
  for (gsize i = 0; i + n < len; i++)
    if (memcmp (contents + i, key, n) == 0)
      return g_ascii_strtod (contents + i + n, NULL);
  g_error ("%s holds no \"%s\"", path, key);
}

/* 183 real economies (kinds/sorted-bars-test.json, from Our World in Data's download): the
 * chart of every one exports at the report's width and as tall as its rows, in PNG, PDF and
 * SVG alike; the top and bottom's description says what it left out. */
static void
test_export_every_economy (CliFixture    *f,
                          gconstpointer  data)
{
  g_autofree char *dataset = g_test_build_filename (G_TEST_DIST, "kinds",
                                                    "sorted-bars-test.json", NULL);
  g_autofree char *png = g_build_filename (f->tmpdir, "every.png", NULL);
  g_autofree char *pdf = g_build_filename (f->tmpdir, "every.pdf", NULL);
  g_autofree char *svg = g_build_filename (f->tmpdir, "every.svg", NULL);
  g_autofree char *ends = g_build_filename (f->tmpdir, "ends.png", NULL);
  g_autofree char *md = NULL;
  g_autofree char *bytes = NULL;
  const char *outs[] = { png, pdf, svg };
  double svg_width, svg_height, pdf_height;
  guint32 png_width, png_height;

  for (guint i = 0; i < G_N_ELEMENTS (outs); i++)
    {
      g_auto(CliResult) r = { 0 };

      run_cli (f, &r, "export", dataset, "--chart", "internet-every-economy", "-o", outs[i],
               "-q", NULL);
      g_assert_cmpint (r.status, ==, 0);
      g_assert_cmpstr (r.err, ==, "");
    }
  /* The report's 160 mm (453.5 pt, 1890 px at 300 dpi) wide, ten times that high. */
  g_assert_true (g_file_get_contents (png, &bytes, NULL, NULL));
  memcpy (&png_width, bytes + 16, 4);
  memcpy (&png_height, bytes + 20, 4);
  g_assert_cmpuint (GUINT32_FROM_BE (png_width), ==, 1890);
  g_assert_cmpuint (GUINT32_FROM_BE (png_height), >, 10 * 1181);
  svg_width = number_after (svg, "width=\"");
  svg_height = number_after (svg, "height=\"");
  pdf_height = number_after (pdf, "MediaBox [ 0 0 453.543307 ");
  g_assert_cmpfloat_with_epsilon (svg_width, 453.543307, 1e-3);
  g_assert_cmpfloat (svg_height, >, 10 * 283.465);
  g_assert_cmpfloat_with_epsilon (pdf_height, svg_height, 1e-3);
  g_assert_cmpfloat_with_epsilon (GUINT32_FROM_BE (png_height), svg_height * 300 / 72, 1);

  {
    g_auto(CliResult) r = { 0 };

    run_cli (f, &r, "export", dataset, "--chart", "internet-top-bottom", "--describe", "-o",
             ends, "-q", NULL);
    g_assert_cmpint (r.status, ==, 0);
    md = cli_test_read_file (f, "ends.md");
    g_assert_nonnull (strstr (md, "… 163 other economies, from 27.0% to 97.9%"));
  }
}

/* The dataset by economy, every chart in every language: none refused, each credited to
 * its source and licence (test-languages lays them out at every preset). */
static void
test_export_by_economy (CliFixture    *f,
                        gconstpointer  data)
{
  static const char * const langs[] = { "ar", "en", "es", "fr", "ru", "zh" };
  g_autofree char *dataset = g_test_build_filename (G_TEST_DIST, "..", "data", "datasets",
                                                    "internet-use-by-economy.json", NULL);
  g_autofree char *out_dir = g_build_filename (f->tmpdir, "economies", NULL);
  g_autofree char *svg = NULL;
  g_auto(GStrv) lines = NULL;
  g_auto(CliResult) r = { 0 };
  guint n_charts;

  run_cli (f, &r, "validate", dataset, NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "charts\n"));
  n_charts = (guint)g_ascii_strtoull (strrchr (r.out, ',') + 2, NULL, 10);
  g_assert_cmpuint (n_charts, >=, 7);

  run_cli (f, &r, "export", dataset, "--all", "--lang", "all", "--format", "svg", "-o", out_dir,
           NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.err, ==, "");
  lines = g_strsplit (r.out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, n_charts * G_N_ELEMENTS (langs) + 1);
  for (guint i = 0; i < G_N_ELEMENTS (langs); i++)
    {
      g_autofree char *name = g_strdup_printf ("internet-use-by-income-%s.svg", langs[i]);
      g_autofree char *path = g_build_filename (out_dir, name, NULL);

      g_assert_true (g_strv_contains ((const char * const *)lines, path));
    }
  /* Every figure carries the credit CC BY asks for, with the licence (the English one
   * word for word). */
  g_assert_true (g_file_get_contents (lines[0], &svg, NULL, NULL));
  g_assert_nonnull (strstr (svg, "CC BY 4.0"));
}

static void
add_test (const char *path,
          void      (*func) (CliFixture *, gconstpointer))
{
  g_test_add (path, CliFixture, NULL, fixture_set_up, func, fixture_tear_down);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  add_test ("/cli/help", test_help);
  add_test ("/cli/export-every-preset", test_export_every_preset);
  add_test ("/cli/export-threads-same-files", test_export_threads_same_files);
  add_test ("/cli/export-data", test_export_data);
  add_test ("/cli/export-every-language", test_export_every_language);
  add_test ("/cli/version", test_version);
  add_test ("/cli/usage-errors", test_usage_errors);
  add_test ("/cli/unknown-chart", test_unknown_chart);
  add_test ("/cli/syntax-error", test_syntax_error);
  add_test ("/cli/content-error", test_content_error);
  add_test ("/cli/missing-file", test_missing_file);
  add_test ("/cli/validate", test_validate);
  add_test ("/cli/labels", test_labels);
  add_test ("/cli/info-list", test_info_list);
  add_test ("/cli/export/all", test_export_all);
  add_test ("/cli/export/pdf", test_export_pdf);
  add_test ("/cli/export/fails-at-layout", test_export_fails_at_layout);
  add_test ("/cli/export/fails-while-writing", test_export_fails_while_writing);
  add_test ("/cli/export/every-economy", test_export_every_economy);
  add_test ("/cli/export/owid", test_export_owid);
  add_test ("/cli/export/by-economy", test_export_by_economy);
  add_test ("/cli/info-latest", test_info_latest);
  add_test ("/cli/add", test_add);

  return g_test_run ();
}
