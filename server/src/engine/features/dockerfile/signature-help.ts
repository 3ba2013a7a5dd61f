/**
 * Signature help: the syntax of the instruction being typed, with the flag or argument under the cursor marked; inside
 * a `RUN --mount=` value, the options of that mount type instead.
 */
import type { ParsedDocument } from '../../document';
import type { Signature, SignatureHelpResult } from '../assist-types';
import { flagDocs, instructionDocs, mountTypeDocs } from '../../hover/dockerfile-docs';
import { cursorAt, type InstructionCursor } from './cursor';
import { instructionSyntax, mountOptions, MOUNT_KEY_ALIASES, type FormSyntax, type InstructionSyntax, type MountType } from './syntax';

interface Part {
  text: string;
  documentation?: string;
}

/** A label from its parts, joined with `separator`, and the parameters' offsets in it. */
function signatureOf(head: string, parts: Part[], separator: string, documentation?: string): Signature {
  let label = head;
  const parameters: Signature['parameters'] = [];
  for (const [i, part] of parts.entries()) {
    if (i > 0 || head) label += i === 0 ? ' ' : separator;
    parameters.push({ label: [label.length, label.length + part.text.length], documentation: part.documentation });
    label += part.text;
  }
  return { label, documentation, parameters };
}

function flagParts(keyword: string, syntax: InstructionSyntax): Part[] {
  return syntax.flags.map((f) => ({ text: `[--${f.name}${f.value ? `=${f.value}` : ''}]`, documentation: flagDocs[`${keyword} --${f.name}`]?.summary }));
}

/** The one-line syntax of an instruction's form (`COPY [--from=<stage|image|context>] … <src>... <dest>`). */
export function instructionSignature(keyword: string, form: FormSyntax): Signature {
  const syntax = instructionSyntax[keyword];
  return signatureOf(keyword, [...flagParts(keyword, syntax), ...form.params.map((p) => ({ text: p.label }))], ' ', instructionDocs[keyword]?.summary);
}

export function dockerfileSignatureHelp(document: ParsedDocument, offset: number): SignatureHelpResult | undefined {
  const cursor = cursorAt(document.text, document.dockerfile, offset);
  if (cursor?.kind !== 'instruction' || cursor.index === 0) return undefined;
  const keyword = cursor.words[0].text.toUpperCase();
  const syntax = instructionSyntax[keyword];
  if (!syntax) return undefined;
  const flagCount = leadingFlags(cursor);
  const word = cursor.words[cursor.index].text;
  if (cursor.index <= flagCount && keyword === 'RUN' && /^--mount=/.test(word)) return mountHelp(cursor);
  const positional = cursor.words.slice(1 + flagCount);
  const first = positional[0]?.text;
  let formIndex = first ? syntax.forms.findIndex((f) => f.when?.test(first)) : 0;
  if (formIndex < 0) formIndex = Math.max(0, syntax.forms.findIndex((f) => !f.when));
  const form = syntax.forms[formIndex];
  const signatures = syntax.forms.map((f) => instructionSignature(keyword, f));
  if (cursor.index <= flagCount) {
    const name = /^--([\w-]*)/.exec(word)?.[1] ?? '';
    const exact = syntax.flags.findIndex((f) => f.name === name);
    const flag = exact >= 0 || !name ? exact : syntax.flags.findIndex((f) => f.name.startsWith(name));
    return { signatures, activeSignature: formIndex, activeParameter: flag >= 0 ? flag : undefined };
  }
  const k = cursor.index - 1 - flagCount;
  // Inside a shell command the syntax is the shell's: showing the signature over every word would only be in the way.
  const command = form.params.findIndex((p) => p.label === '<command>');
  if (command >= 0 && k > command) return undefined;
  const param = paramIndex(form, k, positional.length);
  return { signatures, activeSignature: formIndex, activeParameter: syntax.flags.length + param };
}

/** Flags come first; the parser stops at the first word that is not one. */
function leadingFlags(cursor: InstructionCursor): number {
  let count = 0;
  for (let i = 1; i < cursor.words.length && i !== cursor.index; i++) {
    if (!cursor.words[i].text.startsWith('--')) break;
    count++;
  }
  // The word being typed is a flag too when it starts like one and only flags precede it.
  if (count === cursor.index - 1 && cursor.words[cursor.index].text.startsWith('-')) return cursor.index;
  return Math.min(count, cursor.index - 1);
}

/**
 * Which positional parameter the `k`th of `total` positional words fills. A repeated parameter takes every word the
 * parameters after it do not need: in `COPY a b |` the last word is the destination.
 */
function paramIndex(form: FormSyntax, k: number, total: number): number {
  const repeat = form.params.findIndex((p) => p.repeat);
  if (repeat < 0) return Math.min(k, form.params.length - 1);
  const after = form.params.length - 1 - repeat;
  if (k < repeat) return k;
  const firstOfTail = Math.max(repeat + 1, total - after);
  return k >= firstOfTail ? Math.min(form.params.length - 1, repeat + 1 + k - firstOfTail) : repeat;
}

function mountHelp(cursor: InstructionCursor): SignatureHelpResult {
  const value = cursor.words[cursor.index].text.slice('--mount='.length);
  const type = (/(?:^|,)type=(\w+)/.exec(value)?.[1] ?? 'bind') as MountType;
  const options = mountOptions[type] ?? mountOptions.bind;
  const parts: Part[] = [{ text: `type=${type}`, documentation: mountTypeDocs[type]?.summary }, ...options.map((o) => ({ text: mountOptionLabel(o), documentation: o.doc }))];
  const signature = signatureOf('', parts, '', mountTypeDocs[type]?.summary);
  signature.label = `--mount=${signature.label}`;
  signature.parameters = signature.parameters.map((p) => ({ ...p, label: [p.label[0] + 8, p.label[1] + 8] }));
  const typed = cursor.prefix.slice('--mount='.length);
  const key = /(?:^|,)([\w-]*)(?:=[^,]*)?$/.exec(typed)?.[1] ?? '';
  const canonical = MOUNT_KEY_ALIASES[key] ?? key;
  const keys = ['type', ...options.map((o) => o.key)];
  const exact = keys.indexOf(canonical);
  const index = exact >= 0 || !canonical ? exact : keys.findIndex((k) => k.startsWith(canonical));
  return { signatures: [signature], activeSignature: 0, activeParameter: index >= 0 ? index : undefined };
}

function mountOptionLabel(option: { key: string; value?: string; required?: boolean }): string {
  const text = option.value ? `,${option.key}=${option.value}` : `,${option.key}`;
  return option.required ? text : `[${text}]`;
}
