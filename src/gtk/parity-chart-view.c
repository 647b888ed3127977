/* parity-chart-view.c
 *
 * The widget owns no drawing code: it lays the chart out at the size it will be exported
 * at (the chart's preset) and hands the scene to the core's painter through
 * gtk_snapshot_append_cairo(), scaled to fit, on a sheet with a shadow: what is seen is
 * what is exported. Zoom and scrolling are in parity-chart-view-zoom.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-gtk"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "parity-chart-view-private.h"
#include "parity-datum-text.h"
#include "parity-error.h"
#include "parity-layout.h"
#include "parity-painter.h"
#include "parity-preset.h"
#include "parity-scene-image.h"

/* Below this many pixels a point, a chart's 9 pt body text is drawn under 9 px: a phone
 * showed the report column at 0.66, with text of 5 or 6 px. */
#define MIN_READABLE_SCALE 1.0
/* Reflowed canvases step by this many points, so that dragging the window's edge does not
 * lay the chart out again at every pixel. */
#define REFLOW_STEP 16.0
#define MIN_REFLOW_WIDTH 160.0

G_DEFINE_FINAL_TYPE (ParityChartView, parity_chart_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DATASET,
  PROP_CHART_ID,
  PROP_ERROR,
  PROP_ZOOM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_error (ParityChartView *self,
           const char      *error)
{
  if (g_strcmp0 (self->error, error) == 0)
    return;
  g_free (self->error);
  self->error = g_strdup (error);
  if (error == NULL)
    self->crowded = FALSE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ERROR]);
}

void
_parity_chart_view_notify_zoom (ParityChartView *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

static void
invalidate (ParityChartView *self)
{
  self->mark = -1;
  g_clear_pointer (&self->scene, parity_scene_unref);
  /* Another sheet may have another size: placed again. */
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

/* An edit makes a new version of a chart: lay it out again. */
static void
on_charts_changed (ParityChartView *self)
{
  set_error (self, NULL);
  invalidate (self);
}

/* The canvas the chart is laid out on: its preset's, unless the widget is too narrow to
 * show that readably (a phone, a window tiled in a corner). Then the chart is laid out for
 * the width it has, as an export at that size would be, so its text keeps a size one can
 * read; the export keeps the preset's size. Presenting always uses the slide, and a zoom
 * the preset's canvas. */
static void
canvas_size (ParityChartView    *self,
             const ParityPreset *preset,
             int                 widget_width,
             int                 widget_height,
             double             *width,
             double             *height)
{
  double room_w = widget_width - 2.0 * SHEET_MARGIN;
  double room_h = widget_height - 2.0 * SHEET_MARGIN;

  *width = preset->width;
  *height = preset->height;
  if (self->zoom > 0 || self->preset != NULL || room_w <= 0 || room_h <= 0 ||
      room_w / preset->width >= MIN_READABLE_SCALE)
    return;
  *width = MAX (MIN_REFLOW_WIDTH, floor (room_w / MIN_READABLE_SCALE / REFLOW_STEP) * REFLOW_STEP);
  *height = MIN (preset->height,
                 MAX (MIN_REFLOW_WIDTH, floor (room_h / MIN_READABLE_SCALE / REFLOW_STEP) * REFLOW_STEP));
}

/* Lays out once per chart version, at the chart's preset, and again when the widget's
 * size (@widget_width × @widget_height) asks for another canvas. */
void
_parity_chart_view_ensure_scene_for (ParityChartView *self,
                                     int              widget_width,
                                     int              widget_height)
{
  const ParityChartSpec *spec;
  const ParityPreset *preset;
  g_autoptr(GError) error = NULL;
  ParityLayoutOptions options;
  double width, height;

  if (self->dataset == NULL || self->chart_id == NULL)
    return;
  spec = parity_dataset_find_chart (self->dataset, self->chart_id);
  preset = self->preset ? parity_preset_lookup (self->preset)
                        : parity_chart_spec_get_preset (spec);
  canvas_size (self, preset, widget_width, widget_height, &width, &height);
  if (self->scene != NULL && (width != self->canvas_width || height != self->canvas_height))
    {
      self->mark = -1;
      g_clear_pointer (&self->scene, parity_scene_unref);
    }
  if (self->scene != NULL)
    return;
  if (spec == NULL)
    {
      /* Translators: shown in place of a chart that was removed from the dataset. */
      set_error (self, _("The chart no longer exists"));
      return;
    }
  self->canvas_width = width;
  self->canvas_height = height;
  options = (ParityLayoutOptions) { width, height, self->lang, self->theme };
  self->scene = parity_layout_chart (self->dataset, spec, &options, &error);
  if (self->scene == NULL && width != preset->width)
    {
      /* Too small a canvas for this chart (too many bars…): the preset's, scaled down. */
      g_clear_error (&error);
      options = (ParityLayoutOptions) { preset->width, preset->height, self->lang,
                                        self->theme };
      self->scene = parity_layout_chart (self->dataset, spec, &options, &error);
    }
  self->crowded = g_error_matches (error, PARITY_ERROR, PARITY_ERROR_CROWDED);
  set_error (self, error ? error->message : NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  self->scene ? parity_scene_get_description (self->scene)
                                              : error->message,
                                  -1);
}

static void
ensure_scene (ParityChartView *self)
{
  _parity_chart_view_ensure_scene_for (self, gtk_widget_get_width (GTK_WIDGET (self)),
                                       gtk_widget_get_height (GTK_WIDGET (self)));
}

static void
quit_application (gpointer data)
{
  g_application_quit (g_application_get_default ());
}

/* In place of a chart the core could not lay out (too many bars for the canvas, no value in
 * the period…): why, where the chart would be. */
static void
snapshot_error (ParityChartView *self,
                GtkSnapshot     *snapshot,
                int              width,
                int              height)
{
  GtkWidget *widget = GTK_WIDGET (self);
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, NULL);
  g_autofree char *markup = NULL;
  PangoRectangle extents;
  int layout_width, layout_height;
  GdkRGBA color;

  markup = g_markup_printf_escaped ("<span size='larger' weight='bold'>%s</span>\n\n%s",
                                    /* Translators: shown on the canvas above the reason. */
                                    _("This chart cannot be drawn"), self->error);
  pango_layout_set_markup (layout, markup, -1);
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_width (layout, MAX (1, MIN (width - 2 * SHEET_MARGIN, 640)) * PANGO_SCALE);
  /* Centred lines start inside the layout's width: the text's own box is centred. */
  pango_layout_get_pixel_extents (layout, NULL, &extents);
  layout_width = extents.width;
  layout_height = extents.height;
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT ((width - layout_width) / 2.0 - extents.x,
                                                          MAX (SHEET_MARGIN,
                                                               (height - layout_height) / 2.0)));
  gtk_snapshot_append_layout (snapshot, layout, &color);
  gtk_snapshot_restore (snapshot);
}

/* The marks of the value stepped to: each mark of the scene that draws it. */
static gboolean
is_marked (ParityChartView  *self,
           const ParityItem *item)
{
  const ParityDatum *d;

  if (self->mark < 0 || (guint)self->mark >= parity_scene_get_n_table_rows (self->scene))
    return FALSE;
  d = parity_scene_get_table_row (self->scene, self->mark, NULL);
  return item->role == PARITY_ROLE_MARK && item->has_datum &&
         item->datum.observation == d->observation && item->datum.indicator == d->indicator;
}

/* A chart taller than the view scrolls to the value stepped to. */
static void
reveal_mark (ParityChartView *self)
{
  for (guint i = 0; i < parity_scene_get_n_items (self->scene); i++)
    if (is_marked (self, parity_scene_get_item (self->scene, i)))
      {
        _parity_chart_view_reveal (self, &parity_scene_get_item (self->scene, i)->box);
        return;
      }
}

/**
 * parity_chart_view_step:
 * @step: +1 for the next value, -1 for the previous
 *
 * Steps through the values the chart draws, in the order its description reads them: the
 * canvas's accessible label becomes the value's name and number, which a screen reader
 * reads, and the value's mark is outlined.
 *
 * Returns: the index of the value now stepped to, or -1 when the chart draws none
 */
int
parity_chart_view_step (ParityChartView *self,
                        int              step)
{
  g_autofree char *text = NULL;
  guint n;

  g_return_val_if_fail (PARITY_IS_CHART_VIEW (self), -1);
  ensure_scene (self);
  n = self->scene ? parity_scene_get_n_table_rows (self->scene) : 0;
  if (n == 0)
    return -1;
  self->mark = self->mark < 0 ? (step > 0 ? 0 : (int)n - 1)
                              : CLAMP (self->mark + step, 0, (int)n - 1);
  text = parity_datum_spoken (self->dataset, self->scene, self->mark);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, text,
                                  -1);
  reveal_mark (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  return self->mark;
}

static gboolean
on_key_pressed (ParityChartView *self,
                guint            keyval,
                guint            keycode,
                GdkModifierType  state)
{
  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK))
    return FALSE;
  switch (keyval)
    {
    case GDK_KEY_Right:
    case GDK_KEY_Down:
      parity_chart_view_step (self, 1);
      return TRUE;
    case GDK_KEY_Left:
    case GDK_KEY_Up:
      parity_chart_view_step (self, -1);
      return TRUE;
    default:
      return FALSE;
    }
}

/* An outline around the marks of the value stepped to. */
static void
outline_mark (ParityChartView *self,
              cairo_t         *cr)
{
  for (guint i = 0; i < parity_scene_get_n_items (self->scene); i++)
    {
      const ParityItem *item = parity_scene_get_item (self->scene, i);

      if (!is_marked (self, item))
        continue;
      cairo_rectangle (cr, item->box.x - 2, item->box.y - 2, item->box.width + 4,
                       item->box.height + 4);
    }
  cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
  cairo_set_line_width (cr, 1.5);
  cairo_set_dash (cr, (double[]) { 3, 2 }, 2, 0);
  cairo_stroke (cr);
}

static void
parity_chart_view_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  ParityChartView *self = PARITY_CHART_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  double sw, sh;
  GskRoundedRect sheet;
  graphene_rect_t visible;
  cairo_t *cr;

  ensure_scene (self);
  if (self->scene == NULL && self->error != NULL)
    {
      snapshot_error (self, snapshot, width, height);
      /* Under the message, what the window offers as a way out of it. */
      for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
           child = gtk_widget_get_next_sibling (child))
        gtk_widget_snapshot_child (widget, child, snapshot);
      return;
    }
  if (self->scene == NULL || width <= 2 * SHEET_MARGIN || height <= 2 * SHEET_MARGIN)
    return;

  sw = parity_scene_get_width (self->scene);
  sh = parity_scene_get_height (self->scene);
  if (self->scale <= 0)
    return;

  gsk_rounded_rect_init_from_rect (&sheet, &GRAPHENE_RECT_INIT (self->offset_x, self->offset_y,
                                                                sw * self->scale,
                                                                sh * self->scale), 0);
  gtk_snapshot_append_outset_shadow (snapshot, &sheet, &(GdkRGBA) { 0, 0, 0, 0.25 }, 0, 2, 1, 8);

  /* Only what the view shows of the sheet: a chart grown to hold 200 rows is many times
   * the window's height, more than a texture may hold. */
  if (!graphene_rect_intersection (&sheet.bounds, &GRAPHENE_RECT_INIT (0, 0, width, height),
                                   &visible))
    visible = GRAPHENE_RECT_INIT (0, 0, 1, 1);
  cr = gtk_snapshot_append_cairo (snapshot, &visible);
  cairo_translate (cr, self->offset_x, self->offset_y);
  if (self->vision == PARITY_VISION_NORMAL)
    {
      cairo_scale (cr, self->scale, self->scale);
      parity_scene_paint (self->scene, cr);
      outline_mark (self, cr);
      _parity_chart_view_outline_drag (self, cr);
    }
  else
    {
      /* The preview: rendered to pixels by the PNG export's renderer, at the exact scale the
       * other visions are painted at, then each pixel as the reader sees it. */
      cairo_surface_t *image = parity_scene_render_image (self->scene, self->scale,
                                                          PARITY_PIXEL_FIT_SCALE, self->vision,
                                                          NULL);

      /* NULL only when a zoom asks for more pixels than cairo allows: the sheet stays blank. */
      if (image != NULL)
        {
          cairo_set_source_surface (cr, image, 0, 0);
          cairo_paint (cr);
          cairo_surface_destroy (image);
        }
    }
  cairo_destroy (cr);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gtk_widget_snapshot_child (widget, child, snapshot);
  self->n_paints++;
  /* The start-up benchmark (tests/bench/run) times exec to the first painted chart. */
  if (self->n_paints == 1 && g_getenv ("PARITY_EXIT_AFTER_FIRST_FRAME") != NULL)
    g_idle_add_once (quit_application, NULL);
}

static gboolean
on_query_tooltip (GtkWidget  *widget,
                  int         x,
                  int         y,
                  gboolean    keyboard_mode,
                  GtkTooltip *tooltip)
{
  ParityChartView *self = PARITY_CHART_VIEW (widget);
  const ParityItem *item;
  g_autofree char *text = NULL;
  int hit;

  if (self->scene == NULL || self->scale <= 0 ||
      (hit = parity_scene_hit_test (self->scene, (x - self->offset_x) / self->scale,
                                    (y - self->offset_y) / self->scale)) < 0)
    return FALSE;
  item = parity_scene_get_item (self->scene, hit);
  text = parity_datum_tooltip_markup (self->dataset, &item->datum);
  gtk_tooltip_set_markup (tooltip, text);
  return TRUE;
}

static void
parity_chart_view_dispose (GObject *object)
{
  ParityChartView *self = (ParityChartView *)object;

  GtkWidget *child;

  g_clear_pointer (&self->scene, parity_scene_unref);
  g_clear_object (&self->dataset);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->hadjustment);
  g_clear_object (&self->vadjustment);
  G_OBJECT_CLASS (parity_chart_view_parent_class)->dispose (object);
}

static void
parity_chart_view_finalize (GObject *object)
{
  ParityChartView *self = (ParityChartView *)object;

  g_free (self->chart_id);
  g_free (self->error);
  g_free (self->preset);
  g_free (self->lang);
  g_clear_pointer (&self->theme, parity_theme_file_unref);
  G_OBJECT_CLASS (parity_chart_view_parent_class)->finalize (object);
}

static void
parity_chart_view_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  ParityChartView *self = PARITY_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      g_value_set_object (value, self->dataset);
      break;
    case PROP_CHART_ID:
      g_value_set_string (value, self->chart_id);
      break;
    case PROP_ERROR:
      g_value_set_string (value, self->error);
      break;
    case PROP_ZOOM:
      g_value_set_double (value, self->zoom);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* The width at which a report-column chart reads at about its printed size: the window
 * folds the inspector, then the chart list, over the chart before the sheet gets smaller. */
#define NATURAL_WIDTH 560
#define NATURAL_HEIGHT 360

static void
parity_chart_view_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  *minimum = 0;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? NATURAL_WIDTH : NATURAL_HEIGHT;
}

static void
parity_chart_view_class_init (ParityChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = parity_chart_view_dispose;
  object_class->finalize = parity_chart_view_finalize;
  object_class->get_property = parity_chart_view_get_property;
  widget_class->snapshot = parity_chart_view_snapshot;
  widget_class->measure = parity_chart_view_measure;
  widget_class->size_allocate = _parity_chart_view_size_allocate;
  widget_class->query_tooltip = on_query_tooltip;

  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL, PARITY_TYPE_DATASET,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CHART_ID] =
    g_param_spec_string ("chart-id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ERROR] =
    g_param_spec_string ("error", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* The factor of the real size (see parity_chart_view_set_zoom()), 0 while fitted. */
  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL, 0, PARITY_CHART_VIEW_MAX_ZOOM, 0,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  _parity_chart_view_class_init_drag (widget_class);
  gtk_widget_class_set_css_name (widget_class, "chartview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
parity_chart_view_init (ParityChartView *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  self->mark = -1;
  _parity_chart_view_init_zoom (self);
  _parity_chart_view_init_drag (self);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  /* Focusable so that screen readers reach it and announce its description; the arrow keys
   * then step through its values. */
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  g_signal_connect_swapped (keys, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
  /* A zoomed sheet is larger than the view: it is cut at the view's edges. */
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);
}

GtkWidget *
parity_chart_view_new (void)
{
  return g_object_new (PARITY_TYPE_CHART_VIEW, NULL);
}

ParityDataset *
parity_chart_view_get_dataset (ParityChartView *self)
{
  g_return_val_if_fail (PARITY_IS_CHART_VIEW (self), NULL);
  return self->dataset;
}

const char *
parity_chart_view_get_chart_id (ParityChartView *self)
{
  g_return_val_if_fail (PARITY_IS_CHART_VIEW (self), NULL);
  return self->chart_id;
}

/**
 * parity_chart_view_set_lang:
 * @lang: (nullable): a BCP 47 tag, or %NULL for each chart's own language
 *
 * Lays every chart out in @lang: a presentation in the language of its audience.
 */
void
parity_chart_view_set_lang (ParityChartView *self,
                            const char      *lang)
{
  g_return_if_fail (PARITY_IS_CHART_VIEW (self));

  if (lang != NULL && *lang == '\0')
    lang = NULL;
  if (g_strcmp0 (self->lang, lang) == 0)
    return;
  g_free (self->lang);
  self->lang = g_strdup (lang);
  set_error (self, NULL);
  invalidate (self);
}

/**
 * parity_chart_view_set_vision:
 *
 * Shows the chart as a reader with @vision sees it (the colour-vision preview); exports are
 * never affected.
 */
void
parity_chart_view_set_vision (ParityChartView *self,
                              ParityVision     vision)
{
  g_return_if_fail (PARITY_IS_CHART_VIEW (self));
  g_return_if_fail (vision < PARITY_N_VISIONS);

  self->vision = vision;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

ParityVision
parity_chart_view_get_vision (ParityChartView *self)
{
  g_return_val_if_fail (PARITY_IS_CHART_VIEW (self), PARITY_VISION_NORMAL);
  return self->vision;
}

/**
 * parity_chart_view_set_theme:
 * @theme: (nullable): a house style, or %NULL for the built-in theme
 *
 * Lays every chart out in @theme, as exports made from the window are.
 */
void
parity_chart_view_set_theme (ParityChartView *self,
                             ParityThemeFile *theme)
{
  g_return_if_fail (PARITY_IS_CHART_VIEW (self));

  if (self->theme == theme)
    return;
  g_clear_pointer (&self->theme, parity_theme_file_unref);
  self->theme = theme != NULL ? parity_theme_file_ref (theme) : NULL;
  set_error (self, NULL);
  invalidate (self);
}

/* Returns: (transfer none) (nullable): the house style charts are laid out in */
ParityThemeFile *
parity_chart_view_get_theme (ParityChartView *self)
{
  g_return_val_if_fail (PARITY_IS_CHART_VIEW (self), NULL);
  return self->theme;
}

/**
 * parity_chart_view_set_preset:
 * @preset: (nullable): a preset name ("slide" while presenting), or %NULL for each chart's own
 *
 * Lays every chart out at @preset: a presentation shows them all on a 16:9 slide, with text
 * sized for a room, whatever size they are made for.
 */
void
parity_chart_view_set_preset (ParityChartView *self,
                              const char      *preset)
{
  g_return_if_fail (PARITY_IS_CHART_VIEW (self));
  g_return_if_fail (preset == NULL || parity_preset_lookup (preset) != NULL);

  if (g_strcmp0 (self->preset, preset) == 0)
    return;
  g_free (self->preset);
  self->preset = g_strdup (preset);
  set_error (self, NULL);
  invalidate (self);
}

/**
 * parity_chart_view_set_chart:
 * @dataset: (nullable): the dataset
 * @chart_id: (nullable): one of its charts
 */
void
parity_chart_view_set_chart (ParityChartView *self,
                             ParityDataset   *dataset,
                             const char      *chart_id)
{
  g_return_if_fail (PARITY_IS_CHART_VIEW (self));

  g_object_freeze_notify (G_OBJECT (self));
  if (self->dataset != dataset && self->dataset != NULL)
    g_signal_handlers_disconnect_by_func (self->dataset, on_charts_changed, self);
  if (g_set_object (&self->dataset, dataset))
    {
      if (dataset != NULL)
        g_signal_connect_object (dataset, "charts-changed", G_CALLBACK (on_charts_changed),
                                 self, G_CONNECT_SWAPPED);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATASET]);
    }
  if (g_strcmp0 (self->chart_id, chart_id) != 0)
    {
      g_free (self->chart_id);
      self->chart_id = g_strdup (chart_id);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHART_ID]);
    }
  set_error (self, NULL);
  invalidate (self);
  if (self->dataset != NULL && self->chart_id != NULL)
    {
      const ParityChartSpec *spec = parity_dataset_find_chart (self->dataset, self->chart_id);
      const char *lang = parity_dataset_get_default_lang (self->dataset);

      gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      spec ? parity_text_get (spec->title, lang, lang) : "",
                                      -1);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * parity_chart_view_get_scene:
 *
 * Returns: (transfer none) (nullable): the scene last laid out, NULL before the first draw
 */
ParityScene *
parity_chart_view_get_scene (ParityChartView *self)
{
  g_return_val_if_fail (PARITY_IS_CHART_VIEW (self), NULL);
  return self->scene;
}

/**
 * parity_chart_view_lay_out:
 *
 * Lays the chart out now if it has not been yet (it is, when first painted): what the data
 * table shows while the chart is hidden.
 *
 * Returns: (transfer none) (nullable): the scene, or %NULL when the chart cannot be drawn
 */
ParityScene *
parity_chart_view_lay_out (ParityChartView *self)
{
  g_return_val_if_fail (PARITY_IS_CHART_VIEW (self), NULL);
  ensure_scene (self);
  return self->scene;
}

const char *
parity_chart_view_get_error (ParityChartView *self)
{
  g_return_val_if_fail (PARITY_IS_CHART_VIEW (self), NULL);
  return self->error;
}

/* How many times the scene was painted: lets tests wait for a real frame. */
/* Whether the chart could not be drawn because it has more than its canvas can show. */
gboolean
parity_chart_view_get_crowded (ParityChartView *self)
{
  g_return_val_if_fail (PARITY_IS_CHART_VIEW (self), FALSE);
  return self->error != NULL && self->crowded;
}

guint
parity_chart_view_get_n_paints (ParityChartView *self)
{
  g_return_val_if_fail (PARITY_IS_CHART_VIEW (self), 0);
  return self->n_paints;
}

/* The factor from scene points to widget pixels at the last paint, 0 before it. */
double
parity_chart_view_get_scale (ParityChartView *self)
{
  g_return_val_if_fail (PARITY_IS_CHART_VIEW (self), 0);
  return self->scale;
}

/**
 * parity_chart_view_add_overlay:
 * @child: a widget to show over the sheet, such as a presentation's slide counter
 *
 * @child is placed by its alignment and margins over the whole view and takes no clicks
 * (they go on to the chart).
 */
void
parity_chart_view_add_overlay (ParityChartView *self,
                               GtkWidget       *child)
{
  g_return_if_fail (PARITY_IS_CHART_VIEW (self));
  g_return_if_fail (gtk_widget_get_parent (child) == NULL);

  gtk_widget_set_can_target (child, FALSE);
  gtk_widget_insert_before (child, GTK_WIDGET (self), NULL);
}
