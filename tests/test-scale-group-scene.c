/* test-scale-group-scene.c: charts that name the same scale group ("scale_group") share their
 * value axis, asserted on the scene: the same tick labels at the same places of their plots
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>
#include <string.h>

#include "parity-error.h"
#include "scene-test-util.h"

#define HEAD \
  "{ \"format\": \"parity-dataset\", \"version\": 1, \"default_language\": \"en\"," \
  "  \"title\": \"t\", \"sources\": []," \
  "  \"entities\": [ {\"id\": \"A\", \"label\": \"Aland\"}, {\"id\": \"B\", \"label\": \"Bland\"}," \
  "                  {\"id\": \"C\", \"label\": \"Cland\"} ]," \
  "  \"indicators\": [" \
  "    {\"id\": \"p\", \"label\": \"P\", \"unit\": {\"kind\": \"percent\"}, \"observations\": [" \
  "      {\"entity\": \"A\", \"period\": \"2019\", \"value\": 8}," \
  "      {\"entity\": \"A\", \"period\": \"2020\", \"value\": 11}," \
  "      {\"entity\": \"B\", \"period\": \"2019\", \"value\": 15}," \
  "      {\"entity\": \"B\", \"period\": \"2020\", \"value\": 19}," \
  "      {\"entity\": \"C\", \"period\": \"2019\", \"value\": 60}," \
  "      {\"entity\": \"C\", \"period\": \"2020\", \"value\": 73} ] }," \
  "    {\"id\": \"n\", \"label\": \"N\", \"unit\": {\"kind\": \"count\"}, \"observations\": [" \
  "      {\"entity\": \"A\", \"period\": \"2020\", \"value\": 3} ] } ],"

/* Two bar charts of group "g" (A and B only, up to 19 %; C alone, 73 %), the first one
 * again outside it, and a line of A and B over time in group "h", which one bar chart pins
 * to 0–100. */
static const char dataset_json[] = HEAD
  "  \"charts\": ["
  "    {\"id\": \"low\", \"kind\": \"bar\", \"title\": \"Low\", \"indicator\": \"p\","
  "     \"period\": \"2020\", \"entities\": [\"A\", \"B\"], \"scale_group\": \"g\"},"
  "    {\"id\": \"high\", \"kind\": \"bar\", \"title\": \"High\", \"indicator\": \"p\","
  "     \"period\": \"2020\", \"entities\": [\"C\"], \"scale_group\": \"g\"},"
  "    {\"id\": \"low-alone\", \"kind\": \"bar\", \"title\": \"Low\", \"indicator\": \"p\","
  "     \"period\": \"2020\", \"entities\": [\"A\", \"B\"]},"
  "    {\"id\": \"low-columns\", \"kind\": \"bar\", \"title\": \"Low\", \"indicator\": \"p\","
  "     \"period\": \"2020\", \"entities\": [\"A\", \"B\"], \"orientation\": \"vertical\","
  "     \"scale_group\": \"g\"},"
  "    {\"id\": \"high-columns\", \"kind\": \"bar\", \"title\": \"High\", \"indicator\": \"p\","
  "     \"period\": \"2020\", \"entities\": [\"C\"], \"orientation\": \"vertical\","
  "     \"scale_group\": \"g\"},"
  "    {\"id\": \"pinned\", \"kind\": \"bar\", \"title\": \"Pinned\", \"indicator\": \"p\","
  "     \"period\": \"2020\", \"entities\": [\"A\", \"B\"],"
  "     \"scale_group\": {\"group\": \"h\", \"min\": 0, \"max\": 100}},"
  "    {\"id\": \"lines\", \"kind\": \"line\", \"title\": \"Lines\", \"indicator\": \"p\","
  "     \"entities\": [\"A\", \"B\"], \"scale_group\": \"h\"},"
  "    {\"id\": \"lines-alone\", \"kind\": \"line\", \"title\": \"Lines\", \"indicator\": \"p\","
  "     \"entities\": [\"A\", \"B\"]},"
  "    {\"id\": \"lines-log\", \"kind\": \"line\", \"title\": \"Lines\", \"indicator\": \"p\","
  "     \"entities\": [\"A\", \"B\"], \"scale\": \"log\", \"scale_group\": \"h\"} ] }";

typedef struct
{
  GPtrArray *texts;      /* the tick labels' texts, from the lowest value up */
  double     place[16];  /* each one's centre along the axis, as a share of first to last */
} Ticks;

static void
ticks_clear (Ticks *ticks)
{
  g_clear_pointer (&ticks->texts, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Ticks, ticks_clear)

static gint
by_position (gconstpointer a,
             gconstpointer b)
{
  const ParityItem *x = *(const ParityItem * const *)a, *y = *(const ParityItem * const *)b;
  double ka = x->box.x + x->box.width / 2 - (x->box.y + x->box.height / 2);
  double kb = y->box.x + y->box.width / 2 - (y->box.y + y->box.height / 2);

  return (ka > kb) - (ka < kb);
}

/* @scene's value-axis tick labels: along x for @horizontal, else along y. */
static void
read_scene_ticks (ParityScene *scene,
                  gboolean     horizontal,
                  Ticks       *out)
{
  g_autoptr(GPtrArray) items = scene_test_items (scene, PARITY_ROLE_TICK_LABEL,
                                                 PARITY_ITEM_TEXT);
  g_autoptr(GPtrArray) axis = g_ptr_array_new ();
  double first, last;

  for (guint i = 0; i < items->len; i++)
    {
      const ParityItem *item = g_ptr_array_index (items, i);

      /* A line chart's periods are tick labels too: keep its values' (of one column). */
      if (horizontal || item->text[0] != '2' || strlen (item->text) != 4)
        g_ptr_array_add (axis, (gpointer)item);
    }
  g_ptr_array_sort (axis, by_position);
  g_assert_cmpuint (axis->len, >=, 2);
  g_assert_cmpuint (axis->len, <=, G_N_ELEMENTS (out->place));
  out->texts = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < axis->len; i++)
    {
      const ParityItem *item = g_ptr_array_index (axis, i);
      double c = horizontal ? item->box.x + item->box.width / 2
                            : item->box.y + item->box.height / 2;

      g_ptr_array_add (out->texts, g_strdup (item->text));
      out->place[i] = c;
    }
  first = out->place[0];
  last = out->place[axis->len - 1];
  g_assert_cmpfloat (fabs (last - first), >, 10);
  for (guint i = 0; i < axis->len; i++)
    out->place[i] = (out->place[i] - first) / (last - first);
}

/* The chart's value-axis tick labels in @lang on a @width × @height canvas. */
static void
read_ticks_in (ParityDataset *dataset,
               const char    *chart,
               gboolean       horizontal,
               const char    *lang,
               double         width,
               double         height,
               Ticks         *out)
{
  g_autoptr(ParityScene) scene = scene_test_layout_in (dataset, chart, lang, width, height);

  read_scene_ticks (scene, horizontal, out);
}

/* … in English on a report's canvas. */
static void
read_ticks (ParityDataset *dataset,
            const char    *chart,
            gboolean       horizontal,
            Ticks         *out)
{
  read_ticks_in (dataset, chart, horizontal, "en", 453.5, 283.5, out);
}

static gboolean
same_texts (const Ticks *a,
            const Ticks *b)
{
  if (a->texts->len != b->texts->len)
    return FALSE;
  for (guint i = 0; i < a->texts->len; i++)
    if (g_strcmp0 (g_ptr_array_index (a->texts, i), g_ptr_array_index (b->texts, i)) != 0)
      return FALSE;
  return TRUE;
}

static void
assert_same_axis (ParityDataset *dataset,
                  const char    *one,
                  const char    *other,
                  gboolean       horizontal)
{
  g_auto(Ticks) a = { 0 };
  g_auto(Ticks) b = { 0 };

  read_ticks (dataset, one, horizontal, &a);
  read_ticks (dataset, other, horizontal, &b);
  if (!same_texts (&a, &b))
    g_error ("%s and %s: ticks differ (%u and %u)", one, other, a.texts->len, b.texts->len);
  for (guint i = 0; i < a.texts->len; i++)
    g_assert_cmpfloat_with_epsilon (a.place[i], b.place[i], 1e-6);
}

/* Bars of one group, rows or columns, make the same ticks at the same places; the same
 * bars outside the group keep the range of their own values. */
static void
test_group_shares_ticks (void)
{
  g_autoptr(ParityDataset) dataset = scene_test_load_string (dataset_json);
  g_auto(Ticks) low = { 0 };
  g_auto(Ticks) alone = { 0 };

  assert_same_axis (dataset, "low", "high", TRUE);
  assert_same_axis (dataset, "low-columns", "high-columns", FALSE);
  read_ticks (dataset, "low", TRUE, &low);
  read_ticks (dataset, "low-alone", TRUE, &alone);
  g_assert_false (same_texts (&low, &alone));
  /* The group's axis reaches past C's 73 %, the chart's own stops short of it. */
  g_assert_nonnull (strstr (g_ptr_array_index (low.texts, low.texts->len - 1), "80"));
  g_assert_null (strstr (g_ptr_array_index (alone.texts, alone.texts->len - 1), "80"));
}

/* A range pinned on one chart holds for its whole group, a line chart's too; a log axis
 * takes the group's top but keeps its own low end above zero. */
static void
test_pinned_range (void)
{
  g_autoptr(ParityDataset) dataset = scene_test_load_string (dataset_json);
  g_auto(Ticks) bars = { 0 };
  g_auto(Ticks) lines = { 0 };
  g_auto(Ticks) alone = { 0 };

  read_ticks (dataset, "pinned", TRUE, &bars);
  read_ticks (dataset, "lines", FALSE, &lines);
  read_ticks (dataset, "lines-alone", FALSE, &alone);
  g_assert_nonnull (strstr (g_ptr_array_index (bars.texts, bars.texts->len - 1), "100"));
  g_assert_nonnull (strstr (g_ptr_array_index (bars.texts, 0), "0"));
  g_assert_nonnull (strstr (g_ptr_array_index (lines.texts, lines.texts->len - 1), "100"));
  g_assert_null (strstr (g_ptr_array_index (alone.texts, alone.texts->len - 1), "100"));
  {
    g_auto(Ticks) log = { 0 };

    read_ticks (dataset, "lines-log", FALSE, &log);
    g_assert_nonnull (strstr (g_ptr_array_index (log.texts, log.texts->len - 1), "100"));
    g_assert_cmpstr (g_ptr_array_index (log.texts, 0), !=, "0");
  }
}

/* A tick label's value from its digits alone, in any script: a line chart writes its unit
 * once, above the axis, where bars write it on every tick. */
static double
value_of (const char *text)
{
  double value = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_isdigit (g_utf8_get_char (p)))
      value = value * 10 + g_unichar_digit_value (g_utf8_get_char (p));
  return value;
}

static int
by_value (gconstpointer a,
          gconstpointer b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return (x > y) - (x < y);
}

/* Whether two axes tick the same values, whichever way (left to right, or mirrored) they
 * run. */
static gboolean
same_values (const Ticks *a,
             const Ticks *b)
{
  g_autoptr(GArray) x = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) y = g_array_new (FALSE, FALSE, sizeof (double));

  if (a->texts->len != b->texts->len)
    return FALSE;
  for (guint i = 0; i < a->texts->len; i++)
    {
      double u = value_of (g_ptr_array_index (a->texts, i));
      double v = value_of (g_ptr_array_index (b->texts, i));

      g_array_append_val (x, u);
      g_array_append_val (y, v);
    }
  g_array_sort (x, by_value);
  g_array_sort (y, by_value);
  return memcmp (x->data, y->data, x->len * sizeof (double)) == 0;
}

/* Charts of a group tick alike whatever their kind, their size and their language's text
 * height: a line chart in Arabic, whose taller lines would leave it room for three ticks
 * alone, and a smaller one in English take the pinned bars' six. */
static void
test_same_ticks_any_size (void)
{
  const struct { const char *lang; double width, height; } cases[] = {
    { "ar", 453.5, 283.5 }, { "en", 400, 250 }, { "zh", 453.5, 283.5 },
  };

  g_autoptr(ParityDataset) dataset = scene_test_load_string (dataset_json);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(Ticks) bars = { 0 };
      g_auto(Ticks) lines = { 0 };

      read_ticks_in (dataset, "pinned", TRUE, cases[i].lang, 453.5, 283.5, &bars);
      read_ticks_in (dataset, "lines", FALSE, cases[i].lang, cases[i].width, cases[i].height,
                     &lines);
      g_assert_cmpuint (bars.texts->len, ==, 6);
      if (!same_values (&bars, &lines))
        g_error ("%s: the lines' %u ticks (%s … %s) differ from the bars' %u (%s … %s)",
                 cases[i].lang, lines.texts->len, (char *)g_ptr_array_index (lines.texts, 0),
                 (char *)g_ptr_array_index (lines.texts, lines.texts->len - 1),
                 bars.texts->len, (char *)g_ptr_array_index (bars.texts, 0),
                 (char *)g_ptr_array_index (bars.texts, bars.texts->len - 1));
    }
}

/* What "scale" may not say, at its JSON path. */
static void
test_errors (void)
{
  static const char bar[] = "{\"id\": \"%s\", \"kind\": \"bar\", \"title\": \"T\", "
                            "\"indicator\": \"%s\", \"period\": \"2020\", \"scale_group\": %s}";
  static const struct
  {
    const char *first, *second, *message;
  } cases[] = {
    { "\"g\"", "\"g\"", "charts of a scale group share a unit" },
    { "{\"group\": \"g\", \"min\": 0, \"max\": 100}", "{\"group\": \"g\", \"max\": 50}",
      "is pinned to another" },
    { "\"g\"", "{\"group\": \"g\", \"min\": 5, \"max\": 5}", "\"max\" must be more than" },
    { "\"g\"", "{\"group\": \"g\", \"step\": 5}", "step" },
    { "\"g\"", "\"-g\"", "charts[1].scale_group" },
    { "\"g\"", "12", "expected a string" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *one = g_strdup_printf (bar, "one", "p", cases[i].first);
      g_autofree char *two = g_strdup_printf (bar, "two", i == 0 ? "n" : "p", cases[i].second);
      g_autofree char *json = g_strconcat (HEAD, "\"charts\": [", one, ",", two, "] }", NULL);
      g_autofree char *message = scene_test_load_error (json);

      if (strstr (message, cases[i].message) == NULL)
        g_error ("case %u: \"%s\" does not say \"%s\"", i, message, cases[i].message);
      if (strstr (message, "charts[1].scale_group") == NULL)
        g_error ("case %u: \"%s\" does not give the path", i, message);
    }
}

/* A dataset of its own with the low bars of group "g" only, as figure 3 of a report whose
 * figure 7, the high bars, is in the dataset above. */
#define LOW_ONLY(indicator) HEAD \
  "  \"charts\": [ {\"id\": \"low\", \"kind\": \"bar\", \"title\": \"Low\"," \
  "    \"indicator\": \"" indicator "\", \"period\": \"2020\", \"entities\": [\"A\", \"B\"]," \
  "    \"scale_group\": \"g\"} ] }"

/* With the other dataset as a peer, the low bars of a file of their own take the ticks of
 * the group's high bars there; without, their own. */
static void
test_peers (void)
{
  g_autoptr(ParityDataset) report = scene_test_load_string (dataset_json);
  g_autoptr(ParityDataset) own = scene_test_load_string (LOW_ONLY ("p"));
  ParityDataset *peers[] = { report };
  ParityLayoutOptions options = { 453.5, 283.5, "en", NULL, peers, 1 };
  g_autoptr(GError) error = NULL;
  g_autoptr(ParityScene) scene = NULL;
  g_auto(Ticks) alone = { 0 };
  g_auto(Ticks) shared = { 0 };
  g_auto(Ticks) high = { 0 };

  g_assert_true (parity_layout_check_peers (own, report, &error));
  g_assert_no_error (error);
  read_ticks (own, "low", TRUE, &alone);
  read_ticks (report, "high", TRUE, &high);
  scene = parity_layout_chart (own, parity_dataset_find_chart (own, "low"), &options, &error);
  g_assert_no_error (error);
  read_scene_ticks (scene, TRUE, &shared);
  g_assert_false (same_texts (&alone, &high));
  g_assert_true (same_texts (&shared, &high));
  for (guint i = 0; i < shared.texts->len; i++)
    g_assert_cmpfloat_with_epsilon (shared.place[i], high.place[i], 1e-6);
}

/* A peer's chart of the group in another unit is an error naming both charts. */
static void
test_peer_in_another_unit (void)
{
  g_autoptr(ParityDataset) report = scene_test_load_string (dataset_json);
  g_autoptr(ParityDataset) counts = scene_test_load_string (LOW_ONLY ("n"));
  g_autoptr(GError) error = NULL;

  g_assert_false (parity_layout_check_peers (report, counts, &error));
  g_assert_error (error, PARITY_ERROR, PARITY_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "\"low\""));
  g_assert_nonnull (strstr (error->message, "\"g\""));
  g_assert_nonnull (strstr (error->message, "another unit"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/scale-group/shares-ticks", test_group_shares_ticks);
  g_test_add_func ("/scale-group/pinned", test_pinned_range);
  g_test_add_func ("/scale-group/any-size", test_same_ticks_any_size);
  g_test_add_func ("/scale-group/errors", test_errors);
  g_test_add_func ("/scale-group/peers", test_peers);
  g_test_add_func ("/scale-group/peer-in-another-unit", test_peer_in_another_unit);
  return g_test_run ();
}
