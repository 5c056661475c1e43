/**
 * The measures split into chapters and articles (第一条 … 第四十九条). An article runs from its
 * 第…条 line to the next article or heading; its later paragraphs (Art. 21's 一般情况下… say) belong
 * to it. Headings are the short lines without sentence punctuation: 第一章 总则 carries its number,
 * the six later chapter titles (组织管理与职能职责 …) were published without one and are numbered
 * in order. Pure: no DOM, no file system.
 */
import { articleLabel } from '../engine/rule';
import { MEASURES_TEXT } from './measures-text';

export interface Article {
  /** 1–49. */
  number: number;
  /** 第二十四条, as printed. */
  label: string;
  /** Number of the chapter it stands in, from 1. */
  chapter: number;
  /** Paragraphs of the article, the first without its 第…条 label. */
  paragraphs: string[];
}

export interface Chapter {
  number: number;
  /** 第一章 … 第七章 (the six untitled ones numbered in the same style). */
  label: string;
  /** 总则, 组织管理与职能职责 … (inner spacing of 总　则 removed). */
  title: string;
  articles: number[];
}

export interface Measures {
  /** 云南省政务新媒体管理办法 */
  title: string;
  /** 云政办规〔2019〕6号 */
  documentNumber: string;
  chapters: Chapter[];
  articles: Article[];
}

const DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 四十九 → 49, 十 → 10, 十二 → 12 (up to 99, which is all the measures need). */
export function chineseNumber(s: string): number | null {
  if (!s || !/^[〇零一二两三四五六七八九十]+$/.test(s)) return null;
  const ten = s.indexOf('十');
  if (ten < 0) return s.length === 1 ? DIGITS[s] : null;
  if (s.indexOf('十', ten + 1) >= 0) return null;
  const tens = ten === 0 ? 1 : ten === 1 ? DIGITS[s[0]] : NaN;
  const rest = s.slice(ten + 1);
  const ones = rest === '' ? 0 : rest.length === 1 ? DIGITS[rest] : NaN;
  const n = tens * 10 + ones;
  return Number.isFinite(n) ? n : null;
}

const ARTICLE_LINE = /^第([〇零一二两三四五六七八九十]+)条[\s\u3000]*(.*)$/;
const CHAPTER_LINE = /^第([〇零一二两三四五六七八九十]+)章[\s\u3000]*(.*)$/;
const SENTENCE_PUNCTUATION = /[。，；：、！？]/;
const chapterOf = (number: number, title: string): Chapter => ({
  number,
  label: articleLabel(number).replace(/条$/, '章'),
  title: title.replace(/[\s\u3000]+/g, ''),
  articles: [],
});
const clean = (line: string) => line.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');

export function parseMeasures(text: string): Measures {
  const lines = text.split(/\r?\n/).map(clean).filter(Boolean);
  const documentNumber = lines.find((l) => /^云政办规〔\d{4}〕\d+号$/.test(l)) ?? '';
  const chapters: Chapter[] = [];
  const articles: Article[] = [];
  let title = '';
  let current: Article | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const article = ARTICLE_LINE.exec(line);
    if (article) {
      const number = chineseNumber(article[1]);
      if (number === null) throw new Error(`unreadable article number: ${line}`);
      if (!chapters.length) chapters.push(chapterOf(1, ''));
      current = { number, label: `第${article[1]}条`, chapter: chapters.at(-1)!.number, paragraphs: [clean(article[2])] };
      articles.push(current);
      chapters.at(-1)!.articles.push(number);
      continue;
    }
    const chapter = CHAPTER_LINE.exec(line);
    if (chapter) {
      if (!title) title = lines[i - 1] ?? '';
      chapters.push(chapterOf(chineseNumber(chapter[1]) ?? chapters.length + 1, chapter[2]));
      current = null;
      continue;
    }
    if (!chapters.length) continue; // the notice before the measures
    if (!SENTENCE_PUNCTUATION.test(line) && line.length <= 16) {
      // A heading (chapter title) — or the trailing publisher's line after the last article.
      current = null;
      if (articles.length < 49) chapters.push(chapterOf(chapters.length + 1, line));
      continue;
    }
    current?.paragraphs.push(line);
  }
  // A chapter title with no article under it is not a chapter (the publisher's line, say).
  return { title, documentNumber, chapters: chapters.filter((c) => c.articles.length), articles };
}

let parsed: Measures | undefined;

/** The measures as shipped (lib/regulation/measures-text.ts), parsed once. */
export function measures(): Measures {
  parsed ??= parseMeasures(MEASURES_TEXT);
  return parsed;
}

export function articleByNumber(number: number): Article | undefined {
  return measures().articles.find((a) => a.number === number);
}

/** The article's full text, paragraphs separated by newlines, without its label. */
export function articleText(article: Article): string {
  return article.paragraphs.join('\n');
}
