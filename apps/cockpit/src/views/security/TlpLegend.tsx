/** A short German explanation of TLP 2.0 (FIRST) and of what each marking means in this graph. */
import { TlpLabel } from '../../components/TlpLabel.tsx';
import { Section } from '../kommune/parts.tsx';

const MEANING: readonly [string, string][] = [
  ['CLEAR', 'Keine Weitergabebeschränkung; darf veröffentlicht werden. Sichtbar für alle, auch ohne Anmeldung.'],
  [
    'GREEN',
    'Weitergabe innerhalb der Gemeinschaft (hier: Partner und Kommunen), nicht öffentlich. Sichtbar für jede angemeldete Rolle.',
  ],
  [
    'AMBER',
    'Nur für die Organisationen der Empfänger und deren Kunden, soweit sie es zum eigenen Schutz wissen müssen. Hier: die betroffenen Kommunen und das Amt, das sie verwaltet.',
  ],
  ['AMBER_STRICT', 'Wie TLP:AMBER, aber nur innerhalb der eigenen Organisation. Hier: nur die betroffenen Kommunen.'],
  ['RED', 'Nur für die namentlich genannten Empfänger, etwa die Teilnehmenden einer Krisenbesprechung.'],
];

export function TlpLegend() {
  return (
    <Section id="tlp" title="Was die TLP-Markierungen bedeuten">
      <p class="kern-body">
        Das Traffic Light Protocol (TLP 2.0 des Forums FIRST) legt fest, wie weit eine Information geteilt werden darf.
        Die Markierung steht als Text da, die Farbe ist nur eine Hilfe. CERT-Brandenburg und die genannten Empfänger
        eines Vorfalls sehen ihn unabhängig von der Markierung.
      </p>
      <dl class="kern-description-list cockpit-tlp-legend" aria-label="TLP-Markierungen">
        {MEANING.map(([tlp, text]) => (
          <div class="kern-description-list-item">
            <dt class="kern-description-list-item__key">
              <TlpLabel tlp={tlp} />
            </dt>
            <dd class="kern-description-list-item__value">{text}</dd>
          </div>
        ))}
      </dl>
    </Section>
  );
}
