/* parity-i18n-named.c
 *
 * Texts a translator need not translate: an economy's label (or short label) that the
 * program already names in a chart's language — the UN's short name, else CLDR's, or an
 * aggregate's name in the program's own catalog (parity_economy_name()). A translation still
 * wins over that name, so such an entry stays in a PO file, with a note saying what the
 * chart shows when it is left empty; counts and merge reports tell it apart from a text
 * nobody has translated.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include "parity-economy-names.h"
#include "parity-i18n-private.h"

/* The languages a template's note names: the UN's six. */
static const char * const un_langs[] = { "ar", "en", "es", "fr", "ru", "zh" };

/**
 * parity_i18n_entry_get_program_name:
 * @entry: a text of a dataset
 * @lang: a BCP 47 tag
 *
 * What a chart in @lang calls the entity of @entry when the dataset has no text for it in
 * @lang: for a label, the economy's name (parity_economy_name()); for a short label, the
 * economy's everyday name, but only while the label is untranslated too (a translated label
 * is what a chart falls back on).
 *
 * Returns: (transfer none) (nullable): the name, or %NULL when @entry is no entity's label
 *   or the program has no name for the entity in @lang
 */
const char *
parity_i18n_entry_get_program_name (const ParityI18nEntry *entry,
                                    const char            *lang)
{
  const ParityEntity *entity;
  gboolean is_short;

  if (entry == NULL || entry->entity == NULL || lang == NULL)
    return NULL;
  entity = entry->entity;
  is_short = entry->text == entity->short_label && entry->text != entity->label;
  if (is_short && entity->label != NULL && parity_text_get_exact (entity->label, lang) != NULL)
    return NULL;
  return parity_economy_name (entity->id, lang, is_short);
}

/**
 * parity_i18n_entry_is_named:
 *
 * Returns: whether @entry has no translation in @lang and the program names its entity
 *   there itself: a text no translator is missing
 */
gboolean
parity_i18n_entry_is_named (const ParityI18nEntry *entry,
                            const char            *lang)
{
  return parity_i18n_entry_get_translation (entry, lang) == NULL &&
         parity_i18n_entry_get_program_name (entry, lang) != NULL;
}

/**
 * parity_i18n_count_named:
 *
 * Returns: how many texts have no translation in @lang but are named by the program there
 *   (parity_i18n_entry_is_named())
 */
guint
parity_i18n_count_named (ParityI18n *self,
                         const char *lang)
{
  guint n = 0;

  for (guint i = 0; i < self->entries->len; i++)
    if (parity_i18n_entry_is_named (g_ptr_array_index (self->entries, i), lang))
      n++;
  return n;
}

/**
 * parity_i18n_entry_dup_named_note:
 * @lang: (nullable): the PO file's language; %NULL for a template
 *
 * The note for translators ("#." in a PO file) on a text the program names itself: the name
 * a chart in @lang shows when the translation is left empty, or, in a template, the UN
 * languages the program names it in (other than the dataset's own).
 *
 * Returns: (transfer full) (nullable): the note, or %NULL when the program does not name the
 *   entity
 */
char *
parity_i18n_entry_dup_named_note (ParityI18n            *self,
                                  const ParityI18nEntry *entry,
                                  const char            *lang)
{
  const char *source = parity_i18n_get_source_lang (self);
  g_autoptr(GString) langs = NULL;

  if (lang != NULL)
    {
      const char *name = parity_i18n_entry_get_program_name (entry, lang);

      if (name == NULL)
        return NULL;
      return g_strdup_printf ("Left empty, charts in %s name it “%s” (the UN’s, CLDR’s or "
                              "Parity’s own name): translate it only to name it otherwise.",
                              lang, name);
    }
  langs = g_string_new (NULL);
  for (guint i = 0; i < G_N_ELEMENTS (un_langs); i++)
    if (g_ascii_strcasecmp (un_langs[i], source) != 0 &&
        parity_i18n_entry_get_program_name (entry, un_langs[i]) != NULL)
      g_string_append_printf (langs, "%s%s", langs->len > 0 ? ", " : "", un_langs[i]);
  if (langs->len == 0)
    return NULL;
  return g_strdup_printf ("Left empty, charts in %s name it themselves (the UN’s, CLDR’s or "
                          "Parity’s own name): translate it only to name it otherwise.",
                          langs->str);
}
