import { describe, expect, it } from 'vitest';
import { extractDates } from './dates.js';
import { extractCandidateEvents } from './events.js';
import { extractPeople } from './people.js';
import { extractPlaces } from './places.js';
import { splitSentences } from './sentences.js';
import type { NameResolver } from './types.js';

// Korean-language copy in the style of Yonhap's Korean service.
const WORKING_GROUP = `(워싱턴=연합뉴스) 한미 양국은 20일(현지시간) 워싱턴 국무부에서 워킹그룹 첫 회의를 열고 비핵화와 대북제재, 남북협력 문제를 긴밀히 조율하기로 했다. 회의는 이도훈 외교부 한반도평화교섭본부장과 스티븐 비건 미 국무부 대북특별대표가 공동 주재했다.

비건 특별대표는 다음 달 서울을 방문할 예정이다.`;

const CEREMONY = `(개성=연합뉴스) 남북은 26일 개성 판문역에서 동·서해선 철도·도로 연결 및 현대화 착공식을 열었다. 착공식에는 조명균 통일부 장관과 리선권 조국평화통일위원회 위원장 등 남북 인사 100여 명이 참석했다.`;

const noOne: NameResolver = () => null;

function eventsOf(text: string, publishedOn: string) {
  const people = extractPeople(text, noOne);
  const places = extractPlaces(
    text,
    people.flatMap((p) => p.mentions),
  );
  return extractCandidateEvents({
    text,
    publishedOn,
    people,
    places,
    dates: extractDates(text, publishedOn),
  });
}

describe('Korean-language reports', () => {
  it('splits sentences that end in "다." before the next Hangul word', () => {
    const sentences = splitSentences(WORKING_GROUP).map((s) => s.text);
    expect(sentences).toHaveLength(3);
    expect(sentences.every((s) => s.endsWith('다.'))).toBe(true);
    expect(sentences[1]).toMatch(/^회의는 이도훈/);
  });

  it('reads Korean dates against the publication date and the tense', () => {
    const dates = (text: string, on: string | null) => extractDates(text, on).map((d) => [d.text, d.date]);
    expect(dates('한미 양국은 20일(현지시간) 회의를 열었다.', '2018-11-21')).toEqual([
      ['20일(현지시간)', '2018-11-20'],
    ]);
    expect(dates('비건 대표는 다음 달 서울을 방문할 예정이다.', '2018-11-21')).toEqual([
      ['다음 달', '2018-12-01'],
    ]);
    expect(dates('착공식은 2018년 12월 26일 열린다.', '2018-11-21')).toEqual([
      ['2018년 12월 26일', '2018-12-26'],
    ]);
    expect(dates('양측은 12월 28일 만났다.', '2019-01-02')).toEqual([['12월 28일', '2018-12-28']]);
    expect(dates('두 대표는 2일 다시 만날 예정이다.', '2018-11-28')).toEqual([['2일', '2018-12-02']]);
    expect(extractDates('양측은 지난주 만났다.', null)[0]).toMatchObject({
      date: null,
      needsPublicationDate: true,
    });
  });

  it('reads weekdays and "지난"/"오는" against the publication date (a Tuesday here)', () => {
    const dates = (text: string) => extractDates(text, '2018-11-20').map((d) => [d.text, d.date]);
    expect(dates('비건 대표는 오는 금요일 서울을 방문한다.')).toEqual([['오는 금요일', '2018-11-23']]);
    expect(dates('양측은 지난 수요일 통화했다.')).toEqual([['지난 수요일', '2018-11-14']]);
    expect(dates('다음 주 화요일 2차 회의가 열린다.')).toEqual([['다음 주 화요일', '2018-11-27']]);
    expect(dates('지난주 목요일 실무 협의가 있었다.')).toEqual([['지난주 목요일', '2018-11-15']]);
    // Without a word before it, the tense decides.
    expect(dates('양측은 수요일 다시 만날 예정이다.')).toEqual([['수요일', '2018-11-21']]);
    expect(dates('양측은 월요일 만났다.')).toEqual([['월요일', '2018-11-19']]);
    // "Every Tuesday" is no date; nor is "오늘날" (nowadays), while "오늘" is the day of publication.
    expect(dates('실무진은 매주 화요일 화상 회의를 한다.')).toEqual([]);
    expect(dates('오늘날 한반도 정세는 엄중하다.')).toEqual([]);
    expect(dates('오늘 회의가 열렸다.')).toEqual([['오늘', '2018-11-20']]);
    // "지난 20일" lies behind and "오는 3일" ahead, whatever the tense of the rest of the sentence.
    expect(extractDates('양측은 오는 3일 만나기로 했다.', '2018-11-28').map((d) => d.date)).toEqual([
      '2018-12-03',
    ]);
    expect(
      extractDates('지난 27일 열린 회의는 성과가 있었다고 밝힐 예정이다.', '2018-12-03').map((d) => d.date),
    ).toEqual(['2018-11-27']);
  });

  it('takes a name with its title after it, not the word before it or the body between', () => {
    const people = extractPeople(WORKING_GROUP + '\n\n' + CEREMONY, noOne).map((p) => [p.name, p.titles[0]]);
    expect(people).toEqual([
      ['이도훈', '한반도평화교섭본부장'],
      ['스티븐 비건', '대북특별대표'],
      ['조명균', '장관'],
      ['리선권', '위원장'],
    ]);
  });

  it('finds the places, with their particles attached', () => {
    const names = extractPlaces(CEREMONY).map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['Kaesong', 'Panmun Station', 'Ministry of Unification']));
    expect(names).toContain('Committee for the Peaceful Reunification of the Country');
  });

  it('makes the events, with the people of the next sentence and Korean titles', () => {
    expect(eventsOf(WORKING_GROUP, '2018-11-21')).toMatchObject([
      {
        kind: 'meeting',
        date: '2018-11-20',
        place: 'Washington',
        people: ['이도훈', '스티븐 비건'],
        title: '워싱턴 워킹그룹 회의',
      },
      { kind: 'visit', date: '2018-12-01', place: 'Seoul', title: '스티븐 비건 서울 방문' },
    ]);
    expect(eventsOf(CEREMONY, '2018-12-26')).toMatchObject([
      {
        kind: 'ceremony',
        date: '2018-12-26',
        place: 'Panmun Station',
        people: ['조명균', '리선권'],
        title: '판문역 착공식',
      },
    ]);
  });
});
