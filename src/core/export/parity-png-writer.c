/* parity-png-writer.c: cairo's own PNG writer records neither the resolution (pHYs) nor
 * UTF-8 metadata (iTXt); a figure pasted into a report should keep both.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include <math.h>
#include <png.h>
#include <setjmp.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "parity-error.h"
#include "parity-png-writer.h"

typedef struct
{
  GOutputStream *stream;
  GError        *error;
  char           message[256];
} WriteState;

static void
write_data (png_structp png,
            png_bytep   data,
            png_size_t  length)
{
  WriteState *state = png_get_io_ptr (png);

  if (state->error == NULL &&
      !g_output_stream_write_all (state->stream, data, length, NULL, NULL, &state->error))
    /* Translators: shown as “PNG: write failed”. */
    png_error (png, _("write failed"));
}

static void
flush_data (png_structp png)
{
}

static void
on_error (png_structp     png,
          png_const_charp message)
{
  WriteState *state = png_get_error_ptr (png);

  g_strlcpy (state->message, message, sizeof state->message);
  png_longjmp (png, 1);
}

static void
on_warning (png_structp     png,
            png_const_charp message)
{
  g_debug ("libpng: %s", message);
}

/* Cairo stores premultiplied native-endian ARGB; PNG wants straight RGB(A) bytes. */
static void
unpremultiply_row (const guint32 *src,
                   guint8        *dst,
                   int            width,
                   gboolean       alpha)
{
  for (int x = 0; x < width; x++)
    {
      guint32 p = src[x];
      guint a = p >> 24;
      guint r = (p >> 16) & 0xFF, g = (p >> 8) & 0xFF, b = p & 0xFF;

      if (a != 0 && a != 0xFF)
        {
          r = (r * 255 + a / 2) / a;
          g = (g * 255 + a / 2) / a;
          b = (b * 255 + a / 2) / a;
        }
      *dst++ = r;
      *dst++ = g;
      *dst++ = b;
      if (alpha)
        *dst++ = a;
    }
}

static gboolean
is_opaque (cairo_surface_t *image)
{
  int width = cairo_image_surface_get_width (image);
  int height = cairo_image_surface_get_height (image);
  int stride = cairo_image_surface_get_stride (image);
  const guint8 *data = cairo_image_surface_get_data (image);

  for (int y = 0; y < height; y++)
    {
      const guint32 *row = (const guint32 *)(data + (gsize)y * stride);

      for (int x = 0; x < width; x++)
        if ((row[x] >> 24) != 0xFF)
          return FALSE;
    }
  return TRUE;
}

gboolean
_parity_png_write (cairo_surface_t    *image,
                   double              dpi,
                   const char * const *text,
                   GOutputStream      *stream,
                   GError            **error)
{
  WriteState state = { stream, NULL, "" };
  png_structp png = NULL;
  png_infop info = NULL;
  int width, height, stride;
  const guint8 *data;
  gboolean alpha;
  guint8 *volatile row = NULL;
  volatile gboolean ok = FALSE;

  g_return_val_if_fail (cairo_image_surface_get_format (image) == CAIRO_FORMAT_ARGB32, FALSE);

  cairo_surface_flush (image);
  width = cairo_image_surface_get_width (image);
  height = cairo_image_surface_get_height (image);
  stride = cairo_image_surface_get_stride (image);
  data = cairo_image_surface_get_data (image);
  alpha = !is_opaque (image);

  png = png_create_write_struct (PNG_LIBPNG_VER_STRING, &state, on_error, on_warning);
  if (png == NULL || (info = png_create_info_struct (png)) == NULL)
    {
      g_set_error (error, PARITY_ERROR, PARITY_ERROR_EXPORT,
                   _("out of memory for the PNG writer"));
      png_destroy_write_struct (&png, NULL);
      return FALSE;
    }

  if (setjmp (png_jmpbuf (png)) == 0)
    {
      guint n_text = 0;
      png_text *chunks;

      png_set_write_fn (png, &state, write_data, flush_data);
      png_set_IHDR (png, info, width, height, 8,
                    alpha ? PNG_COLOR_TYPE_RGB_ALPHA : PNG_COLOR_TYPE_RGB,
                    PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
      if (dpi > 0)
        {
          png_uint_32 ppm = (png_uint_32)lround (dpi / 0.0254);

          png_set_pHYs (png, info, ppm, ppm, PNG_RESOLUTION_METER);
        }
      while (text != NULL && text[2 * n_text] != NULL)
        n_text++;
      chunks = g_newa (png_text, MAX (n_text, 1));
      memset (chunks, 0, sizeof (png_text) * MAX (n_text, 1));
      for (guint i = 0; i < n_text; i++)
        {
          chunks[i].compression = PNG_ITXT_COMPRESSION_NONE;
          chunks[i].key = (char *)text[2 * i];
          chunks[i].text = (char *)text[2 * i + 1];
          chunks[i].text_length = 0;
          chunks[i].itxt_length = strlen (text[2 * i + 1]);
          chunks[i].lang = (char *)"";
          chunks[i].lang_key = (char *)"";
        }
      if (n_text > 0)
        png_set_text (png, info, chunks, n_text);
      png_set_compression_level (png, 6);
      png_write_info (png, info);
      row = g_malloc ((gsize)width * 4);
      for (int y = 0; y < height; y++)
        {
          unpremultiply_row ((const guint32 *)(data + (gsize)y * stride), row, width, alpha);
          png_write_row (png, row);
        }
      png_write_end (png, info);
      ok = TRUE;
    }

  g_free (row);
  png_destroy_write_struct (&png, &info);
  if (!ok)
    {
      if (state.error != NULL)
        g_propagate_error (error, state.error);
      else
        g_set_error (error, PARITY_ERROR, PARITY_ERROR_EXPORT, "PNG: %s", state.message);
      return FALSE;
    }
  return TRUE;
}
