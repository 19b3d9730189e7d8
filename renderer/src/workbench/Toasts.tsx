import { useWorkbench, useWorkbenchState } from './context';

export function Toasts() {
  const { controller } = useWorkbench();
  const toasts = useWorkbenchState((state) => state.toasts);
  return (
    <div className="toasts" aria-live="assertive">
      {toasts.map((toast) => (
        <div key={toast.id} className={`toast toast-${toast.kind}`} role={toast.kind === 'error' ? 'alert' : 'status'}>
          <span>{toast.text}</span>
          <button type="button" aria-label="Sluiten" onClick={() => controller.dismissToast(toast.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
