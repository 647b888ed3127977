/* parity-entity-picker.c
 *
 * One check per entity that has data for the chart, in a list that a search entry filters,
 * with buttons that check all of them, none, or only one group. The groups are the dataset's
 * entity kinds (parity-dataset.h: the world, development groups, regions, economies), offered
 * when the chart has entities of more than one kind: aggregates against countries is the
 * choice a World Bank file asks for. Below them, the groups of economies that split the
 * list: the dataset's own, then the classification's (the LDCs, an income group, an ITU
 * region). A button changes many checks and emits "changed" once, so that each is one
 * undoable edit.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-gtk"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "parity-chart-kind.h"
#include "parity-economies.h"
#include "parity-entity-picker.h"
#include "parity-words.h"

struct _ParityEntityPicker
{
  GtkWidget   parent_instance;

  GtkWidget  *entry;
  GtkWidget  *buttons;
  GtkWidget  *groups;     /* a menu button with an item per kind */
  GtkListBox *list;
  GPtrArray  *checks;     /* GtkCheckButton, with "entity-id" and "kind" data */
  GHashTable *groups_members; /* group id → set of entity ids, for the groups offered */
  char       *needle;
  gboolean    setting;    /* checks are being set together: one "changed" at the end */
};

G_DEFINE_FINAL_TYPE (ParityEntityPicker, parity_entity_picker, GTK_TYPE_WIDGET)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The buttons' names of the entity kinds, in ParityEntityKind's order. */
static const char *
kind_label (ParityEntityKind kind)
{
  switch (kind)
    {
    /* Translators: buttons under Shown in the inspector that show only one group of
       entities: the world as a whole. */
    case PARITY_ENTITY_WORLD: return C_("entity group", "World");
    /* Translators: developed, developing, least developed countries and the like. */
    case PARITY_ENTITY_DEVELOPMENT_GROUP: return C_("entity group", "Development Groups");
    /* Translators: regions such as Africa or Europe. */
    case PARITY_ENTITY_REGION: return C_("entity group", "Regions");
    /* Translators: countries and territories. */
    case PARITY_ENTITY_ECONOMY: return C_("entity group", "Economies");
    case PARITY_ENTITY_OTHER:
    default:
      /* Translators: entities of no known kind. */
      return C_("entity group", "Others");
    }
}

static void
on_toggled (ParityEntityPicker *self)
{
  if (!self->setting)
    g_signal_emit (self, signals[CHANGED], 0);
}

static gboolean
filter_row (GtkListBoxRow *row,
            gpointer       data)
{
  ParityEntityPicker *self = data;

  return self->needle == NULL ||
         strstr (g_object_get_data (G_OBJECT (row), "haystack"), self->needle) != NULL;
}

static void
on_search_changed (ParityEntityPicker *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->entry))));

  g_clear_pointer (&self->needle, g_free);
  if (*text != '\0')
    self->needle = g_utf8_casefold (text, -1);
  gtk_list_box_invalidate_filter (self->list);
}

static gboolean want_nothing (GtkCheckButton *check, gpointer data);

/* Sets every check to what @want says of it, then says so once. Clearing them all says
 * nothing: a chart shows at least one entity, so None only clears the checks and the chart
 * changes with the first one checked after it, which is how a few are picked out of two
 * hundred. */
static void
set_checks (ParityEntityPicker *self,
            gboolean          (*want) (GtkCheckButton *check, gpointer data),
            gpointer            data)
{
  gboolean changed = FALSE;

  self->setting = TRUE;
  for (guint i = 0; i < self->checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->checks, i);
      gboolean active = want (check, data);

      changed |= active != gtk_check_button_get_active (check);
      gtk_check_button_set_active (check, active);
    }
  self->setting = FALSE;
  if (changed && want != want_nothing)
    g_signal_emit (self, signals[CHANGED], 0);
}

static gboolean
want_constant (GtkCheckButton *check,
               gpointer        data)
{
  return GPOINTER_TO_INT (data);
}

static gboolean
want_nothing (GtkCheckButton *check,
              gpointer        data)
{
  return FALSE;
}

static gboolean
want_kind (GtkCheckButton *check,
           gpointer        data)
{
  return GPOINTER_TO_INT (g_object_get_data (G_OBJECT (check), "kind")) == GPOINTER_TO_INT (data);
}

static gboolean
want_group (GtkCheckButton *check,
            gpointer        data)
{
  return g_hash_table_contains (data, g_object_get_data (G_OBJECT (check), "entity-id"));
}

/* Only the members of @group, one of those the Only menu offers; FALSE for another. */
gboolean
parity_entity_picker_select_group (ParityEntityPicker *self,
                                   const char         *group)
{
  GHashTable *members;

  g_return_val_if_fail (PARITY_IS_ENTITY_PICKER (self), FALSE);
  members = g_hash_table_lookup (self->groups_members, group);
  if (members == NULL)
    return FALSE;
  set_checks (self, want_group, members);
  return TRUE;
}

static void
select_group_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  parity_entity_picker_select_group (PARITY_ENTITY_PICKER (widget),
                                     g_variant_get_string (parameter, NULL));
}

void
parity_entity_picker_select_all (ParityEntityPicker *self,
                                 gboolean            selected)
{
  g_return_if_fail (PARITY_IS_ENTITY_PICKER (self));
  set_checks (self, selected ? want_constant : want_nothing, GINT_TO_POINTER (selected));
}

/* Only the entities of @kind. */
void
parity_entity_picker_select_kind (ParityEntityPicker *self,
                                  ParityEntityKind    kind)
{
  g_return_if_fail (PARITY_IS_ENTITY_PICKER (self));
  set_checks (self, want_kind, GINT_TO_POINTER (kind));
}

static void
on_all_clicked (ParityEntityPicker *self)
{
  parity_entity_picker_select_all (self, TRUE);
}

static void
on_none_clicked (ParityEntityPicker *self)
{
  parity_entity_picker_select_all (self, FALSE);
}

static void
select_kind_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  parity_entity_picker_select_kind (PARITY_ENTITY_PICKER (widget), g_variant_get_int32 (parameter));
}

static GtkWidget *
new_flat_button (const char *label)
{
  GtkWidget *button = gtk_button_new_with_label (label);

  gtk_widget_add_css_class (button, "flat");
  return button;
}

void
parity_entity_picker_clear (ParityEntityPicker *self)
{
  GtkWidget *child;

  g_return_if_fail (PARITY_IS_ENTITY_PICKER (self));

  while ((child = GTK_WIDGET (gtk_list_box_get_row_at_index (self->list, 0))) != NULL)
    gtk_list_box_remove (self->list, child);
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (self->groups), NULL);
  g_ptr_array_set_size (self->checks, 0);
  g_hash_table_remove_all (self->groups_members);
}

gboolean
parity_entity_picker_is_empty (ParityEntityPicker *self)
{
  g_return_val_if_fail (PARITY_IS_ENTITY_PICKER (self), TRUE);
  return self->checks->len == 0;
}

/* Offers @group (named @name) when some of the checks, not all, are its members. */
static void
offer_group (ParityEntityPicker *self,
             GMenu              *menu,
             const char         *group,
             const char         *name,
             GHashTable         *members)
{
  guint n = 0;

  for (guint i = 0; i < self->checks->len; i++)
    n += want_group (g_ptr_array_index (self->checks, i), members);
  if (n > 0 && n < self->checks->len && !g_hash_table_contains (self->groups_members, group))
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (name, NULL);

      g_menu_item_set_action_and_target_value (item, "picker.select-group",
                                               g_variant_new_string (group));
      g_menu_append_item (menu, item);
      g_hash_table_insert (self->groups_members, g_strdup (group), g_hash_table_ref (members));
    }
}

/* The dataset's groups, then the classification's that the window names, each where it
 * splits the checks. */
static GMenu *
add_economy_groups (ParityEntityPicker *self,
                    ParityDataset      *dataset,
                    const char         *lang)
{
  GMenu *menu = g_menu_new ();
  const char *default_lang = parity_dataset_get_default_lang (dataset);

  for (guint g = 0; g < parity_dataset_get_n_groups (dataset); g++)
    {
      const ParityGroup *group = parity_dataset_get_group (dataset, g);
      g_autoptr(GHashTable) members = g_hash_table_new (g_str_hash, g_str_equal);

      for (guint m = 0; m < group->members->len; m++)
        g_hash_table_add (members, parity_dataset_get_entity (dataset,
                            g_array_index (group->members, guint32, m))->id);
      offer_group (self, menu, group->id, parity_text_get (group->label, lang, default_lang),
                   members);
    }
  for (const char * const *id = parity_words_economy_group_ids (); *id != NULL; id++)
    {
      g_autoptr(GHashTable) members = g_hash_table_new (g_str_hash, g_str_equal);

      for (guint i = 0; i < self->checks->len; i++)
        {
          char *entity = g_object_get_data (g_ptr_array_index (self->checks, i), "entity-id");
          const ParityEconomy *economy = parity_economies_lookup (entity);

          if (economy != NULL && g_str_equal (economy->alpha3, entity) &&
              parity_economy_in_group (economy, *id))
            g_hash_table_add (members, entity);
        }
      offer_group (self, menu, *id, parity_words_economy_group (*id), members);
    }
  return menu;
}

/* One check per entity with data for @spec (its reference line aside); checked when the
 * chart shows it. */
void
parity_entity_picker_set_chart (ParityEntityPicker    *self,
                                ParityDataset         *dataset,
                                const ParityChartSpec *spec,
                                const char            *lang)
{
  const ParityIndicator *indicator = parity_dataset_get_indicator (dataset, spec->indicator);
  const char *default_lang = parity_dataset_get_default_lang (dataset);
  g_autoptr(GArray) entities = parity_chart_select_entities (dataset, spec);
  guint n = parity_dataset_get_n_entities (dataset);
  g_autofree gboolean *has_data = g_new0 (gboolean, n);
  g_autofree gboolean *shown = g_new0 (gboolean, n);
  guint kinds[PARITY_ENTITY_ECONOMY + 1] = { 0 };
  guint n_kinds = 0;

  g_return_if_fail (PARITY_IS_ENTITY_PICKER (self));

  parity_entity_picker_clear (self);
  for (guint i = 0; i < indicator->obs.len; i++)
    has_data[indicator->obs.entity[i]] |= indicator->obs.breakdown[i] == spec->breakdown;
  for (guint k = 0; k < entities->len; k++)
    shown[g_array_index (entities, guint32, k)] = TRUE;
  for (guint e = 0; e < n; e++)
    {
      const ParityEntity *entity = parity_dataset_get_entity (dataset, e);
      const char *label = parity_text_get_exact (entity->label, lang);
      GtkWidget *row, *check;
      g_autofree char *haystack = NULL;

      if (!has_data[e] || e == spec->reference)
        continue;
      if (label == NULL || *label == '\0')
        label = parity_text_get (entity->label, lang, default_lang);
      /* Labels are data, not markup: "Asia & Pacific". */
      check = gtk_check_button_new_with_label (label);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), shown[e]);
      g_object_set_data (G_OBJECT (check), "entity-id", entity->id);
      g_object_set_data (G_OBJECT (check), "kind", GINT_TO_POINTER (entity->kind));
      g_signal_connect_object (check, "toggled", G_CALLBACK (on_toggled), self,
                               G_CONNECT_SWAPPED);
      row = gtk_list_box_row_new ();
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), check);
      haystack = g_strdup_printf ("%s\n%s", label, entity->id);
      g_object_set_data_full (G_OBJECT (row), "haystack", g_utf8_casefold (haystack, -1), g_free);
      gtk_list_box_append (self->list, row);
      g_ptr_array_add (self->checks, check);
      if (entity->kind <= PARITY_ENTITY_ECONOMY && kinds[entity->kind]++ == 0)
        n_kinds++;
    }
  /* Groups to pick only where there is a choice between groups. */
  {
    g_autoptr(GMenu) menu = g_menu_new ();
    g_autoptr(GMenu) economies = add_economy_groups (self, dataset, lang);

    if (n_kinds > 1)
      for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
        if (kinds[k] > 0)
          {
            g_autoptr(GMenuItem) item = g_menu_item_new (kind_label (k), NULL);

            g_menu_item_set_action_and_target_value (item, "picker.select-kind",
                                                     g_variant_new_int32 (k));
            g_menu_append_item (menu, item);
          }
    if (g_menu_model_get_n_items (G_MENU_MODEL (economies)) > 0)
      g_menu_append_section (menu, NULL, G_MENU_MODEL (economies));
    if (g_menu_model_get_n_items (G_MENU_MODEL (menu)) > 0)
      gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (self->groups), G_MENU_MODEL (menu));
    gtk_widget_set_visible (self->groups, g_menu_model_get_n_items (G_MENU_MODEL (menu)) > 0);
  }
  on_search_changed (self);
}

/**
 * parity_entity_picker_dup_checked:
 * @all: (out): set to whether every entity is checked
 *
 * Returns: (transfer container) (element-type utf8): the ids of the checked entities, in
 *   the list's order
 */
GPtrArray *
parity_entity_picker_dup_checked (ParityEntityPicker *self,
                                  gboolean           *all)
{
  GPtrArray *ids = g_ptr_array_new ();

  g_return_val_if_fail (PARITY_IS_ENTITY_PICKER (self), ids);

  for (guint i = 0; i < self->checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->checks, i);

      if (gtk_check_button_get_active (check))
        g_ptr_array_add (ids, g_object_get_data (G_OBJECT (check), "entity-id"));
    }
  *all = ids->len == self->checks->len;
  return ids;
}

void
parity_entity_picker_set_search (ParityEntityPicker *self,
                                 const char         *text)
{
  g_return_if_fail (PARITY_IS_ENTITY_PICKER (self));
  gtk_editable_set_text (GTK_EDITABLE (self->entry), text);
}

/* How many entities the search leaves in the list. */
guint
parity_entity_picker_count_shown (ParityEntityPicker *self)
{
  guint n = 0;

  g_return_val_if_fail (PARITY_IS_ENTITY_PICKER (self), 0);

  for (int i = 0; gtk_list_box_get_row_at_index (self->list, i) != NULL; i++)
    n += gtk_widget_get_child_visible (GTK_WIDGET (gtk_list_box_get_row_at_index (self->list,
                                                                                 i)));
  return n;
}

static void
parity_entity_picker_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (parity_entity_picker_parent_class)->dispose (object);
}

static void
parity_entity_picker_finalize (GObject *object)
{
  ParityEntityPicker *self = (ParityEntityPicker *)object;

  g_ptr_array_unref (self->checks);
  g_hash_table_unref (self->groups_members);
  g_free (self->needle);
  G_OBJECT_CLASS (parity_entity_picker_parent_class)->finalize (object);
}

static void
parity_entity_picker_class_init (ParityEntityPickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = parity_entity_picker_dispose;
  object_class->finalize = parity_entity_picker_finalize;

  /* The checks changed: read them with parity_entity_picker_dup_checked(). */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_install_action (widget_class, "picker.select-kind", "i", select_kind_action);
  gtk_widget_class_install_action (widget_class, "picker.select-group", "s",
                                   select_group_action);
}

static void
parity_entity_picker_init (ParityEntityPicker *self)
{
  GtkWidget *all, *none;

  gtk_orientable_set_orientation (GTK_ORIENTABLE (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                                  GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (gtk_widget_get_layout_manager (GTK_WIDGET (self))), 6);
  self->checks = g_ptr_array_new ();
  self->groups_members = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                (GDestroyNotify)g_hash_table_unref);

  self->entry = gtk_search_entry_new ();
  /* Translators: the placeholder of the search field under Shown. */
  g_object_set (self->entry, "placeholder-text", _("Search countries and groups"), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Search countries and groups"), -1);
  g_signal_connect_object (self->entry, "changed", G_CALLBACK (on_search_changed), self,
                           G_CONNECT_SWAPPED);

  self->buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  /* Translators: buttons under Shown: check every country and group, or none. */
  all = new_flat_button (C_("entities", "All"));
  none = new_flat_button (C_("entities", "None"));
  g_signal_connect_object (all, "clicked", G_CALLBACK (on_all_clicked), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (none, "clicked", G_CALLBACK (on_none_clicked), self,
                           G_CONNECT_SWAPPED);
  self->groups = gtk_menu_button_new ();
  /* Translators: a menu button under Shown that lists groups (regions, economies…): picking
     one shows only its members. */
  gtk_menu_button_set_label (GTK_MENU_BUTTON (self->groups), C_("entities", "Only"));
  gtk_widget_set_tooltip_text (self->groups, _("Show only one group"));
  gtk_widget_add_css_class (self->groups, "flat");
  gtk_box_append (GTK_BOX (self->buttons), all);
  gtk_box_append (GTK_BOX (self->buttons), none);
  gtk_box_append (GTK_BOX (self->buttons), self->groups);

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_list_box_set_filter_func (self->list, filter_row, self, NULL);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");

  gtk_widget_set_parent (self->entry, GTK_WIDGET (self));
  gtk_widget_set_parent (self->buttons, GTK_WIDGET (self));
  gtk_widget_set_parent (GTK_WIDGET (self->list), GTK_WIDGET (self));
  gtk_widget_set_visible (self->groups, FALSE);
  gtk_widget_set_margin_start (GTK_WIDGET (self), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self), 12);
  gtk_widget_set_margin_top (GTK_WIDGET (self), 6);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self), 12);
}

GtkWidget *
parity_entity_picker_new (void)
{
  return g_object_new (PARITY_TYPE_ENTITY_PICKER, NULL);
}
