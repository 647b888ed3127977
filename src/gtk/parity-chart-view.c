/* parity-chart-view.c
 *
 * The widget owns no drawing code: it lays the chart out at its own size and hands the
 * scene to the core's painter through gtk_snapshot_append_cairo(), so the screen shows
 * what an export of that size would contain.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-gtk"

#include "config.h"

#include "parity-chart-view.h"
#include "parity-layout.h"
#include "parity-number-format.h"
#include "parity-painter.h"

struct _ParityChartView
{
  GtkWidget      parent_instance;

  ParityDataset *dataset;
  char          *chart_id;
  ParityScene   *scene;     /* laid out for the current size, or NULL */
  char          *error;     /* why there is no scene */
  int            scene_width;
  int            scene_height;
  guint          n_paints;
};

G_DEFINE_FINAL_TYPE (ParityChartView, parity_chart_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DATASET,
  PROP_CHART_ID,
  PROP_ERROR,
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
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ERROR]);
}

static void
invalidate (ParityChartView *self)
{
  g_clear_pointer (&self->scene, parity_scene_unref);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Lays out for the widget's size, once per size. */
static void
ensure_scene (ParityChartView *self,
              int              width,
              int              height)
{
  const ParityChartSpec *spec;
  g_autoptr(GError) error = NULL;
  ParityLayoutOptions options = { width, height, NULL };

  if (self->scene != NULL && self->scene_width == width && self->scene_height == height)
    return;
  g_clear_pointer (&self->scene, parity_scene_unref);
  self->scene_width = width;
  self->scene_height = height;
  if (self->dataset == NULL || self->chart_id == NULL)
    return;
  spec = parity_dataset_find_chart (self->dataset, self->chart_id);
  if (spec == NULL)
    {
      set_error (self, "no such chart");
      return;
    }
  self->scene = parity_layout_chart (self->dataset, spec, &options, &error);
  set_error (self, error ? error->message : NULL);
  if (self->scene != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                    parity_scene_get_description (self->scene),
                                    -1);
}

static void
parity_chart_view_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  ParityChartView *self = PARITY_CHART_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  cairo_t *cr;

  if (width <= 0 || height <= 0)
    return;
  ensure_scene (self, width, height);
  if (self->scene == NULL)
    return;
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  parity_scene_paint (self->scene, cr);
  cairo_destroy (cr);
  self->n_paints++;
}

static gboolean
on_query_tooltip (GtkWidget  *widget,
                  int         x,
                  int         y,
                  gboolean    keyboard_mode,
                  GtkTooltip *tooltip)
{
  ParityChartView *self = PARITY_CHART_VIEW (widget);
  const ParityIndicator *indicator;
  const ParityEntity *entity;
  const ParityItem *item;
  g_autofree char *value = NULL;
  g_autofree char *text = NULL;
  const char *lang;
  int hit;

  if (self->scene == NULL || (hit = parity_scene_hit_test (self->scene, x, y)) < 0)
    return FALSE;
  item = parity_scene_get_item (self->scene, hit);
  indicator = parity_dataset_get_indicator (self->dataset, item->datum.indicator);
  entity = parity_dataset_get_entity (self->dataset, item->datum.entity);
  lang = parity_dataset_get_default_lang (self->dataset);
  value = parity_format_value (item->datum.value, indicator->decimals, &indicator->unit,
                               item->datum.qualifier, lang, lang);
  text = g_strdup_printf ("%s, %s: %s", parity_text_get (entity->label, lang, lang),
                          parity_dataset_get_period (self->dataset, item->datum.period), value);
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
parity_chart_view_dispose (GObject *object)
{
  ParityChartView *self = (ParityChartView *)object;

  g_clear_pointer (&self->scene, parity_scene_unref);
  g_clear_object (&self->dataset);
  G_OBJECT_CLASS (parity_chart_view_parent_class)->dispose (object);
}

static void
parity_chart_view_finalize (GObject *object)
{
  ParityChartView *self = (ParityChartView *)object;

  g_free (self->chart_id);
  g_free (self->error);
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
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
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
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "chartview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
parity_chart_view_init (ParityChartView *self)
{
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
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
  if (g_set_object (&self->dataset, dataset))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATASET]);
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

const char *
parity_chart_view_get_error (ParityChartView *self)
{
  g_return_val_if_fail (PARITY_IS_CHART_VIEW (self), NULL);
  return self->error;
}

/* How many times the scene was painted: lets tests wait for a real frame. */
guint
parity_chart_view_get_n_paints (ParityChartView *self)
{
  g_return_val_if_fail (PARITY_IS_CHART_VIEW (self), 0);
  return self->n_paints;
}
