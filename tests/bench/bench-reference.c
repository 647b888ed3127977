/* bench-reference.c: the yardstick for the export benchmark
 *
 * The least a person would write to draw the "internet-use-by-development" chart of the
 * bundled WSIS 2019 dataset with cairo and pango, as parity-cli draws it with the "report"
 * preset: the same canvas (160 × 100 mm), fonts, sizes, colours and geometry, text measured
 * and placed through pango on a 72 dpi context, PNG at 300 dpi through cairo's own PNG
 * writer and PDF through cairo's PDF surface. The strings and values are written in: no
 * dataset is read, nothing is validated, no scene is built.
 *
 * With --chart strip, the least drawing of a strip chart of 200 economies in three groups
 * (the values of tests/bench/run's strip dataset, made by the same generator): the frame,
 * the grid, a dot per economy on its group's row and three names. Its dots are stacked by a
 * fixed pattern, not a swarm: the floor under Parity's swarm and label placer.
 *
 * With --chart scatter, the same for the scatter plot of 200 economies that tests/bench/run
 * generates (scatter_dataset()): the same 200 dots, computed here by the same formula, each
 * on its ring, with the axes, their ticks and the two highlighted names.
 *
 * With --chart sorted, a bar chart of 200 economies sorted highest first, a named and
 * labelled bar a row on a canvas as tall as the rows need (tests/bench/run's
 * sorted_dataset(), "height": "auto"): bars, names, values, grid and the world's line.
 *
 *   bench-reference [--chart bars|strip|scatter|sorted] --format png|pdf -o PATH
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <cairo-pdf.h>
#include <cairo.h>
#include <glib.h>
#include <locale.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <stdio.h>
#include <stdlib.h>

#define WIDTH (160 / 25.4 * 72)   /* pt */
#define HEIGHT (100 / 25.4 * 72)
#define DPI 300.0
#define FAMILY "Noto Sans, DejaVu Sans, sans-serif"

typedef struct { double r, g, b; } Rgb;

#define RGB(hex) { ((hex) >> 16 & 0xFF) / 255.0, ((hex) >> 8 & 0xFF) / 255.0, \
                   ((hex) & 0xFF) / 255.0 }

static const Rgb background = RGB (0xFFFFFF);
static const Rgb text = RGB (0x1A1A1A);
static const Rgb muted_text = RGB (0x595959);
static const Rgb grid = RGB (0xE3E3E3);
static const Rgb axis = RGB (0x8C8C8C);
static const Rgb mark_muted = RGB (0xB4C3CF);
static const Rgb accent = RGB (0xD55E00);
static const Rgb reference = RGB (0x333333);

static const struct
{
  const char *label;
  double      value;
  const char *value_text;
  gboolean    highlighted;
} bars[] = {
  { "Developed countries", 86.6, "86.6%", FALSE },
  { "Developing countries", 47.0, "47.0%", FALSE },
  { "Least developed countries", 19.1, "19.1%", TRUE },
};
#define N_BARS G_N_ELEMENTS (bars)
#define REFERENCE_VALUE 53.6
#define TICK_MAX 90.0

static PangoContext *pango_context;

static void
set_rgb (cairo_t   *cr,
         const Rgb *c)
{
  cairo_set_source_rgb (cr, c->r, c->g, c->b);
}

static PangoFontDescription *
font (double      size,
      PangoWeight weight)
{
  PangoFontDescription *desc = pango_font_description_from_string (FAMILY);

  pango_font_description_set_weight (desc, weight);
  pango_font_description_set_absolute_size (desc, size * PANGO_SCALE);
  return desc;
}

static PangoLayout *
label (const char                 *str,
       const PangoFontDescription *desc,
       double                      width)
{
  PangoLayout *layout = pango_layout_new (pango_context);

  pango_layout_set_font_description (layout, desc);
  if (width > 0)
    {
      pango_layout_set_width (layout, (int)(width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  pango_layout_set_text (layout, str, -1);
  return layout;
}

static void
size_of (PangoLayout *layout,
         double      *w,
         double      *h)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  if (w != NULL)
    *w = (double)logical.width / PANGO_SCALE;
  if (h != NULL)
    *h = (double)logical.height / PANGO_SCALE;
}

static void
show (cairo_t     *cr,
      PangoLayout *layout,
      double       x,
      double       y,
      const Rgb   *color)
{
  set_rgb (cr, color);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

static void
draw (cairo_t *cr)
{
  double body = sqrt (WIDTH * HEIGHT) / 40, small_size = body * 0.82;
  double pad = round (body * 1.3), gap = round (body * 0.5);
  double x = pad, y = pad, width = WIDTH - 2 * pad, bottom = HEIGHT - pad;
  double h, top, band, thickness, column = 0, value_width = 0, x0, x1, zero_x, ref_x;
  double ref_w, ref_h;
  PangoFontDescription *title_font = font (body * 1.45, PANGO_WEIGHT_BOLD);
  PangoFontDescription *subtitle_font = font (body * 1.05, PANGO_WEIGHT_NORMAL);
  PangoFontDescription *body_font = font (body, PANGO_WEIGHT_NORMAL);
  PangoFontDescription *bold_font = font (body, PANGO_WEIGHT_BOLD);
  PangoFontDescription *small_font = font (small_size, PANGO_WEIGHT_NORMAL);
  PangoLayout *title, *subtitle, *notes, *source, *ref_label;
  PangoLayout *categories[N_BARS], *values[N_BARS], *ticks[10];

  /* The frame: title and subtitle from the top, source line and notes from the bottom. */
  title = label ("Individuals using the Internet, 2019", title_font, width);
  subtitle = label ("% of population, by development status", subtitle_font, width);
  notes = label ("The share in developed countries is more than four times the share in the "
                 "least developed countries (SG2020).", small_font, width);
  source = label ("Source: ITU, Measuring digital development: Facts and figures 2019.",
                  small_font, width);

  set_rgb (cr, &background);
  cairo_paint (cr);

  /* Measure everything first: the plot gets what the text leaves. */
  size_of (title, NULL, &h);
  double title_y = y;
  y += h + body * 0.25;
  size_of (subtitle, NULL, &h);
  double subtitle_y = y;
  y += h + body * 1.2;
  size_of (source, NULL, &h);
  bottom -= h;
  double source_y = bottom;
  bottom -= body * 0.3;
  size_of (notes, NULL, &h);
  bottom -= h;
  double notes_y = bottom;
  bottom -= body * 1.2;

  ref_label = label ("World 53.6%", small_font, 0);
  size_of (ref_label, &ref_w, &ref_h);
  top = y + ref_h + gap * 0.5;
  band = (bottom - small_size * 1.4 - gap - top) / N_BARS;
  thickness = MIN (band * 0.66, body * 3.0);
  band = MIN (band, thickness / 0.5);

  for (guint i = 0; i < N_BARS; i++)
    {
      double w;

      categories[i] = label (bars[i].label, bars[i].highlighted ? bold_font : body_font, 0);
      size_of (categories[i], &w, NULL);
      column = MAX (column, w);
      values[i] = label (bars[i].value_text, body_font, 0);
      size_of (values[i], &w, NULL);
      value_width = MAX (value_width, w);
    }
  x0 = x + column + gap;
  x1 = x + width - value_width - gap;
  zero_x = x0;
#define MAP(v) (x0 + (v) / TICK_MAX * (x1 - x0))

  /* Grid lines, the zero axis darker. */
  for (int t = 0; t <= 9; t++)
    {
      double gx = MAP (t * 10.0);

      set_rgb (cr, t == 0 ? &axis : &grid);
      cairo_set_line_width (cr, t == 0 ? MAX (0.75, body / 10) : MAX (0.5, body / 20));
      cairo_move_to (cr, gx, top);
      cairo_line_to (cr, gx, top + N_BARS * band);
      cairo_stroke (cr);
    }

  /* Bars. */
  for (guint i = 0; i < N_BARS; i++)
    {
      double cy = top + band * (i + 0.5);

      set_rgb (cr, bars[i].highlighted ? &accent : &mark_muted);
      cairo_rectangle (cr, zero_x, cy - thickness / 2, MAP (bars[i].value) - zero_x, thickness);
      cairo_fill (cr);
    }

  /* Text: frame, tick labels, right-aligned category labels, reference label. */
  show (cr, title, x, title_y, &text);
  show (cr, subtitle, x, subtitle_y, &muted_text);
  show (cr, source, x, source_y, &muted_text);
  show (cr, notes, x, notes_y, &muted_text);
  for (int t = 0; t <= 9; t++)
    {
      char buf[8];
      double w;

      g_snprintf (buf, sizeof buf, "%d%%", t * 10);
      ticks[t] = label (buf, small_font, 0);
      size_of (ticks[t], &w, NULL);
      show (cr, ticks[t], MAP (t * 10.0) - w / 2, top + N_BARS * band + gap * 0.5, &muted_text);
    }
  for (guint i = 0; i < N_BARS; i++)
    {
      double w, lh;

      size_of (categories[i], &w, &lh);
      show (cr, categories[i], x0 - gap - w, top + band * (i + 0.5) - lh / 2, &text);
    }
  ref_x = MAP (REFERENCE_VALUE);
  show (cr, ref_label, CLAMP (ref_x - ref_w / 2, x, x + width - ref_w), y, &reference);

  /* The dashed reference line. */
  {
    double dashes[] = { body * 0.4, body * 0.4 * 0.6 };

    set_rgb (cr, &reference);
    cairo_set_line_width (cr, MAX (0.75, body / 9));
    cairo_set_dash (cr, dashes, 2, 0);
    cairo_move_to (cr, ref_x, top - gap * 0.4);
    cairo_line_to (cr, ref_x, top + N_BARS * band);
    cairo_stroke (cr);
    cairo_set_dash (cr, NULL, 0, 0);
  }

  /* Value labels, on a knock-out where they cross the reference line. */
  for (guint i = 0; i < N_BARS; i++)
    {
      double cy = top + band * (i + 0.5), lx = MAP (bars[i].value) + gap * 0.6, w, lh;

      size_of (values[i], &w, &lh);
      set_rgb (cr, &background);
      cairo_rectangle (cr, lx - 1, cy - lh / 2, w + 2, lh);
      cairo_fill (cr);
      show (cr, values[i], lx, cy - lh / 2, bars[i].highlighted ? &accent : &text);
    }

  for (guint i = 0; i < N_BARS; i++)
    {
      g_object_unref (categories[i]);
      g_object_unref (values[i]);
    }
  for (int t = 0; t <= 9; t++)
    g_object_unref (ticks[t]);
  g_object_unref (ref_label);
  g_object_unref (title);
  g_object_unref (subtitle);
  g_object_unref (notes);
  g_object_unref (source);
  pango_font_description_free (title_font);
  pango_font_description_free (subtitle_font);
  pango_font_description_free (body_font);
  pango_font_description_free (bold_font);
  pango_font_description_free (small_font);
}

/* The strip chart's data: 200 economies, 46 / 114 / 40 in three groups, values from the
 * same linear congruential generator as tests/bench/run's strip_dataset(). */
#define N_STRIP 200
static const char * const strip_groups[] = { "LDCs", "Other developing", "Developed" };

static guint
strip_group (guint i)
{
  return i < 46 ? 0 : i < 160 ? 1 : 2;
}

static void
strip_values (double values[N_STRIP])
{
  static const double base[] = { 5, 30, 80 }, span[] = { 50, 65, 19 };
  guint32 seed = 17;

  for (guint i = 0; i < N_STRIP; i++)
    {
      seed = seed * 1103515245u + 12345u;
      values[i] = round ((base[strip_group (i)] + (seed >> 16) % 1000 / 1000.0 *
                          span[strip_group (i)]) * 10) / 10;
    }
}

static void
draw_strip (cairo_t *cr)
{
  double body = sqrt (WIDTH * HEIGHT) / 40, small_size = body * 0.82;
  double pad = round (body * 1.3), gap = round (body * 0.5), r = body * 0.32;
  double x = pad, y = pad, width = WIDTH - 2 * pad, bottom = HEIGHT - pad, column = 0;
  double h, band, x0, x1, values[N_STRIP];
  PangoFontDescription *title_font = font (body * 1.45, PANGO_WEIGHT_BOLD);
  PangoFontDescription *body_font = font (body, PANGO_WEIGHT_NORMAL);
  PangoFontDescription *small_font = font (small_size, PANGO_WEIGHT_NORMAL);
  PangoLayout *title = label ("Individuals using the Internet, 2022", title_font, width);
  PangoLayout *source = label ("Source: generated.", small_font, width);
  PangoLayout *groups[3];

  strip_values (values);
  set_rgb (cr, &background);
  cairo_paint (cr);
  show (cr, title, x, y, &text);
  size_of (title, NULL, &h);
  y += h + body * 1.2;
  size_of (source, NULL, &h);
  bottom -= h;
  show (cr, source, x, bottom, &muted_text);
  bottom -= body * 1.2 + small_size * 1.4 + gap;
  band = (bottom - y) / 3;
  for (guint g = 0; g < 3; g++)
    {
      double w;

      groups[g] = label (strip_groups[g], body_font, 0);
      size_of (groups[g], &w, NULL);
      column = MAX (column, w);
    }
  x0 = x + column + gap;
  x1 = x + width - r;
  for (int t = 0; t <= 5; t++)
    {
      char buf[8];
      double gx = x0 + t / 5.0 * (x1 - x0), w;
      PangoLayout *tick;

      set_rgb (cr, t == 0 ? &axis : &grid);
      cairo_set_line_width (cr, MAX (0.5, body / 20));
      cairo_move_to (cr, gx, y);
      cairo_line_to (cr, gx, bottom);
      cairo_stroke (cr);
      g_snprintf (buf, sizeof buf, "%d%%", t * 20);
      tick = label (buf, small_font, 0);
      size_of (tick, &w, NULL);
      show (cr, tick, gx - w / 2, bottom + gap * 0.5, &muted_text);
      g_object_unref (tick);
    }
  for (guint g = 0; g < 3; g++)
    {
      double w, lh;

      size_of (groups[g], &w, &lh);
      show (cr, groups[g], x0 - gap - w, y + band * (g + 0.5) - lh / 2, &text);
      g_object_unref (groups[g]);
    }
  for (guint i = 0; i < N_STRIP; i++)
    {
      double cx = x0 + values[i] / 100 * (x1 - x0);
      double cy = y + band * (strip_group (i) + 0.5) + ((int)(i % 5) - 2) * r * 2.4;
      gboolean chosen = i == 3 || i == 100 || i == 199;

      set_rgb (cr, chosen ? &accent : &mark_muted);
      cairo_arc (cr, cx, cy, r, 0, 2 * G_PI);
      cairo_fill (cr);
      if (chosen)
        {
          char buf[32];
          PangoLayout *name;

          g_snprintf (buf, sizeof buf, "Country %u %.1f%%", i, values[i]);
          name = label (buf, small_font, 0);
          show (cr, name, cx + r + gap * 0.3, cy - small_size * 0.7, &accent);
          g_object_unref (name);
        }
    }
  g_object_unref (title);
  g_object_unref (source);
  pango_font_description_free (title_font);
  pango_font_description_free (body_font);
  pango_font_description_free (small_font);
}

/* The sorted bars of 200 economies (tests/bench/run's sorted_dataset(), by the same
 * formula): one named bar a row, highest first, on a canvas as tall as the rows need. */
#define N_SORTED 200
#define SORTED_PITCH 1.75   /* body sizes a row, as Parity's names and air take */

static double canvas_height = HEIGHT;

static double
sorted_value (guint i)
{
  return ((i * 37) % 991) / 10.0;
}

typedef struct
{
  double value;
  guint  index;
} Row;

static int
compare_desc (gconstpointer a,
              gconstpointer b)
{
  const Row *x = a, *y = b;

  if (x->value != y->value)
    return x->value < y->value ? 1 : -1;
  return x->index < y->index ? -1 : 1;
}

/* Frame and rows: the height the canvas needs. */
static double
sorted_height (void)
{
  double body = sqrt (WIDTH * HEIGHT) / 40;

  return HEIGHT - body * 8 + N_SORTED * body * SORTED_PITCH;
}

static void
draw_sorted (cairo_t *cr)
{
  double body = sqrt (WIDTH * HEIGHT) / 40, small_size = body * 0.82;
  double pad = round (body * 1.3), gap = round (body * 0.5), pitch = body * SORTED_PITCH;
  double x = pad, y = pad, width = WIDTH - 2 * pad, column = 0, h, x0, x1;
  Row rows[N_SORTED];
  PangoFontDescription *title_font = font (body * 1.45, PANGO_WEIGHT_BOLD);
  PangoFontDescription *body_font = font (body, PANGO_WEIGHT_NORMAL);
  PangoFontDescription *small_font = font (small_size, PANGO_WEIGHT_NORMAL);
  PangoLayout *title = label ("Individuals using the Internet, 2022", title_font, width);
  PangoLayout *names[N_SORTED];

  for (guint i = 0; i < N_SORTED; i++)
    rows[i] = (Row) { sorted_value (i), i };
  qsort (rows, N_SORTED, sizeof (Row), compare_desc);
  set_rgb (cr, &background);
  cairo_paint (cr);
  show (cr, title, x, y, &text);
  size_of (title, NULL, &h);
  y += h + body * 1.2 + small_size * 1.4;
  for (guint i = 0; i < N_SORTED; i++)
    {
      char buf[32];
      double w;

      g_snprintf (buf, sizeof buf, "Economy %u", rows[i].index);
      names[i] = label (buf, body_font, 0);
      size_of (names[i], &w, NULL);
      column = MAX (column, w);
    }
  x0 = x + column + gap;
  x1 = x + width - body * 3;
  set_rgb (cr, &grid);
  cairo_set_line_width (cr, MAX (0.5, body / 20));
  for (int t = 1; t <= 5; t++)
    {
      cairo_move_to (cr, x0 + t / 5.0 * (x1 - x0), y);
      cairo_line_to (cr, x0 + t / 5.0 * (x1 - x0), y + N_SORTED * pitch);
    }
  cairo_stroke (cr);
  for (guint i = 0; i < N_SORTED; i++)
    {
      char buf[16];
      double cy = y + pitch * (i + 0.5), w, lh;
      PangoLayout *value;

      set_rgb (cr, rows[i].index % 7 == 0 ? &accent : &mark_muted);
      cairo_rectangle (cr, x0, cy - pitch * 0.33, rows[i].value / 100 * (x1 - x0), pitch * 0.66);
      cairo_fill (cr);
      size_of (names[i], &w, &lh);
      show (cr, names[i], x0 - gap - w, cy - lh / 2, &text);
      g_object_unref (names[i]);
      g_snprintf (buf, sizeof buf, "%.1f%%", rows[i].value);
      value = label (buf, body_font, 0);
      show (cr, value, x0 + rows[i].value / 100 * (x1 - x0) + gap * 0.6, cy - lh / 2, &text);
      g_object_unref (value);
    }
  set_rgb (cr, &reference);
  cairo_set_dash (cr, (double[]) { body * 0.25 }, 1, 0);
  cairo_move_to (cr, x0 + 0.644 * (x1 - x0), y);
  cairo_line_to (cr, x0 + 0.644 * (x1 - x0), y + N_SORTED * pitch);
  cairo_stroke (cr);
  g_object_unref (title);
  pango_font_description_free (title_font);
  pango_font_description_free (body_font);
  pango_font_description_free (small_font);
}

/* The 200 economies of tests/bench/run's scatter_dataset(): log-uniform income, Internet
 * use rising with it. */
#define N_DOTS 200

static void
economy (guint   i,
         double *gdp,
         double *use)
{
  *gdp = round (pow (10, 2.5 + 2.5 * ((i * 37) % N_DOTS) / (double)N_DOTS));
  *use = round (CLAMP (22 * log10 (*gdp) - 45 + ((i * 53) % 29) - 14, 0.5, 99.5) * 10) / 10;
}

static void
draw_scatter (cairo_t *cr)
{
  double body = sqrt (WIDTH * HEIGHT) / 40, small_size = body * 0.82;
  double pad = round (body * 1.3), gap = round (body * 0.5), h;
  double x0, x1, top, bottom, r = body * 0.32 * sqrt (40.0 / N_DOTS);
  PangoFontDescription *title_font = font (body * 1.45, PANGO_WEIGHT_BOLD);
  PangoFontDescription *small_font = font (small_size, PANGO_WEIGHT_NORMAL);
  PangoFontDescription *bold_font = font (small_size, PANGO_WEIGHT_BOLD);
  PangoLayout *title = label ("Two hundred economies", title_font, WIDTH - 2 * pad);
  PangoLayout *layout;
  static const char * const y_ticks[] = { "0", "20", "40", "60", "80" };
  static const char * const x_ticks[] = { "1,000", "10K", "100K" };

  set_rgb (cr, &background);
  cairo_paint (cr);
  show (cr, title, pad, pad, &text);
  size_of (title, NULL, &h);
  top = pad + h + body * 1.2 + small_size * 2;
  bottom = HEIGHT - pad - small_size * 4;
  x0 = pad + body * 2;
  x1 = WIDTH - pad - body;
#define SX(v) (x0 + (log10 (v) - 2.45) / 2.6 * (x1 - x0))
#define SY(v) (bottom - (v) / 80 * (bottom - top))

  cairo_set_line_width (cr, MAX (0.5, body / 20));
  set_rgb (cr, &grid);
  for (guint t = 1; t < G_N_ELEMENTS (y_ticks); t++)
    {
      cairo_move_to (cr, x0, SY (t * 20.0));
      cairo_line_to (cr, x1, SY (t * 20.0));
    }
  for (guint t = 0; t < G_N_ELEMENTS (x_ticks); t++)
    {
      cairo_move_to (cr, SX (pow (10, t + 3)), top);
      cairo_line_to (cr, SX (pow (10, t + 3)), bottom);
    }
  cairo_stroke (cr);
  set_rgb (cr, &axis);
  cairo_set_line_width (cr, MAX (0.75, body / 10));
  cairo_move_to (cr, x0, top);
  cairo_line_to (cr, x0, bottom);
  cairo_line_to (cr, x1, bottom);
  cairo_stroke (cr);
  for (guint t = 0; t < G_N_ELEMENTS (y_ticks); t++)
    {
      double w;

      layout = label (y_ticks[t], small_font, 0);
      size_of (layout, &w, &h);
      show (cr, layout, x0 - gap - w, SY (t * 20.0) - h / 2, &muted_text);
      g_object_unref (layout);
    }
  for (guint t = 0; t < G_N_ELEMENTS (x_ticks); t++)
    {
      double w;

      layout = label (x_ticks[t], small_font, 0);
      size_of (layout, &w, &h);
      show (cr, layout, SX (pow (10, t + 3)) - w / 2, bottom + gap, &muted_text);
      g_object_unref (layout);
    }

  /* Each dot on a ring of background; the two highlighted last, named. */
  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0; i < N_DOTS; i++)
      {
        gboolean highlighted = i == 7 || i == 150;
        double gdp, use;

        if (highlighted != pass)
          continue;
        economy (i, &gdp, &use);
        set_rgb (cr, highlighted ? &text : &background);
        cairo_new_sub_path (cr);
        cairo_arc (cr, SX (gdp), SY (use), r * (highlighted ? 1.35 : 1.2), 0, 2 * G_PI);
        cairo_fill (cr);
        set_rgb (cr, highlighted ? &accent : &mark_muted);
        cairo_new_sub_path (cr);
        cairo_arc (cr, SX (gdp), SY (use), r, 0, 2 * G_PI);
        cairo_fill (cr);
        if (highlighted)
          {
            layout = label (i == 7 ? "Economy 7" : "Economy 150", bold_font, 0);
            size_of (layout, NULL, &h);
            show (cr, layout, SX (gdp) + r * 2, SY (use) - h / 2, &text);
            g_object_unref (layout);
          }
      }
#undef SX
#undef SY
  g_object_unref (title);
  pango_font_description_free (title_font);
  pango_font_description_free (small_font);
  pango_font_description_free (bold_font);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *format = NULL;
  g_autofree char *output = NULL;
  g_autofree char *chart = NULL;
  g_autoptr(GOptionContext) options = NULL;
  g_autoptr(GError) error = NULL;
  const GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format, "png or pdf", "FORMAT" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "Output file", "PATH" },
    { "chart", 'c', 0, G_OPTION_ARG_STRING, &chart, "bars (default), strip, scatter or sorted",
      "CHART" },
    { NULL }
  };
  PangoFontMap *font_map;
  cairo_font_options_t *font_options;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  void (*draw_chart) (cairo_t *cr) = draw;

  /* The same process start-up as parity-cli: locale, program name, option parsing. */
  setlocale (LC_ALL, "");
  g_set_prgname ("bench-reference");
  options = g_option_context_new ("— draw the reference bar chart");
  g_option_context_add_main_entries (options, entries, NULL);
  if (!g_option_context_parse (options, &argc, &argv, &error))
    {
      fprintf (stderr, "bench-reference: %s\n", error->message);
      return 2;
    }
  if (format == NULL || output == NULL ||
      (!g_str_equal (format, "png") && !g_str_equal (format, "pdf")) ||
      (chart != NULL && !g_str_equal (chart, "bars") && !g_str_equal (chart, "strip") &&
       !g_str_equal (chart, "scatter") && !g_str_equal (chart, "sorted")))
    {
      fprintf (stderr, "usage: bench-reference [--chart bars|strip|scatter|sorted] --format png|pdf"
               " -o PATH\n");
      return 2;
    }
  if (chart != NULL && g_str_equal (chart, "scatter"))
    draw_chart = draw_scatter;
  else if (chart != NULL && g_str_equal (chart, "strip"))
    draw_chart = draw_strip;
  else if (chart != NULL && g_str_equal (chart, "sorted"))
    {
      draw_chart = draw_sorted;
      canvas_height = sorted_height ();
    }

  /* Text in points on every surface: 72 dpi, no hinting, unrounded glyph positions. */
  font_map = pango_cairo_font_map_new ();
  pango_context = pango_font_map_create_context (font_map);
  g_object_unref (font_map);
  pango_cairo_context_set_resolution (pango_context, 72.0);
  font_options = cairo_font_options_create ();
  cairo_font_options_set_hint_style (font_options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics (font_options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_antialias (font_options, CAIRO_ANTIALIAS_GRAY);
  pango_cairo_context_set_font_options (pango_context, font_options);
  cairo_font_options_destroy (font_options);
  pango_context_set_round_glyph_positions (pango_context, FALSE);

  if (g_str_equal (format, "png"))
    {
      double scale = DPI / 72.0;

      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                            (int)ceil (WIDTH * scale - 1e-6),
                                            (int)ceil (canvas_height * scale - 1e-6));
      cr = cairo_create (surface);
      cairo_scale (cr, scale, scale);
      draw_chart (cr);
      cairo_destroy (cr);
      status = cairo_surface_write_to_png (surface, output);
      if (status == CAIRO_STATUS_SUCCESS)
        status = cairo_surface_status (surface);
    }
  else
    {
      surface = cairo_pdf_surface_create (output, WIDTH, canvas_height);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE,
                                      "Individuals using the Internet, 2019");
      cr = cairo_create (surface);
      draw_chart (cr);
      cairo_show_page (cr);
      cairo_destroy (cr);
      cairo_surface_finish (surface);
      status = cairo_surface_status (surface);
    }
  cairo_surface_destroy (surface);
  g_object_unref (pango_context);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      fprintf (stderr, "bench-reference: %s: %s\n", output, cairo_status_to_string (status));
      return 1;
    }
  return 0;
}
