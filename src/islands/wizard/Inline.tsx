import { parseInline } from '~/site/inline-copy';

/** Copy with its `code` and **bold** marks as elements; the text itself is never parsed as HTML. */
export function Inline({ text }: { text: string }) {
  return (
    <>
      {parseInline(text).map((token, i) =>
        token.kind === 'code' ? <code key={i}>{token.text}</code> : token.kind === 'bold' ? <strong key={i}>{token.text}</strong> : token.text,
      )}
    </>
  );
}
