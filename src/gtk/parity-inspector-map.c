/* parity-inspector-map.c: the inspector's rows for a map — the area it shows, how its values
 * are sorted into classes and how many, and their colours
 *
 * The rows read the map's members from the chart's JSON, as the inspector does for the other
 * kinds' own members: the map's parsed options are the chart kind's own business. Each choice
 * is one edit of the chart's JSON, checked by the document as any other.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-gtk"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "parity-classes.h"
#include "parity-inspector-private.h"
#include "parity-palette.h"
#include "parity-projection.h"
#include "parity-words.h"

typedef struct
{
  const char *id;
  const char *title;  /* marked with NC_ () in the context of its row */
} Choice;

/* The titles of the extents parity_map_extent_list() names; an extent missing here is
 * listed by its id. */
static const Choice areas[] = {
  /* Translators: a choice of a map's Area row: the whole world. */
  { "world", NC_("map area", "World") },
  /* Translators: a choice of a map's Area row: the continent (UN M49 region). */
  { "africa", NC_("map area", "Africa") },
  /* Translators: a choice of a map's Area row: North, Central and South America and the
     Caribbean (UN M49 region). */
  { "americas", NC_("map area", "Americas") },
  /* Translators: a choice of a map's Area row: the continent (UN M49 region). */
  { "asia", NC_("map area", "Asia") },
  /* Translators: a choice of a map's Area row: the continent (UN M49 region). */
  { "europe", NC_("map area", "Europe") },
  /* Translators: a choice of a map's Area row: Australia, New Zealand and the Pacific
     islands (UN M49 region). */
  { "oceania", NC_("map area", "Oceania") },
  /* Translators: a choice of a map's Area row: the ITU's Africa region (ITU-D), which
     leaves out North Africa (it is in the Arab States). */
  { "itu-africa", NC_("map area", "Africa (ITU)") },
  /* Translators: a choice of a map's Area row: the ITU's Americas region (ITU-D). */
  { "itu-americas", NC_("map area", "Americas (ITU)") },
  /* Translators: a choice of a map's Area row: the ITU's Arab States region (ITU-D). */
  { "itu-arab-states", NC_("map area", "Arab States") },
  /* Translators: a choice of a map's Area row: the ITU's Asia-Pacific region (ITU-D). */
  { "itu-asia-pacific", NC_("map area", "Asia & Pacific") },
  /* Translators: a choice of a map's Area row: the ITU's region of the Commonwealth of
     Independent States (ITU-D); use the usual abbreviation in your language. */
  { "itu-cis", NC_("map area", "CIS") },
  /* Translators: a choice of a map's Area row: the ITU's Europe region (ITU-D). */
  { "itu-europe", NC_("map area", "Europe (ITU)") },
};

static const Choice methods[] = {
  /* Translators: a choice of a map's Classes row: about as many countries in each class. */
  { "quantile", NC_("map classes", "Quantiles") },
  /* Translators: a choice of a map's Classes row: classes of one round width (0–20, 20–40…). */
  { "equal", NC_("map classes", "Equal Intervals") },
  /* Translators: a choice of a map's Classes row: breaks at 1, 2, 5, 10, 20, 50…, for
     values that run over orders of magnitude. */
  { "log", NC_("map classes", "Log Steps (1-2-5)") },
  /* Translators: a choice of a map's Classes row, there only when the chart's file gives
     its own breaks between the classes. */
  { "manual", NC_("map classes", "Manual Breaks") },
};

/* The sequential ramps first, the choices; a diverging ramp is listed only while the chart
 * has one, as it needs a midpoint that the inspector does not edit. */
static const Choice ramps[] = {
  /* Translators: a choice of a map's Colours row: light to dark blue. */
  { "blues", NC_("map colours", "Blues") },
  /* Translators: a choice of a map's Colours row: light to dark green. */
  { "greens", NC_("map colours", "Greens") },
  /* Translators: a choice of a map's Colours row: light to dark purple. */
  { "purples", NC_("map colours", "Purples") },
  /* Translators: a choice of a map's Colours row: light to dark orange. */
  { "oranges", NC_("map colours", "Oranges") },
  /* Translators: a choice of a map's Colours row: yellow through green to dark blue, the
     “viridis” colour scale; keep the name if it is not translated in your language. */
  { "viridis", NC_("map colours", "Viridis") },
  /* Translators: a choice of a map's Colours row, there only when the chart has it: blue
     below the midpoint, orange above. */
  { "blue-orange", NC_("map colours", "Blue–Orange (from a midpoint)") },
  /* Translators: a choice of a map's Colours row, there only when the chart has it: purple
     below the midpoint, green above. */
  { "purple-green", NC_("map colours", "Purple–Green (from a midpoint)") },
};

static const char *
choice_title (const Choice *choices,
              guint         n_choices,
              const char   *context,
              const char   *id)
{
  for (guint i = 0; i < n_choices; i++)
    if (g_str_equal (choices[i].id, id))
      return g_dpgettext2 (GETTEXT_PACKAGE, context, choices[i].title);
  return id;
}

/* Sets @row's choices to @ids' titles and selects @selected. The list is changed in place,
 * from the first title that differs: this runs while the row's own choice is being applied,
 * and a new model would free the selection that is notifying. */
static void
set_choices (AdwComboRow  *row,
             GPtrArray    *ids,
             const Choice *choices,
             guint         n_choices,
             const char   *context,
             const char   *selected)
{
  GListModel *model = adw_combo_row_get_model (row);
  g_autoptr(GPtrArray) titles = g_ptr_array_new ();
  guint n_old, same = 0;

  if (!GTK_IS_STRING_LIST (model))
    {
      g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);

      adw_combo_row_set_model (row, G_LIST_MODEL (list));
      model = G_LIST_MODEL (list);
    }
  for (guint i = 0; i < ids->len; i++)
    g_ptr_array_add (titles, (gpointer)choice_title (choices, n_choices, context,
                                                     g_ptr_array_index (ids, i)));
  n_old = g_list_model_get_n_items (model);
  while (same < n_old && same < titles->len &&
         g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (model), same),
                    g_ptr_array_index (titles, same)) == 0)
    same++;
  if (same < n_old || same < titles->len)
    {
      g_ptr_array_add (titles, NULL);
      gtk_string_list_splice (GTK_STRING_LIST (model), same, n_old - same,
                              (const char * const *)titles->pdata + same);
    }
  adw_combo_row_set_selected (row, _parity_inspector_position_of (ids, selected));
}

static const char *
string_member (JsonObject *chart,
               const char *member)
{
  JsonNode *node = json_object_get_member (chart, member);

  return node != NULL && JSON_NODE_HOLDS_VALUE (node) &&
         json_node_get_value_type (node) == G_TYPE_STRING ? json_node_get_string (node) : NULL;
}

/* The ramp a chart is drawn with: its own, else the default of its kind of ramp. */
static const char *
chart_ramp (JsonObject *chart)
{
  const char *ramp = string_member (chart, "ramp");

  if (ramp != NULL)
    return ramp;
  return parity_ramp_default (json_object_has_member (chart, "midpoint")
                              ? PARITY_RAMP_DIVERGING : PARITY_RAMP_SEQUENTIAL);
}

/* The group an extent shows in colour, or NULL for the world. */
static const char *
extent_group (const char *id)
{
  const ParityMapExtent *extent = id ? parity_map_extent_lookup (id) : NULL;

  return extent ? extent->group : NULL;
}

/* Whether the chart's "entities" is the group of one of the map's extents: what the Area
 * row set, and takes back for the world. */
static gboolean
entities_are_an_extent (ParityInspector *self,
                        JsonObject      *chart)
{
  JsonNode *entities = json_object_get_member (chart, "entities");
  const char *group;

  if (entities == NULL || !JSON_NODE_HOLDS_OBJECT (entities))
    return FALSE;
  group = string_member (json_node_get_object (entities), "group");
  for (guint i = 0; group != NULL && i < self->area_ids->len; i++)
    if (g_strcmp0 (extent_group (g_ptr_array_index (self->area_ids, i)), group) == 0)
      return TRUE;
  return FALSE;
}

void
_parity_inspector_map_sync (ParityInspector       *self,
                            const ParityChartSpec *spec)
{
  gboolean map = g_str_equal (spec->kind, "map");
  JsonObject *chart = json_node_get_object (spec->json);
  const char *method, *ramp;
  gboolean manual;
  JsonArray *breaks;

  gtk_widget_set_visible (GTK_WIDGET (self->map_group), map);
  if (!map)
    return;

  set_choices (self->area_row, self->area_ids, areas, G_N_ELEMENTS (areas), "map area",
               string_member (chart, "extent") ? string_member (chart, "extent") : "world");

  breaks = json_object_has_member (chart, "breaks") &&
           JSON_NODE_HOLDS_ARRAY (json_object_get_member (chart, "breaks"))
           ? json_object_get_array_member (chart, "breaks") : NULL;
  manual = breaks != NULL;
  method = manual ? "manual" : string_member (chart, "classes");
  g_ptr_array_set_size (self->classes_ids, 0);
  for (guint i = 0; i < G_N_ELEMENTS (methods); i++)
    if (manual || !g_str_equal (methods[i].id, "manual"))
      g_ptr_array_add (self->classes_ids, (gpointer)methods[i].id);
  set_choices (self->classes_row, self->classes_ids, methods, G_N_ELEMENTS (methods),
               "map classes", method ? method : "quantile");

  /* Manual breaks make as many classes as they part: the count is theirs. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->class_count_row), !manual);
  gtk_spin_button_set_value (self->class_count_spin,
                             manual ? json_array_get_length (breaks) - 1
                             : json_object_get_int_member_with_default (
                                 chart, "class_count", PARITY_MAP_DEFAULT_CLASSES));
  adw_action_row_set_subtitle (
    self->class_count_row,
    manual
    /* Translators: under a map's Number of Classes row when the chart's file gives its own
       breaks between the classes. */
    ? C_("map classes", "Set by the breaks")
    : g_strcmp0 (method, "equal") == 0 || g_strcmp0 (method, "log") == 0
    /* Translators: under a map's Number of Classes row with equal intervals or log steps:
       the classes start at round numbers, so there may be a few more or fewer. */
    ? C_("map classes", "Round steps come as near as they can")
    : NULL);

  ramp = chart_ramp (chart);
  g_ptr_array_set_size (self->ramp_ids, 0);
  for (guint i = 0; i < G_N_ELEMENTS (ramps); i++)
    if (parity_ramp_get_kind (ramps[i].id) == PARITY_RAMP_SEQUENTIAL ||
        g_str_equal (ramps[i].id, ramp))
      g_ptr_array_add (self->ramp_ids, (gpointer)ramps[i].id);
  set_choices (self->ramp_row, self->ramp_ids, ramps, G_N_ELEMENTS (ramps), "map colours",
               ramp);
}

static void
edit_area (ParityInspector *self,
           JsonObject      *chart,
           const char      *id)
{
  const char *group = extent_group (id);

  _parity_inspector_set_or_remove (chart, "extent", g_str_equal (id, "world") ? NULL : id);
  /* The region's economies are the chart's, so that the notes count those without data
   * among them only; the world shows every economy again, unless the chart chose its own. */
  if (group != NULL)
    {
      JsonObject *entities = json_object_new ();

      json_object_set_string_member (entities, "group", group);
      json_object_set_object_member (chart, "entities", entities);
    }
  else if (entities_are_an_extent (self, chart))
    json_object_remove_member (chart, "entities");
}

static void
edit_map_choice (ParityInspector *self,
                 JsonObject      *chart,
                 gpointer         data)
{
  AdwComboRow *row = data;
  guint selected = adw_combo_row_get_selected (row);

  if (row == self->area_row && selected < self->area_ids->len)
    edit_area (self, chart, g_ptr_array_index (self->area_ids, selected));
  else if (row == self->classes_row && selected < self->classes_ids->len)
    {
      const char *method = g_ptr_array_index (self->classes_ids, selected);

      if (g_str_equal (method, "manual"))
        return;
      json_object_remove_member (chart, "breaks");
      _parity_inspector_set_or_remove (chart, "classes",
                                       g_str_equal (method, "quantile") ? NULL : method);
    }
  else if (row == self->ramp_row && selected < self->ramp_ids->len)
    {
      const char *ramp = g_ptr_array_index (self->ramp_ids, selected);

      if (parity_ramp_get_kind (ramp) == PARITY_RAMP_DIVERGING)
        return;
      /* A midpoint belongs to a diverging ramp. */
      json_object_remove_member (chart, "midpoint");
      _parity_inspector_set_or_remove (chart, "ramp",
                                       g_str_equal (ramp,
                                                    parity_ramp_default (PARITY_RAMP_SEQUENTIAL))
                                       ? NULL : ramp);
    }
}

static void
on_map_choice_changed (ParityInspector *self,
                       GParamSpec      *pspec,
                       AdwComboRow     *row)
{
  _parity_inspector_edit (self, edit_map_choice, row, NULL);
}

static void
on_class_count_changed (ParityInspector *self)
{
  _parity_inspector_edit_number (self, self->class_count_spin, "class_count");
}

void
_parity_inspector_map_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, ParityInspector, map_group);
  gtk_widget_class_bind_template_child (widget_class, ParityInspector, area_row);
  gtk_widget_class_bind_template_child (widget_class, ParityInspector, classes_row);
  gtk_widget_class_bind_template_child (widget_class, ParityInspector, class_count_row);
  gtk_widget_class_bind_template_child (widget_class, ParityInspector, class_count_spin);
  gtk_widget_class_bind_template_child (widget_class, ParityInspector, ramp_row);
  gtk_widget_class_bind_template_callback (widget_class, on_map_choice_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_class_count_changed);
}

void
_parity_inspector_map_init (ParityInspector *self)
{
  g_autofree char *list = parity_map_extent_list ("\n");
  g_auto(GStrv) ids = g_strsplit (list, "\n", -1);

  self->area_ids = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; ids[i] != NULL; i++)
    g_ptr_array_add (self->area_ids, g_steal_pointer (&ids[i]));
  self->classes_ids = g_ptr_array_new ();
  self->ramp_ids = g_ptr_array_new ();
  parity_words_set_combo_wrapping (self->area_row);
  parity_words_set_combo_wrapping (self->ramp_row);
}

void
_parity_inspector_map_finalize (ParityInspector *self)
{
  g_clear_pointer (&self->area_ids, g_ptr_array_unref);
  g_clear_pointer (&self->classes_ids, g_ptr_array_unref);
  g_clear_pointer (&self->ramp_ids, g_ptr_array_unref);
}
