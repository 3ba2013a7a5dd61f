/** Windows container images: their users are names (`ContainerUser`), their paths drive letters, their shell cmd. */
import type { ImageRef } from '../parse/dockerfile';

const WINDOWS = /(^|\/)windows\/|nanoserver|servercore|windowsservercore|(^|[-_])ltsc\d{4}/i;

export function isWindowsImage(image: ImageRef): boolean {
  return WINDOWS.test(`${image.name}:${image.tag ?? ''}`);
}
