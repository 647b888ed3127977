/* cli-test-util.h: running the real parity-cli from tests, in a folder of its own
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct
{
  char *tmpdir;   /* made for each test, removed with everything in it after */
} CliFixture;

typedef struct
{
  int   status;   /* the exit status */
  char *out;
  char *err;
} CliResult;

void cli_test_result_clear (CliResult          *r);
void cli_test_set_up       (CliFixture         *f,
                            gconstpointer       data);
void cli_test_tear_down    (CliFixture         *f,
                            gconstpointer       data);
void cli_test_run_v        (CliFixture         *f,
                            CliResult          *r,
                            const char         *program,
                            const char * const *args);
void cli_test_run          (CliFixture         *f,
                            CliResult          *r,
                            const char         *first_arg,
                            ...) G_GNUC_NULL_TERMINATED;
char     *cli_test_write_file     (CliFixture         *f,
                                   const char         *name,
                                   const char         *contents);
char     *cli_test_read_file      (CliFixture         *f,
                                   const char         *name);
gboolean  cli_test_exists         (CliFixture         *f,
                                   const char         *name);
void      cli_test_assert_matches (const char         *pattern,
                                   const char         *string,
                                   GRegexCompileFlags  flags);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CliResult, cli_test_result_clear)

G_END_DECLS
