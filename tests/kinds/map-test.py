#!/usr/bin/env python3
"""Writes map-test.json: the map chart's test data, cut from the bundled dataset by economy.

Fourteen economies with their 2022 value of Internet use (OWID's download of ITU's data,
CC BY 4.0), among them three small island states (Tuvalu, Kiribati, São Tomé and Príncipe)
and two of Africa's largest; Norway's value is given as "more than 95" and Kenya's as an
estimate. Charts: the world in
manual classes, Africa in equal classes, and a diverging ramp about 50 %.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
BUNDLED = os.path.join(HERE, '..', '..', 'data', 'datasets', 'internet-use-by-economy.json')
CODES = ['BRA', 'JPN', 'KEN', 'FRA', 'NOR', 'CHN', 'USA', 'BDI', 'ISL', 'TUV', 'KIR', 'STP',
         'NGA', 'ZAF']


def main():
    bundled = json.load(open(BUNDLED, encoding='utf-8'))
    indicator = bundled['indicators'][0]
    values = {o['entity']: o['value'] for o in indicator['observations']
              if o['period'] == '2022' and o['entity'] in CODES}
    missing = sorted(set(CODES) - set(values))
    assert not missing, missing
    entities = [e for e in bundled['entities'] if e['id'] in CODES]
    observations = [dict(entity=c, period='2022', value=values[c]) for c in CODES]
    # A bound and an estimate, which a map keeps in hover, data table and description.
    for o in observations:
        if o['entity'] == 'NOR':
            o.update(value=95, qualifier='greater-than')
        elif o['entity'] == 'KEN':
            o.update(qualifier='estimate')
    indicator = dict(indicator, observations=observations)
    dataset = {
        'format': 'parity-dataset', 'version': 1, 'default_language': 'en',
        'title': 'Internet use in fourteen economies, for the map tests',
        'description': 'Cut by tests/kinds/map-test.py from data/datasets/'
                       'internet-use-by-economy.json (Our World in Data, ITU, CC BY 4.0).',
        'sources': bundled['sources'],
        'entities': entities,
        'indicators': [indicator],
        'charts': [
            dict(id='world-manual', kind='map', title='Internet use, 2022',
                 indicator='internet-use', period='2022', classes='manual',
                 breaks=[0, 25, 50, 75, 100], highlight=['TUV', 'KIR', 'STP', 'BDI']),
            dict(id='africa-equal', kind='map', title='Internet use in Africa, 2022',
                 indicator='internet-use', period='2022', extent='africa', classes='equal'),
            dict(id='world-diverging', kind='map', title='Internet use about one half, 2022',
                 indicator='internet-use', period='2022', ramp='blue-orange', midpoint=50,
                 classes='manual', breaks=[0, 25, 50, 75, 100]),
            dict(id='world-own-words', kind='map', title='Internet use, 2022',
                 indicator='internet-use', period='2022',
                 disclaimer={'en': 'Boundaries as cleared by the Example Organisation.'}),
        ],
    }
    with open(os.path.join(HERE, 'map-test.json'), 'w', encoding='utf-8') as out:
        json.dump(dataset, out, ensure_ascii=False, indent=1)
        out.write('\n')


if __name__ == '__main__':
    main()
