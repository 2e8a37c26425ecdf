import { useState } from 'react';
import Button from '@material-ui/core/Button';
import CircularProgress from '@material-ui/core/CircularProgress';
import GetAppIcon from '@material-ui/icons/GetApp';
import { alertApiRef, useApi } from '@backstage/core-plugin-api';

/** Saves text as a CSV file through a temporary object URL. */
export function downloadCsv(filename: string, content: string) {
  // The byte order mark makes spreadsheets read the file as UTF-8.
  const blob = new Blob(['\uFEFF', content], {
    type: 'text/csv;charset=utf-8',
  });
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = filename;
  document.body.appendChild(anchor);
  anchor.click();
  anchor.remove();
  // Some browsers start the download only after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** A button that builds a CSV document on demand and downloads it. */
export const ExportCsvButton = (props: {
  label?: string;
  filename: string;
  /** The document, and a note to show when it is not the whole list. */
  build(): Promise<{ csv: string; note?: string }>;
}) => {
  const { label = 'Export CSV', filename, build } = props;
  const alertApi = useApi(alertApiRef);
  const [busy, setBusy] = useState(false);

  const run = async () => {
    setBusy(true);
    try {
      const { csv, note } = await build();
      downloadCsv(filename, csv);
      if (note) alertApi.post({ message: note, severity: 'info' });
    } catch (error) {
      alertApi.post({
        message: `Could not export: ${(error as Error).message}`,
        severity: 'error',
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Button
      size="small"
      variant="outlined"
      onClick={run}
      disabled={busy}
      startIcon={busy ? <CircularProgress size={16} /> : <GetAppIcon />}
    >
      {label}
    </Button>
  );
};
