/* parity-chart-kind.c: the registry of chart kinds and the data selection they share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "parity-chart-kind-private.h"
#include "parity-chart-latest.h"
#include "parity-chart-words.h"
#include "parity-economy-names.h"
#include "parity-error.h"
#include "parity-number-format.h"
#include "parity-theme-file.h"

extern const ParityChartKind parity_chart_kind_bar;
extern const ParityChartKind parity_chart_kind_line;
extern const ParityChartKind parity_chart_kind_dumbbell;
extern const ParityChartKind parity_chart_kind_range;
extern const ParityChartKind parity_chart_kind_pie;
extern const ParityChartKind parity_chart_kind_donut;
extern const ParityChartKind parity_chart_kind_strip;
extern const ParityChartKind parity_chart_kind_scatter;
extern const ParityChartKind parity_chart_kind_slope;
extern const ParityChartKind parity_chart_kind_map;

/* Adding a chart kind: one file defining its ParityChartKind, and one line here. */
static const ParityChartKind * const kinds[] = {
  &parity_chart_kind_bar,
  &parity_chart_kind_line,
  &parity_chart_kind_dumbbell,
  &parity_chart_kind_range,
  &parity_chart_kind_pie,
  &parity_chart_kind_donut,
  &parity_chart_kind_strip,
  &parity_chart_kind_scatter,
  &parity_chart_kind_slope,
  &parity_chart_kind_map,
};

const ParityChartKind *
parity_chart_kind_lookup (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (g_strcmp0 (kinds[i]->name, name) == 0)
      return kinds[i];
  return NULL;
}

const char *
parity_chart_kind_get_name (const ParityChartKind *kind)
{
  return kind->name;
}

/* The chart-object members @kind reads beyond the common ones; NULL-terminated, or NULL. */
const char * const *
parity_chart_kind_get_members (const ParityChartKind *kind)
{
  return kind->members;
}

/* Reads @kind's own members of @object into @spec and checks what the kind needs. */
gboolean
parity_chart_kind_parse (const ParityChartKind *kind,
                         ParityChartParser     *parser,
                         JsonObject            *object,
                         ParityChartSpec       *spec)
{
  return kind->parse == NULL || kind->parse (parser, object, spec);
}

/* The names of the registered kinds, NULL-terminated. */
const char * const *
parity_chart_kind_list (guint *n_kinds)
{
  static const char *names[G_N_ELEMENTS (kinds) + 1];

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    names[i] = kinds[i]->name;
  if (n_kinds != NULL)
    *n_kinds = G_N_ELEMENTS (kinds);
  return names;
}

char *
parity_chart_kind_list_names (const char *separator)
{
  GString *names = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      if (i > 0)
        g_string_append (names, separator);
      g_string_append (names, kinds[i]->name);
    }
  return g_string_free (names, FALSE);
}

guint
parity_chart_get_n_series (const ParityChartSpec *spec)
{
  return MAX (spec->series->len, 1);
}

/* NULL for a chart without "series": its one series is the chart itself. */
const ParitySeries *
parity_chart_get_series (const ParityChartSpec *spec,
                         guint                  i)
{
  if (spec->series->len == 0)
    return NULL;
  g_return_val_if_fail (i < spec->series->len, NULL);
  return &g_array_index (spec->series, ParitySeries, i);
}

/**
 * parity_chart_lookup:
 * @series: (nullable): the series, NULL for the chart's own
 * @period: a period, or %PARITY_INDEX_NONE for the series' (else the chart's)
 *
 * Fills @row with the value, or a missing row when there is none.
 *
 * Returns: whether there is an observation
 */
gboolean
parity_chart_lookup (ParityDataset         *dataset,
                     const ParityChartSpec *spec,
                     const ParitySeries    *series,
                     guint32                entity,
                     guint32                period,
                     ParityChartRow        *row)
{
  guint32 indicator = series ? series->indicator : spec->indicator;
  guint32 breakdown = series ? series->breakdown : spec->breakdown;
  const ParityIndicator *ind;
  ParityPeriodFilter filter;
  guint32 i;

  if (period != PARITY_INDEX_NONE)
    filter = (ParityPeriodFilter) { period, FALSE };
  else
    parity_period_filter_init (&filter, dataset, spec, series);
  *row = (ParityChartRow) { indicator, entity, filter.period, breakdown, PARITY_INDEX_NONE, NAN,
                            PARITY_QUALIFIER_MISSING, PARITY_INDEX_NONE };
  /* A chart of the latest values: the entity's most recent within the window. */
  if (filter.latest)
    {
      row->latest = row->period = filter.window.latest;
      i = parity_latest_find (&filter.window, dataset, indicator, entity, breakdown);
    }
  else
    i = parity_dataset_find_observation (dataset, indicator, entity, row->period, breakdown);
  if (i == PARITY_INDEX_NONE)
    return FALSE;
  ind = parity_dataset_get_indicator (dataset, indicator);
  row->period = ind->obs.period[i];
  row->observation = i;
  row->value = ind->obs.value[i];
  row->qualifier = ind->obs.qualifier[i];
  return TRUE;
}

/* The value of one entity for the chart's first series. */
gboolean
parity_chart_row_find (ParityDataset         *dataset,
                       const ParityChartSpec *spec,
                       guint32                entity,
                       ParityChartRow        *row)
{
  return parity_chart_lookup (dataset, spec, parity_chart_get_series (spec, 0), entity,
                              PARITY_INDEX_NONE, row);
}

static int
compare_rows (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  const ParityChartRow *ra = a, *rb = b;

  return parity_chart_compare_values (ra->value, rb->value, GPOINTER_TO_INT (user_data));
}

/* Orders two values in @direction (1 ascending, -1 descending), missing ones (NAN) last
 * whatever the direction. */
int
parity_chart_compare_values (double a,
                             double b,
                             int    direction)
{
  if (isnan (a) || isnan (b))
    return isnan (a) - isnan (b);
  if (a == b)
    return 0;
  return (a < b ? -1 : 1) * direction;
}

/**
 * parity_chart_select_entities:
 *
 * The categories a chart shows, in order: the spec's entities, or every entity with an
 * observation in any of the chart's series (at the chart's period, when it has one, or in
 * the window of its latest values), in dataset order; never the reference entity.
 *
 * Returns: (transfer full) (element-type guint32): entity indices
 */
GArray *
parity_chart_select_entities (ParityDataset         *dataset,
                              const ParityChartSpec *spec)
{
  GArray *entities = g_array_new (FALSE, FALSE, sizeof (guint32));
  guint n_entities = parity_dataset_get_n_entities (dataset);
  g_autofree gboolean *seen = NULL;

  if (spec->entities != NULL)
    {
      for (guint i = 0; i < spec->entities->len; i++)
        if (g_array_index (spec->entities, guint32, i) != spec->reference)
          g_array_append_val (entities, g_array_index (spec->entities, guint32, i));
      return entities;
    }

  seen = g_new0 (gboolean, n_entities);
  for (guint s = 0; s < parity_chart_get_n_series (spec); s++)
    {
      const ParitySeries *series = parity_chart_get_series (spec, s);
      const ParityIndicator *ind =
        parity_dataset_get_indicator (dataset, series ? series->indicator : spec->indicator);
      guint32 breakdown = series ? series->breakdown : spec->breakdown;
      ParityPeriodFilter filter;

      parity_period_filter_init (&filter, dataset, spec, series);
      for (guint i = 0; i < ind->obs.len; i++)
        if (ind->obs.breakdown[i] == breakdown &&
            parity_period_filter_takes (&filter, dataset, ind, i))
          seen[ind->obs.entity[i]] = TRUE;
    }
  for (guint32 e = 0; e < n_entities; e++)
    if (seen[e] && e != spec->reference)
      g_array_append_val (entities, e);
  return entities;
}

/**
 * parity_chart_select_rows:
 *
 * One row per category for the chart's first series (an entity without a value gets a
 * missing row, so the gap shows), sorted as the spec asks (stable).
 *
 * Returns: (transfer full) (element-type ParityChartRow): the rows
 */
GArray *
parity_chart_select_rows (ParityDataset         *dataset,
                          const ParityChartSpec *spec)
{
  g_autoptr(GArray) entities = parity_chart_select_entities (dataset, spec);
  GArray *rows = g_array_sized_new (FALSE, FALSE, sizeof (ParityChartRow), entities->len);

  for (guint i = 0; i < entities->len; i++)
    {
      ParityChartRow row;

      parity_chart_row_find (dataset, spec, g_array_index (entities, guint32, i), &row);
      g_array_append_val (rows, row);
    }
  if (spec->sort != PARITY_SORT_NONE)
    g_array_sort_with_data (rows, compare_rows,
                            GINT_TO_POINTER (spec->sort == PARITY_SORT_ASCENDING ? 1 : -1));
  return rows;
}

const ParityIndicator *
parity_chart_series_indicator (ParityChartContext *ctx,
                               guint               i)
{
  const ParitySeries *series = parity_chart_get_series (ctx->spec, i);

  return parity_dataset_get_indicator (ctx->dataset,
                                       series ? series->indicator : ctx->spec->indicator);
}

/* A series is named by its label, else by what sets it apart: its breakdown value
 * ("female"), its period, or its indicator. */
const char *
parity_chart_series_label (ParityChartContext *ctx,
                           guint               i)
{
  const ParitySeries *series = parity_chart_get_series (ctx->spec, i);
  const char *breakdown;

  if (series == NULL)
    return parity_text_get (ctx->indicator->label, ctx->lang, ctx->default_lang);
  if (series->label != NULL)
    return parity_text_get (series->label, ctx->lang, ctx->default_lang);
  if (series->period != PARITY_INDEX_NONE)
    return parity_dataset_get_period (ctx->dataset, series->period);
  breakdown = parity_dataset_get_breakdown (ctx->dataset, series->breakdown);
  if (series->breakdown != 0 && strchr (breakdown, '=') != NULL)
    return strchr (breakdown, '=') + 1;
  return parity_text_get (parity_chart_series_indicator (ctx, i)->label, ctx->lang,
                          ctx->default_lang);
}

/* A value as a chart writes it; in a chart of the latest values, one from before the
 * indicator's latest period with its own in parentheses: "62% (2021)". */
char *
parity_chart_format_row (ParityChartContext   *ctx,
                         const ParityChartRow *row)
{
  const ParityIndicator *ind = parity_dataset_get_indicator (ctx->dataset, row->indicator);
  g_autofree char *value = parity_format_value (row->value, ind->decimals, &ind->unit,
                                                row->qualifier, ctx->lang, ctx->default_lang);
  const char *period;

  if (!ctx->spec->latest || row->latest == PARITY_INDEX_NONE ||
      row->observation == PARITY_INDEX_NONE || row->period == row->latest ||
      (period = parity_dataset_get_period_label (ctx->dataset, row->period)) == NULL)
    return g_steal_pointer (&value);
  return parity_chart_word_with2 (ctx->lang, PARITY_WORD_DESC_PAREN, value, period);
}

/* Series @i's colour: the one a theme file gives its breakdown's value ("sex=female":
 * "female"), else the palette's, in order. */
const ParityColor *
parity_chart_series_color (ParityChartContext *ctx,
                           guint               i)
{
  const ParitySeries *series = parity_chart_get_series (ctx->spec, i);
  const ParityColor *own = NULL;

  if (series != NULL && series->breakdown != 0 && ctx->theme->file != NULL)
    {
      const char *breakdown = parity_dataset_get_breakdown (ctx->dataset, series->breakdown);

      own = parity_theme_group_color (ctx->theme, strchr (breakdown, '=') != NULL
                                                  ? strchr (breakdown, '=') + 1 : breakdown);
    }
  return own != NULL ? own : &ctx->theme->palette[i % G_N_ELEMENTS (ctx->theme->palette)];
}

/* The colour of the @i-th mark, which shows @entity: in a chart of one series, the one a
 * theme file gives the entity's id ("WLD", "EUR"); else series @i's. */
const ParityColor *
parity_chart_entity_color (ParityChartContext *ctx,
                           guint32             entity,
                           guint               i)
{
  const ParityColor *own = NULL;

  if (ctx->spec->series->len <= 1 && entity < parity_dataset_get_n_entities (ctx->dataset))
    own = parity_theme_group_color (ctx->theme, parity_dataset_get_entity (ctx->dataset,
                                                                           entity)->id);
  return own != NULL ? own : parity_chart_series_color (ctx, i);
}

/**
 * parity_chart_parser_read_entities:
 * @out: (inout): the array to append to, made when NULL and the member is there
 *
 * Reads @member of @object, a list of entity ids, as entity indices; an id no entity has is
 * an error at its JSON path.
 */
gboolean
parity_chart_parser_read_entities (ParityChartParser  *parser,
                                   JsonObject         *object,
                                   const char         *member,
                                   gboolean            required,
                                   GArray            **out)
{
  ParityJsonReader *r = parser->reader;
  JsonArray *array = NULL;
  gsize mark;

  if (!_parity_json_reader_array (r, object, member, required, &array))
    return FALSE;
  if (array == NULL)
    return TRUE;
  if (*out == NULL)
    *out = g_array_new (FALSE, FALSE, sizeof (guint32));
  mark = _parity_json_reader_push_member (r, member);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      gsize item_mark = _parity_json_reader_push_index (r, i);
      guint32 entity;

      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
        return _parity_json_reader_fail (r, _("expected an entity id, found %s"),
                                         _parity_json_node_describe (node));
      entity = parity_dataset_lookup_entity (parser->dataset, json_node_get_string (node));
      if (entity == PARITY_INDEX_NONE)
        return _parity_json_reader_fail (r, _("no entity has the id \"%s\""),
                                         json_node_get_string (node));
      g_array_append_val (*out, entity);
      _parity_json_reader_pop (r, item_mark);
    }
  _parity_json_reader_pop (r, mark);
  return TRUE;
}

/* The left edge of a label @width wide centred on @at, kept inside the plot: a tick label
 * under a horizontal axis. */
double
parity_chart_centred_left (ParityChartContext *ctx,
                           double              at,
                           double              width)
{
  return CLAMP (at - width / 2, ctx->plot.x, ctx->plot.x + ctx->plot.width - width);
}

/* Whether labels @width[i] wide centred on @at[i] (kept inside the plot) stand at least
 * @gap apart, left to right. */
gboolean
parity_chart_centred_labels_fit (ParityChartContext *ctx,
                                 const double       *at,
                                 const double       *width,
                                 guint               n,
                                 double              gap)
{
  double previous_end = -INFINITY;

  for (guint i = 0; i < n; i++)
    {
      double left = parity_chart_centred_left (ctx, at[i], width[i]);

      if (left < previous_end + gap)
        return FALSE;
      previous_end = left + width[i];
    }
  return TRUE;
}

/* For kinds that show one period: the chart's, or one per series. */
gboolean
parity_chart_parser_require_period (ParityChartParser *parser,
                                    ParityChartSpec   *spec)
{
  if (spec->period != PARITY_INDEX_NONE)
    return TRUE;
  for (guint i = 0; i < spec->series->len; i++)
    if (g_array_index (spec->series, ParitySeries, i).period == PARITY_INDEX_NONE)
      return _parity_json_reader_fail (parser->reader,
                                       /* Translators: %s is the chart kind as written in the
                                          file (bar, pie…); keep "period", the JSON member. */
                                       _("a %s chart needs a \"period\" (for "
                                         "the chart, or for every series)"), spec->kind);
  return spec->series->len > 0 ||
         _parity_json_reader_fail (parser->reader,
                                   /* Translators: %s is the chart kind as written in the file
                                      (bar, pie…); keep "period", the JSON member. */
                                   _("a %s chart needs a \"period\""),
                                   spec->kind);
}

const char *
parity_chart_entity_label (ParityChartContext *ctx,
                           guint32             entity,
                           gboolean            prefer_short)
{
  return parity_entity_label (parity_dataset_get_entity (ctx->dataset, entity), ctx->lang,
                              ctx->default_lang, prefer_short);
}

static gboolean
text_contains (const char *text,
               const char *folded_name)
{
  g_autofree char *folded = text ? g_utf8_casefold (text, -1) : NULL;

  return folded != NULL && strstr (folded, folded_name) != NULL;
}

/* Whether the chart's title or subtitle already names NAME (an entity or a series), so
 * that a chart of that one line or series need not name it again; a NULL or empty NAME
 * is named nowhere. */
gboolean
parity_chart_title_names (ParityChartContext *ctx,
                          const char         *name)
{
  g_autofree char *folded = NULL;

  if (name == NULL || *name == '\0')
    return FALSE;
  folded = g_utf8_casefold (name, -1);
  return text_contains (parity_text_get (ctx->spec->title, ctx->lang, ctx->default_lang), folded) ||
         text_contains (parity_text_get (ctx->spec->subtitle, ctx->lang, ctx->default_lang),
                        folded);
}

/**
 * parity_chart_set_crowded_error:
 * @canvas_bound: whether a larger canvas would make room (bars), or the limit is a number
 *   (pie slices)
 * @format: what does not fit, e.g. "300 bars do not fit a plot 218 pt high"
 *
 * Sets @error (%PARITY_ERROR_CROWDED) to @format, prefixed with the chart's id and followed by
 * how to show less: a chart with too many marks is refused rather than drawn unreadably.
 */
void
parity_chart_set_crowded_error (ParityChartContext  *ctx,
                                gboolean             canvas_bound,
                                GError             **error,
                                const char          *format,
                                ...)
{
  g_autofree char *what = NULL;
  va_list args;

  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error (error, PARITY_ERROR, PARITY_ERROR_CROWDED,
               canvas_bound
               /* Translators: a chart's id, then what does not fit (e.g. "300 bars do not fit a
                  plot 218 pt high"). "entities" is the chart's member, typed as is; "Shown" is
                  the inspector's list of entities and must match its translation. */
               ? _("chart \"%s\": %s; choose fewer entities to show (the chart's \"entities\", "
                   "or Shown in the inspector) or a larger canvas")
               /* Translators: as above, when a larger canvas would not help. */
               : _("chart \"%s\": %s; choose fewer entities to show (the chart's \"entities\", "
                   "or Shown in the inspector)"), ctx->spec->id, what);
}

gboolean
parity_chart_is_highlighted (const ParityChartSpec *spec,
                             guint32                entity)
{
  for (guint i = 0; i < spec->highlight->len; i++)
    if (g_array_index (spec->highlight, guint32, i) == entity)
      return TRUE;
  return FALSE;
}

ParityDatum
parity_chart_row_datum (ParityChartContext   *ctx,
                        const ParityChartRow *row)
{
  return (ParityDatum) {
    .indicator = row->indicator,
    .entity = row->entity,
    .period = row->period,
    .breakdown = row->breakdown,
    .observation = row->observation,
    .value = row->value,
    .qualifier = row->qualifier,
  };
}

/* The one way a mark or label (which may be NULL: a dropped label) gets the datum it
 * stands for. Returns @item. */
ParityItem *
parity_chart_set_datum (ParityItem           *item,
                        ParityChartContext   *ctx,
                        const ParityChartRow *row)
{
  if (item != NULL)
    {
      item->has_datum = TRUE;
      item->datum = parity_chart_row_datum (ctx, row);
    }
  return item;
}

/**
 * parity_chart_common_members:
 *
 * Returns: (transfer none): the chart members every kind reads; the others are the kind's
 */
const char * const *
parity_chart_common_members (void)
{
  static const char * const common[] = { "id", "kind", "title", "subtitle", "notes",
                                         "indicator", "period", "entities", "breakdown",
                                         "sort", "highlight", "reference", "series",
                                         "preset", "lang", "palette", "source", "description",
                                         "tolerance", "scale_group", "bands", "targets",
                                         "annotations", "facet", NULL };

  return common;
}
