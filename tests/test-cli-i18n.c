/* test-cli-i18n.c: parity-cli i18n extract, merge and status, run as a translator would
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>

#include "cli-test-util.h"

#define result_clear cli_test_result_clear
#define run_cli cli_test_run
#define run_v cli_test_run_v
#define fixture_set_up cli_test_set_up
#define fixture_tear_down cli_test_tear_down
#define write_file cli_test_write_file
#define read_file cli_test_read_file
#define exists cli_test_exists
#define assert_matches(pattern, string) \
  cli_test_assert_matches ((pattern), (string), G_REGEX_DOTALL | G_REGEX_MULTILINE)

/* Five texts: a plain title, plain and multilingual labels, an indicator and its unit. */
static const char dataset[] =
  "{\n"
  "  \"format\": \"parity-dataset\",\n"
  "  \"version\": 1,\n"
  "  \"default_language\": \"en\",\n"
  "  \"title\": \"A test\",\n"
  "  \"sources\": [],\n"
  "  \"entities\": [ { \"id\": \"WLD\", \"label\": \"World\" },\n"
  "                { \"id\": \"LDC\", \"label\": { \"en\": \"LDCs\", \"es\": \"PMA\" } } ],\n"
  "  \"indicators\": [\n"
  "    { \"id\": \"x\", \"label\": \"X\", \"unit\": { \"kind\": \"count\", \"symbol\": \"people\" },\n"
  "      \"observations\": [ { \"entity\": \"WLD\", \"period\": \"2019\", \"value\": 1.50 } ] }\n"
  "  ]\n"
  "}\n";

/* The same with fr = "Monde" and "PMA", and nothing else changed. */
static const char dataset_fr[] =
  "{\n"
  "  \"format\": \"parity-dataset\",\n"
  "  \"version\": 1,\n"
  "  \"default_language\": \"en\",\n"
  "  \"title\": \"A test\",\n"
  "  \"sources\": [],\n"
  "  \"entities\": [ { \"id\": \"WLD\", \"label\": { \"en\": \"World\", \"fr\": \"Monde\" } },\n"
  "                { \"id\": \"LDC\", \"label\": { \"en\": \"LDCs\", \"es\": \"PMA\", \"fr\": \"PMA\" } } ],\n"
  "  \"indicators\": [\n"
  "    { \"id\": \"x\", \"label\": \"X\", \"unit\": { \"kind\": \"count\", \"symbol\": \"people\" },\n"
  "      \"observations\": [ { \"entity\": \"WLD\", \"period\": \"2019\", \"value\": 1.50 } ] }\n"
  "  ]\n"
  "}\n";

/* Two translations, one fuzzy, one empty, one whose source text has changed since. */
static const char fr_po[] =
  "# French translation of a test dataset.\n"
  "msgid \"\"\n"
  "msgstr \"\"\n"
  "\"Project-Id-Version: test\\n\"\n"
  "\"Language: fr\\n\"\n"
  "\"MIME-Version: 1.0\\n\"\n"
  "\"Content-Type: text/plain; charset=UTF-8\\n\"\n"
  "\"Content-Transfer-Encoding: 8bit\\n\"\n"
  "\n"
  "msgctxt \"entity:WLD:label\"\n"
  "msgid \"World\"\n"
  "msgstr \"Monde\"\n"
  "\n"
  "msgctxt \"entity:LDC:label\"\n"
  "msgid \"LDCs\"\n"
  "msgstr \"PMA\"\n"
  "\n"
  "#, fuzzy\n"
  "msgctxt \"indicator:x:label\"\n"
  "msgid \"X\"\n"
  "msgstr \"Ix\"\n"
  "\n"
  "msgctxt \"indicator:x:unit.symbol\"\n"
  "msgid \"people\"\n"
  "msgstr \"\"\n"
  "\n"
  "msgctxt \"dataset:title\"\n"
  "msgid \"An old title\"\n"
  "msgstr \"Un ancien titre\"\n";

static void
test_help (CliFixture    *f,
           gconstpointer  data)
{
  g_auto(CliResult) r = { 0 };

  run_cli (f, &r, "--help", NULL);
  g_assert_cmpint (r.status, ==, 0);
  assert_matches ("^  i18n ", r.out);

  run_cli (f, &r, "i18n", "--help", NULL);
  g_assert_cmpint (r.status, ==, 0);
  assert_matches ("^  extract .*^  merge .*^  status ", r.out);
  g_assert_cmpstr (r.err, ==, "");

  for (guint i = 0; i < 3; i++)
    {
      const char *sub = (const char *[]) { "extract", "merge", "status" }[i];

      run_cli (f, &r, "i18n", sub, "--help", NULL);
      g_assert_cmpint (r.status, ==, 0);
      assert_matches ("parity-cli i18n ", r.out);
    }
}

static void
test_usage_errors (CliFixture    *f,
                   gconstpointer  data)
{
  static const struct
  {
    const char *args[12];
    const char *stderr_pattern;
  } cases[] = {
    { { "i18n", NULL }, "Usage: parity-cli i18n" },
    { { "i18n", "frobnicate", NULL }, "^parity-cli: unknown i18n subcommand .*frobnicate" },
    { { "i18n", "merge", "data.json", NULL }, "^parity-cli: give a dataset and at least one" },
    { { "i18n", "merge", "data.json", "fr.po", NULL }, "^parity-cli: say where to write .*-o" },
    { { "i18n", "merge", "data.json", "fr.po", "es.po", "-l", "fr", "-o", "x.json", NULL },
      "^parity-cli: --lang goes with one PO file" },
    { { "i18n", "merge", "data.json", "fr.po", "-l", "fr_FR", "-o", "x.json", NULL },
      "BCP 47" },
    { { "i18n", "extract", "-l", "english_", NULL }, "BCP 47" },
    { { "i18n", "extract", "a.json", "b.json", NULL }, "^parity-cli: one dataset at a time" },
    { { "i18n", "extract", "--no-such-option", NULL }, "^parity-cli: .*no-such-option" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(CliResult) r = { 0 };

      run_v (f, &r, NULL, cases[i].args);
      if (r.status != 2)
        g_error ("case %u: exit status %d, expected 2; stderr: %s", i, r.status, r.err);
      assert_matches (cases[i].stderr_pattern, r.err);
      g_assert_cmpstr (r.out, ==, "");
    }
  g_assert_false (exists (f, "x.json"));
}

/* The template of the bundled dataset: one entry per text, and valid for msgfmt. */
static void
test_extract (CliFixture    *f,
              gconstpointer  data)
{
  g_autofree char *pot = NULL;
  g_autofree char *msgfmt = g_find_program_in_path ("msgfmt");
  g_auto(CliResult) r = { 0 };
  g_autoptr(GRegex) count = g_regex_new ("^labels.pot: ([0-9]+) texts\n$", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *n = NULL;
  guint n_ctxt = 0;

  run_cli (f, &r, "i18n", "extract", "-o", "labels.pot", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.err, ==, "");
  g_assert_true (g_regex_match (count, r.out, 0, &match));
  n = g_match_info_fetch (match, 1);
  pot = read_file (f, "labels.pot");
  g_assert_true (g_str_has_prefix (pot, "#, fuzzy\nmsgid \"\"\nmsgstr \"\"\n"));
  assert_matches ("^\"Content-Type: text/plain; charset=UTF-8\\\\n\"$", pot);
  assert_matches ("^#\\. \\$\\.title\n#: wsis-2019\\.json:[0-9]+\nmsgctxt \"dataset:title\"\n",
                  pot);
  /* The LDCs are an aggregate the program's own catalogs name. */
  assert_matches ("^#\\. \\$\\.entities\\[[0-9]+\\]\\.label\n"
                  "#\\. Left empty, charts in ar, es, fr, ru, zh name it themselves [^\n]+\n"
                  "#: wsis-2019\\.json:[0-9]+\n"
                  "msgctxt \"entity:LDC:label\"\nmsgid \"Least developed countries\"\n"
                  "msgstr \"\"\n", pot);
  for (const char *p = pot; (p = strstr (p, "\nmsgctxt ")) != NULL; p++)
    n_ctxt++;
  g_assert_cmpuint (n_ctxt, ==, g_ascii_strtoull (n, NULL, 10));

  if (msgfmt != NULL)
    {
      const char * const check[] = { "--check", "-o", "/dev/null", "labels.pot", NULL };

      run_v (f, &r, msgfmt, check);
      if (r.status != 0)
        g_error ("msgfmt --check refused the template: %s", r.err);
    }
  else
    g_test_message ("msgfmt not found: the template was not checked with it");

  /* Without -o, the template goes to standard output, and nothing else does. */
  run_cli (f, &r, "i18n", "extract", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.out, ==, pot);
}

static void
test_merge (CliFixture    *f,
            gconstpointer  data)
{
  g_autofree char *path = write_file (f, "data.json", dataset);
  g_autofree char *po = write_file (f, "fr.po", fr_po);
  g_autofree char *out = NULL;
  g_autofree char *unchanged = NULL;
  g_auto(CliResult) r = { 0 };

  run_cli (f, &r, "i18n", "merge", "data.json", "fr.po", "-o", "out.json", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.out, ==, "fr.po: 2 translations merged into fr\n");
  g_assert_cmpstr (r.err, ==,
                   "parity-cli: fr.po: 1 untranslated, not merged: indicator:x:unit.symbol\n"
                   "parity-cli: fr.po: 1 fuzzy, not merged (review them, then clear the fuzzy "
                   "mark): indicator:x:label\n"
                   "parity-cli: fr.po: 1 stale, not merged (the dataset’s text has changed: "
                   "extract again and msgmerge): dataset:title\n");
  out = read_file (f, "out.json");
  g_assert_cmpstr (out, ==, dataset_fr);
  unchanged = read_file (f, "data.json");
  g_assert_cmpstr (unchanged, ==, dataset);

  /* Again on the result: nothing new, and not a byte changes. */
  run_cli (f, &r, "i18n", "merge", "out.json", "fr.po", "-o", "again.json", "--quiet", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.out, ==, "");
  g_clear_pointer (&out, g_free);
  out = read_file (f, "again.json");
  g_assert_cmpstr (out, ==, dataset_fr);

  /* To standard output: the dataset there, the summary with the warnings. */
  run_cli (f, &r, "i18n", "merge", "data.json", "fr.po", "-o", "-", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.out, ==, dataset_fr);
  assert_matches ("^fr.po: 2 translations merged into fr$", r.err);
}

/* -o DATASET: replaced in one step, keeping its permissions. */
static void
test_merge_in_place (CliFixture    *f,
                     gconstpointer  data)
{
  g_autofree char *path = write_file (f, "data.json", dataset);
  g_autofree char *po = write_file (f, "fr.po", fr_po);
  g_autofree char *out = NULL;
  g_auto(CliResult) r = { 0 };
  GStatBuf st;

  g_assert_cmpint (g_chmod (path, 0640), ==, 0);
  run_cli (f, &r, "i18n", "merge", "data.json", "fr.po", "-o", "data.json", "-q", NULL);
  g_assert_cmpint (r.status, ==, 0);
  out = read_file (f, "data.json");
  g_assert_cmpstr (out, ==, dataset_fr);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0640);
}

/* A PO file with no translations, merged: the dataset is byte for byte what it was. */
static void
test_merge_nothing (CliFixture    *f,
                    gconstpointer  data)
{
  g_autofree char *path = write_file (f, "data.json", dataset);
  g_autofree char *out = NULL;
  g_autofree char *pot = NULL;
  g_auto(CliResult) r = { 0 };

  run_cli (f, &r, "i18n", "extract", "data.json", "-o", "es.po", "--lang", "es", NULL);
  g_assert_cmpint (r.status, ==, 0);
  /* The world is CLDR's "Mundo". */
  g_assert_cmpstr (r.out, ==, "es.po: 5 texts, 1 translated into es, 1 named by the program "
                              "(empty, with a note)\n");
  pot = read_file (f, "es.po");
  assert_matches ("^\"Language: es\\\\n\"$", pot);
  assert_matches ("^msgctxt \"entity:LDC:label\"\nmsgid \"LDCs\"\nmsgstr \"PMA\"\n", pot);

  run_cli (f, &r, "i18n", "extract", "data.json", "-o", "labels.pot", NULL);
  g_assert_cmpint (r.status, ==, 0);
  run_cli (f, &r, "i18n", "merge", "data.json", "labels.pot", "--lang", "fr", "-o", "out.json",
           NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.out, ==, "labels.pot: 0 translations merged into fr\n");
  /* The world and the LDCs, left empty, are named in French by the program. */
  assert_matches ("^parity-cli: labels.pot: 3 untranslated, not merged: dataset:title, "
                  "indicator:x:label, indicator:x:unit.symbol\n$", r.err);
  out = read_file (f, "out.json");
  g_assert_cmpstr (out, ==, dataset);

  /* es.po holds what the dataset has: merging it changes nothing either. */
  run_cli (f, &r, "i18n", "merge", "data.json", "es.po", "-o", "out2.json", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.out, ==, "es.po: 0 translations merged into es, 1 already there\n");
  g_clear_pointer (&out, g_free);
  out = read_file (f, "out2.json");
  g_assert_cmpstr (out, ==, dataset);
}

static void
test_merge_errors (CliFixture    *f,
                   gconstpointer  data)
{
  g_autofree char *path = write_file (f, "data.json", dataset);
  g_autofree char *bad = write_file (f, "bad.po", "msgid \"x\nmsgstr \"y\"\n");
  g_autofree char *nolang = write_file (f, "translations.po",
                                        "msgctxt \"entity:WLD:label\"\n"
                                        "msgid \"World\"\nmsgstr \"Welt\"\n");
  g_autofree char *en = write_file (f, "en.po", "msgctxt \"entity:WLD:label\"\n"
                                                "msgid \"World\"\nmsgstr \"Earth\"\n");
  g_autofree char *broken = write_file (f, "broken.json", "{ \"format\": \"parity-dataset\", }");
  g_autofree char *out = NULL;
  g_auto(CliResult) r = { 0 };

  run_cli (f, &r, "i18n", "merge", "data.json", "bad.po", "-o", "out.json", NULL);
  g_assert_cmpint (r.status, ==, 1);
  assert_matches ("^parity-cli: bad.po:[0-9]+: end-of-line within string", r.err);
  g_assert_false (exists (f, "out.json"));

  run_cli (f, &r, "i18n", "merge", "data.json", "nosuch.po", "-o", "out.json", NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_cmpstr (r.err, ==, "parity-cli: nosuch.po: No such file or directory\n");

  run_cli (f, &r, "i18n", "merge", "data.json", "translations.po", "-o", "out.json", NULL);
  g_assert_cmpint (r.status, ==, 1);
  assert_matches ("^parity-cli: translations.po: no language: .*--lang", r.err);
  g_assert_false (exists (f, "out.json"));

  run_cli (f, &r, "i18n", "merge", "data.json", "translations.po", "--lang", "de", "-o",
           "out.json", NULL);
  g_assert_cmpint (r.status, ==, 0);
  out = read_file (f, "out.json");
  g_assert_nonnull (strstr (out, "{ \"en\": \"World\", \"de\": \"Welt\" }"));

  run_cli (f, &r, "i18n", "merge", "data.json", "en.po", "-o", "en.json", NULL);
  g_assert_cmpint (r.status, ==, 1);
  assert_matches ("^parity-cli: en.po: .*source language", r.err);
  g_assert_false (exists (f, "en.json"));

  run_cli (f, &r, "i18n", "merge", "broken.json", "en.po", "-o", "b.json", NULL);
  g_assert_cmpint (r.status, ==, 1);
  assert_matches ("^parity-cli: broken.json:1:[0-9]+: ", r.err);

  run_cli (f, &r, "i18n", "merge", "data.json", "translations.po", "--lang", "de", "-o",
           "no/such/folder/out.json", NULL);
  g_assert_cmpint (r.status, ==, 1);
  assert_matches ("^parity-cli: no/such/folder/out.json: ", r.err);
}

/* Several PO files in one go, each in its own language. */
static void
test_merge_several (CliFixture    *f,
                    gconstpointer  data)
{
  g_autofree char *path = write_file (f, "data.json", dataset);
  g_autofree char *po = write_file (f, "fr.po", fr_po);
  g_autofree char *de = write_file (f, "de.po",
                                    "msgid \"\"\nmsgstr \"Language: de_DE\\n\"\n\n"
                                    "msgctxt \"entity:WLD:label\"\nmsgid \"World\"\n"
                                    "msgstr \"Welt\"\n");
  g_autofree char *out = NULL;
  g_auto(CliResult) r = { 0 };

  run_cli (f, &r, "i18n", "merge", "data.json", "fr.po", "de.po", "-o", "data.json", NULL);
  g_assert_cmpint (r.status, ==, 0);
  assert_matches ("^fr.po: 2 translations merged into fr\nde.po: 1 translation merged into "
                  "de-DE\n$", r.out);
  out = read_file (f, "data.json");
  g_assert_nonnull (strstr (out, "\"label\": { \"en\": \"World\", \"fr\": \"Monde\", "
                                 "\"de-DE\": \"Welt\" } },\n"));
}

static void
test_status (CliFixture    *f,
             gconstpointer  data)
{
  g_autofree char *path = write_file (f, "data.json", dataset_fr);
  g_autofree char *po = write_file (f, "fr.po", fr_po);
  g_auto(CliResult) r = { 0 };

  run_cli (f, &r, "i18n", "status", "data.json", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.out, ==,
                   "en: 5/5 texts (100.0 %), the source language\n"
                   "es: 1/5 texts (20.0 %), named by the program: 1, covered: 2/5 (40.0 %)\n"
                   "fr: 2/5 texts (40.0 %)\n");

  run_cli (f, &r, "i18n", "status", "--verbose", "data.json", "fr.po", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.out, ==,
                   "en: 5/5 texts (100.0 %), the source language\n"
                   "es: 1/5 texts (20.0 %), named by the program: 1, covered: 2/5 (40.0 %)\n"
                   "  dataset:title\n"
                   "  indicator:x:label\n"
                   "  indicator:x:unit.symbol\n"
                   "fr: 2/5 texts (40.0 %)\n"
                   "  dataset:title\n"
                   "  indicator:x:label\n"
                   "  indicator:x:unit.symbol\n"
                   "fr.po (fr): 2/5 ready to merge (0 new), 1 fuzzy, 1 untranslated, 1 stale, "
                   "0 unknown, 0 missing\n"
                   "  fuzzy: indicator:x:label\n"
                   "  untranslated: indicator:x:unit.symbol\n"
                   "  stale: dataset:title\n");

  /* The bundled dataset by default. */
  run_cli (f, &r, "i18n", "status", NULL);
  g_assert_cmpint (r.status, ==, 0);
  assert_matches ("^en: ([0-9]+)/\\1 texts \\(100\\.0 %\\), the source language\n", r.out);

  run_cli (f, &r, "i18n", "status", "nosuch.json", NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_cmpstr (r.err, ==, "parity-cli: nosuch.json: No such file or directory\n");
}

/* tests/i18n/named.json: economies the program names itself in French are counted apart,
 * written to a PO file with a note (tests/i18n/named-fr.expected.po, from its first entry
 * on; PARITY_TEST_WRITE_EXPECTED=1 rewrites it), and left empty without complaint. */
static void
test_named (CliFixture    *f,
            gconstpointer  data)
{
  g_autofree char *fixture = g_test_build_filename (G_TEST_DIST, "i18n", "named.json", NULL);
  g_autofree char *expected_path = g_test_build_filename (G_TEST_DIST, "i18n",
                                                          "named-fr.expected.po", NULL);
  g_autofree char *contents = NULL, *path = NULL, *po = NULL, *expected = NULL;
  g_autofree char *edited = NULL, *edited_path = NULL, *out = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) with_kenya = NULL;
  g_auto(CliResult) r = { 0 };
  const char *entries;

  g_file_get_contents (fixture, &contents, NULL, &error);
  g_assert_no_error (error);
  path = write_file (f, "named.json", contents);

  run_cli (f, &r, "i18n", "status", "--verbose", "named.json", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.err, ==, "");
  g_assert_cmpstr (r.out, ==,
                   "en: 9/9 texts (100.0 %), the source language\n"
                   "fr: 1/9 texts (11.1 %), named by the program: 4, covered: 5/9 (55.6 %)\n"
                   "  dataset:title\n"
                   "  entity:ZZF:label\n"
                   "  indicator:x:label\n"
                   "  indicator:x:unit.symbol\n");

  run_cli (f, &r, "i18n", "extract", "--lang", "fr", "-o", "fr.po", "named.json", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.out, ==, "fr.po: 9 texts, 1 translated into fr, 4 named by the program "
                              "(empty, with a note)\n");
  po = read_file (f, "fr.po");
  entries = strstr (po, "\n\n");
  g_assert_nonnull (entries);
  if (g_getenv ("PARITY_TEST_WRITE_EXPECTED") != NULL)
    {
      g_file_set_contents (expected_path, entries + 2, -1, &error);
      g_assert_no_error (error);
    }
  g_file_get_contents (expected_path, &expected, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (entries + 2, ==, expected);

  /* The PO file as written, Kenya translated: it merges, and the empty entries are no
   * problem, but the unknown economy's is. */
  with_kenya = g_string_new (po);
  g_assert_cmpuint (g_string_replace (with_kenya, "msgid \"Kenya\"\nmsgstr \"\"",
                                      "msgid \"Kenya\"\nmsgstr \"République du Kenya\"", 1),
                    ==, 1);
  edited_path = write_file (f, "fr.po", with_kenya->str);
  run_cli (f, &r, "i18n", "status", "named.json", "fr.po", NULL);
  g_assert_cmpint (r.status, ==, 0);
  assert_matches ("^fr\\.po \\(fr\\): 2/9 ready to merge \\(1 new\\), 0 fuzzy, 4 untranslated, "
                  "0 stale, 0 unknown, 0 missing\n"
                  "  and 3 left empty that the program names itself\n$", r.out);

  run_cli (f, &r, "i18n", "merge", "-o", "out.json", "named.json", "fr.po", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.out, ==, "fr.po: 1 translation merged into fr, 1 already there\n");
  g_assert_null (strstr (r.err, "entity:WLD:label"));
  g_assert_null (strstr (r.err, "entity:BOL"));
  assert_matches ("^parity-cli: fr\\.po: 4 untranslated, not merged: dataset:title, "
                  "entity:ZZF:label, ", r.err);
  out = read_file (f, "out.json");
  g_assert_nonnull (strstr (out, "{ \"id\": \"KEN\", \"label\": { \"en\": \"Kenya\", "
                                 "\"fr\": \"République du Kenya\" } }"));
  g_assert_nonnull (strstr (out, "{ \"id\": \"WLD\", \"label\": \"World\", "));
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

  add_test ("/cli/i18n/help", test_help);
  add_test ("/cli/i18n/usage-errors", test_usage_errors);
  add_test ("/cli/i18n/extract", test_extract);
  add_test ("/cli/i18n/merge", test_merge);
  add_test ("/cli/i18n/merge-in-place", test_merge_in_place);
  add_test ("/cli/i18n/merge-nothing", test_merge_nothing);
  add_test ("/cli/i18n/merge-errors", test_merge_errors);
  add_test ("/cli/i18n/merge-several", test_merge_several);
  add_test ("/cli/i18n/status", test_status);
  add_test ("/cli/i18n/named", test_named);

  return g_test_run ();
}
