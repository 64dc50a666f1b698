/**
 * Sicherheit und Datenschutz (route #/sicherheit?schwere=…&status=…&landkreis=…|stadt=…&personenbezogen=ja):
 * the incidents the principal's token may see, filtered, and the LDA deadlines (GDPR Art. 33/34),
 * every marking as a TLP 2.0 label, and what the labels mean.
 */
import { useSession } from '../auth/session.ts';
import type { Route } from '../router.ts';
import { Incidents } from './security/Incidents.tsx';
import { LdaDeadlines } from './security/LdaDeadlines.tsx';
import { TlpLegend } from './security/TlpLegend.tsx';

export function Security(props: { route: Route }) {
  const session = useSession();
  const scopes = session?.scopes ?? [];
  const reach = scopes.includes('security:read')
    ? 'Mit der Berechtigung von CERT-Brandenburg sehen Sie jeden Vorfall, bis TLP:RED.'
    : session?.org === 'lda'
      ? 'Als Datenschutzaufsicht (LDA) sehen Sie die Vorfälle, die TLP Ihnen freigibt, und dazu jeden Vorfall mit personenbezogenen Daten, gleich welcher Markierung.'
      : 'Sie sehen nur die Vorfälle, die die TLP-Markierung Ihrer Rolle freigibt; alles Übrige fehlt in Listen und Zahlen.';
  return (
    <>
      <h1 class="kern-heading-large">Sicherheitsvorfälle und LDA-Fristen</h1>
      <p class="kern-body" data-testid="tlp-reach">
        {reach} Die Vorfälle sind Beispieldaten des CERT-Brandenburg und als solche gekennzeichnet.
      </p>
      <Incidents route={props.route} />
      <LdaDeadlines />
      <TlpLegend />
    </>
  );
}
