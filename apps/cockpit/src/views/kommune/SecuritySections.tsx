/** The Kommune page's sections on contacts by role and security posture. */
import { DataTable, formatValue } from '../../components/DataTable.tsx';
import { TlpLabel, tlpText } from '../../components/TlpLabel.tsx';
import {
  CONTACT_ROLE,
  INCIDENT_SEVERITY,
  INCIDENT_STATUS,
  SECURITY_CONCEPT_BASIS,
  SECURITY_CONCEPT_STATUS,
} from '../../labels.ts';
import { href } from '../../router.ts';
import type { Kommune } from './kommune-data.ts';
import { Facts, formatDate, formatDateTime, label, origin, SampleMark, Section, Withheld, yesNo } from './parts.tsx';

type Contact = NonNullable<Kommune['contacts']>[number];

function ContactTable(props: { caption: string; filename: string; contacts: readonly Contact[] }) {
  return (
    <DataTable
      caption={props.caption}
      filename={props.filename}
      rows={props.contacts}
      empty="Keine Kontakte hinterlegt."
      columns={[
        { header: 'Rolle', value: (c) => label(CONTACT_ROLE, c.role) },
        {
          header: 'Funktionspostfach',
          value: (c) => c.email,
          render: (c) => (
            <a class="kern-link" href={`mailto:${c.email}`}>
              {c.email}
            </a>
          ),
        },
        { header: 'Telefon', value: (c) => c.phone ?? '–' },
        { header: 'Rund um die Uhr erreichbar', value: (c) => yesNo(c.availableAroundTheClock) },
        { header: 'Datenart', value: (c) => origin(c.isSample), render: (c) => <SampleMark isSample={c.isSample} /> },
      ]}
    />
  );
}

export function Contacts(props: { m: Kommune; withheld: boolean; amtWithheld: boolean }) {
  const { contacts, amt, ars } = props.m;
  return (
    <Section id="kontakte" title="Kontakte nach Rolle">
      {props.withheld || !contacts ? (
        <Withheld what="Kontakte der Kommune" />
      ) : (
        <ContactTable caption="Kontakte der Kommune" filename={`kommune-${ars}-kontakte`} contacts={contacts} />
      )}
      {amt &&
        (props.amtWithheld || !amt.contacts ? (
          <Withheld what={`Kontakte von ${amt.displayName}`} />
        ) : (
          <ContactTable
            caption={`Kontakte von ${amt.displayName}`}
            filename={`kommune-${amt.ars}-kontakte`}
            contacts={amt.contacts}
          />
        ))}
    </Section>
  );
}

export function Security(props: { m: Kommune; conceptWithheld: boolean }) {
  const { securityPosture: s, incidents, ars } = props.m;
  const concept = s?.concept;
  return (
    <Section id="sicherheit" title="Sicherheitslage">
      {s ? (
        <Facts
          label="Sicherheitslage"
          items={[
            [
              'Am CERT-Verbund angeschlossen',
              s.certNetworkMember ? (
                <>
                  ja, seit {formatDate(s.certNetworkSince)} <SampleMark isSample={s.certNetworkMembershipIsSample} />
                </>
              ) : (
                'nein'
              ),
            ],
            ['Offene Vorfälle (soweit für Sie sichtbar)', formatValue(s.openIncidentCount)],
            ['Letzter sichtbarer Vorfall', formatDateTime(s.lastIncidentAt)],
            [
              'IT-Sicherheitskonzept',
              props.conceptWithheld ? (
                <Withheld />
              ) : concept ? (
                <>
                  {label(SECURITY_CONCEPT_BASIS, concept.basis)}, {label(SECURITY_CONCEPT_STATUS, concept.status)}
                  {concept.adoptedOn && `, beschlossen am ${formatDate(concept.adoptedOn)}`}
                  {concept.reviewDueOn && `, Überprüfung fällig am ${formatDate(concept.reviewDueOn)}`}{' '}
                  <SampleMark isSample={concept.isSample} />
                </>
              ) : (
                'keines verzeichnet'
              ),
            ],
          ]}
        />
      ) : (
        <p class="kern-body">Keine Angaben zur Sicherheitslage (Teilergebnis).</p>
      )}
      <DataTable
        caption={`Sicherheitsvorfälle, die Sie sehen dürfen (${incidents.totalCount})`}
        filename={`kommune-${ars}-vorfaelle`}
        rows={incidents.nodes}
        empty="Keine für Sie sichtbaren Vorfälle."
        columns={[
          { header: 'Kennung', value: (i) => i.id },
          { header: 'Titel', value: (i) => i.title },
          { header: 'TLP', value: (i) => tlpText(i.tlp), render: (i) => <TlpLabel tlp={i.tlp} /> },
          { header: 'Schweregrad', value: (i) => label(INCIDENT_SEVERITY, i.severity) },
          { header: 'Status', value: (i) => label(INCIDENT_STATUS, i.status) },
          { header: 'Erkannt', value: (i) => formatDateTime(i.detectedAt) },
          { header: 'Datenart', value: (i) => origin(i.isSample), render: (i) => <SampleMark isSample={i.isSample} /> },
        ]}
      />
      <p class="kern-body">
        <a class="kern-link" href={href('sicherheit')}>
          Alle Sicherheitsvorfälle und LDA-Fristen
        </a>
      </p>
    </Section>
  );
}
