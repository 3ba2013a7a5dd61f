import { defineRule, type FixSpec } from '../../define';
import { replace } from '../../fix/edits';
import { findVariableReferences, globalArgsOf, hasFallback } from '../../parse/variables';
import { isBuilderArg, PREDEFINED_PLATFORM_ARGS, PROXY_ARGS } from '../../knowledge/predefined-args';
import { closestMatch, VARIABLE_NAME } from '../../text/suggest';

type MessageId = 'undeclared' | 'undeclaredDidYouMean' | 'useSuggestion';

export default defineRule<MessageId>({
  id: 'undefined-arg-in-from',
  language: 'dockerfile',
  aliases: ['UndefinedArgInFrom'],
  category: 'correctness',
  severity: 'warning',
  fixable: 'sometimes',
  messages: {
    undeclared: '`${{name}}` is not declared by an ARG before the first FROM, so it is empty here unless `--build-arg {{name}}=…` is passed.',
    undeclaredDidYouMean: '`${{name}}` is not declared by an ARG before the first FROM, so it is empty here; did you mean `${{suggestion}}`?',
    useSuggestion: 'Use `${{suggestion}}`',
  },
  docs: {
    summary: 'Flags variables in FROM lines that no ARG before the first FROM declares.',
    why:
      'FROM lines can only see ARGs declared above the first FROM (plus the builder\'s platform ARGs such as ' +
      '`BUILDPLATFORM`). Any other variable expands to an empty string, so `FROM node:${NODE_VERSION}` becomes `node:` ' +
      'and the build fails, or a typo silently picks a different image.',
    bad: ['FROM node:${NODE_VERSION}-alpine\nCMD ["node"]', 'ARG VERSION=20\nFROM node:${VERSOIN}'],
    good: [
      'ARG NODE_VERSION=20\nFROM node:${NODE_VERSION}-alpine',
      'FROM --platform=$BUILDPLATFORM golang:1.22',
      'FROM node:${NODE_VERSION:-20}',
    ],
    fixSafety: 'When the name is one typo away from a declared ARG, an unsafe fix renames it: the image the build pulls changes.',
    differences: 'A reference with a fallback (`${NAME:-20}`) names its own value when the ARG is missing, so Shipshape accepts it.',
    references: ['https://docs.docker.com/reference/build-checks/undefined-arg-in-from/'],
  },
  check({ dockerfile, report }) {
    const globals = globalArgsOf(dockerfile);
    const candidates = [...globals.keys(), ...PREDEFINED_PLATFORM_ARGS];
    const declared = (name: string) => globals.has(name) || PREDEFINED_PLATFORM_ARGS.has(name) || PROXY_ARGS.has(name) || isBuilderArg(name);
    for (const stage of dockerfile.stages) {
      const from = stage.from;
      const spans = [from.flags.find((f) => f.name === 'platform')?.valueSpan, stage.image?.span];
      for (const span of spans) {
        if (!span) continue;
        for (const reference of findVariableReferences(dockerfile.text, span.start, span.end, dockerfile.escapeChar)) {
          if (declared(reference.name) || hasFallback(reference)) continue;
          const suggestion = closestMatch(reference.name, [...candidates].filter((n) => VARIABLE_NAME.test(n)));
          const fixes: FixSpec<MessageId>[] = suggestion
            ? [{ messageId: 'useSuggestion', data: { suggestion }, safety: 'unsafe', edits: [replace(reference.nameSpan, suggestion)] }]
            : [];
          report({
            messageId: suggestion ? 'undeclaredDidYouMean' : 'undeclared',
            data: { name: reference.name, suggestion: suggestion ?? '' },
            span: reference.span,
            fixes,
          });
        }
      }
    }
  },
});
