/**
 * Brandenburg auf einen Blick (route #/karte, zoomed in #/karte/<districtArs>): the schematic map of
 * the Landkreise and kreisfreie Städte, or one district's Gemeinden, coloured by the figure chosen in
 * `?wert=` (see src/map/).
 */
import '../map/map.css';
import { DistrictMap } from '../map/DistrictMap.tsx';
import { LandMap } from '../map/LandMap.tsx';
import type { Route } from '../router.ts';

export function MapView(props: { route: Route }) {
  const [ars] = props.route.params;
  const figureKey = props.route.query.get('wert');
  return ars ? <DistrictMap ars={ars} figureKey={figureKey} /> : <LandMap figureKey={figureKey} />;
}
