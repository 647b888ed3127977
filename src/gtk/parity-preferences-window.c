/* parity-preferences-window.c
 *
 * Every row is bound to its key, so a change is saved at once and the window needs no
 * Apply button; a change made elsewhere (another window, dconf) shows here too.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-gtk"

#include "config.h"

#include <glib/gi18n.h>

#include "parity-gtk-resources.h"
#include "parity-preferences-window.h"
#include "parity-preset.h"
#include "parity-words.h"

struct _ParityPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  /* template children */
  AdwComboRow          *style_row;
  AdwComboRow          *format_row;
  AdwComboRow          *size_row;
  GtkSpinButton        *dpi_spin;

  GSettings            *settings;
};

G_DEFINE_FINAL_TYPE (ParityPreferencesWindow, parity_preferences_window,
                     ADW_TYPE_PREFERENCES_WINDOW)

enum {
  PROP_0,
  PROP_SETTINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The keys' values in the order of the rows' items. */
static const char * const style_ids[] = { "system", "light", "dark", NULL };
static const char * const format_ids[] = { "png", "pdf", "svg", NULL };

/* A combo row's selected index from a string key; the user data is the values in the
 * order of the items. A value not in the list keeps the row as it is. */
static gboolean
index_from_string (GValue   *value,
                   GVariant *variant,
                   gpointer  user_data)
{
  const char * const *ids = user_data;
  const char *id = g_variant_get_string (variant, NULL);

  for (guint i = 0; ids[i] != NULL; i++)
    if (g_str_equal (ids[i], id))
      {
        g_value_set_uint (value, i);
        return TRUE;
      }
  return FALSE;
}

static GVariant *
string_from_index (const GValue       *value,
                   const GVariantType *expected_type,
                   gpointer            user_data)
{
  const char * const *ids = user_data;
  guint selected = g_value_get_uint (value);

  /* GTK_INVALID_LIST_POSITION while the model is replaced: nothing to save. */
  if (selected >= g_strv_length ((char **)ids))
    return NULL;
  return g_variant_new_string (ids[selected]);
}

static void
bind_combo_row (ParityPreferencesWindow *self,
                const char              *key,
                AdwComboRow             *row,
                const char * const      *ids)
{
  g_settings_bind_with_mapping (self->settings, key, row, "selected",
                                G_SETTINGS_BIND_DEFAULT,
                                index_from_string, string_from_index,
                                g_strdupv ((char **)ids), (GDestroyNotify)g_strfreev);
}

/* The sizes come from the core, so the window offers exactly what export knows, followed
 * by "Custom" for the size in export-width-mm and export-height-mm. */
static void
populate_size_row (ParityPreferencesWindow *self,
                   GStrvBuilder            *ids)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  const ParityPreset *presets;
  guint n_presets;

  presets = parity_preset_get_all (&n_presets);
  for (guint i = 0; i < n_presets; i++)
    {
      g_autofree char *label = parity_words_preset (&presets[i]);

      gtk_string_list_append (labels, label);
      g_strv_builder_add (ids, presets[i].name);
    }
  /* Translators: a size typed in rather than one of the sizes listed above it. */
  gtk_string_list_append (labels, C_("export size", "Custom"));
  g_strv_builder_add (ids, "custom");
  adw_combo_row_set_model (self->size_row, G_LIST_MODEL (labels));
  parity_words_set_combo_wrapping (self->size_row);
}

static void
parity_preferences_window_constructed (GObject *object)
{
  ParityPreferencesWindow *self = (ParityPreferencesWindow *)object;
  g_autoptr(GStrvBuilder) size_builder = g_strv_builder_new ();
  g_auto(GStrv) size_ids = NULL;

  G_OBJECT_CLASS (parity_preferences_window_parent_class)->constructed (object);

  g_return_if_fail (G_IS_SETTINGS (self->settings));

  populate_size_row (self, size_builder);
  size_ids = g_strv_builder_end (size_builder);
  bind_combo_row (self, "style-variant", self->style_row, style_ids);
  bind_combo_row (self, "export-format", self->format_row, format_ids);
  bind_combo_row (self, "export-preset", self->size_row, (const char * const *)size_ids);
  g_settings_bind (self->settings, "export-dpi", self->dpi_spin, "value",
                   G_SETTINGS_BIND_DEFAULT);
}

static void
parity_preferences_window_dispose (GObject *object)
{
  ParityPreferencesWindow *self = (ParityPreferencesWindow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), PARITY_TYPE_PREFERENCES_WINDOW);
  G_OBJECT_CLASS (parity_preferences_window_parent_class)->dispose (object);
}

static void
parity_preferences_window_finalize (GObject *object)
{
  ParityPreferencesWindow *self = (ParityPreferencesWindow *)object;

  g_clear_object (&self->settings);
  G_OBJECT_CLASS (parity_preferences_window_parent_class)->finalize (object);
}

static void
parity_preferences_window_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  ParityPreferencesWindow *self = PARITY_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
parity_preferences_window_set_property (GObject      *object,
                                        guint         prop_id,
                                        const GValue *value,
                                        GParamSpec   *pspec)
{
  ParityPreferencesWindow *self = PARITY_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
parity_preferences_window_class_init (ParityPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = parity_preferences_window_constructed;
  object_class->dispose = parity_preferences_window_dispose;
  object_class->finalize = parity_preferences_window_finalize;
  object_class->get_property = parity_preferences_window_get_property;
  object_class->set_property = parity_preferences_window_set_property;

  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  parity_gtk_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/paritycharts/Parity/parity-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, ParityPreferencesWindow, style_row);
  gtk_widget_class_bind_template_child (widget_class, ParityPreferencesWindow, format_row);
  gtk_widget_class_bind_template_child (widget_class, ParityPreferencesWindow, size_row);
  gtk_widget_class_bind_template_child (widget_class, ParityPreferencesWindow, dpi_spin);
}

static void
parity_preferences_window_init (ParityPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* The one range to keep in step with the schema's: the core's, which export enforces. */
  gtk_spin_button_set_range (self->dpi_spin, PARITY_MIN_DPI, PARITY_MAX_DPI);
}

/**
 * parity_preferences_window_new:
 * @parent: (nullable): the window to stay above
 * @settings: settings of the io.github.paritycharts.Parity schema
 *
 * Returns: (transfer none): a new preferences window; present it
 */
GtkWidget *
parity_preferences_window_new (GtkWindow *parent,
                               GSettings *settings)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  return g_object_new (PARITY_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       "settings", settings,
                       NULL);
}
