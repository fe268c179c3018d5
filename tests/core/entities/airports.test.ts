import { describe, expect, it } from 'vitest';
import { foundEntities as found, mentionAt as at, stageResult } from './found.js';
import { typeAirports } from '../../../src/core/entities/airports.js';

describe('a name written before `airport`', () => {
  it('is a place, made whole over a particle the tagger broke it at', () => {
    const text = 'Planes landed at Zorvan de Kell airport, and at Vantrelli airport.';
    expect(stageResult(typeAirports, text, [at(text, 'Zorvan', 'PERSON'), at(text, 'Kell', 'PERSON'), at(text, 'Vantrelli', 'PERSON')])).toEqual([
      'Zorvan de Kell/LOC/entities/airports',
      'Vantrelli/LOC/test',
    ]);
    expect(found('Planes landed at Charles de Gaulle airport north of Paris.')).toEqual(['Charles de Gaulle/LOC', 'Paris/GPE']);
  });

  it('leaves a listed city, a name not right before the word, and a longer word alone', () => {
    const text = 'Atlanta airport was busy; Vantrelli said the airport was shut; Zorvan airports grew.';
    const mentions = [at(text, 'Atlanta', 'GPE'), at(text, 'Vantrelli', 'PERSON'), at(text, 'Zorvan', 'PERSON')];
    expect(stageResult(typeAirports, text, mentions)).toEqual(['Atlanta/GPE/test', 'Vantrelli/PERSON/test', 'Zorvan/PERSON/test']);
  });
});
