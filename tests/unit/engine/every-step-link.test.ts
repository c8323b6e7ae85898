import { describe, expect, test } from 'vitest';
import { resolveLink } from '~/wizards/engine/deep-link';
import { shortestPath } from '~/wizards/engine/paths';
import { wizards } from '~/wizards/registry';

/**
 * Every step of every real wizard opens from its `#<step-id>` link, with the shortest path of
 * answers as its breadcrumb. The browser then opens one step of each kind per wizard to prove the
 * island reads the hash on load; the resolution itself is proven here for all of them.
 */
for (const wizard of wizards) {
  const tree = wizard.tree;
  describe(`${wizard.id}: every step's deep link`, () => {
    for (const step of Object.keys(tree.steps)) {
      test(`#${step} opens ${step} after its shortest path`, () => {
        expect(resolveLink(tree, '', `#${step}`)).toEqual({
          step,
          answers: shortestPath(tree, step) ?? [],
          notice: null,
          targeted: true,
        });
      });
    }
  });
}
