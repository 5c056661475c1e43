/**
 * Exercise mode: the trainee marks what they think is wrong and says which sign-off
 * tier the draft needs, then the guard's findings are revealed and the attempt is scored.
 * A problem is one rule's finding with one message: the commercial rule reports each signal
 * (扫码下单, 订购热线 …) under one message, so marking any of them finds that problem; each unmasked
 * number is a problem of its own. Info findings (the approval tier's trigger words) are neither
 * problems to find nor false alarms when marked.
 */
import type { Finding, Tier } from '../engine/rule';

export interface Mark {
  start: number;
  end: number;
  /** The marked text, for the list the trainee sees. */
  text: string;
}

export interface Problem {
  ruleId: string;
  message: string;
  findings: Finding[];
  found: boolean;
}

export interface ExerciseResult {
  problems: Problem[];
  /** For each mark: true when it lies on a problem. Marks on info findings count neither way. */
  marks: { mark: Mark; hit: boolean; neutral: boolean }[];
  found: number;
  missed: number;
  falseAlarms: number;
  tier: { guess: Tier | null; actual: Tier; correct: boolean };
  /** 0–100: (problems found + 1 for the right tier − false alarms) over (problems + 1), never below 0. */
  score: number;
}

/** True when a mark covers part of a finding (or the point of an empty one). */
export function overlaps(mark: Pick<Mark, 'start' | 'end'>, finding: Pick<Finding, 'start' | 'end'>): boolean {
  if (finding.start === finding.end) return mark.start <= finding.start && finding.start <= mark.end;
  return Math.max(mark.start, finding.start) < Math.min(mark.end, finding.end);
}

/** The problems of a draft: its block and warn findings, grouped by rule and message, in text order. */
export function problemsOf(findings: readonly Finding[]): Omit<Problem, 'found'>[] {
  const groups = new Map<string, Omit<Problem, 'found'>>();
  for (const f of [...findings].sort((a, b) => a.start - b.start || a.end - b.end)) {
    if (f.severity === 'info') continue;
    const key = `${f.ruleId}\u0000${f.message}`;
    const g = groups.get(key);
    if (g) g.findings.push(f);
    else groups.set(key, { ruleId: f.ruleId, message: f.message, findings: [f] });
  }
  return [...groups.values()];
}

export function scoreExercise(
  findings: readonly Finding[],
  marks: readonly Mark[],
  tierGuess: Tier | null,
  actualTier: Tier,
): ExerciseResult {
  const problems: Problem[] = problemsOf(findings).map((p) => ({ ...p, found: marks.some((m) => p.findings.some((f) => overlaps(m, f))) }));
  const info = findings.filter((f) => f.severity === 'info');
  const marked = marks.map((mark) => {
    const hit = problems.some((p) => p.findings.some((f) => overlaps(mark, f)));
    return { mark, hit, neutral: !hit && info.some((f) => overlaps(mark, f)) };
  });
  const found = problems.filter((p) => p.found).length;
  const falseAlarms = marked.filter((m) => !m.hit && !m.neutral).length;
  const correct = tierGuess === actualTier;
  const points = Math.max(0, found + (correct ? 1 : 0) - falseAlarms);
  return {
    problems,
    marks: marked,
    found,
    missed: problems.length - found,
    falseAlarms,
    tier: { guess: tierGuess, actual: actualTier, correct },
    score: Math.round((100 * points) / (problems.length + 1)),
  };
}

/** Adds a mark, merging it with marks it overlaps or touches, kept in text order. */
export function addMark(marks: readonly Mark[], next: Mark, text: string): Mark[] {
  let { start, end } = next;
  const rest: Mark[] = [];
  for (const m of marks) {
    if (m.start <= end && start <= m.end) {
      start = Math.min(start, m.start);
      end = Math.max(end, m.end);
    } else rest.push(m);
  }
  return [...rest, { start, end, text: text.slice(start, end) }].sort((a, b) => a.start - b.start);
}
