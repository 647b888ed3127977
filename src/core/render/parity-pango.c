/* parity-pango.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include <pango/pangocairo.h>

#include "parity-pango.h"

static void
contexts_free (gpointer data)
{
  g_hash_table_unref (data);
}

/* One context per language and thread: a layout keeps the context it was made with, and
 * the language chooses among Han glyph variants and fallback fonts, so a Chinese chart
 * keeps its glyphs after an English one is laid out. */
static GPrivate contexts_key = G_PRIVATE_INIT (contexts_free);
static GPrivate language_key = G_PRIVATE_INIT (g_free);
static GPrivate font_map_key = G_PRIVATE_INIT (g_object_unref);

/**
 * parity_pango_set_language:
 * @lang: (nullable): a BCP 47 tag, the language of the chart being laid out
 *
 * Layouts made from now on in this thread are in @lang.
 */
void
parity_pango_set_language (const char *lang)
{
  g_private_replace (&language_key, g_strdup (lang));
}

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
  GHashTable *contexts = g_private_get (&contexts_key);
  const char *lang = g_private_get (&language_key);
  PangoContext *context;

  if (contexts == NULL)
    {
      contexts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
      g_private_set (&contexts_key, contexts);
    }
  if (lang == NULL)
    lang = "";
  context = g_hash_table_lookup (contexts, lang);
  if (context == NULL)
    {
      PangoFontMap *font_map = g_private_get (&font_map_key);
      cairo_font_options_t *options = cairo_font_options_create ();

      /* One font map for all the languages: it holds the fonts, which are costly. */
      if (font_map == NULL)
        {
          font_map = pango_cairo_font_map_new ();
          g_private_set (&font_map_key, font_map);
        }
      context = pango_font_map_create_context (font_map);
      pango_cairo_context_set_resolution (context, 72.0);
      cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
      cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
      cairo_font_options_set_antialias (options, CAIRO_ANTIALIAS_GRAY);
      pango_cairo_context_set_font_options (context, options);
      cairo_font_options_destroy (options);
      pango_context_set_round_glyph_positions (context, FALSE);
      if (*lang != '\0')
        pango_context_set_language (context, pango_language_from_string (lang));
      g_hash_table_insert (contexts, g_strdup (lang), context);
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

/* The one way text is measured: the logical rectangle of @layout drawn with its origin at
 * (@x, @y), in pixels. It may start left of the origin (right-aligned or RTL text). */
ParityRect
parity_pango_measure (PangoLayout *layout,
                      double       x,
                      double       y)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return (ParityRect) { x + (double)logical.x / PANGO_SCALE, y + (double)logical.y / PANGO_SCALE,
                        (double)logical.width / PANGO_SCALE,
                        (double)logical.height / PANGO_SCALE };
}

double
parity_pango_width (PangoLayout *layout)
{
  return parity_pango_measure (layout, 0, 0).width;
}

double
parity_pango_height (PangoLayout *layout)
{
  return parity_pango_measure (layout, 0, 0).height;
}
