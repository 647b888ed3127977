/* test-classes.c: a choropleth's class breaks by each method, on values worked out by hand,
 * the class a value falls in, and the errors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>
#include <string.h>

#include "parity-classes.h"
#include "parity-error.h"

#define NO_COUNTS { G_MAXUINT }

/* Each method on values worked out by hand: the breaks exactly (round breaks are the
 * doubles a reader would type), and the counts where given. */
static const struct
{
  const char        *what;
  ParityClassMethod  method;
  guint              n_classes;
  guint              n_values;
  double             values[24];
  guint              n;
  double             breaks[PARITY_CLASSES_MAX + 1];
  guint              counts[PARITY_CLASSES_MAX];
} cases[] = {
  /* Shaped like internet use (% of the population) in twenty least developed countries: an
   * illustration, not a release's figures; unsorted, with a missing value. Sorted, their
   * 20th percentiles fall between 8.9|10.4, 19.6|21.5, 29.6|32.0 and 46.8|51.0: within a
   * value either side, the roundest numbers are 10, 20, 30 and 50, and the outer breaks
   * floor 1.3 and ceil 71.3 to tens. */
  { "quantile", PARITY_CLASSES_QUANTILE, 5, 21,
    { 21.5, 1.3, 64.7, 10.4, 35.5, NAN, 5.8, 46.8, 19.6, 29.6, 8.9, 71.3, 24.1, 43.5, 13.2,
      51.0, 32.0, 17.0, 58.6, 26.9, 38.9 },
    5, { 0, 10, 20, 30, 50, 80 }, { 3, 4, 4, 5, 4 } },
  /* no break can fall inside the four 1s, so the first moves past them; the top break
   * may not repeat the one below, so it is a step above */
  { "quantile with ties", PARITY_CLASSES_QUANTILE, 3, 6, { 1, 1, 1, 1, 2, 3 },
    3, { 1, 2, 3, 4 }, { 4, 1, 1 } },
  /* the breaks that would split the 5s are dropped, leaving two classes, neither empty;
   * between 5 and 9 the roundest are 6 and 8 */
  { "quantile merged", PARITY_CLASSES_QUANTILE, 4, 6, { 5, 5, 9, 5, 5, 5 },
    2, { 4, 8, 10 }, { 5, 1 } },
  /* more classes than values: one a value at the most */
  { "quantile, few values", PARITY_CLASSES_QUANTILE, 9, 3, { 5, 5, 9 },
    2, { 4, 8, 10 }, { 2, 1 } },
  /* an equal class may be empty: 60–80 has no value */
  { "equal", PARITY_CLASSES_EQUAL, 5, 5, { 100, 0, 12, 37, 55 },
    5, { 0, 20, 40, 60, 80, 100 }, { 2, 1, 1, 0, 1 } },
  /* steps of 10 give 5 classes, of 20 give 3: as near to 4, the wider step wins */
  { "equal, a tie", PARITY_CLASSES_EQUAL, 4, 2, { 3.2, 47.9 },
    3, { 0, 20, 40, 60 }, NO_COUNTS },
  /* tenths: 0.3 is the double 0.3, not three times 0.1 */
  { "equal tenths", PARITY_CLASSES_EQUAL, 8, 2, { 0.12, 0.87 },
    8, { 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9 }, NO_COUNTS },
  { "log", PARITY_CLASSES_LOG, 9, 4, { 120000, 300, 4500, 800 },
    9, { 200, 500, 1000, 2000, 5000, 10000, 20000, 50000, 100000, 200000 },
    { 1, 1, 0, 1, 0, 0, 0, 0, 1 } },
  /* five classes asked for: powers of ten (4 classes) are nearer than 1-2-5 (9) */
  { "log decades", PARITY_CLASSES_LOG, 5, 4, { 120000, 300, 4500, 800 },
    4, { 100, 1000, 10000, 100000, 1000000 }, { 2, 1, 0, 1 } },
  /* values on breaks: the lowest in the first class, the top in the last */
  { "log on breaks", PARITY_CLASSES_LOG, 6, 3, { 1, 100, 7 },
    6, { 1, 2, 5, 10, 20, 50, 100 }, { 1, 0, 1, 0, 0, 1 } },
};

static void
test_methods (void)
{
  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autoptr(GError) error = NULL;
      ParityClasses classes;

      g_test_message ("%s", cases[c].what);
      g_assert_true (parity_classes_compute (cases[c].method, cases[c].values,
                                             cases[c].n_values, cases[c].n_classes, NULL, 0,
                                             &classes, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (classes.n, ==, cases[c].n);
      for (guint i = 0; i <= classes.n; i++)
        g_assert_cmpfloat (classes.breaks[i], ==, cases[c].breaks[i]);
      for (guint i = 0; cases[c].counts[0] != G_MAXUINT && i < classes.n; i++)
        g_assert_cmpuint (classes.counts[i], ==, cases[c].counts[i]);
    }
}

static void
assert_three (const ParityClasses *classes,
              const double        *breaks,
              const guint         *counts)
{
  g_assert_cmpuint (classes->n, ==, 3);
  for (guint i = 0; i <= 3; i++)
    g_assert_cmpfloat (classes->breaks[i], ==, breaks[i]);
  for (guint i = 0; i < 3; i++)
    g_assert_cmpuint (classes->counts[i], ==, counts[i]);
}

/* Values beyond the chart's breaks widen the outer classes; empty classes stay. */
static void
test_manual (void)
{
  static const double values[] = { -5, 10, 60, 120, 30 };
  static const double manual[] = { 0, 25, 50, 100 };
  static const double breaks[] = { -5, 25, 50, 120 };
  static const guint counts[] = { 2, 1, 2 };
  static const double inside[] = { 40, 60 };
  static const double kept[] = { 0, 25, 50, 100 };
  static const guint empty[] = { 0, 1, 1 };
  g_autoptr(GError) error = NULL;
  ParityClasses classes;

  g_assert_true (parity_classes_compute (PARITY_CLASSES_MANUAL, values,
                                         G_N_ELEMENTS (values), 0, manual,
                                         G_N_ELEMENTS (manual), &classes, &error));
  g_assert_no_error (error);
  assert_three (&classes, breaks, counts);
  g_assert_true (parity_classes_compute (PARITY_CLASSES_MANUAL, inside,
                                         G_N_ELEMENTS (inside), 0, manual,
                                         G_N_ELEMENTS (manual), &classes, &error));
  assert_three (&classes, kept, empty);
}

static void
test_assign (void)
{
  static const double hundred[] = { 0, 100 };
  g_autoptr(GError) error = NULL;
  ParityClasses classes;

  g_assert_true (parity_classes_compute (PARITY_CLASSES_EQUAL, hundred,
                                         G_N_ELEMENTS (hundred), 5, NULL, 0, &classes,
                                         &error));
  g_assert_no_error (error);
  g_assert_cmpuint (classes.n, ==, 5);
  g_assert_cmpint (parity_classes_assign (&classes, 0), ==, 0);
  g_assert_cmpint (parity_classes_assign (&classes, 19.999), ==, 0);
  /* the lower break is the class's own */
  g_assert_cmpint (parity_classes_assign (&classes, 20), ==, 1);
  g_assert_cmpint (parity_classes_assign (&classes, 79.9), ==, 3);
  g_assert_cmpint (parity_classes_assign (&classes, 80), ==, 4);
  /* the top break is the last class's */
  g_assert_cmpint (parity_classes_assign (&classes, 100), ==, 4);
  g_assert_cmpint (parity_classes_assign (&classes, 100.01), ==, -1);
  g_assert_cmpint (parity_classes_assign (&classes, -0.01), ==, -1);
  g_assert_cmpint (parity_classes_assign (&classes, NAN), ==, -1);
  g_assert_cmpint (parity_classes_assign (&classes, INFINITY), ==, -1);
}

static const double with_zero[] = { 0, 5, 50 };
static const double missing[] = { NAN, NAN };
static const double same[] = { 7, 7, 7 };
static const double values[] = { 1, 2, 3 };
static const double decreasing[] = { 0, 50, 25 };
static const double wide[] = { 0.00001, 1000000 };

/* What is refused, and what the message says of it */
static const struct
{
  ParityClassMethod  method;
  const double      *values;
  guint              n_values;
  guint              n_classes;
  const double      *manual;
  guint              n_manual;
  int                code;
  const char        *words;
} errors[] = {
  /* log classes of zero: says why, and what to use instead */
  { PARITY_CLASSES_LOG, with_zero, 3, 5, NULL, 0, PARITY_ERROR_INVALID, "above zero" },
  { PARITY_CLASSES_LOG, with_zero, 3, 5, NULL, 0, PARITY_ERROR_INVALID, "quantile" },
  { PARITY_CLASSES_LOG, wide, 2, 5, NULL, 0, PARITY_ERROR_INVALID, "powers of ten" },
  { PARITY_CLASSES_MANUAL, values, 3, 0, decreasing, 3, PARITY_ERROR_INVALID,
    "25 comes after 50" },
  { PARITY_CLASSES_MANUAL, values, 3, 0, decreasing, 1, PARITY_ERROR_INVALID,
    "2 to 10 breaks" },
  { PARITY_CLASSES_MANUAL, values, 3, 0, NULL, 0, PARITY_ERROR_INVALID, "2 to 10 breaks" },
  { PARITY_CLASSES_QUANTILE, missing, 2, 5, NULL, 0, PARITY_ERROR_EMPTY, "no values" },
  { PARITY_CLASSES_EQUAL, NULL, 0, 5, NULL, 0, PARITY_ERROR_EMPTY, "no values" },
  { PARITY_CLASSES_QUANTILE, same, 3, 5, NULL, 0, PARITY_ERROR_EMPTY, "Every value is 7" },
  { PARITY_CLASSES_EQUAL, values, 3, 0, NULL, 0, PARITY_ERROR_INVALID, "1 to 9" },
  { PARITY_CLASSES_QUANTILE, values, 3, 10, NULL, 0, PARITY_ERROR_INVALID, "1 to 9" },
};

static void
test_errors (void)
{
  for (guint e = 0; e < G_N_ELEMENTS (errors); e++)
    {
      g_autoptr(GError) error = NULL;
      ParityClasses classes;

      g_assert_false (parity_classes_compute (errors[e].method, errors[e].values,
                                              errors[e].n_values, errors[e].n_classes,
                                              errors[e].manual, errors[e].n_manual,
                                              &classes, &error));
      g_assert_error (error, PARITY_ERROR, errors[e].code);
      g_test_message ("%s", error->message);
      g_assert_nonnull (strstr (error->message, errors[e].words));
    }
}

static void
test_method_names (void)
{
  static const char * const names[] = { "quantile", "equal", "log", "manual" };
  ParityClassMethod method = PARITY_CLASSES_MANUAL;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_assert_true (parity_class_method_from_string (names[i], &method));
      g_assert_cmpint (method, ==, i);
      g_assert_cmpstr (parity_class_method_to_string (method), ==, names[i]);
    }
  g_assert_false (parity_class_method_from_string ("jenks", &method));
  g_assert_false (parity_class_method_from_string (NULL, &method));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/classes/methods", test_methods);
  g_test_add_func ("/classes/manual", test_manual);
  g_test_add_func ("/classes/assign", test_assign);
  g_test_add_func ("/classes/errors", test_errors);
  g_test_add_func ("/classes/method-names", test_method_names);
  return g_test_run ();
}
