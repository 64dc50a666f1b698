/**
 * One tile of a map: a link with the place's name and the figure's value as text (colour is never the
 * only cue), coloured by the value's class; a tile without a value is white with a dashed border.
 */
import { type Figure, type FigureValue, figureText, WITHHELD } from './figure.ts';
import { type ColourClass, classOf, colourClasses } from './scale.ts';

/** The colour classes for the values a map shows (withheld and missing values left out). */
export function classesFor<Row>(figure: Figure<Row>, values: readonly FigureValue[]): ColourClass[] {
  const numbers = values.filter((v): v is number => typeof v === 'number');
  if (numbers.length === 0) return [];
  return colourClasses(figure.max ?? Math.max(0, ...numbers), figure.integer);
}

export function Tile<Row>(props: {
  ars: string;
  name: string;
  href: string;
  /** What following the link shows, read after the name, e.g. "Gemeinden anzeigen". */
  action: string;
  figure: Figure<Row>;
  value: FigureValue;
  classes: readonly ColourClass[];
  style?: Record<string, string | number>;
}) {
  const { figure, value } = props;
  const colour = typeof value === 'number' ? classOf(props.classes, value) : undefined;
  return (
    <a
      class={`map-tile${colour ? '' : ' map-tile--none'}${value === WITHHELD ? ' map-tile--withheld' : ''}`}
      href={props.href}
      data-ars={props.ars}
      style={{ ...props.style, ...(colour ? { background: colour.background, color: colour.text } : {}) }}
    >
      <span class="map-tile__name">{props.name}</span>
      <span class="kern-sr-only">{figure.label}: </span>
      <span class="map-tile__value">{figureText(figure, value)}</span>
      <span class="kern-sr-only"> – {props.action}</span>
    </a>
  );
}
