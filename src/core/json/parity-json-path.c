/* parity-json-path.c: the one writer of Parity's JSON paths
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include "parity-json-path.h"

static gboolean
is_identifier (const char *s)
{
  if (!g_ascii_isalpha (*s) && *s != '_')
    return FALSE;
  for (; *s; s++)
    if (!g_ascii_isalnum (*s) && *s != '_' && *s != '-')
      return FALSE;
  return TRUE;
}

void
_parity_json_path_append_member (GString    *path,
                                 const char *member)
{
  if (is_identifier (member))
    {
      g_string_append_c (path, '.');
      g_string_append (path, member);
      return;
    }
  g_string_append (path, "['");
  for (const char *p = member; *p; p++)
    {
      if (*p == '\'' || *p == '\\')
        g_string_append_c (path, '\\');
      g_string_append_c (path, *p);
    }
  g_string_append (path, "']");
}

void
_parity_json_path_append_index (GString *path,
                                guint    index)
{
  char digits[16], *p = digits + sizeof digits;

  /* Once per array element of a big file: no printf. */
  *--p = ']';
  do
    *--p = (char)('0' + index % 10);
  while ((index /= 10) > 0);
  *--p = '[';
  g_string_append_len (path, p, digits + sizeof digits - p);
}
