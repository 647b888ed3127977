/* test-text.c: multilingual texts and language tags
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib.h>

#include "parity-text.h"

/* en, fr, fr-CA, es: the order they were set in matters for the last fallback. */
static ParityText *
make_text (void)
{
  ParityText *text = parity_text_new ();

  parity_text_set (text, "en", "World");
  parity_text_set (text, "fr", "Monde");
  parity_text_set (text, "fr-CA", "Monde (CA)");
  parity_text_set (text, "es", "Mundo");
  return text;
}

static void
test_text_exact (void)
{
  g_autoptr(ParityText) text = make_text ();

  g_assert_cmpuint (parity_text_get_n_langs (text), ==, 4);
  g_assert_cmpstr (parity_text_get_lang (text, 0), ==, "en");
  g_assert_cmpstr (parity_text_get_lang (text, 2), ==, "fr-CA");
  g_assert_cmpstr (parity_text_get (text, "fr", "en"), ==, "Monde");
  g_assert_cmpstr (parity_text_get (text, "fr-CA", "en"), ==, "Monde (CA)");
  g_assert_cmpstr (parity_text_get (text, "es", "en"), ==, "Mundo");
  g_assert_cmpstr (parity_text_get (text, "en", "fr"), ==, "World");
  g_assert_cmpstr (parity_text_get_exact (text, "fr-CA"), ==, "Monde (CA)");
  g_assert_null (parity_text_get_exact (text, "de"));
  g_assert_null (parity_text_get_exact (text, NULL));
}

static void
test_text_base_language (void)
{
  g_autoptr(ParityText) text = make_text ();
  g_autoptr(ParityText) plain = parity_text_new_plain ("fr", "Monde");

  /* fr-BE is not there: its base language is. */
  g_assert_cmpstr (parity_text_get (text, "fr-BE", "en"), ==, "Monde");
  g_assert_cmpstr (parity_text_get (plain, "fr-CA", "en"), ==, "Monde");
  /* A POSIX-style locale name falls back the same way. */
  g_assert_cmpstr (parity_text_get (text, "es_MX", "en"), ==, "Mundo");
  /* A base language never falls "up" to a region it does not name. */
  g_assert_null (parity_text_get_exact (plain, "fr-CA"));
}

static void
test_text_default_language (void)
{
  g_autoptr(ParityText) text = make_text ();

  g_assert_cmpstr (parity_text_get (text, "de", "en"), ==, "World");
  g_assert_cmpstr (parity_text_get (text, "de-AT", "es"), ==, "Mundo");
  g_assert_cmpstr (parity_text_get (text, NULL, "fr"), ==, "Monde");
}

static void
test_text_first_available (void)
{
  g_autoptr(ParityText) text = parity_text_new ();

  parity_text_set (text, "ar", "العالم");
  parity_text_set (text, "zh-Hans", "世界");
  /* Neither the requested nor the default language: the first one written. */
  g_assert_cmpstr (parity_text_get (text, "de", "en"), ==, "العالم");
  g_assert_cmpstr (parity_text_get (text, NULL, NULL), ==, "العالم");
  g_assert_cmpstr (parity_text_get (text, "zh-Hans-CN", "en"), ==, "العالم");
  g_assert_cmpstr (parity_text_get (text, "zh-Hans", "en"), ==, "世界");
}

static void
test_text_null (void)
{
  g_autoptr(ParityText) empty = parity_text_new ();

  g_assert_null (parity_text_get (NULL, "en", "en"));
  g_assert_null (parity_text_get (empty, "en", "en"));
  g_assert_cmpuint (parity_text_get_n_langs (NULL), ==, 0);
  g_assert_cmpuint (parity_text_get_n_langs (empty), ==, 0);
  g_assert_null (parity_text_get_exact (NULL, "en"));
  parity_text_free (NULL);
}

static void
test_text_case_insensitive (void)
{
  g_autoptr(ParityText) text = make_text ();

  g_assert_cmpstr (parity_text_get (text, "FR-ca", "en"), ==, "Monde (CA)");
  g_assert_cmpstr (parity_text_get (text, "FR", "en"), ==, "Monde");
  g_assert_cmpstr (parity_text_get (text, "De", "ES"), ==, "Mundo");
  g_assert_cmpstr (parity_text_get_exact (text, "EN"), ==, "World");

  /* Setting a tag that differs only in case replaces, not adds. */
  parity_text_set (text, "EN", "The world");
  g_assert_cmpuint (parity_text_get_n_langs (text), ==, 4);
  g_assert_cmpstr (parity_text_get (text, "en", NULL), ==, "The world");
}

static void
test_text_replace (void)
{
  g_autoptr(ParityText) text = parity_text_new_plain ("en", "World");

  g_assert_cmpuint (parity_text_get_n_langs (text), ==, 1);
  parity_text_set (text, "en", "Earth");
  g_assert_cmpuint (parity_text_get_n_langs (text), ==, 1);
  g_assert_cmpstr (parity_text_get (text, "en", "en"), ==, "Earth");
}

static const struct
{
  const char *tag;
  gboolean    valid;
} lang_tags[] = {
  { "en", TRUE },
  { "fr-CA", TRUE },
  { "zh-Hans", TRUE },
  { "zh-Hans-CN", TRUE },
  { "ar", TRUE },
  { "x-private", TRUE },
  { "es-419", TRUE },
  { "ast", TRUE },
  { "EN-us", TRUE },
  { "de-CH-1996", TRUE },
  { "", FALSE },
  { "e", FALSE },
  { "english_", FALSE },
  { "english", FALSE },
  { "en--US", FALSE },
  { "en-", FALSE },
  { "-en", FALSE },
  { "123", FALSE },
  { "e1", FALSE },
  { "en-toolongsubtag", FALSE },
  { "en US", FALSE },
  { "en_US", FALSE },
  { "fr-ç", FALSE },
};

static void
test_lang_tag_is_valid (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (lang_tags); i++)
    {
      gboolean valid = parity_lang_tag_is_valid (lang_tags[i].tag);

      if (valid != lang_tags[i].valid)
        g_test_fail_printf ("parity_lang_tag_is_valid (\"%s\") returned %s, expected %s",
                            lang_tags[i].tag, valid ? "TRUE" : "FALSE",
                            lang_tags[i].valid ? "TRUE" : "FALSE");
    }
  g_assert_false (parity_lang_tag_is_valid (NULL));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/text/exact", test_text_exact);
  g_test_add_func ("/text/base-language", test_text_base_language);
  g_test_add_func ("/text/default-language", test_text_default_language);
  g_test_add_func ("/text/first-available", test_text_first_available);
  g_test_add_func ("/text/null", test_text_null);
  g_test_add_func ("/text/case-insensitive", test_text_case_insensitive);
  g_test_add_func ("/text/replace", test_text_replace);
  g_test_add_func ("/text/lang-tag-is-valid", test_lang_tag_is_valid);

  return g_test_run ();
}
