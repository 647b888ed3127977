/* parity-window-rows.c: the way out of a bar chart with too many rows for its page
 *
 * A horizontal bar chart of two hundred economies cannot be drawn on a report column: in
 * place of the crowded-chart message's dead end, a button under it makes the page as tall
 * as the rows need ("height": "auto"), one edit that Undo takes back. The inspector's Rows
 * row offers the same and the chart's two ends.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-gtk"

#include "config.h"

#include <glib/gi18n.h>

#include "parity-chart-edit.h"
#include "parity-window-private.h"

/* The chart shown, and its index in @dataset (G_MAXUINT without one). */
static const ParityChartSpec *
shown_chart (ParityWindow *self,
             guint        *index)
{
  ParityDataset *dataset = parity_window_get_dataset (self);
  const char *id = _parity_window_get_chart_id (self);

  *index = G_MAXUINT;
  for (guint i = 0; dataset != NULL && id != NULL && i < parity_dataset_get_n_charts (dataset); i++)
    if (g_strcmp0 (parity_dataset_get_chart (dataset, i)->id, id) == 0)
      {
        *index = i;
        return parity_dataset_get_chart (dataset, i);
      }
  return NULL;
}

/* Offered when the chart on the canvas is a bar chart made to fit a page it is too crowded
 * for, and growing the page is what it can do. */
static gboolean
can_show_every_row (ParityWindow *self)
{
  guint index, n_ends;
  const ParityChartSpec *spec = shown_chart (self, &index);

  return spec != NULL && !self->presenting && parity_chart_view_get_crowded (self->chart_view) &&
         parity_chart_edit_get_rows (spec, &n_ends) != PARITY_CHART_ROWS_NONE &&
         !json_object_has_member (json_node_get_object (spec->json), "height");
}

static gboolean
update_offer (gpointer data)
{
  GtkWidget *button = data;
  GtkRoot *root = gtk_widget_get_root (button);
  gboolean offer;

  /* The window may have closed since. */
  if (!PARITY_IS_WINDOW (root))
    return G_SOURCE_REMOVE;
  offer = can_show_every_row (PARITY_WINDOW (root));
  gtk_widget_set_visible (button, offer);
  gtk_widget_action_set_enabled (GTK_WIDGET (root), "win.show-every-row", offer);
  return G_SOURCE_REMOVE;
}

/* The error is found while the chart is laid out for a paint: the button is shown after it,
 * not in the middle of it. */
static void
on_view_changed (ParityWindow *self)
{
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, update_offer, g_object_ref (self->every_row_button),
                   g_object_unref);
}

static void
show_every_row_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  ParityWindow *self = PARITY_WINDOW (widget);
  g_autoptr(JsonNode) json = NULL;
  g_autoptr(GError) error = NULL;
  guint index;

  if (!can_show_every_row (self))
    return;
  shown_chart (self, &index);
  json = parity_dataset_dup_chart_json (parity_window_get_dataset (self), index);
  /* The ends of a chart stay its ends, on a page that grows to hold them. */
  json_object_set_string_member (json_node_get_object (json), "height", "auto");
  if (!parity_document_edit_chart (self->document, index, json, NULL, &error))
    /* Translators: the title of an error notification after Show Every Row. */
    _parity_window_show_error (self, _("Could not show every row"), error->message);
}

void
_parity_window_class_add_rows_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.show-every-row", NULL,
                                   show_every_row_action);
}

void
_parity_window_init_rows_offer (ParityWindow *self)
{
  /* Translators: a button under the message of a bar chart with too many bars for its
     page: it makes the page as tall as every bar needs. */
  GtkWidget *button = gtk_button_new_with_mnemonic (_("Show _Every Row"));

  self->every_row_button = button;
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.show-every-row");
  gtk_widget_add_css_class (button, "pill");
  gtk_widget_add_css_class (button, "suggested-action");
  gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
  /* Below the message, which is centred in the view. */
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_margin_top (button, 200);
  gtk_widget_set_visible (button, FALSE);
  parity_chart_view_add_overlay (self->chart_view, button);
  /* Unlike the view's other overlays, a button to press. */
  gtk_widget_set_can_target (button, TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-every-row", FALSE);
  g_signal_connect_object (self->chart_view, "notify::error", G_CALLBACK (on_view_changed),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->chart_view, "notify::chart-id", G_CALLBACK (on_view_changed),
                           self, G_CONNECT_SWAPPED);
}
