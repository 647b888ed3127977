/* regressions.c: every input the fuzzer ever crashed on, through the same harness
 *
 * tests/fuzz/regressions/ holds them, named for the bug. This runs a harness's
 * LLVMFuzzerTestOneInput on each without libFuzzer, in every build: linked with
 * fuzz-dataset.c as fuzz-regressions, with fuzz-boundaries.c as fuzz-regressions-boundaries,
 * with fuzz-theme.c as fuzz-regressions-theme, so that every input goes through every reader. The sanitizer pass of build-aux/test then
 * checks them for memory errors and undefined behaviour as well.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <gio/gio.h>
#include <stdint.h>

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static void
test_input (gconstpointer data)
{
  g_autofree char *contents = NULL;
  gsize len;

  g_assert_true (g_file_get_contents (data, &contents, &len, NULL));
  g_assert_cmpint (LLVMFuzzerTestOneInput ((const uint8_t *)contents, len), ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *dir_path = NULL;
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_test_init (&argc, &argv, NULL);
  dir_path = g_test_build_filename (G_TEST_DIST, "fuzz", "regressions", NULL);
  dir = g_dir_open (dir_path, 0, NULL);
  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *test_path = g_strdup_printf ("/fuzz/regression/%s", name);
      char *path = g_build_filename (dir_path, name, NULL);

      g_ptr_array_add (paths, path);
      g_test_add_data_func (test_path, path, test_input);
    }
  g_assert_cmpuint (paths->len, >, 0);
  return g_test_run ();
}
