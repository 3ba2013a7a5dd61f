import { defineRule } from '../../define';
import type { DockerfileModel, DockerInstruction, Stage } from '../../parse/dockerfile';
import { commandsOf, programOf } from '../../parse/run-commands';
import type { ShellWord } from '../../parse/shell-words';
import { keyValuePairsOf } from '../../parse/key-value-pairs';
import { insert } from '../../fix/edits';

type MessageId = 'noMemoryFlags' | 'addMaxRamPercentage';

/** Options that size the heap from the container's memory limit, or fix it. */
const MEMORY_FLAG = /^-Xmx\S|^-XX:(MaxRAMPercentage|MaxRAMFraction|MaxRAM)=/;
/** Environment variables every JVM (or the `java` launcher) reads options from. */
const JVM_OPTION_VARIABLES = new Set(['JAVA_TOOL_OPTIONS', 'JDK_JAVA_OPTIONS', '_JAVA_OPTIONS']);
/** Arguments that make `java` start an application (rather than print a version). */
const LAUNCH_ARGS = new Set(['-jar', '-cp', '-classpath', '--class-path', '-m', '--module']);
const FLAG = '-XX:MaxRAMPercentage=75';

export default defineRule<MessageId>({
  id: 'jvm-memory-not-configured',
  language: 'dockerfile',
  aliases: [],
  category: 'reliability',
  severity: 'info',
  fixable: 'always',
  messages: {
    noMemoryFlags:
      'The JVM starts without a heap size tied to the container: by default it takes only 25% of the memory limit for the heap. Add `-XX:MaxRAMPercentage=75` (or set it in `JAVA_TOOL_OPTIONS`) so the heap uses the limit and leaves room for the rest of the JVM.',
    addMaxRamPercentage: 'Add `-XX:MaxRAMPercentage=75`',
  },
  docs: {
    summary: 'Flags a Java application started by CMD or ENTRYPOINT without memory options sized for the container.',
    why:
      'A modern JVM sees the container\'s memory limit, but sizes its heap to a quarter of it: a service given 2 GiB runs ' +
      'with a 512 MiB heap, collects garbage constantly and throws OutOfMemoryError while most of the limit sits unused. ' +
      'People then raise the limit, or set a fixed `-Xmx` that no longer fits when the limit changes and gets the ' +
      'container OOM-killed (exit code 137). `-XX:MaxRAMPercentage=75` sizes the heap from the limit and leaves a quarter ' +
      'for metaspace, thread stacks and native memory.',
    bad: ['FROM eclipse-temurin:21-jre\nCOPY app.jar /app.jar\nENTRYPOINT ["java", "-jar", "/app.jar"]'],
    good: [
      'FROM eclipse-temurin:21-jre\nCOPY app.jar /app.jar\nENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app.jar"]',
      'FROM eclipse-temurin:21-jre\nENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"\nCOPY app.jar /app.jar\nENTRYPOINT ["java", "-jar", "/app.jar"]',
      'FROM eclipse-temurin:21-jre\nCOPY app.jar /app.jar\nENTRYPOINT exec java $JAVA_OPTS -jar /app.jar',
    ],
    fixSafety:
      'Unsafe: the heap grows to three quarters of the limit, which changes memory use and garbage collection, and Java 8 ' +
      'before update 191 does not know the option and refuses to start.',
    references: ['https://docs.oracle.com/en/java/javase/21/docs/specs/man/java.html#extra-options-for-java', 'https://docs.docker.com/reference/dockerfile/#entrypoint'],
  },
  check({ dockerfile, report }) {
    const final = dockerfile.stages[dockerfile.stages.length - 1];
    if (!final || setsJvmMemoryInEnv(final, dockerfile)) return;
    const entrypoint = lastOf(final, 'ENTRYPOINT');
    const cmd = lastOf(final, 'CMD');
    const commands = (i: DockerInstruction | undefined) => (i ? commandsOf(i, dockerfile.text, dockerfile.escapeChar).commands : []);
    // An exec-form ENTRYPOINT gets an exec-form CMD as its arguments; a shell-form ENTRYPOINT ignores CMD.
    const cmdArgs = entrypoint?.form === 'exec' && cmd?.form === 'exec' ? commands(cmd).flatMap((c) => c.words) : [];
    const launches = [
      ...commands(entrypoint).map((c) => ({ words: [...c.words, ...cmdArgs], form: entrypoint?.form })),
      ...commands(cmd).map((c) => ({ words: c.words, form: cmd?.form })),
    ];
    for (const { words, form } of launches) {
      const java = javaLaunch(words);
      if (!java) continue;
      report({
        messageId: 'noMemoryFlags',
        span: java.span,
        fixes: [{ messageId: 'addMaxRamPercentage', safety: 'unsafe', edits: [insert(java.span.end, form === 'exec' ? `, "${FLAG}"` : ` ${FLAG}`)] }],
      });
      return;
    }
  },
});

/** The `java` word of a command that launches an application without memory options; undefined otherwise. */
function javaLaunch(words: ShellWord[]): ShellWord | undefined {
  if (words.length === 0) return undefined;
  const program = programOf({ words, separator: undefined, span: words[0].span });
  if (program?.name !== 'java') return undefined;
  const args = words.slice(program.argsIndex);
  if (!args.some((w) => LAUNCH_ARGS.has(w.value))) return undefined;
  // `$JAVA_OPTS` and the like: the options come from the environment at run time.
  if (args.some((w) => MEMORY_FLAG.test(w.value) || (w.dynamic && /OPT/i.test(w.value)))) return undefined;
  return words[program.argsIndex - 1];
}

function lastOf(stage: Stage, keyword: string): DockerInstruction | undefined {
  for (let s: Stage | undefined = stage; s; s = s.baseStage) {
    const found = s.instructions.filter((i) => i.keyword === keyword);
    if (found.length > 0) return found[found.length - 1];
  }
  return undefined;
}

function setsJvmMemoryInEnv(stage: Stage, dockerfile: DockerfileModel): boolean {
  for (let s: Stage | undefined = stage; s; s = s.baseStage) {
    for (const instruction of s.instructions) {
      if (instruction.keyword !== 'ENV') continue;
      for (const pair of keyValuePairsOf(instruction, dockerfile)) {
        if (JVM_OPTION_VARIABLES.has(pair.key) && (pair.value ?? '').split(/\s+/).some((o) => MEMORY_FLAG.test(o))) return true;
      }
    }
  }
  return false;
}
