/* test-golden.c: the renderer's output, compared with reference images
 *
 * Each line of cases.txt names a chart and a canvas size; the chart is laid out, rendered at
 * 2 pixels per point by the PNG export's renderer and compared with NAME.png beside this
 * file, within a tolerance for antialiasing. On a mismatch NAME-actual.png and NAME-diff.png
 * are written to $G_TEST_BUILDDIR/golden-output/. PARITY_GOLDEN_UPDATE=1 writes missing references and
 * replaces differing ones (for deliberate painter changes: look at them before committing).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <cairo.h>
#include <errno.h>
#include <glib/gstdio.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "parity-layout.h"
#include "parity-loader.h"
#include "parity-scene-image.h"

#define PIXELS_PER_POINT 2.0
/* A pixel differs when any channel is off by more than this (of 255)... */
#define CHANNEL_TOLERANCE 24
/* ...and the image differs when more than this share of its pixels do. */
#define MAX_DIFFERING_SHARE 0.003

typedef struct
{
  char   *name;
  char   *dataset;    /* "bundled" or a path relative to the source folder */
  char   *chart_id;
  double  width;      /* points */
  double  height;
  char   *lang;       /* NULL for the dataset's default */
} GoldenCase;

/* Datasets by path, loaded once for all the cases that use them. */
static GHashTable *datasets;

static void
golden_case_free (gpointer data)
{
  GoldenCase *gc = data;

  g_free (gc->name);
  g_free (gc->dataset);
  g_free (gc->chart_id);
  g_free (gc->lang);
  g_free (gc);
}

static gboolean
update_requested (void)
{
  return g_strcmp0 (g_getenv ("PARITY_GOLDEN_UPDATE"), "1") == 0;
}

static ParityDataset *
get_dataset (const char  *name,
             GError     **error)
{
  g_autofree char *path = NULL;
  ParityDataset *dataset;

  if (strcmp (name, "bundled") == 0)
    path = parity_dataset_get_bundled_path ();
  else
    path = g_test_build_filename (G_TEST_DIST, name, NULL);

  dataset = g_hash_table_lookup (datasets, path);
  if (dataset == NULL)
    {
      dataset = parity_dataset_load_file (path, error);
      if (dataset == NULL)
        return NULL;
      g_hash_table_insert (datasets, g_steal_pointer (&path), dataset);
    }
  return dataset;
}

static cairo_surface_t *
paint_case (const GoldenCase *gc,
            GError          **error)
{
  ParityDataset *dataset = get_dataset (gc->dataset, error);
  const ParityChartSpec *spec;
  ParityLayoutOptions options = { gc->width, gc->height, gc->lang };
  g_autoptr(ParityScene) scene = NULL;

  if (dataset == NULL)
    return NULL;
  spec = parity_dataset_find_chart (dataset, gc->chart_id);
  if (spec == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, "no chart \"%s\" in %s",
                   gc->chart_id, gc->dataset);
      return NULL;
    }
  scene = parity_layout_chart (dataset, spec, &options, error);
  if (scene == NULL)
    return NULL;

  /* The PNG export's renderer, at the exact scale the references were made with (the same
   * pixels as an export's wherever the canvas is whole pixels at that scale). */
  return parity_scene_render_image (scene, PIXELS_PER_POINT, PARITY_PIXEL_FIT_SCALE,
                                    PARITY_VISION_NORMAL, error);
}

/* The pixel at x, y as premultiplied 0xAARRGGBB; RGB24 (a PNG without alpha) is opaque. */
static guint32
get_pixel (cairo_surface_t *surface,
           int              x,
           int              y)
{
  const guint8 *row = cairo_image_surface_get_data (surface) +
                      (gsize)y * cairo_image_surface_get_stride (surface);
  guint32 pixel = ((const guint32 *)row)[x];

  if (cairo_image_surface_get_format (surface) == CAIRO_FORMAT_RGB24)
    pixel |= 0xff000000u;
  return pixel;
}

static gboolean
pixels_differ (guint32 a,
               guint32 b)
{
  for (int shift = 0; shift < 32; shift += 8)
    if (abs ((int)((a >> shift) & 0xff) - (int)((b >> shift) & 0xff)) > CHANNEL_TOLERANCE)
      return TRUE;
  return FALSE;
}

/* Compares actual with reference; returns the number of differing pixels, counting every
 * pixel outside the area the two share when their sizes differ. With diff_out, also makes
 * the diff image: differing pixels red over a faded grey copy of the reference. */
static guint64
compare_images (cairo_surface_t  *actual,
                cairo_surface_t  *reference,
                guint64          *n_pixels_out,
                cairo_surface_t **diff_out)
{
  int aw = cairo_image_surface_get_width (actual), ah = cairo_image_surface_get_height (actual);
  int rw = cairo_image_surface_get_width (reference);
  int rh = cairo_image_surface_get_height (reference);
  int w = MAX (aw, rw), h = MAX (ah, rh);
  cairo_surface_t *diff = NULL;
  guint8 *diff_data = NULL;
  int diff_stride = 0;
  guint64 n_differing = 0;

  if (diff_out != NULL)
    {
      diff = cairo_image_surface_create (CAIRO_FORMAT_RGB24, w, h);
      cairo_surface_flush (diff);
      diff_data = cairo_image_surface_get_data (diff);
      diff_stride = cairo_image_surface_get_stride (diff);
    }

  for (int y = 0; y < h; y++)
    for (int x = 0; x < w; x++)
      {
        gboolean in_actual = x < aw && y < ah, in_reference = x < rw && y < rh;
        gboolean differs;
        guint32 out;

        if (in_actual && in_reference)
          differs = pixels_differ (get_pixel (actual, x, y), get_pixel (reference, x, y));
        else
          differs = TRUE;
        n_differing += differs;
        if (diff == NULL)
          continue;

        if (differs)
          out = 0xffff0000u;
        else
          {
            guint32 p = get_pixel (reference, x, y);
            /* Premultiplied, so this is the colour over black; composite it over white. */
            guint a = p >> 24, r = (p >> 16) & 0xff, g = (p >> 8) & 0xff, b = p & 0xff;
            guint luma = (299 * (r + 255 - a) + 587 * (g + 255 - a) + 114 * (b + 255 - a)) / 1000;
            guint faded = 255 - (255 - MIN (luma, 255u)) * 3 / 10;

            out = 0xff000000u | faded << 16 | faded << 8 | faded;
          }
        ((guint32 *)(diff_data + (gsize)y * diff_stride))[x] = out;
      }

  if (diff != NULL)
    {
      cairo_surface_mark_dirty (diff);
      *diff_out = diff;
    }
  *n_pixels_out = (guint64)w * h;
  return n_differing;
}

static gboolean
write_png (cairo_surface_t *surface,
           const char      *path)
{
  cairo_status_t status = cairo_surface_write_to_png (surface, path);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_test_fail_printf ("could not write %s: %s", path, cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}

static void
remove_output (const char *name,
               const char *suffix)
{
  g_autofree char *file_name = g_strconcat (name, suffix, NULL);
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, "golden-output", file_name, NULL);

  g_remove (path);
}

static void
test_golden (gconstpointer data)
{
  const GoldenCase *gc = data;
  g_autofree char *png_name = g_strconcat (gc->name, ".png", NULL);
  g_autofree char *reference_path = g_test_build_filename (G_TEST_DIST, png_name, NULL);
  g_autoptr(GError) error = NULL;
  cairo_surface_t *actual, *reference, *diff = NULL;
  guint64 n_pixels, n_differing;
  gboolean same_size;
  double share;

  actual = paint_case (gc, &error);
  if (actual == NULL)
    {
      g_test_fail_printf ("%s: %s", gc->name, error->message);
      return;
    }

  if (!g_file_test (reference_path, G_FILE_TEST_EXISTS))
    {
      if (update_requested ())
        {
          if (write_png (actual, reference_path))
            g_test_message ("wrote the missing reference %s: look at it before committing it",
                            reference_path);
        }
      else
        g_test_fail_printf ("no reference image %s; create it with "
                            "PARITY_GOLDEN_UPDATE=1 meson test -C BUILDDIR test-golden, "
                            "and look at it before committing it", reference_path);
      cairo_surface_destroy (actual);
      return;
    }

  reference = cairo_image_surface_create_from_png (reference_path);
  if (cairo_surface_status (reference) != CAIRO_STATUS_SUCCESS)
    {
      g_test_fail_printf ("could not read %s: %s", reference_path,
                          cairo_status_to_string (cairo_surface_status (reference)));
      cairo_surface_destroy (reference);
      cairo_surface_destroy (actual);
      return;
    }

  n_differing = compare_images (actual, reference, &n_pixels, NULL);
  share = n_pixels > 0 ? (double)n_differing / n_pixels : 0.0;
  g_test_message ("%s: %dx%d pixels, reference %dx%d; %" G_GUINT64_FORMAT " of %"
                  G_GUINT64_FORMAT " pixels differ (%.3f %%)", gc->name,
                  cairo_image_surface_get_width (actual), cairo_image_surface_get_height (actual),
                  cairo_image_surface_get_width (reference),
                  cairo_image_surface_get_height (reference), n_differing, n_pixels, share * 100);

  same_size = cairo_image_surface_get_width (actual) == cairo_image_surface_get_width (reference) &&
              cairo_image_surface_get_height (actual) ==
              cairo_image_surface_get_height (reference);
  if (same_size && share <= MAX_DIFFERING_SHARE)
    {
      /* Within tolerance: pass, and leave the reference as it is even when updating. Images
       * from an earlier failure would only mislead. */
      remove_output (gc->name, "-actual.png");
      remove_output (gc->name, "-diff.png");
    }
  else if (update_requested ())
    {
      if (write_png (actual, reference_path))
        g_test_message ("replaced the reference %s (%.3f %% of pixels differed, %dx%d to %dx%d): "
                        "look at it before committing it",
                        reference_path, share * 100,
                        cairo_image_surface_get_width (reference),
                        cairo_image_surface_get_height (reference),
                        cairo_image_surface_get_width (actual),
                        cairo_image_surface_get_height (actual));
    }
  else
    {
      g_autofree char *out_dir = g_test_build_filename (G_TEST_BUILT, "golden-output", NULL);
      g_autofree char *actual_name = g_strconcat (gc->name, "-actual.png", NULL);
      g_autofree char *diff_name = g_strconcat (gc->name, "-diff.png", NULL);
      g_autofree char *actual_path = g_build_filename (out_dir, actual_name, NULL);
      g_autofree char *diff_path = g_build_filename (out_dir, diff_name, NULL);

      compare_images (actual, reference, &n_pixels, &diff);
      if (g_mkdir_with_parents (out_dir, 0755) != 0)
        g_test_fail_printf ("could not create %s: %s", out_dir, g_strerror (errno));
      else if (write_png (actual, actual_path) && write_png (diff, diff_path))
        g_test_fail_printf ("%s differs from its reference %s: %s%.3f %% of pixels differ "
                            "(at most %.1f %% may); actual image %s, differences in red in %s",
                            gc->name, reference_path, same_size ? "" : "the sizes differ, ",
                            share * 100, MAX_DIFFERING_SHARE * 100, actual_path, diff_path);
      cairo_surface_destroy (diff);
    }

  cairo_surface_destroy (reference);
  cairo_surface_destroy (actual);
}

static gboolean
parse_size (const char *text,
            double     *points)
{
  char *end = NULL;

  *points = g_ascii_strtod (text, &end);
  return end != text && *end == '\0' && isfinite (*points) && *points > 0;
}

/* Adds a /golden/NAME test per line of cases.txt; FALSE, with a message, on a bad line. */
static gboolean
add_cases (const char *cases_path)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;

  if (!g_file_get_contents (cases_path, &contents, NULL, &error))
    {
      g_printerr ("test-golden: %s\n", error->message);
      return FALSE;
    }
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = NULL;
      g_autofree char *test_path = NULL;
      GoldenCase *gc;
      guint n_fields;

      g_strstrip (lines[i]);
      if (lines[i][0] == '\0' || lines[i][0] == '#')
        continue;
      fields = g_strsplit_set (lines[i], " \t", -1);
      /* Runs of spaces split into empty fields: squeeze them out. */
      n_fields = 0;
      for (guint j = 0; fields[j] != NULL; j++)
        if (fields[j][0] != '\0')
          fields[n_fields++] = fields[j];
        else
          g_free (fields[j]);
      fields[n_fields] = NULL;

      gc = g_new0 (GoldenCase, 1);
      if ((n_fields != 5 && n_fields != 6) ||
          !parse_size (fields[3], &gc->width) || !parse_size (fields[4], &gc->height))
        {
          g_printerr ("test-golden: %s:%u: expected NAME DATASET CHART_ID WIDTH_PT HEIGHT_PT "
                      "[LANG], got \"%s\"\n", cases_path, i + 1, lines[i]);
          g_free (gc);
          return FALSE;
        }
      gc->name = g_strdup (fields[0]);
      gc->dataset = g_strdup (fields[1]);
      gc->chart_id = g_strdup (fields[2]);
      gc->lang = g_strdup (fields[5]);  /* NULL when there are five fields */
      test_path = g_strconcat ("/golden/", gc->name, NULL);
      g_test_add_data_func_full (test_path, gc, test_golden, golden_case_free);
    }
  return TRUE;
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *cases_path = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  datasets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);

  cases_path = g_test_build_filename (G_TEST_DIST, "cases.txt", NULL);
  if (!add_cases (cases_path))
    return 1;
  status = g_test_run ();

  g_hash_table_unref (datasets);
  return status;
}
