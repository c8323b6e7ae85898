import type { JwtInspection } from '~/probes';
import type { JwtLabels } from '~/islands/tools/labels';

/** The JWT's header and claims as pretty JSON; a JWT payload is signed, not encrypted. */
export function Decoded({ inspection, labels: j }: { readonly inspection: JwtInspection; readonly labels: JwtLabels }) {
  if (!inspection.header || !inspection.claims) return null;
  return (
    <div class="tool-jwt-decoded" data-decoded>
      <p class="tool-hint">{j.decodeNote}</p>
      <h3 id="jw-header-heading">{j.headerHeading}</h3>
      <pre tabIndex={0} aria-labelledby="jw-header-heading" data-jwt-header>
        <code>{JSON.stringify(inspection.header, null, 2)}</code>
      </pre>
      <h3 id="jw-claims-heading">{j.claimsHeading}</h3>
      <pre tabIndex={0} aria-labelledby="jw-claims-heading" data-jwt-claims>
        <code>{JSON.stringify(inspection.claims, null, 2)}</code>
      </pre>
    </div>
  );
}
