/** Hover on a Compose key: what it does, its production pitfall and an example, else the schema's description. */
import type { Span } from '../../model';
import type { ComposeModel } from '../model';
import type { PathSegment } from '../paths';
import { nodeAtOffset } from '../paths';
import { descriptionAt } from '../schema/navigate';
import { composeKeyDocs, type ComposeKeyDoc } from '../../hover/compose-docs';
import { spanOf } from '../yaml-nodes';
import { logicalPathOf } from './logical-path';

/** Parent paths (`*` any name, `#` any list index) and the docs section their keys belong to. */
const SECTIONS: [pattern: string, section: string, label: string][] = [
  ['', 'top', 'top-level key'],
  ['services/*', 'service', 'service key'],
  ['services/*/build', 'build', 'build key'],
  ['services/*/build/secrets/#', 'serviceSecret', 'build secret key'],
  ['services/*/deploy', 'deploy', 'deploy key'],
  ['services/*/deploy/resources', 'resources', 'deploy.resources key'],
  ['services/*/deploy/resources/limits', 'resourceAmounts', 'resource limit'],
  ['services/*/deploy/resources/reservations', 'resourceAmounts', 'resource reservation'],
  ['services/*/deploy/resources/reservations/devices/#', 'device', 'device request key'],
  ['services/*/deploy/restart_policy', 'restartPolicy', 'restart_policy key'],
  ['services/*/deploy/update_config', 'updateConfig', 'update_config key'],
  ['services/*/deploy/rollback_config', 'updateConfig', 'rollback_config key'],
  ['services/*/deploy/placement', 'placement', 'placement key'],
  ['services/*/gpus/#', 'device', 'GPU request key'],
  ['services/*/healthcheck', 'healthcheck', 'healthcheck key'],
  ['services/*/depends_on/*', 'dependsOn', 'depends_on key'],
  ['services/*/networks/*', 'serviceNetwork', 'service network key'],
  ['services/*/volumes/#', 'serviceVolume', 'mount key'],
  ['services/*/volumes/#/bind', 'serviceVolume', 'bind mount option'],
  ['services/*/volumes/#/volume', 'serviceVolume', 'volume mount option'],
  ['services/*/volumes/#/tmpfs', 'serviceVolume', 'tmpfs mount option'],
  ['services/*/volumes/#/image', 'serviceVolume', 'image mount option'],
  ['services/*/ports/#', 'port', 'port key'],
  ['services/*/secrets/#', 'serviceSecret', 'service secret key'],
  ['services/*/configs/#', 'serviceSecret', 'service config key'],
  ['services/*/logging', 'logging', 'logging key'],
  ['services/*/develop', 'develop', 'develop key'],
  ['services/*/develop/watch/#', 'watch', 'watch rule key'],
  ['services/*/develop/watch/#/exec', 'hook', 'watch exec key'],
  ['services/*/post_start/#', 'hook', 'post_start hook key'],
  ['services/*/pre_stop/#', 'hook', 'pre_stop hook key'],
  ['services/*/pre_start/#', 'hook', 'pre_start step key'],
  ['services/*/extends', 'extends', 'extends key'],
  ['services/*/env_file/#', 'envFile', 'env_file key'],
  ['services/*/provider', 'provider', 'provider key'],
  ['services/*/blkio_config', 'blkio', 'blkio_config key'],
  ['services/*/credential_spec', 'credentialSpec', 'credential_spec key'],
  ['services/*/models/*', 'model', 'service model key'],
  ['networks/*', 'network', 'network key'],
  ['networks/*/ipam', 'network', 'ipam key'],
  ['volumes/*', 'volume', 'volume key'],
  ['secrets/*', 'secret', 'secret key'],
  ['configs/*', 'secret', 'config key'],
  ['models/*', 'model', 'model key'],
  ['include/#', 'include', 'include key'],
];

function matches(pattern: string, path: readonly PathSegment[]): boolean {
  const parts = pattern === '' ? [] : pattern.split('/');
  return parts.length === path.length && parts.every((p, i) => (p === '#' ? typeof path[i] === 'number' : p === '*' ? typeof path[i] === 'string' : p === path[i]));
}

/** Our docs for a key, given the logical path of the mapping it is in. */
export function keyDocOf(parent: readonly PathSegment[], key: string): { doc: ComposeKeyDoc; label: string } | undefined {
  for (const [pattern, section, label] of SECTIONS) {
    if (!matches(pattern, parent)) continue;
    const doc = composeKeyDocs[section]?.[key];
    if (doc) return { doc, label };
  }
  return undefined;
}

export function keyMarkdown(key: string, found: { doc: ComposeKeyDoc; label: string } | undefined, fallback: string | undefined): string | undefined {
  if (!found) return fallback ? `**\`${key}\`**\n\n${fallback}` : undefined;
  const { doc, label } = found;
  return [`**\`${key}\`** · ${label}`, '', doc.summary, ...(doc.pitfall ? ['', `**In production:** ${doc.pitfall}`] : []), '', '```yaml', doc.example, '```'].join('\n');
}

export function composeHover(model: ComposeModel, offset: number): { markdown: string; span: Span } | undefined {
  const at = nodeAtOffset(model.root ?? null, offset);
  if (!at?.onKey || !at.key) return undefined;
  const path = logicalPathOf(model, at.key) ?? at.path;
  const key = String(path[path.length - 1]);
  const markdown = keyMarkdown(key, keyDocOf(path.slice(0, -1), key), descriptionAt(path));
  return markdown ? { markdown, span: spanOf(at.key)! } : undefined;
}
