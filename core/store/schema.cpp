// Schema v1 of the project file: one STRICT table per model entity, keyed by the typed id.
#include "schema.h"

namespace hallwright::store {

// Conventions: the primary key is the model's typed id (positive); a reference
// to "no object" (id 0) is NULL; enums are the names from toString() in
// model/design.h; rectangles are x, y, width, depth in metres. Foreign keys
// are declared for other tools; this program checks references itself, both
// before writing and after reading, with messages that name the object.
const char *currentSchemaSql()
{
    return R"sql(
CREATE TABLE meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE hall (
    id                   INTEGER PRIMARY KEY CHECK (id = 1),
    name                 TEXT NOT NULL,
    width_m              REAL NOT NULL,
    depth_m              REAL NOT NULL,
    ceiling_m            REAL NOT NULL,
    floor_load_kg_per_m2 REAL NOT NULL
) STRICT;

CREATE TABLE obstacles (
    id    INTEGER PRIMARY KEY CHECK (id > 0),
    name  TEXT NOT NULL,
    x     REAL NOT NULL,
    y     REAL NOT NULL,
    width REAL NOT NULL,
    depth REAL NOT NULL
) STRICT;

CREATE TABLE zones (
    id    INTEGER PRIMARY KEY CHECK (id > 0),
    name  TEXT NOT NULL,
    kind  TEXT NOT NULL,
    x     REAL NOT NULL,
    y     REAL NOT NULL,
    width REAL NOT NULL,
    depth REAL NOT NULL
) STRICT;

CREATE TABLE rows (
    id      INTEGER PRIMARY KEY CHECK (id > 0),
    zone_id INTEGER REFERENCES zones (id),
    name    TEXT NOT NULL,
    x       REAL NOT NULL,
    y       REAL NOT NULL,
    width   REAL NOT NULL,
    depth   REAL NOT NULL,
    facing  TEXT NOT NULL
) STRICT;

CREATE TABLE racks (
    id               INTEGER PRIMARY KEY CHECK (id > 0),
    row_id           INTEGER REFERENCES rows (id),
    name             TEXT NOT NULL,
    role             TEXT NOT NULL,
    x                REAL NOT NULL,
    y                REAL NOT NULL,
    width            REAL NOT NULL,
    depth            REAL NOT NULL,
    facing           TEXT NOT NULL,
    height_u         INTEGER NOT NULL,
    power_limit_kw   REAL NOT NULL,
    cooling_limit_kw REAL NOT NULL,
    weight_limit_kg  REAL NOT NULL,
    su               INTEGER NOT NULL
) STRICT;

CREATE TABLE equipment (
    id          INTEGER PRIMARY KEY CHECK (id > 0),
    zone_id     INTEGER REFERENCES zones (id),
    catalog_id  TEXT NOT NULL,
    kind        TEXT NOT NULL,
    name        TEXT NOT NULL,
    x           REAL NOT NULL,
    y           REAL NOT NULL,
    width       REAL NOT NULL,
    depth       REAL NOT NULL,
    feed        TEXT NOT NULL,
    upstream_id INTEGER REFERENCES equipment (id) DEFERRABLE INITIALLY DEFERRED
) STRICT;

CREATE TABLE devices (
    id            INTEGER PRIMARY KEY CHECK (id > 0),
    rack_id       INTEGER REFERENCES racks (id),
    catalog_id    TEXT NOT NULL,
    kind          TEXT NOT NULL,
    name          TEXT NOT NULL,
    u_position    INTEGER NOT NULL,
    u_height      INTEGER NOT NULL,
    role          TEXT NOT NULL,
    su            INTEGER NOT NULL,
    rail          INTEGER NOT NULL,
    power_feed_id INTEGER REFERENCES equipment (id)
) STRICT;

CREATE TABLE links (
    id          INTEGER PRIMARY KEY CHECK (id > 0),
    fabric      TEXT NOT NULL,
    tier        TEXT NOT NULL,
    a_device_id INTEGER NOT NULL REFERENCES devices (id),
    a_port      INTEGER NOT NULL,
    b_device_id INTEGER NOT NULL REFERENCES devices (id),
    b_port      INTEGER NOT NULL,
    gbps        REAL NOT NULL,
    medium_id   TEXT NOT NULL,
    length_m    REAL NOT NULL,
    label       TEXT NOT NULL
) STRICT;

CREATE TABLE trays (
    id       INTEGER PRIMARY KEY CHECK (id > 0),
    ax       REAL NOT NULL,
    ay       REAL NOT NULL,
    bx       REAL NOT NULL,
    by       REAL NOT NULL,
    height_m REAL NOT NULL,
    width_mm REAL NOT NULL,
    depth_mm REAL NOT NULL,
    kind     TEXT NOT NULL,
    levels   INTEGER NOT NULL
) STRICT;
)sql";
}

} // namespace hallwright::store
