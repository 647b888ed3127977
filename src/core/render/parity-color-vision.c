/* parity-color-vision.c
 *
 * Simulation: Machado, Oliveira and Fernandes (2009), "A Physiologically-based Model for
 * Simulation of Color Vision Deficiency", the matrices for severity 1.0, applied to linear
 * RGB; greyscale is the relative luminance. Distance: CIE76 ΔE in CIE L*a*b* (D65).
 * Contrast: WCAG 2.x, (L1 + 0.05) / (L2 + 0.05) of relative luminances.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "parity-color-vision.h"

static const double machado[][3][3] = {
  [PARITY_VISION_PROTANOPIA] = {
    {  0.152286,  1.052583, -0.204868 },
    {  0.114503,  0.786281,  0.099216 },
    { -0.003882, -0.048116,  1.051998 },
  },
  [PARITY_VISION_DEUTERANOPIA] = {
    {  0.367322,  0.860646, -0.227968 },
    {  0.280085,  0.672501,  0.047413 },
    { -0.011820,  0.042940,  0.968881 },
  },
  [PARITY_VISION_TRITANOPIA] = {
    {  1.255528, -0.076749, -0.178779 },
    { -0.078411,  0.930809,  0.147602 },
    {  0.004733,  0.691367,  0.303900 },
  },
};

const char *
parity_vision_to_string (ParityVision vision)
{
  static const char * const names[] = {
    "normal", "protanopia", "deuteranopia", "tritanopia", "greyscale",
  };

  g_return_val_if_fail (vision < PARITY_N_VISIONS, NULL);
  return names[vision];
}

gboolean
parity_vision_from_string (const char   *name,
                           ParityVision *vision)
{
  for (guint v = 0; v < PARITY_N_VISIONS; v++)
    if (g_strcmp0 (name, parity_vision_to_string (v)) == 0)
      {
        *vision = v;
        return TRUE;
      }
  return FALSE;
}

static double
to_linear (double c)
{
  return c <= 0.04045 ? c / 12.92 : pow ((c + 0.055) / 1.055, 2.4);
}

static double
to_srgb (double c)
{
  c = CLAMP (c, 0, 1);
  return c <= 0.0031308 ? c * 12.92 : 1.055 * pow (c, 1 / 2.4) - 0.055;
}

static double
luminance (const ParityColor *c)
{
  return 0.2126 * to_linear (c->red) + 0.7152 * to_linear (c->green) +
         0.0722 * to_linear (c->blue);
}

ParityColor
parity_vision_simulate (ParityVision       vision,
                        const ParityColor *color)
{
  double rgb[3] = { to_linear (color->red), to_linear (color->green), to_linear (color->blue) };
  double out[3];

  g_return_val_if_fail (vision < PARITY_N_VISIONS, *color);
  if (vision == PARITY_VISION_NORMAL)
    return *color;
  if (vision == PARITY_VISION_GREYSCALE)
    {
      double y = to_srgb (luminance (color));

      return (ParityColor) { y, y, y, color->alpha };
    }
  for (int i = 0; i < 3; i++)
    out[i] = machado[vision][i][0] * rgb[0] + machado[vision][i][1] * rgb[1] +
             machado[vision][i][2] * rgb[2];
  return (ParityColor) { to_srgb (out[0]), to_srgb (out[1]), to_srgb (out[2]), color->alpha };
}

static double
lab_f (double t)
{
  return t > 216.0 / 24389 ? cbrt (t) : (24389.0 / 27 * t + 16) / 116;
}

static double
lab_f_inverse (double f)
{
  return f * f * f > 216.0 / 24389 ? f * f * f : (116 * f - 16) * 27 / 24389;
}

void
parity_color_to_lab (const ParityColor *c,
                     double             lab[3])
{
  double r = to_linear (c->red), g = to_linear (c->green), b = to_linear (c->blue);
  /* sRGB to XYZ (D65), relative to the white point */
  double xyz[3] = {
    (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047,
    (0.2126 * r + 0.7152 * g + 0.0722 * b) / 1.0,
    (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883,
  };
  double f[3];

  for (int i = 0; i < 3; i++)
    f[i] = lab_f (xyz[i]);
  lab[0] = 116 * f[1] - 16;
  lab[1] = 500 * (f[0] - f[1]);
  lab[2] = 200 * (f[1] - f[2]);
}

/* L*a*b* to linear sRGB; FALSE when a channel is outside what sRGB shows */
static gboolean
lab_to_linear (const double lab[3],
               double       rgb[3])
{
  double fy = (lab[0] + 16) / 116;
  double x = 0.95047 * lab_f_inverse (fy + lab[1] / 500);
  double y = lab_f_inverse (fy);
  double z = 1.08883 * lab_f_inverse (fy - lab[2] / 200);
  gboolean inside = TRUE;

  rgb[0] = 3.2406 * x - 1.5372 * y - 0.4986 * z;
  rgb[1] = -0.9689 * x + 1.8758 * y + 0.0415 * z;
  rgb[2] = 0.0557 * x - 0.2040 * y + 1.0570 * z;
  for (int i = 0; i < 3; i++)
    inside = inside && rgb[i] >= -1e-4 && rgb[i] <= 1 + 1e-4;
  return inside;
}

/* A colour sRGB cannot show keeps its lightness and hue and loses chroma until it fits. */
ParityColor
parity_color_from_lab (const double lab[3])
{
  double rgb[3], lo = 0, hi = 1;
  double fit[3] = { lab[0], lab[1], lab[2] };

  if (!lab_to_linear (fit, rgb))
    {
      for (int i = 0; i < 30; i++)
        {
          double mid = (lo + hi) / 2;

          fit[1] = lab[1] * mid;
          fit[2] = lab[2] * mid;
          if (lab_to_linear (fit, rgb))
            lo = mid;
          else
            hi = mid;
        }
      fit[1] = lab[1] * lo;
      fit[2] = lab[2] * lo;
      lab_to_linear (fit, rgb);
    }
  return (ParityColor) { to_srgb (rgb[0]), to_srgb (rgb[1]), to_srgb (rgb[2]), 1 };
}

/* CIE76: the Euclidean distance in L*a*b*; about 2.3 is the least a person notices, and
 * marks need far more to be told apart at a glance. */
double
parity_color_delta_e (const ParityColor *a,
                      const ParityColor *b)
{
  double la[3], lb[3];

  parity_color_to_lab (a, la);
  parity_color_to_lab (b, lb);
  return sqrt ((la[0] - lb[0]) * (la[0] - lb[0]) + (la[1] - lb[1]) * (la[1] - lb[1]) +
               (la[2] - lb[2]) * (la[2] - lb[2]));
}

double
parity_color_contrast (const ParityColor *a,
                       const ParityColor *b)
{
  double la = luminance (a), lb = luminance (b);

  return (MAX (la, lb) + 0.05) / (MIN (la, lb) + 0.05);
}

/**
 * parity_theme_check_colors:
 * @n_series: how many of the palette's colours the chart uses, in order
 *
 * Returns: (transfer full): what a reader may not see, one sentence each: neighbouring
 *   series colours too close under any simulated vision, text below WCAG's 4.5 : 1 on the
 *   background; an empty list when all is well
 */
GStrv
parity_theme_check_colors (const ParityTheme *theme,
                           guint              n_series)
{
  g_autoptr(GStrvBuilder) problems = g_strv_builder_new ();
  const struct { const char *what; const ParityColor *color; } texts[] = {
    /* Translators: the kinds of text of a chart, in “%s has a contrast of…”. */
    { N_("text"), &theme->text },
    { N_("muted text"), &theme->muted_text },
  };

  n_series = MIN (n_series, G_N_ELEMENTS (theme->palette));
  for (guint v = 0; v < PARITY_N_VISIONS; v++)
    for (guint i = 0; i + 1 < n_series; i++)
      {
        ParityColor a = parity_vision_simulate (v, &theme->palette[i]);
        ParityColor b = parity_vision_simulate (v, &theme->palette[i + 1]);
        double delta = parity_color_delta_e (&a, &b);

        if (delta < PARITY_VISION_MIN_DELTA_E)
          {
            g_autofree char *problem = g_strdup_printf (
              /* Translators: two series numbers, a kind of vision (protanopia…), a colour
                 distance and the least one wanted. */
              _("series %u and %u are hard to tell apart with %s (ΔE %.1f, below %.0f)"),
              i + 1, i + 2, parity_vision_to_string (v), delta, PARITY_VISION_MIN_DELTA_E);

            g_strv_builder_add (problems, problem);
          }
      }
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      double contrast = parity_color_contrast (texts[i].color, &theme->background);

      if (contrast < PARITY_VISION_MIN_CONTRAST)
        {
          g_autofree char *problem = g_strdup_printf (
            /* Translators: a kind of text, its contrast with the background, the least
               wanted. */
            _("%s has a contrast of %.1f : 1 with the background, below WCAG's %.1f : 1"),
            _(texts[i].what), contrast, PARITY_VISION_MIN_CONTRAST);

          g_strv_builder_add (problems, problem);
        }
    }
  return g_strv_builder_end (problems);
}

/**
 * parity_vision_simulate_image:
 * @image: an ARGB32 or RGB24 image surface, changed in place
 *
 * The image as a reader with @vision sees it: the simulation of parity_vision_simulate() on
 * every pixel, through tables (256 entries into linear light, 4096 back), so a 1600 × 1000
 * preview takes milliseconds. Premultiplied pixels are simulated as they are: the charts
 * are opaque paper.
 */
void
parity_vision_simulate_image (ParityVision     vision,
                              cairo_surface_t *image)
{
  static double linear[256];
  static guint8 srgb[4096];
  static gsize tables;
  guint8 *data;
  int width, height, stride;

  g_return_if_fail (vision < PARITY_N_VISIONS);
  if (vision == PARITY_VISION_NORMAL)
    return;
  if (g_once_init_enter (&tables))
    {
      for (guint i = 0; i < 256; i++)
        linear[i] = to_linear (i / 255.0);
      for (guint i = 0; i < 4096; i++)
        srgb[i] = (guint8)lround (to_srgb (i / 4095.0) * 255);
      g_once_init_leave (&tables, 1);
    }
  cairo_surface_flush (image);
  data = cairo_image_surface_get_data (image);
  width = cairo_image_surface_get_width (image);
  height = cairo_image_surface_get_height (image);
  stride = cairo_image_surface_get_stride (image);
  for (int y = 0; y < height; y++)
    {
      guint32 *row = (guint32 *)(data + (gsize)y * stride);

      for (int x = 0; x < width; x++)
        {
          guint32 p = row[x];
          double rgb[3] = { linear[p >> 16 & 0xFF], linear[p >> 8 & 0xFF], linear[p & 0xFF] };
          double out[3];

          if (vision == PARITY_VISION_GREYSCALE)
            out[0] = out[1] = out[2] = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
          else
            for (int i = 0; i < 3; i++)
              out[i] = machado[vision][i][0] * rgb[0] + machado[vision][i][1] * rgb[1] +
                       machado[vision][i][2] * rgb[2];
          for (int i = 0; i < 3; i++)
            out[i] = srgb[(guint)lround (CLAMP (out[i], 0, 1) * 4095)];
          row[x] = (p & 0xFF000000u) | (guint32)out[0] << 16 | (guint32)out[1] << 8 |
                   (guint32)out[2];
        }
    }
  cairo_surface_mark_dirty (image);
}
