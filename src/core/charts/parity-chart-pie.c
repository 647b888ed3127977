/* parity-chart-pie.c: shares of a whole as a pie, or as a donut (a pie with a hole)
 *
 * Slices run clockwise from 12 o'clock, largest first unless the chart says "sort":
 * "none"; slices under a threshold are grouped into "Other". The angle of a slice is its
 * share of the sum times a full turn, and its percentage is rounded so that all of them
 * add up to 100. Where its labels go is parity-chart-pie-labels.c's business.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "parity-chart-words.h"
#include "parity-chart-pie-private.h"
#include "parity-chart-describe.h"
#include "parity-error.h"
#include "parity-label-placer.h"
#include "parity-number-format.h"
#include "parity-pango.h"

#define DONUT_HOLE 0.55
#define MAX_HOLE 0.8
#define OTHER_BELOW 3.0
/* Past this, slices are slivers whose labels cannot all be placed; a bar chart reads better. */
#define PIE_MAX_SLICES 24
/* Percentages further than this from 100 are not a whole. */
#define WHOLE_TOLERANCE 0.5

/* Inside labels are white; parity-chart-pie-labels.c puts one inside only where white
 * keeps its contrast on the slice. */
static const ParityColor white = { 1, 1, 1, 1 };

static void
pie_options_free (gpointer data)
{
  ParityPieOptions *options = data;

  parity_text_free (options->center_label);
  g_free (options);
}

static void
slice_clear (gpointer data)
{
  ParityPieSlice *slice = data;

  g_free (slice->name);
  g_free (slice->short_name);
  g_free (slice->value_text);
  g_free (slice->grouped);
}

/* Largest-remainder rounding, so the labelled percentages add up to exactly 100; ties go
 * to the larger share, then to the earlier slice. */
static int
compare_remainders (const void *a,
                    const void *b,
                    void       *data)
{
  const double *exact = data;
  guint ia = *(const guint *)a, ib = *(const guint *)b;
  double ra = exact[ia] - floor (exact[ia]), rb = exact[ib] - floor (exact[ib]);

  if (ra != rb)
    return ra > rb ? -1 : 1;
  if (exact[ia] != exact[ib])
    return exact[ia] > exact[ib] ? -1 : 1;
  return ia < ib ? -1 : 1;
}

static double *
round_percentages (GArray *slices,
                   guint   decimals)
{
  guint n = slices->len;
  double units = 100 * pow (10, decimals), assigned = 0;
  g_autofree double *exact = g_new (double, n);
  g_autofree guint *order = g_new (guint, n);
  double *rounded = g_new (double, n);

  for (guint i = 0; i < n; i++)
    {
      /* To a millionth first, so that 0.43 × 100 is 43 and not 42.999… */
      exact[i] = round (g_array_index (slices, ParityPieSlice, i).share * units * 1e6) / 1e6;
      rounded[i] = floor (exact[i]);
      assigned += rounded[i];
      order[i] = i;
    }
  g_qsort_with_data (order, n, sizeof (guint), compare_remainders, exact);
  for (guint k = 0; k < n && assigned < units - 0.5; k++, assigned++)
    rounded[order[k]] += 1;
  for (guint i = 0; i < n; i++)
    rounded[i] /= units / 100;
  return rounded;
}

/* Select: the rows with a value (@kept), summed in @sum; those without are named in
 * @missing. A negative value is an error, and so is nothing above zero. */
static gboolean
select_shares (ParityPie  *pie,
               GString    *missing,
               GArray     *kept,
               double     *sum,
               GError    **error)
{
  ParityChartContext *ctx = pie->ctx;
  g_autoptr(GArray) rows = parity_chart_select_rows (ctx->dataset, ctx->spec);

  *sum = 0;
  for (guint i = 0; i < rows->len; i++)
    {
      const ParityChartRow *row = &g_array_index (rows, ParityChartRow, i);
      const char *name = parity_chart_entity_label (ctx, row->entity, FALSE);
      g_autofree char *value = NULL;

      if (isnan (row->value) || row->qualifier == PARITY_QUALIFIER_MISSING)
        {
          g_string_append_printf (missing, "%s%s", missing->len ? ", " : "", name);
          continue;
        }
      if (row->value < 0)
        {
          value = parity_chart_format_row (ctx, row);
          g_set_error (error, PARITY_ERROR, PARITY_ERROR_CONTENT,
                       /* Translators: a chart's id, a slice's name, its value, a period. */
                       _("chart \"%s\": %s has a negative value (%s) for %s, and a share "
                         "cannot be negative"), ctx->spec->id, name, value,
                       parity_dataset_get_period (ctx->dataset, row->period));
          return FALSE;
        }
      g_array_append_val (kept, *row);
      *sum += row->value;
    }
  if (*sum <= 0)
    {
      g_set_error (error, PARITY_ERROR, PARITY_ERROR_EMPTY,
                   /* Translators: a chart's id, an indicator's id, a period. */
                   _("chart \"%s\": %s has no share above zero for %s"), ctx->spec->id,
                   ctx->indicator->id,
                   parity_dataset_get_period (ctx->dataset, ctx->spec->period));
      return FALSE;
    }
  return TRUE;
}

/* How many slices go into "Other": none unless two or more are small, and a lone small
 * slice keeps its name ("Other" holding one thing would hide it). */
static guint
count_small (ParityPie *pie,
             GArray    *kept,
             double     sum)
{
  guint n_small = 0;

  for (guint i = 0; i < kept->len; i++)
    n_small += g_array_index (kept, ParityChartRow, i).value / sum * 100 <
               pie->options.other_below;
  return n_small < 2 || n_small == kept->len ? 0 : n_small;
}

/* Marks: a slice per kept row, coloured, the @n_small small ones summed into "Other" at
 * the end; FALSE when there are too many to read. */
static gboolean
make_marks (ParityPie  *pie,
            GArray     *kept,
            double      sum,
            guint       n_small,
            GError    **error)
{
  ParityChartContext *ctx = pie->ctx;
  const ParityTheme *theme = ctx->theme;
  gboolean any_highlight = ctx->spec->highlight->len > 0;
  guint n_colored = 0;
  ParityPieSlice other = { 0 };

  other.row = g_array_index (kept, ParityChartRow, 0);
  other.row.entity = other.row.observation = PARITY_INDEX_NONE;
  other.row.value = 0;
  other.row.qualifier = PARITY_QUALIFIER_EXACT;
  for (guint i = 0; i < kept->len; i++)
    {
      const ParityChartRow *row = &g_array_index (kept, ParityChartRow, i);
      ParityPieSlice slice = { *row, row->value / sum };

      if (n_small > 0 && slice.share * 100 < pie->options.other_below)
        {
          g_autofree char *value = parity_chart_format_row (ctx, row);
          char *grouped = other.grouped;

          other.row.value += row->value;
          other.share += slice.share;
          /* A qualifier of what it holds (an estimate) stays with the sum. */
          if (other.row.qualifier == PARITY_QUALIFIER_EXACT)
            other.row.qualifier = row->qualifier;
          other.grouped = g_strdup_printf ("%s%s%s %s", grouped ? grouped : "",
                                           grouped ? ", " : "",
                                           parity_chart_entity_label (ctx, row->entity, FALSE),
                                           value);
          g_free (grouped);
          continue;
        }
      slice.name = g_strdup (parity_chart_entity_label (ctx, row->entity, FALSE));
      slice.short_name = g_strdup (parity_chart_entity_label (ctx, row->entity, TRUE));
      slice.highlighted = parity_chart_is_highlighted (ctx->spec, row->entity);
      slice.color = !any_highlight ? *parity_chart_entity_color (ctx, row->entity, n_colored++)
                    : slice.highlighted ? theme->accent : theme->mark_muted;
      g_array_append_val (pie->slices, slice);
    }
  if (pie->slices->len > PIE_MAX_SLICES)
    {
      g_free (other.grouped);
      parity_chart_set_crowded_error (ctx, FALSE, error,
                                      /* Translators: a number of slices, then the largest
                                         number a pie shows. */
                                      _("%u slices are more than a pie can show readably (at "
                                        "most %u)"), pie->slices->len, PIE_MAX_SLICES);
      return FALSE;
    }
  /* Seven slices would put the first colour next to itself across 12 o'clock. */
  if (!any_highlight && n_small == 0 && n_colored > 1 &&
      n_colored % G_N_ELEMENTS (theme->palette) == 1)
    g_array_index (pie->slices, ParityPieSlice, n_colored - 1).color = theme->palette[2];
  if (n_small > 0)
    {
      other.name = g_strdup (parity_chart_word (ctx->lang, PARITY_WORD_OTHER));
      other.short_name = g_strdup (other.name);
      /* Neutral grey: "Other" is not a category to compare with the rest. */
      other.color = any_highlight ? theme->mark_muted : theme->axis;
      g_array_append_val (pie->slices, other);
    }
  return TRUE;
}

/* Axis: the angles from running sums, so that the last slice ends exactly one turn on;
 * and the rounded percentages. */
static void
place_angles (ParityPie *pie,
              double     sum)
{
  ParityChartContext *ctx = pie->ctx;
  g_autofree double *percent = round_percentages (pie->slices, ctx->indicator->decimals);
  double before = 0;

  for (guint i = 0; i < pie->slices->len; i++)
    {
      ParityPieSlice *slice = &g_array_index (pie->slices, ParityPieSlice, i);

      slice->a0 = -G_PI / 2 + 2 * G_PI * (before / sum);
      before += slice->row.value;
      slice->a1 = i + 1 == pie->slices->len ? 3 * G_PI / 2 : -G_PI / 2 + 2 * G_PI * (before / sum);
      slice->value_text = parity_format_value (percent[i], ctx->indicator->decimals,
                                               &pie->percent, slice->row.qualifier, ctx->lang,
                                               ctx->default_lang);
    }
}

/* The rows become slices: a negative value is an error, missing ones are left out (and
 * named in @missing), small ones are grouped into "Other" when there are two or more. */
static gboolean
make_slices (ParityPie  *pie,
             GString    *missing,
             double     *total,
             GError    **error)
{
  g_autoptr(GArray) kept = g_array_new (FALSE, FALSE, sizeof (ParityChartRow));
  guint n_small;

  if (!select_shares (pie, missing, kept, total, error))
    return FALSE;
  n_small = count_small (pie, kept, *total);
  if (!make_marks (pie, kept, *total, n_small, error))
    return FALSE;
  place_angles (pie, *total);
  return TRUE;
}

/* The centre text of a donut, filled in and fitted to the hole: smaller type before none. */
static PangoLayout *
center_layout (ParityPie         *pie,
               double             total,
               ParityLabelPlacer *placer,
               ParityPoint       *origin)
{
  ParityChartContext *ctx = pie->ctx;
  const char *template = parity_text_get (pie->options.center_label, ctx->lang,
                                          ctx->default_lang);
  g_autofree char *total_text = parity_format_value (total, ctx->indicator->decimals,
                                                     &ctx->indicator->unit,
                                                     PARITY_QUALIFIER_EXACT, ctx->lang,
                                                     ctx->default_lang);
  PangoFontDescription *fonts[] = { pie->big, pie->bold, pie->small };
  const ParityPieSlice *largest = &g_array_index (pie->slices, ParityPieSlice, 0);
  g_autoptr(GString) text = NULL;

  if (template == NULL || pie->r0 <= 0)
    return NULL;
  for (guint i = 1; i < pie->slices->len; i++)
    if (g_array_index (pie->slices, ParityPieSlice, i).share > largest->share)
      largest = &g_array_index (pie->slices, ParityPieSlice, i);
  text = g_string_new (template);
  g_string_replace (text, "{total}", total_text, 0);
  g_string_replace (text, "{largest}", largest->value_text, 0);

  for (guint f = 0; f < G_N_ELEMENTS (fonts); f++)
    {
      PangoLayout *layout = parity_pango_layout_new (text->str, fonts[f]);
      double inner = pie->r0 - ctx->theme->body_size * 0.25;
      gboolean in = TRUE;
      ParityRect box;

      pango_layout_set_width (layout, (int)(pie->r0 * 1.5 * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
      pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
      box = parity_pango_measure (layout, 0, 0);
      *origin = (ParityPoint) { pie->cx - box.width / 2 - box.x,
                                pie->cy - box.height / 2 - box.y };
      box = parity_pango_measure (layout, origin->x, origin->y);
      for (guint c = 0; c < 4; c++)
        in &= hypot ((c & 1 ? box.x + box.width : box.x) - pie->cx,
                     (c & 2 ? box.y + box.height : box.y) - pie->cy) <= inner;
      if (in && parity_label_placer_fits (placer, &box))
        return layout;
      g_object_unref (layout);
    }
  return NULL;
}

static void
draw (ParityPie *pie,
      GArray    *labels,
      double     total)
{
  ParityChartContext *ctx = pie->ctx;
  const ParityTheme *theme = ctx->theme;
  g_autoptr(ParityLabelPlacer) placer = NULL;
  g_autoptr(PangoLayout) center = NULL;
  ParityPoint center_origin;

  for (guint i = 0; i < pie->slices->len; i++)
    {
      const ParityPieSlice *slice = &g_array_index (pie->slices, ParityPieSlice, i);
      ParityItem *item = parity_scene_add_arc (ctx->scene, PARITY_ROLE_MARK, pie->cx, pie->cy,
                                               pie->r0, pie->r, slice->a0, slice->a1,
                                               &slice->color);

      /* A hairline in the background colour parts neighbouring slices. */
      if (pie->slices->len > 1)
        {
          item->line_width = MAX (0.75, theme->body_size / 10);
          item->stroke = theme->background;
        }
      if (slice->row.qualifier == PARITY_QUALIFIER_FORECAST)
        item->fill_style = PARITY_FILL_HATCH;
      parity_chart_set_datum (item, ctx, &slice->row);
      item->text = g_strdup_printf ("%s %s", slice->name, slice->value_text);
    }

  placer = parity_label_placer_new (ctx, &ctx->plot);
  parity_label_placer_add_scene_obstacles (placer);
  for (guint i = 0; i < pie->slices->len; i++)
    {
      const ParityPieSlice *slice = &g_array_index (pie->slices, ParityPieSlice, i);
      ParityPieLabel *label = &g_array_index (labels, ParityPieLabel, i);
      ParityItem *item = NULL;

      /* Planned labels go where planned; the others are shortened or dropped. */
      if (label->layout != NULL)
        item = parity_label_placer_place (placer, label->layout, PARITY_ROLE_VALUE_LABEL,
                                          label->inside ? &white : &theme->text,
                                          &label->origin, 1, !label->placed);
      else
        ctx->n_dropped++;
      if (item == NULL)
        continue;
      item->z = 5;
      parity_chart_set_datum (item, ctx, &slice->row);
      if (label->inside)
        continue;
      item = parity_scene_add_path (ctx->scene, PARITY_ROLE_CONNECTOR, label->leader, 3,
                                    &theme->axis, MAX (0.5, theme->body_size / 16));
      parity_chart_set_datum (item, ctx, &slice->row);
    }
  center = center_layout (pie, total, placer, &center_origin);
  if (center != NULL)
    parity_label_placer_place (placer, center, PARITY_ROLE_SERIES_LABEL, &theme->text,
                               &center_origin, 1, FALSE);
  else if (pie->options.center_label != NULL && pie->r0 > 0)
    ctx->n_dropped++;
}

/* What the reader must know and the slices cannot show: the shares are not a whole, or
 * some are missing. It goes in a note under the pie and in the scene's warnings. */
static char *
make_note (ParityPie  *pie,
           double      total,
           const char *missing)
{
  ParityChartContext *ctx = pie->ctx;
  const char *period = parity_dataset_get_period (ctx->dataset, ctx->spec->period);
  GString *note = g_string_new (NULL);

  if (ctx->indicator->unit.kind == PARITY_UNIT_PERCENT && fabs (total - 100) > WHOLE_TOLERANCE)
    {
      g_autofree char *warning = g_strdup_printf (_("shares add up to %.1f%%, not 100%%"), total);

      ParityUnit percent = { PARITY_UNIT_PERCENT, parity_text_new_plain (ctx->lang, "%"), NULL,
                             1 };
      g_autofree char *sum = parity_format_value (total, 1, &percent, PARITY_QUALIFIER_EXACT,
                                                  ctx->lang, ctx->lang);
      g_autofree char *whole = parity_format_value (100, 0, &percent, PARITY_QUALIFIER_EXACT,
                                                    ctx->lang, ctx->lang);
      g_autofree char *text = parity_chart_word_with2 (ctx->lang, PARITY_WORD_SHARES_NOT_WHOLE,
                                                       sum, whole);

      parity_text_free (percent.symbol);
      parity_scene_add_warning (ctx->scene, warning);
      g_string_append (note, text);
    }
  if (*missing != '\0')
    {
      /* Translators: a list of entities, then a period. */
      g_autofree char *warning = g_strdup_printf (_("no data for %s in %s: left out of the "
                                                    "chart"), missing, period);

      g_autofree char *text = parity_chart_word_with2 (ctx->lang, PARITY_WORD_NO_DATA_FOR_IN,
                                                       missing, period);

      parity_scene_add_warning (ctx->scene, warning);
      g_string_append_printf (note, "%s%s", note->len ? " " : "", text);
    }
  return g_string_free (note, note->len == 0);
}

static void
describe (ParityPie  *pie,
          const char *note)
{
  ParityChartContext *ctx = pie->ctx;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *kind = parity_describe (ctx, pie->r0 > 0 ? PARITY_WORD_DESC_DONUT
                                                            : PARITY_WORD_DESC_PIE,
                                           parity_text_get (ctx->indicator->label, ctx->lang,
                                                            ctx->default_lang));
  g_autofree char *head = parity_describe_period (ctx, kind);

  for (guint i = 0; i < pie->slices->len; i++)
    {
      const ParityPieSlice *slice = &g_array_index (pie->slices, ParityPieSlice, i);
      char *item = parity_describe2 (ctx, PARITY_WORD_DESC_ITEM, slice->name, slice->value_text);

      parity_describe_record (ctx, &slice->row, NULL);
      if (slice->grouped != NULL)
        {
          char *grouped = parity_describe2 (ctx, PARITY_WORD_DESC_PAREN, item, slice->grouped);

          g_free (item);
          item = grouped;
        }
      g_ptr_array_add (items, item);
    }
  parity_describe_finish (ctx, head, items);
  if (note != NULL)
    g_string_append_printf (ctx->description, " %s", note);
}

static gboolean
pie_layout (ParityChartContext  *ctx,
            GError             **error)
{
  const ParityTheme *theme = ctx->theme;
  g_autoptr(GArray) slices = g_array_new (FALSE, TRUE, sizeof (ParityPieSlice));
  g_autoptr(GArray) labels = g_array_new (FALSE, TRUE, sizeof (ParityPieLabel));
  g_autoptr(GString) missing = g_string_new (NULL);
  g_autoptr(ParityText) percent_symbol = parity_text_new_plain (ctx->default_lang, "%");
  g_autofree char *note = NULL;
  gboolean donut = g_strcmp0 (ctx->spec->kind, "donut") == 0;
  ParityPie pie = { ctx, { donut ? DONUT_HOLE : 0, OTHER_BELOW }, slices };
  double total;

  if (ctx->spec->options != NULL)
    pie.options = *(const ParityPieOptions *)ctx->spec->options;
  g_array_set_clear_func (slices, slice_clear);
  g_array_set_clear_func (labels, _parity_pie_label_clear);
  pie.gap = round (theme->body_size * 0.5);
  pie.elbow = theme->body_size * 0.6;
  pie.percent = (ParityUnit) { PARITY_UNIT_PERCENT, percent_symbol, NULL, 1 };
  if (!make_slices (&pie, missing, &total, error))
    return FALSE;

  pie.font = parity_theme_get_font (theme, PARITY_TEXT_BODY, PANGO_WEIGHT_NORMAL);
  pie.bold = parity_theme_get_font (theme, PARITY_TEXT_BODY, PANGO_WEIGHT_BOLD);
  pie.small = parity_theme_get_font (theme, PARITY_TEXT_SMALL, PANGO_WEIGHT_NORMAL);
  pie.big = parity_theme_get_font (theme, PARITY_TEXT_TITLE, PANGO_WEIGHT_BOLD);
  pie.area = ctx->plot;
  note = make_note (&pie, total, missing->str);
  if (note != NULL)
    {
      g_autoptr(PangoLayout) layout = parity_pango_layout_new (note, pie.small);
      ParityRect box;

      pango_layout_set_width (layout, (int)(ctx->plot.width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
      pango_layout_set_height (layout, -3);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      box = parity_pango_measure (layout, 0, 0);
      parity_scene_add_text (ctx->scene, PARITY_ROLE_NOTES, layout, ctx->plot.x,
                             ctx->plot.y + ctx->plot.height - box.height, &theme->muted_text);
      pie.area.height -= box.height + pie.gap;
    }

  _parity_pie_choose_layout (&pie, labels);
  draw (&pie, labels, total);
  describe (&pie, note);
  pango_font_description_free (pie.font);
  pango_font_description_free (pie.bold);
  pango_font_description_free (pie.small);
  pango_font_description_free (pie.big);
  return TRUE;
}

static gboolean
parse (ParityChartParser *parser,
       JsonObject        *object,
       ParityChartSpec   *spec,
       gboolean           donut)
{
  ParityJsonReader *r = parser->reader;
  g_autofree ParityPieOptions *options = g_new0 (ParityPieOptions, 1);

  options->hole = donut ? DONUT_HOLE : 0;
  options->other_below = OTHER_BELOW;
  if (!parity_chart_parser_require_period (parser, spec) ||
      !_parity_json_reader_number (r, object, "hole", FALSE, &options->hole) ||
      !_parity_json_reader_number (r, object, "other_below", FALSE, &options->other_below))
    return FALSE;
  if (options->hole < 0 || options->hole > MAX_HOLE)
    return _parity_json_reader_fail_at (r, "hole", _("the hole is a share of the radius, from "
                                          "0 to %g"), MAX_HOLE);
  if (options->other_below < 0 || options->other_below > 50)
    return _parity_json_reader_fail_at (r, "other_below", _("the threshold is a percentage, "
                                          "from 0 (group nothing) to 50"));
  if (spec->series->len > 1)
    return _parity_json_reader_fail_at (r, "series",
                                        /* Translators: %s is pie or donut, as written in the
                                           file. */
                                        _("a %s chart shows one series"), spec->kind);
  if (spec->reference != PARITY_INDEX_NONE)
    return _parity_json_reader_fail_at (r, "reference",
                                        /* Translators: %s is pie or donut, as written in the
                                           file. */
                                        _("a %s chart has no reference line"),
                                        spec->kind);
  if (!_parity_json_reader_text (r, object, "center_label", FALSE, parser->lang,
                                 &options->center_label))
    return FALSE;
  /* Largest first is how a pie is read; "sort": "none" keeps the given order. */
  if (!json_object_has_member (object, "sort"))
    spec->sort = PARITY_SORT_DESCENDING;
  spec->options = g_steal_pointer (&options);
  spec->free_options = pie_options_free;
  return TRUE;
}

static gboolean
pie_parse (ParityChartParser *parser,
           JsonObject        *object,
           ParityChartSpec   *spec)
{
  return parse (parser, object, spec, FALSE);
}

static gboolean
donut_parse (ParityChartParser *parser,
             JsonObject        *object,
             ParityChartSpec   *spec)
{
  return parse (parser, object, spec, TRUE);
}

static const char * const pie_members[] = { "other_below", NULL };
static const char * const donut_members[] = { "hole", "center_label", "other_below", NULL };

const ParityChartKind parity_chart_kind_pie = {
  .name = "pie",
  .members = pie_members,
  .parse = pie_parse,
  .layout = pie_layout,
};

const ParityChartKind parity_chart_kind_donut = {
  .name = "donut",
  .members = donut_members,
  .parse = donut_parse,
  .layout = pie_layout,
};
