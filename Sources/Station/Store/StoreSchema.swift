import GRDB

/// Migrations are registered once and never edited: a change is a new migration after `v1`.
enum StoreSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            // One row per announcement. `state` is pending | playing | done; instants are
            // seconds since 1970 (REAL), which keeps milliseconds.
            try db.execute(
                sql: """
                    CREATE TABLE announcement (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        title TEXT NOT NULL,
                        text TEXT NOT NULL,
                        voice TEXT,
                        repeatCount INTEGER NOT NULL,
                        gap REAL,
                        chime INTEGER NOT NULL,
                        priority TEXT NOT NULL,
                        sourceKind TEXT NOT NULL CHECK (sourceKind IN ('program', 'user')),
                        sourceName TEXT NOT NULL,
                        due REAL NOT NULL,
                        expires REAL,
                        orderIndex INTEGER NOT NULL DEFAULT 0,
                        state TEXT NOT NULL CHECK (state IN ('pending', 'playing', 'done')),
                        created REAL NOT NULL
                    );
                    -- A program occurrence is recorded once, by (program file, due instant), so a
                    -- restart never queues it twice.
                    CREATE UNIQUE INDEX announcement_occurrence
                        ON announcement(sourceName, due) WHERE sourceKind = 'program';
                    CREATE INDEX announcement_state ON announcement(state);

                    -- The play log: one row per attempt at playing (started set) and one per
                    -- announcement that ended without sounding (missed, cancelled before playing).
                    CREATE TABLE playLog (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        announcementId INTEGER NOT NULL REFERENCES announcement(id),
                        started REAL,
                        finished REAL,
                        outcome TEXT,
                        reason TEXT
                    );
                    CREATE INDEX playLog_announcement ON playLog(announcementId);
                    CREATE INDEX playLog_time ON playLog(COALESCE(started, finished));

                    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
                    """)
        }
        migrator.registerMigration("v2-volume") { db in
            // A program's own level (percent, NULL = the station's plan), and the level each
            // playback started at (percent of full level; NULL for lines from before v2 and for
            // announcements that never sounded).
            try db.execute(
                sql: """
                    ALTER TABLE announcement ADD COLUMN volume REAL;
                    ALTER TABLE playLog ADD COLUMN volume REAL;
                    """)
        }
        migrator.registerMigration("v3-audio") { db in
            // A recording to play (its path, NULL = text only) and whether it comes before the text.
            try db.execute(
                sql: """
                    ALTER TABLE announcement ADD COLUMN audio TEXT;
                    ALTER TABLE announcement ADD COLUMN audioFirst BOOLEAN NOT NULL DEFAULT 0;
                    """)
        }
        migrator.registerMigration("v4-key") { db in
            // A `say`'s idempotency key (the hub's `hub:<id>`): one announcement per key, ever,
            // so a link that retries after a crash, a reconnect or a daemon restart queues nothing twice.
            try db.execute(
                sql: """
                    ALTER TABLE announcement ADD COLUMN key TEXT;
                    CREATE UNIQUE INDEX announcement_key ON announcement(key) WHERE key IS NOT NULL;
                    """)
        }
        migrator.registerMigration("v5-zones") { db in
            // The zones an announcement plays in: the names joined by commas (a zone name holds
            // no comma), NULL = every zone — which is what rows from before v5 mean.
            try db.execute(sql: "ALTER TABLE announcement ADD COLUMN zones TEXT")
        }
        migrator.registerMigration("v6-alert-source") { db in
            // CAP alerts get a source of their own ('alert', sourceName = the CAP sender) instead
            // of passing as user "cap". SQLite cannot change a CHECK constraint, so the table is
            // rebuilt as its documentation says (new table, copy, drop, rename, indexes again);
            // GRDB runs a migration with foreign keys off and checks them all before it commits.
            try db.execute(
                sql: """
                    CREATE TABLE announcement_v6 (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        title TEXT NOT NULL,
                        text TEXT NOT NULL,
                        voice TEXT,
                        repeatCount INTEGER NOT NULL,
                        gap REAL,
                        chime INTEGER NOT NULL,
                        priority TEXT NOT NULL,
                        sourceKind TEXT NOT NULL CHECK (sourceKind IN ('program', 'user', 'alert')),
                        sourceName TEXT NOT NULL,
                        due REAL NOT NULL,
                        expires REAL,
                        orderIndex INTEGER NOT NULL DEFAULT 0,
                        state TEXT NOT NULL CHECK (state IN ('pending', 'playing', 'done')),
                        created REAL NOT NULL,
                        volume REAL,
                        audio TEXT,
                        audioFirst BOOLEAN NOT NULL DEFAULT 0,
                        key TEXT,
                        zones TEXT
                    );
                    INSERT INTO announcement_v6 (id, title, text, voice, repeatCount, gap, chime, priority, sourceKind,
                        sourceName, due, expires, orderIndex, state, created, volume, audio, audioFirst, key, zones)
                    SELECT id, title, text, voice, repeatCount, gap, chime, priority, sourceKind,
                        sourceName, due, expires, orderIndex, state, created, volume, audio, audioFirst, key, zones
                    FROM announcement;
                    DROP TABLE announcement;
                    ALTER TABLE announcement_v6 RENAME TO announcement;
                    CREATE UNIQUE INDEX announcement_occurrence
                        ON announcement(sourceName, due) WHERE sourceKind = 'program';
                    CREATE INDEX announcement_state ON announcement(state);
                    CREATE UNIQUE INDEX announcement_key ON announcement(key) WHERE key IS NOT NULL;
                    """)
        }
        return migrator
    }
}
