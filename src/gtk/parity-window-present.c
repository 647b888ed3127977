/* parity-window-present.c: what a presentation shows over the chart — which slide of how
 * many, and, for a few seconds after it starts, how to move on and how to leave
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-gtk"

#include "config.h"

#include <glib/gi18n.h>

#include "parity-window-private.h"

/* How long the hint stays before it fades, unless a key is pressed first. */
#define HINT_SECONDS 5

static void
update_counter (ParityWindow *self)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->chart_list);
  ParityDataset *dataset = parity_window_get_dataset (self);
  g_autofree char *text = NULL;

  if (!self->presenting || row == NULL || dataset == NULL)
    return;
  /* Translators: the slide counter while presenting, as in “3 / 12”: the chart shown, then
     how many there are. Use %1$u and %2$u to change their order. */
  text = g_strdup_printf (C_("slide counter", "%u / %u"),
                          (guint)gtk_list_box_row_get_index (row) + 1,
                          parity_dataset_get_n_charts (dataset));
  gtk_label_set_text (self->slide_counter, text);
}

static gboolean
on_hint_timeout (gpointer data)
{
  ParityWindow *self = data;

  self->hint_timer = 0;
  gtk_revealer_set_reveal_child (self->presentation_hint, FALSE);
  return G_SOURCE_REMOVE;
}

/* The first key pressed while presenting shows that the keys are known: the hint goes. */
static gboolean
on_key_pressed (ParityWindow *self)
{
  if (self->presenting)
    _parity_window_dismiss_presentation_hint (self);
  return FALSE;
}

static GtkWidget *
new_osd_label (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "osd");
  gtk_widget_add_css_class (label, "presentation-label");
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
  return label;
}

void
_parity_window_init_presentation_overlay (ParityWindow *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkWidget *counter = new_osd_label (NULL);
  GtkWidget *hint = gtk_revealer_new ();

  self->slide_counter = GTK_LABEL (counter);
  gtk_widget_set_halign (counter, GTK_ALIGN_END);
  gtk_widget_set_valign (counter, GTK_ALIGN_END);
  gtk_widget_set_margin_end (counter, 24);
  gtk_widget_set_margin_bottom (counter, 24);
  gtk_widget_set_visible (counter, FALSE);
  parity_chart_view_add_overlay (self->chart_view, counter);

  self->presentation_hint = GTK_REVEALER (hint);
  gtk_revealer_set_transition_type (self->presentation_hint,
                                    GTK_REVEALER_TRANSITION_TYPE_CROSSFADE);
  gtk_revealer_set_transition_duration (self->presentation_hint, 600);
  gtk_revealer_set_child (self->presentation_hint,
                          /* Translators: shown for a few seconds when a presentation
                             starts; Esc, Page Up and Page Down are keys: name them as
                             keyboards in your language label them. */
                          new_osd_label (_("Press Esc to leave, ← → or Page Up and Page Down "
                                           "for another chart")));
  gtk_widget_set_halign (hint, GTK_ALIGN_CENTER);
  gtk_widget_set_valign (hint, GTK_ALIGN_START);
  gtk_widget_set_margin_top (hint, 24);
  gtk_widget_set_margin_start (hint, 24);
  gtk_widget_set_margin_end (hint, 24);
  parity_chart_view_add_overlay (self->chart_view, hint);

  g_signal_connect_object (self->chart_view, "notify::chart-id", G_CALLBACK (update_counter),
                           self, G_CONNECT_SWAPPED);
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (on_key_pressed), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
}

/* Shows the counter and the hint while presenting, hides them after. */
void
_parity_window_presentation_overlay_update (ParityWindow *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->slide_counter), self->presenting);
  update_counter (self);
  g_clear_handle_id (&self->hint_timer, g_source_remove);
  gtk_revealer_set_reveal_child (self->presentation_hint, self->presenting);
  if (self->presenting)
    self->hint_timer = g_timeout_add_seconds (HINT_SECONDS, on_hint_timeout, self);
}

void
_parity_window_dismiss_presentation_hint (ParityWindow *self)
{
  g_clear_handle_id (&self->hint_timer, g_source_remove);
  gtk_revealer_set_reveal_child (self->presentation_hint, FALSE);
}

/* The counter's text, for tests: "3 / 12", or NULL while not presenting. */
const char *
parity_window_get_slide_counter (ParityWindow *self)
{
  g_return_val_if_fail (PARITY_IS_WINDOW (self), NULL);
  return self->presenting ? gtk_label_get_text (self->slide_counter) : NULL;
}

/* Whether the hint on how to move and leave is shown (or fading in). */
gboolean
parity_window_get_presentation_hint_shown (ParityWindow *self)
{
  g_return_val_if_fail (PARITY_IS_WINDOW (self), FALSE);
  return gtk_revealer_get_reveal_child (self->presentation_hint);
}
