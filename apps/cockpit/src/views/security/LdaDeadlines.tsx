/**
 * The LDA deadlines (operation CockpitLdaDeadlines): outstanding notifications (GDPR Art. 33, 72 hours),
 * late ones with the reasons given, and high-risk breaches with the communication to the persons
 * affected (Art. 34). The LDA sees them Land-wide; everyone else what TLP shows them.
 */
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { PartialNote } from '../../components/PartialNote.tsx';
import { TlpLabel, tlpText } from '../../components/TlpLabel.tsx';
import { CockpitLdaDeadlinesDocument, type CockpitLdaDeadlinesQuery } from '../../gql/graphql.ts';
import { isWithheld } from '../../graph/client.ts';
import { useOperation } from '../../graph/use-operation.ts';
import { BREACH_RISK, DATA_SUBJECT_EXEMPTION } from '../../labels.ts';
import {
  formatDate,
  formatDateTime,
  KommuneLink,
  label,
  origin,
  SampleMark,
  Section,
  Withheld,
} from '../kommune/parts.tsx';

type Affected = { ars: string; displayName: string };
/** The column of the Kommunen an incident affects, each linking to its page (CSV: names, `;`-separated). */
function affectedColumn<Row extends { affectedMunicipalities: readonly Affected[] }>(): Column<Row> {
  return {
    header: 'Betroffene Kommunen',
    value: (i) => i.affectedMunicipalities.map((m) => m.displayName).join('; '),
    render: (i) => <AffectedLinks list={i.affectedMunicipalities} />,
  };
}

/** The column saying whether a record is sample data. */
function originColumn<Row extends { isSample: boolean }>(): Column<Row> {
  return { header: 'Datenart', value: (i) => origin(i.isSample), render: (i) => <SampleMark isSample={i.isSample} /> };
}

type HighRisk = NonNullable<CockpitLdaDeadlinesQuery['highRisk']>['nodes'][number];

function AffectedLinks(props: { list: readonly Affected[] }) {
  return (
    <ul class="cockpit-linklist">
      {props.list.map((m) => (
        <li>
          <KommuneLink ars={m.ars}>{m.displayName}</KommuneLink>
        </li>
      ))}
    </ul>
  );
}

function communication(i: HighRisk): string {
  const note = i.dataSubjectCommunicationNote ? ` (${i.dataSubjectCommunicationNote})` : '';
  return `${informed(i)}${note}`;
}

function informed(i: HighRisk): string {
  if (i.dataSubjectsInformed === true) return `informiert am ${formatDate(i.dataSubjectsInformedOn)}`;
  if (i.dataSubjectsInformed === false)
    return `nicht informiert: ${label(DATA_SUBJECT_EXEMPTION, i.dataSubjectExemption)}`;
  return 'noch nicht erfasst';
}

export function LdaDeadlines() {
  const state = useOperation(CockpitLdaDeadlinesDocument, { first: 100 });
  return (
    <Section id="lda" title="LDA-Fristen (Art. 33 und 34 DSGVO)">
      <p class="kern-body">
        Eine Verletzung des Schutzes personenbezogener Daten ist der Landesbeauftragten für den Datenschutz (LDA) binnen
        72 Stunden nach Bekanntwerden zu melden (Art. 33 DSGVO); bei hohem Risiko sind auch die betroffenen Personen zu
        benachrichtigen (Art. 34 DSGVO).
      </p>
      {state.status === 'loading' && <p class="kern-body">Fristen werden geladen …</p>}
      {state.status === 'failed' && <p role="alert">{state.message}</p>}
      {state.status === 'done' && (
        <>
          <PartialNote unavailable={state.unavailable} />
          <Section
            id="lda-ausstehend"
            level={3}
            title={`Ausstehende Meldungen${state.data?.outstanding ? ` (${state.data.outstanding.length})` : ''}`}
          >
            {isWithheld(state, 'outstanding') || !state.data?.outstanding ? (
              <Withheld what="Ausstehende Meldungen" />
            ) : (
              <div class="cockpit-ids">
                <DataTable
                  caption="Ausstehende Meldungen an die LDA, früheste Frist zuerst"
                  filename="lda-ausstehende-meldungen"
                  rows={state.data.outstanding}
                  empty="Keine ausstehende Meldung, die Sie sehen dürfen."
                  columns={[
                    { header: 'Kennung', value: (i) => i.id },
                    { header: 'Titel', value: (i) => i.title },
                    { header: 'TLP', value: (i) => tlpText(i.tlp), render: (i) => <TlpLabel tlp={i.tlp} /> },
                    { header: 'Erkannt', value: (i) => formatDateTime(i.detectedAt) },
                    { header: 'Meldefrist', value: (i) => formatDateTime(i.ldaNotificationDueAt) },
                    { header: 'Stand', value: (i) => (i.ldaNotificationOverdue ? 'ÜBERFÄLLIG' : 'Frist läuft') },
                    {
                      header: 'Risiko',
                      value: (i) => (i.breachRisk ? label(BREACH_RISK, i.breachRisk) : 'nicht bewertet'),
                    },
                    affectedColumn(),
                    originColumn(),
                  ]}
                />
              </div>
            )}
          </Section>
          <Section
            id="lda-verspaetet"
            level={3}
            title={`Verspätet gemeldet${state.data?.late ? ` (${state.data.late.totalCount})` : ''}`}
          >
            {isWithheld(state, 'late') || !state.data?.late ? (
              <Withheld what="Verspätete Meldungen" />
            ) : (
              <div class="cockpit-ids">
                <DataTable
                  caption="Nach Ablauf der 72 Stunden gemeldet, mit Begründung (Art. 33 Abs. 1 Satz 2)"
                  filename="lda-verspaetete-meldungen"
                  rows={state.data.late.nodes}
                  empty="Keine verspätete Meldung, die Sie sehen dürfen."
                  columns={[
                    { header: 'Kennung', value: (i) => i.id },
                    { header: 'Titel', value: (i) => i.title },
                    { header: 'TLP', value: (i) => tlpText(i.tlp), render: (i) => <TlpLabel tlp={i.tlp} /> },
                    { header: 'Meldefrist', value: (i) => formatDateTime(i.ldaNotificationDueAt) },
                    { header: 'Gemeldet am', value: (i) => formatDateTime(i.ldaNotifiedAt) },
                    { header: 'Begründung der Verspätung', value: (i) => i.ldaNotificationLateReason ?? '–' },
                    originColumn(),
                  ]}
                />
              </div>
            )}
          </Section>
          <Section
            id="lda-hohes-risiko"
            level={3}
            title={`Hohes Risiko: Benachrichtigung der Betroffenen${state.data?.highRisk ? ` (${state.data.highRisk.totalCount})` : ''}`}
          >
            {isWithheld(state, 'highRisk') || !state.data?.highRisk ? (
              <Withheld what="Vorfälle mit hohem Risiko" />
            ) : (
              <div class="cockpit-ids">
                <DataTable
                  caption="Vorfälle mit hohem Risiko und die Benachrichtigung der betroffenen Personen (Art. 34)"
                  filename="lda-hohes-risiko"
                  rows={state.data.highRisk.nodes}
                  empty="Kein Vorfall mit hohem Risiko, den Sie sehen dürfen."
                  columns={[
                    { header: 'Kennung', value: (i) => i.id },
                    { header: 'Titel', value: (i) => i.title },
                    { header: 'TLP', value: (i) => tlpText(i.tlp), render: (i) => <TlpLabel tlp={i.tlp} /> },
                    { header: 'Bewertet am', value: (i) => formatDate(i.breachRiskAssessedOn) },
                    { header: 'Begründung', value: (i) => i.breachRiskReasoning ?? '–' },
                    { header: 'Benachrichtigung (Art. 34)', value: (i) => communication(i) },
                    affectedColumn(),
                    originColumn(),
                  ]}
                />
              </div>
            )}
          </Section>
        </>
      )}
    </Section>
  );
}
