/* parity-datum-text.c: what the chart view says of one drawn value — its tooltip, and the
 * label a screen reader reads when the arrow keys step to it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-gtk"

#include "config.h"

#include <glib/gi18n.h>

#include "parity-datum-text.h"
#include "parity-figure.h"
#include "parity-number-format.h"
#include "parity-words.h"

/* What the value stepped to says: "Developed countries, 2019: 86.6%". */
char *
parity_datum_spoken (ParityDataset *dataset,
                     ParityScene   *scene,
                     guint          i)
{
  const char *series = NULL;
  const ParityDatum *d = parity_scene_get_table_row (scene, i, &series);
  const char *lang = parity_dataset_get_default_lang (dataset);
  g_autofree char *value = parity_figure_datum_value (dataset, d, lang);
  GString *text = g_string_new (parity_figure_datum_name (dataset, d, lang));
  const char *period = parity_dataset_get_period_label (dataset, d->period);

  if (series != NULL)
    g_string_append_printf (text, ", %s", series);
  /* A slope chart's series are named by their periods: say the year once. */
  if (period != NULL && g_strcmp0 (series, period) != 0)
    g_string_append_printf (text, ", %s", period);
  g_string_append_printf (text, ": %s", value);
  return g_string_free (text, FALSE);
}

/* "<b>Least developed countries</b>, 2019
 *  19.1% — estimate
 *  Individuals using the Internet
 *  Source: ITU, Measuring digital development…" */
char *
parity_datum_tooltip_markup (ParityDataset     *dataset,
                             const ParityDatum *datum)
{
  const ParityIndicator *indicator = parity_dataset_get_indicator (dataset,
                                                                   datum->indicator);
  /* No one entity: a pie's "Other" slice. */
  const ParityEntity *entity = datum->entity == PARITY_INDEX_NONE ? NULL
                               : parity_dataset_get_entity (dataset, datum->entity);
  const char *lang = parity_dataset_get_default_lang (dataset);
  guint32 source_id = indicator->source;
  g_autofree char *value = NULL;
  GString *out = g_string_new (NULL);
  g_autofree char *label = NULL;

  value = parity_format_value (datum->value, indicator->decimals, &indicator->unit,
                               datum->qualifier, lang, lang);
  label = g_markup_escape_text (entity != NULL ? parity_text_get (entity->label, lang, lang)
                                /* Translators: the slice of a pie chart that gathers the
                                   smallest shares, in the tooltip of that slice. */
                                : C_("pie slice", "Other"), -1);
  g_string_append_printf (out, "<b>%s</b>", label);
  if (parity_dataset_get_period_label (dataset, datum->period) != NULL)
    {
      g_autofree char *period = g_markup_escape_text (
        parity_dataset_get_period_label (dataset, datum->period), -1);

      g_string_append_printf (out, ", %s", period);
    }
  g_string_append_printf (out, "\n%s", value);
  if (datum->qualifier != PARITY_QUALIFIER_EXACT)
    g_string_append_printf (out, " — %s",
                            parity_words_qualifier (datum->qualifier));
  g_string_append_printf (out, "\n%s", parity_text_get (indicator->label, lang, lang));
  if (datum->observation != PARITY_INDEX_NONE &&
      indicator->obs.source[datum->observation] != PARITY_INDEX_NONE)
    source_id = indicator->obs.source[datum->observation];
  if (source_id != PARITY_INDEX_NONE)
    {
      const ParitySource *source = parity_dataset_get_source (dataset, source_id);
      g_autofree char *title = g_markup_escape_text (parity_text_get (source->title, lang,
                                                                      lang), -1);

      /* Translators: in a chart's tooltip, before the title of the publication the value
         comes from. */
      g_string_append_printf (out, "\n<small>%s %s</small>", _("Source:"), title);
    }
  return g_string_free (out, FALSE);
}

