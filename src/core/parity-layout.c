/* parity-layout.c: the report frame around every chart — title, subtitle, plot, notes,
 * source line — and the hand-over of the plot rectangle to the chart kind.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include <math.h>

#include "parity-chart-kind.h"
#include "parity-error.h"
#include "parity-layout.h"
#include "parity-pango.h"

/* Adds a wrapped text block of at most @max_lines lines at the top-left (x, y); returns its
 * height, 0 for no text. */
static double
add_block (ParityChartContext *ctx,
           ParityRole          role,
           const char         *text,
           ParityTextStyle     style,
           PangoWeight         weight,
           const ParityColor  *color,
           double              x,
           double              y,
           double              width,
           int                 max_lines,
           gboolean            measure_only)
{
  g_autoptr(PangoFontDescription) font = NULL;
  g_autoptr(PangoLayout) layout = NULL;
  PangoRectangle logical;

  if (text == NULL || *text == '\0')
    return 0;
  font = parity_theme_get_font (ctx->theme, style, weight);
  layout = parity_pango_layout_new (text, font);
  pango_layout_set_width (layout, (int)(width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_height (layout, -max_lines);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_get_extents (layout, NULL, &logical);
  if (!measure_only)
    parity_scene_add_text (ctx->scene, role, layout, x, y, color);
  return (double)logical.height / PANGO_SCALE;
}

static void
append_source (ParityChartContext *ctx,
               GString            *line,
               GHashTable         *seen,
               guint32             source)
{
  const ParitySource *s;
  const char *publisher, *title;

  if (source == PARITY_INDEX_NONE || !g_hash_table_add (seen, GUINT_TO_POINTER (source + 1)))
    return;
  s = parity_dataset_get_source (ctx->dataset, source);
  publisher = parity_text_get (s->publisher, ctx->lang, ctx->default_lang);
  title = parity_text_get (s->title, ctx->lang, ctx->default_lang);
  g_string_append (line, line->len == 0 ? "Source: " : "; ");
  if (publisher != NULL)
    g_string_append_printf (line, "%s, ", publisher);
  g_string_append (line, title);
}

/* "Source: ITU, Measuring digital development…" for the indicator and every observation
 * shown that names its own source. */
static char *
make_source_line (ParityChartContext *ctx,
                  GArray             *rows)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  GString *line = g_string_new (NULL);
  ParityChartRow reference;

  append_source (ctx, line, seen, ctx->indicator->source);
  for (guint i = 0; i < rows->len; i++)
    {
      const ParityChartRow *row = &g_array_index (rows, ParityChartRow, i);

      if (row->observation != PARITY_INDEX_NONE)
        append_source (ctx, line, seen, ctx->indicator->obs.source[row->observation]);
    }
  if (ctx->spec->reference != PARITY_INDEX_NONE &&
      parity_chart_row_find (ctx->dataset, ctx->spec, ctx->spec->reference, &reference))
    append_source (ctx, line, seen, ctx->indicator->obs.source[reference.observation]);
  if (line->len > 0)
    g_string_append_c (line, '.');
  return g_string_free (line, line->len == 0);
}

/* The spec's notes, then a key for the qualifier marks that appear in the chart. */
static char *
make_notes (ParityChartContext *ctx,
            GArray             *rows)
{
  const char *notes = parity_text_get (ctx->spec->notes, ctx->lang, ctx->default_lang);
  gboolean estimate = FALSE, forecast = FALSE;
  GString *out = g_string_new (notes);

  for (guint i = 0; i < rows->len; i++)
    {
      ParityQualifier q = g_array_index (rows, ParityChartRow, i).qualifier;

      estimate |= q == PARITY_QUALIFIER_ESTIMATE;
      forecast |= q == PARITY_QUALIFIER_FORECAST;
    }
  if (estimate || forecast)
    {
      if (out->len > 0)
        g_string_append (out, " ");
      if (estimate)
        g_string_append (out, "e: estimate.");
      if (estimate && forecast)
        g_string_append (out, " ");
      if (forecast)
        g_string_append (out, "f: forecast.");
    }
  return g_string_free (out, out->len == 0);
}

/**
 * parity_layout_chart:
 * @dataset: the dataset the spec belongs to
 * @spec: the chart to lay out
 * @options: canvas size and chart language
 * @error: set when the chart cannot be laid out (nothing to show, canvas too small)
 *
 * Returns: (transfer full) (nullable): the scene
 */
ParityScene *
parity_layout_chart (ParityDataset             *dataset,
                     const ParityChartSpec     *spec,
                     const ParityLayoutOptions *options,
                     GError                   **error)
{
  g_autoptr(ParityScene) scene = NULL;
  g_autoptr(GArray) rows = NULL;
  g_autoptr(GString) description = NULL;
  g_autofree char *source_line = NULL;
  g_autofree char *notes = NULL;
  const ParityChartKind *kind;
  ParityChartContext ctx = { 0 };
  ParityTheme theme;
  double pad, x, y, width, bottom, h;
  const char *title, *subtitle;

  g_return_val_if_fail (PARITY_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (spec != NULL, NULL);
  g_return_val_if_fail (options != NULL, NULL);

  if (!(options->width >= PARITY_LAYOUT_MIN_SIDE && options->height >= PARITY_LAYOUT_MIN_SIDE))
    {
      g_set_error (error, PARITY_ERROR, PARITY_ERROR_INVALID,
                   "the canvas (%.0f × %.0f pt) is too small for a chart (at least %.0f pt a "
                   "side)", options->width, options->height, PARITY_LAYOUT_MIN_SIDE);
      return NULL;
    }
  kind = parity_chart_kind_lookup (spec->kind);
  g_return_val_if_fail (kind != NULL, NULL);

  parity_theme_init_for_canvas (&theme, options->width, options->height);
  scene = parity_scene_new (options->width, options->height);
  description = g_string_new (NULL);
  ctx = (ParityChartContext) {
    .dataset = dataset,
    .spec = spec,
    .indicator = parity_dataset_get_indicator (dataset, spec->indicator),
    .lang = options->lang ? options->lang : parity_dataset_get_default_lang (dataset),
    .default_lang = parity_dataset_get_default_lang (dataset),
    .theme = &theme,
    .scene = scene,
    .description = description,
  };

  parity_scene_add_rect (scene, PARITY_ROLE_BACKGROUND,
                         &(ParityRect) { 0, 0, options->width, options->height },
                         &theme.background)->z = -1;

  pad = round (theme.body_size * 1.3);
  x = pad;
  y = pad;
  width = options->width - 2 * pad;
  title = parity_text_get (spec->title, ctx.lang, ctx.default_lang);
  subtitle = parity_text_get (spec->subtitle, ctx.lang, ctx.default_lang);
  h = add_block (&ctx, PARITY_ROLE_TITLE, title, PARITY_TEXT_TITLE, PANGO_WEIGHT_BOLD,
                 &theme.text, x, y, width, 2, FALSE);
  y += h + theme.body_size * 0.25;
  h = add_block (&ctx, PARITY_ROLE_SUBTITLE, subtitle, PARITY_TEXT_SUBTITLE, PANGO_WEIGHT_NORMAL,
                 &theme.muted_text, x, y, width, 2, FALSE);
  y += h + theme.body_size * 1.2;

  /* The foot is laid out bottom-up: source line last, notes above it. */
  rows = parity_chart_select_rows (dataset, spec);
  source_line = make_source_line (&ctx, rows);
  notes = make_notes (&ctx, rows);
  bottom = options->height - pad;
  h = add_block (&ctx, PARITY_ROLE_SOURCE, source_line, PARITY_TEXT_SMALL, PANGO_WEIGHT_NORMAL,
                 &theme.muted_text, x, 0, width, 2, TRUE);
  if (h > 0)
    {
      bottom -= h;
      add_block (&ctx, PARITY_ROLE_SOURCE, source_line, PARITY_TEXT_SMALL, PANGO_WEIGHT_NORMAL,
                 &theme.muted_text, x, bottom, width, 2, FALSE);
      bottom -= theme.body_size * 0.3;
    }
  h = add_block (&ctx, PARITY_ROLE_NOTES, notes, PARITY_TEXT_SMALL, PANGO_WEIGHT_NORMAL,
                 &theme.muted_text, x, 0, width, 3, TRUE);
  if (h > 0)
    {
      bottom -= h;
      add_block (&ctx, PARITY_ROLE_NOTES, notes, PARITY_TEXT_SMALL, PANGO_WEIGHT_NORMAL,
                 &theme.muted_text, x, bottom, width, 3, FALSE);
    }
  bottom -= theme.body_size * 1.2;

  ctx.plot = (ParityRect) { x, y, width, bottom - y };
  if (ctx.plot.height < theme.body_size * 4 || ctx.plot.width < theme.body_size * 12)
    {
      g_set_error (error, PARITY_ERROR, PARITY_ERROR_INVALID,
                   "the canvas (%.0f × %.0f pt) leaves no room for the plot of \"%s\"",
                   options->width, options->height, spec->id);
      return NULL;
    }

  g_string_append (description, title);
  if (subtitle != NULL)
    g_string_append_printf (description, ". %s", subtitle);
  g_string_append (description, ". ");
  if (!kind->layout (&ctx, error))
    return NULL;
  if (notes != NULL)
    g_string_append_printf (description, " %s", notes);
  if (source_line != NULL)
    g_string_append_printf (description, " %s", source_line);
  parity_scene_set_description (scene, description->str);
  return g_steal_pointer (&scene);
}
