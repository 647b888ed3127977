/* gui-test-util.h: driving the real window from tests, without sleeps
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "parity-application.h"
#include "parity-window.h"

G_BEGIN_DECLS

typedef gboolean (*GuiCondition) (gpointer data);
typedef gboolean (*GuiWidgetMatch) (GtkWidget     *widget,
                                    gconstpointer  data);

void          gui_test_set_language (const char *language);
gboolean      gui_test_init       (int           *argc,
                                   char        ***argv);
void          gui_test_wait_for   (GuiCondition  condition,
                                   gpointer      data,
                                   const char   *what);
ParityWindow *gui_test_open       (const char   *path);
void          gui_test_wait_painted (ParityWindow *window);
GtkWidget    *gui_test_find       (GtkWidget    *root,
                                   GType         type,
                                   const char   *title);
GtkWidget    *gui_test_find_where (GtkWidget      *root,
                                   GuiWidgetMatch  match,
                                   gconstpointer   data);
GtkLabel     *gui_test_find_label (GtkWidget    *root,
                                   const char   *text);
void          gui_test_wait_for_label (ParityWindow *window,
                                       const char   *text);
AdwMessageDialog *gui_test_find_dialog     (ParityWindow *window,
                                            const char   *heading);
AdwMessageDialog *gui_test_wait_for_dialog (ParityWindow *window,
                                            const char   *heading);
char         *gui_test_write_temp (const char   *contents);
char         *gui_test_write_big_dataset (void);
char         *gui_test_bundled_path (const char *file_name);
ParityWindow *gui_test_open_copy  (char        **copy_path);
const char   *gui_test_chart_title (ParityWindow *window);
ParityApplication *gui_test_get_app (void);
GtkWidget    *gui_test_find_file_chooser (void);
gboolean      gui_test_has_file_chooser  (gpointer      data);
void          gui_test_wait_chooser_file (GtkWidget    *chooser,
                                          const char   *path);
void          gui_test_cancel_load (ParityWindow *window);
void          gui_test_assert_accessible_label (GtkWidget  *widget,
                                                const char *expected);

G_END_DECLS
