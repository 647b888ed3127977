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

#include <glib/gi18n-lib.h>

#include <errno.h>
#include <string.h>
#include <json-glib/json-glib.h>

#include "parity-error.h"
#include "parity-i18n-private.h"
#include "parity-json-spans.h"
#include "parity-loader.h"


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

/* Adds the text at path (the walk's path + @member) as context (@prefix + @member);
 * returns the entry, or NULL when the text has nothing to translate. */
static ParityI18nEntry *
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
    return NULL;
  msgid = parity_text_get_exact (text, w->lang);
  if (msgid == NULL)
    {
      msgid = parity_text_get (text, w->lang, w->lang);
      g_string_append_printf (notes, "This text has no “%s” version: the source text is its "
                              "“%s” one.\n", w->lang, parity_text_get_lang (text, 0));
    }
  if (*msgid == '\0')
    return NULL;  /* nothing to translate, and "" is the PO header's msgid */

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
  return entry;
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

/* A text as the file writes it (a string, or an object of languages), for a text the
 * dataset keeps only in a kind's own options; NULL for anything else. */
static ParityText *
json_text (Walk     *w,
           JsonNode *node)
{
  ParityText *text;

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

static JsonObject *
chart_object (const ParityChartSpec *chart)
{
  return chart->json != NULL && JSON_NODE_HOLDS_OBJECT (chart->json)
         ? json_node_get_object (chart->json) : NULL;
}

/* A text member of a chart that the dataset keeps only in the kind's own options. */
static ParityText *
chart_json_text (Walk                  *w,
                 const ParityChartSpec *chart,
                 const char            *member)
{
  JsonObject *object = chart_object (chart);

  return object != NULL ? json_text (w, json_object_get_member (object, member)) : NULL;
}

/* The labels of the groups a strip, scatter or slope chart names ("groups"); a group by
 * id without one is named by Parity in the chart's language, with nothing to translate. */
static void
walk_chart_groups (Walk                  *w,
                   const ParityChartSpec *chart,
                   const char            *prefix,
                   const char            *about)
{
  JsonObject *object = chart_object (chart);
  JsonNode *groups = object != NULL ? json_object_get_member (object, "groups") : NULL;
  JsonArray *array = groups != NULL && JSON_NODE_HOLDS_ARRAY (groups)
                     ? json_node_get_array (groups) : NULL;
  g_autofree char *comment = g_strdup_printf ("%s The name of a group of economies: a row or "
                                              "a colour of the chart.", about ? about : "");

  g_strstrip (comment);

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonNode *group = json_array_get_element (array, i);
      g_autofree char *member = g_strdup_printf ("groups[%u].label", i);

      if (JSON_NODE_HOLDS_OBJECT (group))
        add_text (w, json_text (w, json_object_get_member (json_node_get_object (group),
                                                           "label")),
                  prefix, member, comment);
    }
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
  add_text (w, chart->description, prefix, "description", about);
  for (guint i = 0; chart->series != NULL && i < chart->series->len; i++)
    {
      const ParitySeries *series = &g_array_index (chart->series, ParitySeries, i);
      g_autofree char *member = g_strdup_printf ("series[%u].label", i);
      g_autofree char *comment = g_strdup_printf ("%s The name of a series, in its key or "
                                                  "next to its marks.", about ? about : "");

      add_text (w, series->label, prefix, member, g_strstrip (comment));
    }
  for (guint i = 0; chart->annotations != NULL && i < chart->annotations->len; i++)
    {
      const ParityAnnotation *annotation = &g_array_index (chart->annotations,
                                                           ParityAnnotation, i);
      g_autofree char *member = g_strdup_printf ("annotations[%u].text", i);
      g_autofree char *comment = g_strdup_printf ("%s A note written on the chart, next to "
                                                  "what it is about; keep it short.",
                                                  about ? about : "");

      add_text (w, annotation->text, prefix, member, g_strstrip (comment));
    }
  add_text (w, chart_json_text (w, chart, "center_label"), prefix, "center_label",
            about ? about : NULL);
  walk_chart_groups (w, chart, prefix, about);
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

      ParityI18nEntry *label = add_text (&w, entity->label, prefix, "label", NULL);
      ParityI18nEntry *short_label = add_text (&w, entity->short_label, prefix, "short_label",
                                               comment);

      if (label != NULL)
        label->entity = entity;
      if (short_label != NULL)
        short_label->entity = entity;
      g_string_truncate (w.path, mark);
    }
  for (guint i = 0; i < parity_dataset_get_n_groups (dataset); i++)
    {
      const ParityGroup *group = parity_dataset_get_group (dataset, i);
      g_autofree char *prefix = g_strdup_printf ("group:%s:", group->id);
      gsize mark = push_index (&w, "groups", i);

      add_text (&w, group->label, prefix, "label", "The name of a group of economies.");
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
                       _("%s: %s: the text was read but is not in the file"), self->display_name,
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
      g_set_error (error, PARITY_ERROR, PARITY_ERROR_NOT_FOUND, _("%s: is a folder, not a file"),
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
                   _("%s: the file is larger than %u MiB"), display_name,
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
