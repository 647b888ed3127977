/* parity-export-dialog.c
 *
 * The dialog only gathers settings: the file is written by the core's
 * parity_figure_export(), the same call parity-cli makes, so an export from the window and
 * one from the command line with the same settings are the same file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-gtk"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "parity-export-dialog.h"
#include "parity-figure.h"
#include "parity-preset.h"
#include "parity-words.h"
#include "parity-gtk-resources.h"

#define CUSTOM_PRESET "custom"
#define PT_TO_MM(pt) ((pt) / 72.0 * 25.4)
/* Longest proposed file name, in characters, before the extension. */
#define MAX_SLUG_CHARS 80

struct _ParityExportDialog
{
  AdwWindow             parent_instance;

  /* template children */
  AdwPreferencesGroup  *error_group;
  GtkLabel             *error_label;
  AdwComboRow          *format_row;
  AdwComboRow          *lang_row;
  AdwComboRow          *preset_row;
  AdwActionRow         *width_row;
  AdwActionRow         *height_row;
  AdwActionRow         *dpi_row;
  GtkSpinButton        *width_spin;
  GtkSpinButton        *height_spin;
  GtkSpinButton        *dpi_spin;

  ParityDataset        *dataset;
  char                 *chart_id;
  GSettings            *settings;
  GtkStringList        *langs;
  GtkFileChooserNative *chooser;
  ParityThemeFile      *theme;      /* the house style exports are drawn in, or NULL */
  /* The custom size survives picking a preset and coming back: the spin buttons show the
   * preset's size while it is selected. */
  double                custom_width_mm;
  double                custom_height_mm;
  gboolean              showing_preset;
};

G_DEFINE_FINAL_TYPE (ParityExportDialog, parity_export_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_DATASET,
  PROP_CHART_ID,
  PROP_SETTINGS,
  N_PROPS
};

enum {
  EXPORTED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* The selected preset, or NULL for "Custom", which is the last item. */
static const ParityPreset *
selected_preset (ParityExportDialog *self)
{
  guint n_presets;
  const ParityPreset *presets = parity_preset_get_all (&n_presets);
  guint selected = adw_combo_row_get_selected (self->preset_row);

  return selected < n_presets ? &presets[selected] : NULL;
}

static ParityExportFormat
selected_format (ParityExportDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->format_row);

  return selected <= PARITY_EXPORT_SVG ? (ParityExportFormat)selected : PARITY_EXPORT_PDF;
}

static const char *
selected_lang (ParityExportDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->lang_row);

  if (self->langs == NULL || selected == GTK_INVALID_LIST_POSITION)
    return parity_dataset_get_default_lang (self->dataset);
  return gtk_string_list_get_string (self->langs, selected);
}

/* The canvas in points. */
static void
get_canvas_size (ParityExportDialog *self,
                 double             *width,
                 double             *height)
{
  const ParityPreset *preset = selected_preset (self);

  if (preset != NULL)
    {
      *width = preset->width;
      *height = preset->height;
    }
  else
    {
      *width = PARITY_MM_TO_PT (self->custom_width_mm);
      *height = PARITY_MM_TO_PT (self->custom_height_mm);
    }
}

/* Tells what a PNG will measure, rounded as the core rounds it. */
static void
update_pixel_size (ParityExportDialog *self)
{
  double width, height, scale = gtk_spin_button_get_value (self->dpi_spin) / 72.0;
  g_autofree char *subtitle = NULL;

  if (selected_format (self) != PARITY_EXPORT_PNG)
    {
      /* Translators: the subtitle of the Resolution row when the format is PDF or SVG. */
      adw_action_row_set_subtitle (self->dpi_row, _("Only for PNG images"));
      return;
    }
  get_canvas_size (self, &width, &height);
  /* Translators: the size of a PNG image, width × height */
  subtitle = g_strdup_printf (_("%.0f × %.0f pixels"), ceil (width * scale - 1e-6),
                              ceil (height * scale - 1e-6));
  adw_action_row_set_subtitle (self->dpi_row, subtitle);
}

static void
show_error (ParityExportDialog *self,
            const char         *message)
{
  gtk_label_set_text (self->error_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_group), message != NULL);
}

/* The resolution row stays in place for vector formats, greyed out: hiding it would leave
 * the window as tall as before with a gap, since windows do not shrink to their content. */
static void
on_format_changed (ParityExportDialog *self)
{
  gtk_widget_set_sensitive (GTK_WIDGET (self->dpi_row), selected_format (self) == PARITY_EXPORT_PNG);
  update_pixel_size (self);
}

/* The spin buttons show the size that will be used: the preset's, or the custom one. */
static void
show_size (ParityExportDialog *self)
{
  const ParityPreset *preset = selected_preset (self);
  gboolean custom = preset == NULL;

  gtk_widget_set_sensitive (GTK_WIDGET (self->width_row), custom);
  gtk_widget_set_sensitive (GTK_WIDGET (self->height_row), custom);
  /* Setting the spin buttons calls on_custom_size_changed(), which must not take a preset's
   * size for the custom one. */
  self->showing_preset = TRUE;
  gtk_spin_button_set_value (self->width_spin,
                             custom ? self->custom_width_mm : PT_TO_MM (preset->width));
  gtk_spin_button_set_value (self->height_spin,
                             custom ? self->custom_height_mm : PT_TO_MM (preset->height));
  self->showing_preset = FALSE;
  update_pixel_size (self);
}

static void
on_preset_changed (ParityExportDialog *self)
{
  const ParityPreset *preset = selected_preset (self);

  /* A preset comes with its resolution: "slide" means 1920 × 1080 pixels. */
  if (preset != NULL)
    gtk_spin_button_set_value (self->dpi_spin, preset->dpi);
  show_size (self);
}

static void
on_custom_size_changed (ParityExportDialog *self)
{
  if (self->showing_preset || selected_preset (self) != NULL)
    return;
  self->custom_width_mm = gtk_spin_button_get_value (self->width_spin);
  self->custom_height_mm = gtk_spin_button_get_value (self->height_spin);
  update_pixel_size (self);
}

static void
on_dpi_changed (ParityExportDialog *self)
{
  update_pixel_size (self);
}

static void
add_langs (GPtrArray        *langs,
           const ParityText *text)
{
  if (text == NULL)
    return;
  for (guint i = 0; i < parity_text_get_n_langs (text); i++)
    {
      const char *lang = parity_text_get_lang (text, i);

      if (!g_ptr_array_find_with_equal_func (langs, lang, g_str_equal, NULL))
        g_ptr_array_add (langs, (gpointer)lang);
    }
}

/* The languages the chart's own texts are written in, and the one it names for itself: any
 * other would fall back to one of these. They are listed by name in the window's order
 * (parity_words_languages()); the chart's own language is selected. */
static void
fill_langs (ParityExportDialog *self)
{
  const ParityChartSpec *spec = parity_dataset_find_chart (self->dataset, self->chart_id);
  const char *default_lang = parity_dataset_get_default_lang (self->dataset);
  g_autoptr(GPtrArray) langs = g_ptr_array_new ();
  g_autoptr(GtkStringList) names = NULL;
  guint n_entities;

  if (spec != NULL)
    {
      if (spec->lang != NULL)
        g_ptr_array_add (langs, spec->lang);
      add_langs (langs, spec->title);
      add_langs (langs, spec->subtitle);
      add_langs (langs, spec->notes);
      n_entities = spec->entities ? spec->entities->len
                                  : parity_dataset_get_n_entities (self->dataset);
      for (guint i = 0; i < n_entities; i++)
        {
          guint entity = spec->entities ? g_array_index (spec->entities, guint32, i) : i;

          add_langs (langs, parity_dataset_get_entity (self->dataset, entity)->label);
        }
      for (guint i = 0; spec->series != NULL && i < spec->series->len; i++)
        add_langs (langs, g_array_index (spec->series, ParitySeries, i).label);
    }
  if (!g_ptr_array_find_with_equal_func (langs, default_lang, g_str_equal, NULL))
    g_ptr_array_add (langs, (gpointer)default_lang);
  names = parity_words_languages (langs, default_lang);

  self->langs = gtk_string_list_new (NULL);
  for (guint i = 0; i < langs->len; i++)
    gtk_string_list_append (self->langs, g_ptr_array_index (langs, i));
  adw_combo_row_set_model (self->lang_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->lang_row, 0);
  if (spec != NULL && spec->lang != NULL)
    parity_export_dialog_set_lang (self, spec->lang);
  /* Nothing to choose from is not worth a choice. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->lang_row),
                            g_list_model_get_n_items (G_LIST_MODEL (self->langs)) > 1);
}

static void
fill_presets (ParityExportDialog *self)
{
  g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);
  guint n_presets;
  const ParityPreset *presets = parity_preset_get_all (&n_presets);

  for (guint i = 0; i < n_presets; i++)
    {
      g_autofree char *label = parity_words_preset (&presets[i]);

      gtk_string_list_append (model, label);
    }
  /* Translators: a size typed in rather than one of the sizes listed above it. */
  gtk_string_list_append (model, C_("export size", "Custom"));
  adw_combo_row_set_model (self->preset_row, G_LIST_MODEL (model));
  parity_words_set_combo_wrapping (self->preset_row);
}

/* Starts from what was used last, except that a chart made for a size is exported at that
 * size; a value the schema allows but this build does not know leaves the default. */
static void
load_settings (ParityExportDialog *self)
{
  const ParityChartSpec *spec = parity_dataset_find_chart (self->dataset, self->chart_id);
  const char *own_preset = spec != NULL ? spec->preset : NULL;
  g_autofree char *format = NULL;
  g_autofree char *preset = NULL;
  ParityExportFormat value;

  if (self->settings == NULL)
    {
      parity_export_dialog_set_format (self, PARITY_EXPORT_PDF);
      parity_export_dialog_set_preset (self, parity_chart_spec_get_preset_name (spec));
      return;
    }
  format = g_settings_get_string (self->settings, "export-format");
  parity_export_dialog_set_format (self, parity_export_format_from_string (format, &value)
                                         ? value : PARITY_EXPORT_PDF);
  parity_export_dialog_set_custom_size (self,
                                        g_settings_get_double (self->settings, "export-width-mm"),
                                        g_settings_get_double (self->settings, "export-height-mm"));
  if (own_preset != NULL)
    {
      /* With the preset's own resolution rather than the last one. */
      parity_export_dialog_set_preset (self, own_preset);
      return;
    }
  preset = g_settings_get_string (self->settings, "export-preset");
  parity_export_dialog_set_preset (self, g_str_equal (preset, CUSTOM_PRESET) ||
                                         parity_preset_lookup (preset)
                                         ? preset : parity_preset_get_default ()->name);
  /* After the preset, which brings its own resolution. */
  parity_export_dialog_set_dpi (self, g_settings_get_double (self->settings, "export-dpi"));
}

static void
save_settings (ParityExportDialog *self,
               GFile              *file)
{
  const ParityPreset *preset = selected_preset (self);
  g_autoptr(GFile) folder = g_file_get_parent (file);
  g_autofree char *folder_path = folder ? g_file_get_path (folder) : NULL;

  /* Written one by one: delay mode would stay on for whoever else shares this object. */
  if (self->settings == NULL)
    return;
  g_settings_set_string (self->settings, "export-format",
                         parity_export_format_extension (selected_format (self)));
  g_settings_set_string (self->settings, "export-preset", preset ? preset->name : CUSTOM_PRESET);
  g_settings_set_double (self->settings, "export-width-mm", self->custom_width_mm);
  g_settings_set_double (self->settings, "export-height-mm", self->custom_height_mm);
  g_settings_set_double (self->settings, "export-dpi", gtk_spin_button_get_value (self->dpi_spin));
  if (folder_path != NULL)
    g_settings_set_string (self->settings, "last-export-folder", folder_path);
}

/* "Individuals using the Internet, 2019" → "individuals-using-the-internet-2019": letters
 * of any script and digits are kept, anything else becomes one hyphen. */
static char *
slugify (const char *title)
{
  g_autofree char *normalized = g_utf8_normalize (title, -1, G_NORMALIZE_NFC);
  GString *slug = g_string_new (NULL);
  gboolean pending_hyphen = FALSE;
  guint n_chars = 0;

  for (const char *p = normalized; p != NULL && *p != '\0' && n_chars < MAX_SLUG_CHARS;
       p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isalnum (c) && !g_unichar_ismark (c))
        {
          pending_hyphen = slug->len > 0;
          continue;
        }
      if (pending_hyphen)
        {
          g_string_append_c (slug, '-');
          n_chars++;
          pending_hyphen = FALSE;
        }
      g_string_append_unichar (slug, g_unichar_tolower (c));
      n_chars++;
    }
  return g_string_free (slug, FALSE);
}

static void
on_chooser_response (ParityExportDialog   *self,
                     int                   response,
                     GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);
  /* The error, if any, is shown in the dialog, which stays open with every setting. */
  if (file != NULL && parity_export_dialog_export_to (self, file, NULL))
    gtk_window_close (GTK_WINDOW (self));
}

static void
choose_file_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  ParityExportDialog *self = PARITY_EXPORT_DIALOG (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = parity_export_dialog_dup_file_name (self);
  g_autoptr(GFile) folder = parity_export_dialog_dup_start_folder (self);
  const char *extension = parity_export_format_extension (selected_format (self));
  GListModel *formats = adw_combo_row_get_model (self->format_row);
  g_autoptr(GtkStringObject) format_name = g_list_model_get_item (formats,
                                                                  selected_format (self));

  gtk_file_filter_set_name (filter, gtk_string_object_get_string (format_name));
  gtk_file_filter_add_suffix (filter, extension);

  /* GTK 4 save choosers always confirm before replacing a file: there is no
   * do-overwrite-confirmation to set. */
  g_clear_object (&self->chooser);
  self->chooser = gtk_file_chooser_native_new (/* Translators: the title of the file chooser
                                                  that asks where to export the chart. */
                                               _("Export Chart"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE,
                                               /* Translators: a verb: the button that
                                                  writes the file. */
                                               C_("verb", "_Export"),
                                               _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (self->chooser), folder, NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (on_chooser_response), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
parity_export_dialog_constructed (GObject *object)
{
  ParityExportDialog *self = (ParityExportDialog *)object;

  G_OBJECT_CLASS (parity_export_dialog_parent_class)->constructed (object);

  g_return_if_fail (PARITY_IS_DATASET (self->dataset));
  fill_langs (self);
  load_settings (self);
}

static void
parity_export_dialog_dispose (GObject *object)
{
  ParityExportDialog *self = (ParityExportDialog *)object;

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_object (&self->langs);
  g_clear_object (&self->settings);
  g_clear_object (&self->dataset);
  gtk_widget_dispose_template (GTK_WIDGET (self), PARITY_TYPE_EXPORT_DIALOG);
  G_OBJECT_CLASS (parity_export_dialog_parent_class)->dispose (object);
}

static void
parity_export_dialog_finalize (GObject *object)
{
  ParityExportDialog *self = (ParityExportDialog *)object;

  g_free (self->chart_id);
  g_clear_pointer (&self->theme, parity_theme_file_unref);
  G_OBJECT_CLASS (parity_export_dialog_parent_class)->finalize (object);
}

static void
parity_export_dialog_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  ParityExportDialog *self = PARITY_EXPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      g_value_set_object (value, self->dataset);
      break;
    case PROP_CHART_ID:
      g_value_set_string (value, self->chart_id);
      break;
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
parity_export_dialog_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  ParityExportDialog *self = PARITY_EXPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      self->dataset = g_value_dup_object (value);
      break;
    case PROP_CHART_ID:
      self->chart_id = g_value_dup_string (value);
      break;
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
parity_export_dialog_class_init (ParityExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = parity_export_dialog_constructed;
  object_class->dispose = parity_export_dialog_dispose;
  object_class->finalize = parity_export_dialog_finalize;
  object_class->get_property = parity_export_dialog_get_property;
  object_class->set_property = parity_export_dialog_set_property;

  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL, PARITY_TYPE_DATASET,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CHART_ID] =
    g_param_spec_string ("chart-id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * ParityExportDialog::exported:
   * @file: the file written
   * @warnings: (nullable): what the reader should know that the chart cannot show
   */
  signals[EXPORTED] =
    g_signal_new ("exported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 2, G_TYPE_FILE, G_TYPE_STRV);

  parity_gtk_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/paritycharts/Parity/parity-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, ParityExportDialog, error_group);
  gtk_widget_class_bind_template_child (widget_class, ParityExportDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, ParityExportDialog, format_row);
  gtk_widget_class_bind_template_child (widget_class, ParityExportDialog, lang_row);
  gtk_widget_class_bind_template_child (widget_class, ParityExportDialog, preset_row);
  gtk_widget_class_bind_template_child (widget_class, ParityExportDialog, width_row);
  gtk_widget_class_bind_template_child (widget_class, ParityExportDialog, height_row);
  gtk_widget_class_bind_template_child (widget_class, ParityExportDialog, dpi_row);
  gtk_widget_class_bind_template_child (widget_class, ParityExportDialog, width_spin);
  gtk_widget_class_bind_template_child (widget_class, ParityExportDialog, height_spin);
  gtk_widget_class_bind_template_child (widget_class, ParityExportDialog, dpi_spin);
  gtk_widget_class_bind_template_callback (widget_class, on_format_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_preset_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_custom_size_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_dpi_changed);

  gtk_widget_class_install_action (widget_class, "export.choose-file", NULL, choose_file_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
parity_export_dialog_init (ParityExportDialog *self)
{
  self->custom_width_mm = 160;
  self->custom_height_mm = 100;
  gtk_widget_init_template (GTK_WIDGET (self));
  /* The core's limits, not the template's. */
  gtk_spin_button_set_range (self->dpi_spin, PARITY_MIN_DPI, PARITY_MAX_DPI);
  gtk_spin_button_set_range (self->width_spin, PT_TO_MM (PARITY_LAYOUT_MIN_SIDE), 2000);
  gtk_spin_button_set_range (self->height_spin, PT_TO_MM (PARITY_LAYOUT_MIN_SIDE), 2000);
  fill_presets (self);
}

/**
 * parity_export_dialog_new:
 * @parent: (nullable): the window the chart is shown in
 * @dataset: the dataset
 * @chart_id: one of its charts
 * @settings: (nullable): the application's settings (io.github.paritycharts.Parity): the
 *   dialog starts from the last export's settings and remembers a successful export's
 *
 * Returns: (transfer none): a modal dialog, not yet shown
 */
GtkWidget *
parity_export_dialog_new (GtkWindow     *parent,
                          ParityDataset *dataset,
                          const char    *chart_id,
                          GSettings     *settings)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (PARITY_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (chart_id != NULL, NULL);
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  return g_object_new (PARITY_TYPE_EXPORT_DIALOG,
                       "transient-for", parent,
                       "dataset", dataset,
                       "chart-id", chart_id,
                       "settings", settings,
                       NULL);
}

/**
 * parity_export_dialog_export_to:
 * @file: where to write; a local file
 *
 * Exports the chart with the dialog's current settings, without asking anything. The
 * format is the one selected in the dialog whatever @file's extension: the file chooser
 * proposes a name with the right extension, and a name the user changes is theirs.
 *
 * On success the settings are remembered and #ParityExportDialog::exported is emitted;
 * closing the dialog is the caller's business. On failure the error is also shown in the
 * dialog, which keeps every setting.
 *
 * Returns: %FALSE with @error set when the chart could not be laid out or written
 */
gboolean
parity_export_dialog_export_to (ParityExportDialog *self,
                                GFile              *file,
                                GError            **error)
{
  g_autoptr(GError) local_error = NULL;
  g_auto(GStrv) warnings = NULL;
  g_autofree char *path = NULL;
  const ParityChartSpec *spec;
  ParityLayoutOptions layout = { 0 };
  gboolean ok;

  g_return_val_if_fail (PARITY_IS_EXPORT_DIALOG (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* Typing into a spin button and pressing Export at once must export what was typed. */
  gtk_spin_button_update (self->width_spin);
  gtk_spin_button_update (self->height_spin);
  gtk_spin_button_update (self->dpi_spin);

  path = g_file_get_path (file);
  spec = parity_dataset_find_chart (self->dataset, self->chart_id);
  layout.lang = selected_lang (self);
  layout.theme = self->theme;
  get_canvas_size (self, &layout.width, &layout.height);
  if (path == NULL)
    g_set_error (&local_error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                 /* Translators: files of this computer, not of a network location. */
                 _("Charts can only be exported to local files"));
  else if (spec == NULL)
    g_set_error (&local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                 /* Translators: %s is the chart's id, as in the chart list. */
                 _("The chart “%s” is no longer in the dataset"), self->chart_id);

  ok = local_error == NULL &&
       parity_figure_export (self->dataset, spec, &layout, selected_format (self),
                             gtk_spin_button_get_value (self->dpi_spin), path, &warnings,
                             &local_error);
  if (!ok)
    {
      /* Translators: %s is the reason, which names the file already. */
      g_autofree char *message = g_strdup_printf (_("The chart could not be exported: %s"),
                                                  local_error->message);

      show_error (self, message);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  show_error (self, NULL);
  save_settings (self, file);
  g_signal_emit (self, signals[EXPORTED], 0, file, warnings);
  return TRUE;
}

void
parity_export_dialog_set_format (ParityExportDialog *self,
                                 ParityExportFormat  format)
{
  g_return_if_fail (PARITY_IS_EXPORT_DIALOG (self));
  g_return_if_fail (format <= PARITY_EXPORT_SVG);

  adw_combo_row_set_selected (self->format_row, format);
  on_format_changed (self);
}

/**
 * parity_export_dialog_set_preset:
 * @name_or_custom: a preset's name ("report", "slide"…) or "custom"
 */
void
parity_export_dialog_set_preset (ParityExportDialog *self,
                                 const char         *name_or_custom)
{
  guint n_presets;
  const ParityPreset *presets = parity_preset_get_all (&n_presets);
  guint position = n_presets;

  g_return_if_fail (PARITY_IS_EXPORT_DIALOG (self));
  g_return_if_fail (name_or_custom != NULL);

  for (guint i = 0; i < n_presets; i++)
    if (g_str_equal (presets[i].name, name_or_custom))
      position = i;
  g_return_if_fail (position < n_presets || g_str_equal (name_or_custom, CUSTOM_PRESET));

  /* notify::selected only fires on a change; the rows must be right on the first call. */
  adw_combo_row_set_selected (self->preset_row, position);
  on_preset_changed (self);
}

/* The size used when the preset is "custom", in millimetres. */
void
parity_export_dialog_set_custom_size (ParityExportDialog *self,
                                      double              width_mm,
                                      double              height_mm)
{
  g_return_if_fail (PARITY_IS_EXPORT_DIALOG (self));

  self->custom_width_mm = CLAMP (width_mm, PT_TO_MM (PARITY_LAYOUT_MIN_SIDE), 2000);
  self->custom_height_mm = CLAMP (height_mm, PT_TO_MM (PARITY_LAYOUT_MIN_SIDE), 2000);
  show_size (self);
}

/* The PNG resolution; a preset chosen later brings its own. */
void
parity_export_dialog_set_dpi (ParityExportDialog *self,
                              double              dpi)
{
  g_return_if_fail (PARITY_IS_EXPORT_DIALOG (self));

  gtk_spin_button_set_value (self->dpi_spin, dpi);
  update_pixel_size (self);
}

/**
 * parity_export_dialog_set_lang:
 * @lang: a language tag
 *
 * Returns: %FALSE when none of the chart's texts are in @lang; the choice is unchanged
 */
gboolean
parity_export_dialog_set_lang (ParityExportDialog *self,
                               const char         *lang)
{
  g_return_val_if_fail (PARITY_IS_EXPORT_DIALOG (self), FALSE);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->langs)); i++)
    if (g_strcmp0 (gtk_string_list_get_string (self->langs, i), lang) == 0)
      {
        adw_combo_row_set_selected (self->lang_row, i);
        return TRUE;
      }
  return FALSE;
}

/**
 * parity_export_dialog_set_theme:
 * @theme: (nullable): the house style to export in (the window's), or %NULL
 */
void
parity_export_dialog_set_theme (ParityExportDialog *self,
                                ParityThemeFile    *theme)
{
  g_return_if_fail (PARITY_IS_EXPORT_DIALOG (self));

  g_clear_pointer (&self->theme, parity_theme_file_unref);
  self->theme = theme != NULL ? parity_theme_file_ref (theme) : NULL;
}

/**
 * parity_export_dialog_dup_file_name:
 *
 * Returns: (transfer full): the name the file chooser proposes: the chart title in the
 *   chosen language, made safe for a file name, and the format's extension
 */
char *
parity_export_dialog_dup_file_name (ParityExportDialog *self)
{
  const ParityChartSpec *spec;
  g_autofree char *slug = NULL;
  const char *lang;

  g_return_val_if_fail (PARITY_IS_EXPORT_DIALOG (self), NULL);

  spec = parity_dataset_find_chart (self->dataset, self->chart_id);
  lang = selected_lang (self);
  if (spec != NULL && spec->title != NULL)
    {
      const char *title = parity_text_get (spec->title, lang,
                                           parity_dataset_get_default_lang (self->dataset));

      if (title != NULL)
        slug = slugify (title);
    }
  if (slug == NULL || *slug == '\0')
    {
      g_free (slug);
      slug = slugify (self->chart_id);
    }
  if (*slug == '\0')
    {
      g_free (slug);
      /* Translators: the file name proposed for a chart without a title, before the
         extension: use only characters that are safe in file names. */
      slug = g_strdup (C_("file name", "chart"));
    }
  return g_strconcat (slug, ".", parity_export_format_extension (selected_format (self)),
                      NULL);
}

/**
 * parity_export_dialog_dup_start_folder:
 *
 * Returns: (transfer full): the folder the file chooser opens in: the last one exported to
 *   while it exists, else the Pictures folder, else the home folder; never the working
 *   folder, which for a program started from a menu is wherever the session began
 */
GFile *
parity_export_dialog_dup_start_folder (ParityExportDialog *self)
{
  g_autofree char *last = NULL;
  const char *pictures = g_get_user_special_dir (G_USER_DIRECTORY_PICTURES);

  g_return_val_if_fail (PARITY_IS_EXPORT_DIALOG (self), NULL);
  if (self->settings != NULL)
    last = g_settings_get_string (self->settings, "last-export-folder");
  if (last != NULL && *last != '\0' && g_file_test (last, G_FILE_TEST_IS_DIR))
    return g_file_new_for_path (last);
  if (pictures != NULL && g_file_test (pictures, G_FILE_TEST_IS_DIR))
    return g_file_new_for_path (pictures);
  return g_file_new_for_path (g_get_home_dir ());
}
