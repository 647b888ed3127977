/* dataset-dump.h: the pieces of the loader tests' model summaries (the .expected files)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "parity-dataset.h"

G_BEGIN_DECLS

void        dataset_dump_text      (GString          *out,
                                    const char       *indent,
                                    const char       *name,
                                    const ParityText *text);
const char *dataset_dump_source_id (ParityDataset    *dataset,
                                    guint32           source);
void        dataset_dump_number    (GString          *out,
                                    double            value);
void        dataset_dump_indicator (GString               *out,
                                    ParityDataset         *dataset,
                                    const ParityIndicator *indicator);

void        dataset_dump_compare_or_write (const char *expected_path,
                                           const char *actual);
void        dataset_dump_add_fixture_tests (const char    *dir,
                                            const char    *kind,
                                            const char    *suffix,
                                            GTestDataFunc  func);
void        dataset_dump_compare_error     (const char   *path,
                                            const GError *error);
char       *dataset_dump_sibling           (const char *path,
                                            const char *ext,
                                            const char *suffix);

G_END_DECLS
