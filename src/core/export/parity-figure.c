/* parity-figure.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include <math.h>
#include <string.h>

#include "parity-atomic-file.h"
#include "parity-chart-words.h"
#include "parity-economy-names.h"
#include "parity-error.h"
#include "parity-escape.h"
#include "parity-export-path.h"
#include "parity-figure.h"
#include "parity-number-format.h"

/* What traces a figure back to its data: the dataset's file, the indicators drawn, a short
 * hash of every value drawn with its indicator, entity, period and qualifier, a map's
 * boundary file and the theme file's name. */
static char *
provenance (ParityDataset     *dataset,
            const ParityScene *scene)
{
  g_autoptr(GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autoptr(GPtrArray) indicators = g_ptr_array_new ();
  g_autofree char *joined = NULL;
  GString *out;
  const char *path = parity_dataset_get_path (dataset);
  g_autofree char *file = path != NULL ? g_path_get_basename (path) : NULL;

  for (guint i = 0; i < parity_scene_get_n_items (scene); i++)
    {
      const ParityItem *item = parity_scene_get_item (scene, i);
      const ParityDatum *d = &item->datum;
      g_autofree char *line = NULL;
      const char *indicator;
      char value[G_ASCII_DTOSTR_BUF_SIZE];

      if (!item->has_datum || item->role != PARITY_ROLE_MARK ||
          d->indicator >= parity_dataset_get_n_indicators (dataset))
        continue;
      indicator = parity_dataset_get_indicator (dataset, d->indicator)->id;
      if (!g_ptr_array_find_with_equal_func (indicators, indicator, g_str_equal, NULL))
        g_ptr_array_add (indicators, (gpointer)indicator);
      line = g_strdup_printf ("%s\t%s\t%s\t%s\t%s\n", indicator,
                              d->entity < parity_dataset_get_n_entities (dataset)
                              ? parity_dataset_get_entity (dataset, d->entity)->id : "",
                              d->period != PARITY_INDEX_NONE
                              ? parity_dataset_get_period (dataset, d->period) : "",
                              g_ascii_dtostr (value, sizeof value, d->value),
                              parity_qualifier_to_string (d->qualifier));
      g_checksum_update (sum, (const guchar *)line, -1);
    }
  g_ptr_array_add (indicators, NULL);
  joined = g_strjoinv (", ", (char **)indicators->pdata);
  /* Not translated: a record for tools and archives, read the same in every language. */
  out = g_string_new (NULL);
  g_string_printf (out, "dataset %s; indicators %s; data sha256:%.12s", file ? file : "-",
                   joined, g_checksum_get_string (sum));
  if (parity_scene_get_boundaries (scene) != NULL)
    g_string_append_printf (out, "; boundaries %s", parity_scene_get_boundaries (scene));
  if (parity_scene_get_theme_name (scene) != NULL)
    g_string_append_printf (out, "; theme %s", parity_scene_get_theme_name (scene));
  return g_string_free (out, FALSE);
}

static const char *
source_line (const ParityScene *scene)
{
  for (guint i = 0; i < parity_scene_get_n_items (scene); i++)
    if (parity_scene_get_item (scene, i)->role == PARITY_ROLE_SOURCE)
      return parity_scene_get_item (scene, i)->text;
  return NULL;
}

/**
 * parity_figure_datum_name:
 *
 * Returns: (transfer none): the name of what a drawn value is about, in @lang: its entity's
 *   label, or the chart word "Other" for a pie's slice of small shares
 */
const char *
parity_figure_datum_name (ParityDataset     *dataset,
                          const ParityDatum *datum,
                          const char        *lang)
{
  if (datum->entity >= parity_dataset_get_n_entities (dataset))
    return parity_chart_word (lang, PARITY_WORD_OTHER);
  /* Named as the chart names it: an economy gets its UN name in @lang. */
  return parity_entity_label (parity_dataset_get_entity (dataset, datum->entity), lang,
                              parity_dataset_get_default_lang (dataset), FALSE);
}

/* Returns: (transfer full): a drawn value as the chart writes it in @lang, with its unit and
 *   qualifier: "86.6%", "> 95%" */
char *
parity_figure_datum_value (ParityDataset     *dataset,
                           const ParityDatum *datum,
                           const char        *lang)
{
  const ParityIndicator *indicator = parity_dataset_get_indicator (dataset, datum->indicator);

  return parity_format_value (datum->value, indicator->decimals, &indicator->unit,
                              datum->qualifier, lang, parity_dataset_get_default_lang (dataset));
}

static void
csv_field (GString    *out,
           const char *text,
           gboolean    last)
{
  parity_csv_append_field (out, text, TRUE);
  g_string_append (out, last ? "\r\n" : ",");
}

/**
 * parity_figure_data_csv:
 * @lang: the language of the names, as the chart was laid out in
 *
 * Returns: (transfer full): the values the chart draws, as RFC 4180 CSV: indicator,
 *   series, entity, name, period, value (full precision, "." decimal, empty when missing),
 *   qualifier and unit; names in @lang. Text that a spreadsheet would run as a formula
 *   starts with an apostrophe (parity_csv_append_field()).
 */
char *
parity_figure_data_csv (ParityDataset     *dataset,
                        const ParityScene *scene,
                        const char        *lang)
{
  const char *default_lang = parity_dataset_get_default_lang (dataset);
  GString *out = g_string_new (NULL);

  g_string_append (out, "indicator,series,entity,name,period,value,qualifier,unit\r\n");
  for (guint i = 0; i < parity_scene_get_n_table_rows (scene); i++)
    {
      const char *series = NULL;
      const ParityDatum *d = parity_scene_get_table_row (scene, i, &series);
      const ParityIndicator *indicator = d->indicator < parity_dataset_get_n_indicators (dataset)
                                         ? parity_dataset_get_indicator (dataset, d->indicator)
                                         : NULL;
      const ParityEntity *entity = d->entity < parity_dataset_get_n_entities (dataset)
                                   ? parity_dataset_get_entity (dataset, d->entity) : NULL;
      char value[G_ASCII_DTOSTR_BUF_SIZE] = "";
      const ParityText *unit = indicator ? indicator->unit.symbol ? indicator->unit.symbol
                                                                  : indicator->unit.label
                                         : NULL;

      /* The shortest form that reads back as the same number: 86.6, not 86.599999999999994. */
      if (!isnan (d->value) && d->qualifier != PARITY_QUALIFIER_MISSING)
        {
          g_ascii_formatd (value, sizeof value, "%.15g", d->value);
          if (g_ascii_strtod (value, NULL) != d->value)
            g_ascii_formatd (value, sizeof value, "%.17g", d->value);
        }
      csv_field (out, indicator ? indicator->id : NULL, FALSE);
      csv_field (out, series, FALSE);
      csv_field (out, entity ? entity->id : NULL, FALSE);
      csv_field (out, parity_figure_datum_name (dataset, d, lang), FALSE);
      csv_field (out, parity_dataset_get_period_label (dataset, d->period), FALSE);
      parity_csv_append_field (out, value, FALSE);
      g_string_append_c (out, ',');
      csv_field (out, parity_qualifier_to_string (d->qualifier), FALSE);
      csv_field (out, unit ? parity_text_get (unit, lang, default_lang) : NULL, TRUE);
    }
  /* The chart's annotations: a row each, its text as the name, "note" as the qualifier. */
  for (const char * const *note = parity_scene_get_table_notes (scene); *note != NULL; note++)
    {
      g_string_append (out, ",,,");
      csv_field (out, *note, FALSE);
      g_string_append (out, ",,");
      csv_field (out, "note", FALSE);
      g_string_append (out, "\r\n");
    }
  return g_string_free (out, FALSE);
}

/* "Value axis: 0%; 20%; 40%." in @lang, from the scene's tick labels, apart as sources are (a
 * comma would run into a decimal comma); NULL without them. */
static char *
value_axis_line (const ParityScene *scene,
                 const char        *lang)
{
  const char * const *ticks = parity_scene_get_value_ticks (scene);
  g_autofree char *list = NULL;

  if (ticks[0] == NULL)
    return NULL;
  list = g_strjoinv (parity_chart_word (lang, PARITY_WORD_LIST_SEPARATOR), (char **)ticks);
  return parity_chart_word_with (lang, PARITY_WORD_VALUE_AXIS, list);
}

/* The Markdown sidecar: what the figure is and shows, for a report's author or an archive;
 * its value axis' ticks, by which charts meant to share a scale can be compared.
 * Every text from the dataset is escaped, so that it stays text: no table cell ends early,
 * no link, image or HTML comes from a name. */
static char *
sidecar_markdown (ParityDataset             *dataset,
                  const ParityScene         *scene,
                  const ParityExportOptions *options,
                  const char                *lang)
{
  GString *out = g_string_new ("# ");
  g_autofree char *axis = value_axis_line (scene, lang);

  parity_markdown_append_text (out, options->title, TRUE);
  g_string_append (out, "\n\n");
  parity_markdown_append_text (out, options->description, TRUE);
  if (axis != NULL)
    {
      g_string_append (out, "\n\n");
      parity_markdown_append_text (out, axis, TRUE);
    }
  g_string_append (out, "\n\n| | | | |\n|---|---|---|---:|\n");
  for (guint i = 0; i < parity_scene_get_n_table_rows (scene); i++)
    {
      const char *series = NULL;
      const ParityDatum *d = parity_scene_get_table_row (scene, i, &series);
      g_autofree char *value = parity_figure_datum_value (dataset, d, lang);
      const char *cells[] = { parity_figure_datum_name (dataset, d, lang), series,
                              parity_dataset_get_period_label (dataset, d->period), value };

      for (guint k = 0; k < G_N_ELEMENTS (cells); k++)
        {
          g_string_append (out, k == 0 ? "| " : " | ");
          parity_markdown_append_text (out, cells[k], FALSE);
        }
      g_string_append (out, " |\n");
    }
  for (const char * const *note = parity_scene_get_table_notes (scene); *note != NULL; note++)
    {
      g_string_append (out, note == parity_scene_get_table_notes (scene) ? "\n- " : "- ");
      /* A list item's text starts a block of its own. */
      parity_markdown_append_text (out, *note, TRUE);
      g_string_append_c (out, '\n');
    }
  if (options->provenance != NULL)
    {
      g_string_append_c (out, '\n');
      parity_markdown_append_text (out, options->provenance, TRUE);
      g_string_append_c (out, '\n');
    }
  return g_string_free (out, FALSE);
}

typedef struct
{
  const char *text;
} CsvJob;

static gboolean
write_csv (GOutputStream  *stream,
           gpointer        data,
           GError        **error)
{
  const char *text = ((CsvJob *)data)->text;

  return g_output_stream_write_all (stream, text, strlen (text), NULL, NULL, error);
}

/**
 * parity_figure_export_with_data:
 * @sidecars: (nullable) (array zero-terminated=1): files to write beside the figure, by their
 *   extension: NAME.csv the values drawn (parity_figure_data_csv()), NAME.md the title, text
 *   description, the values as a table and the provenance
 *
 * parity_figure_export(), and the chart's data and description beside the figure.
 */
gboolean
parity_figure_export_with_data (ParityDataset             *dataset,
                                const ParityChartSpec     *spec,
                                const ParityLayoutOptions *layout,
                                ParityExportFormat         format,
                                double                     dpi,
                                const char                *path,
                                const char * const        *sidecars,
                                GStrv                     *warnings,
                                GError                   **error)
{
  g_autoptr(ParityScene) scene = NULL;
  const char *lang;
  ParityExportOptions options;
  g_autofree char *trace = NULL;

  g_return_val_if_fail (PARITY_IS_DATASET (dataset), FALSE);
  g_return_val_if_fail (spec != NULL && layout != NULL && path != NULL, FALSE);

  /* Sidecars go beside the figure, never elsewhere: checked before anything is written. */
  for (guint i = 0; sidecars != NULL && sidecars[i] != NULL; i++)
    if (!parity_export_same_folder (path, sidecars[i], error))
      return FALSE;
  scene = parity_layout_chart (dataset, spec, layout, error);
  if (scene == NULL)
    {
      const char *dataset_path = parity_dataset_get_path (dataset);

      if (dataset_path != NULL)
        {
          g_autofree char *name = g_filename_display_basename (dataset_path);

          g_prefix_error (error, "%s: ", name);
        }
      return FALSE;
    }
  lang = parity_chart_spec_resolve_lang (dataset, NULL, layout->lang);
  options = (ParityExportOptions) {
    .format = format,
    .dpi = dpi,
    .title = parity_text_get (spec->title, lang, parity_dataset_get_default_lang (dataset)),
    .description = parity_scene_get_description (scene),
    .source = source_line (scene),
    .provenance = trace = provenance (dataset, scene),
  };
  if (warnings != NULL)
    *warnings = g_strdupv ((char **)parity_scene_get_warnings (scene));
  if (!parity_export_to_file (scene, &options, path, error))
    return FALSE;
  for (guint i = 0; sidecars != NULL && sidecars[i] != NULL; i++)
    {
      g_autofree char *text = g_str_has_suffix (sidecars[i], ".md")
                              ? sidecar_markdown (dataset, scene, &options, lang)
                              : parity_figure_data_csv (dataset, scene, lang);
      CsvJob job = { text };
      g_autoptr(GError) local_error = NULL;

      if (!parity_write_file_atomically (sidecars[i], write_csv, &job, &local_error))
        {
          g_autofree char *display = g_filename_display_name (sidecars[i]);

          g_set_error (error, PARITY_ERROR, PARITY_ERROR_EXPORT, "%s: %s", display,
                       local_error->message);
          return FALSE;
        }
    }
  return TRUE;
}

/**
 * parity_figure_export:
 *
 * @warnings: (out) (optional) (transfer full): what the reader should know that the chart
 *   cannot show (shares that do not add up, values left out), even when the export succeeds
 *
 * Lays the chart out and writes it, with its title and its text description (which ends
 * with the source line) as the file's metadata.
 */
gboolean
parity_figure_export (ParityDataset             *dataset,
                      const ParityChartSpec     *spec,
                      const ParityLayoutOptions *layout,
                      ParityExportFormat         format,
                      double                     dpi,
                      const char                *path,
                      GStrv                     *warnings,
                      GError                   **error)
{
  return parity_figure_export_with_data (dataset, spec, layout, format, dpi, path, NULL,
                                         warnings, error);
}

