/** The labelled select that chooses the figure the map is coloured by; the choice lives in the route (`?wert=`). */
import type { Figure } from './figure.ts';

export function FigureSelect<Row>(props: {
  figures: readonly Figure<Row>[];
  chosen: Figure<Row>;
  /** The route to go to with `?wert=<key>` appended, e.g. "#/karte/120700000000". */
  base: string;
}) {
  const change = (event: Event) => {
    location.hash = `${props.base}?wert=${encodeURIComponent((event.currentTarget as HTMLSelectElement).value)}`;
  };
  return (
    <div class="kern-form-input map-select cockpit-noprint">
      <label class="kern-label" for="map-figure">
        Karte einfärben nach
      </label>
      <div class="kern-form-input__select-wrapper">
        <select class="kern-form-input__select" id="map-figure" value={props.chosen.key} onChange={change}>
          {props.figures.map((f) => (
            <option value={f.key}>{f.label}</option>
          ))}
        </select>
      </div>
    </div>
  );
}
