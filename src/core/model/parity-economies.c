/* parity-economies.c
 *
 * The same economy comes as "JPN" from the World Bank, "JP" or "392" from an SDMX message,
 * "OWID_KOS" from Our World in Data: each is one entity, whose id is its ISO 3166-1
 * alpha-3 code (the World Bank's XKX for Kosovo, CHI for the Channel Islands) and whose
 * groups — UN M49 region and sub-region, LDC / LLDC / SIDS, ITU-D region, World Bank income
 * group — come from the classification bundled in data/classification/economies.tsv
 * (written by build-aux/make-classification; its README says where each list comes from).
 *
 * The file is data like any other: it is read once, on first use, checked field by field
 * within limits, and a malformed one is an error naming its line, never a crash. The
 * aggregates (World Bank, M49 and OWID codes for the world, regions and income groups) are
 * codes, not data, and are listed here.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "parity-economies.h"
#include "parity-error.h"
#include "parity-paths.h"

#define MAX_FILE_SIZE (1024 * 1024)
#define MAX_ECONOMIES 1000
#define MAX_NAME_BYTES 400

static const char * const columns[] = {
  "alpha3", "alpha2", "m49", "region", "subregion", "un", "itu", "income",
  "name_en", "name_fr", "name_es", "name_ru", "name_zh", "name_ar", NULL
};
#define N_COLUMNS 14

static const char * const un_groups[] = { "ldc", "lldc", "sids", NULL };

struct _ParityClassification
{
  GPtrArray  *economies;  /* ParityEconomy, owned */
  GHashTable *codes;      /* every code (alpha-3, alpha-2, M49) → economy */
  GHashTable *groups;     /* group id → itself (borrowed from the economies) */
};

/* Aggregates by their codes: the World Bank API's (countryiso3code, and country.id where
 * there is no ISO code), UN M49's and OWID's. */
static const char * const world_codes[] = { "WLD", "1W", "001", "OWID_WRL", NULL };
static const char * const region_codes[] = {
  /* World Bank */
  "AFE", "AFW", "ARB", "CEB", "CSS", "EAP", "EAR", "EAS", "ECA", "ECS", "EMU", "EUU", "LAC",
  "LCN", "MEA", "MNA", "NAC", "OSS", "PSS", "SAS", "SSA", "SSF", "SST", "TEA", "TEC", "TLA",
  "TMN", "TSA", "TSS",
  /* UN M49 regions, sub-regions and intermediate regions */
  "002", "005", "009", "011", "013", "014", "015", "017", "018", "019", "021", "029", "030",
  "034", "035", "039", "053", "054", "057", "061", "142", "143", "145", "150", "151", "154",
  "155", "202", "419", NULL
};
static const char * const group_codes[] = {
  /* World Bank */
  "FCS", "HIC", "HPC", "IBD", "IBT", "IDA", "IDB", "IDX", "INX", "LDC", "LIC", "LMC", "LMY",
  "LTE", "MIC", "OED", "PRE", "PST", "UMC",
  /* UN M49: LDC, LLDC, SIDS */
  "199", "432", "722", NULL
};
/* The World Bank API's two-character codes of aggregates (its country.id, where
 * countryiso3code may be empty) → the three-letter codes above. */
static const struct { const char *code; const char *id; } aggregate_aliases[] = {
  { "XD", "HIC" }, { "XM", "LIC" }, { "XN", "LMC" }, { "XT", "UMC" }, { "XP", "MIC" },
  { "XO", "LMY" }, { "XL", "LDC" }, { "ZG", "SSF" }, { "Z4", "EAS" }, { "Z7", "ECS" },
  { "ZJ", "LCN" }, { "XU", "NAC" }, { "8S", "SAS" },
};

/* Codes that are no ISO code of the economy: OWID's for what ISO has none for, and
 * Eurostat's own two (its SDMX messages write Greece "EL" and the United Kingdom "UK"). */
static const struct { const char *code; const char *id; } aliases[] = {
  { "OWID_KOS", "XKX" },
  { "EL", "GRC" },
  { "UK", "GBR" },
};

static void
economy_free (gpointer data)
{
  ParityEconomy *economy = data;

  g_free (economy->alpha3);
  g_free (economy->alpha2);
  g_free (economy->m49);
  g_free (economy->region);
  g_free (economy->subregion);
  g_free (economy->itu);
  g_free (economy->income);
  g_strfreev (economy->un);
  for (guint i = 0; i < PARITY_N_UN_LANGS; i++)
    g_free (economy->names[i]);
  g_free (economy);
}

void
parity_classification_free (ParityClassification *self)
{
  if (self == NULL)
    return;
  g_hash_table_unref (self->groups);
  g_hash_table_unref (self->codes);
  g_ptr_array_unref (self->economies);
  g_free (self);
}

/* "4", "04" and "004" are one M49 code; letters are compared in upper case. NULL for what is
 * no code (empty, too long, or not letters, digits and "_"). */
static char *
normalize_code (const char *code)
{
  gsize len = code != NULL ? strlen (code) : 0;

  if (len == 0 || len > 16)
    return NULL;
  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isalnum (code[i]) && code[i] != '_')
      return NULL;
  if (len <= 3 && strspn (code, "0123456789") == len)
    return g_strdup_printf ("%03d", atoi (code));
  return g_ascii_strup (code, -1);
}

static gboolean
is_letters (const char *s,
            gsize       len,
            gboolean    digits_too)
{
  if (strlen (s) != len)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    if (!(g_ascii_isupper (s[i]) || (digits_too && g_ascii_isdigit (s[i]))))
      return FALSE;
  return TRUE;
}

static gboolean
is_group_id (const char *s)
{
  if (*s == '\0' || strlen (s) > 64 || s[0] == '-')
    return FALSE;
  for (const char *p = s; *p; p++)
    if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '-')
      return FALSE;
  return TRUE;
}

static gboolean G_GNUC_PRINTF (4, 5)
fail (GError    **error,
      const char *path,
      guint       line,
      const char *format,
      ...)
{
  g_autofree char *display = g_filename_display_name (path);
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  /* Translators: the classification file, a line number, then what is wrong there. */
  g_set_error (error, PARITY_ERROR, PARITY_ERROR_SYNTAX, _("%s:%u: %s"), display, line, message);
  return FALSE;
}

static char *
nonempty (const char *s)
{
  return *s != '\0' ? g_strdup (s) : NULL;
}

static gboolean
add_code (ParityClassification *self,
          const char           *code,
          ParityEconomy        *economy,
          const char           *path,
          guint                 line,
          GError              **error)
{
  if (code == NULL)
    return TRUE;
  if (g_hash_table_contains (self->codes, code))
    /* Translators: %s is a country code such as JPN. */
    return fail (error, path, line, _("the code \"%s\" is given twice"), code);
  g_hash_table_insert (self->codes, (gpointer)code, economy);
  return TRUE;
}

static gboolean
parse_row (ParityClassification *self,
           char                **fields,
           const char           *path,
           guint                 line,
           GError              **error)
{
  g_autoptr(GPtrArray) un = g_ptr_array_new_with_free_func (g_free);
  ParityEconomy *economy;
  g_auto(GStrv) un_fields = NULL;
  guint n = g_strv_length (fields);

  if (n != N_COLUMNS)
    /* Translators: two numbers of fields (columns separated by tabs). */
    return fail (error, path, line, _("expected %u fields separated by tabs, found %u"),
                 N_COLUMNS, n);
  if (!is_letters (fields[0], 3, FALSE))
    return fail (error, path, line, _("\"%s\" is not an alpha-3 code such as \"JPN\""),
                 fields[0]);
  if (*fields[1] && !is_letters (fields[1], 2, FALSE))
    return fail (error, path, line, _("\"%s\" is not an alpha-2 code such as \"JP\""),
                 fields[1]);
  if (*fields[2] && (strlen (fields[2]) != 3 || strspn (fields[2], "0123456789") != 3))
    return fail (error, path, line, _("\"%s\" is not an M49 code such as \"392\""), fields[2]);
  for (guint i = 3; i < 8; i++)
    if (*fields[i] && i != 5 && !is_group_id (fields[i]))
      return fail (error, path, line, _("\"%s\" is not a group id such as \"eastern-asia\""),
                   fields[i]);
  un_fields = *fields[5] ? g_strsplit (fields[5], ",", -1) : g_new0 (char *, 1);
  for (guint i = 0; un_fields[i] != NULL; i++)
    {
      if (!g_strv_contains (un_groups, un_fields[i]))
        /* Translators: the group found, then the known ones, which stay as they are. */
        return fail (error, path, line, _("unknown UN group \"%s\" (known: %s)"),
                     un_fields[i], "ldc, lldc, sids");
      g_ptr_array_add (un, g_strdup (un_fields[i]));
    }
  g_ptr_array_add (un, NULL);
  for (guint i = 8; i < N_COLUMNS; i++)
    if (strlen (fields[i]) > MAX_NAME_BYTES)
      return fail (error, path, line, _("the name in field %u is too long"), i + 1);

  economy = g_new0 (ParityEconomy, 1);
  economy->alpha3 = g_strdup (fields[0]);
  economy->alpha2 = nonempty (fields[1]);
  economy->m49 = nonempty (fields[2]);
  economy->region = nonempty (fields[3]);
  economy->subregion = nonempty (fields[4]);
  economy->un = (GStrv)g_ptr_array_free (g_steal_pointer (&un), FALSE);
  economy->itu = nonempty (fields[6]);
  economy->income = nonempty (fields[7]);
  for (guint i = 0; i < PARITY_N_UN_LANGS; i++)
    economy->names[i] = nonempty (fields[8 + i]);
  g_ptr_array_add (self->economies, economy);
  if (!add_code (self, economy->alpha3, economy, path, line, error) ||
      !add_code (self, economy->alpha2, economy, path, line, error) ||
      !add_code (self, economy->m49, economy, path, line, error))
    return FALSE;
  {
    char *groups[] = { economy->region, economy->subregion, economy->itu, economy->income };

    for (guint i = 0; i < G_N_ELEMENTS (groups); i++)
      if (groups[i] != NULL)
        g_hash_table_add (self->groups, groups[i]);
  }
  for (guint i = 0; economy->un[i] != NULL; i++)
    g_hash_table_add (self->groups, economy->un[i]);
  return TRUE;
}

/**
 * parity_classification_load:
 * @path: a classification file (data/classification/economies.tsv)
 *
 * Returns: (transfer full) (nullable): the classification, or %NULL with @error set, naming
 *   the line, when the file is not one
 */
ParityClassification *
parity_classification_load (const char  *path,
                            GError     **error)
{
  g_autoptr(ParityClassification) self = NULL;
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  gsize length = 0;
  guint line = 0;
  gboolean header_seen = FALSE;

  g_return_val_if_fail (path != NULL, NULL);

  if (!g_file_get_contents (path, &contents, &length, error))
    return NULL;
  if (length > MAX_FILE_SIZE)
    {
      fail (error, path, 1, _("the file is larger than %u bytes"), MAX_FILE_SIZE);
      return NULL;
    }
  if (!g_utf8_validate_len (contents, length, NULL))
    {
      const char *end = NULL;

      g_utf8_validate_len (contents, length, &end);
      for (const char *p = contents; p < end; p++)
        line += *p == '\n';
      fail (error, path, line + 1, _("the text is not UTF-8"));
      return NULL;
    }
  self = g_new0 (ParityClassification, 1);
  self->economies = g_ptr_array_new_with_free_func (economy_free);
  self->codes = g_hash_table_new (g_str_hash, g_str_equal);
  self->groups = g_hash_table_new (g_str_hash, g_str_equal);
  lines = g_strsplit (contents, "\n", -1);
  for (line = 1; lines[line - 1] != NULL; line++)
    {
      const char *text = lines[line - 1];
      g_auto(GStrv) fields = NULL;

      if (*text == '\0' || *text == '#')
        continue;
      fields = g_strsplit (text, "\t", N_COLUMNS + 1);
      if (!header_seen)
        {
          if (!g_strv_equal ((const char * const *)fields, columns))
            {
              fail (error, path, line, _("the first line is not the expected header"));
              return NULL;
            }
          header_seen = TRUE;
          continue;
        }
      if (self->economies->len >= MAX_ECONOMIES)
        {
          fail (error, path, line, _("more than %u economies"), MAX_ECONOMIES);
          return NULL;
        }
      if (!parse_row (self, fields, path, line, error))
        return NULL;
    }
  if (self->economies->len == 0)
    {
      fail (error, path, line - 1, _("no economy is listed"));
      return NULL;
    }
  return g_steal_pointer (&self);
}

static gpointer
load_bundled (const char  *path,
              GError     **error)
{
  return parity_classification_load (path, error);
}

/**
 * parity_classification_get_default:
 *
 * The bundled classification, read on first use (from any thread) and kept.
 *
 * Returns: (transfer none) (nullable): the classification, or %NULL with @error set when
 *   the bundled file cannot be read
 */
ParityClassification *
parity_classification_get_default (GError **error)
{
  static ParityBundled *slot;
  const ParityBundled *bundled = parity_paths_get_bundled (&slot, "classification",
                                                           "economies.tsv", load_bundled);

  if (bundled->object == NULL && error != NULL)
    *error = g_error_copy (bundled->error);
  return bundled->object;
}

guint
parity_classification_get_n_economies (ParityClassification *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->economies->len;
}

const ParityEconomy *
parity_classification_get_economy (ParityClassification *self,
                                   guint                 i)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (i < self->economies->len, NULL);
  return g_ptr_array_index (self->economies, i);
}

/**
 * parity_classification_lookup:
 * @code: an alpha-3, alpha-2 or M49 code ("004" or "4"), OWID's "OWID_KOS", Eurostat's
 *   "EL" and "UK"; any case
 *
 * Returns: (transfer none) (nullable): the economy, or %NULL for a code of none
 */
const ParityEconomy *
parity_classification_lookup (ParityClassification *self,
                              const char           *code)
{
  g_autofree char *key = normalize_code (code);

  g_return_val_if_fail (self != NULL, NULL);
  if (key == NULL)
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (aliases); i++)
    if (g_str_equal (key, aliases[i].code))
      return g_hash_table_lookup (self->codes, aliases[i].id);
  return g_hash_table_lookup (self->codes, key);
}

/* Whether @group is a group id of the classification: "ldc", "itu-europe"… */
gboolean
parity_classification_has_group (ParityClassification *self,
                                 const char           *group)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return group != NULL && g_hash_table_contains (self->groups, group);
}

static int
compare_strings (const void *a,
                 const void *b)
{
  return strcmp (*(const char * const *)a, *(const char * const *)b);
}

/* The classification's group ids, sorted, for messages. */
char *
parity_classification_list_groups (ParityClassification *self,
                                   const char           *separator)
{
  g_autofree const char **keys = (const char **)g_hash_table_get_keys_as_array (self->groups,
                                                                                NULL);

  qsort (keys, g_hash_table_size (self->groups), sizeof (char *), compare_strings);
  return g_strjoinv (separator, (char **)keys);
}

gboolean
parity_economy_in_group (const ParityEconomy *economy,
                         const char          *group)
{
  g_return_val_if_fail (economy != NULL, FALSE);
  return group != NULL &&
         (g_strcmp0 (economy->region, group) == 0 ||
          g_strcmp0 (economy->subregion, group) == 0 ||
          g_strcmp0 (economy->itu, group) == 0 ||
          g_strcmp0 (economy->income, group) == 0 ||
          g_strv_contains ((const char * const *)economy->un, group));
}

/**
 * parity_economies_lookup:
 * @code: (nullable): any code of an economy
 *
 * Returns: (transfer none) (nullable): the economy in the bundled classification
 */
const ParityEconomy *
parity_economies_lookup (const char *code)
{
  ParityClassification *classification = parity_classification_get_default (NULL);

  return classification != NULL && code != NULL
         ? parity_classification_lookup (classification, code) : NULL;
}

/**
 * parity_economies_identify:
 * @code: a code from a file: "JPN", "jp", "392", "OWID_KOS", "WLD", "HIC", "001"
 * @canonical: (out) (transfer none) (optional): the id the entity gets: the alpha-3 code
 *   of an economy, "WLD" for the world, an aggregate's own code; %NULL when unknown
 *
 * Returns: what @code names: %PARITY_ENTITY_ECONOMY, an aggregate's kind (world, region,
 *   development group), or %PARITY_ENTITY_OTHER for a code this does not know
 */
ParityEntityKind
parity_economies_identify (const char  *code,
                           const char **canonical)
{
  g_autofree char *key = normalize_code (code);
  const ParityEconomy *economy;
  const char *id = NULL;
  ParityEntityKind kind = PARITY_ENTITY_OTHER;

  for (guint i = 0; key != NULL && i < G_N_ELEMENTS (aggregate_aliases); i++)
    if (g_str_equal (key, aggregate_aliases[i].code))
      {
        g_free (key);
        key = g_strdup (aggregate_aliases[i].id);
        break;
      }
  if (key == NULL)
    ;
  else if (g_strv_contains (world_codes, key))
    id = "WLD", kind = PARITY_ENTITY_WORLD;
  else if (g_strv_contains (region_codes, key))
    id = g_intern_string (key), kind = PARITY_ENTITY_REGION;
  else if (g_strv_contains (group_codes, key))
    id = g_intern_string (key), kind = PARITY_ENTITY_DEVELOPMENT_GROUP;
  else if ((economy = parity_economies_lookup (key)) != NULL)
    id = economy->alpha3, kind = PARITY_ENTITY_ECONOMY;
  if (canonical != NULL)
    *canonical = id;
  return kind;
}
