/* validate-ui.c: builds every .ui file under a folder, as GtkBuilder would in the app
 *
 * gtk4-builder-tool validate (GTK 4.8) cannot check Parity's files: it knows no libadwaita
 * type, so a template whose parent is AdwApplicationWindow fails before anything is read;
 * it knows no ParityChartView; and it rejects any <signal> in a template because it looks
 * for the handler in its own program. This program does what it does with those three
 * fixed:
 *
 * - types are resolved by name the way GtkBuilder does it in the app (FooBarBaz ->
 *   foo_bar_baz_get_type ()), in this program, which links libadwaita and the whole of
 *   parity-gtk with its symbols exported, so every Adw and Parity type is known; a Parity
 *   class named as a child is built for real, its own template from the resources;
 * - a template's class is stood in for by a fresh type derived from its parent, so the file
 *   on disk is checked rather than the copy compiled into the resources, and the class's
 *   own code does not run;
 * - signal handlers are accepted by name and connected to nothing: the signal itself must
 *   exist, but whether the class binds a callback of that name is for the GUI tests, which
 *   build the real classes.
 *
 * So what is checked is what the file says: well-formed XML, known classes, known
 * properties with values of the right type, known signals, valid child types and ids.
 * Each file is built in a subprocess: building instantiates the types it names, and a
 * template class registered as a child in one file could not be stood in for in another.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <adwaita.h>
#include <string.h>

#include "parity-gtk-resources.h"

/* A builder scope that knows every type but connects no handler. */
#define VALIDATE_TYPE_SCOPE (validate_scope_get_type ())
G_DECLARE_FINAL_TYPE (ValidateScope, validate_scope, VALIDATE, SCOPE, GtkBuilderCScope)

struct _ValidateScope
{
  GtkBuilderCScope parent_instance;
};

static void validate_scope_iface_init (GtkBuilderScopeInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (ValidateScope, validate_scope, GTK_TYPE_BUILDER_CSCOPE,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_BUILDER_SCOPE,
                                                      validate_scope_iface_init))

static void
ignore_marshal (GClosure     *closure,
                GValue       *return_value,
                guint         n_param_values,
                const GValue *param_values,
                gpointer      invocation_hint,
                gpointer      marshal_data)
{
}

static GClosure *
validate_scope_create_closure (GtkBuilderScope        *scope,
                               GtkBuilder             *builder,
                               const char             *function_name,
                               GtkBuilderClosureFlags  flags,
                               GObject                *object,
                               GError                **error)
{
  GClosure *closure = g_closure_new_simple (sizeof (GClosure), NULL);

  g_closure_set_marshal (closure, ignore_marshal);
  return closure;
}

static void
validate_scope_iface_init (GtkBuilderScopeInterface *iface)
{
  GtkBuilderScopeInterface *parent = g_type_interface_peek_parent (iface);

  iface->get_type_from_name = parent->get_type_from_name;
  iface->get_type_from_function = parent->get_type_from_function;
  iface->create_closure = validate_scope_create_closure;
}

static void
validate_scope_class_init (ValidateScopeClass *klass)
{
}

static void
validate_scope_init (ValidateScope *self)
{
}

typedef struct
{
  char *class_name;
  char *parent_name;
} Template;

static void
find_template (GMarkupParseContext  *context,
               const char           *element_name,
               const char          **attribute_names,
               const char          **attribute_values,
               gpointer              user_data,
               GError              **error)
{
  Template *template = user_data;

  if (!g_str_equal (element_name, "template"))
    return;
  for (guint i = 0; attribute_names[i] != NULL; i++)
    {
      if (g_str_equal (attribute_names[i], "class"))
        {
          g_free (template->class_name);
          template->class_name = g_strdup (attribute_values[i]);
        }
      else if (g_str_equal (attribute_names[i], "parent"))
        {
          g_free (template->parent_name);
          template->parent_name = g_strdup (attribute_values[i]);
        }
    }
}

/* Toplevels belong to GTK until destroyed; builder objects belong to the builder. */
static void
destroy_window (GObject *object)
{
  if (GTK_IS_WINDOW (object))
    gtk_window_destroy (GTK_WINDOW (object));
}

static gboolean
build_template (GtkBuilder  *builder,
                const char  *contents,
                Template    *template,
                GError     **error)
{
  GType parent_type;
  GType template_type;
  GTypeQuery query;
  GObject *object;
  gboolean ok;

  if (template->class_name == NULL || template->parent_name == NULL)
    {
      g_set_error_literal (error, GTK_BUILDER_ERROR, GTK_BUILDER_ERROR_MISSING_ATTRIBUTE,
                           "<template> needs both class and parent");
      return FALSE;
    }
  parent_type = gtk_builder_get_type_from_name (builder, template->parent_name);
  if (parent_type == G_TYPE_INVALID)
    {
      g_set_error (error, GTK_BUILDER_ERROR, GTK_BUILDER_ERROR_INVALID_VALUE,
                   "unknown template parent type %s", template->parent_name);
      return FALSE;
    }
  if (g_type_from_name (template->class_name) != G_TYPE_INVALID)
    {
      g_set_error (error, GTK_BUILDER_ERROR, GTK_BUILDER_ERROR_INVALID_VALUE,
                   "template class %s exists already, so it cannot be stood in for",
                   template->class_name);
      return FALSE;
    }
  g_type_query (parent_type, &query);
  template_type = g_type_register_static_simple (parent_type, template->class_name,
                                                 query.class_size, NULL,
                                                 query.instance_size, NULL, 0);
  object = g_object_new (template_type, NULL);
  ok = gtk_builder_extend_with_template (builder, object, template_type, contents, -1, error);
  if (GTK_IS_WINDOW (object))
    gtk_window_destroy (GTK_WINDOW (object));
  else
    {
      /* What the real class's dispose would do with its template's children. */
      if (GTK_IS_WIDGET (object))
        {
          GtkWidget *child;

          while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
            gtk_widget_unparent (child);
        }
      if (g_object_is_floating (object))
        g_object_ref_sink (object);
      g_object_unref (object);
    }
  return ok;
}

static gboolean
build_file (const char  *path,
            GError     **error)
{
  static const GMarkupParser template_parser = { find_template, NULL, NULL, NULL, NULL };
  g_autoptr(GtkBuilder) builder = gtk_builder_new ();
  g_autoptr(GtkBuilderScope) scope = g_object_new (VALIDATE_TYPE_SCOPE, NULL);
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autofree char *contents = NULL;
  Template template = { NULL, NULL };
  gsize length;
  gboolean ok;

  if (!g_file_get_contents (path, &contents, &length, error))
    return FALSE;
  context = g_markup_parse_context_new (&template_parser, 0, &template, NULL);
  ok = g_markup_parse_context_parse (context, contents, length, error) &&
       g_markup_parse_context_end_parse (context, error);
  gtk_builder_set_scope (builder, scope);
  if (ok && template.class_name != NULL)
    ok = build_template (builder, contents, &template, error);
  else if (ok)
    {
      ok = gtk_builder_add_from_string (builder, contents, length, error);
      if (ok)
        {
          g_autoptr(GSList) objects = gtk_builder_get_objects (builder);

          for (GSList *l = objects; l != NULL; l = l->next)
            destroy_window (l->data);
        }
    }
  g_free (template.class_name);
  g_free (template.parent_name);
  return ok;
}

static void
test_file (gconstpointer data)
{
  const char *path = data;

  if (g_test_subprocess ())
    {
      g_autoptr(GError) error = NULL;

      if (!build_file (path, &error))
        {
          /* GtkBuilder names a string it was given ".": put the file's name instead. */
          if (g_str_has_prefix (error->message, ".:"))
            g_printerr ("%s%s\n", path, error->message + 1);
          else
            g_printerr ("%s: %s\n", path, error->message);
          exit (1);
        }
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

static void
collect_ui_files (const char *dir,
                  GPtrArray  *paths)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) handle = g_dir_open (dir, 0, &error);
  const char *name;

  if (handle == NULL)
    g_error ("%s", error->message);
  while ((name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        collect_ui_files (path, paths);
      else if (g_str_has_suffix (name, ".ui"))
        g_ptr_array_add (paths, g_steal_pointer (&path));
    }
}

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *)a, *(const char * const *)b);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *ui_dir = NULL;

  g_test_init (&argc, &argv, NULL);
  /* The subprocesses are started with the test options only: they find the folder in the
   * environment. */
  if (argc == 2)
    g_setenv ("VALIDATE_UI_FOLDER", argv[1], TRUE);
  else if (argc != 1 || g_getenv ("VALIDATE_UI_FOLDER") == NULL)
    {
      g_printerr ("usage: %s [--tap] UI-FOLDER\n", argv[0]);
      return 2;
    }
  /* Building a widget needs a display in GTK 4: without one, a plan of zero. */
  if (!gtk_init_check ())
    {
      g_print ("1..0 # SKIP no display (build-aux/test runs this under xvfb-run)\n");
      return 0;
    }
  adw_init ();
  /* Where the classes that a file names as children find their own templates. */
  parity_gtk_ensure_resources ();
  /* One broken file fails its own test, not the rest. */
  g_test_set_nonfatal_assertions ();

  /* Canonical, so that test names are the paths below it. */
  ui_dir = g_canonicalize_filename (g_getenv ("VALIDATE_UI_FOLDER"), NULL);
  collect_ui_files (ui_dir, paths);
  if (paths->len == 0)
    g_error ("no .ui file in %s", ui_dir);
  g_ptr_array_sort (paths, compare_paths);
  for (guint i = 0; i < paths->len; i++)
    {
      const char *path = g_ptr_array_index (paths, i);
      g_autofree char *test_path = g_strconcat ("/ui/", path + strlen (ui_dir) + 1, NULL);

      g_test_add_data_func (test_path, path, test_file);
    }
  return g_test_run ();
}
