/* test-cli-scale-group.c: the real parity-cli exports the two charts of the bundled
 * dataset's scale group in one run, and the value axes its Markdown sidecars list match;
 * test-scale-group-scene.c asserts their shared ticks on the scene
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

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/cli/scale-group/export", CliFixture, NULL, cli_test_set_up, test_export_group,
              cli_test_tear_down);
  return g_test_run ();
}
