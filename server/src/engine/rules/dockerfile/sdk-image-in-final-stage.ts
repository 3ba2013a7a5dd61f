import { defineRule } from '../../define';
import type { Stage } from '../../parse/dockerfile';
import { commandsOf, programOf } from '../../parse/run-commands';
import { isBuildCommand, toolchainOf } from '../../knowledge/sdk-images';

type MessageId = 'buildsInSdkImage';

export default defineRule<MessageId>({
  id: 'sdk-image-in-final-stage',
  language: 'dockerfile',
  aliases: [],
  category: 'image-size',
  severity: 'warning',
  fixable: 'never',
  messages: {
    buildsInSdkImage:
      'The final image is built on `{{image}}`, a full {{toolchain}} toolchain, and compiles the application in place (`{{command}}`, line {{line}}): compiler, build caches and sources all ship. Build in a first stage and copy the result onto {{runtime}}.',
  },
  docs: {
    summary: 'Flags a final stage that builds the application on a full SDK image (Go, Rust, JDK/Maven/Gradle, .NET SDK) instead of using a multi-stage build.',
    why:
      'An SDK image carries compilers, package managers, headers and build caches: hundreds of megabytes the running ' +
      'application never uses, each package a potential CVE in scanner reports and a tool for an attacker who gets in. ' +
      'A multi-stage build compiles in a first stage and copies only the result into a small runtime image: a JDK and ' +
      'Maven image of 600–800 MB becomes a JRE image of 150–200 MB, a Go build of about 1 GB a static binary of a few ' +
      'megabytes on distroless or scratch.',
    bad: ['FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN go build -o /app .\nCMD ["/app"]', 'FROM maven:3.9-eclipse-temurin-21\nCOPY . /src\nRUN mvn -f /src/pom.xml -B package\nCMD ["java", "-jar", "/src/target/app.jar"]'],
    good: [
      'FROM golang:1.22 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /app .\n\nFROM gcr.io/distroless/static-debian12\nCOPY --from=build /app /app\nCMD ["/app"]',
      'FROM golang:1.22\nRUN go install golang.org/x/tools/gopls@v0.16.1',
    ],
    differences: 'Neither hadolint nor BuildKit checks this.',
    references: ['https://docs.docker.com/build/building/multi-stage/'],
  },
  check({ dockerfile, report }) {
    const final = dockerfile.stages[dockerfile.stages.length - 1];
    if (!final) return;
    let root: Stage = final;
    while (root.baseStage) root = root.baseStage;
    const toolchain = root.image && !root.image.hasVariables ? toolchainOf(root.image) : undefined;
    if (!root.image || !toolchain) return;
    for (let s: Stage | undefined = final; s; s = s.baseStage) {
      for (const instruction of s.instructions) {
        if (instruction.keyword !== 'RUN') continue;
        for (const command of commandsOf(instruction, dockerfile.text, dockerfile.escapeChar).commands) {
          const program = programOf(command);
          if (!program || !isBuildCommand(program.name, command.words.slice(program.argsIndex).map((w) => w.value))) continue;
          report({
            messageId: 'buildsInSdkImage',
            data: {
              image: root.image.text,
              toolchain: toolchain.name,
              command: dockerfile.text.slice(command.span.start, command.span.end).replace(/\\\r?\n\s*/g, ''),
              line: dockerfile.lines.positionAt(command.span.start).line + 1,
              runtime: toolchain.runtime,
            },
            span: final.image?.span ?? final.from.keywordSpan,
          });
          return;
        }
      }
    }
  },
});
