/* parity-annotation-reader.c: reading a chart's "annotations", a common chart member
 *
 * Each annotation is a text and one anchor: a datum ("entity", and "period" unless the
 * chart's), a "value" on the value axis, or a position ("x", "y", fractions of the plot);
 * a "connector" and the offset "dx", "dy" where it was dragged. Every limit and every
 * datum the file names is checked here, at the annotation's JSON path.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "parity-annotation-reader.h"

static const char * const connector_names[] = { "line", "arrow", "none", NULL };

static void
annotation_clear (gpointer data)
{
  ParityAnnotation *annotation = data;

  parity_text_free (annotation->text);
}

/* Whether @indicator has an observation of @entity (in @period, unless it is NONE). */
static gboolean
has_observation (ParityDataset *dataset,
                 guint32        indicator,
                 guint32        entity,
                 guint32        period)
{
  const ParityIndicator *ind;

  if (indicator == PARITY_INDEX_NONE || indicator >= parity_dataset_get_n_indicators (dataset))
    return FALSE;
  ind = parity_dataset_get_indicator (dataset, indicator);
  for (guint i = 0; i < ind->obs.len; i++)
    if (ind->obs.entity[i] == entity && (period == PARITY_INDEX_NONE ||
                                         ind->obs.period[i] == period))
      return TRUE;
  return FALSE;
}

/* The chart shows a value of @entity in @period: its indicator's, or a series'. */
static gboolean
chart_has_datum (ParityDataset         *dataset,
                 const ParityChartSpec *chart,
                 guint32                entity,
                 guint32                period)
{
  if (period == PARITY_INDEX_NONE && !chart->latest)
    period = chart->period;
  if (has_observation (dataset, chart->indicator, entity, period))
    return TRUE;
  for (guint i = 0; chart->series != NULL && i < chart->series->len; i++)
    {
      const ParitySeries *series = &g_array_index (chart->series, ParitySeries, i);
      guint32 p = period == PARITY_INDEX_NONE && !chart->latest ? series->period : period;

      if (has_observation (dataset, series->indicator, entity, p))
        return TRUE;
    }
  return FALSE;
}

static gboolean
check_text (ParityJsonReader *r,
            const ParityText *text)
{
  for (guint i = 0; i < parity_text_get_n_langs (text); i++)
    {
      const char *lang = parity_text_get_lang (text, i);
      const char *value = parity_text_get_exact (text, lang);
      glong n = g_utf8_strlen (value, -1);
      gsize mark;
      gboolean ok;

      if (n > 0 && n <= PARITY_ANNOTATION_MAX_CHARS)
        continue;
      mark = _parity_json_reader_push_member (r, "text");
      ok = n == 0
           ? _parity_json_reader_fail_at (r, lang, _("an annotation's text is empty"))
           : _parity_json_reader_fail_at (r, lang,
                                          /* Translators: a number of characters, then the
                                             largest number allowed. */
                                          _("an annotation of %ld characters is too long (at "
                                            "most %d)"), n, PARITY_ANNOTATION_MAX_CHARS);
      _parity_json_reader_pop (r, mark);
      return ok;
    }
  return TRUE;
}

/* "x" and "y", fractions of the plot, required; or "dx" and "dy", offsets in points. */
static gboolean
read_place (ParityJsonReader *r,
            JsonObject       *element,
            const char       *member,
            gboolean          fraction,
            double           *out)
{
  if (!_parity_json_reader_number (r, element, member, fraction, out))
    return FALSE;
  if (fraction ? *out >= 0 && *out <= 1 : fabs (*out) <= PARITY_ANNOTATION_MAX_OFFSET)
    return TRUE;
  if (fraction)
    return _parity_json_reader_fail_at (r, member,
                                        /* Translators: %s is "x" or "y", which stay as they
                                           are. */
                                        _("\"%s\" is a fraction of the plot, from 0 to 1"),
                                        member);
  return _parity_json_reader_fail_at (r, member,
                                      /* Translators: %s is "dx" or "dy", which stay as they
                                         are; %d is a number of points. */
                                      _("\"%s\" is an offset of at most %d pt"), member,
                                      PARITY_ANNOTATION_MAX_OFFSET);
}

static gboolean
read_anchor (ParityJsonReader *r,
             ParityDataset    *dataset,
             JsonObject       *element,
             ParityChartSpec  *chart,
             ParityAnnotation *annotation)
{
  gboolean datum = json_object_has_member (element, "entity");
  gboolean value = json_object_has_member (element, "value");
  gboolean position = json_object_has_member (element, "x") ||
                      json_object_has_member (element, "y");
  const char *entity = NULL, *period = NULL;

  if (datum + value + position != 1)
    return _parity_json_reader_fail (r,
                                     /* Translators: keep the quoted words as they are. */
                                     _("an annotation is anchored to one of: an \"entity\" "
                                       "(and its \"period\"), a \"value\", or a position "
                                       "\"x\", \"y\""));
  if (!datum && json_object_has_member (element, "period"))
    return _parity_json_reader_fail_at (r, "period",
                                        /* Translators: keep "period" and "entity". */
                                        _("\"period\" goes with an \"entity\""));
  if (value)
    {
      annotation->anchor = PARITY_ANNOTATION_VALUE;
      return _parity_json_reader_number (r, element, "value", TRUE, &annotation->value);
    }
  if (position)
    {
      annotation->anchor = PARITY_ANNOTATION_POSITION;
      return read_place (r, element, "x", TRUE, &annotation->x) &&
             read_place (r, element, "y", TRUE, &annotation->y);
    }
  annotation->anchor = PARITY_ANNOTATION_DATUM;
  annotation->period = PARITY_INDEX_NONE;
  if (!_parity_json_reader_string (r, element, "entity", TRUE, &entity) ||
      !_parity_json_reader_string (r, element, "period", FALSE, &period))
    return FALSE;
  annotation->entity = parity_dataset_lookup_entity (dataset, entity);
  if (annotation->entity == PARITY_INDEX_NONE)
    return _parity_json_reader_fail_at (r, "entity", _("no entity has the id \"%s\""), entity);
  if (period != NULL)
    {
      annotation->period = parity_dataset_lookup_period (dataset, period);
      if (annotation->period == PARITY_INDEX_NONE ||
          !chart_has_datum (dataset, chart, annotation->entity, annotation->period))
        return _parity_json_reader_fail_at (r, "period",
                                            /* Translators: an entity's id, then a period
                                               such as 2019. */
                                            _("the chart has no value of \"%s\" in \"%s\""),
                                            entity, period);
    }
  else if (!chart_has_datum (dataset, chart, annotation->entity, PARITY_INDEX_NONE))
    return _parity_json_reader_fail_at (r, "entity",
                                        /* Translators: %s is an entity's id. */
                                        _("the chart has no value of \"%s\""), entity);
  return TRUE;
}

static gboolean
read_annotation (ParityJsonReader *r,
                 ParityDataset    *dataset,
                 JsonObject       *element,
                 const char       *lang,
                 ParityChartSpec  *chart,
                 ParityAnnotation *annotation)
{
  static const char * const members[] = { "text", "entity", "period", "value", "x", "y",
                                          "connector", "dx", "dy", NULL };
  int connector = PARITY_CONNECTOR_LINE;

  if (!_parity_json_reader_check_members (r, element, members) ||
      !_parity_json_reader_text (r, element, "text", TRUE, lang, &annotation->text) ||
      !check_text (r, annotation->text) ||
      !read_anchor (r, dataset, element, chart, annotation) ||
      !_parity_json_reader_enum (r, element, "connector", connector_names, &connector) ||
      !read_place (r, element, "dx", FALSE, &annotation->dx) ||
      !read_place (r, element, "dy", FALSE, &annotation->dy))
    return FALSE;
  annotation->connector = connector;
  annotation->moved = json_object_has_member (element, "dx") ||
                      json_object_has_member (element, "dy");
  return TRUE;
}

/**
 * _parity_chart_annotations_read:
 *
 * Reads "annotations" of a chart object into @chart, whose indicator, period and series
 * are read already; errors at their JSON path.
 */
gboolean
_parity_chart_annotations_read (ParityJsonReader *r,
                                ParityDataset    *dataset,
                                JsonObject       *object,
                                const char       *lang,
                                ParityChartSpec  *chart)
{
  JsonArray *array = NULL;
  gsize mark;

  if (!_parity_json_reader_array (r, object, "annotations", FALSE, &array))
    return FALSE;
  if (array == NULL)
    return TRUE;
  if (g_strcmp0 (chart->kind, "map") == 0)
    return _parity_json_reader_fail_at (r, "annotations",
                                        /* Translators: keep "annotations" as it is. */
                                        _("a map does not draw \"annotations\": name the "
                                          "economies to label in \"highlight\""));
  if (json_array_get_length (array) > PARITY_CHART_MAX_ANNOTATIONS)
    return _parity_json_reader_fail_at (r, "annotations",
                                        /* Translators: keep "annotations"; %d is how many a
                                           chart may have. */
                                        _("\"annotations\" has more than %d entries"),
                                        PARITY_CHART_MAX_ANNOTATIONS);
  chart->annotations = g_array_new (FALSE, TRUE, sizeof (ParityAnnotation));
  g_array_set_clear_func (chart->annotations, annotation_clear);
  mark = _parity_json_reader_push_member (r, "annotations");
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      gsize item_mark = _parity_json_reader_push_index (r, i);
      JsonObject *element;

      g_array_set_size (chart->annotations, i + 1);
      if (!_parity_json_reader_object (r, json_array_get_element (array, i), &element) ||
          !read_annotation (r, dataset, element, lang, chart,
                            &g_array_index (chart->annotations, ParityAnnotation, i)))
        return FALSE;
      _parity_json_reader_pop (r, item_mark);
    }
  _parity_json_reader_pop (r, mark);
  return TRUE;
}
