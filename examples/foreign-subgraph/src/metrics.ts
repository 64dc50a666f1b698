/** Request counts and durations of the subgraph, written in the Prometheus text format by hand. */
export class RequestMetrics {
  readonly #subgraph: string;
  readonly #buckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
  readonly #byOutcome = new Map<string, { count: number; sum: number; buckets: number[] }>();
  #inFlight = 0;

  constructor(subgraph: string) {
    this.#subgraph = subgraph;
  }

  /** Call when a GraphQL request arrives; the returned function when it is answered. */
  start(): (outcome: 'success' | 'error') => void {
    const started = performance.now();
    this.#inFlight += 1;
    return (outcome) => {
      this.#inFlight -= 1;
      const seconds = (performance.now() - started) / 1000;
      const series = this.#byOutcome.get(outcome) ?? { count: 0, sum: 0, buckets: this.#buckets.map(() => 0) };
      series.count += 1;
      series.sum += seconds;
      this.#buckets.forEach((bound, i) => {
        if (seconds <= bound) series.buckets[i] = (series.buckets[i] ?? 0) + 1;
      });
      this.#byOutcome.set(outcome, series);
    };
  }

  /** `kaz_subgraph_requests_total`, `kaz_subgraph_request_duration_seconds`, `kaz_subgraph_requests_in_flight`. */
  text(): string {
    const lines = [
      '# HELP kaz_subgraph_requests_total GraphQL requests answered by the subgraph, by outcome',
      '# TYPE kaz_subgraph_requests_total counter',
    ];
    const labels = (outcome: string) => `subgraph="${this.#subgraph}",outcome="${outcome}"`;
    for (const [outcome, series] of this.#byOutcome)
      lines.push(`kaz_subgraph_requests_total{${labels(outcome)}} ${series.count}`);
    lines.push(
      '# HELP kaz_subgraph_request_duration_seconds Time from receiving a GraphQL request to having its response',
      '# TYPE kaz_subgraph_request_duration_seconds histogram',
    );
    for (const [outcome, series] of this.#byOutcome) {
      this.#buckets.forEach((bound, i) => {
        lines.push(
          `kaz_subgraph_request_duration_seconds_bucket{${labels(outcome)},le="${bound}"} ${series.buckets[i]}`,
        );
      });
      lines.push(`kaz_subgraph_request_duration_seconds_bucket{${labels(outcome)},le="+Inf"} ${series.count}`);
      lines.push(`kaz_subgraph_request_duration_seconds_sum{${labels(outcome)}} ${series.sum}`);
      lines.push(`kaz_subgraph_request_duration_seconds_count{${labels(outcome)}} ${series.count}`);
    }
    lines.push(
      '# HELP kaz_subgraph_requests_in_flight GraphQL requests received and not yet answered',
      '# TYPE kaz_subgraph_requests_in_flight gauge',
      `kaz_subgraph_requests_in_flight{subgraph="${this.#subgraph}"} ${this.#inFlight}`,
    );
    return `${lines.join('\n')}\n`;
  }
}
