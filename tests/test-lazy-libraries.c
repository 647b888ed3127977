/* test-lazy-libraries.c: ICU, librsvg and libgettextpo are loaded by the figure that needs them
 *
 * parity-cli links the PO code, the SVG logo decoder and the number formats, but an English
 * chart must not load ICU, an export without an SVG logo must not load librsvg, and nothing
 * but a PO file may load libgettextpo: each costs every process that loads it milliseconds of
 * start (tests/bench/README.md). This test fails if one is linked again, or opened before it
 * is needed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <unicode/uvernum.h>

#include "parity-figure.h"
#include "parity-i18n-po.h"
#include "parity-lazy-library.h"
#include "parity-loader.h"
#include "parity-preset.h"
#include "parity-theme-logo.h"

#define RSVG "librsvg-2.so.2"
#define GETTEXTPO "libgettextpo.so.0"
#define ICU "libicui18n.so." G_STRINGIFY (U_ICU_VERSION_MAJOR_NUM)

static char *tmpdir;

static void
export_in (ParityDataset *dataset,
           const char    *lang,
           const char    *name)
{
  const ParityPreset *preset = parity_preset_lookup ("report");
  ParityLayoutOptions layout = { preset->width, preset->height, NULL };
  g_autofree char *path = g_build_filename (tmpdir, name, NULL);
  g_autoptr(GError) error = NULL;

  layout.lang = lang;
  parity_figure_export (dataset, parity_dataset_find_chart (dataset,
                                                            "internet-use-by-development"),
                        &layout, PARITY_EXPORT_PDF, preset->dpi, path, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
}

static void
test_export_loads_neither (void)
{
  g_autofree char *path = parity_dataset_get_bundled_path ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ParityDataset) dataset = parity_dataset_load_file (path, &error);

  g_assert_no_error (error);
  export_in (dataset, "en", "en.pdf");
  g_assert_false (parity_lazy_library_is_loaded (ICU));
  /* French numbers are ICU's. */
  export_in (dataset, "fr", "fr.pdf");
  g_assert_true (parity_lazy_library_is_loaded (ICU));
  g_assert_false (parity_lazy_library_is_loaded (RSVG));
  g_assert_false (parity_lazy_library_is_loaded (GETTEXTPO));
}

static void
test_svg_logo_loads_librsvg (void)
{
  static const char svg[] = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 2 1\">"
                            "<rect width=\"2\" height=\"1\"/></svg>";
  g_autoptr(GBytes) bytes = g_bytes_new_static (svg, sizeof svg - 1);
  g_autoptr(GError) error = NULL;
  cairo_surface_t *image;

  g_assert_false (parity_lazy_library_is_loaded (RSVG));
  image = parity_theme_logo_decode (bytes, "logo.svg", 10, &error);
  g_assert_no_error (error);
  g_assert_nonnull (image);
  g_assert_cmpint (cairo_image_surface_get_width (image), ==,
                   2 * cairo_image_surface_get_height (image));
  cairo_surface_destroy (image);
  g_assert_true (parity_lazy_library_is_loaded (RSVG));
}

static void
test_po_file_loads_libgettextpo (void)
{
  static const char po_text[] = "msgid \"\"\n"
                                "msgstr \"Content-Type: text/plain; charset=UTF-8\\n\"\n"
                                "\nmsgctxt \"c\"\nmsgid \"Hello\"\nmsgstr \"Bonjour\"\n";
  g_autofree char *path = g_build_filename (tmpdir, "fr.po", NULL);
  g_autoptr(GError) error = NULL;
  ParityI18nPo *po;

  g_assert_false (parity_lazy_library_is_loaded (GETTEXTPO));
  g_assert_true (g_file_set_contents (path, po_text, -1, NULL));
  po = parity_i18n_po_read (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (po);
  parity_i18n_po_free (po);
  g_assert_true (parity_lazy_library_is_loaded (GETTEXTPO));
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  tmpdir = g_dir_make_tmp ("parity-lazy-XXXXXX", NULL);
  g_assert_nonnull (tmpdir);
  /* In this order: the first asserts that nothing before it loaded any of the three. */
  g_test_add_func ("/lazy/export-loads-neither", test_export_loads_neither);
  g_test_add_func ("/lazy/svg-logo-loads-librsvg", test_svg_logo_loads_librsvg);
  g_test_add_func ("/lazy/po-file-loads-libgettextpo", test_po_file_loads_libgettextpo);
  status = g_test_run ();
  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *file = g_build_filename (tmpdir, (const char *[]) { "en.pdf", "fr.pdf",
                                                                          "fr.po" }[i], NULL);

      g_unlink (file);
    }
  g_rmdir (tmpdir);
  g_free (tmpdir);
  return status;
}
