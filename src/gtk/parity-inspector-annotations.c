/* parity-inspector-annotations.c: the inspector's Annotations group — a chart's notes, each
 * a row to edit its text in the chart's language, with a button to delete it, and a button
 * to add one
 *
 * Each change (a text, an annotation added, deleted or dragged on the canvas) is one edit of
 * the chart's JSON, checked by the document as any other and taken back by undo. A new note
 * is anchored to the chart's highlighted entity, else its first, else the first entity the
 * indicator has a value for.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-gtk"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "parity-inspector-private.h"
#include "parity-economy-names.h"

static JsonArray *
annotations_of (JsonObject *chart)
{
  JsonNode *node = json_object_get_member (chart, "annotations");

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

static JsonObject *
annotation_of (JsonObject *chart,
               guint       index)
{
  JsonArray *array = annotations_of (chart);

  if (array == NULL || index >= json_array_get_length (array))
    return NULL;
  return json_array_get_object_element (array, index);
}

/* The entity a new note is about: the highlighted one, the first shown, or the first the
 * indicator has a value for. */
static const char *
default_entity (ParityDataset         *dataset,
                const ParityChartSpec *spec)
{
  const ParityIndicator *indicator = parity_dataset_get_indicator (dataset, spec->indicator);
  guint32 entity = PARITY_INDEX_NONE;

  if (spec->highlight != NULL && spec->highlight->len > 0)
    entity = g_array_index (spec->highlight, guint32, 0);
  else if (spec->entities != NULL && spec->entities->len > 0)
    entity = g_array_index (spec->entities, guint32, 0);
  else
    for (guint i = 0; i < indicator->obs.len && entity == PARITY_INDEX_NONE; i++)
      if (spec->period == PARITY_INDEX_NONE || indicator->obs.period[i] == spec->period)
        entity = indicator->obs.entity[i];
  return entity != PARITY_INDEX_NONE ? parity_dataset_get_entity (dataset, entity)->id : NULL;
}

static void
edit_add (ParityInspector *self,
          JsonObject      *chart,
          gpointer         data)
{
  const char *entity = data;
  JsonObject *annotation = json_object_new ();
  JsonArray *array = annotations_of (chart);

  if (array == NULL)
    {
      array = json_array_new ();
      json_object_set_array_member (chart, "annotations", array);
    }
  json_object_set_string_member (annotation, "text", "");
  parity_chart_json_set_text (annotation, "text", _parity_inspector_edit_lang (self),
                              parity_dataset_get_default_lang (_parity_inspector_dataset (self)),
                              /* Translators: the text a new annotation of a chart starts
                                 with, before it is written; it goes into the chart. */
                              C_("annotation", "Note"));
  json_object_set_string_member (annotation, "entity", entity);
  json_array_add_object_element (array, annotation);
}

static void
on_add_clicked (ParityInspector *self)
{
  const ParityChartSpec *spec = _parity_inspector_spec (self);
  const char *entity = spec ? default_entity (_parity_inspector_dataset (self), spec) : NULL;

  if (entity != NULL)
    _parity_inspector_edit (self, edit_add, (gpointer)entity, NULL);
}

static void
edit_delete (ParityInspector *self,
             JsonObject      *chart,
             gpointer         data)
{
  JsonArray *array = annotations_of (chart);
  guint index = GPOINTER_TO_UINT (data);

  if (array == NULL || index >= json_array_get_length (array))
    return;
  json_array_remove_element (array, index);
  if (json_array_get_length (array) == 0)
    json_object_remove_member (chart, "annotations");
}

static void
on_delete_clicked (GtkButton *button,
                   gpointer   data)
{
  ParityInspector *self = data;
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "annotation"));

  _parity_inspector_edit (self, edit_delete, GUINT_TO_POINTER (index), NULL);
}

static void
edit_text (ParityInspector *self,
           JsonObject      *chart,
           gpointer         data)
{
  AdwEntryRow *row = data;
  JsonObject *annotation = annotation_of (chart, GPOINTER_TO_UINT (
                                            g_object_get_data (G_OBJECT (row), "annotation")));

  if (annotation != NULL)
    parity_chart_json_set_text (annotation, "text", _parity_inspector_edit_lang (self),
                                parity_dataset_get_default_lang (
                                  _parity_inspector_dataset (self)),
                                gtk_editable_get_text (GTK_EDITABLE (row)));
}

static void
on_text_changed (AdwEntryRow *row,
                 gpointer     data)
{
  ParityInspector *self = data;
  g_autofree char *key = g_strdup_printf ("annotations[%u].text", GPOINTER_TO_UINT (
                                            g_object_get_data (G_OBJECT (row), "annotation")));

  if (self->syncing)
    return;
  self->editing_row = row;
  _parity_inspector_edit (self, edit_text, row, key);
  self->editing_row = NULL;
}

typedef struct
{
  guint  index;
  double dx, dy;
} Move;

static void
edit_move (ParityInspector *self,
           JsonObject      *chart,
           gpointer         data)
{
  const Move *move = data;
  JsonObject *annotation = annotation_of (chart, move->index);

  if (annotation == NULL)
    return;
  json_object_set_double_member (annotation, "dx", move->dx);
  json_object_set_double_member (annotation, "dy", move->dy);
}

/**
 * parity_inspector_move_annotation:
 * @dx: where the annotation's text centre is to be from its anchor, in points ("dx")
 * @dy: the same, downwards ("dy")
 *
 * One edit of the chart: an annotation dragged on the canvas.
 */
void
parity_inspector_move_annotation (ParityInspector *self,
                                  guint            index,
                                  double           dx,
                                  double           dy)
{
  Move move = { index, CLAMP (dx, -2000, 2000), CLAMP (dy, -2000, 2000) };

  g_return_if_fail (PARITY_IS_INSPECTOR (self));
  _parity_inspector_edit (self, edit_move, &move, NULL);
}

/* What an annotation is about, as its row says it: "Least developed countries, 2019". */
static char *
describe_anchor (ParityInspector        *self,
                 const ParityAnnotation *annotation)
{
  ParityDataset *dataset = _parity_inspector_dataset (self);
  const char *lang = _parity_inspector_edit_lang (self);

  switch (annotation->anchor)
    {
    case PARITY_ANNOTATION_DATUM:
      {
        const char *name = parity_entity_label (parity_dataset_get_entity (dataset,
                                                                           annotation->entity),
                                                lang, parity_dataset_get_default_lang (dataset),
                                                FALSE);

        if (annotation->period == PARITY_INDEX_NONE)
          return g_strdup (name);
        /* Translators: what an annotation is about: an entity, then a period ("2019"). */
        return g_strdup_printf (C_("annotation", "%s, %s"), name,
                                parity_dataset_get_period_label (dataset, annotation->period));
      }
    case PARITY_ANNOTATION_VALUE:
      /* Translators: what an annotation is about: a value on the chart's value axis. */
      return g_strdup_printf (C_("annotation", "At %g"), annotation->value);
    case PARITY_ANNOTATION_POSITION:
    default:
      /* Translators: what an annotation is about: a place in the chart, not a value. */
      return g_strdup (C_("annotation", "In the plot"));
    }
}

static GtkWidget *
make_row (ParityInspector *self,
          guint            index)
{
  GtkWidget *row = adw_entry_row_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

  g_object_set_data (G_OBJECT (row), "annotation", GUINT_TO_POINTER (index));
  g_object_set_data (G_OBJECT (remove), "annotation", GUINT_TO_POINTER (index));
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  /* Translators: the tooltip of the button that deletes an annotation of the chart. */
  gtk_widget_set_tooltip_text (remove, _("Delete Annotation"));
  g_signal_connect (remove, "clicked", G_CALLBACK (on_delete_clicked), self);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), remove);
  g_signal_connect (row, "changed", G_CALLBACK (on_text_changed), self);
  return row;
}

/* Sets the group's rows from the chart: a row each, made anew only when their number
 * changes, so that the row being typed in stays. Not for maps, which draw none. */
void
_parity_inspector_annotations_sync (ParityInspector       *self,
                                    const ParityChartSpec *spec)
{
  guint n = spec->annotations != NULL ? spec->annotations->len : 0;

  gtk_widget_set_visible (GTK_WIDGET (self->annotations_group),
                          g_strcmp0 (spec->kind, "map") != 0);
  if (self->annotation_rows->len != n)
    {
      for (guint i = 0; i < self->annotation_rows->len; i++)
        adw_preferences_group_remove (self->annotations_group,
                                      g_ptr_array_index (self->annotation_rows, i));
      g_ptr_array_set_size (self->annotation_rows, 0);
      for (guint i = 0; i < n; i++)
        {
          GtkWidget *row = make_row (self, i);

          g_ptr_array_add (self->annotation_rows, row);
          adw_preferences_group_add (self->annotations_group, row);
        }
    }
  for (guint i = 0; i < n; i++)
    {
      const ParityAnnotation *annotation = &g_array_index (spec->annotations,
                                                           ParityAnnotation, i);
      AdwEntryRow *row = g_ptr_array_index (self->annotation_rows, i);
      g_autofree char *about = describe_anchor (self, annotation);
      const char *text = parity_text_get_exact (annotation->text,
                                                _parity_inspector_edit_lang (self));

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), about);
      if (row != self->editing_row)
        gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
    }
}

void
_parity_inspector_annotations_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, ParityInspector, annotations_group);
  gtk_widget_class_bind_template_callback (widget_class, on_add_clicked);
}

void
_parity_inspector_annotations_init (ParityInspector *self)
{
  self->annotation_rows = g_ptr_array_new ();
}

void
_parity_inspector_annotations_finalize (ParityInspector *self)
{
  g_clear_pointer (&self->annotation_rows, g_ptr_array_unref);
}
