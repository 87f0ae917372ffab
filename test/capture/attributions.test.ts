import { checkLinked as check } from './captureHelpers.ts';

describe('capture: an attribution set off by commas', () => {
  describe('"he said" / "she said" beside the words it reports is no actor of what they tell', () => {
    check([
      [
        'Brenton Chemicals hired Laura Pinfold as plant manager in 2020. Two pumps failed in March 2023, she said.',
        'March 2023',
        'en',
        [],
        ['Laura Pinfold'],
      ],
      [
        'Leon Marchetti listed the stone on his website. Within a week, he said, two collectors asked about it on 2 November 2025.',
        '2 November 2025',
        'en',
        [],
        ['Leon Marchetti'],
      ],
    ]);
  });

  describe('"the company said", "the council said" set off likewise is no actor of what they tell', () => {
    check([
      [
        'Harlow City Council ordered four ambulances in 2023. Two ambulances arrived in the summer of 2024, the council said.',
        'summer of 2024',
        'en',
        [],
        ['Harlow City Council'],
      ],
    ]);
  });

  describe('the speaker stays when the words reported hold the pronoun again, or when the speaker is named', () => {
    check([
      [
        'Mara Quist ran the line for two years. On the last night, she said, she went home on 3 May 2024.',
        '3 May 2024',
        'en',
        ['Mara Quist'],
        [],
      ],
      [
        'Carla Mendez runs the district. The laptops will be handed out by the end of June 2025, Mendez said.',
        'June 2025',
        'en',
        ['Carla Mendez'],
        [],
      ],
    ]);
  });
});
