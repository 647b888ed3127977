/* parity-chart-range-band.c: a range without series — one band across the listed entities
 * from the smallest value to the largest, each entity a labelled dot on it and the
 * reference entity marked apart
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "parity-chart-words.h"
#include "parity-chart-describe.h"
#include "parity-chart-dots.h"
#include "parity-chart-range-private.h"
#include "parity-chart-targets.h"
#include "parity-error.h"
#include "parity-label-placer.h"
#include "parity-pango.h"

/* The band's thickness, relative to body text. */
#define BAND_THICKNESS 0.7
/* More dots than this on one band are a smear, not a range: their labels cannot all be read. */
#define BAND_MAX_DOTS 40

/* One band and what its steps hand on to each other. */
typedef struct
{
  RangeChart     *c;
  GArray         *rows;           /* ParityChartRow, ascending, those without a value last */
  GString        *missing;        /* the names of the entities without a value */
  PangoLayout    *note;           /* "No data: …" naming them, or NULL */
  ParityChartRow  reference;
  gboolean        has_reference;
  gboolean        any_highlight;
  ParityChartRow *lowest;
  ParityChartRow *highest;
  double          lo, hi;         /* what the axis must show */
  double          thickness;      /* of the band */
  double          reach;          /* from the band's centre line to the tip of a mark */
  double          cluster;        /* height of the band and its labels */
  double          tick_h;
  double          top;            /* of the cluster */
  double          cy;             /* the band's centre line */
  guint           levels;         /* of labels on each side */
} Band;

static void
band_clear (Band *b)
{
  g_clear_pointer (&b->rows, g_array_unref);
  if (b->missing != NULL)
    g_string_free (g_steal_pointer (&b->missing), TRUE);
  g_clear_object (&b->note);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Band, band_clear)

static int
compare_ascending (gconstpointer a,
                   gconstpointer b)
{
  const ParityChartRow *ra = a, *rb = b;

  /* Entities without a value go last. */
  if (isnan (ra->value) || isnan (rb->value))
    return isnan (ra->value) - isnan (rb->value);
  return ra->value < rb->value ? -1 : ra->value > rb->value;
}

/* Tries @layout at each place beside the dot at @x, nearest first: one level out then two
 * (with a leader line), the preferred side then the other, centred on the dot then
 * reaching right or left from it. */
static ParityItem *
try_band_label (RangeChart           *c,
                ParityLabelPlacer    *placer,
                PangoLayout          *layout,
                const ParityChartRow *row,
                gboolean              above_first,
                double                cy,
                double                reach,
                guint                 levels,
                const ParityColor    *color)
{
  ParityChartContext *ctx = c->ctx;
  double x = parity_rows_get_x (c->frame, row->value);
  double w = parity_pango_width (layout), h = parity_pango_height (layout);
  /* Neighbours keep a word space apart, or two names read as one. */
  double space = ctx->theme->body_size;

  for (guint level = 0; level < levels; level++)
    for (guint side = 0; side < 2; side++)
      {
        gboolean above = side == 0 ? above_first : !above_first;
        double off = reach + c->pad * 0.3 + level * (h + c->pad * 0.3);
        double y = above ? cy - off - h : cy + off;
        double xs[] = { x - w / 2, x - w + c->r, x - c->r };

        for (guint k = 0; k < G_N_ELEMENTS (xs); k++)
          {
            double gx0 = MAX (xs[k] - space, ctx->plot.x);
            double gx1 = MIN (xs[k] + w + space, ctx->plot.x + ctx->plot.width);
            ParityRect rect = { xs[k], y, w, h }, spaced = { gx0, y, gx1 - gx0, h };
            /* A leader from a label one level further out, stopping short of the dot. */
            double near = reach + c->pad * 0.3;
            ParityRect leader = { x - 0.25, above ? y + h : cy + near, 0.5,
                                  above ? cy - near - y - h : y - cy - near };
            ParityItem *item;

            if (!parity_label_placer_fits (placer, &rect) ||
                !parity_label_placer_fits (placer, &spaced) ||
                (level > 0 && !parity_label_placer_fits (placer, &leader)))
              continue;
            item = parity_label_placer_place (placer, layout, PARITY_ROLE_VALUE_LABEL, color,
                                              &(ParityPoint) { xs[k], y }, 1, FALSE);
            parity_rows_knock_out (ctx, parity_chart_set_datum (item, ctx, row));
            if (level > 0)
              {
                ParityItem *line = parity_scene_add_line (ctx->scene, PARITY_ROLE_CONNECTOR, x,
                                                          leader.y, x,
                                                          leader.y + leader.height,
                                                          &ctx->theme->axis,
                                                          MAX (0.5, ctx->theme->body_size / 20));

                parity_chart_set_datum (line, ctx, row);
                parity_label_placer_add_obstacle (placer, &line->box);
              }
            return item;
          }
      }
  return NULL;
}

/* An entity's label, its name over its value, above or below its dot: moved among the
 * places beside the dot, then shortened — the short name, then that name ellipsized, never
 * the value — then dropped, for the frame to note. */
static ParityItem *
place_band_label (RangeChart           *c,
                  ParityLabelPlacer    *placer,
                  const ParityChartRow *row,
                  gboolean              above_first,
                  double                cy,
                  double                reach,
                  guint                 levels,
                  const ParityColor    *color)
{
  ParityChartContext *ctx = c->ctx;
  const char *names[] = { parity_chart_entity_label (ctx, row->entity, FALSE),
                          parity_chart_entity_label (ctx, row->entity, TRUE) };
  g_autofree char *value = parity_chart_format_row (ctx, row);
  double full_w = 0, value_w;

  {
    g_autofree char *markup = g_markup_printf_escaped ("<b>%s</b>", value);
    g_autoptr(PangoLayout) probe = parity_pango_layout_new ("", c->frame->small);

    pango_layout_set_markup (probe, markup, -1);
    value_w = parity_pango_width (probe);
  }
  for (guint variant = 0; variant < 7; variant++)
    {
      g_autofree char *markup = g_markup_printf_escaped ("%s\n<b>%s</b>",
                                                         names[MIN (variant, 1)], value);
      g_autoptr(PangoLayout) layout = parity_pango_layout_new ("", c->frame->small);
      ParityItem *item;
      double w;

      if (variant == 1 && g_strcmp0 (names[0], names[1]) == 0)
        continue;
      pango_layout_set_markup (layout, markup, -1);
      w = parity_pango_width (layout);
      if (variant == 1)
        full_w = w;
      if (variant >= 2)
        {
          /* 90 %, 80 % … 50 % of the short name's width, but never narrower than the value. */
          w = MAX ((full_w > 0 ? full_w : w) * (1.0 - 0.1 * (variant - 1)), value_w);
          pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
        }
      pango_layout_set_width (layout, (int)ceil (w * PANGO_SCALE) + 1);
      pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
      item = try_band_label (c, placer, layout, row, above_first, cy, reach, levels, color);
      if (item != NULL)
        return item;
    }
  ctx->n_dropped++;
  return NULL;
}

/* The entities, ascending so that neighbours on the band are neighbours in the list, and
 * the values the axis must show; the names of those without a value go to a note. */
static gboolean
band_select (Band    *b,
             GError **error)
{
  ParityChartContext *ctx = b->c->ctx;
  guint n_values = 0;

  b->rows = parity_chart_select_rows (ctx->dataset, ctx->spec);
  b->missing = g_string_new (NULL);
  g_array_sort (b->rows, compare_ascending);
  for (guint i = 0; i < b->rows->len; i++)
    {
      ParityChartRow *row = &g_array_index (b->rows, ParityChartRow, i);

      if (isnan (row->value))
        {
          if (b->missing->len > 0)
            g_string_append (b->missing,
                             parity_chart_word (ctx->lang, PARITY_WORD_NAME_SEPARATOR));
          g_string_append (b->missing, parity_chart_entity_label (ctx, row->entity, TRUE));
          continue;
        }
      n_values++;
      if (b->lowest == NULL || row->value < b->lowest->value)
        b->lowest = row;
      if (b->highest == NULL || row->value > b->highest->value)
        b->highest = row;
    }
  if (n_values == 0)
    {
      g_set_error (error, PARITY_ERROR, PARITY_ERROR_EMPTY,
                   /* Translators: a chart's id, an indicator's id, a period such as 2019. */
                   _("chart \"%s\": %s has no value for %s"), ctx->spec->id, ctx->indicator->id,
                   parity_dataset_get_period (ctx->dataset, ctx->spec->period));
      return FALSE;
    }
  if (n_values > BAND_MAX_DOTS)
    {
      parity_chart_set_crowded_error (ctx, FALSE, error,
                                      /* Translators: a number of values, then the largest
                                         number a range shows. */
                                      _("%u values are more than one range can show readably "
                                        "(at most %u)"), n_values, BAND_MAX_DOTS);
      return FALSE;
    }
  b->lo = b->lowest->value;
  b->hi = b->highest->value;
  b->has_reference = ctx->spec->reference != PARITY_INDEX_NONE &&
                     parity_chart_row_find (ctx->dataset, ctx->spec, ctx->spec->reference,
                                            &b->reference) && !isnan (b->reference.value);
  if (b->has_reference)
    {
      b->lo = MIN (b->lo, b->reference.value);
      b->hi = MAX (b->hi, b->reference.value);
    }
  if (parity_rows_is_percent (ctx))
    b->lo = MIN (b->lo, 0);
  parity_chart_targets_extend (ctx->spec, &b->lo, &b->hi);
  return TRUE;
}

/* Vertical: labels one or two levels above and below the band, tick labels, a line
 * naming the entities without a value; the whole centred in the plot. */
static gboolean
band_measure (Band    *b,
              GError **error)
{
  RangeChart *c = b->c;
  ParityChartContext *ctx = c->ctx;
  const ParityTheme *theme = ctx->theme;
  const ParityRect *plot = &ctx->plot;
  double label_h, note_h = 0;

  {
    g_autoptr(PangoLayout) probe = parity_pango_layout_new ("", c->frame->small);

    pango_layout_set_markup (probe, "Ag\n<b>Ag</b>", -1);
    label_h = parity_pango_height (probe);
  }
  c->r = theme->body_size * RANGE_DOT_RADIUS * 1.15;
  b->thickness = theme->body_size * BAND_THICKNESS;
  b->reach = MAX (c->r * PARITY_DOT_DIAMOND_REACH, b->thickness / 2);
  b->tick_h = parity_theme_get_size (theme, PARITY_TEXT_SMALL) * 1.4 + c->pad;
  /* The note is measured: a script whose line is taller than the tick labels' (Arabic)
   * would otherwise find no room for it. */
  if (b->missing->len > 0)
    {
      g_autofree char *text = parity_chart_word_with (ctx->lang, PARITY_WORD_NO_DATA_NAMES,
                                                      b->missing->str);

      b->note = parity_pango_layout_new (text, c->frame->small);
      note_h = MAX (b->tick_h, parity_pango_height (b->note)) + c->pad * 0.5;
    }
  for (b->levels = 2;; b->levels--)
    {
      b->cluster = 2 * (b->reach + c->pad * 0.3 + b->levels * (label_h + c->pad * 0.3));
      if (b->cluster + b->tick_h + note_h <= plot->height || b->levels == 1)
        break;
    }
  if (b->cluster + b->tick_h + note_h > plot->height)
    {
      g_set_error (error, PARITY_ERROR, PARITY_ERROR_INVALID,
                   /* Translators: a chart's id, then a height in points. */
                   _("chart \"%s\": the range does not fit a plot %.0f pt high"), ctx->spec->id,
                   plot->height);
      return FALSE;
    }
  b->top = plot->y + (plot->height - b->cluster - b->tick_h - note_h) / 2;
  b->cy = b->top + b->cluster / 2;
  return TRUE;
}

/* Horizontal: the band spans the plot, less room for a label centred on an end dot. */
static void
band_axis (Band *b)
{
  ParityChartContext *ctx = b->c->ctx;
  const ParityRect *plot = &ctx->plot;
  double x0 = plot->x + ctx->theme->body_size * 2;
  double x1 = plot->x + plot->width - ctx->theme->body_size * 2;

  parity_rows_choose_ticks (b->c->frame, b->lo, b->hi, x0, x1, plot->x, plot->x + plot->width);
  parity_chart_targets_bands (ctx, &b->c->frame->scale, FALSE, b->top, b->top + b->cluster);
  parity_rows_draw_grid (b->c->frame, b->top, b->top + b->cluster);
}

/* The band from the lowest value to the highest, a dot per entity, the reference marked
 * across the band. */
static void
band_marks (Band *b)
{
  RangeChart *c = b->c;
  ParityChartContext *ctx = c->ctx;
  const ParityTheme *theme = ctx->theme;
  ParityColor band_color = parity_rows_tint (b->any_highlight ? &theme->mark_muted
                                             : &theme->mark, 0.3);
  double bx0 = parity_rows_get_x (c->frame, b->lowest->value);
  double bx1 = parity_rows_get_x (c->frame, b->highest->value);
  ParityItem *item = parity_scene_add_rect (ctx->scene, PARITY_ROLE_MARK,
                                            &(ParityRect) { bx0, b->cy - b->thickness / 2,
                                                            bx1 - bx0, b->thickness },
                                            &band_color);

  item->z = 1;
  parity_chart_set_datum (item, ctx, b->highest);
  for (guint i = 0; i < b->rows->len; i++)
    {
      const ParityChartRow *row = &g_array_index (b->rows, ParityChartRow, i);
      gboolean highlighted = parity_chart_is_highlighted (ctx->spec, row->entity);

      if (!isnan (row->value))
        _parity_range_add_dot (c, PARITY_MARKER_CIRCLE, row, b->cy,
                               highlighted ? &theme->accent : b->any_highlight
                               ? &theme->mark_muted : &theme->mark);
    }
  if (b->has_reference)
    {
      double x = parity_rows_get_x (c->frame, b->reference.value);

      item = parity_scene_add_line (ctx->scene, PARITY_ROLE_REFERENCE, x, b->cy - b->reach, x,
                                    b->cy + b->reach, &theme->reference,
                                    MAX (0.75, theme->body_size / 9));
      parity_chart_set_datum (item, ctx, &b->reference);
      item->z = 3;
      _parity_range_add_dot (c, PARITY_MARKER_DIAMOND, &b->reference, b->cy,
                             &theme->reference)->role = PARITY_ROLE_REFERENCE;
    }
}

/* Labels: the reference above, then the entities from lowest up, alternating below and
 * above so that close neighbours take opposite sides; the note last. */
static void
band_labels (Band *b)
{
  RangeChart *c = b->c;
  ParityChartContext *ctx = c->ctx;
  const ParityTheme *theme = ctx->theme;
  const ParityRect *plot = &ctx->plot;
  g_autoptr(ParityLabelPlacer) placer = parity_label_placer_new (ctx, plot);

  parity_label_placer_add_scene_obstacles (placer);
  /* Labels stay off the zero line: a knock-out would cut it. */
  if (c->frame->scale.domain_min <= 0 && c->frame->scale.domain_max >= 0)
    parity_label_placer_add_obstacle (placer, &(ParityRect) {
                                        parity_rows_get_x (c->frame, 0) - 0.5, b->top, 1,
                                        b->cluster });
  if (b->has_reference)
    {
      ParityItem *item = place_band_label (c, placer, &b->reference, TRUE, b->cy, b->reach,
                                           b->levels, &theme->reference);

      if (item != NULL)
        item->role = PARITY_ROLE_REFERENCE_LABEL;
    }
  for (guint i = 0, k = 0; i < b->rows->len; i++)
    {
      const ParityChartRow *row = &g_array_index (b->rows, ParityChartRow, i);
      gboolean highlighted = parity_chart_is_highlighted (ctx->spec, row->entity);

      if (isnan (row->value))
        continue;
      place_band_label (c, placer, row, k++ % 2 == 1, b->cy, b->reach, b->levels,
                        highlighted ? &theme->accent : &theme->text);
    }
  /* Under the tick labels, else at the foot of the plot: tick labels in a script with tall
   * lines (Arabic) reach below the room estimated for them. */
  if (b->note != NULL)
    parity_label_placer_place (placer, b->note, PARITY_ROLE_VALUE_LABEL, &theme->muted_text,
                               (ParityPoint[]) {
                                 { plot->x, b->top + b->cluster + b->tick_h + c->pad * 0.5 },
                                 { plot->x, plot->y + plot->height -
                                            parity_pango_height (b->note) } }, 2, TRUE);
  parity_chart_targets_lines (ctx, placer, &c->frame->scale, FALSE, b->top, b->top + b->cluster,
                              c->frame->small, NULL, NULL);
}

/* The text description: the span from the lowest entity to the highest, then each value. */
static void
band_describe (Band *b)
{
  ParityChartContext *ctx = b->c->ctx;
  const ParityChartRow *lowest = b->lowest, *highest = b->highest;
  GArray *rows = b->rows;
  gboolean has_reference = b->has_reference;
  const ParityChartRow *reference = &b->reference;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *low = parity_chart_format_row (ctx, lowest);
  g_autofree char *high = parity_chart_format_row (ctx, highest);
  g_autofree char *low_named = parity_describe2 (ctx, PARITY_WORD_DESC_PAREN, low,
                                                 parity_chart_entity_label (ctx, lowest->entity,
                                                                            FALSE));
  g_autofree char *high_named = parity_describe2 (ctx, PARITY_WORD_DESC_PAREN, high,
                                                  parity_chart_entity_label (ctx,
                                                                             highest->entity,
                                                                             FALSE));
  g_autofree char *span = parity_describe2 (ctx, PARITY_WORD_DESC_FROM_TO, low_named,
                                            high_named);
  g_autofree char *kind = parity_describe (ctx, PARITY_WORD_DESC_RANGE,
                                           parity_text_get (ctx->indicator->label, ctx->lang,
                                                            ctx->default_lang));
  g_autofree char *dated = parity_describe_period (ctx, kind);
  g_autofree char *head = parity_describe2 (ctx, PARITY_WORD_DESC_WITH, dated, span);

  for (guint i = 0; i < rows->len; i++)
    {
      const ParityChartRow *row = &g_array_index (rows, ParityChartRow, i);
      g_autofree char *value = parity_chart_format_row (ctx, row);

      parity_describe_record (ctx, row, NULL);
      g_ptr_array_add (items, parity_describe2 (ctx, PARITY_WORD_DESC_ITEM,
                                                parity_chart_entity_label (ctx, row->entity,
                                                                           FALSE), value));
    }
  if (has_reference)
    {
      g_autofree char *value = parity_chart_format_row (ctx, reference);

      parity_describe_record (ctx, reference, NULL);
      g_ptr_array_add (items, parity_describe2 (ctx, PARITY_WORD_DESC_MARKED,
                                                parity_chart_entity_label (ctx,
                                                                           reference->entity,
                                                                           FALSE), value));
    }
  parity_describe_finish (ctx, head, items);
}

gboolean
_parity_range_layout_band (RangeChart *c,
                           GError    **error)
{
  g_auto(Band) band = { c, .any_highlight = c->ctx->spec->highlight->len > 0 };

  if (!band_select (&band, error) || !band_measure (&band, error))
    return FALSE;
  band_axis (&band);
  band_marks (&band);
  band_labels (&band);
  band_describe (&band);
  parity_chart_targets_describe (c->ctx);
  return TRUE;
}
