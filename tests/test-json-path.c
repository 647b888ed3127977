/* test-json-path.c: JSON paths written once, found again by the spans
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>
#include <glib.h>

#include "parity-json-path.h"
#include "parity-json-reader.h"
#include "parity-json-spans.h"

/* Member names a path must quote or escape, and some it need not. */
static const char *const awkward[] = {
  "title", "_x", "a-b", "a.b", "a[0]", "[0]", "it's", "back\\slash", "quote\"d", "a'b]c",
  "\\'", "$", "with space", "1abc", "ünïcödé", "标题", "", "tab\there", "new\nline",
  NULL,
};

/* { "charts": [ { <name>: { "fr": "v<i>" } } ] } for each awkward name, one chart each. */
static char *
document (void)
{
  GString *out = g_string_new ("{\"charts\": [");

  for (guint i = 0; awkward[i] != NULL; i++)
    {
      g_string_append (out, i > 0 ? ", {" : "{");
      _parity_json_string_append (out, awkward[i]);
      g_string_append_printf (out, ": {\"fr\": \"v%u\"}}", i);
    }
  g_string_append (out, "]}");
  return g_string_free (out, FALSE);
}

/* The path of $.charts[i].<name>.fr, as the reader's messages write it. */
static char *
reader_path (guint i)
{
  ParityJsonReader reader;
  char *path;

  _parity_json_reader_init (&reader, "test", NULL);
  _parity_json_reader_push_member (&reader, "charts");
  _parity_json_reader_push_index (&reader, i);
  _parity_json_reader_push_member (&reader, awkward[i]);
  _parity_json_reader_push_member (&reader, "fr");
  path = g_strdup (reader.path->str);
  _parity_json_reader_clear (&reader);
  return path;
}

static void
test_json_path_round_trip (void)
{
  g_autofree char *data = document ();
  g_autoptr(GHashTable) paths = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) found = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; awkward[i] != NULL; i++)
    g_hash_table_add (paths, reader_path (i));
  found = _parity_json_spans_find (data, strlen (data), paths, "test", &error);
  g_assert_no_error (error);
  g_assert_nonnull (found);
  for (guint i = 0; awkward[i] != NULL; i++)
    {
      g_autofree char *path = reader_path (i);
      g_autofree char *want = g_strdup_printf ("\"v%u\"", i);
      const ParityJsonSpan *span = g_hash_table_lookup (found, path);

      g_test_message ("%s", path);
      g_assert_nonnull (span);
      g_assert_cmpmem (data + span->start, span->end - span->start, want, strlen (want));
    }
  g_assert_cmpuint (g_hash_table_size (found), ==, g_hash_table_size (paths));
}

static void
test_json_path_syntax (void)
{
  static const struct { const char *member; const char *path; } cases[] = {
    { "title", "$.title" },
    { "a-b", "$.a-b" },
    { "a.b", "$['a.b']" },
    { "a[0]", "$['a[0]']" },
    { "it's", "$['it\\'s']" },
    { "back\\slash", "$['back\\\\slash']" },
    { "quote\"d", "$['quote\"d']" },
    { "1abc", "$['1abc']" },
    { "ünï", "$['ünï']" },
    { "", "$['']" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GString) path = g_string_new ("$");

      _parity_json_path_append_member (path, cases[i].member);
      g_assert_cmpstr (path->str, ==, cases[i].path);
    }
  {
    g_autoptr(GString) path = g_string_new ("$");

    _parity_json_path_append_index (path, 0);
    _parity_json_path_append_index (path, 4294967295u);
    g_assert_cmpstr (path->str, ==, "$[0][4294967295]");
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/json-path/syntax", test_json_path_syntax);
  g_test_add_func ("/json-path/round-trip", test_json_path_round_trip);
  return g_test_run ();
}
