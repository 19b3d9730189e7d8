/** Line icons for the activity bar, drawn here so no icon font or emoji font is needed. */
const paths: Record<string, string> = {
  explorer: 'M6 3h8l4 4v14H6z M14 3v4h4 M9 11h6 M9 15h6',
  search: 'M10.5 4a6.5 6.5 0 1 1 0 13a6.5 6.5 0 1 1 0-13z M15.5 15.5L21 21',
  outline: 'M4 6h16 M8 12h12 M8 18h12 M4 12h1 M4 18h1',
  problems: 'M12 3L22 20H2z M12 9v5 M12 16.5v1',
  comments: 'M4 5h16v11H10l-5 4v-4H4z',
  settings:
    'M12 8.5a3.5 3.5 0 1 1 0 7a3.5 3.5 0 1 1 0-7z M12 2v3 M12 19v3 M2 12h3 M19 12h3 M4.9 4.9l2.1 2.1 M17 17l2.1 2.1 M4.9 19.1L7 17 M17 7l2.1-2.1',
};

export function Icon({ name }: { name: keyof typeof paths }) {
  return (
    <svg width="24" height="24" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
      <path d={paths[name]} />
    </svg>
  );
}
