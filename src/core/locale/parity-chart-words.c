/* parity-chart-words.c
 *
 * A chart is drawn in its own language, whatever the language of the desktop: a French
 * figure can be made from an English session. gettext looks messages up in the process's
 * locale, so the chart's words are looked up here instead, in the same catalogs
 * (po/LANG.po, context "chart"), read from the compiled .mo file of the chart's language.
 * Translators keep their usual tools; the words are ordinary messages with a context.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "parity-chart-words.h"
#include "parity-paths.h"
#include "parity-plural.h"
#include "parity-tsan.h"

/* The English words, marked for xgettext with the context that tells translators where
 * they appear. */
static const char * const words[PARITY_N_WORDS] = {
  /* Translators: the start of a chart's source line; %s is the list of sources. */
  [PARITY_WORD_SOURCE] = NC_("chart", "Source: %s"),
  /* Translators: in a chart, where a value is missing. */
  [PARITY_WORD_NO_DATA] = NC_("chart", "no data"),
  /* Translators: at the end of a stacked bar some of whose parts are missing; %s names
   * them. */
  [PARITY_WORD_NO_DATA_FOR] = NC_("chart", "no data for %s"),
  /* Translators: a one-letter mark after an estimated value in a chart ("53.6% e"). */
  [PARITY_WORD_ESTIMATE_MARK] = NC_("chart", "e"),
  /* Translators: a one-letter mark after a forecast value in a chart ("150,000 GB/s f"). */
  [PARITY_WORD_FORECAST_MARK] = NC_("chart", "f"),
  /* Translators: the key to the estimate mark, in a chart's notes. */
  [PARITY_WORD_ESTIMATE_KEY] = NC_("chart", "e: estimate."),
  /* Translators: the key to the forecast mark, in a chart's notes. */
  [PARITY_WORD_FORECAST_KEY] = NC_("chart", "f: forecast."),
  [PARITY_WORD_LABELS_DROPPED] = NC_("chart", "Some labels are left out for lack of room."),
  /* Translators: the pie slice that groups the small shares. */
  [PARITY_WORD_OTHER] = NC_("chart", "Other"),
  /* Translators: caption of a logarithmic vertical axis without a unit. */
  [PARITY_WORD_LOG_SCALE] = NC_("chart", "log scale"),
  /* Translators: caption of a logarithmic vertical axis; %s is the unit: "GB/s, log scale". */
  [PARITY_WORD_UNIT_LOG_SCALE] = NC_("chart", "%s, log scale"),
  /* Translators: column heading of a dumbbell chart: how much less likely women are… */
  [PARITY_WORD_GAP] = NC_("chart", "Gap"),
  /* Translators: column heading of a dumbbell chart: end value minus start value. */
  [PARITY_WORD_DIFFERENCE] = NC_("chart", "Difference"),
  /* Translators: unit of a difference between two percentages: "9.9 pp". */
  [PARITY_WORD_PERCENTAGE_POINTS] = NC_("chart", "pp"),
  /* Translators: between the sources listed in a chart's source line. */
  [PARITY_WORD_LIST_SEPARATOR] = NC_("chart", "; "),
  /* Translators: a source in a chart's source line: the publisher, then the title
   * ("ITU, Measuring digital development"); keep the two placeholders %1$s and %2$s. */
  [PARITY_WORD_PUBLISHER_TITLE] = NC_("chart", "%1$s, %2$s"),
  /* Translators: the full stop that ends a chart's source line. */
  [PARITY_WORD_SENTENCE_END] = NC_("chart", "."),
  /* Translators: after a source in a chart's source line, the year of its edition:
     "World Bank, World Development Indicators (2024)". Keep the leading space if your
     language uses one. */
  [PARITY_WORD_SOURCE_YEAR] = NC_("chart", " (%s)"),
  /* Translators: after a source in the source line, for data fetched from a service; %s is
     the day, written "2024-05-01" (ISO 8601) in every language. */
  [PARITY_WORD_RETRIEVED] = NC_("chart", ", retrieved %s"),
  /* Translators: as ", retrieved %s", with the address the data came from: %1$s is the
     day ("2024-05-01"), %2$s the URL. */
  [PARITY_WORD_RETRIEVED_FROM] = NC_("chart", ", retrieved %1$s from %2$s"),
  /* Translators: a value counted in thousands (the data say so, e.g. SDMX UNIT_MULT 3);
     %s is the number, already formatted: "8.8 thousand". */
  [PARITY_WORD_THOUSANDS] = NC_("chart", "%s thousand"),
  /* Translators: a value counted in millions: "8.8 million". */
  [PARITY_WORD_MILLIONS] = NC_("chart", "%s million"),
  /* Translators: a value counted in billions (thousands of millions): "5.1 billion". */
  [PARITY_WORD_BILLIONS] = NC_("chart", "%s billion"),
  /* Translators: an axis title for values counted in thousands; %s is the unit's label:
     "Persons (thousands)". */
  [PARITY_WORD_IN_THOUSANDS] = NC_("chart", "%s (thousands)"),
  /* Translators: an axis title for values counted in millions: "Persons (millions)". */
  [PARITY_WORD_IN_MILLIONS] = NC_("chart", "%s (millions)"),
  /* Translators: an axis title for values counted in billions: "US dollars (billions)". */
  [PARITY_WORD_IN_BILLIONS] = NC_("chart", "%s (billions)"),
  /* Translators: a note under a pie whose shares are not a whole; %1$s is their sum
   * ("97.0%"), %2$s is "100%", both already written the language's way. */
  [PARITY_WORD_SHARES_NOT_WHOLE] = NC_("chart", "The shares add up to %1$s, not %2$s; each "
                                       "slice shows its part of that sum."),
  /* Translators: a note under a pie; %1$s lists what has no value, %2$s is the period. */
  [PARITY_WORD_NO_DATA_FOR_IN] = NC_("chart", "No data for %1$s in %2$s."),
  /* Translators: a note under a chart whose file had values that could not be read (not
     numbers, or repeated): the chart shows the rest. */
  [PARITY_WORD_PARTIAL_VALUES] = NC_("chart", "Partial data: some values could not be read "
                                     "and are left out."),
  /* Translators: as above, for rows of a table (CSV) that had no country or no year. */
  [PARITY_WORD_PARTIAL_ROWS] = NC_("chart", "Partial data: some rows could not be read and "
                                   "are left out."),
  /* Translators: as above, for a file that holds only some pages of a paged API answer. */
  [PARITY_WORD_PARTIAL_PAGES] = NC_("chart", "Partial data: some pages of the source are not "
                                    "in the file."),
  /* Translators: as above, when more than one of those happened. */
  [PARITY_WORD_PARTIAL] = NC_("chart", "Partial data: some of the source could not be read "
                              "and is left out."),
  /* Translators: under a range chart's band, the entities that have no value; %s lists
     their names: "No data: Chad, Mali". */
  [PARITY_WORD_NO_DATA_NAMES] = NC_("chart", "No data: %s"),
  /* Translators: between two names listed in a chart ("Chad, Mali"): a comma and a space,
     or your language's list comma ("، " in Arabic, "、" in Chinese). */
  [PARITY_WORD_NAME_SEPARATOR] = NC_("chart", ", "),

  /* The text description of a chart, for readers who cannot see it (alt text in every
     export, and what screen readers say of the chart). It is built from the pieces below,
     e.g. "Bar chart of Individuals using the Internet, 2019: Developed countries 86.6%;
     Least developed countries 19.1%; World (reference line) 53.6%." */
  /* Translators: the start of a chart's description; %s is the indicator. */
  [PARITY_WORD_DESC_BAR] = NC_("chart", "Bar chart of %s"),
  /* Translators: as "Bar chart of %s", with bars side by side for several series. */
  [PARITY_WORD_DESC_BAR_GROUPED] = NC_("chart", "Grouped bar chart of %s"),
  /* Translators: as "Bar chart of %s", with the series' bars end to end. */
  [PARITY_WORD_DESC_BAR_STACKED] = NC_("chart", "Stacked bar chart of %s"),
  /* Translators: as "Bar chart of %s", with vertical bars. */
  [PARITY_WORD_DESC_COLUMN] = NC_("chart", "Column chart of %s"),
  [PARITY_WORD_DESC_COLUMN_GROUPED] = NC_("chart", "Grouped column chart of %s"),
  [PARITY_WORD_DESC_COLUMN_STACKED] = NC_("chart", "Stacked column chart of %s"),
  /* Translators: after "Stacked bar chart of …" when each bar is split into the shares of
     its whole; %s is what comes before. */
  [PARITY_WORD_DESC_SHARES_OF_WHOLE] = NC_("chart", "%s, each bar split into shares of its "
                                           "whole"),
  /* Translators: the start of a line chart's description; %s is the indicator. */
  [PARITY_WORD_DESC_LINE] = NC_("chart", "Line chart of %s"),
  [PARITY_WORD_DESC_LINE_LOG] = NC_("chart", "Line chart of %s on a logarithmic scale"),
  [PARITY_WORD_DESC_PIE] = NC_("chart", "Pie chart of %s"),
  [PARITY_WORD_DESC_DONUT] = NC_("chart", "Donut chart of %s"),
  [PARITY_WORD_DESC_DUMBBELL] = NC_("chart", "Dumbbell chart of %s"),
  [PARITY_WORD_DESC_RANGE] = NC_("chart", "Range chart of %s"),
  /* Translators: a country or group drawn as the reference (e.g. World); %s is its name. */
  [PARITY_WORD_DESC_REFERENCE] = NC_("chart", "%s (reference)"),
  /* Translators: the total of a stacked bar; %s is the value. */
  [PARITY_WORD_DESC_TOTAL] = NC_("chart", "total %s"),
  /* Translators: a range chart's series drawn as a dot on each band; %s is its name. */
  [PARITY_WORD_DESC_MARKED_SERIES] = NC_("chart", "%s marked"),
  /* Translators: two parts of a description joined by a comma: "Bar chart of …, 2019". */
  [PARITY_WORD_DESC_WITH] = NC_("chart", "%1$s, %2$s"),
  /* Translators: what a chart is (%1$s), then the list of its values (%2$s). */
  [PARITY_WORD_DESC_INTRO] = NC_("chart", "%1$s: %2$s"),
  /* Translators: a name and its value: "Europe 82.5%". */
  [PARITY_WORD_DESC_ITEM] = NC_("chart", "%1$s %2$s"),
  /* Translators: the last two of a list: "Women and Men". */
  [PARITY_WORD_DESC_AND] = NC_("chart", "%1$s and %2$s"),
  /* Translators: the series of a chart, after what it is: "…, series Women and Men". */
  [PARITY_WORD_DESC_SERIES] = NC_("chart", "%1$s, series %2$s"),
  /* Translators: a name and, in parentheses, its value: "Africa (79%)". */
  [PARITY_WORD_DESC_PAREN] = NC_("chart", "%1$s (%2$s)"),
  /* Translators: a value drawn as a dashed reference line: "World (reference line) 53.6%". */
  [PARITY_WORD_DESC_REFERENCE_LINE] = NC_("chart", "%1$s (reference line) %2$s"),
  /* Translators: a value drawn as a marked point on a range: "World (marked) 17%". */
  [PARITY_WORD_DESC_MARKED] = NC_("chart", "%1$s (marked) %2$s"),
  /* Translators: after a dumbbell's two values, the gap between them: "…, gap 9.9 pp". */
  [PARITY_WORD_DESC_GAP] = NC_("chart", "%1$s, gap %2$s"),
  /* Translators: %2$s is the second series (e.g. Men): the gap is (men − women) / men. */
  [PARITY_WORD_DESC_GAP_SHARE] = NC_("chart", "%1$s; the gap is the difference as a share "
                                     "of %2$s"),
  /* Translators: a range from its lowest value (%1$s) to its highest (%2$s). */
  [PARITY_WORD_DESC_FROM_TO] = NC_("chart", "from %1$s to %2$s"),
  /* Translators: a range chart's two series, low and high: "Women to Men". */
  [PARITY_WORD_DESC_SPAN] = NC_("chart", "%1$s to %2$s"),
  /* Translators: the key comparison after a bar chart's values: %1$s is the highest,
     %2$s the lowest, each a name with its value: "Developed countries (86.6%)". */
  [PARITY_WORD_DESC_EXTREMES] = NC_("chart", "Highest: %1$s; lowest: %2$s"),
  /* Translators: after the comparison, how many times less the lowest is: %2$s is a number
     such as "4.5". */
  [PARITY_WORD_DESC_TIMES_LESS] = NC_("chart", "%1$s, about %2$s times less"),
  /* Translators: groups of economies drawn as one category, where the data names them in
     English only: the UN's groups, then the World Bank's income groups and regions, as
     the UN and the World Bank name them in your language. */
  [PARITY_WORD_AGGREGATE_LDC] = NC_("chart", "Least developed countries"),
  [PARITY_WORD_AGGREGATE_LLDC] = NC_("chart", "Landlocked developing countries"),
  [PARITY_WORD_AGGREGATE_SIDS] = NC_("chart", "Small island developing States"),
  [PARITY_WORD_AGGREGATE_HIC] = NC_("chart", "High income"),
  [PARITY_WORD_AGGREGATE_UMC] = NC_("chart", "Upper-middle income"),
  [PARITY_WORD_AGGREGATE_LMC] = NC_("chart", "Lower-middle income"),
  [PARITY_WORD_AGGREGATE_LIC] = NC_("chart", "Low income"),
  [PARITY_WORD_AGGREGATE_MIC] = NC_("chart", "Middle income"),
  [PARITY_WORD_AGGREGATE_LMY] = NC_("chart", "Low and middle income"),
  [PARITY_WORD_AGGREGATE_SSF] = NC_("chart", "Sub-Saharan Africa"),
  [PARITY_WORD_AGGREGATE_EAS] = NC_("chart", "East Asia and Pacific"),
  [PARITY_WORD_AGGREGATE_ECS] = NC_("chart", "Europe and Central Asia"),
  [PARITY_WORD_AGGREGATE_LCN] = NC_("chart", "Latin America and the Caribbean"),
  [PARITY_WORD_AGGREGATE_NAC] = NC_("chart", "North America"),
  [PARITY_WORD_AGGREGATE_SAS] = NC_("chart", "South Asia"),
  /* Translators: the start of a strip chart's description (one dot per country along the
     value axis, one row per group of countries); %s is the indicator. */
  [PARITY_WORD_DESC_STRIP] = NC_("chart", "Strip chart of %s"),
  /* Translators: drawn under a group's row of dots, at its middle value; %s is the value:
     "median 27%". */
  [PARITY_WORD_MEDIAN] = NC_("chart", "median %s"),
  /* Translators: what a scatter plot is: %1$s is the indicator along the horizontal axis,
     %2$s the one up the vertical axis; each economy's values follow in that order. */
  [PARITY_WORD_DESC_SCATTER] = NC_("chart", "Scatter plot of %1$s (horizontal) and %2$s "
                                   "(vertical)"),
  /* Translators: after what a scatter plot is, the indicator its dots' areas show
     (%2$s): "…, dot area by Population". */
  [PARITY_WORD_DESC_SCATTER_SIZE] = NC_("chart", "%1$s, dot area by %2$s"),
  /* Translators: in a scatter plot's key, the economies in none of the chart's groups. */
  [PARITY_WORD_OTHERS] = NC_("chart", "Others"),
  /* Translators: the start of a slope chart's description; %s is the indicator. */
  [PARITY_WORD_DESC_SLOPE] = NC_("chart", "Slope chart of %s"),
  /* Translators: a slope chart's note naming the entities that have a value in one of its
     two periods only: %1$s is the period ("2019"), %2$s the names, separated by ", ". */
  [PARITY_WORD_ONLY_PERIOD] = NC_("chart", "%1$s only: %2$s."),
  /* Translators: the subtitle of a chart made for a file of data by economy: one dot per
     economy, one row per World Bank income group. */
  [PARITY_WORD_BY_INCOME_GROUP] = NC_("chart", "Economies by World Bank income group"),
  /* Translators: the same, with the period shown (%s, "2022"). */
  [PARITY_WORD_BY_INCOME_GROUP_IN] = NC_("chart", "Economies by World Bank income group, %s"),
  /* Translators: the subtitle of a line chart made for a file of data by economy: the
     world, the income groups and the least developed countries over time. */
  [PARITY_WORD_BY_GROUP_OVER_TIME] = NC_("chart", "The world and groups of economies"),
  /* Translators: the ITU's regions (ITU-D), as the ITU names them in your language: a row
     or a colour of a chart of economies by group. */
  [PARITY_WORD_GROUP_ITU_AFRICA] = NC_("chart", "Africa"),
  [PARITY_WORD_GROUP_ITU_AMERICAS] = NC_("chart", "Americas"),
  [PARITY_WORD_GROUP_ITU_ARAB_STATES] = NC_("chart", "Arab States"),
  [PARITY_WORD_GROUP_ITU_ASIA_PACIFIC] = NC_("chart", "Asia & Pacific"),
  /* Translators: the Commonwealth of Independent States, as an ITU region. */
  [PARITY_WORD_GROUP_ITU_CIS] = NC_("chart", "CIS"),
  [PARITY_WORD_GROUP_ITU_EUROPE] = NC_("chart", "Europe"),
  /* Translators: the UN's geographic regions (M49), as the UN names them in your language. */
  [PARITY_WORD_GROUP_AFRICA] = NC_("chart", "Africa"),
  [PARITY_WORD_GROUP_AMERICAS] = NC_("chart", "Americas"),
  [PARITY_WORD_GROUP_ASIA] = NC_("chart", "Asia"),
  [PARITY_WORD_GROUP_EUROPE] = NC_("chart", "Europe"),
  [PARITY_WORD_GROUP_OCEANIA] = NC_("chart", "Oceania"),
  /* Translators: the row between the highest and the lowest bars of a chart that shows only
     those: %1$s is how many rows are left out (always two or more), %2$s their range, "from
     12% to 94%". Keep the ellipsis that starts it. */
  [PARITY_WORD_BAR_REST] = NC_("chart", "… %1$s other economies, %2$s"),
  /* Translators: the same when the rows left out are not all economies (regions, areas,
     groups): %1$s is how many (two or more), %2$s their range. */
  [PARITY_WORD_BAR_REST_OTHERS] = NC_("chart", "… %1$s others, %2$s"),
  /* Translators: a note under a chart of each entity's latest value: how many of the
     chart's entities (countries or groups) have a value; %1$s and %2$s are numbers:
     "Data for 3 of 4". */
  [PARITY_WORD_COVERAGE] = NC_("chart", "Data for %1$s of %2$s"),
  /* Translators: after "Data for 186 of 193 economies; ", how many of those values are
     from an earlier year than the chart's: %1$s is the number, %2$s the year: "12 from
     2021". */
  [PARITY_WORD_FROM_PERIOD] = NC_("chart", "%1$s from %2$s"),
  /* Translators: the title of a scatter plot made for data with two indicators (from one
     file, or a file and the one added to it): %1$s is the indicator up the vertical axis,
     %2$s the one along the horizontal axis ("Internet use against GDP per capita"). */
  [PARITY_WORD_AGAINST] = NC_("chart", "%1$s against %2$s"),
  /* Translators: the start of a map's text description; %s is the indicator. */
  [PARITY_WORD_DESC_MAP] = NC_("chart", "Map of %s"),
  /* Translators: in a map's text description, the economy with the highest value and its
     value: "highest: Iceland 99.8%". */
  [PARITY_WORD_DESC_HIGHEST] = NC_("chart", "highest: %s"),
  /* Translators: … and the one with the lowest: "lowest: Burundi 5.8%". */
  [PARITY_WORD_DESC_LOWEST] = NC_("chart", "lowest: %s"),
  /* Translators: in a map's key, beside the hatched swatch of economies without a value. */
  [PARITY_WORD_MAP_NO_DATA] = NC_("chart", "No data"),
  /* Translators: in a map's key, beside the swatch of areas whose status is disputed. */
  [PARITY_WORD_MAP_DISPUTED] = NC_("chart", "Disputed area"),
  /* Translators: a note under a map on which the smallest economies are drawn as dots. */
  [PARITY_WORD_MAP_CIRCLES] = NC_("chart", "Circles: economies too small to see at this "
                                  "size."),
  /* Translators: the disclaimer every United Nations map carries. Use the wording of the
     UN's Cartographic Section in your language, not a new translation. */
  [PARITY_WORD_MAP_DISCLAIMER] = NC_("chart", "The boundaries and names shown and the "
                                     "designations used on this map do not imply official "
                                     "endorsement or acceptance by the United Nations."),
  /* Translators: a band drawn across a chart between two values, in its text description:
     %s is its name and range, "Parity, 0.98 to 1.02", or the range alone. */
  [PARITY_WORD_DESC_BAND] = NC_("chart", "Band: %s"),
  /* Translators: a target drawn on a chart, in its text description: %s is its name and
     value, "Universal connectivity, 100% by 2030", or the value alone. */
  [PARITY_WORD_DESC_TARGET] = NC_("chart", "Target: %s"),
  /* Translators: a target's value and the year it is for: "100% by 2030". */
  [PARITY_WORD_DESC_BY_YEAR] = NC_("chart", "%1$s by %2$s"),
  /* Translators: in the text written beside an exported chart, the labels of its value
     axis, from the lowest: %s is the list, "0%; 20%; 40%", joined as sources are. */
  [PARITY_WORD_VALUE_AXIS] = NC_("chart", "Value axis: %s."),
  /* Translators: a note written on a chart, in its text description and under its data
     table: %s is the note's text, "World: 17%". */
  [PARITY_WORD_DESC_ANNOTATION] = NC_("chart", "Annotation: %s"),
  /* Translators: a note written on a chart next to one value: %1$s is what the value is of
     ("Least developed countries, 2019"), %2$s the note's text. */
  [PARITY_WORD_DESC_ANNOTATION_ON] = NC_("chart", "Annotation on %1$s: %2$s"),
  /* Translators: added to the subtitle of a chart drawn as a grid of small panels whose
     value axes differ, so that a reader does not compare them as if they were alike. */
  [PARITY_WORD_FACET_FREE_AXES] = NC_("chart", "Each panel has its own scale."),
};

/* xgettext reads NCP_ as a message with a context and a plural (po/meson.build). */
#define NCP_(context, singular, plural) { singular, plural }

static const struct { const char *singular, *plural; } counted[PARITY_N_COUNTED] = {
  /* Translators: a note under a chart of each economy's latest value: how many economies
     have a value; %1$s and %2$s are numbers, the form follows %2$s: "Data for 186 of 193
     economies". */
  [PARITY_COUNTED_COVERAGE_ECONOMIES] = NCP_("chart", "Data for %1$s of %2$s economy",
                                             "Data for %1$s of %2$s economies"),
  /* Translators: in a map's notes and description, how many of the economies it shows have
     no value; %1$s is the number: "14 economies without data". */
  [PARITY_COUNTED_NO_DATA_ECONOMIES] = NCP_("chart", "%1$s economy without data",
                                            "%1$s economies without data"),
  /* Translators: in the text description of a chart drawn as a grid of small panels: %1$s
     is how many panels, %2$s their names, a list: "In 6 panels: Africa, Americas, …". */
  [PARITY_COUNTED_FACET_PANELS] = NCP_("chart", "In %1$s panel: %2$s",
                                       "In %1$s panels: %2$s"),
};

/* A compiled catalog: the GNU .mo format, read in place. */
typedef struct
{
  GMappedFile *file;
  const guint8 *data;
  gsize        len;
  gboolean     swap;
  guint32      n;
  guint32      originals;
  guint32      translations;
} Catalog;

static guint32
read_u32 (const Catalog *c,
          gsize          offset)
{
  guint32 v;

  if (offset + 4 > c->len)
    return 0;
  memcpy (&v, c->data + offset, 4);
  return c->swap ? GUINT32_SWAP_LE_BE (v) : v;
}

static void
catalog_free (gpointer data)
{
  Catalog *c = data;

  if (c == NULL)
    return;
  g_mapped_file_unref (c->file);
  g_free (c);
}

static Catalog *
catalog_open (const char *path)
{
  g_autoptr(GMappedFile) file = g_mapped_file_new (path, FALSE, NULL);
  Catalog *c;
  guint32 magic;

  if (file == NULL || g_mapped_file_get_length (file) < 28)
    return NULL;
  c = g_new0 (Catalog, 1);
  c->data = (const guint8 *)g_mapped_file_get_contents (file);
  c->len = g_mapped_file_get_length (file);
  memcpy (&magic, c->data, 4);
  if (magic == 0x950412de)
    c->swap = FALSE;
  else if (magic == 0xde120495)
    c->swap = TRUE;
  else
    {
      g_free (c);
      return NULL;
    }
  c->file = g_steal_pointer (&file);
  c->n = read_u32 (c, 8);
  c->originals = read_u32 (c, 12);
  c->translations = read_u32 (c, 16);
  return c;
}

/* The originals are sorted, so a binary search finds "context\4msgid" (a plural message
 * is found by its singular, and its forms follow each other, each ending in NUL, in
 * @length bytes). */
static const char *
catalog_lookup_forms (const Catalog *c,
                      const char    *key,
                      gsize         *length)
{
  guint32 lo = 0, hi = c->n;

  while (lo < hi)
    {
      guint32 mid = lo + (hi - lo) / 2;
      guint32 len = read_u32 (c, c->originals + 8 * mid);
      guint32 offset = read_u32 (c, c->originals + 8 * mid + 4);
      int cmp;

      if ((gsize)offset + len >= c->len)
        return NULL;
      cmp = strcmp (key, (const char *)c->data + offset);
      if (cmp == 0)
        {
          guint32 tlen = read_u32 (c, c->translations + 8 * mid);
          guint32 toffset = read_u32 (c, c->translations + 8 * mid + 4);

          if ((gsize)toffset + tlen >= c->len || tlen == 0)
            return NULL;
          *length = tlen;
          return (const char *)c->data + toffset;
        }
      if (cmp < 0)
        hi = mid;
      else
        lo = mid + 1;
    }
  return NULL;
}

static const char *
catalog_lookup (const Catalog *c,
                const char    *key)
{
  gsize length;

  return catalog_lookup_forms (c, key, &length);
}

/* "fr-CA" → fr_CA, then fr; "zh", "zh-Hans" → zh_CN (the UN writes Simplified Chinese). */
static GPtrArray *
catalog_names (const char *lang)
{
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *tag = g_strdelimit (g_strdup (lang), "-", '_');
  char *sep;

  if (g_ascii_strncasecmp (tag, "zh", 2) == 0 &&
      (tag[2] == '\0' || strstr (tag, "Hans") != NULL))
    g_ptr_array_add (names, g_strdup ("zh_CN"));
  g_ptr_array_add (names, g_strdup (tag));
  if ((sep = strchr (tag, '_')) != NULL)
    {
      *sep = '\0';
      g_ptr_array_add (names, g_strdup (tag));
    }
  return names;
}

static Catalog *
find_catalog (const char *lang)
{
  static GMutex lock;
  static GHashTable *catalogs;  /* lang → Catalog, or NULL for none */
  Catalog *catalog = NULL;
  const char *dirs[] = { parity_paths_get_localedir () };
  gpointer found;

  parity_mutex_lock (&lock);
  if (catalogs == NULL)
    catalogs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, catalog_free);
  if (g_hash_table_lookup_extended (catalogs, lang, NULL, &found))
    {
      parity_mutex_unlock (&lock);
      return found;
    }
  {
    g_autoptr(GPtrArray) names = catalog_names (lang);

    for (guint d = 0; catalog == NULL && d < G_N_ELEMENTS (dirs); d++)
      for (guint i = 0; catalog == NULL && dirs[d] != NULL && i < names->len; i++)
        {
          g_autofree char *path = g_build_filename (dirs[d], g_ptr_array_index (names, i),
                                                    "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);

          catalog = catalog_open (path);
        }
  }
  g_hash_table_insert (catalogs, g_strdup (lang), catalog);
  parity_mutex_unlock (&lock);
  return catalog;
}

/**
 * parity_chart_word_for_scale:
 * @scale: a unit's scale, the factor from its values to base units
 * @value_word: (out) (optional): the word that writes one value: "%s million"
 * @axis_word: (out) (optional): the word that titles an axis: "%s (millions)"
 *
 * A unit counted in thousands, millions or billions (SDMX's UNIT_MULT 3, 6, 9) must say so
 * wherever its numbers are read, or 8.8 million people read as 8.8 people.
 *
 * Returns: %TRUE if @scale is one of those three and the words were set
 */
gboolean
parity_chart_word_for_scale (double      scale,
                             ParityWord *value_word,
                             ParityWord *axis_word)
{
  static const struct { double scale; ParityWord value, axis; } scales[] = {
    { 1e3, PARITY_WORD_THOUSANDS, PARITY_WORD_IN_THOUSANDS },
    { 1e6, PARITY_WORD_MILLIONS, PARITY_WORD_IN_MILLIONS },
    { 1e9, PARITY_WORD_BILLIONS, PARITY_WORD_IN_BILLIONS },
  };

  for (guint i = 0; i < G_N_ELEMENTS (scales); i++)
    if (scale == scales[i].scale)
      {
        if (value_word != NULL)
          *value_word = scales[i].value;
        if (axis_word != NULL)
          *axis_word = scales[i].axis;
        return TRUE;
      }
  return FALSE;
}

/**
 * parity_chart_word:
 * @lang: (nullable): the chart's language, a BCP 47 tag
 *
 * Returns: (transfer none): the word in @lang, or in English when there is no translation
 */
const char *
parity_chart_word (const char *lang,
                   ParityWord  word)
{
  g_autofree char *key = NULL;
  Catalog *catalog;
  const char *translated;

  g_return_val_if_fail (word < PARITY_N_WORDS, "");

  if (lang == NULL || g_ascii_strncasecmp (lang, "en", 2) == 0)
    return words[word];
  catalog = find_catalog (lang);
  if (catalog == NULL)
    return words[word];
  key = g_strconcat ("chart\004", words[word], NULL);
  translated = catalog_lookup (catalog, key);
  return translated ? translated : words[word];
}

/* The word with its "%s" replaced by @argument; done by hand rather than with printf, so a
 * translation with a stray conversion cannot crash the program. */
char *
parity_chart_word_with (const char *lang,
                        ParityWord  word,
                        const char *argument)
{
  const char *format = parity_chart_word (lang, word);
  const char *slot = strstr (format, "%s");
  GString *out;

  if (slot == NULL)
    slot = strstr (format = words[word], "%s");
  if (slot == NULL)
    return g_strdup (argument);
  out = g_string_new_len (format, slot - format);
  g_string_append (out, argument);
  g_string_append (out, slot + 2);
  return g_string_free (out, FALSE);
}

static char *fill2 (const char *format,
                    const char *fallback,
                    const char *first,
                    const char *second);

/* A word with two numbered placeholders, %1$s and %2$s, filled without printf (a
 * translation may put them in either order). */
char *
parity_chart_word_with2 (const char *lang,
                         ParityWord  word,
                         const char *first,
                         const char *second)
{
  return fill2 (parity_chart_word (lang, word), words[word], first, second);
}

/* @format with %1$s and %2$s filled, or @fallback when @format lacks one; a word of one
 * placeholder passes %NULL for @second. */
static char *
fill2 (const char *format,
       const char *fallback,
       const char *first,
       const char *second)
{
  GString *out = g_string_new (NULL);

  if (strstr (format, "%1$s") == NULL || (second != NULL && strstr (format, "%2$s") == NULL))
    format = fallback;
  for (const char *p = format; *p; p++)
    {
      if (g_str_has_prefix (p, "%1$s") || g_str_has_prefix (p, "%2$s"))
        {
          const char *argument = p[1] == '1' ? first : second;

          g_string_append (out, argument != NULL ? argument : "");
          p += 3;
        }
      else
        g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

/* Scripts written right to left, by language: the chart's frame is mirrored for them. */
gboolean
parity_chart_lang_is_rtl (const char *lang)
{
  static const char * const rtl[] = { "ar", "he", "fa", "ur", "ps", "sd", "ug", "yi", "dv" };
  g_autofree char *base = NULL;

  if (lang == NULL)
    return FALSE;
  base = g_strndup (lang, strcspn (lang, "-_"));
  for (guint i = 0; i < G_N_ELEMENTS (rtl); i++)
    if (g_ascii_strcasecmp (base, rtl[i]) == 0)
      return TRUE;
  return FALSE;
}

/* What goes between two sentences: a space, or nothing in Chinese and Japanese, whose full
 * stop "。" carries its own. */
const char *
parity_chart_sentence_gap (const char *lang)
{
  if (lang != NULL && (g_ascii_strncasecmp (lang, "zh", 2) == 0 ||
                       g_ascii_strncasecmp (lang, "ja", 2) == 0))
    return "";
  return " ";
}

/**
 * parity_chart_word_translated:
 *
 * Returns: (transfer none) (nullable): the word in @lang when its catalog translates it,
 *   else %NULL (never the English word), for callers that have a better English text
 */
const char *
parity_chart_word_translated (const char *lang,
                              ParityWord  word)
{
  const char *translated;

  g_return_val_if_fail (word < PARITY_N_WORDS, NULL);
  if (lang == NULL || g_ascii_strncasecmp (lang, "en", 2) == 0)
    return NULL;
  translated = parity_chart_word (lang, word);
  return translated != words[word] ? translated : NULL;
}

/**
 * parity_chart_counted_with2:
 * @n: the number the word's form follows
 *
 * A counted word in @lang, in the form its catalog's plural formula gives @n (English's
 * when there is no catalog or no translation), with %1$s and %2$s filled.
 *
 * Returns: (transfer full): the text
 */
char *
parity_chart_counted_with2 (const char        *lang,
                            ParityCountedWord  word,
                            gulong             n,
                            const char        *first,
                            const char        *second)
{
  const char *english;
  Catalog *catalog;

  g_return_val_if_fail (word < PARITY_N_COUNTED, g_strdup (""));
  english = n == 1 ? counted[word].singular : counted[word].plural;
  if (lang != NULL && g_ascii_strncasecmp (lang, "en", 2) != 0 &&
      (catalog = find_catalog (lang)) != NULL)
    {
      g_autofree char *key = g_strconcat ("chart\004", counted[word].singular, NULL);
      gsize length = 0;
      const char *forms = catalog_lookup_forms (catalog, key, &length);
      gulong form;

      if (forms != NULL && parity_plural_eval (catalog_lookup (catalog, ""), n, &form))
        {
          const char *p = forms;

          /* The forms end each in NUL; a form past the last is no translation. */
          for (gulong i = 0; i < form && p != NULL; i++)
            {
              p = memchr (p, '\0', forms + length - p);
              p = p != NULL && p + 1 < forms + length ? p + 1 : NULL;
            }
          if (p != NULL)
            return fill2 (p, english, first, second);
        }
    }
  return fill2 (english, english, first, second);
}
