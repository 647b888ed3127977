/* parity-chart-words.h: the words a chart's frame writes, in the chart's language
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  PARITY_WORD_SOURCE,          /* "Source: %s" */
  PARITY_WORD_NO_DATA,
  PARITY_WORD_NO_DATA_FOR,     /* "no data for %s": the parts of a stack that are missing */
  PARITY_WORD_ESTIMATE_MARK,   /* the mark after an estimated value: "e" */
  PARITY_WORD_FORECAST_MARK,   /* … and after a forecast: "f" */
  PARITY_WORD_ESTIMATE_KEY,    /* "e: estimate." */
  PARITY_WORD_FORECAST_KEY,    /* "f: forecast." */
  PARITY_WORD_LABELS_DROPPED,
  PARITY_WORD_OTHER,           /* the slice of small shares */
  PARITY_WORD_LOG_SCALE,
  PARITY_WORD_UNIT_LOG_SCALE,  /* "%s, log scale" */
  PARITY_WORD_GAP,
  PARITY_WORD_DIFFERENCE,
  PARITY_WORD_PERCENTAGE_POINTS,  /* the unit of a difference of percentages: "pp" */
  PARITY_WORD_LIST_SEPARATOR,     /* between sources: "; " */
  PARITY_WORD_PUBLISHER_TITLE,    /* "%1$s, %2$s": a source as publisher and title */
  PARITY_WORD_SENTENCE_END,       /* "." after the source line */
  PARITY_WORD_SOURCE_YEAR,        /* " (%s)": a source's edition year */
  PARITY_WORD_RETRIEVED,          /* ", retrieved %s": the day data were fetched */
  PARITY_WORD_RETRIEVED_FROM,     /* ", retrieved %1$s from %2$s": the day and the address */
  PARITY_WORD_THOUSANDS,          /* "%s thousand": a value of a unit scaled by 10^3 */
  PARITY_WORD_MILLIONS,           /* "%s million" */
  PARITY_WORD_BILLIONS,           /* "%s billion" */
  PARITY_WORD_IN_THOUSANDS,       /* "%s (thousands)": an axis of a unit scaled by 10^3 */
  PARITY_WORD_IN_MILLIONS,        /* "%s (millions)" */
  PARITY_WORD_IN_BILLIONS,        /* "%s (billions)" */
  PARITY_WORD_SHARES_NOT_WHOLE,   /* a pie's note: the shares add up to %1$s, not %2$s */
  PARITY_WORD_NO_DATA_FOR_IN,     /* a pie's note: no data for %1$s in %2$s */
  PARITY_WORD_PARTIAL_VALUES,     /* notes of a chart whose data the loader left values out of */
  PARITY_WORD_PARTIAL_ROWS,       /* … rows out of */
  PARITY_WORD_PARTIAL_PAGES,      /* … read from a file that lacks pages of the API's answer */
  PARITY_WORD_PARTIAL,            /* … more than one of those */
  PARITY_WORD_NO_DATA_NAMES,      /* "No data: %s": the entities a range band cannot show */
  PARITY_WORD_NAME_SEPARATOR,     /* between names in such a list: ", " */
  /* The text description (alt text) of a chart: what kind, of what, then each value. */
  PARITY_WORD_DESC_BAR,
  PARITY_WORD_DESC_BAR_GROUPED,
  PARITY_WORD_DESC_BAR_STACKED,
  PARITY_WORD_DESC_COLUMN,
  PARITY_WORD_DESC_COLUMN_GROUPED,
  PARITY_WORD_DESC_COLUMN_STACKED,
  PARITY_WORD_DESC_SHARES_OF_WHOLE,
  PARITY_WORD_DESC_LINE,
  PARITY_WORD_DESC_LINE_LOG,
  PARITY_WORD_DESC_PIE,
  PARITY_WORD_DESC_DONUT,
  PARITY_WORD_DESC_DUMBBELL,
  PARITY_WORD_DESC_RANGE,
  PARITY_WORD_DESC_REFERENCE,
  PARITY_WORD_DESC_TOTAL,
  PARITY_WORD_DESC_MARKED_SERIES,
  PARITY_WORD_DESC_WITH,          /* "%1$s, %2$s" */
  PARITY_WORD_DESC_INTRO,         /* "%1$s: %2$s" */
  PARITY_WORD_DESC_ITEM,          /* "%1$s %2$s": a name and its value */
  PARITY_WORD_DESC_AND,
  PARITY_WORD_DESC_SERIES,
  PARITY_WORD_DESC_PAREN,
  PARITY_WORD_DESC_REFERENCE_LINE,
  PARITY_WORD_DESC_MARKED,
  PARITY_WORD_DESC_GAP,
  PARITY_WORD_DESC_GAP_SHARE,
  PARITY_WORD_DESC_FROM_TO,
  PARITY_WORD_DESC_SPAN,
  PARITY_WORD_DESC_EXTREMES,
  PARITY_WORD_DESC_TIMES_LESS,
  /* Aggregates named by their codes (World Bank, M49), for a chart whose data names them in
     another language only (parity-economy-names.c). */
  PARITY_WORD_AGGREGATE_LDC,
  PARITY_WORD_AGGREGATE_LLDC,
  PARITY_WORD_AGGREGATE_SIDS,
  PARITY_WORD_AGGREGATE_HIC,
  PARITY_WORD_AGGREGATE_UMC,
  PARITY_WORD_AGGREGATE_LMC,
  PARITY_WORD_AGGREGATE_LIC,
  PARITY_WORD_AGGREGATE_MIC,
  PARITY_WORD_AGGREGATE_LMY,
  PARITY_WORD_AGGREGATE_SSF,
  PARITY_WORD_AGGREGATE_EAS,
  PARITY_WORD_AGGREGATE_ECS,
  PARITY_WORD_AGGREGATE_LCN,
  PARITY_WORD_AGGREGATE_NAC,
  PARITY_WORD_AGGREGATE_SAS,
  /* The strip chart: how economies spread along the value axis. */
  PARITY_WORD_DESC_STRIP,
  PARITY_WORD_MEDIAN,             /* "median %s": the middle value of a group */
  PARITY_WORD_DESC_SCATTER,
  PARITY_WORD_DESC_SCATTER_SIZE,
  PARITY_WORD_OTHERS,
  PARITY_WORD_DESC_SLOPE,
  PARITY_WORD_ONLY_PERIOD,        /* a slope chart's note: "%1$s only: %2$s", a period, names */
  /* Subtitles of the default charts of data by economy. */
  PARITY_WORD_BY_INCOME_GROUP,
  PARITY_WORD_BY_INCOME_GROUP_IN, /* "…, %s": with the period */
  PARITY_WORD_BY_GROUP_OVER_TIME,
  /* Groups of the classification of economies that a chart names by id ({"group":
     "itu-africa"}) without a label of its own: the ITU-D regions, then the UN M49 regions. */
  PARITY_WORD_GROUP_ITU_AFRICA,
  PARITY_WORD_GROUP_ITU_AMERICAS,
  PARITY_WORD_GROUP_ITU_ARAB_STATES,
  PARITY_WORD_GROUP_ITU_ASIA_PACIFIC,
  PARITY_WORD_GROUP_ITU_CIS,
  PARITY_WORD_GROUP_ITU_EUROPE,
  PARITY_WORD_GROUP_AFRICA,
  PARITY_WORD_GROUP_AMERICAS,
  PARITY_WORD_GROUP_ASIA,
  PARITY_WORD_GROUP_EUROPE,
  PARITY_WORD_GROUP_OCEANIA,
  PARITY_WORD_BAR_REST,           /* "… %1$s other economies, %2$s": the rows a bar chart of
                                     the top and bottom leaves out, and their range */
  PARITY_WORD_BAR_REST_OTHERS,    /* … when they are not all economies: "… %1$s others, %2$s" */
  /* A chart of the latest values: how many entities it has data for, and from when. */
  PARITY_WORD_COVERAGE,           /* "Data for %1$s of %2$s" (entities of any kind) */
  PARITY_WORD_FROM_PERIOD,        /* "%1$s from %2$s": 12 values from 2021 */
  PARITY_WORD_AGAINST,            /* a default scatter's title: "%1$s against %2$s", y then x */
  /* The map. */
  PARITY_WORD_DESC_MAP,           /* "Map of %s" */
  PARITY_WORD_DESC_HIGHEST,       /* "highest: %s" */
  PARITY_WORD_DESC_LOWEST,        /* "lowest: %s" */
  PARITY_WORD_MAP_NO_DATA,        /* the key's "No data" */
  PARITY_WORD_MAP_DISPUTED,       /* the key's "Disputed area" */
  PARITY_WORD_MAP_CIRCLES,        /* the note on economies drawn as circles */
  PARITY_WORD_MAP_DISCLAIMER,     /* the UN's disclaimer on boundaries and names */
  /* A chart's bands and targets, in its description. */
  PARITY_WORD_DESC_BAND,          /* "Band: %s" */
  PARITY_WORD_DESC_TARGET,        /* "Target: %s" */
  PARITY_WORD_DESC_BY_YEAR,       /* "%1$s by %2$s": 100% by 2030 */
  PARITY_WORD_VALUE_AXIS,         /* "Value axis: %s.": a figure's Markdown lists its ticks */
  /* A chart's annotations, in its description and its data's notes. */
  PARITY_WORD_DESC_ANNOTATION,    /* "Annotation: %s" */
  PARITY_WORD_DESC_ANNOTATION_ON, /* "Annotation on %1$s: %2$s" */
  /* A chart in panels (small multiples). */
  PARITY_WORD_FACET_FREE_AXES,    /* the subtitle's "Each panel has its own scale." */
  PARITY_N_WORDS
} ParityWord;

/* Words with a number in them, one form per plural form of the language (as ngettext
 * chooses them). */
typedef enum
{
  PARITY_COUNTED_COVERAGE_ECONOMIES,  /* "Data for %1$s of %2$s economies" */
  PARITY_COUNTED_NO_DATA_ECONOMIES,   /* a map's "%1$s economies without data" */
  PARITY_COUNTED_FACET_PANELS,        /* a description's "In %1$s panels: %2$s" */
  PARITY_N_COUNTED
} ParityCountedWord;

gboolean    parity_chart_word_for_scale (double      scale,
                                         ParityWord *value_word,
                                         ParityWord *axis_word);
const char *parity_chart_word          (const char *lang,
                                        ParityWord  word);
char       *parity_chart_word_with     (const char *lang,
                                        ParityWord  word,
                                        const char *argument);
char       *parity_chart_word_with2    (const char *lang,
                                        ParityWord  word,
                                        const char *first,
                                        const char *second);
gboolean    parity_chart_lang_is_rtl   (const char *lang);
const char *parity_chart_sentence_gap  (const char *lang);
const char *parity_chart_word_translated (const char *lang,
                                          ParityWord  word);
char       *parity_chart_counted_with2 (const char        *lang,
                                        ParityCountedWord  word,
                                        gulong             n,
                                        const char        *first,
                                        const char        *second);

G_END_DECLS
