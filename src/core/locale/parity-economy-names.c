/* parity-economy-names.c
 *
 * A World Bank file names its economies in English only; a chart of it in Arabic or Chinese
 * would mix scripts. An economy with no label in the chart's language is named with the
 * UN's own short name in that language (UNTERM, in the bundled classification; one of the
 * six official languages), else with CLDR's name through ICU (any language ICU knows, and
 * the economies UNTERM does not name), else as the dataset names it. The dataset's labels in
 * the chart's language always win: they are what its author chose.
 *
 * The other way, a table that names its countries without codes (ITU's country tables: "Viet
 * Nam", "Türkiye") finds each economy by any of these names, in any of the six languages.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include <string.h>

#include "parity-chart-words.h"
#include "parity-economies.h"
#include "parity-economy-names.h"
#include "parity-icu.h"

static const char * const un_langs[PARITY_N_UN_LANGS] = { "en", "fr", "es", "ru", "zh", "ar" };

/* Aggregates a chart names in its own words (the program's catalogs) when the data names
 * them in another language only; the codes are the World Bank's and M49's. */
static const struct { const char *code; ParityWord word; } aggregate_words[] = {
  { "LDC", PARITY_WORD_AGGREGATE_LDC }, { "199", PARITY_WORD_AGGREGATE_LDC },
  { "432", PARITY_WORD_AGGREGATE_LLDC }, { "722", PARITY_WORD_AGGREGATE_SIDS },
  { "HIC", PARITY_WORD_AGGREGATE_HIC }, { "UMC", PARITY_WORD_AGGREGATE_UMC },
  { "LMC", PARITY_WORD_AGGREGATE_LMC }, { "LIC", PARITY_WORD_AGGREGATE_LIC },
  { "MIC", PARITY_WORD_AGGREGATE_MIC }, { "LMY", PARITY_WORD_AGGREGATE_LMY },
  { "SSF", PARITY_WORD_AGGREGATE_SSF }, { "EAS", PARITY_WORD_AGGREGATE_EAS },
  { "ECS", PARITY_WORD_AGGREGATE_ECS }, { "LCN", PARITY_WORD_AGGREGATE_LCN },
  { "NAC", PARITY_WORD_AGGREGATE_NAC }, { "SAS", PARITY_WORD_AGGREGATE_SAS },
};

static int
un_lang_index (const char *lang)
{
  for (guint i = 0; i < PARITY_N_UN_LANGS; i++)
    {
      gsize n = strlen (un_langs[i]);

      if (g_ascii_strncasecmp (lang, un_langs[i], n) == 0 &&
          (lang[n] == '\0' || lang[n] == '-' || lang[n] == '_'))
        return i;
    }
  return -1;
}

/* CLDR's name of the region @alpha2 in @lang, interned; NULL when ICU has none. */
static const char *
cldr_name (const char *alpha2,
           const char *lang)
{
  char display[ULOC_FULLNAME_CAPACITY] = "";
  g_autofree char *region = NULL;
  g_autofree char *utf8 = NULL;
  UErrorCode status = U_ZERO_ERROR;
  UChar name[128];
  int32_t length;
  const ParityIcu *icu;

  if (alpha2 == NULL || (icu = parity_icu_get ()) == NULL)
    return NULL;
  icu->uloc_forLanguageTag (lang, display, sizeof display, NULL, &status);
  if (U_FAILURE (status) || *display == '\0')
    return NULL;
  region = g_strconcat ("und_", alpha2, NULL);
  length = icu->uloc_getDisplayCountry (region, display, name, G_N_ELEMENTS (name),
                                       &status);
  if (U_FAILURE (status) || length <= 0 || length >= (int32_t)G_N_ELEMENTS (name))
    return NULL;
  utf8 = g_utf16_to_utf8 ((const gunichar2 *)name, length, NULL, NULL, NULL);
  /* ICU answers a region it does not know with its code. */
  if (utf8 == NULL || g_str_equal (utf8, alpha2))
    return NULL;
  /* CLDR writes some names as they stand mid-sentence ("весь мир"); a label starts a
   * line. */
  {
    char upper[7] = { 0 };
    g_autofree char *capital = NULL;

    g_unichar_to_utf8 (g_unichar_totitle (g_utf8_get_char (utf8)), upper);
    capital = g_strconcat (upper, g_utf8_next_char (utf8), NULL);
    return g_intern_string (capital);
  }
}

/**
 * parity_economy_name:
 * @code: any code of an economy ("JPN", "JP", "392")
 * @lang: a BCP 47 language tag
 * @prefer_short: whether a shorter everyday name (CLDR's "Bolivia" for the UN's "Bolivia
 *   (Plurinational State of)") is better, as in a crowded column
 *
 * Returns: (transfer none) (nullable): the economy's name in @lang (or the world's, or an
 *   income group's or region's that the catalog of @lang translates), or %NULL when @code
 *   is no economy's or neither the UN nor CLDR names it in @lang
 */
const char *
parity_economy_name (const char *code,
                     const char *lang,
                     gboolean    prefer_short)
{
  const ParityEconomy *economy = parity_economies_lookup (code);
  const char *un = NULL, *cldr;
  int i;

  if (lang == NULL)
    return NULL;
  if (economy == NULL)
    {
      const char *id = NULL;

      /* The world is CLDR's region 001: "العالم", "世界". */
      if (parity_economies_identify (code, &id) == PARITY_ENTITY_WORLD)
        return cldr_name ("001", lang);
      for (guint a = 0; id != NULL && a < G_N_ELEMENTS (aggregate_words); a++)
        if (g_str_equal (id, aggregate_words[a].code))
          return parity_chart_word_translated (lang, aggregate_words[a].word);
      return NULL;
    }
  i = un_lang_index (lang);
  if (i >= 0)
    un = economy->names[i];
  if (un != NULL && !prefer_short)
    return un;
  cldr = cldr_name (economy->alpha2, lang);
  if (un == NULL)
    return cldr;
  return cldr != NULL && g_utf8_strlen (cldr, -1) < g_utf8_strlen (un, -1) ? cldr : un;
}

/* A name as a key: case and accents do not matter, nor spaces around it ("Türkiye",
 * "turkiye", "Côte d’Ivoire", "Cote d'Ivoire"). */
static char *
name_key (const char *name)
{
  g_autofree char *decomposed = g_utf8_normalize (name, -1, G_NORMALIZE_ALL);
  g_autofree char *folded = NULL;
  GString *key = g_string_new (NULL);

  if (decomposed == NULL)
    return g_string_free (key, FALSE);
  folded = g_utf8_casefold (decomposed, -1);
  for (const char *p = folded; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_ismark (c))
        continue;
      /* Typographic and typed apostrophes are one. */
      g_string_append_unichar (key, c == 0x2019 ? '\'' : c);
    }
  return g_strstrip (g_string_free (key, FALSE));
}

static void
index_name (GHashTable *names,
            const char *name,
            const char *id)
{
  g_autofree char *key = NULL;
  const char *known;

  if (name == NULL)
    return;
  key = name_key (name);
  known = g_hash_table_lookup (names, key);
  /* A name two economies share names neither. */
  if (known == NULL)
    g_hash_table_insert (names, g_steal_pointer (&key), (gpointer)id);
  else if (*known != '\0' && !g_str_equal (known, id))
    g_hash_table_insert (names, g_steal_pointer (&key), (gpointer)"");
}

/* Every economy's UN names and CLDR names in the six languages → its id. */
static GHashTable *
make_name_index (void)
{
  GHashTable *names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  ParityClassification *classification = parity_classification_get_default (NULL);

  for (guint i = 0; classification != NULL &&
                    i < parity_classification_get_n_economies (classification); i++)
    {
      const ParityEconomy *economy = parity_classification_get_economy (classification, i);

      for (guint l = 0; l < PARITY_N_UN_LANGS; l++)
        {
          index_name (names, economy->names[l], economy->alpha3);
          index_name (names, cldr_name (economy->alpha2, un_langs[l]), economy->alpha3);
        }
    }
  return names;
}

/**
 * parity_economy_find_by_name:
 * @name: a country's name as a table writes it: "Viet Nam", "Türkiye", "Kenia", "日本"
 *
 * Returns: (transfer none) (nullable): the id of the economy that the UN or CLDR names so
 *   in one of the six UN languages, or %NULL when none or more than one is
 */
const char *
parity_economy_find_by_name (const char *name)
{
  static GHashTable *names;
  g_autofree char *key = NULL;
  const char *id;

  if (g_once_init_enter (&names))
    g_once_init_leave (&names, make_name_index ());
  if (name == NULL)
    return NULL;
  key = name_key (name);
  id = g_hash_table_lookup (names, key);
  return id != NULL && *id != '\0' ? id : NULL;
}

/* Whether @text has a value in @lang or its base language ("fr" for "fr-CA"). */
static gboolean
has_lang (const ParityText *text,
          const char       *lang)
{
  const char *dash;

  if (text == NULL || lang == NULL)
    return FALSE;
  if (parity_text_get_exact (text, lang) != NULL)
    return TRUE;
  dash = strpbrk (lang, "-_");
  if (dash != NULL)
    {
      g_autofree char *base = g_strndup (lang, dash - lang);

      return parity_text_get_exact (text, base) != NULL;
    }
  return FALSE;
}

/**
 * parity_entity_label:
 * @prefer_short: whether the short label (or the everyday name) is wanted
 *
 * An entity's name in @lang: its own label in @lang, else an economy's name from the UN or
 * CLDR (parity_economy_name()), else its label in the dataset's language.
 *
 * Returns: (transfer none) (nullable): the label; the entity's or interned
 */
const char *
parity_entity_label (const ParityEntity *entity,
                     const char         *lang,
                     const char         *default_lang,
                     gboolean            prefer_short)
{
  if (!has_lang (entity->label, lang) &&
      !(prefer_short && has_lang (entity->short_label, lang)))
    {
      const char *name = parity_economy_name (entity->id, lang, prefer_short);

      if (name != NULL)
        return name;
    }
  if (prefer_short && entity->short_label != NULL)
    return parity_text_get (entity->short_label, lang, default_lang);
  return parity_text_get (entity->label, lang, default_lang);
}
