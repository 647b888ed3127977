/* parity-chart-annotations.c: a chart's annotations, placed clear of its labels and marks
 *
 * The frame places a chart's "annotations" (read by formats/parity-annotation-reader) once
 * its kind has laid everything else out, so that an annotation knows every label and mark
 * it must keep clear of. Its anchor is a datum's mark (the scene's items say which datum
 * they draw; a line's points the kind notes), a value on the value axis the kind records,
 * or a point of the plot. The text goes where it was dragged (dx, dy) if that is clear,
 * else to the first clear place around its anchor, nearer first; failing that it is
 * wrapped, then shortened; failing that it is left out and the scene warns, naming it. A
 * connector runs from the text to its anchor when they are apart. Mirroring for Arabic
 * comes after, with the rest of the scene.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "parity-chart-annotations.h"
#include "parity-chart-describe.h"
#include "parity-label-placer.h"

/* A text wider than this many body sizes wraps before it is shortened. */
#define WRAP_EMS 12
/* The rings of places tried around an anchor, in gaps. */
#define N_RINGS 6

/* Records the value axis a kind draws, for annotations anchored to a "value". */
void
parity_chart_annotations_axis (ParityChartContext *ctx,
                               const ParityScale  *scale,
                               gboolean            value_on_y)
{
  ctx->has_value_axis = TRUE;
  ctx->value_on_y = value_on_y;
  ctx->value_axis = *scale;
}

/* Records where a datum drawn inside a path (a line's point) is, for annotations. */
void
parity_chart_annotations_note_point (ParityChartContext   *ctx,
                                     const ParityChartRow *row,
                                     double                x,
                                     double                y)
{
  ParityDatumPoint point = { row->entity, row->period, x, y };

  if (ctx->spec->annotations == NULL)
    return;
  if (ctx->datum_points == NULL)
    ctx->datum_points = g_array_new (FALSE, FALSE, sizeof (ParityDatumPoint));
  g_array_append_val (ctx->datum_points, point);
}

/* The period an annotation means: its own, else the chart's (NONE: the latest drawn). */
static guint32
annotation_period (ParityChartContext     *ctx,
                   const ParityAnnotation *annotation)
{
  if (annotation->period != PARITY_INDEX_NONE)
    return annotation->period;
  return ctx->spec->latest ? PARITY_INDEX_NONE : ctx->spec->period;
}

/* The box of the mark drawing the annotation's datum; FALSE when none is drawn. */
static gboolean
find_datum (ParityChartContext     *ctx,
            const ParityAnnotation *annotation,
            ParityRect             *box)
{
  guint32 period = annotation_period (ctx, annotation);
  const char *best = NULL;
  gboolean found = FALSE;

  for (guint i = 0; i < parity_scene_get_n_items (ctx->scene); i++)
    {
      const ParityItem *item = parity_scene_get_item (ctx->scene, i);
      const char *label;

      /* A mark, or the reference's line or dot (a chart's "reference" entity). */
      if ((item->role != PARITY_ROLE_MARK && item->role != PARITY_ROLE_REFERENCE) ||
          !item->has_datum || item->kind == PARITY_ITEM_PATH ||
          item->datum.entity != annotation->entity ||
          (period != PARITY_INDEX_NONE && item->datum.period != period))
        continue;
      label = parity_dataset_get_period (ctx->dataset, item->datum.period);
      if (period != PARITY_INDEX_NONE)
        {
          *box = item->box;
          return TRUE;
        }
      /* No period asked for: the latest one drawn. */
      if (best == NULL || g_strcmp0 (label, best) > 0)
        {
          best = label;
          *box = item->box;
          found = TRUE;
        }
    }
  for (guint i = 0; !found && ctx->datum_points != NULL && i < ctx->datum_points->len; i++)
    {
      const ParityDatumPoint *p = &g_array_index (ctx->datum_points, ParityDatumPoint, i);
      double r = ctx->theme->body_size * 0.2;
      const char *label = parity_dataset_get_period (ctx->dataset, p->period);

      if (p->entity != annotation->entity ||
          (period != PARITY_INDEX_NONE && p->period != period) ||
          (best != NULL && g_strcmp0 (label, best) <= 0))
        continue;
      *box = (ParityRect) { p->x - r, p->y - r, 2 * r, 2 * r };
      if (period != PARITY_INDEX_NONE)
        return TRUE;
      best = label;
    }
  return found || best != NULL;
}

/* Whether the segment from @a to @b passes through @rect (Liang–Barsky). */
static gboolean
segment_crosses (const ParityPoint *a,
                 const ParityPoint *b,
                 const ParityRect  *rect)
{
  double t0 = 0, t1 = 1, dx = b->x - a->x, dy = b->y - a->y;
  double p[4] = { -dx, dx, -dy, dy };
  double q[4] = { a->x - rect->x, rect->x + rect->width - a->x,
                  a->y - rect->y, rect->y + rect->height - a->y };

  for (guint i = 0; i < 4; i++)
    {
      if (p[i] == 0)
        {
          if (q[i] < 0)
            return FALSE;
          continue;
        }
      if (p[i] < 0)
        t0 = MAX (t0, q[i] / p[i]);
      else
        t1 = MIN (t1, q[i] / p[i]);
      if (t0 > t1)
        return FALSE;
    }
  return TRUE;
}

typedef struct
{
  ParityChartContext *ctx;
  ParityLabelPlacer  *placer;
  GPtrArray          *paths;   /* const ParityItem *: lines drawn as paths, which the placer
                                  does not see */
  double              gap;
} Placing;

static gboolean
clear (Placing          *p,
       const ParityRect *rect)
{
  if (!parity_label_placer_fits (p->placer, rect))
    return FALSE;
  for (guint i = 0; i < p->paths->len; i++)
    {
      const ParityItem *path = g_ptr_array_index (p->paths, i);
      const ParityPoint *points = (const ParityPoint *)path->points->data;

      if (!parity_rect_intersects (&path->box, rect))
        continue;
      for (guint k = 1; k < path->points->len; k++)
        if (segment_crosses (&points[k - 1], &points[k], rect))
          return FALSE;
    }
  return TRUE;
}

/* The top-left corners to try for a text of @w × @h about @anchor, a box (a mark) or a
 * point (its width and height 0): where it was dragged, then around the anchor, ring by
 * ring, above and beside before below. */
static GArray *
candidates (Placing                *p,
            const ParityAnnotation *annotation,
            const ParityRect       *anchor,
            double                  w,
            double                  h)
{
  GArray *out = g_array_new (FALSE, FALSE, sizeof (ParityPoint));
  double cx = anchor->x + anchor->width / 2, cy = anchor->y + anchor->height / 2;

  if (annotation->moved)
    g_array_append_val (out, ((ParityPoint) { cx + annotation->dx - w / 2,
                                              cy + annotation->dy - h / 2 }));
  if (annotation->anchor == PARITY_ANNOTATION_POSITION)
    g_array_append_val (out, ((ParityPoint) { cx - w / 2, cy - h / 2 }));
  for (guint ring = 0; ring < N_RINGS; ring++)
    {
      double d = p->gap * (1 + ring * 2.5);
      double left = anchor->x - d - w, right = anchor->x + anchor->width + d;
      double top = anchor->y - d - h, bottom = anchor->y + anchor->height + d;
      ParityPoint around[] = {
        { cx - w / 2, top }, { right, cy - h / 2 }, { right, top }, { left, top },
        { left, cy - h / 2 }, { cx - w / 2, bottom }, { right, bottom }, { left, bottom },
      };

      g_array_append_vals (out, around, G_N_ELEMENTS (around));
    }
  return out;
}

static const ParityPoint *
first_clear (Placing     *p,
             PangoLayout *layout,
             GArray      *corners)
{
  for (guint i = 0; i < corners->len; i++)
    {
      const ParityPoint *corner = &g_array_index (corners, ParityPoint, i);
      ParityRect rect = parity_pango_measure (layout, corner->x, corner->y);

      if (clear (p, &rect))
        return corner;
    }
  return NULL;
}

/* The nearest point of @rect to @to. */
static ParityPoint
nearest (const ParityRect  *rect,
         const ParityPoint *to)
{
  return (ParityPoint) { CLAMP (to->x, rect->x, rect->x + rect->width),
                         CLAMP (to->y, rect->y, rect->y + rect->height) };
}

/* A line (and an arrowhead) from the text's box to the anchor's, when they are apart. */
static void
connect (Placing                *p,
         const ParityAnnotation *annotation,
         guint                   index,
         const ParityRect       *text,
         const ParityRect       *anchor)
{
  const ParityTheme *theme = p->ctx->theme;
  ParityPoint centre = { anchor->x + anchor->width / 2, anchor->y + anchor->height / 2 };
  ParityPoint from = nearest (text, &centre), to;
  double width = MAX (0.6, theme->body_size / 14), length, ux, uy;
  ParityItem *item;

  to = nearest (anchor, &from);
  length = hypot (to.x - from.x, to.y - from.y);
  if (annotation->connector == PARITY_CONNECTOR_NONE || length < p->gap * 1.5)
    return;
  ux = (to.x - from.x) / length;
  uy = (to.y - from.y) / length;
  /* Stop short of the mark, as a leader does, and of the text. */
  from.x += ux * p->gap * 0.3;
  from.y += uy * p->gap * 0.3;
  to.x -= ux * p->gap * 0.3;
  to.y -= uy * p->gap * 0.3;
  item = parity_scene_add_line (p->ctx->scene, PARITY_ROLE_ANNOTATION_CONNECTOR, from.x, from.y,
                                to.x, to.y, &theme->text, width);
  item->annotation = index;
  item->z = 4;
  if (annotation->connector == PARITY_CONNECTOR_ARROW)
    {
      double s = theme->body_size * 0.45;
      ParityPoint head[] = { to, { to.x - ux * s - uy * s * 0.5, to.y - uy * s + ux * s * 0.5 },
                             { to.x - ux * s + uy * s * 0.5, to.y - uy * s - ux * s * 0.5 } };

      item = parity_scene_add_path (p->ctx->scene, PARITY_ROLE_ANNOTATION_CONNECTOR, head,
                                    G_N_ELEMENTS (head), &theme->text, width);
      item->closed = TRUE;
      item->fill = theme->text;
      item->annotation = index;
      item->z = 4;
    }
}

/* The anchor's box: a mark, a point on the value axis or of the plot. FALSE when the chart
 * does not draw it (a datum filtered out, a value on a chart without a value axis). */
static gboolean
anchor_box (ParityChartContext     *ctx,
            const ParityAnnotation *annotation,
            ParityRect             *box)
{
  const ParityRect *plot = &ctx->plot;
  double v;

  switch (annotation->anchor)
    {
    case PARITY_ANNOTATION_DATUM:
      *box = (ParityRect) { 0 };
      return find_datum (ctx, annotation, box);
    case PARITY_ANNOTATION_VALUE:
      if (!ctx->has_value_axis)
        return FALSE;
      v = parity_scale_map (&ctx->value_axis, annotation->value);
      if (!isfinite (v))
        return FALSE;
      /* Near the axis' far end, where a reference line's label goes. */
      if (ctx->value_on_y)
        *box = (ParityRect) { plot->x + plot->width * 0.85, v, 0, 0 };
      else
        *box = (ParityRect) { v, plot->y + plot->height * 0.1, 0, 0 };
      return parity_rect_contains_rect (plot, box);
    case PARITY_ANNOTATION_POSITION:
    default:
      *box = (ParityRect) { plot->x + annotation->x * plot->width,
                            plot->y + annotation->y * plot->height, 0, 0 };
      return TRUE;
    }
}

/* Places the text: as it is, then wrapped, then shortened; NULL when nothing fits. */
static ParityItem *
place_text (Placing                *p,
            const ParityAnnotation *annotation,
            const ParityRect       *anchor,
            const char             *text,
            const PangoFontDescription *font)
{
  g_autoptr(PangoLayout) layout = parity_pango_layout_new (text, font);
  double full = parity_pango_width (layout), wrap = p->ctx->theme->body_size * WRAP_EMS;
  const ParityColor *ink = &p->ctx->theme->text;

  for (guint stage = 0; stage < 6; stage++)
    {
      g_autoptr(GArray) corners = NULL;
      const ParityPoint *corner;
      ParityItem *item;

      if (stage == 1)
        {
          if (full <= wrap)
            continue;
          pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
          pango_layout_set_width (layout, (int)(wrap * PANGO_SCALE));
        }
      else if (stage > 1)
        {
          /* Shortened: one line, a share of its width, ending in an ellipsis. */
          pango_layout_set_width (layout, (int)(MIN (full, wrap) * (1.1 - stage * 0.15) *
                                                PANGO_SCALE));
          pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
          pango_layout_set_height (layout, 0);
        }
      corners = candidates (p, annotation, anchor, parity_pango_width (layout),
                            parity_pango_height (layout));
      corner = first_clear (p, layout, corners);
      if (corner == NULL)
        continue;
      item = parity_scene_add_text (p->ctx->scene, PARITY_ROLE_ANNOTATION, layout, corner->x,
                                    corner->y, ink);
      item->z = 5;
      parity_label_placer_add_obstacle (p->placer, &item->box);
      return item;
    }
  return NULL;
}

/* Every mark and text is in the way, but not the plot's furniture, nor the bands that lie
 * under the marks: an annotation may sit on a band as the band's own label does. */
static void
add_obstacles (Placing *p)
{
  ParityScene *scene = p->ctx->scene;

  for (guint i = 0; i < parity_scene_get_n_items (scene); i++)
    {
      const ParityItem *item = parity_scene_get_item (scene, i);

      if (item->role == PARITY_ROLE_BACKGROUND || item->role == PARITY_ROLE_GRID ||
          item->role == PARITY_ROLE_AXIS ||
          (item->role == PARITY_ROLE_REFERENCE && item->kind == PARITY_ITEM_RECT))
        continue;
      if (item->kind == PARITY_ITEM_PATH && item->points != NULL && !item->closed)
        g_ptr_array_add (p->paths, (gpointer)item);
      else
        parity_label_placer_add_obstacle (p->placer, &item->box);
    }
}

/**
 * parity_chart_annotations_place:
 *
 * Places the chart's annotations over what the kind laid out; an annotation that finds no
 * room, or whose anchor the chart does not draw, is named in a warning.
 */
void
parity_chart_annotations_place (ParityChartContext *ctx)
{
  const GArray *annotations = ctx->spec->annotations;
  g_autoptr(PangoFontDescription) font = NULL;
  g_autoptr(ParityLabelPlacer) placer = NULL;
  g_autoptr(GPtrArray) paths = NULL;
  Placing p;

  if (annotations == NULL || annotations->len == 0)
    return;
  font = parity_theme_get_font (ctx->theme, PARITY_TEXT_SMALL, PANGO_WEIGHT_NORMAL);
  placer = parity_label_placer_new (ctx, &ctx->plot);
  paths = g_ptr_array_new ();
  p = (Placing) { ctx, placer, paths, ctx->theme->body_size * 0.6 };
  add_obstacles (&p);
  for (guint i = 0; i < annotations->len; i++)
    {
      const ParityAnnotation *annotation = &g_array_index (annotations, ParityAnnotation, i);
      const char *text = parity_text_get (annotation->text, ctx->lang, ctx->default_lang);
      ParityRect anchor;
      ParityItem *item = NULL;
      g_autofree char *warning = NULL;

      if (!anchor_box (ctx, annotation, &anchor))
        /* Translators: %u counts a chart's annotations from 1; %s is the annotation's text. */
        warning = g_strdup_printf (_("annotation %u (“%s”) is about something the chart does "
                                     "not show: it is left out"), i + 1, text);
      else if ((item = place_text (&p, annotation, &anchor, text, font)) == NULL)
        /* Translators: %u counts a chart's annotations from 1; %s is the annotation's text. */
        warning = g_strdup_printf (_("annotation %u (“%s”) finds no room clear of the labels "
                                     "and marks: it is left out; move it, shorten it or make "
                                     "the chart larger"), i + 1, text);
      if (item == NULL)
        {
          parity_scene_add_warning (ctx->scene, warning);
          continue;
        }
      item->annotation = i;
      connect (&p, annotation, i, &item->box, &anchor);
    }
}

/* "Annotation on Least developed countries, 2019: LDCs: 19%." for each, in the description
 * and in the data table's notes. */
void
parity_chart_annotations_describe (ParityChartContext *ctx)
{
  const GArray *annotations = ctx->spec->annotations;

  for (guint i = 0; annotations != NULL && i < annotations->len; i++)
    {
      const ParityAnnotation *annotation = &g_array_index (annotations, ParityAnnotation, i);
      const char *text = parity_text_get (annotation->text, ctx->lang, ctx->default_lang);
      g_autofree char *sentence = NULL;

      if (annotation->anchor == PARITY_ANNOTATION_DATUM)
        {
          guint32 period = annotation_period (ctx, annotation);
          const char *name = parity_chart_entity_label (ctx, annotation->entity, FALSE);
          g_autofree char *what = NULL;

          if (period != PARITY_INDEX_NONE)
            what = parity_describe2 (ctx, PARITY_WORD_DESC_WITH, name,
                                     parity_dataset_get_period_label (ctx->dataset, period));
          sentence = parity_describe2 (ctx, PARITY_WORD_DESC_ANNOTATION_ON,
                                       what != NULL ? what : name, text);
        }
      else
        sentence = parity_describe (ctx, PARITY_WORD_DESC_ANNOTATION, text);
      parity_describe_sentence (ctx, sentence);
      parity_scene_add_table_note (ctx->scene, sentence);
    }
}
