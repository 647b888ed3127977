/* dataset-dump.c: the pieces of the loader tests' model summaries (the .expected files)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>

#include <string.h>

#include "dataset-dump.h"
#include "parity-error.h"

static const char * const unit_kinds[] = {
  "other", "percent", "count", "currency", "rate", "bitrate", "ratio",
};

static void
append_quoted (GString    *out,
               const char *s)
{
  g_string_append_c (out, '"');
  for (const char *p = s; *p; p++)
    {
      if (*p == '"' || *p == '\\')
        g_string_append_printf (out, "\\%c", *p);
      else if (*p == '\n')
        g_string_append (out, "\\n");
      else if ((guchar)*p < 0x20)
        g_string_append_printf (out, "\\x%02X", (guchar)*p);
      else
        g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

static int
compare_langs (gconstpointer a,
               gconstpointer b)
{
  return g_ascii_strcasecmp (*(const char * const *)a, *(const char * const *)b);
}

/* "  label: en="World" fr="Monde"", languages sorted so that the dump does not depend on the
 * order they were stored in (/loader/text-order checks that); nothing for an absent text. */
void
dataset_dump_text (GString          *out,
                   const char       *indent,
                   const char       *name,
                   const ParityText *text)
{
  g_autoptr(GPtrArray) langs = g_ptr_array_new ();

  if (text == NULL)
    return;
  for (guint i = 0; i < parity_text_get_n_langs (text); i++)
    g_ptr_array_add (langs, (gpointer)parity_text_get_lang (text, i));
  g_ptr_array_sort (langs, compare_langs);
  g_string_append_printf (out, "%s%s:", indent, name);
  for (guint i = 0; i < langs->len; i++)
    {
      const char *lang = g_ptr_array_index (langs, i);

      g_string_append_printf (out, " %s=", lang);
      append_quoted (out, parity_text_get_exact (text, lang));
    }
  g_string_append_c (out, '\n');
}

const char *
dataset_dump_source_id (ParityDataset *dataset,
                        guint32        source)
{
  if (source == PARITY_INDEX_NONE)
    return "-";
  return parity_dataset_get_source (dataset, source)->id;
}

void
dataset_dump_number (GString *out,
                     double   value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (isnan (value))
    g_string_append (out, "missing");
  else
    g_string_append (out, g_ascii_formatd (buffer, sizeof buffer, "%.17g", value));
}

/* "indicator ID", its texts, unit and source, then a line per observation. */
void
dataset_dump_indicator (GString               *out,
                        ParityDataset         *dataset,
                        const ParityIndicator *indicator)
{
  const ParityObservations *obs = &indicator->obs;

  g_string_append_printf (out, "indicator %s\n", indicator->id);
  dataset_dump_text (out, "  ", "label", indicator->label);
  g_string_append_printf (out, "  unit: %s scale=", unit_kinds[indicator->unit.kind]);
  dataset_dump_number (out, indicator->unit.scale);
  g_string_append_c (out, '\n');
  dataset_dump_text (out, "  ", "unit symbol", indicator->unit.symbol);
  dataset_dump_text (out, "  ", "unit label", indicator->unit.label);
  g_string_append_printf (out, "  decimals: %u\n", indicator->decimals);
  g_string_append_printf (out, "  source: %s\n", dataset_dump_source_id (dataset, indicator->source));
  dataset_dump_text (out, "  ", "notes", indicator->notes);
  for (guint i = 0; i < obs->len; i++)
    {
      const ParityText *note = NULL;

      g_string_append_printf (out, "  obs %s %s [%s] ",
                              parity_dataset_get_entity (dataset, obs->entity[i])->id,
                              parity_dataset_get_period (dataset, obs->period[i]),
                              parity_dataset_get_breakdown (dataset, obs->breakdown[i]));
      dataset_dump_number (out, obs->value[i]);
      g_string_append_printf (out, " %s source=%s\n",
                              parity_qualifier_to_string (obs->qualifier[i]),
                              dataset_dump_source_id (dataset, obs->source[i]));
      if (indicator->obs_notes != NULL)
        note = g_hash_table_lookup (indicator->obs_notes, GUINT_TO_POINTER (i));
      dataset_dump_text (out, "    ", "note", note);
    }
}

/* @actual must equal the file at @expected_path; with PARITY_TEST_WRITE_EXPECTED set, a
 * missing file is written from @actual instead (read it before committing). */
void
dataset_dump_compare_or_write (const char *expected_path,
                               const char *actual)
{
  g_autofree char *expected = NULL;
  g_autoptr(GError) error = NULL;

  if (!g_file_get_contents (expected_path, &expected, NULL, NULL))
    {
      if (g_getenv ("PARITY_TEST_WRITE_EXPECTED") != NULL)
        {
          g_file_set_contents (expected_path, actual, -1, &error);
          g_assert_no_error (error);
          g_test_message ("wrote %s", expected_path);
          return;
        }
      g_test_fail_printf ("%s is missing; actual:\n%s", expected_path, actual);
      return;
    }
  g_assert_cmpstr (actual, ==, expected);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *)a, *(const char * const *)b);
}

/* One test per file of @dir/@kind (under the test sources) whose name ends in @suffix, in
 * name order, named "/@dir/@kind/NAME" without the suffix; @func gets the file's path. */
void
dataset_dump_add_fixture_tests (const char    *dir,
                                const char    *kind,
                                const char    *suffix,
                                GTestDataFunc  func)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, dir, kind, NULL);
  g_autoptr(GDir) listing = g_dir_open (path, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *entry;

  g_assert_nonnull (listing);
  while ((entry = g_dir_read_name (listing)) != NULL)
    if (g_str_has_suffix (entry, suffix))
      g_ptr_array_add (names, g_strdup (entry));
  g_assert_cmpuint (names->len, >, 0);
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    {
      const char *name = names->pdata[i];
      g_autofree char *test_path = g_strdup_printf ("/%s/%s/%.*s", dir, kind,
                                                    (int)(strlen (name) - strlen (suffix)),
                                                    name);

      g_test_add_data_func_full (test_path, g_build_filename (path, name, NULL), func, g_free);
    }
}

/* NAME.EXT → NAME.SUFFIX beside it, for @path ending in @ext. */
char *
dataset_dump_sibling (const char *path,
                      const char *ext,
                      const char *suffix)
{
  g_autofree char *stem = g_strndup (path, strlen (path) - strlen (ext));

  return g_strconcat (stem, suffix, NULL);
}

/* A fixture that must fail: @error, a ParityError, against @path's sibling NAME.error. */
void
dataset_dump_compare_error (const char   *path,
                            const GError *error)
{
  g_autofree char *expected = dataset_dump_sibling (path, ".json", ".error");
  g_autofree char *line = NULL;

  g_assert_nonnull (error);
  g_assert_error (error, PARITY_ERROR, error->code);
  line = g_strconcat (error->message, "\n", NULL);
  dataset_dump_compare_or_write (expected, line);
}
