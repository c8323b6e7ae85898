import { readBuilt } from './pages';

export interface CatalogStep {
  readonly wizard: string;
  readonly id: string;
  readonly kind: string;
}

type Json = unknown;
const isRecord = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Entries of a list, or of a map keyed by id (the id is filled in from the key). */
function entries(value: Json): Record<string, Json>[] {
  if (Array.isArray(value)) return value.filter(isRecord);
  if (isRecord(value))
    return Object.entries(value)
      .filter(([, v]) => isRecord(v))
      .map(([id, v]) => ({ id, ...(v as object) }));
  return [];
}

/**
 * Every wizard step listed in the built `/wizards/catalog.json`, or `undefined` while the catalog
 * is not built yet. Reads `{ wizards: [...] }` or a bare list/map of wizards, and each wizard's
 * `steps` as a list or a map keyed by step id, so the catalog's exact nesting can settle freely.
 */
export function catalogSteps(): CatalogStep[] | undefined {
  const text = readBuilt('wizards/catalog.json');
  if (text === undefined) return undefined;
  const catalog: Json = JSON.parse(text);
  const wizards = entries(isRecord(catalog) && 'wizards' in catalog ? catalog['wizards'] : catalog);
  return wizards.flatMap((wizard) =>
    entries(wizard['steps']).map((step) => ({
      wizard: String(wizard['id']),
      id: String(step['id']),
      kind: String(step['kind'] ?? ''),
    })),
  );
}
