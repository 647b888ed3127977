/* test-i18n.c: a dataset's texts out to PO files and translations back in, in place
 *
 * The fixture i18n/small.json has texts written every way the format allows (plain strings,
 * objects on one line and on several, escapes, a donut's center_label, observation notes);
 * i18n/small-fr.expected.json is what a fixed set of translations makes of it, byte for
 * byte. Run with PARITY_TEST_WRITE_EXPECTED=1 to rewrite that file from the actual output,
 * then read the diff before committing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <gettext-po.h>
#include <glib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "parity-error.h"
#include "parity-i18n-po.h"
#include "parity-i18n.h"
#include "parity-json-spans.h"
#include "parity-loader.h"

/* Helpers */

static GBytes *
read_fixture (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "i18n", name, NULL);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize len = 0;

  g_file_get_contents (path, &contents, &len, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, len);
}

static GBytes *
read_bundled (void)
{
  g_autofree char *path = parity_dataset_get_bundled_path ();
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize len = 0;

  g_file_get_contents (path, &contents, &len, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, len);
}

static ParityI18n *
open_bytes (GBytes *bytes)
{
  g_autoptr(GError) error = NULL;
  ParityI18n *i18n = parity_i18n_new (bytes, "test.json", &error);

  g_assert_no_error (error);
  g_assert_nonnull (i18n);
  return i18n;
}

static char *
make_tmpdir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("parity-test-i18n-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
remove_tmpdir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (dir);
}

static const char *
span_text (GBytes                *bytes,
           const ParityI18nEntry *entry,
           gsize                 *len)
{
  const char *data = g_bytes_get_data (bytes, NULL);

  *len = entry->end - entry->start;
  return data + entry->start;
}

/* Puts back, into @after, the bytes each text had in @before: if the merge changed nothing
 * but the texts, that gives @before exactly. */
static void
assert_only_texts_differ (ParityI18n *before,
                          ParityI18n *after)
{
  GBytes *after_bytes = parity_i18n_get_bytes (after);
  gsize len;
  const char *data = g_bytes_get_data (after_bytes, &len);
  g_autoptr(GPtrArray) order = g_ptr_array_new ();
  g_autoptr(GString) undone = g_string_new (NULL);
  gsize pos = 0;

  g_assert_cmpuint (parity_i18n_get_n_entries (before), ==, parity_i18n_get_n_entries (after));
  for (guint i = 0; i < parity_i18n_get_n_entries (after); i++)
    g_ptr_array_add (order, GUINT_TO_POINTER (i));
  /* Entries come in walk order; the spans must be put back in file order. */
  for (guint i = 1; i < order->len; i++)
    for (guint j = i; j > 0; j--)
      {
        const ParityI18nEntry *a = parity_i18n_get_entry (after, GPOINTER_TO_UINT (order->pdata[j - 1]));
        const ParityI18nEntry *b = parity_i18n_get_entry (after, GPOINTER_TO_UINT (order->pdata[j]));
        gpointer tmp;

        if (a->start < b->start)
          break;
        tmp = order->pdata[j - 1];
        order->pdata[j - 1] = order->pdata[j];
        order->pdata[j] = tmp;
      }
  for (guint i = 0; i < order->len; i++)
    {
      guint k = GPOINTER_TO_UINT (order->pdata[i]);
      const ParityI18nEntry *a = parity_i18n_get_entry (after, k);
      const ParityI18nEntry *b = parity_i18n_get_entry (before, k);
      const char *text;
      gsize text_len;

      g_assert_cmpstr (a->context, ==, b->context);
      g_assert_cmpuint (a->start, >=, pos);
      g_string_append_len (undone, data + pos, a->start - pos);
      text = span_text (parity_i18n_get_bytes (before), b, &text_len);
      g_string_append_len (undone, text, text_len);
      pos = a->end;
    }
  g_string_append_len (undone, data + pos, len - pos);
  {
    gsize before_len;
    const char *before_data = g_bytes_get_data (parity_i18n_get_bytes (before), &before_len);

    g_assert_cmpmem (undone->str, undone->len, before_data, before_len);
  }
}

/* The number of text members in a dataset, counted on the JSON tree: what extract must
 * find, independently of how it finds it. */
static guint
count_texts (GBytes *bytes)
{
  static const char * const source_texts[] = { "title", "publisher", "note", NULL };
  static const char * const entity_texts[] = { "label", "short_label", NULL };
  static const char * const indicator_texts[] = { "label", "notes", NULL };
  static const char * const unit_texts[] = { "symbol", "label", NULL };
  static const char * const chart_texts[] = { "title", "subtitle", "notes", "source",
                                              "center_label", NULL };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root;
  guint n = 0;
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);

#define COUNT(object, names) \
  for (guint k = 0; (names)[k] != NULL; k++) \
    if (json_object_has_member ((object), (names)[k])) \
      n++;

  json_parser_load_from_data (parser, data, len, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  n += json_object_has_member (root, "title") + json_object_has_member (root, "description");
  {
    JsonArray *a = json_object_get_array_member (root, "sources");

    for (guint i = 0; i < json_array_get_length (a); i++)
      COUNT (json_array_get_object_element (a, i), source_texts);
  }
  {
    JsonArray *a = json_object_get_array_member (root, "entities");

    for (guint i = 0; i < json_array_get_length (a); i++)
      COUNT (json_array_get_object_element (a, i), entity_texts);
  }
  {
    JsonArray *a = json_object_get_array_member (root, "indicators");

    for (guint i = 0; i < json_array_get_length (a); i++)
      {
        JsonObject *indicator = json_array_get_object_element (a, i);
        JsonArray *obs = json_object_get_array_member (indicator, "observations");

        COUNT (indicator, indicator_texts);
        COUNT (json_object_get_object_member (indicator, "unit"), unit_texts);
        for (guint j = 0; j < json_array_get_length (obs); j++)
          n += json_object_has_member (json_array_get_object_element (obs, j), "note");
      }
  }
  if (json_object_has_member (root, "charts"))
    {
      JsonArray *a = json_object_get_array_member (root, "charts");

      for (guint i = 0; i < json_array_get_length (a); i++)
        {
          JsonObject *chart = json_array_get_object_element (a, i);

          COUNT (chart, chart_texts);
          if (json_object_has_member (chart, "series"))
            {
              JsonArray *series = json_object_get_array_member (chart, "series");

              for (guint j = 0; j < json_array_get_length (series); j++)
                n += json_object_has_member (json_array_get_object_element (series, j),
                                             "label");
            }
          /* A chart's annotations: a text each. */
          if (json_object_has_member (chart, "annotations"))
            n += json_array_get_length (json_object_get_array_member (chart, "annotations"));
          /* A chart's groups: a label each, but for a group by id that leaves it out. */
          if (json_object_has_member (chart, "groups"))
            {
              JsonArray *groups = json_object_get_array_member (chart, "groups");

              for (guint j = 0; j < json_array_get_length (groups); j++)
                n += json_object_has_member (json_array_get_object_element (groups, j),
                                             "label");
            }
        }
    }
#undef COUNT
  return n;
}

/* libgettextpo, as a translator's tool would use it */

static int n_po_errors;

static void
po_xerror (int severity, po_message_t message, const char *filename, size_t lineno,
           size_t column, int multiline_p, const char *message_text)
{
  g_printerr ("libgettextpo: %s:%zd: %s\n", filename ? filename : "?", (gssize)lineno,
              message_text);
  if (severity != PO_SEVERITY_WARNING)
    n_po_errors++;
  if (severity == PO_SEVERITY_FATAL_ERROR)
    g_error ("fatal libgettextpo error");
}

static void
po_xerror2 (int severity, po_message_t m1, const char *f1, size_t l1, size_t c1, int ml1,
            const char *t1, po_message_t m2, const char *f2, size_t l2, size_t c2, int ml2,
            const char *t2)
{
  po_xerror (severity, m1, f1, l1, c1, ml1, t1);
}

static const struct po_xerror_handler po_handler = { po_xerror, po_xerror2 };

typedef char *(*TranslateFunc) (const char *context, const char *msgid);

/* Reads the template at @pot, sets its Language header to @locale and each msgstr to what
 * @translate says (NULL: left empty; "FUZZY:…": marked fuzzy), and writes it to @po. */
static void
translate_po (const char    *pot,
              const char    *po,
              const char    *locale,
              TranslateFunc  translate)
{
  po_file_t file;
  po_message_iterator_t iter;
  po_message_t message;

  n_po_errors = 0;
  file = po_file_read (pot, &po_handler);
  g_assert_nonnull (file);
  iter = po_message_iterator (file, NULL);
  while ((message = po_next_message (iter)) != NULL)
    {
      if (po_message_msgctxt (message) == NULL && *po_message_msgid (message) == '\0')
        {
          char *header = po_header_set_field (po_message_msgstr (message), "Language", locale);

          po_message_set_msgstr (message, header);
          po_message_set_fuzzy (message, 0);
          free (header);
          continue;
        }
      {
        g_autofree char *msgstr = translate (po_message_msgctxt (message),
                                             po_message_msgid (message));
        gboolean fuzzy = msgstr != NULL && g_str_has_prefix (msgstr, "FUZZY:");

        po_message_set_msgstr (message, msgstr == NULL ? "" : fuzzy ? msgstr + 6 : msgstr);
        po_message_set_fuzzy (message, fuzzy);
      }
    }
  po_message_iterator_free (iter);
  po_file_write (file, po, &po_handler);
  po_file_free (file);
  g_assert_cmpint (n_po_errors, ==, 0);
}

static char *
translate_t (const char *context,
             const char *msgid)
{
  return g_strdup_printf ("T(%s)", msgid);
}

static char *
translate_none (const char *context,
                const char *msgid)
{
  return NULL;
}

static void
write_bytes (const char *path,
             GBytes     *bytes)
{
  g_autoptr(GError) error = NULL;
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);

  g_file_set_contents (path, data, len, &error);
  g_assert_no_error (error);
}

/* extract → translate with libgettextpo → merge, on @bytes. */
static GBytes *
round_trip (GBytes            *bytes,
            const char        *locale,
            TranslateFunc      translate,
            ParityI18nReport  *report)
{
  g_autoptr(ParityI18n) i18n = open_bytes (bytes);
  g_autofree char *dir = make_tmpdir ();
  g_autofree char *pot = g_build_filename (dir, "labels.pot", NULL);
  g_autofree char *po_path = g_build_filename (dir, "translated.po", NULL);
  g_autoptr(GBytes) template = NULL;
  g_autoptr(ParityI18nPo) po = NULL;
  g_autoptr(GError) error = NULL;
  GBytes *merged;

  template = parity_i18n_to_po (i18n, NULL, &error);
  g_assert_no_error (error);
  write_bytes (pot, template);
  translate_po (pot, po_path, locale, translate);
  po = parity_i18n_po_read (po_path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (po->lang);
  merged = parity_i18n_merge (i18n, po->lang, po->messages, report, &error);
  g_assert_no_error (error);
  g_assert_nonnull (merged);
  remove_tmpdir (dir);
  return merged;
}

/* Tests */

static void
test_bundled_entries (void)
{
  g_autoptr(GBytes) bytes = read_bundled ();
  g_autoptr(ParityI18n) i18n = open_bytes (bytes);
  g_autoptr(GHashTable) contexts = g_hash_table_new (g_str_hash, g_str_equal);
  guint n = parity_i18n_get_n_entries (i18n);
  const char *data = g_bytes_get_data (bytes, NULL);

  g_assert_cmpuint (n, >, 100);
  g_assert_cmpuint (n, ==, count_texts (bytes));
  for (guint i = 0; i < n; i++)
    {
      const ParityI18nEntry *entry = parity_i18n_get_entry (i18n, i);

      g_assert_true (g_hash_table_add (contexts, entry->context));
      g_assert_true (g_str_has_prefix (entry->path, "$."));
      g_assert_cmpstr (entry->msgid, !=, "");
      g_assert_nonnull (entry->comment);
      g_assert_true (g_str_has_prefix (entry->comment, entry->path));
      g_assert_cmpuint (entry->line, >, 1);
      /* The span is the text's value: a string that is the msgid, or an object. */
      if (data[entry->start] == '"')
        {
          ParityJsonSpan span = { entry->start, entry->end };
          g_autofree char *decoded = _parity_json_string_decode (data, span);

          g_assert_cmpstr (decoded, ==, entry->msgid);
        }
      else
        {
          g_assert_cmpint (data[entry->start], ==, '{');
          g_assert_cmpint (data[entry->end - 1], ==, '}');
        }
    }
  g_assert_nonnull (parity_i18n_lookup (i18n, "dataset:title"));
  g_assert_nonnull (parity_i18n_lookup (i18n, "entity:WLD:label"));
  g_assert_cmpstr (parity_i18n_lookup (i18n, "entity:WLD:label")->path, ==,
                   "$.entities[0].label");
}

static void
test_small_entries (void)
{
  g_autoptr(GBytes) bytes = read_fixture ("small.json");
  g_autoptr(ParityI18n) i18n = open_bytes (bytes);
  static const struct { const char *context, *path, *msgid; } expected[] = {
    { "dataset:title", "$.title", "A small \"test\" dataset" },
    { "dataset:description", "$.description", "Two languages,\nan object on several lines" },
    { "source:S1:title", "$.sources[0].title", "A source" },
    { "source:S1:publisher", "$.sources[0].publisher", "Pub" },
    { "entity:WLD:label", "$.entities[0].label", "World" },
    { "entity:LDC:label", "$.entities[1].label", "Least developed countries" },
    { "entity:LDC:short_label", "$.entities[1].short_label", "LDCs" },
    { "entity:AFR:label", "$.entities[2].label", "Africa" },
    { "indicator:x:label", "$.indicators[0].label", "Café users 😀" },
    { "indicator:x:unit.symbol", "$.indicators[0].unit.symbol", "%" },
    { "indicator:x:unit.label", "$.indicators[0].unit.label", "% of people" },
    { "indicator:x:observation:WLD/2019:note", "$.indicators[0].observations[0].note",
      "Rounded." },
    { "indicator:x:observation:WLD/2019/sex=female:note",
      "$.indicators[0].observations[2].note", "Women only" },
    { "chart:donut:title", "$.charts[0].title", "Shares" },
    { "chart:donut:center_label", "$.charts[0].center_label", "{total} in all" },
    { "chart:by-sex:title", "$.charts[1].title", "By sex" },
    { "chart:by-sex:series[0].label", "$.charts[1].series[0].label", "Women" },
    { "chart:by-sex:series[1].label", "$.charts[1].series[1].label", "Men" },
  };
  g_auto(GStrv) langs = parity_i18n_list_langs (i18n);
  const char * const expected_langs[] = { "en", "ar", "es", "fr", NULL };

  g_assert_cmpuint (parity_i18n_get_n_entries (i18n), ==, G_N_ELEMENTS (expected));
  g_assert_cmpuint (count_texts (bytes), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      const ParityI18nEntry *entry = parity_i18n_get_entry (i18n, i);

      g_assert_cmpstr (entry->context, ==, expected[i].context);
      g_assert_cmpstr (entry->path, ==, expected[i].path);
      g_assert_cmpstr (entry->msgid, ==, expected[i].msgid);
    }
  g_assert_cmpstr (parity_i18n_lookup (i18n, "chart:donut:center_label")->flag, ==,
                   "python-brace-format");
  g_assert_nonnull (strstr (parity_i18n_lookup (i18n, "chart:by-sex:series[1].label")->comment,
                            "By sex"));
  g_assert_cmpuint (parity_i18n_lookup (i18n, "entity:AFR:label")->line, ==, 18);
  g_assert_cmpstrv (langs, expected_langs);
  g_assert_cmpuint (parity_i18n_count_translated (i18n, "fr"), ==, 1);
  g_assert_cmpuint (parity_i18n_count_translated (i18n, "FR"), ==, 1);
  g_assert_cmpuint (parity_i18n_count_translated (i18n, "en"), ==, G_N_ELEMENTS (expected));
}

/* Fixed edits on the fixture, compared with the expected file byte for byte. */
static void
test_rewrite_fixture (void)
{
  static const char * const edits[] = {
    "$.title", "fr", "Un petit jeu de données « test »",
    "$.description", "fr", "Deux langues",
    "$.description", "es", "Dos idiomas (al día)",
    "$.sources[0].title", "fr", "Une source à jour",
    "$.entities[0].label", "fr", "Monde",
    "$.entities[1].label", "fr", "Pays \"les moins\" avancés \\ PMA\n\t\x01",
    "$.entities[2].label", "fr", "Afrique",
    "$.entities[2].label", "pt-BR", "África",
    "$.indicators[0].unit.symbol", "fr", "%",
    "$.indicators[0].observations[2].note", "fr", "Femmes seulement",
    "$.charts[0].center_label", "fr", "{total} au total",
    "$.charts[1].series[1].label", "fr", "Hommes",
    NULL
  };
  g_autoptr(GBytes) bytes = read_fixture ("small.json");
  g_autoptr(GBytes) expected = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *result = NULL;
  gsize len, out_len = 0;
  const char *data = g_bytes_get_data (bytes, &len);

  result = _parity_i18n_rewrite (data, len, "en", edits, &out_len, &error);
  g_assert_no_error (error);
  if (g_getenv ("PARITY_TEST_WRITE_EXPECTED") != NULL)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "i18n",
                                                     "small-fr.expected.json", NULL);

      g_file_set_contents (path, result, out_len, &error);
      g_assert_no_error (error);
    }
  expected = read_fixture ("small-fr.expected.json");
  g_assert_cmpmem (result, out_len, g_bytes_get_data (expected, NULL), g_bytes_get_size (expected));

  /* What was written reads back as what was meant. */
  {
    g_autoptr(GBytes) out = g_bytes_new (result, out_len);
    g_autoptr(ParityI18n) before = open_bytes (bytes);
    g_autoptr(ParityI18n) after = open_bytes (out);

    for (guint i = 0; edits[i] != NULL; i += 3)
      {
        const ParityI18nEntry *entry = NULL;

        for (guint j = 0; j < parity_i18n_get_n_entries (after); j++)
          if (g_str_equal (parity_i18n_get_entry (after, j)->path, edits[i]))
            entry = parity_i18n_get_entry (after, j);
        g_assert_nonnull (entry);
        g_assert_cmpstr (parity_i18n_entry_get_translation (entry, edits[i + 1]), ==,
                         edits[i + 2]);
      }
    assert_only_texts_differ (before, after);
  }
}

/* The labels of a chart's groups reach translators, and their translations the file; a
 * group by id without a label, which Parity names, offers nothing to translate. */
static void
test_chart_groups (void)
{
  static const char json[] =
    "{ \"format\": \"parity-dataset\", \"version\": 1, \"default_language\": \"en\",\n"
    "  \"title\": \"t\", \"sources\": [],\n"
    "  \"entities\": [ {\"id\": \"AFG\", \"label\": \"Afghanistan\", \"kind\": \"economy\"},\n"
    "    {\"id\": \"JPN\", \"label\": \"Japan\", \"kind\": \"economy\"} ],\n"
    "  \"indicators\": [ {\"id\": \"p\", \"label\": \"P\", \"unit\": {\"kind\": \"percent\"},\n"
    "    \"observations\": [ {\"entity\": \"AFG\", \"period\": \"2022\", \"value\": 18},\n"
    "      {\"entity\": \"JPN\", \"period\": \"2022\", \"value\": 85} ] } ],\n"
    "  \"charts\": [ {\"id\": \"s\", \"kind\": \"strip\", \"title\": \"T\",\n"
    "    \"indicator\": \"p\", \"period\": \"2022\", \"groups\": [\n"
    "      {\"label\": {\"en\": \"Richest\", \"fr\": \"Les plus riches\"},\n"
    "       \"entities\": [\"JPN\"]},\n"
    "      {\"group\": \"ldc\"},\n"
    "      {\"group\": \"ldc\", \"label\": \"LDCs\"} ] } ] }\n";
  static const char * const edits[] = { "$.charts[0].groups[2].label", "fr", "PMA", NULL };
  g_autoptr(GBytes) bytes = g_bytes_new_static (json, strlen (json));
  g_autoptr(ParityI18n) i18n = open_bytes (bytes);
  g_autoptr(GError) error = NULL;
  const ParityI18nEntry *richest = parity_i18n_lookup (i18n, "chart:s:groups[0].label");
  const ParityI18nEntry *ldcs = parity_i18n_lookup (i18n, "chart:s:groups[2].label");
  g_autofree char *result = NULL;
  gsize out_len = 0;

  g_assert_nonnull (richest);
  g_assert_cmpstr (richest->path, ==, "$.charts[0].groups[0].label");
  g_assert_cmpstr (richest->msgid, ==, "Richest");
  g_assert_cmpstr (parity_i18n_entry_get_translation (richest, "fr"), ==, "Les plus riches");
  g_assert_nonnull (strstr (richest->comment, "group of economies"));
  g_assert_null (parity_i18n_lookup (i18n, "chart:s:groups[1].label"));
  g_assert_nonnull (ldcs);
  g_assert_cmpstr (ldcs->msgid, ==, "LDCs");
  g_assert_cmpuint (parity_i18n_get_n_entries (i18n), ==, count_texts (bytes));

  result = _parity_i18n_rewrite (json, strlen (json), "en", edits, &out_len, &error);
  g_assert_no_error (error);
  {
    g_autoptr(GBytes) out = g_bytes_new (result, out_len);
    g_autoptr(ParityI18n) after = open_bytes (out);

    g_assert_cmpstr (parity_i18n_entry_get_translation (
                       parity_i18n_lookup (after, "chart:s:groups[2].label"), "fr"), ==, "PMA");
    assert_only_texts_differ (i18n, after);
  }
}

static void
test_rewrite_errors (void)
{
  static const char data[] = "{ \"a\": 1, \"b\": { \"en\": \"x\" } }";
  static const char * const number[] = { "$.a", "fr", "y", NULL };
  static const char * const absent[] = { "$.c", "fr", "y", NULL };
  static const char * const nested[] = { "$.b", "fr", "y", "$.b.en", "fr", "z", NULL };
  g_autoptr(GError) error = NULL;
  gsize len = 0;

  g_assert_null (_parity_i18n_rewrite (data, strlen (data), "en", number, &len, &error));
  g_assert_error (error, PARITY_ERROR, PARITY_ERROR_CONTENT);
  g_clear_error (&error);
  g_assert_null (_parity_i18n_rewrite (data, strlen (data), "en", absent, &len, &error));
  g_assert_error (error, PARITY_ERROR, PARITY_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (_parity_i18n_rewrite (data, strlen (data), "en", nested, &len, &error));
  g_assert_error (error, PARITY_ERROR, PARITY_ERROR_INVALID);
}

static void
check_round_trip (GBytes *bytes)
{
  g_auto(ParityI18nReport) report = { 0 };
  g_autoptr(GBytes) merged = round_trip (bytes, "fr", translate_t, &report);
  g_autoptr(ParityI18n) before = open_bytes (bytes);
  g_autoptr(ParityI18n) after = open_bytes (merged);
  guint n = parity_i18n_get_n_entries (before);
  const char *source = parity_i18n_get_source_lang (before);

  g_assert_cmpuint (report.n_merged + report.n_unchanged, ==, n);
  g_assert_cmpuint (report.n_unchanged, ==, 0);
  g_assert_cmpuint (report.untranslated->len + report.fuzzy->len + report.stale->len +
                    report.unknown->len + report.missing->len, ==, 0);
  g_assert_cmpuint (parity_i18n_count_translated (after, "fr"), ==, n);
  for (guint i = 0; i < n; i++)
    {
      const ParityI18nEntry *old = parity_i18n_get_entry (before, i);
      const ParityI18nEntry *new = parity_i18n_get_entry (after, i);
      g_autofree char *t = g_strdup_printf ("T(%s)", old->msgid);

      g_assert_cmpstr (new->context, ==, old->context);
      g_assert_cmpstr (new->msgid, ==, old->msgid);
      g_assert_cmpstr (parity_i18n_entry_get_translation (new, "fr"), ==, t);
      /* A plain string becomes { "en": <the string as written>, "fr": "…" }. */
      if (((const char *)g_bytes_get_data (bytes, NULL))[old->start] == '"')
        {
          gsize old_len, new_len;
          const char *old_text = span_text (bytes, old, &old_len);
          const char *new_text = span_text (merged, new, &new_len);
          g_autoptr(GString) want = g_string_new ("{ \"");

          g_string_append_printf (want, "%s\": ", source);
          g_string_append_len (want, old_text, old_len);
          g_string_append (want, ", \"fr\": ");
          _parity_json_string_append (want, t);
          g_string_append (want, " }");
          g_assert_cmpmem (new_text, new_len, want->str, want->len);
        }
    }
  assert_only_texts_differ (before, after);

  /* A PO file of what the dataset now has merges to the same bytes. */
  {
    g_autoptr(GBytes) po_bytes = NULL;
    g_autoptr(GError) error = NULL;
    g_autofree char *dir = make_tmpdir ();
    g_autofree char *path = g_build_filename (dir, "fr.po", NULL);
    g_autoptr(ParityI18nPo) po = NULL;
    g_auto(ParityI18nReport) again = { 0 };
    g_autoptr(GBytes) same = NULL;

    po_bytes = parity_i18n_to_po (after, "fr", &error);
    g_assert_no_error (error);
    write_bytes (path, po_bytes);
    po = parity_i18n_po_read (path, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (po->lang, ==, "fr");
    g_assert_cmpstr (po->header_lang, ==, "fr");
    g_assert_cmpuint (po->messages->len, ==, n);
    same = parity_i18n_merge (after, po->lang, po->messages, &again, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (again.n_unchanged, ==, n);
    g_assert_cmpuint (again.n_merged, ==, 0);
    g_assert_true (g_bytes_equal (same, merged));
    remove_tmpdir (dir);
  }
}

static void
test_round_trip_bundled (void)
{
  g_autoptr(GBytes) bytes = read_bundled ();

  check_round_trip (bytes);
}

static void
test_round_trip_small (void)
{
  g_autoptr(GBytes) bytes = read_fixture ("small.json");

  check_round_trip (bytes);
}

/* Windows line ends and a byte order mark stay as they are. */
static void
test_round_trip_crlf_bom (void)
{
  g_autoptr(GBytes) small = read_fixture ("small.json");
  g_autoptr(GString) crlf = g_string_new ("\xEF\xBB\xBF");
  g_autoptr(GBytes) bytes = NULL;
  gsize len;
  const char *data = g_bytes_get_data (small, &len);

  for (gsize i = 0; i < len; i++)
    {
      if (data[i] == '\n')
        g_string_append_c (crlf, '\r');
      g_string_append_c (crlf, data[i]);
    }
  bytes = g_bytes_new (crlf->str, crlf->len);
  check_round_trip (bytes);
}

static void
test_no_translations (void)
{
  g_autoptr(GBytes) bytes = read_bundled ();
  g_auto(ParityI18nReport) report = { 0 };
  g_autoptr(GBytes) merged = round_trip (bytes, "fr", translate_none, &report);
  g_autoptr(ParityI18n) i18n = open_bytes (bytes);

  g_assert_true (g_bytes_equal (merged, bytes));
  g_assert_cmpuint (report.n_merged, ==, 0);
  g_assert_cmpuint (report.untranslated->len, ==, parity_i18n_get_n_entries (i18n));
}

static char *
translate_some (const char *context,
                const char *msgid)
{
  if (g_str_equal (context, "entity:WLD:label"))
    return g_strdup ("Monde");
  if (g_str_equal (context, "chart:donut:title"))
    return g_strdup ("FUZZY:Parts");
  return NULL;
}

/* Each way an entry is not merged, counted and named. */
static void
test_not_merged (void)
{
  g_autoptr(GBytes) bytes = read_fixture ("small.json");
  g_autoptr(ParityI18n) i18n = open_bytes (bytes);
  g_autoptr(GPtrArray) messages = g_ptr_array_new_with_free_func ((GDestroyNotify)parity_i18n_message_free);
  g_auto(ParityI18nReport) report = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) merged = NULL;
  g_autoptr(ParityI18n) after = NULL;

  g_ptr_array_add (messages, parity_i18n_message_new ("entity:WLD:label", "World", "Monde", FALSE));
  g_ptr_array_add (messages, parity_i18n_message_new ("entity:LDC:label", "Least developed countries",
                                                      "Pays les moins avancés", TRUE));
  g_ptr_array_add (messages, parity_i18n_message_new ("entity:LDC:short_label", "LDCs", "", FALSE));
  g_ptr_array_add (messages, parity_i18n_message_new ("dataset:title", "A small \"test\" dataset",
                                                      "", FALSE));
  g_ptr_array_add (messages, parity_i18n_message_new ("chart:donut:title", "Old title", "Ancien titre",
                                                      FALSE));
  g_ptr_array_add (messages, parity_i18n_message_new ("entity:GONE:label", "Gone", "Parti", FALSE));
  g_ptr_array_add (messages, parity_i18n_message_new ("source:S1:title", "A source", "Une source",
                                                      FALSE));
  merged = parity_i18n_merge (i18n, "fr", messages, &report, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (report.n_merged, ==, 1);
  g_assert_cmpuint (report.n_unchanged, ==, 1);
  g_assert_cmpuint (report.fuzzy->len, ==, 1);
  g_assert_cmpstr (report.fuzzy->pdata[0], ==, "entity:LDC:label");
  g_assert_cmpuint (report.untranslated->len, ==, 1);
  g_assert_cmpstr (report.untranslated->pdata[0], ==, "dataset:title");
  /* Left empty, but French charts name the LDCs in the program's own words. */
  g_assert_cmpuint (report.named->len, ==, 1);
  g_assert_cmpstr (report.named->pdata[0], ==, "entity:LDC:short_label");
  g_assert_cmpuint (report.stale->len, ==, 1);
  g_assert_cmpstr (report.stale->pdata[0], ==, "chart:donut:title");
  g_assert_cmpuint (report.unknown->len, ==, 1);
  g_assert_cmpstr (report.unknown->pdata[0], ==, "entity:GONE:label");
  g_assert_cmpuint (report.missing->len, ==, parity_i18n_get_n_entries (i18n) - 6);

  after = open_bytes (merged);
  g_assert_cmpstr (parity_i18n_entry_get_translation (parity_i18n_lookup (after, "entity:WLD:label"), "fr"),
                   ==, "Monde");
  g_assert_null (parity_i18n_entry_get_translation (parity_i18n_lookup (after, "entity:LDC:label"), "fr"));
  g_assert_null (parity_i18n_entry_get_translation (parity_i18n_lookup (after, "chart:donut:title"), "fr"));
  g_assert_null (parity_i18n_entry_get_translation (parity_i18n_lookup (after, "entity:LDC:short_label"), "fr"));
  assert_only_texts_differ (i18n, after);

  /* The same through a real PO file, written and read by libgettextpo. */
  {
    g_auto(ParityI18nReport) again = { 0 };
    g_autoptr(GBytes) partly = round_trip (bytes, "fr_FR", translate_some, &again);
    g_autoptr(ParityI18n) fr_fr = open_bytes (partly);

    g_assert_cmpuint (again.n_merged, ==, 1);
    g_assert_cmpuint (again.fuzzy->len, ==, 1);
    g_assert_cmpstr (again.fuzzy->pdata[0], ==, "chart:donut:title");
    /* The LDCs' label and short label are named in French by the program. */
    g_assert_cmpuint (again.named->len, ==, 2);
    g_assert_cmpuint (again.untranslated->len, ==, parity_i18n_get_n_entries (i18n) - 4);
    g_assert_cmpstr (parity_i18n_entry_get_translation (parity_i18n_lookup (fr_fr, "entity:WLD:label"), "fr-FR"),
                     ==, "Monde");
    assert_only_texts_differ (i18n, fr_fr);
  }
}

/* Translations into the source language are refused, and tags must be tags. */
static void
test_merge_refused (void)
{
  g_autoptr(GBytes) bytes = read_fixture ("small.json");
  g_autoptr(ParityI18n) i18n = open_bytes (bytes);
  g_autoptr(GPtrArray) messages = g_ptr_array_new_with_free_func ((GDestroyNotify)parity_i18n_message_free);
  g_auto(ParityI18nReport) r1 = { 0 };
  g_auto(ParityI18nReport) r2 = { 0 };
  g_autoptr(GError) error = NULL;

  g_ptr_array_add (messages, parity_i18n_message_new ("entity:WLD:label", "World", "Earth", FALSE));
  g_assert_null (parity_i18n_merge (i18n, "EN", messages, &r1, &error));
  g_assert_error (error, PARITY_ERROR, PARITY_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (parity_i18n_merge (i18n, "fr_FR", messages, &r2, &error));
  g_assert_error (error, PARITY_ERROR, PARITY_ERROR_INVALID);
}

/* Special characters come out escaped as JSON needs, and read back the same. */
static void
test_escaping (void)
{
  static const char * const values[] = {
    "quote \" backslash \\ slash /",
    "line\nbreak\r\ttab",
    "control \x01\x1f and DEL \x7f",
    "Ünïcödé — ‘quotes’ 中文 العربية 😀",
    "\u2028 line separator",
  };
  g_autoptr(GBytes) bytes = read_fixture ("small.json");
  g_autoptr(ParityI18n) i18n = open_bytes (bytes);

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      g_autoptr(GPtrArray) messages = g_ptr_array_new_with_free_func ((GDestroyNotify)parity_i18n_message_free);
      g_auto(ParityI18nReport) report = { 0 };
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) merged = NULL;
      g_autoptr(ParityI18n) after = NULL;

      g_ptr_array_add (messages, parity_i18n_message_new ("entity:LDC:label", "Least developed countries",
                                                          values[i], FALSE));
      g_ptr_array_add (messages, parity_i18n_message_new ("entity:WLD:label", "World", values[i],
                                                          FALSE));
      merged = parity_i18n_merge (i18n, "fr", messages, &report, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (report.n_merged, ==, 2);
      after = open_bytes (merged);
      g_assert_cmpstr (parity_i18n_entry_get_translation (parity_i18n_lookup (after, "entity:LDC:label"), "fr"),
                       ==, values[i]);
      g_assert_cmpstr (parity_i18n_entry_get_translation (parity_i18n_lookup (after, "entity:WLD:label"), "fr"),
                       ==, values[i]);
    }
}

static void
test_spans (void)
{
  static const char doc[] =
    "\xEF\xBB\xBF{ \"a\" : [ 1, {\"b\":[]}, [ [ \"x\" ] ], -2.5e+3 ],\n"
    "  \"odd name\": { }, \"e\\u0073c\": \"\\ud83d\\ude00\\n\", \"a\": true }";
  const char * const wanted[] = { "$", "$.a", "$.a[0]", "$.a[1].b", "$.a[2][0][0]",
                                  "$.a[3]", "$['odd name']", "$.esc", "$.nothing" };
  const char * const expected[] = { NULL, "true", "1", "[]", "\"x\"", "-2.5e+3", "{ }",
                                    "\"\\ud83d\\ude00\\n\"", NULL };
  g_autoptr(GHashTable) paths = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) spans = NULL;
  g_autoptr(GError) error = NULL;
  gsize len = strlen (doc);

  for (guint i = 0; i < G_N_ELEMENTS (wanted); i++)
    g_hash_table_add (paths, (gpointer)wanted[i]);
  spans = _parity_json_spans_find (doc, len, paths, "doc", &error);
  g_assert_no_error (error);
  for (guint i = 1; i < G_N_ELEMENTS (wanted); i++)
    {
      ParityJsonSpan *span = g_hash_table_lookup (spans, wanted[i]);

      if (expected[i] == NULL)
        {
          g_assert_null (span);
          continue;
        }
      g_assert_nonnull (span);
      g_assert_cmpmem (doc + span->start, span->end - span->start, expected[i],
                       strlen (expected[i]));
    }
  {
    ParityJsonSpan *root = g_hash_table_lookup (spans, "$");
    ParityJsonSpan *esc = g_hash_table_lookup (spans, "$.esc");
    g_autofree char *decoded = _parity_json_string_decode (doc, *esc);
    g_autoptr(GArray) members = _parity_json_spans_members (doc, *root);

    g_assert_cmpuint (root->start, ==, 3);
    g_assert_cmpuint (root->end, ==, len);
    g_assert_cmpstr (decoded, ==, "😀\n");
    g_assert_cmpuint (members->len, ==, 4);
    g_assert_cmpstr (g_array_index (members, ParityJsonMember, 1).key, ==, "odd name");
    g_assert_cmpstr (g_array_index (members, ParityJsonMember, 2).key, ==, "esc");
  }

  g_assert_null (_parity_json_spans_find ("{ \"a\": 01 }", 11, paths, "bad.json", &error));
  g_assert_error (error, PARITY_ERROR, PARITY_ERROR_SYNTAX);
  g_assert_true (g_str_has_prefix (error->message, "bad.json:1:"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/i18n/spans", test_spans);
  g_test_add_func ("/i18n/entries/bundled", test_bundled_entries);
  g_test_add_func ("/i18n/entries/small", test_small_entries);
  g_test_add_func ("/i18n/rewrite/fixture", test_rewrite_fixture);
  g_test_add_func ("/i18n/rewrite/errors", test_rewrite_errors);
  g_test_add_func ("/i18n/chart-groups", test_chart_groups);
  g_test_add_func ("/i18n/round-trip/bundled", test_round_trip_bundled);
  g_test_add_func ("/i18n/round-trip/small", test_round_trip_small);
  g_test_add_func ("/i18n/round-trip/crlf-bom", test_round_trip_crlf_bom);
  g_test_add_func ("/i18n/merge/no-translations", test_no_translations);
  g_test_add_func ("/i18n/merge/not-merged", test_not_merged);
  g_test_add_func ("/i18n/merge/refused", test_merge_refused);
  g_test_add_func ("/i18n/merge/escaping", test_escaping);

  return g_test_run ();
}
