/* parity-economies.h: who an entity is — economies by any of their codes, their groups, and
 * the aggregates that are not economies
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "parity-dataset.h"

G_BEGIN_DECLS

/* The six languages of the UN's names, in the classification's column order. */
typedef enum
{
  PARITY_UN_EN,
  PARITY_UN_FR,
  PARITY_UN_ES,
  PARITY_UN_RU,
  PARITY_UN_ZH,
  PARITY_UN_AR,
  PARITY_N_UN_LANGS
} ParityUnLang;

/* One economy of the classification; owned by it, read-only. Empty strings are never
 * stored: what the file leaves empty is NULL. */
typedef struct
{
  char *alpha3;                       /* the canonical id: "JPN", "XKX", "CHI" */
  char *alpha2;                       /* "JP", or NULL */
  char *m49;                          /* "392", three digits, or NULL */
  char *region;                       /* M49 region group id: "asia" */
  char *subregion;                    /* M49 sub-region group id: "eastern-asia" */
  char *itu;                          /* ITU-D region group id: "itu-asia-pacific", or NULL */
  char *income;                       /* World Bank income group id: "income-high", or NULL */
  GStrv un;                           /* UN groups: "ldc", "lldc", "sids" (maybe none) */
  char *names[PARITY_N_UN_LANGS];     /* UNTERM short names without the article, or NULL */
} ParityEconomy;

typedef struct _ParityClassification ParityClassification;

ParityClassification *parity_classification_load        (const char  *path,
                                                         GError     **error);
void                  parity_classification_free        (ParityClassification *self);
ParityClassification *parity_classification_get_default (GError **error);

guint                 parity_classification_get_n_economies (ParityClassification *self);
const ParityEconomy  *parity_classification_get_economy     (ParityClassification *self,
                                                             guint                 i);
const ParityEconomy  *parity_classification_lookup          (ParityClassification *self,
                                                             const char           *code);
gboolean              parity_classification_has_group      (ParityClassification *self,
                                                             const char           *group);
char                 *parity_classification_list_groups    (ParityClassification *self,
                                                             const char           *separator);

gboolean              parity_economy_in_group   (const ParityEconomy *economy,
                                                 const char          *group);

ParityEntityKind      parity_economies_identify (const char  *code,
                                                 const char **canonical);
const ParityEconomy  *parity_economies_lookup   (const char  *code);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ParityClassification, parity_classification_free)

G_END_DECLS
