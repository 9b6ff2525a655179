import { css } from 'lit';

export default css`
  :host { display: block; }
  .note { border: 1px solid var(--loupe-border); border-radius: 6px; padding: 0.5em 0.7em; margin-top: 0.6em; }
  .status { display: inline-block; font-size: 0.8em; font-weight: 700; padding: 0.05em 0.4em; border-radius: 3px; border: 1px solid currentColor; }
  .status[data-status='draft'] { color: var(--loupe-warn-fg); border-style: dashed; }
  .row { display: flex; flex-wrap: wrap; gap: 0.4em; margin-top: 0.5em; }
  label { display: block; font-weight: 600; margin-top: 0.4em; }
  textarea { width: 100%; box-sizing: border-box; font: inherit; color: var(--loupe-fg); background: var(--loupe-bg); border: 1px solid var(--loupe-border-strong); border-radius: 4px; }
  button { font: inherit; padding: 0.25em 0.7em; border: 1px solid var(--loupe-border-strong); border-radius: 4px; background: var(--loupe-button-bg); color: var(--loupe-fg); cursor: pointer; }
  button:focus-visible, textarea:focus-visible { outline: 3px solid var(--loupe-focus); outline-offset: 2px; }
  h4 { margin: 0.2em 0; font-size: 1em; }
  p { margin: 0.3em 0; }
`;
