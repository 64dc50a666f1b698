/**
 * A message without graphql-js's "Did you mean …?" hints, for fields, arguments, types and enum
 * values alike (in production they map the schema for someone who may not see it). The hint is
 * always the message's last sentence. graphql-armor's own blocker replaces only quoted field hints,
 * and with a `[Suggestion hidden]` mark that still tells a near name exists: the mark goes as well.
 */
export function withoutSuggestions(message: string): string {
  return message.replace(/ ?Did you mean [\s\S]*$/, '').replace(/ ?\[Suggestion hidden\]\??/g, '');
}

/**
 * An Apollo Server `formatError` step that removes every suggestion from a formatted error when
 * `enabled` (production mode), and leaves it alone otherwise.
 */
export function hideSuggestions<Formatted extends { message: string }>(enabled: boolean) {
  return (formatted: Formatted): Formatted =>
    enabled && /Did you mean|\[Suggestion hidden\]/.test(formatted.message)
      ? { ...formatted, message: withoutSuggestions(formatted.message) }
      : formatted;
}
