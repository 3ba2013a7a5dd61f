import { defineRule, type DockerfileRuleContext } from '../../define';
import type { DockerfileModel, Stage } from '../../parse/dockerfile';
import { keyValuePairsOf, type KeyValuePair } from '../../parse/key-value-pairs';
import { resolveStageReference } from '../../parse/stage-refs';
import { isLabelFormat, LABEL_FORMATS, OCI_LABEL_FORMATS, type LabelFormat } from '../../knowledge/label-formats';

type MessageId = 'missing' | 'superfluous' | 'empty' | 'badFormat';

export default defineRule<MessageId>({
  id: 'label-schema',
  language: 'dockerfile',
  aliases: ['DL3049', 'DL3050', 'DL3051', 'DL3052', 'DL3053', 'DL3054', 'DL3055', 'DL3056', 'DL3058'],
  category: 'maintainability',
  severity: 'warning',
  enabledByDefault: false,
  fixable: 'never',
  messages: {
    missing: 'This image stage lacks {{labels}}, which the label schema requires.',
    superfluous: 'Label `{{key}}` is not in the label schema, and `strictLabels` allows no others.',
    empty: 'Label `{{key}}` is empty; the label schema expects {{format}}.',
    badFormat: 'Label `{{key}}` should be {{format}}, not `{{value}}`.',
  },
  docs: {
    summary: 'Checks LABELs against a label schema: required labels present, values in the declared format, nothing extra when strict.',
    why:
      'Labels are how registries, scanners and deploy tooling find an image\'s source, version, licence and owner. A ' +
      'pipeline that relies on `org.opencontainers.image.revision` breaks quietly when one Dockerfile forgets it or puts a ' +
      'branch name there. A schema turns the team\'s labelling convention into a check. The option `labelSchema` maps each ' +
      'label to a format (`text`, `url`, `spdx`, `rfc3339`, `hash`, `semver`, `email`): every image stage must set those ' +
      'labels with valid values. `strictLabels: true` also rejects labels the schema does not list. Without a schema the ' +
      'rule only checks the formats of the OCI labels that define one (`created`, `url`, `source`, `documentation`, `licenses`).',
    bad: [
      'FROM alpine:3.20\nLABEL org.opencontainers.image.created="yesterday" org.opencontainers.image.licenses="Apache 2"',
    ],
    good: [
      'FROM alpine:3.20\nLABEL org.opencontainers.image.created="2024-05-01T12:00:00Z" org.opencontainers.image.licenses="Apache-2.0"',
    ],
    differences:
      'hadolint reports these checks as DL3049–DL3056 and DL3058, with severities from info to warning; Shipshape makes them one rule ' +
      '(all codes are aliases) at warning level, checks only stages that are images of their own (not stages used as a ' +
      'base or a `COPY --from` source), accepts SPDX expressions (`MIT OR Apache-2.0`) and 64-digit SHA-256 commit hashes, ' +
      'and checks OCI label formats even without a schema. Values with variables are not checked.',
    references: ['https://github.com/opencontainers/image-spec/blob/main/annotations.md', 'https://docs.docker.com/reference/dockerfile/#label'],
  },
  check({ dockerfile, report, options }) {
    const schema = schemaFrom(options.labelSchema);
    const strict = options.strictLabels === true && schema !== undefined;
    const formats = schema ?? OCI_LABEL_FORMATS;
    for (const instruction of dockerfile.instructions) {
      if (instruction.keyword !== 'LABEL') continue;
      for (const pair of keyValuePairsOf(instruction, dockerfile)) {
        const format = formats[pair.key];
        if (format === undefined) {
          if (strict && !pair.key.includes('$')) report({ messageId: 'superfluous', data: { key: pair.key }, span: pair.keySpan });
          continue;
        }
        checkValue(pair, format, report);
      }
    }
    if (!schema) return;
    for (const stage of imageStages(dockerfile)) {
      const present = labelsOf(stage, dockerfile);
      const missing = Object.keys(schema).filter((label) => !present.has(label));
      if (missing.length === 0) continue;
      report({ messageId: 'missing', data: { labels: missing.map((l) => `\`${l}\``).join(', ') }, span: stage.image?.span ?? stage.from.keywordSpan });
    }
  },
});

/** The configured schema, keeping only entries with a known format; undefined when none is configured. */
function schemaFrom(option: unknown): Record<string, LabelFormat> | undefined {
  if (typeof option !== 'object' || option === null) return undefined;
  const entries = Object.entries(option).filter((entry): entry is [string, LabelFormat] => isLabelFormat(entry[1]));
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

function checkValue(pair: KeyValuePair, format: LabelFormat, report: DockerfileRuleContext<MessageId>['report']): void {
  const value = pair.value ?? '';
  const span = pair.valueSpan ?? pair.keySpan;
  const description = LABEL_FORMATS[format].description;
  if (value.trim() === '') report({ messageId: 'empty', data: { key: pair.key, format: description }, span });
  else if (!value.includes('$') && !LABEL_FORMATS[format].matches(value)) report({ messageId: 'badFormat', data: { key: pair.key, format: description, value }, span });
}

/** Stages that are images of their own: not the base of another stage, nor a `COPY --from` / `--mount from=` source. */
function imageStages(dockerfile: DockerfileModel): Stage[] {
  const used = new Set<Stage>();
  for (const stage of dockerfile.stages) {
    if (stage.baseStage) used.add(stage.baseStage);
    for (const instruction of stage.instructions) {
      const refs = instruction.flags.flatMap((f) => {
        const name = f.name.toLowerCase();
        if (name === 'from') return f.value ? [f.value] : [];
        if (name === 'mount') return f.options.filter((o) => o.name === 'from' && o.value).map((o) => o.value as string);
        return [];
      });
      for (const ref of refs) {
        const reference = resolveStageReference(dockerfile, ref);
        if (reference.kind === 'stage') used.add(reference.stage);
      }
    }
  }
  return dockerfile.stages.filter((s) => !used.has(s) || s === dockerfile.stages[dockerfile.stages.length - 1]);
}

function labelsOf(stage: Stage, dockerfile: DockerfileModel): Set<string> {
  const labels = new Set<string>();
  for (let s: Stage | undefined = stage; s; s = s.baseStage) {
    for (const instruction of s.instructions) {
      if (instruction.keyword === 'LABEL') for (const pair of keyValuePairsOf(instruction, dockerfile)) labels.add(pair.key);
    }
  }
  return labels;
}
