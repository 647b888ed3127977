/* parity-csv-owid.c: Our World in Data's CSV downloads
 *
 * A grapher download is "Entity,Code,Year," (or "Day," for daily data) then one column per
 * indicator, named by the indicator's title: "Individuals using the Internet (% of
 * population)". Codes are ISO 3166-1 alpha-3 for economies, OWID's own "OWID_…" codes for the
 * world, Kosovo, former economies and some aggregates, and empty for most aggregates
 * ("Low-income countries", "South Asia (WB)") and the odd economy. The loader reads the
 * shape as any table with one column per indicator; this file says who each entity is and
 * how many decimals OWID's values deserve.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include <math.h>
#include <string.h>

#include "parity-csv-private.h"

/* TRUE for OWID's shape: "Entity", "Code", then "Year" or "Day", then value columns. */
gboolean
_parity_csv_is_owid (GPtrArray     *header,
                     const Columns *c)
{
  static const char * const first[] = { "entity", "code" };

  if (header->len < 4 || c->values->len == 0 || c->column[ROLE_PERIOD] != 2)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (first); i++)
    {
      g_autofree char *name = _parity_csv_normalize_header (header->pdata[i]);

      if (!g_str_equal (name, first[i]))
        return FALSE;
    }
  return TRUE;
}

/* TRUE when the code @column of the rows from @first holds one of OWID's own codes: a file
 * of OWID's in another shape (its GitHub datasets' "country,year,iso_code,…"). */
gboolean
_parity_csv_has_owid_codes (GPtrArray *rows,
                            guint      first,
                            int        column)
{
  for (guint r = first; column >= 0 && r < rows->len; r++)
    {
      GPtrArray *row = rows->pdata[r];

      if ((guint)column < row->len && g_str_has_prefix (row->pdata[column], "OWID_"))
        return TRUE;
    }
  return FALSE;
}

/* OWID's own codes for aggregates, with their kind; any other "OWID_…" code is an economy
 * that ISO does not list (a former one such as the USSR, or Northern Cyprus). */
static const struct
{
  const char       *code;
  ParityEntityKind  kind;
} owid_groups[] = {
  { "OWID_AFR", PARITY_ENTITY_REGION },
  { "OWID_ASI", PARITY_ENTITY_REGION },
  { "OWID_EUR", PARITY_ENTITY_REGION },
  { "OWID_EU27", PARITY_ENTITY_REGION },
  { "OWID_NAM", PARITY_ENTITY_REGION },
  { "OWID_OCE", PARITY_ENTITY_REGION },
  { "OWID_SAM", PARITY_ENTITY_REGION },
  { "OWID_HIC", PARITY_ENTITY_DEVELOPMENT_GROUP },
  { "OWID_UMC", PARITY_ENTITY_DEVELOPMENT_GROUP },
  { "OWID_LMC", PARITY_ENTITY_DEVELOPMENT_GROUP },
  { "OWID_LIC", PARITY_ENTITY_DEVELOPMENT_GROUP },
};

/* The World Bank's aggregates, which OWID's downloads of World Bank data name without a
 * code: known by the Bank's own codes, they are the same entities as in the Bank's files
 * (and named in every chart language). */
static const struct
{
  const char       *name;
  const char       *code;
  ParityEntityKind  kind;
} world_bank_aggregates[] = {
  { "High-income countries", "HIC", PARITY_ENTITY_DEVELOPMENT_GROUP },
  { "Upper-middle-income countries", "UMC", PARITY_ENTITY_DEVELOPMENT_GROUP },
  { "Lower-middle-income countries", "LMC", PARITY_ENTITY_DEVELOPMENT_GROUP },
  { "Low-income countries", "LIC", PARITY_ENTITY_DEVELOPMENT_GROUP },
  { "Middle-income countries", "MIC", PARITY_ENTITY_DEVELOPMENT_GROUP },
  { "East Asia and Pacific (WB)", "EAS", PARITY_ENTITY_REGION },
  { "Europe and Central Asia (WB)", "ECS", PARITY_ENTITY_REGION },
  { "Latin America and Caribbean (WB)", "LCN", PARITY_ENTITY_REGION },
  { "Middle East and North Africa (WB)", "MEA", PARITY_ENTITY_REGION },
  { "North America (WB)", "NAC", PARITY_ENTITY_REGION },
  { "South Asia (WB)", "SAS", PARITY_ENTITY_REGION },
  { "Sub-Saharan Africa (WB)", "SSF", PARITY_ENTITY_REGION },
};

/* The continents OWID names without a code. */
static const char * const continents[] = {
  "Africa", "Asia", "Europe", "North America", "South America", "Oceania", NULL,
};

/* What an entity without a code is, from its name: "Low-income countries" and "Least
 * developed countries" are development groups, "South Asia (WB)" and "Africa" regions, and
 * anything else ("Faeroe Islands") is left unclassified. */
static ParityEntityKind
kind_from_name (const char *name)
{
  g_autofree char *folded = g_utf8_casefold (name, -1);
  gsize len = strlen (name);

  if (strstr (folded, "income") != NULL || g_str_has_suffix (folded, " countries") ||
      g_str_has_suffix (folded, " economies"))
    return PARITY_ENTITY_DEVELOPMENT_GROUP;
  if (g_strv_contains (continents, name))
    return PARITY_ENTITY_REGION;
  /* "South Asia (WB)", "Africa (UN)", "European Union (27)": a region as an agency draws it. */
  if (len > 4 && name[len - 1] == ')' && strstr (name, " (") != NULL)
    {
      const char *open = strrchr (name, '(');
      gboolean code = TRUE;

      for (const char *p = open + 1; *p != ')'; p++)
        code = code && (g_ascii_isupper (*p) || g_ascii_isdigit (*p));
      if (code && open[1] != ')')
        return PARITY_ENTITY_REGION;
    }
  return PARITY_ENTITY_OTHER;
}

/* An ISO 3166-1 alpha-3 code: three capital letters. */
static gboolean
is_alpha3 (const char *code)
{
  return strlen (code) == 3 && g_ascii_isupper (code[0]) && g_ascii_isupper (code[1]) &&
         g_ascii_isupper (code[2]);
}

/**
 * _parity_csv_owid_entity:
 * @code: the row's Code, trimmed
 * @name: the row's Entity, trimmed
 * @kind: (out): what the entity is
 *
 * The code an OWID row's entity is known by: its ISO code as it is, "WLD" for OWID_WRL,
 * "XKX" (the World Bank's) for OWID_KOS, the World Bank's code for its aggregates ("LIC" for
 * "Low-income countries"), and "" for the other OWID codes and the rows without one, whose id
 * is then made from the name (never from the raw code, which would say
 * nothing to a reader).
 *
 * Returns: a code, or "" to use the name
 */
const char *
_parity_csv_owid_entity (const char       *code,
                         const char       *name,
                         ParityEntityKind *kind)
{
  if (g_str_equal (code, "OWID_WRL"))
    {
      *kind = PARITY_ENTITY_WORLD;
      return "WLD";
    }
  if (g_str_equal (code, "OWID_KOS"))
    {
      *kind = PARITY_ENTITY_ECONOMY;
      return "XKX";
    }
  if (is_alpha3 (code))
    {
      *kind = PARITY_ENTITY_ECONOMY;
      return code;
    }
  *kind = PARITY_ENTITY_OTHER;
  if (g_str_has_prefix (code, "OWID_"))
    {
      for (guint i = 0; i < G_N_ELEMENTS (owid_groups); i++)
        if (g_str_equal (code, owid_groups[i].code))
          *kind = owid_groups[i].kind;
      return "";
    }
  if (*code != '\0')
    return code;
  for (guint i = 0; i < G_N_ELEMENTS (world_bank_aggregates); i++)
    if (g_str_equal (name, world_bank_aggregates[i].name))
      {
        *kind = world_bank_aggregates[i].kind;
        return world_bank_aggregates[i].code;
      }
  *kind = kind_from_name (name);
  return "";
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return (x > y) - (x < y);
}

/**
 * _parity_csv_owid_decimals:
 *
 * OWID writes the values it computed at full precision ("10.30707", "0.0105484"), as the
 * World Bank's bulk download does ("45.8997140121"), so their digits say nothing about how
 * precise they are: three significant digits for the median magnitude (86.6 %, 15 000 US$,
 * 0.105), never more than the values have. The median of an indicator of thousands of
 * values is taken over 256 of them, evenly spaced.
 */
guint
_parity_csv_owid_decimals (const ParityIndicator *indicator)
{
  g_autoptr(GArray) magnitudes = g_array_new (FALSE, FALSE, sizeof (double));
  guint step = indicator->obs.len / 256 + 1;
  double median;
  int wanted;

  for (guint i = 0; i < indicator->obs.len; i += step)
    if (isfinite (indicator->obs.value[i]) && indicator->obs.value[i] != 0)
      {
        double m = fabs (indicator->obs.value[i]);

        g_array_append_val (magnitudes, m);
      }
  if (magnitudes->len == 0)
    return MIN (indicator->decimals, 1);
  g_array_sort (magnitudes, compare_doubles);
  median = g_array_index (magnitudes, double, magnitudes->len / 2);
  wanted = 2 - (int)floor (log10 (median));
  return (guint)CLAMP (wanted, 0, (int)indicator->decimals);
}
