/* parity-cli-batch.c: many figures exported on every core, reported in order
 *
 * A batch (every chart × language × preset) is laid out and written by a pool of worker
 * threads, one per processor. The dataset is loaded once and shared read-only; each thread
 * keeps its own pango context and font map (parity-pango.c) and ICU formatters
 * (parity-number-format.c), so fonts are loaded once per thread, not per figure. The main
 * thread prints each figure's path, warnings or error in the order of the batch, as soon as
 * that figure and those before it are done.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "parity-cli-private.h"

typedef struct
{
  ParityDataset       *dataset;
  ParityExportFormat   format;
  ParityCliFigure     *figures;
  GMutex               lock;
  GCond                done_cond;
} Batch;

static void
export_figure (ParityDataset   *dataset,
               ParityExportFormat format,
               ParityCliFigure *figure)
{
  figure->ok = parity_figure_export_with_data (dataset, figure->spec, &figure->layout, format,
                                               figure->dpi, figure->path,
                                               (const char * const *)figure->sidecars,
                                               &figure->warnings, &figure->error);
}

static void
run_in_worker (gpointer data,
               gpointer user_data)
{
  ParityCliFigure *figure = data;
  Batch *batch = user_data;

  export_figure (batch->dataset, batch->format, figure);
  g_mutex_lock (&batch->lock);
  /* Atomic as well as locked: GMutex is a futex inside libglib, which ThreadSanitizer cannot
   * see, so this release store is the hand-off of the figure's results it can see. */
  g_atomic_int_set (&figure->done, TRUE);
  g_cond_broadcast (&batch->done_cond);
  g_mutex_unlock (&batch->lock);
}

static gboolean
report (ParityCliFigure *figure,
        gboolean         quiet)
{
  /* Warnings once per chart, not once per preset or language. */
  for (guint k = 0; figure->report_warnings && figure->warnings && figure->warnings[k]; k++)
    /* Translators: the chart id, then what the reader should know that the chart
       cannot show. */
    parity_cli_error (_("warning: %s: %s"), figure->spec->id, figure->warnings[k]);
  if (!figure->ok)
    {
      parity_cli_error ("%s", figure->error->message);
      return FALSE;
    }
  if (!quiet)
    {
      g_autofree char *display = g_filename_display_name (figure->path);

      printf ("%s\n", display);
      for (guint i = 0; figure->sidecars != NULL && figure->sidecars[i] != NULL; i++)
        {
          g_autofree char *sidecar = g_filename_display_name (figure->sidecars[i]);

          printf ("%s\n", sidecar);
        }
      fflush (stdout);
    }
  return TRUE;
}

/* How many threads export: PARITY_EXPORT_THREADS, else one per processor. */
static guint
n_threads (guint n_figures)
{
  const char *env = g_getenv ("PARITY_EXPORT_THREADS");
  guint64 n = env != NULL ? g_ascii_strtoull (env, NULL, 10) : 0;

  if (n == 0)
    n = g_get_num_processors ();
  return (guint)CLAMP (n, 1, MAX (n_figures, 1));
}

/**
 * parity_cli_export_figures:
 * @figures: (array length=n_figures): what to write; the results are filled in
 *
 * Returns: %TRUE when every figure was written
 */
gboolean
parity_cli_export_figures (ParityDataset      *dataset,
                           ParityExportFormat  format,
                           ParityCliFigure    *figures,
                           guint               n_figures,
                           gboolean            quiet)
{
  Batch batch = { dataset, format, figures };
  GThreadPool *pool = NULL;
  gboolean ok = TRUE;
  guint threads = n_threads (n_figures);

  /* One figure, or one thread: no pool to start. */
  if (threads == 1)
    {
      for (guint i = 0; i < n_figures; i++)
        {
          export_figure (dataset, format, &figures[i]);
          ok &= report (&figures[i], quiet);
        }
      return ok;
    }

  g_mutex_init (&batch.lock);
  g_cond_init (&batch.done_cond);
  pool = g_thread_pool_new (run_in_worker, &batch, (int)threads, TRUE, NULL);
  for (guint i = 0; i < n_figures; i++)
    g_thread_pool_push (pool, &figures[i], NULL);
  for (guint i = 0; i < n_figures; i++)
    {
      g_mutex_lock (&batch.lock);
      while (!g_atomic_int_get (&figures[i].done))
        g_cond_wait (&batch.done_cond, &batch.lock);
      g_mutex_unlock (&batch.lock);
      ok &= report (&figures[i], quiet);
    }
  g_thread_pool_free (pool, FALSE, TRUE);
  g_cond_clear (&batch.done_cond);
  g_mutex_clear (&batch.lock);
  return ok;
}

void
parity_cli_figure_clear (ParityCliFigure *figure)
{
  g_free (figure->path);
  g_strfreev (figure->sidecars);
  g_strfreev (figure->warnings);
  g_clear_error (&figure->error);
}
