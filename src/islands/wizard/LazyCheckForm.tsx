import { useEffect, useState } from 'preact/hooks';
import type { CheckForm as CheckFormComponent } from '~/islands/wizard/CheckForm';

type Props = Parameters<typeof CheckFormComponent>[0];

/** The form module once loaded: later check steps on the page render it at once. */
let loaded: typeof CheckFormComponent | null = null;

/** Loads the form module now (server-side rendering and tests render a check step in one pass). */
export async function preloadCheckForm(): Promise<void> {
  loaded = (await import('~/islands/wizard/CheckForm')).CheckForm;
}

/**
 * The live-check form, fetched only when a check step is shown: most visitors answer by hand and
 * never need the form, its request preview or the input rules behind it, so the wizard page does
 * not load them up front. The answers by hand sit above the form and work while it loads; the
 * form's Run button is its own (disabled until it has hydrated), so no click is lost.
 */
export function LazyCheckForm(props: Props) {
  const [Form, setForm] = useState(() => loaded);
  useEffect(() => {
    if (Form) return;
    let live = true;
    void import('~/islands/wizard/CheckForm').then((module) => {
      loaded = module.CheckForm;
      if (live) setForm(() => module.CheckForm);
    });
    return () => {
      live = false;
    };
  }, [Form]);
  return Form ? <Form {...props} /> : <div class="wizard-check-loading" data-check-form-loading aria-busy="true" />;
}
