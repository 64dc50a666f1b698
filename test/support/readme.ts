/**
 * Reading the README as a test plan: its fenced code blocks, the shell commands in them (with the
 * output the README shows after a command as a `# …` comment), and the words of one command.
 */

/** One fenced code block: its language tag (```sh → "sh", none → ""), text and first line number. */
export interface CodeBlock {
  language: string;
  text: string;
  line: number;
}

export function codeBlocks(markdown: string): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  let open: { language: string; line: number; body: string[] } | null = null;
  markdown.split('\n').forEach((line, index) => {
    const fence = /^```\s*([\w-]*)\s*$/.exec(line);
    if (open) {
      if (fence && fence[1] === '') {
        blocks.push({ language: open.language, text: open.body.join('\n'), line: open.line });
        open = null;
      } else open.body.push(line);
    } else if (fence) open = { language: fence[1] ?? '', line: index + 2, body: [] };
  });
  if (open)
    throw new Error(`README: the code block opened on line ${(open as { line: number }).line - 1} is never closed`);
  return blocks;
}

/** A shell command of a block: continuation lines joined, its trailing comment dropped. */
export interface ShellCommand {
  text: string;
  /** The output shown on the comment line right after the command (`# {"data":…}`), if any. */
  shownOutput?: string;
}

export function shellCommands(block: string): ShellCommand[] {
  const commands: ShellCommand[] = [];
  let pending = '';
  for (const raw of block.split('\n')) {
    const line = raw.trimEnd();
    if (pending === '' && /^\s*#/.test(line)) {
      const previous = commands.at(-1);
      const shown = line.replace(/^\s*#\s?/, '');
      if (previous && previous.shownOutput === undefined && /^[[{]/.test(shown)) previous.shownOutput = shown;
      continue;
    }
    if (line.trim() === '') continue;
    if (line.endsWith('\\')) {
      pending += `${line.slice(0, -1)} `;
      continue;
    }
    commands.push({ text: stripComment(pending + line).trim() });
    pending = '';
  }
  if (pending) commands.push({ text: stripComment(pending).trim() });
  return commands;
}

/** Drops a trailing `# comment` that stands outside quotes. */
function stripComment(command: string): string {
  let quote: string | null = null;
  for (let i = 0; i < command.length; i++) {
    const c = command.charAt(i);
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = null;
    } else if (c === "'" || c === '"') quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(command.charAt(i - 1)))) return command.slice(0, i);
  }
  return command;
}

/**
 * The words of a simple command as the shell would split them (quotes removed; `$(…)` kept as one
 * word), with its leading `NAME=value` assignments apart.
 */
export function commandWords(command: string): { assignments: Record<string, string>; words: string[] } {
  const words: string[] = [];
  let word: string | null = null;
  let quote: string | null = null;
  let depth = 0;
  for (let i = 0; i < command.length; i++) {
    const c = command.charAt(i);
    if (quote) {
      if (c === quote) quote = null;
      else word += c;
    } else if (depth > 0) {
      word += c;
      if (c === '(') depth++;
      else if (c === ')') depth--;
    } else if (c === '$' && command[i + 1] === '(') {
      word = `${word ?? ''}$(`;
      depth = 1;
      i++;
    } else if (c === "'" || c === '"') {
      quote = c;
      word ??= '';
    } else if (/\s/.test(c)) {
      if (word !== null) words.push(word);
      word = null;
    } else word = (word ?? '') + c;
  }
  if (word !== null) words.push(word);
  const assignments: Record<string, string> = {};
  while (words.length > 0 && /^[A-Z_][A-Z0-9_]*=/.test(words[0] ?? '')) {
    const [name, ...value] = (words.shift() as string).split('=');
    assignments[name ?? ''] = value.join('=');
  }
  return { assignments, words };
}
