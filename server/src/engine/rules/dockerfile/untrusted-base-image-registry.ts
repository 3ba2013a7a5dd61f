import { defineRule } from '../../define';
import { globalArgsOf } from '../../parse/variables';
import { resolveBaseImage } from '../../parse/image-reference';

type MessageId = 'untrusted';

/** Names Docker Hub goes by; an image without a registry host comes from there. */
const DOCKER_HUB = ['docker.io', 'index.docker.io', 'registry-1.docker.io', 'hub.docker.com'];

export default defineRule<MessageId>({
  id: 'untrusted-base-image-registry',
  language: 'dockerfile',
  aliases: ['DL3026'],
  category: 'security',
  severity: 'error',
  enabledByDefault: false,
  fixable: 'never',
  messages: {
    untrusted: '`{{image}}` comes from `{{registry}}`, which is not in the trusted registries ({{trusted}}). Pull base images only from registries you trust.',
  },
  docs: {
    summary: 'Flags base images pulled from a registry outside a configured allow-list.',
    why:
      'A base image runs with full control of the build and ends up in every container you ship. Teams that mirror and ' +
      'scan their images in a private registry want every FROM to go through it: an image pulled straight from an ' +
      'unknown registry bypasses those checks and is an easy supply-chain entry point.',
    bad: ['FROM quay.io/example/app:1.0\nCMD ["app"]'],
    good: ['FROM node:20-alpine\nCMD ["node"]', 'FROM golang:1.22 AS build\nFROM build'],
    differences:
      'Off until enabled. The allow-list comes from the `trustedRegistries` option (or hadolint\'s `trustedRegistries` in ' +
      '`.hadolint.yaml`); enabled without a list, only Docker Hub is trusted. Entries may start with `*.` to trust every ' +
      'subdomain. Images named by an ARG without a default are not checked, since their registry is chosen at build time.',
    references: ['https://docs.docker.com/reference/dockerfile/#from'],
  },
  check({ dockerfile, options, report }) {
    const configured = Array.isArray(options.trustedRegistries) ? options.trustedRegistries.filter((r): r is string => typeof r === 'string') : ['docker.io'];
    const trusted = configured.map((r) => r.toLowerCase());
    const isTrusted = (registry: string) =>
      trusted.some((t) => t === registry || (t.startsWith('*.') && registry.endsWith(t.slice(1)))) ||
      (DOCKER_HUB.includes(registry) && trusted.some((t) => DOCKER_HUB.includes(t)));
    const globals = globalArgsOf(dockerfile);
    for (const stage of dockerfile.stages) {
      const resolved = resolveBaseImage(dockerfile, stage, globals);
      if (!resolved) continue;
      const registry = (resolved.parts.registry ?? 'docker.io').toLowerCase();
      if (isTrusted(registry)) continue;
      const image = stage.image!;
      const span = !resolved.substituted && resolved.parts.registry ? { start: image.span.start, end: image.span.start + resolved.parts.registry.length } : image.span;
      report({ messageId: 'untrusted', data: { image: resolved.text, registry, trusted: configured.join(', ') || 'none' }, span });
    }
  },
});
