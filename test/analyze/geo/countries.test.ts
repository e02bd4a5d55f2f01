import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  allCountries,
  countryByCapital,
  countryByDemonym,
  countryByIso,
  countryBySeat,
  findCountry,
} from '../../../src/analyze/geo/countries.ts';

test('every ISO country is present with codes and coordinates', () => {
  const all = allCountries();
  assert.ok(all.length >= 249, `only ${all.length} countries`);
  for (const c of all) {
    assert.match(c.iso2, /^[A-Z]{2}$/);
    assert.match(c.iso3, /^[A-Z]{3}$/);
    assert.ok(Math.abs(c.lat) <= 90 && Math.abs(c.lon) <= 180, c.name);
  }
  const sovereign = all.filter((c) => c.independent);
  assert.ok(sovereign.length >= 190, `only ${sovereign.length} sovereign states`);
  for (const c of sovereign) assert.ok(c.demonyms.length > 0, `${c.name} has no demonym`);
});

test('findCountry resolves names, aliases and codes', () => {
  const cases: Array<[string, string]> = [
    ['U.S.', 'US'],
    ['US', 'US'],
    ['USA', 'US'],
    ['America', 'US'],
    ['United States', 'US'],
    ['U.K.', 'GB'],
    ['Britain', 'GB'],
    ['UAE', 'AE'],
    ['DRC', 'CD'],
    ['Ivory Coast', 'CI'],
    ["Côte d'Ivoire", 'CI'],
    ['Cote d’Ivoire', 'CI'],
    ['Myanmar', 'MM'],
    ['Burma', 'MM'],
    ['Türkiye', 'TR'],
    ['Turkey', 'TR'],
    ['the Netherlands', 'NL'],
    ['Holland', 'NL'],
    ['Czech Republic', 'CZ'],
    ['North Korea', 'KP'],
    ['Eswatini', 'SZ'],
    ['Swaziland', 'SZ'],
    ['Republic of the Congo', 'CG'],
    ['Viet Nam', 'VN'],
    ['UKR', 'UA'],
    ['SDN', 'SD'],
    ['Byelorussia', 'BY'],
    ['Kirgizia', 'KG'],
    ['Abyssinia', 'ET'], // former names
    ['Zaire', 'CD'],
    ['Ceylon', 'LK'],
  ];
  for (const [name, iso] of cases) assert.equal(findCountry(name)?.iso2, iso, name);
});

test('findCountry does not treat lower-case words as codes', () => {
  assert.equal(findCountry('us'), null);
  assert.equal(findCountry('it'), null);
  assert.equal(findCountry('car'), null);
  assert.equal(findCountry('Mosul'), null);
  assert.equal(findCountry(''), null);
});

test('countryByDemonym resolves adjectives and plurals', () => {
  const cases: Array<[string, string]> = [
    ['Russian', 'RU'],
    ['Russians', 'RU'],
    ['Ukrainian', 'UA'],
    ['Emirati', 'AE'],
    ['Yemeni', 'YE'],
    ['Burmese', 'MM'],
    ['Congolese', 'CD'],
    ['Sudanese', 'SD'],
    ['South Sudanese', 'SS'],
    ['Ethiopian', 'ET'],
    ['Eritrean', 'ER'],
    ['Malian', 'ML'],
    ['Nigerien', 'NE'],
    ['Nigerian', 'NG'],
    ['Filipinos', 'PH'],
    ['Israeli', 'IL'],
    ['Palestinian', 'PS'],
    ['Azeri', 'AZ'],
    ['Turkish', 'TR'],
    ['U.S.', 'US'],
    ['Dominican', 'DO'],
    ['Burkinabe', 'BF'],
  ];
  for (const [adj, iso] of cases) assert.equal(countryByDemonym(adj)?.iso2, iso, adj);
  assert.equal(countryByDemonym('Soldiers'), null);
});

test('countryByCapital and countryBySeat support metonymy', () => {
  const caps: Array<[string, string]> = [
    ['Moscow', 'RU'],
    ['Kyiv', 'UA'],
    ['Kiev', 'UA'],
    ['Sanaa', 'YE'],
    ["Sana'a", 'YE'],
    ['Washington', 'US'],
    ['Teheran', 'IR'],
    ['Khartoum', 'SD'],
    ['Naypyitaw', 'MM'],
    ['Addis Ababa', 'ET'],
    ['Bamako', 'ML'],
  ];
  for (const [city, iso] of caps) assert.equal(countryByCapital(city)?.iso2, iso, city);
  assert.equal(countryByCapital('Mosul'), null);
  const seats: Array<[string, string]> = [
    ['Kremlin', 'RU'],
    ['the Kremlin', 'RU'],
    ['White House', 'US'],
    ['Pentagon', 'US'],
    ['Élysée', 'FR'],
    ['Elysee Palace', 'FR'],
    ['Downing Street', 'GB'],
    ['Zhongnanhai', 'CN'],
  ];
  for (const [seat, iso] of seats) assert.equal(countryBySeat(seat)?.iso2, iso, seat);
  assert.equal(countryBySeat('Town Hall'), null);
  assert.equal(countryByIso('fr')?.name, 'France');
});
