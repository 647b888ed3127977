/* scene-test-util.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

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

ParityDataset *
scene_test_load_string (const char *json)
{
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));
  g_autoptr(GError) error = NULL;
  ParityDataset *dataset = parity_dataset_load_bytes (bytes, "inline.json", &error);

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
