/** The deepest nesting of JSON the `variables` and `extensions` of a request may have by default. */
export const DEFAULT_MAX_JSON_DEPTH = 32;

/** The `extensions.code` of a request whose variables or extensions nest too deeply. */
export const VARIABLES_TOO_DEEP = 'VARIABLES_TOO_DEEP';

interface Request {
  method?: string;
  body?: unknown;
  query?: unknown;
}

interface Response {
  status(code: number): { json(body: unknown): unknown };
}

/**
 * An express middleware (after the JSON body parser) that refuses, with HTTP 400 and before any
 * parsing, planning or database work: `variables` or `extensions` nested deeper than `maxDepth`
 * (VARIABLES_TOO_DEEP; graphql-js and Apollo walk them recursively, and a few thousand levels
 * overflowed the stack: HTTP 500). Works for POST bodies (single or batched) and for the JSON strings
 * of a GET request's query parameters. (NUL in a text argument is each subgraph's to refuse, naming
 * the argument: `refuseNulInTextArguments`.)
 */
export function requestInputGuard(maxDepth = DEFAULT_MAX_JSON_DEPTH) {
  return (req: Request, res: Response, next: () => void): void => {
    const refusal = refusalOf(req, maxDepth);
    if (!refusal) {
      next();
      return;
    }
    res.status(400).json({ errors: [{ message: refusal.message, extensions: { code: refusal.code } }] });
  };
}

function refusalOf(req: Request, maxDepth: number): { code: string; message: string } | undefined {
  const parts: unknown[] = [];
  const operations = Array.isArray(req.body) ? req.body : [req.body];
  for (const operation of operations) {
    if (operation && typeof operation === 'object') {
      const { variables, extensions } = operation as { variables?: unknown; extensions?: unknown };
      parts.push(variables, extensions);
    }
  }
  if (req.query && typeof req.query === 'object') {
    const { variables, extensions } = req.query as { variables?: unknown; extensions?: unknown };
    for (const text of [variables, extensions]) {
      if (typeof text !== 'string') continue;
      if (jsonTextDepth(text) > maxDepth) return tooDeep(maxDepth);
      parts.push(safeParse(text));
    }
  }
  for (const part of parts) {
    if (depthOf(part, maxDepth) > maxDepth) return tooDeep(maxDepth);
  }
  return undefined;
}

function tooDeep(maxDepth: number) {
  return {
    code: VARIABLES_TOO_DEEP,
    message: `The variables or extensions nest deeper than ${maxDepth} levels.`,
  };
}

/**
 * Walks a parsed JSON value without recursion (a recursive walk is what overflowed): 'too deep' when
 * objects and arrays nest deeper than `maxDepth`, 'nul' when a string or key holds U+0000.
 */
export function inspect(value: unknown, maxDepth: number): 'ok' | 'too deep' | 'nul' {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop() as [unknown, number];
    if (typeof current === 'string') {
      if (current.includes('\u0000')) return 'nul';
      continue;
    }
    if (current === null || typeof current !== 'object') continue;
    if (depth >= maxDepth) return 'too deep';
    if (Array.isArray(current)) {
      for (const item of current) stack.push([item, depth + 1]);
      continue;
    }
    for (const [key, item] of Object.entries(current)) {
      if (key.includes('\u0000')) return 'nul';
      stack.push([item, depth + 1]);
    }
  }
  return 'ok';
}

/** The deepest nesting of brackets and braces in JSON text (outside strings), without parsing it. */
export function jsonTextDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (inString) {
      if (char === '\\') i++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{' || char === '[') deepest = Math.max(deepest, ++depth);
    else if (char === '}' || char === ']') depth--;
  }
  return deepest;
}

/** How deep objects and arrays nest in a parsed value, counted no further than `limit + 1`. */
function depthOf(value: unknown, limit: number): number {
  const stack: [unknown, number][] = [[value, 0]];
  let deepest = 0;
  while (stack.length > 0) {
    const [current, depth] = stack.pop() as [unknown, number];
    if (current === null || typeof current !== 'object') continue;
    deepest = Math.max(deepest, depth + 1);
    if (deepest > limit) return deepest;
    for (const item of Array.isArray(current) ? current : Object.values(current)) stack.push([item, depth + 1]);
  }
  return deepest;
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // Apollo answers unparsable variables itself with a clear 400.
    return undefined;
  }
}
