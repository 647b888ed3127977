/* parity-chart-dots.c: what the kinds that mark values as dots on rows share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include <string.h>

#include "parity-chart-dots.h"

/* The rows: one per chosen entity, sorted by @compare when it is given, then the
 * reference entity set apart at the bottom when the chart names one and it has a value.
 * Each row is @row_size bytes, filled by @fill. */
GArray *
parity_dots_select_rows (ParityChartContext *ctx,
                         gsize               row_size,
                         ParityDotsFillRow   fill,
                         gpointer            fill_data,
                         GCompareDataFunc    compare,
                         gpointer            compare_data)
{
  const ParityChartSpec *spec = ctx->spec;
  g_autoptr(GArray) entities = parity_chart_select_entities (ctx->dataset, spec);
  GArray *rows = g_array_new (FALSE, TRUE, row_size);
  g_autofree gpointer row = g_malloc0 (row_size);
  g_autofree gpointer reference = NULL;

  for (guint i = 0; i <= entities->len; i++)
    {
      gboolean is_reference = i == entities->len;
      guint32 entity = is_reference ? spec->reference : g_array_index (entities, guint32, i);
      gboolean any;

      if (entity == PARITY_INDEX_NONE)
        break;
      memset (row, 0, row_size);
      any = fill (row, entity, is_reference, fill_data);
      if (!is_reference)
        g_array_append_vals (rows, row, 1);
      else if (any)
        reference = g_memdup2 (row, row_size);
    }
  if (compare != NULL)
    g_array_sort_with_data (rows, compare, compare_data);
  if (reference != NULL)
    g_array_append_vals (rows, reference, 1);
  return rows;
}

/* A dot for @row at (@x, @cy), its box the whole shape (a diamond reaches past its radius)
 * so that labels keep clear of it; with a @halo, on a ring of background that keeps two
 * dots that nearly coincide (76.8 and 77.6) apart. */
ParityItem *
parity_dots_add (ParityChartContext   *ctx,
                 ParityMarkerShape     shape,
                 const ParityChartRow *row,
                 double                x,
                 double                cy,
                 double                r,
                 double                halo,
                 const ParityColor    *color)
{
  double reach = r * (shape == PARITY_MARKER_DIAMOND ? PARITY_DOT_DIAMOND_REACH : 1);
  ParityItem *item;

  if (halo > 0)
    parity_scene_add_marker (ctx->scene, PARITY_ROLE_BACKGROUND, shape, x, cy, r + halo,
                             &ctx->theme->background);
  item = parity_scene_add_marker (ctx->scene, PARITY_ROLE_MARK, shape, x, cy, r, color);
  item->box = (ParityRect) { x - reach, cy - reach, 2 * reach, 2 * reach };
  item->hollow = row->qualifier == PARITY_QUALIFIER_FORECAST;
  return parity_chart_set_datum (item, ctx, row);
}

/* Names the series right above the dots of a row, @h high, clear of marks that reach
 * @reach from the row's centre @cy and of the value labels beside them: first each centred
 * on its dot, then splayed outward from dots of radius @r. Places them all, or none. */
gboolean
parity_dots_place_names (ParityRows        *frame,
                         ParityLabelPlacer *placer,
                         ParityDotsName    *names,
                         guint              n,
                         double             cy,
                         double             reach,
                         double             r,
                         double             h)
{
  double y = cy - MAX (reach, frame->value_h / 2 + frame->pad * 0.3) - frame->pad * 0.3 - h;

  g_return_val_if_fail (n <= 3, FALSE);

  for (guint attempt = 0; attempt < 2; attempt++)
    {
      ParityPoint at[3];
      ParityRect spaced[3];
      gboolean fits = TRUE;

      for (guint k = 0; k < n; k++)
        {
          double w = parity_pango_width (names[k].layout), x = names[k].x;
          double left = attempt == 1 && names[k].splay < 0 ? x + r - w
                        : attempt == 1 && names[k].splay > 0 ? x - r : x - w / 2;
          double m = names[k].margin;

          at[k] = (ParityPoint) { left, y };
          spaced[k] = (ParityRect) { left - m, y, w + m * 2, h };
          fits &= parity_label_placer_fits (placer, &(ParityRect) { left, y, w, h });
          for (guint j = 0; j < k; j++)
            fits &= !parity_rect_intersects (&spaced[j], &spaced[k]);
        }
      if (fits)
        {
          for (guint k = 0; k < n; k++)
            parity_label_placer_place (placer, names[k].layout, PARITY_ROLE_SERIES_LABEL,
                                       &names[k].color, &at[k], 1, FALSE);
          return TRUE;
        }
    }
  return FALSE;
}
