/* cli-test-util.c: running the real parity-cli from tests, in a folder of its own
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <string.h>

#include "cli-test-util.h"

void
cli_test_result_clear (CliResult *r)
{
  g_clear_pointer (&r->out, g_free);
  g_clear_pointer (&r->err, g_free);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      dir = g_dir_open (path, 0, NULL);
      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          remove_tree (child);
        }
    }
  g_remove (path);
}

void
cli_test_set_up (CliFixture    *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->tmpdir = g_dir_make_tmp ("parity-test-cli-XXXXXX", &error);
  g_assert_no_error (error);
}

void
cli_test_tear_down (CliFixture    *f,
                    gconstpointer  data)
{
  remove_tree (f->tmpdir);
  g_free (f->tmpdir);
}

/* Runs @program (parity-cli when NULL) with @args (NULL-terminated) in the fixture's folder,
 * with neither an X11 nor a Wayland display: the command line must never need one. */
void
cli_test_run_v (CliFixture         *f,
                CliResult          *r,
                const char         *program,
                const char * const *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;
  int wait_status = 0;

  cli_test_result_clear (r);
  if (program == NULL && (program = g_getenv ("PARITY_CLI")) == NULL)
    g_error ("PARITY_CLI is not set: run this test with meson test");
  envp = g_environ_unsetenv (envp, "DISPLAY");
  envp = g_environ_unsetenv (envp, "WAYLAND_DISPLAY");
  g_ptr_array_add (argv, (gpointer)program);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer)args[i]);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (f->tmpdir, (char **)argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL, &r->out,
                &r->err, &wait_status, &error);
  g_assert_no_error (error);
  /* A sanitizer's report (the ThreadSanitizer pass exits with 66) goes to the test's log,
   * where meson shows it: the exit status alone does not say where the race was. */
  if (strstr (r->err, "Sanitizer") != NULL)
    g_printerr ("%s", r->err);
  if (g_spawn_check_wait_status (wait_status, &error))
    r->status = 0;
  else if (error->domain == G_SPAWN_EXIT_ERROR)
    r->status = error->code;
  else
    g_error ("%s did not exit normally: %s\nstderr: %s", program, error->message, r->err);
}

/* parity-cli with the arguments up to NULL. */
void
cli_test_run (CliFixture *f,
              CliResult  *r,
              const char *first_arg,
              ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  va_list ap;

  va_start (ap, first_arg);
  for (const char *arg = first_arg; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (args, (gpointer)arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);
  cli_test_run_v (f, r, NULL, (const char * const *)args->pdata);
}

/* Writes @contents to @name in the test's folder; returns its path. */
char *
cli_test_write_file (CliFixture *f,
                     const char *name,
                     const char *contents)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (f->tmpdir, name, NULL);

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
  return path;
}

/* The contents of @name in the test's folder, or the test fails. */
char *
cli_test_read_file (CliFixture *f,
                    const char *name)
{
  g_autofree char *path = g_build_filename (f->tmpdir, name, NULL);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

gboolean
cli_test_exists (CliFixture *f,
                 const char *name)
{
  g_autofree char *path = g_build_filename (f->tmpdir, name, NULL);

  return g_file_test (path, G_FILE_TEST_EXISTS);
}

/* Fails the test unless @pattern, compiled with @flags, matches somewhere in @string. */
void
cli_test_assert_matches (const char         *pattern,
                         const char         *string,
                         GRegexCompileFlags  flags)
{
  if (!g_regex_match_simple (pattern, string, flags, 0))
    g_error ("\"%s\" does not match /%s/", string, pattern);
}
