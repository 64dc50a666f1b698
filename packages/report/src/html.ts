/** Markup that is already safe: produced by `html` (or `raw` for trusted constants) and not escaped again. */
export class SafeHtml {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** The text with the five characters that matter in HTML text and quoted attributes replaced by entities. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => ENTITIES[character] as string);
}

/** Interpolated values: escaped text, or markup that `html` made; arrays are joined; null and undefined are empty. */
type Interpolated = SafeHtml | string | number | null | undefined | readonly Interpolated[];

function render(value: Interpolated): string {
  if (value === null || value === undefined) return '';
  if (value instanceof SafeHtml) return value.text;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

/**
 * A template literal tag for HTML: every interpolated value is escaped unless it is a `SafeHtml` that
 * another `html` call made, so data from the graph (a project title such as `<script>`) never becomes
 * markup. Use it for text content and for double-quoted attribute values only.
 */
export function html(strings: TemplateStringsArray, ...values: Interpolated[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, index) => {
    out += render(value) + (strings[index + 1] ?? '');
  });
  return new SafeHtml(out);
}

/** A trusted constant (the style sheet) as markup; never pass data from the graph. */
export function raw(text: string): SafeHtml {
  return new SafeHtml(text);
}
