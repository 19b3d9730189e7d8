import { useTranslation } from 'react-i18next';

/** Filled by the comment layer; the panel and its place in the workbench are already wired. */
export function CommentsView() {
  const { t } = useTranslation();
  return <p className="view-empty">{t('panel.noComments')}</p>;
}
