import { describe, expect, it } from 'vitest';
import { textLanguage } from '../../src/web/features/sources/text-language.js';

describe('the language of a report, for its lang attribute', () => {
  it('is Korean for Korean copy, English names and figures in it or not', () => {
    expect(textLanguage('(워싱턴=연합뉴스) 한미 양국은 20일(현지시간) 워킹그룹 첫 회의를 열었다.')).toBe(
      'ko',
    );
    expect(
      textLanguage('스티븐 비건(Stephen Biegun) 미 국무부 대북특별대표는 20일 이도훈 본부장과 만났다.'),
    ).toBe('ko');
  });

  it('is English for English copy, also when it names someone in Hangul', () => {
    expect(textLanguage('Lee Do-hoon (이도훈) met Stephen Biegun in Washington on Tuesday.')).toBe('en');
    expect(textLanguage('SEOUL, Nov. 20 (Yonhap) -- The two sides held talks.')).toBe('en');
    expect(textLanguage('2018-11-20')).toBe('en');
  });
});
