// The four points of the program, in the project's own words.
export const POINT_TITLES: Record<number, string> = {
  1: 'Building and keeping motivation',
  2: 'Coping with urges',
  3: 'Managing thoughts, feelings and behaviours',
  4: 'Living a balanced life',
};
