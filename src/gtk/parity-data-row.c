/* parity-data-row.c
 *
 * Properties, so that the table's columns and sorters read them through expressions.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-gtk"

#include "config.h"

#include <math.h>

#include "parity-data-row.h"

struct _ParityDataRow
{
  GObject  parent_instance;
  char    *name;
  char    *series;
  char    *period;
  double   value;       /* NAN when missing: sorts first */
  char    *value_text;  /* as the chart writes it, in its language, with its unit */
  char    *qualifier;
};

G_DEFINE_FINAL_TYPE (ParityDataRow, parity_data_row, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_SERIES,
  PROP_PERIOD,
  PROP_VALUE,
  PROP_VALUE_TEXT,
  PROP_QUALIFIER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
parity_data_row_finalize (GObject *object)
{
  ParityDataRow *self = PARITY_DATA_ROW (object);

  g_free (self->name);
  g_free (self->series);
  g_free (self->period);
  g_free (self->value_text);
  g_free (self->qualifier);
  G_OBJECT_CLASS (parity_data_row_parent_class)->finalize (object);
}

static void
parity_data_row_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  ParityDataRow *self = PARITY_DATA_ROW (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_SERIES:
      g_value_set_string (value, self->series);
      break;
    case PROP_PERIOD:
      g_value_set_string (value, self->period);
      break;
    case PROP_VALUE:
      g_value_set_double (value, isnan (self->value) ? -G_MAXDOUBLE : self->value);
      break;
    case PROP_VALUE_TEXT:
      g_value_set_string (value, self->value_text);
      break;
    case PROP_QUALIFIER:
      g_value_set_string (value, self->qualifier);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
parity_data_row_class_init (ParityDataRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = parity_data_row_finalize;
  object_class->get_property = parity_data_row_get_property;
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_SERIES] = g_param_spec_string ("series", NULL, NULL, NULL, flags);
  properties[PROP_PERIOD] = g_param_spec_string ("period", NULL, NULL, NULL, flags);
  properties[PROP_VALUE] = g_param_spec_double ("value", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE,
                                                0, flags);
  properties[PROP_VALUE_TEXT] = g_param_spec_string ("value-text", NULL, NULL, NULL, flags);
  properties[PROP_QUALIFIER] = g_param_spec_string ("qualifier", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
parity_data_row_init (ParityDataRow *self)
{
}

ParityDataRow *
parity_data_row_new (const char *name,
                     const char *series,
                     const char *period,
                     double      value,
                     const char *value_text,
                     const char *qualifier)
{
  ParityDataRow *self = g_object_new (PARITY_TYPE_DATA_ROW, NULL);

  self->name = g_strdup (name);
  self->series = g_strdup (series);
  self->period = g_strdup (period);
  self->value = value;
  self->value_text = g_strdup (value_text);
  self->qualifier = g_strdup (qualifier);
  return self;
}
