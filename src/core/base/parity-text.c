/* parity-text.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "parity-text.h"

/* Texts hold one to six languages: a flat array beats a hash table in memory and speed. */
typedef struct
{
  char *lang;
  char *value;
} Entry;

struct _ParityText
{
  GArray *entries;
};

static void
entry_clear (gpointer data)
{
  Entry *entry = data;

  g_free (entry->lang);
  g_free (entry->value);
}

ParityText *
parity_text_new (void)
{
  ParityText *text = g_new0 (ParityText, 1);

  text->entries = g_array_new (FALSE, TRUE, sizeof (Entry));
  g_array_set_clear_func (text->entries, entry_clear);
  return text;
}

ParityText *
parity_text_new_plain (const char *lang,
                       const char *value)
{
  ParityText *text = parity_text_new ();

  parity_text_set (text, lang, value);
  return text;
}

void
parity_text_free (ParityText *text)
{
  if (text == NULL)
    return;
  g_array_unref (text->entries);
  g_free (text);
}

static Entry *
find_entry (const ParityText *text,
            const char       *lang)
{
  for (guint i = 0; i < text->entries->len; i++)
    {
      Entry *entry = &g_array_index (text->entries, Entry, i);

      if (g_ascii_strcasecmp (entry->lang, lang) == 0)
        return entry;
    }
  return NULL;
}

void
parity_text_set (ParityText *text,
                 const char *lang,
                 const char *value)
{
  Entry *entry;

  g_return_if_fail (text != NULL);
  g_return_if_fail (lang != NULL);
  g_return_if_fail (value != NULL);

  entry = find_entry (text, lang);
  if (entry != NULL)
    {
      g_free (entry->value);
      entry->value = g_strdup (value);
      return;
    }
  g_array_append_val (text->entries, ((Entry) { g_strdup (lang), g_strdup (value) }));
}

const char *
parity_text_get_exact (const ParityText *text,
                       const char       *lang)
{
  Entry *entry;

  if (text == NULL || lang == NULL)
    return NULL;
  entry = find_entry (text, lang);
  return entry ? entry->value : NULL;
}

/* Fallback chain of the design brief: the tag, its base language, the dataset's default
 * language, then whatever the text has. NULL only for a NULL or empty text. */
const char *
parity_text_get (const ParityText *text,
                 const char       *lang,
                 const char       *default_lang)
{
  const char *value;

  if (text == NULL || text->entries->len == 0)
    return NULL;

  if (lang != NULL)
    {
      const char *dash = strpbrk (lang, "-_");

      if ((value = parity_text_get_exact (text, lang)))
        return value;
      if (dash != NULL)
        {
          g_autofree char *base = g_strndup (lang, dash - lang);

          if ((value = parity_text_get_exact (text, base)))
            return value;
        }
    }
  if ((value = parity_text_get_exact (text, default_lang)))
    return value;
  return g_array_index (text->entries, Entry, 0).value;
}

guint
parity_text_get_n_langs (const ParityText *text)
{
  return text ? text->entries->len : 0;
}

const char *
parity_text_get_lang (const ParityText *text,
                      guint             i)
{
  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (i < text->entries->len, NULL);
  return g_array_index (text->entries, Entry, i).lang;
}

/* A pragmatic BCP 47 check: alphanumeric subtags of 1–8 characters separated by hyphens,
 * the first 2–3 letters (or "x"/"i" for private and grandfathered tags). */
gboolean
parity_lang_tag_is_valid (const char *tag)
{
  g_auto(GStrv) parts = NULL;
  gsize first_len;

  if (tag == NULL || *tag == '\0')
    return FALSE;
  parts = g_strsplit (tag, "-", -1);
  first_len = strlen (parts[0]);
  if (!(first_len >= 2 && first_len <= 3) && !(first_len == 1 && strchr ("xXiI", parts[0][0])))
    return FALSE;
  for (guint i = 0; parts[i] != NULL; i++)
    {
      gsize len = strlen (parts[i]);

      if (len == 0 || len > 8)
        return FALSE;
      for (gsize j = 0; j < len; j++)
        if (!g_ascii_isalnum (parts[i][j]) || (i == 0 && !g_ascii_isalpha (parts[i][j])))
          return FALSE;
    }
  return TRUE;
}

/**
 * parity_iso_date_is_valid:
 * @text: (nullable): a date as a dataset writes it
 *
 * Returns: %TRUE if @text is a calendar day written the ISO 8601 way: "2024-05-01"
 */
gboolean
parity_iso_date_is_valid (const char *text)
{
  static const guint digits[] = { 0, 1, 2, 3, 5, 6, 8, 9 };

  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (digits); i++)
    if (!g_ascii_isdigit (text[digits[i]]))
      return FALSE;
  return g_date_valid_dmy (atoi (text + 8), atoi (text + 5), atoi (text));
}
