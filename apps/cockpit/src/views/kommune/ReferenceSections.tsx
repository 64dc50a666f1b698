/** The Kommune page's sections on reference data, Gemeinden, DIKOM, projects and OZG. */
import type { ComponentChildren } from 'preact';
import { DataTable, formatValue } from '../../components/DataTable.tsx';
import { MUNICIPALITY_KIND, OZG_ROLLOUT_STATUS, PROJECT_KIND, PROJECT_PHASE } from '../../labels.ts';
import { href } from '../../router.ts';
import type { Kommune } from './kommune-data.ts';
import { Facts, formatDate, KommuneLink, label, origin, SampleMark, Section, yesNo } from './parts.tsx';

export function ReferenceData(props: { m: Kommune }) {
  const { m } = props;
  const items: [string, ComponentChildren][] = [
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

export function Members(props: { m: Kommune }) {
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

export function Dikom(props: { m: Kommune }) {
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

export function Projects(props: { m: Kommune }) {
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

export function Ozg(props: { m: Kommune }) {
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
