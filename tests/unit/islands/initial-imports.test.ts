import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// What an island loads before the visitor does anything: its static value imports, followed
// through the source (type-only imports and `import()` are left out: they cost no JS up front).
// The bench measures the bytes; this proves, with no build, that the barrel and ky stay out.
const src = resolve(dirname(fileURLToPath(import.meta.url)), '../../../src');
const STATIC = /^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\bfrom\s+)?['"]([^'"]+)['"]/gm;

function fileOf(spec: string, from: string): string | null {
  const base = spec.startsWith('~/') ? join(src, spec.slice(2)) : spec.startsWith('.') ? resolve(dirname(from), spec) : null;
  if (!base) return null;
  return [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((f) => existsSync(f) && statSync(f).isFile()) ?? null;
}

/** Every source file and package reached from `entry` by static value imports. */
function staticGraph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(STATIC)) {
      if (!spec) continue;
      const next = fileOf(spec, file);
      if (next) visit(next);
      else if (!spec.startsWith('.') && !spec.startsWith('~/'))
        packages.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : (spec.split('/')[0] ?? spec));
    }
  };
  visit(join(src, entry));
  return { files, packages };
}

const rel = (files: Set<string>) => [...files].map((f) => f.slice(src.length + 1));

describe('what an island loads before the first click', () => {
  const wizard = staticGraph('islands/WizardIsland.tsx');
  const live = staticGraph('islands/wizard/live-wizard.ts');
  const form = staticGraph('islands/wizard/CheckForm.tsx');
  const tool = staticGraph('islands/tools/TokenCheck.tsx');

  it('finds the island modules it walks (the walk itself works)', () => {
    expect(rel(wizard.files)).toContain('islands/wizard/LazyCheckForm.tsx');
    expect(rel(form.files)).toEqual(expect.arrayContaining(['islands/tools/token-form/draft.ts', 'probes/plan.ts']));
    expect(tool.packages).toContain('preact');
    // A tool that still takes its probe from the barrel is seen to (so the checks below can fail).
    const refresh = staticGraph('islands/tools/RefreshTest.tsx');
    expect(rel(refresh.files)).toContain('probes/index.ts');
    expect(refresh.packages).toContain('ky');
  });

  it('loads XState and the machine only when the visitor reaches for the wizard', () => {
    expect(rel(live.files)).toEqual(expect.arrayContaining(['wizards/engine/machine.ts', 'islands/wizard/session.ts']));
    expect(live.packages).toContain('xstate');
    expect(wizard.packages).not.toContain('xstate');
    expect(rel(wizard.files)).not.toContain('wizards/engine/machine.ts');
  });

  it('gives the wizard page its tree as data: no wizard, no registry, no support report up front', () => {
    const files = rel([...wizard.files, ...live.files].reduce((set, f) => set.add(f), new Set<string>()));
    expect(files.filter((f) => /^wizards\/(?!engine\/)/.test(f))).toEqual([]);
    expect(files).not.toContain('lib/support-report.ts');
    expect(files).not.toContain('islands/wizard/report.ts');
  });

  it('keeps the wizard page free of the check form, the probes barrel and ky', () => {
    expect(rel(wizard.files)).not.toContain('islands/wizard/CheckForm.tsx');
    expect(rel(wizard.files)).not.toContain('probes/index.ts');
    expect(wizard.packages).not.toContain('ky');
  });

  it('builds the check form and its request preview without the barrel, the client or ky', () => {
    for (const graph of [form, tool]) {
      expect(rel(graph.files)).not.toContain('probes/index.ts');
      expect(rel(graph.files)).not.toContain('probes/client.ts');
      expect(rel(graph.files)).not.toContain('probes/check-token.ts');
      expect(graph.packages).not.toContain('ky');
    }
  });
});
