/** Which Compose-aware extensions are installed, so the server can leave to them what they already report. */
import * as vscode from 'vscode';
import { OTHER_EXTENSION_IDS, type OtherExtensions } from '../../../shared/protocol';

export function detectOtherExtensions(): OtherExtensions {
  const installed = (ids: readonly string[]) => ids.some((id) => vscode.extensions.getExtension(id) !== undefined);
  return {
    redHatYaml: installed(OTHER_EXTENSION_IDS.redHatYaml),
    dockerDx: installed(OTHER_EXTENSION_IDS.dockerDx),
    containerTools: installed(OTHER_EXTENSION_IDS.containerTools),
  };
}

/** Calls `changed` with the new set whenever extensions are installed, enabled, disabled or removed. */
export function onOtherExtensionsChanged(changed: (others: OtherExtensions) => void): vscode.Disposable {
  let last = JSON.stringify(detectOtherExtensions());
  return vscode.extensions.onDidChange(() => {
    const others = detectOtherExtensions();
    if (JSON.stringify(others) === last) return;
    last = JSON.stringify(others);
    changed(others);
  });
}
