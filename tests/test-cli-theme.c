/* test-cli-theme.c: the real parity-cli with --theme — a bundled theme by name, its name in
 * the figure's provenance, a bad theme file refused with its JSON path, validate --theme,
 * the UN income colours on the bundled scatter, an SVG logo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <string.h>

#include "cli-test-util.h"

/* A bundled theme by name: the SVG's metadata names it; the same chart without has none. */
static void
test_export_bundled (CliFixture    *f,
                     gconstpointer  data)
{
  g_autofree char *themed = g_build_filename (f->tmpdir, "un.svg", NULL);
  g_autofree char *plain = g_build_filename (f->tmpdir, "plain.svg", NULL);
  g_autofree char *svg = NULL;
  g_autofree char *plain_svg = NULL;
  g_auto(CliResult) r = { 0 };

  cli_test_run (f, &r, "export", "--chart", "internet-use-by-sex-bars", "--theme", "un",
                "-o", themed, "-q", NULL);
  g_assert_cmpstr (r.err, ==, "");
  g_assert_cmpint (r.status, ==, 0);
  svg = cli_test_read_file (f, "un.svg");
  g_assert_nonnull (strstr (svg, "; theme UN neutral"));
  /* The UN theme's colour for women's bars. */
  g_assert_nonnull (strstr (svg, "fill:rgb(64.313725%,14.509804%,47.843137%)"));
  cli_test_result_clear (&r);

  cli_test_run (f, &r, "export", "--chart", "internet-use-by-sex-bars", "-o", plain, "-q",
                NULL);
  g_assert_cmpint (r.status, ==, 0);
  plain_svg = cli_test_read_file (f, "plain.svg");
  g_assert_null (strstr (plain_svg, "; theme "));
}

/* A theme that cannot be read stops the export before anything is written, with the file
 * and the JSON path, exit status 1; so does one that is not there. */
static void
test_export_bad_theme (CliFixture    *f,
                       gconstpointer  data)
{
  g_autofree char *theme = cli_test_write_file (f, "house.json",
                                                "{\"name\": \"House\", \"margins\": "
                                                "{\"left\": 900}}");
  g_autofree char *out = g_build_filename (f->tmpdir, "out.png", NULL);
  g_auto(CliResult) r = { 0 };

  cli_test_run (f, &r, "export", "--chart", "internet-use-by-region", "--theme", theme,
                "-o", out, NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_cmpstr (r.err, ==, "parity-cli: house.json: $.margins.left: 900 is out of range "
                   "(0 to 144)\n");
  g_assert_false (cli_test_exists (f, "out.png"));
  cli_test_result_clear (&r);

  cli_test_run (f, &r, "export", "--chart", "internet-use-by-region", "--theme", "no-such",
                "-o", out, NULL);
  g_assert_cmpint (r.status, ==, 1);
  cli_test_assert_matches ("^parity-cli: [^\n]*no-such[^\n]*\n$", r.err, 0);
}

/* validate --theme: the bundled themes pass; a theme whose neighbouring colours merge in
 * greyscale and whose text is too pale fails, each problem said. */
static void
test_validate_theme (CliFixture    *f,
                     gconstpointer  data)
{
  g_autofree char *pale = cli_test_write_file (f, "pale.json",
                                               "{\"name\": \"Pale\", \"colors\": {"
                                               "\"text\": \"#BBBBBB\", \"palette\": "
                                               "[\"#FF0000\", \"#FE0101\"]}}");
  g_auto(CliResult) r = { 0 };

  cli_test_run (f, &r, "validate", "--theme", "un", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.out, ==, "un: valid theme “UN neutral”\n");
  cli_test_result_clear (&r);
  cli_test_run (f, &r, "validate", "--theme", "greyscale", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.out, ==, "greyscale: valid theme “Greyscale print”\n");
  cli_test_result_clear (&r);

  cli_test_run (f, &r, "validate", "--theme", pale, NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_cmpstr (r.out, ==, "");
  g_assert_nonnull (strstr (r.err, "series 1 and 2 are hard to tell apart with greyscale"));
  g_assert_nonnull (strstr (r.err, "text has a contrast of"));
}

/* The bundled scatter names its income groups by id, so the UN theme's income colours reach
 * it: its low-income dots are the theme's dark blue, which the plain chart does not use. */
static void
test_export_income_colors (CliFixture    *f,
                           gconstpointer  data)
{
  static const char low_income[] = "fill:rgb(3.137255%,18.823529%,41.960784%)";
  g_autofree char *dataset = g_test_build_filename (G_TEST_DIST, "..", "data", "datasets",
                                                    "internet-use-by-economy.json", NULL);
  g_autofree char *themed = g_build_filename (f->tmpdir, "un.svg", NULL);
  g_autofree char *plain = g_build_filename (f->tmpdir, "plain.svg", NULL);
  g_autofree char *themed_svg = NULL;
  g_autofree char *plain_svg = NULL;
  g_auto(CliResult) r = { 0 };

  cli_test_run (f, &r, "export", dataset, "--chart", "internet-use-2012-2022-scatter",
                "--theme", "un", "-o", themed, "-q", NULL);
  g_assert_cmpint (r.status, ==, 0);
  cli_test_result_clear (&r);
  cli_test_run (f, &r, "export", dataset, "--chart", "internet-use-2012-2022-scatter",
                "-o", plain, "-q", NULL);
  g_assert_cmpint (r.status, ==, 0);
  themed_svg = cli_test_read_file (f, "un.svg");
  plain_svg = cli_test_read_file (f, "plain.svg");
  g_assert_nonnull (strstr (themed_svg, low_income));
  g_assert_null (strstr (plain_svg, low_income));
  cli_test_result_clear (&r);

  cli_test_run (f, &r, "validate", dataset, "--theme", "un", NULL);
  g_assert_cmpint (r.status, ==, 0);
}

/* A theme with an SVG logo beside it: the figure carries the logo as an image; a logo that
 * is not SVG inside is refused with the JSON path, nothing written. */
static void
test_export_svg_logo (CliFixture    *f,
                      gconstpointer  data)
{
  g_autofree char *theme = cli_test_write_file (f, "house.json",
                                                "{\"name\": \"House\", \"logo\": "
                                                "{\"file\": \"house.svg\", \"height\": 20}}");
  g_autofree char *out = g_build_filename (f->tmpdir, "out.svg", NULL);
  g_autofree char *logo = NULL;
  g_autofree char *svg = NULL;
  g_auto(CliResult) r = { 0 };

  logo = cli_test_write_file (f, "house.svg",
                              "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 30 10\">"
                              "<rect width=\"30\" height=\"10\" fill=\"#005B96\"/></svg>");
  cli_test_run (f, &r, "export", "--chart", "internet-use-by-region", "--theme", theme,
                "-o", out, "-q", NULL);
  g_assert_cmpstr (r.err, ==, "");
  g_assert_cmpint (r.status, ==, 0);
  svg = cli_test_read_file (f, "out.svg");
  g_assert_nonnull (strstr (svg, "<image"));
  cli_test_result_clear (&r);
  g_clear_pointer (&logo, g_free);

  logo = cli_test_write_file (f, "house.svg", "<svg><rect></svg>");
  g_assert_true (g_remove (out) == 0);
  cli_test_run (f, &r, "export", "--chart", "internet-use-by-region", "--theme", theme,
                "-o", out, NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_cmpstr (r.err, ==, "parity-cli: house.json: $.logo.file: \"house.svg\" is not an "
                   "SVG image that can be read (a plain SVG file, not compressed)\n");
  g_assert_false (cli_test_exists (f, "out.svg"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/cli/theme/export-bundled", CliFixture, NULL, cli_test_set_up,
              test_export_bundled, cli_test_tear_down);
  g_test_add ("/cli/theme/export-bad-theme", CliFixture, NULL, cli_test_set_up,
              test_export_bad_theme, cli_test_tear_down);
  g_test_add ("/cli/theme/validate", CliFixture, NULL, cli_test_set_up, test_validate_theme,
              cli_test_tear_down);
  g_test_add ("/cli/theme/export-income-colors", CliFixture, NULL, cli_test_set_up,
              test_export_income_colors, cli_test_tear_down);
  g_test_add ("/cli/theme/export-svg-logo", CliFixture, NULL, cli_test_set_up,
              test_export_svg_logo, cli_test_tear_down);
  return g_test_run ();
}
