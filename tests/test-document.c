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
  return g_test_run ();
}
