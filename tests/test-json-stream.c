/* test-json-stream.c: a native dataset's observations, a World Bank response's records and
 * an SDMX-JSON message's series read from the bytes (the fast path, and json-glib an
 * element at a time) against json-glib's tree of the whole document
 *
 * Every document is loaded three ways (parity-native-stream.h): PARITY_STREAM_FAST, what
 * users get; PARITY_STREAM_ELEMENTS, every element through json-glib and load_observation();
 * PARITY_STREAM_OFF, the whole tree as before streaming. The three datasets must be the same
 * to the bit, and a document that fails must fail with the same message.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib.h>
#include <math.h>
#include <string.h>

#include "parity-error.h"
#include "parity-load-hooks.h"
#include "parity-loader.h"
#include "parity-native-stream.h"
#include "parity-native-writer.h"

static const ParityStreamMode modes[] = {
  PARITY_STREAM_FAST, PARITY_STREAM_ELEMENTS, PARITY_STREAM_OFF,
};

static ParityDataset *
load_in_mode (const char        *json,
              gsize              len,
              ParityStreamMode   mode,
              GError           **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (json, len);
  ParityDataset *dataset;

  _parity_stream_set_mode (mode);
  dataset = parity_dataset_load_bytes (bytes, "stream.json", error);
  _parity_stream_set_mode (PARITY_STREAM_FAST);
  return dataset;
}

/* Every language of @text, for comparing notes. */
static char *
text_dump (GHashTable *notes,
           guint       index)
{
  const ParityText *text = notes != NULL ? g_hash_table_lookup (notes, GUINT_TO_POINTER (index))
                                         : NULL;
  GString *out = g_string_new (NULL);

  for (guint i = 0; text != NULL && i < parity_text_get_n_langs (text); i++)
    {
      const char *lang = parity_text_get_lang (text, i);

      g_string_append_printf (out, "%s=%s;", lang, parity_text_get_exact (text, lang));
    }
  return g_string_free (out, FALSE);
}

/* Same observations, periods, breakdowns, notes, values to the bit; and the same document
 * when written out. */
static void
assert_same (ParityDataset *a,
             ParityDataset *b)
{
  g_autofree char *json_a = parity_dataset_to_json (a);
  g_autofree char *json_b = parity_dataset_to_json (b);
  const char * const *warnings_a = parity_dataset_get_warnings (a);
  const char * const *warnings_b = parity_dataset_get_warnings (b);

  g_assert_cmpuint (parity_dataset_get_n_indicators (a), ==, parity_dataset_get_n_indicators (b));
  g_assert_cmpuint (parity_dataset_get_n_periods (a), ==, parity_dataset_get_n_periods (b));
  for (guint p = 0; p < parity_dataset_get_n_periods (a); p++)
    g_assert_cmpstr (parity_dataset_get_period (a, p), ==, parity_dataset_get_period (b, p));
  for (guint i = 0; i < parity_dataset_get_n_indicators (a); i++)
    {
      const ParityIndicator *x = parity_dataset_get_indicator (a, i);
      const ParityIndicator *y = parity_dataset_get_indicator (b, i);

      g_assert_cmpuint (x->obs.len, ==, y->obs.len);
      g_assert_cmpmem (x->obs.entity, x->obs.len * sizeof (guint32),
                       y->obs.entity, y->obs.len * sizeof (guint32));
      g_assert_cmpmem (x->obs.period, x->obs.len * sizeof (guint32),
                       y->obs.period, y->obs.len * sizeof (guint32));
      g_assert_cmpmem (x->obs.source, x->obs.len * sizeof (guint32),
                       y->obs.source, y->obs.len * sizeof (guint32));
      g_assert_cmpmem (x->obs.value, x->obs.len * sizeof (double),
                       y->obs.value, y->obs.len * sizeof (double));
      g_assert_cmpmem (x->obs.qualifier, x->obs.len, y->obs.qualifier, y->obs.len);
      for (guint o = 0; o < x->obs.len; o++)
        {
          g_autofree char *note_x = text_dump (x->obs_notes, o);
          g_autofree char *note_y = text_dump (y->obs_notes, o);

          g_assert_cmpstr (parity_dataset_get_breakdown (a, x->obs.breakdown[o]), ==,
                           parity_dataset_get_breakdown (b, y->obs.breakdown[o]));
          g_assert_cmpstr (note_x, ==, note_y);
        }
    }
  g_assert_cmpstr (json_a, ==, json_b);
  g_assert_cmpuint (g_strv_length ((GStrv)warnings_a), ==, g_strv_length ((GStrv)warnings_b));
  for (guint w = 0; warnings_a[w] != NULL; w++)
    g_assert_cmpstr (warnings_a[w], ==, warnings_b[w]);
  g_assert_cmpuint (parity_dataset_get_left_out (a, PARITY_LEFT_OUT_VALUES), ==,
                    parity_dataset_get_left_out (b, PARITY_LEFT_OUT_VALUES));
}

/* How many elements the last fast load gave json-glib, and the last element-at-a-time
 * load (every element cut out). */
static guint n_fallbacks;
static guint n_elements;

/* Loads @json three ways: all three load and are the same, or all three fail alike.
 * Returns the message of the failure, or NULL. */
static char *
check_three_ways (const char *json,
                  gsize       len)
{
  g_autoptr(ParityDataset) fast = NULL;
  g_autoptr(ParityDataset) elements = NULL;
  g_autoptr(ParityDataset) tree = NULL;
  g_autoptr(GError) fast_error = NULL;
  g_autoptr(GError) elements_error = NULL;
  g_autoptr(GError) tree_error = NULL;

  _parity_stream_take_n_through_json_glib ();
  fast = load_in_mode (json, len, modes[0], &fast_error);
  n_fallbacks = _parity_stream_take_n_through_json_glib ();
  elements = load_in_mode (json, len, modes[1], &elements_error);
  n_elements = _parity_stream_take_n_through_json_glib ();
  tree = load_in_mode (json, len, modes[2], &tree_error);
  if (tree == NULL)
    {
      g_assert_null (fast);
      g_assert_null (elements);
      g_assert_cmpstr (fast_error->message, ==, tree_error->message);
      g_assert_cmpstr (elements_error->message, ==, tree_error->message);
      g_assert_cmpint (fast_error->code, ==, tree_error->code);
      return g_strdup (tree_error->message);
    }
  g_assert_no_error (fast_error);
  g_assert_no_error (elements_error);
  assert_same (fast, tree);
  assert_same (elements, tree);
  return NULL;
}

static void
check_file (const char *path)
{
  g_autofree char *json = NULL;
  g_autofree char *message = NULL;
  gsize len;

  g_assert_true (g_file_get_contents (path, &json, &len, NULL));
  message = check_three_ways (json, len);
}

static const char *head =
  "{\"format\": \"parity-dataset\", \"version\": 1, \"default_language\": \"en\",\n"
  " \"title\": \"Stream\",\n"
  " \"sources\": [{\"id\": \"S1\", \"title\": \"One\"}, {\"id\": \"S2\", \"title\": \"Two\"}],\n"
  " \"entities\": [{\"id\": \"E001\", \"label\": \"One\"}, {\"id\": \"E002\", \"label\": \"Two\"},\n"
  "              {\"id\": \"E003\", \"label\": \"Three\"}],\n"
  " \"indicators\": [";

static GString *
document (const char *observations_0,
          const char *observations_1)
{
  GString *out = g_string_new (head);

  g_string_append_printf (out, "{\"id\": \"a\", \"label\": \"A\", \"unit\": {\"kind\": \"count\"},"
                          " \"observations\": [%s]},\n", observations_0);
  g_string_append_printf (out, "  {\"id\": \"b\", \"label\": \"B\", \"unit\": {\"kind\": "
                          "\"percent\"}, \"observations\": [%s]}]}\n", observations_1);
  return out;
}

/* Numbers of every shape the fast path reads itself or leaves to json-glib: whole numbers
 * up to and past 18 digits, fractions up to and past 15 significant digits, exponents,
 * negative zeros, values that round at the last bit. */
static void
test_generated (void)
{
  static const char * const qualifiers[] = { "", ", \"qualifier\": \"estimate\"",
                                             ", \"qualifier\": \"exact\"",
                                             ", \"qualifier\": \"less-than\"" };
  g_autoptr(GString) obs = g_string_new (NULL);
  g_autoptr(GString) doc = NULL;
  g_autofree char *message = NULL;
  guint32 seed = 7;

  for (guint i = 0; i < 20000; i++)
    {
      char number[64];
      guint64 r;

      seed = seed * 1103515245 + 12345;
      r = seed;
      seed = seed * 1103515245 + 12345;
      r = (r << 32) | seed;
      switch (i % 10)
        {
        case 0: g_snprintf (number, sizeof number, "%" G_GUINT64_FORMAT, r % 1000000); break;
        case 1: g_snprintf (number, sizeof number, "-%" G_GUINT64_FORMAT, r); break;
        case 2: g_snprintf (number, sizeof number, "%.2f", (r % 100000) / 100.0); break;
        case 3: g_snprintf (number, sizeof number, "%.17g", (double)r / 3e7); break;
        case 4: g_snprintf (number, sizeof number, "%.15g", (double)r / 7e9); break;
        case 5: g_snprintf (number, sizeof number, "%.6e", (double)(r % 99991) * 1e-9); break;
        case 6: g_snprintf (number, sizeof number, "%sE+%u", i % 20 ? "3.25" : "-0",
                            (guint)(r % 300)); break;
        case 7: g_strlcpy (number, i % 20 ? "-0" : "-0.0", sizeof number); break;
        case 8: g_snprintf (number, sizeof number, "0.%018" G_GUINT64_FORMAT, r % 1000000000000000000); break;
        default: g_snprintf (number, sizeof number, "%" G_GUINT64_FORMAT "%03u.5", r, i % 1000); break;
        }
      g_string_append_printf (obs, "%s{\"entity\": \"E00%u\", \"period\": \"%u\", \"value\": %s%s%s}",
                              i > 0 ? ", " : "", 1 + i % 3, 1960 + i % 61, number,
                              qualifiers[i % 4], i % 7 == 0 ? ", \"source\": \"S2\"" : "");
    }
  doc = document (obs->str, "{\"period\": \"2000\", \"entity\": \"E001\", \"value\": null}");
  message = check_three_ways (doc->str, doc->len);
  g_assert_null (message);
  /* Only the whole numbers of more than 18 digits (some of case 1, all of case 9) and the
   * fractions with an unknown qualifier ("less-than" is known) go to json-glib. */
  g_assert_cmpuint (n_fallbacks, <, 20000 / 10 * 2 + 1);
  g_assert_cmpuint (n_fallbacks, >, 0);
}

/* Odd but valid JSON inside observations: whatever json-glib made of it, the stream makes. */
static void
test_odd_but_valid (void)
{
  static const char *observations =
    "\n\t{ \"entity\" :\"E\\u0030\\u00301\" ,\"period\":\"2019\",\"value\":1}\r\n,"
    "{\"value\" : 2.5e-3 , \"period\" :\n\"2018\", \"entity\": \"E002\"},"
    "{\"period\": \"2017\", \"value\": -0, \"entity\": \"E003\"},"
    "{\"period\": \"2016\", \"value\": -0.0, \"entity\": \"E003\"},"
    "{\"period\": \"2015\", \"value\": 1E2, \"entity\": \"E003\"},"
    "{\"entity\": \"E001\", \"period\": \"2014\", \"value\": 1, \"value\": 2},"
    "{\"entity\": \"E001\", \"period\": \"2013\", \"period\": \"2012\", \"value\": 3},"
    "{\"entity\": \"E001\", \"period\": \"2011\", \"value\": 12345678901234567890},"
    "{\"entity\": \"E001\", \"period\": \"2010\", \"value\": 0.1000000000000000055511151231257827},"
    "{\"entity\": \"E001\", \"period\": \"20\\u00309\", \"value\": 4, \"x-origin\": \"hand\"},"
    "{\"$schema\": \"x\", \"entity\": \"E002\", \"period\": \"2008\", \"value\": 5,"
    " \"note\": \"revised\", \"breakdown\": {\"sex\": \"female\", \"area\": \"urban\"}},"
    "{\"entity\": \"E002\", \"period\": \"2007\", \"value\": null, \"qualifier\": \"missing\"},"
    "{\"entity\": \"E002\", \"period\": \"2006\", \"qualifier\": \"missing\"},"
    "{\"entity\": \"E002\", \"period\": \"2005\", \"value\": 7, \"source\": \"S\\u0031\"},"
    "{\"entity\": \"E002\", \"period\": \"2004\", \"value\": 8, \"note\": {\"en\": \"a\", \"fr\": \"b\"}},"
    "{\"entity\": \"E002\",\"period\":\"2003\",\"value\":9,\"qualifier\":\"greater-than\"}  ";
  g_autoptr(GString) doc = document (observations, "");
  g_autofree char *message = check_three_ways (doc->str, doc->len);
  g_autoptr(ParityDataset) dataset = NULL;
  const ParityIndicator *a;
  double zero;

  g_assert_null (message);
  /* The escapes, repeated members, the 20-digit number and other members: 8 of the 16. */
  g_assert_cmpuint (n_fallbacks, ==, 8);
  dataset = load_in_mode (doc->str, doc->len, PARITY_STREAM_FAST, NULL);
  a = parity_dataset_get_indicator (dataset, 0);
  g_assert_cmpuint (a->obs.len, ==, 16);
  /* "-0" is a whole number for json-glib: +0; "-0.0" a fraction: -0. */
  zero = a->obs.value[2];
  g_assert_false (signbit (zero));
  zero = a->obs.value[3];
  g_assert_true (signbit (zero));
  g_assert_cmpfloat (a->obs.value[4], ==, 100);
  g_assert_cmpstr (parity_dataset_get_entity (dataset, a->obs.entity[0])->id, ==, "E001");
  g_assert_cmpstr (parity_dataset_get_period (dataset, a->obs.period[9]), ==, "2009");
  g_assert_cmpuint (parity_dataset_get_n_indicators (dataset), ==, 2);
  g_assert_cmpuint (parity_dataset_get_indicator (dataset, 1)->obs.len, ==, 0);
}

/* An error inside an observation: the tree's message and path, from the fast path's
 * fallback, the element at a time and the tree alike. */
static void
test_errors (void)
{
  static const struct
  {
    const char *element;
    const char *message;
  } cases[] = {
    { "{\"entity\": \"E009\", \"period\": \"2019\", \"value\": 1}",
      "stream.json: $.indicators[0].observations[2].entity: no entity has the id \"E009\"" },
    { "{\"entity\": \"E001\", \"period\": \"2019\", \"value\": \"1\"}",
      "stream.json: $.indicators[0].observations[2].value: expected a number, found a string" },
    { "{\"entity\": \"E001\", \"period\": \"2019\", \"value\": 1, \"colour\": 1}",
      "stream.json: $.indicators[0].observations[2].colour: unknown member \"colour\"" },
    { "{\"entity\": \"E001\", \"period\": \" 2019\", \"value\": 1}",
      "stream.json: $.indicators[0].observations[2].period: \" 2019\" is not an identifier "
      "(empty, or white space at an end)" },
    { "{\"entity\": \"E001\", \"period\": \"2019\", \"qualifier\": \"estimate\"}",
      "stream.json: $.indicators[0].observations[2].value: a value is required unless the "
      "qualifier is \"missing\"" },
    { "{\"entity\": \"E001\", \"period\": \"2019\", \"value\": 1, \"qualifier\": \"missing\"}",
      "stream.json: $.indicators[0].observations[2].value: a missing observation has no "
      "value (use null)" },
    { "{\"entity\": \"E001\", \"period\": \"2019\", \"value\": 1e999}",
      "stream.json: $.indicators[0].observations[2].value: the number is out of range" },
    { "{\"entity\": \"E001\", \"period\": \"2019\", \"value\": 1, \"source\": \"S9\"}",
      "stream.json: $.indicators[0].observations[2].source: no source has the id \"S9\"" },
    { "{\"entity\": \"E001\", \"period\": \"2019\", \"value\": 1, \"qualifier\": \"guess\"}",
      NULL },
    { "{\"entity\": \"E001\", \"value\": 1}",
      "stream.json: $.indicators[0].observations[2]: missing required member \"period\"" },
    { "[\"E001\", \"2019\", 1]",
      "stream.json: $.indicators[0].observations[2]: expected an object, found an array" },
    { "{\"entity\": 1, \"period\": \"2019\", \"value\": 1}",
      "stream.json: $.indicators[0].observations[2].entity: expected a string, found a number" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *observations =
        g_strdup_printf ("{\"entity\": \"E001\", \"period\": \"2000\", \"value\": 1},"
                         "{\"entity\": \"E002\", \"period\": \"2000\", \"value\": 2}, %s,"
                         "{\"entity\": \"E003\", \"period\": \"2000\", \"value\": 3}",
                         cases[i].element);
      g_autoptr(GString) doc = document (observations, "");
      g_autofree char *message = check_three_ways (doc->str, doc->len);

      g_assert_nonnull (message);
      if (cases[i].message != NULL)
        g_assert_cmpstr (message, ==, cases[i].message);
      else
        g_assert_true (g_str_has_prefix (message, "stream.json: $.indicators[0].observations[2]."
                                                  "qualifier: "));
    }
}

/* A World Bank response of three pages: records read one at a time are the tree's, the
 * values left out and the repeated records included; an error in a record is the tree's. */
static void
test_worldbank_pages (void)
{
  static const char * const codes[] = { "KE", "NG", "IN", "BR", "WLD" };
  g_autoptr(GString) doc = g_string_new ("[");
  g_autofree char *message = NULL;
  gsize at;

  for (guint page = 0; page < 3; page++)
    {
      g_string_append_printf (doc, "%s{\"page\": %u, \"pages\": 3, \"per_page\": 300, "
                              "\"total\": 900, \"lastupdated\": \"2024-06-28\"},\n[",
                              page > 0 ? ",\n" : "", page + 1);
      for (guint i = 0; i < 300; i++)
        {
          guint n = page * 300 + i;

          g_string_append_printf (doc, "%s{\"indicator\": {\"id\": \"IT.NET.USER.ZS\", "
                                  "\"value\": \"Internet\"}, \"country\": {\"id\": \"%s\", "
                                  "\"value\": \"C\\u00f4te %u\"}, \"countryiso3code\": \"\", "
                                  "\"date\": \"%u\", \"value\": %s, \"decimal\": 1}",
                                  i > 0 ? ", " : "", codes[n % 5], n % 5, 1900 + n / 5,
                                  n == 17 ? "\"n/a\"" : n % 11 == 0 ? "null" : "12.5e-1");
        }
      g_string_append (doc, "]");
    }
  g_string_append (doc, "]");
  message = check_three_ways (doc->str, doc->len);
  g_assert_null (message);
  g_assert_cmpuint (n_fallbacks, ==, 900);

  /* A record that is not an object, on the second page. */
  at = (gsize)(strstr (doc->str, "\"page\": 2") - doc->str);
  at = (gsize)(strstr (doc->str + at, "[") - doc->str);
  g_string_insert (doc, at + 1, "17, ");
  message = check_three_ways (doc->str, doc->len);
  g_assert_cmpstr (message, ==, "stream.json: $[3][0]: expected an object, found a number");
}

/* Every fixture of the loader's tests, valid and invalid, and every bundled dataset. */
static void
test_fixtures (void)
{
  static const char * const dirs[] = { "loader/valid", "loader/invalid", "untrusted", "worldbank",
                                       "worldbank/lang", NULL };
  g_auto(GStrv) bundled = parity_dataset_list_bundled ();
  guint checked = 0;

  for (guint d = 0; dirs[d] != NULL; d++)
    {
      g_autofree char *dir_path = g_test_build_filename (G_TEST_DIST, dirs[d], NULL);
      g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        if (g_str_has_suffix (name, ".json"))
          {
            g_autofree char *path = g_build_filename (dir_path, name, NULL);

            check_file (path);
            checked++;
          }
    }
  for (guint i = 0; bundled[i] != NULL; i++, checked++)
    check_file (bundled[i]);
  g_assert_cmpuint (checked, >, 100);
}

/* ---- SDMX-JSON ---------------------------------------------------------------------- */

/* An SDMX-JSON message of @n_areas areas × 2 indicators × @n_years years: 1.0 ("data"
 * holds the structure and data sets) or pre-1.0 (@legacy: at the top level), with series
 * or flat (AllDimensions). Values of every shape SDMX has: numbers, numeric strings,
 * missing markers, statuses by index. @extra goes first in the series (or observations);
 * area @n_areas is in the structure, for its keys. */
static GString *
sdmx_document (guint       n_areas,
               guint       n_years,
               gboolean    legacy,
               gboolean    flat,
               const char *extra)
{
  /* Before and after the number: a number, a fraction, numeric strings, missing markers. */
  static const char * const values[][2] = { { "", "" }, { "", ".25" }, { "\"", ".5\"" },
                                            { "null", NULL }, { "\"NaN\"", NULL },
                                            { "-", "" }, { "", "e-3" }, { "\" ", " \"" } };
  GString *out = g_string_new (legacy ? "{\"header\": {\"id\": \"G\", \"prepared\": "
                                        "\"2024-01-02\"},\n"
                                      : "{\"meta\": {\"id\": \"G\", \"prepared\": "
                                        "\"2024-01-02\"},\n \"data\": {\n");
  const char *area = "{\"id\": \"REF_AREA\", \"roles\": [\"REF_AREA\"], \"values\": [";
  const char *indicator = "{\"id\": \"INDICATOR\", \"values\": [{\"id\": \"IU\", \"name\": "
                          "\"Internet\"}, {\"id\": \"MOB\", \"name\": \"Mobile\"}]}";
  g_autoptr(GString) areas = g_string_new (area);
  g_autoptr(GString) years = g_string_new ("{\"id\": \"TIME_PERIOD\", \"roles\": "
                                           "[\"TIME_PERIOD\"], \"values\": [");

  /* One area more than the data has: the extra series' keys. */
  for (guint a = 0; a <= n_areas; a++)
    g_string_append_printf (areas, "%s{\"id\": \"A%03u\", \"name\": \"Area %u\"}",
                            a > 0 ? ", " : "", a, a);
  g_string_append (areas, "]}");
  for (guint y = 0; y < n_years; y++)
    g_string_append_printf (years, "%s{\"id\": \"%u\"}", y > 0 ? ", " : "", 1990 + y);
  g_string_append (years, "]}");
  g_string_append_printf (out, "\"structure\": {\"name\": \"Generated\", \"dimensions\": {"
                          "\"dataSet\": [], \"series\": [%s%s%s], \"observation\": [%s%s%s%s%s]},\n"
                          " \"attributes\": {\"dataSet\": [], \"series\": [], \"observation\": "
                          "[{\"id\": \"OBS_STATUS\", \"values\": [{\"id\": \"A\"}, {\"id\": "
                          "\"E\"}, {\"id\": \"F\"}]}]}},\n \"dataSets\": [{\"action\": "
                          "\"Replace\", \"%s\": {%s", flat ? "" : areas->str, flat ? "" : ", ",
                          flat ? "" : indicator, flat ? areas->str : "", flat ? ", " : "",
                          flat ? indicator : "", flat ? ", " : "", years->str,
                          flat ? "observations" : "series", extra);
  for (guint a = 0; a < n_areas; a++)
    for (guint i = 0; i < 2; i++)
      {
        if (!flat)
          g_string_append_printf (out, "%s\n\"%u:%u\": {\"observations\": {",
                                  a + i > 0 ? "," : "", a, i);
        for (guint y = 0; y < n_years; y++)
          {
            guint n = (a * 2 + i) * n_years + y;
            const char * const *shape = values[n % G_N_ELEMENTS (values)];
            g_autofree char *value = shape[1] != NULL
                                     ? g_strdup_printf ("%s%u%s", shape[0], n, shape[1])
                                     : g_strdup (shape[0]);

            if (flat)
              g_string_append_printf (out, "%s\"%u:%u:%u\": [%s, %u]",
                                      n > 0 ? ", " : "", a, i, y, value, n % 3);
            else
              g_string_append_printf (out, "%s\"%u\": [%s%s]", y > 0 ? ", " : "", y, value,
                                      n % 4 == 0 ? "" : n % 4 == 1 ? ", 1" : ", null");
          }
        if (!flat)
          g_string_append (out, "}}");
      }
  g_string_append (out, legacy ? "}}]}\n" : "}}]}}\n");
  return out;
}

/* Each layout, with series and flat: the streamed model is the tree's, one series (or one
 * observation) at a time through json-glib. */
static void
test_sdmx_generated (void)
{
  for (guint layout = 0; layout < 4; layout++)
    {
      gboolean legacy = layout & 1, flat = layout & 2;
      g_autoptr(GString) doc = sdmx_document (30, 20, legacy, flat, "");
      g_autoptr(ParityDataset) dataset = NULL;
      g_autofree char *message = check_three_ways (doc->str, doc->len);

      g_assert_null (message);
      g_assert_cmpuint (n_elements, ==, flat ? 30 * 2 * 20 : 30 * 2);
      /* On the fast path but for the values with an exponent, one in eight: in every
       * series, and 150 of the flat observations. */
      g_assert_cmpuint (n_fallbacks, ==, flat ? 30 * 2 * 20 / 8 : 30 * 2);
      dataset = load_in_mode (doc->str, doc->len, PARITY_STREAM_FAST, NULL);
      g_assert_cmpuint (parity_dataset_get_n_indicators (dataset), ==, 2);
      g_assert_cmpuint (parity_dataset_get_indicator (dataset, 0)->obs.len, ==, 30 * 20);
      g_assert_cmpuint (parity_dataset_get_n_periods (dataset), ==, 20);
    }
}

/* Keys and values the loader leaves out inside series, with the path to the first: the
 * same warnings, in the same order, as from the tree. Repeated and escaped keys: the
 * object is not cut (json-glib keeps a repeated member's first place and its last value). */
static void
test_sdmx_series_errors (void)
{
  static const struct
  {
    const char *extra;
    gboolean    cut;
    const char *warning;
  } cases[] = {
    { "\"9:9\": {\"observations\": {\"0\": [1]}},", TRUE,
      "$.data.dataSets[0].series[\"9:9\"]: 1 observation left out: its key does not match "
      "the structure's dimensions" },
    { "\"3:1\": {\"observations\": {\"77\": [1], \"x\": 2}},", TRUE,
      "$.data.dataSets[0].series[\"3:1\"].observations[\"77\"]: 2 observations left out: "
      "their keys do not match the structure's dimensions (this is the first)" },
    { "\"3:0\": {\"observations\": {\"3\": [\"abc\"]}},", TRUE,
      "$.data.dataSets[0].series[\"3:0\"].observations[\"3\"]: 1 observation left out: its "
      "value is not a number" },
    { "\"3:1\": [], \"3:0\": 7,", TRUE,
      "$.data.dataSets[0].series[\"3:1\"]: 2 observations left out: their keys do not match "
      "the structure's dimensions (this is the first)" },
    /* Inside a series, json-glib's own reading: a repeated observation keeps its first
       place and its last value, on the fast path as from the parser. */
    { "\"3:0\": {\"observations\": {\"1\": [5], \"2\": [6.5, 1], \"1\": [7, 2]}, "
      "\"attributes\": [0], \"observations\": {\"3\": [8], \"2\": [9]}},", TRUE, NULL },
    { "\"3:1\": {\"observations\": {\"0\": [\"1\\u0030\", true, false], \"1\": "
      "[-0, -0.0, 12345678901234567890, 0.1000000000000000055511151231257827]}},", TRUE, NULL },
    { "\"0:0\": {\"observations\": {\"0\": [99.5]}},", FALSE, NULL },
    { "\"0\\u003a0\": {\"observations\": {\"0\": [99.5]}},", FALSE, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GString) doc = sdmx_document (3, 4, FALSE, FALSE, cases[i].extra);
      g_autofree char *message = check_three_ways (doc->str, doc->len);
      g_autoptr(ParityDataset) dataset = load_in_mode (doc->str, doc->len,
                                                       PARITY_STREAM_FAST, NULL);
      const char * const *warnings = parity_dataset_get_warnings (dataset);

      g_test_message ("%s", cases[i].extra);
      g_assert_null (message);
      g_assert_cmpuint (n_elements, ==, cases[i].cut ? (3 * 2 + 1 + (i == 3)) : 0);
      g_assert_cmpuint (n_fallbacks, <=, n_elements);
      if (cases[i].warning != NULL)
        g_assert_cmpstr (warnings[0], ==, cases[i].warning);
    }

  /* No observation readable: the load fails with the path to the first, streamed or not. */
  {
    g_autoptr(GString) doc = g_string_new (NULL);
    g_autoptr(GString) full = sdmx_document (1, 1, FALSE, FALSE, "");
    g_autofree char *message = NULL;
    const char *series = strstr (full->str, "\"series\": {") + strlen ("\"series\": {");

    g_string_append_len (doc, full->str, series - full->str);
    g_string_append (doc, "\"0:0\": {\"observations\": {\"5\": [1]}}, \"0:1\": {}}}]}}");
    message = check_three_ways (doc->str, doc->len);
    g_assert_cmpstr (message, ==, "stream.json: $.data.dataSets[0].series[\"0:0\"]"
                     ".observations[\"5\"]: no observation could be read: their keys do not "
                     "match the structure's dimensions (this is the first)");
  }
}

/* The SDMX fixtures and every sample of the SDMX-JSON corpus: the same model or message. */
static void
check_tree (const char *dir_path,
            guint      *checked)
{
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir_path, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        check_tree (path, checked);
      else if (g_str_has_suffix (name, ".json"))
        {
          g_test_message ("%s", path);
          check_file (path);
          (*checked)++;
        }
    }
}

static void
test_sdmx_fixtures (void)
{
  g_autofree char *fixtures = g_test_build_filename (G_TEST_DIST, "sdmx", NULL);
  g_autofree char *corpus = g_test_build_filename (G_TEST_DIST, "..", "..", "shared",
                                                   "corpora", "sdmx-json", NULL);
  guint checked = 0;

  check_tree (fixtures, &checked);
  g_assert_cmpuint (checked, >=, 14);
  if (g_file_test (corpus, G_FILE_TEST_IS_DIR))
    check_tree (corpus, &checked);
  g_test_message ("%u SDMX-JSON files", checked);
}

typedef struct
{
  GCancellable *cancellable;
  double cancelled_at;
  guint reports_after;
} CancelState;

static void
on_report (double   fraction,
           gpointer data)
{
  CancelState *state = data;

  if (state->cancelled_at > 0)
    state->reports_after++;
  else if (fraction > 0.4)
    {
      state->cancelled_at = fraction;
      g_cancellable_cancel (state->cancellable);
    }
}

/* Loads @bytes, cancelling once more than 0.4 is done: the load stops at its next look,
 * which follows the report it was cancelled on, and says it was cancelled. */
static void
assert_cancels (GBytes      *bytes,
                CancelState *state)
{
  g_autoptr(ParityLoadMonitor) monitor = parity_load_monitor_new (state->cancellable);
  g_autoptr(ParityDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;

  _parity_stream_set_progress_hook (on_report, state);
  _parity_load_monitor_begin (monitor);
  dataset = parity_dataset_load_bytes (bytes, "stream.json", &error);
  _parity_load_monitor_end ();
  _parity_stream_set_progress_hook (NULL, NULL);
  g_assert_null (dataset);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpfloat (state->cancelled_at, >, 0.4);
  g_assert_cmpfloat (state->cancelled_at, <, 0.9);
  g_assert_cmpuint (state->reports_after, ==, 0);
}

/* Cancel in the middle of the observations: the load stops at its next look, which follows
 * the report it was cancelled on, and says it was cancelled. */
static void
test_cancel (void)
{
  g_autoptr(GString) obs = g_string_new (NULL);
  g_autoptr(GString) doc = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  CancelState state = { cancellable, 0, 0 };

  for (guint i = 0; i < 100000; i++)
    g_string_append_printf (obs, "%s{\"entity\": \"E00%u\", \"period\": \"%u\", \"value\": %u.5}",
                            i > 0 ? ", " : "", 1 + i % 3, i, i);
  doc = document (obs->str, "");
  bytes = g_string_free_to_bytes (g_steal_pointer (&doc));
  assert_cancels (bytes, &state);
}

/* The same in an SDMX-JSON message's series. */
static void
test_sdmx_cancel (void)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  CancelState state = { cancellable, 0, 0 };
  g_autoptr(GBytes) bytes = g_string_free_to_bytes (sdmx_document (500, 100, FALSE, FALSE, ""));

  assert_cancels (bytes, &state);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/json-stream/generated", test_generated);
  g_test_add_func ("/json-stream/odd-but-valid", test_odd_but_valid);
  g_test_add_func ("/json-stream/errors", test_errors);
  g_test_add_func ("/json-stream/worldbank-pages", test_worldbank_pages);
  g_test_add_func ("/json-stream/fixtures", test_fixtures);
  g_test_add_func ("/json-stream/cancel", test_cancel);
  g_test_add_func ("/json-stream/sdmx-generated", test_sdmx_generated);
  g_test_add_func ("/json-stream/sdmx-series-errors", test_sdmx_series_errors);
  g_test_add_func ("/json-stream/sdmx-fixtures", test_sdmx_fixtures);
  g_test_add_func ("/json-stream/sdmx-cancel", test_sdmx_cancel);
  return g_test_run ();
}
