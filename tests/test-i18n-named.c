/* test-i18n-named.c: an economy's label that the program already names in a language is
 * no text a translator is missing
 *
 * The fixture i18n/named.json has the world, Japan (translated into French), Bolivia (a
 * label and a short label), Kenya, and an entity the classification does not know (ZZF).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib.h>
#include <string.h>

#include "parity-i18n-po.h"
#include "parity-i18n.h"

static ParityI18n *
open_fixture (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "i18n", "named.json", NULL);
  g_autoptr(GError) error = NULL;
  ParityI18n *i18n = parity_i18n_new_for_path (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (i18n);
  return i18n;
}

static const ParityI18nEntry *
lookup (ParityI18n *i18n,
        const char *context)
{
  const ParityI18nEntry *entry = parity_i18n_lookup (i18n, context);

  g_assert_nonnull (entry);
  return entry;
}

static gboolean
contains (GPtrArray  *contexts,
          const char *context)
{
  for (guint i = 0; i < contexts->len; i++)
    if (g_str_equal (g_ptr_array_index (contexts, i), context))
      return TRUE;
  return FALSE;
}

/* The UN's names, CLDR's for the world, and none for a code nobody has. */
static void
test_program_names (void)
{
  g_autoptr(ParityI18n) i18n = open_fixture ();

  g_assert_cmpstr (parity_i18n_entry_get_program_name (lookup (i18n, "entity:KEN:label"), "ru"),
                   ==, "Кения");
  g_assert_cmpstr (parity_i18n_entry_get_program_name (lookup (i18n, "entity:WLD:label"), "fr"),
                   ==, "Monde");
  g_assert_cmpstr (parity_i18n_entry_get_program_name (lookup (i18n, "entity:BOL:label"), "es"),
                   ==, "Bolivia (Estado Plurinacional de)");
  /* The short label is the everyday name. */
  g_assert_cmpstr (parity_i18n_entry_get_program_name (lookup (i18n, "entity:BOL:short_label"),
                                                       "fr"), ==, "Bolivie");
  g_assert_null (parity_i18n_entry_get_program_name (lookup (i18n, "entity:ZZF:label"), "fr"));
  g_assert_null (parity_i18n_entry_get_program_name (lookup (i18n, "indicator:x:label"), "fr"));
  /* Japan is translated into French: translated, not named. */
  g_assert_nonnull (parity_i18n_entry_get_program_name (lookup (i18n, "entity:JPN:label"), "fr"));
  g_assert_false (parity_i18n_entry_is_named (lookup (i18n, "entity:JPN:label"), "fr"));
  g_assert_true (parity_i18n_entry_is_named (lookup (i18n, "entity:JPN:label"), "zh"));
}

static void
test_counts (void)
{
  g_autoptr(ParityI18n) i18n = open_fixture ();

  g_assert_cmpuint (parity_i18n_get_n_entries (i18n), ==, 9);
  g_assert_cmpuint (parity_i18n_count_translated (i18n, "fr"), ==, 1);
  /* World, Bolivia's label and short label, Kenya. */
  g_assert_cmpuint (parity_i18n_count_named (i18n, "fr"), ==, 4);
  /* Japan too. */
  g_assert_cmpuint (parity_i18n_count_named (i18n, "ar"), ==, 5);
  /* A language neither the UN nor CLDR has. */
  g_assert_cmpuint (parity_i18n_count_named (i18n, "x-none"), ==, 0);
}

/* An empty msgstr, or no entry, is no problem where the program names the entity; a
 * translation still wins; and a translated label takes the short label's name away. */
static void
test_merge (void)
{
  g_autoptr(ParityI18n) i18n = open_fixture ();
  g_autoptr(ParityI18n) merged_i18n = NULL;
  g_autoptr(GPtrArray) messages = g_ptr_array_new_with_free_func (
    (GDestroyNotify)parity_i18n_message_free);
  g_auto(ParityI18nReport) report = { 0 };
  g_autoptr(GBytes) merged = NULL;
  g_autoptr(GError) error = NULL;

  g_ptr_array_add (messages, parity_i18n_message_new ("entity:WLD:label", "World", "", FALSE));
  g_ptr_array_add (messages, parity_i18n_message_new ("entity:ZZF:label",
                                                      "Faeroe Islands and Shetland", "",
                                                      FALSE));
  g_ptr_array_add (messages, parity_i18n_message_new ("entity:BOL:label",
                                                      "Bolivia (Plurinational State of)",
                                                      "Bolivie (État plurinational de)",
                                                      FALSE));
  merged = parity_i18n_merge (i18n, "fr", messages, &report, &error);
  g_assert_no_error (error);
  g_assert_nonnull (merged);
  g_assert_cmpuint (report.n_merged, ==, 1);
  g_assert_cmpuint (report.untranslated->len, ==, 1);
  g_assert_true (contains (report.untranslated, "entity:ZZF:label"));
  g_assert_cmpuint (report.named->len, ==, 3);
  g_assert_true (contains (report.named, "entity:WLD:label"));
  g_assert_true (contains (report.named, "entity:KEN:label"));
  g_assert_true (contains (report.named, "entity:BOL:short_label"));
  g_assert_false (contains (report.missing, "entity:KEN:label"));
  g_assert_true (contains (report.missing, "dataset:title"));
  g_assert_true (contains (report.missing, "indicator:x:label"));

  merged_i18n = parity_i18n_new (merged, "named.json", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (parity_i18n_entry_get_translation (lookup (merged_i18n, "entity:BOL:label"),
                                                      "fr"),
                   ==, "Bolivie (État plurinational de)");
  /* A chart now falls back on the translated label, not on CLDR's "Bolivie". */
  g_assert_false (parity_i18n_entry_is_named (lookup (merged_i18n, "entity:BOL:short_label"),
                                              "fr"));
  g_assert_cmpuint (parity_i18n_count_named (merged_i18n, "fr"), ==, 2);
}

/* The notes on entries in a PO file: the name in its language; in a template, the
 * languages. */
static void
test_notes (void)
{
  g_autoptr(ParityI18n) i18n = open_fixture ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) pot = parity_i18n_to_po (i18n, NULL, &error);
  g_autoptr(GBytes) po = NULL;
  g_autofree char *kenya = NULL, *zzf = NULL, *template_note = NULL;
  const char *text;

  g_assert_no_error (error);
  text = g_bytes_get_data (pot, NULL);
  template_note = parity_i18n_entry_dup_named_note (i18n, lookup (i18n, "entity:KEN:label"),
                                                    NULL);
  g_assert_cmpstr (template_note, ==,
                   "Left empty, charts in ar, es, fr, ru, zh name it themselves (the UN’s, "
                   "CLDR’s or Parity’s own name): translate it only to name it otherwise.");
  g_assert_nonnull (strstr (text, "#. $.entities[3].label\n#. Left empty, charts in ar, es, fr, "
                                  "ru, zh name it themselves"));
  g_assert_null (strstr (text, "#. $.entities[4].label\n#. Left empty"));

  po = parity_i18n_to_po (i18n, "ru", &error);
  g_assert_no_error (error);
  text = g_bytes_get_data (po, NULL);
  g_assert_nonnull (strstr (text, "#. Left empty, charts in ru name it “Кения” "));
  zzf = parity_i18n_entry_dup_named_note (i18n, lookup (i18n, "entity:ZZF:label"), "ru");
  g_assert_null (zzf);
  kenya = parity_i18n_entry_dup_named_note (i18n, lookup (i18n, "indicator:x:label"), "ru");
  g_assert_null (kenya);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/i18n/named/program-names", test_program_names);
  g_test_add_func ("/i18n/named/counts", test_counts);
  g_test_add_func ("/i18n/named/merge", test_merge);
  g_test_add_func ("/i18n/named/notes", test_notes);

  return g_test_run ();
}
