/* test-annotations.c: a chart's annotations in the window — added, edited, moved by a drag
 * on the canvas, deleted in the inspector, each one edit that undo takes back; listed under
 * the data table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <string.h>

#include "gui-test-util.h"
#include "parity-data-table.h"

static const ParityChartSpec *
shown_spec (ParityWindow *window)
{
  ParityChartView *view = parity_window_get_chart_view (window);

  return parity_dataset_find_chart (parity_window_get_dataset (window),
                                    parity_chart_view_get_chart_id (view));
}

static guint
n_annotations (ParityWindow *window)
{
  const ParityChartSpec *spec = shown_spec (window);

  return spec->annotations != NULL ? spec->annotations->len : 0;
}

static const ParityAnnotation *
annotation (ParityWindow *window,
            guint         i)
{
  const ParityChartSpec *spec = shown_spec (window);

  g_assert_nonnull (spec->annotations);
  g_assert_cmpuint (i, <, spec->annotations->len);
  return &g_array_index (spec->annotations, ParityAnnotation, i);
}

typedef struct
{
  const char *tooltip;
  guint       nth;   /* how many more to pass over */
} Wanted;

/* The button with the tooltip wanted, once as many have been passed over. */
static gboolean
is_wanted_button (GtkWidget     *widget,
                  gconstpointer  data)
{
  Wanted *wanted = (Wanted *)data;

  return GTK_IS_BUTTON (widget) &&
         g_strcmp0 (gtk_widget_get_tooltip_text (widget), wanted->tooltip) == 0 &&
         wanted->nth-- == 0;
}

static void
click (ParityWindow *window,
       const char   *tooltip,
       guint         nth)
{
  Wanted wanted = { tooltip, nth };
  GtkWidget *button = gui_test_find_where (GTK_WIDGET (parity_window_get_inspector (window)),
                                           is_wanted_button, &wanted);

  if (button == NULL)
    g_error ("no button \"%s\" in the inspector", tooltip);
  g_signal_emit_by_name (button, "clicked");
}

typedef struct
{
  ParityWindow *window;
  guint         n;
} Count;

static gboolean
drawn (gpointer data)
{
  Count *count = data;
  ParityScene *scene = parity_chart_view_get_scene (
    parity_window_get_chart_view (count->window));

  return scene != NULL && parity_scene_count_role (scene, PARITY_ROLE_ANNOTATION) == count->n;
}

static const ParityItem *
drawn_text (ParityWindow *window,
            guint         index)
{
  ParityScene *scene = parity_chart_view_get_scene (parity_window_get_chart_view (window));

  for (guint i = 0; scene != NULL && i < parity_scene_get_n_items (scene); i++)
    {
      const ParityItem *item = parity_scene_get_item (scene, i);

      if (item->role == PARITY_ROLE_ANNOTATION && item->annotation == index)
        return item;
    }
  g_error ("annotation %u is not drawn", index);
  return NULL;
}

static void
test_add_drag_delete_undo (void)
{
  g_autofree char *path = NULL;
  ParityWindow *window = gui_test_open_copy (&path);
  ParityInspector *inspector = parity_window_get_inspector (window);
  ParityChartView *view = parity_window_get_chart_view (window);
  ParityDocument *document = parity_window_get_document (window);
  GtkWidget *row;
  ParityRect before;
  double scale;

  /* The bundled chart's note on the least developed countries, a row of its own. */
  g_assert_cmpstr (parity_chart_view_get_chart_id (view), ==, "internet-use-by-development");
  g_assert_cmpuint (n_annotations (window), ==, 1);
  row = gui_test_find (GTK_WIDGET (inspector), ADW_TYPE_ENTRY_ROW, "Least developed countries");
  g_assert_nonnull (row);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "LDCs: 1 in 5 online");

  /* Add: a note on the highlighted entity, drawn. */
  click (window, "Add Annotation", 0);
  g_assert_null (parity_inspector_get_error (inspector));
  g_assert_cmpuint (n_annotations (window), ==, 2);
  g_assert_cmpuint (annotation (window, 1)->entity, ==,
                    parity_dataset_lookup_entity (parity_window_get_dataset (window), "LDC"));
  g_assert_cmpstr (parity_text_get (annotation (window, 1)->text, "en", "en"), ==, "Note");
  gui_test_wait_for (drawn, &(Count) { window, 2 }, "two annotations on the canvas");

  /* Its text, typed in its row, the one after the first (the rows were made anew). */
  {
    GtkWidget *second = gtk_widget_get_next_sibling (
      gui_test_find (GTK_WIDGET (inspector), ADW_TYPE_ENTRY_ROW, "Least developed countries"));

    g_assert_true (ADW_IS_ENTRY_ROW (second));
    gtk_editable_set_text (GTK_EDITABLE (second), "Lowest");
    g_assert_cmpstr (parity_text_get (annotation (window, 1)->text, "en", "en"), ==, "Lowest");
  }

  /* Drag the first one right, past the reference line, and down beside its bar: "dx",
   * "dy" in points, and it is drawn there, clear of everything. */
  gui_test_wait_painted (window);
  before = drawn_text (window, 0)->box;
  scale = parity_chart_view_get_scale (view);
  parity_chart_view_move_annotation (view, 0, 250, 40);
  g_assert_null (parity_inspector_get_error (inspector));
  g_assert_true (annotation (window, 0)->moved);
  gui_test_wait_for (drawn, &(Count) { window, 2 }, "the annotations on the canvas");
  parity_chart_view_lay_out (view);
  {
    const ParityItem *moved = drawn_text (window, 0);

    g_assert_cmpfloat_with_epsilon (moved->box.x - before.x, 250 / scale, 0.2);
    g_assert_cmpfloat_with_epsilon (moved->box.y - before.y, 40 / scale, 0.2);
  }

  /* The data table lists both as notes. */
  {
    g_autoptr(ParityDataTable) table = g_object_ref_sink (PARITY_DATA_TABLE (
                                                            parity_data_table_new ()));

    parity_data_table_set_scene (table, parity_window_get_dataset (window),
                                 parity_chart_view_lay_out (view), "en");
    g_assert_nonnull (strstr (parity_data_table_get_notes (table),
                              "Annotation on Least developed countries, 2019: Lowest"));
  }

  /* Delete the new one. */
  click (window, "Delete Annotation", 1);
  g_assert_cmpuint (n_annotations (window), ==, 1);
  g_assert_true (annotation (window, 0)->moved);

  /* Each was one edit: undo takes them back one by one, to the file as it was. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpuint (n_annotations (window), ==, 2);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_false (annotation (window, 0)->moved);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpstr (parity_text_get (annotation (window, 1)->text, "en", "en"), ==, "Note");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpuint (n_annotations (window), ==, 1);
  g_assert_false (parity_document_get_modified (document));

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (path);
}

static gboolean
painted_in_arabic (gpointer data)
{
  ParityScene *scene = parity_chart_view_get_scene (parity_window_get_chart_view (data));

  return scene != NULL && parity_scene_is_mirrored (scene) &&
         parity_scene_count_role (scene, PARITY_ROLE_ANNOTATION) == 1;
}

/* In an Arabic chart, mirrored, a drag to the right is towards the start of its lines: "dx"
 * goes down by as much. */
static void
test_drag_in_arabic (void)
{
  g_autofree char *path = NULL;
  ParityWindow *window = gui_test_open_copy (&path);
  ParityChartView *view = parity_window_get_chart_view (window);
  ParityPoint offset;
  double scale;

  parity_chart_view_set_lang (view, "ar");
  gui_test_wait_for (painted_in_arabic, window, "the chart in Arabic");
  offset = drawn_text (window, 0)->offset;
  scale = parity_chart_view_get_scale (view);
  parity_chart_view_move_annotation (view, 0, 40, 10);
  g_assert_null (parity_inspector_get_error (parity_window_get_inspector (window)));
  g_assert_true (annotation (window, 0)->moved);
  g_assert_cmpfloat_with_epsilon (annotation (window, 0)->dx, offset.x - 40 / scale, 0.06);
  g_assert_cmpfloat_with_epsilon (annotation (window, 0)->dy, offset.y + 10 / scale, 0.06);

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (path);
}

int
main (int    argc,
      char **argv)
{
  if (!gui_test_init (&argc, &argv))
    return 0;

  g_test_add_func ("/annotations/add-drag-delete-undo", test_add_drag_delete_undo);
  g_test_add_func ("/annotations/drag-in-arabic", test_drag_in_arabic);
  return g_test_run ();
}
