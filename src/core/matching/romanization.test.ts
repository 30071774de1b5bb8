import { describe, expect, it } from 'vitest';
import { canonicalizeToken } from './canonical.js';
import { decomposeSyllable, romanizeHangul } from './hangul.js';
import { foldText } from './normalize.js';

describe('romanizeHangul', () => {
  it.each([
    ['최석민', 'CHOE SOK MIN', 'Choe Seok-min'],
    ['리영무', 'RI YONG MU', 'Lee Yeong-mu'],
    ['이영무', 'RI YONG MU', 'Lee Yeong-mu'],
    ['김철', 'KIM CHOL', 'Gim Cheol'],
    ['류진', 'RYU CHIN', 'Yu Jin'],
    ['로철', 'RO CHOL', 'No Cheol'],
    ['남궁민수', 'NAMGUNG MIN SU', 'Namgung Min-su'],
  ])('%s → %s / %s', (hangul, north, south) => {
    expect(romanizeHangul(hangul)).toEqual({ north, south });
  });

  it('romanizes syllable by syllable from the Unicode arithmetic', () => {
    expect(decomposeSyllable('최')).toEqual({ initial: 14, vowel: 11, final: 0 });
    expect(decomposeSyllable('a')).toBeNull();
    expect(romanizeHangul('최').north).toBe('CHOE');
    expect(romanizeHangul('리').north).toBe('RI');
    expect(romanizeHangul('김').north).toBe('KIM');
    expect(romanizeHangul('철').south).toBe('Cheol');
  });

  it('passes other characters through', () => {
    expect(romanizeHangul('Kim 철수').north).toBe('Kim CHOL SU');
  });
});

describe('canonicalizeToken folds romanizations of one syllable together', () => {
  it.each([
    [['choe', 'choi', 'chwe', 'ch’oe']],
    [['ri', 'lee', 'yi', 'i', 'rhee']],
    [['park', 'pak', 'bak']],
    [['kim', 'gim']],
    [['jo', 'cho']],
    [['jang', 'chang']],
    [['young', 'yong', 'yeong', 'ryong', 'ryeong']],
    [['cheol', 'chol', 'chŏl']],
    [['seok', 'sok', 'so’k', 'sŏk']],
    [['eun', 'un', 'ŭn']],
    [['hyeon', 'hyon', 'hyŏn']],
    [['jeong', 'jong', 'chong', 'jung']],
    [['gwang', 'kwang']],
    [['myongchin', 'myeongjin']],
    [['woo', 'u']],
  ])('%j', (spellings) => {
    const keys = new Set(spellings.map((spelling) => canonicalizeToken(foldText(spelling))));
    expect(keys.size).toBe(1);
  });

  it.each([
    ['kim', 'pak'],
    ['cho', 'choe'],
    ['song', 'sok'],
    ['min', 'mun'],
  ])('keeps %s and %s apart', (a, b) => {
    expect(canonicalizeToken(a)).not.toBe(canonicalizeToken(b));
  });
});
