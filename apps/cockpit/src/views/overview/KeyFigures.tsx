/** The Programmübersicht's key figures on top: one KERN card per figure, as a description list. */
import type { ComponentChildren } from 'preact';
import type { Part } from './Withheld.tsx';
import { WITHHELD } from './Withheld.tsx';

export interface KeyFigure<T = any> {
  /** Stable key (data-figure attribute). */
  id: string;
  label: string;
  part: Part<T>;
  /** The figure itself. */
  value: (value: T) => ComponentChildren;
  /** A line under it. */
  detail?: (value: T) => ComponentChildren;
}

export function KeyFigures(props: { figures: readonly KeyFigure[] }) {
  return (
    <dl class="cockpit-keyfigures">
      {props.figures.map((f) => (
        <div class="kern-card cockpit-keyfigure" data-figure={f.id}>
          <dt class="kern-body kern-body--small cockpit-keyfigure__label">{f.label}</dt>
          {f.part.kind === 'shown' ? (
            <>
              <dd class="cockpit-keyfigure__value">{f.value(f.part.value)}</dd>
              {f.detail && (
                <dd class="kern-body kern-body--small cockpit-keyfigure__detail">{f.detail(f.part.value)}</dd>
              )}
            </>
          ) : (
            <dd
              class="kern-body cockpit-keyfigure__note"
              data-testid={f.part.kind === 'withheld' ? 'withheld' : 'missing'}
            >
              {f.part.kind === 'withheld' ? WITHHELD : 'keine Antwort erhalten'}
            </dd>
          )}
        </div>
      ))}
    </dl>
  );
}

/** A key figure over a part of the answer. */
export function figure<T>(f: KeyFigure<T>): KeyFigure {
  return f as KeyFigure;
}
