// The slash command in a pull-request comment. One command per comment: the first line that
// starts with the prefix, outside code fences and quotes (a reply that quotes a command
// does not run it again).

export const COMMAND_PREFIX = '/ai-openness';

export type CommandName = 'help' | 'recheck' | 'explain' | 'accept';

/** What each command needs: writers only for the ones that change the check or the comment. */
export const COMMANDS: Readonly<Record<CommandName, { needsWrite: boolean; usage: string; does: string }>> = {
  help: { needsWrite: false, usage: 'help', does: 'this list' },
  recheck: {
    needsWrite: true,
    usage: 'recheck',
    does: "scan the pull request's head again and update the comment and the check",
  },
  explain: {
    needsWrite: false,
    usage: 'explain <layer|component>',
    does: 'the evidence behind one layer (code, architecture, data, weights) or one component',
  },
  accept: {
    needsWrite: true,
    usage: 'accept <reason>',
    does: 'accept the current findings for this head commit: the check passes until the next commit',
  },
};

export type ParsedCommand =
  | { kind: 'command'; name: CommandName; argument: string; line: number }
  | { kind: 'unknown'; word: string; line: number };

/** Longest argument kept: a reason or a name, not an essay. */
const MAX_ARGUMENT = 500;
const FENCE = /^\s{0,3}(```|~~~)/;

function isCommandName(word: string): word is CommandName {
  return Object.prototype.hasOwnProperty.call(COMMANDS, word);
}

/** The first command in a comment body, or null when it has none. */
export function parseCommand(body: string): ParsedCommand | null {
  const lines = body.split(/\r?\n/);
  let fence: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const opened = FENCE.exec(line);
    if (opened) {
      if (fence === null) fence = opened[1] ?? null;
      else if (opened[1] === fence) fence = null;
      continue;
    }
    if (fence !== null) continue;
    const text = line.trim();
    if (!text.toLowerCase().startsWith(COMMAND_PREFIX)) continue;
    const rest = text.slice(COMMAND_PREFIX.length);
    // "/ai-openness-foo" is another word, not this command.
    if (rest !== '' && !/^\s/.test(rest)) continue;
    const [word = '', ...args] = rest.trim().split(/\s+/);
    const name = word.toLowerCase();
    const argument = args.join(' ').slice(0, MAX_ARGUMENT);
    if (name === '') return { kind: 'command', name: 'help', argument: '', line: i + 1 };
    if (isCommandName(name)) return { kind: 'command', name, argument, line: i + 1 };
    return { kind: 'unknown', word: word.slice(0, 40), line: i + 1 };
  }
  return null;
}
