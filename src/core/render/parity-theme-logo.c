/* parity-theme-logo.c: a theme's logo, PNG or SVG, decoded once into an image surface
 *
 * A logo comes with a theme file, by e-mail as like as not, so it is untrusted: its bytes
 * are limited before anything parses them, a PNG's size is checked in its header before
 * cairo decodes it, and an SVG may hold only its own shapes and text: one with a picture
 * or a reference outside itself is refused before librsvg sees it, and librsvg parses it
 * from memory with no base file, so that it never reads another file or a URL. An SVG is
 * rasterized here, once, at PARITY_THEME_LOGO_DPI for the height the theme draws it at, so
 * that the scene, the painter and the worker threads handle one kind of logo, an ARGB32
 * image surface, whatever the file was.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>
#include <librsvg/rsvg.h>

#include "parity-error.h"
#include "parity-lazy-library.h"
#include "parity-theme-logo.h"

/* A logo is a plain file name in the theme's folder, a PNG or an SVG: no folder, no "..",
 * nothing hidden. */
gboolean
parity_theme_logo_name_is_valid (const char *name)
{
  return name[0] != '.' && strchr (name, '/') == NULL && strchr (name, '\\') == NULL &&
         strlen (name) <= 128 && (g_str_has_suffix (name, ".png") ||
                                  g_str_has_suffix (name, ".svg"));
}

typedef struct
{
  const guint8 *data;
  gsize         len;
  gsize         at;
} PngStream;

static cairo_status_t
png_read (void          *closure,
          unsigned char *data,
          unsigned int   length)
{
  PngStream *stream = closure;

  if (length > stream->len - stream->at)
    return CAIRO_STATUS_READ_ERROR;
  memcpy (data, stream->data + stream->at, length);
  stream->at += length;
  return CAIRO_STATUS_SUCCESS;
}

/* The PNG's pixels, its size checked in its header before anything is decoded. */
static cairo_surface_t *
decode_png (GBytes      *bytes,
            const char  *name,
            GError     **error)
{
  static const guint8 signature[] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };
  PngStream stream = { 0 };
  cairo_surface_t *image;
  guint32 width, height;

  stream.data = g_bytes_get_data (bytes, &stream.len);
  if (stream.len < 24 || stream.len > PARITY_THEME_LOGO_MAX_BYTES ||
      memcmp (stream.data, signature, sizeof signature) != 0 ||
      memcmp (stream.data + 12, "IHDR", 4) != 0)
    goto bad;
  width = GUINT32_FROM_BE (*(const guint32 *)(gconstpointer)(stream.data + 16));
  height = GUINT32_FROM_BE (*(const guint32 *)(gconstpointer)(stream.data + 20));
  if (width == 0 || height == 0 || width > PARITY_THEME_LOGO_MAX_SIDE ||
      height > PARITY_THEME_LOGO_MAX_SIDE)
    goto bad;
  image = cairo_image_surface_create_from_png_stream (png_read, &stream);
  if (cairo_surface_status (image) == CAIRO_STATUS_SUCCESS)
    return image;
  cairo_surface_destroy (image);
bad:
  g_set_error (error, PARITY_ERROR, PARITY_ERROR_CONTENT,
               /* Translators: a file name, then the most bytes and the most pixels a
                  side. */
               _("\"%s\" is not a PNG image of at most %d bytes and %d pixels a side"), name,
               PARITY_THEME_LOGO_MAX_BYTES, PARITY_THEME_LOGO_MAX_SIDE);
  return NULL;
}

/* What an SVG logo may not hold, found before librsvg parses it: whatever would load more
 * than the file's own shapes. An <image> or <feImage> decodes a picture of any size from a
 * data: URL, whatever the file's (a 500 KB file can ask for gigabytes); an href or a url()
 * that is not a fragment of the file itself can name a data: URL of another SVG that holds
 * pictures out of sight; so can a stylesheet's @import or <?xml-stylesheet?>, a CSS escape
 * can spell any of these, and an entity can write them. GMarkup reads names and values as
 * XML does, character references decoded, so none is hidden from it; a file it cannot read
 * is refused. */
typedef struct
{
  const char *found;   /* what is refused, for the message; NULL: nothing */
  guint       style;   /* depth inside <style> */
} SvgScan;

static const char *
local_name (const char *name)
{
  const char *colon = strrchr (name, ':');

  return colon != NULL ? colon + 1 : name;
}

/* A url() other than "#id", an @import or a CSS escape (which could spell either) in a
 * style sheet or an attribute's value: librsvg reads presentation attributes as CSS too. */
static const char *
refused_in_css (const char *text)
{
  g_autofree char *down = g_ascii_strdown (text, -1);

  if (strchr (down, '\\') != NULL)
    return "\\";
  if (strstr (down, "@import") != NULL)
    return "@import";
  for (const char *p = down; (p = strstr (p, "url(")) != NULL; p += 4)
    {
      const char *arg = p + 4;

      while (g_ascii_isspace (*arg) || *arg == '"' || *arg == '\'')
        arg++;
      if (*arg != '#')
        return "url(…)";
    }
  return NULL;
}

/* Stops GMarkup at the first thing refused. */
static void
stop_if_found (SvgScan  *scan,
               GError  **error)
{
  if (scan->found != NULL)
    g_set_error_literal (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT, "refused");
}

static void
scan_start (GMarkupParseContext  *context,
            const char           *element,
            const char          **names,
            const char          **values,
            gpointer              data,
            GError              **error)
{
  SvgScan *scan = data;

  if (scan->style > 0 || g_str_equal (local_name (element), "style"))
    scan->style++;
  if (g_ascii_strcasecmp (local_name (element), "image") == 0 ||
      g_ascii_strcasecmp (local_name (element), "feImage") == 0)
    scan->found = "<image>";
  for (guint i = 0; scan->found == NULL && names[i] != NULL; i++)
    if (g_ascii_strcasecmp (local_name (names[i]), "href") == 0 && values[i][0] != '#')
      scan->found = "href=\"…\"";
    else
      scan->found = refused_in_css (values[i]);
  stop_if_found (scan, error);
}

static void
scan_end (GMarkupParseContext  *context,
          const char           *element,
          gpointer              data,
          GError              **error)
{
  SvgScan *scan = data;

  if (scan->style > 0)
    scan->style--;
}

static void
scan_text (GMarkupParseContext  *context,
           const char           *text,
           gsize                 len,
           gpointer              data,
           GError              **error)
{
  SvgScan *scan = data;
  g_autofree char *css = NULL;

  if (scan->style == 0)
    return;
  css = g_strndup (text, len);
  scan->found = refused_in_css (css);
  stop_if_found (scan, error);
}

/* Comments, processing instructions and the DOCTYPE. */
static void
scan_passthrough (GMarkupParseContext  *context,
                  const char           *text,
                  gsize                 len,
                  gpointer              data,
                  GError              **error)
{
  SvgScan *scan = data;
  g_autofree char *down = g_ascii_strdown (text, len);

  if (strstr (down, "<!entity") != NULL)
    scan->found = "<!ENTITY>";
  else if (strstr (down, "xml-stylesheet") != NULL)
    scan->found = "<?xml-stylesheet?>";
  stop_if_found (scan, error);
}

/* FALSE with @found NULL: not readable as XML; FALSE with @found set: holds what @found says;
 * TRUE: only its own shapes. */
static gboolean
svg_is_self_contained (const guint8  *data,
                       gsize          len,
                       const char   **found)
{
  static const GMarkupParser parser = {
    scan_start, scan_end, scan_text, scan_passthrough, NULL,
  };
  SvgScan scan = { 0 };
  GMarkupParseContext *context;
  gboolean ok;

  context = g_markup_parse_context_new (&parser, G_MARKUP_TREAT_CDATA_AS_TEXT, &scan, NULL);
  ok = g_markup_parse_context_parse (context, (const char *)data, len, NULL) &&
       g_markup_parse_context_end_parse (context, NULL);
  g_markup_parse_context_free (context);
  *found = scan.found;
  return ok;
}

static cairo_surface_t *
not_svg (const char  *name,
         GError     **error)
{
  g_set_error (error, PARITY_ERROR, PARITY_ERROR_CONTENT,
               /* Translators: a file name; SVG as an image format. */
               _("\"%s\" is not an SVG image that can be read (a plain SVG file, not "
                 "compressed)"), name);
  return NULL;
}

/* librsvg is opened with the first SVG logo: most figures have none, and the library with
 * those it pulls in (gdk-pixbuf, libxml2, ICU's C++ runtime) costs every process that links
 * it about 2 ms of loading. */
#define RSVG_FUNCTIONS(F) \
  F (rsvg_handle_new_from_data) \
  F (rsvg_handle_set_dpi) \
  F (rsvg_handle_get_intrinsic_size_in_pixels) \
  F (rsvg_handle_get_intrinsic_dimensions) \
  F (rsvg_handle_render_document)

static PARITY_LAZY_TABLE (RSVG_FUNCTIONS) rsvg;
static const char * const rsvg_symbols[] = PARITY_LAZY_NAMES (RSVG_FUNCTIONS);
static ParityLazyLibrary rsvg_library = PARITY_LAZY_LIBRARY_INIT ("librsvg-2.so.2", "librsvg",
                                                                  rsvg_symbols);

/* The SVG's own width and height, in pixels at 96 dpi, from its width and height, else its
 * viewBox; FALSE when it has neither in units that give a size. */
static gboolean
svg_size (RsvgHandle *handle,
          double     *width,
          double     *height)
{
  RsvgRectangle viewbox = { 0 };
  gboolean has_viewbox = FALSE;

  if (rsvg.rsvg_handle_get_intrinsic_size_in_pixels (handle, width, height))
    return TRUE;
  rsvg.rsvg_handle_get_intrinsic_dimensions (handle, NULL, NULL, NULL, NULL, &has_viewbox,
                                             &viewbox);
  *width = viewbox.width;
  *height = viewbox.height;
  return has_viewbox;
}

/* @handle's SVG drawn into an image @height points tall at PARITY_THEME_LOGO_DPI, both
 * sides at most PARITY_THEME_LOGO_MAX_SIDE pixels, keeping its proportions. */
static cairo_surface_t *
rasterize_svg (RsvgHandle  *handle,
               const char  *name,
               double       height,
               GError     **error)
{
  cairo_surface_t *image;
  cairo_t *cr;
  double w = 0, h = 0, px_w, px_h;
  gboolean drawn;

  rsvg.rsvg_handle_set_dpi (handle, 96);
  if (!svg_size (handle, &w, &h) || !(w > 0) || !(h > 0))
    {
      g_set_error (error, PARITY_ERROR, PARITY_ERROR_CONTENT,
                   /* Translators: a file name; keep width, height and viewBox: SVG
                      attributes. */
                   _("\"%s\" has no size: give its svg element a width and a height above 0, "
                     "or a viewBox"), name);
      return NULL;
    }
  if (!(w <= PARITY_THEME_LOGO_MAX_SVG_SIDE && h <= PARITY_THEME_LOGO_MAX_SVG_SIDE &&
        MAX (w, h) <= MIN (w, h) * PARITY_THEME_LOGO_MAX_ASPECT))
    {
      g_set_error (error, PARITY_ERROR, PARITY_ERROR_CONTENT,
                   /* Translators: a file name, its width and height in pixels, the most
                      pixels a side, then how many times the shorter side the longer may
                      be. */
                   _("\"%s\" is %g × %g pixels: a logo is at most %g pixels a side, its "
                     "longer side at most %g times the shorter"), name, w, h,
                   PARITY_THEME_LOGO_MAX_SVG_SIDE, PARITY_THEME_LOGO_MAX_ASPECT);
      return NULL;
    }
  px_h = ceil (height * PARITY_THEME_LOGO_DPI / 72);
  px_w = px_h * w / h;
  if (px_w > PARITY_THEME_LOGO_MAX_SIDE)
    {
      px_h *= PARITY_THEME_LOGO_MAX_SIDE / px_w;
      px_w = PARITY_THEME_LOGO_MAX_SIDE;
    }
  px_w = MAX (1, round (px_w));
  px_h = MAX (1, round (px_h));
  image = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int)px_w, (int)px_h);
  cr = cairo_create (image);
  drawn = rsvg.rsvg_handle_render_document (handle, cr,
                                            &(RsvgRectangle) { 0, 0, px_w, px_h }, NULL);
  cairo_destroy (cr);
  cairo_surface_flush (image);
  if (drawn && cairo_surface_status (image) == CAIRO_STATUS_SUCCESS)
    return image;
  cairo_surface_destroy (image);
  return not_svg (name, error);
}

/* The SVG, once it is found to hold only its own shapes, parsed from memory with no base
 * file, so that nothing it might still name is read. */
static cairo_surface_t *
decode_svg (GBytes      *bytes,
            const char  *name,
            double       height,
            GError     **error)
{
  RsvgHandle *handle;
  cairo_surface_t *image;
  const guint8 *data;
  const char *found = NULL;
  gsize len;

  data = g_bytes_get_data (bytes, &len);
  if (len > PARITY_THEME_LOGO_MAX_BYTES)
    {
      g_set_error (error, PARITY_ERROR, PARITY_ERROR_CONTENT,
                   /* Translators: a file name, then the most bytes a logo may hold. */
                   _("\"%s\" is larger than the %d bytes a logo may hold"), name,
                   PARITY_THEME_LOGO_MAX_BYTES);
      return NULL;
    }
  /* librsvg would inflate a gzipped SVG, as much as it holds: a logo is plain SVG. */
  if (len < 2 || (data[0] == 0x1F && data[1] == 0x8B))
    return not_svg (name, error);
  if (!svg_is_self_contained (data, len, &found))
    {
      if (found == NULL)
        return not_svg (name, error);
      g_set_error (error, PARITY_ERROR, PARITY_ERROR_CONTENT,
                   /* Translators: a file name, then what it holds, as written in SVG
                      ("<image>", "href", "url()", "@import"). */
                   _("\"%s\" holds %s: an SVG logo may hold only its own shapes and text, no "
                     "picture and nothing from outside the file (a picture makes a PNG "
                     "logo)"), name, found);
      return NULL;
    }
  if (!parity_lazy_library_load (&rsvg_library, (gpointer *)&rsvg, sizeof rsvg, error))
    return NULL;
  if ((handle = rsvg.rsvg_handle_new_from_data (data, len, NULL)) == NULL)
    return not_svg (name, error);
  image = rasterize_svg (handle, name, height, error);
  g_object_unref (handle);
  return image;
}

/**
 * parity_theme_logo_decode:
 * @bytes: the logo file's bytes, read to at most one byte past PARITY_THEME_LOGO_MAX_BYTES
 * @name: the file's name, which says PNG or SVG (parity_theme_logo_name_is_valid()), for
 *   messages too
 * @height: the height the logo is drawn at, in points: an SVG's raster is made for it
 *
 * Returns: (transfer full) (nullable): an ARGB32 image surface, or %NULL with @error set
 */
cairo_surface_t *
parity_theme_logo_decode (GBytes      *bytes,
                          const char  *name,
                          double       height,
                          GError     **error)
{
  g_return_val_if_fail (bytes != NULL && name != NULL, NULL);

  if (g_str_has_suffix (name, ".svg"))
    return decode_svg (bytes, name, height, error);
  return decode_png (bytes, name, error);
}
