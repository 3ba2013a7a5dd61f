/** Where a rule's documentation lives; the diagnostic's `codeDescription` and the CLI's SARIF link here. */
export const REPOSITORY_URL = 'https://github.com/shipshape-dev/shipshape';

export function ruleDocsUrl(ruleId: string): string {
  return `${REPOSITORY_URL}/blob/main/docs/rules/${ruleId}.md`;
}
