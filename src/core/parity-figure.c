/* parity-figure.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include "parity-figure.h"

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
  g_autoptr(ParityScene) scene = NULL;
  const char *lang;
  ParityExportOptions options;

  g_return_val_if_fail (PARITY_IS_DATASET (dataset), FALSE);
  g_return_val_if_fail (spec != NULL && layout != NULL && path != NULL, FALSE);

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
  lang = layout->lang ? layout->lang : parity_dataset_get_default_lang (dataset);
  options = (ParityExportOptions) {
    .format = format,
    .dpi = dpi,
    .title = parity_text_get (spec->title, lang, parity_dataset_get_default_lang (dataset)),
    .description = parity_scene_get_description (scene),
  };
  if (warnings != NULL)
    *warnings = g_strdupv ((char **)parity_scene_get_warnings (scene));
  return parity_export_to_file (scene, &options, path, error);
}
