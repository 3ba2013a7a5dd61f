/**
 * Completion in Dockerfiles: instructions (snippets), their flags and flag values, `RUN --mount` types and options,
 * parser directives, build variables in scope after `$`/`${`, stage names, and the arguments a few instructions
 * take from a short list (HEALTHCHECK, SHELL, STOPSIGNAL, ARG). Nothing inside comments or heredoc bodies.
 */
import type { ParsedDocument } from '../../document';
import type { Span } from '../../model';
import type { DockerfileModel } from '../../parse/dockerfile';
import type { CompletionEntry } from '../types';
import { directiveDocs, flagDocs, instructionDocs, mountTypeDocs, type KeywordDoc } from '../../hover/dockerfile-docs';
import { cursorAt, type DirectiveCursor, type InstructionCursor } from './cursor';
import { earlierStages, stageAt, variablesInScope } from './scope';
import { instructionSignature } from './signature-help';
import { DEPRECATED, instructionSyntax, mountOptions, MOUNT_KEY_ALIASES, MOUNT_TYPES, NOT_IN_ONBUILD, predefinedArgs, type FlagSyntax, type MountType } from './syntax';
import { keyValuePairsOf, unquote } from '../../parse/variables';

export function dockerfileCompletion(document: ParsedDocument, offset: number): CompletionEntry[] {
  const model = document.dockerfile;
  if (!model) return [];
  const cursor = cursorAt(document.text, model, offset);
  if (!cursor) return [];
  if (cursor.kind === 'directive') return directiveEntries(cursor, offset);
  return new InstructionCompletion(model, cursor).entries();
}

const markdown = (doc: KeywordDoc | undefined) => doc && [doc.summary, '', `*${doc.layer}*`, '', '```dockerfile', doc.example, '```'].join('\n');
const order = (i: number) => String(i).padStart(3, '0');

function entry(label: string, kind: CompletionEntry['kind'], insertText: string, span: Span, more: Partial<CompletionEntry> = {}): CompletionEntry {
  return { label, kind, insertText, snippet: false, span, ...more };
}

/** Escapes text for a snippet body. */
const literal = (text: string) => text.replace(/[$}\\]/g, (c) => `\\${c}`);

const DIRECTIVES: { name: string; snippet: string; values: string[] }[] = [
  { name: 'syntax', snippet: 'syntax=${1:docker/dockerfile:1}', values: ['docker/dockerfile:1', 'docker/dockerfile:1-labs'] },
  { name: 'escape', snippet: 'escape=${1|`,\\\\|}', values: ['`', '\\'] },
  { name: 'check', snippet: 'check=${1:error=true}', values: ['error=true', 'skip=all', 'skip=JSONArgsRecommended'] },
];

function directiveEntries(cursor: DirectiveCursor, offset: number): CompletionEntry[] {
  const name = /^\s*#\s*([A-Za-z]*)$/.exec(cursor.before);
  if (name) {
    const span = { start: offset - name[1].length, end: offset };
    return DIRECTIVES.filter((d) => !cursor.present.has(d.name)).map((d) =>
      entry(d.name, 'key', d.snippet, span, { snippet: true, detail: `# ${d.name}= parser directive`, documentation: markdown(directiveDocs[d.name]) }),
    );
  }
  const value = /^\s*#\s*([A-Za-z]+)\s*=\s*(\S*)$/.exec(cursor.before);
  const directive = value && DIRECTIVES.find((d) => d.name === value[1].toLowerCase());
  if (!directive) return [];
  const span = { start: offset - value[2].length, end: offset };
  return directive.values.map((v) => entry(v, 'value', v, span));
}

class InstructionCompletion {
  private readonly keyword: string;
  /** Words before the cursor's word that are flags (the parser reads flags only before the first argument). */
  private readonly flagCount: number;

  constructor(
    private readonly model: DockerfileModel,
    private readonly cursor: InstructionCursor,
  ) {
    this.keyword = cursor.words[0].text.toUpperCase();
    let count = 0;
    while (count + 1 < cursor.index && cursor.words[count + 1].text.startsWith('--')) count++;
    this.flagCount = count;
  }

  entries(): CompletionEntry[] {
    const { cursor } = this;
    if (cursor.index === 0) return this.keywords();
    const variable = this.variables();
    if (variable) return variable;
    const syntax = instructionSyntax[this.keyword];
    if (!syntax) return [];
    const inFlags = this.flagCount === cursor.index - 1;
    const flagValue = /^--([\w-]+)=/.exec(cursor.prefix);
    if (inFlags && flagValue) return this.flagValues(flagValue[1], cursor.prefix.slice(flagValue[0].length));
    if (inFlags && cursor.prefix.startsWith('-')) return this.flags(syntax.flags);
    const positional = this.positional(cursor.index - 1 - this.flagCount);
    return inFlags && cursor.prefix === '' ? [...this.flags(syntax.flags), ...positional] : positional;
  }

  /** From the start of the current word's `from`th character to the cursor. */
  private span(from = 0): Span {
    return { start: this.cursor.sourceOf(from), end: this.cursor.offset };
  }

  private keywords(): CompletionEntry[] {
    const { cursor, model } = this;
    if (!/^[A-Za-z]*$/.test(cursor.prefix)) return [];
    const firstFrom = model.stages[0]?.from.span.start;
    const beforeFirstFrom = !cursor.onbuild && (firstFrom === undefined || firstFrom >= cursor.start);
    // Editing the keyword of a line that has arguments already: insert the bare keyword, not a snippet.
    const bare = cursor.words.length > 1;
    const current = cursor.words[0].span;
    const span = { start: current.start, end: Math.max(current.end, cursor.offset) };
    return Object.entries(instructionSyntax)
      .filter(([keyword]) => !DEPRECATED.has(keyword) && !(cursor.onbuild && NOT_IN_ONBUILD.has(keyword)))
      .filter(([keyword]) => !beforeFirstFrom || keyword === 'FROM' || keyword === 'ARG')
      .map(([keyword, syntax]) =>
        entry(keyword, 'keyword', bare ? keyword : syntax.snippet, span, {
          snippet: !bare,
          detail: instructionSignature(keyword, syntax.forms[0]).label,
          documentation: markdown(instructionDocs[keyword]),
        }),
      );
  }

  /** After `$` or `${`: the variables in scope. Undefined when the cursor is not on a variable name. */
  private variables(): CompletionEntry[] | undefined {
    const { cursor, model } = this;
    const match = /\$(\{?)([A-Za-z_][A-Za-z0-9_]*)?$/.exec(cursor.prefix);
    if (!match || cursor.inSingleQuotes) return undefined;
    const dollar = match.index;
    if (dollar > 0 && cursor.prefix[dollar - 1] === model.escapeChar) return undefined;
    const nameStart = dollar + 1 + match[1].length;
    const braced = match[1] === '{';
    const closed = braced && model.text[cursor.offset] === '}';
    const span = this.span(nameStart);
    return variablesInScope(model, cursor.start, this.keyword === 'FROM').map((v) =>
      entry(v.name, 'variable', braced && !closed ? `${v.name}}` : v.name, span, {
        detail: v.visible ? v.detail : `${v.detail} Declare \`ARG ${v.name}\` in this stage to use it.`,
        sortText: `${v.origin === 'predefined' ? (v.visible ? 1 : 2) : 0}${v.name}`,
      }),
    );
  }

  private flags(flags: FlagSyntax[]): CompletionEntry[] {
    const present = new Set(this.cursor.words.slice(1, this.cursor.index).map((w) => /^--([\w-]+)/.exec(w.text)?.[1]));
    const span = this.span();
    const out: CompletionEntry[] = [];
    for (const [i, flag] of flags.entries()) {
      if (present.has(flag.name) && !flag.repeatable) continue;
      const doc = flagDocs[`${this.keyword} --${flag.name}`];
      const more = { detail: `--${flag.name}${flag.value ? `=${flag.value}` : ''}`, documentation: markdown(doc), sortText: `${order(i)}` };
      if (flag.name === 'mount') {
        for (const [j, type] of MOUNT_TYPES.entries()) {
          const required = mountOptions[type].filter((o) => o.required).map((o, k) => `,${o.key}=\${${k + 1}:${literal(o.value ?? '')}}`);
          out.push(
            entry(`--mount=type=${type}`, 'key', `--mount=type=${type}${required.join('')}`, span, {
              ...more,
              snippet: true,
              documentation: markdown(mountTypeDocs[type]),
              sortText: `${order(i)}${j}`,
            }),
          );
        }
        continue;
      }
      const label = flag.value ? `--${flag.name}=` : `--${flag.name}`;
      out.push(entry(label, 'key', flag.value ? `--${flag.name}=${flag.snippet ?? '$1'}` : label, span, { ...more, snippet: !!flag.value }));
    }
    return out;
  }

  private flagValues(name: string, value: string): CompletionEntry[] {
    const start = this.cursor.prefix.length - value.length;
    if (this.keyword === 'RUN' && name === 'mount') return this.mountEntries(value, start);
    if (name === 'from') return this.stageEntries(this.span(start));
    const flag = instructionSyntax[this.keyword].flags.find((f) => f.name === name);
    return (flag?.values ?? []).map((v) => entry(v, 'value', v, this.span(start)));
  }

  private mountEntries(value: string, valueStart: number): CompletionEntry[] {
    const segments = value.split(',');
    const current = segments[segments.length - 1];
    const currentStart = valueStart + value.length - current.length;
    const written = segments.slice(0, -1).map((s) => s.split('=')[0]);
    const type = (segments.find((s) => s.startsWith('type='))?.slice(5) ?? 'bind') as MountType;
    const options = mountOptions[type] ?? mountOptions.bind;
    const eq = current.indexOf('=');
    if (eq >= 0) {
      const key = MOUNT_KEY_ALIASES[current.slice(0, eq)] ?? current.slice(0, eq);
      const span = this.span(currentStart + eq + 1);
      if (key === 'type') return MOUNT_TYPES.map((t) => entry(t, 'value', t, span, { documentation: markdown(mountTypeDocs[t]) }));
      if (key === 'from') return this.stageEntries(span);
      return (options.find((o) => o.key === key)?.values ?? []).map((v) => entry(v, 'value', v, span));
    }
    const present = new Set(written.map((k) => MOUNT_KEY_ALIASES[k] ?? k));
    const span = this.span(currentStart);
    const keys = [...(present.has('type') ? [] : [{ key: 'type', value: '<type>', doc: 'What to mount: `bind` (the default), `cache`, `secret`, `ssh` or `tmpfs`.' }]), ...options];
    return keys
      .filter((o) => !present.has(o.key))
      .map((o, i) => entry(o.value ? `${o.key}=` : o.key, 'key', o.value ? `${o.key}=` : o.key, span, { detail: o.value ? `${o.key}=${o.value}` : o.key, documentation: o.doc, sortText: order(i) }));
  }

  private stageEntries(span: Span): CompletionEntry[] {
    return earlierStages(this.model, this.cursor.start)
      .filter((s) => s.name)
      .map((s) => entry(s.name!, 'name', s.name!, span, { detail: `stage ${s.index}${s.image ? ` (FROM ${s.image.text})` : ''}` }));
  }

  /** Arguments after the flags; `k` is the position of the one being typed. */
  private positional(k: number): CompletionEntry[] {
    const span = this.span();
    const prefix = this.cursor.prefix;
    switch (this.keyword) {
      case 'FROM':
        if (k === 0) return [...this.stageEntries(span), entry('scratch', 'value', 'scratch', span, { detail: 'empty base image' })];
        if (k === 1) return [entry('AS', 'keyword', 'AS ${1:name}', span, { snippet: true, detail: 'name this stage' })];
        return [];
      case 'HEALTHCHECK':
        if (k !== 0) return [];
        return [
          entry('CMD', 'keyword', 'CMD ${1:command}', span, { snippet: true, detail: 'the probe command', documentation: markdown(instructionDocs.HEALTHCHECK) }),
          entry('NONE', 'keyword', 'NONE', span, { detail: 'disable the health check inherited from the base image' }),
        ];
      case 'SHELL':
        return k === 0 && /^\[?$/.test(prefix) ? SHELLS.map((s) => entry(s.form, 'value', s.form, span, { detail: s.detail })) : [];
      case 'CMD':
      case 'ENTRYPOINT':
        return k === 0 && prefix === '' ? [entry('["executable", "param"]', 'snippet', '["${1:executable}", "${2:param}"]', span, { snippet: true, detail: 'exec form: receives signals directly' })] : [];
      case 'STOPSIGNAL':
        return k === 0 ? SIGNALS.map((s) => entry(s, 'value', s, span)) : [];
      case 'ARG':
        return prefix.includes('=') ? [] : this.argNames(span);
      default:
        return [];
    }
  }

  /** Names worth declaring in a stage: the global ARGs it has not re-declared, and the platform ARGs. */
  private argNames(span: Span): CompletionEntry[] {
    const { model, cursor } = this;
    const stage = stageAt(model, cursor.start);
    if (!stage) return [];
    const elsewhere = stage.instructions.filter((i) => i.keyword === 'ARG' && !(i.span.start <= cursor.offset && cursor.offset <= i.span.end));
    const declared = new Set(elsewhere.flatMap((i) => keyValuePairsOf(i, model.text, model.escapeChar).pairs.map((p) => unquote(p.key, model.escapeChar))));
    const globals = model.globalArgs.flatMap((i) => keyValuePairsOf(i, model.text, model.escapeChar).pairs.map((p) => unquote(p.key, model.escapeChar)));
    const names = new Map<string, string>();
    for (const name of globals) names.set(name, 'global ARG: re-declare to use it in this stage');
    for (const arg of predefinedArgs) if (arg.platform && !names.has(arg.name)) names.set(arg.name, arg.doc);
    return [...names]
      .filter(([name]) => !declared.has(name))
      .map(([name, detail], i) => entry(name, 'variable', name, span, { detail, sortText: order(i) }));
  }
}

const SHELLS = [
  { form: '["/bin/bash", "-o", "pipefail", "-c"]', detail: 'bash, failing on errors anywhere in a pipe' },
  { form: '["/bin/ash", "-eo", "pipefail", "-c"]', detail: 'Alpine ash, failing on errors anywhere in a pipe' },
  { form: '["/bin/sh", "-c"]', detail: 'the default on Linux' },
  { form: '["pwsh", "-Command"]', detail: 'PowerShell' },
  { form: '["cmd", "/S", "/C"]', detail: 'the default on Windows' },
];

const SIGNALS = ['SIGTERM', 'SIGINT', 'SIGQUIT', 'SIGHUP', 'SIGUSR1', 'SIGUSR2', 'SIGKILL'];
