/* test-export-dialog.c: the export dialog, printing and the clipboard, under a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_SETTINGS_ENABLE_BACKEND

#include <adwaita.h>
#include <gio/gsettingsbackend.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>

#include "gui-test-util.h"
#include "parity-clipboard.h"
#include "parity-error.h"
#include "parity-export-dialog.h"
#include "parity-loader.h"
#include "parity-paths.h"
#include "parity-print.h"

#define CHART_ID "internet-use-by-development"
#define CHART_TITLE "Individuals using the Internet, 2019"

static ParityDataset *bundled;
static GSettingsSchema *schema;  /* NULL without glib-compile-schemas */

static gboolean
is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (data);
}

typedef struct
{
  guint  n_emissions;
  GFile *file;
  GStrv  warnings;
} Exported;

static void
on_exported (ParityExportDialog *dialog,
             GFile              *file,
             GStrv               warnings,
             Exported           *exported)
{
  exported->n_emissions++;
  g_set_object (&exported->file, file);
  g_strfreev (exported->warnings);
  exported->warnings = g_strdupv (warnings);
}

static void
exported_clear (Exported *exported)
{
  g_clear_object (&exported->file);
  g_clear_pointer (&exported->warnings, g_strfreev);
}

/* A presented dialog, as the window would show it; the caller destroys it. */
static ParityExportDialog *
open_dialog (GtkWindow     *parent,
             ParityDataset *dataset,
             const char    *chart_id,
             GSettings     *settings,
             Exported      *exported)
{
  GtkWidget *dialog = parity_export_dialog_new (parent, dataset, chart_id, settings);

  g_signal_connect (dialog, "exported", G_CALLBACK (on_exported), exported);
  gtk_window_present (GTK_WINDOW (dialog));
  gui_test_wait_for (is_mapped, dialog, "the dialog to be shown");
  return PARITY_EXPORT_DIALOG (dialog);
}

static GtkWidget *
find_row (GtkWidget  *root,
          const char *title)
{
  return gui_test_find (root, ADW_TYPE_PREFERENCES_ROW, title);
}

static GtkWidget *
find_error_label (GtkWidget *root)
{
  if (GTK_IS_LABEL (root) && gtk_widget_has_css_class (root, "error"))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_error_label (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Whether @widget and every ancestor are visible: what a person could see. */
static gboolean
is_shown (GtkWidget *widget)
{
  for (; widget != NULL; widget = gtk_widget_get_parent (widget))
    if (!gtk_widget_get_visible (widget))
      return FALSE;
  return TRUE;
}

static char *
tool_output (const char *tool,
             const char *path)
{
  g_autofree char *program = g_find_program_in_path (tool);
  const char *argv[] = { tool, path, "-", NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;

  if (program == NULL)
    return NULL;
  /* pdfinfo takes one file; pdftotext writes to the "-" after it. */
  if (g_str_equal (tool, "pdfinfo"))
    argv[2] = NULL;
  g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

static void
read_png_size (const char *path,
               guint32    *width,
               guint32    *height)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  gsize length;
  const guchar *p;

  g_file_get_contents (path, &data, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (length, >, 24);
  g_assert_cmpmem (data, 8, "\x89PNG\r\n\x1a\n", 8);
  g_assert_cmpmem (data + 12, 4, "IHDR", 4);
  p = (const guchar *)data + 16;
  *width = (guint32)p[0] << 24 | p[1] << 16 | p[2] << 8 | p[3];
  *height = (guint32)p[4] << 24 | p[5] << 16 | p[6] << 8 | p[7];
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static char *
make_tmp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("parity-export-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
test_pdf_slide (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "chart.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *info = NULL;
  Exported exported = { 0 };
  ParityExportDialog *dialog = open_dialog (NULL, bundled, CHART_ID, NULL, &exported);
  gsize length;

  parity_export_dialog_set_format (dialog, PARITY_EXPORT_PDF);
  parity_export_dialog_set_preset (dialog, "slide");
  g_assert_true (parity_export_dialog_export_to (dialog, file, &error));
  g_assert_no_error (error);

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 4);
  g_assert_cmpmem (contents, 4, "%PDF", 4);
  info = tool_output ("pdfinfo", path);
  if (info != NULL)
    g_assert_nonnull (strstr (info, "Page size:       1440 x 810 pts"));
  else
    g_test_message ("pdfinfo is missing: the page size is not checked");

  /* Exactly once, with the file written; the dialog is left to its caller. */
  g_assert_cmpuint (exported.n_emissions, ==, 1);
  g_assert_true (g_file_equal (exported.file, file));
  g_assert_nonnull (exported.warnings);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));

  gtk_window_destroy (GTK_WINDOW (dialog));
  exported_clear (&exported);
  remove_tree (dir);
}

static void
test_png_custom_size (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "chart.png", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  Exported exported = { 0 };
  ParityExportDialog *dialog = open_dialog (NULL, bundled, CHART_ID, NULL, &exported);
  GtkWidget *width_row = find_row (GTK_WIDGET (dialog), "_Width");
  GtkWidget *dpi_row = find_row (GTK_WIDGET (dialog), "_Resolution");
  guint32 width, height;

  g_assert_nonnull (width_row);
  g_assert_nonnull (dpi_row);
  /* A vector format has no resolution, and a preset's size is not edited. */
  parity_export_dialog_set_format (dialog, PARITY_EXPORT_SVG);
  parity_export_dialog_set_preset (dialog, "report");
  g_assert_false (gtk_widget_get_sensitive (dpi_row));
  g_assert_false (gtk_widget_get_sensitive (width_row));

  parity_export_dialog_set_format (dialog, PARITY_EXPORT_PNG);
  parity_export_dialog_set_preset (dialog, "custom");
  parity_export_dialog_set_custom_size (dialog, 100, 50);
  parity_export_dialog_set_dpi (dialog, 200);
  g_assert_true (gtk_widget_get_sensitive (dpi_row));
  g_assert_true (gtk_widget_get_sensitive (width_row));
  /* The core rounds up: 100 mm at 200 dpi is 787.4 pixels, written as 788. */
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (dpi_row)), ==,
                   "788 × 394 pixels");

  g_assert_true (parity_export_dialog_export_to (dialog, file, &error));
  g_assert_no_error (error);
  read_png_size (path, &width, &height);
  g_assert_cmpuint (width, ==, 788);
  g_assert_cmpuint (height, ==, 394);
  g_assert_cmpuint (exported.n_emissions, ==, 1);

  /* Leaving Custom for a preset and coming back keeps the custom size. */
  parity_export_dialog_set_preset (dialog, "square");
  g_assert_false (gtk_widget_get_sensitive (width_row));
  parity_export_dialog_set_preset (dialog, "custom");
  parity_export_dialog_set_dpi (dialog, 200);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (dpi_row)), ==,
                   "788 × 394 pixels");

  gtk_window_destroy (GTK_WINDOW (dialog));
  exported_clear (&exported);
  remove_tree (dir);
}

static void
test_missing_folder_fails_in_dialog (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *bad_path = g_build_filename (dir, "no-such-folder", "chart.pdf", NULL);
  g_autofree char *good_path = g_build_filename (dir, "chart.pdf", NULL);
  g_autoptr(GFile) bad = g_file_new_for_path (bad_path);
  g_autoptr(GFile) good = g_file_new_for_path (good_path);
  g_autoptr(GError) error = NULL;
  Exported exported = { 0 };
  ParityExportDialog *dialog = open_dialog (NULL, bundled, CHART_ID, NULL, &exported);
  GtkWidget *error_label = find_error_label (GTK_WIDGET (dialog));

  g_assert_nonnull (error_label);
  g_assert_false (is_shown (error_label));
  parity_export_dialog_set_preset (dialog, "half-page");

  g_assert_false (parity_export_dialog_export_to (dialog, bad, &error));
  g_assert_nonnull (error);
  g_assert_cmpuint (exported.n_emissions, ==, 0);
  g_assert_false (g_file_test (bad_path, G_FILE_TEST_EXISTS));
  /* The dialog stays, says what went wrong, and still holds what was chosen. */
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_true (is_shown (error_label));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (error_label)), "chart.pdf"));

  g_assert_true (parity_export_dialog_export_to (dialog, good, NULL));
  g_assert_cmpuint (exported.n_emissions, ==, 1);
  g_assert_false (is_shown (error_label));

  gtk_window_destroy (GTK_WINDOW (dialog));
  exported_clear (&exported);
  remove_tree (dir);
}

static const char translated_dataset[] =
  "{\n"
  "  \"format\": \"parity-dataset\", \"version\": 1, \"default_language\": \"en\",\n"
  "  \"title\": \"Test\", \"sources\": [],\n"
  "  \"entities\": [\n"
  "    { \"id\": \"A\", \"label\": { \"en\": \"Africa\", \"fr\": \"Afrique\" } },\n"
  "    { \"id\": \"B\", \"label\": { \"en\": \"Europe\", \"de\": \"Europa\" } }\n"
  "  ],\n"
  "  \"indicators\": [\n"
  "    { \"id\": \"use\", \"label\": \"Use\", \"unit\": { \"kind\": \"percent\", \"symbol\": \"%\" },\n"
  "      \"observations\": [\n"
  "        { \"entity\": \"A\", \"period\": \"2019\", \"value\": 28.6 },\n"
  "        { \"entity\": \"B\", \"period\": \"2019\", \"value\": 82.5 } ] }\n"
  "  ],\n"
  "  \"charts\": [\n"
  "    { \"id\": \"" CHART_ID "\", \"kind\": \"bar\", \"indicator\": \"use\",\n"
  "      \"period\": \"2019\",\n"
  "      \"title\": { \"en\": \"Internet use: Africa & Europe (2019)\",\n"
  "                 \"fr\": \"Utilisation d’Internet — été 2019\" } },\n"
  "    { \"id\": \"own\", \"kind\": \"bar\", \"indicator\": \"use\", \"period\": \"2019\",\n"
  "      \"title\": \"Made square, in Spanish\", \"preset\": \"square\", \"lang\": \"es\" }\n"
  "  ]\n"
  "}\n";

static void
test_file_name_and_languages (void)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (translated_dataset,
                                                sizeof translated_dataset - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(ParityDataset) dataset = parity_dataset_load_bytes (bytes, "test.json", &error);
  Exported exported = { 0 };
  ParityExportDialog *dialog;
  GtkWidget *lang_row;
  GListModel *langs;
  g_autofree char *bundled_name = NULL;
  g_autofree char *english = NULL;
  g_autofree char *french = NULL;
  g_autofree char *svg = NULL;

  dialog = open_dialog (NULL, bundled, CHART_ID, NULL, &exported);
  parity_export_dialog_set_format (dialog, PARITY_EXPORT_PDF);
  bundled_name = parity_export_dialog_dup_file_name (dialog);
  g_assert_cmpstr (bundled_name, ==, "individuals-using-the-internet-2019.pdf");
  gtk_window_destroy (GTK_WINDOW (dialog));

  g_assert_no_error (error);
  dialog = open_dialog (NULL, dataset, CHART_ID, NULL, &exported);
  /* Every language of the chart's texts by its own name, the dataset's default first (the
   * test's window runs untranslated), then the others by tag. */
  lang_row = find_row (GTK_WIDGET (dialog), "Chart _Language");
  g_assert_nonnull (lang_row);
  langs = adw_combo_row_get_model (ADW_COMBO_ROW (lang_row));
  g_assert_cmpuint (g_list_model_get_n_items (langs), ==, 3);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (langs), 0), ==, "English");
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (langs), 1), ==, "Deutsch");
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (langs), 2), ==, "Français");
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (lang_row)), ==, 0);
  g_assert_false (parity_export_dialog_set_lang (dialog, "es"));

  parity_export_dialog_set_format (dialog, PARITY_EXPORT_PNG);
  english = parity_export_dialog_dup_file_name (dialog);
  g_assert_cmpstr (english, ==, "internet-use-africa-europe-2019.png");
  g_assert_true (parity_export_dialog_set_lang (dialog, "fr"));
  french = parity_export_dialog_dup_file_name (dialog);
  g_assert_cmpstr (french, ==, "utilisation-d-internet-été-2019.png");
  parity_export_dialog_set_format (dialog, PARITY_EXPORT_SVG);
  svg = parity_export_dialog_dup_file_name (dialog);
  g_assert_true (g_str_has_suffix (svg, "-2019.svg"));

  gtk_window_destroy (GTK_WINDOW (dialog));
  exported_clear (&exported);
}

/* Settings of their own for each test, in memory. */
static GSettings *
new_settings (void)
{
  g_autoptr(GSettingsBackend) backend = NULL;

  if (schema == NULL)
    return NULL;
  backend = g_memory_settings_backend_new ();
  return g_settings_new_full (schema, backend, NULL);
}

static const char *
selected_string (GtkWidget *combo_row)
{
  GListModel *model = adw_combo_row_get_model (ADW_COMBO_ROW (combo_row));

  return gtk_string_list_get_string (GTK_STRING_LIST (model),
                                     adw_combo_row_get_selected (ADW_COMBO_ROW (combo_row)));
}

/* A chart made for a size and a language opens at them, whatever was used last. */
static void
test_chart_own_size_and_language (void)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (translated_dataset,
                                                sizeof translated_dataset - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(ParityDataset) dataset = parity_dataset_load_bytes (bytes, "test.json", &error);
  g_autoptr(GSettings) settings = new_settings ();
  Exported exported = { 0 };
  ParityExportDialog *dialog;
  GtkWidget *lang_row, *preset_row, *dpi_row;
  GListModel *langs;

  g_assert_no_error (error);
  if (settings != NULL)
    {
      g_settings_set_string (settings, "export-format", "png");
      g_settings_set_string (settings, "export-preset", "slide");
      g_settings_set_double (settings, "export-dpi", 300);
    }
  dialog = open_dialog (NULL, dataset, "own", settings, &exported);
  parity_export_dialog_set_format (dialog, PARITY_EXPORT_PNG);
  lang_row = find_row (GTK_WIDGET (dialog), "Chart _Language");
  preset_row = find_row (GTK_WIDGET (dialog), "_Size");
  dpi_row = find_row (GTK_WIDGET (dialog), "_Resolution");

  /* The chart's language is offered even with no text in it: it still sets the numbers. */
  langs = adw_combo_row_get_model (ADW_COMBO_ROW (lang_row));
  g_assert_cmpuint (g_list_model_get_n_items (langs), ==, 4);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (langs), 0), ==, "English");
  g_assert_cmpstr (selected_string (lang_row), ==, "Español");
  g_assert_cmpstr (selected_string (preset_row), ==, "Square — 1080 × 1080 px");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (dpi_row)), ==,
                   "1080 × 1080 pixels");

  gtk_window_destroy (GTK_WINDOW (dialog));
  exported_clear (&exported);
}

static const char schema_xml[] =
  "<schemalist>\n"
  "  <schema id=\"io.github.paritycharts.Parity\" path=\"/io/github/paritycharts/Parity/\">\n"
  "    <key name=\"export-format\" type=\"s\"><default>'pdf'</default></key>\n"
  "    <key name=\"export-preset\" type=\"s\"><default>'report'</default></key>\n"
  "    <key name=\"export-width-mm\" type=\"d\"><default>160</default></key>\n"
  "    <key name=\"export-height-mm\" type=\"d\"><default>100</default></key>\n"
  "    <key name=\"export-dpi\" type=\"d\"><default>300</default></key>\n"
  "    <key name=\"last-export-folder\" type=\"s\"><default>''</default></key>\n"
  "  </schema>\n"
  "</schemalist>\n";

/* The project's schema when the source tree has one, else the keys the dialog uses. */
static GSettingsSchema *
compile_schema (const char *dir)
{
  const char *datadir = parity_paths_get_pkgdatadir ();
  g_autofree char *source = g_build_filename (datadir, "io.github.paritycharts.Parity.gschema.xml",
                                              NULL);
  g_autofree char *copy = g_build_filename (dir, "io.github.paritycharts.Parity.gschema.xml",
                                            NULL);
  g_autofree char *contents = NULL;
  const char *argv[] = { "glib-compile-schemas", dir, NULL };
  g_autoptr(GSettingsSchemaSource) schemas = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  if (source == NULL || !g_file_get_contents (source, &contents, NULL, NULL))
    contents = g_strdup (schema_xml);
  g_file_set_contents (copy, contents, -1, &error);
  g_assert_no_error (error);
  if (!g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL,
                     &status, NULL) || !g_spawn_check_wait_status (status, NULL))
    return NULL;
  schemas = g_settings_schema_source_new_from_directory (dir, NULL, FALSE, &error);
  g_assert_no_error (error);
  return g_settings_schema_source_lookup (schemas, "io.github.paritycharts.Parity", FALSE);
}

static void
test_settings_round_trip (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *png_path = g_build_filename (dir, "square.png", NULL);
  g_autofree char *pdf_path = g_build_filename (dir, "custom.pdf", NULL);
  g_autoptr(GFile) png = g_file_new_for_path (png_path);
  g_autoptr(GFile) pdf = g_file_new_for_path (pdf_path);
  g_autoptr(GFile) under_a_file = g_file_get_child (png, "x.svg");
  g_autoptr(GSettings) settings = new_settings ();
  g_autofree char *folder = NULL;
  g_autofree char *format = NULL;
  g_autofree char *preset = NULL;
  g_autofree char *info = NULL;
  Exported exported = { 0 };
  ParityExportDialog *dialog;
  guint32 width, height;

  if (settings == NULL)
    {
      g_test_skip ("glib-compile-schemas is missing");
      remove_tree (dir);
      return;
    }
  g_settings_set_string (settings, "export-format", "png");
  g_settings_set_string (settings, "export-preset", "square");
  g_settings_set_double (settings, "export-dpi", 150);

  /* The dialog starts where the last export left off. */
  dialog = open_dialog (NULL, bundled, CHART_ID, settings, &exported);
  g_assert_true (parity_export_dialog_export_to (dialog, png, NULL));
  read_png_size (png_path, &width, &height);
  g_assert_cmpuint (width, ==, 1688);  /* 810 pt at 150 dpi is 1687.5 pixels */
  g_assert_cmpuint (height, ==, 1688);

  /* A successful export is remembered. */
  parity_export_dialog_set_format (dialog, PARITY_EXPORT_PDF);
  parity_export_dialog_set_preset (dialog, "custom");
  parity_export_dialog_set_custom_size (dialog, 120, 80);
  g_assert_true (parity_export_dialog_export_to (dialog, pdf, NULL));
  format = g_settings_get_string (settings, "export-format");
  preset = g_settings_get_string (settings, "export-preset");
  folder = g_settings_get_string (settings, "last-export-folder");
  g_assert_cmpstr (format, ==, "pdf");
  g_assert_cmpstr (preset, ==, "custom");
  g_assert_cmpfloat (g_settings_get_double (settings, "export-width-mm"), ==, 120);
  g_assert_cmpfloat (g_settings_get_double (settings, "export-height-mm"), ==, 80);
  g_assert_cmpstr (folder, ==, dir);
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* A failed export is not. */
  dialog = open_dialog (NULL, bundled, CHART_ID, settings, &exported);
  parity_export_dialog_set_format (dialog, PARITY_EXPORT_SVG);
  g_assert_false (parity_export_dialog_export_to (dialog, under_a_file, NULL));
  g_free (format);
  format = g_settings_get_string (settings, "export-format");
  g_assert_cmpstr (format, ==, "pdf");
  info = tool_output ("pdfinfo", pdf_path);
  if (info != NULL)
    g_assert_nonnull (strstr (info, "340.157 x 226.772 pts"));

  gtk_window_destroy (GTK_WINDOW (dialog));
  exported_clear (&exported);
  remove_tree (dir);
}


static gboolean
is_gone (gpointer data)
{
  return *(gpointer *)data == NULL;
}

/* The whole way a person goes: Export…, the file chooser with a proposed name, Export. */
static void
test_choose_file_exports_and_closes (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "individuals-using-the-internet-2019.svg",
                                            NULL);
  g_autoptr(GSettings) settings = new_settings ();
  g_autofree char *bundled_path = parity_dataset_get_bundled_path ();
  Exported exported = { 0 };
  ParityWindow *window;
  ParityExportDialog *dialog;
  gpointer weak;
  GtkWidget *chooser;
  g_autofree char *name = NULL;

  if (settings == NULL)
    {
      g_test_skip ("glib-compile-schemas is missing");
      remove_tree (dir);
      return;
    }
  /* The chooser opens where the last export went. */
  g_settings_set_string (settings, "last-export-folder", dir);
  window = gui_test_open (bundled_path);
  dialog = open_dialog (GTK_WINDOW (window), parity_window_get_dataset (window), CHART_ID,
                        settings, &exported);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (dialog)));
  weak = dialog;
  g_object_add_weak_pointer (G_OBJECT (dialog), &weak);
  parity_export_dialog_set_format (dialog, PARITY_EXPORT_SVG);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "export.choose-file", NULL));
  gui_test_wait_for (gui_test_has_file_chooser, NULL, "the file chooser");
  chooser = gui_test_find_file_chooser ();
  name = gtk_file_chooser_get_current_name (GTK_FILE_CHOOSER (chooser));
  g_assert_cmpstr (name, ==, "individuals-using-the-internet-2019.svg");
  gui_test_wait_chooser_file (chooser, path);
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);

  gui_test_wait_for (is_gone, &weak, "the dialog to close");
  g_assert_cmpuint (exported.n_emissions, ==, 1);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  gtk_window_destroy (GTK_WINDOW (window));
  exported_clear (&exported);
  remove_tree (dir);
}

static void
test_print_to_pdf (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "printed.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *info = NULL;
  g_autofree char *text = NULL;

  g_assert_true (parity_print_chart_to_pdf (bundled, CHART_ID, NULL, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  info = tool_output ("pdfinfo", path);
  text = tool_output ("pdftotext", path);
  if (info == NULL || text == NULL)
    {
      g_test_skip ("pdfinfo or pdftotext is missing: the page is not checked");
      remove_tree (dir);
      return;
    }
  g_assert_true (g_regex_match_simple ("^Pages: +1$", info, G_REGEX_MULTILINE, 0));
  g_assert_nonnull (strstr (text, CHART_TITLE));

  g_assert_false (parity_print_chart_to_pdf (bundled, "no-such-chart", NULL, path, &error));
  g_assert_error (error, PARITY_ERROR, PARITY_ERROR_NOT_FOUND);
  remove_tree (dir);
}

static guint
count (const char *haystack,
       const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p + 1, needle))
    n++;
  return n;
}

/* A chart grown to hold every economy prints on several pages, each row once. */
static void
test_print_grown_chart (void)
{
  g_autofree char *data = g_test_build_filename (G_TEST_DIST, "kinds", "sorted-bars-test.json",
                                                 NULL);
  g_autoptr(ParityDataset) dataset = parity_dataset_load_file (data, NULL);
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "printed.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *info = NULL;
  g_autofree char *text = NULL;
  const char *pages;

  g_assert_nonnull (dataset);
  g_assert_true (parity_print_chart_to_pdf (dataset, "internet-every-economy", NULL, path,
                                            &error));
  g_assert_no_error (error);
  info = tool_output ("pdfinfo", path);
  text = tool_output ("pdftotext", path);
  if (info == NULL || text == NULL)
    {
      g_test_skip ("pdfinfo or pdftotext is missing: the pages are not checked");
      remove_tree (dir);
      return;
    }
  pages = strstr (info, "Pages:");
  g_assert_nonnull (pages);
  g_assert_cmpint (atoi (pages + strlen ("Pages:")), >, 2);
  /* Each name once: no page repeats another's rows, none cuts a row in two. */
  g_assert_cmpuint (count (text, "Individuals using the Internet, 2022"), ==, 1);
  g_assert_cmpuint (count (text, "Bahrain"), ==, 1);
  g_assert_cmpuint (count (text, "Burundi"), ==, 1);
  g_assert_cmpuint (count (text, "Luxembourg"), ==, 1);
  remove_tree (dir);
}

static void
on_texture_read (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  GdkTexture **texture = user_data;
  g_autoptr(GError) error = NULL;

  *texture = gdk_clipboard_read_texture_finish (GDK_CLIPBOARD (source), result, &error);
  g_assert_no_error (error);
}

static gboolean
is_set (gpointer data)
{
  return *(gpointer *)data != NULL;
}

static void
test_clipboard_copy (void)
{
  GdkClipboard *clipboard = gdk_display_get_clipboard (gdk_display_get_default ());
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree guchar *pixels = NULL;
  gboolean varied = FALSE;
  int width, height;

  g_assert_true (parity_clipboard_copy_chart (clipboard, bundled, CHART_ID, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (gdk_clipboard_is_local (clipboard));
  gdk_clipboard_read_texture_async (clipboard, NULL, on_texture_read, &texture);
  gui_test_wait_for (is_set, &texture, "the clipboard's texture");
  width = gdk_texture_get_width (texture);
  height = gdk_texture_get_height (texture);
  g_assert_cmpint (width, ==, 1920);
  g_assert_cmpint (height, ==, 1080);

  /* A chart, not a blank: opaque background and more than one colour. */
  pixels = g_malloc ((gsize)width * height * 4);
  gdk_texture_download (texture, pixels, (gsize)width * 4);
  g_assert_cmpuint (pixels[3], ==, 255);
  for (gsize i = 0; i < (gsize)width * height && !varied; i++)
    varied = memcmp (pixels + i * 4, pixels, 4) != 0;
  g_assert_true (varied);

  g_assert_false (parity_clipboard_copy_chart (clipboard, bundled, "no-such-chart", NULL, &error));
  g_assert_error (error, PARITY_ERROR, PARITY_ERROR_NOT_FOUND);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *path = NULL;
  g_autofree char *schema_dir = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  /* The file chooser test drives GTK's own dialog, not a desktop portal's. */
  g_unsetenv ("GTK_USE_PORTAL");
  if (!gui_test_init (&argc, &argv))
    return 0;

  path = parity_dataset_get_bundled_path ();
  bundled = parity_dataset_load_file (path, &error);
  g_assert_no_error (error);
  schema_dir = make_tmp_dir ();
  schema = compile_schema (schema_dir);

  g_test_add_func ("/export-dialog/pdf-slide", test_pdf_slide);
  g_test_add_func ("/export-dialog/png-custom-size", test_png_custom_size);
  g_test_add_func ("/export-dialog/missing-folder-fails-in-dialog",
                   test_missing_folder_fails_in_dialog);
  g_test_add_func ("/export-dialog/file-name-and-languages", test_file_name_and_languages);
  g_test_add_func ("/export-dialog/chart-own-size-and-language",
                   test_chart_own_size_and_language);
  g_test_add_func ("/export-dialog/settings-round-trip", test_settings_round_trip);
  g_test_add_func ("/export-dialog/choose-file-exports-and-closes",
                   test_choose_file_exports_and_closes);
  g_test_add_func ("/print/to-pdf", test_print_to_pdf);
  g_test_add_func ("/print/grown-chart", test_print_grown_chart);
  g_test_add_func ("/clipboard/copy", test_clipboard_copy);
  status = g_test_run ();
  g_clear_pointer (&schema, g_settings_schema_unref);
  remove_tree (schema_dir);
  g_object_unref (bundled);
  return status;
}
