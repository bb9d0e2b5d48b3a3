// The shape of one normalize step: text in, text out, plus what it did in human words.
export interface StepResult {
  text: string;
  /** One line per kind of change, e.g. "removed 212 pinyin annotations"; none when nothing changed. */
  warnings: string[];
}

export type Step = (text: string) => StepResult;
