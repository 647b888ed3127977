/* parity-cli-private.h: the commands of parity-cli
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "parity-dataset.h"
#include "parity-figure.h"

G_BEGIN_DECLS

/* Exit statuses: 1 when the data or a write failed, 2 when the command line was wrong. */
#define PARITY_CLI_EXIT_FAILURE 1
#define PARITY_CLI_EXIT_USAGE 2

int            parity_cli_export    (int    argc,
                                     char **argv);
int            parity_cli_validate  (int    argc,
                                     char **argv);
int            parity_cli_info      (int    argc,
                                     char **argv);
int            parity_cli_i18n      (int    argc,
                                     char **argv);

void           parity_cli_error     (const char *format,
                                     ...) G_GNUC_PRINTF (1, 2);
gboolean       parity_cli_parse     (GOptionContext *context,
                                     int            *argc,
                                     char         ***argv);
ParityDataset *parity_cli_load      (const char         *path,
                                     const char * const *labels,
                                     const char * const *adds);
ParityThemeFile *parity_cli_load_theme (const char       *name_or_path);

/* One figure of a batch: what to write, then what happened. */
typedef struct
{
  const ParityChartSpec *spec;
  ParityLayoutOptions    layout;
  double                 dpi;
  char                  *path;
  GStrv                  sidecars;         /* NAME.csv, NAME.md beside the figure, or NULL */
  gboolean               report_warnings;  /* the chart's first figure */

  gboolean               done;
  gboolean               ok;
  GStrv                  warnings;
  GError                *error;
} ParityCliFigure;

gboolean       parity_cli_export_figures (ParityDataset      *dataset,
                                          ParityExportFormat  format,
                                          ParityCliFigure    *figures,
                                          guint               n_figures,
                                          gboolean            quiet);
void           parity_cli_figure_clear   (ParityCliFigure    *figure);

/* Translators: the option of “parity-cli export --help” and “parity-cli info --help” that
   adds, say, French labels from the French response of the World Bank API. */
#define PARITY_CLI_LABELS_HELP N_("Add the labels of the same data in another language, " \
                                  "e.g. a World Bank response saved from /fr/ (may be repeated)")
/* Translators: the placeholder in “--labels=TAG=FILE”: a language tag, “=”, a file name. */
#define PARITY_CLI_LABELS_ARG N_("TAG=FILE")

/* Translators: the option of “parity-cli export --help” and “parity-cli info --help” that
   joins another file's indicators (GDP per capita beside Internet use) to the dataset. */
#define PARITY_CLI_ADD_HELP N_("Add the indicators of another file, joined by country code " \
                               "(may be repeated)")
/* Translators: the placeholder in “--add=FILE”, a file name. */
#define PARITY_CLI_ADD_ARG N_("FILE")

G_END_DECLS
