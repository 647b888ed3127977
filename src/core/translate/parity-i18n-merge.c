/* parity-i18n-merge.c: translations written back into the dataset's bytes
 *
 * Only the bytes of the texts that change are replaced: a merge leaves every other byte of
 * the file — white space, member order, numbers as written — as it was, and the result is
 * read back and compared text by text before it is handed out.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "parity-error.h"
#include "parity-i18n-private.h"
#include "parity-json-spans.h"
#include "parity-loader.h"

/* Writing translations back */

typedef struct
{
  const char *lang;
  const char *value;
} Change;

typedef struct
{
  const char     *path;
  ParityJsonSpan  span;
  GArray         *changes;  /* Change */
} Target;

static void
target_free (gpointer data)
{
  Target *target = data;

  g_array_unref (target->changes);
  g_free (target);
}

static int
compare_targets (gconstpointer a,
                 gconstpointer b)
{
  const Target *ta = *(Target * const *)a;
  const Target *tb = *(Target * const *)b;

  return ta->span.start < tb->span.start ? -1 : ta->span.start > tb->span.start;
}

/* The changes to make to languages other than the source one, one per language (the last
 * wins); *source_value is set when the source text itself changes. */
static GArray *
other_changes (Target      *target,
               const char  *default_lang,
               const char **source_value)
{
  GArray *others = g_array_new (FALSE, FALSE, sizeof (Change));

  *source_value = NULL;
  for (guint i = 0; i < target->changes->len; i++)
    {
      Change *change = &g_array_index (target->changes, Change, i);
      guint j;

      if (g_ascii_strcasecmp (change->lang, default_lang) == 0)
        {
          *source_value = change->value;
          continue;
        }
      for (j = 0; j < others->len; j++)
        if (g_ascii_strcasecmp (g_array_index (others, Change, j).lang, change->lang) == 0)
          break;
      if (j < others->len)
        g_array_index (others, Change, j).value = change->value;
      else
        g_array_append_val (others, *change);
    }
  return others;
}

/* "X" becomes { "en": "X", "fr": "Y" }: the source string kept byte for byte. */
static void
rewrite_string (GString     *out,
                const char  *data,
                Target      *target,
                const char  *default_lang)
{
  const char *source_value;
  g_autoptr(GArray) others = other_changes (target, default_lang, &source_value);

  if (others->len == 0)
    {
      _parity_json_string_append (out, source_value);
      return;
    }
  g_string_append (out, "{ ");
  _parity_json_string_append (out, default_lang);
  g_string_append (out, ": ");
  if (source_value != NULL)
    _parity_json_string_append (out, source_value);
  else
    g_string_append_len (out, data + target->span.start, target->span.end - target->span.start);
  for (guint i = 0; i < others->len; i++)
    {
      Change *change = &g_array_index (others, Change, i);

      g_string_append (out, ", ");
      _parity_json_string_append (out, change->lang);
      g_string_append (out, ": ");
      _parity_json_string_append (out, change->value);
    }
  g_string_append (out, " }");
}

/* In an object of languages, a language's value is replaced where it is, and a new
 * language is appended after the last one, written the way the object writes its members. */
static void
rewrite_object (GString     *out,
                const char  *data,
                Target      *target)
{
  g_autoptr(GArray) members = _parity_json_spans_members (data, target->span);
  g_autoptr(GArray) replace = g_array_new (FALSE, TRUE, sizeof (const char *));
  g_autoptr(GArray) append = g_array_new (FALSE, FALSE, sizeof (Change));
  gsize pos = target->span.start;
  gsize insert_at;

  g_array_set_size (replace, members->len);
  for (guint i = 0; i < target->changes->len; i++)
    {
      Change *change = &g_array_index (target->changes, Change, i);
      int found = -1;
      guint j;

      /* Tags compare without regard to case, and of a repeated one the last counts. */
      for (j = 0; j < members->len; j++)
        if (g_ascii_strcasecmp (g_array_index (members, ParityJsonMember, j).key,
                                change->lang) == 0)
          found = (int)j;
      if (found >= 0)
        {
          g_array_index (replace, const char *, found) = change->value;
          continue;
        }
      for (j = 0; j < append->len; j++)
        if (g_ascii_strcasecmp (g_array_index (append, Change, j).lang, change->lang) == 0)
          break;
      if (j < append->len)
        g_array_index (append, Change, j).value = change->value;
      else
        g_array_append_val (append, *change);
    }

  for (guint i = 0; i < members->len; i++)
    {
      ParityJsonMember *member = &g_array_index (members, ParityJsonMember, i);
      const char *value = g_array_index (replace, const char *, i);

      if (value == NULL)
        continue;
      g_string_append_len (out, data + pos, member->value.start - pos);
      _parity_json_string_append (out, value);
      pos = member->value.end;
    }

  if (append->len == 0)
    {
      g_string_append_len (out, data + pos, target->span.end - pos);
      return;
    }
  if (members->len == 0)
    {
      /* {} is not a valid text, but can be made one. */
      g_string_append (out, "{ ");
      for (guint i = 0; i < append->len; i++)
        {
          Change *change = &g_array_index (append, Change, i);

          if (i > 0)
            g_string_append (out, ", ");
          _parity_json_string_append (out, change->lang);
          g_string_append (out, ": ");
          _parity_json_string_append (out, change->value);
        }
      g_string_append (out, " }");
      return;
    }
  {
    ParityJsonMember *last = &g_array_index (members, ParityJsonMember, members->len - 1);
    g_autofree char *separator = NULL;
    g_autofree char *colon = g_strndup (data + last->key_span.end,
                                        last->value.start - last->key_span.end);

    if (members->len >= 2)
      {
        ParityJsonMember *before = &g_array_index (members, ParityJsonMember, members->len - 2);

        separator = g_strndup (data + before->value.end,
                               last->key_span.start - before->value.end);
      }
    else
      {
        g_autofree char *gap = g_strndup (data + target->span.start + 1,
                                          last->key_span.start - target->span.start - 1);
        const char *newline = strrchr (gap, '\n');

        separator = newline != NULL ? g_strconcat (",", newline, NULL) : g_strdup (", ");
      }
    insert_at = last->value.end;
    g_string_append_len (out, data + pos, insert_at - pos);
    for (guint i = 0; i < append->len; i++)
      {
        Change *change = &g_array_index (append, Change, i);

        g_string_append (out, separator);
        _parity_json_string_append (out, change->lang);
        g_string_append (out, colon);
        _parity_json_string_append (out, change->value);
      }
    g_string_append_len (out, data + insert_at, target->span.end - insert_at);
  }
}

/**
 * _parity_i18n_rewrite:
 * @data: a dataset file
 * @len: its length
 * @default_lang: the language of its plain-string texts
 * @edits: NULL-terminated triples: a JSON path to a text, a language, the text in it
 * @out_len: (out): the length of the result
 * @error: set when a path is not in the file or is not a text
 *
 * Replaces the bytes of the texts that change and no others: a plain string becomes
 * { "en": "…", "fr": "…" } on its line, an object of languages gets the language replaced
 * where it stands or appended after the last one.
 *
 * Returns: (transfer full) (nullable): the new file's bytes, NUL-terminated
 */
char *
_parity_i18n_rewrite (const char          *data,
                      gsize                len,
                      const char          *default_lang,
                      const char * const  *edits,
                      gsize               *out_len,
                      GError             **error)
{
  g_autoptr(GHashTable) targets = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                         target_free);
  g_autoptr(GHashTable) spans = NULL;
  g_autoptr(GPtrArray) ordered = g_ptr_array_new ();
  GHashTableIter iter;
  Target *target;
  GString *out;
  gsize pos = 0;

  for (guint i = 0; edits[i] != NULL && edits[i + 1] != NULL && edits[i + 2] != NULL; i += 3)
    {
      Change change = { edits[i + 1], edits[i + 2] };

      target = g_hash_table_lookup (targets, edits[i]);
      if (target == NULL)
        {
          target = g_new0 (Target, 1);
          target->path = edits[i];
          target->changes = g_array_new (FALSE, FALSE, sizeof (Change));
          g_hash_table_insert (targets, (gpointer)target->path, target);
        }
      g_array_append_val (target->changes, change);
    }
  spans = _parity_json_spans_find (data, len, targets, "dataset", error);
  if (spans == NULL)
    return NULL;
  g_hash_table_iter_init (&iter, targets);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *)&target))
    {
      const ParityJsonSpan *span = g_hash_table_lookup (spans, target->path);

      if (span == NULL)
        {
          g_set_error (error, PARITY_ERROR, PARITY_ERROR_NOT_FOUND, _("%s: not in the file"),
                       target->path);
          return NULL;
        }
      if (data[span->start] != '"' && data[span->start] != '{')
        {
          g_set_error (error, PARITY_ERROR, PARITY_ERROR_CONTENT,
                       _("%s: not a text (a string or an object of languages)"), target->path);
          return NULL;
        }
      target->span = *span;
      g_ptr_array_add (ordered, target);
    }
  g_ptr_array_sort (ordered, compare_targets);

  out = g_string_sized_new (len + len / 8 + 64);
  for (guint i = 0; i < ordered->len; i++)
    {
      target = g_ptr_array_index (ordered, i);
      if (target->span.start < pos)
        {
          g_set_error (error, PARITY_ERROR, PARITY_ERROR_INVALID, _("%s: inside another text"),
                       target->path);
          g_string_free (out, TRUE);
          return NULL;
        }
      g_string_append_len (out, data + pos, target->span.start - pos);
      if (data[target->span.start] == '"')
        rewrite_string (out, data, target, default_lang);
      else
        rewrite_object (out, data, target);
      pos = target->span.end;
    }
  g_string_append_len (out, data + pos, len - pos);
  *out_len = out->len;
  return g_string_free (out, FALSE);
}

/* Merging */

void
parity_i18n_report_init (ParityI18nReport *report)
{
  memset (report, 0, sizeof *report);
  report->untranslated = g_ptr_array_new_with_free_func (g_free);
  report->fuzzy = g_ptr_array_new_with_free_func (g_free);
  report->stale = g_ptr_array_new_with_free_func (g_free);
  report->unknown = g_ptr_array_new_with_free_func (g_free);
  report->missing = g_ptr_array_new_with_free_func (g_free);
  report->named = g_ptr_array_new_with_free_func (g_free);
}

void
parity_i18n_report_clear (ParityI18nReport *report)
{
  g_clear_pointer (&report->untranslated, g_ptr_array_unref);
  g_clear_pointer (&report->fuzzy, g_ptr_array_unref);
  g_clear_pointer (&report->stale, g_ptr_array_unref);
  g_clear_pointer (&report->unknown, g_ptr_array_unref);
  g_clear_pointer (&report->missing, g_ptr_array_unref);
  g_clear_pointer (&report->named, g_ptr_array_unref);
}

ParityI18nMessage *
parity_i18n_message_new (const char *context,
                         const char *msgid,
                         const char *msgstr,
                         gboolean    fuzzy)
{
  ParityI18nMessage *message = g_new0 (ParityI18nMessage, 1);

  message->context = g_strdup (context);
  message->msgid = g_strdup (msgid);
  message->msgstr = g_strdup (msgstr != NULL ? msgstr : "");
  message->fuzzy = fuzzy;
  return message;
}

void
parity_i18n_message_free (ParityI18nMessage *message)
{
  if (message == NULL)
    return;
  g_free (message->context);
  g_free (message->msgid);
  g_free (message->msgstr);
  g_free (message);
}

/* After a merge, the new file must load, have the same texts, and differ from the old one
 * only in the translations merged. */
static gboolean
verify (ParityI18n  *before,
        ParityI18n  *after,
        const char  *lang,
        GHashTable  *merged,
        GError     **error)
{
  if (after->entries->len != before->entries->len)
    goto fail;
  for (guint i = 0; i < before->entries->len; i++)
    {
      const ParityI18nEntry *old = g_ptr_array_index (before->entries, i);
      const ParityI18nEntry *new = g_ptr_array_index (after->entries, i);
      const char *expected = g_hash_table_lookup (merged, old->context);

      if (!g_str_equal (old->context, new->context) || !g_str_equal (old->msgid, new->msgid))
        goto fail;
      for (guint j = 0; j < parity_text_get_n_langs (old->text); j++)
        {
          const char *l = parity_text_get_lang (old->text, j);

          if (expected != NULL && g_ascii_strcasecmp (l, lang) == 0)
            continue;
          if (g_strcmp0 (parity_text_get_exact (old->text, l),
                         parity_text_get_exact (new->text, l)) != 0)
            goto fail;
        }
      if (g_strcmp0 (parity_text_get_exact (new->text, lang),
                     expected != NULL ? expected : parity_text_get_exact (old->text, lang)) != 0)
        goto fail;
      if (parity_text_get_n_langs (new->text) != parity_text_get_n_langs (old->text) +
          (expected != NULL && parity_text_get_exact (old->text, lang) == NULL))
        goto fail;
    }
  return TRUE;

fail:
  g_set_error (error, PARITY_ERROR, PARITY_ERROR_CONTENT,
               _("%s: merging the translations would change more than the texts translated "
               "(nothing was written; please report this as a bug)"), before->display_name);
  return FALSE;
}

/**
 * parity_i18n_merge:
 * @self: a dataset file's texts
 * @lang: the BCP 47 tag of the translations
 * @messages: (element-type ParityI18nMessage): the translations
 * @report: (out caller-allocates): what became of each, initialised here
 * @error: set when the translations cannot be merged
 *
 * Writes each translation whose context is a text of the dataset and whose msgid is that
 * text's current source text into the text, under @lang. Fuzzy and empty translations,
 * stale msgids and unknown contexts are left out and listed in @report. The result loads
 * and differs from the file only in the texts translated; with nothing to change, it is
 * the file's own bytes.
 *
 * Returns: (transfer full) (nullable): the new file
 */
GBytes *
parity_i18n_merge (ParityI18n        *self,
                   const char        *lang,
                   GPtrArray         *messages,
                   ParityI18nReport  *report,
                   GError           **error)
{
  const char *source = parity_i18n_get_source_lang (self);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) merged = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) edits = g_ptr_array_new ();
  g_autoptr(ParityI18n) after = NULL;
  g_autoptr(GBytes) result = NULL;
  const char *data;
  char *contents;
  gsize len, out_len = 0;

  parity_i18n_report_init (report);
  if (!parity_lang_tag_is_valid (lang))
    {
      g_set_error (error, PARITY_ERROR, PARITY_ERROR_INVALID,
                   _("“%s” is not a BCP 47 language tag"), lang);
      return NULL;
    }
  if (g_ascii_strcasecmp (lang, source) == 0)
    {
      g_set_error (error, PARITY_ERROR, PARITY_ERROR_INVALID,
                   _("“%s” is the dataset’s source language: its texts are the msgids, not "
                   "translations"), lang);
      return NULL;
    }

  for (guint i = 0; i < messages->len; i++)
    {
      ParityI18nMessage *message = g_ptr_array_index (messages, i);
      const ParityI18nEntry *entry = parity_i18n_lookup (self, message->context);
      const char *current;

      if (entry == NULL)
        {
          g_ptr_array_add (report->unknown, g_strdup (message->context != NULL
                                                      ? message->context : message->msgid));
          continue;
        }
      g_hash_table_add (seen, entry->context);
      if ((message->msgstr == NULL || *message->msgstr == '\0') &&
          parity_i18n_entry_is_named (entry, lang))
        g_ptr_array_add (report->named, g_strdup (entry->context));
      else if (message->msgstr == NULL || *message->msgstr == '\0')
        g_ptr_array_add (report->untranslated, g_strdup (entry->context));
      else if (message->fuzzy)
        g_ptr_array_add (report->fuzzy, g_strdup (entry->context));
      else if (g_strcmp0 (message->msgid, entry->msgid) != 0)
        g_ptr_array_add (report->stale, g_strdup (entry->context));
      else if ((current = parity_i18n_entry_get_translation (entry, lang)) != NULL &&
               g_str_equal (current, message->msgstr))
        report->n_unchanged++;
      else if (g_hash_table_insert (merged, entry->context, message->msgstr))
        {
          report->n_merged++;
          g_ptr_array_add (edits, entry->path);
          g_ptr_array_add (edits, (gpointer)lang);
          g_ptr_array_add (edits, message->msgstr);
        }
    }
  for (guint i = 0; i < self->entries->len; i++)
    {
      const ParityI18nEntry *entry = g_ptr_array_index (self->entries, i);

      if (g_hash_table_contains (seen, entry->context))
        continue;
      /* A PO file may leave out what the program names itself. */
      g_ptr_array_add (parity_i18n_entry_is_named (entry, lang) ? report->named
                                                                 : report->missing,
                       g_strdup (entry->context));
    }

  if (edits->len == 0)
    return g_bytes_ref (self->bytes);

  g_ptr_array_add (edits, NULL);
  data = g_bytes_get_data (self->bytes, &len);
  contents = _parity_i18n_rewrite (data, len, source, (const char * const *)edits->pdata,
                                   &out_len, error);
  if (contents == NULL)
    return NULL;
  result = g_bytes_new_take (contents, out_len);
  after = parity_i18n_new (result, self->display_name, error);
  if (after == NULL || !verify (self, after, lang, merged, error))
    return NULL;
  return g_steal_pointer (&result);
}

/* Language names */

/**
 * parity_i18n_locale_to_tag:
 * @locale: a gettext locale name, as in a PO file's Language header: "fr", "pt_BR",
 *   "sr@latin", "zh_CN.UTF-8"; a BCP 47 tag passes as it is
 *
 * Simplified Chinese (zh_CN, zh_SG, zh_Hans) is "zh", as in the UN's six languages.
 *
 * Returns: (transfer full) (nullable): the BCP 47 tag, or %NULL when @locale is not one
 */
char *
parity_i18n_locale_to_tag (const char *locale)
{
  g_autofree char *copy = NULL;
  g_auto(GStrv) parts = NULL;
  g_autoptr(GString) tag = NULL;
  char *at, *dot;
  const char *script = NULL, *region = NULL, *variant = NULL;

  if (locale == NULL)
    return NULL;
  copy = g_strstrip (g_strdup (locale));
  if (*copy == '\0')
    return NULL;
  if (strchr (copy, '_') == NULL && strchr (copy, '@') == NULL && strchr (copy, '.') == NULL)
    return parity_lang_tag_is_valid (copy) ? g_steal_pointer (&copy) : NULL;

  at = strchr (copy, '@');
  if (at != NULL)
    {
      *at = '\0';
      if (g_ascii_strcasecmp (at + 1, "latin") == 0)
        script = "Latn";
      else if (g_ascii_strcasecmp (at + 1, "cyrillic") == 0)
        script = "Cyrl";
      else if (strlen (at + 1) >= 5 && strlen (at + 1) <= 8)
        variant = at + 1;
    }
  dot = strchr (copy, '.');
  if (dot != NULL)
    *dot = '\0';
  parts = g_strsplit_set (copy, "_-", -1);
  if (parts[0] == NULL)
    return NULL;
  for (guint i = 1; parts[i] != NULL; i++)
    {
      if (strlen (parts[i]) == 4)
        script = parts[i];
      else if (region == NULL)
        region = parts[i];
      else
        return NULL;
    }

  tag = g_string_new (NULL);
  g_string_append (tag, parts[0]);
  g_string_ascii_down (tag);
  if (g_str_equal (tag->str, "zh") &&
      ((region != NULL && (g_ascii_strcasecmp (region, "CN") == 0 ||
                           g_ascii_strcasecmp (region, "SG") == 0) &&
        (script == NULL || g_ascii_strcasecmp (script, "Hans") == 0)) ||
       (region == NULL && script != NULL && g_ascii_strcasecmp (script, "Hans") == 0)))
    {
      region = NULL;
      script = NULL;
    }
  if (script != NULL)
    {
      g_string_append_c (tag, '-');
      g_string_append_c (tag, g_ascii_toupper (script[0]));
      for (const char *p = script + 1; *p; p++)
        g_string_append_c (tag, g_ascii_tolower (*p));
    }
  if (region != NULL)
    {
      g_string_append_c (tag, '-');
      for (const char *p = region; *p; p++)
        g_string_append_c (tag, g_ascii_toupper (*p));
    }
  if (variant != NULL)
    g_string_append_printf (tag, "-%s", variant);
  if (!parity_lang_tag_is_valid (tag->str))
    return NULL;
  return g_string_free (g_steal_pointer (&tag), FALSE);
}

/**
 * parity_i18n_tag_to_locale:
 * @tag: a BCP 47 tag
 *
 * The reverse of parity_i18n_locale_to_tag(), for a PO file's Language header: "pt-BR" is
 * "pt_BR", "sr-Latn" is "sr@latin", "zh" is "zh_CN".
 *
 * Returns: (transfer full): the gettext locale name
 */
char *
parity_i18n_tag_to_locale (const char *tag)
{
  g_auto(GStrv) parts = g_strsplit (tag, "-", -1);
  g_autoptr(GString) locale = g_string_new (NULL);
  const char *modifier = NULL;

  if (g_ascii_strcasecmp (tag, "zh") == 0)
    return g_strdup ("zh_CN");
  g_string_append (locale, parts[0]);
  for (guint i = 1; parts[i] != NULL; i++)
    {
      gsize len = strlen (parts[i]);

      if (len == 4 && g_ascii_strcasecmp (parts[i], "Latn") == 0)
        modifier = "latin";
      else if (len == 4 && g_ascii_strcasecmp (parts[i], "Cyrl") == 0)
        modifier = "cyrillic";
      else if (len >= 5)
        modifier = parts[i];
      else
        g_string_append_printf (locale, "_%s", parts[i]);
    }
  if (modifier != NULL)
    g_string_append_printf (locale, "@%s", modifier);
  return g_string_free (g_steal_pointer (&locale), FALSE);
}
