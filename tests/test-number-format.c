/* test-number-format.c: English numbers written without ICU are the ones ICU writes
 *
 * parity-number-format.c writes English numbers itself, so that an English chart does not
 * load ICU (tests/test-lazy-libraries.c); this compares its every digit with ICU's, which
 * this test links, over values chosen where rounding is hardest: halves at every place,
 * values whose binary expansion falls either side of a decimal half, negatives that round to
 * zero, and many random ones of every size.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>
#include <unicode/unumberformatter.h>

#include "parity-number-format.h"

static char *
icu_format (double   value,
            guint    decimals,
            gboolean percent)
{
  g_autofree char *zeros = g_strnfill (decimals, '0');
  g_autofree char *skeleton = g_strconcat (percent ? "percent " : "",
                                           decimals ? "." : "precision-integer", zeros, NULL);
  g_autofree gunichar2 *uskeleton = g_utf8_to_utf16 (skeleton, -1, NULL, NULL, NULL);
  UErrorCode status = U_ZERO_ERROR;
  UNumberFormatter *formatter = unumf_openForSkeletonAndLocale (uskeleton, -1, "en", &status);
  UFormattedNumber *result = unumf_openResult (&status);
  UChar buffer[128];
  int32_t len;

  /* parity_format_number() writes a value that rounds to ±0 as 0. */
  if (fabs (value) < 0.5 * pow (10, -(double)decimals))
    value = 0;
  unumf_formatDouble (formatter, value, result, &status);
  len = unumf_resultToString (result, buffer, G_N_ELEMENTS (buffer), &status);
  g_assert_true (U_SUCCESS (status));
  unumf_closeResult (result);
  unumf_close (formatter);
  return g_utf16_to_utf8 (buffer, len, NULL, NULL, NULL);
}

static void
check (double value,
       guint  decimals)
{
  g_autofree char *ours = parity_format_number (value, decimals, "en");
  g_autofree char *theirs = icu_format (value, decimals, FALSE);

  if (g_strcmp0 (ours, theirs) != 0)
    g_error ("%.17g with %u decimals: \"%s\", ICU \"%s\"", value, decimals, ours, theirs);
}

static void
test_halves (void)
{
  for (guint decimals = 0; decimals <= 4; decimals++)
    for (int i = -2000; i <= 2000; i++)
      {
        double step = pow (10, -(double)decimals);

        check ((i + 0.5) * step, decimals);
        check (i * step / 10 + step / 20, decimals);
        check (i * 0.001 + 0.0005, decimals);
        check (i / 7.0, decimals);
      }
}

static void
test_random (void)
{
  GRand *rand = g_rand_new_with_seed (20261207);

  for (guint n = 0; n < 200000; n++)
    {
      double value = g_rand_double_range (rand, -1, 1) *
                     pow (10, g_rand_int_range (rand, -8, 15));

      check (value, g_rand_int_range (rand, 0, 7));
    }
  g_rand_free (rand);
}

static void
test_edges (void)
{
  static const double values[] = { 0, -0.0, 0.05, -0.05, 0.125, 0.135, 0.145, 2.675, 1.005,
                                   9.995, 99.95, 999.5, 999999.5, 1e14 - 0.5, 123456789.125,
                                   -1234.5, 5e-324, 1e-7, 0.999999, 86.6, 47.0, 19.1, 53.6 };

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    for (guint decimals = 0; decimals <= 12; decimals++)
      check (values[i], decimals);
}

/* The percent pattern, through parity_format_value() as the charts call it. */
static void
test_percent (void)
{
  ParityUnit unit = { 0 };
  g_autoptr(ParityText) symbol = parity_text_new ();

  parity_text_set (symbol, "en", "%");
  unit.symbol = symbol;
  for (int i = -3000; i <= 3000; i++)
    for (guint decimals = 0; decimals <= 3; decimals++)
      {
        double value = i / 30.0 + 0.005;
        g_autofree char *ours = parity_format_value (value, decimals, &unit,
                                                     PARITY_QUALIFIER_EXACT, "en", "en");
        g_autofree char *theirs = icu_format (value, decimals, TRUE);

        g_assert_cmpstr (ours, ==, theirs);
      }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/number-format/english-halves", test_halves);
  g_test_add_func ("/number-format/english-random", test_random);
  g_test_add_func ("/number-format/english-edges", test_edges);
  g_test_add_func ("/number-format/english-percent", test_percent);
  return g_test_run ();
}
