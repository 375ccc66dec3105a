import { App, Segmented, Spin, Steps, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { api, type ImportJob, type ImportKind, type ImportUpload, unwrap } from '../../../api/client.ts';
import { errorText } from '../../../lib/errors.ts';
import { useLoad } from '../../../lib/use-load.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { PageCard } from '../../components/PageCard.tsx';
import { cleanMapping, kindKey, type Mapping, pickKind } from './fields.ts';
import { ImportHistory } from './ImportHistory.tsx';
import { MappingStep } from './MappingStep.tsx';
import { ResultStep } from './ResultStep.tsx';
import { UploadStep } from './UploadStep.tsx';

// The job row is updated once per 500-row batch; polling faster would mostly see the same numbers.
const POLL_MS = 500;

type Step = 'upload' | 'mapping' | 'result';
const STEPS: readonly Step[] = ['upload', 'mapping', 'result'];

/**
 * Import of members, products or a sales history (the kinds the user may import, from the server with their
 * fields): upload → map the columns → dry run or run → progress and result. `?kind=products`
 * preselects the kind (the products page links here so).
 */
export function ImportPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const kinds = useLoad(() => unwrap(api.GET('/api/v1/imports/kinds')), []);
  const kind = pickKind(
    params.get('kind'),
    (kinds.data ?? []).map((k) => k.kind),
  );
  const fieldsOf = useCallback(
    (k: ImportKind | undefined) => kinds.data?.find((info) => info.kind === k)?.fields ?? [],
    [kinds.data],
  );
  const [step, setStep] = useState<Step>('upload');
  const [upload, setUpload] = useState<ImportUpload | null>(null);
  const [mapping, setMapping] = useState<Mapping>({});
  const [job, setJob] = useState<ImportJob | null>(null);
  const [starting, setStarting] = useState(false);
  const [pollError, setPollError] = useState<unknown>(null);
  // The job being watched: an answer for an older job (after "import another file") is dropped.
  const watched = useRef<string | null>(null);
  const history = useLoad(() => unwrap(api.GET('/api/v1/imports')), []);
  const reloadHistory = history.reload;

  const uploaded = (result: ImportUpload) => {
    setUpload(result);
    setMapping(result.mapping);
    setJob(null);
    setStep('mapping');
    void reloadHistory();
  };

  const restart = () => {
    watched.current = null;
    setUpload(null);
    setMapping({});
    setJob(null);
    setPollError(null);
    setStep('upload');
  };

  const run = async (dryRun: boolean) => {
    if (!upload) return;
    setStarting(true);
    try {
      const started = await unwrap(
        api.POST('/api/v1/imports/{id}/run', {
          params: { path: { id: upload.job.id } },
          body: { mapping: cleanMapping(mapping, fieldsOf(upload.job.kind)), dryRun },
        }),
      );
      watched.current = started.id;
      // The answer still carries the previous run's counts until the worker resets them.
      setJob({
        ...started,
        processedRows: 0,
        importedRows: 0,
        updatedRows: 0,
        skippedRows: 0,
        rejectedRows: 0,
      });
      setPollError(null);
      setStep('result');
      void reloadHistory();
    } catch (err) {
      void message.error(errorText(t, err));
    } finally {
      setStarting(false);
    }
  };

  const poll = useCallback(async (id: string) => {
    try {
      const next = await unwrap(api.GET('/api/v1/imports/{id}', { params: { path: { id } } }));
      if (watched.current !== id) return;
      setJob(next);
      setPollError(null);
    } catch (err) {
      // Polling stops here; the retry button starts it again.
      if (watched.current === id) setPollError(err);
    }
  }, []);

  // One request at a time: the next poll is scheduled only after the last answer arrived.
  useEffect(() => {
    if (job?.status !== 'running') return;
    const timer = setTimeout(() => void poll(job.id), POLL_MS);
    return () => clearTimeout(timer);
  }, [job, poll]);

  const finished = job?.status === 'done' || job?.status === 'failed';
  useEffect(() => {
    if (finished) void reloadHistory();
  }, [finished, reloadHistory]);

  return (
    <div data-testid="import-page">
      <PageCard title={t(kindKey(kind, 'title'))}>
        <LoadError error={kinds.error} onRetry={() => void kinds.reload()} />
        {(kinds.data?.length ?? 0) > 1 && kind && (
          <Segmented<ImportKind>
            style={{ marginBottom: 12 }}
            value={kind}
            disabled={step !== 'upload'}
            options={(kinds.data ?? []).map((k) => ({ value: k.kind, label: t(`import.kind_${k.kind}`) }))}
            onChange={(next) => setParams({ kind: next }, { replace: true })}
            data-testid="import-kind"
          />
        )}
        <Typography.Paragraph type="secondary">{t(kindKey(kind, 'intro'))}</Typography.Paragraph>
        <Steps
          current={STEPS.indexOf(step)}
          style={{ marginBottom: 24 }}
          items={STEPS.map((s) => ({ title: t(`import.step_${s}`) }))}
        />
        {step === 'upload' && !kind && kinds.loading && <Spin />}
        {step === 'upload' && kind && (
          <UploadStep kind={kind} fields={fieldsOf(kind)} onUploaded={uploaded} />
        )}
        {step === 'mapping' && upload && (
          <MappingStep
            kind={upload.job.kind}
            fields={fieldsOf(upload.job.kind)}
            upload={upload}
            mapping={mapping}
            onChange={setMapping}
            starting={starting}
            onRun={(dryRun) => void run(dryRun)}
            onBack={restart}
          />
        )}
        {step === 'result' && job && (
          <ResultStep
            job={job}
            starting={starting}
            pollError={pollError}
            onRetryPoll={() => void poll(job.id)}
            onRunForReal={() => void run(false)}
            onEditMapping={() => setStep('mapping')}
            onRestart={restart}
          />
        )}
      </PageCard>
      <ImportHistory
        jobs={history.data}
        loading={history.loading}
        error={history.error}
        onReload={() => void history.reload()}
      />
    </div>
  );
}
