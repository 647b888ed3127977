/* parity-chart-groups.c
 *
 * A chart may name its own groups of entities — "groups": [{ "label": "LDCs", "entities":
 * ["AFG", …] }, …] — until groups come with the data. Each group takes the palette's colour
 * of its place in the list, an entity the first group that lists it, and a key across the
 * top of the plot says which colour is which. A group is its list of entities here; a
 * member naming a group of the dataset can later stand in place of "entities".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "parity-chart-groups.h"
#include "parity-pango.h"

static const char * const group_members[] = { "label", "entities", NULL };

void
parity_chart_group_free (gpointer data)
{
  ParityChartGroup *group = data;

  if (group == NULL)
    return;
  g_clear_pointer (&group->label, parity_text_free);
  g_clear_pointer (&group->entities, g_array_unref);
  g_free (group);
}

/* A group's "entities": ids of the dataset's entities, at least one. */
static gboolean
parse_entities (ParityChartParser *parser,
                JsonObject        *object,
                GArray            *out)
{
  ParityJsonReader *r = parser->reader;
  JsonArray *array = NULL;
  gsize mark;

  if (!_parity_json_reader_array (r, object, "entities", TRUE, &array))
    return FALSE;
  if (json_array_get_length (array) == 0)
    return _parity_json_reader_fail_at (r, "entities",
                                        /* Translators: keep "entities": the JSON member. */
                                        _("a group needs at least one id in \"entities\""));
  mark = _parity_json_reader_push_member (r, "entities");
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      const char *id = JSON_NODE_HOLDS_VALUE (node) &&
                       json_node_get_value_type (node) == G_TYPE_STRING
                       ? json_node_get_string (node) : NULL;
      guint32 entity = id ? parity_dataset_lookup_entity (parser->dataset, id)
                          : PARITY_INDEX_NONE;
      gsize item_mark = _parity_json_reader_push_index (r, i);

      if (id == NULL)
        return _parity_json_reader_fail (r, _("expected an entity id, found %s"),
                                         _parity_json_node_describe (node));
      if (entity == PARITY_INDEX_NONE)
        return _parity_json_reader_fail (r, _("no entity has the id \"%s\""), id);
      g_array_append_val (out, entity);
      _parity_json_reader_pop (r, item_mark);
    }
  _parity_json_reader_pop (r, mark);
  return TRUE;
}

/**
 * parity_chart_groups_parse:
 * @out: (out) (transfer full) (element-type ParityChartGroup): the groups, or %NULL when
 *   the chart names none
 *
 * Reads the chart's "groups", failing with the JSON path of what is wrong.
 */
gboolean
parity_chart_groups_parse (ParityChartParser  *parser,
                           JsonObject         *object,
                           GPtrArray         **out)
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
      JsonObject *item = NULL;
      gsize item_mark = _parity_json_reader_push_index (r, i);

      g_ptr_array_add (groups, group);
      group->entities = g_array_new (FALSE, FALSE, sizeof (guint32));
      if (!_parity_json_reader_object (r, json_array_get_element (array, i), &item) ||
          !_parity_json_reader_check_members (r, item, group_members) ||
          !_parity_json_reader_text (r, item, "label", TRUE, parser->lang, &group->label) ||
          !parse_entities (parser, item, group->entities))
        return FALSE;
      _parity_json_reader_pop (r, item_mark);
    }
  _parity_json_reader_pop (r, mark);
  *out = g_steal_pointer (&groups);
  return TRUE;
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
        parity_pango_layout_new (parity_text_get (group->label, ctx->lang, ctx->default_lang),
                                 font);
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
