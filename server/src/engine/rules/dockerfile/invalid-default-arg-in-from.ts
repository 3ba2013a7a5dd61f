import { defineRule } from '../../define';
import { expandWord, findVariableReferences, globalArgsOf, hasFallback } from '../../parse/variables';
import { isValidImageReference } from '../../parse/image-reference';

type MessageId = 'invalidDefault';

export default defineRule<MessageId>({
  id: 'invalid-default-arg-in-from',
  language: 'dockerfile',
  aliases: ['InvalidDefaultArgInFrom'],
  category: 'correctness',
  severity: 'warning',
  fixable: 'never',
  messages: {
    invalidDefault:
      'With the ARG defaults, `{{image}}` becomes `{{resolved}}`, which is not a valid image name: the build fails unless `--build-arg {{names}}` is passed. Give the ARG a default.',
  },
  docs: {
    summary: 'Flags FROM lines whose image name is empty or invalid when the ARGs keep their default values.',
    why:
      'A Dockerfile should build with a plain `docker build .`. When `FROM node:${TAG}` relies on an ARG without a default, ' +
      'the reference becomes `node:` and the build fails for everyone who does not know which `--build-arg` to pass — ' +
      'including editors, scanners and CI jobs that only run the default build.',
    bad: ['ARG TAG\nFROM busybox:${TAG}', 'ARG IMAGE\nFROM $IMAGE'],
    good: ['ARG TAG=1.36\nFROM busybox:${TAG}', 'ARG VARIANT\nFROM busybox:1.36${VARIANT}', 'ARG IMAGE=alpine:3.20\nFROM $IMAGE'],
    references: ['https://docs.docker.com/reference/build-checks/invalid-default-arg-in-from/'],
  },
  check({ dockerfile, report }) {
    const globals = globalArgsOf(dockerfile);
    for (const stage of dockerfile.stages) {
      const image = stage.image;
      if (!image?.hasVariables) continue;
      const references = findVariableReferences(dockerfile.text, image.span.start, image.span.end, dockerfile.escapeChar);
      // Only ARGs we can evaluate; undeclared and platform variables belong to undefined-arg-in-from.
      if (references.some((r) => !hasFallback(r) && !globals.get(r.name)?.known)) continue;
      const resolved = expandWord(image.text, (name) => globals.get(name)?.value, dockerfile.escapeChar);
      if (resolved === undefined || isValidImageReference(resolved)) continue;
      const names = [...new Set(references.filter((r) => globals.get(r.name)?.value === undefined).map((r) => `${r.name}=…`))];
      if (names.length === 0) continue;
      report({ messageId: 'invalidDefault', data: { image: image.text, resolved: resolved || '(empty)', names: names.join(' --build-arg ') }, span: image.span });
    }
  },
});
