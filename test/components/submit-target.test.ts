import { describe, expect, it } from 'vitest';
import { submitTarget } from '../../src/components/submit-target.js';

describe('where loupe:submit is posted', () => {
  it.each([
    ['https://lms.example.edu', 'https://other.example/page', 'https://lms.example.edu'],
    ['', 'https://canvas.example.edu/courses/12/pages/loupe', 'https://canvas.example.edu'],
    ['javascript:alert(1)', 'https://moodle.example.org/mod/page/view.php?id=3', 'https://moodle.example.org'],
    ['', '', '*'],
    ['not a url', '', '*'],
  ])('explicit %j, referrer %j → %s', (explicit, referrer, expected) => {
    expect(submitTarget(explicit, referrer)).toBe(expected);
  });
});
