/* parity-export.h: scenes into PNG, PDF and SVG files, atomically
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "parity-scene.h"

G_BEGIN_DECLS

typedef enum
{
  PARITY_EXPORT_PNG,
  PARITY_EXPORT_PDF,
  PARITY_EXPORT_SVG,
} ParityExportFormat;

typedef struct
{
  ParityExportFormat format;
  double             dpi;          /* PNG: pixels per inch; the canvas is in points */
  const char        *title;        /* document metadata, all optional */
  const char        *description;
  const char        *source;
  const char        *provenance;   /* dataset file, indicators, hash of the data drawn */
} ParityExportOptions;

/* PNG canvases larger than this many pixels (1 GiB of ARGB) are refused rather than
 * allocated, as is a side longer than cairo's image surfaces allow. */
#define PARITY_EXPORT_MAX_PIXELS (16384.0 * 16384.0)
#define PARITY_EXPORT_MAX_PIXEL_SIDE 32767.0

gboolean     parity_export_format_from_string (const char          *name,
                                               ParityExportFormat  *format);
gboolean     parity_export_format_from_path   (const char          *path,
                                               ParityExportFormat  *format);
const char  *parity_export_format_extension   (ParityExportFormat   format);

gboolean     parity_export_to_stream          (const ParityScene         *scene,
                                               const ParityExportOptions *options,
                                               GOutputStream             *stream,
                                               GError                   **error);
gboolean     parity_export_to_file            (const ParityScene         *scene,
                                               const ParityExportOptions *options,
                                               const char                *path,
                                               GError                   **error);

G_END_DECLS
