/* test-bands-scene.c: a chart's bands and targets ("bands", "targets"), asserted on the scene
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>
#include <string.h>

#include "scene-test-util.h"
#include "parity-layout.h"
#include "parity-loader.h"

#define ITEM(array, i) ((const ParityItem *)g_ptr_array_index ((array), (i)))

/* A dataset of five economies up to the observations of their gender parity scores. */
#define PARITY_SCORES_HEAD \
  "{ \"format\": \"parity-dataset\", \"version\": 1, \"default_language\": \"en\"," \
  "  \"title\": \"t\", \"sources\": [], \"entities\": [" \
  "    {\"id\": \"A\", \"label\": \"Aland\"}, {\"id\": \"B\", \"label\": \"Bland\"}," \
  "    {\"id\": \"C\", \"label\": \"Cland\"}, {\"id\": \"D\", \"label\": \"Dland\"}," \
  "    {\"id\": \"E\", \"label\": \"Eland\"} ]," \
  "  \"indicators\": [ {\"id\": \"g\", \"label\": \"Gender parity score\"," \
  "    \"unit\": {\"kind\": \"ratio\"}, \"decimals\": 2, \"observations\": ["

/* Gender parity scores of five economies, a band of parity and a target beyond them all,
 * so that the axis must reach it. */
static const char *
dataset_json (const char *kind)
{
  static char *json[2];
  gboolean vertical = g_str_equal (kind, "column");

  if (json[vertical] == NULL)
    json[vertical] = g_strdup_printf (
      PARITY_SCORES_HEAD
      "    {\"entity\": \"A\", \"period\": \"2019\", \"value\": 0.62},"
      "    {\"entity\": \"B\", \"period\": \"2019\", \"value\": 0.85},"
      "    {\"entity\": \"C\", \"period\": \"2019\", \"value\": 0.97},"
      "    {\"entity\": \"D\", \"period\": \"2019\", \"value\": 1.01},"
      "    {\"entity\": \"E\", \"period\": \"2019\", \"value\": 0.74} ] } ],"
      "  \"charts\": [ {\"id\": \"c\", \"kind\": \"bar\", \"title\": \"T\", \"indicator\": \"g\","
      "    \"period\": \"2019\" %s,"
      "    \"bands\": [ {\"from\": 0.98, \"to\": 1.02,"
      "                  \"label\": {\"en\": \"Parity\", \"ar\": \"التكافؤ\"}} ],"
      "    \"targets\": [ {\"value\": 1.2, \"label\": {\"en\": \"Goal\", \"ar\": \"الهدف\"}} ]"
      "  } ] }", vertical ? ", \"orientation\": \"vertical\"" : "");
  return json[vertical];
}

/* The value axis from the bars: a bar runs from zero to its value, so position = zero +
 * scale × value; mirrored (Arabic), a horizontal bar runs leftwards from zero. */
static void
value_axis (ParityScene *scene,
            gboolean     vertical,
            gboolean     mirrored,
            double      *zero,
            double      *scale)
{
  g_autoptr(GPtrArray) bars = scene_test_items (scene, PARITY_ROLE_MARK, PARITY_ITEM_RECT);
  gboolean found = FALSE;

  for (guint i = 0; i < bars->len; i++)
    {
      const ParityItem *bar = ITEM (bars, i);

      if (!bar->has_datum || bar->datum.value <= 0)
        continue;
      if (vertical)
        {
          *zero = bar->box.y + bar->box.height;
          *scale = -bar->box.height / bar->datum.value;
        }
      else
        {
          *zero = mirrored ? bar->box.x + bar->box.width : bar->box.x;
          *scale = (mirrored ? -1 : 1) * bar->box.width / bar->datum.value;
        }
      found = TRUE;
      break;
    }
  g_assert_true (found);
}

static const char *
covers_bar (const ParityItem *text,
            const ParityItem *other)
{
  return other->kind == PARITY_ITEM_RECT && other->role == PARITY_ROLE_MARK ? "a bar" : NULL;
}

/* The one item of @role and @kind that shows no datum, dashed if a line: a band or a
 * target, not a strip's median or a reference economy's line. */
static const ParityItem *
only_item (ParityScene *scene,
           ParityRole   role,
           int          kind)
{
  g_autoptr(GPtrArray) items = scene_test_items (scene, role, kind);
  const ParityItem *found = NULL;

  for (guint i = 0; i < items->len; i++)
    if (!ITEM (items, i)->has_datum &&
        (kind != PARITY_ITEM_LINE || ITEM (items, i)->dash > 0))
      {
        g_assert_null (found);
        found = ITEM (items, i);
      }
  g_assert_nonnull (found);
  return found;
}

/* Lays chart @id of @json out in @lang; its one band and one target line. */
static ParityScene *
lay_out (const char        *json,
         const char        *id,
         const char        *lang,
         ParityDataset    **dataset,
         const ParityItem **band,
         const ParityItem **target)
{
  ParityScene *scene;

  *dataset = scene_test_load_string (json);
  scene = scene_test_layout_in (*dataset, id, lang, 1000, 700);
  *band = only_item (scene, PARITY_ROLE_REFERENCE, PARITY_ITEM_RECT);
  *target = only_item (scene, PARITY_ROLE_REFERENCE, PARITY_ITEM_LINE);
  return scene;
}

static gboolean
has_text (ParityScene *scene,
          const char  *text)
{
  g_autoptr(GPtrArray) labels = scene_test_items (scene, PARITY_ROLE_REFERENCE_LABEL,
                                                  PARITY_ITEM_TEXT);

  for (guint i = 0; i < labels->len; i++)
    if (g_strcmp0 (ITEM (labels, i)->text, text) == 0)
      return TRUE;
  return FALSE;
}

static void
check_bars (const char *kind,
            const char *lang)
{
  g_autoptr(ParityDataset) dataset = NULL;
  const ParityItem *band, *target;
  g_autoptr(ParityScene) scene = lay_out (dataset_json (kind), "c", lang, &dataset, &band,
                                          &target);
  gboolean vertical = g_str_equal (kind, "column");
  g_autofree char *where = g_strdup_printf ("%s bars in %s", kind, lang);
  double zero = 0, scale = 0, lo, hi;

  value_axis (scene, vertical, g_str_equal (lang, "ar"), &zero, &scale);
  /* The band spans exactly from → to on the value axis, across the plot. */
  lo = vertical ? band->box.y + band->box.height : band->box.x;
  hi = vertical ? band->box.y : band->box.x + band->box.width;
  if (g_str_equal (lang, "ar") && !vertical)
    {
      /* Mirrored: the axis runs right to left, zero on the right. */
      lo = band->box.x + band->box.width;
      hi = band->box.x;
    }
  g_assert_cmpfloat_with_epsilon (lo, zero + scale * 0.98, 0.01);
  g_assert_cmpfloat_with_epsilon (hi, zero + scale * 1.02, 0.01);
  g_assert_cmpfloat (vertical ? band->box.width : band->box.height, >, 100);
  /* The target's line at its value, inside the plot: the axis reaches it. */
  if (vertical)
    {
      g_assert_cmpfloat_with_epsilon (target->y1, zero + scale * 1.2, 0.01);
      g_assert_cmpfloat_with_epsilon (target->y2, target->y1, 1e-9);
    }
  else
    {
      g_assert_cmpfloat_with_epsilon (target->x1, zero + scale * 1.2, 0.01);
      g_assert_cmpfloat_with_epsilon (target->x2, target->x1, 1e-9);
    }
  g_assert_cmpfloat (target->dash, >, 0);
  g_assert_cmpfloat (target->box.x, >=, 0);
  g_assert_cmpfloat (target->box.x + target->box.width, <=, 1000);
  /* Both labelled, clear of each other and of every mark. */
  g_assert_true (has_text (scene, g_str_equal (lang, "ar") ? "الهدف" : "Goal"));
  g_assert_true (has_text (scene, g_str_equal (lang, "ar") ? "التكافؤ" : "Parity"));
  scene_test_assert_labels_fit (scene, where, covers_bar);
}

static void
test_horizontal_bars (void)
{
  check_bars ("bar", "en");
  check_bars ("bar", "ar");
}

static void
test_vertical_bars (void)
{
  check_bars ("column", "en");
  check_bars ("column", "ar");
}

static void
test_description (void)
{
  g_autoptr(ParityDataset) dataset = scene_test_load_string (dataset_json ("bar"));
  g_autoptr(ParityScene) scene = scene_test_layout (dataset, "c", 1000, 700);
  const char *description = parity_scene_get_description (scene);

  g_assert_nonnull (strstr (description, "Band: Parity, 0.98 to 1.02."));
  g_assert_nonnull (strstr (description, "Target: Goal, 1.2."));
}

/* Internet use in two economies, 2015–2020, with a target of 100% by 2030 and a band. */
static const char line_json[] =
  "{ \"format\": \"parity-dataset\", \"version\": 1, \"default_language\": \"en\","
  "  \"title\": \"t\", \"sources\": [], \"entities\": ["
  "    {\"id\": \"A\", \"label\": \"Aland\"}, {\"id\": \"B\", \"label\": \"Bland\"} ],"
  "  \"indicators\": [ {\"id\": \"u\", \"label\": \"Internet use\","
  "    \"unit\": {\"kind\": \"percent\"}, \"decimals\": 0, \"observations\": ["
  "    {\"entity\": \"A\", \"period\": \"2015\", \"value\": 20},"
  "    {\"entity\": \"A\", \"period\": \"2020\", \"value\": 45},"
  "    {\"entity\": \"B\", \"period\": \"2015\", \"value\": 50},"
  "    {\"entity\": \"B\", \"period\": \"2020\", \"value\": 70} ] } ],"
  "  \"charts\": [ {\"id\": \"l\", \"kind\": \"line\", \"title\": \"T\", \"indicator\": \"u\","
  "    \"bands\": [ {\"from\": 60, \"to\": 65, \"label\": \"Halfway\"} ],"
  "    \"targets\": [ {\"value\": 100, \"period\": \"2030\","
  "                    \"label\": {\"en\": \"Universal\", \"ar\": \"الشمول\"}},"
  "                   {\"value\": 80, \"label\": \"Eighty\"} ]"
  "  } ] }";

static const char *
covers_point (const ParityItem *text,
             const ParityItem *other)
{
  return other->role == PARITY_ROLE_MARK && other->kind == PARITY_ITEM_MARKER ? "a point" : NULL;
}

/* The line chart: the time axis reaches 2030, where the target's point is, at 100%; the
 * target without a year is a line across; the band spans its values. */
static void
check_line (const char *lang)
{
  g_autoptr(ParityDataset) dataset = NULL;
  const ParityItem *band, *target;
  g_autoptr(ParityScene) scene = lay_out (line_json, "l", lang, &dataset, &band, &target);
  g_autoptr(GPtrArray) paths = scene_test_items (scene, PARITY_ROLE_MARK, PARITY_ITEM_PATH);
  const ParityItem *point = only_item (scene, PARITY_ROLE_REFERENCE, PARITY_ITEM_MARKER);
  g_autofree char *where = g_strdup_printf ("line chart in %s", lang);
  double x2015 = 0, x2020 = 0, y[2][2] = { { 0 } };
  double y_scale, y_zero;

  g_assert_cmpuint (paths->len, ==, 2);
  for (guint l = 0; l < 2; l++)
    {
      GArray *points = ITEM (paths, l)->points;

      g_assert_cmpuint (points->len, ==, 2);
      x2015 = g_array_index (points, ParityPoint, 0).x;
      x2020 = g_array_index (points, ParityPoint, 1).x;
      y[l][0] = g_array_index (points, ParityPoint, 0).y;
      y[l][1] = g_array_index (points, ParityPoint, 1).y;
    }
  /* Both lines (A 20 → 45, B 50 → 70) give the value axis; which path is which does not
   * matter for a linear axis fitted on A's two points. */
  if (fabs (y[0][1] - y[0][0]) > fabs (y[1][1] - y[1][0]))
    y_scale = (y[0][1] - y[0][0]) / 25, y_zero = y[0][0] - 20 * y_scale;
  else
    y_scale = (y[1][1] - y[1][0]) / 20, y_zero = y[1][0] - 50 * y_scale;
  g_assert_cmpfloat_with_epsilon (point->cx, x2015 + (x2020 - x2015) * 3, 0.01);
  g_assert_cmpfloat_with_epsilon (point->cy, y_zero + y_scale * 100, 0.01);
  g_assert_cmpfloat_with_epsilon (target->y1, y_zero + y_scale * 80, 0.01);
  g_assert_cmpfloat_with_epsilon (band->box.y, y_zero + y_scale * 65, 0.01);
  g_assert_cmpfloat_with_epsilon (band->box.y + band->box.height, y_zero + y_scale * 60, 0.01);
  g_assert_true (has_text (scene, g_str_equal (lang, "ar") ? "الشمول" : "Universal"));
  g_assert_true (has_text (scene, "Eighty"));
  g_assert_true (has_text (scene, "Halfway"));
  scene_test_assert_labels_fit (scene, where, covers_point);
  if (g_str_equal (lang, "en"))
    g_assert_nonnull (strstr (parity_scene_get_description (scene),
                              "Target: Universal, 100 by 2030."));
}

static void
test_line (void)
{
  check_line ("en");
  check_line ("ar");
}

/* Women's and men's use in three economies, a dumbbell per economy; a band and a target
 * beyond every dot. */
static const char dumbbell_json[] =
  "{ \"format\": \"parity-dataset\", \"version\": 1, \"default_language\": \"en\","
  "  \"title\": \"t\", \"sources\": [], \"entities\": ["
  "    {\"id\": \"A\", \"label\": \"Aland\"}, {\"id\": \"B\", \"label\": \"Bland\"},"
  "    {\"id\": \"C\", \"label\": \"Cland\"} ],"
  "  \"indicators\": [ {\"id\": \"u\", \"label\": \"Internet use\","
  "    \"unit\": {\"kind\": \"percent\"}, \"decimals\": 0, \"observations\": ["
  "    {\"entity\": \"A\", \"period\": \"2019\", \"breakdown\": {\"sex\": \"female\"}, \"value\": 20},"
  "    {\"entity\": \"A\", \"period\": \"2019\", \"breakdown\": {\"sex\": \"male\"}, \"value\": 30},"
  "    {\"entity\": \"B\", \"period\": \"2019\", \"breakdown\": {\"sex\": \"female\"}, \"value\": 40},"
  "    {\"entity\": \"B\", \"period\": \"2019\", \"breakdown\": {\"sex\": \"male\"}, \"value\": 55},"
  "    {\"entity\": \"C\", \"period\": \"2019\", \"breakdown\": {\"sex\": \"female\"}, \"value\": 60},"
  "    {\"entity\": \"C\", \"period\": \"2019\", \"breakdown\": {\"sex\": \"male\"}, \"value\": 62} ] } ],"
  "  \"charts\": [ {\"id\": \"d\", \"kind\": \"dumbbell\", \"title\": \"T\", \"indicator\": \"u\","
  "    \"period\": \"2019\", \"series\": ["
  "      {\"label\": \"Women\", \"breakdown\": {\"sex\": \"female\"}},"
  "      {\"label\": \"Men\", \"breakdown\": {\"sex\": \"male\"}} ],"
  "    \"bands\": [ {\"from\": 45, \"to\": 50, \"label\": \"Midway\"} ],"
  "    \"targets\": [ {\"value\": 90, \"label\": \"Goal\"} ]"
  "  } ] }";

/* The dumbbell chart: the dots give the value axis (Aland's women at 20, men at 30). */
static void
check_dumbbell (const char *lang)
{
  double x20 = NAN, x30 = NAN, scale, x45, x50;
  const ParityItem *band, *target;
  g_autoptr(ParityDataset) dataset = NULL;
  g_autoptr(ParityScene) scene = lay_out (dumbbell_json, "d", lang, &dataset, &band, &target);
  g_autoptr(GPtrArray) dots = scene_test_items (scene, PARITY_ROLE_MARK, PARITY_ITEM_MARKER);

  for (guint i = 0; i < dots->len; i++)
    {
      if (ITEM (dots, i)->datum.value == 20)
        x20 = ITEM (dots, i)->cx;
      else if (ITEM (dots, i)->datum.value == 30)
        x30 = ITEM (dots, i)->cx;
    }
  g_assert_true (isfinite (x20) && isfinite (x30));
  scale = (x30 - x20) / 10;
  x45 = x20 + scale * 25;
  x50 = x20 + scale * 30;
  g_assert_cmpfloat_with_epsilon (band->box.x, MIN (x45, x50), 0.01);
  g_assert_cmpfloat_with_epsilon (band->box.x + band->box.width, MAX (x45, x50), 0.01);
  g_assert_cmpfloat_with_epsilon (target->x1, x20 + scale * 70, 0.01);
  g_assert_true (has_text (scene, "Goal"));
  g_assert_true (has_text (scene, "Midway"));
  scene_test_assert_labels_fit (scene, lang, covers_point);
}

static void
test_dumbbell (void)
{
  check_dumbbell ("en");
  check_dumbbell ("ar");
}

/* Gender parity scores in 2015, 2017 and 2019 of five economies, and internet use for a
 * scatter plot's x axis; each kind left with a band and a target. */
static const char kinds_json[] =
  PARITY_SCORES_HEAD
  "    {\"entity\": \"A\", \"period\": \"2015\", \"value\": 0.55},"
  "    {\"entity\": \"B\", \"period\": \"2015\", \"value\": 0.8},"
  "    {\"entity\": \"C\", \"period\": \"2015\", \"value\": 0.9},"
  "    {\"entity\": \"D\", \"period\": \"2015\", \"value\": 0.95},"
  "    {\"entity\": \"E\", \"period\": \"2015\", \"value\": 0.6},"
  "    {\"entity\": \"A\", \"period\": \"2017\", \"value\": 0.58},"
  "    {\"entity\": \"B\", \"period\": \"2017\", \"value\": 0.83},"
  "    {\"entity\": \"C\", \"period\": \"2017\", \"value\": 0.92},"
  "    {\"entity\": \"D\", \"period\": \"2017\", \"value\": 0.99},"
  "    {\"entity\": \"E\", \"period\": \"2017\", \"value\": 0.7},"
  "    {\"entity\": \"A\", \"period\": \"2019\", \"value\": 0.62},"
  "    {\"entity\": \"B\", \"period\": \"2019\", \"value\": 0.85},"
  "    {\"entity\": \"C\", \"period\": \"2019\", \"value\": 0.97},"
  "    {\"entity\": \"D\", \"period\": \"2019\", \"value\": 1.01},"
  "    {\"entity\": \"E\", \"period\": \"2019\", \"value\": 0.74} ] },"
  "    {\"id\": \"u\", \"label\": \"Internet use\", \"unit\": {\"kind\": \"percent\"},"
  "    \"observations\": ["
  "    {\"entity\": \"A\", \"period\": \"2019\", \"value\": 20},"
  "    {\"entity\": \"B\", \"period\": \"2019\", \"value\": 45},"
  "    {\"entity\": \"C\", \"period\": \"2019\", \"value\": 60},"
  "    {\"entity\": \"D\", \"period\": \"2019\", \"value\": 85},"
  "    {\"entity\": \"E\", \"period\": \"2019\", \"value\": 30} ] } ],"
  "  \"charts\": ["
  "    {\"id\": \"range\", \"kind\": \"range\", \"period\": \"2019\" GUIDES },"
  "    {\"id\": \"range-rows\", \"kind\": \"range\", \"series\": ["
  "      {\"label\": \"2015\", \"period\": \"2015\"},"
  "      {\"label\": \"2019\", \"period\": \"2019\"},"
  "      {\"label\": \"2017\", \"period\": \"2017\"} ] GUIDES },"
  "    {\"id\": \"strip\", \"kind\": \"strip\", \"period\": \"2019\" GUIDES },"
  "    {\"id\": \"scatter\", \"kind\": \"scatter\", \"period\": \"2019\","
  "      \"x\": {\"indicator\": \"u\"} GUIDES },"
  "    {\"id\": \"scatter-x\", \"kind\": \"scatter\", \"period\": \"2019\","
  "      \"title\": \"T\", \"indicator\": \"g\", \"x\": {\"indicator\": \"u\"},"
  "      \"bands\": [ {\"from\": 40, \"to\": 50, \"axis\": \"x\", \"label\": \"Midway\"} ],"
  "      \"targets\": [ {\"value\": 95, \"axis\": \"x\"} ] },"
  "    {\"id\": \"slope\", \"kind\": \"slope\", \"series\": ["
  "      {\"period\": \"2015\"}, {\"period\": \"2019\"} ] GUIDES } ] }";

/* The kinds' charts, each with a title, the indicator, the band and the target. */
static char *
kinds_dataset_json (void)
{
  g_auto(GStrv) parts = g_strsplit (kinds_json, "GUIDES", -1);

  return g_strjoinv (
    ", \"title\": \"T\", \"indicator\": \"g\","
    " \"bands\": [ {\"from\": 0.98, \"to\": 1.02,"
    "              \"label\": {\"en\": \"Parity\", \"ar\": \"التكافؤ\", \"zh\": \"均等\"}} ],"
    " \"targets\": [ {\"value\": 1.2, \"label\": {\"en\": \"Goal\", \"ar\": \"الهدف\","
    "                \"zh\": \"目标\"}} ]", parts);
}

/* The value axis from the marks of indicator @indicator: position = zero + scale × value,
 * across (@on_y FALSE) or up the plot; every such mark agrees with it. */
static void
marker_axis (ParityScene *scene,
             guint32      indicator,
             gboolean     on_y,
             double      *zero,
             double      *scale)
{
  g_autoptr(GPtrArray) marks = scene_test_items (scene, PARITY_ROLE_MARK, PARITY_ITEM_MARKER);
  const ParityItem *a = NULL, *b = NULL;

  for (guint i = 0; i < marks->len; i++)
    {
      const ParityItem *mark = ITEM (marks, i);

      if (!mark->has_datum || mark->datum.indicator != indicator)
        continue;
      if (a == NULL)
        a = mark;
      else if (b == NULL && fabs (mark->datum.value - a->datum.value) > 0.05)
        b = mark;
    }
  g_assert_nonnull (a);
  g_assert_nonnull (b);
  *scale = ((on_y ? b->cy : b->cx) - (on_y ? a->cy : a->cx)) /
           (b->datum.value - a->datum.value);
  *zero = (on_y ? a->cy : a->cx) - *scale * a->datum.value;
  for (guint i = 0; i < marks->len; i++)
    {
      const ParityItem *mark = ITEM (marks, i);

      if (mark->has_datum && mark->datum.indicator == indicator)
        g_assert_cmpfloat_with_epsilon (on_y ? mark->cy : mark->cx,
                                        *zero + *scale * mark->datum.value, 0.01);
    }
}

static const char *
label_of (const char *lang,
          const char *en,
          const char *ar,
          const char *zh)
{
  return g_str_equal (lang, "ar") ? ar : g_str_equal (lang, "zh") ? zh : en;
}

/* Chart @id: the band spans 0.98 to 1.02 and the target lies at 1.2 on the value axis the
 * marks give, across the plot; both are labelled clear of every mark and label, and the
 * description reads them. */
static void
check_kind (const char *id,
            gboolean    on_y,
            const char *lang)
{
  g_autofree char *json = kinds_dataset_json ();
  g_autoptr(ParityDataset) dataset = NULL;
  const ParityItem *band, *target;
  g_autoptr(ParityScene) scene = lay_out (json, id, lang, &dataset, &band, &target);
  g_autofree char *where = g_strdup_printf ("%s in %s", id, lang);
  double zero, scale, at98, at102, at12;

  marker_axis (scene, parity_dataset_lookup_indicator (dataset, "g"), on_y, &zero, &scale);
  at98 = zero + scale * 0.98;
  at102 = zero + scale * 1.02;
  at12 = zero + scale * 1.2;
  if (on_y)
    {
      g_assert_cmpfloat_with_epsilon (band->box.y, MIN (at98, at102), 0.01);
      g_assert_cmpfloat_with_epsilon (band->box.y + band->box.height, MAX (at98, at102), 0.01);
      g_assert_cmpfloat (band->box.width, >, 100);
      g_assert_cmpfloat_with_epsilon (target->y1, at12, 0.01);
      g_assert_cmpfloat_with_epsilon (target->y2, at12, 0.01);
      g_assert_cmpfloat (fabs (target->x2 - target->x1), >, 100);
    }
  else
    {
      g_assert_cmpfloat_with_epsilon (band->box.x, MIN (at98, at102), 0.01);
      g_assert_cmpfloat_with_epsilon (band->box.x + band->box.width, MAX (at98, at102), 0.01);
      g_assert_cmpfloat (band->box.height, >, 20);
      g_assert_cmpfloat_with_epsilon (target->x1, at12, 0.01);
      g_assert_cmpfloat_with_epsilon (target->x2, at12, 0.01);
      g_assert_cmpfloat (fabs (target->y2 - target->y1), >, 20);
    }
  g_assert_cmpfloat (target->dash, >, 0);
  g_assert_true (parity_rect_contains_rect (&(ParityRect) { 0, 0, 1000, 700 }, &band->box));
  g_assert_true (parity_rect_contains_rect (&(ParityRect) { 0, 0, 1000, 700 }, &target->box));
  g_assert_true (has_text (scene, label_of (lang, "Goal", "الهدف", "目标")));
  g_assert_true (has_text (scene, label_of (lang, "Parity", "التكافؤ", "均等")));
  scene_test_assert_labels_fit (scene, where, covers_point);
  if (g_str_equal (lang, "en"))
    {
      const char *description = parity_scene_get_description (scene);

      g_assert_nonnull (strstr (description, "Band: Parity, 0.98 to 1.02."));
      g_assert_nonnull (strstr (description, "Target: Goal, 1.2."));
    }
}

/* A scatter plot's bands and targets on its horizontal axis ("axis": "x"), in that axis'
 * unit: down the plot at the x the dots' x values give. */
static void
check_scatter_x (const char *lang)
{
  g_autofree char *json = kinds_dataset_json ();
  g_autoptr(ParityDataset) dataset = NULL;
  const ParityItem *band, *target;
  g_autoptr(ParityScene) scene = lay_out (json, "scatter-x", lang, &dataset, &band, &target);
  g_autofree char *where = g_strdup_printf ("scatter-x in %s", lang);
  double zero, scale;

  marker_axis (scene, parity_dataset_lookup_indicator (dataset, "u"), FALSE, &zero, &scale);
  g_assert_cmpfloat_with_epsilon (band->box.x, MIN (zero + scale * 40, zero + scale * 50), 0.01);
  g_assert_cmpfloat_with_epsilon (band->box.width, fabs (scale * 10), 0.01);
  g_assert_cmpfloat (band->box.height, >, 100);
  g_assert_cmpfloat_with_epsilon (target->x1, zero + scale * 95, 0.01);
  g_assert_cmpfloat_with_epsilon (target->x2, target->x1, 1e-9);
  g_assert_cmpfloat (fabs (target->y2 - target->y1), >, 100);
  g_assert_true (has_text (scene, "Midway"));
  g_assert_true (has_text (scene, g_str_equal (lang, "ar") ? "٩٥" : "95"));
  scene_test_assert_labels_fit (scene, where, covers_point);
  if (g_str_equal (lang, "en"))
    {
      const char *description = parity_scene_get_description (scene);

      g_assert_nonnull (strstr (description, "Band: Midway, 40 to 50."));
      g_assert_nonnull (strstr (description, "Target: 95."));
    }
}

static void
test_scatter_x (void)
{
  check_scatter_x ("en");
  check_scatter_x ("ar");
}

static void
test_kinds (gconstpointer data)
{
  const char *id = data;
  gboolean on_y = g_str_equal (id, "scatter") || g_str_equal (id, "slope");
  const char * const langs[] = { "en", "ar", "zh" };

  for (guint i = 0; i < G_N_ELEMENTS (langs); i++)
    check_kind (id, on_y, langs[i]);
}

/* Two bar charts of one scale group, a target of 1.5 on one only: the other's axis reaches it
 * too, so that both keep the same ticks. */
static void
test_scale_group (void)
{
  static const char json[] = PARITY_SCORES_HEAD
    "    {\"entity\": \"A\", \"period\": \"2019\", \"value\": 0.62},"
    "    {\"entity\": \"B\", \"period\": \"2019\", \"value\": 0.85} ] } ],"
    "  \"charts\": ["
    "    {\"id\": \"with\", \"kind\": \"bar\", \"title\": \"T\", \"indicator\": \"g\","
    "     \"period\": \"2019\", \"scale_group\": \"s\", \"targets\": [ {\"value\": 1.5} ] },"
    "    {\"id\": \"without\", \"kind\": \"bar\", \"title\": \"T\", \"indicator\": \"g\","
    "     \"period\": \"2019\", \"scale_group\": \"s\"} ] }";
  g_autoptr(ParityDataset) dataset = scene_test_load_string (json);
  g_autoptr(ParityScene) with = scene_test_layout (dataset, "with", 1000, 700);
  g_autoptr(ParityScene) without = scene_test_layout (dataset, "without", 1000, 700);
  const char * const *ticks = parity_scene_get_value_ticks (without);
  guint n = g_strv_length ((char **)ticks);

  g_assert_cmpuint (n, >=, 3);
  g_assert_cmpfloat (g_ascii_strtod (ticks[n - 1], NULL), >=, 1.5);
  g_assert_true (g_strv_equal (ticks, parity_scene_get_value_ticks (with)));
}

static void
test_errors (void)
{
  const SceneTestErrorCase cases[] = {
    { "\"bands\": [ {\"from\": 1.02, \"to\": 0.98} ]",
      "$.charts[0].bands[0].to: \"to\" must be greater than \"from\"" },
    { "\"bands\": [ {\"from\": 1, \"to\": 1} ]",
      "$.charts[0].bands[0].to: \"to\" must be greater than \"from\"" },
    { "\"bands\": [ {\"from\": \"a\", \"to\": 1} ]", "$.charts[0].bands[0].from" },
    { "\"bands\": [ {\"to\": 1} ]", "$.charts[0].bands[0]" },
    { "\"bands\": [ {\"from\": 0, \"to\": 1, \"colour\": 1} ]", "$.charts[0].bands[0]" },
    { "\"targets\": [ {\"value\": 1, \"period\": \"2030\"} ]",
      "$.charts[0].targets[0].period: a target's \"period\" is for a line chart" },
    { "\"targets\": [ {} ]", "$.charts[0].targets[0]" },
    { "\"targets\": [ {\"value\": 1}, {\"value\": 1}, {\"value\": 1}, {\"value\": 1},"
      " {\"value\": 1}, {\"value\": 1}, {\"value\": 1}, {\"value\": 1}, {\"value\": 1} ]",
      "$.charts[0].targets: \"targets\" has more than 8 entries" },
    { "\"bands\": [ {\"from\": 0, \"to\": 1, \"axis\": \"x\"} ]",
      "$.charts[0].bands[0].axis: \"axis\" is for a scatter plot" },
    { "\"targets\": [ {\"value\": 1, \"axis\": \"z\"} ]", "$.charts[0].targets[0].axis" },
    { "\"targets\": [ {\"value\": 1, \"axis\": 1} ]", "$.charts[0].targets[0].axis" },
  };

  const SceneTestErrorCase line_cases[] = {
    { "\"targets\": [ {\"value\": 100, \"period\": \"by 2030\"} ]",
      "$.charts[0].targets[0].period: \"by 2030\" is not a year" },
    { "\"targets\": [ {\"value\": 100, \"period\": 2030} ]", "$.charts[0].targets[0].period" },
    { "\"scale\": \"log\", \"bands\": [ {\"from\": 1, \"to\": 2} ]",
      "$.charts[0].bands: \"bands\" are not drawn on a log scale" },
    { "\"scale\": \"log\", \"targets\": [ {\"value\": 100} ]",
      "$.charts[0].targets: \"targets\" are not drawn on a log scale" },
  };

  scene_test_assert_chart_errors ("\"kind\": \"bar\", \"period\": \"2019\", ", cases,
                                  G_N_ELEMENTS (cases));
  const SceneTestErrorCase no_axis_cases[] = {
    { "\"bands\": [ {\"from\": 0, \"to\": 1} ]",
      "$.charts[0].bands: \"bands\" need a value axis, which a" },
    { "\"targets\": [ {\"value\": 1} ]",
      "$.charts[0].targets: \"targets\" need a value axis, which a" },
  };
  const SceneTestErrorCase scatter_cases[] = {
    { "\"x\": {\"indicator\": \"p\", \"scale\": \"log\"},"
      " \"targets\": [ {\"value\": 5, \"axis\": \"x\"} ]",
      "$.charts[0].targets: \"targets\" are not drawn on a log scale" },
    { "\"x\": {\"indicator\": \"p\"}, \"y\": {\"scale\": \"log\"},"
      " \"bands\": [ {\"from\": 1, \"to\": 2} ]",
      "$.charts[0].bands: \"bands\" are not drawn on a log scale" },
  };
  const char * const no_axis[] = { "\"kind\": \"pie\", \"period\": \"2019\", ",
                                   "\"kind\": \"donut\", \"period\": \"2019\", ",
                                   "\"kind\": \"map\", \"period\": \"2019\", " };

  scene_test_assert_chart_errors ("\"kind\": \"line\", ", line_cases,
                                  G_N_ELEMENTS (line_cases));
  scene_test_assert_chart_errors ("\"kind\": \"scatter\", \"period\": \"2019\", ",
                                  scatter_cases, G_N_ELEMENTS (scatter_cases));
  for (guint i = 0; i < G_N_ELEMENTS (no_axis); i++)
    scene_test_assert_chart_errors (no_axis[i], no_axis_cases, G_N_ELEMENTS (no_axis_cases));
  /* A target's year is a line chart's only: the other kinds' axes have no time. */
  scene_test_assert_chart_errors ("\"kind\": \"strip\", \"period\": \"2019\", ", cases + 5,
                                  1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/bands/bars/horizontal", test_horizontal_bars);
  g_test_add_func ("/bands/bars/vertical", test_vertical_bars);
  g_test_add_func ("/bands/description", test_description);
  g_test_add_func ("/bands/line", test_line);
  g_test_add_func ("/bands/dumbbell", test_dumbbell);
  g_test_add_data_func ("/bands/range", "range", test_kinds);
  g_test_add_data_func ("/bands/range-rows", "range-rows", test_kinds);
  g_test_add_data_func ("/bands/strip", "strip", test_kinds);
  g_test_add_data_func ("/bands/scatter", "scatter", test_kinds);
  g_test_add_data_func ("/bands/slope", "slope", test_kinds);
  g_test_add_func ("/bands/scatter-x", test_scatter_x);
  g_test_add_func ("/bands/scale-group", test_scale_group);
  g_test_add_func ("/bands/errors", test_errors);
  return g_test_run ();
}
