/* parity-data-table.c
 *
 * Exactly the values the chart draws (the scene's data table, the rows its description
 * reads out), one row each: name, series, period, value as the chart writes it, qualifier.
 * Every column sorts; the value column sorts by number. "Copy as CSV" puts the same rows on
 * the clipboard as parity-cli export --data writes them. Under the table, its notes: what the
 * chart's annotations say ("Annotation on Least developed countries, 2019: …").
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-gtk"

#include "config.h"

#include <glib/gi18n.h>

#include "parity-data-row.h"
#include "parity-data-table.h"
#include "parity-figure.h"
#include "parity-words.h"

struct _ParityDataTable
{
  AdwBin         parent_instance;

  GListStore    *rows;
  GtkColumnView *view;
  GtkLabel      *notes;   /* the scene's table notes, one a line; hidden when none */
  char          *csv;
};

G_DEFINE_FINAL_TYPE (ParityDataTable, parity_data_table, ADW_TYPE_BIN)

static void
setup_label (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  numeric)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), numeric ? 1 : 0);
  gtk_list_item_set_child (item, label);
}

static void
bind_label (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            gpointer                  data)
{
  const char *property = g_object_get_data (G_OBJECT (factory), "property");
  g_autofree char *text = NULL;

  g_object_get (gtk_list_item_get_item (item), property, &text, NULL);
  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), text ? text : "");
}

static void
add_column (ParityDataTable *self,
            const char      *title,
            const char      *property,
            const char      *sort_property)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  gboolean numeric = g_str_equal (sort_property, "value");
  GtkExpression *expression = gtk_property_expression_new (PARITY_TYPE_DATA_ROW, NULL,
                                                           sort_property);
  GtkSorter *sorter = numeric ? GTK_SORTER (gtk_numeric_sorter_new (expression))
                              : GTK_SORTER (gtk_string_sorter_new (expression));
  GtkColumnViewColumn *column;

  g_object_set_data (G_OBJECT (factory), "property", (gpointer)property);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_label), GINT_TO_POINTER (numeric));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_label), NULL);
  column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_sorter (column, sorter);
  gtk_column_view_column_set_resizable (column, TRUE);
  gtk_column_view_column_set_expand (column, g_str_equal (property, "name"));
  gtk_column_view_append_column (self->view, column);
  g_object_unref (column);
  g_object_unref (sorter);
}

static void
on_copy_clicked (ParityDataTable *self)
{
  if (self->csv != NULL)
    gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)), self->csv);
}

static void
parity_data_table_dispose (GObject *object)
{
  ParityDataTable *self = PARITY_DATA_TABLE (object);

  g_clear_object (&self->rows);
  g_clear_pointer (&self->csv, g_free);
  G_OBJECT_CLASS (parity_data_table_parent_class)->dispose (object);
}

static void
parity_data_table_class_init (ParityDataTableClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = parity_data_table_dispose;
}

static void
parity_data_table_init (ParityDataTable *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *copy = gtk_button_new_with_mnemonic (_("_Copy as CSV"));
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkSortListModel *sorted;

  self->rows = g_list_store_new (PARITY_TYPE_DATA_ROW);
  self->view = GTK_COLUMN_VIEW (gtk_column_view_new (NULL));
  sorted = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (self->rows)),
                                    g_object_ref (gtk_column_view_get_sorter (self->view)));
  {
    g_autoptr(GtkMultiSelection) selection = gtk_multi_selection_new (G_LIST_MODEL (sorted));

    gtk_column_view_set_model (self->view, GTK_SELECTION_MODEL (selection));
  }
  gtk_column_view_set_show_column_separators (self->view, TRUE);
  gtk_column_view_set_reorderable (self->view, FALSE);
  /* Translators: column headings of the chart's data table. */
  add_column (self, C_("data table", "Name"), "name", "name");
  add_column (self, C_("data table", "Series"), "series", "series");
  add_column (self, C_("data table", "Period"), "period", "period");
  add_column (self, C_("data table", "Value"), "value-text", "value");
  add_column (self, C_("data table", "Qualifier"), "qualifier", "qualifier");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  /* Translators: the data table's name for screen readers. */
                                  _("The values the chart draws"), -1);

  gtk_widget_set_margin_start (bar, 12);
  gtk_widget_set_margin_end (bar, 12);
  gtk_widget_set_margin_top (bar, 6);
  gtk_widget_set_margin_bottom (bar, 6);
  gtk_widget_set_halign (copy, GTK_ALIGN_END);
  gtk_widget_set_hexpand (copy, TRUE);
  g_signal_connect_swapped (copy, "clicked", G_CALLBACK (on_copy_clicked), self);
  gtk_box_append (GTK_BOX (bar), copy);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->view));
  gtk_widget_set_vexpand (scrolled, TRUE);
  self->notes = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->notes, 0);
  gtk_label_set_wrap (self->notes, TRUE);
  gtk_label_set_selectable (self->notes, TRUE);
  gtk_widget_set_margin_start (GTK_WIDGET (self->notes), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self->notes), 12);
  gtk_widget_set_margin_top (GTK_WIDGET (self->notes), 6);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->notes), 6);
  gtk_widget_set_visible (GTK_WIDGET (self->notes), FALSE);
  gtk_box_append (GTK_BOX (box), bar);
  gtk_box_append (GTK_BOX (box), scrolled);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->notes));
  adw_bin_set_child (ADW_BIN (self), box);
}

GtkWidget *
parity_data_table_new (void)
{
  return g_object_new (PARITY_TYPE_DATA_TABLE, NULL);
}

/**
 * parity_data_table_set_scene:
 * @scene: (nullable): the chart as laid out, or %NULL for an empty table
 * @lang: the chart's language, for names and numbers
 */
void
parity_data_table_set_scene (ParityDataTable *self,
                             ParityDataset   *dataset,
                             ParityScene     *scene,
                             const char      *lang)
{

  g_return_if_fail (PARITY_IS_DATA_TABLE (self));

  g_list_store_remove_all (self->rows);
  g_clear_pointer (&self->csv, g_free);
  gtk_label_set_text (self->notes, "");
  gtk_widget_set_visible (GTK_WIDGET (self->notes), FALSE);
  if (scene == NULL || dataset == NULL)
    return;
  if (lang == NULL)
    lang = parity_dataset_get_default_lang (dataset);
  for (guint i = 0; i < parity_scene_get_n_table_rows (scene); i++)
    {
      const char *series = NULL;
      const ParityDatum *d = parity_scene_get_table_row (scene, i, &series);
      g_autofree char *text = parity_figure_datum_value (dataset, d, lang);
      g_autoptr(ParityDataRow) row = parity_data_row_new (
        parity_figure_datum_name (dataset, d, lang), series,
        parity_dataset_get_period_label (dataset, d->period),
        d->value, text,
        parity_words_qualifier (d->qualifier));

      g_list_store_append (self->rows, row);
    }
  self->csv = parity_figure_data_csv (dataset, scene, lang);
  {
    g_autofree char *notes = g_strjoinv ("\n", (char **)parity_scene_get_table_notes (scene));

    /* Plain text, never markup: the notes come from the dataset. */
    gtk_label_set_text (self->notes, notes);
    gtk_widget_set_visible (GTK_WIDGET (self->notes), *notes != '\0');
  }
}

/* Returns: (transfer none): the notes under the table, one a line; "" when none */
const char *
parity_data_table_get_notes (ParityDataTable *self)
{
  return gtk_label_get_text (self->notes);
}

/* Returns: (transfer none): the rows, in the chart's order (the view sorts a copy) */
GListModel *
parity_data_table_get_rows (ParityDataTable *self)
{
  return G_LIST_MODEL (self->rows);
}

/* Returns: (transfer none) (nullable): the rows as CSV, as "Copy as CSV" copies them */
const char *
parity_data_table_get_csv (ParityDataTable *self)
{
  return self->csv;
}
