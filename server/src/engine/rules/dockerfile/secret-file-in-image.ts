import { defineRule } from '../../define';
import type { Stage } from '../../parse/dockerfile';
import { copyArgsOf } from '../../parse/copy-args';
import { secretFileKind } from '../../knowledge/secrets';

type MessageId = 'secretFile';

export default defineRule<MessageId>({
  id: 'secret-file-in-image',
  language: 'dockerfile',
  aliases: [],
  category: 'security',
  severity: 'warning',
  fixable: 'never',
  messages: {
    secretFile:
      '`{{path}}` looks like {{kind}}. Once {{keyword}} puts it in a layer, anyone who can pull the image can read it, even if a later step deletes it. Mount it only for the step that needs it: `RUN --mount=type=secret,id={{id}},target=<path> …`.',
  },
  docs: {
    summary: 'Flags COPY and ADD of files that look like secrets (`.env`, SSH keys, `.npmrc`, cloud credentials, private keys) into the final image.',
    why:
      'Every layer of an image can be unpacked by whoever can pull it, and a file deleted in a later step is still in the ' +
      'layer that added it. Registry tokens in `.npmrc` or `.pypirc`, SSH keys, `.env` files and cloud credentials copied ' +
      'in this way leak with the image. A secret mount (`RUN --mount=type=secret`) makes the file available to one RUN ' +
      'step without writing it to any layer; `--mount=type=ssh` forwards an SSH agent for private Git dependencies; ' +
      'configuration the application reads at run time belongs to the orchestrator\'s secrets.',
    bad: [
      'FROM node:20-alpine\nWORKDIR /app\nCOPY .npmrc package*.json ./\nRUN npm ci && rm .npmrc',
      'FROM python:3.12-slim\nCOPY id_rsa /root/.ssh/id_rsa\nRUN pip install git+ssh://git@github.com/org/private.git',
    ],
    good: [
      'FROM node:20-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci',
      'FROM python:3.12-slim\nRUN --mount=type=ssh pip install git+ssh://git@github.com/org/private.git',
      'FROM nginx:1.27\nCOPY certs/fullchain.pem /etc/nginx/certs/\nCOPY .env.example /app/',
    ],
    differences:
      'Neither hadolint nor BuildKit checks copied files. Shipshape goes by file names; it skips templates (`.env.example`), ' +
      'public keys (`id_rsa.pub`), certificates and CA bundles, and build stages that do not end up in the final image. ' +
      'Whole-context copies (`COPY . .`) are the business of `.dockerignore`.',
    references: ['https://docs.docker.com/build/building/secrets/'],
  },
  check({ dockerfile, report }) {
    const final = dockerfile.stages[dockerfile.stages.length - 1];
    for (let stage: Stage | undefined = final; stage; stage = stage.baseStage) {
      for (const instruction of stage.instructions) {
        const args = copyArgsOf(instruction, dockerfile.text);
        if (!args) continue;
        const dest = args.destination?.value ?? '';
        const candidates = args.sources.filter((s) => !s.heredoc && !s.dynamic);
        // `COPY npmrc /root/.npmrc`: the destination names the secret.
        if (args.destination && !dest.endsWith('/') && !args.destination.dynamic) candidates.push(args.destination);
        for (const path of candidates) {
          const kind = secretFileKind(path.value, dest);
          if (!kind) continue;
          const id = path.value.replace(/\/+$/, '').replace(/^.*\//, '').replace(/^\.+/, '').replace(/[^\w-]+/g, '_') || 'secret';
          report({ messageId: 'secretFile', data: { path: path.value, kind, keyword: instruction.keyword, id }, span: path.span });
          break;
        }
      }
    }
  },
});
