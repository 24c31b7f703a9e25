/**
 * The APL step card for Echo Show: routine, step n of m, the instruction, a hold countdown that
 * ticks down on the device (handleTick, APL 1.4+), and a Next button that sends a UserEvent.
 * Every word on it comes from the datasource, which is filled from the locales.
 */
export const STEP_CARD_TOKEN = 'massageCoachStep';

export const stepDocument = {
  type: 'APL',
  version: '2023.2',
  theme: 'dark',
  mainTemplate: {
    parameters: ['step'],
    items: [
      {
        type: 'Container',
        width: '100vw',
        height: '100vh',
        paddingLeft: '6vw',
        paddingRight: '6vw',
        paddingTop: '5vh',
        bind: [{ name: 'remaining', value: '${step.holdSeconds}' }],
        handleTick: [
          {
            minimumDelay: 1000,
            when: '${remaining > 0}',
            commands: [{ type: 'SetValue', property: 'remaining', value: '${remaining - 1}' }],
          },
        ],
        items: [
          { type: 'Text', text: '${step.routine}', fontSize: '28dp', color: '#B0C4DE' },
          { type: 'Text', text: '${step.progress}', fontSize: '24dp', paddingTop: '1vh' },
          { type: 'Text', text: '${step.instruction}', fontSize: '36dp', paddingTop: '3vh', grow: 1, shrink: 1 },
          {
            type: 'Text',
            when: '${step.holdSeconds > 0}',
            text: '${remaining > 0 ? step.holdLabel + " " + remaining : step.doneLabel}',
            fontSize: '56dp',
            fontWeight: 'bold',
            paddingTop: '2vh',
          },
          {
            type: 'TouchWrapper',
            paddingTop: '3vh',
            paddingBottom: '4vh',
            onPress: [{ type: 'SendEvent', arguments: ['next'] }],
            item: { type: 'Frame', backgroundColor: '#2E7D32', borderRadius: '12dp', item: { type: 'Text', text: '${step.nextLabel}', fontSize: '32dp', paddingLeft: '32dp', paddingRight: '32dp', paddingTop: '12dp', paddingBottom: '12dp' } },
          },
        ],
      },
    ],
  },
} as const;
