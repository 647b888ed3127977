/* parity-loader.c: read, check the encoding, parse, and hand to the loader that fits
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "parity-error.h"
#include "parity-loader.h"
#include "parity-dataset-private.h"
#include "parity-json-scan.h"
#include "parity-load-hooks.h"
#include "parity-loader-private.h"
#include "parity-native-stream.h"
#include "parity-paths.h"

/**
 * _parity_utf8_validate:
 * @end: (out) (optional): the first byte that is not valid
 *
 * g_utf8_validate_len(), with NUL bytes invalid as there, eight ASCII bytes at a time: a
 * data file is mostly ASCII, and a run of other bytes between two ASCII ones holds whole
 * characters or is invalid, so each run is checked by GLib alone.
 */
gboolean
_parity_utf8_validate (const char  *data,
                       gsize        len,
                       const char **end)
{
  const guchar *p = (const guchar *)data, *stop = p + len;

  while (p < stop)
    {
      if (stop - p >= 8)
        {
          guint64 v;

          memcpy (&v, p, 8);
          /* No byte with its high bit set, and none zero. */
          if (((v | (v - G_GUINT64_CONSTANT (0x0101010101010101))) &
               G_GUINT64_CONSTANT (0x8080808080808080)) == 0)
            {
              p += 8;
              continue;
            }
        }
      if (*p == 0)
        break;
      if (*p < 0x80)
        p++;
      else
        {
          const guchar *run = p;
          const char *bad = NULL;

          while (p < stop && *p >= 0x80)
            p++;
          if (!g_utf8_validate_len ((const char *)run, p - run, &bad))
            {
              p = (const guchar *)bad;
              break;
            }
        }
    }
  if (end != NULL)
    *end = (const char *)p;
  return p == stop;
}

static gboolean
check_encoding (const char  *data,
                gsize        len,
                const char  *display_name,
                GError     **error)
{
  const char *end;
  guint line, column;

  if (_parity_utf8_validate (data, len, &end))
    return TRUE;
  _parity_text_locate (data, end - data, &line, &column);
  if (len >= 2 && (data[0] == '\0' || data[1] == '\0' ||
                   (guchar)data[0] == 0xFF || (guchar)data[0] == 0xFE))
    g_set_error (error, PARITY_ERROR, PARITY_ERROR_SYNTAX,
                 /* Translators: %s is the file name; 1:1 is line:column. */
                 _("%s:1:1: the file is UTF-16; save it as UTF-8"), display_name);
  else if (*end == '\0')
    g_set_error (error, PARITY_ERROR, PARITY_ERROR_SYNTAX,
                 /* Translators: %s is the file name, then line:column. */
                 _("%s:%u:%u: the file contains a NUL byte"), display_name, line, column);
  else
    g_set_error (error, PARITY_ERROR, PARITY_ERROR_SYNTAX,
                 /* Translators: %s is the file name, then line:column and the byte in
                    hexadecimal. */
                 _("%s:%u:%u: invalid UTF-8 (byte 0x%02X); save the file as UTF-8"),
                 display_name, line, column, (guchar)*end);
  return FALSE;
}

/* json-glib says "<data>:3:10: Parse error: unexpected identifier…"; we say
 * "FILE:3:10: unexpected identifier…". */
static void
rewrite_parse_error (GError     **error,
                     GError      *json_error,
                     const char  *display_name)
{
  guint line = 0, column = 0;
  int consumed = 0;
  const char *message = json_error->message;
  const char *rest;

  if (sscanf (message, "<data>:%u:%u: %n", &line, &column, &consumed) == 2 && consumed > 0)
    {
      rest = message + consumed;
      if (g_str_has_prefix (rest, "Parse error: "))
        rest += strlen ("Parse error: ");
      g_set_error (error, PARITY_ERROR, PARITY_ERROR_SYNTAX, "%s:%u:%u: %s",
                   display_name, line, column, rest);
    }
  else
    g_set_error (error, PARITY_ERROR, PARITY_ERROR_SYNTAX, "%s:1:1: %s", display_name, message);
}

static gboolean
native_sniff (JsonNode  *root,
              char     **why_not)
{
  if (_parity_native_loader_sniff (root))
    return TRUE;
  *why_not = g_strdup (_("no \"format\": \"parity-dataset\" at the top level"));
  return FALSE;
}

/* The JSON formats, tried in this order; each loader is one file. */
static const ParityJsonFormat json_formats[] = {
  { N_("Parity dataset"), native_sniff, _parity_native_loader_load, PARITY_JSON_CUT_NATIVE },
  { N_("World Bank API"), _parity_worldbank_loader_sniff, _parity_worldbank_loader_load,
    PARITY_JSON_CUT_PAGES },
  { N_("SDMX-JSON"), _parity_sdmx_loader_sniff, _parity_sdmx_loader_load,
    PARITY_JSON_CUT_SDMX },
};

/* Text that is not JSON goes to this loader (CSV), when one is built in. */
static const ParityTextLoader text_loader = _parity_csv_load;

typedef struct
{
  guint64 seen;
  guint64 total;
} ElementCount;

static void
on_array_element (JsonParser *parser,
                  JsonArray  *array,
                  int         index,
                  gpointer    data)
{
  ElementCount *count = data;

  if (++count->seen % 8192 == 0)
    _parity_load_report (0.15 + 0.7 * count->seen / count->total);
}

/* Documents at least this big have their tree freed on a thread of its own. */
#define FREE_IN_THREAD_BYTES (8 * 1024 * 1024)

static gpointer
free_parser (gpointer parser)
{
  g_object_unref (parser);
  return NULL;
}

/* Freeing the tree of a big document takes a sixth of its load (a node at a time), and the
 * dataset is complete before that: it holds copies, never nodes (charts keep deep copies,
 * see parity-dataset.c), and the parser is immutable, so no other thread can touch it. */
static void
drop_parser (JsonParser *parser,
             gsize       len)
{
  if (len >= FREE_IN_THREAD_BYTES)
    g_thread_unref (g_thread_new ("parity-free-json", free_parser, parser));
  else
    g_object_unref (parser);
}

/* json-glib's tree of the document, or of @cut's small copy of it, to the loader of the
 * format it is in. */
static ParityDataset *
load_tree (const char     *data,
           gsize           len,
           ParityJsonCut  *cut,
           const char     *display_name,
           GError        **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) json_error = NULL;
  ElementCount elements = { 0, 0 };
  ParityJsonSource source = { data, len, cut };
  JsonNode *root;

  parser = json_parser_new_immutable ();
  /* json-glib says nothing of its progress but an element at a time; for big files, those
   * counted against the scanner's count give the fraction parsed. */
  if (cut == NULL && _parity_load_is_monitored () && _parity_load_get_elements () > 10000)
    {
      elements.total = _parity_load_get_elements ();
      g_signal_connect (parser, "array-element", G_CALLBACK (on_array_element), &elements);
    }
  if (!json_parser_load_from_data (parser, cut != NULL ? cut->small : data,
                                   cut != NULL ? cut->small_len : len, &json_error))
    {
      rewrite_parse_error (error, json_error, display_name);
      return NULL;
    }
  g_signal_handlers_disconnect_matched (parser, G_SIGNAL_MATCH_FUNC, 0, 0, NULL,
                                        on_array_element, NULL);
  if (cut == NULL)
    _parity_load_report (0.85);
  if (_parity_load_cancelled (error))
    return NULL;
  root = json_parser_get_root (parser);

  {
    g_autoptr(GString) tried = g_string_new (NULL);

    for (guint i = 0; i < G_N_ELEMENTS (json_formats); i++)
      {
        g_autofree char *why_not = NULL;
        ParityDataset *dataset;

        if (!json_formats[i].sniff (root, &why_not))
          {
            if (why_not != NULL)
              /* Translators: one format tried and why it did not fit, after the message
                 that says none fitted: "; World Bank API: the top level is not an array". */
              g_string_append_printf (tried, C_("formats tried", "; %s: %s"),
                                      _(json_formats[i].name), why_not);
            continue;
          }
        if (cut != NULL && cut->kind != json_formats[i].cut_kind)
          {
            /* Cut for another format: only the whole tree is this one's to read. */
            cut->retry = TRUE;
            return NULL;
          }
        dataset = json_formats[i].load (root, cut != NULL ? &source : NULL, display_name,
                                        error);
        if (dataset != NULL && parity_dataset_get_format_name (dataset) == NULL)
          _parity_dataset_set_format_name (dataset, json_formats[i].name);
        drop_parser (g_steal_pointer (&parser), cut != NULL ? cut->small_len : len);
        return dataset;
      }
    if (G_N_ELEMENTS (json_formats) == 1)
      g_set_error (error, PARITY_ERROR, PARITY_ERROR_UNSUPPORTED,
                   /* Translators: %s is the file name; keep "format": "parity-dataset" as it
                      is: it is the JSON member a dataset starts with. */
                   _("%s: not a Parity dataset (the top level needs \"format\": "
                     "\"parity-dataset\")"), display_name);
    else
      g_set_error (error, PARITY_ERROR, PARITY_ERROR_UNSUPPORTED,
                   /* Translators: the file name, then each format tried with why it does not
                      fit: "; World Bank API: the top level is not an array…". */
                   _("%s: valid JSON, but not in a format Parity reads%s"), display_name,
                   tried->str);
    return NULL;
  }
}

/**
 * parity_dataset_load_bytes:
 * @bytes: the file's contents
 * @display_name: the name used in error messages
 * @error: a #GError, set on failure with a message that says where and what
 *
 * Returns: (transfer full) (nullable): the dataset
 */
ParityDataset *
parity_dataset_load_bytes (GBytes      *bytes,
                           const char  *display_name,
                           GError     **error)
{
  g_autoptr(ParityJsonCut) cut = NULL;
  ParityDataset *dataset;
  const char *data;
  const char *first;
  gsize len;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (bytes, &len);
  if (len >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      len -= 3;
    }
  if (!check_encoding (data, len, display_name, error))
    return NULL;

  first = data;
  while (first < data + len && g_ascii_isspace (*first))
    first++;
  if (first == data + len)
    {
      g_set_error (error, PARITY_ERROR, PARITY_ERROR_SYNTAX,
                   /* Translators: %s is the file name; 1:1 is line:column. */
                   _("%s:1:1: the file is empty"), display_name);
      return NULL;
    }
  if (_parity_web_page_refuse (first, data + len - first, display_name, error))
    return NULL;
  if (*first != '{' && *first != '[')
    {
      if (text_loader != NULL)
        return text_loader (data, len, display_name, error);
      g_set_error (error, PARITY_ERROR, PARITY_ERROR_UNSUPPORTED,
                   /* Translators: %s is the file name. */
                   _("%s: not a dataset Parity can read (a Parity dataset is a JSON object)"),
                   display_name);
      return NULL;
    }

  if (!_parity_json_scan (data, len, display_name, error))
    return NULL;
  _parity_load_report (0.15);
  if (_parity_load_cancelled (error))
    return NULL;
  /* A native dataset's observations, a World Bank response's records and an SDMX-JSON
   * message's series are read from the bytes, not from a tree: see parity-json-cut.c,
   * parity-native-stream.c and parity-sdmx-data.c. */
  if (_parity_stream_get_mode () != PARITY_STREAM_OFF)
    {
      cut = _parity_json_cut_observations (data, len);
      if (cut == NULL)
        cut = _parity_json_cut_pages (data, len);
      if (cut == NULL)
        cut = _parity_json_cut_sdmx (data, len);
    }
  dataset = load_tree (data, len, cut, display_name, error);
  if (dataset == NULL && cut != NULL && cut->retry)
    {
      /* An element json-glib refused alone: the whole tree says what it always said. */
      g_clear_error (error);
      dataset = load_tree (data, len, NULL, display_name, error);
    }
  return dataset;
}

/**
 * parity_dataset_load_file:
 * @path: a file name in the GLib file name encoding
 * @error: a #GError
 *
 * Returns: (transfer full) (nullable): the dataset
 */
ParityDataset *
parity_dataset_load_file (const char  *path,
                          GError     **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *display_name = NULL;
  ParityDataset *dataset;

  g_return_val_if_fail (path != NULL, NULL);

  display_name = g_filename_display_name (path);
  file = g_file_new_for_commandline_arg (path);
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, NULL, &local_error);
  if (info == NULL)
    {
      /* GIO's message repeats the path; say only what is wrong with it. */
      g_set_error (error, PARITY_ERROR, PARITY_ERROR_NOT_FOUND, "%s: %s", display_name,
                   g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND)
                   ? g_strerror (ENOENT) : local_error->message);
      return NULL;
    }
  if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      g_set_error (error, PARITY_ERROR, PARITY_ERROR_NOT_FOUND,
                   /* Translators: %s is the file name. */
                   _("%s: is a folder, not a file"), display_name);
      return NULL;
    }
  if (g_file_info_get_size (info) > PARITY_LOADER_MAX_BYTES)
    {
      g_set_error (error, PARITY_ERROR, PARITY_ERROR_UNSUPPORTED,
                   /* Translators: %s is the file name; %u is a number of mebibytes (MiB). */
                   _("%s: the file is larger than %u MiB"), display_name,
                   PARITY_LOADER_MAX_BYTES / (1024 * 1024));
      return NULL;
    }
  bytes = g_file_load_bytes (file, NULL, NULL, &local_error);
  if (bytes == NULL)
    {
      g_set_error (error, PARITY_ERROR, PARITY_ERROR_NOT_FOUND, "%s: %s", display_name,
                   local_error->message);
      return NULL;
    }
  _parity_load_report (0.05);
  if (_parity_load_cancelled (error))
    return NULL;
  dataset = parity_dataset_load_bytes (bytes, display_name, error);
  if (dataset != NULL)
    {
      g_autofree char *abs_path = g_file_get_path (file);

      _parity_dataset_set_path (dataset, abs_path ? abs_path : path);
    }
  return dataset;
}

/**
 * parity_dataset_load_file_monitored:
 * @monitor: (nullable): receives the fraction done; its cancellable stops the load
 *
 * parity_dataset_load_file() for a worker thread: @monitor's fraction rises as the file is
 * read, checked, parsed and turned into the model, and cancelling its cancellable stops the
 * load at the next milestone with %G_IO_ERROR_CANCELLED.
 */
ParityDataset *
parity_dataset_load_file_monitored (const char         *path,
                                    ParityLoadMonitor  *monitor,
                                    GError            **error)
{
  ParityDataset *dataset;

  _parity_load_monitor_begin (monitor);
  dataset = parity_dataset_load_file (path, error);
  _parity_load_monitor_end ();
  return dataset;
}

/**
 * parity_dataset_add_labels_file:
 * @dataset: a dataset, typically read from a World Bank API response
 * @lang: the language of the labels in @path, a BCP 47 tag
 * @path: the same data read in @lang (the API's /fr/, /es/… responses)
 * @error: a #GError
 *
 * The World Bank API answers in one language per request and its responses do not say
 * which. This adds the labels of @path in @lang to the indicators, entities, sources and
 * default chart titles of @dataset that have the same ids. Fails, changing nothing, when
 * @path does not load or has an indicator @dataset lacks.
 *
 * Returns: %TRUE if the labels were added
 */
gboolean
parity_dataset_add_labels_file (ParityDataset  *dataset,
                                const char     *lang,
                                const char     *path,
                                GError        **error)
{
  g_autoptr(ParityDataset) other = NULL;

  g_return_val_if_fail (PARITY_IS_DATASET (dataset), FALSE);
  g_return_val_if_fail (lang != NULL && path != NULL, FALSE);

  other = parity_dataset_load_file (path, error);
  if (other == NULL)
    return FALSE;
  if (!_parity_worldbank_merge_language (dataset, other, lang, error))
    {
      g_autofree char *display_name = g_filename_display_name (path);

      g_prefix_error (error, "%s: ", display_name);
      return FALSE;
    }
  return TRUE;
}

/**
 * parity_dataset_get_bundled_path:
 *
 * The WSIS 2019 dataset that ships with Parity: the source tree's when run from the build
 * tree, else the installed copy (parity_paths_get_pkgdatadir()).
 *
 * Returns: (transfer full): a file name
 */
char *
parity_dataset_get_bundled_path (void)
{
  return g_build_filename (parity_paths_get_pkgdatadir (), "datasets", "wsis-2019.json", NULL);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *)a, *(const char * const *)b);
}

/**
 * parity_dataset_list_bundled:
 *
 * Every dataset that ships with Parity (the JSON files in the bundled datasets' folder,
 * beside parity_dataset_get_bundled_path()), sorted by file name so that menus and tests
 * list them in the same order.
 *
 * Returns: (transfer full): file names; empty when the folder cannot be read
 */
char **
parity_dataset_list_bundled (void)
{
  g_autofree char *folder = g_build_filename (parity_paths_get_pkgdatadir (), "datasets", NULL);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) paths = g_ptr_array_new ();
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".json") && name[0] != '.')
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    g_ptr_array_add (paths, g_build_filename (folder, names->pdata[i], NULL));
  g_ptr_array_add (paths, NULL);
  return (char **)g_ptr_array_free (g_steal_pointer (&paths), FALSE);
}

/**
 * parity_dataset_is_bundled:
 * @file: a file
 *
 * Returns: whether @file is one of the datasets that ship with Parity, which are read-only
 *   data of the installation
 */
gboolean
parity_dataset_is_bundled (GFile *file)
{
  g_auto(GStrv) bundled = parity_dataset_list_bundled ();

  for (guint i = 0; file != NULL && bundled[i] != NULL; i++)
    {
      g_autoptr(GFile) one = g_file_new_for_path (bundled[i]);

      if (g_file_equal (one, file))
        return TRUE;
    }
  return FALSE;
}
