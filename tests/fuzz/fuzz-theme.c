/* fuzz-theme.c: libFuzzer harness, any bytes → theme file reader → a chart laid out and
 * painted in the theme; the same bytes → the SVG logo decoder
 *
 * The reader of theme files is fed any bytes (with no folder, so a logo is refused rather
 * than read), and so is the logo decoder as an SVG (the seed folders hold SVG logos): it
 * refuses them or gives an ARGB32 image within the pixel limit. A theme that loads is checked against what parity-theme-file.h promises: a
 * name; sizes and margins within their bounds once applied; its colour checks run. Then
 * the bundled dataset's first bar chart is laid out in it in a Latin, an Arabic and a CJK
 * language, and painted.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>
#include <stdint.h>

#include "parity-color-vision.h"
#include "parity-layout.h"
#include "parity-loader.h"
#include "parity-scene-image.h"
#include "parity-theme-file.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static void
check_svg_logo (GBytes *bytes)
{
  g_autoptr(GError) error = NULL;
  cairo_surface_t *logo = parity_theme_logo_decode (bytes, "fuzz.svg", 18, &error);

  if (logo == NULL)
    {
      g_assert (error != NULL && error->message != NULL);
      return;
    }
  g_assert (cairo_image_surface_get_format (logo) == CAIRO_FORMAT_ARGB32);
  g_assert (cairo_image_surface_get_width (logo) <= PARITY_THEME_LOGO_MAX_SIDE);
  g_assert (cairo_image_surface_get_height (logo) <= PARITY_THEME_LOGO_MAX_SIDE);
  cairo_surface_destroy (logo);
}

static ParityDataset *
bundled_dataset (void)
{
  static ParityDataset *dataset;

  if (dataset == NULL)
    {
      g_autofree char *path = parity_dataset_get_bundled_path ();

      dataset = parity_dataset_load_file (path, NULL);
      g_assert (dataset != NULL);
    }
  return dataset;
}

static void
check_applied (const ParityThemeFile *file,
               const char            *lang)
{
  ParityTheme theme;

  parity_theme_init_for_canvas (&theme, 453.5, 283.5);
  parity_theme_apply_file (&theme, file, lang);
  g_assert (theme.font_family != NULL && *theme.font_family != '\0');
  g_assert (theme.body_size > 0 && theme.body_size <= 40.0 * 2);
  for (guint i = 0; i < 4; i++)
    {
      g_assert (isfinite (theme.size_ratio[i]) && theme.size_ratio[i] > 0);
      g_assert (theme.margin[i] <= PARITY_THEME_FILE_MAX_MARGIN);
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static const char * const langs[] = { "en", "ar", "zh" };
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(ParityThemeFile) theme = parity_theme_file_load_bytes (bytes, "fuzz.json", NULL,
                                                                  &error);
  g_auto(GStrv) problems = NULL;
  ParityDataset *dataset;

  check_svg_logo (bytes);
  if (theme == NULL)
    {
      g_assert (error != NULL && error->message != NULL);
      return 0;
    }
  g_assert (error == NULL);
  g_assert (parity_theme_file_get_name (theme, "en") != NULL);
  g_assert (parity_theme_file_get_logo (theme, NULL) == NULL);
  problems = parity_theme_file_check_colors (theme);
  g_assert (problems != NULL);
  dataset = bundled_dataset ();
  for (guint i = 0; i < G_N_ELEMENTS (langs); i++)
    {
      const ParityChartSpec *spec = parity_dataset_get_chart (dataset, 0);
      ParityLayoutOptions options = { 453.5, 283.5, langs[i], theme };
      g_autoptr(ParityScene) scene = NULL;
      cairo_surface_t *image;

      check_applied (theme, langs[i]);
      scene = parity_layout_chart (dataset, spec, &options, NULL);
      if (scene == NULL)
        continue;
      image = parity_scene_render_image (scene, 0.5, PARITY_PIXEL_FIT_CANVAS,
                                         PARITY_VISION_NORMAL, NULL);
      if (image != NULL)
        cairo_surface_destroy (image);
    }
  return 0;
}
