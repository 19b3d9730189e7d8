import { useTranslation } from 'react-i18next';
import { useWorkbench, useWorkbenchState } from './context';

export function Toasts() {
  const { t } = useTranslation();
  const { controller } = useWorkbench();
  const toasts = useWorkbenchState((state) => state.toasts);
  return (
    <div className="toasts" aria-live="assertive">
      {toasts.map((toast) => (
        <div key={toast.id} className={`toast toast-${toast.kind}`} role={toast.kind === 'error' ? 'alert' : 'status'}>
          <span>{toast.text}</span>
          <button type="button" aria-label={t('dialog.close')} onClick={() => controller.dismissToast(toast.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
