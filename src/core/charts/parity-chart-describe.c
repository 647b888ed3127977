/* parity-chart-describe.c
 *
 * Every kind describes itself as "WHAT: ITEM; ITEM; ITEM." — what the chart is (kind,
 * indicator, period, series) and then each value it draws with its name. The pieces are
 * chart words (context "chart" in the PO files), looked up in the chart's language, so a
 * French chart is described in French whatever the desktop's language.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include "parity-chart-describe.h"

char *
parity_describe (ParityChartContext *ctx,
                 ParityWord          word,
                 const char         *argument)
{
  return parity_chart_word_with (ctx->lang, word, argument);
}

char *
parity_describe2 (ParityChartContext *ctx,
                  ParityWord          word,
                  const char         *first,
                  const char         *second)
{
  return parity_chart_word_with2 (ctx->lang, word, first, second);
}

/* "A", "A and B", "A, B and C". */
char *
parity_describe_and (ParityChartContext *ctx,
                     const char * const *names,
                     guint               n_names)
{
  char *list;

  if (n_names == 0)
    return g_strdup ("");
  list = g_strdup (names[0]);
  for (guint i = 1; i < n_names; i++)
    {
      char *longer = parity_describe2 (ctx, i + 1 < n_names ? PARITY_WORD_DESC_WITH
                                                            : PARITY_WORD_DESC_AND,
                                       list, names[i]);

      g_free (list);
      list = longer;
    }
  return list;
}

/* A value the description names goes into the chart's data table too: the table is what
 * the description reads out, row by row. */
void
parity_describe_record (ParityChartContext   *ctx,
                        const ParityChartRow *row,
                        const char           *series)
{
  ParityDatum datum = parity_chart_row_datum (ctx, row);

  parity_scene_add_table_row (ctx->scene, &datum, series);
}

/* "Bar chart of Individuals using the Internet": @word with the chart's indicator. */
char *
parity_describe_kind (ParityChartContext *ctx,
                      ParityWord          word)
{
  return parity_describe (ctx, word, parity_text_get (ctx->indicator->label, ctx->lang,
                                                      ctx->default_lang));
}

/* "Women 48.4%, Men 58.3%": two values of one category, each after its series' name,
 * recorded in the data table in that order. */
char *
parity_describe_pair (ParityChartContext   *ctx,
                      const char * const    series[2],
                      const ParityChartRow  ends[2])
{
  g_autofree char *a = parity_chart_format_row (ctx, &ends[0]);
  g_autofree char *b = parity_chart_format_row (ctx, &ends[1]);
  g_autofree char *first = parity_describe2 (ctx, PARITY_WORD_DESC_ITEM, series[0], a);
  g_autofree char *second = parity_describe2 (ctx, PARITY_WORD_DESC_ITEM, series[1], b);

  parity_describe_record (ctx, &ends[0], series[0]);
  parity_describe_record (ctx, &ends[1], series[1]);
  return parity_describe2 (ctx, PARITY_WORD_DESC_WITH, first, second);
}

/* Appends another sentence, ended and spaced the language's way (no space in Chinese). */
void
parity_describe_sentence (ParityChartContext *ctx,
                          const char         *sentence)
{
  g_string_append_printf (ctx->description, "%s%s%s", parity_chart_sentence_gap (ctx->lang),
                          sentence,
                          parity_chart_word (ctx->lang, PARITY_WORD_SENTENCE_END));
}

/* Appends "HEAD: ITEM; ITEM." to the chart's description. */
void
parity_describe_finish (ParityChartContext *ctx,
                        const char         *head,
                        GPtrArray          *items)
{
  const char *separator = parity_chart_word (ctx->lang, PARITY_WORD_LIST_SEPARATOR);
  g_autoptr(GString) list = g_string_new (NULL);
  g_autofree char *sentence = NULL;

  for (guint i = 0; i < items->len; i++)
    g_string_append_printf (list, "%s%s", i > 0 ? separator : "",
                            (const char *)g_ptr_array_index (items, i));
  sentence = parity_describe2 (ctx, PARITY_WORD_DESC_INTRO, head, list->str);
  g_string_append (ctx->description, sentence);
  g_string_append (ctx->description, parity_chart_word (ctx->lang, PARITY_WORD_SENTENCE_END));
}

/* "WHAT, PERIOD" for the chart's period ("Bar chart of Internet use, 2019"), or WHAT alone
 * when the chart has none or its data has no time (PARITY_PERIOD_NONE, which means nothing
 * to a reader). */
char *
parity_describe_period (ParityChartContext *ctx,
                        const char         *what)
{
  const char *period = parity_dataset_get_period_label (ctx->dataset, ctx->spec->period);

  if (period == NULL)
    return g_strdup (what);
  return parity_describe2 (ctx, PARITY_WORD_DESC_WITH, what, period);
}
