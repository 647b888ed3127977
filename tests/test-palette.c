/* test-palette.c: the choropleth ramps stay apart in every vision, and their lightness
 * runs the way a reader expects
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "parity-color-vision.h"
#include "parity-palette.h"

static const struct
{
  const char     *name;
  ParityRampKind  kind;
} ramps[] = {
  { "blues", PARITY_RAMP_SEQUENTIAL },
  { "greens", PARITY_RAMP_SEQUENTIAL },
  { "purples", PARITY_RAMP_SEQUENTIAL },
  { "oranges", PARITY_RAMP_SEQUENTIAL },
  { "viridis", PARITY_RAMP_SEQUENTIAL },
  { "blue-orange", PARITY_RAMP_DIVERGING },
  { "purple-green", PARITY_RAMP_DIVERGING },
};

static double
lightness (const ParityColor *color)
{
  double lab[3];

  parity_color_to_lab (color, lab);
  return lab[0];
}

/* Neighbours keep PARITY_VISION_MIN_DELTA_E in every vision, but a diverging ramp's two
 * middle colours for an even n in greyscale: they are as light as each other on purpose. */
static void
assert_apart (const char *name,
              gboolean    diverging)
{
  for (guint n = 2; n <= 7; n++)
    {
      ParityColor colors[9];

      parity_ramp_colors (name, n, colors);
      for (guint v = 0; v < PARITY_N_VISIONS; v++)
        for (guint i = 0; i + 1 < n; i++)
          {
            ParityColor a = parity_vision_simulate (v, &colors[i]);
            ParityColor b = parity_vision_simulate (v, &colors[i + 1]);
            double delta = parity_color_delta_e (&a, &b);

            if (diverging && n % 2 == 0 && i == n / 2 - 1 &&
                v == PARITY_VISION_GREYSCALE)
              {
                g_assert_cmpfloat (delta, <, 1);
                continue;
              }
            if (delta < PARITY_VISION_MIN_DELTA_E)
              g_error ("%s, %u colours: %u and %u are %.1f apart with %s", name, n, i,
                       i + 1, delta, parity_vision_to_string (v));
          }
    }
}

/* Sequential: each colour darker than the one before. */
static void
assert_darkening (const ParityColor *colors,
                  guint              n)
{
  for (guint i = 0; i + 1 < n; i++)
    g_assert_cmpfloat (lightness (&colors[i]), >, lightness (&colors[i + 1]) + 2);
}

/* Diverging: symmetric lightness, darkest at the ends, lightening towards the middle; the
 * two sides different hues, so the ends stay far apart; a pale middle when n is odd. */
static void
assert_symmetric (const ParityColor *colors,
                  guint              n)
{
  for (guint i = 0; i < n / 2; i++)
    {
      g_assert_cmpfloat_with_epsilon (lightness (&colors[i]), lightness (&colors[n - 1 - i]),
                                      0.5);
      if (i + 1 < n / 2)
        g_assert_cmpfloat (lightness (&colors[i]), <, lightness (&colors[i + 1]));
    }
  g_assert_cmpfloat (parity_color_delta_e (&colors[0], &colors[n - 1]), >, 30);
  if (n % 2 == 1)
    g_assert_cmpfloat (lightness (&colors[n / 2]), >, 94);
}

static void
test_ramps (void)
{
  for (guint r = 0; r < G_N_ELEMENTS (ramps); r++)
    {
      gboolean diverging = ramps[r].kind == PARITY_RAMP_DIVERGING;

      g_assert_true (parity_ramp_exists (ramps[r].name));
      g_assert_cmpint (parity_ramp_get_kind (ramps[r].name), ==, ramps[r].kind);
      assert_apart (ramps[r].name, diverging);
      for (guint n = 2; n <= 9; n++)
        {
          ParityColor colors[9];

          parity_ramp_colors (ramps[r].name, n, colors);
          if (diverging)
            assert_symmetric (colors, n);
          else
            assert_darkening (colors, n);
        }
    }
}

/* The designed ramps run from L* 95 to 25, evenly; seven classes are 70/6 apart. */
static void
test_lightness_range (void)
{
  ParityColor colors[7];

  parity_ramp_colors ("blues", 7, colors);
  for (guint i = 0; i < 7; i++)
    g_assert_cmpfloat_with_epsilon (lightness (&colors[i]), 95 - i * 70.0 / 6, 0.5);
  /* viridis, lightest first: its yellow end, then its dark purple */
  parity_ramp_colors ("viridis", 2, colors);
  g_assert_cmpfloat (colors[0].red, >, 0.95);
  g_assert_cmpfloat (colors[0].blue, <, 0.2);
  g_assert_cmpfloat (lightness (&colors[1]), <, 20);
}

static void
test_names (void)
{
  g_autofree char *list = parity_ramp_list (", ");
  ParityColor one;

  g_assert_cmpstr (list, ==,
                   "blues, greens, purples, oranges, viridis, blue-orange, purple-green");
  g_assert_false (parity_ramp_exists ("rainbow"));
  g_assert_false (parity_ramp_exists (NULL));
  g_assert_cmpstr (parity_ramp_default (PARITY_RAMP_SEQUENTIAL), ==, "blues");
  g_assert_cmpstr (parity_ramp_default (PARITY_RAMP_DIVERGING), ==, "blue-orange");
  /* one class: the middle of a ramp */
  parity_ramp_colors ("blues", 1, &one);
  g_assert_cmpfloat_with_epsilon (lightness (&one), 60, 0.5);
}

/* Lab and back: sRGB colours come back as they were; outside sRGB, the chroma gives way. */
static void
test_lab (void)
{
  ParityColor orange = { 0.9, 0.6, 0.0, 1 }, back, vivid;
  double lab[3], out[3];
  const double too_vivid[3] = { 50, 0, -150 };

  parity_color_to_lab (&orange, lab);
  back = parity_color_from_lab (lab);
  g_assert_cmpfloat_with_epsilon (back.red, orange.red, 0.002);
  g_assert_cmpfloat_with_epsilon (back.green, orange.green, 0.002);
  g_assert_cmpfloat_with_epsilon (back.blue, orange.blue, 0.002);
  vivid = parity_color_from_lab (too_vivid);
  parity_color_to_lab (&vivid, out);
  g_assert_cmpfloat_with_epsilon (out[0], 50, 0.5);
  g_assert_cmpfloat (out[2], <, -30);
  g_assert_cmpfloat (out[2], >, -150);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/palette/ramps", test_ramps);
  g_test_add_func ("/palette/lightness-range", test_lightness_range);
  g_test_add_func ("/palette/names", test_names);
  g_test_add_func ("/palette/lab", test_lab);
  return g_test_run ();
}
