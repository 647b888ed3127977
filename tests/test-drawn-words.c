/* test-drawn-words.c: a chart in another language draws no English chart word
 *
 * The words a chart writes itself ("no data", "Gap"…) are looked up in the chart's
 * language (parity-chart-words.c). A word written in English in the code escapes that, and
 * only shows in a figure with the data that makes it drawn: here, missing values, so that
 * range, dumbbell and strip charts draw "No data" (and the strip chart its "median"), a
 * scatter plot with an economy in none of its groups, on a log axis, draws "Others" and "log
 * scale", and a slope chart its note of entities with one period only.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "parity-chart-words.h"
#include "parity-layout.h"
#include "parity-loader.h"
#include "parity-preset.h"
#include "scene-test-util.h"

static const char * const languages[] = { "ar", "es", "fr", "ru", "zh", NULL };
static const char * const charts[] = { "band", "rows", "dumbbell", "strip", "scatter",
                                       "slope" };

/* Names and labels that hold no English word, so that only a chart word can be one. */
static const char inline_json[] =
  "{ \"format\": \"parity-dataset\", \"version\": 1, \"default_language\": \"en\","
  "  \"title\": \"t\", \"sources\": [],"
  "  \"entities\": [ {\"id\": \"A\", \"label\": \"Alpha\"}, {\"id\": \"B\", \"label\": \"Beta\"},"
  "    {\"id\": \"C\", \"label\": \"Gamma\"}, {\"id\": \"D\", \"label\": \"Delta\"},"
  "    {\"id\": \"W\", \"label\": \"Mundus\"} ],"
  "  \"indicators\": ["
  "    {\"id\": \"g\", \"label\": \"G\", \"unit\": {\"kind\": \"percent\", \"symbol\": \"%\"},"
  "     \"observations\": ["
  "      {\"entity\": \"A\", \"period\": \"2019\", \"value\": 10},"
  "      {\"entity\": \"B\", \"period\": \"2019\", \"value\": 30},"
  "      {\"entity\": \"C\", \"period\": \"2019\", \"value\": null, \"qualifier\": \"missing\"},"
  "      {\"entity\": \"D\", \"period\": \"2019\", \"value\": null, \"qualifier\": \"missing\"},"
  "      {\"entity\": \"W\", \"period\": \"2019\", \"value\": 20} ] },"
  "    {\"id\": \"s\", \"label\": \"S\", \"unit\": {\"kind\": \"percent\", \"symbol\": \"%\"},"
  "     \"observations\": ["
  "      {\"entity\": \"A\", \"period\": \"2019\", \"breakdown\": {\"stat\": \"min\"}, \"value\": 10},"
  "      {\"entity\": \"A\", \"period\": \"2019\", \"breakdown\": {\"stat\": \"max\"}, \"value\": 40},"
  "      {\"entity\": \"B\", \"period\": \"2019\", \"breakdown\": {\"stat\": \"min\"}, \"value\": 30},"
  "      {\"entity\": \"B\", \"period\": \"2019\", \"breakdown\": {\"stat\": \"max\"}, \"value\": 70} ] },"
  "    {\"id\": \"p\", \"label\": \"P\", \"unit\": {\"kind\": \"percent\", \"symbol\": \"%\"},"
  "     \"observations\": ["
  "      {\"entity\": \"A\", \"period\": \"2013\", \"value\": 40},"
  "      {\"entity\": \"A\", \"period\": \"2019\", \"value\": 50},"
  "      {\"entity\": \"B\", \"period\": \"2013\", \"value\": 20},"
  "      {\"entity\": \"B\", \"period\": \"2019\", \"value\": null, \"qualifier\": \"missing\"} ] } ],"
  "  \"charts\": ["
  "    {\"id\": \"band\", \"kind\": \"range\", \"title\": \"T\", \"indicator\": \"g\","
  "     \"period\": \"2019\", \"entities\": [\"A\", \"B\", \"C\", \"D\"], \"reference\": \"W\"},"
  "    {\"id\": \"rows\", \"kind\": \"range\", \"title\": \"T\", \"indicator\": \"s\","
  "     \"period\": \"2019\", \"entities\": [\"A\", \"B\", \"C\"],"
  "     \"series\": [ {\"label\": \"Lo\", \"breakdown\": {\"stat\": \"min\"}},"
  "                   {\"label\": \"Hi\", \"breakdown\": {\"stat\": \"max\"}} ]},"
  "    {\"id\": \"dumbbell\", \"kind\": \"dumbbell\", \"title\": \"T\", \"indicator\": \"p\","
  "     \"series\": [ {\"period\": \"2013\"}, {\"period\": \"2019\"} ],"
  "     \"entities\": [\"A\", \"B\"]},"
  "    {\"id\": \"strip\", \"kind\": \"strip\", \"title\": \"T\", \"indicator\": \"g\","
  "     \"period\": \"2019\", \"reference\": \"W\", \"highlight\": [\"A\"],"
  "     \"groups\": [ {\"label\": \"Grex\", \"entities\": [\"A\", \"B\", \"C\", \"D\"]} ]},"
  "    {\"id\": \"scatter\", \"kind\": \"scatter\", \"title\": \"T\", \"indicator\": \"g\","
  "     \"period\": \"2019\", \"x\": {\"indicator\": \"p\", \"period\": \"2013\","
  "     \"scale\": \"log\"}, \"groups\": [ {\"label\": \"Prima\", \"entities\": [\"A\"]} ]},"
  "    {\"id\": \"slope\", \"kind\": \"slope\", \"title\": \"T\", \"indicator\": \"p\","
  "     \"series\": [ {\"period\": \"2013\"}, {\"period\": \"2019\"} ]} ] }";

static ParityDataset *dataset;
/* A literal piece of an English chart word, casefolded, and the word it is from. */
typedef struct
{
  char       *text;
  ParityWord  word;
} Piece;

static GArray *english;  /* the pieces of the English chart words */

typedef SceneTestCase Case;

static guint
count_letters (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p; p++)
    n += g_ascii_isalpha (*p);
  return n;
}

static void
piece_clear (gpointer data)
{
  g_free (((Piece *)data)->text);
}

/* Each English chart word, cut at its placeholders; the pieces with a word in them (three
 * letters or more: "e", "f" and "pp" are marks, not words) are what must not be drawn. */
static GArray *
english_pieces (void)
{
  g_autoptr(GRegex) placeholder = g_regex_new ("%(?:[0-9]+\\$)?s", 0, 0, NULL);
  GArray *pieces = g_array_new (FALSE, FALSE, sizeof (Piece));

  g_array_set_clear_func (pieces, piece_clear);
  for (guint w = 0; w < PARITY_N_WORDS; w++)
    {
      g_auto(GStrv) parts = g_regex_split (placeholder, parity_chart_word ("en", w), 0);

      for (guint i = 0; parts[i] != NULL; i++)
        if (count_letters (parts[i]) >= 3)
          g_array_append_val (pieces, ((Piece) { g_utf8_casefold (parts[i], -1), w }));
    }
  g_assert_cmpuint (pieces->len, >, 10);
  return pieces;
}

/* Whether @text holds @piece as words of its own ("asia" in "asia-pacífico", not "cis" in
 * "precisión"), and @lang's own translation of the word does not: Spanish says "Asia" too. */
static gboolean
holds_english (const char  *text,
               const Piece *piece,
               const char  *lang)
{
  g_autofree char *own = g_utf8_casefold (parity_chart_word (lang, piece->word), -1);
  gsize len = strlen (piece->text);

  if (strstr (own, piece->text) != NULL)
    return FALSE;
  for (const char *at = strstr (text, piece->text); at != NULL;
       at = strstr (at + 1, piece->text))
    {
      gboolean starts = at == text || !g_unichar_isalpha (g_utf8_get_char (
                                                            g_utf8_prev_char (at)));
      gboolean ends = at[len] == '\0' || !g_unichar_isalpha (g_utf8_get_char (at + len));

      if (starts && ends)
        return TRUE;
    }
  return FALSE;
}

/* Fails on any English chart word in @scene's texts, and on an English comma in a list of
 * names where the language has its own; returns whether a text holds @word (casefolded). */
static gboolean
assert_no_english (ParityScene *scene,
                   const Case  *c,
                   const char  *preset,
                   const char  *word)
{
  gboolean drew_word = FALSE;

  for (guint i = 0; i < parity_scene_get_n_items (scene); i++)
    {
      const ParityItem *item = parity_scene_get_item (scene, i);
      g_autofree char *text = NULL;

      if (item->kind != PARITY_ITEM_TEXT || item->text == NULL)
        continue;
      text = g_utf8_casefold (item->text, -1);
      drew_word |= word != NULL && strstr (text, word) != NULL;
      for (guint k = 0; k < english->len; k++)
        if (holds_english (text, &g_array_index (english, Piece, k), c->lang))
          g_error ("%s in %s at %s: \"%s\" holds the English \"%s\"", c->chart, c->lang,
                   preset, item->text, g_array_index (english, Piece, k).text);
      /* Names are listed with the language's own comma. */
      if ((g_str_equal (c->lang, "ar") || g_str_equal (c->lang, "zh")) &&
          strstr (item->text, ", ") != NULL)
        g_error ("%s in %s at %s: \"%s\" lists with an English comma", c->chart, c->lang,
                 preset, item->text);
    }
  return drew_word;
}

/* Every chart of a bundled dataset, at every preset. */
static void
test_bundled (gconstpointer data)
{
  const Case *c = data;
  guint n_presets;
  const ParityPreset *presets = parity_preset_get_all (&n_presets);

  for (guint p = 0; p < n_presets; p++)
    {
      g_autoptr(ParityScene) scene = scene_test_layout_in (c->dataset, c->chart, c->lang,
                                                           presets[p].width,
                                                           presets[p].height);

      assert_no_english (scene, c, presets[p].name, NULL);
    }
}

static void
test_no_english (gconstpointer data)
{
  const Case *c = data;
  guint n_presets;
  const ParityPreset *presets = parity_preset_get_all (&n_presets);
  gboolean drew_word = FALSE;
  /* The word the data make drawn: "No data", or a scatter plot's "Others". */
  ParityWord word = g_str_equal (c->chart, "scatter") ? PARITY_WORD_OTHERS : PARITY_WORD_NO_DATA;

  for (guint p = 0; p < n_presets; p++)
    {
      g_autoptr(ParityScene) scene = scene_test_layout_in (dataset, c->chart, c->lang,
                                                           presets[p].width,
                                                           presets[p].height);
      /* A slope chart has no row to say "no data" in: it names Beta, which lacks 2019. */
      g_autofree char *drawn = g_str_equal (c->chart, "slope")
                               ? parity_chart_word_with2 (c->lang, PARITY_WORD_ONLY_PERIOD,
                                                          "2013", "Beta")
                               : g_strdup (parity_chart_word (c->lang, word));
      g_autofree char *word_folded = g_utf8_casefold (drawn, -1);

      drew_word |= assert_no_english (scene, c, presets[p].name, word_folded);
    }
  /* The data are there to make it drawn: a test of nothing would pass as well. */
  g_assert_true (drew_word);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GPtrArray) cases = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) bundled = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) bundled_cases = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  dataset = scene_test_load_string (inline_json);
  english = english_pieces ();
  for (guint k = 0; k < G_N_ELEMENTS (charts); k++)
    for (guint l = 0; languages[l] != NULL; l++)
      {
        Case *c = g_new (Case, 1);
        g_autofree char *name = NULL;

        c->dataset = dataset;
        c->chart = charts[k];
        c->lang = languages[l];
        g_ptr_array_add (cases, c);
        name = g_strdup_printf ("/drawn-words/%s/%s", c->chart, c->lang);
        g_test_add_data_func (name, c, test_no_english);
      }
  /* Every chart of every bundled dataset: what a reader of each language gets. */
  bundled_cases = scene_test_add_bundled_cases ("/drawn-words/bundled", languages,
                                                test_bundled, bundled);
  status = g_test_run ();
  g_array_unref (english);
  g_object_unref (dataset);
  return status;
}
