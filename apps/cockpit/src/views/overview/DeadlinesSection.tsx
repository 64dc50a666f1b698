/**
 * Fristen of the signed-in principal (deadlines): work orders due or overdue (Kaz: all; a ministry: its
 * own; others: withheld) and certificates expiring or expired (Kaz and CERT: all; a Kommune: its own).
 */
import { DataTable } from '../../components/DataTable.tsx';
import type { CockpitOverviewQuery } from '../../gql/graphql.ts';
import { formatDay } from './format.ts';
import { type Part, PartView } from './Withheld.tsx';

type Deadlines = NonNullable<CockpitOverviewQuery['deadlines']>;
type Item = NonNullable<Deadlines['workOrders']>[number];

function Status(props: { item: Item }) {
  return props.item.overdue ? (
    <span class="kern-badge kern-badge--danger">
      <span class="kern-label">überfällig</span>
    </span>
  ) : (
    <span class="kern-badge kern-badge--info">
      <span class="kern-label">fällig</span>
    </span>
  );
}

function DeadlineTable(props: {
  caption: string;
  filename: string;
  items: readonly Item[];
  keyHeader: string;
  empty: string;
}) {
  return (
    <DataTable<Item>
      caption={props.caption}
      filename={props.filename}
      rows={props.items}
      empty={props.empty}
      columns={[
        { header: props.keyHeader, value: (i) => i.recordKey },
        { header: 'Worum es geht', value: (i) => i.title },
        { header: 'Fällig am', value: (i) => i.dueOn, render: (i) => formatDay(i.dueOn) },
        { header: 'Stand', value: (i) => (i.overdue ? 'überfällig' : 'fällig'), render: (i) => <Status item={i} /> },
      ]}
    />
  );
}

export function DeadlinesSection(props: {
  deadlines: Deadlines | undefined;
  workOrders: Part<readonly Item[]>;
  certificates: Part<readonly Item[]>;
}) {
  const { deadlines } = props;
  const window = deadlines
    ? `Stichtag ${formatDay(deadlines.asOf)}: überfällige und bis ${formatDay(deadlines.until)} (${deadlines.withinDays} Tage) fällige Einträge, früheste zuerst.`
    : '';
  return (
    <section aria-labelledby="fristen" class="cockpit-section">
      <h2 id="fristen" class="kern-heading-medium">
        Fristen: Arbeitsaufträge und Zertifikate
      </h2>
      <p class="kern-body">{window} Angezeigt wird, was Ihr Token sehen darf.</p>
      <h3 class="kern-heading-small">Fällige Arbeitsaufträge</h3>
      <PartView part={props.workOrders} what="Arbeitsaufträge" who="die Kaz (alle) und die Ministerien (ihre eigenen)">
        {(items) => (
          <DeadlineTable
            caption="Fällige und überfällige Arbeitsaufträge"
            filename="arbeitsauftraege-faellig"
            keyHeader="Arbeitsauftrag"
            items={items}
            empty="Keine offenen Arbeitsaufträge fällig."
          />
        )}
      </PartView>
      <h3 class="kern-heading-small">Ablaufende Zertifikate</h3>
      <PartView
        part={props.certificates}
        what="Zertifikate"
        who="die Kaz und CERT-Brandenburg (alle), Kommunen (ihre eigenen)"
      >
        {(items) => (
          <DeadlineTable
            caption="Ablaufende und abgelaufene Zertifikate"
            filename="zertifikate-ablaufend"
            keyHeader="Zertifikat"
            items={items}
            empty="Keine Zertifikate laufen in diesem Zeitraum ab."
          />
        )}
      </PartView>
    </section>
  );
}
