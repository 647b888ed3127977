/* scene-test-util.h: what the scene tests of every chart kind share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "parity-economies.h"
#include "parity-layout.h"

G_BEGIN_DECLS

/* What a text may not overlap besides another text: a description of @other for the
 * failure message ("a bar"), or NULL when @text may lie over it. */
typedef const char *(*SceneTestCovers) (const ParityItem *text,
                                        const ParityItem *other);

ParityScene   *scene_test_layout          (ParityDataset *dataset,
                                           const char    *chart_id,
                                           double         width,
                                           double         height);
ParityScene   *scene_test_layout_in       (ParityDataset *dataset,
                                           const char    *chart_id,
                                           const char    *lang,
                                           double         width,
                                           double         height);
GPtrArray     *scene_test_items_with_role (ParityScene   *scene,
                                           ParityRole     role);
GPtrArray     *scene_test_items           (ParityScene   *scene,
                                           ParityRole     role,
                                           int            kind);
void           scene_test_assert_labels_fit (ParityScene     *scene,
                                             const char      *where,
                                             SceneTestCovers  covers);
ParityDataset *scene_test_load_string     (const char    *json);
char          *scene_test_load_error      (const char    *json);
char          *scene_test_chart_json      (const char    *members);
gboolean       scene_test_same_color      (const ParityColor *a,
                                           const ParityColor *b);
ParityDataset *scene_test_load_bundled    (void);
ParityClassification *scene_test_classification (void);
ParityDataset *scene_test_load_kinds_fixture (const char *name);

/* A dataset made of a head and one of several tails, and what its error must say. */
typedef struct
{
  const char *tail;
  const char *message;
} SceneTestErrorCase;

void           scene_test_assert_errors   (const char               *head,
                                           const SceneTestErrorCase *cases,
                                           guint                     n_cases);
void           scene_test_assert_chart_errors (const char               *prefix,
                                               const SceneTestErrorCase *cases,
                                               guint                     n_cases);

/* One chart of a bundled dataset in one language, for a test run on each. */
typedef struct
{
  ParityDataset *dataset;
  const char    *chart;
  const char    *lang;
} SceneTestCase;

GPtrArray     *scene_test_add_bundled_cases (const char         *prefix,
                                             const char * const *langs,
                                             GTestDataFunc       func,
                                             GPtrArray          *datasets);

G_END_DECLS
