/* test-export.c: PNG, PDF and SVG files as a reader of them sees them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <string.h>

#include "parity-atomic-file.h"
#include "parity-error.h"
#include "parity-figure.h"
#include "parity-loader.h"
#include "parity-preset.h"

static ParityDataset *bundled;
static char *tmpdir;

static char *
export_chart (const char         *chart_id,
              const char         *preset_name,
              ParityExportFormat  format,
              const char         *name)
{
  const ParityPreset *preset = parity_preset_lookup (preset_name);
  ParityLayoutOptions layout = { preset->width, preset->height, NULL };
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (tmpdir, name, NULL);

  parity_figure_export (bundled, parity_dataset_find_chart (bundled, chart_id), &layout, format,
                        preset->dpi, path, NULL, &error);
  g_assert_no_error (error);
  return path;
}

static guint32
read_be32 (const guint8 *p)
{
  return (guint32)p[0] << 24 | (guint32)p[1] << 16 | (guint32)p[2] << 8 | p[3];
}

/* Finds a chunk by type; returns its data and length. */
static const guint8 *
find_chunk (const guint8 *data,
            gsize         len,
            const char   *type,
            guint32      *chunk_len)
{
  gsize pos = 8;

  while (pos + 12 <= len)
    {
      guint32 n = read_be32 (data + pos);

      if (memcmp (data + pos + 4, type, 4) == 0)
        {
          *chunk_len = n;
          return data + pos + 8;
        }
      pos += 12 + n;
    }
  return NULL;
}

static void
test_png (void)
{
  g_autofree char *path = export_chart ("internet-use-by-development", "report",
                                        PARITY_EXPORT_PNG, "chart.png");
  g_autofree guint8 *data = NULL;
  const guint8 *ihdr, *phys, *itxt;
  guint32 n;
  gsize len;
  guint n_found = 0;

  g_assert_true (g_file_get_contents (path, (char **)&data, &len, NULL));
  g_assert_cmpmem (data, 8, "\x89PNG\r\n\x1a\n", 8);
  /* 160 × 100 mm at 300 dpi. */
  ihdr = find_chunk (data, len, "IHDR", &n);
  g_assert_nonnull (ihdr);
  g_assert_cmpuint (read_be32 (ihdr), ==, 1890);
  g_assert_cmpuint (read_be32 (ihdr + 4), ==, 1182);
  /* Opaque to the last pixel, so RGB without alpha: a fractional canvas edge once left a
   * half-transparent hairline that made the file a third larger. */
  g_assert_cmpuint (ihdr[9], ==, 2);
  /* The resolution travels with the file: 300 dpi = 11811 pixels per metre. */
  phys = find_chunk (data, len, "pHYs", &n);
  g_assert_nonnull (phys);
  g_assert_cmpuint (read_be32 (phys), ==, 11811);
  g_assert_cmpuint (phys[8], ==, 1);
  /* And so do the title, description, source, date and provenance, as UTF-8. */
  for (gsize pos = 8; pos + 12 <= len; pos += 12 + read_be32 (data + pos))
    if (memcmp (data + pos + 4, "iTXt", 4) == 0)
      {
        static const char * const expected[][2] = {
          { "Title", "Individuals using the Internet, 2019" },
          { "Source", "Source: ITU" },
          { "Creation Time", "Wed, 01 Jan 2020 00:00:00 GMT" },
          { "Comment", "dataset wsis-2019.json; indicators internet-use; data sha256:" },
        };

        itxt = data + pos + 8;
        for (guint k = 0; k < G_N_ELEMENTS (expected); k++)
          if (strcmp ((const char *)itxt, expected[k][0]) == 0 &&
              memmem (itxt, read_be32 (data + pos), expected[k][1],
                      strlen (expected[k][1])) != NULL)
            n_found++;
      }
  g_assert_cmpuint (n_found, ==, 4);
}

static char *
run (const char *const *argv)
{
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;

  g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

/* pdfinfo pads its field names to a column; match "Name:   value…". */
static gboolean
has_field (const char *info,
           const char *name,
           const char *value_prefix)
{
  g_auto(GStrv) lines = g_strsplit (info, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], name) && lines[i][strlen (name)] == ':' &&
        g_str_has_prefix (g_strchug (lines[i] + strlen (name) + 1), value_prefix))
      return TRUE;
  g_test_message ("no \"%s: %s\" in:\n%s", name, value_prefix, info);
  return FALSE;
}

static void
test_pdf (void)
{
  g_autofree char *path = export_chart ("internet-use-by-region", "report", PARITY_EXPORT_PDF,
                                        "chart.pdf");
  g_autofree char *again = export_chart ("internet-use-by-region", "report", PARITY_EXPORT_PDF,
                                         "again.pdf");
  g_autofree char *info = NULL, *fonts = NULL, *a = NULL, *b = NULL;
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");
  gsize a_len, b_len;

  if (pdfinfo == NULL)
    {
      g_test_skip ("pdfinfo (poppler-utils) is not installed; build-aux/deps installs it");
      return;
    }
  info = run ((const char *[]) { "pdfinfo", path, NULL });
  g_assert_true (has_field (info, "Page size", "453.543 x 283.465 pts"));
  g_assert_true (has_field (info, "Title", "Individuals using the Internet by region, 2019"));
  g_assert_true (has_field (info, "Creator", "Parity 0."));
  g_assert_true (has_field (info, "Keywords", "dataset wsis-2019.json; indicators internet-use; "
                            "data sha256:"));
  g_assert_true (has_field (info, "Subject", "Individuals using the Internet by region, 2019. "));
  /* SOURCE_DATE_EPOCH=1577836800 in the test environment. */
  g_assert_true (has_field (info, "CreationDate", "Wed Jan  1 00:00:00 2020"));

  /* Every font embedded, none as Type 3 bitmaps. */
  fonts = run ((const char *[]) { "pdffonts", path, NULL });
  g_assert_null (strstr (fonts, "Type 3"));
  g_assert_nonnull (strstr (fonts, "NotoSans"));
  {
    g_auto(GStrv) lines = g_strsplit (fonts, "\n", -1);

    for (guint i = 0; lines[i] != NULL; i++)
      if (strstr (lines[i], "NotoSans") != NULL)
        g_assert_nonnull (strstr (lines[i], " yes yes "));
  }

  /* Reproducible: the same input gives the same bytes. */
  g_assert_true (g_file_get_contents (path, &a, &a_len, NULL));
  g_assert_true (g_file_get_contents (again, &b, &b_len, NULL));
  g_assert_cmpmem (a, a_len, b, b_len);
}

static void
test_svg (void)
{
  g_autofree char *path = export_chart ("3g-coverage-by-region", "slide", PARITY_EXPORT_SVG,
                                        "chart.svg");
  g_autofree char *svg = NULL;

  g_assert_true (g_file_get_contents (path, &svg, NULL, NULL));
  g_assert_true (g_str_has_prefix (svg, "<?xml"));
  g_assert_nonnull (strstr (svg, "<svg"));
  g_assert_nonnull (strstr (svg, "width=\"1440pt\" height=\"810pt\""));
}

typedef struct
{
  GString *open;     /* the path of elements from the root to the current one */
  char    *title;    /* the root's <title> */
  char    *desc;
} SvgRead;

static void
svg_start (GMarkupParseContext *context,
           const char          *name,
           const char         **attribute_names,
           const char         **attribute_values,
           gpointer             data,
           GError             **error)
{
  SvgRead *read = data;

  g_string_append_printf (read->open, "/%s", name);
}

static void
svg_end (GMarkupParseContext *context,
         const char          *name,
         gpointer             data,
         GError             **error)
{
  SvgRead *read = data;

  g_string_truncate (read->open, strrchr (read->open->str, '/') - read->open->str);
}

static void
svg_text (GMarkupParseContext *context,
          const char          *text,
          gsize                len,
          gpointer             data,
          GError             **error)
{
  SvgRead *read = data;

  if (g_str_equal (read->open->str, "/svg/title"))
    read->title = g_strndup (text, len);
  else if (g_str_equal (read->open->str, "/svg/desc"))
    read->desc = g_strndup (text, len);
}

/* An SVG names and describes itself to screen readers and search: <title> and <desc> as
 * children of its root, read back with an XML parser. */
static void
test_svg_title_and_desc (void)
{
  g_autofree char *path = export_chart ("internet-use-by-development", "report",
                                        PARITY_EXPORT_SVG, "described.svg");
  g_autofree char *svg = NULL;
  g_autoptr(GError) error = NULL;
  GMarkupParser parser = { svg_start, svg_end, svg_text, NULL, NULL };
  SvgRead read = { g_string_new (NULL), NULL, NULL };
  GMarkupParseContext *context = g_markup_parse_context_new (&parser, 0, &read, NULL);

  g_assert_true (g_file_get_contents (path, &svg, NULL, NULL));
  /* GMarkup reads no <?xml?> declaration: start at the root. */
  g_assert_true (g_markup_parse_context_parse (context, strstr (svg, "<svg"), -1, &error));
  g_assert_true (g_markup_parse_context_end_parse (context, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (read.title, ==, "Individuals using the Internet, 2019");
  g_assert_nonnull (read.desc);
  g_assert_nonnull (strstr (read.desc, "Least developed countries 19.1%"));
  g_markup_parse_context_free (context);
  g_string_free (read.open, TRUE);
  g_free (read.title);
  g_free (read.desc);
}

/* No hidden temporary file (".NAME.XXXXXX") is left in @dir; returns how many files are. */
static guint
assert_no_temporary_files (const char *dir_path)
{
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;
  guint n_files = 0;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      if (name[0] == '.')
        g_error ("a temporary file was left behind: %s", name);
      n_files++;
    }
  return n_files;
}

static gboolean
export_too_large_png (const char  *path,
                      GError     **error)
{
  /* 2000 × 1000 pt at 2400 dpi is 66667 × 33333 pixels: past the pixel limit, found after
   * the temporary file was created. */
  ParityLayoutOptions layout = { 2000, 1000, NULL };

  return parity_figure_export (bundled, parity_dataset_find_chart (bundled,
                                                                   "internet-use-by-region"),
                               &layout, PARITY_EXPORT_PNG, 2400, path, NULL, error);
}

static void
test_failed_export_keeps_old_file (void)
{
  g_autofree char *path = g_build_filename (tmpdir, "keep.png", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, "precious", -1, NULL));
  g_assert_false (export_too_large_png (path, &error));
  g_assert_error (error, PARITY_ERROR, PARITY_ERROR_INVALID);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "precious");
  g_assert_cmpuint (assert_no_temporary_files (tmpdir), >=, 1);
}

/* GIO's own replace writes a new target in place; a failure must not leave an empty file. */
static void
test_failed_export_creates_nothing (void)
{
  g_autofree char *dir = g_build_filename (tmpdir, "new", NULL);
  g_autofree char *path = g_build_filename (dir, "never.png", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir (dir, 0700), ==, 0);
  g_assert_false (export_too_large_png (path, &error));
  g_assert_error (error, PARITY_ERROR, PARITY_ERROR_INVALID);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (assert_no_temporary_files (dir), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* Writes 256 KiB, then fails as a full disk would. */
static gboolean
write_then_fail (GOutputStream  *stream,
                 gpointer        user_data,
                 GError        **error)
{
  guint *n_calls = user_data;
  char block[4096];

  (*n_calls)++;
  memset (block, 'x', sizeof block);
  for (guint i = 0; i < 64; i++)
    if (!g_output_stream_write_all (stream, block, sizeof block, NULL, NULL, error))
      return FALSE;
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE, "injected: no space left");
  return FALSE;
}

static gboolean
write_hello (GOutputStream  *stream,
             gpointer        user_data,
             GError        **error)
{
  return g_output_stream_write_all (stream, "hello", 5, NULL, NULL, error);
}

static void
test_stream_error_midway (void)
{
  g_autofree char *path = g_build_filename (tmpdir, "midway.pdf", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  guint n_calls = 0;
  GStatBuf st;

  /* An existing file keeps its contents and its permissions. */
  g_assert_true (g_file_set_contents (path, "the old figure", -1, NULL));
  g_assert_cmpint (g_chmod (path, 0640), ==, 0);
  g_assert_false (parity_write_file_atomically (path, write_then_fail, &n_calls, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE);
  g_assert_cmpuint (n_calls, ==, 1);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "the old figure");
  assert_no_temporary_files (tmpdir);

  g_assert_true (parity_write_file_atomically (path, write_hello, NULL, NULL));
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "hello");
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0640);
  assert_no_temporary_files (tmpdir);
}

/* A PDF page past 200 inches, and a PNG side past cairo's 32 767 pixels, are refused before
 * anything is drawn or written. */
static void
test_size_limits (void)
{
  const ParityChartSpec *spec = parity_dataset_find_chart (bundled, "internet-use-by-region");
  g_autofree char *pdf = g_build_filename (tmpdir, "poster.pdf", NULL);
  g_autofree char *png = g_build_filename (tmpdir, "banner.png", NULL);
  ParityLayoutOptions huge = { PARITY_LAYOUT_MAX_SIDE + 1, 1000, NULL };
  ParityLayoutOptions largest = { PARITY_LAYOUT_MAX_SIDE, PARITY_LAYOUT_MAX_SIDE, NULL };
  /* 8000 × 4000 pt at 300 dpi: 33 334 × 16 667 pixels, within the pixel count. */
  ParityLayoutOptions wide = { 8000, 4000, NULL };
  g_autoptr(GError) error = NULL;

  g_assert_false (parity_figure_export (bundled, spec, &huge, PARITY_EXPORT_PDF, 300, pdf, NULL,
                                        &error));
  g_assert_error (error, PARITY_ERROR, PARITY_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "too large"));
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  g_assert_true (parity_figure_export (bundled, spec, &largest, PARITY_EXPORT_PDF, 300, pdf,
                                       NULL, &error));
  g_assert_no_error (error);

  g_assert_false (parity_figure_export (bundled, spec, &wide, PARITY_EXPORT_PNG, 300, png, NULL,
                                        &error));
  g_assert_error (error, PARITY_ERROR, PARITY_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "33334 × 16667"));
  g_assert_false (g_file_test (png, G_FILE_TEST_EXISTS));
  assert_no_temporary_files (tmpdir);
}

static void
test_unwritable_folder (void)
{
  g_autofree char *path = g_build_filename (tmpdir, "no", "such", "folder", "x.pdf", NULL);
  ParityLayoutOptions layout = { 453.5, 283.5, NULL };
  g_autoptr(GError) error = NULL;

  g_assert_false (parity_figure_export (bundled, parity_dataset_get_chart (bundled, 0), &layout,
                                        PARITY_EXPORT_PDF, 300, path, NULL, &error));
  g_assert_error (error, PARITY_ERROR, PARITY_ERROR_EXPORT);
  g_assert_nonnull (strstr (error->message, "x.pdf"));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

static void
test_formats (void)
{
  ParityExportFormat format;

  g_assert_true (parity_export_format_from_string ("PDF", &format));
  g_assert_cmpint (format, ==, PARITY_EXPORT_PDF);
  g_assert_true (parity_export_format_from_path ("/a/b.svg", &format));
  g_assert_cmpint (format, ==, PARITY_EXPORT_SVG);
  g_assert_false (parity_export_format_from_path ("/a.b/chart", &format));
  g_assert_false (parity_export_format_from_string ("gif", &format));
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  path = parity_dataset_get_bundled_path ();
  bundled = parity_dataset_load_file (path, &error);
  g_assert_no_error (error);
  tmpdir = g_dir_make_tmp ("parity-export-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/export/png", test_png);
  g_test_add_func ("/export/pdf", test_pdf);
  g_test_add_func ("/export/svg", test_svg);
  g_test_add_func ("/export/svg-title-and-desc", test_svg_title_and_desc);
  g_test_add_func ("/export/failed-export-keeps-old-file", test_failed_export_keeps_old_file);
  g_test_add_func ("/export/failed-export-creates-nothing", test_failed_export_creates_nothing);
  g_test_add_func ("/export/stream-error-midway", test_stream_error_midway);
  g_test_add_func ("/export/size-limits", test_size_limits);
  g_test_add_func ("/export/unwritable-folder", test_unwritable_folder);
  g_test_add_func ("/export/formats", test_formats);
  status = g_test_run ();

  {
    g_autoptr(GDir) dir = g_dir_open (tmpdir, 0, NULL);
    const char *name;

    while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *file = g_build_filename (tmpdir, name, NULL);

        g_unlink (file);
      }
    g_rmdir (tmpdir);
  }
  g_object_unref (bundled);
  return status;
}
