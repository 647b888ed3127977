/* test-preferences.c: drives the real preferences window under a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gsettingsbackend.h>

#include "gui-test-util.h"
#include "parity-loader.h"
#include "parity-paths.h"
#include "parity-preferences-window.h"
#include "parity-preset.h"
#include "parity-style.h"

#define SCHEMA_ID "io.github.paritycharts.Parity"

/* Settings of their own for each test, in memory: nothing is read from or written to the
 * user's configuration, and no test sees another's changes. The schema is the one compiled
 * in the build tree, where the application finds it (parity_paths_get_schemadir()). */
static GSettings *
new_settings (void)
{
  g_autoptr(GSettingsSchemaSource) source = NULL;
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettingsBackend) backend = g_memory_settings_backend_new ();

  g_assert_nonnull (parity_paths_get_schemadir ());
  source = g_settings_schema_source_new_from_directory (parity_paths_get_schemadir (), NULL,
                                                        FALSE, NULL);
  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, SCHEMA_ID, TRUE);
  if (schema == NULL)
    g_error ("schema %s not found in %s", SCHEMA_ID, parity_paths_get_schemadir ());
  return g_settings_new_full (schema, backend, NULL);
}

static AdwComboRow *
find_combo_row (GtkWidget  *window,
                const char *title)
{
  GtkWidget *row = gui_test_find (window, ADW_TYPE_COMBO_ROW, title);

  g_assert_nonnull (row);
  return ADW_COMBO_ROW (row);
}

static GtkSpinButton *
find_spin_button (GtkWidget *window)
{
  GtkWidget *spin = gui_test_find (window, GTK_TYPE_SPIN_BUTTON, NULL);

  g_assert_nonnull (spin);
  return GTK_SPIN_BUTTON (spin);
}

static const char *
selected_label (AdwComboRow *row)
{
  GtkStringObject *item = adw_combo_row_get_selected_item (row);

  g_assert_nonnull (item);
  return gtk_string_object_get_string (item);
}

static gboolean
is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (data);
}

static GtkWidget *
show_preferences (GSettings *settings)
{
  GtkWidget *window = parity_preferences_window_new (NULL, settings);

  gtk_window_present (GTK_WINDOW (window));
  gui_test_wait_for (is_mapped, window, "the preferences window to be shown");
  return window;
}

static void
test_rows_show_the_settings (void)
{
  g_autoptr(GSettings) settings = new_settings ();
  GtkWidget *window = show_preferences (settings);
  AdwComboRow *size_row = find_combo_row (window, "S_ize");
  const ParityPreset *presets;
  guint n_presets;

  /* The schema's defaults. */
  g_assert_cmpstr (selected_label (find_combo_row (window, "_Style")), ==, "Follow System");
  g_assert_cmpstr (selected_label (find_combo_row (window, "_Format")), ==, "PDF");
  g_assert_cmpuint (adw_combo_row_get_selected (size_row), ==, 0);
  g_assert_cmpfloat (gtk_spin_button_get_value (find_spin_button (window)), ==, 300);

  /* Every size the core knows, then Custom, and a change in the settings shows at once. */
  presets = parity_preset_get_all (&n_presets);
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (size_row)), ==,
                    n_presets + 1);
  g_settings_set_string (settings, "export-preset", "custom");
  g_assert_cmpstr (selected_label (size_row), ==, "Custom");
  g_settings_set_string (settings, "export-preset", presets[n_presets - 1].name);
  g_assert_cmpuint (adw_combo_row_get_selected (size_row), ==, n_presets - 1);
  g_settings_set_double (settings, "export-dpi", 600);
  g_assert_cmpfloat (gtk_spin_button_get_value (find_spin_button (window)), ==, 600);

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
is_forced_dark (gpointer data)
{
  return adw_style_manager_get_color_scheme (data) == ADW_COLOR_SCHEME_FORCE_DARK;
}

static void
test_style_row_sets_the_style (void)
{
  g_autoptr(GSettings) settings = new_settings ();
  AdwStyleManager *style_manager = adw_style_manager_get_default ();
  GtkWidget *window;
  g_autofree char *style = NULL;

  parity_style_follow_settings (settings);
  g_assert_cmpint (adw_style_manager_get_color_scheme (style_manager), ==,
                   ADW_COLOR_SCHEME_DEFAULT);
  window = show_preferences (settings);

  adw_combo_row_set_selected (find_combo_row (window, "_Style"), 2);
  style = g_settings_get_string (settings, "style-variant");
  g_assert_cmpstr (style, ==, "dark");
  gui_test_wait_for (is_forced_dark, style_manager, "the dark style");
  g_assert_true (adw_style_manager_get_dark (style_manager));

  gtk_window_destroy (GTK_WINDOW (window));
  g_settings_unbind (style_manager, "color-scheme");
  adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_DEFAULT);
}

static void
test_format_and_size_rows_set_the_defaults (void)
{
  g_autoptr(GSettings) settings = new_settings ();
  GtkWidget *window = show_preferences (settings);
  AdwComboRow *format_row = find_combo_row (window, "_Format");
  AdwComboRow *size_row = find_combo_row (window, "S_ize");
  g_autofree char *format = NULL;
  g_autofree char *preset = NULL;
  const ParityPreset *presets;
  guint n_presets;

  adw_combo_row_set_selected (format_row, 0);
  g_assert_cmpstr (selected_label (format_row), ==, "PNG");
  format = g_settings_get_string (settings, "export-format");
  g_assert_cmpstr (format, ==, "png");

  presets = parity_preset_get_all (&n_presets);
  adw_combo_row_set_selected (size_row, n_presets - 1);
  preset = g_settings_get_string (settings, "export-preset");
  g_assert_cmpstr (preset, ==, presets[n_presets - 1].name);

  gtk_spin_button_set_value (find_spin_button (window), 150);
  g_assert_cmpfloat (g_settings_get_double (settings, "export-dpi"), ==, 150);
  /* The spin button keeps to the schema's range, so it never writes a rejected value. */
  gtk_spin_button_set_value (find_spin_button (window), 10);
  g_assert_cmpfloat (g_settings_get_double (settings, "export-dpi"), ==, PARITY_MIN_DPI);

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
key_accepts (GSettingsSchemaKey *key,
             GVariant           *value)
{
  g_autoptr(GVariant) owned = g_variant_ref_sink (value);

  return g_settings_schema_key_range_check (key, owned);
}

/* The Size row writes the core's preset names and the spin button keeps to the core's
 * resolutions: the schema must accept them all. */
static void
test_schema_knows_every_preset (void)
{
  g_autoptr(GSettings) settings = new_settings ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettingsSchemaKey) key = NULL;
  g_autoptr(GSettingsSchemaKey) dpi = NULL;
  const ParityPreset *presets;
  guint n_presets;

  g_object_get (settings, "settings-schema", &schema, NULL);
  key = g_settings_schema_get_key (schema, "export-preset");
  presets = parity_preset_get_all (&n_presets);
  for (guint i = 0; i < n_presets; i++)
    g_assert_true (key_accepts (key, g_variant_new_string (presets[i].name)));
  g_assert_true (key_accepts (key, g_variant_new_string ("custom")));
  dpi = g_settings_schema_get_key (schema, "export-dpi");
  g_assert_true (key_accepts (dpi, g_variant_new_double (PARITY_MIN_DPI)));
  g_assert_true (key_accepts (dpi, g_variant_new_double (PARITY_MAX_DPI)));
  g_assert_false (key_accepts (dpi, g_variant_new_double (PARITY_MIN_DPI - 1)));
  g_assert_false (key_accepts (dpi, g_variant_new_double (PARITY_MAX_DPI + 1)));
}

static GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) &&
          gtk_widget_get_mapped (GTK_WIDGET (window)))
        return window;
    }
  return NULL;
}

static gboolean
has_toplevel (gpointer data)
{
  return find_toplevel (GPOINTER_TO_SIZE (data)) != NULL;
}

/* The menu's Preferences item, through the application's action and its own settings. */
static void
test_app_action_opens_the_window (void)
{
  GApplication *app = G_APPLICATION (gui_test_get_app ());
  GtkWindow *preferences;
  GSettings *settings;

  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (app), "preferences"));
  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  gui_test_wait_for (has_toplevel, GSIZE_TO_POINTER (PARITY_TYPE_PREFERENCES_WINDOW),
                     "the preferences window to be shown");
  preferences = find_toplevel (PARITY_TYPE_PREFERENCES_WINDOW);
  g_object_get (preferences, "settings", &settings, NULL);
  g_assert_true (settings == parity_application_get_settings (PARITY_APPLICATION (app)));
  g_object_unref (settings);

  gtk_window_destroy (preferences);
}

/* GtkApplication finds gtk/help-overlay.ui at startup only if the resources are registered
 * by then; a window gets it as win.show-help-overlay (Ctrl+?). */
static void
test_window_has_the_shortcuts (void)
{
  g_autofree char *path = parity_dataset_get_bundled_path ();
  ParityWindow *window = gui_test_open (path);
  GtkShortcutsWindow *overlay;

  overlay = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window));
  g_assert_nonnull (overlay);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay",
                                             NULL));
  gui_test_wait_for (has_toplevel, GSIZE_TO_POINTER (GTK_TYPE_SHORTCUTS_WINDOW),
                     "the shortcuts window to be shown");
  g_assert_true (find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW) == GTK_WINDOW (overlay));

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int    argc,
      char **argv)
{
  if (!gui_test_init (&argc, &argv))
    return 0;

  g_test_add_func ("/preferences/rows-show-the-settings", test_rows_show_the_settings);
  g_test_add_func ("/preferences/style-row-sets-the-style", test_style_row_sets_the_style);
  g_test_add_func ("/preferences/format-and-size-rows-set-the-defaults",
                   test_format_and_size_rows_set_the_defaults);
  g_test_add_func ("/preferences/schema-knows-every-preset", test_schema_knows_every_preset);
  g_test_add_func ("/preferences/app-action-opens-the-window", test_app_action_opens_the_window);
  g_test_add_func ("/shortcuts/window-has-the-shortcuts", test_window_has_the_shortcuts);
  return g_test_run ();
}
