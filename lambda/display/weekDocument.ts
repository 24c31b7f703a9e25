/**
 * The week at a glance for Echo Show: the last seven days side by side (today in bold), each with
 * what was done (massages, cold rounds, heat) or a word for a day of rest. Sent only where the device
 * supports APL. Every word on it comes from the datasource, filled from the locales.
 */
export const WEEK_CARD_TOKEN = 'massageCoachWeek';

export const weekDocument = {
  type: 'APL',
  version: '2023.2',
  theme: 'dark',
  mainTemplate: {
    parameters: ['week'],
    items: [
      {
        type: 'Container',
        width: '100vw',
        height: '100vh',
        paddingLeft: '4vw',
        paddingRight: '4vw',
        paddingTop: '5vh',
        items: [
          { type: 'Text', text: '${week.title}', fontSize: '32dp', color: '#B0C4DE' },
          {
            type: 'Container',
            direction: 'row',
            grow: 1,
            paddingTop: '3vh',
            data: '${week.days}',
            items: [
              {
                type: 'Container',
                width: '13vw',
                paddingRight: '1vw',
                items: [
                  { type: 'Text', text: '${data.label}', fontSize: '24dp', fontWeight: '${data.today ? 700 : 400}' },
                  { type: 'Container', data: '${data.lines}', items: [{ type: 'Text', text: '${data}', fontSize: '20dp', paddingTop: '1vh' }] },
                  { type: 'Text', when: "${data.rest != ''}", text: '${data.rest}', fontSize: '20dp', paddingTop: '1vh', color: '#808080' },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
} as const;
