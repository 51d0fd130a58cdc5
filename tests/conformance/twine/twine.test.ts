import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CaseOptions, sentenceConverter, titleConverter } from '@/utils/checks/case-style';
import { syllables } from '@/utils/checks/text-metrics';

/**
 * The test data of github.com/jdkato/twine (README.md beside this file), whose title case, sentence case and
 * syllable counts Vale's `capitalization`, `metric` and `readability` rules use.
 */
const HERE = 'tests/conformance/twine';
const read = <T>(name: string): T => JSON.parse(readFileSync(join(HERE, name), 'utf8')) as T;
const options = (style: CaseOptions['style'], extra: Partial<CaseOptions> = {}): CaseOptions => ({
  vocab: [],
  indicators: [],
  style,
  ...extra,
});

describe('twine title case (testdata/AP.json, testdata/Chicago.json)', () => {
  it('converts every Chicago case', () => {
    const convert = titleConverter(options('Chicago'));
    const wrong = read<{ input: string; expect: string }[]>('Chicago.json').filter(
      (c) => convert(c.input) !== c.expect,
    );
    expect(wrong).toEqual([]);
  });

  it('converts every AP case but those where "to" starts an infinitive (twine asks a tagger)', () => {
    const convert = titleConverter(options('AP'));
    const cases = read<{ input: string; expect: string }[]>('AP.json');
    const wrong = cases.filter((c) => convert(c.input) !== c.expect);
    for (const c of wrong) expect(c.expect).toMatch(/\sTo\s/);
    expect(wrong.length).toBeLessThan(cases.length / 10);
  });

  // twine strcase/title_test.go, TestTitleVocab.
  it('keeps vocabulary words and a prefix as written', () => {
    const convert = titleConverter(
      options('AP', { vocab: ['iOS', 'JSON', 'YAML', '\\bale\\b', '[Rr]epo'], prefix: /^[a-z]\.\s/u }),
    );
    expect(convert('Getting started with iOS 15')).toBe('Getting Started With iOS 15');
    expect(convert('Understanding json and yaml')).toBe('Understanding JSON and YAML');
    expect(convert('Develop File-Proxy Plugin')).toBe('Develop File-Proxy Plugin');
    expect(convert('b. Next title text')).toBe('b. Next Title Text');
    expect(convert('vale ale')).toBe('Vale ale');
    expect(convert('New Repository and Project')).toBe('New Repository and Project');
  });
});

// twine strcase/sentence_test.go: TestSentence (default indicator `:`) and TestVocab.
describe('twine sentence case', () => {
  it('converts the plain cases', () => {
    const convert = sentenceConverter(options('AP', { indicators: [':'] }));
    expect(convert('1. An important heading')).toBe('1. An important heading');
    expect(convert('getting started with Vale server')).toBe('Getting started with vale server');
    expect(convert('Lession 1: getting started with vale server')).toBe(
      'Lession 1: Getting started with vale server',
    );
    expect(convert('Top-Level ideas')).toBe('Top-level ideas');
    expect(convert('Intro to the top-level idEas')).toBe('Intro to the top-level ideas');
    expect(convert('README files')).toBe('Readme files');
  });

  it('keeps vocabulary words as written', () => {
    const vocab = [
      'Vale Server',
      '\\bI\\b',
      'macOS',
      '[Cc]onfig',
      'NASA',
      'Moon',
      'Axon',
      'Axon Server',
      '\\bale\\b',
    ];
    const convert = sentenceConverter(
      options('AP', {
        vocab: [...vocab].sort((a, b) => b.length - a.length),
        indicators: [':'],
        prefix: /^[a-z]\.\s/u,
      }),
    );
    expect(convert('Getting started with vale server')).toBe('Getting started with Vale Server');
    expect(convert("macOS 15: What's new")).toBe("macOS 15: What's new");
    expect(convert('Configuration')).toBe('Configuration');
    expect(convert('Six NASA Instruments Will Fly to Moon on Intuitive Machines Lander')).toBe(
      'Six NASA instruments will fly to Moon on intuitive machines lander',
    );
    expect(convert('b. Next title text')).toBe('b. Next title text');
    expect(convert('Axon Server connection')).toBe('Axon Server connection');
    expect(convert('vale ale')).toBe('Vale ale');
  });
});

describe('twine syllables (testdata/syllables.json)', () => {
  it('counts every word as twine does', () => {
    const wrong = Object.entries(read<Record<string, number>>('syllables.json'))
      .filter(([word, count]) => syllables(word) !== count)
      .map(([word, count]) => `${word}: ${syllables(word)}, expected ${count}`);
    expect(wrong).toEqual([]);
  });
});
