/* parity-export.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <stdlib.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "parity-atomic-file.h"
#include "parity-error.h"
#include "parity-export.h"
#include "parity-painter.h"
#include "parity-png-writer.h"
#include "parity-scene-image.h"

static const char * const format_names[] = {
  [PARITY_EXPORT_PNG] = "png",
  [PARITY_EXPORT_PDF] = "pdf",
  [PARITY_EXPORT_SVG] = "svg",
};

gboolean
parity_export_format_from_string (const char         *name,
                                  ParityExportFormat *format)
{
  for (guint i = 0; i < G_N_ELEMENTS (format_names); i++)
    if (name != NULL && g_ascii_strcasecmp (name, format_names[i]) == 0)
      {
        *format = i;
        return TRUE;
      }
  return FALSE;
}

gboolean
parity_export_format_from_path (const char         *path,
                                ParityExportFormat *format)
{
  const char *dot = strrchr (path, '.');

  return dot != NULL && strchr (dot, G_DIR_SEPARATOR) == NULL &&
         parity_export_format_from_string (dot + 1, format);
}

const char *
parity_export_format_extension (ParityExportFormat format)
{
  g_return_val_if_fail (format < G_N_ELEMENTS (format_names), NULL);
  return format_names[format];
}

typedef struct
{
  GOutputStream *stream;
  GError        *error;
} StreamClosure;

static cairo_status_t
write_to_stream (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  StreamClosure *c = closure;

  if (c->error != NULL)
    return CAIRO_STATUS_WRITE_ERROR;
  if (!g_output_stream_write_all (c->stream, data, length, NULL, NULL, &c->error))
    return CAIRO_STATUS_WRITE_ERROR;
  return CAIRO_STATUS_SUCCESS;
}

/* Builds are reproducible: with SOURCE_DATE_EPOCH set, documents carry that date. */
static char *
creation_date (void)
{
  const char *epoch = g_getenv ("SOURCE_DATE_EPOCH");
  g_autoptr(GDateTime) date = NULL;
  char *end = NULL;
  gint64 seconds;

  if (epoch == NULL || *epoch == '\0')
    return NULL;
  seconds = g_ascii_strtoll (epoch, &end, 10);
  if (*end != '\0' || (date = g_date_time_new_from_unix_utc (seconds)) == NULL)
    return NULL;
  return g_date_time_format (date, "%Y-%m-%dT%H:%M:%SZ");
}

/* PNG's Creation Time is RFC 1123: the export's moment, or SOURCE_DATE_EPOCH's. */
static char *
creation_time_rfc1123 (void)
{
  const char *epoch = g_getenv ("SOURCE_DATE_EPOCH");
  g_autoptr(GDateTime) date = NULL;
  static const char * const days[] = { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" };
  static const char * const months[] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul",
                                         "Aug", "Sep", "Oct", "Nov", "Dec" };

  if (epoch != NULL && *epoch != '\0')
    date = g_date_time_new_from_unix_utc (g_ascii_strtoll (epoch, NULL, 10));
  if (date == NULL)
    date = g_date_time_new_now_utc ();
  /* Not strftime's %a and %b, which follow the locale: the format is English. */
  return g_strdup_printf ("%s, %02d %s %04d %02d:%02d:%02d GMT",
                          days[g_date_time_get_day_of_week (date) - 1],
                          g_date_time_get_day_of_month (date),
                          months[g_date_time_get_month (date) - 1], g_date_time_get_year (date),
                          g_date_time_get_hour (date), g_date_time_get_minute (date),
                          g_date_time_get_second (date));
}

static gboolean
finish_surface (cairo_surface_t *surface,
                StreamClosure   *closure,
                GError         **error)
{
  cairo_status_t status;

  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (closure->error != NULL)
    {
      g_propagate_error (error, closure->error);
      return FALSE;
    }
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, PARITY_ERROR, PARITY_ERROR_EXPORT, "cairo: %s",
                   cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}

static gboolean
export_png (const ParityScene         *scene,
            const ParityExportOptions *options,
            GOutputStream             *stream,
            GError                   **error)
{
  double width, height;
  g_autofree char *created = creation_time_rfc1123 ();
  /* PNG's registered keywords; the provenance goes in Comment. */
  const char *text[] = {
    "Title", options->title, "Description", options->description,
    "Source", options->source, "Software", "Parity " PACKAGE_VERSION,
    "Creation Time", created, "Comment", options->provenance, NULL,
  };
  const char *present[G_N_ELEMENTS (text)];
  guint n = 0;
  cairo_surface_t *surface;
  gboolean ok;

  parity_scene_image_size (scene, options->dpi / 72.0, PARITY_PIXEL_FIT_CANVAS, &width, &height);
  if (!(width >= 1 && height >= 1) || width * height > PARITY_EXPORT_MAX_PIXELS ||
      width > PARITY_EXPORT_MAX_PIXEL_SIDE || height > PARITY_EXPORT_MAX_PIXEL_SIDE)
    {
      g_set_error (error, PARITY_ERROR, PARITY_ERROR_INVALID,
                   /* Translators: width and height in pixels, then the largest size in
                      megapixels and the longest side in pixels. */
                   _("a %.0f × %.0f pixel image is outside what Parity writes (at most %.0f "
                     "megapixels, %.0f pixels a side); lower the resolution"), width, height,
                   PARITY_EXPORT_MAX_PIXELS / 1e6, PARITY_EXPORT_MAX_PIXEL_SIDE);
      return FALSE;
    }
  surface = parity_scene_render_image (scene, options->dpi / 72.0, PARITY_PIXEL_FIT_CANVAS,
                                       PARITY_VISION_NORMAL, error);
  if (surface == NULL)
    return FALSE;

  for (guint i = 0; text[i] != NULL; i += 2)
    if (text[i + 1] != NULL)
      {
        present[n++] = text[i];
        present[n++] = text[i + 1];
      }
  present[n] = NULL;
  ok = _parity_png_write (surface, options->dpi, present, stream, error);
  cairo_surface_destroy (surface);
  return ok;
}

static gboolean
export_pdf (const ParityScene         *scene,
            const ParityExportOptions *options,
            GOutputStream             *stream,
            GError                   **error)
{
  StreamClosure closure = { stream, NULL };
  g_autofree char *date = creation_date ();
  cairo_surface_t *surface;
  cairo_t *cr;

  surface = cairo_pdf_surface_create_for_stream (write_to_stream, &closure,
                                                 parity_scene_get_width (scene),
                                                 parity_scene_get_height (scene));
  if (options->title != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, options->title);
  if (options->description != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, options->description);
  if (options->provenance != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_KEYWORDS, options->provenance);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR,
                                  "Parity " PACKAGE_VERSION);
  if (date != NULL)
    {
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, date);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_MOD_DATE, date);
    }
  cr = cairo_create (surface);
  parity_scene_paint (scene, cr);
  cairo_show_page (cr);
  cairo_destroy (cr);
  return finish_surface (surface, &closure, error);
}

/* SVG's own accessible name and description: <title> and <desc> as the first children of
 * the root, which cairo 1.16 cannot write, so they are put in after it has. */
static gboolean
write_svg_with_metadata (const char                *svg,
                         gsize                      len,
                         const ParityExportOptions *options,
                         GOutputStream             *stream,
                         GError                   **error)
{
  const char *root = g_strstr_len (svg, (gssize)len, "<svg");
  const char *after = root != NULL ? memchr (root, '>', len - (root - svg)) : NULL;
  g_autoptr(GString) head = g_string_new (NULL);

  if (after == NULL)
    return g_output_stream_write_all (stream, svg, len, NULL, NULL, error);
  after++;
  if (options->title != NULL)
    {
      g_autofree char *title = g_markup_escape_text (options->title, -1);

      g_string_append_printf (head, "\n<title>%s</title>", title);
    }
  if (options->description != NULL)
    {
      g_autofree char *desc = g_markup_escape_text (options->description, -1);

      g_string_append_printf (head, "\n<desc>%s</desc>", desc);
    }
  if (options->provenance != NULL)
    {
      g_autofree char *trace = g_markup_escape_text (options->provenance, -1);

      g_string_append_printf (head, "\n<metadata>%s</metadata>", trace);
    }
  return g_output_stream_write_all (stream, svg, after - svg, NULL, NULL, error) &&
         g_output_stream_write_all (stream, head->str, head->len, NULL, NULL, error) &&
         g_output_stream_write_all (stream, after, len - (after - svg), NULL, NULL, error);
}

static gboolean
export_svg (const ParityScene         *scene,
            const ParityExportOptions *options,
            GOutputStream             *stream,
            GError                   **error)
{
  g_autoptr(GOutputStream) memory = g_memory_output_stream_new_resizable ();
  StreamClosure closure = { memory, NULL };
  cairo_surface_t *surface;
  cairo_t *cr;

  surface = cairo_svg_surface_create_for_stream (write_to_stream, &closure,
                                                 parity_scene_get_width (scene),
                                                 parity_scene_get_height (scene));
  cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PT);
  cr = cairo_create (surface);
  parity_scene_paint (scene, cr);
  cairo_destroy (cr);
  if (!finish_surface (surface, &closure, error))
    return FALSE;
  return write_svg_with_metadata (
    g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (memory)),
    g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (memory)), options, stream,
    error);
}

/**
 * parity_export_to_stream:
 *
 * Writes the scene in the chosen format; the stream is left open.
 */
gboolean
parity_export_to_stream (const ParityScene         *scene,
                         const ParityExportOptions *options,
                         GOutputStream             *stream,
                         GError                   **error)
{
  g_return_val_if_fail (scene != NULL, FALSE);
  g_return_val_if_fail (options != NULL, FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);

  switch (options->format)
    {
    case PARITY_EXPORT_PNG:
      return export_png (scene, options, stream, error);
    case PARITY_EXPORT_PDF:
      return export_pdf (scene, options, stream, error);
    case PARITY_EXPORT_SVG:
      return export_svg (scene, options, stream, error);
    default:
      g_return_val_if_reached (FALSE);
    }
}

typedef struct
{
  const ParityScene         *scene;
  const ParityExportOptions *options;
} ExportJob;

static gboolean
write_export (GOutputStream  *stream,
              gpointer        user_data,
              GError        **error)
{
  ExportJob *job = user_data;

  return parity_export_to_stream (job->scene, job->options, stream, error);
}

/**
 * parity_export_to_file:
 *
 * Writes to a temporary file beside @path and renames it over @path only when everything
 * was written and flushed: a failed or interrupted export leaves @path as it was (absent, or
 * the old file).
 */
gboolean
parity_export_to_file (const ParityScene         *scene,
                       const ParityExportOptions *options,
                       const char                *path,
                       GError                   **error)
{
  ExportJob job = { scene, options };
  g_autoptr(GError) local_error = NULL;
  g_autofree char *display_name = g_filename_display_name (path);

  if (parity_write_file_atomically (path, write_export, &job, &local_error))
    return TRUE;
  if (local_error->domain == PARITY_ERROR)
    g_propagate_prefixed_error (error, g_steal_pointer (&local_error), "%s: ", display_name);
  else
    g_set_error (error, PARITY_ERROR, PARITY_ERROR_EXPORT, "%s: %s", display_name,
                 local_error->message);
  return FALSE;
}
