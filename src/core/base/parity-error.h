/* parity-error.h: the project's error domain
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define PARITY_ERROR (parity_error_quark ())

typedef enum
{
  PARITY_ERROR_SYNTAX,        /* the file is not well-formed (JSON, CSV…) */
  PARITY_ERROR_CONTENT,       /* well-formed, but not a valid dataset */
  PARITY_ERROR_UNSUPPORTED,   /* a format or feature Parity does not read */
  PARITY_ERROR_NOT_FOUND,     /* a chart, indicator or entity id that does not exist */
  PARITY_ERROR_INVALID,       /* an argument out of range (size, dpi, format…) */
  PARITY_ERROR_EXPORT,        /* writing an image or document failed */
  PARITY_ERROR_EMPTY,         /* a chart has nothing to show */
  PARITY_ERROR_CROWDED,       /* a chart has more to show than it can draw readably */
} ParityError;

GQuark parity_error_quark (void);

G_END_DECLS
