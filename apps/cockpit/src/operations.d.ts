/** The operations registered for the cockpit (vite.config.ts): name → exact text and its sha256. */
declare module 'virtual:cockpit-operations' {
  const operations: Record<string, { text: string; hash: string }>;
  export default operations;
}
