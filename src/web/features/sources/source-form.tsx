import { useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Visibility } from '../../../core/contract/common.js';
import { ErrorSummary, type FormError, serverFieldErrors } from '../../ui/error-summary.js';
import { FormField } from '../../ui/form-field.js';
import { SOURCE_KINDS, type CreateSourceInput, type SourceKind } from './source-queries.js';

type Format = CreateSourceInput['format'];

interface LoadedFile {
  name: string;
  text: string;
  format: Format;
}

// Server field paths (body.title) to the inputs that hold them.
const FIELD_IDS: Record<string, string> = {
  'body.kind': 'source-kind',
  'body.outlet': 'source-outlet',
  'body.title': 'source-title',
  'body.url': 'source-url',
  'body.publishedAt': 'source-published',
  'body.text': 'source-text',
  'body.format': 'source-text',
  'body.visibility': 'source-visibility-shared',
  'body.classification': 'source-classification',
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function formatOfFile(file: File): Format {
  return /\.html?$/i.test(file.name) || file.type === 'text/html' ? 'html' : 'text';
}

/** The file's content as text: the server reads it, the browser never opens or fetches anything else. */
function readFile(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('unreadable file'));
    reader.readAsText(file);
  });
}

export function SourceForm({
  levels,
  party,
  submitting,
  error,
  onSubmit,
  onCancel,
}: {
  levels: string[];
  party: string;
  submitting: boolean;
  error: unknown;
  onSubmit: (input: CreateSourceInput) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('sources');
  const [kind, setKind] = useState<SourceKind>('news');
  const [outlet, setOutlet] = useState('');
  const [title, setTitle] = useState('');
  const [url, setUrl] = useState('');
  const [publishedAt, setPublishedAt] = useState('');
  const [mode, setMode] = useState<'paste' | 'upload'>('paste');
  const [pasted, setPasted] = useState('');
  const [pastedFormat, setPastedFormat] = useState<Format>('text');
  const [file, setFile] = useState<LoadedFile | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [visibility, setVisibility] = useState<Visibility>('shared');
  const [classification, setClassification] = useState(levels[0] ?? '');
  const [clientErrors, setClientErrors] = useState<FormError[]>([]);

  const serverErrors = serverFieldErrors(error, FIELD_IDS, 'source-title');
  const errors = clientErrors.length > 0 ? clientErrors : serverErrors;
  const summaryMessage =
    error && clientErrors.length === 0 && serverErrors.length === 0 ? t('common:errors.generic') : undefined;
  const errorOf = (id: string) => errors.find((e) => e.fieldId === id)?.message;
  const textFieldId = mode === 'paste' ? 'source-text' : 'source-file';

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    setFileError(null);
    if (!chosen) {
      setFile(null);
      return;
    }
    try {
      setFile({ name: chosen.name, text: await readFile(chosen), format: formatOfFile(chosen) });
    } catch {
      setFile(null);
      setFileError(t('form.fileUnreadable'));
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const text = mode === 'paste' ? pasted : (file?.text ?? '');
    const found: FormError[] = [];
    if (!outlet.trim()) found.push({ fieldId: 'source-outlet', message: t('form.outletRequired') });
    if (!title.trim()) found.push({ fieldId: 'source-title', message: t('form.titleRequired') });
    if (url.trim() && !/^https?:\/\/\S+$/i.test(url.trim()))
      found.push({ fieldId: 'source-url', message: t('form.urlInvalid') });
    if (publishedAt.trim() && !DATE.test(publishedAt.trim()))
      found.push({ fieldId: 'source-published', message: t('form.dateInvalid') });
    if (!text.trim())
      found.push({
        fieldId: textFieldId,
        message: mode === 'paste' ? t('form.textRequired') : (fileError ?? t('form.fileRequired')),
      });
    if (!levels.includes(classification))
      found.push({ fieldId: 'source-classification', message: t('form.classificationRequired') });
    setClientErrors(found);
    if (found.length > 0) return;
    onSubmit({
      kind,
      outlet: outlet.trim(),
      title: title.trim(),
      url: url.trim(),
      publishedAt: publishedAt.trim() || null,
      text,
      format: mode === 'paste' ? pastedFormat : (file?.format ?? 'text'),
      visibility,
      classification,
    });
  };

  return (
    <>
      <ErrorSummary errors={errors} message={summaryMessage} />
      <form className="usa-form usa-form--large lockstep-form-wide" onSubmit={submit} noValidate>
        <FormField id="source-kind" label={t('field.kind')} error={errorOf('source-kind')}>
          {({ errorClass, ...control }) => (
            <select
              {...control}
              className={`usa-select usa-input${errorClass}`}
              value={kind}
              onChange={(e) => setKind(e.target.value as SourceKind)}
            >
              {SOURCE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`kind.${k}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField
          id="source-outlet"
          label={t('field.outlet')}
          hint={t('form.outletHint')}
          error={errorOf('source-outlet')}
        >
          {({ errorClass, ...control }) => (
            <input
              {...control}
              className={`usa-input usa-input${errorClass}`}
              value={outlet}
              maxLength={200}
              onChange={(e) => setOutlet(e.target.value)}
            />
          )}
        </FormField>
        <FormField id="source-title" label={t('field.title')} error={errorOf('source-title')}>
          {({ errorClass, ...control }) => (
            <input
              {...control}
              className={`usa-input usa-input${errorClass}`}
              value={title}
              maxLength={500}
              onChange={(e) => setTitle(e.target.value)}
            />
          )}
        </FormField>
        <FormField
          id="source-url"
          label={t('field.urlOptional')}
          hint={t('form.urlHint')}
          error={errorOf('source-url')}
        >
          {({ errorClass, ...control }) => (
            <input
              {...control}
              type="url"
              className={`usa-input usa-input${errorClass}`}
              value={url}
              maxLength={2000}
              onChange={(e) => setUrl(e.target.value)}
            />
          )}
        </FormField>
        <FormField
          id="source-published"
          label={t('field.publishedOptional')}
          hint={t('form.publishedHint')}
          error={errorOf('source-published')}
        >
          {({ errorClass, ...control }) => (
            <input
              {...control}
              type="date"
              className={`usa-input usa-input${errorClass}`}
              value={publishedAt}
              onChange={(e) => setPublishedAt(e.target.value)}
            />
          )}
        </FormField>

        <fieldset className="usa-fieldset margin-top-3">
          <legend className="usa-legend">{t('form.textLegend')}</legend>
          <div className="usa-radio">
            <input
              className="usa-radio__input"
              id="source-mode-paste"
              type="radio"
              name="source-mode"
              checked={mode === 'paste'}
              onChange={() => setMode('paste')}
            />
            <label className="usa-radio__label" htmlFor="source-mode-paste">
              {t('form.modePaste')}
            </label>
          </div>
          <div className="usa-radio">
            <input
              className="usa-radio__input"
              id="source-mode-upload"
              type="radio"
              name="source-mode"
              checked={mode === 'upload'}
              onChange={() => setMode('upload')}
            />
            <label className="usa-radio__label" htmlFor="source-mode-upload">
              {t('form.modeUpload')}
            </label>
          </div>
        </fieldset>

        {mode === 'paste' ? (
          <>
            <FormField
              id="source-text"
              label={t('field.text')}
              hint={t('form.textHint')}
              error={errorOf('source-text')}
            >
              {({ errorClass, ...control }) => (
                <textarea
                  {...control}
                  className={`usa-textarea usa-input${errorClass} lockstep-body-input`}
                  value={pasted}
                  onChange={(e) => setPasted(e.target.value)}
                />
              )}
            </FormField>
            <fieldset className="usa-fieldset margin-top-2">
              <legend className="usa-legend">{t('field.format')}</legend>
              {(['text', 'html'] as const).map((f) => (
                <div className="usa-radio" key={f}>
                  <input
                    className="usa-radio__input"
                    id={`source-format-${f}`}
                    type="radio"
                    name="source-format"
                    checked={pastedFormat === f}
                    onChange={() => setPastedFormat(f)}
                  />
                  <label className="usa-radio__label" htmlFor={`source-format-${f}`}>
                    {t(`format.${f}`)}
                  </label>
                </div>
              ))}
            </fieldset>
          </>
        ) : (
          <FormField
            id="source-file"
            label={t('field.file')}
            hint={t('form.fileHint')}
            error={errorOf('source-file') ?? fileError ?? undefined}
          >
            {({ errorClass, ...control }) => (
              <>
                <input
                  {...control}
                  type="file"
                  accept=".txt,.html,.htm,text/plain,text/html"
                  className={`usa-file-input usa-input${errorClass}`}
                  onChange={(e) => void onFile(e)}
                />
                {file ? (
                  <p className="usa-hint" role="status">
                    {t('form.fileRead', { name: file.name, count: file.text.length })}
                  </p>
                ) : null}
              </>
            )}
          </FormField>
        )}

        <fieldset className="usa-fieldset margin-top-3">
          <legend className="usa-legend">{t('field.visibility')}</legend>
          {(['shared', 'party'] as const).map((v) => (
            <div className="usa-radio" key={v}>
              <input
                className="usa-radio__input"
                id={`source-visibility-${v}`}
                type="radio"
                name="source-visibility"
                checked={visibility === v}
                onChange={() => setVisibility(v)}
              />
              <label className="usa-radio__label" htmlFor={`source-visibility-${v}`}>
                {t(`visibility.${v}`, { party })}
              </label>
            </div>
          ))}
        </fieldset>
        <FormField
          id="source-classification"
          label={t('field.classification')}
          hint={t('form.classificationHint')}
          error={errorOf('source-classification')}
        >
          {({ errorClass, ...control }) => (
            <select
              {...control}
              className={`usa-select usa-input${errorClass}`}
              value={classification}
              onChange={(e) => setClassification(e.target.value)}
            >
              {levels.map((level) => (
                <option key={level} value={level}>
                  {level}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <div className="margin-top-3">
          <button type="submit" className="usa-button" disabled={submitting}>
            {t('form.create')}
          </button>
          <button type="button" className="usa-button usa-button--unstyled margin-left-2" onClick={onCancel}>
            {t('form.cancel')}
          </button>
        </div>
      </form>
    </>
  );
}
