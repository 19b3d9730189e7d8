export const COMMENTS_ICON = 'M4 5h16v11H10l-5 4v-4H4z';
