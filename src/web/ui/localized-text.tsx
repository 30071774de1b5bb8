import { useTranslation } from 'react-i18next';
import type { LocalizedText as LocalizedTextValue } from '../../core/contract/common.js';
import { pickLocalized } from '../lib/localized.js';

/** Multilingual content in the chosen language, English when there is no translation. */
export function LocalizedText({ value }: { value: LocalizedTextValue | null | undefined }) {
  const { i18n } = useTranslation();
  const text = pickLocalized(value, i18n.language);
  const lang = i18n.language.startsWith('ko') && value?.ko ? 'ko' : 'en';
  return lang === i18n.language ? <>{text}</> : <span lang={lang}>{text}</span>;
}

export function useLocalized(): (value: LocalizedTextValue | null | undefined) => string {
  const { i18n } = useTranslation();
  return (value) => pickLocalized(value, i18n.language);
}
