// Returned review copies can be dropped anywhere on the window. Only drags that carry files are
// taken (a tab being moved or text dragged in the note are left alone), in the capture phase so the
// editor does not also insert the file.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useComments } from './context';

const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;

export function ReviewDropZone() {
  const { t } = useTranslation();
  const comments = useComments();
  const [over, setOver] = useState(false);
  useEffect(() => {
    // dragenter and dragleave fire for every element crossed; the window is left when they balance.
    let depth = 0;
    const enter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth += 1;
      setOver(true);
    };
    const leave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    const overWindow = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      event.stopPropagation();
      depth = 0;
      setOver(false);
      void comments.dropFiles([...(event.dataTransfer?.files ?? [])]);
    };
    window.addEventListener('dragenter', enter, true);
    window.addEventListener('dragleave', leave, true);
    window.addEventListener('dragover', overWindow, true);
    window.addEventListener('drop', drop, true);
    return () => {
      window.removeEventListener('dragenter', enter, true);
      window.removeEventListener('dragleave', leave, true);
      window.removeEventListener('dragover', overWindow, true);
      window.removeEventListener('drop', drop, true);
    };
  }, [comments]);
  if (!over) return null;
  return (
    <div className="review-drop-zone" data-testid="review-drop-zone">
      <p>{t('comments.dropHint')}</p>
    </div>
  );
}
