import { css } from 'lit';

export default css`
  :host { display: block; margin-top: 1em; }
  section { border: 1px solid var(--loupe-border); border-radius: 8px; padding: 0.6em 0.9em; background: var(--loupe-card-bg); }
  h2 { font-size: 1.1em; margin: 0 0 0.4em; }
  h3 { font-size: 1em; margin: 0.8em 0 0.3em; }
  .hint, .muted { color: var(--loupe-muted); margin: 0.2em 0 0.6em; }
  .row { display: flex; flex-wrap: wrap; gap: 0.4em; margin: 0.4em 0; align-items: center; }
  label { display: block; font-weight: 600; margin-top: 0.5em; }
  select, textarea, input[type='text'], input[type='url'] { font: inherit; color: var(--loupe-fg); background: var(--loupe-bg); border: 1px solid var(--loupe-border-strong); border-radius: 4px; width: 100%; box-sizing: border-box; }
  .selection { margin: 0.3em 0; padding: 0.3em 0.5em; border-inline-start: 3px solid var(--loupe-focus); white-space: pre-wrap; overflow-wrap: anywhere; max-height: 8em; overflow: auto; }
  button, .file { font: inherit; padding: 0.3em 0.7em; border: 1px solid var(--loupe-border-strong); border-radius: 4px; background: var(--loupe-button-bg); color: var(--loupe-fg); cursor: pointer; display: inline-block; font-weight: normal; margin: 0; }
  button[disabled] { opacity: 0.6; cursor: not-allowed; }
  button.primary { background: var(--loupe-primary-bg); color: var(--loupe-primary-fg); border-color: var(--loupe-primary-bg); }
  button:focus-visible, select:focus-visible, textarea:focus-visible, input:focus-visible, .file:focus-within { outline: 3px solid var(--loupe-focus); outline-offset: 2px; }
  .file input { position: absolute; width: 1px; height: 1px; opacity: 0; overflow: hidden; }
  ol { padding-inline-start: 1.6em; margin: 0.2em 0; }
  li { margin: 0.4em 0; overflow-wrap: anywhere; }
  li q { color: var(--loupe-muted); }
  .teacher { font-weight: 700; font-style: italic; }
  .error { color: var(--loupe-danger); }
  @media print { :host { display: none; } }
`;
