import GRDB

extension ClaimStore {
  /// The versioned migrations: the v1 schema, then v2 (the saved page's path and fingerprint,
  /// indexes for the duplicate checks), then v3 (order watches; whether the buyer was told of
  /// the right of withdrawal).
  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1-claims-events-evidence") { db in
      try db.execute(
        sql: """
          CREATE TABLE claims (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            created_on TEXT NOT NULL,
            platform TEXT NOT NULL,
            order_number TEXT NOT NULL,
            order_date TEXT NOT NULL,
            price_amount REAL NOT NULL,
            price_currency TEXT,
            payment_method TEXT NOT NULL,
            tracking_number TEXT,
            shipped_on TEXT,
            received_on TEXT,
            problem TEXT NOT NULL,
            description TEXT NOT NULL,
            listing_title TEXT,
            listing_url TEXT,
            seller_name TEXT,
            seller_key TEXT,
            seller_id TEXT,
            free_returns INTEGER,
            return_window_days INTEGER,
            buyer_protection_days INTEGER,
            dispute_deadline TEXT,
            buyer_country TEXT,
            state TEXT NOT NULL,
            outcome_kind TEXT,
            outcome_amount REAL,
            outcome_currency TEXT,
            resolved_on TEXT
          );
          CREATE INDEX claims_seller_key ON claims(seller_key);
          CREATE INDEX claims_seller_id ON claims(seller_id);
          CREATE TABLE claim_events (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            date TEXT NOT NULL,
            note TEXT NOT NULL,
            amount REAL,
            currency TEXT
          );
          CREATE INDEX claim_events_claim ON claim_events(claim_id);
          CREATE TABLE evidence (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
            path BLOB NOT NULL,
            display_path TEXT NOT NULL,
            size INTEGER NOT NULL,
            kind TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            added_on TEXT NOT NULL,
            note TEXT NOT NULL
          );
          CREATE INDEX evidence_claim ON evidence(claim_id);
          """)
    }
    migrator.registerMigration("v2-saved-page") { db in
      try db.execute(
        sql: """
          ALTER TABLE claims ADD COLUMN listing_page_path BLOB;
          ALTER TABLE claims ADD COLUMN listing_page_size INTEGER;
          ALTER TABLE claims ADD COLUMN listing_page_sha256 TEXT;
          CREATE INDEX IF NOT EXISTS claims_order ON claims(platform, order_number);
          CREATE INDEX IF NOT EXISTS evidence_sha256 ON evidence(claim_id, sha256);
          """)
    }
    migrator.registerMigration("v3-order-watches") { db in
      try db.execute(
        sql: """
          ALTER TABLE claims ADD COLUMN withdrawal_info_missing INTEGER;
          CREATE TABLE order_watches (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            created_on TEXT NOT NULL,
            platform TEXT NOT NULL,
            order_number TEXT NOT NULL,
            order_date TEXT NOT NULL,
            price_amount REAL NOT NULL,
            price_currency TEXT,
            payment_method TEXT NOT NULL,
            shipped_on TEXT,
            expected_on TEXT,
            buyer_country TEXT,
            listing_title TEXT,
            listing_url TEXT,
            seller_name TEXT,
            seller_id TEXT,
            free_returns INTEGER,
            return_window_days INTEGER,
            buyer_protection_days INTEGER,
            listing_page_path BLOB,
            listing_page_size INTEGER,
            listing_page_sha256 TEXT,
            claim_id INTEGER REFERENCES claims(id) ON DELETE SET NULL
          );
          CREATE INDEX order_watches_order ON order_watches(platform, order_number);
          """)
    }
    migrator.registerMigration("v4-as-sold") { db in
      // What the listing promised (its specifications), as JSON, for a not-as-described claim.
      try db.execute(sql: "ALTER TABLE claims ADD COLUMN listing_as_sold TEXT;")
    }
    return migrator
  }
}
