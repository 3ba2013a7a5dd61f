import { defineRule } from '../../define';
import { referencedPaths } from '../../compose/file-paths';

type MessageId = 'notFound';

export default defineRule<MessageId>({
  id: 'compose-path-not-found',
  language: 'compose',
  aliases: [],
  category: 'correctness',
  severity: 'error',
  fixable: 'never',
  messages: {
    notFound: 'The {{kind}} `{{path}}` of `{{service}}` does not exist (paths are relative to the Compose file): `docker compose {{command}}` fails.',
  },
  docs: {
    summary: 'Flags build contexts, Dockerfiles and env files that do not exist.',
    why:
      'Compose resolves `build.context`, `build.dockerfile` and `env_file` relative to the Compose file\'s directory (a ' +
      'Dockerfile relative to its context) and stops when one is missing: "unable to prepare context", "failed to read ' +
      'dockerfile", "env file … not found". A file moved in the repository, or a Compose file moved into a subdirectory, ' +
      'breaks them silently until the next build.',
    bad: ['services:\n  api:\n    build:\n      context: ./services/api\n    env_file: .env.local\n', 'services:\n  api:\n    build:\n      context: .\n      dockerfile: Dockerfile.prod\n'],
    good: ['services:\n  api:\n    build:\n      context: .\n    env_file:\n      - path: .env.local\n        required: false\n'],
    differences:
      'Runs only where files can be looked at (the editor on disk, the CLI); remote contexts (Git, URLs), `dockerfile_inline`, ' +
      'optional env files and paths with variables are not checked.',
    exampleContext: { pathExists: (path) => path === '.' || path === 'Dockerfile' },
    references: ['https://docs.docker.com/reference/compose-file/build/#context', 'https://docs.docker.com/reference/compose-file/services/#env_file'],
  },
  check({ compose, project, report }) {
    const exists = project.pathExists;
    if (!exists) return;
    const reported = new Set<number>();
    for (const reference of referencedPaths(compose)) {
      // A missing context is reported once, not again for the Dockerfile it would hold.
      if (reported.has(reference.span.start) || [reference.path, ...(reference.alternatives ?? [])].some((path) => exists(path) !== false)) continue;
      reported.add(reference.span.start);
      const command = reference.kind === 'env file' ? 'up' : 'build';
      report({ messageId: 'notFound', data: { kind: reference.kind, path: reference.path, service: reference.service, command }, span: reference.span });
    }
  },
});
