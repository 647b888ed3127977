/* scene-test-util.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>
#include <string.h>

#include "parity-error.h"
#include "parity-loader.h"
#include "scene-test-util.h"

/* Lays a chart out in its dataset's language and fails the test if it cannot. */
ParityScene *
scene_test_layout (ParityDataset *dataset,
                   const char    *chart_id,
                   double         width,
                   double         height)
{
  return scene_test_layout_in (dataset, chart_id, NULL, width, height);
}

/* … in the chart language @lang (NULL for the dataset's). */
ParityScene *
scene_test_layout_in (ParityDataset *dataset,
                      const char    *chart_id,
                      const char    *lang,
                      double         width,
                      double         height)
{
  const ParityChartSpec *spec = parity_dataset_find_chart (dataset, chart_id);
  ParityLayoutOptions options = { width, height, lang };
  g_autoptr(GError) error = NULL;
  ParityScene *scene;

  g_assert_nonnull (spec);
  scene = parity_layout_chart (dataset, spec, &options, &error);
  g_assert_no_error (error);
  g_assert_nonnull (scene);
  return scene;
}

/* The scene's items of one role, in the order they were added. */
GPtrArray *
scene_test_items_with_role (ParityScene *scene,
                            ParityRole   role)
{
  GPtrArray *items = g_ptr_array_new ();

  for (guint i = 0; i < parity_scene_get_n_items (scene); i++)
    if (parity_scene_get_item (scene, i)->role == role)
      g_ptr_array_add (items, (gpointer)parity_scene_get_item (scene, i));
  return items;
}

/* The scene's items of one role and kind (any kind when @kind is negative), in order. */
GPtrArray *
scene_test_items (ParityScene *scene,
                  ParityRole   role,
                  int          kind)
{
  GPtrArray *items = g_ptr_array_new ();

  for (guint i = 0; i < parity_scene_get_n_items (scene); i++)
    {
      const ParityItem *item = parity_scene_get_item (scene, i);

      if (item->role == role && (kind < 0 || (int)item->kind == kind))
        g_ptr_array_add (items, (gpointer)item);
    }
  return items;
}

/* No text leaves the canvas, no two texts overlap, and, with @covers, no text lies over
 * what @covers names. */
void
scene_test_assert_labels_fit (ParityScene     *scene,
                              const char      *where,
                              SceneTestCovers  covers)
{
  ParityRect canvas = { 0, 0, parity_scene_get_width (scene), parity_scene_get_height (scene) };

  for (guint i = 0; i < parity_scene_get_n_items (scene); i++)
    {
      const ParityItem *a = parity_scene_get_item (scene, i);

      if (a->kind != PARITY_ITEM_TEXT)
        continue;
      if (!parity_rect_contains_rect (&canvas, &a->box))
        g_error ("%s: \"%s\" (%g,%g %g×%g) leaves the %g×%g canvas", where, a->text, a->box.x,
                 a->box.y, a->box.width, a->box.height, canvas.width, canvas.height);
      for (guint j = 0; j < parity_scene_get_n_items (scene); j++)
        {
          const ParityItem *b = parity_scene_get_item (scene, j);
          const char *covered;

          if (j == i || !parity_rect_intersects (&a->box, &b->box))
            continue;
          if (b->kind == PARITY_ITEM_TEXT)
            g_error ("%s: \"%s\" (%g,%g %g×%g) overlaps \"%s\" (%g,%g %g×%g)", where, a->text,
                     a->box.x, a->box.y, a->box.width, a->box.height, b->text, b->box.x,
                     b->box.y, b->box.width, b->box.height);
          if (covers != NULL && (covered = covers (a, b)) != NULL)
            g_error ("%s: \"%s\" covers %s", where, a->text, covered);
        }
    }
}

ParityDataset *
scene_test_load_string (const char *json)
{
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));
  g_autoptr(GError) error = NULL;
  ParityDataset *dataset = parity_dataset_load_bytes (bytes, "inline.json", &error);

  g_assert_no_error (error);
  return dataset;
}

/* The message of the content error @json is refused with; the test fails if it loads. */
char *
scene_test_load_error (const char *json)
{
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));
  g_autoptr(GError) error = NULL;
  ParityDataset *dataset = parity_dataset_load_bytes (bytes, "inline.json", &error);

  g_assert_null (dataset);
  g_assert_error (error, PARITY_ERROR, PARITY_ERROR_CONTENT);
  return g_strdup (error->message);
}

/* Each of @cases, @head followed by its tail, is refused with an error that says its
 * message. */
void
scene_test_assert_errors (const char               *head,
                          const SceneTestErrorCase *cases,
                          guint                     n_cases)
{
  for (guint i = 0; i < n_cases; i++)
    {
      g_autofree char *json = g_strconcat (head, cases[i].tail, NULL);
      g_autofree char *message = scene_test_load_error (json);

      if (strstr (message, cases[i].message) == NULL)
        g_error ("case %u: \"%s\" does not say \"%s\"", i, message, cases[i].message);
    }
}

/* Each of @cases, a chart made of @prefix and its tail (members of one chart object, in
 * scene_test_chart_json()'s dataset), is refused with an error that says its message. */
void
scene_test_assert_chart_errors (const char               *prefix,
                                const SceneTestErrorCase *cases,
                                guint                     n_cases)
{
  for (guint i = 0; i < n_cases; i++)
    {
      g_autofree char *members = g_strconcat (prefix, cases[i].tail, NULL);
      g_autofree char *json = scene_test_chart_json (members);
      g_autofree char *message = scene_test_load_error (json);

      if (strstr (message, cases[i].message) == NULL)
        g_error ("case %u: \"%s\" does not say \"%s\"", i, message, cases[i].message);
    }
}

/* A fixture of tests/kinds, by file name, loaded or the test fails. */
ParityDataset *
scene_test_load_kinds_fixture (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "kinds", name, NULL);
  g_autoptr(GError) error = NULL;
  ParityDataset *dataset = parity_dataset_load_file (path, &error);

  g_assert_no_error (error);
  return dataset;
}

/* The bundled dataset, loaded or the test fails. */
ParityDataset *
scene_test_load_bundled (void)
{
  g_autofree char *path = parity_dataset_get_bundled_path ();
  g_autoptr(GError) error = NULL;
  ParityDataset *dataset = parity_dataset_load_file (path, &error);

  g_assert_no_error (error);
  return dataset;
}

/* The bundled classification of economies, read or the test fails; not the test's to free. */
ParityClassification *
scene_test_classification (void)
{
  g_autoptr(GError) error = NULL;
  ParityClassification *classification = parity_classification_get_default (&error);

  g_assert_no_error (error);
  g_assert_nonnull (classification);
  return classification;
}

gboolean
scene_test_same_color (const ParityColor *a,
                       const ParityColor *b)
{
  return fabs (a->red - b->red) < 1e-9 && fabs (a->green - b->green) < 1e-9 &&
         fabs (a->blue - b->blue) < 1e-9;
}

/* A dataset of one entity, one value and one chart of it, "id", "title" and "indicator"
 * given, the chart's other @members as JSON text ("\"kind\": \"bar\", …"): the shortest
 * file in which a kind's parse errors can be tried. */
char *
scene_test_chart_json (const char *members)
{
  return g_strconcat (
    "{ \"format\": \"parity-dataset\", \"version\": 1, \"default_language\": \"en\","
    "  \"title\": \"t\", \"sources\": [], \"entities\": [ {\"id\": \"A\", \"label\": \"A\"} ],"
    "  \"indicators\": [ {\"id\": \"p\", \"label\": \"P\", \"unit\": {\"kind\": \"percent\"},"
    "    \"observations\": [ {\"entity\": \"A\", \"period\": \"2019\", \"value\": 1} ] } ],"
    "  \"charts\": [ {\"id\": \"c\", \"title\": \"T\", \"indicator\": \"p\", ", members,
    " } ] }", NULL);
}

/**
 * scene_test_add_bundled_cases:
 * @prefix: the tests' path, "/languages"
 * @langs: (array zero-terminated=1): the languages
 * @func: the test, called with a SceneTestCase
 * @datasets: where the loaded datasets are kept (a GPtrArray that unrefs them)
 *
 * Adds @func for every chart of every bundled dataset in each of @langs, as
 * PREFIX/DATASET/CHART/LANG.
 *
 * Returns: (transfer full): the cases, to free after g_test_run()
 */
GPtrArray *
scene_test_add_bundled_cases (const char         *prefix,
                              const char * const *langs,
                              GTestDataFunc       func,
                              GPtrArray          *datasets)
{
  g_auto(GStrv) paths = parity_dataset_list_bundled ();
  GPtrArray *cases = g_ptr_array_new_with_free_func (g_free);

  /* The WSIS dataset and the one by economy, at least. */
  g_assert_cmpuint (g_strv_length (paths), >=, 2);
  for (guint d = 0; paths[d] != NULL; d++)
    {
      g_autoptr(GError) error = NULL;
      ParityDataset *dataset = parity_dataset_load_file (paths[d], &error);
      g_autofree char *stem = g_path_get_basename (paths[d]);

      g_assert_no_error (error);
      g_ptr_array_add (datasets, dataset);
      *strrchr (stem, '.') = '\0';
      for (guint c = 0; c < parity_dataset_get_n_charts (dataset); c++)
        for (guint l = 0; langs[l] != NULL; l++)
          {
            SceneTestCase *test = g_new0 (SceneTestCase, 1);
            g_autofree char *name = NULL;

            test->dataset = dataset;
            test->chart = parity_dataset_get_chart (dataset, c)->id;
            test->lang = langs[l];
            name = g_strdup_printf ("%s/%s/%s/%s", prefix, stem, test->chart, test->lang);
            g_test_add_data_func (name, test, func);
            g_ptr_array_add (cases, test);
          }
    }
  return cases;
}
