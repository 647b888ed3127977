/* parity-pango.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include <pango/pangocairo.h>

#include "parity-pango.h"

static void
context_free (gpointer data)
{
  g_clear_object (&data);
}

static GPrivate context_key = G_PRIVATE_INIT (context_free);

/**
 * parity_pango_context_get:
 *
 * One context per thread, at 72 dpi (1 unit = 1 point) with hinting off, so that text
 * measures the same on screen, in PNG, PDF and SVG: what the layout computed is what
 * every painter draws.
 *
 * Returns: (transfer none): the calling thread's context
 */
PangoContext *
parity_pango_context_get (void)
{
  PangoContext *context = g_private_get (&context_key);

  if (context == NULL)
    {
      PangoFontMap *font_map = pango_cairo_font_map_new ();
      cairo_font_options_t *options = cairo_font_options_create ();

      context = pango_font_map_create_context (font_map);
      g_object_unref (font_map);
      pango_cairo_context_set_resolution (context, 72.0);
      cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
      cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
      cairo_font_options_set_antialias (options, CAIRO_ANTIALIAS_GRAY);
      pango_cairo_context_set_font_options (context, options);
      cairo_font_options_destroy (options);
      pango_context_set_round_glyph_positions (context, FALSE);
      g_private_set (&context_key, context);
    }
  return context;
}

PangoLayout *
parity_pango_layout_new (const char                 *text,
                         const PangoFontDescription *font)
{
  PangoLayout *layout = pango_layout_new (parity_pango_context_get ());

  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text, -1);
  return layout;
}
