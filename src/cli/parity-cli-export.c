/* parity-cli-export.c: parity-cli export
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-cli"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parity-cli-private.h"
#include "parity-export-path.h"
#include "parity-figure.h"
#include "parity-preset.h"

typedef struct
{
  char             **charts;
  gboolean           all;
  char              *format_name;
  char             **preset_names;
  char              *width;
  char              *height;
  double             dpi;
  char              *output;
  char              *lang;
  char             **labels;
  char             **adds;      /* --add: files joined to the dataset */
  char             **scale_with;  /* --scale-with: datasets sharing the scale groups */
  gboolean           quiet;
  gboolean           data;
  gboolean           describe;
  char              *theme;     /* --theme: a bundled theme's id or a theme file */
} Options;

static void
options_clear (Options *o)
{
  g_strfreev (o->charts);
  g_free (o->format_name);
  g_strfreev (o->preset_names);
  g_free (o->width);
  g_free (o->height);
  g_free (o->output);
  g_free (o->lang);
  g_strfreev (o->labels);
  g_strfreev (o->adds);
  g_strfreev (o->scale_with);
  g_free (o->theme);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Options, options_clear)

/* One canvas to render every chart on: a preset, or --width × --height. */
typedef struct
{
  const char *name;   /* NULL for a custom size */
  double      width;
  double      height;
  double      dpi;
} Canvas;

static gboolean
collect_canvases (Options *o,
                  GArray  *canvases)
{
  g_autoptr(GError) error = NULL;

  if ((o->width != NULL) != (o->height != NULL))
    {
      /* Translators: --width, --height, --preset, --dpi, --chart, --all and --format are
         options, typed as they are: do not translate them. */
      parity_cli_error (_("--width and --height go together"));
      return FALSE;
    }
  if (o->width != NULL && o->preset_names != NULL)
    {
      parity_cli_error (_("give either --preset or --width and --height, not both"));
      return FALSE;
    }
  if (o->dpi != 0 && (o->dpi < PARITY_MIN_DPI || o->dpi > PARITY_MAX_DPI))
    {
      /* Translators: the resolution asked for, then the lowest and highest allowed, in dots
         per inch. */
      parity_cli_error (_("--dpi %g is out of range (%.0f to %.0f)"), o->dpi, PARITY_MIN_DPI,
                        PARITY_MAX_DPI);
      return FALSE;
    }
  if (o->width != NULL)
    {
      Canvas canvas = { NULL, 0, 0, o->dpi ? o->dpi : 96 };

      if (!parity_parse_length (o->width, canvas.dpi, &canvas.width, &error) ||
          !parity_parse_length (o->height, canvas.dpi, &canvas.height, &error))
        {
          parity_cli_error ("%s", error->message);
          return FALSE;
        }
      g_array_append_val (canvases, canvas);
      return TRUE;
    }
  if (o->preset_names == NULL)
    {
      /* Each chart at its own preset (or the report column): sized per chart below. */
      Canvas canvas = { NULL, 0, 0, o->dpi };

      g_array_append_val (canvases, canvas);
      return TRUE;
    }
  for (guint i = 0; o->preset_names[i] != NULL; i++)
    {
      const char *name = o->preset_names[i];
      guint n;
      const ParityPreset *presets = g_str_equal (name, "all") ? parity_preset_get_all (&n)
                                    : parity_preset_lookup (name);

      if (presets == NULL)
        {
          g_autofree char *known = parity_preset_list_names (", ");

          /* Translators: the name typed, then the preset names (report, half-page, …) which,
             like “all”, are typed as they are and not translated. */
          parity_cli_error (_("unknown preset “%s” (known: %s, all)"), name, known);
          return FALSE;
        }
      if (!g_str_equal (name, "all"))
        n = 1;
      for (guint j = 0; j < n; j++)
        {
          Canvas canvas = { presets[j].name, presets[j].width, presets[j].height,
                            o->dpi ? o->dpi : presets[j].dpi };

          g_array_append_val (canvases, canvas);
        }
    }
  return TRUE;
}

static gboolean
collect_charts (Options       *o,
                ParityDataset *dataset,
                GPtrArray     *charts)
{
  if (o->all)
    {
      for (guint i = 0; i < parity_dataset_get_n_charts (dataset); i++)
        g_ptr_array_add (charts, (gpointer)parity_dataset_get_chart (dataset, i));
      if (charts->len == 0)
        /* Translators: %s is the dataset's file. */
        parity_cli_error (_("%s: the dataset has no charts"), parity_dataset_get_path (dataset));
      return charts->len > 0;
    }
  for (guint i = 0; o->charts != NULL && o->charts[i] != NULL; i++)
    {
      const ParityChartSpec *spec = parity_dataset_find_chart (dataset, o->charts[i]);

      if (spec == NULL)
        {
          GString *known = g_string_new (NULL);

          for (guint j = 0; j < parity_dataset_get_n_charts (dataset); j++)
            g_string_append_printf (known, "%s%s", j ? ", " : "",
                                    parity_dataset_get_chart (dataset, j)->id);
          /* Translators: the chart id typed, the dataset's file, then the ids of its charts. */
          parity_cli_error (_("no chart “%s” in %s (charts: %s)"), o->charts[i],
                            parity_dataset_get_path (dataset), known->str);
          g_string_free (known, TRUE);
          return FALSE;
        }
      g_ptr_array_add (charts, (gpointer)spec);
    }
  return TRUE;
}

/* Where each file goes: one file may be named outright; several go into a folder, as
 * CHART[-PRESET][-LANG].EXT, the preset and the language named when there are several, so a
 * batch's file names can be predicted and sorted. Names are made by the export layer, which
 * keeps them inside the folder whatever the dataset's ids hold. */
static char *
output_path (Options               *o,
             gboolean               into_folder,
             const ParityChartSpec *spec,
             const Canvas          *canvas,
             gboolean               name_canvas,
             const char            *lang,
             ParityExportFormat     format,
             GError               **error)
{
  g_autofree char *name = NULL;

  if (!into_folder)
    return g_strdup (o->output);
  name = parity_export_file_name (spec->id,
                                  name_canvas ? canvas->name ? canvas->name : "custom" : NULL,
                                  lang, parity_export_format_extension (format));
  return parity_export_path_in_folder (o->output ? o->output : ".", name, error);
}

/* Builds the options' context and parses the command line into @o; FALSE on a usage error
 * (reported). */
static gboolean
parse_arguments (Options   *o,
                 int       *argc,
                 char    ***argv)
{
  g_autoptr(GOptionContext) context = NULL;
  const GOptionEntry entries[] = {
    { "chart", 'c', 0, G_OPTION_ARG_STRING_ARRAY, &o->charts,
      /* Translators: the options of “parity-cli export --help”. An id is a chart's name
         in the dataset, such as internet-use-by-development. */
      N_("Export the chart with this id (may be repeated)"),
      /* Translators: the placeholder in “--chart=ID”: you may translate it, in capitals,
         as in “--chart ID or --all”. */
      N_("ID") },
    { "all", 'a', 0, G_OPTION_ARG_NONE, &o->all, N_("Export every chart of the dataset"), NULL },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &o->format_name,
      /* Translators: png, pdf and svg are typed as they are: do not translate them. */
      N_("png, pdf or svg (default: from the output name, else png)"),
      /* Translators: the placeholder in “--format=FORMAT”. */
      N_("FORMAT") },
    { "preset", 'p', 0, G_OPTION_ARG_STRING_ARRAY, &o->preset_names,
      /* Translators: report, half-page, slide, square and all are typed as they are: do
         not translate them. */
      N_("report, half-page, slide, square or all (may be repeated; default: report)"),
      /* Translators: the placeholder in “--preset=NAME”. */
      N_("NAME") },
    { "width", 'W', 0, G_OPTION_ARG_STRING, &o->width,
      /* Translators: px, pt, mm, cm and in are typed as they are: do not translate them. */
      N_("Canvas width: pixels, or with a unit (px, pt, mm, cm, in)"),
      /* Translators: the placeholder in “--width=LENGTH” and “--height=LENGTH”. */
      N_("LENGTH") },
    { "height", 'H', 0, G_OPTION_ARG_STRING, &o->height, N_("Canvas height"), N_("LENGTH") },
    { "dpi", 'd', 0, G_OPTION_ARG_DOUBLE, &o->dpi,
      /* Translators: print presets are report and half-page, screen presets slide and
         square. */
      N_("PNG resolution (default: 300 for print presets, 96 for screen presets)"),
      /* Translators: the placeholder in “--dpi=N”, a number. */
      N_("N") },
    { "lang", 'l', 0, G_OPTION_ARG_STRING, &o->lang,
      /* Translators: a BCP 47 tag is “en”, “fr”, “zh-Hans”… */
      N_("Chart language, a BCP 47 tag, or “all” for every language of the dataset "
         "(default: the chart’s, else the dataset’s)"),
      /* Translators: the placeholder in “--lang=TAG”, a language tag. */
      N_("TAG") },
    { "labels", 0, 0, G_OPTION_ARG_STRING_ARRAY, &o->labels, PARITY_CLI_LABELS_HELP,
      PARITY_CLI_LABELS_ARG },
    { "add", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &o->adds, PARITY_CLI_ADD_HELP,
      PARITY_CLI_ADD_ARG },
    { "scale-with", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &o->scale_with,
      /* Translators: a scale group is the charts, named alike in their files, that share
         their value axis. */
      N_("Share scale groups with the charts of this dataset too (may be repeated)"),
      /* Translators: the placeholder in “--scale-with=FILE”, a file name. */
      N_("FILE") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &o->output,
      N_("Output file, or folder for several files (default: the current folder)"),
      /* Translators: the placeholder in “--output=PATH”, a file or folder. */
      N_("PATH") },
    { "quiet", 'q', 0, G_OPTION_ARG_NONE, &o->quiet, N_("Do not list the files written"), NULL },
    { "data", 0, 0, G_OPTION_ARG_NONE, &o->data,
      N_("Also write the values each chart draws as CSV beside it (NAME.csv)"), NULL },
    { "describe", 0, 0, G_OPTION_ARG_NONE, &o->describe,
      N_("Also write each chart's title, description and values as Markdown beside it "
         "(NAME.md)"), NULL },
    { "theme", 't', 0, G_OPTION_ARG_FILENAME, &o->theme,
      /* Translators: un and greyscale are typed as they are: do not translate them. */
      N_("House style: a theme file, or a bundled theme (un, greyscale)"),
      /* Translators: the placeholder in “--theme=THEME”, a theme's file or name. */
      N_("THEME") },
    { NULL }
  };

  /* Translators: after “Usage: parity-cli export [OPTION…]”; DATASET as in
     “parity-cli --help”. GLib translates this and the examples below when it prints them. */
  context = g_option_context_new (N_("[DATASET] — write charts as PNG, PDF or SVG"));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_description (context,
    /* Translators: translate “Examples:” and, if you like, the file names (figures/,
       slide.png, data.json, gaps.svg); the rest is typed as it is. */
    N_("Examples:\n"
      "  parity-cli export --all --format pdf -o figures/\n"
      "  parity-cli export --chart internet-use-by-development --preset slide -o slide.png\n"
      "  parity-cli export data.json --chart gaps --width 160mm --height 90mm -o gaps.svg"));
  g_set_prgname ("parity-cli export");
  return parity_cli_parse (context, argc, argv);
}

/* The options that must agree with each other, the format, the canvases and the language;
 * FALSE on a usage error (reported). */
static gboolean
check_options (Options            *o,
               int                 argc,
               ParityExportFormat *format,
               GArray             *canvases)
{
  if (argc > 2)
    {
      /* Translators: %d is how many datasets were named on the command line (two or more). */
      parity_cli_error (_("one dataset at a time (got %d)"), argc - 1);
      return FALSE;
    }
  if (!o->all && o->charts == NULL)
    {
      /* Translators: ID as in “--chart=ID” in “parity-cli export --help”. */
      parity_cli_error (_("choose the charts: --chart ID or --all (“parity-cli info” lists "
                          "them)"));
      return FALSE;
    }
  if (o->all && o->charts != NULL)
    {
      parity_cli_error (_("give either --chart or --all, not both"));
      return FALSE;
    }
  if (o->format_name != NULL && !parity_export_format_from_string (o->format_name, format))
    {
      /* Translators: %s is the format typed; png, pdf and svg are typed as they are. */
      parity_cli_error (_("unknown format “%s” (known: png, pdf, svg)"), o->format_name);
      return FALSE;
    }
  if (!collect_canvases (o, canvases))
    return FALSE;
  if (o->lang != NULL && !g_str_equal (o->lang, "all") && !parity_lang_tag_is_valid (o->lang))
    {
      /* Translators: %s is what was typed for --lang; a BCP 47 tag is “en”, “fr”, “zh-Hans”… */
      parity_cli_error (_("“%s” is not a BCP 47 language tag"), o->lang);
      return FALSE;
    }
  return TRUE;
}

/* The languages to export in: --lang all gives every language the dataset's texts are
 * written in; else one, NULL for the chart's own. */
static GStrv
chart_languages (Options       *o,
                 ParityDataset *dataset)
{
  GStrv langs;

  if (o->lang != NULL && g_str_equal (o->lang, "all"))
    return parity_dataset_list_languages (dataset);
  langs = g_new0 (char *, 2);
  langs[0] = g_strdup (o->lang);
  return langs;
}

/* Whether -o names a folder, created if need be (FALSE on failure, reported); the format
 * from a single file's name when --format is not given. */
static gboolean
prepare_output (Options            *o,
                guint               n_files,
                gboolean           *into_folder,
                ParityExportFormat *format)
{
  /* A single file may be named; anything more, or an existing folder, is a folder. */
  *into_folder = n_files > 1 || o->output == NULL ||
                 g_file_test (o->output, G_FILE_TEST_IS_DIR) ||
                 g_str_has_suffix (o->output, G_DIR_SEPARATOR_S);  /* "-o figures/" */
  if (!*into_folder && o->format_name == NULL)
    parity_export_format_from_path (o->output, format);
  if (*into_folder && o->output != NULL && g_mkdir_with_parents (o->output, 0777) != 0)
    {
      g_autofree char *display = g_filename_display_name (o->output);

      /* Translators: the folder, then the system's reason. */
      parity_cli_error (_("%s: cannot create the folder: %s"), display, g_strerror (errno));
      return FALSE;
    }
  return TRUE;
}

/* --data and --describe: NAME.csv and NAME.md beside the figure's file; NULL without them. */
static GStrv
sidecar_paths (Options    *o,
               const char *path)
{
  const char *dot = strrchr (path, '.');
  const char *slash = strrchr (path, G_DIR_SEPARATOR);
  int stem = dot != NULL && (slash == NULL || dot > slash)
             ? (int)(dot - path) : (int)strlen (path);
  g_autoptr(GStrvBuilder) sidecars = NULL;

  if (!o->data && !o->describe)
    return NULL;
  sidecars = g_strv_builder_new ();
  if (o->data)
    {
      g_autofree char *csv = g_strdup_printf ("%.*s.csv", stem, path);

      g_strv_builder_add (sidecars, csv);
    }
  if (o->describe)
    {
      g_autofree char *md = g_strdup_printf ("%.*s.md", stem, path);

      g_strv_builder_add (sidecars, md);
    }
  return g_strv_builder_end (sidecars);
}

/* What is exported and where: each chart on each canvas in each language. */
typedef struct
{
  Options            *o;
  GPtrArray          *charts;
  GArray             *canvases;
  GStrv               langs;
  guint               n_langs;
  gboolean            into_folder;
  ParityExportFormat  format;
  ParityThemeFile    *theme;
  GPtrArray          *peers;  /* the --scale-with datasets */
} Plan;

/* The figure of chart @i on canvas @j in language @l; FALSE when its path cannot be made
 * (reported). */
static gboolean
plan_figure (const Plan      *plan,
             guint            i,
             guint            j,
             guint            l,
             ParityCliFigure *figure)
{
  const ParityChartSpec *spec = g_ptr_array_index (plan->charts, i);
  const Canvas *canvas = &g_array_index (plan->canvases, Canvas, j);
  g_autoptr(GError) error = NULL;
  Canvas own;

  if (canvas->width == 0)
    {
      const ParityPreset *preset = parity_chart_spec_get_preset (spec);

      own = (Canvas) { preset->name, preset->width, preset->height,
                       canvas->dpi ? canvas->dpi : preset->dpi };
      canvas = &own;
    }
  *figure = (ParityCliFigure) { spec };
  figure->layout = (ParityLayoutOptions) { canvas->width, canvas->height, plan->langs[l],
                                           plan->theme,
                                           (ParityDataset * const *)plan->peers->pdata,
                                           plan->peers->len };
  figure->dpi = canvas->dpi;
  figure->path = output_path (plan->o, plan->into_folder, spec, canvas, plan->canvases->len > 1,
                              plan->n_langs > 1 ? plan->langs[l] : NULL, plan->format, &error);
  if (figure->path == NULL)
    {
      parity_cli_error ("%s", error->message);
      return FALSE;
    }
  figure->report_warnings = j == 0 && l == 0;
  figure->sidecars = sidecar_paths (plan->o, figure->path);
  return TRUE;
}

/* --scale-with: each file loaded as the dataset is, and checked against its scale groups;
 * FALSE when one cannot be (reported, naming the file). */
static gboolean
load_peers (const Options *o,
            ParityDataset *dataset,
            GPtrArray     *peers)
{
  for (guint i = 0; o->scale_with != NULL && o->scale_with[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;
      ParityDataset *peer = parity_cli_load (o->scale_with[i], NULL, NULL);

      if (peer == NULL)
        return FALSE;
      g_ptr_array_add (peers, peer);
      if (!parity_layout_check_peers (dataset, peer, &error))
        {
          parity_cli_error ("%s: %s", o->scale_with[i], error->message);
          return FALSE;
        }
    }
  return TRUE;
}

int
parity_cli_export (int    argc,
                   char **argv)
{
  g_auto(Options) o = { 0 };
  g_autoptr(ParityDataset) dataset = NULL;
  g_autoptr(GArray) canvases = g_array_new (FALSE, FALSE, sizeof (Canvas));
  g_autoptr(GPtrArray) charts = g_ptr_array_new ();
  g_auto(GStrv) langs = NULL;
  g_autoptr(GArray) figures = NULL;
  g_autoptr(ParityThemeFile) theme = NULL;
  g_autoptr(GPtrArray) peers = g_ptr_array_new_with_free_func (g_object_unref);
  Plan plan = { &o, charts, canvases };

  plan.format = PARITY_EXPORT_PNG;
  if (!parse_arguments (&o, &argc, &argv) || !check_options (&o, argc, &plan.format, canvases))
    return PARITY_CLI_EXIT_USAGE;
  if (o.theme != NULL && (plan.theme = theme = parity_cli_load_theme (o.theme)) == NULL)
    return PARITY_CLI_EXIT_FAILURE;
  dataset = parity_cli_load (argc > 1 ? argv[1] : NULL, (const char * const *)o.labels,
                             (const char * const *)o.adds);
  if (dataset == NULL || !load_peers (&o, dataset, peers))
    return PARITY_CLI_EXIT_FAILURE;
  plan.peers = peers;
  if (!collect_charts (&o, dataset, charts))
    return o.all ? PARITY_CLI_EXIT_FAILURE : PARITY_CLI_EXIT_USAGE;
  plan.langs = langs = chart_languages (&o, dataset);
  plan.n_langs = langs[0] == NULL ? 1 : g_strv_length (langs);
  if (!prepare_output (&o, charts->len * canvases->len * plan.n_langs, &plan.into_folder,
                       &plan.format))
    return PARITY_CLI_EXIT_FAILURE;

  figures = g_array_new (FALSE, TRUE, sizeof (ParityCliFigure));
  g_array_set_clear_func (figures, (GDestroyNotify)parity_cli_figure_clear);
  for (guint i = 0; i < charts->len; i++)
    for (guint j = 0; j < canvases->len; j++)
      for (guint l = 0; l < plan.n_langs; l++)
        {
          ParityCliFigure figure;

          if (!plan_figure (&plan, i, j, l, &figure))
            return PARITY_CLI_EXIT_FAILURE;
          g_array_append_val (figures, figure);
        }
  if (!parity_cli_export_figures (dataset, plan.format, (ParityCliFigure *)figures->data,
                                  figures->len, o.quiet))
    return PARITY_CLI_EXIT_FAILURE;
  return EXIT_SUCCESS;
}
