/* test-cli-scale-group.c: the real parity-cli exports the two charts of the bundled
 * dataset's scale group in one run, and the value axes its Markdown sidecars list match; two
 * files' charts of a group match with --scale-with; test-scale-group-scene.c asserts their
 * shared ticks on the scene
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <gio/gio.h>
#include <string.h>

#include "cli-test-util.h"

/* The numbers of the "Value axis: 0%; 20%; 40%." line of a Markdown sidecar, whatever unit
 * each tick label carries (a line chart names it above its axis, not at each tick). */
static GArray *
value_axis (const char *markdown)
{
  const char *line = strstr (markdown, "\nValue axis: ");
  g_autofree char *list = NULL;
  g_auto(GStrv) ticks = NULL;
  GArray *values = g_array_new (FALSE, FALSE, sizeof (double));

  g_assert_nonnull (line);
  line += strlen ("\nValue axis: ");
  list = g_strndup (line, strcspn (line, "\n"));
  g_assert_true (g_str_has_suffix (list, "."));
  list[strlen (list) - 1] = '\0';
  ticks = g_strsplit (list, "; ", -1);
  for (guint i = 0; ticks[i] != NULL; i++)
    {
      char *end;
      double v = g_ascii_strtod (ticks[i], &end);

      g_assert_true (end != ticks[i]);
      g_assert_true (*end == '\0' || g_str_equal (end, "%"));
      g_array_append_val (values, v);
    }
  return values;
}

/* Whether @name, in the test's folder, is a PNG. */
static gboolean
png_written (CliFixture *f,
             const char *name)
{
  g_autofree char *path = g_build_filename (f->tmpdir, name, NULL);
  g_autofree char *contents = NULL;
  gsize length = 0;

  return g_file_get_contents (path, &contents, &length, NULL) && length > 8 &&
         memcmp (contents, "\x89PNG", 4) == 0;
}

/* The LDC bars and the LDC lines name "ldc-internet-percent": both are written, as SVG, and
 * their value axes have the same ticks, though one shows the latest values, the other every
 * year. */
static void
test_export_group (CliFixture    *f,
                   gconstpointer  data)
{
  static const char * const charts[] = { "internet-use-ldc-bars", "internet-use-ldc-lines" };
  g_autofree char *folder = g_build_filename (f->tmpdir, "figures", NULL);
  g_autofree char *dataset = g_test_build_filename (G_TEST_DIST, "..", "data", "datasets",
                                                    "internet-use-by-economy.json", NULL);
  g_autoptr(GArray) bars = NULL, lines = NULL;
  GArray **axes[] = { &bars, &lines };
  g_auto(CliResult) r = { 0 };

  cli_test_run (f, &r, "export", dataset, "--chart", charts[0], "--chart", charts[1],
                "--format", "svg", "--describe", "-o", folder, NULL);
  g_assert_cmpstr (r.err, ==, "");
  g_assert_cmpint (r.status, ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (charts); i++)
    {
      g_autofree char *name = g_strdup_printf ("figures/%s.svg", charts[i]);
      g_autofree char *md_name = g_strdup_printf ("figures/%s.md", charts[i]);
      g_autofree char *svg = cli_test_read_file (f, name);
      g_autofree char *md = cli_test_read_file (f, md_name);

      g_assert_nonnull (strstr (svg, "<svg"));
      *axes[i] = value_axis (md);
    }
  g_assert_cmpuint (bars->len, >=, 3);
  g_assert_cmpuint (bars->len, ==, lines->len);
  for (guint i = 0; i < bars->len; i++)
    g_assert_cmpfloat (g_array_index (bars, double, i), ==, g_array_index (lines, double, i));
}

/* Figure 3 and figure 7 of a report, in files of their own: a bar chart of group "g" up to
 * 19 %, a line chart of the group up to 73 %. */
#define FILE_HEAD(values) \
  "{ \"format\": \"parity-dataset\", \"version\": 1, \"default_language\": \"en\"," \
  "  \"title\": \"t\", \"sources\": []," \
  "  \"entities\": [ {\"id\": \"A\", \"label\": \"Aland\"}, {\"id\": \"B\", \"label\": \"Bland\"} ]," \
  "  \"indicators\": [ {\"id\": \"p\", \"label\": \"P\", \"unit\": {\"kind\": \"percent\"}," \
  "    \"observations\": [" values "] } ],"

static const char figure3_json[] = FILE_HEAD (
  "{\"entity\": \"A\", \"period\": \"2020\", \"value\": 11},"
  "{\"entity\": \"B\", \"period\": \"2020\", \"value\": 19}")
  "  \"charts\": [ {\"id\": \"figure-3\", \"kind\": \"bar\", \"title\": \"Figure 3\","
  "    \"indicator\": \"p\", \"period\": \"2020\", \"scale_group\": \"g\"} ] }";

static const char figure7_json[] = FILE_HEAD (
  "{\"entity\": \"A\", \"period\": \"2019\", \"value\": 60},"
  "{\"entity\": \"A\", \"period\": \"2020\", \"value\": 73},"
  "{\"entity\": \"B\", \"period\": \"2019\", \"value\": 40},"
  "{\"entity\": \"B\", \"period\": \"2020\", \"value\": 52}")
  "  \"charts\": [ {\"id\": \"figure-7\", \"kind\": \"line\", \"title\": \"Figure 7\","
  "    \"indicator\": \"p\", \"scale_group\": \"g\"} ] }";

/* Exports chart @id of @file, with --scale-with @peer unless NULL, as PNG with its Markdown
 * sidecar, and returns the value axis the sidecar lists. */
static GArray *
export_axis (CliFixture *f,
             const char *file,
             const char *id,
             const char *peer)
{
  g_autofree char *png = g_strdup_printf ("%s.png", id);
  g_autofree char *md_name = g_strdup_printf ("%s.md", id);
  g_autofree char *md = NULL;
  g_auto(CliResult) r = { 0 };

  if (peer != NULL)
    cli_test_run (f, &r, "export", file, "--chart", id, "--scale-with", peer, "--describe",
                  "-q", "-o", png, NULL);
  else
    cli_test_run (f, &r, "export", file, "--chart", id, "--describe", "-q", "-o", png, NULL);
  g_assert_cmpstr (r.err, ==, "");
  g_assert_cmpint (r.status, ==, 0);
  md = cli_test_read_file (f, md_name);
  return value_axis (md);
}

/* Figure 3 alone reaches 20 %, figure 7 alone 80 %; each with the other's file, both reach
 * 80 % with the same ticks. */
static void
test_scale_with (CliFixture    *f,
                 gconstpointer  data)
{
  g_autofree char *fig3 = cli_test_write_file (f, "figure-3.json", figure3_json);
  g_autofree char *fig7 = cli_test_write_file (f, "figure-7.json", figure7_json);
  g_autoptr(GArray) alone3 = export_axis (f, fig3, "figure-3", NULL);
  g_autoptr(GArray) alone7 = export_axis (f, fig7, "figure-7", NULL);
  g_autoptr(GArray) bars = export_axis (f, fig3, "figure-3", fig7);
  g_autoptr(GArray) lines = export_axis (f, fig7, "figure-7", fig3);

  g_assert_cmpfloat (g_array_index (alone3, double, alone3->len - 1), <, 80);
  g_assert_cmpfloat (g_array_index (alone7, double, alone7->len - 1), >=, 80);
  g_assert_cmpuint (bars->len, >=, 3);
  g_assert_cmpuint (bars->len, ==, lines->len);
  for (guint i = 0; i < bars->len; i++)
    g_assert_cmpfloat (g_array_index (bars, double, i), ==, g_array_index (lines, double, i));
  g_assert_cmpfloat (g_array_index (bars, double, bars->len - 1), >=, 80);
  g_assert_true (png_written (f, "figure-3.png") && png_written (f, "figure-7.png"));
}

/* A --scale-with file that is missing, malformed, or whose chart of the group is in another
 * unit: an error naming it, exit 1, nothing written. */
static void
test_scale_with_errors (CliFixture    *f,
                        gconstpointer  data)
{
  g_autofree char *counts = g_strdup (figure7_json);
  g_autofree char *fig3 = cli_test_write_file (f, "figure-3.json", figure3_json);
  g_autofree char *bad = cli_test_write_file (f, "bad.json", "{ \"format\": \"parity-dataset\",");
  g_autofree char *other_unit = NULL;
  g_autofree char *missing = g_build_filename (f->tmpdir, "missing.json", NULL);
  const char *peers[] = { missing, bad, NULL };

  memcpy (strstr (counts, "percent"), "count\"}  ", strlen ("percent\"}"));
  other_unit = cli_test_write_file (f, "other-unit.json", counts);
  peers[2] = other_unit;
  for (guint i = 0; i < G_N_ELEMENTS (peers); i++)
    {
      g_auto(CliResult) r = { 0 };
      g_autofree char *base = g_path_get_basename (peers[i]);

      cli_test_run (f, &r, "export", fig3, "--chart", "figure-3", "--scale-with", peers[i],
                    "--describe", "-o", "out.png", NULL);
      g_assert_cmpint (r.status, ==, 1);
      g_assert_nonnull (strstr (r.err, base));
      g_assert_false (cli_test_exists (f, "out.png"));
      g_assert_false (cli_test_exists (f, "out.md"));
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/cli/scale-group/export", CliFixture, NULL, cli_test_set_up, test_export_group,
              cli_test_tear_down);
  g_test_add ("/cli/scale-group/scale-with", CliFixture, NULL, cli_test_set_up, test_scale_with,
              cli_test_tear_down);
  g_test_add ("/cli/scale-group/scale-with-errors", CliFixture, NULL, cli_test_set_up,
              test_scale_with_errors, cli_test_tear_down);
  return g_test_run ();
}
