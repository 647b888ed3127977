/* test-crowded.c: a chart with more marks than it can draw readably is refused, with a
 * message that says how to show fewer, and the suggestion works
 *
 * Every kind is laid out over a generated dataset of N economies: a readable N draws, a
 * crowded N fails with PARITY_ERROR_CROWDED naming the chart and the "entities" member, and
 * the same crowded chart with "entities" listing a handful of economies draws again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "parity-error.h"
#include "parity-loader.h"
#include "parity-preset.h"
#include "scene-test-util.h"

/* @n economies with one value in 2019 (and 2010 for lines), for women and men, and one chart
 * of @chart_json (which may use %s for an "entities" member). */
static ParityDataset *
crowded_dataset (guint       n,
                 const char *chart_json,
                 const char *entities_member)
{
  g_autoptr(GString) json = g_string_new ("{ \"format\": \"parity-dataset\", \"version\": 1, "
                                          "\"default_language\": \"en\", \"title\": \"Crowd\", "
                                          "\"sources\": [], \"entities\": [");

  for (guint i = 0; i < n; i++)
    g_string_append_printf (json, "%s{ \"id\": \"E%u\", \"label\": \"Economy %u\", "
                            "\"kind\": \"economy\" }", i ? ", " : "", i, i);
  g_string_append (json, "], \"indicators\": [ { \"id\": \"x\", \"label\": \"X\", "
                   "\"unit\": { \"kind\": \"percent\" }, "
                   "\"observations\": [");
  for (guint i = 0; i < n; i++)
    for (guint k = 0; k < 4; k++)
      g_string_append_printf (json, "%s{ \"entity\": \"E%u\", \"period\": \"%s\", "
                              "\"breakdown\": { \"sex\": \"%s\" }, \"value\": %u.5 }",
                              i || k ? ", " : "", i, k < 2 ? "2019" : "2010",
                              k % 2 ? "male" : "female", (i * 37 + k * 11) % 90 + 5);
  g_string_append (json, "] } ], \"charts\": [");
  {
    g_auto(GStrv) parts = g_strsplit (chart_json, "%s", 2);

    g_string_append_printf (json, "%s%s%s", parts[0], entities_member ? entities_member : "",
                            parts[1] ? parts[1] : "");
  }
  g_string_append (json, "] }");
  return scene_test_load_string (json->str);
}

typedef struct
{
  const char *name;
  const char *chart;      /* with %s for the "entities" member */
  guint       readable;   /* economies that still draw on the report canvas */
  guint       crowded;    /* economies that do not */
  gboolean    canvas_bound; /* a larger canvas would make room */
} Case;

static const Case cases[] = {
  { "bar", "{ \"id\": \"c\", \"kind\": \"bar\", \"title\": \"T\", \"indicator\": \"x\", "
    "\"period\": \"2019\", \"breakdown\": { \"sex\": \"female\" } %s }", 20, 400, TRUE },
  { "columns", "{ \"id\": \"c\", \"kind\": \"bar\", \"orientation\": \"vertical\", "
    "\"title\": \"T\", \"indicator\": \"x\", \"period\": \"2019\", \"breakdown\": { \"sex\": \"female\" } %s }",
    20, 400, TRUE },
  { "grouped", "{ \"id\": \"c\", \"kind\": \"bar\", \"title\": \"T\", \"indicator\": \"x\", "
    "\"period\": \"2019\", \"series\": [ { \"label\": \"Women\", \"breakdown\": { \"sex\": \"female\" } }, "
    "{ \"label\": \"Men\", \"breakdown\": { \"sex\": \"male\" } } ] %s }", 10, 200, TRUE },
  { "dumbbell", "{ \"id\": \"c\", \"kind\": \"dumbbell\", \"title\": \"T\", "
    "\"indicator\": \"x\", \"period\": \"2019\", \"series\": [ { \"label\": \"Women\", "
    "\"breakdown\": { \"sex\": \"female\" } }, { \"label\": \"Men\", \"breakdown\": { \"sex\": \"male\" } } ] %s }", 12, 400, TRUE },
  { "range", "{ \"id\": \"c\", \"kind\": \"range\", \"title\": \"T\", \"indicator\": \"x\", "
    "\"period\": \"2019\", \"breakdown\": { \"sex\": \"female\" } %s }", 8, 41, FALSE },
  { "pie", "{ \"id\": \"c\", \"kind\": \"pie\", \"title\": \"T\", \"indicator\": \"x\", "
    "\"period\": \"2019\", \"breakdown\": { \"sex\": \"female\" }, \"sort\": \"descending\" %s }", 12, 300, FALSE },
  { "line", "{ \"id\": \"c\", \"kind\": \"line\", \"title\": \"T\", \"indicator\": \"x\", "
    "\"breakdown\": { \"sex\": \"female\" } %s }", 8, 301, FALSE },
  { "scatter", "{ \"id\": \"c\", \"kind\": \"scatter\", \"title\": \"T\", "
    "\"indicator\": \"x\", \"period\": \"2019\", \"x\": { \"indicator\": \"x\" }, "
    "\"breakdown\": { \"sex\": \"female\" } %s }", 200, 3000, TRUE },
};

static void
test_crowded (gconstpointer data)
{
  const Case *c = data;
  const ParityPreset *report = parity_preset_lookup ("report");
  ParityLayoutOptions options = { 0 };
  g_autoptr(ParityDataset) readable = crowded_dataset (c->readable, c->chart, NULL);
  g_autoptr(ParityDataset) crowded = crowded_dataset (c->crowded, c->chart, NULL);
  g_autoptr(ParityDataset) filtered = NULL;
  g_autoptr(ParityScene) scene = NULL;
  g_autoptr(GError) error = NULL;

  scene = scene_test_layout (readable, "c", report->width, report->height);
  g_clear_pointer (&scene, parity_scene_unref);

  options.width = report->width;
  options.height = report->height;
  scene = parity_layout_chart (crowded, parity_dataset_get_chart (crowded, 0), &options,
                               &error);
  g_assert_null (scene);
  g_assert_error (error, PARITY_ERROR, PARITY_ERROR_CROWDED);
  g_test_message ("%s, %u economies: %s", c->name, c->crowded, error->message);
  g_assert_true (g_str_has_prefix (error->message, "chart \"c\": "));
  g_assert_nonnull (strstr (error->message, "\"entities\""));
  g_assert_true ((strstr (error->message, "larger canvas") != NULL) == c->canvas_bound);

  /* What the message suggests: the crowded dataset, a few of its economies chosen. */
  filtered = crowded_dataset (c->crowded, c->chart,
                              ", \"entities\": [\"E3\", \"E1\", \"E4\", \"E5\", \"E9\"]");
  scene = scene_test_layout (filtered, "c", report->width, report->height);
}

static gboolean
boxes_overlap (const ParityItem *a,
               const ParityItem *b)
{
  return a->box.x < b->box.x + b->box.width && b->box.x < a->box.x + a->box.width &&
         a->box.y < b->box.y + b->box.height && b->box.y < a->box.y + a->box.height;
}

/* Two hundred lines (the redraw benchmark's chart) are drawn on a 1600 × 1000 px canvas: a
 * key would fill the plot, so the names that stack are given, spread from the top line to
 * the bottom one, and the note says some are left out. */
static void
test_many_lines (void)
{
  g_autoptr(GPtrArray) names = NULL;
  g_autoptr(GPtrArray) legend = NULL;
  g_autoptr(GPtrArray) notes = NULL;
  gboolean noted = FALSE;
  g_autoptr(ParityDataset) dataset = NULL;
  g_autoptr(ParityScene) scene = NULL;
  const Case *line = NULL;

  /* The line case, wherever other kinds' cases put it in the list. */
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    if (g_str_equal (cases[i].name, "line"))
      line = &cases[i];
  g_assert_nonnull (line);
  dataset = crowded_dataset (200, line->chart, NULL);
  scene = scene_test_layout (dataset, "c", 1200, 750);
  names = scene_test_items_with_role (scene, PARITY_ROLE_SERIES_LABEL);
  legend = scene_test_items_with_role (scene, PARITY_ROLE_LEGEND);
  notes = scene_test_items_with_role (scene, PARITY_ROLE_NOTES);

  g_assert_cmpuint (legend->len, ==, 0);
  g_assert_cmpuint (names->len, >, 5);
  g_assert_cmpuint (names->len, <, 200);
  for (guint i = 0; i < names->len; i++)
    for (guint j = i + 1; j < names->len; j++)
      g_assert_false (boxes_overlap (g_ptr_array_index (names, i), g_ptr_array_index (names, j)));
  for (guint i = 0; i < notes->len; i++)
    noted |= strstr (((ParityItem *)g_ptr_array_index (notes, i))->text, "left out") != NULL;
  g_assert_true (noted);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/crowded/%s", cases[i].name);

      g_test_add_data_func (path, &cases[i], test_crowded);
    }
  g_test_add_func ("/crowded/many-lines", test_many_lines);
  return g_test_run ();
}
