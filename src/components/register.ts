/**
 * Registers Loupe's elements. `dist/loupe.js` is this module: import it once and use `<loupe-annotator>`.
 * Class files have no side effects; only this module defines elements (and only once).
 */
import { LoupeAnnotator } from './annotator/annotator.js';
import { LoupeArticleView } from './article-view/article-view.js';
import { LoupeAnnotationCard } from './annotation-card/annotation-card.js';
import { LoupeScorecard } from './scorecard/scorecard.js';
import { LoupeStudentPanel } from './student-panel/student-panel.js';
import { LoupeNotesReview } from './notes-review/notes-review.js';
import { LoupeTeacherEdit } from './teacher-edit/teacher-edit.js';
import { LoupeFlagEdit } from './teacher-edit/flag-edit.js';

const ELEMENTS = {
  'loupe-annotator': LoupeAnnotator,
  'loupe-article-view': LoupeArticleView,
  'loupe-annotation-card': LoupeAnnotationCard,
  'loupe-scorecard': LoupeScorecard,
  'loupe-student-panel': LoupeStudentPanel,
  'loupe-notes-review': LoupeNotesReview,
  'loupe-teacher-edit': LoupeTeacherEdit,
  'loupe-flag-edit': LoupeFlagEdit,
} as const;

for (const [tag, cls] of Object.entries(ELEMENTS)) if (!customElements.get(tag)) customElements.define(tag, cls as CustomElementConstructor);

export { LoupeAnnotator, LoupeArticleView, LoupeAnnotationCard, LoupeScorecard, LoupeStudentPanel, LoupeNotesReview, LoupeTeacherEdit, LoupeFlagEdit };
export * from './teacher-edit/events.js';
export * from './events.js';

declare global {
  interface HTMLElementTagNameMap {
    'loupe-annotator': LoupeAnnotator;
    'loupe-article-view': LoupeArticleView;
    'loupe-annotation-card': LoupeAnnotationCard;
    'loupe-scorecard': LoupeScorecard;
    'loupe-student-panel': LoupeStudentPanel;
    'loupe-notes-review': LoupeNotesReview;
    'loupe-teacher-edit': LoupeTeacherEdit;
    'loupe-flag-edit': LoupeFlagEdit;
  }
}
