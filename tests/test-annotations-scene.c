/* test-annotations-scene.c: a chart's "annotations", asserted on the scene: placed clear of
 * every label, mark and line, near what they are about, moved where dragged, mirrored in
 * Arabic, read out and listed as notes, warned about when there is no room, refused at
 * their JSON path when wrong
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "scene-test-util.h"
#include "parity-figure.h"
#include "parity-i18n.h"
#include "parity-layout.h"
#include "parity-loader.h"

#define ITEM(array, i) ((const ParityItem *)g_ptr_array_index ((array), (i)))

/* Eight economies by internet use, a bar chart and a line chart of them, each with
 * @annotations (members of the chart objects, after a comma). */
static char *
dataset_json (const char *bar_annotations,
              const char *line_annotations)
{
  GString *out = g_string_new (
    "{ \"format\": \"parity-dataset\", \"version\": 1, \"default_language\": \"en\","
    "  \"title\": \"t\", \"sources\": [], \"entities\": [");
  static const char * const ids[] = { "A", "B", "C", "D", "E", "F", "G", "H" };
  static const double values[][3] = { { 20, 25, 31 }, { 35, 41, 44 }, { 50, 52, 58 },
                                      { 61, 66, 70 }, { 72, 75, 80 }, { 81, 85, 86 },
                                      { 44, 40, 47 }, { 12, 18, 19 } };

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    g_string_append_printf (out, "%s{\"id\": \"%s\", \"label\": {\"en\": \"%sland\", "
                            "\"ar\": \"بلد %s\"}}", i ? ", " : "", ids[i], ids[i], ids[i]);
  g_string_append (out, "], \"indicators\": [ {\"id\": \"u\", \"label\": \"Internet use\","
                   " \"unit\": {\"kind\": \"percent\"}, \"decimals\": 1, \"observations\": [");
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    for (guint y = 0; y < 3; y++)
      g_string_append_printf (out, "%s{\"entity\": \"%s\", \"period\": \"%u\", \"value\": %g}",
                              i + y ? ", " : "", ids[i], 2017 + y, values[i][y]);
  g_string_append_printf (out,
    "] } ], \"charts\": ["
    " {\"id\": \"bars\", \"kind\": \"bar\", \"title\": \"Bars\", \"indicator\": \"u\","
    "  \"period\": \"2019\", \"sort\": \"descending\"%s%s},"
    " {\"id\": \"lines\", \"kind\": \"line\", \"title\": \"Lines\", \"indicator\": \"u\"%s%s}"
    " ] }", *bar_annotations ? ", " : "", bar_annotations,
    *line_annotations ? ", " : "", line_annotations);
  return g_string_free (out, FALSE);
}

static const char *
covers_mark (const ParityItem *text,
             const ParityItem *other)
{
  if (text->role != PARITY_ROLE_ANNOTATION)
    return NULL;
  if (other->role == PARITY_ROLE_MARK && other->kind != PARITY_ITEM_PATH)
    return "a mark";
  if (other->role == PARITY_ROLE_REFERENCE && other->kind == PARITY_ITEM_LINE)
    return "a reference line";
  return NULL;
}

/* Whether the segment from (x1, y1) to (x2, y2) passes through @r, sampled finely. */
static gboolean
segment_hits (double            x1,
              double            y1,
              double            x2,
              double            y2,
              const ParityRect *r)
{
  for (guint k = 0; k <= 200; k++)
    {
      double x = x1 + (x2 - x1) * k / 200.0, y = y1 + (y2 - y1) * k / 200.0;

      if (x >= r->x && x <= r->x + r->width && y >= r->y && y <= r->y + r->height)
        return TRUE;
    }
  return FALSE;
}

/* No annotation lies on a line of the chart (paths, which the label placer does not see). */
static void
assert_clear_of_lines (ParityScene *scene)
{
  g_autoptr(GPtrArray) texts = scene_test_items (scene, PARITY_ROLE_ANNOTATION,
                                                 PARITY_ITEM_TEXT);
  g_autoptr(GPtrArray) paths = scene_test_items (scene, PARITY_ROLE_MARK, PARITY_ITEM_PATH);

  for (guint i = 0; i < texts->len; i++)
    for (guint p = 0; p < paths->len; p++)
      {
        const ParityPoint *points = (const ParityPoint *)ITEM (paths, p)->points->data;

        for (guint k = 1; k < ITEM (paths, p)->points->len; k++)
          if (segment_hits (points[k - 1].x, points[k - 1].y, points[k].x, points[k].y,
                            &ITEM (texts, i)->box))
            g_error ("\"%s\" lies on a line", ITEM (texts, i)->text);
      }
}

static const ParityItem *
annotation_text (ParityScene *scene,
                 guint        index)
{
  g_autoptr(GPtrArray) texts = scene_test_items (scene, PARITY_ROLE_ANNOTATION,
                                                 PARITY_ITEM_TEXT);

  for (guint i = 0; i < texts->len; i++)
    if (ITEM (texts, i)->annotation == index)
      return ITEM (texts, i);
  return NULL;
}

static const ParityItem *
bar_of (ParityScene *scene,
        guint32      entity)
{
  g_autoptr(GPtrArray) bars = scene_test_items (scene, PARITY_ROLE_MARK, PARITY_ITEM_RECT);

  for (guint i = 0; i < bars->len; i++)
    if (ITEM (bars, i)->has_datum && ITEM (bars, i)->datum.entity == entity)
      return ITEM (bars, i);
  g_assert_not_reached ();
}

/* What a note on a bar is about: the bar's end and its value's label. */
static ParityRect
bar_and_value (ParityScene      *scene,
               const ParityItem *bar)
{
  g_autoptr(GPtrArray) labels = scene_test_items (scene, PARITY_ROLE_VALUE_LABEL,
                                                  PARITY_ITEM_TEXT);
  for (guint i = 0; i < labels->len; i++)
    {
      const ParityRect *label = &ITEM (labels, i)->box;
      double top = MIN (bar->box.y, label->y);
      /* Mirrored, a bar ends on its left. */
      double end = label->x < bar->box.x ? bar->box.x : bar->box.x + bar->box.width;
      double left = MIN (end, label->x), right = MAX (end, label->x + label->width);

      if (ITEM (labels, i)->has_datum && ITEM (labels, i)->datum.entity == bar->datum.entity)
        return (ParityRect) { left, top, right - left,
                              MAX (bar->box.y + bar->box.height, label->y + label->height) -
                              top };
    }
  g_assert_not_reached ();
}

static double
distance (const ParityRect *a,
          const ParityRect *b)
{
  double dx = MAX (0, MAX (a->x - (b->x + b->width), b->x - (a->x + a->width)));
  double dy = MAX (0, MAX (a->y - (b->y + b->height), b->y - (a->y + a->height)));

  return hypot (dx, dy);
}

/* Annotations on bars, on a value and at a point of the plot: each finds its own place,
 * clear of every label and bar, and stays near the bar it is about. */
static void
test_no_overlap (void)
{
  g_autofree char *json = dataset_json (
    "\"annotations\": ["
    " {\"text\": {\"en\": \"Top of the list\", \"ar\": \"في المقدمة\"}, \"entity\": \"F\"},"
    " {\"text\": \"Up 4 points\", \"entity\": \"D\", \"connector\": \"arrow\"},"
    " {\"text\": \"Up 3 points\", \"entity\": \"B\"},"
    " {\"text\": \"Lowest\", \"entity\": \"H\"},"
    " {\"text\": \"Half\", \"value\": 50},"
    " {\"text\": \"Middle of the plot\", \"x\": 0.5, \"y\": 0.5} ]", "");
  g_autoptr(ParityDataset) dataset = scene_test_load_string (json);
  const char *langs[] = { "en", "ar" };

  for (guint l = 0; l < G_N_ELEMENTS (langs); l++)
    {
      g_autoptr(ParityScene) scene = scene_test_layout_in (dataset, "bars", langs[l], 700, 450);
      g_autoptr(GPtrArray) texts = scene_test_items (scene, PARITY_ROLE_ANNOTATION,
                                                     PARITY_ITEM_TEXT);
      const char *about[] = { "F", "D", "B", "H" };

      g_assert_cmpuint (texts->len, ==, 6);
      g_assert_null (parity_scene_get_warnings (scene)[0]);
      scene_test_assert_labels_fit (scene, langs[l], covers_mark);
      for (guint i = 0; i < G_N_ELEMENTS (about); i++)
        {
          guint32 entity = parity_dataset_lookup_entity (dataset, about[i]);

          g_assert_cmpfloat (distance (&annotation_text (scene, i)->box,
                                       &bar_of (scene, entity)->box), <,
                             parity_scene_get_width (scene) / 4);
        }
    }
}

/* Annotations on a line chart keep off the lines, and one anchored to a point in the
 * middle of a line is beside that point. */
static void
test_line (void)
{
  g_autofree char *json = dataset_json ("",
    "\"annotations\": ["
    " {\"text\": \"A jump\", \"entity\": \"A\", \"period\": \"2018\"},"
    " {\"text\": \"Dip in 2018\", \"entity\": \"G\", \"period\": \"2018\"},"
    " {\"text\": \"Latest\", \"entity\": \"F\"},"
    " {\"text\": \"Half\", \"value\": 50} ]");
  g_autoptr(ParityDataset) dataset = scene_test_load_string (json);
  g_autoptr(ParityScene) scene = scene_test_layout (dataset, "lines", 700, 450);

  g_assert_cmpuint (parity_scene_count_role (scene, PARITY_ROLE_ANNOTATION), ==, 4);
  scene_test_assert_labels_fit (scene, "line", covers_mark);
  assert_clear_of_lines (scene);
}

/* Dragged (dx, dy): the text is centred there when that is clear; a connector joins another
 * to its bar. In Arabic, the whole is mirrored: the text is left of where it is in English. */
static void
test_moved (void)
{
  g_autofree char *json = dataset_json (
    "\"annotations\": [ {\"text\": {\"en\": \"Moved\", \"ar\": \"منقول\"}, \"entity\": \"H\","
    " \"dx\": 250, \"dy\": -40, \"connector\": \"none\"},"
    " {\"text\": \"Joined\", \"entity\": \"H\", \"dx\": 330, \"dy\": -25} ]", "");
  g_autoptr(ParityDataset) dataset = scene_test_load_string (json);
  g_autoptr(ParityScene) en = scene_test_layout_in (dataset, "bars", "en", 700, 450);
  g_autoptr(ParityScene) ar = scene_test_layout_in (dataset, "bars", "ar", 700, 450);
  const ParityItem *bar = bar_of (en, parity_dataset_lookup_entity (dataset, "H"));
  const ParityItem *text = annotation_text (en, 0), *text_ar = annotation_text (ar, 0);
  const ParityItem *joined;
  ParityRect about = bar_and_value (en, bar);
  ParityPoint at = { about.x + about.width / 2, about.y + about.height / 2 };
  g_autoptr(GPtrArray) connectors = scene_test_items (en, PARITY_ROLE_ANNOTATION_CONNECTOR,
                                                      PARITY_ITEM_LINE);

  g_assert_nonnull (text);
  /* From the bar's end and its value, what a note on a bar is about. */
  g_assert_cmpfloat_with_epsilon (text->box.x + text->box.width / 2, at.x + 250, 1);
  g_assert_cmpfloat_with_epsilon (text->box.y + text->box.height / 2, at.y - 40, 1);
  g_assert_cmpuint (connectors->len, ==, 1);
  g_assert_cmpuint (ITEM (connectors, 0)->annotation, ==, 1);
  joined = annotation_text (en, 1);
  if (joined == NULL)
    g_error ("the second annotation is not drawn");
  g_assert_cmpfloat_with_epsilon (joined->box.x + joined->box.width / 2, at.x + 330, 1);
  g_assert_cmpfloat (distance (&ITEM (connectors, 0)->box, &about), <, 3);
  g_assert_cmpfloat (distance (&ITEM (connectors, 0)->box, &joined->box), <, 3);
  /* Mirrored, as every item is: as far left of the bar's end in Arabic. */
  g_assert_nonnull (text_ar);
  about = bar_and_value (ar, bar_of (ar, bar->datum.entity));
  g_assert_cmpfloat_with_epsilon (text_ar->box.x + text_ar->box.width / 2,
                                  about.x + about.width / 2 - 250, 1);
}

/* A drag onto a bar is not obeyed: the text goes to the next clear place. */
static void
test_moved_onto_mark (void)
{
  g_autofree char *json = dataset_json (
    "\"annotations\": [ {\"text\": \"Here\", \"entity\": \"F\", \"dx\": 0, \"dy\": 0} ]", "");
  g_autoptr(ParityDataset) dataset = scene_test_load_string (json);
  g_autoptr(ParityScene) scene = scene_test_layout (dataset, "bars", 700, 450);

  g_assert_nonnull (annotation_text (scene, 0));
  scene_test_assert_labels_fit (scene, "onto a bar", covers_mark);
}

/* Too many long annotations for a small chart: each is drawn (perhaps shortened) or named
 * in a warning, never left out silently; none overlaps anything. */
static void
test_crowded (void)
{
  GString *members = g_string_new ("\"annotations\": [");
  g_autofree char *json = NULL;
  g_autoptr(ParityDataset) dataset = NULL;
  g_autoptr(ParityScene) scene = NULL;
  const char * const *warnings;
  guint n_warned = 0;

  for (guint i = 0; i < 12; i++)
    g_string_append_printf (members, "%s{\"text\": \"Annotation number %u, which says a great "
                            "deal about this economy and its neighbours\", \"entity\": \"%c\"}",
                            i ? ", " : "", i, 'A' + i % 8);
  g_string_append (members, "]");
  json = dataset_json (members->str, "");
  g_string_free (members, TRUE);
  dataset = scene_test_load_string (json);
  scene = scene_test_layout (dataset, "bars", 320, 240);
  warnings = parity_scene_get_warnings (scene);
  for (guint i = 0; warnings[i] != NULL; i++)
    n_warned += strstr (warnings[i], "finds no room") != NULL;
  g_assert_cmpuint (n_warned, >, 0);
  g_assert_cmpuint (parity_scene_count_role (scene, PARITY_ROLE_ANNOTATION) + n_warned, ==,
                    12);
  scene_test_assert_labels_fit (scene, "crowded", covers_mark);
}

/* The description reads each annotation out, in the chart's language, and the data table's
 * notes list them. */
static void
test_description (void)
{
  g_autofree char *json = dataset_json (
    "\"annotations\": [ {\"text\": \"Lowest\", \"entity\": \"H\"},"
    " {\"text\": \"Half\", \"value\": 50} ]", "");
  g_autoptr(ParityDataset) dataset = scene_test_load_string (json);
  g_autoptr(ParityScene) scene = scene_test_layout (dataset, "bars", 700, 450);
  const char * const *notes = parity_scene_get_table_notes (scene);

  g_assert_nonnull (strstr (parity_scene_get_description (scene),
                            "Annotation on Hland, 2019: Lowest."));
  g_assert_nonnull (strstr (parity_scene_get_description (scene), "Annotation: Half."));
  g_assert_cmpstrv (notes, ((const char * const[]) { "Annotation on Hland, 2019: Lowest",
                                                     "Annotation: Half", NULL }));
}

/* The CSV and Markdown beside an export list the annotations as notes, escaped as every
 * text from the dataset: a note that looks like a heading, a formula or a table cell's end
 * stays text. */
static void
test_exported_notes (void)
{
  g_autofree char *json = dataset_json (
    "\"annotations\": [ {\"text\": \"# =1+1 | not a cell\", \"entity\": \"H\"} ]", "");
  g_autoptr(ParityDataset) dataset = scene_test_load_string (json);
  g_autofree char *dir = g_dir_make_tmp ("parity-annotations-XXXXXX", NULL);
  g_autofree char *png = g_build_filename (dir, "bars.png", NULL);
  g_autofree char *csv_path = g_build_filename (dir, "bars.csv", NULL);
  g_autofree char *md_path = g_build_filename (dir, "bars.md", NULL);
  const char *sidecars[] = { csv_path, md_path, NULL };
  ParityLayoutOptions layout = { 500, 320, NULL };
  g_autofree char *csv = NULL, *md = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (dir);
  g_assert_true (parity_figure_export_with_data (dataset,
                                                 parity_dataset_find_chart (dataset, "bars"),
                                                 &layout, PARITY_EXPORT_PNG, 72, png, sidecars,
                                                 NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (csv_path, &csv, NULL, NULL));
  g_assert_true (g_file_get_contents (md_path, &md, NULL, NULL));
  g_assert_nonnull (strstr (csv, ",,,\"Annotation on Hland, 2019: # =1+1 | not a cell\",,,"
                                 "note,\r\n"));
  g_assert_nonnull (strstr (md, "\n- Annotation on Hland, 2019: \\# =1+1 \\| not a cell\n"));
  g_unlink (png);
  g_unlink (csv_path);
  g_unlink (md_path);
  g_rmdir (dir);
}

/* `i18n extract` gives each annotation an entry named by the chart and its place, and
 * `merge` brings its translation back. */
static void
test_extract (void)
{
  g_autofree char *json = dataset_json (
    "\"annotations\": [ {\"text\": \"Lowest\", \"entity\": \"H\"} ]", "");
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));
  g_autoptr(GError) error = NULL;
  ParityI18n *i18n = parity_i18n_new (bytes, "inline.json", &error);
  const ParityI18nEntry *entry;

  g_assert_no_error (error);
  entry = parity_i18n_lookup (i18n, "chart:bars:annotations[0].text");
  g_assert_nonnull (entry);
  g_assert_cmpstr (entry->msgid, ==, "Lowest");
  g_assert_cmpstr (entry->path, ==, "$.charts[0].annotations[0].text");

  /* merge writes a translation back into that annotation, which the French chart draws. */
  {
    g_autoptr(GPtrArray) messages = g_ptr_array_new_with_free_func (
      (GDestroyNotify)parity_i18n_message_free);
    g_auto(ParityI18nReport) report = { 0 };
    g_autoptr(GBytes) merged = NULL;
    g_autoptr(ParityDataset) dataset = NULL;
    g_autoptr(ParityScene) scene = NULL;
    g_autoptr(GPtrArray) texts = NULL;

    g_ptr_array_add (messages, parity_i18n_message_new ("chart:bars:annotations[0].text",
                                                        "Lowest", "Le plus bas", FALSE));
    merged = parity_i18n_merge (i18n, "fr", messages, &report, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (report.n_merged, ==, 1);
    dataset = parity_dataset_load_bytes (merged, "merged.json", &error);
    g_assert_no_error (error);
    scene = scene_test_layout_in (dataset, "bars", "fr", 700, 450);
    texts = scene_test_items (scene, PARITY_ROLE_ANNOTATION, PARITY_ITEM_TEXT);
    g_assert_cmpuint (texts->len, ==, 1);
    g_assert_cmpstr (ITEM (texts, 0)->text, ==, "Le plus bas");
  }
  parity_i18n_free (i18n);
}

static void
test_errors (void)
{
  const SceneTestErrorCase cases[] = {
    { "\"annotations\": [ {\"text\": \"x\", \"entity\": \"Z\"} ]",
      "$.charts[0].annotations[0].entity: no entity has the id \"Z\"" },
    { "\"annotations\": [ {\"text\": \"x\", \"entity\": \"A\", \"period\": \"2020\"} ]",
      "$.charts[0].annotations[0].period: the chart has no value of \"A\" in \"2020\"" },
    { "\"annotations\": [ {\"text\": \"x\", \"entity\": \"A\", \"value\": 1} ]",
      "$.charts[0].annotations[0]: an annotation is anchored to one of" },
    { "\"annotations\": [ {\"text\": \"x\"} ]",
      "$.charts[0].annotations[0]: an annotation is anchored to one of" },
    { "\"annotations\": [ {\"text\": \"x\", \"value\": 1, \"period\": \"2019\"} ]",
      "$.charts[0].annotations[0].period: \"period\" goes with an \"entity\"" },
    { "\"annotations\": [ {\"text\": \"x\", \"x\": 1.5, \"y\": 0} ]",
      "$.charts[0].annotations[0].x: \"x\" is a fraction of the plot" },
    { "\"annotations\": [ {\"text\": \"x\", \"x\": 0.5} ]", "$.charts[0].annotations[0]" },
    { "\"annotations\": [ {\"text\": \"x\", \"value\": 1, \"dx\": 5000} ]",
      "$.charts[0].annotations[0].dx: \"dx\" is an offset of at most 2000 pt" },
    { "\"annotations\": [ {\"text\": \"x\", \"value\": 1, \"connector\": \"curve\"} ]",
      "$.charts[0].annotations[0].connector: \"curve\" is not one of line, arrow, none" },
    { "\"annotations\": [ {\"text\": {\"en\": \"\"}, \"value\": 1} ]",
      "$.charts[0].annotations[0].text.en: an annotation's text is empty" },
    { "\"annotations\": [ {\"text\": {\"en\": \"x\", \"fr\": \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
      "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
      "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"}, \"value\": 1} ]",
      "$.charts[0].annotations[0].text.fr: an annotation of 166 characters is too long" },
    { "\"annotations\": [ {\"text\": \"x\", \"value\": 1, \"colour\": \"red\"} ]",
      "$.charts[0].annotations[0].colour: unknown member \"colour\"" },
    { "\"annotations\": [ 1 ]", "$.charts[0].annotations[0]" },
    { "\"annotations\": {}", "$.charts[0].annotations" },
    { "\"annotations\": [ {\"value\": 1}, {\"value\": 1}, {\"value\": 1}, {\"value\": 1},"
      " {\"value\": 1}, {\"value\": 1}, {\"value\": 1}, {\"value\": 1}, {\"value\": 1},"
      " {\"value\": 1}, {\"value\": 1}, {\"value\": 1}, {\"value\": 1} ]",
      "$.charts[0].annotations: \"annotations\" has more than 12 entries" },
  };

  scene_test_assert_chart_errors ("\"kind\": \"bar\", \"period\": \"2019\", ", cases,
                                  G_N_ELEMENTS (cases));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/annotations/no-overlap", test_no_overlap);
  g_test_add_func ("/annotations/line", test_line);
  g_test_add_func ("/annotations/moved", test_moved);
  g_test_add_func ("/annotations/moved-onto-mark", test_moved_onto_mark);
  g_test_add_func ("/annotations/crowded", test_crowded);
  g_test_add_func ("/annotations/description", test_description);
  g_test_add_func ("/annotations/exported-notes", test_exported_notes);
  g_test_add_func ("/annotations/extract", test_extract);
  g_test_add_func ("/annotations/errors", test_errors);
  return g_test_run ();
}
