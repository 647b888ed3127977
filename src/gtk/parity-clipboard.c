/* parity-clipboard.c
 *
 * A copied chart is what pasting into a slide or a chat wants: the "slide" preset, 1920 ×
 * 1080 pixels, rendered by the core's renderer as the PNG export renders it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-gtk"

#include "config.h"

#include <glib/gi18n.h>

#include "parity-clipboard.h"
#include "parity-error.h"
#include "parity-layout.h"
#include "parity-preset.h"
#include "parity-scene-image.h"

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
 * @theme: (nullable): the house style to draw in, or %NULL
 *
 * Returns: %FALSE with @error set when the chart could not be laid out or painted
 */
gboolean
parity_clipboard_copy_chart (GdkClipboard    *clipboard,
                             ParityDataset   *dataset,
                             const char      *chart_id,
                             ParityThemeFile *theme,
                             GError         **error)
{
  const ParityPreset *preset = parity_preset_lookup (CLIPBOARD_PRESET);
  ParityLayoutOptions options = { preset->width, preset->height, NULL, theme };
  const ParityChartSpec *spec;
  g_autoptr(ParityScene) scene = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  cairo_surface_t *surface;
  int width, height, stride;

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

  /* Through the PNG export's renderer, so a paste shows the pixels an export writes. */
  surface = parity_scene_render_image (scene, CLIPBOARD_DPI / 72.0, PARITY_PIXEL_FIT_CANVAS,
                                       PARITY_VISION_NORMAL, error);
  if (surface == NULL)
    return FALSE;
  width = cairo_image_surface_get_width (surface);
  height = cairo_image_surface_get_height (surface);
  stride = cairo_image_surface_get_stride (surface);

  /* Cairo's ARGB32 is premultiplied in native byte order, which is GDK_MEMORY_DEFAULT on
   * either endianness. The bytes keep the surface alive rather than copying it. */
  bytes = g_bytes_new_with_free_func (cairo_image_surface_get_data (surface),
                                      (gsize)stride * height, destroy_surface, surface);
  texture = gdk_memory_texture_new (width, height, GDK_MEMORY_DEFAULT, bytes, stride);
  gdk_clipboard_set_texture (clipboard, texture);
  return TRUE;
}
