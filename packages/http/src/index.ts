export {
  DEFAULT_MAX_JSON_DEPTH,
  inspect,
  jsonTextDepth,
  requestInputGuard,
  VARIABLES_TOO_DEEP,
} from './request-input.ts';
export { hideSuggestions, withoutSuggestions } from './suggestions.ts';
