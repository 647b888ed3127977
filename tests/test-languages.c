/* test-languages.c: every bundled chart in every UN language — glyphs, labels, direction
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "parity-chart-words.h"
#include "parity-layout.h"
#include "parity-loader.h"
#include "parity-preset.h"
#include "scene-test-util.h"

static const char * const languages[] = { "en", "ar", "es", "fr", "ru", "zh", NULL };

static ParityDataset *bundled;

static ParityScene *
layout_of (ParityDataset *dataset,
           const char    *chart,
           const char    *lang,
           double         width,
           double         height)
{
  ParityLayoutOptions options = { width, height, lang };
  g_autoptr(GError) error = NULL;
  ParityScene *scene = parity_layout_chart (dataset, parity_dataset_find_chart (dataset, chart),
                                            &options, &error);

  g_assert_no_error (error);
  return scene;
}

/* A chart of the WSIS dataset. */
static ParityScene *
layout (const char *chart,
        const char *lang,
        double      width,
        double      height)
{
  return layout_of (bundled, chart, lang, width, height);
}

/* No glyph missing from the fonts (no boxes), no text overlapping another, none outside. */
static void
test_chart_in_language (gconstpointer data)
{
  const SceneTestCase *c = data;
  guint n_presets;
  const ParityPreset *presets = parity_preset_get_all (&n_presets);

  for (guint p = 0; p < n_presets; p++)
    {
      g_autoptr(ParityScene) scene = layout_of (c->dataset, c->chart, c->lang,
                                                presets[p].width, presets[p].height);
      ParityRect canvas = { 0, 0, parity_scene_get_width (scene),
                            parity_scene_get_height (scene) };

      for (guint i = 0; i < parity_scene_get_n_items (scene); i++)
        {
          const ParityItem *a = parity_scene_get_item (scene, i);

          if (a->kind != PARITY_ITEM_TEXT)
            continue;
          if (pango_layout_get_unknown_glyphs_count (a->layout) != 0)
            g_error ("%s in %s at %s: \"%s\" has glyphs no font covers", c->chart, c->lang,
                     presets[p].name, a->text);
          if (!parity_rect_contains_rect (&canvas, &a->box))
            g_error ("%s in %s at %s: \"%s\" leaves the canvas", c->chart, c->lang,
                     presets[p].name, a->text);
          for (guint j = i + 1; j < parity_scene_get_n_items (scene); j++)
            {
              const ParityItem *b = parity_scene_get_item (scene, j);

              if (b->kind == PARITY_ITEM_TEXT && parity_rect_intersects (&a->box, &b->box))
                g_error ("%s in %s at %s: \"%s\" overlaps \"%s\"", c->chart, c->lang,
                         presets[p].name, a->text, b->text);
            }
        }
    }
}

/* Arabic mirrors the frame: category labels right of the bars, bars growing leftward from
 * one zero line on the right, the title flush right. */
static void
test_arabic_is_mirrored (void)
{
  g_autoptr(ParityScene) en = layout ("internet-use-by-development", "en", 453.5, 283.5);
  g_autoptr(ParityScene) ar = layout ("internet-use-by-development", "ar", 453.5, 283.5);
  double w = parity_scene_get_width (ar);
  double bars_right = -1, bars_left = G_MAXDOUBLE, labels_left = G_MAXDOUBLE;
  guint n_bars = 0;

  for (guint i = 0; i < parity_scene_get_n_items (ar); i++)
    {
      const ParityItem *item = parity_scene_get_item (ar, i);

      if (item->role == PARITY_ROLE_MARK && item->kind == PARITY_ITEM_RECT)
        {
          /* Every bar ends at the same zero line, on the right. */
          if (bars_right >= 0)
            g_assert_cmpfloat_with_epsilon (item->box.x + item->box.width, bars_right, 1e-6);
          bars_right = item->box.x + item->box.width;
          bars_left = MIN (bars_left, item->box.x);
          n_bars++;
        }
      if (item->role == PARITY_ROLE_CATEGORY_LABEL)
        labels_left = MIN (labels_left, item->box.x);
      if (item->role == PARITY_ROLE_TITLE)
        g_assert_cmpfloat (item->box.x + item->box.width, >, w * 0.9);
    }
  g_assert_cmpuint (n_bars, ==, 3);
  g_assert_cmpfloat (labels_left, >=, bars_right);
  g_assert_cmpfloat (bars_left, <, w / 2);

  /* The English chart is the mirror image: its labels are left of its bars. */
  for (guint i = 0; i < parity_scene_get_n_items (en); i++)
    {
      const ParityItem *item = parity_scene_get_item (en, i);

      if (item->role == PARITY_ROLE_CATEGORY_LABEL)
        g_assert_cmpfloat (item->box.x + item->box.width, <, w / 2);
    }
}

/* Numbers follow the chart's language, not the process's. */
static void
test_numbers_follow_chart_language (void)
{
  g_autoptr(ParityScene) fr = layout ("internet-use-by-development", "fr", 453.5, 283.5);
  g_autoptr(ParityScene) ar = layout ("internet-use-by-development", "ar", 453.5, 283.5);
  gboolean fr_found = FALSE, ar_found = FALSE;

  for (guint i = 0; i < parity_scene_get_n_items (fr); i++)
    fr_found |= g_strcmp0 (parity_scene_get_item (fr, i)->text, "86,6\xE2\x80\xAF%") == 0;
  for (guint i = 0; i < parity_scene_get_n_items (ar); i++)
    {
      const char *text = parity_scene_get_item (ar, i)->text;

      /* ٨٦٫٦ in Arabic-Indic digits. */
      ar_found |= text != NULL && strstr (text, "\xD9\xA8\xD9\xA6\xD9\xAB\xD9\xA6") != NULL;
    }
  g_assert_true (fr_found);
  g_assert_true (ar_found);
  g_assert_true (parity_chart_lang_is_rtl ("ar"));
  g_assert_true (parity_chart_lang_is_rtl ("ar-EG"));
  g_assert_false (parity_chart_lang_is_rtl ("fr"));
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GPtrArray) datasets = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) cases = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  path = parity_dataset_get_bundled_path ();
  bundled = parity_dataset_load_file (path, &error);
  g_assert_no_error (error);

  /* Every chart of every bundled dataset (the WSIS one and the one by economy). */
  cases = scene_test_add_bundled_cases ("/languages", languages, test_chart_in_language,
                                        datasets);
  g_test_add_func ("/languages/arabic-is-mirrored", test_arabic_is_mirrored);
  g_test_add_func ("/languages/numbers-follow-chart-language", test_numbers_follow_chart_language);
  status = g_test_run ();
  g_object_unref (bundled);
  return status;
}
