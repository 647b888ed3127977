/* parity-label-placer.c
 *
 * Every chart kind places its labels through this: a label goes to the first of its
 * candidate positions where it stays inside the bounds and touches no mark and no other
 * label; failing that it is shortened with an ellipsis; failing that it is dropped and
 * counted, and the frame adds a note saying so. Move, shorten, drop — in that order.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include "parity-label-placer.h"

/* Labels keep this much air around them, relative to body text. */
#define LABEL_PADDING 0.12
/* A shortened label keeps at least this share of its width, or it is dropped. */
#define MIN_SHORTENED 0.45

struct _ParityLabelPlacer
{
  ParityChartContext *ctx;
  ParityRect          bounds;
  GArray             *taken;   /* ParityRect */
  double              padding;
};

ParityLabelPlacer *
parity_label_placer_new (ParityChartContext *ctx,
                         const ParityRect   *bounds)
{
  ParityLabelPlacer *placer = g_new0 (ParityLabelPlacer, 1);

  placer->ctx = ctx;
  placer->bounds = *bounds;
  placer->taken = g_array_new (FALSE, FALSE, sizeof (ParityRect));
  placer->padding = ctx->theme->body_size * LABEL_PADDING;
  return placer;
}

void
parity_label_placer_free (ParityLabelPlacer *placer)
{
  if (placer == NULL)
    return;
  g_array_unref (placer->taken);
  g_free (placer);
}

void
parity_label_placer_add_obstacle (ParityLabelPlacer *placer,
                                  const ParityRect  *rect)
{
  g_array_append_val (placer->taken, *rect);
}

/* Every text and mark already in the scene (not the background, a panel's ground, grid, axes
 * or bands, which labels may sit on). */
void
parity_label_placer_add_scene_obstacles (ParityLabelPlacer *placer)
{
  for (guint i = 0; i < parity_scene_get_n_items (placer->ctx->scene); i++)
    {
      const ParityItem *item = parity_scene_get_item (placer->ctx->scene, i);

      switch (item->role)
        {
        case PARITY_ROLE_BACKGROUND:
        case PARITY_ROLE_PANEL:  /* a panel's ground, which its labels sit on */
        case PARITY_ROLE_GRID:
        case PARITY_ROLE_AXIS:
          break;
        case PARITY_ROLE_REFERENCE:
          /* A band is a pale ground behind the marks, which its label sits on. */
          if (item->kind != PARITY_ITEM_RECT)
            parity_label_placer_add_obstacle (placer, &item->box);
          break;
        default:
          if (item->kind != PARITY_ITEM_ARC && item->kind != PARITY_ITEM_PATH)
            parity_label_placer_add_obstacle (placer, &item->box);
        }
    }
}

gboolean
parity_label_placer_fits (ParityLabelPlacer *placer,
                          const ParityRect  *rect)
{
  ParityRect padded = { rect->x - placer->padding, rect->y - placer->padding,
                        rect->width + 2 * placer->padding, rect->height + 2 * placer->padding };

  if (!parity_rect_contains_rect (&placer->bounds, rect))
    return FALSE;
  for (guint i = 0; i < placer->taken->len; i++)
    if (parity_rect_intersects (&padded, &g_array_index (placer->taken, ParityRect, i)))
      return FALSE;
  return TRUE;
}

static ParityItem *
commit (ParityLabelPlacer *placer,
        PangoLayout       *layout,
        ParityRole         role,
        const ParityColor *color,
        const ParityPoint *origin)
{
  ParityItem *item = parity_scene_add_text (placer->ctx->scene, role, layout, origin->x,
                                            origin->y, color);

  g_array_append_val (placer->taken, item->box);
  return item;
}

/**
 * parity_label_placer_place:
 * @anchors: top-left origins to try, best first
 * @may_shorten: whether the label may be ellipsized to fit
 *
 * Returns: (transfer none) (nullable): the text item, or %NULL when the label was dropped
 */
ParityItem *
parity_label_placer_place (ParityLabelPlacer *placer,
                           PangoLayout       *layout,
                           ParityRole         role,
                           const ParityColor *color,
                           const ParityPoint *anchors,
                           guint              n_anchors,
                           gboolean           may_shorten)
{
  ParityRect full;

  for (guint i = 0; i < n_anchors; i++)
    {
      ParityRect rect = parity_pango_measure (layout, anchors[i].x, anchors[i].y);

      if (parity_label_placer_fits (placer, &rect))
        return commit (placer, layout, role, color, &anchors[i]);
    }

  full = parity_pango_measure (layout, anchors[0].x, anchors[0].y);
  if (may_shorten && n_anchors > 0)
    {
      g_autoptr(PangoLayout) shortened = pango_layout_copy (layout);

      pango_layout_set_ellipsize (shortened, PANGO_ELLIPSIZE_END);
      for (double share = 0.9; share >= MIN_SHORTENED; share -= 0.1)
        {
          pango_layout_set_width (shortened, (int)(full.width * share * PANGO_SCALE));
          for (guint i = 0; i < n_anchors; i++)
            {
              ParityRect rect = parity_pango_measure (shortened, anchors[i].x, anchors[i].y);

              if (parity_label_placer_fits (placer, &rect))
                return commit (placer, shortened, role, color, &anchors[i]);
            }
        }
    }

  placer->ctx->n_dropped++;
  return NULL;
}

/* Stacks the labels (sorted by their wanted centre) between lo and hi, each as near its
 * mark as the others allow: labels that would touch merge into a block centred on their
 * mean wish, which may in turn touch the block above. FALSE when they cannot all fit. */
gboolean
parity_label_stack (ParityLabelSlot *slots,
                    guint            n,
                    double           lo,
                    double           hi,
                    double           pad)
{
  g_autofree guint *start = g_new (guint, n + 1);
  g_autofree double *top = g_new (double, n);
  guint n_blocks = 0;
  double total = 0;

  for (guint i = 0; i < n; i++)
    total += slots[i].height + (i > 0 ? pad : 0);
  if (total > hi - lo)
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      start[n_blocks++] = i;
      start[n_blocks] = i + 1;
      for (;;)
        {
          guint b = n_blocks - 1;
          double offset = 0, sum = 0, height;

          for (guint k = start[b]; k < start[b + 1]; k++)
            {
              sum += slots[k].want - slots[k].height / 2 - offset;
              offset += slots[k].height + pad;
            }
          height = offset - pad;
          top[b] = CLAMP (sum / (start[b + 1] - start[b]), lo, hi - height);
          if (b == 0)
            break;
          {
            double previous_height = -pad;

            for (guint k = start[b - 1]; k < start[b]; k++)
              previous_height += slots[k].height + pad;
            if (top[b - 1] + previous_height + pad <= top[b])
              break;
          }
          start[b] = start[b + 1];
          n_blocks--;
        }
    }
  for (guint b = 0; b < n_blocks; b++)
    {
      double y = top[b];

      for (guint k = start[b]; k < start[b + 1]; k++)
        {
          slots[k].top = y;
          y += slots[k].height + pad;
        }
    }
  return TRUE;
}
