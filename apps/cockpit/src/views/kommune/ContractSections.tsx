/** The Kommune page's sections on the Kaz's contracts slice: licences, framework contracts, procurement, certificates. */
import { DataTable } from '../../components/DataTable.tsx';
import {
  CERTIFICATE_KIND,
  FRAMEWORK_CONTRACT_STATUS,
  PROCUREMENT_PROCEDURE_TYPE,
  PROCUREMENT_STATUS,
} from '../../labels.ts';
import type { Kommune } from './kommune-data.ts';
import { formatDate, label, origin, SampleMark, Section, Withheld } from './parts.tsx';

export function Licences(props: { m: Kommune; withheld: boolean }) {
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

export function Contracts(props: { m: Kommune }) {
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

export function Procurements(props: { m: Kommune }) {
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

export function Certificates(props: { m: Kommune; withheld: boolean }) {
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
