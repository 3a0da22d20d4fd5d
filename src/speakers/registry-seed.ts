// Reading a registry file (the seed format) for import: parse, validate, hash. Shared by the CLI
// import and the service's startup import of the bundled seed.
import { sha256 } from '../common/hash';
import { readFileSync } from 'fs';
import type { RegistryEntry } from '../speaker-registry/registry-types';
import { validateSeed } from '../speaker-registry/registry-types';

export class RegistryFileError extends Error {}

export interface RegistryFile {
  entries: RegistryEntry[];
  contentHash: string;
}

export function readRegistryFile(path: string): RegistryFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new RegistryFileError(`cannot read ${path}: ${(err as Error).message}`);
  }
  return parseRegistryText(text, path);
}

export function parseRegistryText(text: string, where: string): RegistryFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new RegistryFileError(`${where} is not valid JSON: ${(err as Error).message}`);
  }
  const { entries, errors } = validateSeed(data);
  if (errors.length) {
    const more = errors.length > 5 ? ` (and ${errors.length - 5} more)` : '';
    throw new RegistryFileError(`${where}: ${errors.slice(0, 5).join('; ')}${more}`);
  }
  if (!entries.length) throw new RegistryFileError(`${where} holds no speakers`);
  return { entries, contentHash: sha256(text) };
}
