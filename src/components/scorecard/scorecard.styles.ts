import { css } from 'lit';

export default css`
  :host { display: block; }
  section { border: 1px solid var(--loupe-border); border-radius: 8px; padding: 0.6em 0.9em; background: var(--loupe-card-bg); }
  h2 { font-size: 1.1em; margin: 0 0 0.4em; }
  h3 { font-size: 1em; margin: 0.6em 0 0.2em; }
  .total { font-size: 1.1em; font-weight: 700; }
  meter { width: 8em; }
  ul { margin: 0.2em 0; padding-inline-start: 1.2em; }
  .delta { font-variant-numeric: tabular-nums; }
`;
