/* test-draft-file.c: where drafts live, what they record, and which are refused
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <string.h>

#include "parity-chart-json.h"
#include "parity-draft.h"
#include "parity-error.h"
#include "parity-loader.h"
#include "parity-native-writer.h"
#include "scene-test-util.h"

static char *state_dir;

static GFile *
file_in_tmp (const char *name)
{
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), name, NULL);

  return g_file_new_for_path (path);
}

static void
test_path (void)
{
  g_autoptr(GFile) a = file_in_tmp ("a.json");
  g_autoptr(GFile) a_again = file_in_tmp ("a.json");
  g_autoptr(GFile) b = file_in_tmp ("b.json");
  g_autofree char *path_a = parity_draft_get_path (a);
  g_autofree char *path_b = parity_draft_get_path (b);
  g_autofree char *path_a_again = parity_draft_get_path (a_again);
  g_autofree char *dir = g_build_filename (state_dir, "parity", "drafts", NULL);
  g_autofree char *parent = g_path_get_dirname (path_a);
  g_autofree char *name = g_path_get_basename (path_a);

  g_assert_cmpstr (parent, ==, dir);
  /* The SHA-256 of the URI, in hex, then .json. */
  g_assert_cmpuint (strlen (name), ==, 64 + strlen (".json"));
  g_assert_true (g_str_has_suffix (name, ".json"));
  g_assert_cmpstr (path_a, ==, path_a_again);
  g_assert_cmpstr (path_a, !=, path_b);
}

static void
test_round_trip (void)
{
  g_autoptr(ParityDataset) dataset = scene_test_load_bundled ();
  g_autoptr(GFile) file = file_in_tmp ("round-trip.json");
  g_autofree char *file_path = g_file_get_path (file);
  g_autoptr(GDateTime) written = g_date_time_new_utc (2024, 5, 1, 9, 30, 15);
  g_autoptr(ParityDraft) draft = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = parity_draft_get_path (file);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *expected = parity_dataset_to_json (dataset);
  g_autofree char *restored = NULL;
  GStatBuf st;

  g_assert_true (parity_draft_write (file, dataset, written, &error));
  g_assert_no_error (error);
  /* The folder is the user's alone. */
  g_assert_cmpint (g_stat (dir, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);

  draft = parity_draft_load (file, &error);
  g_assert_no_error (error);
  g_assert_nonnull (draft);
  g_assert_true (g_date_time_equal (draft->written, written));
  restored = parity_dataset_to_json (draft->dataset);
  g_assert_cmpstr (restored, ==, expected);
  /* The restored dataset is the original file's, not the draft's. */
  g_assert_cmpstr (parity_dataset_get_path (draft->dataset), ==, file_path);

  g_assert_true (parity_draft_remove (file, &error));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  /* No draft is not an error to remove, and a load says it is not found. */
  g_assert_true (parity_draft_remove (file, &error));
  g_assert_null (parity_draft_load (file, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
}

/* A job writes the charts as they were when it was made: a worker runs it while the main
 * thread goes on editing. */
static void
test_job_copies_charts (void)
{
  g_autoptr(ParityDataset) dataset = scene_test_load_bundled ();
  g_autoptr(GFile) file = file_in_tmp ("job.json");
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(ParityDraftJob) job = parity_draft_job_new (file, dataset, now);
  g_autoptr(JsonNode) chart = parity_dataset_dup_chart_json (dataset, 0);
  g_autofree char *before = g_strdup (parity_text_get (parity_dataset_get_chart (dataset,
                                                                                 0)->title,
                                                       "en", "en"));
  g_autoptr(ParityDraft) draft = NULL;
  g_autoptr(GError) error = NULL;

  json_object_set_string_member (json_node_get_object (chart), "title", "Edited later");
  g_assert_true (parity_dataset_set_chart_json (dataset, 0, chart, &error));
  g_assert_true (parity_draft_job_run (job, &error));
  g_assert_no_error (error);

  draft = parity_draft_load (file, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (parity_text_get (parity_dataset_get_chart (draft->dataset, 0)->title,
                                    "en", "en"), ==, before);
  g_assert_true (parity_draft_remove (file, &error));
}

/* A draft of one file put in another's place is refused. */
static void
test_other_file_refused (void)
{
  g_autoptr(ParityDataset) dataset = scene_test_load_bundled ();
  g_autoptr(GFile) mine = file_in_tmp ("mine.json");
  g_autoptr(GFile) theirs = file_in_tmp ("theirs.json");
  g_autofree char *my_path = parity_draft_get_path (mine);
  g_autofree char *their_path = parity_draft_get_path (theirs);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GError) error = NULL;

  g_assert_true (parity_draft_write (theirs, dataset, now, &error));
  g_assert_cmpint (g_rename (their_path, my_path), ==, 0);
  g_assert_null (parity_draft_load (mine, &error));
  g_assert_error (error, PARITY_ERROR, PARITY_ERROR_CONTENT);
  g_assert_nonnull (strstr (error->message, "another file"));
  g_unlink (my_path);
}

/* Broken drafts fail with the loader's message, or say what they lack; none crashes. */
static void
test_broken_refused (void)
{
  /* Each message names the draft's own file, and says what is wrong. */
  static const struct { const char *contents; const char *says; } cases[] = {
    { "", "empty" },
    { "{ \"format\": \"parity-dataset\", \"vers", "is not closed" },
    { "[[[[[[[[", "drafts/" },
    /* A dataset, but not a draft: CSV loads, and has no record of its file. */
    { "entity,period,value\nA,2020,1\n", "not a draft" },
  };
  g_autoptr(GFile) file = file_in_tmp ("broken.json");
  g_autofree char *path = parity_draft_get_path (file);
  g_autofree char *dir = g_path_get_dirname (path);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_true (g_file_set_contents (path, cases[i].contents, -1, NULL));
      g_assert_null (parity_draft_load (file, &error));
      g_assert_nonnull (error);
      g_test_message ("%s", error->message);
      g_assert_nonnull (strstr (error->message, cases[i].says));
    }
  g_unlink (path);
}

int
main (int    argc,
      char **argv)
{
  int status;

  /* Before GLib reads it once: drafts go to a folder of the test's own. */
  state_dir = g_dir_make_tmp ("parity-state-XXXXXX", NULL);
  g_setenv ("XDG_STATE_HOME", state_dir, TRUE);
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/draft-file/path", test_path);
  g_test_add_func ("/draft-file/round-trip", test_round_trip);
  g_test_add_func ("/draft-file/job-copies-charts", test_job_copies_charts);
  g_test_add_func ("/draft-file/other-file-refused", test_other_file_refused);
  g_test_add_func ("/draft-file/broken-refused", test_broken_refused);
  status = g_test_run ();
  {
    g_autofree char *parity = g_build_filename (state_dir, "parity", NULL);
    g_autofree char *drafts = g_build_filename (parity, "drafts", NULL);

    g_rmdir (drafts);
    g_rmdir (parity);
    g_rmdir (state_dir);
  }
  g_free (state_dir);
  return status;
}
