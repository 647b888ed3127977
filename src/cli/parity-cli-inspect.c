/* parity-cli-inspect.c: parity-cli validate and parity-cli info
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parity-chart-kind.h"
#include "parity-cli-private.h"
#include "parity-color-vision.h"
#include "parity-escape.h"
#include "parity-layout.h"
#include "parity-preset.h"

static guint
count_observations (ParityDataset *dataset)
{
  guint n = 0;

  for (guint i = 0; i < parity_dataset_get_n_indicators (dataset); i++)
    n += parity_dataset_get_indicator (dataset, i)->obs.len;
  return n;
}

/* How many of the palette's colours the chart draws with, in order: as laid out. A chart
 * with a highlight draws in the accent and a muted colour instead, whatever the palette. */
static guint
colors_used (ParityDataset         *dataset,
             const ParityChartSpec *spec,
             const ParityTheme     *theme)
{
  const ParityPreset *report = parity_preset_get_default ();
  ParityLayoutOptions options = { report->width, report->height, NULL };
  g_autoptr(ParityScene) scene = parity_layout_chart (dataset, spec, &options, NULL);
  guint n = 0;

  if (spec->highlight->len > 0)
    return 0;
  for (guint i = 0; scene != NULL && i < parity_scene_get_n_items (scene); i++)
    {
      const ParityItem *item = parity_scene_get_item (scene, i);

      if (item->role != PARITY_ROLE_MARK)
        continue;
      for (guint k = 0; k < G_N_ELEMENTS (theme->palette); k++)
        if (memcmp (&item->fill, &theme->palette[k], sizeof item->fill) == 0 ||
            memcmp (&item->stroke, &theme->palette[k], sizeof item->stroke) == 0)
          n = MAX (n, k + 1);
    }
  return n;
}

/* Colours a reader may not tell apart (simulated protanopia, deuteranopia, tritanopia,
 * greyscale) and text below WCAG's contrast: warnings, which do not make a file invalid. */
static void
check_chart_colors (ParityDataset *dataset)
{
  for (guint c = 0; c < parity_dataset_get_n_charts (dataset); c++)
    {
      const ParityChartSpec *spec = parity_dataset_get_chart (dataset, c);
      g_auto(GStrv) problems = NULL;
      ParityTheme theme;

      parity_theme_init_for_canvas (&theme, 453.5, 283.5);
      parity_theme_set_palette (&theme, spec->palette);
      problems = parity_theme_check_colors (&theme, colors_used (dataset, spec, &theme));
      for (guint i = 0; problems[i] != NULL; i++)
        /* Translators: the chart id, then what a reader may not see. */
        parity_cli_error (_("warning: %s: %s"), spec->id, problems[i]);
    }
}

/* --theme: the theme file reads, and its colours pass the checks a chart's do; its problems
 * are errors, as a theme exists to be shared. Returns FALSE on any. */
static gboolean
validate_theme (const char *name_or_path)
{
  g_autoptr(ParityThemeFile) theme = parity_cli_load_theme (name_or_path);
  g_auto(GStrv) problems = NULL;
  g_autofree char *display = NULL;

  if (theme == NULL)
    return FALSE;
  display = g_filename_display_name (name_or_path);
  problems = parity_theme_file_check_colors (theme);
  for (guint i = 0; problems[i] != NULL; i++)
    parity_cli_error ("%s: %s", display, problems[i]);
  if (problems[0] != NULL)
    return FALSE;
  /* Translators: what “parity-cli validate --theme” says of a theme that reads and passes
     the colour checks, as in “un: valid theme “UN neutral””. */
  printf (_("%s: valid theme “%s”\n"), display, parity_theme_file_get_name (theme, NULL));
  return TRUE;
}

int
parity_cli_validate (int    argc,
                     char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autofree char *theme = NULL;
  const GOptionEntry entries[] = {
    { "theme", 't', 0, G_OPTION_ARG_FILENAME, &theme,
      /* Translators: the option of “parity-cli validate --help”. */
      N_("Check a theme file, or a bundled theme (un, greyscale), instead of datasets"),
      N_("THEME") },
    { NULL }
  };
  int status = EXIT_SUCCESS;

  /* Translators: after “Usage: parity-cli validate [OPTION…]”; DATASET as in
     “parity-cli --help”. GLib translates this when it prints it. */
  context = g_option_context_new (N_("[DATASET…] — check that dataset files load (default: "
                                     "the bundled dataset)"));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_set_prgname ("parity-cli validate");
  if (!parity_cli_parse (context, &argc, &argv))
    return PARITY_CLI_EXIT_USAGE;
  if (theme != NULL && !validate_theme (theme))
    status = PARITY_CLI_EXIT_FAILURE;
  if (theme != NULL && argc < 2)
    return status;
  for (int i = 1; i < MAX (argc, 2); i++)
    {
      g_autoptr(ParityDataset) dataset = parity_cli_load (i < argc ? argv[i] : NULL, NULL, NULL);
      g_autofree char *display = NULL;
      guint n_indicators, n_observations, n_charts;

      if (dataset == NULL)
        {
          status = PARITY_CLI_EXIT_FAILURE;
          continue;
        }
      display = g_filename_display_name (i < argc ? argv[i] : parity_dataset_get_path (dataset));
      n_indicators = parity_dataset_get_n_indicators (dataset);
      n_observations = count_observations (dataset);
      n_charts = parity_dataset_get_n_charts (dataset);
      /* Three counts, each with its own plural form:
       * “data.json: valid — 12 indicators, 340 observations, 9 charts”. */
      printf ("%s: %s — ", display,
              /* Translators: what “parity-cli validate” says of a dataset file that loads,
                 as in “data.json: valid — 12 indicators, 340 observations, 9 charts”. */
              C_("dataset", "valid"));
      /* Translators: the first of three counts after “data.json: valid — ”. */
      printf (g_dngettext (GETTEXT_PACKAGE, "%u indicator", "%u indicators", n_indicators),
              n_indicators);
      /* Translators: what separates the three counts, as in “12 indicators, 340
         observations, 9 charts”: your language's list separator, with its spacing. */
      printf ("%s", C_("list separator", ", "));
      /* Translators: the second count: values of the indicators, one per country group and
         year. */
      printf (g_dngettext (GETTEXT_PACKAGE, "%u observation", "%u observations",
                           n_observations), n_observations);
      printf ("%s", C_("list separator", ", "));
      /* Translators: the third count. */
      printf (g_dngettext (GETTEXT_PACKAGE, "%u chart", "%u charts", n_charts), n_charts);
      printf ("\n");
      check_chart_colors (dataset);
    }
  return status;
}

/* What “parity-cli info --list” prints, one per line and nothing else: the ids and language
 * tags are names the loaders have checked (no space, no newline, no control character), so
 * scripts and the shell completion read them a line at a time. */
typedef enum
{
  LIST_NONE,
  LIST_CHARTS,
  LIST_INDICATORS,
  LIST_LANGUAGES,
} ListWhat;

static const char * const list_names[] = { NULL, "charts", "indicators", "languages" };

static void
print_list (ParityDataset *dataset,
            ListWhat       what)
{
  switch (what)
    {
    case LIST_CHARTS:
      for (guint i = 0; i < parity_dataset_get_n_charts (dataset); i++)
        printf ("%s\n", parity_dataset_get_chart (dataset, i)->id);
      break;
    case LIST_INDICATORS:
      for (guint i = 0; i < parity_dataset_get_n_indicators (dataset); i++)
        printf ("%s\n", parity_dataset_get_indicator (dataset, i)->id);
      break;
    case LIST_LANGUAGES:
      {
        g_auto(GStrv) langs = parity_dataset_list_languages (dataset);

        for (guint i = 0; langs[i] != NULL; i++)
          printf ("%s\n", langs[i]);
      }
      break;
    case LIST_NONE:
    default:
      g_assert_not_reached ();
    }
}

/* @prefix, then a text from the dataset on its own line: titles and labels come from files
 * that arrive by e-mail, and no escape sequence of theirs reaches the terminal. */
static void
print_text (const char *prefix,
            const char *text)
{
  g_autofree char *shown = parity_escape_controls (text);

  printf ("%s%s\n", prefix, shown);
}

/* Under a chart of each entity's latest value, the window its values come from. */
static void
print_latest (ParityDataset         *dataset,
              const ParityChartSpec *spec)
{
  const char *latest = parity_dataset_get_period (dataset, spec->period);

  if (spec->tolerance == 0)
    /* Translators: under a chart in “parity-cli info”: it shows each country's value in
       the latest period of its data, %s (“2023”). */
    printf (_("      latest available: %s\n"), latest);
  else
    /* Translators: under a chart in “parity-cli info”: it shows each country's latest
       value, from %s (“2023”) or up to %u years earlier. */
    printf (g_dngettext (GETTEXT_PACKAGE, "      latest available: %s, or up to %u year earlier\n",
                         "      latest available: %s, or up to %u years earlier\n",
                         spec->tolerance), latest, spec->tolerance);
}

int
parity_cli_info (int    argc,
                 char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(ParityDataset) dataset = NULL;
  g_autofree char *lang = NULL;
  g_autofree char *list = NULL;
  g_auto(GStrv) labels = NULL;
  g_auto(GStrv) adds = NULL;
  const GOptionEntry entries[] = {
    { "lang", 'l', 0, G_OPTION_ARG_STRING, &lang,
      /* Translators: the option of “parity-cli info --help”; a BCP 47 tag is “en”, “fr”,
         “zh-Hans”… */
      N_("Language of the titles, a BCP 47 tag"), N_("TAG") },
    { "labels", 0, 0, G_OPTION_ARG_STRING_ARRAY, &labels, PARITY_CLI_LABELS_HELP,
      PARITY_CLI_LABELS_ARG },
    { "add", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &adds, PARITY_CLI_ADD_HELP, PARITY_CLI_ADD_ARG },
    { "list", 0, 0, G_OPTION_ARG_STRING, &list,
      /* Translators: an option of “parity-cli info --help”; WHAT is its placeholder, below.
         charts, indicators and languages are typed as they are: do not translate them. */
      N_("Print only the ids of WHAT, one per line, for scripts: charts, indicators or "
         "languages"),
      /* Translators: the placeholder in “--list=WHAT”. */
      N_("WHAT") },
    { NULL }
  };
  ListWhat what = LIST_NONE;
  const char *default_lang;

  /* Translators: after “Usage: parity-cli info [OPTION…]”; DATASET as in “parity-cli --help”.
     GLib translates this when it prints it. */
  context = g_option_context_new (N_("[DATASET] — list a dataset’s charts and indicators"));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_set_prgname ("parity-cli info");
  if (!parity_cli_parse (context, &argc, &argv))
    return PARITY_CLI_EXIT_USAGE;
  if (argc > 2)
    {
      /* Translators: %d is how many datasets were named on the command line (two or more). */
      parity_cli_error (_("one dataset at a time (got %d)"), argc - 1);
      return PARITY_CLI_EXIT_USAGE;
    }
  if (list != NULL)
    {
      for (guint i = LIST_CHARTS; i < G_N_ELEMENTS (list_names); i++)
        if (g_str_equal (list, list_names[i]))
          what = i;
      if (what == LIST_NONE)
        {
          /* Translators: %s is what was typed after --list; charts, indicators and languages
             are typed as they are. */
          parity_cli_error (_("--list “%s”: give charts, indicators or languages"), list);
          return PARITY_CLI_EXIT_USAGE;
        }
    }
  dataset = parity_cli_load (argc > 1 ? argv[1] : NULL, (const char * const *)labels,
                             (const char * const *)adds);
  if (dataset == NULL)
    return PARITY_CLI_EXIT_FAILURE;
  if (what != LIST_NONE)
    {
      print_list (dataset, what);
      return EXIT_SUCCESS;
    }

  default_lang = parity_dataset_get_default_lang (dataset);
  print_text ("", parity_text_get (parity_dataset_get_title (dataset), lang, default_lang));
  printf ("%s\n", parity_dataset_get_path (dataset));
  /* Translators: a heading, followed by the dataset's charts: id, kind and title. */
  printf ("\n%s\n", _("Charts:"));
  for (guint i = 0; i < parity_dataset_get_n_charts (dataset); i++)
    {
      const ParityChartSpec *spec = parity_dataset_get_chart (dataset, i);

      g_autofree char *columns = g_strdup_printf ("  %-32s %-8s ", spec->id, spec->kind);

      print_text (columns, parity_text_get (spec->title, lang, default_lang));
      if (spec->latest)
        print_latest (dataset, spec);
    }
  /* Translators: a heading, followed by the dataset's indicators: id, number of values and
     name. */
  printf ("\n%s\n", _("Indicators:"));
  for (guint i = 0; i < parity_dataset_get_n_indicators (dataset); i++)
    {
      const ParityIndicator *indicator = parity_dataset_get_indicator (dataset, i);

      g_autofree char *columns = g_strdup_printf ("  %-32s %5u  ", indicator->id,
                                                  indicator->obs.len);

      print_text (columns, parity_text_get (indicator->label, lang, default_lang));
    }
  return EXIT_SUCCESS;
}
