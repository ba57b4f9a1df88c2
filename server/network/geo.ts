/** Geometry helpers of the network; the distance itself lives on the ground floor (server/timetable). */
export { distanceMetres, type LonLat } from '../timetable/distanceMetres.ts';
