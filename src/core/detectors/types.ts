import type { z } from 'zod';
import type { Article, Block, BlockType, Lang } from '../model/article.js';
import type { Evidence, Kind, Severity } from '../model/annotation.js';
import type { Localized } from '../i18n.js';

/** What a detector reports; the pipeline turns it into an Annotation (id, quote, message). */
export interface Finding {
  start: number;
  end: number;
  /** A key of `meta.messages`. */
  messageId: string;
  /** Template data for the message (`{outlet}` → "Press TV"). */
  data?: Record<string, string | number>;
  evidence?: Evidence[];
  severity: Severity;
  /** 0..1 */
  confidence: number;
  /** Defaults to meta.kinds[0]. */
  kind?: Kind;
}

export interface DetectorMeta {
  /** Stable id, kebab-case (`state-media`). */
  id: string;
  /** Kinds this detector may emit. */
  kinds: readonly Kind[];
  docs: { description: Localized; url?: string };
  /** Message templates per message id, `{placeholders}` filled from Finding.data. */
  messages: Record<string, Localized>;
  /** Options this detector accepts (validated before detect runs). */
  options?: z.ZodType;
}

export interface DetectContext {
  article: Article;
  /** Language messages and evidence text must be written in. */
  lang: Lang;
  options: unknown;
  report(finding: Finding): void;
  /** Blocks of the given types, in document order. */
  blocks(...types: BlockType[]): Block[];
  /** The text of a block. */
  textOf(span: { start: number; end: number }): string;
  /**
   * Findings already reported by detectors that ran earlier (registry order), e.g. unsourced-claim
   * can read state-media's outlet mentions. Read-only.
   */
  findings(detectorId: string): readonly Finding[];
}

export interface Detector {
  meta: DetectorMeta;
  /** May be async (to load data lazily, e.g. with dynamic import). */
  detect(ctx: DetectContext): void | Promise<void>;
}
