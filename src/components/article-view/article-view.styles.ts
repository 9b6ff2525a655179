import { css } from 'lit';

export default css`
  :host {
    display: block;
    font-size: var(--loupe-font-size, 1.05rem);
    line-height: 1.6;
    color: var(--loupe-fg);
  }
  .block { margin: 0 0 0.9em; white-space: pre-wrap; overflow-wrap: anywhere; content-visibility: auto; contain-intrinsic-size: auto 4em; }
  h2.block { font-size: 1.45em; line-height: 1.25; margin: 0.2em 0 0.7em; }
  h3.block { font-size: 1.15em; }
  .caption { font-style: italic; border-inline-start: 4px solid var(--loupe-border); padding-inline-start: 0.6em; }
  .standfirst { font-weight: 600; }
  .navigation, .boilerplate, .source, .byline, .dateline { color: var(--loupe-muted); font-size: 0.85em; }
  :host([hide-chrome]) .navigation, :host([hide-chrome]) .boilerplate { display: none; }
  mark {
    color: inherit;
    background: var(--loupe-mark-bg);
    border-radius: 2px;
    text-decoration-line: underline;
    text-decoration-thickness: 2px;
    text-underline-offset: 0.2em;
    cursor: pointer;
  }
  mark[data-depth='2'], mark[data-depth='3'], mark[data-depth='4'] { background: var(--loupe-mark-bg-deep); text-decoration-thickness: 3px; }
  mark[data-kind='state-media'] { background: var(--loupe-kind-state-media, var(--loupe-mark-bg)); text-decoration-style: double; }
  mark[data-kind='caption-mismatch'] { background: var(--loupe-kind-caption-mismatch, var(--loupe-mark-bg)); text-decoration-style: dashed; }
  mark[data-kind='headline-framing'] { background: var(--loupe-kind-headline-framing, var(--loupe-mark-bg)); text-decoration-style: wavy; }
  mark[data-kind='unsourced-claim'] { background: var(--loupe-kind-unsourced-claim, var(--loupe-mark-bg)); text-decoration-style: dotted; text-decoration-thickness: 3px; }
  mark[data-kind='transparency'], mark[data-kind='source-profile'] { background: transparent; text-decoration-style: solid; }
  mark[data-status='missed'] { outline: 2px dashed var(--loupe-danger); outline-offset: 1px; }
  mark[data-status='extra'] { outline: 2px dotted var(--loupe-muted); outline-offset: 1px; }
  mark[data-open] { outline: 3px solid var(--loupe-focus); outline-offset: 1px; }
  .cursor { background: var(--loupe-cursor-bg); box-shadow: 0 0 0 2px var(--loupe-focus); border-radius: 2px; }
  .flag {
    font: inherit;
    font-size: 0.8em;
    line-height: 1;
    min-width: 1.6em;
    min-height: 1.6em;
    padding: 0.1em 0.3em;
    margin: 0 0.15em;
    vertical-align: 0.1em;
    border: 1px solid var(--loupe-fg);
    border-radius: 0.8em;
    background: var(--loupe-bg);
    color: var(--loupe-fg);
    cursor: pointer;
  }
  .flag[data-status='missed'] { border: 2px dashed var(--loupe-danger); }
  .flag[data-status='extra'], .flag[data-status='student'] { border-style: dotted; }
  .flag[aria-expanded='true'] { background: var(--loupe-fg); color: var(--loupe-bg); }
  .flag:focus-visible, mark:focus-visible { outline: 3px solid var(--loupe-focus); outline-offset: 2px; }
  .other { border-top: 1px solid var(--loupe-border); padding-top: 0.5em; }
  @media print {
    .block { content-visibility: visible; }
    .flag { border: 1px solid #000; background: #fff; color: #000; }
    mark { background: transparent !important; color: #000; }
    .navigation, .boilerplate { display: none; }
  }
`;
