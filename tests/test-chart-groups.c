/* test-chart-groups.c: the groups of a strip chart, a scatter plot and a slope chart, read by
 * one reader — a group named by id draws what the same group listed draws, named in the
 * chart's language, and every kind refuses a wrong group with the same positioned message
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "parity-chart-words.h"
#include "parity-dataset.h"
#include "scene-test-util.h"

#define W 720
#define H 450

static const char * const kinds[] = { "strip", "scatter", "slope" };

/* Three LDCs, three high-income economies (also the dataset's own group "rich"), two of
 * lower-middle income (Bangladesh is an LDC too), the LDCs' aggregate and the world; Internet use in two years,
 * GDP per capita in one. */
static const char dataset_head[] =
  "{ \"format\": \"parity-dataset\", \"version\": 1, \"default_language\": \"en\","
  "  \"title\": \"t\", \"sources\": [],"
  "  \"entities\": ["
  "    {\"id\": \"WLD\", \"label\": \"World\", \"kind\": \"world\"},"
  "    {\"id\": \"LDC\", \"label\": \"LDCs\", \"kind\": \"development-group\"},"
  "    {\"id\": \"AFG\", \"label\": \"Afghanistan\", \"kind\": \"economy\"},"
  "    {\"id\": \"NER\", \"label\": \"Niger\", \"kind\": \"economy\"},"
  "    {\"id\": \"BGD\", \"label\": \"Bangladesh\", \"kind\": \"economy\"},"
  "    {\"id\": \"JPN\", \"label\": \"Japan\", \"kind\": \"economy\"},"
  "    {\"id\": \"DEU\", \"label\": \"Germany\", \"kind\": \"economy\"},"
  "    {\"id\": \"USA\", \"label\": \"United States\", \"kind\": \"economy\"},"
  "    {\"id\": \"IND\", \"label\": \"India\", \"kind\": \"economy\"} ],"
  "  \"groups\": [ {\"id\": \"rich\","
  "    \"label\": {\"en\": \"Rich three\", \"fr\": \"Trois riches\"},"
  "    \"members\": [\"JPN\", \"DEU\", \"USA\"]} ],"
  "  \"indicators\": [ {\"id\": \"p\", \"label\": \"Internet use\","
  "    \"unit\": {\"kind\": \"percent\"},"
  "    \"observations\": ["
  "      {\"entity\": \"WLD\", \"period\": \"2013\", \"value\": 38},"
  "      {\"entity\": \"WLD\", \"period\": \"2019\", \"value\": 54},"
  "      {\"entity\": \"LDC\", \"period\": \"2013\", \"value\": 7},"
  "      {\"entity\": \"LDC\", \"period\": \"2019\", \"value\": 19},"
  "      {\"entity\": \"AFG\", \"period\": \"2013\", \"value\": 6},"
  "      {\"entity\": \"AFG\", \"period\": \"2019\", \"value\": 17},"
  "      {\"entity\": \"NER\", \"period\": \"2013\", \"value\": 2},"
  "      {\"entity\": \"NER\", \"period\": \"2019\", \"value\": 5},"
  "      {\"entity\": \"BGD\", \"period\": \"2013\", \"value\": 7},"
  "      {\"entity\": \"BGD\", \"period\": \"2019\", \"value\": 13},"
  "      {\"entity\": \"JPN\", \"period\": \"2013\", \"value\": 88},"
  "      {\"entity\": \"JPN\", \"period\": \"2019\", \"value\": 92},"
  "      {\"entity\": \"DEU\", \"period\": \"2013\", \"value\": 84},"
  "      {\"entity\": \"DEU\", \"period\": \"2019\", \"value\": 88},"
  "      {\"entity\": \"USA\", \"period\": \"2013\", \"value\": 71},"
  "      {\"entity\": \"USA\", \"period\": \"2019\", \"value\": 89},"
  "      {\"entity\": \"IND\", \"period\": \"2013\", \"value\": 12},"
  "      {\"entity\": \"IND\", \"period\": \"2019\", \"value\": 29} ] },"
  "    {\"id\": \"gdp\", \"label\": \"GDP per capita\", \"unit\": {\"kind\": \"currency\","
  "     \"symbol\": \"$\"}, \"observations\": ["
  "      {\"entity\": \"AFG\", \"period\": \"2019\", \"value\": 500},"
  "      {\"entity\": \"NER\", \"period\": \"2019\", \"value\": 550},"
  "      {\"entity\": \"BGD\", \"period\": \"2019\", \"value\": 1900},"
  "      {\"entity\": \"JPN\", \"period\": \"2019\", \"value\": 40000},"
  "      {\"entity\": \"DEU\", \"period\": \"2019\", \"value\": 46000},"
  "      {\"entity\": \"USA\", \"period\": \"2019\", \"value\": 65000},"
  "      {\"entity\": \"IND\", \"period\": \"2019\", \"value\": 2100} ] } ],"
  "  \"charts\": [ ";

/* What each kind needs besides its groups. */
static const char *
kind_members (const char *kind)
{
  if (g_str_equal (kind, "strip"))
    return "\"kind\": \"strip\", \"period\": \"2019\"";
  if (g_str_equal (kind, "scatter"))
    return "\"kind\": \"scatter\", \"period\": \"2019\", \"x\": {\"indicator\": \"gdp\", "
           "\"scale\": \"log\"}";
  return "\"kind\": \"slope\", \"series\": [ {\"period\": \"2013\"}, {\"period\": \"2019\"} ]";
}

/* The groups by id, and the same groups listed; the strip names the LDCs' aggregate. */
static char *
groups_by_id (const char *kind)
{
  return g_strdup_printf ("[ {\"group\": \"ldc\"%s}, {\"group\": \"rich\"},"
                          " {\"group\": \"income-lower-middle\", \"label\": \"Lower\"} ]",
                          g_str_equal (kind, "strip") ? ", \"aggregate\": \"LDC\"" : "");
}

static char *
groups_listed (const char *kind)
{
  return g_strdup_printf ("[ {\"label\": \"Least developed countries\", \"entities\": [\"AFG\","
                          " \"NER\", \"BGD\"]%s}, {\"label\": {\"en\": \"Rich three\", \"fr\":"
                          " \"Trois riches\"}, \"entities\": [\"JPN\", \"DEU\", \"USA\"]},"
                          " {\"label\": \"Lower\", \"entities\": [\"BGD\", \"IND\"]} ]",
                          g_str_equal (kind, "strip") ? ", \"aggregate\": \"LDC\"" : "");
}

static char *
chart_json (const char *id,
            const char *kind,
            const char *groups)
{
  return g_strdup_printf ("{\"id\": \"%s\", \"title\": \"T\", \"indicator\": \"p\", %s, "
                          "\"groups\": %s}", id, kind_members (kind), groups);
}

static ParityDataset *
load_kind (const char *kind)
{
  g_autofree char *by_id = groups_by_id (kind);
  g_autofree char *listed = groups_listed (kind);
  g_autofree char *a = chart_json ("by-id", kind, by_id);
  g_autofree char *b = chart_json ("listed", kind, listed);
  g_autofree char *json = g_strconcat (dataset_head, a, ", ", b, " ] }", NULL);

  return scene_test_load_string (json);
}

static void
assert_same_scene (ParityScene *a,
                   ParityScene *b,
                   const char  *where)
{
  g_assert_cmpstr (parity_scene_get_description (a), ==, parity_scene_get_description (b));
  if (parity_scene_get_n_items (a) != parity_scene_get_n_items (b))
    g_error ("%s: %u items by id, %u listed", where, parity_scene_get_n_items (a),
             parity_scene_get_n_items (b));
  for (guint i = 0; i < parity_scene_get_n_items (a); i++)
    {
      const ParityItem *x = parity_scene_get_item (a, i), *y = parity_scene_get_item (b, i);

      if (x->kind != y->kind || x->role != y->role || g_strcmp0 (x->text, y->text) != 0 ||
          x->box.x != y->box.x || x->box.y != y->box.y || x->box.width != y->box.width ||
          x->box.height != y->box.height || !scene_test_same_color (&x->fill, &y->fill) ||
          !scene_test_same_color (&x->stroke, &y->stroke))
        g_error ("%s: item %u (\"%s\") differs from the listed chart's (\"%s\")", where, i,
                 x->text ? x->text : "", y->text ? y->text : "");
    }
}

/* Groups by id draw what the same groups listed draw: the same members, in the same
 * colours, named by the classification's words ("ldc"), the dataset's label ("rich"), or
 * the chart's own ("Lower"). */
static void
test_by_id_draws_as_listed (gconstpointer data)
{
  const char *kind = data;
  g_autoptr(ParityDataset) dataset = load_kind (kind);
  g_autoptr(ParityScene) by_id = scene_test_layout (dataset, "by-id", W, H);
  g_autoptr(ParityScene) listed = scene_test_layout (dataset, "listed", W, H);
  const char *description = parity_scene_get_description (by_id);

  assert_same_scene (by_id, listed, kind);
  for (guint i = 0; i < 3; i++)
    {
      const char *name = (const char *[]) { "Least developed countries", "Rich three",
                                            "Lower" }[i];

      if (strstr (description, name) == NULL)
        g_error ("%s: \"%s\" does not name %s", kind, description, name);
    }
}

/* A group by id without a label is named in the chart's language: the classification's
 * group by the chart's words, the dataset's own by its label in that language. */
static void
test_by_id_in_chart_language (gconstpointer data)
{
  const char *kind = data;
  g_autoptr(ParityDataset) dataset = load_kind (kind);
  g_autoptr(ParityScene) scene = scene_test_layout_in (dataset, "by-id", "fr", W, H);
  const char *description = parity_scene_get_description (scene);
  const char *ldc = parity_chart_word ("fr", PARITY_WORD_AGGREGATE_LDC);

  g_assert_cmpstr (ldc, !=, parity_chart_word ("en", PARITY_WORD_AGGREGATE_LDC));
  if (strstr (description, ldc) == NULL || strstr (description, "Trois riches") == NULL)
    g_error ("%s: \"%s\" does not name \"%s\" and \"Trois riches\"", kind, description, ldc);
  g_assert_null (strstr (description, "Least developed countries"));
}

/* Every kind says the same about a wrong group, at the same place. */
static void
test_errors (gconstpointer data)
{
  const char *kind = data;
  gboolean strip = g_str_equal (kind, "strip");
  g_autofree char *aggregate_refused =
    g_strdup_printf ("$.charts[0].groups[0].aggregate: a %s chart draws no aggregate of a "
                     "group: leave \"aggregate\" out", kind);
  const SceneTestErrorCase cases[] = {
    { "[]", "$.charts[0].groups: \"groups\" is empty: name at least one group" },
    { "[ {\"group\": \"nope\"} ]",
      "$.charts[0].groups[0].group: unknown group \"nope\" (known: " },
    { "[ {\"group\": \"ldc\"}, {\"group\": \"sids\"} ]",
      "$.charts[0].groups[1].group: no entity of the dataset is in the group \"sids\"" },
    { "[ {\"label\": \"G\", \"entities\": []} ]",
      "$.charts[0].groups[0].entities: the group has no members" },
    { "[ {\"group\": \"ldc\", \"entities\": [\"AFG\"]} ]",
      "$.charts[0].groups[0]: a group takes its members from \"entities\" or from \"group\", "
      "not both" },
    { "[ {\"label\": \"G\"} ]", "$.charts[0].groups[0]: a group needs members" },
    { "[ {\"group\": \"eastern-asia\"} ]",
      "$.charts[0].groups[0].group: the group \"eastern-asia\" has no name in the chart's "
      "languages" },
    { "[ {\"group\": 3} ]", "$.charts[0].groups[0].group" },
    { "[ {\"group\": \"ldc\", \"colour\": \"red\"} ]", "$.charts[0].groups[0].colour" },
    { "[ {\"group\": \"ldc\", \"aggregate\": \"ZZZ\"} ]",
      strip ? "$.charts[0].groups[0].aggregate: no entity has the id \"ZZZ\""
            : aggregate_refused },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *chart = chart_json ("c", kind, cases[i].tail);
      g_autofree char *json = g_strconcat (dataset_head, chart, " ] }", NULL);
      g_autofree char *message = scene_test_load_error (json);

      if (strstr (message, cases[i].message) == NULL)
        g_error ("%s, case %u: \"%s\" does not say \"%s\"", kind, i, message,
                 cases[i].message);
    }
}

/* A sub-region has no name of the chart's: with a label of the file's, it is a group. */
static void
test_by_id_with_label (gconstpointer data)
{
  const char *kind = data;
  g_autofree char *chart = chart_json ("c", kind, "[ {\"group\": \"eastern-asia\", \"label\": "
                                       "\"East Asia\"}, {\"group\": \"ldc\"} ]");
  g_autofree char *json = g_strconcat (dataset_head, chart, " ] }", NULL);
  g_autoptr(ParityDataset) dataset = scene_test_load_string (json);
  g_autoptr(ParityScene) scene = scene_test_layout (dataset, "c", W, H);

  g_assert_nonnull (strstr (parity_scene_get_description (scene), "East Asia"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_autofree char *as_listed = g_strdup_printf ("/chart-groups/%s/by-id-draws-as-listed",
                                                    kinds[i]);
      g_autofree char *language = g_strdup_printf ("/chart-groups/%s/by-id-in-chart-language",
                                                   kinds[i]);
      g_autofree char *labelled = g_strdup_printf ("/chart-groups/%s/by-id-with-label",
                                                   kinds[i]);
      g_autofree char *errors = g_strdup_printf ("/chart-groups/%s/errors", kinds[i]);

      g_test_add_data_func (as_listed, kinds[i], test_by_id_draws_as_listed);
      g_test_add_data_func (language, kinds[i], test_by_id_in_chart_language);
      g_test_add_data_func (labelled, kinds[i], test_by_id_with_label);
      g_test_add_data_func (errors, kinds[i], test_errors);
    }
  return g_test_run ();
}
