import { defineRule } from '../../define';
import { copyArgsOf, type PathArg } from '../../parse/copy-args';
import { cleanPath, isExcluded, parseDockerignore } from '../../build-context/dockerignore';

type MessageId = 'copyIgnoredFile';

export default defineRule<MessageId>({
  id: 'copy-ignored-file',
  language: 'dockerfile',
  aliases: ['CopyIgnoredFile'],
  category: 'correctness',
  severity: 'warning',
  fixable: 'never',
  messages: {
    copyIgnoredFile:
      '`.dockerignore` leaves `{{path}}` out of the build context, so this {{keyword}} cannot find it: the build fails, or copies only what a `!` exception lets back in.',
  },
  docs: {
    summary: 'Flags a COPY or ADD of a build-context path that `.dockerignore` excludes.',
    why:
      'Files excluded by `.dockerignore` are never sent to the builder. Copying one by name fails the build with a ' +
      '"not found" error that points at the COPY, not at the ignore file that caused it; a directory excluded except for ' +
      'a few `!` exceptions silently copies only those. Either the ignore pattern is too broad or the COPY should go.',
    bad: ['FROM node:20-alpine\nWORKDIR /app\nCOPY .env ./\nCOPY dist/ ./dist/'],
    good: ['FROM node:20-alpine\nWORKDIR /app\nCOPY package.json ./\nCOPY src/ ./src/'],
    exampleContext: { dockerignore: '.git\n.env\ndist\nnode_modules\n' },
    differences:
      'Like BuildKit, sources with wildcards or variables are not checked (their files are only known to the builder). ' +
      'The build context is taken to be the Dockerfile\'s directory, with `<Dockerfile>.dockerignore` preferred over ' +
      '`.dockerignore` as BuildKit does; a Compose `build.context` elsewhere is not followed yet.',
    references: ['https://docs.docker.com/reference/build-checks/copy-ignored-file/', 'https://docs.docker.com/build/concepts/context/#dockerignore-files'],
  },
  check({ dockerfile, project, report }) {
    if (!project.dockerignore) return;
    const patterns = parseDockerignore(project.dockerignore);
    for (const instruction of dockerfile.instructions) {
      const args = copyArgsOf(instruction, dockerfile.text);
      if (!args || args.from) continue;
      for (const source of args.sources) {
        const path = contextPath(source);
        if (path && isExcluded(patterns, path)) {
          report({ messageId: 'copyIgnoredFile', data: { path, keyword: instruction.keyword }, span: source.span });
        }
      }
    }
  },
});

/** The context path a source names, or undefined when only the builder can know it (globs, variables, URLs, here-docs). */
function contextPath(source: PathArg): string | undefined {
  if (source.heredoc || source.dynamic || /[*?[]/.test(source.value) || /^[a-z][a-z0-9+.-]*:\/\//i.test(source.value) || source.value.startsWith('git@')) return undefined;
  const path = cleanPath(source.value).replace(/^\/+/, '');
  return path === '' || path === '.' ? undefined : path;
}
