/* parity-layout.c: the report frame around every chart — title, subtitle, plot, notes,
 * source line — and the hand-over of the plot rectangle to the chart kind.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "parity-chart-annotations.h"
#include "parity-chart-words.h"
#include "parity-chart-facet.h"
#include "parity-chart-kind-private.h"
#include "parity-chart-latest.h"
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

  if (text == NULL || *text == '\0')
    return 0;
  font = parity_theme_get_font (ctx->theme, style, weight);
  layout = parity_pango_layout_new (text, font);
  pango_layout_set_width (layout, (int)(width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_height (layout, -max_lines);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  if (!measure_only)
    parity_scene_add_text (ctx->scene, role, layout, x, y, color);
  return parity_pango_height (layout);
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
  if (line->len > 0)
    g_string_append (line, parity_chart_word (ctx->lang, PARITY_WORD_LIST_SEPARATOR));
  /* "Cisco, Cisco Visual Networking Index" says the publisher twice. */
  if (publisher != NULL && !g_str_has_prefix (title, publisher))
    {
      g_autofree char *both = parity_chart_word_with2 (ctx->lang, PARITY_WORD_PUBLISHER_TITLE,
                                                              publisher, title);

      g_string_append (line, both);
    }
  else
    g_string_append (line, title);
  /* The year of the data's edition (a World Bank response's "last updated") tells a reader
   * which vintage the chart shows; titles that already carry it are left as they are. */
  if (s->year != 0)
    {
      g_autofree char *year = g_strdup_printf ("%d", s->year);

      /* ", retrieved 2019-08-02" below says the year already. */
      if (strstr (title, year) == NULL &&
          (s->retrieved == NULL || !g_str_has_prefix (s->retrieved, year)))
        {
          g_autofree char *with_year = parity_chart_word_with (ctx->lang,
                                                               PARITY_WORD_SOURCE_YEAR, year);

          g_string_append (line, with_year);
        }
    }
  /* Data fetched from a service are cited with the day and, where known, the address. */
  if (s->retrieved != NULL)
    {
      g_autofree char *retrieved =
        s->url != NULL
        ? parity_chart_word_with2 (ctx->lang, PARITY_WORD_RETRIEVED_FROM, s->retrieved, s->url)
        : parity_chart_word_with (ctx->lang, PARITY_WORD_RETRIEVED, s->retrieved);

      g_string_append (line, retrieved);
    }
}

/* What the frame needs to know of the observations a chart shows: their sources and
 * qualifiers. A chart shows, per series, the observations of its indicator and breakdown
 * for the selected entities (and the reference), at its period or at every period. */
typedef struct
{
  GString  *sources;
  gboolean  estimate;
  gboolean  forecast;
} Shown;

/* The sources and qualifiers of @series's observations of the @wanted entities. */
static void
scan_series (ParityChartContext *ctx,
             const ParitySeries *series,
             const gboolean     *wanted,
             GHashTable         *seen,
             Shown              *shown)
{
  const ParityChartSpec *spec = ctx->spec;
  const ParityIndicator *ind = parity_dataset_get_indicator (
                                 ctx->dataset, series ? series->indicator : spec->indicator);
  guint32 breakdown = series ? series->breakdown : spec->breakdown;
  ParityPeriodFilter filter;

  parity_period_filter_init (&filter, ctx->dataset, spec, series);
  append_source (ctx, shown->sources, seen, ind->source);
  for (guint i = 0; i < ind->obs.len; i++)
    {
      if (!wanted[ind->obs.entity[i]] || ind->obs.breakdown[i] != breakdown ||
          !parity_period_filter_takes (&filter, ctx->dataset, ind, i))
        continue;
      append_source (ctx, shown->sources, seen, ind->obs.source[i]);
      shown->estimate |= ind->obs.qualifier[i] == PARITY_QUALIFIER_ESTIMATE;
      shown->forecast |= ind->obs.qualifier[i] == PARITY_QUALIFIER_FORECAST;
    }
}

static void
scan_shown (ParityChartContext    *ctx,
            const ParityChartKind *kind,
            Shown                 *shown)
{
  const ParityChartSpec *spec = ctx->spec;
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  g_autoptr(GArray) entities = parity_chart_select_entities (ctx->dataset, spec);
  g_autofree gboolean *wanted = g_new0 (gboolean, parity_dataset_get_n_entities (ctx->dataset));
  ParitySeries more[PARITY_CHART_MORE_SERIES];
  guint n_more = kind->more_series != NULL ? kind->more_series (spec, more) : 0;

  for (guint i = 0; i < entities->len; i++)
    wanted[g_array_index (entities, guint32, i)] = TRUE;
  if (spec->reference != PARITY_INDEX_NONE)
    wanted[spec->reference] = TRUE;

  shown->sources = g_string_new (NULL);
  for (guint s = 0; s < parity_chart_get_n_series (spec); s++)
    scan_series (ctx, parity_chart_get_series (spec, s), wanted, seen, shown);
  for (guint s = 0; s < n_more; s++)
    scan_series (ctx, &more[s], wanted, seen, shown);
  if (shown->sources->len > 0)
    {
      /* "Source: ITU, …." in the chart's language; the format has the sources as %s. */
      g_autofree char *list = g_string_free (shown->sources, FALSE);
      g_autofree char *line = parity_chart_word_with (ctx->lang, PARITY_WORD_SOURCE, list);

      shown->sources = g_string_new (line);
      g_string_append (shown->sources, parity_chart_word (ctx->lang, PARITY_WORD_SENTENCE_END));
    }
}

/* What the notes say of data the loader left out: the kind of thing left out when there was
 * one, else a general word. */
static const char *
partial_note (ParityChartContext *ctx)
{
  static const ParityWord words[PARITY_N_LEFT_OUT] = {
    [PARITY_LEFT_OUT_VALUES] = PARITY_WORD_PARTIAL_VALUES,
    [PARITY_LEFT_OUT_ROWS] = PARITY_WORD_PARTIAL_ROWS,
    [PARITY_LEFT_OUT_PAGES] = PARITY_WORD_PARTIAL_PAGES,
  };
  ParityWord word = PARITY_N_WORDS;

  for (guint i = 0; i < PARITY_N_LEFT_OUT; i++)
    if (parity_dataset_get_left_out (ctx->dataset, i) > 0)
      word = word == PARITY_N_WORDS ? words[i] : PARITY_WORD_PARTIAL;
  return word == PARITY_N_WORDS ? NULL : parity_chart_word (ctx->lang, word);
}

/* The spec's notes, then how many entities a chart of the latest values has data for, then
 * a key for the qualifier marks that appear, then a word on labels left out for lack of
 * room, then one on data the loader left out, then the kind's own (a map's disclaimer). */
static void
add_note (GString    *notes,
          const char *gap,
          const char *sentence)
{
  if (sentence != NULL)
    g_string_append_printf (notes, "%s%s", notes->len ? gap : "", sentence);
}

static char *
make_notes (ParityChartContext    *ctx,
            const ParityChartKind *kind,
            const Shown           *shown,
            gboolean               dropped)
{
  const char *notes = parity_text_get (ctx->spec->notes, ctx->lang, ctx->default_lang);
  g_autofree char *coverage = parity_chart_coverage_note (ctx);
  g_autofree char *own = kind->notes != NULL ? kind->notes (ctx) : NULL;
  const char *gap = parity_chart_sentence_gap (ctx->lang);
  GString *out = g_string_new (notes);

  add_note (out, gap, coverage);
  if (shown->estimate)
    add_note (out, gap, parity_chart_word (ctx->lang, PARITY_WORD_ESTIMATE_KEY));
  if (shown->forecast)
    add_note (out, gap, parity_chart_word (ctx->lang, PARITY_WORD_FORECAST_KEY));
  if (dropped)
    add_note (out, gap, parity_chart_word (ctx->lang, PARITY_WORD_LABELS_DROPPED));
  add_note (out, gap, partial_note (ctx));
  add_note (out, gap, own);
  return g_string_free (out, out->len == 0);
}

static ParityScene *
layout_once (ParityDataset             *dataset,
             const ParityChartSpec     *spec,
             const ParityLayoutOptions *options,
             double                     height,
             gboolean                   note_dropped,
             guint                     *n_dropped,
             double                    *grow,
             GError                   **error);

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
  ParityScene *scene = NULL;
  guint n_dropped = 0;
  gboolean note_dropped = FALSE;
  double height = options->height, grow = 0;

  g_return_val_if_fail (PARITY_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (spec != NULL, NULL);
  g_return_val_if_fail (options != NULL, NULL);

  /* A chart that had to leave labels out says so in its notes; the note takes room, so
   * the chart is laid out again with it. A chart that grows to hold its rows is laid out
   * again on a canvas as much taller as its plot asked (its text still sized for the
   * canvas asked for), and then once more if that left labels out. */
  for (guint pass = 0; pass < 4; pass++)
    {
      g_clear_pointer (&scene, parity_scene_unref);
      scene = layout_once (dataset, spec, options, height, note_dropped, &n_dropped, &grow,
                           error);
      if (scene == NULL)
        return NULL;
      if (grow > 0.5)
        height = MIN (height + ceil (grow), PARITY_LAYOUT_MAX_SIDE);
      else if (n_dropped > 0 && !note_dropped)
        note_dropped = TRUE;
      else
        break;
    }
  return scene;
}

static gboolean
check_canvas (const ParityLayoutOptions *options,
              GError                   **error)
{
  if (!(options->width >= PARITY_LAYOUT_MIN_SIDE && options->height >= PARITY_LAYOUT_MIN_SIDE))
    {
      g_set_error (error, PARITY_ERROR, PARITY_ERROR_INVALID,
                   /* Translators: width and height of the canvas in points (pt), then the
                      smallest side allowed. */
                   _("the canvas (%.0f × %.0f pt) is too small for a chart (at least %.0f pt a "
                     "side)"), options->width, options->height, PARITY_LAYOUT_MIN_SIDE);
      return FALSE;
    }
  if (!(options->width <= PARITY_LAYOUT_MAX_SIDE && options->height <= PARITY_LAYOUT_MAX_SIDE))
    {
      g_set_error (error, PARITY_ERROR, PARITY_ERROR_INVALID,
                   /* Translators: width and height of the canvas in points (pt), then the
                      largest side allowed in points and in metres. */
                   _("the canvas (%.0f × %.0f pt) is too large for a chart (at most %.0f pt, "
                     "%.2f m, a side)"), options->width, options->height,
                   PARITY_LAYOUT_MAX_SIDE, PARITY_LAYOUT_MAX_SIDE / 72 * 0.0254);
      return FALSE;
    }
  return TRUE;
}

/* Select: the theme for the canvas, the chart's language (resolved once), and a scene with
 * its background. */
static void
start_scene (ParityChartContext        *ctx,
             ParityTheme               *theme,
             ParityDataset             *dataset,
             const ParityChartSpec     *spec,
             const ParityLayoutOptions *options,
             double                     height)
{
  const char *lang = parity_chart_spec_resolve_lang (dataset, spec, options->lang);

  parity_theme_init_for_canvas (theme, options->width, options->height);
  parity_pango_set_language (lang);
  parity_theme_set_palette (theme, spec->palette);
  parity_theme_set_language (theme, options->lang ? options->lang : spec->lang);
  parity_theme_apply_file (theme, options->theme, lang);
  *ctx = (ParityChartContext) {
    .dataset = dataset,
    .spec = spec,
    .indicator = parity_dataset_get_indicator (dataset, spec->indicator),
    .lang = lang,
    .default_lang = parity_dataset_get_default_lang (dataset),
    .theme = theme,
    .scene = parity_scene_new (options->width, height),
    .description = g_string_new (NULL),
    .peers = options->peers,
    .n_peers = options->n_peers,
  };
  parity_scene_add_rect (ctx->scene, PARITY_ROLE_BACKGROUND,
                         &(ParityRect) { 0, 0, options->width, height },
                         &theme->background)->z = -1;
  if (options->theme != NULL)
    parity_scene_set_theme_name (ctx->scene, parity_theme_file_get_name (options->theme, "en"));
}

/* The frame's margins, top, right, bottom, left: the theme's, each at most a quarter of the
 * canvas side it takes from, else the body size's. */
static void
frame_margins (const ParityTheme         *theme,
               const ParityLayoutOptions *options,
               double                     margin[4])
{
  double pad = round (theme->body_size * 1.3);

  for (guint i = 0; i < 4; i++)
    margin[i] = theme->margin[i] >= 0
                ? MIN (theme->margin[i], (i % 2 == 0 ? options->height : options->width) / 4)
                : pad;
}

/* A theme's logo in the foot's end corner, at the height the theme asks (at most a sixth of
 * the canvas height, a third of its width); sets @taken to the width it takes from the
 * source line beside it and its height, zeros without a logo. */
static void
add_logo (ParityChartContext *ctx,
          double              right,
          double              bottom,
          double              taken[2])
{
  cairo_surface_t *logo;
  double h, w, scale;

  if (ctx->theme->file == NULL ||
      (logo = parity_theme_file_get_logo (ctx->theme->file, &h)) == NULL)
    return;
  h = MIN (h, parity_scene_get_height (ctx->scene) / 6);
  w = h * cairo_image_surface_get_width (logo) / cairo_image_surface_get_height (logo);
  scale = MIN (1, parity_scene_get_width (ctx->scene) / 3 / w);
  w *= scale;
  h *= scale;
  parity_scene_add_image (ctx->scene, PARITY_ROLE_LOGO, logo,
                          &(ParityRect) { right - w, bottom - h, w, h });
  taken[0] = w + ctx->theme->body_size;
  taken[1] = h;
}

/* Measure the head: the title and subtitle from the top; returns where the plot begins. */
static double
add_head (ParityChartContext *ctx,
          const char         *title,
          const char         *subtitle,
          double              x,
          double              y,
          double              width)
{
  const ParityTheme *theme = ctx->theme;
  double h;

  h = add_block (ctx, PARITY_ROLE_TITLE, title, PARITY_TEXT_TITLE, PANGO_WEIGHT_BOLD,
                 &theme->text, x, y, width, 2, FALSE);
  y += h + theme->body_size * 0.25;
  h = add_block (ctx, PARITY_ROLE_SUBTITLE, subtitle, PARITY_TEXT_SUBTITLE, PANGO_WEIGHT_NORMAL,
                 &theme->muted_text, x, y, width, 2, FALSE);
  return y + h + theme->body_size * 1.2;
}

/* One block of the foot in small muted text, measured, then placed to end at @bottom;
 * returns its height (0 for none). */
static double
add_foot_block (ParityChartContext *ctx,
                ParityRole          role,
                const char         *text,
                int                 max_lines,
                double              x,
                double              bottom,
                double              width)
{
  const ParityColor *color = &ctx->theme->muted_text;
  double h = add_block (ctx, role, text, PARITY_TEXT_SMALL, PANGO_WEIGHT_NORMAL, color, x, 0,
                        width, max_lines, TRUE);

  if (h > 0)
    add_block (ctx, role, text, PARITY_TEXT_SMALL, PANGO_WEIGHT_NORMAL, color, x, bottom - h,
               width, max_lines, FALSE);
  return h;
}

/* Measure the foot, bottom-up: the source line last, beside the logo (@logo: the width and
 * height it takes in the end corner, or zeros), the notes above both; returns where the
 * plot ends. A source is never cut short: a reader must be able to find the data again. */
static double
add_foot (ParityChartContext *ctx,
          const char         *source_line,
          const char         *notes,
          int                 notes_lines,
          double              x,
          double              bottom,
          double              width,
          const double        logo[2])
{
  double h = add_foot_block (ctx, PARITY_ROLE_SOURCE, source_line, 5, x, bottom,
                             width - logo[0]);

  h = MAX (h, logo[1]);
  if (h > 0)
    {
      bottom -= h;
      bottom -= ctx->theme->body_size * 0.3;
    }
  bottom -= add_foot_block (ctx, PARITY_ROLE_NOTES, notes, notes_lines, x, bottom, width);
  return bottom - ctx->theme->body_size * 1.2;
}

/* Describe: the title and subtitle as sentences, before what the kind writes; returns the
 * gap between sentences. Sentences end the language's way: "。" and no space between them
 * in Chinese. */
static const char *
describe_head (ParityChartContext *ctx,
               const char         *title,
               const char         *subtitle)
{
  const char *end = parity_chart_word (ctx->lang, PARITY_WORD_SENTENCE_END);
  const char *space = parity_chart_sentence_gap (ctx->lang);

  g_string_append (ctx->description, title);
  if (subtitle != NULL)
    g_string_append_printf (ctx->description, "%s%s%s", end, space, subtitle);
  g_string_append_printf (ctx->description, "%s%s", end, space);
  return space;
}

/* Describe: the notes and the source after what the kind wrote; a description written for
 * the chart replaces the one made from it. */
static void
describe_foot (ParityChartContext *ctx,
               const char         *space,
               const char         *notes,
               const char         *source_line)
{
  if (notes != NULL)
    g_string_append_printf (ctx->description, "%s%s", space, notes);
  if (source_line != NULL)
    g_string_append_printf (ctx->description, "%s%s", space, source_line);
  if (ctx->spec->description != NULL)
    parity_scene_set_description (ctx->scene, parity_text_get (ctx->spec->description,
                                                               ctx->lang, ctx->default_lang));
  else
    parity_scene_set_description (ctx->scene, ctx->description->str);
}

static ParityScene *
layout_once (ParityDataset             *dataset,
             const ParityChartSpec     *spec,
             const ParityLayoutOptions *options,
             double                     height,
             gboolean                   note_dropped,
             guint                     *n_dropped,
             double                    *grow,
             GError                   **error)
{
  g_autoptr(ParityScene) scene = NULL;
  g_autoptr(GString) description = NULL;
  g_autofree char *notes = NULL;
  g_autoptr(GString) sources = NULL;
  g_autofree char *free_subtitle = NULL;
  const ParityFacet *facet;
  Shown shown = { 0 };
  const ParityChartKind *kind;
  ParityChartContext ctx;
  ParityTheme theme;
  double margin[4], y, width, bottom, logo[2] = { 0, 0 };
  g_autofree char *with_footer = NULL;
  const char *title, *subtitle, *source_line, *space, *footer = NULL;

  if (!check_canvas (options, error))
    return NULL;
  kind = parity_chart_kind_lookup (spec->kind);
  g_return_val_if_fail (kind != NULL, NULL);

  start_scene (&ctx, &theme, dataset, spec, options, height);
  scene = ctx.scene;
  description = ctx.description;
  frame_margins (&theme, options, margin);
  width = options->width - margin[1] - margin[3];
  title = parity_text_get (spec->title, ctx.lang, ctx.default_lang);
  subtitle = parity_text_get (spec->subtitle, ctx.lang, ctx.default_lang);
  facet = parity_chart_get_facet (spec);
  if (facet != NULL && facet->free_axes)
    {
      /* Panels whose axes differ say so, lest they be compared as if alike. */
      const char *free_axes = parity_chart_word (ctx.lang, PARITY_WORD_FACET_FREE_AXES);

      if (subtitle != NULL && *subtitle != '\0')
        {
          gunichar last = g_utf8_get_char (g_utf8_find_prev_char (subtitle,
                                                                  subtitle + strlen (subtitle)));

          subtitle = free_subtitle =
            g_strconcat (subtitle, g_unichar_ispunct (last) ? "" : parity_chart_word (
                           ctx.lang, PARITY_WORD_SENTENCE_END),
                         parity_chart_sentence_gap (ctx.lang), free_axes, NULL);
        }
      else
        subtitle = free_axes;
    }
  y = add_head (&ctx, title, subtitle, margin[3], margin[0], width);

  scan_shown (&ctx, kind, &shown);
  sources = shown.sources;
  source_line = shown.sources->len > 0 ? shown.sources->str : NULL;
  if (spec->source != NULL)
    source_line = parity_text_get (spec->source, ctx.lang, ctx.default_lang);
  /* A theme's footer is a line of its own under the source, which it never replaces. */
  if (options->theme != NULL)
    footer = parity_theme_file_get_footer (options->theme, ctx.lang);
  if (footer != NULL)
    with_footer = source_line != NULL ? g_strconcat (source_line, "\n", footer, NULL)
                                      : g_strdup (footer);
  notes = make_notes (&ctx, kind, &shown, note_dropped);
  add_logo (&ctx, options->width - margin[1], height - margin[2], logo);
  bottom = add_foot (&ctx, with_footer != NULL ? with_footer : source_line, notes,
                     kind->notes != NULL ? 6 : 3, margin[3], height - margin[2], width, logo);

  ctx.plot = (ParityRect) { margin[3], y, width, bottom - y };
  if (ctx.plot.height < theme.body_size * 4 || ctx.plot.width < theme.body_size * 12)
    {
      g_set_error (error, PARITY_ERROR, PARITY_ERROR_INVALID,
                   /* Translators: width and height of the canvas in points (pt), then a chart's
                      id. */
                   _("the canvas (%.0f × %.0f pt) leaves no room for the plot of \"%s\""),
                   options->width, options->height, spec->id);
      return NULL;
    }

  space = describe_head (&ctx, title, subtitle);
  if (!(parity_chart_get_facet (spec) != NULL ? parity_chart_facet_layout (&ctx, kind, error)
                                              : kind->layout (&ctx, error)))
    {
      g_clear_pointer (&ctx.datum_points, g_array_unref);
      return NULL;
    }
  parity_chart_annotations_place (&ctx);
  parity_chart_annotations_describe (&ctx);
  g_clear_pointer (&ctx.datum_points, g_array_unref);
  *n_dropped = ctx.n_dropped;
  *grow = ctx.wanted_plot_height - ctx.plot.height;
  if (parity_chart_lang_is_rtl (ctx.lang))
    parity_scene_mirror (scene);
  describe_foot (&ctx, space, notes, source_line);
  return g_steal_pointer (&scene);
}
