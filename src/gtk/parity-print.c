/* parity-print.c
 *
 * A printed chart is laid out for the page: as wide as the printable area allows at the
 * proportions of its preset (the "report" column unless it names another), so that its
 * type keeps the sizes the theme gives it in points, and painted by the same painter as the
 * screen and the exports. A chart grown to hold every row ("height": "auto") goes on as
 * many pages as it needs, each ending between rows.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-gtk"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "parity-error.h"
#include "parity-layout.h"
#include "parity-painter.h"
#include "parity-preset.h"
#include "parity-print.h"

typedef struct
{
  ParityDataset *dataset;
  char          *chart_id;
  ParityScene   *scene;
  ParityThemeFile *theme;  /* the house style the chart is laid out in, or NULL */
  GError        *error;
  GtkWindow     *parent;  /* weak: the window may close while its chart prints */
  gboolean       reported;
  GArray        *breaks;  /* a chart taller than the page: where each page begins and the
                             last ends, in the scene's points; else NULL */
} PrintJob;

static void
print_job_free (PrintJob *job)
{
  g_clear_weak_pointer (&job->parent);
  g_clear_pointer (&job->scene, parity_scene_unref);
  g_clear_pointer (&job->theme, parity_theme_file_unref);
  g_clear_pointer (&job->breaks, g_array_unref);
  g_clear_error (&job->error);
  g_clear_object (&job->dataset);
  g_free (job->chart_id);
  g_free (job);
}

static const ParityChartSpec *
find_chart (ParityDataset *dataset,
            const char    *chart_id,
            GError       **error)
{
  const ParityChartSpec *spec = parity_dataset_find_chart (dataset, chart_id);

  if (spec == NULL)
    g_set_error (error, PARITY_ERROR, PARITY_ERROR_NOT_FOUND,
                 _("The chart “%s” is not in the dataset"), chart_id);
  return spec;
}

/* Where a page that would end at @bottom ends instead, so that no bar or text is cut in
 * two: above every one it would cross, unless that leaves less than half a page. */
static double
clean_break (ParityScene *scene,
             double       top,
             double       bottom)
{
  double y = bottom;
  gboolean moved = TRUE;

  while (moved)
    {
      moved = FALSE;
      for (guint i = 0; i < parity_scene_get_n_items (scene); i++)
        {
          const ParityItem *item = parity_scene_get_item (scene, i);

          if ((item->kind == PARITY_ITEM_RECT || item->kind == PARITY_ITEM_TEXT) &&
              item->role != PARITY_ROLE_BACKGROUND &&
              item->box.y < y && y < item->box.y + item->box.height)
            {
              y = item->box.y;
              moved = TRUE;
            }
        }
    }
  return y > top + (bottom - top) / 2 ? y : bottom;
}

/* A chart grown taller than the page (a bar chart of every economy) is printed on as many
 * pages as it needs, each ending between rows. */
static void
paginate (PrintJob          *job,
          GtkPrintOperation *operation,
          double             page_height)
{
  double height = parity_scene_get_height (job->scene), top = 0;

  if (height <= page_height + 0.5)
    return;
  job->breaks = g_array_new (FALSE, FALSE, sizeof (double));
  g_array_append_val (job->breaks, top);
  while (top < height)
    {
      top = top + page_height >= height ? height
                                        : clean_break (job->scene, top, top + page_height);
      g_array_append_val (job->breaks, top);
    }
  gtk_print_operation_set_n_pages (operation, (int)job->breaks->len - 1);
}

/* Lays the chart out once the printable area is known; the page is drawn from it. */
static void
on_begin_print (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                PrintJob          *job)
{
  double page_width = gtk_print_context_get_width (context);
  double page_height = gtk_print_context_get_height (context);
  const ParityChartSpec *spec = find_chart (job->dataset, job->chart_id, &job->error);
  const ParityPreset *preset;
  ParityLayoutOptions options = { .theme = job->theme };
  double ratio;

  if (spec == NULL)
    {
      gtk_print_operation_cancel (operation);
      return;
    }
  preset = parity_chart_spec_get_preset (spec);
  ratio = preset->height / preset->width;
  options.width = page_width;
  options.height = page_width * ratio;
  if (options.height > page_height)
    {
      options.height = page_height;
      options.width = page_height / ratio;
    }
  /* A page too small for the smallest layout gets it scaled down. */
  if (MIN (options.width, options.height) < PARITY_LAYOUT_MIN_SIDE)
    {
      double grow = PARITY_LAYOUT_MIN_SIDE / MIN (options.width, options.height);

      options.width *= grow;
      options.height *= grow;
    }

  job->scene = parity_layout_chart (job->dataset, spec, &options, &job->error);
  if (job->scene == NULL)
    {
      gtk_print_operation_cancel (operation);
      return;
    }
  paginate (job, operation, page_height);
}

static void
on_draw_page (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page_nr,
              PrintJob          *job)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double page_width = gtk_print_context_get_width (context);
  double page_height = gtk_print_context_get_height (context);
  double width, height, scale;

  if (job->scene == NULL)
    return;
  width = parity_scene_get_width (job->scene);
  height = parity_scene_get_height (job->scene);
  if (job->breaks != NULL && page_nr + 1 < (int)job->breaks->len)
    {
      double top = g_array_index (job->breaks, double, page_nr);
      double bottom = g_array_index (job->breaks, double, page_nr + 1);

      /* One page's rows, from the top of the page, at the size they were laid out at. */
      cairo_save (cr);
      cairo_translate (cr, (page_width - width) / 2, -top);
      cairo_rectangle (cr, 0, top, width, bottom - top);
      cairo_clip (cr);
      parity_scene_paint (job->scene, cr);
      cairo_restore (cr);
      return;
    }
  scale = MIN (1.0, MIN (page_width / width, page_height / height));
  cairo_save (cr);
  cairo_translate (cr, (page_width - width * scale) / 2, (page_height - height * scale) / 2);
  cairo_scale (cr, scale, scale);
  parity_scene_paint (job->scene, cr);
  cairo_restore (cr);
}

static void
show_error (GtkWindow    *parent,
            const GError *error)
{
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (parent, _("The Chart Could Not Be Printed"), error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_done (GtkPrintOperation       *operation,
         GtkPrintOperationResult  result,
         PrintJob                *job)
{
  g_autoptr(GError) error = NULL;

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    gtk_print_operation_get_error (operation, &error);
  if (error == NULL && job->error != NULL)
    error = g_error_copy (job->error);
  if (error != NULL)
    show_error (job->parent, error);
  job->reported = error != NULL;
}

static GtkPrintOperation *
new_operation (ParityDataset   *dataset,
               const char      *chart_id,
               ParityThemeFile *theme,
               PrintJob       **job_out)
{
  GtkPrintOperation *operation = gtk_print_operation_new ();
  const char *lang = parity_dataset_get_default_lang (dataset);
  const ParityChartSpec *spec = parity_dataset_find_chart (dataset, chart_id);
  PrintJob *job = g_new0 (PrintJob, 1);

  job->dataset = g_object_ref (dataset);
  job->chart_id = g_strdup (chart_id);
  job->theme = theme != NULL ? parity_theme_file_ref (theme) : NULL;
  /* Points, so that the printable area is measured in the layout's unit. */
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_n_pages (operation, 1);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  if (spec != NULL && spec->title != NULL)
    gtk_print_operation_set_job_name (operation, parity_text_get (spec->title, lang, lang));
  g_signal_connect (operation, "begin-print", G_CALLBACK (on_begin_print), job);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page), job);
  g_object_set_data_full (G_OBJECT (operation), "parity-print-job", job,
                          (GDestroyNotify)print_job_free);
  *job_out = job;
  return operation;
}

/**
 * parity_print_chart:
 * @parent: (nullable): the window the print dialog belongs to
 * @theme: (nullable): the house style to print in, or %NULL
 *
 * Shows the print dialog and prints the chart on one page. Errors are shown in a dialog.
 */
void
parity_print_chart (GtkWindow       *parent,
                    ParityDataset   *dataset,
                    const char      *chart_id,
                    ParityThemeFile *theme)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  PrintJob *job;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (PARITY_IS_DATASET (dataset));
  g_return_if_fail (chart_id != NULL);

  /* Said at once rather than after the print dialog. */
  if (find_chart (dataset, chart_id, &error) == NULL)
    {
      show_error (parent, error);
      return;
    }
  operation = new_operation (dataset, chart_id, theme, &job);
  g_set_weak_pointer (&job->parent, parent);
  gtk_print_operation_set_allow_async (operation, TRUE);
  g_signal_connect (operation, "done", G_CALLBACK (on_done), job);
  /* With allow-async the operation keeps itself alive until "done"; when the platform
   * runs it synchronously, "done" has been emitted before this returns. */
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent,
                               &error) == GTK_PRINT_OPERATION_RESULT_ERROR &&
      error != NULL && !job->reported)
    show_error (parent, error);
}

/**
 * parity_print_chart_to_pdf:
 * @theme: (nullable): the house style to print in, or %NULL
 * @pdf_path: the PDF file to write
 *
 * Prints the chart, without a dialog, to a PDF file with the default page setup: what
 * printing would put on paper.
 *
 * Returns: %FALSE with @error set when the chart could not be laid out or written
 */
gboolean
parity_print_chart_to_pdf (ParityDataset   *dataset,
                           const char      *chart_id,
                           ParityThemeFile *theme,
                           const char      *pdf_path,
                           GError         **error)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  GtkPrintOperationResult result;
  PrintJob *job;

  g_return_val_if_fail (PARITY_IS_DATASET (dataset), FALSE);
  g_return_val_if_fail (chart_id != NULL && pdf_path != NULL, FALSE);

  operation = new_operation (dataset, chart_id, theme, &job);
  gtk_print_operation_set_export_filename (operation, pdf_path);
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, error);
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    return FALSE;
  if (job->error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&job->error));
      return FALSE;
    }
  if (result != GTK_PRINT_OPERATION_RESULT_APPLY)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, _("Printing was cancelled"));
      return FALSE;
    }
  return TRUE;
}
