/* parity-language.c
 *
 * A language is shown by its autonym — "English", "العربية", "Español", "Français",
 * "Русский", "中文" — read from ICU's CLDR data (already the source of number formats), so
 * that any BCP 47 tag a dataset uses gets a name its readers know, not a code.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include <string.h>

#include "parity-icu.h"
#include "parity-language.h"

/* "fr" → "Français", "zh-Hans" → "中文（简体）"; a tag ICU does not know stays as written.
 * Names start with a capital where the script has one: CLDR writes "français" as it
 * appears mid-sentence, but a list item starts a line. */
char *
parity_language_autonym (const char *tag)
{
  char locale[ULOC_FULLNAME_CAPACITY] = "";
  UChar name[128];
  UErrorCode status = U_ZERO_ERROR;
  int32_t length;
  g_autofree char *utf8 = NULL;
  gunichar first;
  char upper[7] = { 0 };
  const ParityIcu *icu = parity_icu_get ();

  g_return_val_if_fail (tag != NULL, NULL);

  if (icu == NULL)
    return g_strdup (tag);
  icu->uloc_forLanguageTag (tag, locale, sizeof locale, NULL, &status);
  if (U_FAILURE (status) || *locale == '\0')
    return g_strdup (tag);
  length = icu->uloc_getDisplayName (locale, locale, name, G_N_ELEMENTS (name), &status);
  if (U_FAILURE (status) || length <= 0 || length >= (int32_t)G_N_ELEMENTS (name))
    return g_strdup (tag);
  utf8 = g_utf16_to_utf8 ((const gunichar2 *)name, length, NULL, NULL, NULL);
  /* ICU answers an unknown language with its code. */
  if (utf8 == NULL || g_ascii_strcasecmp (utf8, locale) == 0)
    return g_strdup (tag);
  first = g_utf8_get_char (utf8);
  g_unichar_to_utf8 (g_unichar_totitle (first), upper);
  return g_strconcat (upper, g_utf8_next_char (utf8), NULL);
}

/* Whether two tags name the same language, whatever their region or script: "fr" and
 * "fr-CA" do, "zh" and "ar" do not. */
gboolean
parity_language_same (const char *a,
               const char *b)
{
  size_t la, lb;

  if (a == NULL || b == NULL)
    return FALSE;
  la = strcspn (a, "-_");
  lb = strcspn (b, "-_");
  return la == lb && g_ascii_strncasecmp (a, b, la) == 0;
}

static int
rank (const char *tag,
      const char *first,
      const char *second)
{
  if (first != NULL && g_ascii_strcasecmp (tag, first) == 0)
    return 0;
  if (parity_language_same (tag, first))
    return 1;
  if (second != NULL && g_ascii_strcasecmp (tag, second) == 0)
    return 2;
  return 3;
}

typedef struct
{
  const char *first;
  const char *second;
} Order;

static int
compare_tags (gconstpointer a,
              gconstpointer b,
              gpointer      data)
{
  const Order *order = data;
  const char *ta = *(const char * const *)a, *tb = *(const char * const *)b;
  int ra = rank (ta, order->first, order->second), rb = rank (tb, order->first, order->second);

  return ra != rb ? ra - rb : g_ascii_strcasecmp (ta, tb);
}

/* Sorts language tags as a window lists them: its own language (first) at the top, then
 * the dataset's (second), then the others by tag, so a list reads the same each time. */
void
parity_language_sort (GPtrArray  *tags,
                      const char *first,
                      const char *second)
{
  Order order = { first, second };

  g_return_if_fail (tags != NULL);
  g_ptr_array_sort_with_data (tags, compare_tags, &order);
}
