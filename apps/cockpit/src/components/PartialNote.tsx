/** The visible note on a partial result: which partners did not answer, and that the rest is shown. */
export function PartialNote(props: { unavailable: readonly string[] }) {
  if (props.unavailable.length === 0) return null;
  return (
    <div class="kern-alert kern-alert--warning" role="status" data-testid="partial-note">
      <div class="kern-alert__header">
        <span class="kern-title">Teilergebnis</span>
      </div>
      <div class="kern-alert__body">
        <p class="kern-body">
          {props.unavailable.length === 1
            ? 'Dieser Partner hat nicht geantwortet: '
            : 'Diese Partner haben nicht geantwortet: '}
          <strong>{props.unavailable.join(', ')}</strong>. Angezeigt wird, was die übrigen Partner geliefert haben;
          fehlende Zahlen sind mit „–“ markiert.
        </p>
      </div>
    </div>
  );
}
