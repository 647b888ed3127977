/* parity-dataset-join.c: another file's indicators joined to an open dataset by entity id
 *
 * A scatter of Internet use against GDP per capita needs two downloads. The second file is
 * read by the same loaders as any file, so its entities already have the canonical ids
 * (ISO 3166-1 alpha-3, OWID_KOS → XKX, OWID_WRL → WLD: parity-id-map, parity-economies),
 * and the join is by id: an entity of the second file with an id the open dataset has is
 * that entity; one it lacks is added, and reported as unmatched, as are the open dataset's
 * entities that got no value. Every indicator, source, period and breakdown of the second
 * file is added; an indicator or source whose id is taken is renamed with a number
 * ("internet-use-2"), so that nothing the open dataset has changes meaning. Its charts and
 * groups are not joined; one scatter plot of an added indicator (across) against one of
 * the open dataset's (up) is added when the two share economies in a period.
 *
 * Everything is appended, so that undoing is cutting back to the sizes measured before
 * (_parity_dataset_truncate()) once the charts the join added are gone; the charts left
 * are parsed again so that nothing they hold points past the cut.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "parity-chart-json.h"
#include "parity-chart-words.h"
#include "parity-dataset-join.h"
#include "parity-default-charts-private.h"
#include "parity-error.h"
#include "parity-id.h"
#include "parity-loader.h"
#include "parity-loader-private.h"

/* A scatter plot is added when at least this many economies have both values. */
#define MIN_SCATTER_ECONOMIES 3

struct _ParityJoin
{
  gint               ref_count;
  ParityDataset     *into;
  ParityDataset     *other;
  char              *display_name;
  GPtrArray         *indicator_ids;  /* the id each of @other's indicators gets */
  GPtrArray         *source_ids;     /* the id each of @other's sources gets */
  guint              n_matched;
  GArray            *unmatched[2];   /* guint32: @other's entities (ADDED), @into's (OPEN) */
  gboolean           applied;
  ParityDatasetSize  before;
  guint              n_charts;       /* charts before the join */
  guint              n_charts_added;
  char              *chart_id;       /* the scatter plot it added, or NULL */
};

static char *
free_id (GPtrArray  *taken,
         const char *id,
         guint32   (*lookup) (ParityDataset *, const char *),
         ParityDataset *into)
{
  char *candidate = g_strdup (id);

  for (guint n = 2; lookup (into, candidate) != PARITY_INDEX_NONE ||
                    g_ptr_array_find_with_equal_func (taken, candidate, g_str_equal, NULL); n++)
    {
      g_free (candidate);
      candidate = parity_id_numbered (id, n);
    }
  return candidate;
}

/* Which entities match, and which of each side have nothing from the other. */
static void
plan (ParityJoin *self)
{
  guint n_into = parity_dataset_get_n_entities (self->into);
  g_autofree gboolean *valued = g_new0 (gboolean, n_into);

  for (guint e = 0; e < parity_dataset_get_n_entities (self->other); e++)
    {
      const ParityEntity *entity = parity_dataset_get_entity (self->other, e);
      guint32 there = parity_dataset_lookup_entity (self->into, entity->id);

      if (there == PARITY_INDEX_NONE)
        g_array_append_val (self->unmatched[PARITY_JOIN_ADDED], e);
      else
        self->n_matched++;
    }
  for (guint i = 0; i < parity_dataset_get_n_indicators (self->other); i++)
    {
      const ParityIndicator *indicator = parity_dataset_get_indicator (self->other, i);

      for (guint k = 0; k < indicator->obs.len; k++)
        {
          const ParityEntity *entity = parity_dataset_get_entity (self->other,
                                                                  indicator->obs.entity[k]);
          guint32 there = parity_dataset_lookup_entity (self->into, entity->id);

          if (there != PARITY_INDEX_NONE && !isnan (indicator->obs.value[k]))
            valued[there] = TRUE;
        }
    }
  for (guint32 e = 0; e < n_into; e++)
    if (!valued[e])
      g_array_append_val (self->unmatched[PARITY_JOIN_OPEN], e);
}

/**
 * parity_join_new:
 * @into: the open dataset
 * @other: (transfer none): the dataset read from @path, which the join keeps
 * @path: the file @other was read from, for messages
 *
 * Plans the join of @other to @into, which does not change until parity_join_apply().
 *
 * Returns: (transfer full) (nullable): the join, not applied yet
 */
ParityJoin *
parity_join_new (ParityDataset  *into,
                 ParityDataset  *other,
                 const char     *path,
                 GError        **error)
{
  ParityJoin *self;

  g_return_val_if_fail (PARITY_IS_DATASET (into), NULL);
  g_return_val_if_fail (PARITY_IS_DATASET (other) && other != into, NULL);
  g_return_val_if_fail (path != NULL, NULL);

  if (parity_dataset_get_n_indicators (other) == 0)
    {
      g_autofree char *display_name = g_filename_display_name (path);

      g_set_error (error, PARITY_ERROR, PARITY_ERROR_INVALID,
                   /* Translators: %s is a file added to the open data (Add Data From File). */
                   _("%s: the file has no indicator to add"), display_name);
      return NULL;
    }
  self = g_new0 (ParityJoin, 1);
  self->ref_count = 1;
  self->into = g_object_ref (into);
  self->other = g_object_ref (other);
  self->display_name = g_filename_display_basename (path);
  self->indicator_ids = g_ptr_array_new_with_free_func (g_free);
  self->source_ids = g_ptr_array_new_with_free_func (g_free);
  for (guint s = 0; s < 2; s++)
    self->unmatched[s] = g_array_new (FALSE, FALSE, sizeof (guint32));
  for (guint i = 0; i < parity_dataset_get_n_indicators (other); i++)
    g_ptr_array_add (self->indicator_ids,
                     free_id (self->indicator_ids, parity_dataset_get_indicator (other, i)->id,
                              parity_dataset_lookup_indicator, into));
  for (guint i = 0; i < parity_dataset_get_n_sources (other); i++)
    g_ptr_array_add (self->source_ids,
                     free_id (self->source_ids, parity_dataset_get_source (other, i)->id,
                              parity_dataset_lookup_source, into));
  plan (self);
  return self;
}

/**
 * parity_join_new_from_file:
 * @into: the open dataset
 * @path: a file of any format parity_dataset_load_file() reads
 *
 * Reads @path and plans its join to @into (parity_join_new()). Fails with the loader's
 * positioned error ("b.csv:12: …").
 *
 * Returns: (transfer full) (nullable): the join, not applied yet
 */
ParityJoin *
parity_join_new_from_file (ParityDataset  *into,
                           const char     *path,
                           GError        **error)
{
  g_autoptr(ParityDataset) other = NULL;

  g_return_val_if_fail (PARITY_IS_DATASET (into), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  other = parity_dataset_load_file (path, error);
  return other != NULL ? parity_join_new (into, other, path, error) : NULL;
}

ParityJoin *
parity_join_ref (ParityJoin *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_atomic_int_inc (&self->ref_count);
  return self;
}

void
parity_join_unref (ParityJoin *self)
{
  if (self == NULL || !g_atomic_int_dec_and_test (&self->ref_count))
    return;
  g_object_unref (self->into);
  g_object_unref (self->other);
  g_free (self->display_name);
  g_free (self->chart_id);
  g_ptr_array_unref (self->indicator_ids);
  g_ptr_array_unref (self->source_ids);
  for (guint s = 0; s < 2; s++)
    g_array_unref (self->unmatched[s]);
  g_free (self);
}

static ParityText *
text_copy (const ParityText *text)
{
  ParityText *copy;

  if (text == NULL)
    return NULL;
  copy = parity_text_new ();
  for (guint l = 0; l < parity_text_get_n_langs (text); l++)
    parity_text_set (copy, parity_text_get_lang (text, l),
                     parity_text_get_exact (text, parity_text_get_lang (text, l)));
  return copy;
}

static void
copy_sources (ParityJoin *self,
              guint32    *source_map)
{
  for (guint i = 0; i < parity_dataset_get_n_sources (self->other); i++)
    {
      const ParitySource *from = parity_dataset_get_source (self->other, i);
      ParitySource *to = _parity_dataset_add_source (self->into,
                                                     g_ptr_array_index (self->source_ids, i));

      to->title = text_copy (from->title);
      to->publisher = text_copy (from->publisher);
      to->url = g_strdup (from->url);
      to->year = from->year;
      to->retrieved = g_strdup (from->retrieved);
      to->note = text_copy (from->note);
      source_map[i] = parity_dataset_lookup_source (self->into, to->id);
    }
}

static void
copy_entities (ParityJoin *self,
               guint32    *entity_map)
{
  for (guint e = 0; e < parity_dataset_get_n_entities (self->other); e++)
    {
      const ParityEntity *from = parity_dataset_get_entity (self->other, e);

      entity_map[e] = parity_dataset_lookup_entity (self->into, from->id);
      if (entity_map[e] == PARITY_INDEX_NONE)
        {
          ParityEntity *to = _parity_dataset_add_entity (self->into, from->id);

          to->label = text_copy (from->label);
          to->short_label = text_copy (from->short_label);
          to->kind = from->kind;
          entity_map[e] = parity_dataset_get_n_entities (self->into) - 1;
        }
    }
}

static guint32
map_source (const guint32 *source_map,
            guint32        source)
{
  return source == PARITY_INDEX_NONE ? PARITY_INDEX_NONE : source_map[source];
}

static void
copy_indicator (ParityJoin            *self,
                guint                  i,
                const guint32         *entity_map,
                const guint32         *source_map)
{
  const ParityIndicator *from = parity_dataset_get_indicator (self->other, i);
  ParityIndicator *to = _parity_dataset_add_indicator (self->into,
                                                       g_ptr_array_index (self->indicator_ids, i));

  to->label = text_copy (from->label);
  to->unit = from->unit;
  to->unit.symbol = text_copy (from->unit.symbol);
  to->unit.label = text_copy (from->unit.label);
  to->decimals = from->decimals;
  to->source = map_source (source_map, from->source);
  to->notes = text_copy (from->notes);
  _parity_indicator_reserve (to, from->obs.len);
  for (guint k = 0; k < from->obs.len; k++)
    {
      guint32 period = _parity_dataset_intern_period (
        self->into, parity_dataset_get_period (self->other, from->obs.period[k]));
      guint32 breakdown = _parity_dataset_intern_breakdown (
        self->into, parity_dataset_get_breakdown (self->other, from->obs.breakdown[k]));

      _parity_indicator_append (to, entity_map[from->obs.entity[k]], period, breakdown,
                                from->obs.value[k], from->obs.qualifier[k],
                                map_source (source_map, from->obs.source[k]));
    }
  if (from->obs_notes != NULL)
    {
      GHashTableIter iter;
      gpointer key, note;

      to->obs_notes = g_hash_table_new_full (NULL, NULL, NULL,
                                             (GDestroyNotify)parity_text_free);
      g_hash_table_iter_init (&iter, from->obs_notes);
      while (g_hash_table_iter_next (&iter, &key, &note))
        g_hash_table_insert (to->obs_notes, key, text_copy (note));
    }
}

/* Economies with a value of @indicator, by period: (entity << 32 | period) keys. */
static GHashTable *
valued_economies (ParityDataset         *dataset,
                  const ParityIndicator *indicator)
{
  GHashTable *keys = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  for (guint k = 0; k < indicator->obs.len; k++)
    {
      gint64 *key;

      if (indicator->obs.breakdown[k] != 0 || isnan (indicator->obs.value[k]) ||
          parity_dataset_get_entity (dataset, indicator->obs.entity[k])->kind !=
          PARITY_ENTITY_ECONOMY)
        continue;
      key = g_new (gint64, 1);
      *key = ((gint64)indicator->obs.entity[k] << 32) | indicator->obs.period[k];
      g_hash_table_add (keys, key);
    }
  return keys;
}

/* The open dataset's indicator and the period with the most economies that also have a
 * value of @x; FALSE when none has enough for a scatter plot. */
static gboolean
best_partner (ParityJoin *self,
              guint32     x,
              guint32    *y,
              guint32    *period)
{
  const ParityIndicator *across = parity_dataset_get_indicator (self->into, x);
  g_autoptr(GHashTable) has_x = valued_economies (self->into, across);
  guint best = MIN_SCATTER_ECONOMIES - 1;

  for (guint32 i = 0; i < self->before.indicators; i++)
    {
      const ParityIndicator *up = parity_dataset_get_indicator (self->into, i);
      g_autoptr(GHashTable) has_y = valued_economies (self->into, up);
      g_autoptr(GHashTable) counts = g_hash_table_new (NULL, NULL);
      GHashTableIter iter;
      gpointer key, value;

      g_hash_table_iter_init (&iter, has_y);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        if (g_hash_table_contains (has_x, key))
          {
            guint32 p = (guint32)(*(gint64 *)key & G_MAXUINT32);
            guint n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, GUINT_TO_POINTER (p + 1)));

            g_hash_table_insert (counts, GUINT_TO_POINTER (p + 1), GUINT_TO_POINTER (n + 1));
          }
      /* The most economies; of periods with as many, the latest; of indicators, the first. */
      g_hash_table_iter_init (&iter, counts);
      while (g_hash_table_iter_next (&iter, &key, &value))
        {
          guint32 p = GPOINTER_TO_UINT (key) - 1;
          guint n = GPOINTER_TO_UINT (value);

          if (n > best || (n == best && *y == i &&
                           g_strcmp0 (parity_dataset_get_period (self->into, p),
                                      parity_dataset_get_period (self->into, *period)) > 0))
            {
              best = n;
              *y = i;
              *period = p;
            }
        }
    }
  return best >= MIN_SCATTER_ECONOMIES && *y != PARITY_INDEX_NONE;
}

/* One scatter plot: the first added indicator that shares economies with the open data. */
static void
add_scatter (ParityJoin *self)
{
  for (guint32 x = self->before.indicators; x < parity_dataset_get_n_indicators (self->into); x++)
    {
      const ParityIndicator *across = parity_dataset_get_indicator (self->into, x), *up;
      guint32 y = PARITY_INDEX_NONE, period = PARITY_INDEX_NONE;
      g_autoptr(JsonObject) chart = json_object_new ();
      g_autoptr(JsonNode) node = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *id = NULL, *base = NULL;
      g_autoptr(JsonObject) title = NULL;
      JsonObject *axis = json_object_new ();

      if (!best_partner (self, x, &y, &period))
        {
          json_object_unref (axis);
          continue;
        }
      up = parity_dataset_get_indicator (self->into, y);
      base = g_strconcat (up->id, "-scatter", NULL);
      if (!parity_id_is_valid (base))
        g_clear_pointer (&base, g_free);
      id = g_strdup (base != NULL ? base : "scatter");
      for (guint n = 2; parity_dataset_find_chart (self->into, id) != NULL; n++)
        {
          g_free (id);
          id = parity_id_numbered (base != NULL ? base : "scatter", n);
        }
      json_object_set_string_member (chart, "id", id);
      json_object_set_string_member (chart, "kind", "scatter");
      title = _parity_default_joined (self->into, PARITY_WORD_AGAINST, up->label,
                                     across->label);
      /* A plain string while only the dataset's language is used, as an edited title. */
      if (json_object_get_size (title) == 1)
        json_object_set_string_member (chart, "title", json_object_get_string_member (
                                         title, parity_dataset_get_default_lang (self->into)));
      else
        json_object_set_object_member (chart, "title", json_object_ref (title));
      json_object_set_string_member (chart, "indicator", up->id);
      json_object_set_string_member (chart, "period",
                                     parity_dataset_get_period (self->into, period));
      json_object_set_string_member (axis, "indicator", across->id);
      json_object_set_string_member (axis, "scale", _parity_default_scale (across));
      json_object_set_object_member (chart, "x", axis);
      node = json_node_init_object (json_node_alloc (), chart);
      if (parity_dataset_insert_chart_json (self->into, G_MAXUINT, node, &error))
        {
          self->n_charts_added++;
          g_free (self->chart_id);
          self->chart_id = g_strdup (id);
        }
      else
        g_warning ("no scatter plot for %s: %s", across->id, error->message);
      return;
    }
}

/**
 * parity_join_apply:
 *
 * Adds the planned indicators, with their sources, periods, breakdowns and new entities,
 * to the open dataset, and the scatter plot that joins them to its data.
 */
void
parity_join_apply (ParityJoin *self)
{
  g_autofree guint32 *entity_map = NULL;
  g_autofree guint32 *source_map = NULL;

  g_return_if_fail (self != NULL && !self->applied);

  self->before = _parity_dataset_measure (self->into);
  self->n_charts = parity_dataset_get_n_charts (self->into);
  self->n_charts_added = 0;
  entity_map = g_new (guint32, MAX (parity_dataset_get_n_entities (self->other), 1));
  source_map = g_new (guint32, MAX (parity_dataset_get_n_sources (self->other), 1));
  copy_sources (self, source_map);
  copy_entities (self, entity_map);
  for (guint i = 0; i < parity_dataset_get_n_indicators (self->other); i++)
    copy_indicator (self, i, entity_map, source_map);
  self->applied = TRUE;
  add_scatter (self);
}

/**
 * parity_join_revert:
 *
 * Takes the join back out: its charts, then everything it appended. The charts left are
 * parsed again, since a chart parsed while the join was in may hold its entities.
 */
void
parity_join_revert (ParityJoin *self)
{
  GPtrArray *charts;

  g_return_if_fail (self != NULL && self->applied);

  for (guint i = self->n_charts + self->n_charts_added; i-- > self->n_charts;)
    parity_dataset_remove_chart (self->into, i);
  _parity_dataset_truncate (self->into, &self->before);
  charts = _parity_dataset_get_charts (self->into);
  for (guint i = 0; i < charts->len; i++)
    {
      ParityChartSpec *old = g_ptr_array_index (charts, i);
      g_autoptr(GError) error = NULL;
      ParityChartSpec *spec = _parity_native_loader_parse_chart (self->into, old->json, i,
                                                                 &error);

      if (spec == NULL)
        {
          g_critical ("a chart from before the join was refused: %s", error->message);
          continue;
        }
      _parity_chart_spec_free (old);
      charts->pdata[i] = spec;
    }
  self->applied = FALSE;
  if (charts->len > 0)
    _parity_dataset_charts_changed (self->into, 0, charts->len, charts->len);
}

/* The id of the scatter plot the join added, or NULL when it made none. */
const char *
parity_join_get_chart (ParityJoin *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->applied && self->n_charts_added > 0 ? self->chart_id : NULL;
}

gboolean
parity_join_get_applied (ParityJoin *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return self->applied;
}

/* What the loader left out of the added file ("row 4, column 'GDP': …"), as a file's own
 * warnings are: said, not hidden. */
const char * const *
parity_join_get_warnings (ParityJoin *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return parity_dataset_get_warnings (self->other);
}

/* The added file's name, for messages. */
const char *
parity_join_get_display_name (ParityJoin *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->display_name;
}

guint
parity_join_get_n_indicators (ParityJoin *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->indicator_ids->len;
}

/* The id indicator @i of the added file has in the open dataset. */
const char *
parity_join_get_indicator (ParityJoin *self,
                           guint       i)
{
  g_return_val_if_fail (self != NULL && i < self->indicator_ids->len, NULL);
  return g_ptr_array_index (self->indicator_ids, i);
}

/* How many of the added file's entities the open dataset has. */
guint
parity_join_get_n_matched (ParityJoin *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_matched;
}

guint
parity_join_get_n_unmatched (ParityJoin     *self,
                             ParityJoinSide  side)
{
  g_return_val_if_fail (self != NULL && side <= PARITY_JOIN_OPEN, 0);
  return self->unmatched[side]->len;
}

/* The @i-th unmatched entity of @side, as its own file has it. */
const ParityEntity *
parity_join_get_unmatched (ParityJoin     *self,
                           ParityJoinSide  side,
                           guint           i)
{
  g_return_val_if_fail (self != NULL && side <= PARITY_JOIN_OPEN, NULL);
  g_return_val_if_fail (i < self->unmatched[side]->len, NULL);
  return parity_dataset_get_entity (side == PARITY_JOIN_ADDED ? self->other : self->into,
                                    g_array_index (self->unmatched[side], guint32, i));
}

/**
 * parity_join_describe:
 *
 * One sentence on what the join adds and how much matched, in the program's language.
 *
 * Returns: (transfer full): "Added 1 indicator from “gdp.json”: 4 entities matched, 1 did
 * not, and 2 of the open data got no value."
 */
char *
parity_join_describe (ParityJoin *self)
{
  guint n, matched, added, open;
  g_autofree char *what = NULL, *how = NULL, *rest = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  n = self->indicator_ids->len;
  matched = self->n_matched;
  added = self->unmatched[PARITY_JOIN_ADDED]->len;
  open = self->unmatched[PARITY_JOIN_OPEN]->len;

  /* Translators: the start of the report of Add Data From File; %s is the file's name. */
  what = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Added %u indicator from “%s”",
                                       "Added %u indicators from “%s”", n), n,
                          self->display_name);
  /* Translators: follows “Added 1 indicator from “b.csv””: how many of its countries and
     groups (entities) were found in the open data. */
  how = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u entity matched",
                                      "%u entities matched", matched), matched);
  /* Translators: the end of the report: entities of the added file that the open data did
     not have, then entities of the open data without a value in the added file. */
  rest = g_strdup_printf (_("%u not matched, %u of the open data without a value"),
                          added, open);
  /* Translators: the three parts of the report of Add Data From File, joined. */
  return g_strdup_printf (_("%s: %s, %s."), what, how, rest);
}

/**
 * parity_join_list_unmatched:
 *
 * The unmatched entities of both sides, one per line under a heading, each as its id then
 * its label: for the CLI's report and the window's dialog. Empty when everything matched.
 *
 * Returns: (transfer full): lines of text
 */
char *
parity_join_list_unmatched (ParityJoin *self)
{
  GString *text = g_string_new (NULL);

  g_return_val_if_fail (self != NULL, NULL);

  for (ParityJoinSide side = PARITY_JOIN_ADDED; side <= PARITY_JOIN_OPEN; side++)
    {
      ParityDataset *dataset = side == PARITY_JOIN_ADDED ? self->other : self->into;
      const char *lang = parity_dataset_get_default_lang (dataset);

      if (self->unmatched[side]->len == 0)
        continue;
      g_string_append_printf (text, side == PARITY_JOIN_ADDED
                              /* Translators: heading of the list of entities of an added
                                 file that the open data does not have; %s is the file. */
                              ? _("In “%s”, not in the open data:")
                              /* Translators: heading of the list of entities of the open
                                 data that have no value in the added file; %s is the file. */
                              : _("In the open data, without a value in “%s”:"),
                              self->display_name);
      g_string_append_c (text, '\n');
      for (guint i = 0; i < self->unmatched[side]->len; i++)
        {
          const ParityEntity *entity = parity_join_get_unmatched (self, side, i);
          const char *label = entity->label != NULL ? parity_text_get (entity->label, lang, lang)
                                                    : NULL;

          g_string_append_printf (text, "  %s", entity->id);
          if (label != NULL && g_strcmp0 (label, entity->id) != 0)
            g_string_append_printf (text, "  %s", label);
          g_string_append_c (text, '\n');
        }
    }
  return g_string_free (text, FALSE);
}

/**
 * parity_dataset_join_file:
 * @join: (out) (optional) (transfer full): the applied join, for its report
 *
 * Joins @path's indicators to @dataset by entity id; on failure @dataset is unchanged.
 */
gboolean
parity_dataset_join_file (ParityDataset  *dataset,
                          const char     *path,
                          ParityJoin    **join,
                          GError        **error)
{
  g_autoptr(ParityJoin) self = parity_join_new_from_file (dataset, path, error);

  if (self == NULL)
    return FALSE;
  parity_join_apply (self);
  if (join != NULL)
    *join = g_steal_pointer (&self);
  return TRUE;
}
