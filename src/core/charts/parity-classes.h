/* parity-classes.h: the classes a choropleth sorts values into
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define PARITY_CLASSES_MAX 9
/* A map's "class_count" when it gives none. */
#define PARITY_MAP_DEFAULT_CLASSES 5

typedef enum
{
  PARITY_CLASSES_QUANTILE,  /* about as many values in each class, at round breaks */
  PARITY_CLASSES_EQUAL,     /* classes of one round width */
  PARITY_CLASSES_LOG,       /* 1, 2, 5, 10, 20, 50 …: for values over orders of magnitude */
  PARITY_CLASSES_MANUAL,    /* the breaks the chart gives */
} ParityClassMethod;

/* n classes between n + 1 breaks: class i holds the values v with
 * breaks[i] <= v < breaks[i + 1], the last class its upper break too. The first and last
 * breaks enclose every value classified. */
typedef struct
{
  guint  n;
  double breaks[PARITY_CLASSES_MAX + 1];
  guint  counts[PARITY_CLASSES_MAX];  /* how many of the values fell in each */
} ParityClasses;

gboolean parity_class_method_from_string (const char        *name,
                                          ParityClassMethod *method);
const char *parity_class_method_to_string (ParityClassMethod method);

/* Classes for @values (NANs are skipped) by @method, about @n_classes of them (quantile
 * and manual give exactly that many; equal and log as many round steps as fit), or from
 * @manual's @n_manual breaks, which must increase. FALSE with @error on too few values,
 * breaks that do not increase, log classes of values that are not all above zero. */
gboolean parity_classes_compute (ParityClassMethod  method,
                                 const double      *values,
                                 guint              n_values,
                                 guint              n_classes,
                                 const double      *manual,
                                 guint              n_manual,
                                 ParityClasses     *classes,
                                 GError           **error);
/* The class @value falls in, or -1 outside the breaks or for NAN. */
int      parity_classes_assign  (const ParityClasses *classes,
                                 double               value);

G_END_DECLS
