/* bench-map-reference.c: the yardstick for the map benchmark
 *
 * The least a person would write to draw the "internet-use-world-map" chart of the bundled
 * dataset internet-use-by-economy.json with cairo and pango, as parity-cli draws it with the
 * "report" preset, without any of Parity's code: it reads the TopoJSON boundary file itself
 * with json-glib (quantized, delta-encoded arcs; a negative index is an arc reversed),
 * projects every point with the Equal Earth formula onto the same box (the world from 56° S
 * to 84° N, fitted into what the frame and the key leave), fills each country with one of
 * five fixed colours from its latest 2022 or 2023 value (read from the dataset's JSON, also
 * with json-glib), strokes white 0.35 pt borders, draws a circle for an economy smaller than
 * 1 mm², outlines the two highlighted economies, and draws the key and the same title,
 * subtitle, notes and source text (written in, as bench-reference does).
 *
 * Like Parity, it leaves out points closer than 0.3 pt to the one kept before (--no-thin
 * keeps them all, to see what thinning saves), skips rings wholly outside the box and lets
 * cairo clip the rest. What it does not do: classify (the breaks are written in), check the
 * files, hatch the places without data (flat grey), push overlapping circles apart, place
 * labels, describe the chart.
 *
 *   bench-map-reference --format png|pdf -o PATH --boundaries world-50m.json
 *                       --dataset internet-use-by-economy.json [--no-thin]
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <cairo-pdf.h>
#include <cairo.h>
#include <glib.h>
#include <json-glib/json-glib.h>
#include <locale.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <stdio.h>
#include <stdlib.h>

#define WIDTH (160 / 25.4 * 72)   /* pt */
#define HEIGHT (100 / 25.4 * 72)
#define DPI 300.0
#define MM (72 / 25.4)
#define FAMILY "Noto Sans, DejaVu Sans, sans-serif"
#define THIN 0.3
#define N_CLASSES 5

typedef struct { double r, g, b; } Rgb;

#define RGB(hex) { ((hex) >> 16 & 0xFF) / 255.0, ((hex) >> 8 & 0xFF) / 255.0, \
                   ((hex) & 0xFF) / 255.0 }

static const Rgb background = RGB (0xFFFFFF);
static const Rgb text = RGB (0x1A1A1A);
static const Rgb muted_text = RGB (0x595959);
static const Rgb no_data = RGB (0x8C8C8C);
static const Rgb disputed = RGB (0x9E9E9E);
static const Rgb classes[N_CLASSES] = {
  RGB (0xE5F3FA), RGB (0x95C5E9), RGB (0x159AD7), RGB (0x0869A5), RGB (0x003C73)
};
static const double breaks[N_CLASSES + 1] = { 10, 50, 75, 85, 92, 100 };
static const char * const break_labels[N_CLASSES + 1] = {
  "10%", "50%", "75%", "85%", "92%", "100%"
};
static const char * const highlighted[] = { "BDI", "TUV" };

static PangoContext *pango_context;
static gboolean thin = TRUE;

/* The projected plane onto the canvas. */
static double map_x0, map_y1, map_scale;

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

/* Equal Earth (Šavrič, Patterson and Jenny 2018), on the unit sphere. */
#define A1 1.340264
#define A2 (-0.081106)
#define A3 0.000893
#define A4 0.003796

static void
equal_earth (double  lon,
             double  lat,
             double *x,
             double *y)
{
  double lambda = lon * G_PI / 180, phi = lat * G_PI / 180;
  double m = sqrt (3) / 2, theta = asin (m * sin (phi)), t2 = theta * theta, t6 = t2 * t2 * t2;

  *x = lambda * cos (theta) / (m * (A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2)));
  *y = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2));
}

/* The dataset: the latest 2022 or 2023 value of each entity. */
static GHashTable *
read_values (const char *path,
             GError    **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  GHashTable *values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  JsonArray *indicators, *observations;

  if (!json_parser_load_from_file (parser, path, error))
    {
      g_hash_table_unref (values);
      return NULL;
    }
  indicators = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)),
                                             "indicators");
  for (guint i = 0; i < json_array_get_length (indicators); i++)
    {
      JsonObject *indicator = json_array_get_object_element (indicators, i);

      if (!g_str_equal (json_object_get_string_member (indicator, "id"), "internet-use"))
        continue;
      observations = json_object_get_array_member (indicator, "observations");
      for (guint j = 0; j < json_array_get_length (observations); j++)
        {
          JsonObject *o = json_array_get_object_element (observations, j);
          const char *period = json_object_get_string_member (o, "period");
          const char *entity = json_object_get_string_member (o, "entity");
          double *v;

          if (!g_str_equal (period, "2022") && !g_str_equal (period, "2023"))
            continue;
          if ((v = g_hash_table_lookup (values, entity)) == NULL || g_str_equal (period, "2023"))
            {
              v = g_new (double, 1);
              *v = json_object_get_double_member (o, "value");
              g_hash_table_insert (values, g_strdup (entity), v);
            }
        }
    }
  return values;
}

/* The boundaries: every arc decoded to degrees. */
typedef struct
{
  GArray  *arcs;   /* GArray of (double lon, double lat) pairs, one an arc */
  JsonArray *countries;
  JsonParser *parser;
} Topology;

static gboolean
read_topology (const char *path,
               Topology   *topo,
               GError    **error)
{
  JsonObject *root, *transform;
  JsonArray *arcs, *scale, *translate;
  double sx, sy, tx, ty;

  topo->parser = json_parser_new ();
  if (!json_parser_load_from_file (topo->parser, path, error))
    return FALSE;
  root = json_node_get_object (json_parser_get_root (topo->parser));
  transform = json_object_get_object_member (root, "transform");
  scale = json_object_get_array_member (transform, "scale");
  translate = json_object_get_array_member (transform, "translate");
  sx = json_array_get_double_element (scale, 0), sy = json_array_get_double_element (scale, 1);
  tx = json_array_get_double_element (translate, 0);
  ty = json_array_get_double_element (translate, 1);
  arcs = json_object_get_array_member (root, "arcs");
  topo->arcs = g_array_new (FALSE, FALSE, sizeof (GArray *));
  for (guint i = 0; i < json_array_get_length (arcs); i++)
    {
      JsonArray *arc = json_array_get_array_element (arcs, i);
      GArray *points = g_array_sized_new (FALSE, FALSE, 2 * sizeof (double),
                                          json_array_get_length (arc));
      gint64 x = 0, y = 0;

      for (guint j = 0; j < json_array_get_length (arc); j++)
        {
          JsonArray *p = json_array_get_array_element (arc, j);
          double lonlat[2];

          x += json_array_get_int_element (p, 0);
          y += json_array_get_int_element (p, 1);
          lonlat[0] = x * sx + tx;
          lonlat[1] = y * sy + ty;
          g_array_append_val (points, lonlat);
        }
      g_array_append_val (topo->arcs, points);
    }
  topo->countries = json_object_get_array_member (
    json_object_get_object_member (json_object_get_object_member (root, "objects"), "countries"),
    "geometries");
  return TRUE;
}

/* A ring of arc indices, projected onto the canvas and thinned into @out. */
static void
project_ring (const Topology *topo,
              JsonArray      *ring,
              GArray         *out)
{
  for (guint pass = 0; pass < 2; pass++)
    {
      double limit = pass == 0 && thin ? THIN : 0;
      guint n = json_array_get_length (ring);

      g_array_set_size (out, 0);
      for (guint a = 0; a < n; a++)
        {
          gint64 index = json_array_get_int_element (ring, a);
          GArray *arc = g_array_index (topo->arcs, GArray *, index < 0 ? ~index : index);

          /* Each arc after the first starts where the one before ended. */
          for (guint k = a == 0 ? 0 : 1; k < arc->len; k++)
            {
              const double *ll = &g_array_index (arc, double, 2 * (index < 0 ? arc->len - 1 - k
                                                                             : k));
              double x, y, p[2];

              equal_earth (ll[0], ll[1], &x, &y);
              p[0] = (x - map_x0) * map_scale;
              p[1] = (map_y1 - y) * map_scale;
              if (limit > 0 && out->len > 0 && !(a + 1 == n && k + 1 == arc->len))
                {
                  const double *last = &g_array_index (out, double, 2 * (out->len - 1));

                  if (hypot (p[0] - last[0], p[1] - last[1]) < limit)
                    continue;
                }
              g_array_append_val (out, p);
            }
        }
      if (out->len >= 4)
        break;
    }
}

typedef struct
{
  double cx, cy;
  int    klass;
} Circle;

static void
draw (cairo_t        *cr,
      const Topology *topo,
      GHashTable     *values)
{
  double body = sqrt (WIDTH * HEIGHT) / 40, small_size = body * 0.82;
  double pad = round (body * 1.3), gap = round (body * 0.5);
  double x = pad, y = pad, width = WIDTH - 2 * pad, bottom = HEIGHT - pad, h;
  double ex0, ey0, ex1, ey1, box_x, box_y, box_w, box_h, area_h, key_h, swatch_w, label_h = 0;
  double radius = MAX (MM, body * 0.3);
  PangoFontDescription *title_font = font (body * 1.45, PANGO_WEIGHT_BOLD);
  PangoFontDescription *subtitle_font = font (body * 1.05, PANGO_WEIGHT_NORMAL);
  PangoFontDescription *body_font = font (body, PANGO_WEIGHT_NORMAL);
  PangoFontDescription *small_font = font (small_size, PANGO_WEIGHT_NORMAL);
  PangoFontDescription *bold_small_font = font (small_size, PANGO_WEIGHT_BOLD);
  PangoLayout *title, *subtitle, *notes, *source, *breaks_text[N_CLASSES + 1];
  g_autoptr(GArray) ring = g_array_new (FALSE, FALSE, 2 * sizeof (double));
  g_autoptr(GArray) circles = g_array_new (FALSE, FALSE, sizeof (Circle));
  g_autoptr(GPtrArray) outlines = g_ptr_array_new_with_free_func (
    (GDestroyNotify)cairo_path_destroy);

  title = label ("Internet use around the world, latest year", title_font, width);
  subtitle = label ("Individuals using the Internet, % of population", subtitle_font, width);
  notes = label ("Data for 183 of 212 economies; 124 from 2022. Some labels are left out for "
                 "lack of room. 52 economies without data. Circles: economies too small to "
                 "see at this size. The boundaries and names shown and the designations used "
                 "on this map do not imply official endorsement or acceptance by the United "
                 "Nations.", small_font, width);
  source = label ("Source: ITU via World Bank, processed by Our World in Data (CC BY 4.0).",
                  small_font, width);

  set_rgb (cr, &background);
  cairo_paint (cr);

  /* The frame: title and subtitle from the top, source and notes from the bottom. */
  show (cr, title, x, y, &text);
  size_of (title, NULL, &h);
  y += h + body * 0.25;
  show (cr, subtitle, x, y, &muted_text);
  size_of (subtitle, NULL, &h);
  y += h + body * 1.2;
  size_of (source, NULL, &h);
  bottom -= h;
  show (cr, source, x, bottom, &muted_text);
  bottom -= body * 0.3;
  size_of (notes, NULL, &h);
  bottom -= h;
  show (cr, notes, x, bottom, &muted_text);
  bottom -= body * 1.2;

  /* The key: five swatches with the breaks under their joins, then no data and disputed. */
  swatch_w = MIN (body * 4.5, width * 0.6 / N_CLASSES);
  for (guint i = 0; i <= N_CLASSES; i++)
    {
      breaks_text[i] = label (break_labels[i], body_font, 0);
      size_of (breaks_text[i], NULL, &h);
      label_h = MAX (label_h, h);
    }
  key_h = body + 2 + label_h;
  {
    double ky = bottom - key_h, kx;

    for (guint i = 0; i <= N_CLASSES; i++)
      {
        double w;

        if (i < N_CLASSES)
          {
            set_rgb (cr, &classes[i]);
            cairo_rectangle (cr, x + i * swatch_w, ky, swatch_w, body);
            cairo_fill (cr);
          }
        size_of (breaks_text[i], &w, NULL);
        show (cr, breaks_text[i], CLAMP (x + i * swatch_w - w / 2, x, x + width - w),
              ky + body + 2, &text);
        g_object_unref (breaks_text[i]);
      }
    kx = x + N_CLASSES * swatch_w + gap * 3;
    for (guint i = 0; i < 2; i++)
      {
        PangoLayout *word = label (i == 0 ? "No data" : "Disputed area", body_font, 0);
        double w;

        set_rgb (cr, i == 0 ? &no_data : &disputed);
        cairo_rectangle (cr, kx, ky, body * 1.4, body);
        cairo_fill (cr);
        size_of (word, &w, &h);
        show (cr, word, kx + body * 1.4 + gap / 2, ky + (body - h) / 2, &text);
        kx += body * 1.4 + gap / 2 + w + gap * 1.5;
        g_object_unref (word);
      }
  }

  /* The world from 56° S to 84° N, fitted into what is left, at its foot. */
  area_h = bottom - key_h - body * 0.6 - y;
  equal_earth (-180, 0, &ex0, &h);
  equal_earth (180, 0, &ex1, &h);
  equal_earth (0, -56, &h, &ey0);
  equal_earth (0, 84, &h, &ey1);
  map_scale = MIN (width / (ex1 - ex0), area_h / (ey1 - ey0));
  box_w = (ex1 - ex0) * map_scale;
  box_h = (ey1 - ey0) * map_scale;
  box_x = x + (width - box_w) / 2;
  box_y = y + area_h - box_h;
  map_x0 = ex0 - box_x / map_scale;
  map_y1 = ey1 + box_y / map_scale;

  /* The countries, each in its class's colour, grey without a value. */
  cairo_save (cr);
  cairo_rectangle (cr, box_x, box_y, box_w, box_h);
  cairo_clip (cr);
  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
  cairo_set_line_width (cr, 0.35);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  for (guint i = 0; i < json_array_get_length (topo->countries); i++)
    {
      JsonObject *country = json_array_get_object_element (topo->countries, i);
      const char *type = json_object_get_string_member (country, "type");
      const char *code = json_object_get_string_member (
        json_object_get_object_member (country, "properties"), "a3");
      JsonArray *polygons = json_object_get_array_member (country, "arcs");
      gboolean multi = g_str_equal (type, "MultiPolygon");
      const double *value = g_hash_table_lookup (values, code);
      double area = 0, largest = -1, cx = 0, cy = 0;
      gboolean drawn = FALSE;
      int klass = -1;

      if (!multi && !g_str_equal (type, "Polygon"))
        continue;
      for (guint p = 0; p < (multi ? json_array_get_length (polygons) : 1); p++)
        {
          JsonArray *rings = multi ? json_array_get_array_element (polygons, p) : polygons;

          for (guint r = 0; r < json_array_get_length (rings); r++)
            {
              double x0 = G_MAXDOUBLE, y0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y1 = -G_MAXDOUBLE;
              double a = 0, rx = 0, ry = 0;

              project_ring (topo, json_array_get_array_element (rings, r), ring);
              if (ring->len < 3)
                continue;
              for (guint k = 0; k < ring->len; k++)
                {
                  const double *q = &g_array_index (ring, double, 2 * k);
                  const double *n = &g_array_index (ring, double, 2 * ((k + 1) % ring->len));
                  double cross = q[0] * n[1] - n[0] * q[1];

                  a += cross, rx += (q[0] + n[0]) * cross, ry += (q[1] + n[1]) * cross;
                  x0 = MIN (x0, q[0]), y0 = MIN (y0, q[1]);
                  x1 = MAX (x1, q[0]), y1 = MAX (y1, q[1]);
                }
              area += r == 0 ? fabs (a) / 2 : -fabs (a) / 2;
              if (r == 0 && fabs (a) / 2 > largest && fabs (a) > 1e-9)
                largest = fabs (a) / 2, cx = rx / (3 * a), cy = ry / (3 * a);
              if (x1 < box_x || x0 > box_x + box_w || y1 < box_y || y0 > box_y + box_h)
                continue;
              for (guint k = 0; k < ring->len; k++)
                {
                  const double *q = &g_array_index (ring, double, 2 * k);

                  if (k == 0)
                    cairo_move_to (cr, q[0], q[1]);
                  else
                    cairo_line_to (cr, q[0], q[1]);
                }
              cairo_close_path (cr);
              drawn = TRUE;
            }
        }
      if (!drawn)
        continue;
      if (value != NULL)
        {
          klass = 0;
          while (klass < N_CLASSES - 1 && *value >= breaks[klass + 1])
            klass++;
          set_rgb (cr, &classes[klass]);
        }
      else
        set_rgb (cr, &no_data);
      cairo_fill_preserve (cr);
      for (guint k = 0; k < G_N_ELEMENTS (highlighted); k++)
        if (g_str_equal (code, highlighted[k]))
          g_ptr_array_add (outlines, cairo_copy_path (cr));
      set_rgb (cr, &background);
      cairo_stroke (cr);
      if (klass >= 0 && area < MM * MM && largest > 0)
        g_array_append_val (circles, ((Circle) { cx, cy, klass }));
    }

  /* The highlighted economies outlined; circles for those too small to see. */
  set_rgb (cr, &text);
  cairo_set_line_width (cr, 1.2);
  for (guint i = 0; i < outlines->len; i++)
    {
      cairo_append_path (cr, outlines->pdata[i]);
      cairo_stroke (cr);
    }
  cairo_set_line_width (cr, 0.5);
  for (guint i = 0; i < circles->len; i++)
    {
      const Circle *c = &g_array_index (circles, Circle, i);

      cairo_new_sub_path (cr);
      cairo_arc (cr, c->cx, c->cy, radius, 0, 2 * G_PI);
      set_rgb (cr, &classes[c->klass]);
      cairo_fill_preserve (cr);
      set_rgb (cr, &text);
      cairo_stroke (cr);
    }
  cairo_restore (cr);

  /* The one name the map has room for. */
  {
    PangoLayout *name = label ("Burundi 11.3% (2022)", bold_small_font, 0);
    double bx, by;

    equal_earth (29.9, -3.4, &bx, &by);
    size_of (name, NULL, &h);
    show (cr, name, (bx - map_x0) * map_scale + body * 0.4,
          (map_y1 - by) * map_scale - h / 2, &text);
    g_object_unref (name);
  }

  g_object_unref (title);
  g_object_unref (subtitle);
  g_object_unref (notes);
  g_object_unref (source);
  pango_font_description_free (title_font);
  pango_font_description_free (subtitle_font);
  pango_font_description_free (body_font);
  pango_font_description_free (small_font);
  pango_font_description_free (bold_small_font);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *format = NULL;
  g_autofree char *output = NULL;
  g_autofree char *boundaries = NULL;
  g_autofree char *dataset = NULL;
  gboolean no_thin = FALSE;
  g_autoptr(GOptionContext) options = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) values = NULL;
  const GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format, "png or pdf", "FORMAT" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "Output file", "PATH" },
    { "boundaries", 'b', 0, G_OPTION_ARG_FILENAME, &boundaries, "TopoJSON file", "PATH" },
    { "dataset", 'd', 0, G_OPTION_ARG_FILENAME, &dataset, "Parity dataset", "PATH" },
    { "no-thin", 0, 0, G_OPTION_ARG_NONE, &no_thin, "Keep every point", NULL },
    { NULL }
  };
  Topology topo = { NULL };
  PangoFontMap *font_map;
  cairo_font_options_t *font_options;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  /* The same process start-up as parity-cli: locale, program name, option parsing. */
  setlocale (LC_ALL, "");
  g_set_prgname ("bench-map-reference");
  options = g_option_context_new ("— draw the reference world map");
  g_option_context_add_main_entries (options, entries, NULL);
  if (!g_option_context_parse (options, &argc, &argv, &error))
    {
      fprintf (stderr, "bench-map-reference: %s\n", error->message);
      return 2;
    }
  if (format == NULL || output == NULL || boundaries == NULL || dataset == NULL ||
      (!g_str_equal (format, "png") && !g_str_equal (format, "pdf")))
    {
      fprintf (stderr, "usage: bench-map-reference --format png|pdf -o PATH --boundaries FILE"
               " --dataset FILE [--no-thin]\n");
      return 2;
    }
  thin = !no_thin;

  /* The same work as Parity's: read the data and the boundaries. */
  values = read_values (dataset, &error);
  if (values == NULL || !read_topology (boundaries, &topo, &error))
    {
      fprintf (stderr, "bench-map-reference: %s\n", error->message);
      return 1;
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
                                            (int)ceil (HEIGHT * scale - 1e-6));
      cr = cairo_create (surface);
      cairo_scale (cr, scale, scale);
      draw (cr, &topo, values);
      cairo_destroy (cr);
      status = cairo_surface_write_to_png (surface, output);
      if (status == CAIRO_STATUS_SUCCESS)
        status = cairo_surface_status (surface);
    }
  else
    {
      surface = cairo_pdf_surface_create (output, WIDTH, HEIGHT);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE,
                                      "Internet use around the world, latest year");
      cr = cairo_create (surface);
      draw (cr, &topo, values);
      cairo_show_page (cr);
      cairo_destroy (cr);
      cairo_surface_finish (surface);
      status = cairo_surface_status (surface);
    }
  cairo_surface_destroy (surface);
  g_object_unref (pango_context);
  for (guint i = 0; i < topo.arcs->len; i++)
    g_array_unref (g_array_index (topo.arcs, GArray *, i));
  g_array_unref (topo.arcs);
  g_object_unref (topo.parser);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      fprintf (stderr, "bench-map-reference: %s: %s\n", output, cairo_status_to_string (status));
      return 1;
    }
  return 0;
}
