/* parity-i18n-po.c
 *
 * PO files are read and written by libgettextpo, the library behind msgfmt and msgmerge,
 * so that what Poedit, Lokalize and the gettext tools accept, Parity accepts too.
 *
 * libgettextpo reports problems through a handler without user data, and a handler for a
 * fatal error must not return (the library would go on with, say, a NULL FILE *): the
 * handler here collects messages for the one call in progress and leaves a fatal error with
 * longjmp. The library keeps global state, so calls are made one at a time.
 *
 * Also of libgettextpo 0.21: po_file_domain_header() returns a copy to free although it is
 * declared const; po_file_free() does not free the msgctxt strings (a small leak per
 * message that LeakSanitizer reports in the library); po_file_read() returns what it could
 * read after syntax errors, which are reported only through the handler; and strings come
 * in the file's charset, not converted to UTF-8.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <errno.h>
#include <gettext-po.h>
#include <glib/gstdio.h>
#include <setjmp.h>
#include <string.h>
#include <unistd.h>

#include "parity-error.h"
#include "parity-i18n-po.h"
#include "parity-lazy-library.h"
#include "parity-tsan.h"

/* libgettextpo (with libunistring, which it pulls in) is opened by the first PO file read
 * or written: parity-cli links this file, and its other commands, export above all, should
 * not pay for loading it. */
#define PO_FUNCTIONS(F) \
  F (po_file_create) \
  F (po_file_domain_header) \
  F (po_file_free) \
  F (po_file_read) \
  F (po_file_write) \
  F (po_header_field) \
  F (po_message_add_filepos) \
  F (po_message_create) \
  F (po_message_insert) \
  F (po_message_is_fuzzy) \
  F (po_message_is_obsolete) \
  F (po_message_iterator) \
  F (po_message_iterator_free) \
  F (po_message_msgctxt) \
  F (po_message_msgid) \
  F (po_message_msgid_plural) \
  F (po_message_msgstr) \
  F (po_message_set_extracted_comments) \
  F (po_message_set_format) \
  F (po_message_set_fuzzy) \
  F (po_message_set_msgctxt) \
  F (po_message_set_msgid) \
  F (po_message_set_msgstr) \
  F (po_next_message)

static PARITY_LAZY_TABLE (PO_FUNCTIONS) po_lib;
static const char * const po_lib_symbols[] = PARITY_LAZY_NAMES (PO_FUNCTIONS);
static ParityLazyLibrary po_library = PARITY_LAZY_LIBRARY_INIT ("libgettextpo.so.0",
                                                                "libgettextpo", po_lib_symbols);

typedef struct
{
  GString *errors;      /* one line each */
  guint    n_errors;
  jmp_buf  fatal;
} Problems;

static GMutex lock;
static Problems *current;

static void
report (int         severity,
        const char *filename,
        size_t      lineno,
        size_t      column,
        const char *text)
{
  g_autofree char *message = g_strdup (text != NULL ? text : "");
  g_autofree char *display = filename != NULL ? g_filename_display_name (filename) : NULL;

  if (current == NULL || severity == PO_SEVERITY_WARNING)
    return;
  g_strchomp (message);
  if (current->errors->len > 0)
    g_string_append_c (current->errors, '\n');
  if (display != NULL && lineno != (size_t)-1 && lineno != 0)
    g_string_append_printf (current->errors, "%s:%zu: %s", display, lineno, message);
  else if (display != NULL)
    g_string_append_printf (current->errors, "%s: %s", display, message);
  else
    g_string_append (current->errors, message);
  current->n_errors++;
}

static void
xerror (int           severity,
        po_message_t  message,
        const char   *filename,
        size_t        lineno,
        size_t        column,
        int           multiline_p,
        const char   *message_text)
{
  report (severity, filename, lineno, column, message_text);
  if (severity == PO_SEVERITY_FATAL_ERROR && current != NULL)
    longjmp (current->fatal, 1);
}

static void
xerror2 (int           severity,
         po_message_t  message1,
         const char   *filename1,
         size_t        lineno1,
         size_t        column1,
         int           multiline_p1,
         const char   *message_text1,
         po_message_t  message2,
         const char   *filename2,
         size_t        lineno2,
         size_t        column2,
         int           multiline_p2,
         const char   *message_text2)
{
  /* "duplicate message definition" + "this is the location of the first definition",
   * whose place libgettextpo 0.21 does not know: the first says it all. */
  report (severity, filename1, lineno1, column1, message_text1);
  if (severity == PO_SEVERITY_FATAL_ERROR && current != NULL)
    longjmp (current->fatal, 1);
}

static const struct po_xerror_handler handler = { xerror, xerror2 };

/* The calls that may report a fatal error, each in a function of its own so that nothing
 * of the caller's lives across the longjmp. */
static po_file_t
guarded_read (Problems   *problems,
              const char *path)
{
  if (setjmp (problems->fatal) != 0)
    return NULL;
  return po_lib.po_file_read (path, &handler);
}

static gboolean
guarded_write (Problems   *problems,
               po_file_t   file,
               const char *path)
{
  if (setjmp (problems->fatal) != 0)
    return FALSE;
  po_lib.po_file_write (file, path, &handler);
  return TRUE;
}

static void
problems_begin (Problems *problems)
{
  parity_mutex_lock (&lock);
  problems->errors = g_string_new (NULL);
  problems->n_errors = 0;
  current = problems;
}

static void
problems_end (Problems *problems)
{
  current = NULL;
  parity_mutex_unlock (&lock);
  g_string_free (problems->errors, TRUE);
}

void
parity_i18n_po_free (ParityI18nPo *po)
{
  if (po == NULL)
    return;
  g_free (po->display_name);
  g_free (po->lang);
  g_free (po->header_lang);
  g_clear_pointer (&po->messages, g_ptr_array_unref);
  g_free (po);
}

/* "text/plain; charset=ISO-8859-1" → "ISO-8859-1"; NULL when nothing needs converting. */
static char *
header_charset (const char *header)
{
  g_autofree char *content_type = NULL;
  const char *charset;
  char *end;

  if (header != NULL)
    content_type = po_lib.po_header_field (header, "Content-Type");
  if (content_type == NULL || (charset = strstr (content_type, "charset=")) == NULL)
    return NULL;
  charset += strlen ("charset=");
  end = (char *)charset + strcspn (charset, " ;\t\n");
  *end = '\0';
  if (*charset == '\0' || g_ascii_strcasecmp (charset, "UTF-8") == 0 ||
      g_ascii_strcasecmp (charset, "CHARSET") == 0 || g_ascii_strcasecmp (charset, "ASCII") == 0 ||
      g_ascii_strcasecmp (charset, "US-ASCII") == 0)
    return NULL;
  return g_strdup (charset);
}

/* A string of the file, in UTF-8. */
static char *
to_utf8 (const char  *value,
         const char  *charset,
         const char  *display_name,
         GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  char *converted;

  if (value == NULL)
    return NULL;
  if (charset == NULL)
    {
      if (g_utf8_validate (value, -1, NULL))
        return g_strdup (value);
      g_set_error (error, PARITY_ERROR, PARITY_ERROR_SYNTAX,
                   _("%s: invalid UTF-8 in “%.40s”; save the file as UTF-8"), display_name,
                   value);
      return NULL;
    }
  converted = g_convert (value, -1, "UTF-8", charset, NULL, NULL, &local_error);
  if (converted == NULL)
    g_set_error (error, PARITY_ERROR, PARITY_ERROR_SYNTAX, _("%s: cannot read the text as %s: %s"),
                 display_name, charset, local_error->message);
  return converted;
}

/* "fr.po", "pt_BR.po", "labels.fr.po" → the language, or NULL. */
static char *
lang_from_file_name (const char *path)
{
  g_autofree char *base = g_path_get_basename (path);
  const char *dot;
  char *tag;

  if (g_str_has_suffix (base, ".po"))
    base[strlen (base) - 3] = '\0';
  if ((tag = parity_i18n_locale_to_tag (base)) != NULL)
    return tag;
  dot = strrchr (base, '.');
  return dot != NULL ? parity_i18n_locale_to_tag (dot + 1) : NULL;
}

static gboolean
read_messages (ParityI18nPo  *po,
               po_file_t      file,
               GError       **error)
{
  /* Declared const, but a copy the caller frees (gettext 0.21). */
  g_autofree char *header = (char *)po_lib.po_file_domain_header (file, NULL);
  g_autofree char *charset = header_charset (header);
  po_message_iterator_t iter = po_lib.po_message_iterator (file, NULL);
  po_message_t message;
  gboolean ok = TRUE;

  if (header != NULL)
    {
      g_autofree char *language = po_lib.po_header_field (header, "Language");

      if (language != NULL && *g_strstrip (language) != '\0')
        {
          po->header_lang = to_utf8 (language, charset, po->display_name, NULL);
          po->lang = parity_i18n_locale_to_tag (language);
        }
    }
  while (ok && (message = po_lib.po_next_message (iter)) != NULL)
    {
      g_autofree char *context = NULL, *msgid = NULL, *msgstr = NULL;

      if (po_lib.po_message_is_obsolete (message))
        continue;
      if (po_lib.po_message_msgctxt (message) == NULL &&
          *po_lib.po_message_msgid (message) == '\0')
        continue;  /* the header */
      if (po_lib.po_message_msgid_plural (message) != NULL)
        {
          po->n_plural++;
          continue;
        }
      if (po_lib.po_message_msgctxt (message) != NULL)
        ok = (context = to_utf8 (po_lib.po_message_msgctxt (message), charset,
                                 po->display_name, error)) != NULL;
      ok = ok && (msgid = to_utf8 (po_lib.po_message_msgid (message), charset,
                                   po->display_name, error)) != NULL;
      ok = ok && (msgstr = to_utf8 (po_lib.po_message_msgstr (message), charset,
                                    po->display_name, error)) != NULL;
      if (ok)
        g_ptr_array_add (po->messages,
                         parity_i18n_message_new (context, msgid, msgstr,
                                                  po_lib.po_message_is_fuzzy (message)));
    }
  po_lib.po_message_iterator_free (iter);
  return ok;
}

/**
 * parity_i18n_po_read:
 * @path: a PO file
 * @error: set when it cannot be read, or has any error msgfmt would report while reading
 *
 * Returns: (transfer full) (nullable): its messages, in UTF-8
 */
ParityI18nPo *
parity_i18n_po_read (const char  *path,
                     GError     **error)
{
  g_autoptr(ParityI18nPo) po = g_new0 (ParityI18nPo, 1);
  Problems problems;
  po_file_t file;
  gboolean ok;

  po->display_name = g_filename_display_name (path);
  po->messages = g_ptr_array_new_with_free_func ((GDestroyNotify)parity_i18n_message_free);
  if (!parity_lazy_library_load (&po_library, (gpointer *)&po_lib, sizeof po_lib, error))
    return NULL;
  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, PARITY_ERROR, PARITY_ERROR_NOT_FOUND, _("%s: is a folder, not a file"),
                   po->display_name);
      return NULL;
    }

  problems_begin (&problems);
  errno = 0;
  file = guarded_read (&problems, path);
  if (file == NULL)
    {
      int saved_errno = errno;

      /* Without a message, the file could not be opened: errno says why. */
      g_set_error (error, PARITY_ERROR, PARITY_ERROR_NOT_FOUND, "%s: %s", po->display_name,
                   problems.n_errors > 0 ? problems.errors->str
                   : g_strerror (saved_errno != 0 ? saved_errno : ENOENT));
      problems_end (&problems);
      return NULL;
    }
  /* libgettextpo returns what it could read even after syntax errors: not good enough. */
  ok = problems.n_errors == 0;
  if (!ok)
    g_set_error (error, PARITY_ERROR, PARITY_ERROR_SYNTAX, "%s", problems.errors->str);
  ok = ok && read_messages (po, file, error);
  po_lib.po_file_free (file);
  problems_end (&problems);
  if (!ok)
    return NULL;
  if (po->lang == NULL)
    po->lang = lang_from_file_name (path);
  return g_steal_pointer (&po);
}

/* When the file was made: SOURCE_DATE_EPOCH when set, for reproducible files. */
static char *
creation_date (void)
{
  const char *epoch = g_getenv ("SOURCE_DATE_EPOCH");
  g_autoptr(GDateTime) now = NULL;

  if (epoch != NULL && *epoch != '\0')
    now = g_date_time_new_from_unix_utc (g_ascii_strtoll (epoch, NULL, 10));
  if (now == NULL)
    now = g_date_time_new_now_utc ();
  return g_date_time_format (now, "%Y-%m-%d %H:%M+0000");
}

static char *
make_header (ParityI18n *i18n,
             const char *lang)
{
  g_autofree char *base = g_path_get_basename (parity_i18n_get_display_name (i18n));
  g_autofree char *date = creation_date ();
  g_autofree char *locale = lang != NULL ? parity_i18n_tag_to_locale (lang) : NULL;
  char *dot = strrchr (base, '.');
  GString *header = g_string_new (NULL);

  if (dot != NULL && dot != base)
    *dot = '\0';
  g_string_append_printf (header, "Project-Id-Version: %s\n", base);
  g_string_append (header, "Report-Msgid-Bugs-To: \n");
  g_string_append_printf (header, "POT-Creation-Date: %s\n", date);
  if (lang == NULL)
    {
      g_string_append (header, "PO-Revision-Date: YEAR-MO-DA HO:MI+ZONE\n");
      g_string_append (header, "Last-Translator: FULL NAME <EMAIL@ADDRESS>\n");
      g_string_append (header, "Language-Team: LANGUAGE <LL@li.org>\n");
      g_string_append (header, "Language: \n");
    }
  else
    {
      g_string_append_printf (header, "PO-Revision-Date: %s\n", date);
      g_string_append (header, "Last-Translator: \n");
      g_string_append (header, "Language-Team: \n");
      g_string_append_printf (header, "Language: %s\n", locale);
    }
  g_string_append (header, "MIME-Version: 1.0\n");
  g_string_append (header, "Content-Type: text/plain; charset=UTF-8\n");
  g_string_append (header, "Content-Transfer-Encoding: 8bit\n");
  /* Poedit reads the source language from here; its default is English. */
  g_string_append_printf (header, "X-Source-Language: %s\n",
                          parity_i18n_get_source_lang (i18n));
  g_string_append_printf (header, "X-Generator: Parity %s\n", PACKAGE_VERSION);
  return g_string_free (header, FALSE);
}

/**
 * parity_i18n_to_po:
 * @i18n: a dataset file's texts
 * @lang: (nullable): a BCP 47 tag, for a PO file with the translations the dataset has in
 *   that language; %NULL for a template (.pot) with none
 * @error: set when libgettextpo cannot write
 *
 * One entry per text, in the order of the file: the msgctxt its context, the msgid its
 * source text; an extracted comment ("#.") gives its JSON path and what it is (and, for an
 * entity the program names itself, the name a chart shows when it is left empty), and a
 * reference ("#:") its line in the dataset.
 *
 * Returns: (transfer full) (nullable): the file's contents
 */
GBytes *
parity_i18n_to_po (ParityI18n  *i18n,
                   const char  *lang,
                   GError     **error)
{
  g_autofree char *header = make_header (i18n, lang);
  g_autofree char *source_name = g_path_get_basename (parity_i18n_get_display_name (i18n));
  g_autofree char *tmp_path = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GError) local_error = NULL;
  po_message_iterator_t iter;
  po_file_t file;
  po_message_t message;
  Problems problems;
  gsize len = 0;
  gboolean ok;
  int fd;

  if (!parity_lazy_library_load (&po_library, (gpointer *)&po_lib, sizeof po_lib, error))
    return NULL;
  fd = g_file_open_tmp ("parity-i18n-XXXXXX.po", &tmp_path, &local_error);
  if (fd < 0)
    {
      g_set_error (error, PARITY_ERROR, PARITY_ERROR_EXPORT, "%s", local_error->message);
      return NULL;
    }
  close (fd);

  problems_begin (&problems);
  file = po_lib.po_file_create ();
  iter = po_lib.po_message_iterator (file, NULL);
  message = po_lib.po_message_create ();
  po_lib.po_message_set_msgid (message, "");
  po_lib.po_message_set_msgstr (message, header);
  /* As xgettext does: a template's header is to be filled in. */
  po_lib.po_message_set_fuzzy (message, lang == NULL);
  po_lib.po_message_insert (iter, message);
  for (guint i = 0; i < parity_i18n_get_n_entries (i18n); i++)
    {
      const ParityI18nEntry *entry = parity_i18n_get_entry (i18n, i);
      const char *translation = lang ? parity_i18n_entry_get_translation (entry, lang) : NULL;
      g_autofree char *named = parity_i18n_entry_dup_named_note (i18n, entry, lang);
      g_autofree char *comment = g_strconcat (entry->comment, "\n",
                                              named != NULL ? named : "",
                                              named != NULL ? "\n" : "", NULL);

      message = po_lib.po_message_create ();
      po_lib.po_message_set_msgctxt (message, entry->context);
      po_lib.po_message_set_msgid (message, entry->msgid);
      po_lib.po_message_set_msgstr (message, translation != NULL ? translation : "");
      po_lib.po_message_set_extracted_comments (message, comment);
      po_lib.po_message_add_filepos (message, source_name, entry->line);
      if (entry->flag != NULL)
        po_lib.po_message_set_format (message, entry->flag, 1);
      po_lib.po_message_insert (iter, message);
    }
  po_lib.po_message_iterator_free (iter);
  ok = guarded_write (&problems, file, tmp_path) && problems.n_errors == 0;
  if (!ok)
    g_set_error (error, PARITY_ERROR, PARITY_ERROR_EXPORT, "%s", problems.errors->str);
  po_lib.po_file_free (file);
  problems_end (&problems);

  if (ok && !g_file_get_contents (tmp_path, &contents, &len, &local_error))
    {
      g_set_error (error, PARITY_ERROR, PARITY_ERROR_EXPORT, "%s", local_error->message);
      ok = FALSE;
    }
  g_unlink (tmp_path);
  if (!ok)
    return NULL;
  return g_bytes_new_take (g_steal_pointer (&contents), len);
}
