/* parity-clipboard.c
 *
 * A copied chart is what pasting into a slide or a chat wants: the "slide" preset, 1920 ×
 * 1080 pixels, painted by the core's painter into an image.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-gtk"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "parity-clipboard.h"
#include "parity-error.h"
#include "parity-layout.h"
#include "parity-painter.h"
#include "parity-preset.h"

#define CLIPBOARD_PRESET "slide"
#define CLIPBOARD_DPI 96.0

static void
destroy_surface (gpointer data)
{
  cairo_surface_destroy (data);
}

/**
 * parity_clipboard_copy_chart:
 * @clipboard: where to put the image, usually gtk_widget_get_clipboard()
 *
 * Returns: %FALSE with @error set when the chart could not be laid out or painted
 */
gboolean
parity_clipboard_copy_chart (GdkClipboard  *clipboard,
                             ParityDataset *dataset,
                             const char    *chart_id,
                             GError       **error)
{
  const ParityPreset *preset = parity_preset_lookup (CLIPBOARD_PRESET);
  ParityLayoutOptions options = { preset->width, preset->height, NULL };
  double scale = CLIPBOARD_DPI / 72.0;
  int width = (int)ceil (preset->width * scale - 1e-6);
  int height = (int)ceil (preset->height * scale - 1e-6);
  const ParityChartSpec *spec;
  g_autoptr(ParityScene) scene = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;

  g_return_val_if_fail (GDK_IS_CLIPBOARD (clipboard), FALSE);
  g_return_val_if_fail (PARITY_IS_DATASET (dataset), FALSE);
  g_return_val_if_fail (chart_id != NULL, FALSE);

  spec = parity_dataset_find_chart (dataset, chart_id);
  if (spec == NULL)
    {
      g_set_error (error, PARITY_ERROR, PARITY_ERROR_NOT_FOUND,
                   _("The chart “%s” is not in the dataset"), chart_id);
      return FALSE;
    }
  scene = parity_layout_chart (dataset, spec, &options, error);
  if (scene == NULL)
    return FALSE;

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, PARITY_ERROR, PARITY_ERROR_EXPORT, _("Cannot allocate the image: %s"),
                   cairo_status_to_string (cairo_surface_status (surface)));
      cairo_surface_destroy (surface);
      return FALSE;
    }
  cr = cairo_create (surface);
  /* Whole pixels exactly, as the PNG export maps them, so the background reaches the edges. */
  cairo_scale (cr, width / parity_scene_get_width (scene),
               height / parity_scene_get_height (scene));
  parity_scene_paint (scene, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  /* Cairo's ARGB32 is premultiplied in native byte order, which is GDK_MEMORY_DEFAULT on
   * either endianness. The bytes keep the surface alive rather than copying it. */
  bytes = g_bytes_new_with_free_func (cairo_image_surface_get_data (surface),
                                      (gsize)cairo_image_surface_get_stride (surface) * height,
                                      destroy_surface, surface);
  texture = gdk_memory_texture_new (width, height, GDK_MEMORY_DEFAULT, bytes,
                                    cairo_image_surface_get_stride (surface));
  gdk_clipboard_set_texture (clipboard, texture);
  return TRUE;
}
