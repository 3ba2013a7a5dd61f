/** Full toolchain (SDK) images, the commands that build an application with them, and the runtime images to ship instead. */
import type { ImageRef } from '../parse/dockerfile';

export interface Toolchain {
  name: string;
  /** What to ship the build result on. */
  runtime: string;
}

const GO: Toolchain = { name: 'Go', runtime: '`gcr.io/distroless/static-debian12` (or `scratch`) for a static binary' };
const RUST: Toolchain = { name: 'Rust', runtime: '`gcr.io/distroless/cc-debian12` or `debian:bookworm-slim`' };
const JAVA: Toolchain = { name: 'JDK', runtime: 'a JRE image such as `eclipse-temurin:21-jre`' };
const DOTNET: Toolchain = { name: '.NET SDK', runtime: '`mcr.microsoft.com/dotnet/aspnet` or `mcr.microsoft.com/dotnet/runtime`' };

/** JDK images unless the tag names a JRE. */
const JDK_IMAGES = new Set(['maven', 'gradle', 'openjdk', 'eclipse-temurin', 'amazoncorretto', 'sapmachine', 'ibm-semeru-runtimes', 'azul/zulu-openjdk', 'bellsoft/liberica-openjdk-debian', 'bellsoft/liberica-openjdk-alpine']);

/** The toolchain a base image carries in full, if it is an SDK image. */
export function toolchainOf(image: ImageRef): Toolchain | undefined {
  const registry = (image.registry ?? '').toLowerCase();
  const name = image.name.toLowerCase().replace(/^library\//, '');
  const tag = (image.tag ?? '').toLowerCase();
  if (registry === 'mcr.microsoft.com' && name === 'dotnet/sdk') return DOTNET;
  if (registry && registry !== 'docker.io') return undefined;
  if (name === 'golang') return GO;
  if (name === 'rust') return RUST;
  if (JDK_IMAGES.has(name) && !/jre/.test(tag)) return JAVA;
  return undefined;
}

/** Programs and the sub-commands that compile or package an application (not those that install a tool). */
const BUILD_COMMANDS: Record<string, RegExp> = {
  go: /^build$/,
  cargo: /^build$/,
  mvn: /^(package|install|verify|compile)$/,
  mvnw: /^(package|install|verify|compile)$/,
  gradle: /^(build|assemble|jar|bootJar|bootWar|shadowJar|installDist)$/,
  gradlew: /^(build|assemble|jar|bootJar|bootWar|shadowJar|installDist)$/,
  dotnet: /^(publish|build)$/,
  javac: /./,
};

/** Whether `program args…` builds the application. */
export function isBuildCommand(program: string, args: readonly string[]): boolean {
  const goal = BUILD_COMMANDS[program];
  return goal !== undefined && args.some((a) => !a.startsWith('-') && goal.test(a));
}
