// journal list counts items by what one is called (a worksheet's itemLabel), in the plural when there are several.
import { expect, it } from 'vitest';
import { pluralOf } from '../../src/ui/summary.js';

it('makes the head noun of an item label plural', () => {
  const cases: [string, string][] = [
    ['step', 'steps'],
    ['benefit', 'benefits'],
    ['warning sign', 'warning signs'],
    ['high-risk situation', 'high-risk situations'],
    ['family member', 'family members'],
    ['way to delay', 'ways to delay'],
    ['person to call', 'people to call'],
    ['person', 'people'],
    ['strategy', 'strategies'],
    ['day', 'days'],
    ['wish', 'wishes'],
  ];
  expect(cases.map(([one]) => pluralOf(one))).toEqual(cases.map(([, many]) => many));
});
