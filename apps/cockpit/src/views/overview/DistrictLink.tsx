/** A Landkreis or kreisfreie Stadt, linked to its place on the map (`#/karte/<ars>`). */
import { href } from '../../router.ts';

export function DistrictLink(props: { district: { ars: string; name: string } }) {
  return (
    <a class="kern-link" href={href('karte', props.district.ars)}>
      {props.district.name}
      <span class="kern-sr-only"> auf der Karte</span>
    </a>
  );
}
