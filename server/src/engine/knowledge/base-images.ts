/** What we know of well-known base images: their OS family and the user they run as. */
import type { ImageRef } from '../parse/dockerfile';

export type ImageFamily = 'alpine' | 'debian' | 'rhel' | 'distroless' | 'scratch' | 'unknown';

/** Official images built on Debian or Ubuntu unless their tag names another base. */
const DEBIAN_BASED = new Set([
  'debian', 'ubuntu', 'node', 'python', 'ruby', 'golang', 'openjdk', 'eclipse-temurin', 'amazoncorretto', 'php', 'perl', 'rust',
  'maven', 'gradle', 'elixir', 'erlang', 'haskell', 'julia', 'r-base', 'buildpack-deps', 'nginx', 'httpd', 'postgres', 'redis',
  'mysql', 'mariadb', 'mongo', 'rabbitmq', 'tomcat', 'jetty', 'swift', 'clojure', 'gcc', 'bash',
]);
const RHEL_LIKE = /^(fedora|centos|rockylinux|almalinux|amazonlinux|oraclelinux|(redhat\/)?ubi\d*(-minimal|-micro|-init)?|rhel\d*)$/;
const DEBIAN_TAG = /(bookworm|bullseye|buster|trixie|stretch|jammy|focal|noble|bionic|slim)/;

/** Repository name without `library/` and registry, lower-case. */
function shortName(image: ImageRef): string {
  return image.name.toLowerCase().replace(/^library\//, '');
}

export function imageFamilyOf(image: ImageRef): ImageFamily {
  const name = shortName(image);
  const tag = (image.tag ?? '').toLowerCase();
  const registry = (image.registry ?? '').toLowerCase();
  if (name === 'scratch') return 'scratch';
  if ((registry === 'gcr.io' && name.startsWith('distroless/')) || registry === 'cgr.dev' || tag.includes('chiseled')) return 'distroless';
  if (tag.includes('alpine') || name === 'alpine' || name === 'busybox' || name.endsWith('/alpine')) return 'alpine';
  if (RHEL_LIKE.test(name) || name.startsWith('ubi')) return 'rhel';
  if (DEBIAN_TAG.test(tag) || DEBIAN_BASED.has(name) || name.endsWith('/debian') || name.endsWith('/ubuntu')) return 'debian';
  return 'unknown';
}

/**
 * Images whose default user is not root: distroless `nonroot` tags, Chainguard images, chiseled .NET images,
 * and a few well-known images that switch users in their own Dockerfile.
 */
export function runsAsNonRootByDefault(image: ImageRef): boolean {
  const name = shortName(image);
  const tag = (image.tag ?? '').toLowerCase();
  const registry = (image.registry ?? '').toLowerCase();
  if (tag.includes('nonroot') || tag.includes('rootless')) return true;
  if (registry === 'cgr.dev' && !tag.includes('dev')) return true;
  if (tag.includes('chiseled')) return true;
  if (name.endsWith('-unprivileged') || name.startsWith('bitnami/')) return true;
  return ['jenkins/jenkins', 'grafana/grafana', 'sonarqube', 'prom/prometheus', 'prom/alertmanager', 'prom/node-exporter'].includes(name);
}

/** An unprivileged account an image ships but does not switch to (the official node images have `node`, 1000:1000). */
export function builtInUserOf(image: ImageRef): { name: string; uid: number; gid: number } | undefined {
  return shortName(image) === 'node' ? { name: 'node', uid: 1000, gid: 1000 } : undefined;
}
