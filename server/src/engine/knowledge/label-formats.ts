/** Value formats a label schema can ask for (hadolint's `label-schema` types), and the formats OCI defines for its labels. */
import parseSpdx from 'spdx-expression-parse';

export type LabelFormat = 'text' | 'url' | 'spdx' | 'rfc3339' | 'hash' | 'semver' | 'email';

export const LABEL_FORMATS: Record<LabelFormat, { description: string; matches(value: string): boolean }> = {
  text: { description: 'text', matches: () => true },
  url: { description: 'an absolute URL', matches: (v) => /^[a-z][a-z0-9+.-]*:[^\s]+$/i.test(v) },
  spdx: { description: 'an SPDX license expression (`MIT`, `Apache-2.0 OR MIT`)', matches: isSpdxExpression },
  rfc3339: { description: 'an RFC 3339 timestamp (`2024-05-01T12:00:00Z`)', matches: isRfc3339 },
  hash: { description: 'a Git commit hash (7, 40 or 64 lower-case hex digits)', matches: (v) => /^([0-9a-f]{7}|[0-9a-f]{40}|[0-9a-f]{64})$/.test(v) },
  semver: {
    description: 'a semantic version (`1.4.2`, `2.0.0-rc.1`)',
    matches: (v) => /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-(0|[1-9]\d*|\d*[a-z-][0-9a-z-]*)(\.(0|[1-9]\d*|\d*[a-z-][0-9a-z-]*))*)?(\+[0-9a-z-]+(\.[0-9a-z-]+)*)?$/i.test(v),
  },
  email: { description: 'an email address', matches: (v) => /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/.test(v) },
};

export function isLabelFormat(value: unknown): value is LabelFormat {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(LABEL_FORMATS, value);
}

/** The OCI image annotations with a defined format; they are checked when present, even without a configured schema. */
export const OCI_LABEL_FORMATS: Record<string, LabelFormat> = {
  'org.opencontainers.image.created': 'rfc3339',
  'org.opencontainers.image.url': 'url',
  'org.opencontainers.image.source': 'url',
  'org.opencontainers.image.documentation': 'url',
  'org.opencontainers.image.licenses': 'spdx',
};

function isSpdxExpression(value: string): boolean {
  try {
    parseSpdx(value);
    return true;
  } catch {
    return false;
  }
}

function isRfc3339(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-](\d{2}):(\d{2}))$/.exec(value);
  if (!m) return false;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const offsetOk = m[9] === undefined || (Number(m[9]) < 24 && Number(m[10]) < 60);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth && hour < 24 && minute < 60 && second <= 60 && offsetOk;
}
