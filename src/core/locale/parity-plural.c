/* parity-plural.c
 *
 * A chart's words come from the compiled catalog of the chart's language, not through
 * gettext (parity-chart-words.c), so the form of a counted word ("1 economy", "193
 * economies"; Arabic and Russian have more forms) is chosen here, by the catalog's own
 * Plural-Forms formula, as ngettext would: a C expression in n, read by recursive descent.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parity-core"

#include "config.h"

#include <string.h>

#include "parity-plural.h"

/* Deeper than any published formula (Arabic's nests six conditionals). */
#define MAX_DEPTH 64

typedef struct
{
  const char *p;
  gulong      n;
  guint       depth;
  gboolean    ok;
} Parser;

static gulong parse_conditional (Parser *ps);

static void
skip_space (Parser *ps)
{
  while (*ps->p == ' ' || *ps->p == '\t' || *ps->p == '\n' || *ps->p == '\\')
    ps->p++;
}

static gboolean
accept (Parser     *ps,
        const char *token)
{
  skip_space (ps);
  if (strncmp (ps->p, token, strlen (token)) != 0)
    return FALSE;
  /* "<" is not the start of "<=", "!" not that of "!=". */
  if (strlen (token) == 1 && strchr ("<>!=", token[0]) != NULL && ps->p[1] == '=')
    return FALSE;
  ps->p += strlen (token);
  return TRUE;
}

static gulong
parse_primary (Parser *ps)
{
  skip_space (ps);
  if (++ps->depth > MAX_DEPTH)
    return ps->ok = FALSE;
  if (accept (ps, "!"))
    {
      gulong v = !parse_primary (ps);

      ps->depth--;
      return v;
    }
  if (accept (ps, "("))
    {
      gulong v = parse_conditional (ps);

      ps->ok &= accept (ps, ")");
      ps->depth--;
      return v;
    }
  ps->depth--;
  if (*ps->p == 'n')
    {
      ps->p++;
      return ps->n;
    }
  if (g_ascii_isdigit (*ps->p))
    {
      char *end;
      gulong v = strtoul (ps->p, &end, 10);

      ps->p = end;
      return v;
    }
  return ps->ok = FALSE;
}

static gulong
parse_product (Parser *ps)
{
  gulong v = parse_primary (ps);

  for (;;)
    {
      if (accept (ps, "*"))
        v *= parse_primary (ps);
      else if (accept (ps, "/") || accept (ps, "%"))
        {
          gboolean modulo = ps->p[-1] == '%';
          gulong d = parse_primary (ps);

          if (d == 0)
            return ps->ok = FALSE;
          v = modulo ? v % d : v / d;
        }
      else
        return v;
    }
}

static gulong
parse_sum (Parser *ps)
{
  gulong v = parse_product (ps);

  for (;;)
    if (accept (ps, "+"))
      v += parse_product (ps);
    else if (accept (ps, "-"))
      v -= parse_product (ps);
    else
      return v;
}

static gulong
parse_comparison (Parser *ps)
{
  gulong v = parse_sum (ps);

  for (;;)
    if (accept (ps, "<="))
      v = v <= parse_sum (ps);
    else if (accept (ps, ">="))
      v = v >= parse_sum (ps);
    else if (accept (ps, "<"))
      v = v < parse_sum (ps);
    else if (accept (ps, ">"))
      v = v > parse_sum (ps);
    else
      return v;
}

static gulong
parse_equality (Parser *ps)
{
  gulong v = parse_comparison (ps);

  for (;;)
    if (accept (ps, "=="))
      v = v == parse_comparison (ps);
    else if (accept (ps, "!="))
      v = v != parse_comparison (ps);
    else
      return v;
}

/* Both sides are always read, so the parser stays in step; only the value short-cuts. */
static gulong
parse_and (Parser *ps)
{
  gulong v = parse_equality (ps);

  while (accept (ps, "&&"))
    v = parse_equality (ps) && v;
  return v;
}

static gulong
parse_or (Parser *ps)
{
  gulong v = parse_and (ps);

  while (accept (ps, "||"))
    v = parse_and (ps) || v;
  return v;
}

static gulong
parse_conditional (Parser *ps)
{
  gulong condition, then, otherwise;

  if (++ps->depth > MAX_DEPTH)
    return ps->ok = FALSE;
  condition = parse_or (ps);
  if (!accept (ps, "?"))
    {
      ps->depth--;
      return condition;
    }
  then = parse_conditional (ps);
  ps->ok &= accept (ps, ":");
  otherwise = parse_conditional (ps);
  ps->depth--;
  return condition ? then : otherwise;
}

/**
 * parity_plural_eval:
 * @header: a catalog's header, with its "Plural-Forms: nplurals=N; plural=EXPR;" line
 * @form: (out): which form @n takes, counted from 0
 *
 * Returns: %FALSE when the header has no formula gettext could read, or it does not give
 *   a form below nplurals
 */
gboolean
parity_plural_eval (const char *header,
                    gulong      n,
                    gulong     *form)
{
  const char *line = header ? strstr (header, "Plural-Forms:") : NULL;
  const char *nplurals = line ? strstr (line, "nplurals=") : NULL;
  const char *plural = line ? strstr (line, "plural=") : NULL;
  Parser ps = { .n = n, .ok = TRUE };
  gulong count, v;

  if (nplurals == NULL || plural == NULL)
    return FALSE;
  count = strtoul (nplurals + strlen ("nplurals="), NULL, 10);
  ps.p = plural + strlen ("plural=");
  v = parse_conditional (&ps);
  skip_space (&ps);
  if (!ps.ok || (*ps.p != ';' && *ps.p != '\0') || v >= count)
    return FALSE;
  *form = v;
  return TRUE;
}
