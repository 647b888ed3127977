/* test-untrusted.c: names from a stranger's file stay names, and text stays text
 *
 * Ids (parity-id.h), the foreign-code map of the other formats' loaders, the export layer's
 * file names and folder check, called directly with ids that no loader would let through,
 * and the CSV and Markdown escaping of the sidecars and Copy as CSV.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <string.h>

#include "parity-error.h"
#include "parity-escape.h"
#include "parity-export-path.h"
#include "parity-figure.h"
#include "parity-id.h"
#include "parity-id-map.h"
#include "parity-loader.h"
#include "parity-preset.h"

static char *tmpdir;

static void
test_id_pattern (void)
{
  static const char * const valid[] = {
    "internet-use", "WLD", "_1", "a.b_c-1", "SP.POP.TOTL", "2019", "Ünïcödé", "中国",
    "مصر", "e\xcc\x81t\xc3\xa9",   /* "été" with a combining accent */
  };
  static const char * const invalid[] = {
    "", ".", "..", ".hidden", "../../x/escaped", "/x/escaped", "a/b", "a\\b", "-rf", "a b",
    "WLD ", "a\tb", "a\nb", "ITU\x1b[2J", "LDC\xe2\x80\xaegnp.exe" /* U+202E */,
    "a\xe2\x80\x8b" "b" /* zero-width space */, "\xcc\x81" "a" /* a mark first */,
    "caf\xe9" /* Latin-1 */, "a:b", "a*b", "C:", "~root", "$HOME", "a|b",
  };
  g_autofree char *longest = g_strnfill (PARITY_ID_MAX_LENGTH, 'L');
  g_autofree char *too_long = g_strnfill (PARITY_ID_MAX_LENGTH + 1, 'L');

  for (guint i = 0; i < G_N_ELEMENTS (valid); i++)
    if (!parity_id_is_valid (valid[i]))
      g_error ("\"%s\" was refused", valid[i]);
  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    if (parity_id_is_valid (invalid[i]))
      g_error ("\"%s\" was taken as an id", invalid[i]);
  g_assert_true (parity_id_is_valid (longest));
  g_assert_false (parity_id_is_valid (too_long));
  g_assert_false (parity_id_is_valid (NULL));
}

static void
test_id_suggest (void)
{
  static const struct { const char *text, *id; } cases[] = {
    { "internet-use", "internet-use" },
    { "../../x/escaped", "x-escaped" },
    { "/x/escaped", "x-escaped" },
    { "Least developed countries", "Least-developed-countries" },
    { "Côte d'Ivoire, the \"Ivory\" Coast", "Côte-d-Ivoire-the-Ivory-Coast" },
    { "Internet users (% of population)", "Internet-users-of-population" },
    { "-rf", "rf" },
    { ".hidden.", "hidden" },
    { "ICT@2$", "ICT-2" },
    { "ITU\x1b[2J", "ITU-2J" },
    { "中国 大陆", "中国-大陆" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *id = parity_id_suggest (cases[i].text);

      g_assert_cmpstr (id, ==, cases[i].id);
    }
  /* Nothing usable left: a digest, different for different texts. */
  {
    g_autofree char *a = parity_id_suggest ("***");
    g_autofree char *b = parity_id_suggest ("///");

    g_assert_true (g_str_has_prefix (a, "id-") && parity_id_is_valid (a));
    g_assert_cmpstr (a, !=, b);
  }
  /* Long text is cut on a character boundary, within the limit. */
  {
    g_autoptr(GString) text = g_string_new (NULL);
    g_autofree char *id = NULL;

    for (guint i = 0; i < 100; i++)
      g_string_append (text, "é ");
    id = parity_id_suggest (text->str);
    g_assert_true (parity_id_is_valid (id));
    g_assert_cmpuint (strlen (id), <=, PARITY_ID_MAX_LENGTH);
    g_assert_cmpuint (strlen (id), >, PARITY_ID_MAX_LENGTH - 4);
  }
}

static void
test_id_numbered (void)
{
  g_autofree char *longest = g_strnfill (PARITY_ID_MAX_LENGTH, 'x');
  g_autofree char *a = parity_id_numbered ("internet-use", 2);
  g_autofree char *b = parity_id_numbered (longest, 12);
  g_autoptr(GString) wide = g_string_new (NULL);
  g_autofree char *c = NULL;

  g_assert_cmpstr (a, ==, "internet-use-2");
  g_assert_true (parity_id_is_valid (b));
  g_assert_true (g_str_has_suffix (b, "x-12"));
  /* 42 three-byte characters and one more byte: the cut keeps whole characters. */
  for (guint i = 0; i < 42; i++)
    g_string_append (wide, "中");
  g_string_append_c (wide, 'a');
  c = parity_id_numbered (wide->str, 3);
  g_assert_true (parity_id_is_valid (c));
  g_assert_true (g_str_has_suffix (c, "中-3"));
}

/* Codes of another format: each keeps one id, valid ones unchanged, clashes numbered. */
static void
test_id_map (void)
{
  g_autoptr(ParityIdMap) map = parity_id_map_new ();

  g_assert_cmpstr (parity_id_map_get (map, "WLD"), ==, "WLD");
  g_assert_cmpstr (parity_id_map_get (map, "A B"), ==, "A-B");
  g_assert_cmpstr (parity_id_map_get (map, "A-B"), ==, "A-B-2");
  g_assert_cmpstr (parity_id_map_get (map, "A/B"), ==, "A-B-3");
  g_assert_cmpstr (parity_id_map_get (map, "A B"), ==, "A-B");
  g_assert_cmpstr (parity_id_map_get (map, "../../etc/passwd"), ==, "etc-passwd");
}

/* Each part of an exported file's name is made an id. */
static void
test_file_name (void)
{
  static const struct { const char *chart, *preset, *lang, *ext, *name; } cases[] = {
    { "internet-use", NULL, NULL, "png", "internet-use.png" },
    { "internet-use", "slide", "fr", "pdf", "internet-use-slide-fr.pdf" },
    { "../../x/escaped", NULL, NULL, "png", "x-escaped.png" },
    { "/x/escaped", NULL, NULL, "csv", "x-escaped.csv" },
    { "..", NULL, NULL, "png", NULL },   /* a digest */
    { "a", "../b", "/c", "../md", "a-b-c.md" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = parity_export_file_name (cases[i].chart, cases[i].preset,
                                                       cases[i].lang, cases[i].ext);

      if (cases[i].name != NULL)
        g_assert_cmpstr (name, ==, cases[i].name);
      g_assert_null (strchr (name, '/'));
      g_assert_cmpint (name[0], !=, '.');
    }
}

/* The folder check holds whatever name it is given. */
static void
test_path_in_folder (void)
{
  g_autofree char *folder = g_build_filename (tmpdir, "out", "a", "b", NULL);
  static const char * const refused[] = {
    "../x.png", "../../x/escaped.png", "/x/escaped.png", "a/b.png", "..", ".", "",
    ".hidden.png", "x\n.png", "x\x1b.png",
  };

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *path = parity_export_path_in_folder (folder, refused[i], &error);

      g_assert_error (error, PARITY_ERROR, PARITY_ERROR_EXPORT);
      g_assert_null (path);
    }
  {
    g_autoptr(GError) error = NULL;
    g_autofree char *path = parity_export_path_in_folder (folder, "x-escaped.png", &error);
    g_autofree char *expected = g_build_filename (folder, "x-escaped.png", NULL);

    g_assert_no_error (error);
    g_assert_cmpstr (path, ==, expected);
  }
  /* A relative folder is fine: "-o figures/". */
  {
    g_autoptr(GError) error = NULL;
    g_autofree char *path = parity_export_path_in_folder ("figures/", "a.png", &error);

    g_assert_no_error (error);
    g_assert_cmpstr (path, ==, "figures/a.png");
  }
}

/* No file lands outside the folder: a chart whose id no loader would accept, exported
 * through the export layer with its data and description beside it. */
static void
test_hostile_chart_exported (void)
{
  g_autofree char *bundled_path = parity_dataset_get_bundled_path ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ParityDataset) dataset = parity_dataset_load_file (bundled_path, &error);
  const ParityChartSpec *real = NULL;
  ParityChartSpec hostile;
  g_autofree char *folder = g_build_filename (tmpdir, "hostile", "a", "b", NULL);
  g_autofree char *escaped = g_build_filename (tmpdir, "hostile", "x", NULL);
  g_autofree char *name = NULL, *path = NULL, *csv = NULL, *md = NULL;
  const char *sidecars[3] = { NULL };
  const ParityPreset *preset = parity_preset_lookup ("report");
  ParityLayoutOptions layout = { preset->width, preset->height, NULL };

  g_assert_no_error (error);
  real = parity_dataset_get_chart (dataset, 0);
  hostile = *real;
  hostile.id = (char *)"../../x/escaped";
  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);

  name = parity_export_file_name (hostile.id, NULL, NULL, "png");
  path = parity_export_path_in_folder (folder, name, &error);
  g_assert_no_error (error);
  csv = g_build_filename (folder, "x-escaped.csv", NULL);
  md = g_build_filename (folder, "x-escaped.md", NULL);
  sidecars[0] = csv;
  sidecars[1] = md;
  g_assert_true (parity_figure_export_with_data (dataset, &hostile, &layout, PARITY_EXPORT_PNG,
                                                 72, path, sidecars, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_assert_true (g_file_test (csv, G_FILE_TEST_IS_REGULAR));
  g_assert_true (g_file_test (md, G_FILE_TEST_IS_REGULAR));
  g_assert_false (g_file_test (escaped, G_FILE_TEST_EXISTS));

  /* A sidecar named outside the figure's folder is refused before anything is written. */
  {
    g_autofree char *outside = g_build_filename (folder, "..", "..", "x-escaped.csv", NULL);
    g_autofree char *other = g_build_filename (folder, "other.png", NULL);
    const char *bad[] = { outside, NULL };

    g_assert_false (parity_figure_export_with_data (dataset, real, &layout, PARITY_EXPORT_PNG,
                                                    72, other, bad, NULL, &error));
    g_assert_error (error, PARITY_ERROR, PARITY_ERROR_EXPORT);
    g_assert_false (g_file_test (other, G_FILE_TEST_EXISTS));
    g_assert_false (g_file_test (outside, G_FILE_TEST_EXISTS));
  }
}

static char *
csv_cell (const char *text,
          gboolean    is_text)
{
  GString *out = g_string_new (NULL);

  parity_csv_append_field (out, text, is_text);
  return g_string_free (out, FALSE);
}

/* OWASP's list: "=", "+", "-", "@", tab and carriage return start a formula; numbers do
 * not, and value columns are never touched. */
static void
test_csv_formulas (void)
{
  static const struct { const char *text; gboolean is_text; const char *cell; } cases[] = {
    { "=HYPERLINK(\"http://x\",\"click\")", TRUE, "\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\"" },
    { "+cmd|' /C calc'!A0", TRUE, "\"'+cmd|' /C calc'!A0\"" },
    { "-2+3", TRUE, "\"'-2+3\"" },
    { "@SUM(A1:A9)", TRUE, "\"'@SUM(A1:A9)\"" },
    { "\t=1", TRUE, "\"'\t=1\"" },
    { "\r=1", TRUE, "\"'\r=1\"" },
    { "\xef\xbc\x9d" "1+1", TRUE, "\"'\xef\xbc\x9d" "1+1\"" },   /* full-width = */
    { "-5", TRUE, "-5" },
    { "+1.5e3", TRUE, "+1.5e3" },
    { "-inf", TRUE, "\"'-inf\"" },
    { "-0x1A", TRUE, "\"'-0x1A\"" },
    { "-5", FALSE, "-5" },
    { "=1", FALSE, "=1" },
    { "Least developed countries", TRUE, "Least developed countries" },
    { "a=b", TRUE, "a=b" },
    { "Côte d'Ivoire, \"the\"", TRUE, "\"Côte d'Ivoire, \"\"the\"\"\"" },
    { "", TRUE, "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *cell = csv_cell (cases[i].text, cases[i].is_text);

      g_assert_cmpstr (cell, ==, cases[i].cell);
    }
  g_assert_false (parity_csv_is_formula (NULL));
}

static char *
markdown (const char *text,
          gboolean    line_start)
{
  GString *out = g_string_new (NULL);

  parity_markdown_append_text (out, text, line_start);
  return g_string_free (out, FALSE);
}

static void
test_markdown (void)
{
  static const struct { const char *text; gboolean line_start; const char *md; } cases[] = {
    { "Least developed countries", FALSE, "Least developed countries" },
    { "86.6%", FALSE, "86.6%" },
    { "a|b", FALSE, "a\\|b" },
    { "a\\|b", FALSE, "a\\\\\\|b" },
    { "<script>alert(1)</script>", FALSE, "\\<script\\>alert(1)\\</script\\>" },
    { "[click](javascript:alert(1))", FALSE, "\\[click\\](javascript:alert(1))" },
    { "![x](http://x/t.png)", FALSE, "!\\[x\\](http://x/t.png)" },
    { "*bold* _em_ `code` ~~gone~~", FALSE, "\\*bold\\* \\_em\\_ \\`code\\` \\~\\~gone\\~\\~" },
    { "&lt;", FALSE, "\\&lt;" },
    { "two\nlines\r\n", FALSE, "two lines " },
    { "- item", TRUE, "\\- item" },
    { "1. item", TRUE, "1\\. item" },
    { "2019", TRUE, "2019" },
    { "# heading", TRUE, "\\# heading" },
    { "> quote", TRUE, "\\> quote" },
    { "    code", TRUE, "code" },
    { "===", TRUE, "\\===" },
    { "- item", FALSE, "- item" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *md = markdown (cases[i].text, cases[i].line_start);

      g_assert_cmpstr (md, ==, cases[i].md);
    }
}

static void
test_controls (void)
{
  static const struct { const char *text, *shown; } cases[] = {
    { "plain", "plain" },
    { "ITU\x1b[2J", "ITU\xef\xbf\xbd[2J" },
    { "LDC\xe2\x80\xaegnp.exe", "LDC\xef\xbf\xbdgnp.exe" },
    { "a\x9b" "b", "a\xef\xbf\xbd" "b" },   /* invalid UTF-8 */
    { "line\nnext\ttab", "line\nnext\ttab" },
    { "bell\a", "bell\xef\xbf\xbd" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *shown = parity_escape_controls (cases[i].text);

      g_assert_cmpstr (shown, ==, cases[i].shown);
    }
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  tmpdir = g_dir_make_tmp ("parity-untrusted-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/untrusted/id/pattern", test_id_pattern);
  g_test_add_func ("/untrusted/id/suggest", test_id_suggest);
  g_test_add_func ("/untrusted/id/numbered", test_id_numbered);
  g_test_add_func ("/untrusted/id/map", test_id_map);
  g_test_add_func ("/untrusted/export/file-name", test_file_name);
  g_test_add_func ("/untrusted/export/path-in-folder", test_path_in_folder);
  g_test_add_func ("/untrusted/export/hostile-chart", test_hostile_chart_exported);
  g_test_add_func ("/untrusted/csv/formulas", test_csv_formulas);
  g_test_add_func ("/untrusted/markdown", test_markdown);
  g_test_add_func ("/untrusted/terminal", test_controls);
  status = g_test_run ();

  remove_tree (tmpdir);
  g_free (tmpdir);
  return status;
}
