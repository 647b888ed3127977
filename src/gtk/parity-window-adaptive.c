/* parity-window-adaptive.c: one window from a wide monitor to a phone-sized screen
 *
 * libadwaita 1.2 has no breakpoints, so the window makes its own from its allocated width.
 * The inspector's AdwFlap folds by itself when the chart beside it would be narrower than
 * the chart view's natural width (ui/parity-window.ui). Below SIDEBAR_WIDTH the window folds
 * the chart list too, over the chart, behind a button. Below NARROW_WIDTH it moves the
 * history buttons, Export and the data table from the header bar, whose buttons alone are
 * wider than a phone, to an action bar at its foot, and shows Open as an icon: the whole
 * window then fits 360 px, GNOME's mobile-friendly width, and every control stays one click
 * away. Each width is above the window's minimum in the state wider than it, so a window can
 * always be made narrow enough to cross it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "parity-window-private.h"

/* Above the header bar's width with every button in the widest UI language measured. */
#define NARROW_WIDTH 600
/* The chart list (220 px) beside a chart of at least 500. */
#define SIDEBAR_WIDTH 720

static void
move_widget (GtkWidget *widget,
             GtkWidget *to,
             gboolean   at_start)
{
  GtkWidget *from = gtk_widget_get_parent (widget);

  g_object_ref (widget);
  /* The header bar keeps its children in boxes of its own: remove through it. */
  while (from != NULL && !ADW_IS_HEADER_BAR (from) && !GTK_IS_ACTION_BAR (from))
    from = gtk_widget_get_parent (from);
  if (ADW_IS_HEADER_BAR (from))
    adw_header_bar_remove (ADW_HEADER_BAR (from), widget);
  else if (GTK_IS_ACTION_BAR (from))
    gtk_action_bar_remove (GTK_ACTION_BAR (from), widget);
  if (ADW_IS_HEADER_BAR (to))
    (at_start ? adw_header_bar_pack_start : adw_header_bar_pack_end) (ADW_HEADER_BAR (to), widget);
  else
    (at_start ? gtk_action_bar_pack_start : gtk_action_bar_pack_end) (GTK_ACTION_BAR (to), widget);
  g_object_unref (widget);
}

static void
adapt (ParityWindow *self,
       int           width)
{
  gboolean narrow = width < NARROW_WIDTH;
  GtkWidget *to = narrow ? GTK_WIDGET (self->bottom_bar) : GTK_WIDGET (self->header_bar);

  adw_flap_set_fold_policy (self->sidebar_flap, width < SIDEBAR_WIDTH ? ADW_FLAP_FOLD_POLICY_ALWAYS
                                                                      : ADW_FLAP_FOLD_POLICY_NEVER);
  if (self->narrow == narrow)
    return;
  self->narrow = narrow;
  move_widget (self->history_box, to, TRUE);
  move_widget (self->actions_box, to, FALSE);
  if (narrow)
    gtk_button_set_icon_name (self->open_button, "document-open-symbolic");
  else
    {
      gtk_button_set_label (self->open_button, _("_Open"));
      gtk_button_set_use_underline (self->open_button, TRUE);
    }
  gtk_action_bar_set_revealed (self->bottom_bar, narrow && !self->presenting);
}

static gboolean
adapt_later (gpointer data)
{
  ParityWindow *self = data;

  self->adapt_source = 0;
  adapt (self, self->adapt_width);
  return G_SOURCE_REMOVE;
}

/* Widgets cannot move while the window is being allocated: they move just after, before
 * the next frame is drawn. */
static void
parity_window_size_allocate (GtkWidget *widget,
                             int        width,
                             int        height,
                             int        baseline)
{
  ParityWindow *self = PARITY_WINDOW (widget);
  GtkWidgetClass *parent = g_type_class_peek (ADW_TYPE_APPLICATION_WINDOW);

  parent->size_allocate (widget, width, height, baseline);
  self->adapt_width = width;
  if (self->adapt_source == 0 && ((width < NARROW_WIDTH) != self->narrow ||
                                  (width < SIDEBAR_WIDTH) != adw_flap_get_folded (self->sidebar_flap)))
    self->adapt_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, adapt_later, self, NULL);
}

void
_parity_window_class_add_adaptive (GtkWidgetClass *widget_class)
{
  widget_class->size_allocate = parity_window_size_allocate;
}

void
_parity_window_adaptive_dispose (ParityWindow *self)
{
  g_clear_handle_id (&self->adapt_source, g_source_remove);
}
