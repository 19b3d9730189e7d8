import { describe, expect, it } from 'vitest';
import { actualsOf } from '../fixture-checker';

const passive = (text: string): string[] => actualsOf('passive', text);

describe('passive rule', () => {
  it('finds worden + participle, also with separable verbs', () => {
    expect(passive('Het plan wordt opgesteld door de wijkteams.')).toEqual(['wordt opgesteld']);
    expect(passive('De subsidie werd vorig jaar verlaagd.')).toEqual(['werd vorig jaar verlaagd']);
    expect(passive('Uw aanvraag wordt binnen acht weken behandeld.')).toEqual(['wordt binnen acht weken behandeld']);
  });

  it('finds split verb clusters in both orders', () => {
    expect(passive('Dit zijn de afspraken die worden gemaakt.')).toEqual(['worden gemaakt']);
    expect(passive('De stoep moet hersteld worden voor de winter.')).toEqual(['hersteld worden']);
    expect(passive('Ik weet niet of de rekening betaald is.')).toEqual(['betaald is']);
  });

  it('finds zijn + participle, irregular participles and adverbs in between', () => {
    expect(passive('De renovatie is onlangs afgerond.')).toEqual(['is onlangs afgerond']);
    expect(passive('Het budget is vastgesteld.')).toEqual(['is vastgesteld']);
    expect(passive('De brieven zijn gisteren verzonden.')).toEqual(['zijn gisteren verzonden']);
    expect(passive('Er wordt veel gedaan voor ouderen.')).toEqual(['wordt veel gedaan']);
  });

  it('leaves adjectives and active perfects with zijn alone', () => {
    expect(passive('Buiten spelen is gezond.')).toEqual([]);
    expect(passive('Zij is blij met de nieuwe woning.')).toEqual([]);
    expect(passive('Het probleem is bekend bij de gemeente.')).toEqual([]);
    expect(passive('De wachtlijst is belangrijk voor ons.')).toEqual([]);
    expect(passive('Hij is gisteren naar huis gegaan.')).toEqual([]);
    expect(passive('Het aantal meldingen is gestegen.')).toEqual([]);
    expect(passive('Zij wordt volgend jaar voorzitter.')).toEqual([]);
    expect(passive('Het wordt een drukke zomer.')).toEqual([]);
  });

  it('does not link a participle across a comma or into another clause', () => {
    expect(passive('De school is dicht, gebouwd in 1950 en nu te oud.')).toEqual([]);
    expect(passive('Het is fijn dat het plan besproken werd.')).toEqual(['besproken werd']);
  });
});
