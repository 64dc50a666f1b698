/**
 * A Traffic Light Protocol 2.0 label as FIRST specifies it: the text "TLP:CLEAR" etc. in the TLP
 * colours on black (colour is never the only cue: the text is the marking).
 */
export type Tlp = 'CLEAR' | 'GREEN' | 'AMBER' | 'AMBER_STRICT' | 'RED';

const TEXT: Record<Tlp, string> = {
  CLEAR: 'TLP:CLEAR',
  GREEN: 'TLP:GREEN',
  AMBER: 'TLP:AMBER',
  AMBER_STRICT: 'TLP:AMBER+STRICT',
  RED: 'TLP:RED',
};

export function tlpText(tlp: string): string {
  return TEXT[tlp as Tlp] ?? `TLP:${tlp}`;
}

export function TlpLabel(props: { tlp: string }) {
  return (
    <span class={`tlp tlp--${props.tlp.toLowerCase().replace('_', '-')}`} data-tlp={props.tlp}>
      {tlpText(props.tlp)}
    </span>
  );
}
