/* test-scale.c: nice ticks, scales, and numbers as charts write them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib.h>
#include <math.h>
#include <string.h>

#include "parity-number-format.h"
#include "parity-scale.h"

#define MINUS "\xE2\x88\x92"   /* U+2212 MINUS SIGN */
#define NNBSP "\xE2\x80\xAF"   /* U+202F NARROW NO-BREAK SPACE */
#define APPROX "\xE2\x89\x88"  /* U+2248 ALMOST EQUAL TO */
#define TIMES "\xC3\x97"       /* U+00D7 MULTIPLICATION SIGN */

#define MAX_TICKS 16

typedef struct
{
  double min, max;
  guint  target;
  guint  n_ticks;
  double ticks[MAX_TICKS];
  double nice_min, nice_max;
  guint  decimals;
} TicksCase;

static const TicksCase ticks_cases[] = {
  /* The bundled dataset's internet use: 86.6 % rounds up to a 100 % axis in steps of 20. */
  { 0, 86.6, 5, 6, { 0, 20, 40, 60, 80, 100 }, 0, 100, 0 },
  { 0, 100, 5, 6, { 0, 20, 40, 60, 80, 100 }, 0, 100, 0 },
  { 0, 0.37, 5, 9, { 0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4 }, 0, 0.4, 2 },
  { 0, 150000, 5, 7, { 0, 25000, 50000, 75000, 100000, 125000, 150000 }, 0, 150000, 0 },
  { 0, 45000, 4, 6, { 0, 10000, 20000, 30000, 40000, 50000 }, 0, 50000, 0 },
  { 0, 7, 10, 15, { 0, 0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5, 5.5, 6, 6.5, 7 }, 0, 7, 1 },
  { 0.3, 0.9, 3, 5, { 0.2, 0.4, 0.6, 0.8, 1 }, 0.2, 1, 1 },
  /* Negative ranges, crossing zero or not. */
  { -20, 30, 5, 6, { -20, -10, 0, 10, 20, 30 }, -20, 30, 0 },
  { -7.5, -2, 4, 7, { -8, -7, -6, -5, -4, -3, -2 }, -8, -2, 0 },
  { -86.6, 0, 5, 6, { -100, -80, -60, -40, -20, 0 }, -100, 0, 0 },
  /* A single value: from zero to it. */
  { 5, 5, 5, 6, { 0, 1, 2, 3, 4, 5 }, 0, 5, 0 },
  { 12.3, 12.3, 5, 6, { 0, 2.5, 5, 7.5, 10, 12.5 }, 0, 12.5, 1 },
  { -3, -3, 5, 7, { -3, -2.5, -2, -1.5, -1, -0.5, 0 }, -3, 0, 1 },
  { 0, 0, 5, 6, { 0, 0.2, 0.4, 0.6, 0.8, 1 }, 0, 1, 1 },
  { 0.001, 0.001, 5, 6, { 0, 0.0002, 0.0004, 0.0006, 0.0008, 0.001 }, 0, 0.001, 4 },
  /* Tiny ranges, far from zero and near it. */
  { 1.0001, 1.0002, 5, 6, { 1.0001, 1.00012, 1.00014, 1.00016, 1.00018, 1.0002 },
    1.0001, 1.0002, 5 },
  { 0, 1e-9, 5, 6, { 0, 2e-10, 4e-10, 6e-10, 8e-10, 1e-9 }, 0, 1e-9, 10 },
  /* No target still gives an axis. */
  { 0, 1, 0, 2, { 0, 1 }, 0, 1, 0 },
};

static gboolean
close_enough (double a,
              double b,
              double scale)
{
  return fabs (a - b) <= 1e-9 * scale;
}

static void
test_nice_ticks_table (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (ticks_cases); i++)
    {
      const TicksCase *c = &ticks_cases[i];
      double nice_min = NAN, nice_max = NAN;
      guint decimals = 99;
      g_autoptr(GArray) ticks = parity_nice_ticks (c->min, c->max, c->target, &nice_min,
                                                  &nice_max, &decimals);
      double scale = c->nice_max - c->nice_min;

      g_assert_nonnull (ticks);
      if (ticks->len != c->n_ticks)
        {
          g_test_fail_printf ("case %u (%g .. %g): %u ticks, expected %u", i, c->min, c->max,
                              ticks->len, c->n_ticks);
          continue;
        }
      for (guint j = 0; j < ticks->len; j++)
        if (!close_enough (g_array_index (ticks, double, j), c->ticks[j], scale))
          g_test_fail_printf ("case %u (%g .. %g): tick %u is %.17g, expected %g", i, c->min,
                              c->max, j, g_array_index (ticks, double, j), c->ticks[j]);
      if (!close_enough (nice_min, c->nice_min, scale) ||
          !close_enough (nice_max, c->nice_max, scale) || decimals != c->decimals)
        g_test_fail_printf ("case %u (%g .. %g): nice %.17g .. %.17g with %u decimals, "
                            "expected %g .. %g with %u", i, c->min, c->max, nice_min, nice_max,
                            decimals, c->nice_min, c->nice_max, c->decimals);
    }
}

/* Whatever the range: the ticks cover it, are evenly spaced, start and end at the nice
 * bounds, and are written exactly with the decimals returned. */
static void
test_nice_ticks_invariants (void)
{
  for (guint i = 0; i < 2000; i++)
    {
      double magnitude = pow (10, g_test_rand_int_range (-6, 9));
      double a = g_test_rand_double_range (-1, 1) * magnitude;
      double b = a + g_test_rand_double_range (0, 2) * magnitude;
      guint target = g_test_rand_int_range (2, 12);
      double nice_min, nice_max, step;
      guint decimals;
      g_autoptr(GArray) ticks = parity_nice_ticks (a, b, target, &nice_min, &nice_max,
                                                  &decimals);

      g_assert_cmpuint (ticks->len, >=, 2);
      g_assert_cmpuint (ticks->len, <=, 2 * target + 2);
      step = g_array_index (ticks, double, 1) - g_array_index (ticks, double, 0);
      g_assert_cmpfloat (step, >, 0);
      g_assert_cmpfloat (nice_min, <=, a);
      g_assert_cmpfloat (nice_max, >=, b);
      g_assert_true (close_enough (g_array_index (ticks, double, 0), nice_min, step));
      g_assert_true (close_enough (g_array_index (ticks, double, ticks->len - 1), nice_max,
                                   step));
      for (guint j = 1; j < ticks->len; j++)
        {
          double tick = g_array_index (ticks, double, j);
          double scaled = tick * pow (10, decimals);

          g_assert_true (close_enough (tick - g_array_index (ticks, double, j - 1), step, step));
          if (fabs (scaled - round (scaled)) > 1e-6 * MAX (1, fabs (scaled)))
            g_error ("%.17g .. %.17g: tick %.17g needs more than %u decimals", a, b, tick,
                     decimals);
        }
    }
}

typedef struct
{
  ParityScale scale;
  double      value;
  double      expected;
} MapCase;

static const MapCase map_cases[] = {
  { { 0, 100, 0, 500 }, 0, 0 },
  { { 0, 100, 0, 500 }, 50, 250 },
  { { 0, 100, 0, 500 }, 100, 500 },
  { { 0, 100, 0, 500 }, 86.6, 433 },
  /* Outside the domain: extrapolated, not clamped. */
  { { 0, 100, 0, 500 }, 150, 750 },
  { { 0, 100, 0, 500 }, -10, -50 },
  /* A y axis: the range runs downwards. */
  { { 0, 100, 400, 0 }, 25, 300 },
  { { 0, 100, 400, 0 }, 100, 0 },
  /* Negative domain and offset range. */
  { { -20, 30, 10, 110 }, 0, 50 },
  { { -20, 30, 10, 110 }, -20, 10 },
  /* An empty domain maps everything to the start of the range. */
  { { 5, 5, 40, 90 }, 5, 40 },
  { { 5, 5, 40, 90 }, 1000, 40 },
};

static void
test_scale_map (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (map_cases); i++)
    {
      const MapCase *c = &map_cases[i];
      double mapped = parity_scale_map (&c->scale, c->value);

      if (!close_enough (mapped, c->expected, 1000))
        g_test_fail_printf ("case %u: %g maps to %.17g, expected %g", i, c->value, mapped,
                            c->expected);
    }
}

typedef struct
{
  double      value;
  guint       decimals;
  const char *expected;
} NumberCase;

static const NumberCase number_cases[] = {
  { 0, 0, "0" },
  { 86.6, 1, "86.6" },
  { 86.6, 0, "87" },
  { 86.6, 3, "86.600" },
  { 53.6, 1, "53.6" },
  { 3.14159, 3, "3.142" },
  { 0.37, 2, "0.37" },
  { 999, 0, "999" },
  { 1000, 0, "1,000" },
  { 45000, 0, "45,000" },
  { 150000, 0, "150,000" },
  { 1000000, 0, "1,000,000" },
  { 1234567.891, 2, "1,234,567.89" },
  { 4100000000.0, 0, "4,100,000,000" },
  /* English minus as CLDR writes it (other languages: test_format_per_language). */
  { -1, 0, "-1" },
  { -1500, 0, "-1,500" },
  { -2.25, 2, "-2.25" },
  { -0.6, 0, "-1" },
  /* What rounds to zero is written without a sign. */
  { -0.04, 1, "0.0" },
  { -0.4, 0, "0" },
  { -0.0, 2, "0.00" },
  { 0.004, 2, "0.00" },
  /* Not a number. */
  { NAN, 1, "\xE2\x80\x93" },
  { INFINITY, 0, "\xE2\x80\x93" },
};

static void
test_format_number (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (number_cases); i++)
    {
      const NumberCase *c = &number_cases[i];
      g_autofree char *text = parity_format_number (c->value, c->decimals, "en");

      g_assert_true (g_utf8_validate (text, -1, NULL));
      if (g_strcmp0 (text, c->expected) != 0)
        g_test_fail_printf ("case %u: %g with %u decimals is \"%s\", expected \"%s\"", i,
                            c->value, c->decimals, text, c->expected);
    }
}

/* CLDR through ICU: separators, percent pattern, minus sign and digits by language. */
typedef struct
{
  const char *lang;
  double      value;
  guint       decimals;
  gboolean    percent;
  const char *expected;
} LanguageCase;

#define NBSP "\xC2\xA0"

static const LanguageCase language_cases[] = {
  { "en", 86.6, 1, TRUE, "86.6%" },
  { "fr", 86.6, 1, TRUE, "86,6" NNBSP "%" },
  { "es", 86.6, 1, TRUE, "86,6" NBSP "%" },
  { "ru", 86.6, 1, TRUE, "86,6" NBSP "%" },
  { "zh", 86.6, 1, TRUE, "86.6%" },
  /* Arabic-Indic digits, the Arabic decimal separator and percent sign, as CLDR says. */
  { "ar", 86.6, 1, TRUE, "\xD9\xA8\xD9\xA6\xD9\xAB\xD9\xA6\xD9\xAA\xD8\x9C" },
  { "ar-u-nu-latn", 150000, 0, FALSE, "150,000" },
  { "en", 150000, 0, FALSE, "150,000" },
  { "fr", 150000, 0, FALSE, "150" NNBSP "000" },
  { "es", 150000, 0, FALSE, "150.000" },
  { "ru", 150000, 0, FALSE, "150" NBSP "000" },
  { "zh", 150000, 0, FALSE, "150,000" },
  { "fr", -2.5, 1, FALSE, "-2,5" },
  { "fr-CA", 1234.5, 1, FALSE, "1" NBSP "234,5" },
  /* An unknown language falls back to the root locale, not to a crash. */
  { "xx", 1234.5, 1, FALSE, "1234.5" },
};

static void
test_format_compact (void)
{
  static const struct { const char *lang; double value; const char *expected; } cases[] = {
    { "en", 45000, "45K" },
    { "fr", 45000, "45" "\xC2\xA0" "k" },
    { "es", 45000, "45" "\xC2\xA0" "mil" },
    { "zh", 45000, "4.5\xE4\xB8\x87" },
    { "en", 1000000, "1M" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = parity_format_compact (cases[i].value, cases[i].lang);

      if (g_strcmp0 (text, cases[i].expected) != 0)
        g_test_fail_printf ("%s %g is \"%s\", expected \"%s\"", cases[i].lang, cases[i].value,
                            text, cases[i].expected);
    }
}

static void
test_format_per_language (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (language_cases); i++)
    {
      const LanguageCase *c = &language_cases[i];
      ParityUnit unit = { PARITY_UNIT_PERCENT, parity_text_new_plain ("en", "%"), NULL, 1 };
      g_autofree char *text = NULL;

      text = c->percent
             ? parity_format_value (c->value, c->decimals, &unit, PARITY_QUALIFIER_EXACT, c->lang,
                                    "en")
             : parity_format_number (c->value, c->decimals, c->lang);
      parity_text_free (unit.symbol);
      if (g_strcmp0 (text, c->expected) != 0)
        g_test_fail_printf ("case %u (%s): %g is \"%s\", expected \"%s\"", i, c->lang,
                            c->value, text, c->expected);
    }
}

typedef struct
{
  double          value;
  guint           decimals;
  const char     *symbol;  /* NULL for no unit */
  ParityQualifier qualifier;
  const char     *expected;
} ValueCase;

static const ValueCase value_cases[] = {
  { 86.6, 1, "%", PARITY_QUALIFIER_EXACT, "86.6%" },
  { 86.6, 1, NULL, PARITY_QUALIFIER_EXACT, "86.6" },
  { 211, 0, "kbit/s", PARITY_QUALIFIER_EXACT, "211" NNBSP "kbit/s" },
  { 4.2, 1, TIMES, PARITY_QUALIFIER_EXACT, "4.2" TIMES },
  { 95, 0, "%", PARITY_QUALIFIER_GREATER_THAN, "> 95%" },
  { 5, 0, "%", PARITY_QUALIFIER_LESS_THAN, "< 5%" },
  { 100, 0, "GB/s", PARITY_QUALIFIER_APPROXIMATE, APPROX " 100" NNBSP "GB/s" },
  { 53.6, 1, "%", PARITY_QUALIFIER_ESTIMATE, "53.6% e" },
  { 150000, 0, "GB/s", PARITY_QUALIFIER_FORECAST, "150,000" NNBSP "GB/s f" },
  { 45000, 0, "GB/s", PARITY_QUALIFIER_GREATER_THAN, "> 45,000" NNBSP "GB/s" },
  { -2.5, 1, "%", PARITY_QUALIFIER_EXACT, "-2.5%" },
  { -0.04, 1, "%", PARITY_QUALIFIER_EXACT, "0.0%" },
  { 19.1, 1, "", PARITY_QUALIFIER_EXACT, "19.1" },
  /* Missing is "no data", whatever the value says. */
  { NAN, 1, "%", PARITY_QUALIFIER_MISSING, "no data" },
  { 12, 1, "%", PARITY_QUALIFIER_MISSING, "no data" },
  { NAN, 1, "%", PARITY_QUALIFIER_EXACT, "no data" },
  { NAN, 0, NULL, PARITY_QUALIFIER_GREATER_THAN, "no data" },
};

static void
test_format_value (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (value_cases); i++)
    {
      const ValueCase *c = &value_cases[i];
      ParityUnit unit = { PARITY_UNIT_OTHER, NULL, NULL, 1 };
      g_autofree char *text = NULL;

      if (c->symbol != NULL)
        unit.symbol = parity_text_new_plain ("en", c->symbol);
      text = parity_format_value (c->value, c->decimals, c->symbol ? &unit : NULL, c->qualifier,
                                  "en", "en");
      parity_text_free (unit.symbol);
      g_assert_true (g_utf8_validate (text, -1, NULL));
      if (g_strcmp0 (text, c->expected) != 0)
        g_test_fail_printf ("case %u: %g (%s) is \"%s\", expected \"%s\"", i, c->value,
                            parity_qualifier_to_string (c->qualifier), text, c->expected);
    }
}

/* The unit symbol is a text: it follows the chart language like any other. */
static void
test_format_value_symbol_language (void)
{
  ParityUnit unit = { PARITY_UNIT_COUNT, parity_text_new (), NULL, 1e9 };
  g_autofree char *en = NULL, *fr = NULL, *de = NULL;

  parity_text_set (unit.symbol, "en", "billion");
  parity_text_set (unit.symbol, "fr", "milliards");
  en = parity_format_value (5, 0, &unit, PARITY_QUALIFIER_EXACT, "en", "en");
  fr = parity_format_value (5, 0, &unit, PARITY_QUALIFIER_EXACT, "fr-CA", "en");
  de = parity_format_value (5, 0, &unit, PARITY_QUALIFIER_EXACT, "de", "en");
  g_assert_cmpstr (en, ==, "5" NNBSP "billion");
  g_assert_cmpstr (fr, ==, "5" NNBSP "milliards");
  g_assert_cmpstr (de, ==, "5" NNBSP "billion");
  parity_text_free (unit.symbol);
}

/* A unit counted in thousands, millions or billions with no symbol says so; one with a
 * symbol or a scale of its own (100) is left as it is. */
static void
test_format_value_scale_word (void)
{
  static const struct { double scale; const char *expected; } cases[] = {
    { 1e3, "8.8 thousand" }, { 1e6, "8.8 million" }, { 1e9, "8.8 billion" }, { 100, "8.8" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      ParityUnit unit = { PARITY_UNIT_COUNT, NULL, NULL, cases[i].scale };
      g_autofree char *text = parity_format_value (8.8, 1, &unit, PARITY_QUALIFIER_EXACT, "en",
                                                   "en");

      g_assert_cmpstr (text, ==, cases[i].expected);
    }
}

/* Ticks are the decimal numbers they look like, so labels and comparisons are exact. */
static void
test_nice_ticks_exact (void)
{
  double nice_min, nice_max;
  guint decimals;
  g_autoptr(GArray) ticks = parity_nice_ticks (0, 0.37, 4, &nice_min, &nice_max, &decimals);
  g_autoptr(GArray) negative = parity_nice_ticks (-86.6, 0, 4, &nice_min, &nice_max, NULL);

  g_assert_cmpuint (ticks->len, ==, 5);
  g_assert_true (g_array_index (ticks, double, 3) == 0.3);
  g_assert_true (g_array_index (ticks, double, 4) == 0.4);
  g_assert_cmpuint (decimals, ==, 1);
  /* 0, not −0: a formatted label must not read "−0". */
  g_assert_false (signbit (nice_max));
  g_assert_false (signbit (g_array_index (negative, double, negative->len - 1)));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/scale/nice-ticks/table", test_nice_ticks_table);
  g_test_add_func ("/scale/nice-ticks/invariants", test_nice_ticks_invariants);
  g_test_add_func ("/scale/nice-ticks/exact", test_nice_ticks_exact);
  g_test_add_func ("/scale/map", test_scale_map);
  g_test_add_func ("/number-format/number", test_format_number);
  g_test_add_func ("/number-format/value", test_format_value);
  g_test_add_func ("/number-format/per-language", test_format_per_language);
  g_test_add_func ("/number-format/compact", test_format_compact);
  g_test_add_func ("/number-format/symbol-language", test_format_value_symbol_language);
  g_test_add_func ("/number-format/scale-word", test_format_value_scale_word);

  return g_test_run ();
}
