/* parity-json-cut.c
 *
 * A Parity dataset is a few kilobytes of sources, entities and charts around megabytes of
 * observations. json-glib's tree of the observations costs about 900 bytes an observation
 * where the model keeps 25, so the loader gives json-glib only the rest: this finds
 * `$.indicators[i].observations` in bytes _parity_json_scan() has accepted, and makes a copy
 * of the document with each of those arrays emptied, for the native loader to read the
 * elements from the original bytes (parity-native-stream.c).
 *
 * Nothing is cut unless json-glib's tree of the copy is certain to be the tree of the
 * document with those arrays emptied: the top level holds exactly one "format", which is
 * "parity-dataset" as written, and one "indicators"; an indicator is cut only when no name
 * among its members is escaped and it has exactly one "observations". A name written with
 * escapes could be a second "observations" that json-glib would let win.
 *
 * A World Bank response's pages of records are cut the same way, and so are an SDMX-JSON
 * message's keyed objects: each data set's "series" (or flat "observations"), only when
 * every key in them is plain and none is repeated (json-glib keeps a repeated member's
 * first place and last value; reading the members in order would not).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include <string.h>

#include "parity-json-cut.h"
#include "parity-json-spans.h"

/* A member name at @pos (its opening quote): whether it is written without escapes, its
 * bytes without quotes, and where the name ends. */
static gsize
read_name (const char  *data,
           gsize        len,
           gsize        pos,
           const char **name,
           gsize       *name_len,
           gboolean    *plain)
{
  gsize start = ++pos;

  *plain = TRUE;
  for (; pos < len; pos++)
    {
      if (data[pos] == '\\')
        {
          *plain = FALSE;
          pos++;
        }
      else if (data[pos] == '"')
        break;
    }
  *name = data + start;
  *name_len = pos - start;
  return MIN (pos + 1, len);
}

static gboolean
name_is (const char *name,
         gsize       name_len,
         const char *literal)
{
  return name_len == strlen (literal) && memcmp (name, literal, name_len) == 0;
}

/* The end of the array at @pos, counting its elements: commas at its own depth. */
static gsize
array_end (const char *data,
           gsize       len,
           gsize       pos,
           guint      *n_elements)
{
  guint depth = 0, commas = 0;
  gsize first = _parity_json_skip_space (data, len, pos + 1);

  while (pos < len)
    {
      char c = data[pos];

      if (c == '"')
        {
          for (pos++; pos < len && data[pos] != '"'; pos++)
            if (data[pos] == '\\')
              pos++;
          pos++;
          continue;
        }
      pos++;
      if (c == '{' || c == '[')
        depth++;
      else if ((c == '}' || c == ']') && --depth == 0)
        break;
      else if (c == ',' && depth == 1)
        commas++;
    }
  *n_elements = first < len && data[first] == ']' ? 0 : commas + 1;
  return pos;
}

/* Iterates the members of the object at @pos: returns FALSE at its end, else the member's
 * name and the position of its value. *pos moves past the value on the next call. */
typedef struct
{
  const char *data;
  gsize       len;
  gsize       pos;
  gboolean    started;
} Members;

static gboolean
members_next (Members     *m,
              const char **name,
              gsize       *name_len,
              gboolean    *plain,
              gsize       *value)
{
  gsize pos = _parity_json_skip_space (m->data, m->len, m->pos);

  if (pos >= m->len)
    return FALSE;
  if (!m->started)
    m->started = TRUE;   /* at the opening brace */
  else if (m->data[pos] != ',')
    return FALSE;        /* at the closing brace */
  pos = _parity_json_skip_space (m->data, m->len, pos + 1);
  if (pos >= m->len || m->data[pos] != '"')
    {
      m->pos = pos;      /* "{}" */
      return FALSE;
    }
  pos = read_name (m->data, m->len, pos, name, name_len, plain);
  pos = _parity_json_skip_space (m->data, m->len, pos);
  *value = _parity_json_skip_space (m->data, m->len, pos + 1);   /* past the colon */
  m->pos = *value;
  return TRUE;
}

static void
members_skip_value (Members *m)
{
  m->pos = _parity_json_value_end (m->data, m->len, m->pos);
}

/* One indicator: where its observations are, if it may be cut. */
static ParityJsonCutArray
cut_indicator (const char *data,
               gsize       len,
               gsize      *pos)
{
  ParityJsonCutArray cut = { 0, 0, 0 };
  Members m = { data, len, *pos, FALSE };
  const char *name;
  gsize name_len, value;
  gboolean plain, may_cut = TRUE;
  guint found = 0;

  if (data[*pos] != '{')
    {
      *pos = _parity_json_value_end (data, len, *pos);
      return cut;
    }
  while (members_next (&m, &name, &name_len, &plain, &value))
    {
      may_cut = may_cut && plain;
      if (plain && name_is (name, name_len, "observations") && data[value] == '[')
        {
          found++;
          cut.start = value;
          m.pos = cut.end = array_end (data, len, value, &cut.n_elements);
        }
      else
        {
          found += plain && name_is (name, name_len, "observations");
          members_skip_value (&m);
        }
    }
  *pos = _parity_json_skip_space (data, len, m.pos) + 1;   /* past the closing brace */
  if (!may_cut || found != 1 || cut.end == 0)
    memset (&cut, 0, sizeof cut);
  return cut;
}

/* Returns the end of the array of indicators at @pos. */
static gsize
cut_indicators (const char *data,
                gsize       len,
                gsize       pos,
                GArray     *arrays)
{
  pos = _parity_json_skip_space (data, len, pos + 1);
  while (pos < len && data[pos] != ']')
    {
      ParityJsonCutArray cut = cut_indicator (data, len, &pos);

      g_array_append_val (arrays, cut);
      pos = _parity_json_skip_space (data, len, pos);
      if (pos < len && data[pos] == ',')
        pos = _parity_json_skip_space (data, len, pos + 1);
    }
  return MIN (pos + 1, len);
}

/* The small copy of @data without the arrays in @arrays; NULL when nothing is cut. */
static ParityJsonCut *
cut_out (const char        *data,
         gsize              len,
         GArray            *arrays,
         ParityJsonCutKind  kind)
{
  gsize cut_bytes = 0, from = 0;
  ParityJsonCut *cut;
  GString *small;

  for (guint i = 0; i < arrays->len; i++)
    {
      const ParityJsonCutArray *a = &g_array_index (arrays, ParityJsonCutArray, i);

      if (a->end > 0)
        cut_bytes += a->end - a->start;
    }
  if (cut_bytes == 0)
    return NULL;

  small = g_string_sized_new (len - cut_bytes + 2 * arrays->len + 1);
  for (guint i = 0; i < arrays->len; i++)
    {
      const ParityJsonCutArray *a = &g_array_index (arrays, ParityJsonCutArray, i);

      if (a->end == 0)
        continue;
      g_string_append_len (small, data + from, a->start - from);
      g_string_append (small, data[a->start] == '{' ? "{}" : "[]");
      from = a->end;
    }
  g_string_append_len (small, data + from, len - from);
  cut = g_new0 (ParityJsonCut, 1);
  cut->kind = kind;
  cut->small_len = small->len;
  cut->small = g_string_free (small, FALSE);
  cut->arrays = g_array_ref (arrays);
  cut->cut_bytes = cut_bytes;
  return cut;
}

/**
 * _parity_json_cut_observations:
 * @data: a document _parity_json_scan() accepted
 * @len: its length
 *
 * Returns: (transfer full) (nullable): the document with its observation arrays cut out,
 *   or %NULL when it is not a Parity dataset whose observations can be cut
 */
ParityJsonCut *
_parity_json_cut_observations (const char *data,
                               gsize       len)
{
  g_autoptr(GArray) arrays = g_array_new (FALSE, FALSE, sizeof (ParityJsonCutArray));
  Members m = { data, len, _parity_json_skip_space (data, len, 0), FALSE };
  guint formats = 0, indicators = 0;
  gboolean native = FALSE, plain;
  const char *name;
  gsize name_len, value;

  if (m.pos >= len || data[m.pos] != '{')
    return NULL;
  while (members_next (&m, &name, &name_len, &plain, &value))
    {
      if (!plain)
        return NULL;
      if (name_is (name, name_len, "format"))
        {
          static const char format[] = "\"parity-dataset\"";

          formats++;
          native = len - value >= sizeof format - 1 &&
                   memcmp (data + value, format, sizeof format - 1) == 0;
        }
      else if (name_is (name, name_len, "indicators") && data[value] == '[')
        {
          indicators++;
          g_array_set_size (arrays, 0);
          m.pos = cut_indicators (data, len, value, arrays);
          continue;
        }
      indicators += name_is (name, name_len, "indicators");
      members_skip_value (&m);
    }
  if (formats != 1 || !native || indicators != 1)
    return NULL;
  return cut_out (data, len, arrays, PARITY_JSON_CUT_NATIVE);
}

/**
 * _parity_json_cut_pages:
 * @data: a document _parity_json_scan() accepted
 * @len: its length
 *
 * A World Bank API response is an array of pages, each its information then the array of
 * its records: `[{"page": 1, …}, [records], {"page": 2, …}, [records]]`. This cuts every
 * array at an odd place of the top-level array; nothing a page's information says moves.
 *
 * Returns: (transfer full) (nullable): the document with those arrays cut out, one entry
 *   of arrays for each element of the top level, or %NULL when none was cut
 */
ParityJsonCut *
_parity_json_cut_pages (const char *data,
                        gsize       len)
{
  g_autoptr(GArray) arrays = g_array_new (FALSE, TRUE, sizeof (ParityJsonCutArray));
  gsize pos = _parity_json_skip_space (data, len, 0);

  if (pos >= len || data[pos] != '[')
    return NULL;
  pos = _parity_json_skip_space (data, len, pos + 1);
  while (pos < len && data[pos] != ']')
    {
      ParityJsonCutArray cut = { 0, 0, 0 };

      if (arrays->len % 2 == 1 && data[pos] == '[')
        {
          cut.start = pos;
          pos = cut.end = array_end (data, len, pos, &cut.n_elements);
        }
      else
        pos = _parity_json_value_end (data, len, pos);
      g_array_append_val (arrays, cut);
      pos = _parity_json_skip_space (data, len, pos);
      if (pos < len && data[pos] == ',')
        pos = _parity_json_skip_space (data, len, pos + 1);
    }
  return cut_out (data, len, arrays, PARITY_JSON_CUT_PAGES);
}

/* A plain name, from just past its opening quote to its closing one, as a hash key. */
static guint
name_hash (gconstpointer key)
{
  guint h = 5381;

  for (const char *p = key; *p != '"'; p++)
    h = h * 33 + (guchar)*p;
  return h;
}

static gboolean
name_equal (gconstpointer a,
            gconstpointer b)
{
  const char *p = a, *q = b;

  for (; *p == *q; p++, q++)
    if (*p == '"')
      return TRUE;
  return FALSE;
}

/* The object at @value, if it may be cut: every name in it written without escapes and
 * none repeated (json-glib keeps a repeated member's first place and last value, which
 * reading the members in order would not). Returns its end, or 0. */
static gsize
keyed_object_end (const char *data,
                  gsize       len,
                  gsize       value,
                  guint      *n_members)
{
  g_autoptr(GHashTable) names = g_hash_table_new (name_hash, name_equal);
  Members m = { data, len, value, FALSE };
  const char *name;
  gsize name_len, at;
  gboolean plain;

  *n_members = 0;
  while (members_next (&m, &name, &name_len, &plain, &at))
    {
      if (!plain || !g_hash_table_add (names, (gpointer)name))
        return 0;
      (*n_members)++;
      members_skip_value (&m);
    }
  return MIN (_parity_json_skip_space (data, len, m.pos) + 1, len);
}

/* One data set: its "series" and "observations" objects, where they may be cut. */
static void
cut_data_set (const char *data,
              gsize       len,
              gsize      *pos,
              GArray     *arrays)
{
  ParityJsonCutArray cuts[2] = { { 0, 0, 0 }, { 0, 0, 0 } };
  static const char * const names[2] = { "series", "observations" };
  guint found[2] = { 0, 0 };
  Members m = { data, len, *pos, FALSE };
  const char *name;
  gsize name_len, value;
  gboolean plain, may_cut = TRUE;

  if (data[*pos] != '{')
    {
      *pos = _parity_json_value_end (data, len, *pos);
      g_array_append_vals (arrays, cuts, 2);
      return;
    }
  while (members_next (&m, &name, &name_len, &plain, &value))
    {
      guint k = name_is (name, name_len, names[0]) ? 0
                : name_is (name, name_len, names[1]) ? 1 : 2;

      may_cut = may_cut && plain;
      if (plain && k < 2)
        {
          found[k]++;
          if (data[value] == '{')
            {
              cuts[k].start = value;
              cuts[k].end = keyed_object_end (data, len, value, &cuts[k].n_elements);
            }
        }
      members_skip_value (&m);
    }
  *pos = _parity_json_skip_space (data, len, m.pos) + 1;   /* past the closing brace */
  for (guint k = 0; k < 2; k++)
    if (!may_cut || found[k] != 1 || cuts[k].end == 0)
      memset (&cuts[k], 0, sizeof cuts[k]);
  /* The loader reads a data set's "observations" only without "series" (and the cuts must
   * stay in the order of the bytes). */
  if (cuts[0].end > 0)
    memset (&cuts[1], 0, sizeof cuts[1]);
  g_array_append_vals (arrays, cuts, 2);
}

/* Where the object's member @want is, if it is there once and every name is plain: 0 when
 * it is not there, G_MAXSIZE when the object may not be cut. */
static gsize
find_member (const char *data,
             gsize       len,
             gsize       pos,
             const char *want,
             guint      *n_found)
{
  Members m = { data, len, pos, FALSE };
  const char *name;
  gsize name_len, value, at = 0;
  gboolean plain;

  *n_found = 0;
  while (members_next (&m, &name, &name_len, &plain, &value))
    {
      if (!plain)
        return G_MAXSIZE;
      if (name_is (name, name_len, want))
        {
          (*n_found)++;
          at = value;
        }
      members_skip_value (&m);
    }
  return *n_found > 1 ? G_MAXSIZE : at;
}

/**
 * _parity_json_cut_sdmx:
 * @data: a document _parity_json_scan() accepted
 * @len: its length
 *
 * An SDMX-JSON message's data sets are in `$.data.dataSets` (1.0, 2.x) or `$.dataSets`
 * (before 1.0), as the loader finds them: under "data" when it is an object. Each data
 * set's "series" (keyed "0:1:0", each with its keyed observations) and flat
 * "observations" (keyed "0:0:1:0") are cut, when every name in them is plain and none
 * repeated; the loader reads each member from the bytes (parity-sdmx-data.c).
 *
 * Returns: (transfer full) (nullable): the document with those objects cut out, two
 *   entries of arrays for each data set, or %NULL when none was cut
 */
ParityJsonCut *
_parity_json_cut_sdmx (const char *data,
                       gsize       len)
{
  g_autoptr(GArray) arrays = g_array_new (FALSE, TRUE, sizeof (ParityJsonCutArray));
  gsize pos = _parity_json_skip_space (data, len, 0), body;
  guint n_data, n_sets, n_formats;

  if (pos >= len || data[pos] != '{')
    return NULL;
  /* A Parity dataset with an unknown "dataSets" is the native loader's to refuse. */
  if (find_member (data, len, pos, "format", &n_formats) == G_MAXSIZE || n_formats > 0)
    return NULL;
  body = find_member (data, len, pos, "data", &n_data);
  if (body == G_MAXSIZE)
    return NULL;
  if (n_data == 0 || data[body] != '{')
    body = pos;
  pos = find_member (data, len, body, "dataSets", &n_sets);
  if (pos == G_MAXSIZE || n_sets != 1 || data[pos] != '[')
    return NULL;

  pos = _parity_json_skip_space (data, len, pos + 1);
  while (pos < len && data[pos] != ']')
    {
      cut_data_set (data, len, &pos, arrays);
      pos = _parity_json_skip_space (data, len, pos);
      if (pos < len && data[pos] == ',')
        pos = _parity_json_skip_space (data, len, pos + 1);
    }
  return cut_out (data, len, arrays, PARITY_JSON_CUT_SDMX);
}

/**
 * _parity_json_cut_next_member:
 * @data: the document
 * @object: an object cut by _parity_json_cut_sdmx()
 * @pos: (inout): object->start before the first call; then where the last value ended
 * @name: (out): the next member's name, without quotes (plain: no escapes)
 * @name_len: (out): its length
 * @value: (out): where its value starts
 * @value_end: (out): where it ends
 *
 * Returns: %FALSE at the end of @object
 */
gboolean
_parity_json_cut_next_member (const char               *data,
                              const ParityJsonCutArray *object,
                              gsize                    *pos,
                              const char              **name,
                              gsize                    *name_len,
                              gsize                    *value,
                              gsize                    *value_end)
{
  Members m = { data, object->end, *pos, *pos != object->start };
  gboolean plain;

  if (!members_next (&m, name, name_len, &plain, value))
    return FALSE;
  *pos = *value_end = _parity_json_value_end (data, object->end, *value);
  return TRUE;
}

void
_parity_json_cut_free (ParityJsonCut *cut)
{
  if (cut == NULL)
    return;
  g_free (cut->small);
  g_array_unref (cut->arrays);
  g_free (cut);
}
