import { defineRule, type FixSpec } from '../../define';
import { removeContinuations } from '../../parse/dockerfile';
import { lexShell } from '../../parse/shell-words';
import { execArray, replace } from '../../fix/edits';

type MessageId = 'shellForm' | 'shellFormWithShellSyntax' | 'invalidJsonArray' | 'toExecForm' | 'wrapInShellExec';

export default defineRule<MessageId>({
  id: 'shell-form-cmd',
  language: 'dockerfile',
  aliases: ['DL3025', 'JSONArgsRecommended'],
  category: 'reliability',
  severity: 'warning',
  fixable: 'sometimes',
  messages: {
    shellForm: '{{keyword}} in shell form runs under `/bin/sh -c`, so the shell is PID 1 and the app never receives SIGTERM on `docker stop`.',
    shellFormWithShellSyntax:
      '{{keyword}} in shell form runs under `/bin/sh -c`, so the shell is PID 1 and the app never receives SIGTERM. It uses shell features ({{features}}), so it cannot become a plain JSON array: start the long-running command with `exec`, or use `["sh", "-c", "exec …"]`.',
    invalidJsonArray:
      '{{keyword}} looks like an exec-form array but is not valid JSON (each item needs double quotes), so it runs as the shell command `{{command}}`, which fails.',
    toExecForm: 'Convert to exec form',
    wrapInShellExec: 'Convert to exec form through `sh -c` with `exec` (keeps the shell features)',
  },
  docs: {
    summary: 'Flags CMD and ENTRYPOINT written in shell form instead of a JSON array.',
    why:
      'Shell form wraps the command in `/bin/sh -c "…"`. The shell becomes PID 1, and `sh` does not pass signals on: when ' +
      'Docker or Kubernetes stops the container with SIGTERM the application never hears it, cannot finish its requests, ' +
      'and is killed with SIGKILL when the grace period runs out. Exec form starts the program itself as PID 1.',
    bad: ['FROM node:20\nCMD node server.js', 'FROM python:3.12\nENTRYPOINT python -m app'],
    good: ['FROM node:20\nCMD ["node", "server.js"]', 'FROM node:20\nCMD exec node server.js --port "$PORT"'],
    fixSafety:
      'Safe when the command is plain words: the JSON array runs the same program with the same arguments. When it ' +
      'expands variables or uses `&&`/`;`, an unsafe fix wraps it as `["sh", "-c", "… exec <last command>"]`, which ' +
      'keeps the shell features and hands PID 1 to the last command; pipes, `||`, redirections and background jobs get no fix.',
    differences:
      'hadolint and BuildKit flag every shell-form CMD/ENTRYPOINT. A command that already starts with `exec` hands PID 1 to ' +
      'the program, so Shipshape accepts it.',
    references: ['https://docs.docker.com/reference/dockerfile/#shell-and-exec-form'],
  },
  check({ dockerfile, report }) {
    const text = dockerfile.text;
    for (const instruction of dockerfile.instructions) {
      const target = instruction.keyword === 'ONBUILD' ? instruction.trigger : instruction;
      if (!target || (target.keyword !== 'CMD' && target.keyword !== 'ENTRYPOINT')) continue;
      if (target.form === 'exec' || !target.argsSpan || target.heredocs.length > 0) continue;
      const raw = text.slice(target.argsSpan.start, target.argsSpan.end);
      const command = removeContinuations(raw, dockerfile.escapeChar).text.trim();
      const script = lexShell(command);
      if (script.commands.length === 0) continue;
      const intended = bracketedItems(command);
      if (intended) {
        report({
          messageId: 'invalidJsonArray',
          data: { keyword: target.keyword, command },
          span: target.argsSpan,
          fixes: [{ messageId: 'toExecForm', safety: 'safe', edits: [replace(target.argsSpan, execArray(intended))] }],
        });
        continue;
      }
      const last = script.commands[script.commands.length - 1];
      if (last.words[0]?.value === 'exec' && script.commands.length === 1) continue;

      const features = shellFeatures(script);
      if (features.length === 0) {
        const array = execArray(script.commands[0].words.map((w) => w.value));
        report({
          messageId: 'shellForm',
          data: { keyword: target.keyword },
          span: target.argsSpan,
          fixes: [{ messageId: 'toExecForm', safety: 'safe', edits: [replace(target.argsSpan, array)] }],
        });
        continue;
      }
      report({
        messageId: 'shellFormWithShellSyntax',
        data: { keyword: target.keyword, features: features.join(', ') },
        span: target.argsSpan,
        fixes: shellExecFix(command, script, target.argsSpan),
      });
    }
  },
});

/** `[node, 'server.js']`: an exec form written with bare or single-quoted items. Undefined when it is not that. */
function bracketedItems(command: string): string[] | undefined {
  const match = /^\[(.*)\]$/s.exec(command);
  if (!match) return undefined;
  const items = match[1].split(',').map((item) => item.trim());
  if (items.some((item) => item === '' || /^"[^"]*$|^[^"]*"$/.test(item))) return undefined;
  return items.map((item) => (/^(['"])(.*)\1$/s.exec(item)?.[2] ?? item));
}

function shellFeatures(script: ReturnType<typeof lexShell>): string[] {
  const features = new Set<string>();
  for (const c of script.commands) if (c.separator) features.add(c.separator === '\n' ? 'newline' : `\`${c.separator}\``);
  if (script.commands.some((c) => c.words.some((w) => w.dynamic))) features.add('variables or globs');
  if (script.usesShellSyntax) features.add('redirection or grouping');
  return [...features];
}

/**
 * `["sh", "-c", "migrate && exec node server.js"]`: keeps what the shell does and makes the last command PID 1.
 * Only when the last command always runs last (after `&&` or `;`); with pipes, `||`, redirections or `&` we offer nothing.
 */
function shellExecFix(command: string, script: ReturnType<typeof lexShell>, span: { start: number; end: number }): FixSpec<MessageId>[] {
  if (script.usesShellSyntax) return [];
  const separators = script.commands.slice(0, -1).map((c) => c.separator);
  if (separators.some((s) => s !== '&&' && s !== ';')) return [];
  const last = script.commands[script.commands.length - 1];
  const withExec = last.words[0]?.value === 'exec' ? command : command.slice(0, last.span.start) + 'exec ' + command.slice(last.span.start);
  return [{ messageId: 'wrapInShellExec', safety: 'unsafe', edits: [replace(span, execArray(['sh', '-c', withExec]))] }];
}
