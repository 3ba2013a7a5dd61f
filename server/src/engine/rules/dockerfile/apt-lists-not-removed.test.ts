import { ruleTester } from '#test/rule-tester';
import rule from './apt-lists-not-removed';

ruleTester.run(rule, {
  valid: [
    'FROM debian:12\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*',
    'FROM debian:12\nRUN apt-get update && apt-get install -y curl && apt-get clean && rm -rf /var/lib/apt/lists /tmp/*',
    'FROM debian:12\nRUN apt-get update && apt-get install -y curl && apt-get distclean',
    'FROM debian:13\nRUN apt-get install --update -y curl && apt-get dist-clean',
    'FROM debian:12\nRUN --mount=type=cache,target=/var/lib/apt,sharing=locked apt-get update && apt-get install -y curl',
    'FROM debian:12\nRUN --mount=type=tmpfs,target=/var/lib/apt/lists apt-get update && apt-get install -y curl',
    'FROM debian:12\nRUN apt-get install -y ./local.deb',
    'FROM debian:12 AS build\nRUN apt-get update && apt-get install -y gcc\nFROM debian:12\nCOPY --from=build /out /out',
    'FROM debian:12 AS test\nRUN apt-get update && apt-get install -y gcc\nFROM debian:12\nRUN echo release',
    'FROM debian:12\nRUN <<EOF\napt-get update\napt-get install -y curl\nrm -rf /var/lib/apt/lists/*\nEOF',
  ],
  invalid: [
    {
      code: 'FROM debian:12\nRUN «apt-get update» && apt-get install -y curl',
      errors: [{ messageId: 'listsKept', data: { command: 'apt-get update' } }],
      output: 'FROM debian:12\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*',
    },
    {
      code: 'FROM debian:12\nRUN «apt-get update» \\\n && apt-get install -y --no-install-recommends \\\n      curl \\\n      git\nCMD ["bash"]',
      errors: [{ messageId: 'listsKept' }],
      output: 'FROM debian:12\nRUN apt-get update \\\n && apt-get install -y --no-install-recommends \\\n      curl \\\n      git \\\n && rm -rf /var/lib/apt/lists/*\nCMD ["bash"]',
    },
    {
      code: 'FROM debian:12\nRUN set -eux; \\\n    «apt-get update»; \\\n    apt-get install -y curl;',
      errors: [{ messageId: 'listsKept' }],
      output: 'FROM debian:12\nRUN set -eux; \\\n    apt-get update; \\\n    apt-get install -y curl && \\\n    rm -rf /var/lib/apt/lists/*;',
    },
    {
      code: 'FROM debian:12\nRUN «apt-get update» && \\\n    apt-get install -y curl',
      errors: [{ messageId: 'listsKept' }],
      output: 'FROM debian:12\nRUN apt-get update && \\\n    apt-get install -y curl && \\\n    rm -rf /var/lib/apt/lists/*',
    },
    {
      code: '# escape=`\nFROM debian:12\nRUN «apt-get update» `\n  && apt-get install -y curl',
      errors: [{ messageId: 'listsKept' }],
      output: '# escape=`\nFROM debian:12\nRUN apt-get update `\n  && apt-get install -y curl `\n  && rm -rf /var/lib/apt/lists/*',
    },
    {
      code: 'FROM debian:12\r\nRUN «apt update» \\\r\n    && apt install -y curl\r\n',
      errors: [{ messageId: 'listsKept', data: { command: 'apt update' } }],
      output: 'FROM debian:12\r\nRUN apt update \\\r\n    && apt install -y curl \\\r\n    && rm -rf /var/lib/apt/lists/*\r\n',
    },
    {
      code: 'FROM debian:12\nRUN <<EOF\nset -e\n«apt-get update»\napt-get install -y curl\nEOF',
      errors: [{ messageId: 'listsKept' }],
      output: 'FROM debian:12\nRUN <<EOF\nset -e\napt-get update\napt-get install -y curl\nrm -rf /var/lib/apt/lists/*\nEOF',
    },
    {
      // The removal comes before the update: the lists are back by the end of the RUN.
      code: 'FROM debian:12\nRUN rm -rf /var/lib/apt/lists/* && «apt-get update» && apt-get install -y curl',
      errors: [{ messageId: 'listsKept' }],
      output: 'FROM debian:12\nRUN rm -rf /var/lib/apt/lists/* && apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*',
    },
    {
      // A later RUN installs without updating: removing the lists here would break it.
      code: 'FROM debian:12\nRUN «apt-get update»\nRUN apt-get install -y curl && rm -rf /var/lib/apt/lists/*',
      errors: [{ messageId: 'listsKept' }],
      output: null,
      unsafeOutput: 'FROM debian:12\nRUN apt-get update && rm -rf /var/lib/apt/lists/*\nRUN apt-get install -y curl && rm -rf /var/lib/apt/lists/*',
    },
    {
      code: 'FROM debian:13\nRUN «apt-get install --update» -y curl',
      errors: [{ messageId: 'listsKept', data: { command: 'apt-get install --update' } }],
      output: 'FROM debian:13\nRUN apt-get install --update -y curl && rm -rf /var/lib/apt/lists/*',
    },
    {
      code: 'FROM debian:12 AS base\nRUN «apt-get update» && apt-get install -y curl\nFROM base\nCMD ["curl"]',
      errors: [{ messageId: 'listsKept' }],
      output: 'FROM debian:12 AS base\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\nFROM base\nCMD ["curl"]',
    },
    {
      code: 'FROM debian:12\nRUN «apt-get update» && apt-get install -y curl # keep the lists',
      errors: [{ messageId: 'listsKept' }],
      output: null,
    },
    {
      code: 'FROM debian:12\nRUN [«"apt-get", "update"»]',
      errors: [{ messageId: 'listsKept' }],
      output: null,
    },
  ],
});
