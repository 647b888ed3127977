/* test-color-vision.c: colour-vision simulation against known values, contrast, and the
 * palettes' check
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "parity-color-vision.h"

#define RGB(hex) { ((hex) >> 16 & 0xFF) / 255.0, ((hex) >> 8 & 0xFF) / 255.0, \
                   ((hex) & 0xFF) / 255.0, 1.0 }

static void
assert_color (ParityColor c,
              double      r,
              double      g,
              double      b)
{
  g_assert_cmpfloat_with_epsilon (c.red, r, 0.002);
  g_assert_cmpfloat_with_epsilon (c.green, g, 0.002);
  g_assert_cmpfloat_with_epsilon (c.blue, b, 0.002);
}

/* Pure primaries through Machado et al.'s severity-1 matrices: the matrix's column, taken
 * back from linear light to sRGB (values below zero clip). */
static void
test_simulation (void)
{
  ParityColor red = { 1, 0, 0, 1 }, green = { 0, 1, 0, 1 }, blue = { 0, 0, 1, 1 };
  ParityColor white = { 1, 1, 1, 1 }, grey = RGB (0x777777);

  assert_color (parity_vision_simulate (PARITY_VISION_PROTANOPIA, &red), 0.4266, 0.3727, 0);
  assert_color (parity_vision_simulate (PARITY_VISION_DEUTERANOPIA, &green), 0.9361, 0.8392,
                0.2292);
  assert_color (parity_vision_simulate (PARITY_VISION_TRITANOPIA, &blue), 0, 0.4204, 0.5873);
  /* Neutral colours stay neutral: each matrix row adds up to 1. */
  for (guint v = 0; v < PARITY_N_VISIONS; v++)
    {
      assert_color (parity_vision_simulate (v, &white), 1, 1, 1);
      assert_color (parity_vision_simulate (v, &grey), grey.red, grey.green, grey.blue);
    }
  /* Greyscale is relative luminance: pure green is 0.7152 of white, in linear light. */
  assert_color (parity_vision_simulate (PARITY_VISION_GREYSCALE, &green), 0.8625, 0.8625,
                0.8625);
}

/* WCAG's own examples: black on white is 21 : 1, #767676 on white just passes 4.5 : 1. */
static void
test_contrast (void)
{
  ParityColor white = { 1, 1, 1, 1 }, black = { 0, 0, 0, 1 };
  ParityColor grey76 = RGB (0x767676), grey77 = RGB (0x777777);

  g_assert_cmpfloat_with_epsilon (parity_color_contrast (&black, &white), 21, 1e-9);
  g_assert_cmpfloat_with_epsilon (parity_color_contrast (&white, &black), 21, 1e-9);
  g_assert_cmpfloat (parity_color_contrast (&grey76, &white), >=, 4.5);
  g_assert_cmpfloat (parity_color_contrast (&grey77, &white), <, 4.5);
  g_assert_cmpfloat_with_epsilon (parity_color_delta_e (&black, &white), 100, 0.01);
}

/* Every palette keeps neighbouring series apart for the three common deficiencies and in
 * greyscale; Okabe–Ito in its original order does not (bluish green beside reddish purple),
 * and the check says so; a pale text is caught. */
static void
test_palettes (void)
{
  const char *palettes[] = { "default", "greys", "blues" };

  for (guint p = 0; p < G_N_ELEMENTS (palettes); p++)
    {
      ParityTheme theme;
      g_auto(GStrv) problems = NULL;

      parity_theme_init_for_canvas (&theme, 453.5, 283.5);
      parity_theme_set_palette (&theme, palettes[p]);
      problems = parity_theme_check_colors (&theme, 6);
      for (guint i = 0; problems[i] != NULL; i++)
        g_test_message ("%s: %s", palettes[p], problems[i]);
      g_assert_cmpuint (g_strv_length (problems), ==, 0);
    }
  {
    ParityTheme theme;
    const ParityColor okabe_ito[] = { RGB (0x0072B2), RGB (0xE69F00), RGB (0x009E73),
                                      RGB (0xCC79A7), RGB (0x56B4E9), RGB (0xD55E00) };
    g_auto(GStrv) problems = NULL;

    parity_theme_init_for_canvas (&theme, 453.5, 283.5);
    memcpy (theme.palette, okabe_ito, sizeof okabe_ito);
    problems = parity_theme_check_colors (&theme, 6);
    g_assert_cmpuint (g_strv_length (problems), ==, 1);
    g_assert_nonnull (strstr (problems[0], "series 3 and 4 are hard to tell apart with "
                                           "greyscale (ΔE 3.3"));
  }
  {
    ParityTheme theme;
    ParityColor pale = RGB (0xAAAAAA);
    g_auto(GStrv) problems = NULL;

    parity_theme_init_for_canvas (&theme, 453.5, 283.5);
    theme.muted_text = pale;
    problems = parity_theme_check_colors (&theme, 2);
    g_assert_cmpuint (g_strv_length (problems), ==, 1);
    g_assert_nonnull (strstr (problems[0], "muted text has a contrast of 2.3 : 1"));
  }
}

/* The window's preview simulates pixels through tables: it agrees with the exact simulation
 * of each colour to within one level of 255. */
static void
test_image (void)
{
  const ParityColor colors[] = { RGB (0xD55E00), RGB (0x0072B2), RGB (0x009E73),
                                 RGB (0xFFFFFF), RGB (0x1A1A1A) };

  for (guint v = 0; v < PARITY_N_VISIONS; v++)
    {
      cairo_surface_t *image = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                                           G_N_ELEMENTS (colors), 1);
      cairo_t *cr = cairo_create (image);
      guint32 *pixels;

      for (guint i = 0; i < G_N_ELEMENTS (colors); i++)
        {
          cairo_set_source_rgb (cr, colors[i].red, colors[i].green, colors[i].blue);
          cairo_rectangle (cr, i, 0, 1, 1);
          cairo_fill (cr);
        }
      cairo_destroy (cr);
      parity_vision_simulate_image (v, image);
      pixels = (guint32 *)cairo_image_surface_get_data (image);
      for (guint i = 0; i < G_N_ELEMENTS (colors); i++)
        {
          ParityColor expected = parity_vision_simulate (v, &colors[i]);

          g_assert_cmpfloat_with_epsilon ((pixels[i] >> 16 & 0xFF) / 255.0, expected.red, 1.01 / 255);
          g_assert_cmpfloat_with_epsilon ((pixels[i] >> 8 & 0xFF) / 255.0, expected.green,
                                          1.01 / 255);
          g_assert_cmpfloat_with_epsilon ((pixels[i] & 0xFF) / 255.0, expected.blue, 1.01 / 255);
        }
      cairo_surface_destroy (image);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/color-vision/simulation", test_simulation);
  g_test_add_func ("/color-vision/contrast", test_contrast);
  g_test_add_func ("/color-vision/palettes", test_palettes);
  g_test_add_func ("/color-vision/image", test_image);
  return g_test_run ();
}
