/* parity-id.c: the id pattern, and a valid id made from any text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include <string.h>

#include "parity-id.h"

/* Letters and digits of any script: an Arabic or Chinese dataset names things in its own
 * words. Marks (accents written as combining characters) may follow a letter. */
static gboolean
is_first_char (gunichar c)
{
  return c == '_' || g_unichar_isalpha (c) ||
         g_unichar_type (c) == G_UNICODE_DECIMAL_NUMBER;
}

static gboolean
is_id_char (gunichar c)
{
  return is_first_char (c) || c == '-' || c == '.' || g_unichar_ismark (c);
}

/**
 * parity_id_is_valid:
 *
 * Returns: whether @id is valid UTF-8 of letters, digits (of any script), combining marks,
 *   "_", "-" and ".", starting with a letter, a digit or "_", at most
 *   %PARITY_ID_MAX_LENGTH bytes long: no separator, no leading dot or dash, no space, no
 *   control or formatting character
 */
gboolean
parity_id_is_valid (const char *id)
{
  if (id == NULL || strnlen (id, PARITY_ID_MAX_LENGTH + 1) > PARITY_ID_MAX_LENGTH ||
      !g_utf8_validate (id, -1, NULL) || !is_first_char (g_utf8_get_char (id)))
    return FALSE;
  for (const char *p = g_utf8_next_char (id); *p != '\0'; p = g_utf8_next_char (p))
    if (!is_id_char (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

/**
 * parity_id_suggest:
 * @text: any text: a foreign code, a name, a rejected id
 *
 * A valid id that reads like @text: every run of other characters becomes one "-"
 * ("Côte d'Ivoire" → "Côte-d-Ivoire"), leading dots and dashes go ("../../x/escaped" →
 * "x-escaped"), and it is shortened to the length limit on a character boundary. Text with
 * nothing left ("***") gets "id-" and a digest of itself, so different texts still get
 * different ids.
 *
 * Returns: (transfer full): a string for which parity_id_is_valid() holds
 */
char *
parity_id_suggest (const char *text)
{
  g_autofree char *valid = NULL;
  GString *out;

  g_return_val_if_fail (text != NULL, NULL);

  if (parity_id_is_valid (text))
    return g_strdup (text);
  valid = g_utf8_make_valid (text, -1);
  out = g_string_new (NULL);
  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      char utf8[6];
      int n = g_unichar_to_utf8 (c, utf8);

      if (out->len == 0 && !is_first_char (c))
        continue;
      if (out->len + n > PARITY_ID_MAX_LENGTH)
        break;
      if (is_id_char (c))
        g_string_append_len (out, utf8, n);
      else if (out->str[out->len - 1] != '-')
        g_string_append_c (out, '-');
    }
  while (out->len > 0 && (out->str[out->len - 1] == '-' || out->str[out->len - 1] == '.'))
    g_string_truncate (out, out->len - 1);
  if (out->len == 0)
    {
      g_autofree char *digest = g_compute_checksum_for_string (G_CHECKSUM_SHA256, text, -1);

      g_string_printf (out, "id-%.12s", digest);
    }
  return g_string_free (out, FALSE);
}

/**
 * parity_id_numbered:
 * @id: a valid id
 * @n: a number, 2 or more
 *
 * The @n-th id of that name, for two things that would share one: "internet-use-2". @id is
 * cut to leave room for the suffix, so the result is valid too.
 *
 * Returns: (transfer full): the numbered id
 */
char *
parity_id_numbered (const char *id,
                    guint       n)
{
  char suffix[16];
  int keep;

  g_return_val_if_fail (parity_id_is_valid (id), NULL);

  keep = PARITY_ID_MAX_LENGTH - g_snprintf (suffix, sizeof suffix, "-%u", n);
  if ((int)strlen (id) > keep)
    {
      /* Cut on a character boundary. */
      const char *end = g_utf8_find_prev_char (id, id + keep + 1);

      keep = end != NULL ? (int)(end - id) : 0;
    }
  return g_strdup_printf ("%.*s%s", keep, id, suffix);
}
