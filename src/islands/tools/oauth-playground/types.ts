import type { ActorRefFrom, SnapshotFrom } from 'xstate';
import type { playgroundMachine } from '~/playground/machine';
import type { BaseToolProps } from '~/islands/tools/types';
import type { PlaygroundLabels } from '~/islands/tools/oauth-playground/labels';

type PlaygroundActor = ActorRefFrom<typeof playgroundMachine>;
type PlaygroundSnapshot = SnapshotFrom<typeof playgroundMachine>;
type Send = PlaygroundActor['send'];

/** What every step component gets: the snapshot to render and `send` for the visitor's clicks. */
export interface StepProps {
  readonly base: BaseToolProps;
  readonly t: PlaygroundLabels;
  readonly snapshot: PlaygroundSnapshot;
  readonly send: Send;
}
