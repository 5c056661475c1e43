import { useEffect, useRef, useState } from 'react';
import ReactDOM from 'react-dom/client';
import { browser } from '#imports';
import { OptionsView, type SaveState } from '@/components/options/OptionsView';
import { PLATFORMS } from '@/lib/adapters/platforms';
import { parsePublicKey, publicKeyFile, publicKeyString } from '@/lib/approval/keys';
import { KeysDb, createSigningKey, deleteSigningKey, getSigner, type SignerInfo } from '@/lib/approval/keystore';
import { t } from '@/lib/i18n';
import { rules } from '@/lib/rules';
import { exportFileName, exportSettings, importSettings, resolveSettings, type ImportResult, type Settings } from '@/lib/settings';
import { readManaged, saveSettings, settingsItem, watchSettings } from '@/lib/settings/storage';
import { holidayEntries, parseHolidayFile, withHolidayYears, type HolidayImportResult } from '@/lib/settings/holidays';
import { chinaDay } from '@/lib/log/record';
// settings issues are shown here, worded in Chinese
import '@/lib/settings/chinese-issues';

/** The extension's own keys database: options is an extension page, so it may open it. */
const keysDb = new KeysDb();

function download(name: string, text: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function OptionsPage({ initialLocal, initialManaged }: { initialLocal: unknown; initialManaged: unknown }) {
  const [signer, setSigner] = useState<SignerInfo | null | undefined>(undefined);
  useEffect(() => {
    void getSigner(keysDb).then(setSigner, () => setSigner(null));
  }, []);
  const [localRaw, setLocalRaw] = useState<unknown>(initialLocal);
  const [managedRaw, setManagedRaw] = useState<unknown>(initialManaged);
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const [importResult, setImportResult] = useState<ImportResult | null>(null);
  const [holidayResult, setHolidayResult] = useState<HolidayImportResult | null>(null);
  const pending = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const lastWritten = useRef<string>('');
  const effective = resolveSettings(localRaw, managedRaw, rules);
  const locale = effective.settings.ui.locale;

  useEffect(() => {
    document.title = t('options.title', undefined, locale);
    document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en';
  }, [locale]);

  useEffect(() => {
    const abort = new AbortController();
    watchSettings(abort.signal, async () => {
      const [local, managed] = await Promise.all([settingsItem.getValue(), readManaged()]);
      setManagedRaw(managed);
      // Our own write echoes back; another tab's write or a policy push replaces the view.
      if (pending.current === undefined && JSON.stringify(local) !== lastWritten.current) setLocalRaw(local);
    });
    return () => abort.abort();
  }, []);

  const write = async (next: Settings) => {
    setSaveState('saving');
    try {
      lastWritten.current = JSON.stringify(next);
      await saveSettings(next);
      setSaveState('saved');
    } catch (e) {
      setSaveState({ error: e instanceof Error ? e.message : String(e) });
    }
  };

  const onChange = (next: Settings) => {
    setLocalRaw(next);
    setSaveState('saving');
    clearTimeout(pending.current);
    pending.current = setTimeout(() => {
      pending.current = undefined;
      void write(next);
    }, 250);
  };

  return (
    <OptionsView
      effective={effective}
      rules={rules}
      platforms={PLATFORMS}
      saveState={saveState}
      importResult={importResult}
      extensionId={browser.runtime.id}
      onChange={onChange}
      onSaveRepaired={() => void write(effective.local)}
      onExport={() => {
        const url = URL.createObjectURL(new Blob([exportSettings(effective.local)], { type: 'application/json' }));
        const a = document.createElement('a');
        a.href = url;
        a.download = exportFileName();
        a.click();
        setTimeout(() => URL.revokeObjectURL(url), 10_000);
      }}
      approvalKeys={{
        signer,
        publicKeyString: signer ? publicKeyString(signer) : undefined,
        createKey: (who) => void createSigningKey(keysDb, who).then(setSigner),
        deleteKey: () => {
          if (window.confirm(t('options.approval.deleteConfirm', undefined, locale)))
            void deleteSigningKey(keysDb).then(() => setSigner(null));
        },
        downloadPublicKey: () => {
          if (signer) download('public.jwk', `${JSON.stringify(publicKeyFile(signer), null, 2)}\n`, 'application/jwk+json');
        },
        readKey: parsePublicKey,
      }}
      holidays={{
        years: holidayEntries(effective),
        currentYear: Number(chinaDay(new Date()).slice(0, 4)),
        result: holidayResult,
        onRemove: (year) => onChange({ ...effective.local, holidays: effective.local.holidays.filter((y) => y.year !== year) }),
        onImportFile: (file) =>
          void file.text().then((text) => {
            const parsed = parseHolidayFile(text, locale);
            if (!parsed.ok) return setHolidayResult(parsed);
            setHolidayResult({ ok: true, years: parsed.years.map((y) => y.year) });
            onChange({ ...effective.local, holidays: withHolidayYears(effective.local.holidays, parsed.years) });
          }),
      }}
      onImportFile={async (file) => {
        const result = importSettings(await file.text(), rules, locale);
        setImportResult(result);
        if (result.ok) {
          setLocalRaw(result.settings);
          await write(result.settings);
        }
      }}
    />
  );
}

void Promise.all([settingsItem.getValue(), readManaged()]).then(([initialLocal, initialManaged]) => {
  ReactDOM.createRoot(document.getElementById('root')!).render(<OptionsPage initialLocal={initialLocal} initialManaged={initialManaged} />);
});
