/** The API contract: request and response schemas shared by the server and (as types) the client. */

export * from './plannerResponses.ts';
export * from './requests.ts';
export * from './responses.ts';
