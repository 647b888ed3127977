/* test-sdmx.c: the SDMX-JSON loader
 *
 * sdmx/NAME.json must load, and a dump of what was loaded must equal sdmx/NAME.expected;
 * or fail with exactly the message in sdmx/NAME.err. PARITY_TEST_WRITE_EXPECTED=1 writes
 * missing expectations from the actual output (read them before committing).
 * Every sample of ../shared/corpora/sdmx-json must load or be rejected as the table says.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "dataset-dump.h"
#include "parity-error.h"
#include "parity-loader.h"
#include "scene-test-util.h"

/* Dump */

static char *
dump_dataset (ParityDataset *dataset)
{
  GString *out = g_string_new (NULL);

  g_string_append_printf (out, "format: %s\n", parity_dataset_get_format_name (dataset));
  g_string_append_printf (out, "default_language: %s\n",
                          parity_dataset_get_default_lang (dataset));
  dataset_dump_text (out, "", "title", parity_dataset_get_title (dataset));
  for (guint i = 0; i < parity_dataset_get_n_sources (dataset); i++)
    {
      const ParitySource *source = parity_dataset_get_source (dataset, i);

      g_string_append_printf (out, "source %s\n", source->id);
      dataset_dump_text (out, "  ", "title", source->title);
      dataset_dump_text (out, "  ", "publisher", source->publisher);
      if (source->url != NULL)
        g_string_append_printf (out, "  url: %s\n", source->url);
      if (source->year != 0)
        g_string_append_printf (out, "  year: %d\n", source->year);
      if (source->retrieved != NULL)
        g_string_append_printf (out, "  retrieved: %s\n", source->retrieved);
    }
  for (guint i = 0; i < parity_dataset_get_n_entities (dataset); i++)
    {
      const ParityEntity *entity = parity_dataset_get_entity (dataset, i);

      g_string_append_printf (out, "entity %s\n", entity->id);
      dataset_dump_text (out, "  ", "label", entity->label);
    }
  for (guint i = 0; i < parity_dataset_get_n_indicators (dataset); i++)
    dataset_dump_indicator (out, dataset, parity_dataset_get_indicator (dataset, i));
  g_string_append_printf (out, "charts: %u\n", parity_dataset_get_n_charts (dataset));
  for (const char * const *w = parity_dataset_get_warnings (dataset); *w != NULL; w++)
    g_string_append_printf (out, "warning: %s\n", *w);
  return g_string_free (out, FALSE);
}

static void
check_or_write (const char *path,
                const char *actual)
{
  g_autofree char *expected = NULL;

  if (!g_file_get_contents (path, &expected, NULL, NULL))
    {
      if (g_getenv ("PARITY_TEST_WRITE_EXPECTED") != NULL)
        {
          g_assert_true (g_file_set_contents (path, actual, -1, NULL));
          g_test_message ("wrote %s", path);
          return;
        }
      g_test_fail_printf ("%s is missing; actual:\n%s", path, actual);
      return;
    }
  g_assert_cmpstr (actual, ==, expected);
}

static void
test_fixture (gconstpointer data)
{
  const char *json = data;
  g_autofree char *base = g_strndup (json, strlen (json) - strlen (".json"));
  g_autofree char *expected = g_strconcat (base, ".expected", NULL);
  g_autofree char *err = g_strconcat (base, ".err", NULL);
  g_autofree char *name = g_path_get_basename (json);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ParityDataset) dataset = NULL;
  g_autofree char *contents = NULL;
  gsize len;

  g_assert_true (g_file_get_contents (json, &contents, &len, NULL));
  bytes = g_bytes_new_take (g_steal_pointer (&contents), len);
  dataset = parity_dataset_load_bytes (bytes, name, &error);
  if (g_file_test (err, G_FILE_TEST_EXISTS) ||
      (dataset == NULL && !g_file_test (expected, G_FILE_TEST_EXISTS) &&
       g_getenv ("PARITY_TEST_WRITE_EXPECTED") != NULL))
    {
      g_autofree char *message = NULL;

      g_assert_null (dataset);
      g_assert_nonnull (error);
      message = g_strconcat (error->message, "\n", NULL);
      check_or_write (err, message);
    }
  else
    {
      g_autofree char *dump = NULL;

      if (error != NULL)
        g_test_message ("%s", error->message);
      g_assert_no_error (error);
      dump = dump_dataset (dataset);
      check_or_write (expected, dump);
    }
}

/* The corpus: each sample, and what must happen to it. */
typedef struct
{
  const char *path;
  guint       n_observations;  /* 0: rejected */
  const char *reason;          /* a part of the message, or of a warning when loaded */
} CorpusCase;

static const CorpusCase corpus_cases[] = {
  { "v1.0/data-samples/agri.json", 8, NULL },
  { "v1.0/data-samples/exr/exr-action-delete.json", 0, "\"Delete\" message" },
  { "v1.0/data-samples/exr/exr-cross-section.json", 4, NULL },
  { "v1.0/data-samples/exr/exr-flat.json", 4, NULL },           /* pre-1.0 layout */
  { "v1.0/data-samples/exr/exr-time-series.json", 4, NULL },    /* pre-1.0 layout */
  { "v2.0.0/data-samples/agri.json", 12, NULL },
  { "v2.0.0/data-samples/constructed-sample-full.json", 4, "also reports an error" },
  { "v2.0.0/data-samples/exr/exr-action-delete.json", 0, "\"Delete\" message" },
  { "v2.0.0/data-samples/exr/exr-cross-section.json", 4, NULL },
  { "v2.0.0/data-samples/exr/exr-flat.json", 4, NULL },
  { "v2.0.0/data-samples/exr/exr-time-series.json", 4, NULL },
  { "v2.0.0/data-samples/generated-sample.json", 0, "\"Delete\" message" },
  { "v2.1.0/data-samples/agri.json", 12, NULL },
  { "v2.1.0/data-samples/constructed-sample-full.json", 4, "also reports an error" },
  { "v2.1.0/data-samples/exr/exr-action-delete.json", 0, "\"Delete\" message" },
  { "v2.1.0/data-samples/exr/exr-cross-section.json", 4, NULL },
  { "v2.1.0/data-samples/exr/exr-flat.json", 4, NULL },
  { "v2.1.0/data-samples/exr/exr-time-series.json", 4, NULL },
  { "v2.1.0/data-samples/generated-sample.json", 0, "\"Delete\" message" },
};

static char *
corpus_dir (void)
{
  return g_build_filename (g_test_get_dir (G_TEST_DIST), "..", "..", "shared", "corpora",
                           "sdmx-json", NULL);
}

static void
collect_json (const char *dir,
              const char *rel,
              GPtrArray  *out)
{
  g_autofree char *path = rel ? g_build_filename (dir, rel, NULL) : g_strdup (dir);
  g_autoptr(GDir) d = g_dir_open (path, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *child_rel = rel ? g_build_filename (rel, name, NULL) : g_strdup (name);
      g_autofree char *child = g_build_filename (dir, child_rel, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        collect_json (dir, child_rel, out);
      else if (g_str_has_suffix (name, ".json") && strstr (child_rel, "data-samples") != NULL)
        g_ptr_array_add (out, g_steal_pointer (&child_rel));
    }
}

static void
test_corpus (void)
{
  g_autofree char *dir = corpus_dir ();
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);

  if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
    {
      g_test_skip ("../shared/corpora/sdmx-json is absent");
      return;
    }
  /* Every sample is in the table: a new sample needs a decision. */
  collect_json (dir, NULL, files);
  for (guint i = 0; i < files->len; i++)
    {
      gboolean found = FALSE;

      for (guint j = 0; j < G_N_ELEMENTS (corpus_cases); j++)
        found = found || g_str_equal (corpus_cases[j].path, files->pdata[i]);
      if (!found)
        g_test_fail_printf ("%s is not in the expectation table", (char *)files->pdata[i]);
    }
  for (guint j = 0; j < G_N_ELEMENTS (corpus_cases); j++)
    {
      const CorpusCase *c = &corpus_cases[j];
      g_autofree char *path = g_build_filename (dir, c->path, NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(ParityDataset) dataset = parity_dataset_load_file (path, &error);

      g_test_message ("%s", c->path);
      if (c->n_observations == 0)
        {
          g_assert_null (dataset);
          g_assert_nonnull (error);
          g_assert_nonnull (strstr (error->message, c->reason));
        }
      else
        {
          guint n = 0;

          g_assert_no_error (error);
          g_assert_cmpstr (parity_dataset_get_format_name (dataset), ==, "SDMX-JSON");
          for (guint i = 0; i < parity_dataset_get_n_indicators (dataset); i++)
            n += parity_dataset_get_indicator (dataset, i)->obs.len;
          g_assert_cmpuint (n, ==, c->n_observations);
          g_assert_cmpuint (parity_dataset_get_n_charts (dataset), >, 0);
          g_assert_nonnull (parity_dataset_get_indicator (dataset, 0)->label);
          if (c->reason != NULL)
            {
              gboolean seen = FALSE;

              for (const char * const *w = parity_dataset_get_warnings (dataset); *w; w++)
                seen = seen || strstr (*w, c->reason) != NULL;
              g_assert_true (seen);
            }
        }
    }
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *)a, *(const char * const *)b);
}

/* The chart's source line names the data's publisher and dataflow, never the file it was
 * read from: a reader of the chart has no such file. */
static void
test_source_line (void)
{
  static const struct { const char *file; const char *line; } cases[] = {
    { "unnamed-dataflow.json", "ECB, EXR" },
    { "unnamed-publisher.json", "OECD" },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "sdmx", cases[c].file, NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(ParityDataset) dataset = parity_dataset_load_file (path, &error);
      g_autoptr(ParityScene) scene = NULL;
      g_autoptr(GPtrArray) source = NULL;
      const ParityItem *item;

      g_assert_no_error (error);
      scene = scene_test_layout (dataset, parity_dataset_get_chart (dataset, 0)->id, 600, 400);
      source = scene_test_items_with_role (scene, PARITY_ROLE_SOURCE);
      g_assert_cmpuint (source->len, ==, 1);
      item = g_ptr_array_index (source, 0);
      g_test_message ("%s: %s", cases[c].file, item->text);
      g_assert_null (strstr (item->text, ".json"));
      g_assert_null (strstr (item->text, "unnamed"));
      g_assert_nonnull (strstr (item->text, cases[c].line));
    }
}

/* Data without periods charts like any other, and its description names no period: the
 * placeholder period means nothing to a reader. With a reporting period, it says the year. */
static void
test_cross_section_description (void)
{
  static const struct { const char *dir, *file, *period; gboolean said; } cases[] = {
    { "sdmx", "cross-section-no-period.json", PARITY_PERIOD_NONE, FALSE },
    { "csv/valid", "no-period.csv", PARITY_PERIOD_NONE, FALSE },
    { "sdmx", "cross-section-reporting.json", "2023", TRUE },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, cases[c].dir, cases[c].file,
                                                     NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(ParityDataset) dataset = parity_dataset_load_file (path, &error);
      g_autoptr(ParityScene) scene = NULL;
      g_autofree char *with_period = NULL;
      const ParityChartSpec *chart;
      const char *description;

      g_assert_no_error (error);
      g_assert_cmpuint (parity_dataset_get_n_periods (dataset), ==, 1);
      g_assert_cmpstr (parity_dataset_get_period (dataset, 0), ==, cases[c].period);
      chart = parity_dataset_get_chart (dataset, 0);
      g_assert_cmpstr (chart->kind, ==, "bar");
      scene = scene_test_layout (dataset, chart->id, 600, 400);
      description = parity_scene_get_description (scene);
      g_test_message ("%s: %s", cases[c].file, description);
      with_period = g_strdup_printf (", %s:", cases[c].period);
      g_assert_true ((strstr (description, with_period) != NULL) == cases[c].said);
    }
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *dir = NULL;
  g_autoptr(GDir) d = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_test_init (&argc, &argv, NULL);
  dir = g_build_filename (g_test_get_dir (G_TEST_DIST), "sdmx", NULL);
  d = g_dir_open (dir, 0, NULL);
  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    if (g_str_has_suffix (name, ".json"))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *test_path = g_strdup_printf ("/sdmx/%s", (char *)names->pdata[i]);

      g_test_add_data_func_full (test_path, g_build_filename (dir, names->pdata[i], NULL),
                                 test_fixture, g_free);
    }
  g_test_add_func ("/sdmx/corpus", test_corpus);
  g_test_add_func ("/sdmx/source-line", test_source_line);
  g_test_add_func ("/sdmx/cross-section-description", test_cross_section_description);
  return g_test_run ();
}
