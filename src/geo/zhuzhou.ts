/** Where Zhuzhou is: the extent that every outreach site and route stop must lie in. */
import type { Bounds } from './bounds.ts';
import type { Wgs84 } from './coordinates.ts';

/**
 * The city's administrative area (five districts, Liling, You, Chaling and Yanling counties)
 * with a small margin, in WGS-84. Yanling reaches about 26.0° N in the south, Liling about
 * 113.9° E in the east and Shifeng about 28.1° N in the north.
 */
export const zhuzhouBounds: Bounds = { south: 26.0, west: 112.8, north: 28.2, east: 114.1 };

/** The city centre (Tianyuan and Lusong along the Xiang river), where maps open without sites. */
export const zhuzhouCentre: Wgs84 = { lat: 27.8274, lng: 113.134 };
