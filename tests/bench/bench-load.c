/* bench-load.c: one load of a big dataset, by Parity or by json-glib alone
 *
 *   bench-load parity FILE        Parity's loader (JSON or CSV, by content)
 *   bench-load parity-model FILE  the same, then the size of the model once the heap settles
 *   bench-load json-glib FILE     read the file and build json-glib's tree, nothing more
 *
 * Prints one JSON object: the time the load took, and for Parity the observations read and
 * the heap the finished model holds (malloc's count of bytes in use, after the file's bytes
 * and the JSON tree are freed, less what was in use before). A big file's tree is freed on a
 * thread of its own after the load returns (parity-loader.c), so the count is taken once the
 * heap has settled; run with G_SLICE=always-malloc, or GLib 2.74's slice allocator keeps the
 * tree's freed nodes and they count as in use. Peak memory is measured by the caller, from
 * the process's rusage.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <json-glib/json-glib.h>
#include <malloc.h>
#include <stdio.h>

#include "parity-loader.h"

static gsize
heap_in_use (void)
{
  struct mallinfo2 info = mallinfo2 ();

  return info.uordblks + info.hblkhd;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  gint64 start;
  double ms;

  if (argc != 3)
    {
      fprintf (stderr, "usage: bench-load parity|json-glib FILE\n");
      return 2;
    }
  if (g_str_equal (argv[1], "json-glib"))
    {
      g_autofree char *contents = NULL;
      g_autoptr(JsonParser) parser = json_parser_new_immutable ();
      gsize len;

      start = g_get_monotonic_time ();
      if (!g_file_get_contents (argv[2], &contents, &len, &error) ||
          !json_parser_load_from_data (parser, contents, (gssize)len, &error))
        g_error ("%s", error->message);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      printf ("{ \"load_ms\": %.1f }\n", ms);
    }
  else
    {
      g_autoptr(ParityDataset) dataset = NULL;
      gsize before = heap_in_use (), observations = 0;

      start = g_get_monotonic_time ();
      dataset = parity_dataset_load_file (argv[2], &error);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      if (dataset == NULL)
        g_error ("%s", error->message);
      /* Until the tree's thread is done: the heap stops shrinking. */
      for (gsize last = 0, now = heap_in_use (), steady = 0, tries = 0;
           g_str_equal (argv[1], "parity-model") && steady < 3 && tries < 250;
           last = now, now = heap_in_use (), tries++)
        {
          steady = now == last ? steady + 1 : 0;
          g_usleep (20000);
        }
      malloc_trim (0);
      for (guint i = 0; i < parity_dataset_get_n_indicators (dataset); i++)
        observations += parity_dataset_get_indicator (dataset, i)->obs.len;
      printf ("{ \"load_ms\": %.1f, \"observations\": %" G_GSIZE_FORMAT ", "
              "\"model_bytes\": %" G_GSIZE_FORMAT " }\n", ms, observations,
              heap_in_use () - before);
    }
  return 0;
}
