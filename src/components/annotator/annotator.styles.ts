import { css } from 'lit';

export default css`
  :host {
    --loupe-fg: #1a1a1a;
    --loupe-bg: #ffffff;
    --loupe-muted: #4f4f4f;
    --loupe-border: #8a8a8a;
    --loupe-border-strong: #595959;
    --loupe-focus: #0b57d0;
    --loupe-link: #0b57d0;
    --loupe-danger: #b3261e;
    --loupe-warn-fg: #8a4b00;
    --loupe-card-bg: #f6f6f6;
    --loupe-button-bg: #efefef;
    --loupe-primary-bg: #0b57d0;
    --loupe-primary-fg: #ffffff;
    --loupe-mark-bg: #fff0b3;
    --loupe-mark-bg-deep: #ffd98a;
    --loupe-cursor-bg: #d3e3fd;
    --loupe-kind-state-media: #ffd9d6;
    --loupe-kind-caption-mismatch: #d6eaff;
    --loupe-kind-headline-framing: #f1ddff;
    --loupe-kind-unsourced-claim: #fff0b3;
    display: block;
    color: var(--loupe-fg);
    background: var(--loupe-bg);
    font-family: var(--loupe-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    container-type: inline-size;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      --loupe-fg: #ececec; --loupe-bg: #161616; --loupe-muted: #b8b8b8; --loupe-border: #6e6e6e; --loupe-border-strong: #a0a0a0;
      --loupe-focus: #8ab4f8; --loupe-link: #8ab4f8; --loupe-danger: #ff8a80; --loupe-warn-fg: #ffcc80; --loupe-card-bg: #202124;
      --loupe-button-bg: #2d2e31; --loupe-primary-bg: #8ab4f8; --loupe-primary-fg: #0a0a0a; --loupe-mark-bg: #4d3f00; --loupe-mark-bg-deep: #6b5700;
      --loupe-cursor-bg: #1f3a66; --loupe-kind-state-media: #5c1f1f; --loupe-kind-caption-mismatch: #1d3a5c; --loupe-kind-headline-framing: #45235c; --loupe-kind-unsourced-claim: #4d3f00;
    }
  }
  :host([theme='dark']) {
    --loupe-fg: #ececec; --loupe-bg: #161616; --loupe-muted: #b8b8b8; --loupe-border: #6e6e6e; --loupe-border-strong: #a0a0a0;
    --loupe-focus: #8ab4f8; --loupe-link: #8ab4f8; --loupe-danger: #ff8a80; --loupe-warn-fg: #ffcc80; --loupe-card-bg: #202124;
    --loupe-button-bg: #2d2e31; --loupe-primary-bg: #8ab4f8; --loupe-primary-fg: #0a0a0a; --loupe-mark-bg: #4d3f00; --loupe-mark-bg-deep: #6b5700;
    --loupe-cursor-bg: #1f3a66; --loupe-kind-state-media: #5c1f1f; --loupe-kind-caption-mismatch: #1d3a5c; --loupe-kind-headline-framing: #45235c; --loupe-kind-unsourced-claim: #4d3f00;
  }
  :host([projector]) { --loupe-font-size: 1.7rem; }
  :host([hidden]) { display: none; }
  .base { padding: 0.5em; }
  .sr-only { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
  .toolbar { display: flex; flex-wrap: wrap; gap: 0.5em 1em; align-items: center; padding: 0.4em 0; border-bottom: 1px solid var(--loupe-border); margin-bottom: 0.6em; }
  fieldset { border: 1px solid var(--loupe-border); border-radius: 6px; padding: 0.2em 0.6em; margin: 0; display: flex; flex-wrap: wrap; gap: 0.2em 0.8em; }
  legend { font-weight: 600; padding: 0 0.3em; }
  label { cursor: pointer; }
  button { font: inherit; padding: 0.3em 0.7em; border: 1px solid var(--loupe-border-strong); border-radius: 4px; background: var(--loupe-button-bg); color: var(--loupe-fg); cursor: pointer; }
  button:focus-visible, input:focus-visible { outline: 3px solid var(--loupe-focus); outline-offset: 2px; }
  .help { color: var(--loupe-muted); font-size: 0.9em; margin: 0 0 0.6em; }
  .layout { display: grid; grid-template-columns: minmax(0, 1fr); gap: 1em; }
  @container (min-width: 56rem) { .layout { grid-template-columns: minmax(0, 2fr) minmax(16rem, 1fr); } }
  .error { border: 2px solid var(--loupe-danger); color: var(--loupe-danger); border-radius: 6px; padding: 0.6em 0.8em; font-weight: 600; overflow-wrap: anywhere; }
  .status { color: var(--loupe-muted); }
  .count { font-variant-numeric: tabular-nums; }
  .handout { display: none; }
  @media (prefers-reduced-motion: no-preference) { loupe-annotation-card { animation: loupe-in 120ms ease-out; } }
  @keyframes loupe-in { from { opacity: 0; } to { opacity: 1; } }
  @media print {
    :host { --loupe-fg: #000; --loupe-bg: #fff; --loupe-font-size: 11pt; color: #000; background: #fff; }
    .toolbar, .help, aside loupe-student-panel { display: none; }
    .layout { display: block; }
    .handout { display: block; break-before: page; }
    .handout li { break-inside: avoid; margin-bottom: 0.4em; }
  }
`;
