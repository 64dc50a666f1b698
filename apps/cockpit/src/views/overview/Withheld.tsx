/** What a section shows instead of figures the principal's token may not read, or that did not arrive. */
import type { ComponentChildren } from 'preact';
import type { GraphResult } from '../../graph/client.ts';
import { isWithheld } from '../../graph/client.ts';

/** The words a withheld figure is shown with (never a zero). */
export const WITHHELD = 'nicht freigegeben für Ihre Rolle';

/** A part of the answer: its value, withheld from this principal (FORBIDDEN), or missing (a partner did not answer). */
export type Part<T> = { kind: 'shown'; value: T } | { kind: 'withheld' } | { kind: 'missing' };

/** The part of `result` at `path` whose value is `value`. */
export function partOf<T>(
  result: GraphResult<unknown>,
  value: T | null | undefined,
  ...path: (string | number)[]
): Part<T> {
  if (isWithheld(result, ...path)) return { kind: 'withheld' };
  return value === null || value === undefined ? { kind: 'missing' } : { kind: 'shown', value };
}

/** The note in place of a withheld section: what is withheld, who may see it, and that this is no zero. */
export function WithheldNote(props: { what: string; who?: string | undefined }) {
  return (
    <div class="kern-alert kern-alert--info overview-withheld" data-testid="withheld">
      <div class="kern-alert__body">
        <p class="kern-body">
          <strong>
            {props.what}: {WITHHELD}.
          </strong>{' '}
          Der Graph gibt diese Zahlen für Ihr Token nicht heraus; hier steht deshalb keine Zahl (auch keine Null).
          {props.who && ` Freigegeben für: ${props.who}.`}
        </p>
      </div>
    </div>
  );
}

/** The line in place of figures that did not arrive (the partial-result note above names the partner). */
export function MissingNote(props: { what: string }) {
  return (
    <p class="kern-body" data-testid="missing">
      {props.what}: keine Antwort erhalten (siehe Hinweis „Teilergebnis“ oben).
    </p>
  );
}

/** A part's figures, or the note for a withheld or missing part. */
export function PartView<T>(props: {
  part: Part<T>;
  what: string;
  /** Who may see the part (access rules), named in the note. */
  who?: string;
  children: (value: T) => ComponentChildren;
}) {
  const { part } = props;
  if (part.kind === 'withheld') return <WithheldNote what={props.what} who={props.who} />;
  if (part.kind === 'missing') return <MissingNote what={props.what} />;
  return <>{props.children(part.value)}</>;
}
