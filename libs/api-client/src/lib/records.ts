/**
 * A record of any object as the records and UI APIs give it: `Id` and the fields asked for (the
 * document describes each object's own record as `Schemas['<object API name>']`).
 */
export type ApiRecord = Record<string, unknown> & { Id: string };
