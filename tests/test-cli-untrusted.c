/* test-cli-untrusted.c: a dataset from a stranger, opened with the real parity-cli
 *
 * An attacker's ids cannot make an export write outside the folder the user chose, and an
 * attacker's labels cannot become formulas in the CSV or markup in the Markdown it writes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <string.h>

#include "cli-test-util.h"

#define run_cli cli_test_run

/* @text as the inside of a JSON string. */
static char *
json_escape (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"' || *p == '\\')
        g_string_append_printf (out, "\\%c", *p);
      else if ((guchar)*p < 0x20)
        g_string_append_printf (out, "\\u%04x", (guchar)*p);
      else
        g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

/* A dataset whose one chart has @chart_id. */
static char *
write_dataset (CliFixture *f,
               const char *chart_id)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *escaped = json_escape (chart_id);
  g_autofree char *json = g_strdup_printf (
    "{ \"format\": \"parity-dataset\", \"version\": 1, \"default_language\": \"en\",\n"
    "  \"title\": \"Mail\", \"sources\": [],\n"
    "  \"entities\": [ { \"id\": \"WLD\", \"label\": \"World\" } ],\n"
    "  \"indicators\": [ { \"id\": \"x\", \"label\": \"X\", \"unit\": { \"kind\": \"count\" },\n"
    "    \"observations\": [ { \"entity\": \"WLD\", \"period\": \"2019\", \"value\": 1 } ] } ],\n"
    "  \"charts\": [ { \"id\": \"%s\", \"kind\": \"bar\", \"title\": \"X\",\n"
    "    \"indicator\": \"x\", \"period\": \"2019\" } ] }\n", escaped);
  char *path = g_build_filename (f->tmpdir, "mail.json", NULL);

  g_file_set_contents (path, json, -1, &error);
  g_assert_no_error (error);
  return path;
}

/* Every file under @dir, relative to it, sorted; "" when there is none. */
static void
list_tree (GString    *out,
           const char *dir,
           const char *prefix)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, (GCompareFunc)g_strcmp0);
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (dir, names->pdata[i], NULL);
      g_autofree char *rel = g_strconcat (prefix, names->pdata[i], NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        {
          g_autofree char *sub = g_strconcat (rel, "/", NULL);

          list_tree (out, path, sub);
        }
      else
        g_string_append_printf (out, "%s\n", rel);
    }
}

static char *
tree (const char *dir)
{
  GString *out = g_string_new (NULL);

  list_tree (out, dir, "");
  return g_string_free (out, FALSE);
}

/* The attack of issue 13: "../../x/escaped" made `export --all -o out/a/b/` write
 * out/x/escaped.png; "/x/escaped" wrote out/a/b/x/escaped.png. Both are refused at load, with
 * the place and a valid id to use instead, and nothing is written anywhere. */
static void
test_traversal_refused (CliFixture    *f,
                        gconstpointer  data)
{
  static const char * const ids[] = { "../../x/escaped", "/x/escaped", "..", "a/../../b" };

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autofree char *dataset = write_dataset (f, ids[i]);
      g_autofree char *files = NULL;
      g_auto(CliResult) r = { 0 };

      run_cli (f, &r, "export", dataset, "--all", "--data", "--describe", "-o", "out/a/b/",
               NULL);
      g_assert_cmpint (r.status, ==, 1);
      g_assert_nonnull (strstr (r.err, "mail.json: $.charts[0].id: "));
      g_assert_nonnull (strstr (r.err, "is not an id"));
      files = tree (f->tmpdir);
      g_assert_cmpstr (files, ==, "mail.json\n");
      g_assert_cmpstr (r.out, ==, "");
    }
}

static void
test_validate_names_bad_id (CliFixture    *f,
                            gconstpointer  data)
{
  g_autofree char *dataset = write_dataset (f, "../../x/escaped");
  g_auto(CliResult) r = { 0 };

  run_cli (f, &r, "validate", "mail.json", NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_cmpstr (r.err, ==,
                   "parity-cli: mail.json: $.charts[0].id: \"../../x/escaped\" is not an id: "
                   "use letters, digits, \"-\", \"_\" and \".\", not a dot or dash first, at "
                   "most 128 bytes; for example \"x-escaped\"\n");
}

/* An escape sequence in an id reaches the terminal as U+FFFD, not as a command. */
static void
test_error_has_no_escape_sequence (CliFixture    *f,
                                   gconstpointer  data)
{
  g_autofree char *dataset = write_dataset (f, "x\x1b]0;owned\a\x1b[2J");
  g_auto(CliResult) r = { 0 };

  run_cli (f, &r, "validate", dataset, NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_null (strchr (r.err, '\x1b'));
  g_assert_null (strchr (r.err, '\a'));
  g_assert_nonnull (strstr (r.err, "\"x\xef\xbf\xbd]0;owned"));
}

/* info lists titles and labels from the file: their escape sequences reach the terminal as
 * U+FFFD too. */
static void
test_info_has_no_escape_sequence (CliFixture    *f,
                                  gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->tmpdir, "title.json", NULL);
  g_autoptr(GError) error = NULL;
  g_auto(CliResult) r = { 0 };

  g_file_set_contents (path,
                       "{ \"format\": \"parity-dataset\", \"version\": 1, "
                       "\"default_language\": \"en\", \"title\": \"T\\u001b]0;owned\\u0007\", "
                       "\"sources\": [], \"entities\": [], \"indicators\": [ { \"id\": \"x\", "
                       "\"label\": \"L\\u001b[2J\\u202e\", \"unit\": { \"kind\": \"count\" }, "
                       "\"observations\": [] } ] }", -1, &error);
  g_assert_no_error (error);
  run_cli (f, &r, "info", "title.json", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_null (strchr (r.out, '\x1b'));
  g_assert_null (strchr (r.out, '\a'));
  g_assert_null (strstr (r.out, "\xe2\x80\xae"));
  g_assert_true (g_str_has_prefix (r.out, "T\xef\xbf\xbd]0;owned\xef\xbf\xbd\n"));
  g_assert_nonnull (strstr (r.out, "L\xef\xbf\xbd[2J\xef\xbf\xbd\n"));
}

/* RFC 4180 fields of one line (no line breaks inside fields in these files). */
static GPtrArray *
csv_fields (const char *line)
{
  GPtrArray *fields = g_ptr_array_new_with_free_func (g_free);
  const char *p = line;

  for (;;)
    {
      GString *field = g_string_new (NULL);

      if (*p == '"')
        {
          for (p++; *p != '\0'; p++)
            {
              if (*p == '"' && p[1] == '"')
                g_string_append_c (field, *p++);
              else if (*p == '"')
                {
                  p++;
                  break;
                }
              else
                g_string_append_c (field, *p);
            }
        }
      else
        while (*p != '\0' && *p != ',')
          g_string_append_c (field, *p++);
      g_ptr_array_add (fields, g_string_free (field, FALSE));
      if (*p != ',')
        return fields;
      p++;
    }
}

/* Exports untrusted/hostile-labels.json with @option (--data, --describe) and returns the
 * sidecar with @extension. */
static char *
export_sidecar (CliFixture *f,
                const char *option,
                const char *extension)
{
  g_autofree char *dataset = g_test_build_filename (G_TEST_DIST, "untrusted",
                                                    "hostile-labels.json", NULL);
  g_autofree char *name = g_strconcat ("hostile.", extension, NULL);
  g_autofree char *path = g_build_filename (f->tmpdir, "out", name, NULL);
  g_auto(CliResult) r = { 0 };
  char *contents = NULL;

  run_cli (f, &r, "export", dataset, "--all", option, "-o", "out/", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  return contents;
}

/* Labels, a series, a period and a unit that spreadsheets would run: every one is written
 * with an apostrophe first in --data's CSV; numbers, negative ones included, are not. */
static void
test_no_formula_in_csv (CliFixture    *f,
                        gconstpointer  data)
{
  g_autofree char *csv = export_sidecar (f, "--data", "csv");
  g_auto(GStrv) lines = NULL;
  guint n_neutralised = 0;

  lines = g_strsplit (csv, "\r\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 1 + 8 + 1);
  g_assert_cmpstr (lines[1], ==, "use,\"'=series(\"\"women\"\")\",A,"
                                 "\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\",\"'@2019\",10,"
                                 "exact,\"'@%\"");
  g_assert_cmpstr (lines[3], ==, "use,\"'=series(\"\"women\"\")\",B,<img src=x onerror=alert(1)>"
                                 " | [click](javascript:alert(1)) *b*,\"'@2019\",-5,exact,"
                                 "\"'@%\"");
  for (guint i = 1; lines[i] != NULL && *lines[i] != '\0'; i++)
    {
      g_autoptr(GPtrArray) fields = csv_fields (lines[i]);

      g_assert_cmpuint (fields->len, ==, 8);
      for (guint k = 0; k < fields->len; k++)
        {
          const char *cell = fields->pdata[k];

          if (k == 5)   /* the value: a number, never touched */
            {
              g_assert_true (*cell == '\0' || g_ascii_isdigit (cell[cell[0] == '-']));
              continue;
            }
          if (strchr ("=+-@\t\r", cell[0]) != NULL && cell[0] != '\0')
            g_error ("line %u, field %u: \"%s\" would run as a formula", i, k, cell);
          n_neutralised += cell[0] == '\'';
        }
    }
  /* Each row: the series, the period and the unit; and names of A and C. */
  g_assert_cmpuint (n_neutralised, ==, 8 * 3 + 4);
}

/* The Markdown sidecar shows the same texts with no markup of theirs: the table keeps five
 * cell borders a row, and no tag, link or emphasis comes from a label. */
static void
test_no_markup_in_markdown (CliFixture    *f,
                            gconstpointer  data)
{
  g_autofree char *md = export_sidecar (f, "--describe", "md");
  g_auto(GStrv) lines = NULL;
  guint n_rows = 0;

  lines = g_strsplit (md, "\n", -1);
  g_assert_cmpstr (lines[0], ==, "# \\=1+1 \\<b\\>title\\</b\\> \\| \\# \\*x\\*");
  g_assert_cmpstr (lines[2], ==, "\\- a list? \\<script\\>alert(1)\\</script\\> \\# a heading?");
  for (guint i = 0; lines[i] != NULL; i++)
    {
      guint n_borders = 0;

      for (const char *p = lines[i]; *p != '\0'; p++)
        {
          if (*p == '\\' && p[1] != '\0')
            p++;   /* an escaped character */
          else if (*p == '|')
            n_borders++;
          else
            g_assert_null (strchr ("<>[]*_`", *p));
        }
      if (lines[i][0] == '|')
        {
          g_assert_cmpuint (n_borders, ==, 5);
          n_rows++;
        }
    }
  g_assert_cmpuint (n_rows, ==, 2 + 8);
  g_assert_nonnull (strstr (md, "| \\<img src=x onerror=alert(1)\\> \\| \\[click\\]"
                                "(javascript:alert(1)) \\*b\\* | =series(\"women\") | @2019 |"
                                " -5.0\xe2\x80\xaf@% |\n"));   /* a narrow no-break space */
}

static void
add_test (const char *path,
          void      (*func) (CliFixture *, gconstpointer))
{
  g_test_add (path, CliFixture, NULL, cli_test_set_up, func, cli_test_tear_down);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  add_test ("/cli/untrusted/traversal-refused", test_traversal_refused);
  add_test ("/cli/untrusted/validate-names-bad-id", test_validate_names_bad_id);
  add_test ("/cli/untrusted/error-has-no-escape-sequence", test_error_has_no_escape_sequence);
  add_test ("/cli/untrusted/info-has-no-escape-sequence", test_info_has_no_escape_sequence);
  add_test ("/cli/untrusted/no-formula-in-csv", test_no_formula_in_csv);
  add_test ("/cli/untrusted/no-markup-in-markdown", test_no_markup_in_markdown);

  return g_test_run ();
}
