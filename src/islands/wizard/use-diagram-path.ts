import { useEffect } from 'preact/hooks';
import type { AnswerRecord } from '~/wizards/engine/types';
import { pathOf } from '~/wizards/engine/jump';

/**
 * Marks the visitor's path on the build-time diagram (`[data-diagram]`, outside the island): the
 * boxes and arrows passed through get `is-on-path`, the current box `aria-current="step"`. Also
 * shows the "it scrolls" hint only while the diagram is wider than its column.
 */
export function useDiagramPath(wizard: string, answers: readonly AnswerRecord[], step: string): void {
  useEffect(() => {
    const figure = document.querySelector(`[data-diagram="${wizard}"]`);
    if (!figure) return;
    const { steps, edges } = pathOf(answers, step);
    for (const box of figure.querySelectorAll('[data-diagram-step]')) {
      const id = box.getAttribute('data-diagram-step') ?? '';
      box.classList.toggle('is-on-path', steps.has(id));
      if (id === step) box.setAttribute('aria-current', 'step');
      else box.removeAttribute('aria-current');
    }
    for (const edge of figure.querySelectorAll('[data-edge]')) edge.classList.toggle('is-on-path', edges.has(edge.getAttribute('data-edge') ?? ''));
  }, [wizard, answers, step]);

  useEffect(() => {
    const figure = document.querySelector(`[data-diagram="${wizard}"]`);
    const scroller = figure?.querySelector('.wizard-diagram-scroll');
    const hint = figure?.querySelector<HTMLElement>('[data-diagram-hint]');
    if (!scroller || !hint) return;
    const update = () => (hint.hidden = scroller.scrollWidth <= scroller.clientWidth + 1);
    update();
    const observer = new ResizeObserver(update);
    observer.observe(scroller);
    return () => observer.disconnect();
  }, [wizard]);
}
