/**
 * Issue 11: capitals listed together after a word of place, where the press weighs governments
 * (`buyers in Washington, Tokyo and Brussels`, `any investor from Tokyo, Seoul or Washington`),
 * are the governments, while one capital alone after `in`, and a list at a venue (`talks in`,
 * `a share sale in`, `lost 1.1% in`), stays the city. Small hand-made dictionaries.
 */
import { describe, expect, it } from 'vitest';
import { createSpotter } from '../../../lib/spotter/matcher';
import { capital, entity, foundBy } from './entities';

const FIELD = '\n\nRare earths and copper: mining, refining, export controls and the supply chain.';
const read = foundBy(
  createSpotter(
    [
      entity('material-copper', 'copper', 'material'),
      entity('material-rare-earths', 'rare earths', 'material'),
      entity('country-us', 'United States', 'country'),
      entity('country-japan', 'Japan', 'country'),
      entity('country-south-korea', 'South Korea', 'country'),
      entity('country-uk', 'United Kingdom', 'country'),
      entity('country-uzbekistan', 'Uzbekistan', 'country'),
      entity('country-canada', 'Canada', 'country'),
      entity('organisation-eu', 'European Union', 'organisation'),
      capital('region-washington', 'Washington', 'country-us'),
      capital('region-tokyo', 'Tokyo', 'country-japan'),
      capital('region-seoul', 'Seoul', 'country-south-korea'),
      capital('region-london', 'London', 'country-uk'),
      capital('region-tashkent', 'Tashkent', 'country-uzbekistan'),
      capital('region-ottawa', 'Ottawa', 'country-canada'),
      capital('region-brussels', 'Brussels', 'organisation-eu'),
    ],
    { requireField: true },
  ),
);
const ids = (text: string, names: string[]) =>
  read(text + FIELD)
    .map((m) => m.split(' '))
    .filter(([t]) => names.includes(t!))
    .map(([t, id]) => `${t} ${id}`);

describe('capitals listed after a word of place', () => {
  it('are the governments where the press weighs them', () => {
    expect(ids('Buyers in Washington, Tokyo and Brussels who fund friendly supply chains should pay for copper.', ['Washington', 'Tokyo', 'Brussels'])).toEqual(
      ['Washington country-us', 'Tokyo country-japan', 'Brussels organisation-eu'],
    );
    expect(ids('Any investor from Tokyo, Seoul or Washington needs to know the copper law will hold.', ['Tokyo', 'Seoul', 'Washington'])).toEqual([
      'Tokyo country-japan',
      'Seoul country-south-korea',
      'Washington country-us',
    ]);
    expect(ids('Every conversation about rare earths in Washington and Ottawa has started with mines.', ['Washington', 'Ottawa'])).toEqual([
      'Washington country-us',
      'Ottawa country-canada',
    ]);
  });

  it('stay the cities alone, and at a venue or a market', () => {
    expect(ids('The copper buyers met in Washington last week.', ['Washington'])).toEqual(['Washington region-washington']);
    expect(ids('After rounds of talks in Washington, Tokyo and Seoul, the copper deal was signed.', ['Washington', 'Tokyo', 'Seoul'])).toEqual([
      'Washington region-washington',
      'Tokyo region-tokyo',
      'Seoul region-seoul',
    ]);
    expect(ids('The miner is preparing a share sale in London and Tashkent for its copper unit.', ['London', 'Tashkent'])).toEqual([
      'London region-london',
      'Tashkent region-tashkent',
    ]);
    expect(ids('The copper producer lost 1.1% in London and Tokyo on Friday.', ['London', 'Tokyo'])).toEqual(['London region-london', 'Tokyo region-tokyo']);
  });
});
