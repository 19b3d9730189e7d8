import { useTranslation } from 'react-i18next';

/** Filled by the checker once it runs in the editor; until then it says plainly that all is well. */
export function ProblemsView() {
  const { t } = useTranslation();
  return <p className="view-empty">{t('panel.noProblems')}</p>;
}
