/* parity-chart-guides.c: reading a chart's "bands" and "targets", common chart members
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "parity-chart-guides.h"

static void
band_clear (gpointer data)
{
  ParityBand *band = data;

  parity_text_free (band->label);
}

static void
target_clear (gpointer data)
{
  ParityTarget *target = data;

  parity_text_free (target->label);
  g_free (target->period);
}

/* The kinds without a value axis: a pie's, a donut's slices and a map's colours show the
 * values, and nothing runs across them at a value. */
static gboolean
has_value_axis (const char *kind)
{
  return g_strcmp0 (kind, "pie") != 0 && g_strcmp0 (kind, "donut") != 0 &&
         g_strcmp0 (kind, "map") != 0;
}

/* The array of @member, at most PARITY_CHART_MAX_GUIDES objects; NULL when it is absent.
 * A kind without a value axis (@kind) has none. */
static gboolean
read_array (ParityJsonReader *r,
            JsonObject       *object,
            const char       *member,
            const char       *kind,
            JsonArray       **out)
{
  if (!_parity_json_reader_array (r, object, member, FALSE, out))
    return FALSE;
  if (*out != NULL && !has_value_axis (kind))
    return _parity_json_reader_fail_at (r, member,
                                        /* Translators: the first %s is "bands" or
                                           "targets", the second a chart kind ("pie",
                                           "map"); both stay as they are. */
                                        _("\"%s\" need a value axis, which a \"%s\" chart "
                                          "does not have"), member, kind);
  if (*out != NULL && json_array_get_length (*out) > PARITY_CHART_MAX_GUIDES)
    return _parity_json_reader_fail_at (r, member,
                                        /* Translators: %s is "bands" or "targets", which stays
                                           as it is; %d is how many a chart may have. */
                                        _("\"%s\" has more than %d entries"), member,
                                        PARITY_CHART_MAX_GUIDES);
  return TRUE;
}

/* "axis": "x" puts a band or target on a scatter plot's horizontal axis; "y", as without
 * it, on the value axis. Other kinds have one value axis: there it is an error. */
static gboolean
read_axis (ParityJsonReader *r,
           JsonObject       *element,
           const char       *kind,
           gboolean         *on_x)
{
  static const char * const names[] = { "y", "x", NULL };
  int axis = 0;

  if (!_parity_json_reader_enum (r, element, "axis", names, &axis))
    return FALSE;
  if (json_object_has_member (element, "axis") && g_strcmp0 (kind, "scatter") != 0)
    return _parity_json_reader_fail_at (r, "axis",
                                        /* Translators: keep "axis" as it is. */
                                        _("\"axis\" is for a scatter plot, whose two axes "
                                          "both show values"));
  *on_x = axis == 1;
  return TRUE;
}

static gboolean
read_band (ParityJsonReader *r,
           JsonObject       *element,
           const char       *lang,
           const char       *kind,
           gpointer          out)
{
  static const char * const members[] = { "from", "to", "label", "axis", NULL };
  ParityBand *band = out;

  if (!_parity_json_reader_check_members (r, element, members) ||
      !_parity_json_reader_number (r, element, "from", TRUE, &band->from) ||
      !_parity_json_reader_number (r, element, "to", TRUE, &band->to) ||
      !_parity_json_reader_text (r, element, "label", FALSE, lang, &band->label) ||
      !read_axis (r, element, kind, &band->on_x))
    return FALSE;
  if (band->from >= band->to)
    return _parity_json_reader_fail_at (r, "to",
                                        /* Translators: keep "to" and "from" as they are. */
                                        _("\"to\" must be greater than \"from\""));
  return TRUE;
}

static gboolean
read_target (ParityJsonReader *r,
             JsonObject       *element,
             const char       *lang,
             const char       *kind,
             gpointer          out)
{
  ParityTarget *target = out;
  static const char * const members[] = { "value", "label", "period", "axis", NULL };
  const char *period = NULL;

  if (!_parity_json_reader_check_members (r, element, members) ||
      !_parity_json_reader_number (r, element, "value", TRUE, &target->value) ||
      !_parity_json_reader_text (r, element, "label", FALSE, lang, &target->label) ||
      !_parity_json_reader_string (r, element, "period", FALSE, &period) ||
      !read_axis (r, element, kind, &target->on_x))
    return FALSE;
  if (period == NULL)
    return TRUE;
  if (g_strcmp0 (kind, "line") != 0)
    return _parity_json_reader_fail_at (r, "period",
                                        /* Translators: keep "period" as it is. */
                                        _("a target's \"period\" is for a line chart, whose "
                                          "time axis it marks"));
  if (strlen (period) != 4 || !g_ascii_isdigit (period[0]) || !g_ascii_isdigit (period[1]) ||
      !g_ascii_isdigit (period[2]) || !g_ascii_isdigit (period[3]))
    return _parity_json_reader_fail_at (r, "period",
                                        /* Translators: %s is the period found. */
                                        _("\"%s\" is not a year"), period);
  target->period = g_strdup (period);
  return TRUE;
}

typedef gboolean (*ReadFunc) (ParityJsonReader *r,
                              JsonObject       *element,
                              const char       *lang,
                              const char       *kind,
                              gpointer          out);

/* Reads each object of @array, the value of @member, into the next element of @into. */
static gboolean
read_each (ParityJsonReader *r,
           const char       *member,
           JsonArray        *array,
           const char       *lang,
           const char       *kind,
           GArray           *into,
           ReadFunc          func)
{
  gsize mark = _parity_json_reader_push_member (r, member);

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      gsize item_mark = _parity_json_reader_push_index (r, i);
      JsonObject *element;

      g_array_set_size (into, i + 1);
      if (!_parity_json_reader_object (r, json_array_get_element (array, i), &element) ||
          !func (r, element, lang, kind, into->data + (gsize)i * g_array_get_element_size (into)))
        return FALSE;
      _parity_json_reader_pop (r, item_mark);
    }
  _parity_json_reader_pop (r, mark);
  return TRUE;
}

/**
 * _parity_chart_guides_read:
 *
 * Reads "bands" and "targets" of a chart object into @chart; errors at their JSON path.
 */
gboolean
_parity_chart_guides_read (ParityJsonReader *r,
                           JsonObject       *object,
                           const char       *lang,
                           ParityChartSpec  *chart)
{
  JsonArray *bands = NULL, *targets = NULL;

  if (!read_array (r, object, "bands", chart->kind, &bands) ||
      !read_array (r, object, "targets", chart->kind, &targets))
    return FALSE;
  if (bands != NULL)
    {
      chart->bands = g_array_new (FALSE, TRUE, sizeof (ParityBand));
      g_array_set_clear_func (chart->bands, band_clear);
      if (!read_each (r, "bands", bands, lang, chart->kind, chart->bands, read_band))
        return FALSE;
    }
  if (targets != NULL)
    {
      chart->targets = g_array_new (FALSE, TRUE, sizeof (ParityTarget));
      g_array_set_clear_func (chart->targets, target_clear);
      if (!read_each (r, "targets", targets, lang, chart->kind, chart->targets,
                      read_target))
        return FALSE;
    }
  return TRUE;
}
