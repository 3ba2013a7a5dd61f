import { defineRule, type FixSpec, type Report } from '../../define';
import type { Span } from '../../model';
import type { DockerInstruction, DockerfileModel, Stage } from '../../parse/dockerfile';
import { findVariableReferences, globalArgsOf, hasFallback, keyValuePairsOf, type GlobalArg, type VariableReference } from '../../parse/variables';
import { resolveBaseImage } from '../../parse/image-reference';
import { isBuilderArg, PREDEFINED_PLATFORM_ARGS, PROXY_ARGS } from '../../knowledge/predefined-args';
import { imageEnvOf } from '../../knowledge/image-env';
import { indentationAt, insertLines, nextLineStart, replace } from '../../fix/edits';
import { closestMatch, VARIABLE_NAME } from '../../text/suggest';

type MessageId = 'undefined' | 'didYouMean' | 'globalNotRedeclared' | 'platformNotDeclared' | 'declareArg' | 'useSuggestion';

export default defineRule<MessageId>({
  id: 'undefined-variable',
  language: 'dockerfile',
  aliases: ['UndefinedVar'],
  category: 'correctness',
  severity: 'warning',
  fixable: 'sometimes',
  messages: {
    undefined: '`${{name}}` is not declared by any ARG or ENV in this stage, and the base image `{{image}}` does not set it: it expands to an empty string.',
    didYouMean: '`${{name}}` is not declared by any ARG or ENV in this stage, so it expands to an empty string; did you mean `${{suggestion}}`?',
    globalNotRedeclared:
      '`${{name}}` is declared before the first FROM, and such ARGs are only visible to FROM lines: here it expands to an empty string. Add `ARG {{name}}` to this stage.',
    platformNotDeclared: '`${{name}}` is one of the builder\'s platform ARGs, which a stage only sees after `ARG {{name}}`: here it expands to an empty string.',
    declareArg: 'Declare `ARG {{name}}` in this stage',
    useSuggestion: 'Use `${{suggestion}}`',
  },
  docs: {
    summary: 'Flags variables in COPY, ADD, ENV, LABEL, WORKDIR, USER and the like that nothing in scope declares.',
    why:
      'The builder itself expands `$VAR` in these instructions, using only the ARGs and ENVs of the current stage (and the ' +
      'base image\'s environment). An undeclared variable silently becomes an empty string: `COPY app-$TARGETARCH /app` ' +
      'copies the wrong file, `WORKDIR $APP_HOME` lands in `/`. The classic causes are a global ARG that the stage never ' +
      're-declares, a platform ARG used without `ARG TARGETARCH`, and typos.',
    bad: [
      'ARG VERSION=1.0\nFROM alpine:3.20\nLABEL org.opencontainers.image.version=$VERSION',
      'FROM alpine:3.20\nCOPY app-$TARGETARCH /usr/local/bin/app',
      'FROM alpine:3.20\nENV APP_HOME=/app\nWORKDIR $APP_HOEM',
    ],
    good: [
      'ARG VERSION=1.0\nFROM alpine:3.20\nARG VERSION\nLABEL org.opencontainers.image.version=$VERSION',
      'FROM alpine:3.20\nARG TARGETARCH\nCOPY app-$TARGETARCH /usr/local/bin/app',
      'FROM python:3.12\nENV PYTHONPATH=/app\nWORKDIR ${APP_HOME:-/app}',
      'FROM alpine:3.20\nRUN echo "$HOME"',
    ],
    fixSafety:
      'Unsafe: declaring the ARG in the stage (or correcting a typo) gives the variable the value the author meant, which ' +
      'is not the empty string the build used so far.',
    differences:
      'BuildKit reads the base image\'s real environment; Shipshape works offline, so for base images whose environment it ' +
      'does not know it only reports what cannot come from the image (global and platform ARGs that are not re-declared, ' +
      'near-miss typos). References with a fallback (`${NAME:-default}`) are accepted.',
    references: ['https://docs.docker.com/reference/build-checks/undefined-var/', 'https://docs.docker.com/reference/dockerfile/#scope'],
  },
  check({ dockerfile, report }) {
    const globals = globalArgsOf(dockerfile);
    const text = dockerfile.text;
    for (const stage of dockerfile.stages) {
      const scope = stageScope(dockerfile, stage, globals);
      // A name's closest match only changes when the scope grows; a line can repeat one name thousands of times.
      // Only names a reference can spell are suggested (`ENV DIR-` declares a name no `$DIR-` reaches).
      let suggestions = new Map<string, string | undefined>();
      const suggest = (name: string) => {
        if (!suggestions.has(name)) suggestions.set(name, closestMatch(name, [...scope.names].filter((n) => VARIABLE_NAME.test(n))));
        return suggestions.get(name);
      };
      for (const instruction of stage.instructions) {
        const sameStatement = declarations(dockerfile, instruction);
        for (const span of expandedSpans(dockerfile, instruction)) {
          for (const reference of findVariableReferences(text, span.start, span.end, dockerfile.escapeChar)) {
            if (isDeclared(reference, scope.names) || sameStatement.includes(reference.name)) continue;
            const finding = classify(reference, scope, globals.has(reference.name), stage, suggest);
            if (finding) report(finding);
          }
        }
        for (const name of sameStatement) scope.names.add(name);
        if (sameStatement.length > 0) suggestions = new Map();
      }
    }

    function classify(
      reference: VariableReference,
      scope: Scope,
      isGlobal: boolean,
      stage: Stage,
      suggest: (name: string) => string | undefined,
    ): Report<MessageId> | undefined {
      const name = reference.name;
      if (isGlobal || PREDEFINED_PLATFORM_ARGS.has(name)) {
        return {
          messageId: isGlobal ? 'globalNotRedeclared' : 'platformNotDeclared',
          data: { name },
          span: reference.span,
          fixes: [declareArgFix(dockerfile, stage, name)],
        };
      }
      const suggestion = suggest(name);
      if (suggestion) {
        return {
          messageId: 'didYouMean',
          data: { name, suggestion },
          span: reference.span,
          fixes: [{ messageId: 'useSuggestion', data: { suggestion }, safety: 'unsafe', edits: [replace(reference.nameSpan, suggestion)] }],
        };
      }
      if (!scope.complete) return undefined;
      return { messageId: 'undefined', data: { name, image: scope.image }, span: reference.span };
    }
  },
});

interface Scope {
  /** Variables declared so far (ARG, ENV, the base image's environment as far as we know it). */
  names: Set<string>;
  /** Whether `names` covers everything: false when the base image's environment is not fully known. */
  complete: boolean;
  image: string;
}

function isDeclared(reference: VariableReference, names: Set<string>): boolean {
  const name = reference.name;
  return names.has(name) || hasFallback(reference) || PROXY_ARGS.has(name) || isBuilderArg(name);
}

/** What a stage starts with: the declarations of the stages it is built on, then its base image's environment. */
function stageScope(dockerfile: DockerfileModel, stage: Stage, globals: Map<string, GlobalArg>): Scope {
  const chain: Stage[] = [];
  for (let s = stage.baseStage; s; s = s.baseStage) chain.unshift(s);
  const root = chain[0] ?? stage;
  const resolved = resolveBaseImage(dockerfile, root, globals);
  const isScratch = !root.image || root.image.text.toLowerCase() === 'scratch';
  const env = imageEnvOf(resolved ? resolved.parts : isScratch ? undefined : 'unknown');
  const names = new Set(env.names);
  for (const s of chain) for (const instruction of s.instructions) for (const name of declarations(dockerfile, instruction)) names.add(name);
  return { names, complete: env.complete, image: resolved?.text ?? root.image?.text ?? 'scratch' };
}

/** Names an ARG or ENV instruction declares. */
function declarations(dockerfile: DockerfileModel, instruction: DockerInstruction): string[] {
  if (instruction.keyword !== 'ARG' && instruction.keyword !== 'ENV') return [];
  return keyValuePairsOf(instruction, dockerfile.text, dockerfile.escapeChar).pairs.map((p) => p.key);
}

/** The parts of an instruction that the builder expands itself (shell-form commands are the shell's business). */
function expandedSpans(dockerfile: DockerfileModel, instruction: DockerInstruction): Span[] {
  const spans: Span[] = [];
  switch (instruction.keyword) {
    case 'ENV':
    case 'ARG':
      for (const pair of keyValuePairsOf(instruction, dockerfile.text, dockerfile.escapeChar).pairs) if (pair.valueSpan) spans.push(pair.valueSpan);
      break;
    case 'LABEL':
      for (const pair of keyValuePairsOf(instruction, dockerfile.text, dockerfile.escapeChar).pairs) spans.push(pair.span);
      break;
    case 'ADD':
    case 'COPY':
    case 'EXPOSE':
    case 'STOPSIGNAL':
    case 'USER':
    case 'VOLUME':
    case 'WORKDIR':
      if (instruction.argsSpan) spans.push({ start: instruction.argsSpan.start, end: instruction.heredocs[0]?.markerSpan.start ?? instruction.argsSpan.end });
      break;
  }
  if (instruction.keyword === 'ADD' || instruction.keyword === 'COPY' || instruction.keyword === 'RUN') {
    for (const flag of instruction.flags) if (flag.valueSpan) spans.push(flag.valueSpan);
  }
  return spans;
}

function declareArgFix(dockerfile: DockerfileModel, stage: Stage, name: string): FixSpec<MessageId> {
  const from = stage.from;
  const at = nextLineStart(dockerfile.text, from.span.end - 1);
  const edit = insertLines(dockerfile.text, at, [`${from.rawKeyword === 'from' ? 'arg' : 'ARG'} ${name}`], indentationAt(dockerfile.text, from.span.start));
  return { messageId: 'declareArg', data: { name }, safety: 'unsafe', edits: [edit] };
}
