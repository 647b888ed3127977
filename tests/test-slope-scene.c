/* test-slope-scene.c: geometry of the slope chart, asserted on the scene
 *
 * kinds/slope-test.json holds real values for 35 economies and the world (Our World in
 * Data's download, see its description); the crowded cases are generated here.
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
#include "parity-theme.h"

#define ITEM(array, i) ((const ParityItem *)g_ptr_array_index ((array), (i)))

static ParityDataset *fixtures;

static const char *
covers_dot (const ParityItem *text,
            const ParityItem *other)
{
  return other->kind == PARITY_ITEM_MARKER && other->role == PARITY_ROLE_MARK ? "a dot" : NULL;
}

static ParityTheme
theme_for (double width,
           double height)
{
  ParityTheme theme;

  parity_theme_init_for_canvas (&theme, width, height);
  return theme;
}

static const ParityItem *
find_text (ParityScene *scene,
           ParityRole   role,
           const char  *text)
{
  g_autoptr(GPtrArray) items = scene_test_items_with_role (scene, role);

  for (guint i = 0; i < items->len; i++)
    if (g_strcmp0 (ITEM (items, i)->text, text) == 0)
      return ITEM (items, i);
  return NULL;
}

/* The dots of @entity, by period: [0] the first series', [1] the second's (NULL for none). */
static void
find_dots (ParityScene       *scene,
           ParityDataset     *dataset,
           const char        *entity,
           const ParityItem  *dots[2])
{
  g_autoptr(GPtrArray) marks = scene_test_items (scene, PARITY_ROLE_MARK, PARITY_ITEM_MARKER);
  guint32 e = parity_dataset_lookup_entity (dataset, entity);

  dots[0] = dots[1] = NULL;
  for (guint i = 0; i < marks->len; i++)
    if (ITEM (marks, i)->datum.entity == e)
      {
        const char *period = parity_dataset_get_period (dataset, ITEM (marks, i)->datum.period);

        dots[g_str_equal (period, "2019") ? 0 : 1] = ITEM (marks, i);
      }
}

/* Every dot is on its period's column, and its height is a linear function of its value,
 * higher values higher up. Returns the two columns' x. */
static void
assert_on_scale (ParityScene   *scene,
                 ParityDataset *dataset,
                 double         columns[2])
{
  g_autoptr(GPtrArray) dots = scene_test_items (scene, PARITY_ROLE_MARK, PARITY_ITEM_MARKER);
  const ParityItem *lo = NULL, *hi = NULL;

  columns[0] = columns[1] = NAN;
  for (guint i = 0; i < dots->len; i++)
    {
      const ParityItem *dot = ITEM (dots, i);
      guint side = g_str_equal (parity_dataset_get_period (dataset, dot->datum.period), "2019")
                   ? 0 : 1;

      g_assert_true (dot->has_datum);
      if (isnan (columns[side]))
        columns[side] = dot->cx;
      g_assert_cmpfloat_with_epsilon (dot->cx, columns[side], 1e-9);
      if (lo == NULL || dot->datum.value < lo->datum.value)
        lo = dot;
      if (hi == NULL || dot->datum.value > hi->datum.value)
        hi = dot;
    }
  g_assert_nonnull (lo);
  g_assert_cmpfloat (hi->cy, <, lo->cy);
  for (guint i = 0; i < dots->len; i++)
    {
      const ParityItem *dot = ITEM (dots, i);
      double share = (dot->datum.value - lo->datum.value) / (hi->datum.value - lo->datum.value);

      g_assert_cmpfloat_with_epsilon (dot->cy, lo->cy + share * (hi->cy - lo->cy), 1e-6);
    }
}

/* An entity named at both ends is named alike: not "United States of America" on one side
 * and "United States" on the other. */
static void
assert_named_alike (ParityScene *scene,
                    const char  *where)
{
  g_autoptr(GPtrArray) names = scene_test_items_with_role (scene, PARITY_ROLE_SERIES_LABEL);

  for (guint i = 0; i < names->len; i++)
    for (guint j = i + 1; j < names->len; j++)
      if (ITEM (names, i)->datum.entity == ITEM (names, j)->datum.entity &&
          g_strcmp0 (ITEM (names, i)->text, ITEM (names, j)->text) != 0)
        g_error ("%s: \"%s\" and \"%s\" name one entity", where, ITEM (names, i)->text,
                 ITEM (names, j)->text);
}

static void
test_fixtures_everywhere (void)
{
  static const char * const charts[] = { "internet-use-slope", "internet-use-slope-selected",
                                         "internet-use-slope-groups" };
  static const char * const langs[] = { "en", "ar", "zh", "fr" };
  guint n_presets;
  const ParityPreset *presets = parity_preset_get_all (&n_presets);

  for (guint c = 0; c < G_N_ELEMENTS (charts); c++)
    for (guint l = 0; l < G_N_ELEMENTS (langs); l++)
      for (guint p = 0; p < n_presets; p++)
        {
          g_autoptr(ParityScene) scene = scene_test_layout_in (fixtures, charts[c], langs[l],
                                                               presets[p].width,
                                                               presets[p].height);
          g_autofree char *where = g_strdup_printf ("%s in %s at %s", charts[c], langs[l],
                                                    presets[p].name);
          g_autoptr(GPtrArray) heads = scene_test_items_with_role (scene,
                                                                  PARITY_ROLE_AXIS_LABEL);
          double columns[2];

          scene_test_assert_labels_fit (scene, where, covers_dot);
          assert_named_alike (scene, where);
          /* Chinese sentences follow each other with no space between them. */
          if (g_str_equal (langs[l], "zh"))
            {
              g_autoptr(GPtrArray) values = scene_test_items_with_role (scene,
                                                                        PARITY_ROLE_VALUE_LABEL);

              for (guint i = 0; i < values->len; i++)
                g_assert_null (strstr (ITEM (values, i)->text, "\xE3\x80\x82 "));
            }
          assert_on_scale (scene, fixtures, columns);
          /* The first period is on the left, on the right in Arabic, as time runs. */
          if (g_str_equal (langs[l], "ar"))
            g_assert_cmpfloat (columns[0], >, columns[1]);
          else
            g_assert_cmpfloat (columns[0], <, columns[1]);
          g_assert_cmpuint (heads->len, ==, 2);
        }
}

static void
test_selected (void)
{
  g_autoptr(ParityScene) scene = scene_test_layout (fixtures, "internet-use-slope-selected",
                                                    453.543, 283.465);
  ParityTheme theme = theme_for (453.543, 283.465);
  g_autoptr(GPtrArray) lines = scene_test_items (scene, PARITY_ROLE_CONNECTOR, PARITY_ITEM_LINE);
  g_autoptr(GPtrArray) notes = scene_test_items_with_role (scene, PARITY_ROLE_NOTES);
  const ParityItem *japan[2], *india[2], *head[2];
  const ParityItem *left_value, *right_value, *left_name, *right_name, *note;
  const char *description = parity_scene_get_description (scene);
  guint32 jpn = parity_dataset_lookup_entity (fixtures, "JPN");
  guint japan_line = G_MAXUINT, norway_line = G_MAXUINT;

  head[0] = find_text (scene, PARITY_ROLE_AXIS_LABEL, "2019");
  head[1] = find_text (scene, PARITY_ROLE_AXIS_LABEL, "2022");
  g_assert_true (head[0] != NULL && head[1] != NULL);

  /* Japan fell from 92.7 % to 84.9 %: a line between its two dots, under their heads. */
  find_dots (scene, fixtures, "JPN", japan);
  g_assert_true (japan[0] != NULL && japan[1] != NULL);
  g_assert_cmpfloat (japan[0]->datum.value, ==, 92.7);
  g_assert_cmpfloat (japan[1]->datum.value, ==, 84.9);
  g_assert_cmpfloat (japan[0]->cy, <, japan[1]->cy);
  for (guint s = 0; s < 2; s++)
    g_assert_cmpfloat (fabs (head[s]->box.x + head[s]->box.width / 2 - japan[s]->cx), <, 1e-6);
  for (guint i = 0; i < lines->len; i++)
    {
      if (ITEM (lines, i)->datum.entity == jpn && ITEM (lines, i)->dash == 0)
        japan_line = i;
      if (ITEM (lines, i)->datum.entity == parity_dataset_lookup_entity (fixtures, "NOR") &&
          ITEM (lines, i)->dash == 0)
        norway_line = i;
    }
  g_assert_cmpuint (japan_line, <, lines->len);
  g_assert_cmpfloat_with_epsilon (ITEM (lines, japan_line)->x1, japan[0]->cx, 1e-9);
  g_assert_cmpfloat_with_epsilon (ITEM (lines, japan_line)->y1, japan[0]->cy, 1e-9);
  g_assert_cmpfloat_with_epsilon (ITEM (lines, japan_line)->x2, japan[1]->cx, 1e-9);
  g_assert_cmpfloat_with_epsilon (ITEM (lines, japan_line)->y2, japan[1]->cy, 1e-9);

  /* Highlighted: the accent colour, drawn over the muted lines. */
  g_assert_true (scene_test_same_color (&ITEM (lines, japan_line)->stroke, &theme.accent));
  g_assert_true (scene_test_same_color (&ITEM (lines, norway_line)->stroke, &theme.mark_muted));
  g_assert_cmpuint (norway_line, <, japan_line);

  /* Its values beside the columns, the value next to the column, the name beyond it. */
  left_value = find_text (scene, PARITY_ROLE_VALUE_LABEL, "92.7%");
  right_value = find_text (scene, PARITY_ROLE_VALUE_LABEL, "84.9%");
  left_name = find_text (scene, PARITY_ROLE_SERIES_LABEL, "Japan");
  g_assert_true (left_value != NULL && right_value != NULL && left_name != NULL);
  g_assert_cmpfloat (left_value->box.x + left_value->box.width, <, japan[0]->cx - japan[0]->r1);
  g_assert_cmpfloat (left_name->box.x + left_name->box.width, <, left_value->box.x);
  g_assert_cmpfloat (right_value->box.x, >, japan[1]->cx + japan[1]->r1);
  g_assert_cmpuint (left_value->datum.entity, ==, jpn);
  right_name = NULL;
  {
    g_autoptr(GPtrArray) names = scene_test_items_with_role (scene, PARITY_ROLE_SERIES_LABEL);

    for (guint i = 0; i < names->len; i++)
      if (g_str_equal (ITEM (names, i)->text, "Japan") && ITEM (names, i) != left_name)
        right_name = ITEM (names, i);
  }
  g_assert_nonnull (right_name);
  g_assert_cmpfloat (right_name->box.x, >, right_value->box.x + right_value->box.width);

  /* India has 2019 only: a lone dot, no line, named in the note under the plot. */
  find_dots (scene, fixtures, "IND", india);
  g_assert_true (india[0] != NULL && india[1] == NULL);
  for (guint i = 0; i < lines->len; i++)
    if (ITEM (lines, i)->dash == 0)
      g_assert_cmpuint (ITEM (lines, i)->datum.entity, !=,
                        parity_dataset_lookup_entity (fixtures, "IND"));
  note = find_text (scene, PARITY_ROLE_VALUE_LABEL, "2019 only: India.");
  g_assert_nonnull (note);
  g_assert_cmpfloat (note->box.y, >, india[0]->cy);

  /* Nine economies, all named: no note of labels left out. */
  g_assert_cmpuint (notes->len, ==, 0);
  g_assert_nonnull (strstr (description, "Slope chart of Individuals using the Internet, "
                                         "2019 to 2022"));
  g_assert_nonnull (strstr (description, "Japan: 2019 92.7%, 2022 84.9%"));
  g_assert_nonnull (strstr (description, "India: 2019 29.5%, 2022 no data"));
  /* The data table: both ends of every row, highest first. */
  g_assert_cmpuint (parity_scene_get_n_table_rows (scene), ==, 18);
  g_assert_cmpfloat (parity_scene_get_table_row (scene, 1, NULL)->value, ==, 99.0);

  /* Hovering a dot finds its datum. */
  {
    int hit = parity_scene_hit_test (scene, japan[1]->cx, japan[1]->cy);

    g_assert_cmpint (hit, >=, 0);
    g_assert_cmpfloat (parity_scene_get_item (scene, hit)->datum.value, ==, 84.9);
  }
}

/* Without a highlight, rising lines take the first palette colour and falling ones the
 * second; "color_by": "none" draws them alike. */
static void
test_direction (void)
{
  g_autoptr(ParityScene) scene = scene_test_layout (fixtures, "internet-use-slope", 810, 810);
  ParityTheme theme = theme_for (810, 810);
  g_autoptr(GPtrArray) lines = scene_test_items (scene, PARITY_ROLE_CONNECTOR, PARITY_ITEM_LINE);
  guint32 jpn = parity_dataset_lookup_entity (fixtures, "JPN");
  guint32 nga = parity_dataset_lookup_entity (fixtures, "NGA");
  guint32 wld = parity_dataset_lookup_entity (fixtures, "WLD");
  guint world = G_MAXUINT;
  gboolean seen_japan = FALSE;
  ParityColor rising = theme.palette[0];

  for (guint i = 0; i < lines->len; i++)
    {
      const ParityItem *line = ITEM (lines, i);

      if (line->dash != 0)
        continue;
      if (line->datum.entity == jpn)
        {
          seen_japan = TRUE;
          g_assert_cmpfloat (line->y2, >, line->y1);
          g_assert_false (scene_test_same_color (&line->stroke, &rising));
          g_assert_cmpfloat (line->stroke.red, >, line->stroke.blue);
        }
      else if (line->datum.entity == wld)
        {
          world = i;
          g_assert_true (scene_test_same_color (&line->stroke, &theme.reference));
        }
      else if (line->datum.entity == nga)
        g_assert_cmpfloat (line->stroke.blue, >, line->stroke.red);
    }
  g_assert_true (seen_japan);
  /* The reference goes over the others. */
  g_assert_cmpuint (world, <, lines->len);
  for (guint i = world + 1; i < lines->len; i++)
    g_assert_cmpfloat (ITEM (lines, i)->dash, >, 0);
}

static void
test_color_by_none (void)
{
  static const char json[] =
    "{ \"format\": \"parity-dataset\", \"version\": 1, \"default_language\": \"en\","
    "  \"title\": \"t\", \"sources\": [],"
    "  \"entities\": [ {\"id\": \"A\", \"label\": \"Alpha\"}, {\"id\": \"B\", \"label\": \"Beta\"} ],"
    "  \"indicators\": [ {\"id\": \"p\", \"label\": \"P\", \"decimals\": 1,"
    "    \"unit\": {\"kind\": \"percent\", \"symbol\": \"%\"}, \"observations\": ["
    "      {\"entity\": \"A\", \"period\": \"2013\", \"value\": 10},"
    "      {\"entity\": \"A\", \"period\": \"2019\", \"value\": 30},"
    "      {\"entity\": \"B\", \"period\": \"2013\", \"value\": 50},"
    "      {\"entity\": \"B\", \"period\": \"2019\", \"value\": 40} ] } ],"
    "  \"charts\": ["
    "    {\"id\": \"by-direction\", \"kind\": \"slope\", \"title\": \"T\", \"indicator\": \"p\","
    "     \"series\": [ {\"period\": \"2013\"}, {\"period\": \"2019\"} ] },"
    "    {\"id\": \"alike\", \"kind\": \"slope\", \"title\": \"T\", \"indicator\": \"p\","
    "     \"color_by\": \"none\", \"series\": [ {\"period\": \"2013\"}, {\"period\": \"2019\"} ] } ] }";
  g_autoptr(ParityDataset) dataset = scene_test_load_string (json);
  g_autoptr(ParityScene) directed = scene_test_layout (dataset, "by-direction", 453.543, 283.465);
  g_autoptr(ParityScene) alike = scene_test_layout (dataset, "alike", 453.543, 283.465);
  g_autoptr(GPtrArray) a = scene_test_items (directed, PARITY_ROLE_CONNECTOR, PARITY_ITEM_LINE);
  g_autoptr(GPtrArray) b = scene_test_items (alike, PARITY_ROLE_CONNECTOR, PARITY_ITEM_LINE);

  g_assert_cmpuint (a->len, ==, 2);
  g_assert_cmpuint (b->len, ==, 2);
  g_assert_false (scene_test_same_color (&ITEM (a, 0)->stroke, &ITEM (a, 1)->stroke));
  g_assert_true (scene_test_same_color (&ITEM (b, 0)->stroke, &ITEM (b, 1)->stroke));
}

/* Named groups colour the lines, a key names the colours, the description the groups. */
static void
test_groups (void)
{
  g_autoptr(ParityScene) scene = scene_test_layout (fixtures, "internet-use-slope-groups",
                                                    481.89, 340.157);
  ParityTheme theme = theme_for (481.89, 340.157);
  g_autoptr(GPtrArray) lines = scene_test_items (scene, PARITY_ROLE_CONNECTOR, PARITY_ITEM_LINE);
  g_autoptr(GPtrArray) key = scene_test_items_with_role (scene, PARITY_ROLE_LEGEND);
  g_autoptr(GPtrArray) heads = scene_test_items_with_role (scene, PARITY_ROLE_AXIS_LABEL);
  const char *description = parity_scene_get_description (scene);
  guint32 tcd = parity_dataset_lookup_entity (fixtures, "TCD");
  guint32 nor = parity_dataset_lookup_entity (fixtures, "NOR");
  guint n_seen = 0;
  static const char * const spread[] = { "Bangladesh", "Chad", "Saudi Arabia", "India",
                                         "Norway", "Ukraine" };

  scene_test_assert_labels_fit (scene, "groups", covers_dot);
  /* Chad is named, so drawn in its group's own colour; Norway too. */
  for (guint i = 0; i < lines->len; i++)
    {
      const ParityItem *line = ITEM (lines, i);

      if (line->dash != 0)
        continue;
      if (line->datum.entity != tcd && line->datum.entity != nor)
        continue;
      n_seen++;
      g_assert_true (scene_test_same_color (&line->stroke,
                                            &theme.palette[line->datum.entity == tcd ? 0 : 2]));
    }
  g_assert_cmpuint (n_seen, ==, 2);
  /* The key: a swatch and a name per group, in order, above the columns' heads. */
  g_assert_cmpuint (key->len, ==, 6);
  g_assert_true (scene_test_same_color (&ITEM (key, 0)->stroke, &theme.palette[0]));
  g_assert_cmpstr (ITEM (key, 1)->text, ==, "Least developed countries");
  g_assert_cmpstr (ITEM (key, 5)->text, ==, "Developed countries");
  g_assert_cmpfloat (ITEM (key, 1)->box.y + ITEM (key, 1)->box.height, <=, ITEM (heads, 0)->box.y);
  /* Each group's highest and lowest are named, however crowded: its spread. */
  for (guint i = 0; i < G_N_ELEMENTS (spread); i++)
    if (find_text (scene, PARITY_ROLE_SERIES_LABEL, spread[i]) == NULL)
      g_error ("groups: %s, a group's extreme, is not named", spread[i]);
  g_assert_nonnull (strstr (description,
                            "Chad (Least developed countries): 2019 7.6%, 2022 12.2%"));
  g_assert_nonnull (strstr (description, "World (reference): 2019 53.2%, 2022 64.4%"));
}

/* @n economies with values spread over 1–99 %, a few with one period only. */
static ParityDataset *
crowd (guint n)
{
  g_autoptr(GString) json = g_string_new (
    "{ \"format\": \"parity-dataset\", \"version\": 1, \"default_language\": \"en\","
    "  \"title\": \"t\", \"sources\": [], \"entities\": [");

  for (guint i = 0; i < n; i++)
    g_string_append_printf (json, "%s{\"id\": \"E%03u\", \"label\": \"Economy number %u\"}",
                            i ? ", " : "", i, i);
  g_string_append (json, "], \"indicators\": [ {\"id\": \"p\", \"label\": \"P\","
                   " \"decimals\": 1, \"unit\": {\"kind\": \"percent\", \"symbol\": \"%\"},"
                   " \"observations\": [");
  for (guint i = 0; i < n; i++)
    {
      double a = 1 + fmod (i * 37.7, 90), b = MIN (99.5, a + fmod (i * 13.3, 25) - 4);

      if (i % 50 != 7)
        g_string_append_printf (json, "%s{\"entity\": \"E%03u\", \"period\": \"2013\", "
                                "\"value\": %.1f}", i ? ", " : "", i, a);
      g_string_append_printf (json, "%s{\"entity\": \"E%03u\", \"period\": \"2019\", "
                              "\"value\": %.1f}", ", ", i, b);
    }
  g_string_append (json, "] } ], \"charts\": [ {\"id\": \"all\", \"kind\": \"slope\","
                   " \"title\": \"T\", \"indicator\": \"p\", \"highlight\": [\"E100\"],"
                   " \"series\": [ {\"period\": \"2013\"}, {\"period\": \"2019\"} ] } ] }");
  return scene_test_load_string (json->str);
}

static gboolean
scenes_equal (ParityScene *a,
              ParityScene *b)
{
  if (parity_scene_get_n_items (a) != parity_scene_get_n_items (b))
    return FALSE;
  for (guint i = 0; i < parity_scene_get_n_items (a); i++)
    {
      const ParityItem *x = parity_scene_get_item (a, i), *y = parity_scene_get_item (b, i);

      if (x->kind != y->kind || x->role != y->role || x->box.x != y->box.x ||
          x->box.y != y->box.y || x->box.width != y->box.width ||
          x->box.height != y->box.height || g_strcmp0 (x->text, y->text) != 0)
        return FALSE;
    }
  return TRUE;
}

/* 200 economies: every line drawn, the labels that fit named without overlap, the highest,
 * the lowest and the highlighted among them, the rest counted as left out; the same scene
 * every time. */
static void
test_two_hundred (void)
{
  g_autoptr(ParityDataset) dataset = crowd (200);
  guint n_presets;
  const ParityPreset *presets = parity_preset_get_all (&n_presets);

  for (guint p = 0; p < n_presets; p++)
    {
      g_autoptr(ParityScene) scene = scene_test_layout (dataset, "all", presets[p].width,
                                                        presets[p].height);
      g_autoptr(ParityScene) again = scene_test_layout (dataset, "all", presets[p].width,
                                                        presets[p].height);
      g_autoptr(GPtrArray) dots = scene_test_items (scene, PARITY_ROLE_MARK,
                                                    PARITY_ITEM_MARKER);
      g_autoptr(GPtrArray) names = scene_test_items_with_role (scene, PARITY_ROLE_SERIES_LABEL);
      g_autoptr(GPtrArray) notes = scene_test_items_with_role (scene, PARITY_ROLE_NOTES);
      g_autoptr(GPtrArray) lines = scene_test_items (scene, PARITY_ROLE_CONNECTOR,
                                                     PARITY_ITEM_LINE);
      g_autofree char *where = g_strdup_printf ("200 economies at %s", presets[p].name);
      guint n_solid = 0;
      double columns[2];
      const ParityItem *top = NULL, *bottom = NULL;

      scene_test_assert_labels_fit (scene, where, covers_dot);
      assert_on_scale (scene, dataset, columns);
      g_assert_true (scenes_equal (scene, again));
      /* Four economies have 2019 only. */
      g_assert_cmpuint (dots->len, ==, 396);
      double crowd_width = 0, highlight_width = 0;

      for (guint i = 0; i < lines->len; i++)
        {
          const ParityItem *line = ITEM (lines, i);

          if (line->dash != 0)
            continue;
          n_solid++;
          if (line->datum.entity == 100)
            highlight_width = line->line_width;
          else
            crowd_width = MAX (crowd_width, line->line_width);
        }
      g_assert_cmpuint (n_solid, ==, 196);
      /* Among 200, the crowd's lines are thin, the highlighted one stands out. */
      g_assert_cmpfloat (highlight_width, >=, 3.5 * crowd_width);
      g_assert_cmpuint (parity_scene_get_n_table_rows (scene), ==, 400);
      g_assert_cmpuint (names->len, >, 8);
      g_assert_cmpuint (names->len, <, 396);
      g_assert_cmpuint (notes->len, ==, 1);
      g_assert_nonnull (strstr (ITEM (notes, 0)->text, "left out"));
      g_assert_nonnull (find_text (scene, PARITY_ROLE_SERIES_LABEL, "Economy number 100"));
      for (guint i = 0; i < dots->len; i++)
        {
          if (top == NULL || ITEM (dots, i)->cy < top->cy)
            top = ITEM (dots, i);
          if (bottom == NULL || ITEM (dots, i)->cy > bottom->cy)
            bottom = ITEM (dots, i);
        }
      for (guint i = 0; i < 2; i++)
        {
          const ParityItem *dot = i ? bottom : top;
          g_autofree char *name = g_strdup_printf ("Economy number %u", dot->datum.entity);
          gboolean named = FALSE;

          for (guint k = 0; k < names->len; k++)
            named |= g_str_equal (ITEM (names, k)->text, name) &&
                     ITEM (names, k)->datum.period == dot->datum.period;
          if (!named)
            g_error ("%s: the %s dot, %s, is not named", where, i ? "lowest" : "highest", name);
        }
    }
}

/* Past two lines a point the chart is refused rather than drawn as a smear. */
static void
test_crowded (void)
{
  g_autoptr(ParityDataset) dataset = crowd (999);
  ParityLayoutOptions options = { 453.543, 283.465, NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(ParityScene) scene = parity_layout_chart (dataset,
                                                      parity_dataset_find_chart (dataset, "all"),
                                                      &options, &error);

  g_assert_null (scene);
  g_assert_error (error, PARITY_ERROR, PARITY_ERROR_CROWDED);
  g_assert_nonnull (strstr (error->message, "999 lines do not fit"));

  /* A canvas so narrow that the names leave the lines no room: refused, not squeezed. */
  {
    ParityLayoutOptions narrow = { 130, 400, NULL };
    g_autoptr(GError) narrow_error = NULL;
    g_autoptr(ParityScene) squeezed =
      parity_layout_chart (fixtures, parity_dataset_find_chart (fixtures,
                                                                "internet-use-slope-selected"),
                           &narrow, &narrow_error);

    g_assert_null (squeezed);
    g_assert_error (narrow_error, PARITY_ERROR, PARITY_ERROR_CROWDED);
    g_assert_nonnull (strstr (narrow_error->message, "the names leave no room for the lines"));
  }
}

static void
test_parse_errors (void)
{
  static const SceneTestErrorCase cases[] = {
    { "\"period\": \"2019\"", "$.charts[0].series: a slope chart needs exactly two series" },
    { "\"series\": [ {\"period\": \"2019\"} ]", "found 1" },
    { "\"series\": [ {\"period\": \"2019\"}, {} ]", "a slope chart needs a \"period\"" },
    { "\"series\": [ {\"period\": \"2019\"}, {\"period\": \"2019\"} ], \"color_by\": \"groups\"",
      "$.charts[0].color_by: \"groups\" is not one of direction, none, group" },
    { "\"series\": [ {\"period\": \"2019\"}, {\"period\": \"2019\"} ], \"gap\": \"none\"",
      "gap" },
    { "\"series\": [ {\"period\": \"2019\"}, {\"period\": \"2019\"} ], \"color_by\": \"group\"",
      "$.charts[0].color_by: \"group\" needs the chart's \"groups\"" },
    { "\"series\": [ {\"period\": \"2019\"}, {\"period\": \"2019\"} ], \"groups\": []",
      "$.charts[0].groups: \"groups\" is empty" },
    { "\"series\": [ {\"period\": \"2019\"}, {\"period\": \"2019\"} ],"
      " \"groups\": [ {\"label\": \"G\", \"entities\": []} ]",
      "$.charts[0].groups[0].entities: the group has no members" },
    { "\"series\": [ {\"period\": \"2019\"}, {\"period\": \"2019\"} ],"
      " \"groups\": [ {\"label\": \"G\", \"entities\": [\"A\"]},"
      " {\"label\": \"H\", \"entities\": [\"A\", \"ZZZ\"]} ]",
      "$.charts[0].groups[1].entities[1]: no entity has the id \"ZZZ\"" },
    { "\"series\": [ {\"period\": \"2019\"}, {\"period\": \"2019\"} ],"
      " \"groups\": [ {\"entities\": [\"A\"]} ]",
      "$.charts[0].groups[0]" },
    { "\"series\": [ {\"period\": \"2019\"}, {\"period\": \"2019\"} ],"
      " \"groups\": [ {\"label\": \"G\", \"entities\": [\"A\"], \"group\": \"LDC\"} ]",
      "$.charts[0].groups[0]" },
  };

  scene_test_assert_chart_errors ("\"kind\": \"slope\", ", cases, G_N_ELEMENTS (cases));
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  fixtures = scene_test_load_kinds_fixture ("slope-test.json");
  g_test_add_func ("/slope/fixtures-everywhere", test_fixtures_everywhere);
  g_test_add_func ("/slope/selected", test_selected);
  g_test_add_func ("/slope/direction", test_direction);
  g_test_add_func ("/slope/color-by-none", test_color_by_none);
  g_test_add_func ("/slope/groups", test_groups);
  g_test_add_func ("/slope/two-hundred", test_two_hundred);
  g_test_add_func ("/slope/crowded", test_crowded);
  g_test_add_func ("/slope/parse-errors", test_parse_errors);
  status = g_test_run ();
  g_object_unref (fixtures);
  return status;
}
