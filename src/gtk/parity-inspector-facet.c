/* parity-inspector-facet.c: the inspector's Panels and Panel Axes rows — whether a chart is
 * drawn in panels (small multiples), by what, and whether the panels share their axes
 *
 * The rows read and write the chart's "facet" member of its JSON, each choice one edit of
 * the chart, undone as one and checked by the document as any other: a choice the data
 * cannot make (more than 24 entities, a panel without data) is refused with the loader's
 * message, under the inspector.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-gtk"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "parity-chart-facet.h"
#include "parity-inspector-private.h"
#include "parity-words.h"

/* The Panels row's choices, in order. */
typedef enum
{
  PANELS_NONE,
  PANELS_BY_REGION,     /* by group: the six ITU regions, or the groups the chart names */
  PANELS_BY_ENTITY,     /* the chart's entities */
  PANELS_BY_INDICATOR,  /* the dataset's indicators in the chart's unit */
  N_PANELS
} Panels;

static const char * const itu_regions[] = { "itu-africa", "itu-americas", "itu-arab-states",
                                            "itu-asia-pacific", "itu-cis", "itu-europe" };

static JsonObject *
facet_of (JsonObject *chart)
{
  JsonNode *node = json_object_get_member (chart, "facet");

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

/* What the rows show of @spec: its Panels choice, and whether its axes are free. */
static Panels
panels_of (const ParityChartSpec *spec,
           gboolean              *free_axes)
{
  const ParityFacet *facet = spec != NULL ? parity_chart_get_facet (spec) : NULL;

  *free_axes = facet != NULL && facet->free_axes;
  if (facet == NULL)
    return PANELS_NONE;
  return facet->by == PARITY_FACET_BY_GROUP ? PANELS_BY_REGION
         : facet->by == PARITY_FACET_BY_ENTITY ? PANELS_BY_ENTITY
         : PANELS_BY_INDICATOR;
}

static const ParityChartSpec *
spec_of (ParityInspector *self)
{
  if (self->document == NULL || self->chart_id == NULL)
    return NULL;
  return parity_dataset_find_chart (parity_document_get_dataset (self->document),
                                    self->chart_id);
}

/* The indicators of the chart's unit, the chart's first, at most PARITY_FACET_MAX_PANELS. */
static JsonArray *
indicators_like (ParityDataset         *dataset,
                 const ParityChartSpec *spec)
{
  const ParityIndicator *own = parity_dataset_get_indicator (dataset, spec->indicator);
  JsonArray *array = json_array_new ();

  json_array_add_string_element (array, own->id);
  for (guint i = 0; i < parity_dataset_get_n_indicators (dataset); i++)
    {
      const ParityIndicator *ind = parity_dataset_get_indicator (dataset, i);

      if (i != spec->indicator && ind->unit.kind == own->unit.kind &&
          ind->unit.scale == own->unit.scale &&
          json_array_get_length (array) < PARITY_FACET_MAX_PANELS)
        json_array_add_string_element (array, ind->id);
    }
  return array;
}

static void
edit_panels (ParityInspector *self,
             JsonObject      *chart,
             gpointer         data)
{
  guint selected = adw_combo_row_get_selected (self->panels_row);
  const ParityChartSpec *spec = spec_of (self);
  JsonObject *old = facet_of (chart), *facet;
  const char *by = old != NULL ? json_object_get_string_member_with_default (old, "by", NULL)
                               : NULL;

  if (selected == PANELS_NONE || selected >= N_PANELS || spec == NULL)
    {
      json_object_remove_member (chart, "facet");
      return;
    }
  facet = json_object_new ();
  if (old != NULL && json_object_has_member (old, "axes"))
    json_object_set_member (facet, "axes", json_node_copy (json_object_get_member (old,
                                                                                   "axes")));
  switch ((Panels)selected)
    {
    case PANELS_BY_REGION:
      json_object_set_string_member (facet, "by", "group");
      /* The chart's own groups stay; else the ITU's regions. */
      if (g_strcmp0 (by, "group") == 0 && json_object_has_member (old, "groups"))
        json_object_set_member (facet, "groups",
                                json_node_copy (json_object_get_member (old, "groups")));
      else
        {
          JsonArray *groups = json_array_new ();

          for (guint i = 0; i < G_N_ELEMENTS (itu_regions); i++)
            {
              JsonObject *group = json_object_new ();

              json_object_set_string_member (group, "group", itu_regions[i]);
              json_array_add_object_element (groups, group);
            }
          json_object_set_array_member (facet, "groups", groups);
        }
      break;
    case PANELS_BY_ENTITY:
      json_object_set_string_member (facet, "by", "entity");
      break;
    case PANELS_BY_INDICATOR:
    default:
      json_object_set_string_member (facet, "by", "indicator");
      json_object_set_array_member (facet, "indicators",
                                    indicators_like (parity_document_get_dataset (
                                                       self->document), spec));
      break;
    }
  json_object_set_object_member (chart, "facet", facet);
}

static void
edit_axes (ParityInspector *self,
           JsonObject      *chart,
           gpointer         data)
{
  JsonObject *facet = facet_of (chart);

  if (facet == NULL)
    return;
  if (adw_combo_row_get_selected (self->panel_axes_row) == 1)
    json_object_set_string_member (facet, "axes", "free");
  else
    json_object_remove_member (facet, "axes");
}

/* A row set back to what the chart has, after a refused choice, is no edit: it would clear
 * the refusal's message. */
static void
on_panels_changed (ParityInspector *self)
{
  gboolean free_axes;

  if (adw_combo_row_get_selected (self->panels_row) != panels_of (spec_of (self), &free_axes))
    _parity_inspector_edit (self, edit_panels, NULL, NULL);
}

static void
on_axes_changed (ParityInspector *self)
{
  gboolean free_axes;

  panels_of (spec_of (self), &free_axes);
  if (adw_combo_row_get_selected (self->panel_axes_row) != (guint)free_axes)
    _parity_inspector_edit (self, edit_axes, NULL, NULL);
}

void
_parity_inspector_facet_sync (ParityInspector       *self,
                              const ParityChartSpec *spec)
{
  gboolean shown = parity_chart_kind_has_panels (spec->kind), free_axes;
  Panels selected = panels_of (spec, &free_axes);

  gtk_widget_set_visible (GTK_WIDGET (self->panels_row), shown);
  gtk_widget_set_visible (GTK_WIDGET (self->panel_axes_row), shown && selected != PANELS_NONE);
  adw_combo_row_set_selected (self->panels_row, selected);
  adw_combo_row_set_selected (self->panel_axes_row, free_axes);
}

static AdwComboRow *
combo_row (const char         *title,
           const char * const *choices)
{
  AdwComboRow *row = ADW_COMBO_ROW (adw_combo_row_new ());
  g_autoptr(GtkStringList) list = gtk_string_list_new (choices);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (row, G_LIST_MODEL (list));
  return row;
}

/* The two rows, at the end of the group that holds the Sort row. */
void
_parity_inspector_facet_init (ParityInspector *self)
{
  const char *panels[] = {
    /* Translators: a choice of the Panels row: the chart in one plot. */
    C_("panels", "None"),
    /* Translators: a choice of the Panels row: a panel for each region (the ITU's six, or
       the groups the chart names). */
    C_("panels", "By Region"),
    /* Translators: a choice of the Panels row: a panel for each country or group the chart
       shows. */
    C_("panels", "By Entity"),
    /* Translators: a choice of the Panels row: a panel for each indicator in the chart's
       unit. */
    C_("panels", "By Indicator"),
    NULL,
  };
  const char *axes[] = {
    /* Translators: a choice of the Panel Axes row: every panel on the same scale. */
    C_("panels", "Shared"),
    /* Translators: a choice of the Panel Axes row: each panel its own scale. */
    C_("panels", "Free"),
    NULL,
  };
  GtkWidget *group = gtk_widget_get_ancestor (GTK_WIDGET (self->sort_row),
                                              ADW_TYPE_PREFERENCES_GROUP);

  /* Translators: an inspector row: whether the chart is drawn as a grid of small panels
     (small multiples), one for each region, country or indicator. */
  self->panels_row = combo_row (C_("panels", "Panels"), panels);
  /* Translators: an inspector row, under Panels: whether the panels share their value
     axis. */
  self->panel_axes_row = combo_row (C_("panels", "Panel Axes"), axes);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->panels_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->panel_axes_row));
  g_signal_connect_object (self->panels_row, "notify::selected",
                           G_CALLBACK (on_panels_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->panel_axes_row, "notify::selected",
                           G_CALLBACK (on_axes_changed), self, G_CONNECT_SWAPPED);
}
