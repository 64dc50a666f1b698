/** The colour scale's legend: one swatch per class with its range written out, and the swatch for "no value". */
import type { Figure } from './figure.ts';
import type { ColourClass } from './scale.ts';

export function Legend<Row>(props: { figure: Figure<Row>; classes: readonly ColourClass[] }) {
  const { figure, classes } = props;
  // Whole numbers: "7 bis 11". Amounts and shares: each class starts above the bound of the one
  // before it ("über 0,00 € bis 44.550,50 €"), so that no value reads as belonging to two classes.
  const range = (c: ColourClass) => {
    if (c.from === c.to) return figure.format(c.from);
    if (figure.integer) return `${figure.format(c.from)} bis ${figure.format(c.to)}`;
    return `über ${figure.format(c.from)} bis ${figure.format(c.to)}`;
  };
  return (
    <div class="map-legend">
      <p class="kern-body kern-body--small map-legend__title" id="map-legend-title">
        Legende: {figure.label}
      </p>
      <ul class="map-legend__list" aria-labelledby="map-legend-title">
        {classes.map((c) => (
          <li>
            <span class="map-legend__swatch" style={{ background: c.background }} aria-hidden="true" />
            <span class="kern-body kern-body--small">{range(c)}</span>
          </li>
        ))}
        <li>
          <span class="map-legend__swatch map-tile--none" aria-hidden="true" />
          <span class="kern-body kern-body--small">keine Angabe oder nicht freigegeben</span>
        </li>
      </ul>
    </div>
  );
}
