/**
 * The page of one Kommune (operation CockpitKommune): reference data with Landkreis and Amt linking
 * onwards, then one section per partner's slice, each a heading with a table (CSV) or a description
 * list. A field the principal's role may not read (FORBIDDEN) shows "nicht freigegeben für Ihre Rolle",
 * never an empty table; sample records are marked "Beispieldaten".
 */
import { DataTable, formatValue } from '../../components/DataTable.tsx';
import { PartialNote } from '../../components/PartialNote.tsx';
import { TlpLabel, tlpText } from '../../components/TlpLabel.tsx';
import { CockpitKommuneDocument, type CockpitKommuneQuery } from '../../gql/graphql.ts';
import { isWithheld } from '../../graph/client.ts';
import { useOperation } from '../../graph/use-operation.ts';
import {
  CERTIFICATE_KIND,
  CONTACT_ROLE,
  FRAMEWORK_CONTRACT_STATUS,
  INCIDENT_SEVERITY,
  INCIDENT_STATUS,
  MUNICIPALITY_KIND,
  OZG_ROLLOUT_STATUS,
  PROCUREMENT_PROCEDURE_TYPE,
  PROCUREMENT_STATUS,
  PROJECT_KIND,
  PROJECT_PHASE,
  SECURITY_CONCEPT_BASIS,
  SECURITY_CONCEPT_STATUS,
} from '../../labels.ts';
import { href } from '../../router.ts';
import {
  Facts,
  formatDate,
  formatDateTime,
  KommuneLink,
  label,
  origin,
  SampleMark,
  Section,
  Withheld,
  yesNo,
} from './parts.tsx';
import { SearchForm } from './SearchForm.tsx';

type Kommune = NonNullable<CockpitKommuneQuery['municipality']>;
type Contact = NonNullable<Kommune['contacts']>[number];

const PARTIAL_ZERO = '–';

export function KommunePage(props: { ars: string; own?: boolean }) {
  const state = useOperation(CockpitKommuneDocument, { ars: props.ars });
  if (state.status === 'loading') return <p class="kern-body">Angaben zur Kommune werden geladen …</p>;
  if (state.status === 'failed') return <p role="alert">{state.message}</p>;
  const m = state.data?.municipality;
  if (!m) {
    return (
      <>
        <h1 class="kern-heading-large">Kommune nicht gefunden</h1>
        <PartialNote unavailable={state.unavailable} />
        <p class="kern-body">Zum Regionalschlüssel {props.ars} kennt der Graph keine Kommune.</p>
        <SearchForm name="" id="kommune-suche" />
      </>
    );
  }
  const withheld = (...path: string[]) => isWithheld(state, 'municipality', ...path);
  return (
    <>
      <h1 class="kern-heading-large">{m.displayName}</h1>
      <p class="kern-body">
        {label(MUNICIPALITY_KIND, m.kind)} · ARS {m.ars}
        {props.own && ' · Ihre eigene Kommune'}
      </p>
      <PartialNote unavailable={state.unavailable} />
      <div class="kern-alert kern-alert--info cockpit-intro" role="note">
        <div class="kern-alert__body">
          <p class="kern-body">
            Die Stammdaten stammen aus dem amtlichen Gemeindeverzeichnis. Projekte, Verträge, Lizenzen, Zertifikate,
            Vorfälle und Sicherheitsangaben sind in diesem Knoten großteils erfundene Beispieldaten; solche Einträge
            sind mit <span class="cockpit-sample">Beispieldaten</span> gekennzeichnet.
          </p>
        </div>
      </div>
      <SearchForm name="" id="kommune-suche" label="Andere Kommune suchen (Name)" />
      <ReferenceData m={m} />
      <Members m={m} />
      <Dikom m={m} />
      <Projects m={m} />
      <Ozg m={m} />
      <Licences m={m} withheld={withheld('licences')} />
      <Contracts m={m} />
      <Procurements m={m} />
      <Certificates m={m} withheld={withheld('certificates')} />
      <Contacts m={m} withheld={withheld('contacts')} amtWithheld={withheld('amt', 'contacts')} />
      <Security m={m} conceptWithheld={withheld('securityPosture', 'concept')} />
    </>
  );
}

function ReferenceData(props: { m: Kommune }) {
  const { m } = props;
  const items: [string, preact.ComponentChildren][] = [
    ['Amtlicher Name', m.name],
    ['Art', label(MUNICIPALITY_KIND, m.kind)],
    ['Regionalschlüssel (ARS)', m.ars],
    ['Gemeindeschlüssel (AGS)', m.ags ?? '–'],
    [
      'Einwohner',
      m.population === null || m.population === undefined
        ? '–'
        : `${formatValue(m.population)}${m.figuresDate ? ` (Stand ${formatDate(m.figuresDate)})` : ''}`,
    ],
    ['Fläche', m.areaKm2 === null || m.areaKm2 === undefined ? '–' : `${formatValue(m.areaKm2)} km²`],
    ['Verwaltungssitz', m.seat ?? '–'],
    ['Postleitzahl', m.postalCode ?? '–'],
    [
      'Landkreis',
      m.district ? (
        <a class="kern-link" href={href('karte', m.district.ars)}>
          {m.district.displayName} auf der Karte
        </a>
      ) : m.kind === 'LANDKREIS' ? (
        <a class="kern-link" href={href('karte', m.ars)}>
          {m.displayName} auf der Karte
        </a>
      ) : m.kind === 'KREISFREIE_STADT' ? (
        <>
          keiner (kreisfrei);{' '}
          <a class="kern-link" href={href('karte', m.ars)}>
            {m.displayName} auf der Karte
          </a>
        </>
      ) : (
        'keiner'
      ),
    ],
    [
      'Verwaltet durch',
      m.amt ? (
        <KommuneLink ars={m.amt.ars}>{m.amt.displayName}</KommuneLink>
      ) : m.mitverwaltendeGemeinde ? (
        <KommuneLink ars={m.mitverwaltendeGemeinde.ars}>{m.mitverwaltendeGemeinde.displayName}</KommuneLink>
      ) : (
        'sich selbst'
      ),
    ],
    ['Gebietsstand', formatDate(m.territorialStatusDate)],
  ];
  if (m.mitverwaltung)
    items.push([
      'Führt die Mitverwaltung',
      <KommuneLink ars={m.mitverwaltung.ars}>{m.mitverwaltung.displayName}</KommuneLink>,
    ]);
  if (m.dissolvedOn)
    items.push([
      'Aufgelöst am',
      <>
        {formatDate(m.dissolvedOn)}
        {m.successor && (
          <>
            {' '}
            – Nachfolgerin: <KommuneLink ars={m.successor.ars}>{m.successor.displayName}</KommuneLink>
          </>
        )}
      </>,
    ]);
  return (
    <Section id="stammdaten" title="Stammdaten">
      <Facts label="Stammdaten" items={items} />
    </Section>
  );
}

function Members(props: { m: Kommune }) {
  const { members } = props.m;
  if (members.totalCount === 0) return null;
  return (
    <Section id="gemeinden" title={`Gemeinden und Ämter (${members.totalCount})`}>
      <DataTable
        caption="Gemeinden und Ämter"
        filename={`kommune-${props.m.ars}-gemeinden`}
        rows={members.nodes}
        columns={[
          {
            header: 'Kommune',
            value: (g) => g.displayName,
            render: (g) => <KommuneLink ars={g.ars}>{g.displayName}</KommuneLink>,
          },
          { header: 'Art', value: (g) => label(MUNICIPALITY_KIND, g.kind) },
          { header: 'ARS', value: (g) => g.ars },
          { header: 'Einwohner', value: (g) => g.population, numeric: true },
        ]}
      />
    </Section>
  );
}

function Dikom(props: { m: Kommune }) {
  const periods = props.m.dikomMemberships;
  const current = periods.find((p) => !p.memberUntil);
  return (
    <Section id="dikom" title="DIKOM-Mitgliedschaft">
      <p class="kern-body" data-testid="dikom-status">
        {current
          ? `Mitglied im Zweckverband Digitale Kommunen Brandenburg seit ${formatDate(current.memberSince)}.`
          : periods.length > 0
            ? 'Derzeit kein Mitglied im Zweckverband Digitale Kommunen Brandenburg (früher Mitglied).'
            : 'Kein Mitglied im Zweckverband Digitale Kommunen Brandenburg.'}
      </p>
      {periods.length > 0 && (
        <DataTable
          caption="DIKOM-Mitgliedschaften"
          filename={`kommune-${props.m.ars}-dikom`}
          rows={periods}
          columns={[
            { header: 'Mitglied seit', value: (p) => formatDate(p.memberSince) },
            { header: 'Mitglied bis', value: (p) => (p.memberUntil ? formatDate(p.memberUntil) : 'laufend') },
            { header: 'Gründungsmitglied', value: (p) => yesNo(p.foundingMember) },
            {
              header: 'Datenart',
              value: (p) => origin(p.isSample),
              render: (p) => <SampleMark isSample={p.isSample} />,
            },
          ]}
        />
      )}
    </Section>
  );
}

function Projects(props: { m: Kommune }) {
  const { projects, reusedProjects, ars } = props.m;
  return (
    <Section id="projekte" title={`Projekte (${projects.totalCount})`}>
      <DataTable
        caption="Projekte, an denen die Kommune teilnimmt"
        filename={`kommune-${ars}-projekte`}
        rows={projects.nodes}
        empty="Die Kommune nimmt an keinem Projekt teil."
        columns={[
          { header: 'Projekt', value: (p) => p.title },
          { header: 'Art', value: (p) => label(PROJECT_KIND, p.kind) },
          { header: 'Phase', value: (p) => label(PROJECT_PHASE, p.phase) },
          { header: 'Federführung', value: (p) => p.leadMinistry?.shortName ?? '–' },
          { header: 'OZG-Leistungen', value: (p) => p.ozgServices.map((s) => s.name).join('; ') || '–' },
          { header: 'Beginn', value: (p) => formatDate(p.startDate) },
          { header: 'Ende', value: (p) => formatDate(p.endDate) },
          { header: 'Datenart', value: (p) => origin(p.isSample), render: (p) => <SampleMark isSample={p.isSample} /> },
        ]}
      />
      {reusedProjects.length > 0 && (
        <DataTable
          caption="Projekte, deren Ergebnisse die Kommune nachnutzt"
          filename={`kommune-${ars}-nachnutzung`}
          rows={reusedProjects}
          columns={[
            { header: 'Projekt', value: (p) => p.title },
            { header: 'Phase', value: (p) => label(PROJECT_PHASE, p.phase) },
            {
              header: 'Datenart',
              value: (p) => origin(p.isSample),
              render: (p) => <SampleMark isSample={p.isSample} />,
            },
          ]}
        />
      )}
    </Section>
  );
}

function Ozg(props: { m: Kommune }) {
  const { ozgObligations: o, ozgRollout, ars } = props.m;
  return (
    <Section id="ozg" title="OZG-Umsetzung">
      {o ? (
        <Facts
          label="OZG-Pflichten"
          items={[
            ['Zu erbringende OZG-Leistungen', formatValue(o.total)],
            ['Davon online', formatValue(o.online)],
            ['Davon noch offen', formatValue(o.open)],
            [
              'Erbracht durch',
              o.deliveredBy.ars === ars ? (
                'die Kommune selbst'
              ) : (
                <KommuneLink ars={o.deliveredBy.ars}>{o.deliveredBy.displayName}</KommuneLink>
              ),
            ],
          ]}
        />
      ) : (
        <p class="kern-body">Für diese Kommune sind keine OZG-Pflichten verzeichnet.</p>
      )}
      <DataTable
        caption={`OZG-Leistungen im Rollout (${ozgRollout.totalCount})`}
        filename={`kommune-${ars}-ozg-rollout`}
        rows={ozgRollout.nodes}
        empty="Keine Rollout-Einträge für diese Kommune."
        columns={[
          { header: 'OZG-Leistung', value: (r) => r.ozgService.name },
          { header: 'Themenfeld', value: (r) => r.ozgService.themenfeld },
          { header: 'Stand', value: (r) => label(OZG_ROLLOUT_STATUS, r.status) },
          { header: 'Online seit', value: (r) => formatDate(r.onlineSince) },
          { header: 'EfA-Herkunft (Land)', value: (r) => r.efaSource ?? '–' },
          { header: 'Datenart', value: (r) => origin(r.isSample), render: (r) => <SampleMark isSample={r.isSample} /> },
        ]}
      />
    </Section>
  );
}

function Licences(props: { m: Kommune; withheld: boolean }) {
  const { licences, ars } = props.m;
  if (props.withheld || !licences)
    return (
      <Section id="lizenzen" title="Lizenzen">
        <Withheld what="Lizenzen" />
      </Section>
    );
  return (
    <Section id="lizenzen" title={`Lizenzen (${licences.totalCount})`}>
      <DataTable
        caption="Lizenzen mit Plätzen für die Kommune"
        filename={`kommune-${ars}-lizenzen`}
        rows={licences.nodes}
        empty="Der Kommune sind keine Lizenzplätze zugeteilt."
        columns={[
          { header: 'Lizenz', value: (l) => l.id },
          { header: 'Produkt', value: (l) => l.product },
          { header: 'Hersteller', value: (l) => l.vendor },
          {
            header: 'Plätze der Kommune',
            value: (l) => l.allocations.filter((a) => a.municipality.ars === ars).reduce((sum, a) => sum + a.seats, 0),
            numeric: true,
          },
          { header: 'Gültig bis', value: (l) => formatDate(l.validTo) },
          { header: 'Datenart', value: (l) => origin(l.isSample), render: (l) => <SampleMark isSample={l.isSample} /> },
        ]}
      />
    </Section>
  );
}

function Contracts(props: { m: Kommune }) {
  const { contracts, ars } = props.m;
  return (
    <Section id="rahmenvertraege" title={`Rahmenverträge (${contracts.totalCount})`}>
      <DataTable
        caption="Rahmenverträge, aus denen die Kommune abrufen darf"
        filename={`kommune-${ars}-rahmenvertraege`}
        rows={contracts.nodes}
        empty="Die Kommune ist aus keinem Rahmenvertrag abrufberechtigt."
        columns={[
          { header: 'Vertrag', value: (c) => c.id },
          { header: 'Titel', value: (c) => c.title },
          { header: 'Auftragnehmer', value: (c) => c.vendor },
          { header: 'Laufzeit', value: (c) => `${formatDate(c.startsOn)} – ${formatDate(c.endsOn)}` },
          { header: 'Stand', value: (c) => label(FRAMEWORK_CONTRACT_STATUS, c.status) },
          { header: 'Datenart', value: (c) => origin(c.isSample), render: (c) => <SampleMark isSample={c.isSample} /> },
        ]}
      />
    </Section>
  );
}

function Procurements(props: { m: Kommune }) {
  const { procurementProcedures, ars } = props.m;
  return (
    <Section id="vergabe" title={`Vergabeverfahren (${procurementProcedures.length})`}>
      <DataTable
        caption="Gemeinsame Vergabeverfahren mit der Kommune"
        filename={`kommune-${ars}-vergabeverfahren`}
        rows={procurementProcedures}
        empty="Die Kommune nimmt an keinem Vergabeverfahren teil."
        columns={[
          { header: 'Verfahren', value: (p) => p.id },
          { header: 'Titel', value: (p) => p.title },
          { header: 'Verfahrensart', value: (p) => label(PROCUREMENT_PROCEDURE_TYPE, p.procedureType) },
          { header: 'Stand', value: (p) => label(PROCUREMENT_STATUS, p.status) },
          { header: 'Bekanntgemacht', value: (p) => formatDate(p.publishedOn) },
          { header: 'Zuschlag', value: (p) => formatDate(p.awardedOn) },
          { header: 'Datenart', value: (p) => origin(p.isSample), render: (p) => <SampleMark isSample={p.isSample} /> },
        ]}
      />
    </Section>
  );
}

function Certificates(props: { m: Kommune; withheld: boolean }) {
  const { certificates, ars } = props.m;
  if (props.withheld || !certificates)
    return (
      <Section id="zertifikate" title="Zertifikate">
        <Withheld what="Zertifikate" />
      </Section>
    );
  return (
    <Section id="zertifikate" title={`Zertifikate (${certificates.totalCount})`}>
      <DataTable
        caption="Zertifikate der Kommune"
        filename={`kommune-${ars}-zertifikate`}
        rows={certificates.nodes}
        empty="Die Kommune hält keine Zertifikate."
        columns={[
          { header: 'Zertifikat', value: (c) => c.commonName },
          { header: 'Art', value: (c) => label(CERTIFICATE_KIND, c.kind) },
          { header: 'Aussteller', value: (c) => c.issuer },
          { header: 'Gültig bis', value: (c) => formatDate(c.validTo) },
          { header: 'Tage bis Ablauf', value: (c) => c.daysUntilExpiry, numeric: true },
          { header: 'Datenart', value: (c) => origin(c.isSample), render: (c) => <SampleMark isSample={c.isSample} /> },
        ]}
      />
    </Section>
  );
}

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

function Contacts(props: { m: Kommune; withheld: boolean; amtWithheld: boolean }) {
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

function Security(props: { m: Kommune; conceptWithheld: boolean }) {
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
        <p class="kern-body">{PARTIAL_ZERO}</p>
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
