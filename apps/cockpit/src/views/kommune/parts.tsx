/**
 * Parts the Kommune page and the security view share: German dates, enum labels, the mark of sample
 * data, the note on a withheld field, links to a Kommune's page and to a Landkreis on the map.
 */
import type { ComponentChildren } from 'preact';
import { href } from '../../router.ts';
import './parts.css';

/** The German label of an enum value from one of the consts in labels.ts; the value itself when unknown, '–' for none. */
export function label(labels: Record<string, string>, value: string | null | undefined): string {
  if (value === null || value === undefined) return '–';
  return labels[value] ?? value;
}

const dateFormat = new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium', timeZone: 'UTC' });
const timeFormat = new Intl.DateTimeFormat('de-DE', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'Europe/Berlin',
});

/** A calendar day YYYY-MM-DD as "05.03.2024"; '–' for none. */
export function formatDate(day: string | null | undefined): string {
  if (!day) return '–';
  const date = new Date(`${day.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? day : dateFormat.format(date);
}

/** An ISO 8601 instant as Berlin time, "05.03.2024, 15:45"; '–' for none. */
export function formatDateTime(instant: string | null | undefined): string {
  if (!instant) return '–';
  const date = new Date(instant);
  return Number.isNaN(date.getTime()) ? instant : timeFormat.format(date);
}

/** "ja" / "nein" / "–". */
export function yesNo(value: boolean | null | undefined): string {
  if (value === null || value === undefined) return '–';
  return value ? 'ja' : 'nein';
}

/** What the CSV and the cell say about a record's origin. */
export function origin(isSample: boolean): string {
  return isSample ? 'Beispieldaten' : 'Echtdaten';
}

/** The visible mark of a record made up for demonstration (text, not colour alone). */
export function SampleMark(props: { isSample: boolean | null | undefined; showReal?: boolean }) {
  if (!props.isSample)
    return props.showReal === false ? null : <span class="kern-body kern-body--small">Echtdaten</span>;
  return <span class="cockpit-sample">Beispieldaten</span>;
}

/** The note in place of what the principal's role may not read (FORBIDDEN), never an empty table. */
export function Withheld(props: { what?: string }) {
  return (
    <p class="kern-body cockpit-withheld" data-testid="withheld">
      {props.what && <strong>{props.what}: </strong>}nicht freigegeben für Ihre Rolle.
    </p>
  );
}

/** A link to a Kommune's page; the text names the Kommune. */
export function KommuneLink(props: { ars: string; children: ComponentChildren }) {
  return (
    <a class="kern-link" href={href('kommune', props.ars)}>
      {props.children}
    </a>
  );
}

/** A section with its heading (h2 or h3) and content; the heading labels the section. */
export function Section(props: { id: string; title: ComponentChildren; level?: 2 | 3; children: ComponentChildren }) {
  const Heading = props.level === 3 ? 'h3' : 'h2';
  return (
    <section aria-labelledby={props.id} class="cockpit-section">
      <Heading id={props.id} class={props.level === 3 ? 'kern-heading-small' : 'kern-heading-medium'}>
        {props.title}
      </Heading>
      {props.children}
    </section>
  );
}

/** A KERN description list of term/value pairs. */
export function Facts(props: { label: string; items: readonly [string, ComponentChildren][] }) {
  return (
    <dl class="kern-description-list" aria-label={props.label}>
      {props.items.map(([term, value]) => (
        <div class="kern-description-list-item">
          <dt class="kern-description-list-item__key">{term}</dt>
          <dd class="kern-description-list-item__value">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
