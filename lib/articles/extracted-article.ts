/**
 * What the content script's Readability extraction hands to the background (issue 4 item 4). The
 * schema is the contract between `extract-page.ts` (content script) and the save handler, and is
 * checked when the answer arrives in the background.
 */
import { z } from '../zod';
import { IsoPartialDateSchema } from '../facts/schema';
import { MAX_SOURCE_TEXT_CHARS } from '../store/rows';

/** An article extracted from the page being read. */
export const ExtractedArticleSchema = z.object({
  /** The address of the page as loaded. */
  url: z.string().min(1).max(8192),
  /** `link[rel=canonical]`, else `og:url`, else `url`. */
  canonicalUrl: z.string().min(1).max(8192),
  title: z.string().max(2000),
  byline: z.string().max(2000).optional(),
  siteName: z.string().max(2000).optional(),
  /** Publication date at its real precision; the save date when the page gives none. */
  published: IsoPartialDateSchema,
  /** `meta`: from the page (meta tags, JSON-LD, `<time>`); `saved-on`: none found, the save date. */
  publishedFrom: z.enum(['meta', 'saved-on']),
  /** The article's clean text (normalised by the pipeline before facts are found). */
  text: z
    .string()
    .min(1, { error: 'The page has no article text.' })
    .max(MAX_SOURCE_TEXT_CHARS, { error: `The article is too long to save (over ${MAX_SOURCE_TEXT_CHARS.toLocaleString('en')} characters).` }),
});
export type ExtractedArticle = z.infer<typeof ExtractedArticleSchema>;
