import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import { distanceKeyWithinSql } from '@/lib/candidates/geography-sql';
import { POOL_RANK } from '@/lib/candidates/pool';
import {
  FRAMING_RADIUS_KM,
  MAP_CELL_PX,
  MAP_MIN_ZOOM,
  MAP_VIEW_POINT_LIMIT,
  MAX_FRAMING_ZOOM,
  NOMINAL_VIEW,
  SINGLE_PLACE_ZOOM,
  type MapBox,
} from '@/lib/candidates/map-grid';

// The « Choisir » map of the whole filtered pool (SPEC §6.4, issue 13, docs/decisions/037): the server
// groups the pool's volunteers into cells of a Web Mercator grid fixed per zoom level and sends one
// feature per cell — a volunteer, or a cluster with its count at its members' centroid. 100 000
// candidates are then a few hundred features, however many there are, and the browser draws them without
// clustering anything itself. These SQL pieces read the `filtered` CTE of lib/candidates/search.ts.

// Web Mercator, as MapLibre draws it: x and y in [0, 1) of the world's width, y from the north.
const MERCATOR_X = (lon: Prisma.Sql) => Prisma.sql`((${lon} + 180.0) / 360.0)`;
const MERCATOR_Y = (lat: Prisma.Sql) =>
  Prisma.sql`((1.0 - ln(tan(radians(least(85.0, greatest(-85.0, ${lat})))) + 1.0 / cos(radians(least(85.0, greatest(-85.0, ${lat}))))) / pi()) / 2.0)`;

/** Bits of map_x and map_y: 2^26 units per side of the world. */
const GRID_BITS = 26;

/**
 * The box the map opens on, as a CTE `frame(w, s, e, n)` over `filtered`: the candidates within
 * FRAMING_RADIUS_KM of the establishment (all of them if none is), and the establishment. One pass.
 */
export function frameCte(establishment: { longitude: number | null; latitude: number | null }): Prisma.Sql {
  const near = distanceKeyWithinSql(Prisma.sql`distance_key`, FRAMING_RADIUS_KM);
  const [lon, lat] = [establishment.longitude, establishment.latitude];
  const known = lon !== null && lat !== null;
  const bound = (fn: 'least' | 'greatest', value: Prisma.Sql, own: number | null) =>
    known ? Prisma.sql`${Prisma.raw(fn)}(${value}, ${own}::float8)` : value;
  return Prisma.sql`
    located AS (
      SELECT count(*) FILTER (WHERE ${near}) AS near,
             min(longitude) FILTER (WHERE ${near}) AS near_w, min(latitude) FILTER (WHERE ${near}) AS near_s,
             max(longitude) FILTER (WHERE ${near}) AS near_e, max(latitude) FILTER (WHERE ${near}) AS near_n,
             min(longitude) AS w, min(latitude) AS s, max(longitude) AS e, max(latitude) AS n
      FROM filtered WHERE longitude IS NOT NULL AND latitude IS NOT NULL
    ),
    frame AS (
      SELECT ${bound('least', Prisma.sql`CASE WHEN near > 0 THEN near_w ELSE w END`, lon)} AS w,
             ${bound('least', Prisma.sql`CASE WHEN near > 0 THEN near_s ELSE s END`, lat)} AS s,
             ${bound('greatest', Prisma.sql`CASE WHEN near > 0 THEN near_e ELSE e END`, lon)} AS e,
             ${bound('greatest', Prisma.sql`CASE WHEN near > 0 THEN near_n ELSE n END`, lat)} AS n
      FROM located
    ),
    framing AS (
      -- The zoom at which the frame fills the nominal view: the grid of the first features.
      SELECT w, s, e, n, CASE
          WHEN w IS NULL THEN 5
          WHEN w = e AND s = n THEN ${SINGLE_PLACE_ZOOM}
          ELSE least(${MAX_FRAMING_ZOOM}, greatest(${MAP_MIN_ZOOM}, floor(log(2.0, least(
            ${NOMINAL_VIEW.width}::float8 / nullif(512.0 * (${MERCATOR_X(Prisma.sql`e`)} - ${MERCATOR_X(Prisma.sql`w`)}), 0),
            ${NOMINAL_VIEW.height}::float8 / nullif(512.0 * (${MERCATOR_Y(Prisma.sql`s`)} - ${MERCATOR_Y(Prisma.sql`n`)}), 0))::numeric))))
        END::int AS zoom
      FROM frame
    )`;
}

/**
 * The features of `filtered` at `zoom` (an SQL integer expression), inside `bbox` when given, as a JSON
 * array of MapFeature. Below MAP_SINGLE_POINT_ZOOM, one feature per grid cell; from it on, one per
 * volunteer (the best ranked first, at most MAP_VIEW_POINT_LIMIT).
 */
export function mapFeaturesSql(zoom: Prisma.Sql, bbox: MapBox | null, singlePoints: boolean): Prisma.Sql {
  const inside = bbox
    ? Prisma.sql`AND longitude BETWEEN ${bbox[0]}::float8 AND ${bbox[2]}::float8 AND latitude BETWEEN ${bbox[1]}::float8 AND ${bbox[3]}::float8`
    : Prisma.empty;
  if (singlePoints) {
    return Prisma.sql`(SELECT COALESCE(json_agg(json_build_array(longitude, latitude, 1, id)
        ORDER BY ${Prisma.raw(POOL_RANK)}), '[]'::json)
      FROM (SELECT * FROM filtered WHERE longitude IS NOT NULL AND latitude IS NOT NULL ${inside}
            ORDER BY ${Prisma.raw(POOL_RANK)} LIMIT ${MAP_VIEW_POINT_LIMIT}) one)`;
  }
  // map_x and map_y (generated columns, migration 20261207020000) count 2^26 units per side of the world;
  // the grid has 2^(zoom + 3) cells per side (cells of MAP_CELL_PX in a 512 · 2^zoom pixels world).
  const shift = Prisma.sql`(${GRID_BITS - Math.log2(512 / MAP_CELL_PX)} - (${zoom}))`;
  return Prisma.sql`(SELECT COALESCE(json_agg(json_build_array(lon, lat, members, id) ORDER BY members DESC, id), '[]'::json)
      FROM (SELECT round(avg(longitude)::numeric, 5)::float8 AS lon, round(avg(latitude)::numeric, 5)::float8 AS lat,
                   count(*)::int AS members, CASE WHEN count(*) = 1 THEN min(id) END AS id
            FROM filtered WHERE map_x IS NOT NULL AND map_y IS NOT NULL ${inside}
            GROUP BY map_x >> ${shift}, map_y >> ${shift}) cells)`;
}
