/* test-cli-kill.c: parity-cli export killed at random moments never leaves a truncated file
 *
 * An export writes to a temporary file beside the target and renames it over the target only
 * when it is complete. This kills `parity-cli export` with SIGKILL, which nothing can catch,
 * at moments spread over the whole run, many times, and checks each time that the target is
 * either the old file, byte for byte, or the complete new one, and, when there was no file
 * before, that there is none or the complete one. PARITY_KILL_ITERATIONS sets how many times
 * for each case (default 200).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <errno.h>
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>

static const char old_contents[] = "the previous figure, which must survive";

/* Runs the export to @target; with @kill_after_us >= 0 kills it that long after it starts.
 * Returns how long it ran, in microseconds. */
static gint64
run_export (const char *target,
            gint64      kill_after_us)
{
  const char *cli = g_getenv ("PARITY_CLI");
  const char *argv[] = { cli, "export", "--chart", "internet-use-by-development", "--preset",
                         "slide", "-q", "-o", target, NULL };
  g_autoptr(GError) error = NULL;
  gint64 start;
  GPid pid;
  int status;

  g_assert_nonnull (cli);
  start = g_get_monotonic_time ();
  g_spawn_async (NULL, (char **)argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD |
                 G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &pid,
                 &error);
  g_assert_no_error (error);
  if (kill_after_us >= 0)
    {
      /* Not a synchronisation: the random moment of the kill is what is under test. */
      g_usleep (kill_after_us);
      kill (pid, SIGKILL);
    }
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_spawn_close_pid (pid);
  if (kill_after_us < 0)
    g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 0);
  return g_get_monotonic_time () - start;
}

static char *
read_all (const char *path,
          gsize      *len)
{
  char *contents = NULL;

  if (!g_file_get_contents (path, &contents, len, NULL))
    return NULL;
  return contents;
}

static void
test_kill_during_export (gconstpointer data)
{
  gboolean target_exists = GPOINTER_TO_INT (data);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("parity-test-kill-XXXXXX", &error);
  g_autofree char *reference = g_build_filename (dir, "reference.png", NULL);
  g_autofree char *target = g_build_filename (dir, "figure.png", NULL);
  g_autofree char *complete = NULL;
  const char *iterations_env = g_getenv ("PARITY_KILL_ITERATIONS");
  guint iterations = iterations_env ? (guint)g_ascii_strtoull (iterations_env, NULL, 10) : 200;
  guint n_old = 0, n_new = 0;  /* "old" counts an absent target when there was none */
  gsize complete_len;
  gint64 duration;
  g_autoptr(GRand) rand = g_rand_new_with_seed (20201129);
  g_autoptr(GDir) listing = NULL;
  const char *name;

  g_assert_no_error (error);
  /* A complete export, and how long one takes: the kills are spread over 1.2 times that. */
  duration = run_export (reference, -1);
  complete = read_all (reference, &complete_len);
  g_assert_nonnull (complete);
  g_assert_cmpuint (complete_len, >, 1000);

  for (guint i = 0; i < iterations; i++)
    {
      g_autofree char *contents = NULL;
      gsize len = 0;

      if (target_exists)
        g_assert_true (g_file_set_contents (target, old_contents, -1, NULL));
      else
        g_assert_true (g_unlink (target) == 0 || errno == ENOENT);
      run_export (target, g_rand_int_range (rand, 0, (gint32)MIN (duration * 6 / 5, G_MAXINT32)));
      contents = read_all (target, &len);
      g_assert_true (contents != NULL || !target_exists);
      if (target_exists ? len == strlen (old_contents) && memcmp (contents, old_contents, len) == 0
                        : contents == NULL)
        n_old++;
      else if (len == complete_len && memcmp (contents, complete, len) == 0)
        n_new++;
      else
        g_error ("iteration %u: the target is neither what was there before nor the complete export "
                 "(%" G_GSIZE_FORMAT " bytes)", i, len);
    }
  g_test_message ("%u kills: %u left %s, %u the complete export (one export takes "
                  "%" G_GINT64_FORMAT " ms)", iterations, n_old,
                  target_exists ? "the old file" : "no file", n_new, duration / 1000);
  /* The kills did land during the export, not only before or after it. */
  if (iterations >= 50)
    g_assert_cmpuint (n_old, >, 0);

  /* Killed exports may leave their temporary files (nothing runs after SIGKILL); remove
   * them with the rest. */
  listing = g_dir_open (dir, 0, NULL);
  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_data_func ("/cli/kill-during-export/replacing", GINT_TO_POINTER (TRUE),
                        test_kill_during_export);
  g_test_add_data_func ("/cli/kill-during-export/creating", GINT_TO_POINTER (FALSE),
                        test_kill_during_export);
  return g_test_run ();
}
