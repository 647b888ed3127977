/* parity-window-private.h: what the window's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "parity-data-table.h"
#include "parity-document.h"
#include "parity-inspector.h"
#include "parity-load-monitor.h"
#include "parity-window.h"

G_BEGIN_DECLS

struct _ParityWindow
{
  AdwApplicationWindow  parent_instance;

  /* template children */
  AdwToastOverlay      *toast_overlay;
  AdwHeaderBar         *header_bar;
  GtkRevealer          *load_revealer;
  GtkLabel             *load_label;
  GtkProgressBar       *load_progress;
  AdwWindowTitle       *window_title;
  GtkStack             *stack;
  AdwStatusPage        *status_page;
  AdwFlap              *sidebar_flap;   /* folds over the chart in a narrow window */
  AdwFlap              *inspector_flap;
  GtkToggleButton      *sidebar_button;
  GtkButton            *open_button;
  GtkWidget            *history_box;    /* undo and redo: in the bottom bar when narrow */
  GtkWidget            *actions_box;    /* export and data table: likewise */
  GtkActionBar         *bottom_bar;
  GtkWidget            *error_actions;  /* the error page's buttons: Open Another File, Back */
  GtkWidget            *back_button;
  GtkLabel             *back_label;
  GtkWidget            *sidebar;
  GtkListBox           *chart_list;
  GtkMenuButton        *new_chart_button;
  GtkStack             *center_stack;
  ParityChartView      *chart_view;
  ParityDataTable      *data_table;
  GtkToggleButton      *data_button;
  ParityInspector      *inspector;
  GtkToggleButton      *inspector_button;
  GMenu                *recent_menu;
  guint                 recent_idle;   /* rebuilds recent_menu after the frames due */
  GPtrArray            *recent_added;  /* URIs opened, for the recent manager, in that idle */
  gboolean              recent_watched; /* connected to the recent manager's "changed" */
  GtkWidget            *chart_menu;    /* the chart list's context menu */
  GtkWidget            *every_row_button; /* on a crowded bar chart: grow its page */
  GtkWidget            *empty_page;    /* in center_stack: a document without charts */
  AdwToast             *delete_toast;  /* the last "Chart deleted", while shown (weak) */

  ParityDocument       *document;
  GCancellable         *loading;
  ParityLoadMonitor    *load_monitor;  /* the running load's progress */
  guint                 load_timer;
  GFile                *loading_file;
  gboolean              reloading;     /* the load replaces the same file's document */
  GStrv                 labels;        /* "fr=/…/wb-fr.json": merged into each load of the file */
  GFileMonitor         *monitor;
  GtkFileChooserNative *chooser;
  GSettings            *settings;      /* NULL when the schema is not installed */
  gboolean              narrow;         /* header buttons moved to the bottom bar */
  int                   adapt_width;    /* the width the last allocation gave */
  guint                 adapt_source;   /* moves them once the allocation is done */
  gboolean              inspector_wanted;  /* beside the chart whenever there is room */
  gboolean              presenting;
  double                zoom_before_presenting;
  GtkLabel             *slide_counter;      /* "3 / 12" while presenting */
  GtkRevealer          *presentation_hint;  /* how to move and leave, for a few seconds */
  guint                 hint_timer;
  char                 *presentation_lang;  /* charts presented in it, or NULL/"" their own */
  gboolean              close_confirmed;
  guint                 draft_timer;    /* writes the draft after a pause in editing */
  GFile                *draft_file;     /* the file whose draft follows the document */
  gboolean              draft_failed;   /* a failed write was reported: said once */
  GQueue                draft_jobs;     /* ParityDraftJob: drafts waiting to be written */
  GFile                *draft_writing;  /* the file whose draft a worker writes, or NULL */
  gboolean              draft_stale;    /* that draft was removed meanwhile */
  GCancellable         *draft_reading;  /* the draft found on opening, being read */
  AdwToast             *last_toast;     /* for parity_window_get_last_toast() */
  GMenu                *examples_menu;  /* Example Datasets: the bundled files */
  GCancellable         *joining;        /* Add Data From File reading its file, or NULL */
  ParityJoin           *last_join;      /* what the last one added, for its report */
  ParityThemeFile      *theme;          /* the house style, or NULL for the built-in one */
  char                 *theme_name;     /* what "theme" was set to: an id, a path or "" */
};

void     _parity_window_class_add_actions (GtkWidgetClass *widget_class);
void     _parity_window_class_add_theme   (GtkWidgetClass *widget_class);
gboolean _parity_window_set_theme         (ParityWindow   *self,
                                           const char     *name_or_path);
void     _parity_window_theme_export_dialog (ParityWindow *self,
                                             GtkWidget    *dialog);
void     _parity_window_class_add_adaptive (GtkWidgetClass *widget_class);
void     _parity_window_adaptive_dispose  (ParityWindow   *self);
void     _parity_window_init_presentation (ParityWindow   *self);
void     _parity_window_init_presentation_overlay   (ParityWindow *self);
void     _parity_window_presentation_overlay_update (ParityWindow *self);
void     _parity_window_dismiss_presentation_hint   (ParityWindow *self);
void     _parity_window_init_tooltips     (ParityWindow   *self);
void     _parity_window_class_add_chart_actions (GtkWidgetClass *widget_class);
void     _parity_window_init_chart_list   (ParityWindow   *self);
void     _parity_window_dispose_chart_list (ParityWindow  *self);
void     _parity_window_charts_update_actions (ParityWindow *self);
void     _parity_window_charts_sync_empty (ParityWindow   *self);
void     _parity_window_charts_set_dataset (ParityWindow  *self,
                                           ParityDataset  *dataset);
GMenuModel *_parity_window_new_chart_menu_model (void);
const char *_parity_window_ui_lang        (ParityWindow   *self);
void     _parity_window_refresh_data      (ParityWindow   *self);
void     _parity_window_notify_busy       (ParityWindow   *self);
void     _parity_window_show_document     (ParityWindow   *self,
                                           ParityDataset  *dataset,
                                           GFile          *file);
void     _parity_window_set_document      (ParityWindow   *self,
                                           ParityDocument *document);
void     _parity_window_cancel_load       (ParityWindow   *self);
void     _parity_window_on_file_changed   (ParityWindow      *self,
                                           GFile             *file,
                                           GFile             *other,
                                           GFileMonitorEvent  event);
void     _parity_window_update_actions    (ParityWindow   *self);
void     _parity_window_on_inspector_folded   (ParityWindow *self);
void     _parity_window_on_inspector_revealed (ParityWindow *self);
void     _parity_window_class_add_load_actions (GtkWidgetClass *widget_class);
AdwToast *_parity_window_toast            (ParityWindow   *self,
                                           const char     *title,
                                           const char     *button_label,
                                           const char     *action,
                                           GVariant       *target);
void     _parity_window_show_error        (ParityWindow   *self,
                                           const char     *title,
                                           const char     *message);
void     _parity_window_load              (ParityWindow   *self,
                                           GFile          *file,
                                           gboolean        reload);
void     _parity_window_queue_recent      (ParityWindow   *self);
void     _parity_window_add_recent        (ParityWindow   *self,
                                          const char     *uri);
void     _parity_window_recent_dispose    (ParityWindow   *self);
const char *_parity_window_get_chart_id   (ParityWindow   *self);
gboolean _parity_window_save_then         (ParityWindow   *self,
                                           gboolean        close_after);
void     _parity_window_close_later       (ParityWindow   *self);
GtkWidget *_parity_window_new_question   (ParityWindow   *self,
                                           const char     *heading,
                                           const char     *body,
                                           const char     *cancel_label,
                                           const char     *discard_label,
                                           const char     *suggested_id,
                                           const char     *suggested_label);
void     _parity_window_draft_switch      (ParityWindow   *self,
                                           ParityDocument *document);
void     _parity_window_draft_offer       (ParityWindow   *self);
void     _parity_window_draft_cancel      (ParityWindow   *self);
void     _parity_window_draft_flush       (ParityWindow   *self);
void     _parity_window_draft_discard     (ParityWindow   *self);
void     _parity_window_init_examples     (ParityWindow   *self);

GtkFileChooser *_parity_window_new_add_chooser (ParityWindow *self,
                                                const char   *title,
                                                GCallback     on_response);
void     _parity_window_class_add_join_actions (GtkWidgetClass *widget_class);
void     _parity_window_class_add_rows_actions (GtkWidgetClass *widget_class);
void     _parity_window_init_rows_offer    (ParityWindow   *self);
void     _parity_window_join_dispose      (ParityWindow   *self);

G_END_DECLS
