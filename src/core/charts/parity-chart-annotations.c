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
/* The rings of places tried around an anchor: a ring a gap and a half further out each,
 * at most this many. */
#define MAX_RINGS 40

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

/* What an annotation is about, where its connector ends. */
typedef struct
{
  ParityRect box;     /* the end of its mark (a bar's end) and its value's label, a point,
                         or the value's line */
  ParityRect own;     /* its mark's whole box, which its connector may touch */
  gboolean   value;   /* a value: the text goes beside the value's line, a tick on it */
} Anchor;

/* Narrows a bar to its end, where its value is: a note on a bar is about its length. */
static ParityRect
bar_end (ParityChartContext *ctx,
         const ParityItem   *item)
{
  ParityRect box = item->box;
  gboolean negative = item->datum.value < 0;

  if (item->kind != PARITY_ITEM_RECT || !ctx->has_value_axis)
    return box;
  if (ctx->value_on_y)
    return (ParityRect) { box.x, negative ? box.y + box.height : box.y, box.width, 0 };
  return (ParityRect) { negative ? box.x : box.x + box.width, box.y, 0, box.height };
}

static gboolean
same_datum (const ParityDatum *a,
            const ParityDatum *b)
{
  return a->entity == b->entity && a->period == b->period && a->indicator == b->indicator &&
         a->breakdown == b->breakdown;
}

/* The end of @mark and its value's label, which a note goes beside as if part of it. */
static ParityRect
with_value_label (ParityChartContext *ctx,
                  const ParityItem   *mark,
                  ParityRect          box)
{
  for (guint i = 0; i < parity_scene_get_n_items (ctx->scene); i++)
    {
      const ParityItem *item = parity_scene_get_item (ctx->scene, i);
      double x0, y0;

      if (item->role != PARITY_ROLE_VALUE_LABEL || !item->has_datum ||
          !same_datum (&item->datum, &mark->datum))
        continue;
      x0 = MIN (box.x, item->box.x);
      y0 = MIN (box.y, item->box.y);
      box = (ParityRect) { x0, y0,
                           MAX (box.x + box.width, item->box.x + item->box.width) - x0,
                           MAX (box.y + box.height, item->box.y + item->box.height) - y0 };
    }
  return box;
}

/* The mark drawing the annotation's datum; FALSE when none is drawn. */
static gboolean
find_datum (ParityChartContext     *ctx,
            const ParityAnnotation *annotation,
            Anchor                 *anchor)
{
  guint32 period = annotation_period (ctx, annotation);
  const char *best = NULL;

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
      /* No period asked for: the latest one drawn. */
      label = parity_dataset_get_period (ctx->dataset, item->datum.period);
      if (best != NULL && g_strcmp0 (label, best) <= 0)
        continue;
      best = label;
      anchor->own = item->box;
      anchor->box = with_value_label (ctx, item, bar_end (ctx, item));
      if (period != PARITY_INDEX_NONE)
        return TRUE;
    }
  for (guint i = 0; best == NULL && ctx->datum_points != NULL && i < ctx->datum_points->len;
       i++)
    {
      const ParityDatumPoint *p = &g_array_index (ctx->datum_points, ParityDatumPoint, i);
      double r = ctx->theme->body_size * 0.2;
      const char *label = parity_dataset_get_period (ctx->dataset, p->period);

      if (p->entity != annotation->entity ||
          (period != PARITY_INDEX_NONE && p->period != period))
        continue;
      anchor->box = (ParityRect) { p->x - r, p->y - r, 2 * r, 2 * r };
      anchor->own = anchor->box;
      if (period != PARITY_INDEX_NONE)
        return TRUE;
      /* The latest point, which the loop may not reach first. */
      for (guint k = i + 1; k < ctx->datum_points->len; k++)
        {
          const ParityDatumPoint *q = &g_array_index (ctx->datum_points, ParityDatumPoint, k);

          if (q->entity == p->entity &&
              g_strcmp0 (parity_dataset_get_period (ctx->dataset, q->period), label) > 0)
            {
              anchor->box = (ParityRect) { q->x - r, q->y - r, 2 * r, 2 * r };
              anchor->own = anchor->box;
              label = parity_dataset_get_period (ctx->dataset, q->period);
            }
        }
      return TRUE;
    }
  return best != NULL;
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
  ParityPoint a, b;
} Segment;

typedef struct
{
  ParityChartContext *ctx;
  ParityLabelPlacer  *placer;    /* texts and marks, which a text may not touch */
  GArray             *rects;     /* ParityRect: the same, which a connector may not cross */
  GArray             *segments;  /* Segment: the lines (paths, which the placer does not
                                    see) and the connectors, which a text may not touch */
  double              gap;
} Placing;

static void
add_obstacle (Placing          *p,
              const ParityRect *rect)
{
  parity_label_placer_add_obstacle (p->placer, rect);
  g_array_append_val (p->rects, *rect);
}

static gboolean
same_rect (const ParityRect *a,
           const ParityRect *b)
{
  return a->x == b->x && a->y == b->y && a->width == b->width && a->height == b->height;
}

/* The nearest point of @rect to @to. */
static ParityPoint
nearest (const ParityRect  *rect,
         const ParityPoint *to)
{
  return (ParityPoint) { CLAMP (to->x, rect->x, rect->x + rect->width),
                         CLAMP (to->y, rect->y, rect->y + rect->height) };
}

/* The connector from a text at @text to its anchor, stopping short of both; FALSE when
 * they are close enough to need none. */
static gboolean
connector (Placing          *p,
           const ParityRect *text,
           const Anchor     *anchor,
           Segment          *out)
{
  ParityPoint centre = { anchor->box.x + anchor->box.width / 2,
                         anchor->box.y + anchor->box.height / 2 };
  ParityPoint from = nearest (text, &centre), to = nearest (&anchor->box, &from);
  double length = hypot (to.x - from.x, to.y - from.y), ux, uy;

  if (length < p->gap * 1.5)
    return FALSE;
  ux = (to.x - from.x) / length;
  uy = (to.y - from.y) / length;
  *out = (Segment) { { from.x + ux * p->gap * 0.3, from.y + uy * p->gap * 0.3 },
                     { to.x - ux * p->gap * 0.3, to.y - uy * p->gap * 0.3 } };
  return TRUE;
}

/* The tick along a value's line beside its text. */
static Segment
tick (Placing          *p,
      const ParityRect *text,
      const Anchor     *anchor)
{
  double v;

  if (anchor->box.width == 0)
    {
      v = anchor->box.x;
      return (Segment) { { v, text->y }, { v, text->y + text->height } };
    }
  v = anchor->box.y;
  return (Segment) { { text->x, v }, { text->x + text->width, v } };
}

static gboolean
segment_clear (Placing          *p,
               const Segment    *segment,
               const ParityRect *own)
{
  for (guint i = 0; i < p->rects->len; i++)
    {
      const ParityRect *rect = &g_array_index (p->rects, ParityRect, i);

      if ((own == NULL || !same_rect (rect, own)) && segment_crosses (&segment->a, &segment->b,
                                                                      rect))
        return FALSE;
    }
  return TRUE;
}

/* Whether a text at @rect touches nothing, and its connector crosses nothing but its own
 * mark. */
static gboolean
clear (Placing                *p,
       const ParityAnnotation *annotation,
       const Anchor           *anchor,
       const ParityRect       *rect)
{
  Segment line;

  if (!parity_label_placer_fits (p->placer, rect))
    return FALSE;
  for (guint i = 0; i < p->segments->len; i++)
    {
      const Segment *s = &g_array_index (p->segments, Segment, i);

      if (segment_crosses (&s->a, &s->b, rect))
        return FALSE;
    }
  if (annotation->connector == PARITY_CONNECTOR_NONE ||
      annotation->anchor == PARITY_ANNOTATION_POSITION)
    return TRUE;
  if (anchor->value)
    {
      line = tick (p, rect, anchor);
      if (!segment_clear (p, &line, NULL))
        return FALSE;
    }
  return !connector (p, rect, anchor, &line) || segment_clear (p, &line, &anchor->own);
}

/* The centres to try for a text of @w × @h: where it was dragged, then around the anchor,
 * ring by ring, above and beside before below; beside a value's line, from its top or its
 * end. */
static GArray *
candidates (Placing                *p,
            const ParityAnnotation *annotation,
            const Anchor           *anchor,
            double                  w,
            double                  h)
{
  static const double directions[][2] = {
    { 0, -1 }, { 1, 0 }, { 1, -1 }, { -1, -1 }, { -1, 0 }, { 0, 1 }, { 1, 1 }, { -1, 1 },
    { 0.5, -1 }, { -0.5, -1 }, { 1, -0.5 }, { 1, 0.5 }, { -1, -0.5 }, { -1, 0.5 },
    { 0.5, 1 }, { -0.5, 1 },
  };
  GArray *out = g_array_new (FALSE, FALSE, sizeof (ParityPoint));
  const ParityRect *a = &anchor->box, *plot = &p->ctx->plot;
  double cx = a->x + a->width / 2, cy = a->y + a->height / 2;

  if (annotation->moved)
    g_array_append_val (out, ((ParityPoint) { cx + annotation->dx, cy + annotation->dy }));
  if (anchor->value && a->width == 0)
    for (double y = plot->y + h / 2; y <= plot->y + plot->height - h / 2; y += h / 2)
      {
        g_array_append_val (out, ((ParityPoint) { a->x + p->gap * 0.4 + w / 2, y }));
        g_array_append_val (out, ((ParityPoint) { a->x - p->gap * 0.4 - w / 2, y }));
      }
  else if (anchor->value)
    for (double x = plot->x + plot->width - w / 2; x >= plot->x + w / 2; x -= p->gap)
      {
        g_array_append_val (out, ((ParityPoint) { x, a->y - p->gap * 0.3 - h / 2 }));
        g_array_append_val (out, ((ParityPoint) { x, a->y + p->gap * 0.3 + h / 2 }));
      }
  else
    for (guint ring = 0; ring < MAX_RINGS; ring++)
      {
        double d = p->gap * (0.4 + ring * 1.6);

        if (d > MAX (plot->width, plot->height) / 2)
          break;
        if (ring == 0 && annotation->anchor == PARITY_ANNOTATION_POSITION)
          g_array_append_val (out, ((ParityPoint) { cx, cy }));
        for (guint i = 0; i < G_N_ELEMENTS (directions); i++)
          g_array_append_val (out, ((ParityPoint) {
            cx + directions[i][0] * (a->width / 2 + w / 2 + d),
            cy + directions[i][1] * (a->height / 2 + h / 2 + d) }));
      }
  return out;
}

/* Draws the connector (or a value's tick) of a text placed at @text. */
static void
connect (Placing                *p,
         const ParityAnnotation *annotation,
         guint                   index,
         const ParityRect       *text,
         const Anchor           *anchor)
{
  const ParityTheme *theme = p->ctx->theme;
  double width = MAX (0.6, theme->body_size / 14), length, ux, uy, s = theme->body_size * 0.45;
  Segment line;
  ParityItem *item;

  /* A position is where the text goes, not something it points at. */
  if (annotation->connector == PARITY_CONNECTOR_NONE ||
      annotation->anchor == PARITY_ANNOTATION_POSITION)
    return;
  if (anchor->value)
    {
      line = tick (p, text, anchor);
      item = parity_scene_add_line (p->ctx->scene, PARITY_ROLE_ANNOTATION_CONNECTOR, line.a.x,
                                    line.a.y, line.b.x, line.b.y, &theme->text, width * 2);
      item->annotation = index;
      item->z = 4;
      g_array_append_val (p->segments, line);
    }
  if (!connector (p, text, anchor, &line))
    return;
  g_array_append_val (p->segments, line);
  item = parity_scene_add_line (p->ctx->scene, PARITY_ROLE_ANNOTATION_CONNECTOR, line.a.x,
                                line.a.y, line.b.x, line.b.y, &theme->text, width);
  item->annotation = index;
  item->z = 4;
  if (annotation->connector != PARITY_CONNECTOR_ARROW)
    return;
  length = hypot (line.b.x - line.a.x, line.b.y - line.a.y);
  ux = (line.b.x - line.a.x) / length;
  uy = (line.b.y - line.a.y) / length;
  {
    ParityPoint head[] = { line.b,
                           { line.b.x - ux * s - uy * s * 0.5, line.b.y - uy * s + ux * s * 0.5 },
                           { line.b.x - ux * s + uy * s * 0.5, line.b.y - uy * s - ux * s * 0.5 } };

    item = parity_scene_add_path (p->ctx->scene, PARITY_ROLE_ANNOTATION_CONNECTOR, head,
                                  G_N_ELEMENTS (head), &theme->text, width);
    item->closed = TRUE;
    item->fill = theme->text;
    item->annotation = index;
    item->z = 4;
  }
}

/* The anchor: a mark, a value's line across the plot, or a point of the plot. FALSE when
 * the chart does not draw it (a datum filtered out, a value on a chart without a value
 * axis, or beyond it). */
static gboolean
find_anchor (ParityChartContext     *ctx,
             const ParityAnnotation *annotation,
             Anchor                 *anchor)
{
  const ParityRect *plot = &ctx->plot;
  double v;

  *anchor = (Anchor) { { 0 } };
  switch (annotation->anchor)
    {
    case PARITY_ANNOTATION_DATUM:
      return find_datum (ctx, annotation, anchor);
    case PARITY_ANNOTATION_VALUE:
      if (!ctx->has_value_axis)
        return FALSE;
      v = parity_scale_map (&ctx->value_axis, annotation->value);
      anchor->value = TRUE;
      if (ctx->value_on_y)
        anchor->box = (ParityRect) { plot->x, v, plot->width, 0 };
      else
        anchor->box = (ParityRect) { v, plot->y, 0, plot->height };
      anchor->own = anchor->box;
      return isfinite (v) && parity_rect_contains_rect (plot, &anchor->box);
    case PARITY_ANNOTATION_POSITION:
    default:
      anchor->box = (ParityRect) { plot->x + annotation->x * plot->width,
                                   plot->y + annotation->y * plot->height, 0, 0 };
      anchor->own = anchor->box;
      return TRUE;
    }
}

/* Places the text: as it is, then wrapped, then shortened; NULL when nothing fits. */
static ParityItem *
place_text (Placing                    *p,
            const ParityAnnotation     *annotation,
            const Anchor               *anchor,
            const char                 *text,
            const PangoFontDescription *font)
{
  g_autoptr(PangoLayout) layout = parity_pango_layout_new (text, font);
  double full = parity_pango_width (layout), wrap = p->ctx->theme->body_size * WRAP_EMS;

  for (guint stage = 0; stage < 6; stage++)
    {
      g_autoptr(GArray) centres = NULL;
      double w, h;

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
      w = parity_pango_width (layout);
      h = parity_pango_height (layout);
      centres = candidates (p, annotation, anchor, w, h);
      for (guint i = 0; i < centres->len; i++)
        {
          const ParityPoint *c = &g_array_index (centres, ParityPoint, i);
          ParityRect rect = parity_pango_measure (layout, c->x - w / 2, c->y - h / 2);
          ParityItem *item;

          if (!clear (p, annotation, anchor, &rect))
            continue;
          item = parity_scene_add_text (p->ctx->scene, PARITY_ROLE_ANNOTATION, layout,
                                        c->x - w / 2, c->y - h / 2, &p->ctx->theme->text);
          item->z = 5;
          item->offset = (ParityPoint) { c->x - (anchor->box.x + anchor->box.width / 2),
                                         c->y - (anchor->box.y + anchor->box.height / 2) };
          return item;
        }
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
        for (guint k = 1; k < item->points->len; k++)
          {
            Segment s = { g_array_index (item->points, ParityPoint, k - 1),
                          g_array_index (item->points, ParityPoint, k) };

            g_array_append_val (p->segments, s);
          }
      else if (item->kind == PARITY_ITEM_LINE)
        g_array_append_val (p->segments, ((Segment) { { item->x1, item->y1 },
                                                      { item->x2, item->y2 } }));
      else
        add_obstacle (p, &item->box);
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
  g_autoptr(GArray) rects = NULL, segments = NULL;
  Placing p;

  if (annotations == NULL || annotations->len == 0)
    return;
  font = parity_theme_get_font (ctx->theme, PARITY_TEXT_SMALL, PANGO_WEIGHT_NORMAL);
  placer = parity_label_placer_new (ctx, &ctx->plot);
  rects = g_array_new (FALSE, FALSE, sizeof (ParityRect));
  segments = g_array_new (FALSE, FALSE, sizeof (Segment));
  p = (Placing) { ctx, placer, rects, segments, ctx->theme->body_size * 0.6 };
  add_obstacles (&p);
  for (guint i = 0; i < annotations->len; i++)
    {
      const ParityAnnotation *annotation = &g_array_index (annotations, ParityAnnotation, i);
      const char *text = parity_text_get (annotation->text, ctx->lang, ctx->default_lang);
      Anchor anchor;
      ParityItem *item = NULL;
      g_autofree char *warning = NULL;

      if (!find_anchor (ctx, annotation, &anchor))
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
      add_obstacle (&p, &item->box);
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
