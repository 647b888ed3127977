/* parity-i18n.c
 *
 * The translator workflow for a dataset's own texts (labels, titles, notes): every text is
 * an entry with a context made of ids, which stays the same when items are reordered, and a
 * msgid that is the text in the dataset's source language. Translations go back into the
 * file by replacing only the bytes of the texts they change, so that a merge leaves every
 * other byte of the file — white space, member order, numbers as written — as it was.
 * Reading and writing PO files is parity-i18n-po.c's business.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include <errno.h>
#include <string.h>

#include "parity-error.h"
#include "parity-i18n.h"
#include "parity-json-spans.h"
#include "parity-loader.h"

struct _ParityI18n
{
  GBytes        *bytes;
  char          *display_name;
  ParityDataset *dataset;
  GPtrArray     *entries;       /* ParityI18nEntry */
  GHashTable    *by_context;    /* context → entry */
  GPtrArray     *owned_texts;   /* texts the dataset does not keep (a donut's center_label) */
};

static void
entry_free (gpointer data)
{
  ParityI18nEntry *entry = data;

  g_free (entry->context);
  g_free (entry->path);
  g_free (entry->comment);
  g_free (entry->msgid);
  g_free (entry->flag);
  g_free (entry);
}

void
parity_i18n_free (ParityI18n *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->bytes, g_bytes_unref);
  g_free (self->display_name);
  g_clear_object (&self->dataset);
  g_clear_pointer (&self->entries, g_ptr_array_unref);
  g_clear_pointer (&self->by_context, g_hash_table_unref);
  g_clear_pointer (&self->owned_texts, g_ptr_array_unref);
  g_free (self);
}

/* Collecting the entries */

typedef struct
{
  ParityI18n *self;
  const char *lang;
  GString    *path;
} Walk;

/* Adds the text at path (the walk's path + @member) as context (@prefix + @member). */
static void
add_text (Walk             *w,
          const ParityText *text,
          const char       *prefix,
          const char       *member,
          const char       *comment)
{
  ParityI18nEntry *entry;
  const char *msgid;
  gsize mark = w->path->len;
  g_autoptr(GString) context = NULL;
  g_autoptr(GString) notes = g_string_new (NULL);

  if (text == NULL || parity_text_get_n_langs (text) == 0)
    return;
  msgid = parity_text_get_exact (text, w->lang);
  if (msgid == NULL)
    {
      msgid = parity_text_get (text, w->lang, w->lang);
      g_string_append_printf (notes, "This text has no “%s” version: the source text is its "
                              "“%s” one.\n", w->lang, parity_text_get_lang (text, 0));
    }
  if (*msgid == '\0')
    return;  /* nothing to translate, and "" is the PO header's msgid */

  context = g_string_new (prefix);
  g_string_append (context, member);
  /* Two observations of one entity, period and breakdown (the format says "should not"). */
  if (g_hash_table_contains (w->self->by_context, context->str))
    g_string_append_printf (context, "@%u", w->self->entries->len);

  /* member may be "unit.symbol" or "series[0].label": a path suffix already. */
  if (g_ascii_isalpha (*member))
    g_string_append_c (w->path, '.');
  g_string_append (w->path, member);

  entry = g_new0 (ParityI18nEntry, 1);
  entry->context = g_string_free (g_steal_pointer (&context), FALSE);
  entry->path = g_strdup (w->path->str);
  entry->msgid = g_strdup (msgid);
  entry->text = text;
  g_string_prepend (notes, "\n");
  g_string_prepend (notes, entry->path);
  if (comment != NULL)
    g_string_append_printf (notes, "%s\n", comment);
  /* A donut's "{total}": msgfmt --check then makes sure the translation keeps it. */
  if (strchr (msgid, '{') != NULL && g_str_has_suffix (member, "center_label"))
    {
      entry->flag = g_strdup ("python-brace-format");
      g_string_append (notes, "Keep {total} and {largest} as they are: they become numbers.\n");
    }
  g_string_truncate (notes, notes->len - 1);
  entry->comment = g_string_free (g_steal_pointer (&notes), FALSE);
  g_ptr_array_add (w->self->entries, entry);
  g_hash_table_insert (w->self->by_context, entry->context, entry);
  g_string_truncate (w->path, mark);
}

static gsize
push_index (Walk       *w,
            const char *member,
            guint       i)
{
  gsize mark = w->path->len;

  g_string_append_printf (w->path, ".%s[%u]", member, i);
  return mark;
}

static const char *
text_in (Walk             *w,
         const ParityText *text)
{
  return parity_text_get (text, w->lang, w->lang);
}

static void
walk_indicator (Walk                  *w,
                const ParityIndicator *indicator)
{
  ParityDataset *dataset = w->self->dataset;
  g_autofree char *prefix = g_strdup_printf ("indicator:%s:", indicator->id);
  g_autofree char *obs_prefix = NULL;

  add_text (w, indicator->label, prefix, "label", NULL);
  add_text (w, indicator->unit.symbol, prefix, "unit.symbol",
            "The unit symbol, written after each value.");
  add_text (w, indicator->unit.label, prefix, "unit.label",
            "The unit in words, for axes and legends.");
  add_text (w, indicator->notes, prefix, "notes", NULL);
  if (indicator->obs_notes == NULL)
    return;
  for (guint i = 0; i < indicator->obs.len; i++)
    {
      const ParityText *note = g_hash_table_lookup (indicator->obs_notes, GUINT_TO_POINTER (i));
      const ParityEntity *entity;
      const char *period, *breakdown;
      g_autofree char *context = NULL;
      g_autofree char *comment = NULL;
      gsize mark;

      if (note == NULL)
        continue;
      entity = parity_dataset_get_entity (dataset, indicator->obs.entity[i]);
      period = parity_dataset_get_period (dataset, indicator->obs.period[i]);
      breakdown = parity_dataset_get_breakdown (dataset, indicator->obs.breakdown[i]);
      if (breakdown != NULL && *breakdown != '\0')
        {
          context = g_strdup_printf ("%sobservation:%s/%s/%s:", prefix, entity->id, period,
                                     breakdown);
          comment = g_strdup_printf ("A note on the value for %s, %s, %s.",
                                     text_in (w, entity->label), period, breakdown);
        }
      else
        {
          context = g_strdup_printf ("%sobservation:%s/%s:", prefix, entity->id, period);
          comment = g_strdup_printf ("A note on the value for %s, %s.",
                                     text_in (w, entity->label), period);
        }
      mark = push_index (w, "observations", i);
      add_text (w, note, context, "note", comment);
      g_string_truncate (w->path, mark);
    }
}

/* A text member of a chart that the dataset keeps only in the kind's own options. */
static ParityText *
chart_json_text (Walk            *w,
                 const ParityChartSpec *chart,
                 const char      *member)
{
  JsonObject *object;
  JsonNode *node;
  ParityText *text;

  if (chart->json == NULL || !JSON_NODE_HOLDS_OBJECT (chart->json))
    return NULL;
  object = json_node_get_object (chart->json);
  node = json_object_get_member (object, member);
  if (node == NULL)
    return NULL;
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    text = parity_text_new_plain (w->lang, json_node_get_string (node));
  else if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObjectIter iter;
      const char *lang;
      JsonNode *value;

      text = parity_text_new ();
      json_object_iter_init_ordered (&iter, json_node_get_object (node));
      while (json_object_iter_next_ordered (&iter, &lang, &value))
        if (JSON_NODE_HOLDS_VALUE (value) && json_node_get_value_type (value) == G_TYPE_STRING)
          parity_text_set (text, lang, json_node_get_string (value));
    }
  else
    return NULL;
  g_ptr_array_add (w->self->owned_texts, text);
  return text;
}

static void
walk_chart (Walk                  *w,
            const ParityChartSpec *chart)
{
  g_autofree char *prefix = g_strdup_printf ("chart:%s:", chart->id);
  g_autofree char *about = NULL;

  if (chart->title != NULL)
    about = g_strdup_printf ("In the chart “%s”.", text_in (w, chart->title));
  add_text (w, chart->title, prefix, "title", NULL);
  add_text (w, chart->subtitle, prefix, "subtitle", about);
  add_text (w, chart->notes, prefix, "notes", about);
  add_text (w, chart->source, prefix, "source", about);
  for (guint i = 0; chart->series != NULL && i < chart->series->len; i++)
    {
      const ParitySeries *series = &g_array_index (chart->series, ParitySeries, i);
      g_autofree char *member = g_strdup_printf ("series[%u].label", i);
      g_autofree char *comment = g_strdup_printf ("%s The name of a series, in its key or "
                                                  "next to its marks.", about ? about : "");

      add_text (w, series->label, prefix, member, g_strstrip (comment));
    }
  add_text (w, chart_json_text (w, chart, "center_label"), prefix, "center_label",
            about ? about : NULL);
}

static void
walk (ParityI18n *self)
{
  ParityDataset *dataset = self->dataset;
  Walk w = { self, parity_dataset_get_default_lang (dataset), g_string_new ("$") };

  add_text (&w, parity_dataset_get_title (dataset), "dataset:", "title", NULL);
  add_text (&w, parity_dataset_get_description (dataset), "dataset:", "description", NULL);
  for (guint i = 0; i < parity_dataset_get_n_sources (dataset); i++)
    {
      const ParitySource *source = parity_dataset_get_source (dataset, i);
      g_autofree char *prefix = g_strdup_printf ("source:%s:", source->id);
      gsize mark = push_index (&w, "sources", i);

      add_text (&w, source->title, prefix, "title", "The title of a publication.");
      add_text (&w, source->publisher, prefix, "publisher", NULL);
      add_text (&w, source->note, prefix, "note", NULL);
      g_string_truncate (w.path, mark);
    }
  for (guint i = 0; i < parity_dataset_get_n_entities (dataset); i++)
    {
      const ParityEntity *entity = parity_dataset_get_entity (dataset, i);
      g_autofree char *prefix = g_strdup_printf ("entity:%s:", entity->id);
      g_autofree char *comment = g_strdup_printf ("The short form of “%s”, where space is "
                                                  "tight (labels next to bars).",
                                                  text_in (&w, entity->label));
      gsize mark = push_index (&w, "entities", i);

      add_text (&w, entity->label, prefix, "label", NULL);
      add_text (&w, entity->short_label, prefix, "short_label", comment);
      g_string_truncate (w.path, mark);
    }
  for (guint i = 0; i < parity_dataset_get_n_indicators (dataset); i++)
    {
      gsize mark = push_index (&w, "indicators", i);

      walk_indicator (&w, parity_dataset_get_indicator (dataset, i));
      g_string_truncate (w.path, mark);
    }
  for (guint i = 0; i < parity_dataset_get_n_charts (dataset); i++)
    {
      gsize mark = push_index (&w, "charts", i);

      walk_chart (&w, parity_dataset_get_chart (dataset, i));
      g_string_truncate (w.path, mark);
    }
  g_string_free (w.path, TRUE);
}

static int
compare_starts (gconstpointer a,
                gconstpointer b)
{
  const ParityI18nEntry *ea = *(ParityI18nEntry * const *)a;
  const ParityI18nEntry *eb = *(ParityI18nEntry * const *)b;

  return ea->start < eb->start ? -1 : ea->start > eb->start;
}

/* Where each text is in the file: its bytes, to replace them, and its line, for the PO
 * file's references. */
static gboolean
locate (ParityI18n  *self,
        GError     **error)
{
  gsize len;
  const char *data = g_bytes_get_data (self->bytes, &len);
  g_autoptr(GHashTable) paths = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) spans = NULL;
  g_autoptr(GPtrArray) by_start = NULL;
  gsize pos = 0;
  guint line = 1;

  for (guint i = 0; i < self->entries->len; i++)
    {
      ParityI18nEntry *entry = g_ptr_array_index (self->entries, i);

      g_hash_table_add (paths, entry->path);
    }
  spans = _parity_json_spans_find (data, len, paths, self->display_name, error);
  if (spans == NULL)
    return FALSE;
  by_start = g_ptr_array_sized_new (self->entries->len);
  for (guint i = 0; i < self->entries->len; i++)
    {
      ParityI18nEntry *entry = g_ptr_array_index (self->entries, i);
      const ParityJsonSpan *span = g_hash_table_lookup (spans, entry->path);

      if (span == NULL)
        {
          g_set_error (error, PARITY_ERROR, PARITY_ERROR_CONTENT,
                       "%s: %s: the text was read but is not in the file", self->display_name,
                       entry->path);
          return FALSE;
        }
      entry->start = span->start;
      entry->end = span->end;
      g_ptr_array_add (by_start, entry);
    }
  g_ptr_array_sort (by_start, compare_starts);
  for (guint i = 0; i < by_start->len; i++)
    {
      ParityI18nEntry *entry = g_ptr_array_index (by_start, i);

      for (; pos < entry->start; pos++)
        if (data[pos] == '\n')
          line++;
      entry->line = line;
    }
  return TRUE;
}

/**
 * parity_i18n_new:
 * @bytes: a dataset file in the native format
 * @display_name: the name used in messages
 * @error: set when the file does not load
 *
 * Returns: (transfer full) (nullable): the file's translatable texts
 */
ParityI18n *
parity_i18n_new (GBytes      *bytes,
                 const char  *display_name,
                 GError     **error)
{
  g_autoptr(ParityI18n) self = g_new0 (ParityI18n, 1);

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);

  self->bytes = g_bytes_ref (bytes);
  self->display_name = g_strdup (display_name);
  self->dataset = parity_dataset_load_bytes (bytes, display_name, error);
  if (self->dataset == NULL)
    return NULL;
  self->entries = g_ptr_array_new_with_free_func (entry_free);
  self->by_context = g_hash_table_new (g_str_hash, g_str_equal);
  self->owned_texts = g_ptr_array_new_with_free_func ((GDestroyNotify)parity_text_free);
  walk (self);
  if (!locate (self, error))
    return NULL;
  return g_steal_pointer (&self);
}

/**
 * parity_i18n_new_for_path:
 *
 * Returns: (transfer full) (nullable): the translatable texts of the dataset file at @path
 */
ParityI18n *
parity_i18n_new_for_path (const char  *path,
                          GError     **error)
{
  g_autofree char *display_name = g_filename_display_name (path);
  g_autofree char *contents = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  gsize len = 0;

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, PARITY_ERROR, PARITY_ERROR_NOT_FOUND, "%s: is a folder, not a file",
                   display_name);
      return NULL;
    }
  if (!g_file_get_contents (path, &contents, &len, &local_error))
    {
      g_set_error (error, PARITY_ERROR, PARITY_ERROR_NOT_FOUND, "%s: %s", display_name,
                   g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT)
                   ? g_strerror (ENOENT) : local_error->message);
      return NULL;
    }
  if (len > PARITY_LOADER_MAX_BYTES)
    {
      g_set_error (error, PARITY_ERROR, PARITY_ERROR_UNSUPPORTED,
                   "%s: the file is larger than %u MiB", display_name,
                   PARITY_LOADER_MAX_BYTES / (1024 * 1024));
      return NULL;
    }
  bytes = g_bytes_new_take (g_steal_pointer (&contents), len);
  return parity_i18n_new (bytes, display_name, error);
}

ParityDataset *
parity_i18n_get_dataset (ParityI18n *self)
{
  return self->dataset;
}

GBytes *
parity_i18n_get_bytes (ParityI18n *self)
{
  return self->bytes;
}

const char *
parity_i18n_get_display_name (ParityI18n *self)
{
  return self->display_name;
}

const char *
parity_i18n_get_source_lang (ParityI18n *self)
{
  return parity_dataset_get_default_lang (self->dataset);
}

guint
parity_i18n_get_n_entries (ParityI18n *self)
{
  return self->entries->len;
}

const ParityI18nEntry *
parity_i18n_get_entry (ParityI18n *self,
                       guint       i)
{
  g_return_val_if_fail (i < self->entries->len, NULL);
  return g_ptr_array_index (self->entries, i);
}

const ParityI18nEntry *
parity_i18n_lookup (ParityI18n *self,
                    const char *context)
{
  return context != NULL ? g_hash_table_lookup (self->by_context, context) : NULL;
}

/* The text in exactly @lang (tags compare without regard to case), or NULL. */
const char *
parity_i18n_entry_get_translation (const ParityI18nEntry *entry,
                                   const char            *lang)
{
  const char *value = parity_text_get_exact (entry->text, lang);

  return value != NULL && *value != '\0' ? value : NULL;
}

static int
compare_tags (gconstpointer a,
              gconstpointer b)
{
  return g_ascii_strcasecmp (*(const char * const *)a, *(const char * const *)b);
}

/**
 * parity_i18n_list_langs:
 *
 * Returns: (transfer full): every language the texts have, the source language first, then
 *   in alphabetical order
 */
char **
parity_i18n_list_langs (ParityI18n *self)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) langs = g_ptr_array_new ();
  const char *source = parity_i18n_get_source_lang (self);
  GStrvBuilder *builder = g_strv_builder_new ();

  g_hash_table_add (seen, g_ascii_strdown (source, -1));
  for (guint i = 0; i < self->entries->len; i++)
    {
      const ParityI18nEntry *entry = g_ptr_array_index (self->entries, i);

      for (guint j = 0; j < parity_text_get_n_langs (entry->text); j++)
        {
          const char *lang = parity_text_get_lang (entry->text, j);

          if (g_hash_table_add (seen, g_ascii_strdown (lang, -1)))
            g_ptr_array_add (langs, (gpointer)lang);
        }
    }
  g_ptr_array_sort (langs, compare_tags);
  g_strv_builder_add (builder, source);
  for (guint i = 0; i < langs->len; i++)
    g_strv_builder_add (builder, g_ptr_array_index (langs, i));
  {
    char **result = g_strv_builder_end (builder);

    g_strv_builder_unref (builder);
    return result;
  }
}

guint
parity_i18n_count_translated (ParityI18n *self,
                              const char *lang)
{
  guint n = 0;

  for (guint i = 0; i < self->entries->len; i++)
    if (parity_i18n_entry_get_translation (g_ptr_array_index (self->entries, i), lang) != NULL)
      n++;
  return n;
}

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
          g_set_error (error, PARITY_ERROR, PARITY_ERROR_NOT_FOUND, "%s: not in the file",
                       target->path);
          return NULL;
        }
      if (data[span->start] != '"' && data[span->start] != '{')
        {
          g_set_error (error, PARITY_ERROR, PARITY_ERROR_CONTENT,
                       "%s: not a text (a string or an object of languages)", target->path);
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
          g_set_error (error, PARITY_ERROR, PARITY_ERROR_INVALID, "%s: inside another text",
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
}

void
parity_i18n_report_clear (ParityI18nReport *report)
{
  g_clear_pointer (&report->untranslated, g_ptr_array_unref);
  g_clear_pointer (&report->fuzzy, g_ptr_array_unref);
  g_clear_pointer (&report->stale, g_ptr_array_unref);
  g_clear_pointer (&report->unknown, g_ptr_array_unref);
  g_clear_pointer (&report->missing, g_ptr_array_unref);
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
               "%s: merging the translations would change more than the texts translated "
               "(nothing was written; please report this as a bug)", before->display_name);
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
                   "“%s” is not a BCP 47 language tag", lang);
      return NULL;
    }
  if (g_ascii_strcasecmp (lang, source) == 0)
    {
      g_set_error (error, PARITY_ERROR, PARITY_ERROR_INVALID,
                   "“%s” is the dataset’s source language: its texts are the msgids, not "
                   "translations", lang);
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
      if (message->msgstr == NULL || *message->msgstr == '\0')
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

      if (!g_hash_table_contains (seen, entry->context))
        g_ptr_array_add (report->missing, g_strdup (entry->context));
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
