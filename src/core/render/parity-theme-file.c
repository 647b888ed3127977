/* parity-theme-file.c: reading a house style from a theme file
 *
 * A theme file is JSON (data/parity-theme.schema.json), read on the strict JSON path with
 * limits, every error naming the file and the JSON path:
 *
 *   { "name": TEXT, "fonts": { "latin"|"arabic"|"cjk"|"cyrillic": FAMILY },
 *     "sizes": { "body": SCALE, "title"|"subtitle"|"small": RATIO },
 *     "colors": { "background"|"text"|…: "#RRGGBB", "palette": ["#RRGGBB", …] },
 *     "groups": { ID: "#RRGGBB" }, "footer": TEXT,
 *     "logo": { "file": NAME, "height": PT }, "margins": { "top"|…: PT } }
 *
 * What a theme does not say stays as the built-in theme has it; parity_theme_apply_file()
 * lays it over a theme made for a canvas, after the chart's palette and language.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "parity-error.h"
#include "parity-id.h"
#include "parity-json-reader.h"
#include "parity-color-vision.h"
#include "parity-paths.h"
#include "parity-theme-file.h"

/* The built-in faces each script falls back on after the theme's own. */
static const char * const fallback[PARITY_N_SCRIPTS] = {
  [PARITY_SCRIPT_LATIN] = "Noto Sans, DejaVu Sans, sans-serif",
  [PARITY_SCRIPT_ARABIC] = "Noto Sans Arabic, Noto Sans, DejaVu Sans, sans-serif",
  [PARITY_SCRIPT_CJK] = "Noto Sans CJK SC, Noto Sans, DejaVu Sans, sans-serif",
  [PARITY_SCRIPT_CYRILLIC] = "Noto Sans, DejaVu Sans, sans-serif",
};
static const char * const script_names[] = { "latin", "arabic", "cjk", "cyrillic", NULL };

/* The colours a theme may set, by member, and where they go. */
static const struct { const char *member; gsize offset; } color_members[] = {
  { "background", G_STRUCT_OFFSET (ParityTheme, background) },
  { "text", G_STRUCT_OFFSET (ParityTheme, text) },
  { "muted_text", G_STRUCT_OFFSET (ParityTheme, muted_text) },
  { "grid", G_STRUCT_OFFSET (ParityTheme, grid) },
  { "axis", G_STRUCT_OFFSET (ParityTheme, axis) },
  { "mark", G_STRUCT_OFFSET (ParityTheme, mark) },
  { "mark_muted", G_STRUCT_OFFSET (ParityTheme, mark_muted) },
  { "accent", G_STRUCT_OFFSET (ParityTheme, accent) },
  { "reference", G_STRUCT_OFFSET (ParityTheme, reference) },
};

/* The sizes: "body" scales the size the canvas gives; the others are over the body's. */
static const struct { const char *member; ParityTextStyle style; double min, max; } sizes[] = {
  { "body", PARITY_TEXT_BODY, 0.5, 2.0 },
  { "title", PARITY_TEXT_TITLE, 1.0, 3.0 },
  { "subtitle", PARITY_TEXT_SUBTITLE, 0.8, 2.0 },
  { "small", PARITY_TEXT_SMALL, 0.6, 1.0 },
};
static const char * const margin_names[] = { "top", "right", "bottom", "left", NULL };

struct _ParityThemeFile
{
  char            *id;                  /* the file's name without ".json" */
  ParityText      *name;
  char            *family[PARITY_N_SCRIPTS];   /* with the fallback after; NULL: built-in */
  double           size[4];             /* 0: unset */
  guint32          has_color;           /* a bit per color_members[] */
  ParityColor      color[G_N_ELEMENTS (color_members)];
  ParityColor      palette[6];
  guint            n_palette;
  GHashTable      *groups;              /* id → ParityColor */
  GPtrArray       *group_order;         /* the ids, as the file lists them */
  ParityText      *footer;
  cairo_surface_t *logo;
  double           logo_height;
  double           margin[4];           /* < 0: unset */
};

static void
theme_file_clear (gpointer data)
{
  ParityThemeFile *self = data;

  g_free (self->id);
  g_clear_pointer (&self->name, parity_text_free);
  for (guint i = 0; i < PARITY_N_SCRIPTS; i++)
    g_free (self->family[i]);
  g_clear_pointer (&self->groups, g_hash_table_unref);
  g_clear_pointer (&self->group_order, g_ptr_array_unref);
  g_clear_pointer (&self->footer, parity_text_free);
  g_clear_pointer (&self->logo, cairo_surface_destroy);
}

ParityThemeFile *
parity_theme_file_ref (ParityThemeFile *file)
{
  return g_atomic_rc_box_acquire (file);
}

void
parity_theme_file_unref (ParityThemeFile *file)
{
  if (file != NULL)
    g_atomic_rc_box_release_full (file, theme_file_clear);
}

typedef struct
{
  ParityJsonReader *json;
  const char       *folder;   /* where a logo is read from; NULL: nowhere */
  ParityThemeFile  *self;
} Reader;

/* "#RRGGBB", nothing else: a colour as every design tool writes it; errors at the reader's
 * path. */
static gboolean
color_from_node (Reader      *r,
                 JsonNode    *node,
                 ParityColor *out)
{
  const char *value;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return _parity_json_reader_fail (r->json, _("expected a string, found %s"),
                                     _parity_json_node_describe (node));
  value = json_node_get_string (node);
  if (strlen (value) != 7 || value[0] != '#')
    goto bad;
  for (guint i = 1; i < 7; i++)
    if (!g_ascii_isxdigit (value[i]))
      goto bad;
  *out = (ParityColor) {
    (g_ascii_xdigit_value (value[1]) * 16 + g_ascii_xdigit_value (value[2])) / 255.0,
    (g_ascii_xdigit_value (value[3]) * 16 + g_ascii_xdigit_value (value[4])) / 255.0,
    (g_ascii_xdigit_value (value[5]) * 16 + g_ascii_xdigit_value (value[6])) / 255.0,
    1.0,
  };
  return TRUE;
bad:
  return _parity_json_reader_fail (r->json,
                                   /* Translators: %s is the value found in the file; keep
                                      #RRGGBB. */
                                   _("\"%s\" is not a colour: write it #RRGGBB"), value);
}

static gboolean
read_color (Reader      *r,
            JsonObject  *object,
            const char  *member,
            ParityColor *out)
{
  gsize mark = _parity_json_reader_push_member (r->json, member);
  gboolean ok = color_from_node (r, json_object_get_member (object, member), out);

  _parity_json_reader_pop (r->json, mark);
  return ok;
}

/* A text of at most @max characters in each language. */
static gboolean
read_text (Reader      *r,
           JsonObject  *object,
           const char  *member,
           gboolean     required,
           guint        max,
           ParityText **out)
{
  if (!_parity_json_reader_text (r->json, object, member, required, "en", out))
    return FALSE;
  for (guint i = 0; *out != NULL && i < parity_text_get_n_langs (*out); i++)
    {
      const char *lang = parity_text_get_lang (*out, i);
      const char *text = parity_text_get_exact (*out, lang);
      gsize mark;

      if (g_utf8_strlen (text, -1) <= max && strchr (text, '\n') == NULL)
        continue;
      mark = _parity_json_reader_push_member (r->json, member);
      _parity_json_reader_fail_at (r->json, lang,
                                   /* Translators: the most characters allowed. */
                                   _("longer than %u characters, or more than one line"), max);
      _parity_json_reader_pop (r->json, mark);
      return FALSE;
    }
  return TRUE;
}

static gboolean
read_fonts (Reader     *r,
            JsonObject *object)
{
  JsonObject *fonts = NULL;
  gsize mark;

  if (!_parity_json_reader_member_object (r->json, object, "fonts", FALSE, &fonts))
    return FALSE;
  if (fonts == NULL)
    return TRUE;
  mark = _parity_json_reader_push_member (r->json, "fonts");
  if (!_parity_json_reader_check_members (r->json, fonts, script_names))
    return FALSE;
  for (guint s = 0; s < PARITY_N_SCRIPTS; s++)
    {
      const char *family = NULL;

      if (!_parity_json_reader_token (r->json, fonts, script_names[s], FALSE, &family))
        return FALSE;
      if (family == NULL)
        continue;
      for (const char *p = family; *p != '\0'; p++)
        if (g_ascii_iscntrl (*p) || *p == ';' || *p == '"')
          return _parity_json_reader_fail_at (r->json, script_names[s],
                                              _("a font family holds names, commas and "
                                                "spaces only"));
      if (g_utf8_strlen (family, -1) > PARITY_THEME_FILE_MAX_FAMILY)
        return _parity_json_reader_fail_at (r->json, script_names[s],
                                            _("longer than %u characters, or more than one "
                                              "line"), PARITY_THEME_FILE_MAX_FAMILY);
      r->self->family[s] = g_strdup_printf ("%s, %s", family, fallback[s]);
    }
  _parity_json_reader_pop (r->json, mark);
  return TRUE;
}

/* A number of @object's @member within [@min, @max]; unset leaves @out. */
static gboolean
read_bounded (Reader     *r,
              JsonObject *object,
              const char *member,
              double      min,
              double      max,
              double     *out)
{
  double value = NAN;

  if (!_parity_json_reader_number (r->json, object, member, FALSE, &value))
    return FALSE;
  if (isnan (value))
    return TRUE;
  if (!(value >= min && value <= max))
    return _parity_json_reader_fail_at (r->json, member,
                                        /* Translators: the value found, then the least and
                                           the most allowed. */
                                        _("%g is out of range (%g to %g)"), value, min, max);
  *out = value;
  return TRUE;
}

static gboolean
read_sizes_and_margins (Reader     *r,
                        JsonObject *object)
{
  static const char * const size_names[] = { "body", "title", "subtitle", "small", NULL };
  JsonObject *inner = NULL;
  gsize mark;

  if (!_parity_json_reader_member_object (r->json, object, "sizes", FALSE, &inner))
    return FALSE;
  if (inner != NULL)
    {
      mark = _parity_json_reader_push_member (r->json, "sizes");
      if (!_parity_json_reader_check_members (r->json, inner, size_names))
        return FALSE;
      for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
        if (!read_bounded (r, inner, sizes[i].member, sizes[i].min, sizes[i].max,
                           &r->self->size[sizes[i].style]))
          return FALSE;
      _parity_json_reader_pop (r->json, mark);
    }
  inner = NULL;
  if (!_parity_json_reader_member_object (r->json, object, "margins", FALSE, &inner))
    return FALSE;
  if (inner == NULL)
    return TRUE;
  mark = _parity_json_reader_push_member (r->json, "margins");
  if (!_parity_json_reader_check_members (r->json, inner, margin_names))
    return FALSE;
  for (guint i = 0; i < 4; i++)
    if (!read_bounded (r, inner, margin_names[i], 0, PARITY_THEME_FILE_MAX_MARGIN,
                       &r->self->margin[i]))
      return FALSE;
  _parity_json_reader_pop (r->json, mark);
  return TRUE;
}

static gboolean
read_colors (Reader     *r,
             JsonObject *object)
{
  g_autoptr(GPtrArray) allowed = g_ptr_array_new ();
  JsonObject *colors = NULL;
  JsonArray *palette = NULL;
  gsize mark;

  if (!_parity_json_reader_member_object (r->json, object, "colors", FALSE, &colors))
    return FALSE;
  if (colors == NULL)
    return TRUE;
  mark = _parity_json_reader_push_member (r->json, "colors");
  for (guint i = 0; i < G_N_ELEMENTS (color_members); i++)
    g_ptr_array_add (allowed, (gpointer)color_members[i].member);
  g_ptr_array_add (allowed, "palette");
  g_ptr_array_add (allowed, NULL);
  if (!_parity_json_reader_check_members (r->json, colors,
                                          (const char * const *)allowed->pdata))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (color_members); i++)
    if (json_object_has_member (colors, color_members[i].member))
      {
        if (!read_color (r, colors, color_members[i].member, &r->self->color[i]))
          return FALSE;
        r->self->has_color |= 1u << i;
      }
  if (!_parity_json_reader_array (r->json, colors, "palette", FALSE, &palette))
    return FALSE;
  if (palette == NULL)
    {
      _parity_json_reader_pop (r->json, mark);
      return TRUE;
    }
  if (json_array_get_length (palette) < 1 ||
      json_array_get_length (palette) > G_N_ELEMENTS (r->self->palette))
    return _parity_json_reader_fail_at (r->json, "palette",
                                        /* Translators: the most colours a palette holds. */
                                        _("a palette lists 1 to %u colours"),
                                        (guint)G_N_ELEMENTS (r->self->palette));
  _parity_json_reader_push_member (r->json, "palette");
  for (guint i = 0; i < json_array_get_length (palette); i++)
    {
      gsize item = _parity_json_reader_push_index (r->json, i);

      if (!color_from_node (r, json_array_get_element (palette, i), &r->self->palette[i]))
        return FALSE;
      _parity_json_reader_pop (r->json, item);
    }
  r->self->n_palette = json_array_get_length (palette);
  _parity_json_reader_pop (r->json, mark);
  return TRUE;
}

static gboolean
read_groups (Reader     *r,
             JsonObject *object)
{
  JsonObject *groups = NULL;
  JsonObjectIter iter;
  const char *id;
  JsonNode *value;
  gsize mark;

  if (!_parity_json_reader_member_object (r->json, object, "groups", FALSE, &groups))
    return FALSE;
  if (groups == NULL)
    return TRUE;
  if (json_object_get_size (groups) > PARITY_THEME_FILE_MAX_GROUPS)
    return _parity_json_reader_fail_at (r->json, "groups",
                                        /* Translators: the most groups a theme colours. */
                                        _("more than %u groups"), PARITY_THEME_FILE_MAX_GROUPS);
  mark = _parity_json_reader_push_member (r->json, "groups");
  r->self->groups = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  r->self->group_order = g_ptr_array_new_with_free_func (g_free);
  json_object_iter_init_ordered (&iter, groups);
  while (json_object_iter_next_ordered (&iter, &id, &value))
    {
      ParityColor color;

      if (!parity_id_is_valid (id))
        return _parity_json_reader_fail_at (r->json, id,
                                            /* Translators: %s is the key found in the file. */
                                            _("\"%s\" is not an id (letters, digits, \"-\", "
                                              "\"_\", \".\")"), id);
      if (!read_color (r, groups, id, &color))
        return FALSE;
      if (!g_hash_table_insert (r->self->groups, g_ascii_strdown (id, -1),
                                g_memdup2 (&color, sizeof color)))
        return _parity_json_reader_fail_at (r->json, id,
                                            /* Translators: %s is a group id. */
                                            _("\"%s\" is listed twice (ids are the same in "
                                              "any case)"), id);
      g_ptr_array_add (r->self->group_order, g_strdup (id));
    }
  _parity_json_reader_pop (r->json, mark);
  return TRUE;
}

/* @file's bytes, at most one past @limit whatever it is (a pipe, /dev/zero), so that its
 * reader can refuse it as too large without reading it all. */
static GBytes *
read_at_most (GFile   *file,
              gsize    limit,
              GError **error)
{
  g_autoptr(GFileInputStream) stream = g_file_read (file, NULL, error);
  g_autofree char *buffer = NULL;
  gsize len = 0;

  if (stream == NULL)
    return NULL;
  buffer = g_malloc (limit + 1);
  if (!g_input_stream_read_all (G_INPUT_STREAM (stream), buffer, limit + 1, &len, NULL, error))
    return NULL;
  return g_bytes_new_take (g_steal_pointer (&buffer), len);
}

static gboolean
read_logo (Reader     *r,
           JsonObject *object)
{
  static const char * const logo_members[] = { "file", "height", NULL };
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local = NULL;
  g_autofree char *path = NULL;
  JsonObject *logo = NULL;
  const char *name = NULL;
  gsize mark;

  if (!_parity_json_reader_member_object (r->json, object, "logo", FALSE, &logo))
    return FALSE;
  if (logo == NULL)
    return TRUE;
  mark = _parity_json_reader_push_member (r->json, "logo");
  r->self->logo_height = 18;
  if (!_parity_json_reader_check_members (r->json, logo, logo_members) ||
      !_parity_json_reader_token (r->json, logo, "file", TRUE, &name) ||
      !read_bounded (r, logo, "height", PARITY_THEME_LOGO_MIN_HEIGHT,
                     PARITY_THEME_LOGO_MAX_HEIGHT, &r->self->logo_height))
    return FALSE;
  if (!parity_theme_logo_name_is_valid (name))
    return _parity_json_reader_fail_at (r->json, "file",
                                        /* Translators: %s is the value found in the file. */
                                        _("\"%s\" is not the plain name of a PNG or SVG file "
                                          "beside the theme (no folder, not hidden)"), name);
  if (r->folder == NULL)
    return _parity_json_reader_fail_at (r->json, "file",
                                        _("this theme is not read from a folder, so it cannot "
                                          "have a logo"));
  path = g_build_filename (r->folder, name, NULL);
  file = g_file_new_for_path (path);
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
  if (info == NULL || g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR ||
      (bytes = read_at_most (file, PARITY_THEME_LOGO_MAX_BYTES, NULL)) == NULL)
    return _parity_json_reader_fail_at (r->json, "file",
                                        /* Translators: %s is a file name. */
                                        _("no file \"%s\" beside the theme"), name);
  r->self->logo = parity_theme_logo_decode (bytes, name, r->self->logo_height, &local);
  if (r->self->logo == NULL)
    return _parity_json_reader_fail_at (r->json, "file", "%s", local->message);
  _parity_json_reader_pop (r->json, mark);
  return TRUE;
}

static const char * const top_members[] = {
  "name", "fonts", "sizes", "colors", "groups", "footer", "logo", "margins", NULL
};

static gboolean
read_theme (Reader   *r,
            JsonNode *root)
{
  JsonObject *object = NULL;

  if (!_parity_json_reader_object (r->json, root, &object) ||
      !_parity_json_reader_check_members (r->json, object, top_members) ||
      !read_text (r, object, "name", TRUE, PARITY_THEME_FILE_MAX_NAME, &r->self->name) ||
      !read_text (r, object, "footer", FALSE, PARITY_THEME_FILE_MAX_FOOTER, &r->self->footer))
    return FALSE;
  return read_fonts (r, object) && read_sizes_and_margins (r, object) &&
         read_colors (r, object) && read_groups (r, object) && read_logo (r, object);
}

/**
 * parity_theme_file_load_bytes:
 * @name: the file's name, for messages; its base name without ".json" is the theme's id
 * @folder: (nullable): the folder a logo is read from; %NULL refuses a logo
 *
 * Returns: (transfer full) (nullable): the theme, or %NULL with @error set
 */
ParityThemeFile *
parity_theme_file_load_bytes (GBytes      *bytes,
                              const char  *name,
                              const char  *folder,
                              GError     **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) local = NULL;
  g_autoptr(ParityThemeFile) self = NULL;
  g_auto(ParityJsonReader) json = { 0 };
  g_autofree char *base = NULL;
  Reader r;
  const char *data;
  gsize len;

  g_return_val_if_fail (bytes != NULL && name != NULL, NULL);

  data = g_bytes_get_data (bytes, &len);
  if (len > PARITY_THEME_FILE_MAX_BYTES)
    {
      g_set_error (error, PARITY_ERROR, PARITY_ERROR_CONTENT,
                   /* Translators: the file name, then the most bytes a file may hold. */
                   _("%s: larger than the %d bytes a theme file may hold"), name,
                   PARITY_THEME_FILE_MAX_BYTES);
      return NULL;
    }
  parser = _parity_json_parse (data, len, name, error);
  if (parser == NULL)
    return NULL;
  self = g_atomic_rc_box_new0 (ParityThemeFile);
  for (guint i = 0; i < 4; i++)
    self->margin[i] = -1;
  base = g_path_get_basename (name);
  self->id = g_str_has_suffix (base, ".json") ? g_strndup (base, strlen (base) - 5)
                                              : g_strdup (base);
  _parity_json_reader_init (&json, name, &local);
  r = (Reader) { &json, folder, self };
  read_theme (&r, json_parser_get_root (parser));
  if (local != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return NULL;
    }
  return g_steal_pointer (&self);
}

/**
 * parity_theme_file_load:
 * @path: a theme file; a logo it names is read from its folder
 *
 * Returns: (transfer full) (nullable): the theme, or %NULL with @error set
 */
ParityThemeFile *
parity_theme_file_load (const char  *path,
                        GError     **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *display = NULL;
  g_autofree char *folder = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  display = g_filename_display_basename (path);
  file = g_file_new_for_path (path);
  /* The reader then refuses a file past the limit as too large. */
  bytes = read_at_most (file, PARITY_THEME_FILE_MAX_BYTES, error);
  if (bytes == NULL)
    return NULL;
  folder = g_path_get_dirname (path);
  return parity_theme_file_load_bytes (bytes, display, folder, error);
}

static const char * const bundled[] = { "un", "greyscale", NULL };

/* The themes Parity ships, by id, in the order a chooser offers them. */
const char * const *
parity_theme_file_list_bundled (void)
{
  return bundled;
}

/**
 * parity_theme_file_open:
 * @name_or_path: a bundled theme's id ("un", "greyscale") or a theme file's path
 *
 * Returns: (transfer full) (nullable): the theme, or %NULL with @error set
 */
ParityThemeFile *
parity_theme_file_open (const char  *name_or_path,
                        GError     **error)
{
  g_return_val_if_fail (name_or_path != NULL, NULL);

  if (g_strv_contains (bundled, name_or_path))
    {
      g_autofree char *file = g_strconcat (name_or_path, ".json", NULL);
      g_autofree char *path = g_build_filename (parity_paths_get_pkgdatadir (), "themes", file,
                                                NULL);

      return parity_theme_file_load (path, error);
    }
  return parity_theme_file_load (name_or_path, error);
}

const char *
parity_theme_file_get_id (const ParityThemeFile *file)
{
  return file->id;
}

/* The name in @lang, else in English, else the first the file has. */
const char *
parity_theme_file_get_name (const ParityThemeFile *file,
                            const char            *lang)
{
  return parity_text_get (file->name, lang, "en");
}

const char *
parity_theme_file_get_footer (const ParityThemeFile *file,
                              const char            *lang)
{
  return file->footer != NULL ? parity_text_get (file->footer, lang, "en") : NULL;
}

/* Returns: (transfer none) (nullable): the logo, and its height in points as drawn */
cairo_surface_t *
parity_theme_file_get_logo (const ParityThemeFile *file,
                            double                *height)
{
  if (height != NULL)
    *height = file->logo_height;
  return file->logo;
}

/* The script a language is written in, for the font a theme gives it. */
ParityScript
parity_script_for_language (const char *lang)
{
  static const char * const cjk[] = { "zh", "ja", "ko", NULL };
  static const char * const cyrillic[] = { "ru", "uk", "be", "bg", "sr", "mk", "kk", "ky",
                                           "mn", "tg", NULL };
  char primary[4] = { 0 };

  for (guint i = 0; lang != NULL && i < 3 && g_ascii_isalpha (lang[i]); i++)
    primary[i] = g_ascii_tolower (lang[i]);
  if (g_str_equal (primary, "ar") || g_str_equal (primary, "fa") || g_str_equal (primary, "ur"))
    return PARITY_SCRIPT_ARABIC;
  if (g_strv_contains (cjk, primary))
    return PARITY_SCRIPT_CJK;
  if (g_strv_contains (cyrillic, primary))
    return PARITY_SCRIPT_CYRILLIC;
  return PARITY_SCRIPT_LATIN;
}

/**
 * parity_theme_apply_file:
 * @file: (nullable): the theme file; %NULL leaves @theme as it is
 * @lang: the chart's language, which picks the font
 *
 * Lays what @file says over @theme: fonts for @lang's script, sizes, colours, the palette
 * (a shorter list repeated to fill six), margins; the file is kept for its group colours,
 * footer and logo, and must outlive @theme.
 */
void
parity_theme_apply_file (ParityTheme           *theme,
                         const ParityThemeFile *file,
                         const char            *lang)
{
  const char *family;

  if (file == NULL)
    return;
  theme->file = file;
  family = file->family[parity_script_for_language (lang)];
  if (family != NULL)
    theme->font_family = family;
  if (file->size[PARITY_TEXT_BODY] > 0)
    theme->body_size *= file->size[PARITY_TEXT_BODY];
  for (guint i = 1; i < G_N_ELEMENTS (file->size); i++)
    if (file->size[i] > 0)
      theme->size_ratio[i] = file->size[i];
  for (guint i = 0; i < G_N_ELEMENTS (color_members); i++)
    if (file->has_color & (1u << i))
      *(ParityColor *)G_STRUCT_MEMBER_P (theme, color_members[i].offset) = file->color[i];
  for (guint i = 0; file->n_palette > 0 && i < G_N_ELEMENTS (theme->palette); i++)
    theme->palette[i] = file->palette[i % file->n_palette];
  for (guint i = 0; i < 4; i++)
    if (file->margin[i] >= 0)
      theme->margin[i] = file->margin[i];
}

/**
 * parity_theme_group_color:
 * @key: (nullable): a group's id or a series' breakdown value ("female", "ldc"), any case
 *
 * Returns: (transfer none) (nullable): the colour @theme's file gives @key, or %NULL
 */
const ParityColor *
parity_theme_group_color (const ParityTheme *theme,
                          const char        *key)
{
  g_autofree char *down = NULL;

  if (theme->file == NULL || theme->file->groups == NULL || key == NULL)
    return NULL;
  down = g_ascii_strdown (key, -1);
  return g_hash_table_lookup (theme->file->groups, down);
}

/**
 * parity_theme_file_check_colors:
 *
 * What parity_theme_check_colors() finds in @file's theme on a report's canvas, its whole
 * palette checked, then its group colours, each against the one the file lists after it
 * ("female" then "male").
 *
 * Returns: (transfer full): the problems, one sentence each; empty when all is well
 */
GStrv
parity_theme_file_check_colors (const ParityThemeFile *file)
{
  g_autoptr(GStrvBuilder) problems = g_strv_builder_new ();
  g_auto(GStrv) palette = NULL;
  ParityTheme theme;

  parity_theme_init_for_canvas (&theme, 453.5, 283.5);
  parity_theme_apply_file (&theme, file, "en");
  palette = parity_theme_check_colors (&theme, file->n_palette > 0 ? file->n_palette
                                                                   : G_N_ELEMENTS (theme.palette));
  g_strv_builder_addv (problems, (const char **)palette);
  for (guint i = 0; file->group_order != NULL && i + 1 < file->group_order->len; i++)
    {
      const char *a = g_ptr_array_index (file->group_order, i);
      const char *b = g_ptr_array_index (file->group_order, i + 1);

      for (guint v = 0; v < PARITY_N_VISIONS; v++)
        {
          ParityColor ca = parity_vision_simulate (v, parity_theme_group_color (&theme, a));
          ParityColor cb = parity_vision_simulate (v, parity_theme_group_color (&theme, b));
          double delta = parity_color_delta_e (&ca, &cb);

          g_autofree char *problem = NULL;

          if (delta >= PARITY_VISION_MIN_DELTA_E)
            continue;
          problem = g_strdup_printf (
            /* Translators: two group ids, a kind of vision (protanopia…), a colour distance
               and the least one wanted. */
            _("groups \"%s\" and \"%s\" are hard to tell apart with %s (ΔE %.1f, below "
              "%.0f)"), a, b, parity_vision_to_string (v), delta, PARITY_VISION_MIN_DELTA_E);
          g_strv_builder_add (problems, problem);
        }
    }
  return g_strv_builder_end (problems);
}
