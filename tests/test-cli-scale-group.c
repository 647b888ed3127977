/* test-cli-scale-group.c: the real parity-cli exports the two charts of the bundled
 * dataset's scale group in one run; test-scale-group-scene.c asserts their shared ticks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <gio/gio.h>
#include <string.h>

#include "cli-test-util.h"

/* The LDC bars and the LDC lines name "ldc-internet-percent": both are written, as SVG. */
static void
test_export_group (CliFixture    *f,
                   gconstpointer  data)
{
  static const char * const charts[] = { "internet-use-ldc-bars", "internet-use-ldc-lines" };
  g_autofree char *folder = g_build_filename (f->tmpdir, "figures", NULL);
  g_autofree char *dataset = g_test_build_filename (G_TEST_DIST, "..", "data", "datasets",
                                                    "internet-use-by-economy.json", NULL);
  g_auto(CliResult) r = { 0 };

  cli_test_run (f, &r, "export", dataset, "--chart", charts[0], "--chart", charts[1],
                "--format", "svg", "-o", folder, NULL);
  g_assert_cmpstr (r.err, ==, "");
  g_assert_cmpint (r.status, ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (charts); i++)
    {
      g_autofree char *name = g_strdup_printf ("figures/%s.svg", charts[i]);
      g_autofree char *svg = cli_test_read_file (f, name);

      g_assert_nonnull (strstr (svg, "<svg"));
    }
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
