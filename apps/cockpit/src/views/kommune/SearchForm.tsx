/** The labelled search field for a Kommune by name; submitting opens #/kommune?suche=<text>. */
import { useState } from 'preact/hooks';

export function SearchForm(props: { name: string; id: string; label?: string }) {
  const [text, setText] = useState(props.name);
  const submit = (event: Event) => {
    event.preventDefault();
    location.hash = `#/kommune?${new URLSearchParams({ suche: text.trim() })}`;
  };
  return (
    <search aria-label="Kommune suchen">
      <form class="cockpit-search" onSubmit={submit}>
        <div class="kern-form-input">
          <label class="kern-label" for={props.id}>
            {props.label ?? 'Name der Kommune'}
          </label>
          <input
            id={props.id}
            class="kern-form-input__input"
            type="search"
            name="suche"
            autoComplete="off"
            value={text}
            onInput={(e) => setText((e.target as HTMLInputElement).value)}
          />
        </div>
        <button type="submit" class="kern-btn kern-btn--primary">
          <span class="kern-label">Suchen</span>
        </button>
      </form>
    </search>
  );
}
