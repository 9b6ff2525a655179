import { css } from 'lit';

export default css`
  :host {
    display: block;
    margin: 0.2em 0 1em;
    font-size: 0.95em;
    font-style: normal;
    white-space: normal;
  }
  .card {
    border: 2px solid var(--loupe-fg);
    border-radius: 8px;
    background: var(--loupe-card-bg);
    color: var(--loupe-fg);
    padding: 0.7em 0.9em;
  }
  .card:focus { outline: none; }
  .card:focus-visible { outline: 3px solid var(--loupe-focus); outline-offset: 2px; }
  header { display: flex; align-items: baseline; gap: 0.5em; flex-wrap: wrap; }
  h3 { margin: 0; font-size: 1.05em; }
  .symbol { font-size: 1.2em; }
  .sev { font-size: 0.85em; border: 1px solid currentColor; border-radius: 3px; padding: 0 0.35em; }
  .sev[data-severity='warning'] { color: var(--loupe-danger); font-weight: 700; }
  .close { margin-inline-start: auto; }
  blockquote { margin: 0.5em 0; padding-inline-start: 0.6em; border-inline-start: 3px solid var(--loupe-border-strong); color: var(--loupe-muted); white-space: pre-wrap; overflow-wrap: anywhere; }
  h4 { margin: 0.7em 0 0.2em; font-size: 0.95em; }
  ul { margin: 0.2em 0; padding-inline-start: 1.2em; }
  li { margin: 0.15em 0; overflow-wrap: anywhere; }
  a { color: var(--loupe-link); }
  .status { font-weight: 700; }
  button { font: inherit; padding: 0.2em 0.6em; border: 1px solid var(--loupe-border-strong); border-radius: 4px; background: var(--loupe-button-bg); color: var(--loupe-fg); cursor: pointer; }
  button:focus-visible, a:focus-visible { outline: 3px solid var(--loupe-focus); outline-offset: 2px; }
  @media print { .close { display: none; } .card { border: 1px solid #000; } }
`;
