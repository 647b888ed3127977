/* parity-chart-groups.c
 *
 * The one reader of the groups a chart names — "groups": [...] of the strip chart, the
 * scatter plot and the slope chart — each group in one of two forms:
 *
 *   { "label": TEXT, "entities": [ID, …] }           its members listed
 *   { "group": ID, "label": TEXT }                     a group by id, "label" optional
 *
 * A group by id is the dataset's own (its top-level "groups"), else one of the bundled
 * classification of economies (ldc, income-low, itu-africa…: the dataset's economies in
 * it), resolved as "entities": {"group": ID} is; its label defaults to the group's name in
 * the chart's language. A kind that draws a group's own value (the strip) lets a group name
 * it, "aggregate": ID; the others refuse the member. Each group takes the palette's colour
 * of its place in the list, an entity the first group that lists it, and a key across the
 * top of the plot says which colour is which.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "parity-chart-groups.h"
#include "parity-economies.h"
#include "parity-pango.h"

static const char * const group_members[] = { "label", "entities", "group", "aggregate", NULL };

/* The classification's groups that charts name in their own language when a group by id
 * has no label; M49 sub-regions have no such name and need one. */
static const struct { const char *group; ParityWord word; } group_words[] = {
  { "ldc", PARITY_WORD_AGGREGATE_LDC },
  { "lldc", PARITY_WORD_AGGREGATE_LLDC },
  { "sids", PARITY_WORD_AGGREGATE_SIDS },
  { "income-low", PARITY_WORD_AGGREGATE_LIC },
  { "income-lower-middle", PARITY_WORD_AGGREGATE_LMC },
  { "income-upper-middle", PARITY_WORD_AGGREGATE_UMC },
  { "income-high", PARITY_WORD_AGGREGATE_HIC },
  { "itu-africa", PARITY_WORD_GROUP_ITU_AFRICA },
  { "itu-americas", PARITY_WORD_GROUP_ITU_AMERICAS },
  { "itu-arab-states", PARITY_WORD_GROUP_ITU_ARAB_STATES },
  { "itu-asia-pacific", PARITY_WORD_GROUP_ITU_ASIA_PACIFIC },
  { "itu-cis", PARITY_WORD_GROUP_ITU_CIS },
  { "itu-europe", PARITY_WORD_GROUP_ITU_EUROPE },
  { "africa", PARITY_WORD_GROUP_AFRICA },
  { "americas", PARITY_WORD_GROUP_AMERICAS },
  { "asia", PARITY_WORD_GROUP_ASIA },
  { "europe", PARITY_WORD_GROUP_EUROPE },
  { "oceania", PARITY_WORD_GROUP_OCEANIA },
};

void
parity_chart_group_free (gpointer data)
{
  ParityChartGroup *group = data;

  if (group == NULL)
    return;
  g_clear_pointer (&group->label, parity_text_free);
  g_clear_pointer (&group->entities, g_array_unref);
  g_free (group->id);
  g_free (group);
}

static ParityText *
text_copy (const ParityText *text)
{
  ParityText *copy = parity_text_new ();

  for (guint i = 0; i < parity_text_get_n_langs (text); i++)
    {
      const char *lang = parity_text_get_lang (text, i);

      parity_text_set (copy, lang, parity_text_get_exact (text, lang));
    }
  return copy;
}

/* Reads @object's "group", an id, and appends the members of that group: the dataset's
 * own group of that id (whose label @own gets, if not NULL), else the dataset's economies
 * in the classification's group, in the dataset's order. Errors are at "group". */
static gboolean
read_group_by_id (ParityChartParser  *parser,
                  JsonObject         *object,
                  GArray            **out,
                  const char        **id,
                  const ParityGroup **own)
{
  ParityJsonReader *r = parser->reader;
  ParityDataset *dataset = parser->dataset;
  ParityClassification *classification;
  const char *group = NULL;
  GError *error = NULL;
  guint32 index;

  if (!_parity_json_reader_id (r, object, "group", TRUE, &group))
    return FALSE;
  if (*out == NULL)
    *out = g_array_new (FALSE, FALSE, sizeof (guint32));
  *id = group;
  if ((index = parity_dataset_lookup_group (dataset, group)) != PARITY_INDEX_NONE)
    {
      const GArray *list = parity_dataset_get_group (dataset, index)->members;

      g_array_append_vals (*out, list->data, list->len);
      if (own != NULL)
        *own = parity_dataset_get_group (dataset, index);
      return TRUE;
    }
  if ((classification = parity_classification_get_default (&error)) == NULL)
    {
      _parity_json_reader_fail_at (r, "group", "%s", error->message);
      g_error_free (error);
      return FALSE;
    }
  if (!parity_classification_has_group (classification, group))
    {
      g_autofree char *known = parity_classification_list_groups (classification, ", ");

      return _parity_json_reader_fail_at (r, "group",
                                          /* Translators: the group found, then the known
                                             ones, which stay as they are: ldc, sids,
                                             itu-europe… */
                                          _("unknown group \"%s\" (known: %s)"), group, known);
    }
  for (guint32 e = 0; e < parity_dataset_get_n_entities (dataset); e++)
    {
      const ParityEntity *entity = parity_dataset_get_entity (dataset, e);
      const ParityEconomy *economy = parity_economies_lookup (entity->id);

      if (economy != NULL && g_str_equal (economy->alpha3, entity->id) &&
          parity_economy_in_group (economy, group))
        g_array_append_val (*out, e);
    }
  return (*out)->len > 0 ||
         _parity_json_reader_fail_at (r, "group",
                                      /* Translators: %s is a group id such as ldc. */
                                      _("no entity of the dataset is in the group \"%s\""),
                                      group);
}

/**
 * parity_chart_parser_read_group:
 * @object: an object whose "group" names a group: {"group": "ldc"}
 * @out: (inout): the array to append the group's members to, made when NULL
 *
 * Selects entities by group, as "entities": {"group": ID} and a chart's groups do.
 */
gboolean
parity_chart_parser_read_group (ParityChartParser  *parser,
                                JsonObject         *object,
                                GArray            **out)
{
  const char *id = NULL;

  return read_group_by_id (parser, object, out, &id, NULL);
}

/* The group's label when it has none: its own group's, or the classification's words. */
static gboolean
default_label (ParityChartParser *parser,
               ParityChartGroup  *group,
               const char        *id,
               const ParityGroup *own)
{
  if (group->label != NULL)
    return TRUE;
  if (own != NULL)
    {
      group->label = text_copy (own->label);
      return TRUE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (group_words); i++)
    if (g_str_equal (group_words[i].group, id))
      {
        group->word = group_words[i].word;
        return TRUE;
      }
  return _parity_json_reader_fail_at (parser->reader, "group",
                                      /* Translators: %s is a group id such as eastern-asia;
                                         keep "label", the JSON member. */
                                      _("the group \"%s\" has no name in the chart's "
                                        "languages: give it a \"label\""), id);
}

/* One group: its label, its members (each once) and, for kinds that draw it, its
 * aggregate. */
static gboolean
read_group (ParityChartParser      *parser,
            const ParityChartSpec  *spec,
            ParityChartGroupsFlags  flags,
            JsonNode               *node,
            ParityChartGroup       *group)
{
  ParityJsonReader *r = parser->reader;
  g_autoptr(GArray) listed = NULL;
  const ParityGroup *own = NULL;
  JsonObject *object = NULL;
  const char *aggregate = NULL, *id = NULL;
  gboolean by_id;

  if (!_parity_json_reader_object (r, node, &object) ||
      !_parity_json_reader_check_members (r, object, group_members))
    return FALSE;
  by_id = json_object_has_member (object, "group");
  if (by_id && json_object_has_member (object, "entities"))
    return _parity_json_reader_fail (r,
                                     /* Translators: keep "entities" and "group": JSON
                                        members. */
                                     _("a group takes its members from \"entities\" or from "
                                       "\"group\", not both"));
  if (!by_id && !json_object_has_member (object, "entities"))
    return _parity_json_reader_fail (r,
                                     /* Translators: keep "entities" and "group": JSON
                                        members. */
                                     _("a group needs members: list their ids in "
                                       "\"entities\", or name a group of economies in "
                                       "\"group\""));
  if (!_parity_json_reader_text (r, object, "label", !by_id, parser->lang, &group->label))
    return FALSE;
  if (by_id)
    {
      if (!read_group_by_id (parser, object, &listed, &id, &own) ||
          !default_label (parser, group, id, own))
        return FALSE;
      group->id = g_strdup (id);
    }
  else
    {
      if (!parity_chart_parser_read_entities (parser, object, "entities", TRUE, &listed))
        return FALSE;
      if (listed->len == 0)
        return _parity_json_reader_fail_at (r, "entities",
                                            /* Translators: keep "entities", a JSON member. */
                                            _("the group has no members: list the ids of its "
                                              "entities in \"entities\""));
    }
  group->entities = g_array_new (FALSE, FALSE, sizeof (guint32));
  for (guint i = 0; i < listed->len; i++)
    {
      guint32 entity = g_array_index (listed, guint32, i);
      gboolean seen = FALSE;

      for (guint j = 0; j < group->entities->len && !seen; j++)
        seen = g_array_index (group->entities, guint32, j) == entity;
      if (!seen)
        g_array_append_val (group->entities, entity);
    }
  if (!_parity_json_reader_string (r, object, "aggregate", FALSE, &aggregate))
    return FALSE;
  if (aggregate == NULL)
    return TRUE;
  if (flags != PARITY_CHART_GROUPS_WITH_AGGREGATE)
    return _parity_json_reader_fail_at (r, "aggregate",
                                        /* Translators: %s is the chart kind as written in the
                                           file (scatter, slope); keep "aggregate", the JSON
                                           member. */
                                        _("a %s chart draws no aggregate of a group: leave "
                                          "\"aggregate\" out"), spec->kind);
  group->aggregate = parity_dataset_lookup_entity (parser->dataset, aggregate);
  return group->aggregate != PARITY_INDEX_NONE ||
         _parity_json_reader_fail_at (r, "aggregate", _("no entity has the id \"%s\""),
                                      aggregate);
}

/**
 * parity_chart_groups_parse:
 * @flags: whether the kind draws a group's "aggregate"
 * @out: (out) (transfer full) (element-type ParityChartGroup): the groups, or %NULL when
 *   the chart names none
 *
 * Reads the chart's "groups", failing with the JSON path of what is wrong.
 */
gboolean
parity_chart_groups_parse (ParityChartParser       *parser,
                           JsonObject              *object,
                           const ParityChartSpec   *spec,
                           ParityChartGroupsFlags   flags,
                           GPtrArray              **out)
{
  ParityJsonReader *r = parser->reader;
  g_autoptr(GPtrArray) groups = NULL;
  JsonArray *array = NULL;
  gsize mark;

  *out = NULL;
  if (!_parity_json_reader_array (r, object, "groups", FALSE, &array))
    return FALSE;
  if (array == NULL)
    return TRUE;
  if (json_array_get_length (array) == 0)
    return _parity_json_reader_fail_at (r, "groups",
                                        /* Translators: keep "groups": the JSON member. */
                                        _("\"groups\" is empty: name at least one group, or "
                                          "leave the member out"));
  groups = g_ptr_array_new_with_free_func (parity_chart_group_free);
  mark = _parity_json_reader_push_member (r, "groups");
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      ParityChartGroup *group = g_new0 (ParityChartGroup, 1);
      gsize item_mark = _parity_json_reader_push_index (r, i);

      group->aggregate = PARITY_INDEX_NONE;
      g_ptr_array_add (groups, group);
      if (!read_group (parser, spec, flags, json_array_get_element (array, i), group))
        return FALSE;
      _parity_json_reader_pop (r, item_mark);
    }
  _parity_json_reader_pop (r, mark);
  *out = g_steal_pointer (&groups);
  return TRUE;
}

/* The group's name in the chart's language. */
const char *
parity_chart_group_label (ParityChartContext     *ctx,
                          const ParityChartGroup *group)
{
  return group->label != NULL ? parity_text_get (group->label, ctx->lang, ctx->default_lang)
                              : parity_chart_word (ctx->lang, group->word);
}

/* The first group that lists @entity, or -1. */
int
parity_chart_groups_find (GPtrArray *groups,
                          guint32    entity)
{
  for (guint g = 0; groups != NULL && g < groups->len; g++)
    {
      const ParityChartGroup *group = g_ptr_array_index (groups, g);

      for (guint i = 0; i < group->entities->len; i++)
        if (g_array_index (group->entities, guint32, i) == entity)
          return (int)g;
    }
  return -1;
}

/* Group @group's colour: the palette's, in order; the muted mark colour for none (-1). */
const ParityColor *
parity_chart_groups_color (ParityChartContext *ctx,
                           int                 group)
{
  return group < 0 ? &ctx->theme->mark_muted : parity_chart_series_color (ctx, (guint)group);
}

/**
 * parity_chart_groups_add_key:
 * @y: where the key's first row goes
 * @draw: %FALSE to measure only
 *
 * A key of each group's colour and label, in rows across the plot from its left edge.
 *
 * Returns: the key's height
 */
double
parity_chart_groups_add_key (ParityChartContext         *ctx,
                             GPtrArray                  *groups,
                             const PangoFontDescription *font,
                             double                      y,
                             gboolean                    draw)
{
  const ParityRect *plot = &ctx->plot;
  double size = ctx->theme->body_size, swatch = size * 1.2, gap = size * 0.4;
  double x = plot->x, row = y, row_h = 0;

  for (guint g = 0; groups != NULL && g < groups->len; g++)
    {
      const ParityChartGroup *group = g_ptr_array_index (groups, g);
      g_autoptr(PangoLayout) layout =
        parity_pango_layout_new (parity_chart_group_label (ctx, group), font);
      double h = parity_pango_height (layout), w;

      if (parity_pango_width (layout) > plot->width - swatch - gap)
        {
          pango_layout_set_width (layout, (int)((plot->width - swatch - gap) * PANGO_SCALE));
          pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
        }
      w = swatch + gap * 0.5 + parity_pango_width (layout);
      if (x > plot->x && x + w > plot->x + plot->width)
        {
          x = plot->x;
          row += row_h + gap * 0.5;
          row_h = 0;
        }
      row_h = MAX (row_h, h);
      if (draw)
        {
          parity_scene_add_line (ctx->scene, PARITY_ROLE_LEGEND, x, row + h / 2, x + swatch,
                                 row + h / 2, parity_chart_groups_color (ctx, (int)g),
                                 MAX (1.5, size * 0.22));
          parity_scene_add_text (ctx->scene, PARITY_ROLE_LEGEND, layout,
                                 x + swatch + gap * 0.5, row, &ctx->theme->text);
        }
      x += w + gap * 2;
    }
  return groups == NULL || groups->len == 0 ? 0 : row + row_h - y;
}
