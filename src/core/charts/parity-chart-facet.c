/* parity-chart-facet.c: laying out a chart in panels (small multiples)
 *
 * The frame (parity-layout.c) lays the figure out once — title, subtitle, notes, source —
 * and hands the plot to parity_chart_facet_layout(), which divides it into a grid of equal
 * panels (as many columns as "columns" asks, else the fewest for as many rows — 2 × 2 for
 * four, not 3 + 1 — that give each panel the shape its kind reads best in) and lays each panel out with the kind's own code, on the same chart
 * restricted to the panel's entity, group or indicator, under a panel title in the chart's
 * language. With shared axes every panel widens its value range to the union of all panels'
 * (as a scale group does), so they tick alike, and a map's classes are computed once from
 * every panel's values. The first panel draws the chart's one key, with the kind's own
 * code, across the top of the whole plot (a map's across its foot), and the grid of panels,
 * all of one size, takes what the key leaves. Arabic mirrors the scene, and with it the
 * order of the panels.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "parity-chart-describe.h"
#include "parity-chart-facet.h"
#include "parity-chart-groups.h"
#include "parity-chart-words.h"
#include "parity-error.h"
#include "parity-pango.h"

/* Relative to body text: the gaps between panels, across and down. */
#define GAP_ACROSS 1.6
#define GAP_DOWN 1.0

/* Whether the kind draws its key here: always on one plot; in panels, once, the first
 * panel, in the strip parity_chart_key_in_strip() says. */
gboolean
parity_chart_draws_key (ParityChartContext *ctx)
{
  return ctx->panel == NULL || ctx->panel->key != NULL;
}

/* Whether the kind draws its key in the figure's key strip (ctx->panel->key->area, across
 * the grid of panels) rather than in its own plot: the first panel of a chart in panels. */
gboolean
parity_chart_key_in_strip (ParityChartContext *ctx)
{
  return ctx->panel != NULL && ctx->panel->key != NULL;
}

/* Records that the key drawn in the strip took @box, so that the grid leaves it room. */
void
parity_chart_key_took (ParityChartContext *ctx,
                       const ParityRect   *box)
{
  ParityRect *took;
  double x1, y1;

  g_return_if_fail (parity_chart_key_in_strip (ctx));
  took = &ctx->panel->key->took;
  if (took->width <= 0 && took->height <= 0)
    {
      *took = *box;
      return;
    }
  x1 = MAX (took->x + took->width, box->x + box->width);
  y1 = MAX (took->y + took->height, box->y + box->height);
  took->x = MIN (took->x, box->x);
  took->y = MIN (took->y, box->y);
  took->width = x1 - took->x;
  took->height = y1 - took->y;
}

/* The tick count a value axis starts from: its own @target, or its scale group's, and in a
 * panel with shared axes the one every panel takes. */
guint
parity_chart_tick_target (ParityChartContext *ctx,
                          guint               target)
{
  target = parity_chart_scale_group_ticks (ctx, target);
  if (ctx->panel == NULL || ctx->panel->ticks == NULL || ctx->panel->ticks->forced == 0)
    return target;
  return MIN (target, ctx->panel->ticks->forced);
}

/* Records the tick count a value axis took, so that panels which took different ones are
 * laid out again alike. */
void
parity_chart_took_ticks (ParityChartContext *ctx,
                         guint               target)
{
  ParityPanelTicks *ticks = ctx->panel != NULL ? ctx->panel->ticks : NULL;

  if (ticks == NULL)
    return;
  ticks->least = ticks->least == 0 ? target : MIN (ticks->least, target);
  ticks->most = MAX (ticks->most, target);
}

/* Panel @i's name in the chart's language: its entity, group or indicator. */
const char *
parity_chart_facet_panel_name (ParityChartContext *ctx,
                               guint               i)
{
  const ParityFacet *facet = parity_chart_get_facet (ctx->spec);
  const ParityIndicator *ind;

  g_return_val_if_fail (facet != NULL, NULL);
  switch (facet->by)
    {
    case PARITY_FACET_BY_ENTITY:
      return parity_chart_entity_label (ctx, g_array_index (facet->values, guint32, i), TRUE);
    case PARITY_FACET_BY_GROUP:
      return parity_chart_group_label (ctx, g_ptr_array_index (facet->groups, i));
    case PARITY_FACET_BY_INDICATOR:
    default:
      ind = parity_dataset_get_indicator (ctx->dataset,
                                          g_array_index (facet->values, guint32, i));
      return parity_text_get (ind->label, ctx->lang, ctx->default_lang);
    }
}

/* The grid: columns and rows for @n panels in @plot, each panel's title @title_h high. */
typedef struct
{
  guint  columns, rows;
  double width, height;  /* of a panel, title included */
  double gap_x, gap_y;
} Grid;

static void
grid_measure (Grid             *grid,
              const ParityRect *plot,
              guint             n,
              guint             columns)
{
  grid->columns = columns;
  grid->rows = (n + columns - 1) / columns;
  grid->width = (plot->width - grid->gap_x * (columns - 1)) / columns;
  grid->height = (plot->height - grid->gap_y * (grid->rows - 1)) / grid->rows;
}

/* Whether @columns is the fewest that lay @n panels out in as many rows: 2 for 4 panels,
 * not 3, whose last row would hold one. */
static gboolean
balanced (guint n,
          guint columns)
{
  guint rows = (n + columns - 1) / columns;

  return (n + rows - 1) / rows == columns;
}

/* The column counts to try, best first: the one "columns" asks for, else every count
 * whose rows are balanced (see balanced()) and then the others, each from the one whose
 * panels' plots are nearest the shape a panel of the kind reads best in (a map wider than
 * a chart) to the farthest, an empty cell of the last row counting against a count.
 * Returns how many. */
static guint
grid_candidates (Grid                  *grid,
                 const ParityChartSpec *spec,
                 const ParityFacet     *facet,
                 const ParityRect      *plot,
                 guint                  n,
                 double                 title_h,
                 guint                  order[PARITY_FACET_MAX_COLUMNS])
{
  double score[PARITY_FACET_MAX_COLUMNS + 1];
  double aspect = g_strcmp0 (spec->kind, "map") == 0 ? 1.7 : 1.3;
  guint n_columns = MIN (n, PARITY_FACET_MAX_COLUMNS);

  if (facet->columns > 0)
    {
      order[0] = MIN (facet->columns, n);
      return 1;
    }
  for (guint columns = 1; columns <= n_columns; columns++)
    {
      grid_measure (grid, plot, n, columns);
      score[columns] = grid->height - title_h <= 0
                       ? INFINITY
                       : fabs (log (grid->width / (grid->height - title_h) / aspect)) +
                         0.2 * (grid->columns * grid->rows - n);
      if (!balanced (n, columns))
        score[columns] += 1000;
      order[columns - 1] = columns;
    }
  /* Insertion sort: at most six. */
  for (guint i = 1; i < n_columns; i++)
    for (guint j = i; j > 0 && score[order[j]] < score[order[j - 1]]; j--)
      {
        guint swap = order[j];

        order[j] = order[j - 1];
        order[j - 1] = swap;
      }
  return n_columns;
}

/* Shared axes: the range of every panel's values, widened as the chart's scale group asks,
 * and for a map every value it classes. */
static void
shared_range (ParityChartContext *ctx,
              guint               n,
              ParityChartPanel   *shared,
              GArray             *values)
{
  double lo = INFINITY, hi = -INFINITY;

  for (guint i = 0; i < n; i++)
    {
      ParityChartSpec panel;
      g_autoptr(GArray) entities = NULL;

      parity_chart_facet_panel (ctx->dataset, ctx->spec, i, &panel);
      parity_chart_values_range (ctx->dataset, &panel, &lo, &hi);
      entities = parity_chart_select_entities (ctx->dataset, &panel);
      for (guint e = 0; e < entities->len; e++)
        {
          ParityChartRow row;

          if (parity_chart_lookup (ctx->dataset, &panel, parity_chart_get_series (&panel, 0),
                                   g_array_index (entities, guint32, e), PARITY_INDEX_NONE,
                                   &row) && isfinite (row.value))
            g_array_append_val (values, row.value);
        }
      parity_chart_facet_panel_clear (&panel);
    }
  if (!(lo <= hi))
    lo = 0, hi = 1;
  parity_chart_scale_group_widen (ctx, &lo, &hi);
  shared->lo = lo;
  shared->hi = hi;
  shared->values = values;
}

/* The panel's title, one line across its top; returns its height. */
static double
add_panel_title (ParityChartContext *ctx,
                 const char         *name,
                 double              x,
                 double              y,
                 double              width,
                 gboolean            draw)
{
  g_autoptr(PangoFontDescription) font = parity_theme_get_font (ctx->theme, PARITY_TEXT_BODY,
                                                                PANGO_WEIGHT_BOLD);
  g_autoptr(PangoLayout) layout = parity_pango_layout_new (name != NULL ? name : "", font);

  pango_layout_set_width (layout, (int)(width * PANGO_SCALE));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  if (draw)
    parity_scene_add_text (ctx->scene, PARITY_ROLE_PANEL_TITLE, layout, x, y, &ctx->theme->text);
  return parity_pango_height (layout) + ctx->theme->body_size * 0.4;
}

/* "In 6 panels: Africa, Americas, …." before the panels' own descriptions. */
static void
describe_panels (ParityChartContext *ctx,
                 guint               n)
{
  const char *separator = parity_chart_word (ctx->lang, PARITY_WORD_LIST_SEPARATOR);
  g_autoptr(GString) names = g_string_new (NULL);
  g_autofree char *count = g_strdup_printf ("%u", n);
  g_autofree char *sentence = NULL;

  for (guint i = 0; i < n; i++)
    g_string_append_printf (names, "%s%s", i > 0 ? separator : "",
                            parity_chart_facet_panel_name (ctx, i));
  sentence = parity_chart_counted_with2 (ctx->lang, PARITY_COUNTED_FACET_PANELS, n, count,
                                         names->str);
  g_string_append_printf (ctx->description, "%s%s%s", sentence,
                          parity_chart_word (ctx->lang, PARITY_WORD_SENTENCE_END),
                          parity_chart_sentence_gap (ctx->lang));
}

/* Lays panel @i out in @cell with the kind's own code, and appends its description. */
static gboolean
layout_panel (ParityChartContext     *ctx,
              const ParityChartKind  *kind,
              guint                   i,
              const ParityRect       *cell,
              double                  title_h,
              const ParityChartPanel *panel_info,
              GError                **error)
{
  ParityChartContext pctx = *ctx;
  ParityChartSpec panel;
  g_autoptr(GString) description = g_string_new (NULL);
  g_autofree char *sentence = NULL;
  const char *name = parity_chart_facet_panel_name (ctx, i);
  gboolean ok;

  add_panel_title (ctx, name, cell->x, cell->y, cell->width, TRUE);
  parity_scene_add_rect (ctx->scene, PARITY_ROLE_PANEL, cell, &ctx->theme->background)->z = -1;
  parity_chart_facet_panel (ctx->dataset, ctx->spec, i, &panel);
  pctx.spec = &panel;
  pctx.indicator = parity_dataset_get_indicator (ctx->dataset, panel.indicator);
  pctx.plot = (ParityRect) { cell->x, cell->y + title_h, cell->width, cell->height - title_h };
  pctx.description = description;
  pctx.n_dropped = 0;
  pctx.wanted_plot_height = 0;
  pctx.panel = panel_info;
  ok = kind->layout (&pctx, error);
  parity_chart_facet_panel_clear (&panel);
  if (!ok)
    return FALSE;
  ctx->n_dropped += pctx.n_dropped;
  sentence = parity_chart_word_with2 (ctx->lang, PARITY_WORD_DESC_INTRO, name,
                                      description->str);
  g_string_append_printf (ctx->description, "%s%s", i > 0 ? parity_chart_sentence_gap (ctx->lang)
                                                          : "", sentence);
  return TRUE;
}

/* Lays every panel out on a grid of @grid's shape; on failure the scene keeps what was
 * added. */
static gboolean
layout_grid (ParityChartContext     *ctx,
             const ParityChartKind  *kind,
             const ParityFacet      *facet,
             const ParityRect       *area,
             const Grid             *grid,
             guint                   n,
             double                  title_h,
             const ParityChartPanel *shared,
             ParityPanelKey         *key,
             GError                **error)
{
  const ParityTheme *theme = ctx->theme;

  if (grid->height - title_h < theme->body_size * 4 || grid->width < theme->body_size * 8)
    {
      parity_chart_set_crowded_error (ctx, TRUE, error,
                                      /* Translators: %1$u is how many panels, %2$u the
                                         columns and %3$u the rows of their grid. */
                                      _("%1$u panels in %2$u columns and %3$u rows do not fit "
                                        "the plot"), n, grid->columns, grid->rows);
      return FALSE;
    }
  describe_panels (ctx, n);
  for (guint i = 0; i < n; i++)
    {
      ParityChartPanel panel_info = *shared;
      guint column = i % grid->columns, row = i / grid->columns;
      ParityRect cell = {
        area->x + column * (grid->width + grid->gap_x),
        area->y + row * (grid->height + grid->gap_y),
        grid->width, grid->height,
      };

      panel_info.index = i;
      panel_info.key = i == 0 ? key : NULL;
      if (facet->by == PARITY_FACET_BY_GROUP)
        panel_info.group = ((const ParityChartGroup *)g_ptr_array_index (facet->groups, i))->id;
      if (!layout_panel (ctx, kind, i, &cell, title_h, &panel_info, error))
        return FALSE;
    }
  return TRUE;
}

/* Whether the panels laid out since @mark are squeezed: a text on another, or out of the
 * plot — an axis shorter than its labels need, which a grid of wider panels may not be. */
static gboolean
squeezed_texts (ParityChartContext    *ctx,
                const ParitySceneMark *mark)
{
  ParityScene *scene = ctx->scene;
  guint n = parity_scene_get_n_items (scene);
  ParityRect plot = { ctx->plot.x - 0.5, ctx->plot.y - 0.5, ctx->plot.width + 1,
                      ctx->plot.height + 1 };

  for (guint i = mark->items; i < n; i++)
    {
      const ParityItem *a = parity_scene_get_item (scene, i);

      if (a->kind != PARITY_ITEM_TEXT)
        continue;
      if (!parity_rect_contains_rect (&plot, &a->box))
        return TRUE;
      for (guint j = i + 1; j < n; j++)
        {
          const ParityItem *b = parity_scene_get_item (scene, j);

          if (b->kind == PARITY_ITEM_TEXT && parity_rect_intersects (&a->box, &b->box))
            return TRUE;
        }
    }
  return FALSE;
}

/* What a try of a grid needs, and how to take it back. */
typedef struct
{
  ParityChartContext    *ctx;
  const ParityChartKind *kind;
  const ParityFacet     *facet;
  Grid                   grid;
  ParityRect             area;  /* the grid's: the plot less the key's strip */
  ParityPanelKey         key;
  guint                  n;
  double                 title_h;
  ParityChartPanel       shared;
  ParityPanelTicks       ticks;
  ParitySceneMark        mark;
  gsize                  description_len;
  guint                  n_dropped;
} Tries;

static void
take_back (Tries *t)
{
  parity_scene_truncate (t->ctx->scene, &t->mark);
  g_string_truncate (t->ctx->description, t->description_len);
  t->ctx->n_dropped = t->n_dropped;
}

static gboolean
lay_out (Tries   *t,
         GError **error)
{
  t->key = (ParityPanelKey) { .area = t->ctx->plot };
  return layout_grid (t->ctx, t->kind, t->facet, &t->area, &t->grid, t->n, t->title_h,
                      &t->shared, &t->key, error);
}

/* Whether the key the first panel drew took other room than the grid left it; if so, the
 * grid's area becomes the plot less the key's strip, above or below. */
static gboolean
key_moved (Tries *t)
{
  const ParityRect *plot = &t->ctx->plot, *took = &t->key.took;
  double gap = t->ctx->theme->body_size * GAP_DOWN;
  ParityRect area = *plot;

  if (took->height > 0 && took->y + took->height / 2 > plot->y + plot->height / 2)
    area.height = took->y - gap - plot->y;
  else if (took->height > 0)
    {
      area.y = took->y + took->height + gap;
      area.height = plot->y + plot->height - area.y;
    }
  if (area.y == t->area.y && area.height == t->area.height)
    return FALSE;
  t->area = area;
  return TRUE;
}

/* Lays the panels out on @columns columns, under (or over) the chart's key; the panels
 * are laid out again when the key takes other room than was left it, and when their axes
 * chose different tick counts, with the least. */
static gboolean
try_grid (Tries   *t,
          guint    columns,
          GError **error)
{
  gboolean ok;

  grid_measure (&t->grid, &t->area, t->n, columns);
  t->ticks = (ParityPanelTicks) { 0 };
  ok = lay_out (t, error);
  if (ok && key_moved (t))
    {
      take_back (t);
      grid_measure (&t->grid, &t->area, t->n, columns);
      t->ticks = (ParityPanelTicks) { 0 };
      ok = lay_out (t, error);
    }
  if (ok && t->ticks.least != t->ticks.most)
    {
      take_back (t);
      t->ticks = (ParityPanelTicks) { .forced = t->ticks.least };
      ok = lay_out (t, error);
    }
  return ok;
}

/**
 * parity_chart_facet_layout:
 * @kind: the chart's kind, which lays each panel out
 *
 * Lays a chart in panels out inside ctx->plot: a grid of panels, each titled, each the
 * chart restricted to its entity, group or indicator. A grid whose panels are too small for
 * their marks, or squeeze their texts onto each other or out of the plot, is given up for the next best
 * one: the first that fits, else the first squeezed one, else the first one's error.
 */
gboolean
parity_chart_facet_layout (ParityChartContext    *ctx,
                           const ParityChartKind *kind,
                           GError               **error)
{
  const ParityFacet *facet = parity_chart_get_facet (ctx->spec);
  const ParityTheme *theme = ctx->theme;
  guint n = parity_chart_facet_get_n_panels (facet);
  g_autoptr(GArray) values = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GError) first_error = NULL;
  Tries t = {
    .ctx = ctx, .kind = kind, .facet = facet, .n = n, .area = ctx->plot,
    .grid = { .gap_x = theme->body_size * GAP_ACROSS, .gap_y = theme->body_size * GAP_DOWN },
    .shared = { .n = n, .lo = NAN, .hi = NAN },
    .description_len = ctx->description->len, .n_dropped = ctx->n_dropped,
  };
  guint order[PARITY_FACET_MAX_COLUMNS], n_candidates, squeezed = 0;

  g_return_val_if_fail (facet != NULL && n > 0, FALSE);
  t.title_h = add_panel_title (ctx, "Ag", 0, 0, ctx->plot.width, FALSE);
  n_candidates = grid_candidates (&t.grid, ctx->spec, facet, &ctx->plot, n, t.title_h, order);
  if (!facet->free_axes)
    {
      shared_range (ctx, n, &t.shared, values);
      t.shared.ticks = &t.ticks;
    }
  parity_scene_mark (ctx->scene, &t.mark);
  for (guint c = 0; c < n_candidates; c++)
    {
      g_autoptr(GError) local = NULL;

      if (try_grid (&t, order[c], &local))
        {
          if (!squeezed_texts (ctx, &t.mark))
            return TRUE;
          squeezed = squeezed != 0 ? squeezed : order[c];
        }
      else if (!g_error_matches (local, PARITY_ERROR, PARITY_ERROR_CROWDED))
        {
          g_propagate_error (error, g_steal_pointer (&local));
          return FALSE;
        }
      else if (first_error == NULL)
        first_error = g_steal_pointer (&local);
      take_back (&t);
    }
  if (squeezed != 0)
    return try_grid (&t, squeezed, error);
  g_propagate_error (error, g_steal_pointer (&first_error));
  return FALSE;
}
