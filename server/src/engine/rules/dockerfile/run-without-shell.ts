import { defineRule } from '../../define';
import { shellessBaseOf } from '../../knowledge/shell-availability';

type MessageId = 'noShell';

export default defineRule<MessageId>({
  id: 'run-without-shell',
  language: 'dockerfile',
  aliases: [],
  category: 'correctness',
  severity: 'error',
  fixable: 'never',
  messages: {
    noShell:
      'This stage is built on `{{image}}`, which has no `/bin/sh`, so this shell-form RUN fails the build. Do the work in a build stage and COPY the result in, or call a binary the image has in exec form (`RUN ["/app/migrate"]`).',
  },
  docs: {
    summary: 'Flags shell-form RUN instructions in stages built on `scratch` or a distroless image, which have no shell.',
    why:
      'A shell-form RUN (and a here-document RUN) executes `/bin/sh -c "…"`. `scratch` is empty, and distroless, ' +
      'Chainguard and chiseled images deliberately ship no shell, no package manager and no coreutils, so the build stops ' +
      'with "exec: /bin/sh: no such file or directory". Prepare files in an earlier stage that has the tools, then copy ' +
      'them over with `COPY --from`; that is also what keeps these images small and free of tools an attacker could use.',
    bad: ['FROM gcr.io/distroless/static-debian12\nCOPY app /app\nRUN chmod +x /app'],
    good: [
      'FROM golang:1.22 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /app\n\nFROM gcr.io/distroless/static-debian12\nCOPY --from=build --chmod=755 /app /app\nENTRYPOINT ["/app"]',
      'FROM gcr.io/distroless/base-debian12:debug\nRUN ["/busybox/sh", "-c", "echo hi"]',
    ],
    differences:
      'hadolint has no such rule. Debug variants (distroless `:debug`, Chainguard `-dev`) ship a BusyBox shell and are not ' +
      'flagged, nor is a stage that adds a shell before the RUN (a SHELL instruction, a copied shell binary, an unpacked ' +
      'root file system).',
    references: ['https://github.com/GoogleContainerTools/distroless#debug-images', 'https://docs.docker.com/reference/dockerfile/#shell-and-exec-form'],
  },
  check({ dockerfile, report }) {
    for (const stage of dockerfile.stages) {
      for (const run of stage.instructions) {
        if (run.keyword !== 'RUN' || run.form === 'exec') continue;
        const base = shellessBaseOf(stage, dockerfile.text, run.span.start);
        if (base) report({ messageId: 'noShell', data: { image: base.image }, span: run.keywordSpan });
      }
    }
  },
});
