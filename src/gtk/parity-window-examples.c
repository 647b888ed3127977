/* parity-window-examples.c: the main menu's Example Datasets, the datasets that ship with
 * Parity, so that nobody has to find the install folder to open one
 *
 * Each is opened as a recent file is (win.open-recent, with its URI); the bundled files are
 * read-only data of the installation, so Save makes a copy (_parity_window_save_then()).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-gtk"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "parity-loader.h"
#include "parity-window-private.h"

/* The bundled files by what they hold, in the window's language; a file not listed here is
 * offered by its name, so a dataset added to the folder still appears. */
static const struct { const char *file; const char *name; } example_names[] = {
  /* Translators: a menu item under Example Datasets: the dataset of the figures behind the
     UN's WSIS progress report on 2019. */
  { "wsis-2019.json", N_("The Digital Divide in 2019 (WSIS Report)") },
  /* Translators: a menu item under Example Datasets: the share of people using the Internet
     in every country, from Our World in Data. */
  { "internet-use-by-economy.json", N_("Internet Use by Economy, 2000–2023") },
};

/* A menu item's name, and its sort key in the window's language. */
typedef struct
{
  GMenuItem *item;
  char      *key;
} Example;

static void
example_free (gpointer data)
{
  Example *example = data;

  g_object_unref (example->item);
  g_free (example->key);
  g_free (example);
}

static int
compare_examples (gconstpointer a,
                  gconstpointer b)
{
  return strcmp ((*(Example * const *)a)->key, (*(Example * const *)b)->key);
}

/* Fills the Example Datasets submenu with every bundled dataset, in the alphabetical order
 * of their names in the window's language. */
void
_parity_window_init_examples (ParityWindow *self)
{
  g_auto(GStrv) paths = parity_dataset_list_bundled ();
  g_autoptr(GPtrArray) examples = g_ptr_array_new_with_free_func (example_free);

  g_menu_remove_all (self->examples_menu);
  for (guint i = 0; paths[i] != NULL; i++)
    {
      g_autofree char *base = g_path_get_basename (paths[i]);
      g_autofree char *display = g_filename_display_name (base);
      const char *name = display;
      g_autofree char *uri = g_filename_to_uri (paths[i], NULL, NULL);
      Example *example;

      for (guint n = 0; n < G_N_ELEMENTS (example_names); n++)
        if (g_str_equal (base, example_names[n].file))
          name = _(example_names[n].name);
      if (uri == NULL)
        continue;
      example = g_new0 (Example, 1);
      example->item = g_menu_item_new (name, NULL);
      example->key = g_utf8_collate_key (name, -1);
      g_menu_item_set_action_and_target_value (example->item, "win.open-recent",
                                               g_variant_new_string (uri));
      g_ptr_array_add (examples, example);
    }
  g_ptr_array_sort (examples, compare_examples);
  for (guint i = 0; i < examples->len; i++)
    g_menu_append_item (self->examples_menu, ((Example *)examples->pdata[i])->item);
}
