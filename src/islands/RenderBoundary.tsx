import { Component, Fragment, h, type ComponentChildren, type ComponentType } from 'preact';
import type { Locale } from '~/site/locale';

/**
 * The two sentences shown when an island fails to render. Kept here (not in a labels prop) because
 * the labels themselves may be what broke; they are short enough to ship in both locales.
 */
const TEXT: Readonly<Record<Locale, { readonly message: string; readonly reset: string }>> = {
  'zh-CN': {
    message: '这一部分在显示时出了错（可能是粘贴的内容太特殊）。没有发送或保存任何内容。点击下面的按钮把它恢复到初始状态，再试一次。',
    reset: '重置这一部分',
  },
  en: {
    message: 'This part of the page failed to display (perhaps something pasted was too unusual). Nothing was sent or stored. Reset it below and try again.',
    reset: 'Reset this part',
  },
};

interface Props {
  readonly locale: Locale;
  readonly children: ComponentChildren;
}

interface State {
  readonly failed: boolean;
  /** Bumped on reset, so the children mount afresh with empty fields. */
  readonly generation: number;
}

/**
 * Catches a render error anywhere below and shows a message with a reset, never a blank tool.
 * The error is not logged: its text could quote what was pasted.
 */
export class RenderBoundary extends Component<Props, State> {
  override state: State = { failed: false, generation: 0 };

  static override getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  override componentDidCatch(): void {
    // Handled by getDerivedStateFromError; defining this marks the component as a boundary in Preact.
  }

  override render() {
    const text = TEXT[this.props.locale] ?? TEXT.en;
    if (this.state.failed) {
      return (
        <div class="tool-render-error" role="alert" data-render-error>
          <p>{text.message}</p>
          <button type="button" onClick={() => this.setState((s) => ({ failed: false, generation: s.generation + 1 }))}>
            {text.reset}
          </button>
        </div>
      );
    }
    return <Fragment key={this.state.generation}>{this.props.children}</Fragment>;
  }
}

/** Wraps an island component in a {@link RenderBoundary} keyed on its `locale` prop. */
export function withRenderBoundary<P extends { readonly locale: Locale }>(Inner: ComponentType<P>): ComponentType<P> {
  const Bounded = (props: P) => <RenderBoundary locale={props.locale}>{h(Inner as ComponentType<P>, props)}</RenderBoundary>;
  Bounded.displayName = `Bounded(${Inner.displayName ?? Inner.name})`;
  return Bounded;
}
