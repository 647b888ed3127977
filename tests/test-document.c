/* test-document.c: edits, undo and redo, and the modified flag
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>

#include "parity-document.h"
#include "parity-loader.h"

static ParityDocument *
open_bundled (void)
{
  g_autofree char *path = parity_dataset_get_bundled_path ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ParityDataset) dataset = parity_dataset_load_file (path, &error);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  g_assert_no_error (error);
  return parity_document_new (dataset, file);
}

static const char *
title_of (ParityDocument *doc,
          guint           chart)
{
  return parity_text_get (parity_dataset_get_chart (parity_document_get_dataset (doc),
                                                    chart)->title, "en", "en");
}

static void
set_title (ParityDocument *doc,
           guint           chart,
           const char     *title,
           const char     *merge_key)
{
  g_autoptr(JsonNode) json = parity_dataset_dup_chart_json (parity_document_get_dataset (doc),
                                                            chart);
  g_autoptr(GError) error = NULL;

  json_object_set_string_member (json_node_get_object (json), "title", title);
  g_assert_true (parity_document_edit_chart (doc, chart, json, merge_key, &error));
  g_assert_no_error (error);
}

static void
test_undo_redo (void)
{
  g_autoptr(ParityDocument) doc = open_bundled ();
  g_autofree char *original = g_strdup (title_of (doc, 0));

  g_assert_false (parity_document_get_modified (doc));
  g_assert_false (parity_document_get_can_undo (doc));
  set_title (doc, 0, "First", NULL);
  set_title (doc, 0, "Second", NULL);
  g_assert_true (parity_document_get_modified (doc));
  g_assert_cmpstr (title_of (doc, 0), ==, "Second");

  g_assert_true (parity_document_undo (doc));
  g_assert_cmpstr (title_of (doc, 0), ==, "First");
  g_assert_true (parity_document_get_can_redo (doc));
  g_assert_true (parity_document_undo (doc));
  g_assert_cmpstr (title_of (doc, 0), ==, original);
  g_assert_false (parity_document_get_modified (doc));
  g_assert_false (parity_document_undo (doc));

  g_assert_true (parity_document_redo (doc));
  g_assert_cmpstr (title_of (doc, 0), ==, "First");
  /* A new edit drops what was undone. */
  set_title (doc, 0, "Third", NULL);
  g_assert_false (parity_document_get_can_redo (doc));
  g_assert_true (parity_document_undo (doc));
  g_assert_cmpstr (title_of (doc, 0), ==, "First");
}

/* Typing in one field is one undo step. */
static void
test_merge_key (void)
{
  g_autoptr(ParityDocument) doc = open_bundled ();
  g_autofree char *original = g_strdup (title_of (doc, 1));

  set_title (doc, 1, "I", "title");
  set_title (doc, 1, "In", "title");
  set_title (doc, 1, "Int", "title");
  g_assert_true (parity_document_undo (doc));
  g_assert_cmpstr (title_of (doc, 1), ==, original);
  g_assert_false (parity_document_get_can_undo (doc));
}

static void
test_refused_edit (void)
{
  g_autoptr(ParityDocument) doc = open_bundled ();
  g_autoptr(JsonNode) json = parity_dataset_dup_chart_json (parity_document_get_dataset (doc), 0);
  g_autoptr(GError) error = NULL;

  json_object_set_string_member (json_node_get_object (json), "indicator", "nothing");
  g_assert_false (parity_document_edit_chart (doc, 0, json, NULL, &error));
  g_assert_nonnull (error);
  g_assert_false (parity_document_get_modified (doc));
  g_assert_false (parity_document_get_can_undo (doc));
}

static void
test_add_chart_and_save (void)
{
  g_autoptr(ParityDocument) doc = open_bundled ();
  ParityDataset *dataset = parity_document_get_dataset (doc);
  g_autoptr(JsonNode) json = parity_dataset_dup_chart_json (dataset, 0);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("parity-doc-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "saved.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  guint n = parity_dataset_get_n_charts (dataset);

  json_object_set_string_member (json_node_get_object (json), "id", "new-chart");
  g_assert_true (parity_document_add_chart (doc, json, &error));
  g_assert_cmpuint (parity_dataset_get_n_charts (dataset), ==, n + 1);

  /* Saved: not modified; an undo past the save point is a modification again. */
  g_assert_true (parity_document_save (doc, file, &error));
  g_assert_no_error (error);
  g_assert_false (parity_document_get_modified (doc));
  g_assert_true (g_file_equal (parity_document_get_file (doc), file));
  g_assert_true (parity_document_undo (doc));
  g_assert_cmpuint (parity_dataset_get_n_charts (dataset), ==, n);
  g_assert_true (parity_document_get_modified (doc));
  g_assert_true (parity_document_redo (doc));
  g_assert_false (parity_document_get_modified (doc));
  g_assert_nonnull (parity_dataset_find_chart (dataset, "new-chart"));

  g_unlink (path);
  g_rmdir (dir);
}

/* A document restored from a draft is modified until saved, whatever is undone after. */
static void
test_restored_is_modified (void)
{
  g_autoptr(ParityDocument) opened = open_bundled ();
  ParityDataset *dataset = parity_document_get_dataset (opened);
  g_autoptr(ParityDocument) doc = parity_document_new_restored (dataset,
                                                                parity_document_get_file (opened));
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("parity-doc-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "saved.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  g_assert_true (parity_document_get_modified (doc));
  g_assert_false (parity_document_get_can_undo (doc));
  set_title (doc, 0, "After the restore", NULL);
  g_assert_true (parity_document_undo (doc));
  g_assert_true (parity_document_get_modified (doc));

  g_assert_true (parity_document_save (doc, file, &error));
  g_assert_no_error (error);
  g_assert_false (parity_document_get_modified (doc));

  g_unlink (path);
  g_rmdir (dir);
}

static const char *
id_at (ParityDocument *doc,
       guint           chart)
{
  return parity_dataset_get_chart (parity_document_get_dataset (doc), chart)->id;
}

/* The ids in order, joined by spaces. */
static char *
ids_of (ParityDocument *doc)
{
  ParityDataset *dataset = parity_document_get_dataset (doc);
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  g_auto(GStrv) strv = NULL;

  for (guint i = 0; i < parity_dataset_get_n_charts (dataset); i++)
    g_strv_builder_add (ids, id_at (doc, i));
  strv = g_strv_builder_end (ids);
  return g_strjoinv (" ", strv);
}

static void
test_remove_chart (void)
{
  g_autoptr(ParityDocument) doc = open_bundled ();
  ParityDataset *dataset = parity_document_get_dataset (doc);
  g_autofree char *original = ids_of (doc);
  g_autofree char *second = g_strdup (id_at (doc, 1));
  guint n = parity_dataset_get_n_charts (dataset);
  g_autofree char *after = NULL;

  parity_document_remove_chart (doc, 1);
  g_assert_cmpuint (parity_dataset_get_n_charts (dataset), ==, n - 1);
  g_assert_null (parity_dataset_find_chart (dataset, second));
  g_assert_true (parity_document_get_modified (doc));
  after = ids_of (doc);

  g_assert_true (parity_document_undo (doc));
  g_autofree char *undone = ids_of (doc);
  g_assert_cmpstr (undone, ==, original);
  g_assert_false (parity_document_get_modified (doc));
  g_assert_true (parity_document_redo (doc));
  g_autofree char *redone = ids_of (doc);
  g_assert_cmpstr (redone, ==, after);

  /* Every chart can go; the document is then empty, and undo brings them all back. */
  while (parity_dataset_get_n_charts (dataset) > 0)
    parity_document_remove_chart (doc, 0);
  while (parity_document_undo (doc))
    ;
  g_autofree char *all_back = ids_of (doc);
  g_assert_cmpstr (all_back, ==, original);
}

static void
test_duplicate_chart (void)
{
  g_autoptr(ParityDocument) doc = open_bundled ();
  ParityDataset *dataset = parity_document_get_dataset (doc);
  g_autofree char *first = g_strdup (id_at (doc, 0));
  g_autofree char *copy2 = g_strdup_printf ("%s-2", first);
  g_autofree char *copy3 = g_strdup_printf ("%s-3", first);
  g_autoptr(GError) error = NULL;
  guint n = parity_dataset_get_n_charts (dataset);

  g_assert_cmpuint (parity_document_duplicate_chart (doc, 0, &error), ==, 1);
  g_assert_no_error (error);
  g_assert_cmpstr (id_at (doc, 1), ==, copy2);
  g_assert_cmpstr (title_of (doc, 1), ==, title_of (doc, 0));
  /* Duplicating the original again skips the id its first copy took. */
  g_assert_cmpuint (parity_document_duplicate_chart (doc, 0, &error), ==, 1);
  g_assert_cmpstr (id_at (doc, 1), ==, copy3);
  g_assert_cmpstr (id_at (doc, 2), ==, copy2);
  g_assert_cmpuint (parity_dataset_get_n_charts (dataset), ==, n + 2);
  for (guint i = 0; i < n + 2; i++)
    for (guint j = i + 1; j < n + 2; j++)
      g_assert_cmpstr (id_at (doc, i), !=, id_at (doc, j));

  g_assert_true (parity_document_undo (doc));
  g_assert_null (parity_dataset_find_chart (dataset, copy3));
  g_assert_nonnull (parity_dataset_find_chart (dataset, copy2));
  g_assert_true (parity_document_undo (doc));
  g_assert_cmpuint (parity_dataset_get_n_charts (dataset), ==, n);
  g_assert_false (parity_document_get_modified (doc));
}

static void
test_move_chart (void)
{
  g_autoptr(ParityDocument) doc = open_bundled ();
  g_autofree char *a = g_strdup (id_at (doc, 0));
  g_autofree char *b = g_strdup (id_at (doc, 1));
  g_autofree char *c = g_strdup (id_at (doc, 2));
  g_autofree char *original = ids_of (doc);

  parity_document_move_chart (doc, 0, 2);
  g_assert_cmpstr (id_at (doc, 0), ==, b);
  g_assert_cmpstr (id_at (doc, 1), ==, c);
  g_assert_cmpstr (id_at (doc, 2), ==, a);
  parity_document_move_chart (doc, 2, 1);
  g_assert_cmpstr (id_at (doc, 1), ==, a);
  g_assert_cmpstr (id_at (doc, 2), ==, c);

  g_assert_true (parity_document_undo (doc));
  g_assert_cmpstr (id_at (doc, 2), ==, a);
  g_assert_true (parity_document_undo (doc));
  g_autofree char *undone = ids_of (doc);
  g_assert_cmpstr (undone, ==, original);
  g_assert_true (parity_document_redo (doc));
  g_assert_cmpstr (id_at (doc, 2), ==, a);
  g_assert_cmpstr (id_at (doc, 0), ==, b);
}

/* What is saved is the charts in their new order, without the removed one, with the copy. */
static void
test_manage_and_save (void)
{
  g_autoptr(ParityDocument) doc = open_bundled ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("parity-doc-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "saved.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(ParityDataset) reloaded = NULL;
  g_autoptr(ParityDocument) again = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *got = NULL;

  parity_document_remove_chart (doc, 0);
  parity_document_duplicate_chart (doc, 1, &error);
  g_assert_no_error (error);
  parity_document_move_chart (doc, 2, 0);
  expected = ids_of (doc);
  g_assert_true (parity_document_save (doc, file, &error));
  g_assert_no_error (error);

  reloaded = parity_dataset_load_file (path, &error);
  g_assert_no_error (error);
  again = parity_document_new (reloaded, file);
  got = ids_of (again);
  g_assert_cmpstr (got, ==, expected);

  g_unlink (path);
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/document/undo-redo", test_undo_redo);
  g_test_add_func ("/document/merge-key", test_merge_key);
  g_test_add_func ("/document/refused-edit", test_refused_edit);
  g_test_add_func ("/document/add-chart-and-save", test_add_chart_and_save);
  g_test_add_func ("/document/restored-is-modified", test_restored_is_modified);
  g_test_add_func ("/document/remove-chart", test_remove_chart);
  g_test_add_func ("/document/duplicate-chart", test_duplicate_chart);
  g_test_add_func ("/document/move-chart", test_move_chart);
  g_test_add_func ("/document/manage-and-save", test_manage_and_save);
  return g_test_run ();
}
