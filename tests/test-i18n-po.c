/* test-i18n-po.c: what translators' tools hand back — PO files read with libgettextpo
 * (contexts, fuzzy entries, plurals, encodings, positioned errors) and locale names turned
 * into language tags and back
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "parity-error.h"
#include "parity-i18n-po.h"
#include "parity-i18n.h"

static void
test_po_read (void)
{
  static const char po_text[] =
    "# A translator's comment\n"
    "msgid \"\"\n"
    "msgstr \"\"\n"
    "\"Language: pt_BR\\n\"\n"
    "\"Content-Type: text/plain; charset=UTF-8\\n\"\n"
    "\n"
    "#, fuzzy\n"
    "msgctxt \"a\"\n"
    "msgid \"A\"\n"
    "msgstr \"Á\"\n"
    "\n"
    "msgctxt \"b\"\n"
    "msgid \"B\"\n"
    "msgstr \"\"\n"
    "\n"
    "msgid \"no context\"\n"
    "msgstr \"sem contexto\"\n"
    "\n"
    "msgid \"one\"\n"
    "msgid_plural \"many\"\n"
    "msgstr[0] \"um\"\n"
    "msgstr[1] \"muitos\"\n"
    "\n"
    "#~ msgctxt \"c\"\n"
    "#~ msgid \"C\"\n"
    "#~ msgstr \"Ç\"\n";
  static const char latin1[] =
    "msgid \"\"\n"
    "msgstr \"Content-Type: text/plain; charset=ISO-8859-1\\n\"\n"
    "\n"
    "msgctxt \"e\"\n"
    "msgid \"summer\"\n"
    "msgstr \"\xe9t\xe9\"\n";
  static const char bad[] = "msgid \"x\nmsgstr \"y\"\nfoo\n";
  static const char duplicate[] =
    "msgctxt \"a\"\nmsgid \"A\"\nmsgstr \"1\"\n\nmsgctxt \"a\"\nmsgid \"A\"\nmsgstr \"2\"\n";
  g_autofree char *dir = g_dir_make_tmp ("parity-test-i18n-po-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "translations.po", NULL);
  g_autofree char *es = g_build_filename (dir, "labels.es.po", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.po", NULL);
  g_autoptr(GError) error = NULL;

  {
    g_autoptr(ParityI18nPo) po = NULL;
    ParityI18nMessage *m;

    g_file_set_contents (path, po_text, -1, &error);
    g_assert_no_error (error);
    po = parity_i18n_po_read (path, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (po->lang, ==, "pt-BR");
    g_assert_cmpstr (po->header_lang, ==, "pt_BR");
    g_assert_cmpuint (po->n_plural, ==, 1);
    g_assert_cmpuint (po->messages->len, ==, 3);
    m = po->messages->pdata[0];
    g_assert_cmpstr (m->context, ==, "a");
    g_assert_cmpstr (m->msgstr, ==, "Á");
    g_assert_true (m->fuzzy);
    m = po->messages->pdata[1];
    g_assert_cmpstr (m->msgstr, ==, "");
    g_assert_false (m->fuzzy);
    m = po->messages->pdata[2];
    g_assert_null (m->context);
  }
  {
    g_autoptr(ParityI18nPo) po = NULL;
    ParityI18nMessage *m;

    g_file_set_contents (es, latin1, -1, &error);
    g_assert_no_error (error);
    po = parity_i18n_po_read (es, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (po->lang, ==, "es");  /* from the file name */
    g_assert_null (po->header_lang);
    m = po->messages->pdata[0];
    g_assert_cmpstr (m->msgstr, ==, "été");
  }
  g_file_set_contents (path, bad, -1, &error);
  g_assert_no_error (error);
  g_assert_null (parity_i18n_po_read (path, &error));
  g_assert_error (error, PARITY_ERROR, PARITY_ERROR_SYNTAX);
  g_assert_nonnull (strstr (error->message, "translations.po:2: "));
  g_clear_error (&error);
  g_file_set_contents (path, duplicate, -1, &error);
  g_assert_no_error (error);
  g_assert_null (parity_i18n_po_read (path, &error));
  g_assert_error (error, PARITY_ERROR, PARITY_ERROR_SYNTAX);
  g_assert_nonnull (strstr (error->message, "duplicate message definition"));
  g_clear_error (&error);
  g_assert_null (parity_i18n_po_read (missing, &error));
  g_assert_error (error, PARITY_ERROR, PARITY_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "missing.po: "));
  g_remove (path);
  g_remove (es);
  g_rmdir (dir);
}

static void
test_locale_names (void)
{
  static const struct { const char *locale, *tag; } cases[] = {
    { "fr", "fr" },
    { "fr_FR", "fr-FR" },
    { "pt_BR", "pt-BR" },
    { "pt-BR", "pt-BR" },
    { "zh_CN", "zh" },
    { "zh_SG", "zh" },
    { "zh_Hans", "zh" },
    { "zh_TW", "zh-TW" },
    { "zh_Hant", "zh-Hant" },
    { "sr@latin", "sr-Latn" },
    { "sr_RS@latin", "sr-Latn-RS" },
    { "ca@valencia", "ca-valencia" },
    { "de_DE.UTF-8", "de-DE" },
    { " ar ", "ar" },
    { "", NULL },
    { "C", NULL },
    { "not a locale", NULL },
  };
  static const struct { const char *tag, *locale; } back[] = {
    { "fr", "fr" }, { "pt-BR", "pt_BR" }, { "zh", "zh_CN" }, { "sr-Latn", "sr@latin" },
    { "zh-Hant", "zh_Hant" }, { "ca-valencia", "ca@valencia" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *tag = parity_i18n_locale_to_tag (cases[i].locale);

      g_assert_cmpstr (tag, ==, cases[i].tag);
    }
  for (guint i = 0; i < G_N_ELEMENTS (back); i++)
    {
      g_autofree char *locale = parity_i18n_tag_to_locale (back[i].tag);
      g_autofree char *tag = parity_i18n_locale_to_tag (locale);

      g_assert_cmpstr (locale, ==, back[i].locale);
      g_assert_cmpstr (tag, ==, back[i].tag);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/i18n/po/read", test_po_read);
  g_test_add_func ("/i18n/locale-names", test_locale_names);
  return g_test_run ();
}
