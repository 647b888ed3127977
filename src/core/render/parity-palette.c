/* parity-palette.c: the colour ramps of a choropleth
 *
 * A ramp is a few anchors in CIE LCh (D65), lightest first; its n colours are taken at
 * lightnesses evenly spaced from the first anchor's to the last's, interpolated in L*a*b*
 * between the two anchors around each. Lightness is what tells the classes apart: it
 * survives every colour-vision deficiency and a greyscale print, where hue does not. A
 * colour sRGB cannot show keeps its lightness and hue and loses chroma until it fits.
 *
 * A diverging ramp is two sequential ones from one pale middle, its lightness symmetric
 * about it: classes as far below the midpoint as others are above it look as strong.
 *
 * Viridis's anchors are nine evenly spaced colours of matplotlib's viridis (Stéfan van der
 * Walt and Nathaniel Smith, 2015, released CC0; the values of matplotlib's _cm_listed.py,
 * as R's viridisLite gives them for viridis(9)).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include <math.h>
#include <string.h>

#include "parity-color-vision.h"
#include "parity-palette.h"

#define MAX_ANCHORS 9
#define MAX_COLORS 9

typedef struct
{
  double l, c, h;  /* LCh; h in degrees */
} Lch;

typedef struct
{
  const char     *name;
  ParityRampKind  kind;
  /* sequential: light to dark; diverging: the low side, dark to light, then the high
   * side, light to dark, each side n_anchors long */
  guint           n_anchors;
  Lch             anchors[2 * MAX_ANCHORS];
  guint32         rgb[MAX_ANCHORS];  /* anchors given as sRGB instead (viridis) */
} Ramp;

static const Ramp ramps[] = {
  { "blues", PARITY_RAMP_SEQUENTIAL, 3,
    { { 95, 6, 235 }, { 60, 42, 255 }, { 25, 38, 280 } } },
  { "greens", PARITY_RAMP_SEQUENTIAL, 3,
    { { 95, 10, 125 }, { 60, 48, 140 }, { 25, 30, 150 } } },
  { "purples", PARITY_RAMP_SEQUENTIAL, 3,
    { { 95, 5, 300 }, { 60, 38, 300 }, { 25, 40, 300 } } },
  { "oranges", PARITY_RAMP_SEQUENTIAL, 3,
    { { 95, 12, 75 }, { 60, 62, 55 }, { 25, 36, 40 } } },
  { "viridis", PARITY_RAMP_SEQUENTIAL, 9, { { 0 } },
    { 0xFDE725, 0xAADC32, 0x5DC863, 0x27AD81, 0x21908C, 0x2C728E, 0x3B528B, 0x472D7B,
      0x440154 } },
  { "blue-orange", PARITY_RAMP_DIVERGING, 3,
    { { 25, 40, 275 }, { 60, 40, 255 }, { 95, 4, 240 },
      { 95, 6, 75 }, { 60, 58, 60 }, { 25, 36, 45 } } },
  { "purple-green", PARITY_RAMP_DIVERGING, 3,
    { { 25, 42, 305 }, { 60, 36, 305 }, { 95, 4, 305 },
      { 95, 6, 130 }, { 60, 45, 140 }, { 25, 30, 150 } } },
};

static const Ramp *
find_ramp (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (ramps); i++)
    if (g_strcmp0 (name, ramps[i].name) == 0)
      return &ramps[i];
  return NULL;
}

gboolean
parity_ramp_exists (const char *name)
{
  return find_ramp (name) != NULL;
}

/**
 * parity_ramp_list:
 *
 * Returns: (transfer full): the ramps' names joined by @separator, for messages
 */
char *
parity_ramp_list (const char *separator)
{
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  g_auto(GStrv) list = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (ramps); i++)
    g_strv_builder_add (names, ramps[i].name);
  list = g_strv_builder_end (names);
  return g_strjoinv (separator, list);
}

ParityRampKind
parity_ramp_get_kind (const char *name)
{
  const Ramp *ramp = find_ramp (name);

  g_return_val_if_fail (ramp != NULL, PARITY_RAMP_SEQUENTIAL);
  return ramp->kind;
}

const char *
parity_ramp_default (ParityRampKind kind)
{
  return kind == PARITY_RAMP_DIVERGING ? "blue-orange" : "blues";
}

static void
anchor_lab (const Ramp *ramp,
            guint       i,
            double      lab[3])
{
  const Lch *a = &ramp->anchors[i];

  if (ramp->rgb[0] != 0)
    {
      guint32 rgb = ramp->rgb[i];
      ParityColor color = { (rgb >> 16 & 0xFF) / 255.0, (rgb >> 8 & 0xFF) / 255.0,
                            (rgb & 0xFF) / 255.0, 1 };

      parity_color_to_lab (&color, lab);
      return;
    }
  lab[0] = a->l;
  lab[1] = a->c * cos (a->h * G_PI / 180);
  lab[2] = a->c * sin (a->h * G_PI / 180);
}

/* The colour at lightness @l along the anchors @first .. @first + @n - 1, whose lightness
 * runs one way (either), between the two anchors around it */
static void
lab_at (const Ramp *ramp,
        guint       first,
        guint       n,
        double      l,
        double      lab[3])
{
  double a[3], b[3];

  anchor_lab (ramp, first, a);
  for (guint i = first + 1; i < first + n; i++)
    {
      double t;

      anchor_lab (ramp, i, b);
      if (i + 1 < first + n && (l - a[0]) * (l - b[0]) > 0)
        {
          memcpy (a, b, sizeof a);
          continue;
        }
      t = a[0] == b[0] ? 0 : CLAMP ((l - a[0]) / (b[0] - a[0]), 0, 1);
      for (int k = 0; k < 3; k++)
        lab[k] = a[k] + t * (b[k] - a[k]);
      return;
    }
  memcpy (lab, a, sizeof a);
}

void
parity_ramp_colors (const char  *name,
                    guint        n,
                    ParityColor *colors)
{
  const Ramp *ramp = find_ramp (name);
  double first[3], last[3], lab[3];

  g_return_if_fail (ramp != NULL);
  g_return_if_fail (n >= 1 && n <= MAX_COLORS);
  g_return_if_fail (colors != NULL);

  if (ramp->kind == PARITY_RAMP_SEQUENTIAL)
    {
      anchor_lab (ramp, 0, first);
      anchor_lab (ramp, ramp->n_anchors - 1, last);
      for (guint i = 0; i < n; i++)
        {
          double t = n == 1 ? 0.5 : (double) i / (n - 1);

          lab_at (ramp, 0, ramp->n_anchors, first[0] + t * (last[0] - first[0]), lab);
          colors[i] = parity_color_from_lab (lab);
        }
      return;
    }

  /* diverging: s from -1 (low end) through 0 (the middle) to 1 */
  anchor_lab (ramp, ramp->n_anchors - 1, first);
  anchor_lab (ramp, 0, last);
  for (guint i = 0; i < n; i++)
    {
      double s = n == 1 ? 0 : -1 + 2.0 * i / (n - 1);
      double l = first[0] + fabs (s) * (last[0] - first[0]);

      if (fabs (s) < 1e-9)
        {
          double low[3], high[3];

          anchor_lab (ramp, ramp->n_anchors - 1, low);
          anchor_lab (ramp, ramp->n_anchors, high);
          for (int k = 0; k < 3; k++)
            lab[k] = (low[k] + high[k]) / 2;
        }
      else if (s < 0)
        lab_at (ramp, 0, ramp->n_anchors, l, lab);
      else
        lab_at (ramp, ramp->n_anchors, ramp->n_anchors, l, lab);
      colors[i] = parity_color_from_lab (lab);
    }
}
