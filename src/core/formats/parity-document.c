/* parity-document.c
 *
 * Every edit is a chart replaced by another version of its JSON object, so undo and redo
 * swap those objects back: no per-property undo code, and every state the history can
 * reach has passed the loader's checks once already. Consecutive edits with the same merge
 * key (typing in one field) make one undo step. Adding, removing and moving a chart are steps
 * too: a missing version stands for "no chart there", and a step with neither version is
 * a move from one position to another. A file joined to the data (Add Data From File) is
 * a step of its own that holds the join, undone by taking out what it appended.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include "parity-chart-json.h"
#include "parity-dataset-join.h"
#include "parity-document.h"
#include "parity-id.h"
#include "parity-json-writer.h"
#include "parity-native-writer.h"

typedef struct
{
  guint     chart;      /* position */
  JsonNode *before;     /* NULL: the chart was added (or moved, when after is NULL too) */
  JsonNode *after;      /* NULL: the chart was removed (or moved) */
  char     *merge_key;
  guint     to;         /* a move's new position */
  ParityJoin *join;     /* a file joined to the data: the step is that, and nothing else */
} Step;

struct _ParityDocument
{
  GObject        parent_instance;

  ParityDataset *dataset;
  GFile         *file;
  GArray        *steps;   /* Step; [0, cursor) done, [cursor, len) undone */
  guint          cursor;
  guint          saved;   /* the cursor when last saved, G_MAXUINT when unreachable */
};

G_DEFINE_FINAL_TYPE (ParityDocument, parity_document, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DATASET,
  PROP_FILE,
  PROP_MODIFIED,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
step_clear (gpointer data)
{
  Step *step = data;

  g_clear_pointer (&step->before, json_node_unref);
  g_clear_pointer (&step->after, json_node_unref);
  g_clear_pointer (&step->merge_key, g_free);
  g_clear_pointer (&step->join, parity_join_unref);
}

/* The observable state, taken before a change so that only real changes are notified. */
typedef struct
{
  gboolean modified, can_undo, can_redo;
} State;

static State
state_of (ParityDocument *self)
{
  return (State) { parity_document_get_modified (self), parity_document_get_can_undo (self),
                   parity_document_get_can_redo (self) };
}

static void
notify_state (ParityDocument *self,
              const State    *before)
{
  State now = state_of (self);

  if (before->modified != now.modified)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
  if (before->can_undo != now.can_undo)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  if (before->can_redo != now.can_redo)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
}

/* A new step: the undone ones are gone for good. */
static void
push_step (ParityDocument *self,
           Step           *step)
{
  if (self->saved > self->cursor && self->saved != G_MAXUINT)
    self->saved = G_MAXUINT;
  g_array_set_size (self->steps, self->cursor);
  g_array_append_val (self->steps, *step);
  self->cursor++;
}

/**
 * parity_document_edit_chart:
 * @json: (transfer none): the chart's new object
 * @merge_key: (nullable): edits in a row with the same key are undone together
 *
 * Returns: %FALSE, with @error saying where and what, when the edit is refused
 */
gboolean
parity_document_edit_chart (ParityDocument *self,
                            guint           chart,
                            JsonNode       *json,
                            const char     *merge_key,
                            GError        **error)
{
  g_autoptr(JsonNode) before = NULL;
  Step *last;
  State state = state_of (self);

  g_return_val_if_fail (PARITY_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (chart < parity_dataset_get_n_charts (self->dataset), FALSE);

  before = parity_dataset_dup_chart_json (self->dataset, chart);
  if (json_node_equal (before, json))
    return TRUE;
  if (!parity_dataset_set_chart_json (self->dataset, chart, json, error))
    return FALSE;

  last = self->cursor > 0 ? &g_array_index (self->steps, Step, self->cursor - 1) : NULL;
  if (last != NULL && merge_key != NULL && self->cursor == self->steps->len &&
      self->saved != self->cursor && last->chart == chart &&
      g_strcmp0 (last->merge_key, merge_key) == 0)
    {
      json_node_unref (last->after);
      last->after = _parity_json_deep_copy (json);
    }
  else
    push_step (self, &(Step) { chart, g_steal_pointer (&before), _parity_json_deep_copy (json),
                               g_strdup (merge_key), 0 });
  notify_state (self, &state);
  return TRUE;
}

/* Appends a chart (made from an indicator in the window). */
gboolean
parity_document_add_chart (ParityDocument *self,
                           JsonNode       *json,
                           GError        **error)
{
  guint position;
  State state = state_of (self);

  g_return_val_if_fail (PARITY_IS_DOCUMENT (self), FALSE);

  position = parity_dataset_get_n_charts (self->dataset);
  if (!parity_dataset_insert_chart_json (self->dataset, position, json, error))
    return FALSE;
  push_step (self, &(Step) { position, NULL, _parity_json_deep_copy (json), NULL, 0 });
  notify_state (self, &state);
  return TRUE;
}

/**
 * parity_document_join:
 * @join: a join planned on this document's dataset, not applied yet
 *
 * Applies @join as one step: undoing it takes out what it added.
 */
void
parity_document_join (ParityDocument *self,
                      ParityJoin     *join)
{
  State state = state_of (self);

  g_return_if_fail (PARITY_IS_DOCUMENT (self));
  g_return_if_fail (join != NULL && !parity_join_get_applied (join));

  parity_join_apply (join);
  push_step (self, &(Step) { 0, NULL, NULL, NULL, 0, parity_join_ref (join) });
  notify_state (self, &state);
}

/* Puts a chart back to a version the history holds; those were valid when recorded and
 * nothing else in the dataset changes, so they are valid now. @version NULL with
 * @other NULL too is a move of the chart at @chart to @to. */
static void
apply (ParityDocument *self,
       guint           chart,
       JsonNode       *version,
       JsonNode       *other,
       guint           to)
{
  g_autoptr(GError) error = NULL;

  if (version == NULL && other == NULL)
    parity_dataset_move_chart (self->dataset, chart, to);
  else if (version == NULL)
    parity_dataset_remove_chart (self->dataset, chart);
  else if (other == NULL)
    parity_dataset_insert_chart_json (self->dataset, chart, version, &error);
  else
    parity_dataset_set_chart_json (self->dataset, chart, version, &error);
  if (error != NULL)
    g_critical ("a chart version from the history was refused: %s", error->message);
}

/* Removes the chart at @chart; undoing puts it back where it was. */
void
parity_document_remove_chart (ParityDocument *self,
                              guint           chart)
{
  JsonNode *before;
  State state = state_of (self);

  g_return_if_fail (PARITY_IS_DOCUMENT (self));
  g_return_if_fail (chart < parity_dataset_get_n_charts (self->dataset));

  before = parity_dataset_dup_chart_json (self->dataset, chart);
  parity_dataset_remove_chart (self->dataset, chart);
  push_step (self, &(Step) { chart, before, NULL, NULL, 0 });
  notify_state (self, &state);
}

/**
 * parity_document_duplicate_chart:
 *
 * Inserts a copy of the chart at @chart just after it, under the first free numbered id
 * ("internet-use-2"). The copy keeps the title as it is: a title is text printed on the
 * chart in each of its languages, and a "(copy)" suffix would be printed too, in one
 * language only, until someone noticed; the sidebar tells the two apart by position and
 * the copy is the one selected, ready to be renamed.
 *
 * Returns: the copy's position, or G_MAXUINT when the dataset refused it (with @error set)
 */
guint
parity_document_duplicate_chart (ParityDocument *self,
                                 guint           chart,
                                 GError        **error)
{
  g_autoptr(JsonNode) json = NULL;
  g_autofree char *id = NULL;
  const ParityChartSpec *spec;
  State state = state_of (self);

  g_return_val_if_fail (PARITY_IS_DOCUMENT (self), G_MAXUINT);
  g_return_val_if_fail (chart < parity_dataset_get_n_charts (self->dataset), G_MAXUINT);

  spec = parity_dataset_get_chart (self->dataset, chart);
  for (guint n = 2; id == NULL || parity_dataset_find_chart (self->dataset, id) != NULL; n++)
    {
      g_free (id);
      id = parity_id_numbered (spec->id, n);
    }
  json = parity_dataset_dup_chart_json (self->dataset, chart);
  json_object_set_string_member (json_node_get_object (json), "id", id);
  if (!parity_dataset_insert_chart_json (self->dataset, chart + 1, json, error))
    return G_MAXUINT;
  push_step (self, &(Step) { chart + 1, NULL, _parity_json_deep_copy (json), NULL, 0 });
  notify_state (self, &state);
  return chart + 1;
}

/* Moves the chart at @from to position @to (counted once it is out of the list). */
void
parity_document_move_chart (ParityDocument *self,
                            guint           from,
                            guint           to)
{
  State state = state_of (self);

  g_return_if_fail (PARITY_IS_DOCUMENT (self));
  g_return_if_fail (from < parity_dataset_get_n_charts (self->dataset));
  g_return_if_fail (to < parity_dataset_get_n_charts (self->dataset));

  if (from == to)
    return;
  parity_dataset_move_chart (self->dataset, from, to);
  push_step (self, &(Step) { from, NULL, NULL, NULL, to });
  notify_state (self, &state);
}

gboolean
parity_document_undo (ParityDocument *self)
{
  Step *step;
  State state = state_of (self);

  g_return_val_if_fail (PARITY_IS_DOCUMENT (self), FALSE);

  if (self->cursor == 0)
    return FALSE;
  step = &g_array_index (self->steps, Step, --self->cursor);
  if (step->join != NULL)
    parity_join_revert (step->join);
  else if (step->before == NULL && step->after == NULL)
    apply (self, step->to, NULL, NULL, step->chart);
  else
    apply (self, step->chart, step->before, step->after, 0);
  notify_state (self, &state);
  return TRUE;
}

gboolean
parity_document_redo (ParityDocument *self)
{
  Step *step;
  State state = state_of (self);

  g_return_val_if_fail (PARITY_IS_DOCUMENT (self), FALSE);

  if (self->cursor == self->steps->len)
    return FALSE;
  step = &g_array_index (self->steps, Step, self->cursor++);
  if (step->join != NULL)
    parity_join_apply (step->join);
  else
    apply (self, step->chart, step->after, step->before, step->to);
  notify_state (self, &state);
  return TRUE;
}

/**
 * parity_document_save:
 * @file: (nullable): where to save; %NULL for the document's own file
 */
gboolean
parity_document_save (ParityDocument *self,
                      GFile          *file,
                      GError        **error)
{
  g_autofree char *path = NULL;
  State state = state_of (self);

  g_return_val_if_fail (PARITY_IS_DOCUMENT (self), FALSE);

  if (file == NULL)
    file = self->file;
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   "only local files can be saved");
      return FALSE;
    }
  if (!parity_dataset_save (self->dataset, path, error))
    return FALSE;
  if (g_set_object (&self->file, file))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
  self->saved = self->cursor;
  notify_state (self, &state);
  return TRUE;
}

static void
parity_document_dispose (GObject *object)
{
  ParityDocument *self = (ParityDocument *)object;

  g_clear_object (&self->dataset);
  g_clear_object (&self->file);
  G_OBJECT_CLASS (parity_document_parent_class)->dispose (object);
}

static void
parity_document_finalize (GObject *object)
{
  ParityDocument *self = (ParityDocument *)object;

  g_array_unref (self->steps);
  G_OBJECT_CLASS (parity_document_parent_class)->finalize (object);
}

static void
parity_document_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  ParityDocument *self = PARITY_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      g_value_set_object (value, self->dataset);
      break;
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;
    case PROP_MODIFIED:
      g_value_set_boolean (value, parity_document_get_modified (self));
      break;
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, parity_document_get_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, parity_document_get_can_redo (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
parity_document_class_init (ParityDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = parity_document_dispose;
  object_class->finalize = parity_document_finalize;
  object_class->get_property = parity_document_get_property;

  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL, PARITY_TYPE_DATASET,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
parity_document_init (ParityDocument *self)
{
  self->steps = g_array_new (FALSE, TRUE, sizeof (Step));
  g_array_set_clear_func (self->steps, step_clear);
}

/* A multilingual member: a plain string while only the default language is used, an
 * object keyed by language once there is another. An empty value removes the member (or
 * that language's text), except a title's, which the chart must have. */
void
parity_chart_json_set_text (JsonObject *chart,
                            const char *member,
                            const char *lang,
                            const char *default_lang,
                            const char *value)
{
  JsonNode *node = json_object_get_member (chart, member);

  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      if (*value == '\0' && g_ascii_strcasecmp (lang, default_lang) != 0)
        json_object_remove_member (json_node_get_object (node), lang);
      else
        json_object_set_string_member (json_node_get_object (node), lang, value);
      if (json_object_get_size (json_node_get_object (node)) == 0)
        json_object_remove_member (chart, member);
      return;
    }
  if (*value == '\0' && !g_str_equal (member, "title"))
    {
      if (g_ascii_strcasecmp (lang, default_lang) == 0)
        json_object_remove_member (chart, member);
      return;
    }
  if (g_ascii_strcasecmp (lang, default_lang) == 0 || node == NULL)
    {
      if (g_ascii_strcasecmp (lang, default_lang) == 0)
        json_object_set_string_member (chart, member, value);
      else
        {
          JsonObject *texts = json_object_new ();

          json_object_set_string_member (texts, lang, value);
          json_object_set_object_member (chart, member, texts);
        }
      return;
    }
  {
    JsonObject *texts = json_object_new ();

    json_object_set_string_member (texts, default_lang, json_node_get_string (node));
    json_object_set_string_member (texts, lang, value);
    json_object_set_object_member (chart, member, texts);
  }
}

/**
 * parity_document_new:
 * @dataset: a loaded dataset
 * @file: (nullable): the file it was loaded from
 *
 * Returns: (transfer full): an unmodified document
 */
ParityDocument *
parity_document_new (ParityDataset *dataset,
                     GFile         *file)
{
  ParityDocument *self;

  g_return_val_if_fail (PARITY_IS_DATASET (dataset), NULL);

  self = g_object_new (PARITY_TYPE_DOCUMENT, NULL);
  self->dataset = g_object_ref (dataset);
  self->file = file ? g_object_ref (file) : NULL;
  return self;
}

/**
 * parity_document_new_restored:
 * @dataset: what a draft of @file held
 * @file: the file the draft belongs to
 *
 * A document whose content is not what @file holds: it is modified, with no history, until
 * it is saved, and undoing later edits does not make it unmodified.
 *
 * Returns: (transfer full): a modified document
 */
ParityDocument *
parity_document_new_restored (ParityDataset *dataset,
                              GFile         *file)
{
  ParityDocument *self;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  self = parity_document_new (dataset, file);
  if (self != NULL)
    self->saved = G_MAXUINT;
  return self;
}

ParityDataset *
parity_document_get_dataset (ParityDocument *self)
{
  g_return_val_if_fail (PARITY_IS_DOCUMENT (self), NULL);
  return self->dataset;
}

GFile *
parity_document_get_file (ParityDocument *self)
{
  g_return_val_if_fail (PARITY_IS_DOCUMENT (self), NULL);
  return self->file;
}

/* Modified: the history is elsewhere than where it was saved (or loaded). */
gboolean
parity_document_get_modified (ParityDocument *self)
{
  g_return_val_if_fail (PARITY_IS_DOCUMENT (self), FALSE);
  return self->cursor != self->saved;
}

gboolean
parity_document_get_can_undo (ParityDocument *self)
{
  g_return_val_if_fail (PARITY_IS_DOCUMENT (self), FALSE);
  return self->cursor > 0;
}

gboolean
parity_document_get_can_redo (ParityDocument *self)
{
  g_return_val_if_fail (PARITY_IS_DOCUMENT (self), FALSE);
  return self->cursor < self->steps->len;
}
