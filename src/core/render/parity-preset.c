/* parity-preset.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "parity-error.h"
#include "parity-preset.h"

/* Print sizes are physical and written at 300 dpi; screen sizes are pixels at 96 dpi. */
static const ParityPreset presets[] = {
  /* Translators: the sizes charts are made and exported at. The part before the comma names the
     size, the part after gives its dimensions (mm: millimetres; px: pixels); the Export dialog
     shows them as “Report column — 160 × 100 mm”. Start in lower case if your language does so
     in the middle of a sentence. */
  { "report", N_("report column, 160 × 100 mm"),
    PARITY_MM_TO_PT (160), PARITY_MM_TO_PT (100), 300 },
  /* Translators: see “report column, 160 × 100 mm”; A4 is the paper size. */
  { "half-page", N_("half an A4 page, 170 × 120 mm"),
    PARITY_MM_TO_PT (170), PARITY_MM_TO_PT (120), 300 },
  /* Translators: see “report column, 160 × 100 mm”; a slide of a presentation, 16:9 being its
     aspect ratio. */
  { "slide", N_("16:9 slide, 1920 × 1080 px"), 1920 * 0.75, 1080 * 0.75, 96 },
  /* Translators: see “report column, 160 × 100 mm”; a square image, as for social media. */
  { "square", N_("square, 1080 × 1080 px"), 1080 * 0.75, 1080 * 0.75, 96 },
};

const ParityPreset *
parity_preset_lookup (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (presets); i++)
    if (g_strcmp0 (presets[i].name, name) == 0)
      return &presets[i];
  return NULL;
}

const ParityPreset *
parity_preset_get_all (guint *n_presets)
{
  *n_presets = G_N_ELEMENTS (presets);
  return presets;
}

/* The size a chart is made for when it names none: the report column. */
const ParityPreset *
parity_preset_get_default (void)
{
  return &presets[0];
}

/**
 * parity_chart_spec_get_preset_name:
 * @spec: (nullable): a chart
 *
 * The one rule for the size a chart is made for: its own preset, else the report column.
 *
 * Returns: (transfer none): the preset's name
 */
const char *
parity_chart_spec_get_preset_name (const ParityChartSpec *spec)
{
  return parity_chart_spec_get_preset (spec)->name;
}

const ParityPreset *
parity_chart_spec_get_preset (const ParityChartSpec *spec)
{
  const ParityPreset *preset = spec != NULL ? parity_preset_lookup (spec->preset) : NULL;

  return preset != NULL ? preset : parity_preset_get_default ();
}

char *
parity_preset_list_names (const char *separator)
{
  GString *names = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (presets); i++)
    g_string_append_printf (names, "%s%s", i ? separator : "", presets[i].name);
  return g_string_free (names, FALSE);
}

/**
 * parity_parse_length:
 * @text: "1920", "1920px", "160mm", "16cm", "6.3in" or "450pt"
 * @dpi: pixels per inch, for lengths in pixels
 * @points: (out): the length in points
 *
 * Returns: %FALSE with @error set when @text is not a positive length
 */
gboolean
parity_parse_length (const char  *text,
                     double       dpi,
                     double      *points,
                     GError     **error)
{
  static const struct { const char *unit; double points; } units[] = {
    { "", 0 }, { "px", 0 }, { "pt", 1 }, { "mm", 72 / 25.4 }, { "cm", 72 / 2.54 },
    { "in", 72 },
  };
  char *end = NULL;
  double value;

  value = g_ascii_strtod (text, &end);
  if (end != text)
    {
      while (g_ascii_isspace (*end))
        end++;
      for (guint i = 0; i < G_N_ELEMENTS (units); i++)
        if (g_ascii_strcasecmp (end, units[i].unit) == 0 && isfinite (value) && value > 0)
          {
            *points = value * (units[i].points > 0 ? units[i].points : 72.0 / dpi);
            return TRUE;
          }
    }
  g_set_error (error, PARITY_ERROR, PARITY_ERROR_INVALID,
               /* Translators: %s is the value given; px, pt, mm, cm and in are typed as they
                  are. */
               _("\"%s\" is not a length (a positive number, optionally followed by px, pt, mm, "
                 "cm or in)"), text);
  return FALSE;
}
