/* bench-paint.c: how long one frame of a big chart takes to paint, once it is laid out
 *
 *   bench-paint bar|line [FRAMES]
 *
 * Builds the redraw benchmark's chart in memory (200 economies as columns; or 200 economies ×
 * 60 years as lines), lays it out once at 1600 × 1000 px (1200 × 750 pt, 96 dpi), then paints
 * the scene FRAMES times (default 200) onto a 1600 × 1000 image, as the window does on every
 * hover change. The reference paints the same marks with bare cairo in the same run: the
 * bars' rectangles, or the lines' polylines, and nothing else. Prints one JSON object.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <cairo.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "parity-layout.h"
#include "parity-loader.h"
#include "parity-painter.h"

#define N_ECONOMIES 200
#define N_YEARS 60

/* An S-curve per economy, as Internet use rose: each takes off in its own year, to its own
 * ceiling. */
static double
value_of (guint economy,
          guint year)
{
  double takeoff = 25 + fmod (economy * 7.3, 30);
  double ceiling = 60 + fmod (economy * 13.7, 38);

  return ceiling / (1 + exp (-(year - takeoff) / 4.0));
}

static ParityDataset *
make_dataset (gboolean lines)
{
  g_autoptr(GString) json = g_string_new ("{ \"format\": \"parity-dataset\", \"version\": 1, "
                                          "\"default_language\": \"en\", \"title\": \"Bench\", "
                                          "\"sources\": [], \"entities\": [");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  ParityDataset *dataset;

  for (guint e = 0; e < N_ECONOMIES; e++)
    g_string_append_printf (json, "%s{ \"id\": \"E%u\", \"label\": \"Economy %u\", "
                            "\"kind\": \"economy\" }", e ? ", " : "", e, e);
  g_string_append (json, "], \"indicators\": [ { \"id\": \"x\", \"label\": \"Internet use\", "
                   "\"unit\": { \"kind\": \"percent\" }, \"observations\": [");
  for (guint e = 0; e < N_ECONOMIES; e++)
    for (guint y = 0; y < (lines ? N_YEARS : 1); y++)
      g_string_append_printf (json, "%s{ \"entity\": \"E%u\", \"period\": \"%u\", "
                              "\"value\": %.1f }", e || y ? ", " : "", e,
                              lines ? 1960 + y : 2019, value_of (e, y));
  g_string_append_printf (json, "] } ], \"charts\": [ { \"id\": \"c\", \"kind\": \"%s\", "
                          "\"title\": \"Internet use\", \"indicator\": \"x\"%s } ] }",
                          lines ? "line" : "bar",
                          lines ? "" : ", \"period\": \"2019\", \"orientation\": \"vertical\"");
  bytes = g_string_free_to_bytes (g_steal_pointer (&json));
  dataset = parity_dataset_load_bytes (bytes, "bench.json", &error);
  if (dataset == NULL)
    g_error ("%s", error->message);
  return dataset;
}

/* The least cairo can do for the same marks: the scene's rectangles and polylines, filled
 * and stroked, without text, grid or scene. */
static void
paint_reference (cairo_t           *cr,
                 const ParityScene *scene)
{
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  for (guint i = 0; i < parity_scene_get_n_items (scene); i++)
    {
      const ParityItem *item = parity_scene_get_item (scene, i);

      if (item->role != PARITY_ROLE_MARK)
        continue;
      cairo_set_source_rgb (cr, item->fill.red, item->fill.green, item->fill.blue);
      if (item->kind == PARITY_ITEM_RECT)
        {
          cairo_rectangle (cr, item->box.x, item->box.y, item->box.width, item->box.height);
          cairo_fill (cr);
        }
      else if (item->kind == PARITY_ITEM_PATH && item->points != NULL)
        {
          for (guint k = 0; k < item->points->len; k++)
            {
              const ParityPoint *p = &g_array_index (item->points, ParityPoint, k);

              if (k == 0)
                cairo_move_to (cr, p->x, p->y);
              else
                cairo_line_to (cr, p->x, p->y);
            }
          cairo_set_source_rgb (cr, item->stroke.red, item->stroke.green, item->stroke.blue);
          cairo_set_line_width (cr, item->line_width);
          cairo_stroke (cr);
        }
    }
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return (x > y) - (x < y);
}

static double
median_ms (GArray *samples)
{
  g_array_sort (samples, compare_doubles);
  return g_array_index (samples, double, samples->len / 2) / 1000.0;
}

int
main (int    argc,
      char **argv)
{
  gboolean lines = argc > 1 && g_str_equal (argv[1], "line");
  guint frames = argc > 2 ? (guint)g_ascii_strtoull (argv[2], NULL, 10) : 200;
  g_autoptr(ParityDataset) dataset = NULL;
  g_autoptr(ParityScene) scene = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) scene_us = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) reference_us = g_array_new (FALSE, FALSE, sizeof (double));
  ParityLayoutOptions options = { 1200, 750, NULL };
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1600, 1000);
  gint64 start;
  double layout_ms;
  guint n_marks = 0;

  dataset = make_dataset (lines);
  start = g_get_monotonic_time ();
  scene = parity_layout_chart (dataset, parity_dataset_find_chart (dataset, "c"), &options,
                               &error);
  layout_ms = (g_get_monotonic_time () - start) / 1000.0;
  if (scene == NULL)
    g_error ("%s", error->message);
  for (guint i = 0; i < parity_scene_get_n_items (scene); i++)
    n_marks += parity_scene_get_item (scene, i)->role == PARITY_ROLE_MARK;

  /* Interleaved, so that drift in the machine's speed falls on both. */
  for (guint f = 0; f < frames + 5; f++)
    for (int which = 0; which < 2; which++)
      {
        cairo_t *cr = cairo_create (surface);
        double us;

        cairo_scale (cr, 1600 / 1200.0, 1000 / 750.0);
        start = g_get_monotonic_time ();
        if (which == 0)
          parity_scene_paint (scene, cr);
        else
          paint_reference (cr, scene);
        cairo_surface_flush (surface);
        us = g_get_monotonic_time () - start;
        cairo_destroy (cr);
        if (f >= 5)  /* warm-up frames are not counted */
          g_array_append_val (which == 0 ? scene_us : reference_us, us);
      }
  cairo_surface_destroy (surface);
  printf ("{ \"kind\": \"%s\", \"marks\": %u, \"items\": %u, \"frames\": %u, "
          "\"layout_ms\": %.2f, \"paint_ms\": %.3f, \"reference_ms\": %.3f }\n",
          lines ? "line" : "bar", n_marks, parity_scene_get_n_items (scene), frames, layout_ms,
          median_ms (scene_us), median_ms (reference_us));
  return 0;
}
