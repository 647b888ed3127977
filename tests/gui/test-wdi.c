/* test-wdi.c: a file shaped like the World Bank's WDI download, opened in the real window
 *
 * A generated wide CSV of 50 000 rows (WDICSV.csv's layout: aggregates and economies, 310
 * indicators with commas in their names, years 1960–2023, gaps, E-notation) is opened over
 * an open document: the progress bar shows, Cancel leaves the document as it was, and opened
 * again it shows its first chart, with every indicator in New Chart's list (made in chunks
 * past 300).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <string.h>

#include "gui-test-util.h"
#include "parity-indicator-picker.h"

#define N_INDICATORS 310
#define N_PLACES 162

static const char * const aggregates[] = { "WLD", "World", "LIC", "Low income", "HIC",
                                           "High income", "SSF", "Sub-Saharan Africa" };

static char *
write_wdi (void)
{
  g_autoptr(GString) csv = g_string_new ("\"Country Name\",\"Country Code\",\"Indicator Name\","
                                         "\"Indicator Code\"");
  g_autoptr(GError) error = NULL;
  char *path = NULL;
  int fd = g_file_open_tmp ("parity-wdi-XXXXXX.csv", &path, &error);

  g_assert_no_error (error);
  close (fd);
  for (guint y = 1960; y <= 2023; y++)
    g_string_append_printf (csv, ",\"%u\"", y);
  g_string_append_c (csv, '\n');
  for (guint e = 0; e < N_PLACES; e++)
    for (guint i = 0; i < N_INDICATORS; i++)
      {
        if (e < G_N_ELEMENTS (aggregates) / 2)
          g_string_append_printf (csv, "\"%s\",\"%s\",", aggregates[2 * e + 1],
                                  aggregates[2 * e]);
        else
          g_string_append_printf (csv, "\"Economy %u\",\"E%02u\",", e, e);
        g_string_append_printf (csv, "\"Indicator %u, total (%% of population)\",\"IND.%u\"",
                                i, i);
        for (guint y = 1960; y <= 2023; y++)
          if (y < 1990 || (y + e + i) % 5 == 0)
            g_string_append (csv, ",\"\"");
          else if (i % 2 == 0)
            g_string_append_printf (csv, ",\"%u.%06u\"", (e + y) % 100, (i * 7919 + y) % 1000000);
          else
            g_string_append_printf (csv, ",\"%u.2345E+%u\"", 1 + e % 9, 9 + y % 3);
        g_string_append_c (csv, '\n');
      }
  g_file_set_contents (path, csv->str, (gssize)csv->len, &error);
  g_assert_no_error (error);
  return path;
}

static gboolean
is_idle (gpointer data)
{
  return !parity_window_get_busy (data);
}

static GtkProgressBar *
progress_bar (ParityWindow *window)
{
  return GTK_PROGRESS_BAR (gui_test_find (GTK_WIDGET (window), GTK_TYPE_PROGRESS_BAR, NULL));
}

/* The bar moved past zero, or the load ended (which fails the test). */
static gboolean
progress_shown (gpointer data)
{
  return gtk_progress_bar_get_fraction (progress_bar (data)) > 0 ||
         !parity_window_get_busy (data);
}

static gboolean
picker_full (gpointer data)
{
  return parity_indicator_picker_count_shown (data) == N_INDICATORS;
}

static void
test_open_cancel_open (void)
{
  g_autofree char *path = NULL;
  ParityWindow *window = gui_test_open_copy (&path);
  ParityDataset *before = parity_window_get_dataset (window);
  g_autofree char *wdi = write_wdi ();
  g_autoptr(GFile) file = g_file_new_for_path (wdi);
  ParityIndicatorPicker *picker;
  ParityDataset *dataset;

  /* Progress, then Cancel: the document is the one before. */
  parity_window_open (window, file);
  gui_test_wait_for (progress_shown, window, "the progress bar to move");
  gui_test_cancel_load (window);
  g_assert_true (parity_window_get_dataset (window) == before);
  g_assert_nonnull (parity_chart_view_get_scene (parity_window_get_chart_view (window)));

  /* Opened to the end: every indicator, aggregates known as such, a chart on screen. */
  parity_window_open (window, file);
  gui_test_wait_for (is_idle, window, "the load to end");
  dataset = parity_window_get_dataset (window);
  g_assert_true (dataset != before);
  g_assert_cmpuint (parity_dataset_get_n_indicators (dataset), ==, N_INDICATORS);
  g_assert_cmpuint (parity_dataset_get_n_entities (dataset), ==, N_PLACES);
  g_assert_cmpint (parity_dataset_get_entity (
                     dataset, parity_dataset_lookup_entity (dataset, "WLD"))->kind, ==,
                   PARITY_ENTITY_WORLD);
  g_assert_cmpint (parity_dataset_get_entity (
                     dataset, parity_dataset_lookup_entity (dataset, "LIC"))->kind, ==,
                   PARITY_ENTITY_DEVELOPMENT_GROUP);
  gui_test_wait_painted (window);
  g_assert_nonnull (parity_chart_view_get_scene (parity_window_get_chart_view (window)));
  /* Default charts for the first indicators only, not a list of a thousand. */
  g_assert_cmpuint (parity_dataset_get_n_charts (dataset), <, 100);
  picker = PARITY_INDICATOR_PICKER (gui_test_find (GTK_WIDGET (window),
                                                   PARITY_TYPE_INDICATOR_PICKER, NULL));
  g_assert_nonnull (picker);
  gui_test_wait_for (picker_full, picker, "New Chart's list to hold every indicator");

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (path);
  g_unlink (wdi);
}

int
main (int    argc,
      char **argv)
{
  if (!gui_test_init (&argc, &argv))
    return 0;
  g_test_add_func ("/wdi/open-cancel-open", test_open_cancel_open);
  return g_test_run ();
}
