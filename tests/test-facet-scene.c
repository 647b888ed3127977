/* test-facet-scene.c: geometry of a chart in panels (small multiples), asserted on the
 * scene — panels apart and inside the plot, shared axes tick alike and free ones do not, one
 * key for the figure outside the panels, which are all of one size, balanced grids, Arabic mirrors the panels' order, every kind that can have panels, every preset —
 * and the errors a "facet" is refused with
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>
#include <string.h>

#include "scene-test-util.h"
#include "parity-error.h"
#include "parity-layout.h"
#include "parity-loader.h"
#include "parity-preset.h"

#define ITEM(array, i) ((const ParityItem *)g_ptr_array_index ((array), (i)))
#define W 600.0
#define H 420.0

/* Nine economies in three groups, two indicators (one ten times the other's scale, so free
 * axes differ), 2012 to 2022 for the line chart. */
static const char dataset_json[] =
  "{ \"format\": \"parity-dataset\", \"version\": 1, \"default_language\": \"en\","
  "  \"title\": \"t\", \"sources\": [],"
  "  \"entities\": [ {\"id\": \"KEN\", \"label\": \"Kenya\"}, {\"id\": \"NGA\", \"label\": "
  "    \"Nigeria\"}, {\"id\": \"ZAF\", \"label\": \"South Africa\"}, {\"id\": \"FRA\", "
  "    \"label\": \"France\"}, {\"id\": \"DEU\", \"label\": \"Germany\"}, {\"id\": \"ESP\", "
  "    \"label\": \"Spain\"}, {\"id\": \"BRA\", \"label\": \"Brazil\"}, {\"id\": \"ARG\", "
  "    \"label\": \"Argentina\"}, {\"id\": \"CHL\", \"label\": \"Chile\"} ],"
  "  \"indicators\": [ {\"id\": \"u\", \"label\": \"Users\", \"unit\": {\"kind\": \"count\"},"
  "      \"observations\": [ @U@ ] },"
  "    {\"id\": \"v\", \"label\": \"Visits\", \"unit\": {\"kind\": \"count\"},"
  "      \"observations\": [ @V@ ] } ],"
  "  \"charts\": [ @CHARTS@ ] }";

static const char * const economies[] = { "KEN", "NGA", "ZAF", "FRA", "DEU", "ESP", "BRA",
                                          "ARG", "CHL" };

static const char groups_json[] =
  "\"groups\": [ {\"label\": {\"en\": \"Africa\", \"ar\": \"أفريقيا\"}, \"entities\": "
  "[\"KEN\", \"NGA\", \"ZAF\"]}, {\"label\": {\"en\": \"Europe\", \"ar\": \"أوروبا\"}, "
  "\"entities\": [\"FRA\", \"DEU\", \"ESP\"]}, {\"label\": {\"en\": \"Americas\", \"ar\": "
  "\"الأمريكتان\"}, \"entities\": [\"BRA\", \"ARG\", \"CHL\"]} ]";

/* Values: the African economies 1–9 (u) or 10–90 (v), the others 200–900 (u) or 20–90. */
static char *
observations (gboolean v)
{
  GString *out = g_string_new (NULL);

  for (guint e = 0; e < G_N_ELEMENTS (economies); e++)
    for (int year = 2012; year <= 2022; year += 5)
      {
        double value = e < 3 ? (e + 1) * (v ? 10 : 1) + (year - 2012) * 0.3
                             : v ? 20 + e * 7 : 200 + e * 80 + (year - 2012) * 3;

        g_string_append_printf (out, "%s{\"entity\": \"%s\", \"period\": \"%d\", \"value\": %g}",
                                out->len > 0 ? ", " : "", economies[e], year, value);
      }
  return g_string_free (out, FALSE);
}

static char *
dataset_with (const char *charts)
{
  g_autofree char *u = observations (FALSE);
  g_autofree char *v = observations (TRUE);
  g_autoptr(GString) json = g_string_new (dataset_json);

  g_string_replace (json, "@U@", u, 1);
  g_string_replace (json, "@V@", v, 1);
  g_string_replace (json, "@CHARTS@", charts, 1);
  return g_strdup (json->str);
}

static ParityDataset *dataset;

/* The charts: each kind in panels by group, shared; the strip free too; by indicator and by
 * entity; the map in panels by ITU region. */
static char *
charts_json (void)
{
  return g_strdup_printf (
    "{\"id\": \"bar\", \"kind\": \"bar\", \"title\": \"T\", \"indicator\": \"u\", \"period\": "
    "  \"2022\", \"series\": [{\"indicator\": \"u\", \"label\": \"U\"}, {\"indicator\": \"v\","
    "  \"label\": \"V\"}], \"facet\": {\"by\": \"group\", %s}},"
    "{\"id\": \"line\", \"kind\": \"line\", \"title\": \"T\", \"indicator\": \"u\", "
    "  \"facet\": {\"by\": \"group\", %s}},"
    "{\"id\": \"dumbbell\", \"kind\": \"dumbbell\", \"title\": \"T\", \"indicator\": \"u\", "
    "  \"series\": [{\"period\": \"2012\"}, {\"period\": \"2022\"}], "
    "  \"facet\": {\"by\": \"group\", %s}},"
    "{\"id\": \"strip\", \"kind\": \"strip\", \"title\": \"T\", \"indicator\": \"u\", "
    "  \"period\": \"2022\", \"facet\": {\"by\": \"group\", %s}},"
    "{\"id\": \"strip-free\", \"kind\": \"strip\", \"title\": \"T\", \"indicator\": \"u\", "
    "  \"period\": \"2022\", \"facet\": {\"by\": \"group\", \"axes\": \"free\", %s}},"
    "{\"id\": \"map\", \"kind\": \"map\", \"title\": \"T\", \"indicator\": \"u\", "
    "  \"period\": \"2022\", \"facet\": {\"by\": \"group\", \"groups\": [{\"group\": "
    "  \"itu-africa\"}, {\"group\": \"itu-europe\"}, {\"group\": \"itu-americas\"}]}},"
    "{\"id\": \"by-indicator\", \"kind\": \"bar\", \"title\": \"T\", \"indicator\": \"u\", "
    "  \"period\": \"2022\", \"entities\": [\"KEN\", \"FRA\"], "
    "  \"facet\": {\"by\": \"indicator\", \"indicators\": [\"u\", \"v\"], \"columns\": 2}},"
    "{\"id\": \"by-entity\", \"kind\": \"line\", \"title\": \"T\", \"indicator\": \"u\", "
    "  \"entities\": [\"KEN\", \"FRA\", \"BRA\", \"CHL\"], \"facet\": {\"by\": \"entity\"}},"
    "{\"id\": \"by-entity-5\", \"kind\": \"line\", \"title\": \"T\", \"indicator\": \"u\", "
    "  \"entities\": [\"KEN\", \"FRA\", \"BRA\", \"CHL\", \"DEU\"], "
    "  \"facet\": {\"by\": \"entity\"}},"
    "{\"id\": \"dumbbell-6\", \"kind\": \"dumbbell\", \"title\": \"T\", \"indicator\": \"u\", "
    "  \"series\": [{\"period\": \"2012\", \"label\": \"Start\"}, {\"period\": \"2022\", "
    "  \"label\": \"End\"}], \"entities\": [\"KEN\", \"NGA\", \"FRA\", \"DEU\", \"BRA\", "
    "  \"CHL\"], \"facet\": {\"by\": \"entity\"}}",
    groups_json, groups_json, groups_json, groups_json, groups_json);
}

static ParityScene *
layout (const char *chart,
        const char *lang)
{
  return scene_test_layout_in (dataset, chart, lang, W, H);
}

/* The panels' cells, in panel order. */
static GPtrArray *
panels_of (ParityScene *scene)
{
  return scene_test_items (scene, PARITY_ROLE_PANEL, PARITY_ITEM_RECT);
}

/* Which panel @item lies in, by its centre; -1 for none. */
static int
panel_of (GPtrArray        *panels,
          const ParityItem *item)
{
  double cx = item->box.x + item->box.width / 2, cy = item->box.y + item->box.height / 2;

  for (guint p = 0; p < panels->len; p++)
    {
      const ParityRect *r = &ITEM (panels, p)->box;

      if (cx >= r->x && cx <= r->x + r->width && cy >= r->y && cy <= r->y + r->height)
        return (int)p;
    }
  return -1;
}

/* Every panel's tick labels, joined in order: "0|200|400" each. */
static GPtrArray *
ticks_by_panel (ParityScene *scene)
{
  g_autoptr(GPtrArray) panels = panels_of (scene);
  g_autoptr(GPtrArray) ticks = scene_test_items (scene, PARITY_ROLE_TICK_LABEL,
                                                 PARITY_ITEM_TEXT);
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);

  for (guint p = 0; p < panels->len; p++)
    {
      GString *joined = g_string_new (NULL);

      for (guint t = 0; t < ticks->len; t++)
        if (panel_of (panels, ITEM (ticks, t)) == (int)p)
          g_string_append_printf (joined, "%s|", ITEM (ticks, t)->text);
      g_ptr_array_add (out, g_string_free (joined, FALSE));
    }
  return out;
}

/* Panels do not overlap, lie below the title and above the source line, and each holds
 * marks of its own. */
static void
assert_panels_apart (ParityScene *scene,
                     guint        n,
                     const char  *where)
{
  g_autoptr(GPtrArray) panels = panels_of (scene);
  g_autoptr(GPtrArray) titles = scene_test_items (scene, PARITY_ROLE_PANEL_TITLE,
                                                  PARITY_ITEM_TEXT);
  g_autoptr(GPtrArray) head = scene_test_items (scene, PARITY_ROLE_TITLE, PARITY_ITEM_TEXT);
  g_autoptr(GPtrArray) source = scene_test_items (scene, PARITY_ROLE_SOURCE, PARITY_ITEM_TEXT);
  g_autoptr(GPtrArray) marks = scene_test_items_with_role (scene, PARITY_ROLE_MARK);
  ParityRect canvas = { 0, 0, parity_scene_get_width (scene), parity_scene_get_height (scene) };

  g_assert_cmpuint (panels->len, ==, n);
  g_assert_cmpuint (titles->len, ==, n);
  g_assert_cmpuint (head->len, ==, 1);
  for (guint p = 0; p < panels->len; p++)
    {
      const ParityRect *r = &ITEM (panels, p)->box;
      gboolean has_mark = FALSE;

      if (!parity_rect_contains_rect (&canvas, r))
        g_error ("%s: panel %u leaves the canvas", where, p);
      g_assert_cmpfloat (r->y, >=, ITEM (head, 0)->box.y + ITEM (head, 0)->box.height);
      if (source->len > 0)
        g_assert_cmpfloat (r->y + r->height, <=, ITEM (source, 0)->box.y);
      for (guint q = p + 1; q < panels->len; q++)
        if (parity_rect_intersects (r, &ITEM (panels, q)->box))
          g_error ("%s: panels %u and %u overlap", where, p, q);
      g_assert_cmpint (panel_of (panels, ITEM (titles, p)), ==, (int)p);
      for (guint m = 0; m < marks->len && !has_mark; m++)
        has_mark = panel_of (panels, ITEM (marks, m)) == (int)p;
      if (!has_mark)
        g_error ("%s: panel %u has no mark", where, p);
    }
}

/* Each kind in three panels by group, in English and Arabic. */
static void
test_each_kind (void)
{
  static const char * const charts[] = { "bar", "line", "dumbbell", "strip", "map",
                                         "strip-free" };
  static const char * const langs[] = { "en", "ar" };

  for (guint c = 0; c < G_N_ELEMENTS (charts); c++)
    for (guint l = 0; l < G_N_ELEMENTS (langs); l++)
      {
        g_autoptr(ParityScene) scene = layout (charts[c], langs[l]);
        g_autofree char *where = g_strdup_printf ("%s in %s", charts[c], langs[l]);

        assert_panels_apart (scene, 3, where);
        g_assert_nonnull (strstr (parity_scene_get_description (scene),
                                  langs[l][0] == 'e' ? "In 3 panels: Africa" : "أفريقيا"));
      }
}

/* Shared axes: every panel ticks alike, though Africa's values are a hundred times less;
 * free axes: they do not, and the subtitle says so. */
static void
test_shared_and_free_axes (void)
{
  static const char * const shared[] = { "bar", "dumbbell", "strip", "line", "by-indicator" };
  g_autoptr(ParityScene) free_scene = layout ("strip-free", "en");
  g_autoptr(GPtrArray) free_ticks = ticks_by_panel (free_scene);
  g_autoptr(GPtrArray) subtitle = scene_test_items (free_scene, PARITY_ROLE_SUBTITLE,
                                                    PARITY_ITEM_TEXT);

  for (guint c = 0; c < G_N_ELEMENTS (shared); c++)
    {
      g_autoptr(ParityScene) scene = layout (shared[c], "en");
      g_autoptr(GPtrArray) ticks = ticks_by_panel (scene);

      g_assert_cmpuint (ticks->len, >=, 2);
      for (guint p = 0; p < ticks->len; p++)
        {
          const char *mine = g_ptr_array_index (ticks, p), *first = g_ptr_array_index (ticks, 0);

          if (*mine == '\0')
            g_error ("%s: panel %u has no tick labels", shared[c], p);
          if (strcmp (mine, first) != 0)
            g_error ("%s: panel %u ticks %s, panel 0 %s", shared[c], p, mine, first);
        }
    }
  g_assert_cmpuint (free_ticks->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (free_ticks, 0), !=, g_ptr_array_index (free_ticks, 1));
  g_assert_cmpuint (subtitle->len, ==, 1);
  g_assert_nonnull (strstr (ITEM (subtitle, 0)->text, "Each panel has its own scale."));
}

/* The panels' cells are all of one size. */
static void
assert_cells_alike (GPtrArray  *panels,
                    const char *where)
{
  for (guint p = 1; p < panels->len; p++)
    if (fabs (ITEM (panels, p)->box.width - ITEM (panels, 0)->box.width) > 0.01 ||
        fabs (ITEM (panels, p)->box.height - ITEM (panels, 0)->box.height) > 0.01)
      g_error ("%s: panel %u is %gx%g, panel 0 %gx%g", where, p, ITEM (panels, p)->box.width,
               ITEM (panels, p)->box.height, ITEM (panels, 0)->box.width,
               ITEM (panels, 0)->box.height);
}

/* One key, the figure's: every item of it outside every panel, across the plot's top (or a
 * map's foot); the bar chart's two series named once, with their names. */
static void
test_one_key (void)
{
  static const char * const langs[] = { "en", "ar" };

  for (guint l = 0; l < G_N_ELEMENTS (langs); l++)
    {
      g_autoptr(ParityScene) bars = layout ("bar", langs[l]);
      g_autoptr(ParityScene) maps = layout ("map", langs[l]);
      g_autoptr(GPtrArray) bar_panels = panels_of (bars);
      g_autoptr(GPtrArray) panels = panels_of (maps);
      g_autoptr(GPtrArray) keys = scene_test_items_with_role (maps, PARITY_ROLE_LEGEND);
      g_autoptr(GPtrArray) names = scene_test_items_with_role (bars, PARITY_ROLE_LEGEND);
      guint named[2] = { 0, 0 };

      for (guint i = 0; i < names->len; i++)
        {
          g_assert_cmpint (panel_of (bar_panels, ITEM (names, i)), ==, -1);
          g_assert_cmpfloat (ITEM (names, i)->box.y + ITEM (names, i)->box.height, <=,
                             ITEM (bar_panels, 0)->box.y);
          if (ITEM (names, i)->kind == PARITY_ITEM_TEXT)
            {
              named[0] += g_strcmp0 (ITEM (names, i)->text, "U") == 0;
              named[1] += g_strcmp0 (ITEM (names, i)->text, "V") == 0;
            }
        }
      g_assert_cmpuint (named[0], ==, 1);
      g_assert_cmpuint (named[1], ==, 1);
      assert_cells_alike (bar_panels, "bar");
      g_assert_cmpuint (keys->len, >, 0);
      for (guint i = 0; i < keys->len; i++)
        {
          g_assert_cmpint (panel_of (panels, ITEM (keys, i)), ==, -1);
          for (guint p = 0; p < panels->len; p++)
            g_assert_cmpfloat (ITEM (keys, i)->box.y, >=,
                               ITEM (panels, p)->box.y + ITEM (panels, p)->box.height);
        }
      assert_cells_alike (panels, "map");
    }
}

/* The map in panels: no panel's map gives room to the key; each fills its panel's plot
 * across or down (what it leaves is at most the panel title's gap), the first as the
 * others. */
static void
test_map_boxes_alike (void)
{
  g_autoptr(ParityScene) scene = layout ("map", "en");
  g_autoptr(GPtrArray) panels = panels_of (scene);
  g_autoptr(GPtrArray) titles = scene_test_items (scene, PARITY_ROLE_PANEL_TITLE,
                                                  PARITY_ITEM_TEXT);
  guint n;
  const ParityRect *boxes = parity_scene_get_map_boxes (scene, &n);

  g_assert_cmpuint (n, ==, 3);
  for (guint p = 0; p < n; p++)
    {
      const ParityRect *cell = &ITEM (panels, p)->box, *title = &ITEM (titles, p)->box;
      double across = cell->width - boxes[p].width;
      double down = cell->y + cell->height - (title->y + title->height) - boxes[p].height;

      if (MIN (across, down) > 6)
        g_error ("map panel %u leaves %g across and %g down", p, across, down);
      g_assert_cmpfloat (fabs (boxes[p].y + boxes[p].height - cell->y - cell->height), <, 0.5);
    }
}

/* Each panel's labels are placed around its own marks, not kept off its ground: every
 * dumbbell panel shows both its values. */
static void
assert_values_in_every_panel (ParityScene *scene,
                              GPtrArray   *panels)
{
  g_autoptr(GPtrArray) values = scene_test_items (scene, PARITY_ROLE_VALUE_LABEL,
                                                  PARITY_ITEM_TEXT);
  guint counts[6] = { 0 };

  for (guint v = 0; v < values->len; v++)
    {
      int p = panel_of (panels, ITEM (values, v));

      g_assert_cmpint (p, >=, 0);
      counts[p]++;
    }
  for (guint p = 0; p < panels->len; p++)
    if (counts[p] < 2)
      g_error ("dumbbell panel %u shows %u values", p, counts[p]);
}

/* The dumbbell in panels names both series once, in the figure's key, and its panels'
 * value axes lie alike: the key took no room from the first. */
static void
test_dumbbell_key (void)
{
  static const char * const langs[] = { "en", "ar" };

  for (guint l = 0; l < G_N_ELEMENTS (langs); l++)
    {
      g_autoptr(ParityScene) scene = layout ("dumbbell-6", langs[l]);
      g_autoptr(GPtrArray) panels = panels_of (scene);
      g_autoptr(GPtrArray) keys = scene_test_items (scene, PARITY_ROLE_LEGEND,
                                                    PARITY_ITEM_TEXT);
      g_autoptr(GPtrArray) ticks = scene_test_items (scene, PARITY_ROLE_TICK_LABEL,
                                                    PARITY_ITEM_TEXT);
      guint named[2] = { 0, 0 };
      double axis_at[6];

      g_assert_cmpuint (keys->len, ==, 2);
      for (guint i = 0; i < keys->len; i++)
        {
          named[0] += g_strcmp0 (ITEM (keys, i)->text, "Start") == 0;
          named[1] += g_strcmp0 (ITEM (keys, i)->text, "End") == 0;
          g_assert_cmpint (panel_of (panels, ITEM (keys, i)), ==, -1);
        }
      g_assert_cmpuint (named[0], ==, 1);
      g_assert_cmpuint (named[1], ==, 1);
      g_assert_cmpuint (panels->len, ==, 6);
      assert_cells_alike (panels, "dumbbell");
      for (guint r = 0; r < ticks->len; r++)
        {
          int p = panel_of (panels, ITEM (ticks, r));

          g_assert_cmpint (p, >=, 0);
          axis_at[p] = ITEM (ticks, r)->box.y - ITEM (panels, p)->box.y;
        }
      for (guint p = 1; p < panels->len; p++)
        g_assert_cmpfloat (fabs (axis_at[p] - axis_at[0]), <, 0.01);
      assert_values_in_every_panel (scene, panels);
    }
}

/* Four panels make two rows of two, not three and one; five, three and two; six at the
 * report size, three and three or two and three, their shared axes' tick labels apart
 * and alike. */
static void
test_balanced_grid (void)
{
  static const struct { const char *chart; guint columns; } cases[] = {
    { "by-entity", 2 }, { "by-entity-5", 3 }, { "dumbbell-6", 0 },
  };
  const ParityPreset *report = parity_preset_lookup ("report");

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autoptr(ParityScene) scene = scene_test_layout_in (dataset, cases[c].chart, "en",
                                                           report->width, report->height);
      g_autoptr(GPtrArray) panels = panels_of (scene);
      g_autoptr(GPtrArray) ticks = ticks_by_panel (scene);
      guint columns = 1, rows;

      while (columns < panels->len &&
             fabs (ITEM (panels, columns)->box.y - ITEM (panels, 0)->box.y) < 0.01)
        columns++;
      rows = (panels->len + columns - 1) / columns;
      if (cases[c].columns != 0)
        g_assert_cmpuint (columns, ==, cases[c].columns);
      /* Balanced: no fewer columns give as few rows. */
      g_assert_cmpuint ((panels->len + rows - 1) / rows, ==, columns);
      assert_cells_alike (panels, cases[c].chart);
      scene_test_assert_labels_fit (scene, cases[c].chart, NULL);
      for (guint p = 1; p < ticks->len; p++)
        g_assert_cmpstr (g_ptr_array_index (ticks, p), ==, g_ptr_array_index (ticks, 0));
    }
}

/* Six dumbbells in panels, their gap column in each, at every preset: no tick label on
 * another, and every panel's the same. */
static void
test_dumbbell_ticks_every_preset (void)
{
  guint n_presets;
  const ParityPreset *presets = parity_preset_get_all (&n_presets);

  for (guint p = 0; p < n_presets; p++)
    {
      g_autoptr(ParityScene) scene = scene_test_layout_in (dataset, "dumbbell-6", "en",
                                                           presets[p].width,
                                                           presets[p].height);
      g_autoptr(GPtrArray) ticks = ticks_by_panel (scene);

      scene_test_assert_labels_fit (scene, presets[p].name, NULL);
      g_assert_cmpuint (ticks->len, ==, 6);
      for (guint t = 1; t < ticks->len; t++)
        g_assert_cmpstr (g_ptr_array_index (ticks, t), ==, g_ptr_array_index (ticks, 0));
      g_assert_nonnull (strchr (g_ptr_array_index (ticks, 0), '|'));
    }
}

/* Arabic mirrors the panels' order: the first panel is the rightmost of the first row. */
static void
test_rtl_order (void)
{
  g_autoptr(ParityScene) en = layout ("strip", "en");
  g_autoptr(ParityScene) ar = layout ("strip", "ar");
  g_autoptr(GPtrArray) en_panels = panels_of (en);
  g_autoptr(GPtrArray) ar_panels = panels_of (ar);

  g_assert_cmpuint (ar_panels->len, ==, 3);
  g_assert_cmpfloat (ITEM (en_panels, 0)->box.x, <, ITEM (en_panels, 1)->box.x);
  g_assert_cmpfloat (ITEM (ar_panels, 0)->box.x, >, ITEM (ar_panels, 1)->box.x);
  g_assert_cmpfloat (fabs (ITEM (ar_panels, 0)->box.x + ITEM (ar_panels, 0)->box.width -
                           (W - ITEM (en_panels, 0)->box.x)), <, 0.01);
}

/* By indicator: the columns asked for; by entity: a panel each, named. */
static void
test_by_indicator_and_entity (void)
{
  g_autoptr(ParityScene) by_indicator = layout ("by-indicator", "en");
  g_autoptr(ParityScene) by_entity = layout ("by-entity", "en");
  g_autoptr(GPtrArray) panels = panels_of (by_indicator);
  g_autoptr(GPtrArray) titles = scene_test_items (by_entity, PARITY_ROLE_PANEL_TITLE,
                                                  PARITY_ITEM_TEXT);

  assert_panels_apart (by_indicator, 2, "by indicator");
  g_assert_cmpfloat (fabs (ITEM (panels, 0)->box.y - ITEM (panels, 1)->box.y), <, 0.01);
  assert_panels_apart (by_entity, 4, "by entity");
  g_assert_cmpstr (ITEM (titles, 0)->text, ==, "Kenya");
  g_assert_cmpstr (ITEM (titles, 3)->text, ==, "Chile");
}

/* The bundled six regional panels fit every preset in the six languages, no text on
 * another. */
static void
test_bundled_every_preset (void)
{
  static const char * const langs[] = { "en", "fr", "es", "ru", "zh", "ar" };
  g_autoptr(ParityDataset) bundled = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "datasets",
                                                 "internet-use-by-economy.json", NULL);
  g_autoptr(GError) error = NULL;
  guint n_presets;
  const ParityPreset *presets = parity_preset_get_all (&n_presets);

  bundled = parity_dataset_load_file (path, &error);
  g_assert_no_error (error);
  for (guint p = 0; p < n_presets; p++)
    for (guint l = 0; l < G_N_ELEMENTS (langs); l++)
      {
        g_autoptr(ParityScene) scene = scene_test_layout_in (bundled,
                                                             "internet-use-itu-region-panels",
                                                             langs[l], presets[p].width,
                                                             presets[p].height);
        g_autofree char *where = g_strdup_printf ("%s in %s", presets[p].name, langs[l]);

        assert_panels_apart (scene, 6, where);
        scene_test_assert_labels_fit (scene, where, NULL);
      }
}

static void
test_errors (void)
{
  static const SceneTestErrorCase cases[] = {
    { "\"kind\": \"pie\", \"period\": \"2019\", \"facet\": {\"by\": \"entity\"}",
      "$.charts[0].facet: a pie chart cannot be drawn in panels" },
    { "\"kind\": \"bar\", \"period\": \"2019\", \"facet\": {}", "says what they are by" },
    { "\"kind\": \"bar\", \"period\": \"2019\", \"facet\": {\"by\": \"period\"}",
      "$.charts[0].facet.by: \"period\" is not one of" },
    { "\"kind\": \"bar\", \"period\": \"2019\", \"facet\": {\"by\": \"entity\", \"groups\": "
      "[]}", "$.charts[0].facet.groups: \"groups\" is not for panels by entity" },
    { "\"kind\": \"bar\", \"period\": \"2019\", \"facet\": {\"by\": \"group\"}",
      "$.charts[0].facet" },
    { "\"kind\": \"bar\", \"period\": \"2019\", \"facet\": {\"by\": \"indicator\", "
      "\"indicators\": [\"p\", \"zz\"]}", "facet.indicators[1]: no indicator has the id" },
    { "\"kind\": \"bar\", \"period\": \"2019\", \"facet\": {\"by\": \"entity\", \"columns\": 9}",
      "$.charts[0].facet.columns" },
    { "\"kind\": \"bar\", \"period\": \"2019\", \"facet\": {\"by\": \"entity\", \"entities\": "
      "[\"A\", \"A\"]}", "facet.entities[1]: \"A\" is listed twice" },
    { "\"kind\": \"bar\", \"period\": \"2019\", \"facet\": {\"by\": \"entity\", \"entities\": "
      "[\"A\", \"A\", \"A\", \"A\", \"A\", \"A\", \"A\", \"A\", \"A\", \"A\", \"A\", \"A\", "
      "\"A\", \"A\", \"A\", \"A\", \"A\", \"A\", \"A\", \"A\", \"A\", \"A\", \"A\", \"A\", "
      "\"A\"]}", "facet.entities: 25 panels are too many: a chart has at most 24" },
    { "\"kind\": \"bar\", \"period\": \"2019\", \"facet\": {\"by\": \"group\", \"groups\": "
      "[{\"label\": \"G\", \"entities\": [\"A\"]}, {\"group\": \"itu-europe\"}]}",
      "facet.groups[1]" },
  };

  scene_test_assert_chart_errors ("\"title\": \"T\", ", cases, G_N_ELEMENTS (cases));
}

/* A panel without data in the chart is an error at its place in the list. */
static void
test_panel_without_data (void)
{
  g_autofree char *charts = g_strdup (
    "{\"id\": \"c\", \"kind\": \"bar\", \"title\": \"T\", \"indicator\": \"u\", \"period\": "
    "\"2022\", \"entities\": [\"KEN\", \"FRA\"], \"facet\": {\"by\": \"group\", \"groups\": "
    "[{\"label\": \"A\", \"entities\": [\"KEN\"]}, {\"label\": \"B\", \"entities\": "
    "[\"BRA\"]}]}}");
  g_autofree char *json = dataset_with (charts);
  g_autofree char *message = scene_test_load_error (json);

  g_assert_nonnull (strstr (message, "$.charts[0].facet.groups[1]: panel 2 has no data"));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *charts = NULL;
  g_autofree char *json = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  charts = charts_json ();
  json = dataset_with (charts);
  dataset = scene_test_load_string (json);
  g_test_add_func ("/facet/each-kind", test_each_kind);
  g_test_add_func ("/facet/shared-and-free-axes", test_shared_and_free_axes);
  g_test_add_func ("/facet/one-key", test_one_key);
  g_test_add_func ("/facet/map-boxes-alike", test_map_boxes_alike);
  g_test_add_func ("/facet/dumbbell-key", test_dumbbell_key);
  g_test_add_func ("/facet/balanced-grid", test_balanced_grid);
  g_test_add_func ("/facet/dumbbell-ticks-every-preset", test_dumbbell_ticks_every_preset);
  g_test_add_func ("/facet/rtl-order", test_rtl_order);
  g_test_add_func ("/facet/by-indicator-and-entity", test_by_indicator_and_entity);
  g_test_add_func ("/facet/bundled-every-preset", test_bundled_every_preset);
  g_test_add_func ("/facet/errors", test_errors);
  g_test_add_func ("/facet/panel-without-data", test_panel_without_data);
  status = g_test_run ();
  g_object_unref (dataset);
  return status;
}
