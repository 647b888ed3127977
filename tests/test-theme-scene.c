/* test-theme-scene.c: theme files, read and applied, asserted on the scene
 *
 * themes/valid/NAME.json must load; themes/invalid/NAME.json must fail with exactly the
 * message in themes/invalid/NAME.error (PARITY_TEST_WRITE_EXPECTED=1 writes missing ones,
 * to be read before committing). The scene tests lay bundled charts out in
 * themes/valid/full.json and find its colours, group colours, sizes, fonts per script,
 * margins, footer and logo on the scene's items, and an SVG logo's raster and proportions.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "dataset-dump.h"
#include "parity-color-vision.h"
#include "parity-error.h"
#include "parity-figure.h"
#include "parity-theme-file.h"
#include "scene-test-util.h"

#define ITEM(array, i) ((const ParityItem *)g_ptr_array_index ((array), (i)))
#define CANVAS_W 680.0
#define CANVAS_H 560.0

static ParityDataset *bundled;

static ParityThemeFile *
fixture_theme (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "themes", "valid", "full.json",
                                                 NULL);
  g_autoptr(GError) error = NULL;
  ParityThemeFile *theme = parity_theme_file_load (path, &error);

  g_assert_no_error (error);
  return theme;
}

static ParityScene *
layout_themed (ParityDataset         *dataset,
               const char            *chart,
               const char            *lang,
               const ParityThemeFile *theme)
{
  const ParityChartSpec *spec = parity_dataset_find_chart (dataset, chart);
  ParityLayoutOptions options = { CANVAS_W, CANVAS_H, lang, theme };
  g_autoptr(GError) error = NULL;
  ParityScene *scene;

  g_assert_nonnull (spec);
  scene = parity_layout_chart (dataset, spec, &options, &error);
  g_assert_no_error (error);
  return scene;
}

static ParityColor
rgb (guint hex)
{
  return (ParityColor) { (hex >> 16 & 0xFF) / 255.0, (hex >> 8 & 0xFF) / 255.0,
                         (hex & 0xFF) / 255.0, 1.0 };
}

static const ParityItem *
first_of (ParityScene *scene,
          ParityRole   role,
          int          kind)
{
  g_autoptr(GPtrArray) items = scene_test_items (scene, role, kind);

  g_assert_cmpuint (items->len, >, 0);
  return ITEM (items, 0);
}

static void
test_valid (gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ParityThemeFile) theme = parity_theme_file_load (data, &error);

  g_assert_no_error (error);
  g_assert_nonnull (parity_theme_file_get_name (theme, "en"));
}

static void
test_invalid (gconstpointer data)
{
  const char *path = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(ParityThemeFile) theme = parity_theme_file_load (path, &error);

  g_assert_null (theme);
  dataset_dump_compare_error (path, error);
}

/* Larger than a theme may be: refused before it is parsed, and a file without an end is not
 * read past the limit. */
static void
test_too_large (void)
{
  gsize len = PARITY_THEME_FILE_MAX_BYTES + 1;
  g_autofree char *data = g_malloc (len);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ParityThemeFile) theme = NULL;

  memset (data, ' ', len);
  bytes = g_bytes_new_static (data, len);
  theme = parity_theme_file_load_bytes (bytes, "big.json", NULL, &error);
  g_assert_null (theme);
  g_assert_error (error, PARITY_ERROR, PARITY_ERROR_CONTENT);
  g_assert_nonnull (strstr (error->message, "big.json: larger than"));
  g_clear_error (&error);
  g_clear_pointer (&theme, parity_theme_file_unref);

  theme = parity_theme_file_load ("/dev/zero", &error);
  g_assert_null (theme);
  g_assert_error (error, PARITY_ERROR, PARITY_ERROR_CONTENT);
  g_assert_nonnull (strstr (error->message, "zero: larger than"));
}

/* A theme read from bytes has no folder, so no logo. */
static void
test_logo_needs_a_folder (void)
{
  static const char json[] = "{\"name\": \"x\", \"logo\": {\"file\": \"logo.png\"}}";
  g_autoptr(GBytes) bytes = g_bytes_new_static (json, sizeof json - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(ParityThemeFile) theme = parity_theme_file_load_bytes (bytes, "t.json", NULL,
                                                                    &error);

  g_assert_null (theme);
  g_assert_cmpstr (error->message, ==, "t.json: $.logo.file: this theme is not read from a "
                   "folder, so it cannot have a logo");
}

/* The bundled themes read by name, are named in the six languages, and pass the colour
 * checks validate makes. */
static void
test_bundled (void)
{
  static const char * const langs[] = { "en", "fr", "es", "ru", "zh", "ar" };

  for (const char * const *id = parity_theme_file_list_bundled (); *id != NULL; id++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(ParityThemeFile) theme = parity_theme_file_open (*id, &error);
      g_auto(GStrv) problems = NULL;

      g_assert_no_error (error);
      g_assert_cmpstr (parity_theme_file_get_id (theme), ==, *id);
      for (guint i = 1; i < G_N_ELEMENTS (langs); i++)
        g_assert_cmpstr (parity_theme_file_get_name (theme, langs[i]), !=,
                         parity_theme_file_get_name (theme, "en"));
      problems = parity_theme_file_check_colors (theme);
      g_assert_cmpstr (problems[0], ==, NULL);
    }
}

/* The background, the text and the mark colour of a one-series chart are the theme's (its
 * palette is asserted with the groups below); the title is set in the theme's sizes
 * (body × 1.1, title × 1.8 of that); the scene carries the theme's name. */
static void
test_colors_and_sizes (void)
{
  g_autoptr(ParityThemeFile) theme = fixture_theme ();
  g_autoptr(ParityScene) plain = layout_themed (bundled, "internet-use-by-region", "en", NULL);
  g_autoptr(ParityScene) scene = layout_themed (bundled, "internet-use-by-region", "en", theme);
  const ParityItem *background = first_of (scene, PARITY_ROLE_BACKGROUND, PARITY_ITEM_RECT);
  const ParityItem *title = first_of (scene, PARITY_ROLE_TITLE, PARITY_ITEM_TEXT);
  const ParityItem *plain_title = first_of (plain, PARITY_ROLE_TITLE, PARITY_ITEM_TEXT);
  g_autoptr(GPtrArray) marks = scene_test_items_with_role (scene, PARITY_ROLE_MARK);
  const ParityColor bg = rgb (0xFAF8F0), text = rgb (0x101010), mark = rgb (0x123456);
  double size, plain_size;

  g_assert_true (scene_test_same_color (&background->fill, &bg));
  g_assert_true (scene_test_same_color (&title->fill, &text));
  size = pango_font_description_get_size (pango_layout_get_font_description (title->layout));
  plain_size = pango_font_description_get_size (
    pango_layout_get_font_description (plain_title->layout));
  g_assert_cmpfloat_with_epsilon (size / plain_size, 1.1 * 1.8 / 1.45, 1e-3);
  g_assert_cmpuint (marks->len, >, 3);
  for (guint i = 0; i < marks->len; i++)
    g_assert_true (scene_test_same_color (&ITEM (marks, i)->fill, &mark));
  g_assert_cmpstr (parity_scene_get_theme_name (scene), ==, "Fixture house");
  g_assert_null (parity_scene_get_theme_name (plain));
}

/* Bars of women and men take the theme's "female" and "male" colours, whatever their place
 * among the series. */
static void
test_series_group_colors (void)
{
  g_autoptr(ParityThemeFile) theme = fixture_theme ();
  g_autoptr(ParityScene) scene = layout_themed (bundled, "internet-use-by-sex-bars", "en",
                                                theme);
  g_autoptr(GPtrArray) bars = scene_test_items (scene, PARITY_ROLE_MARK, PARITY_ITEM_RECT);
  const ParityColor female = rgb (0x7A1F5C), male = rgb (0x1F7A3C);
  guint n_female = 0, n_male = 0;

  for (guint i = 0; i < bars->len; i++)
    {
      const char *breakdown = parity_dataset_get_breakdown (bundled,
                                                            ITEM (bars, i)->datum.breakdown);

      if (strstr (breakdown, "female") != NULL)
        n_female += scene_test_same_color (&ITEM (bars, i)->fill, &female);
      else if (strstr (breakdown, "male") != NULL)
        n_male += scene_test_same_color (&ITEM (bars, i)->fill, &male);
    }
  g_assert_cmpuint (n_female, >=, 3);
  g_assert_cmpuint (n_male, >=, 3);
}

/* A scatter plot's group named by id ("ldc", "income-high") takes the theme's colour for
 * that id, in any case; a group listed by its members keeps the palette's. */
static void
test_chart_group_colors (void)
{
  static const char json[] =
    "{ \"format\": \"parity-dataset\", \"version\": 1, \"default_language\": \"en\","
    "  \"title\": \"t\", \"sources\": [], \"entities\": ["
    "    {\"id\": \"AFG\", \"label\": \"Afghanistan\", \"kind\": \"economy\"},"
    "    {\"id\": \"BDI\", \"label\": \"Burundi\", \"kind\": \"economy\"},"
    "    {\"id\": \"FRA\", \"label\": \"France\", \"kind\": \"economy\"},"
    "    {\"id\": \"DEU\", \"label\": \"Germany\", \"kind\": \"economy\"},"
    "    {\"id\": \"BRA\", \"label\": \"Brazil\", \"kind\": \"economy\"} ],"
    "  \"indicators\": [ {\"id\": \"u\", \"label\": \"U\", \"unit\": {\"kind\": \"percent\"},"
    "    \"observations\": [ {\"entity\": \"AFG\", \"period\": \"2022\", \"value\": 18},"
    "    {\"entity\": \"BDI\", \"period\": \"2022\", \"value\": 11},"
    "    {\"entity\": \"FRA\", \"period\": \"2022\", \"value\": 85},"
    "    {\"entity\": \"DEU\", \"period\": \"2022\", \"value\": 91},"
    "    {\"entity\": \"BRA\", \"period\": \"2022\", \"value\": 81} ] },"
    "  {\"id\": \"g\", \"label\": \"G\", \"unit\": {\"kind\": \"count\"},"
    "    \"observations\": [ {\"entity\": \"AFG\", \"period\": \"2022\", \"value\": 400},"
    "    {\"entity\": \"BDI\", \"period\": \"2022\", \"value\": 250},"
    "    {\"entity\": \"FRA\", \"period\": \"2022\", \"value\": 40000},"
    "    {\"entity\": \"DEU\", \"period\": \"2022\", \"value\": 48000},"
    "    {\"entity\": \"BRA\", \"period\": \"2022\", \"value\": 9000} ] } ],"
    "  \"charts\": [ {\"id\": \"c\", \"kind\": \"scatter\", \"title\": \"T\","
    "    \"indicator\": \"u\", \"period\": \"2022\", \"x\": {\"indicator\": \"g\"},"
    "    \"groups\": [ {\"group\": \"ldc\"}, {\"group\": \"income-high\"},"
    "                  {\"label\": \"Brazil\", \"entities\": [\"BRA\"]} ] } ] }";
  g_autoptr(ParityDataset) dataset = scene_test_load_string (json);
  g_autoptr(ParityThemeFile) theme = fixture_theme ();
  g_autoptr(ParityScene) scene = layout_themed (dataset, "c", "en", theme);
  g_autoptr(GPtrArray) marks = scene_test_items (scene, PARITY_ROLE_MARK, PARITY_ITEM_MARKER);
  const ParityColor ldc = rgb (0x8E2C00), high = rgb (0x00507A), third = rgb (0x328CC1);
  guint seen = 0;

  for (guint i = 0; i < marks->len; i++)
    {
      const ParityItem *dot = ITEM (marks, i);
      const char *id;

      if (!dot->has_datum || dot->datum.indicator != parity_dataset_lookup_indicator (dataset,
                                                                                      "u"))
        continue;
      id = parity_dataset_get_entity (dataset, dot->datum.entity)->id;
      if (g_str_equal (id, "AFG") || g_str_equal (id, "BDI"))
        g_assert_true (scene_test_same_color (&dot->fill, &ldc));
      else if (g_str_equal (id, "BRA"))
        g_assert_true (scene_test_same_color (&dot->fill, &third));
      else
        g_assert_true (scene_test_same_color (&dot->fill, &high));
      seen++;
    }
  g_assert_cmpuint (seen, ==, 5);
}

/* A chart of one series colours an entity the theme names by id ("EUR") in its colour, and
 * the others from the palette in their order: Asia & Pacific, first, the first colour. */
static void
test_entity_colors (void)
{
  g_autoptr(ParityThemeFile) theme = fixture_theme ();
  g_autoptr(ParityScene) scene = layout_themed (bundled, "bandwidth-share-by-region", "en",
                                                theme);
  g_autoptr(GPtrArray) slices = scene_test_items (scene, PARITY_ROLE_MARK, PARITY_ITEM_ARC);
  const ParityColor europe = rgb (0x5C3D99), first = rgb (0x0B3C5D);
  guint n_europe = 0, n_first = 0;

  for (guint i = 0; i < slices->len; i++)
    {
      const ParityItem *slice = ITEM (slices, i);
      const char *id = parity_dataset_get_entity (bundled, slice->datum.entity)->id;

      if (g_str_equal (id, "EUR"))
        n_europe += scene_test_same_color (&slice->fill, &europe);
      else if (g_str_equal (id, "ASP"))
        n_first += scene_test_same_color (&slice->fill, &first);
      else
        g_assert_false (scene_test_same_color (&slice->fill, &europe));
    }
  g_assert_cmpuint (n_europe, ==, 1);
  g_assert_cmpuint (n_first, ==, 1);
}

/* Each script takes the theme's family for it, ahead of the built-in fallbacks. */
static void
test_fonts_per_script (void)
{
  static const struct { const char *lang, *family; } cases[] = {
    { "en", "Fixture Latin" }, { "fr", "Fixture Latin" }, { "ar", "Fixture Arabic" },
    { "zh", "Fixture CJK" }, { "ru", "Fixture Cyrillic" },
  };
  g_autoptr(ParityThemeFile) theme = fixture_theme ();

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(ParityScene) scene = layout_themed (bundled, "internet-use-by-region",
                                                    cases[i].lang, theme);
      const ParityItem *title = first_of (scene, PARITY_ROLE_TITLE, PARITY_ITEM_TEXT);
      const char *family = pango_font_description_get_family (
        pango_layout_get_font_description (title->layout));

      g_assert_true (g_str_has_prefix (family, cases[i].family));
      g_assert_nonnull (strstr (family, "sans-serif"));
    }
}

/* The frame keeps the theme's margins: the title starts at the top and left (right in
 * Arabic) margins, the foot ends at the bottom margin, and the logo sits in the foot's end
 * corner at the theme's height, the source line beside it and the notes above it. */
static void
test_margins_footer_and_logo (void)
{
  g_autoptr(ParityThemeFile) theme = fixture_theme ();

  for (guint rtl = 0; rtl < 2; rtl++)
    {
      g_autoptr(ParityScene) scene = layout_themed (bundled, "internet-use-by-region",
                                                    rtl ? "ar" : "fr", theme);
      const ParityItem *title = first_of (scene, PARITY_ROLE_TITLE, PARITY_ITEM_TEXT);
      const ParityItem *source = first_of (scene, PARITY_ROLE_SOURCE, PARITY_ITEM_TEXT);
      const ParityItem *logo = first_of (scene, PARITY_ROLE_LOGO, PARITY_ITEM_IMAGE);
      g_autoptr(GPtrArray) notes = scene_test_items (scene, PARITY_ROLE_NOTES, PARITY_ITEM_TEXT);

      g_assert_cmpfloat (title->box.y, >=, 40 - 3);
      g_assert_cmpfloat (title->box.y, <, 40 + 3);
      if (!rtl)
        g_assert_cmpfloat_with_epsilon (title->x1, 50, 1.5);
      else
        g_assert_cmpfloat (title->box.x + title->box.width, <=, CANVAS_W - 50 + 1);
      g_assert_cmpfloat_with_epsilon (logo->box.height, 20, 1e-6);
      g_assert_cmpfloat_with_epsilon (logo->box.width, 40, 1e-6);
      g_assert_cmpfloat_with_epsilon (logo->box.y + logo->box.height, CANVAS_H - 20, 1e-6);
      if (!rtl)
        {
          g_assert_cmpfloat_with_epsilon (logo->box.x + logo->box.width, CANVAS_W - 30, 1e-6);
          g_assert_cmpfloat (source->box.x + source->box.width, <, logo->box.x);
        }
      else
        {
          g_assert_cmpfloat_with_epsilon (logo->box.x, 30, 1e-6);
          g_assert_cmpfloat (source->box.x, >, logo->box.x + logo->box.width);
        }
      g_assert_cmpfloat (source->box.y + source->box.height, <=, CANVAS_H - 20 + 1);
      for (guint i = 0; i < notes->len; i++)
        g_assert_cmpfloat (ITEM (notes, i)->box.y + ITEM (notes, i)->box.height, <=,
                           logo->box.y + 1);
      /* The footer is a line under the source, in the chart's language where it has one. */
      g_assert_nonnull (strstr (source->text, rtl ? "\nFixture Institute"
                                                  : "\nInstitut de test"));
    }
}

/* An SVG logo as design tools write one (a DOCTYPE, a style sheet in CDATA, a gradient used
 * by its fragment), sized by its viewBox, is drawn at the theme's height in its own
 * proportions, rasterized once for print: its left half blue, its right half clear. The SVGs
 * with a picture or a reference outside themselves are in themes/invalid. */
static void
test_svg_logo (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "themes", "valid",
                                                 "svg-logo.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(ParityThemeFile) theme = parity_theme_file_load (path, &error);
  g_autoptr(ParityScene) scene = NULL;
  const ParityItem *logo;
  cairo_surface_t *image;
  const guint8 *pixels;
  double height = 0;
  int w, h, stride;

  g_assert_no_error (error);
  image = parity_theme_file_get_logo (theme, &height);
  g_assert_nonnull (image);
  g_assert_cmpfloat (height, ==, 24);
  g_assert_cmpint (cairo_image_surface_get_format (image), ==, CAIRO_FORMAT_ARGB32);
  w = cairo_image_surface_get_width (image);
  h = cairo_image_surface_get_height (image);
  /* 24 pt at 600 dpi. */
  g_assert_cmpint (h, ==, 200);
  g_assert_cmpint (w, ==, 600);
  pixels = cairo_image_surface_get_data (image);
  stride = cairo_image_surface_get_stride (image);
  for (int y = 0; y < h; y++)
    {
      const guint32 *row = (const guint32 *)(gconstpointer)(pixels + (gsize)y * stride);

      g_assert_cmphex (row[w / 4], ==, 0xFF123456);
      for (int x = w / 2 + 1; x < w; x++)
        g_assert_cmphex (row[x] >> 24, ==, 0);
    }

  scene = layout_themed (bundled, "internet-use-by-region", "en", theme);
  logo = first_of (scene, PARITY_ROLE_LOGO, PARITY_ITEM_IMAGE);
  g_assert_true (logo->image == image);
  g_assert_cmpfloat_with_epsilon (logo->box.height, 24, 1e-6);
  g_assert_cmpfloat_with_epsilon (logo->box.width, 72, 1e-6);
}

/* A theme in a folder of its own, beside a logo of @svg_len bytes of @svg. */
static ParityThemeFile *
load_with_svg (const char  *svg,
               gsize        svg_len,
               char       **dir,
               GError     **error)
{
  static const char json[] = "{\"name\": \"x\", \"logo\": {\"file\": \"l.svg\", "
                             "\"height\": 12}}";
  g_autofree char *theme = NULL;
  g_autofree char *logo = NULL;

  *dir = g_dir_make_tmp ("parity-theme-XXXXXX", NULL);
  theme = g_build_filename (*dir, "t.json", NULL);
  logo = g_build_filename (*dir, "l.svg", NULL);
  g_assert_true (g_file_set_contents (theme, json, -1, NULL));
  g_assert_true (g_file_set_contents (logo, svg, svg_len, NULL));
  return parity_theme_file_load (theme, error);
}

static void
remove_folder (char *dir)
{
  g_autofree char *theme = g_build_filename (dir, "t.json", NULL);
  g_autofree char *logo = g_build_filename (dir, "l.svg", NULL);

  g_unlink (theme);
  g_unlink (logo);
  g_rmdir (dir);
  g_free (dir);
}

/* An SVG's size in physical units gives its proportions too; one past the byte limit is
 * refused before it is parsed, and so is a compressed one, whatever it would inflate to. */
static void
test_svg_logo_limits (void)
{
  static const char inches[] = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"2in\" "
                               "height=\"1in\"><rect width=\"10\" height=\"10\"/></svg>";
  static const guint8 gzipped[] = { 0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00 };
  gsize big = PARITY_THEME_LOGO_MAX_BYTES + 1;
  /* A logo that names a file beside it is refused, not drawn without it. */
  static const char beside[] = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 2 1\">"
                               "<use href=\"t.json#x\"/></svg>";
  g_autofree char *padded = g_malloc (big);
  g_autoptr(GError) error = NULL;
  g_autoptr(ParityThemeFile) theme = NULL;
  cairo_surface_t *image;
  char *dir;

  theme = load_with_svg (inches, strlen (inches), &dir, &error);
  g_assert_no_error (error);
  image = parity_theme_file_get_logo (theme, NULL);
  g_assert_cmpint (cairo_image_surface_get_height (image), ==, 100);
  g_assert_cmpint (cairo_image_surface_get_width (image), ==, 200);
  remove_folder (dir);
  g_clear_pointer (&theme, parity_theme_file_unref);

  /* A valid SVG, padded with a comment to one byte past the limit. */
  memset (padded, ' ', big);
  memcpy (padded, inches, strlen (inches));
  memcpy (padded + strlen (inches), "<!--", 4);
  memcpy (padded + big - 3, "-->", 3);
  theme = load_with_svg (padded, big, &dir, &error);
  g_assert_null (theme);
  g_assert_error (error, PARITY_ERROR, PARITY_ERROR_CONTENT);
  g_assert_cmpstr (error->message, ==, "t.json: $.logo.file: \"l.svg\" is larger than the "
                   "1048576 bytes a logo may hold");
  remove_folder (dir);
  g_clear_error (&error);

  theme = load_with_svg (beside, strlen (beside), &dir, &error);
  g_assert_null (theme);
  g_assert_nonnull (strstr (error->message, "\"l.svg\" holds href=\"…\": "));
  remove_folder (dir);
  g_clear_error (&error);

  theme = load_with_svg ((const char *)gzipped, sizeof gzipped, &dir, &error);
  g_assert_null (theme);
  g_assert_error (error, PARITY_ERROR, PARITY_ERROR_CONTENT);
  g_assert_cmpstr (error->message, ==, "t.json: $.logo.file: \"l.svg\" is not an SVG image "
                   "that can be read (a plain SVG file, not compressed)");
  remove_folder (dir);
}

/* The theme's name goes into a figure's provenance (here an SVG's metadata). */
static void
test_provenance (void)
{
  g_autoptr(ParityThemeFile) theme = fixture_theme ();
  g_autofree char *dir = g_dir_make_tmp ("parity-theme-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "figure.svg", NULL);
  const ParityChartSpec *spec = parity_dataset_find_chart (bundled, "internet-use-by-region");
  ParityLayoutOptions options = { CANVAS_W, CANVAS_H, "en", theme };
  g_autoptr(GError) error = NULL;
  g_autofree char *svg = NULL;

  g_assert_true (parity_figure_export (bundled, spec, &options, PARITY_EXPORT_SVG, 96, path,
                                       NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &svg, NULL, NULL));
  g_assert_nonnull (strstr (svg, "; theme Fixture house"));
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  bundled = scene_test_load_bundled ();
  dataset_dump_add_fixture_tests ("themes", "valid", ".json", test_valid);
  dataset_dump_add_fixture_tests ("themes", "invalid", ".json", test_invalid);
  g_test_add_func ("/theme/too-large", test_too_large);
  g_test_add_func ("/theme/logo-needs-a-folder", test_logo_needs_a_folder);
  g_test_add_func ("/theme/bundled", test_bundled);
  g_test_add_func ("/theme/colors-and-sizes", test_colors_and_sizes);
  g_test_add_func ("/theme/series-group-colors", test_series_group_colors);
  g_test_add_func ("/theme/chart-group-colors", test_chart_group_colors);
  g_test_add_func ("/theme/entity-colors", test_entity_colors);
  g_test_add_func ("/theme/fonts-per-script", test_fonts_per_script);
  g_test_add_func ("/theme/margins-footer-and-logo", test_margins_footer_and_logo);
  g_test_add_func ("/theme/svg-logo", test_svg_logo);
  g_test_add_func ("/theme/svg-logo-limits", test_svg_logo_limits);
  g_test_add_func ("/theme/provenance", test_provenance);
  status = g_test_run ();
  g_object_unref (bundled);
  return status;
}
