import { defineRule } from '../../define';
import { remove } from '../../fix/edits';
import { isValidImageReference } from '../../parse/image-reference';
import type { DockerfileModel, Stage } from '../../parse/dockerfile';
import { findVariableReferences, globalArgsOf, hasFallback, type GlobalArg } from '../../parse/variables';
import { PREDEFINED_PLATFORM_ARGS } from '../../knowledge/predefined-args';

type MessageId = 'redundant' | 'removeFlag';

export default defineRule<MessageId>({
  id: 'redundant-target-platform',
  language: 'dockerfile',
  aliases: ['DL3065', 'RedundantTargetPlatform'],
  category: 'style',
  severity: 'warning',
  fixable: 'always',
  messages: {
    redundant: '`{{flag}}` asks for the target platform, which is what FROM uses anyway: the flag only adds noise.',
    removeFlag: 'Remove the redundant `--platform` flag',
  },
  docs: {
    summary: 'Flags `FROM --platform=$TARGETPLATFORM`, which restates the default.',
    why:
      'A stage is built for the target platform unless `--platform` says otherwise, so `--platform=$TARGETPLATFORM` ' +
      'changes nothing. It suggests to readers that the stage is special, and hides the stages that really are ' +
      '(`--platform=$BUILDPLATFORM` for cross-compiling).',
    bad: ['FROM --platform=$TARGETPLATFORM alpine:3.20\nRUN true'],
    good: ['FROM alpine:3.20\nRUN true', 'FROM --platform=$BUILDPLATFORM golang:1.22 AS build'],
    fixSafety: 'Safe: without the flag the stage is built for the same target platform.',
    references: ['https://docs.docker.com/reference/build-checks/redundant-target-platform/'],
  },
  check({ dockerfile, report }) {
    // A global `ARG TARGETPLATFORM=…` with a default makes the flag mean something else.
    const globals = globalArgsOf(dockerfile);
    if (globals.get('TARGETPLATFORM')?.value !== undefined) return;
    const text = dockerfile.text;
    for (const stage of dockerfile.stages) {
      const flag = stage.from.flags.find((f) => f.name === 'platform');
      if (!flag || (flag.value !== '$TARGETPLATFORM' && flag.value !== '${TARGETPLATFORM}')) continue;
      let end = flag.span.end;
      while (text[end] === ' ' || text[end] === '\t') end++;
      report({
        messageId: 'redundant',
        data: { flag: text.slice(flag.span.start, flag.span.end) },
        span: flag.span,
        fixes: namesImage(dockerfile, stage, globals) ? [{ messageId: 'removeFlag', safety: 'safe', edits: [remove({ start: flag.span.start, end })] }] : [],
      });
    }
  },
});

/**
 * The FROM names a stage or a well-formed image. Without one after the flag (`FROM --platform=$TARGETPLATFORM :`, or
 * `e:` with an empty tag) the FROM left by the fix would parse worse than before. With variables, each must have a
 * value at the FROM (a global ARG, a platform ARG or a `${a:-default}`), and the reference must be well-formed with a
 * name in each variable's place (`:$` is not).
 */
function namesImage(model: DockerfileModel, stage: Stage, globals: Map<string, GlobalArg>): boolean {
  const image = stage.image;
  if (!image) return false;
  if (stage.baseStage) return true;
  if (!image.hasVariables) return isValidImageReference(image.text);
  const references = findVariableReferences(model.text, image.span.start, image.span.end, model.escapeChar);
  const allHaveValues = references.every((r) => globals.has(r.name) || PREDEFINED_PLATFORM_ARGS.has(r.name) || hasFallback(r));
  return allHaveValues && isValidImageReference(image.text.replace(/\$\{[^}]*\}|\$[A-Za-z_][A-Za-z0-9_]*/g, 'x'));
}
