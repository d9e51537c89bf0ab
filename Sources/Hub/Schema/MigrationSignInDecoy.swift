// Migration 5: the web console's sign-in decoy (docs/console.md, "Signing in"). Released once
// merged: never edit it; change the schema with a new migration (docs/hub.md, "Migrations").
extension Migration {
    static let signInDecoy = Migration(version: 5, name: "the console's sign-in decoy role", sql: #"""
-- The console checks a password by logging in as the person's role (SCRAM). For a name nobody
-- has, it runs the same SCRAM login as dalaba_signin_decoy and refuses whatever comes of it, so
-- that an unknown name takes as long to refuse as a wrong password (no finding out by timing who
-- has an account).
--
-- Why this role cannot be used to get in:
-- * NOLOGIN and CONNECTION LIMIT 0: PostgreSQL runs the whole SCRAM exchange first and checks
--   both only after a right password (PostgreSQL 15: "role … is not permitted to log in"), so
--   the decoy costs what a real role costs and still never gets a session.
-- * Its password is random (244 bits from the server's strong random source), made and hashed
--   by the server inside this block: never stored, shown or sent; nobody knows it.
-- * Its only membership is dalaba_people, which holds no privilege of its own: it is there so
--   that pg_hba.conf's `+dalaba_people` line matches the decoy exactly as it matches a person
--   (without it PostgreSQL would refuse before SCRAM, quickly: the difference it is here to hide).
--   NOINHERIT besides. CONNECT on the database cannot be revoked from one role while PUBLIC holds
--   it (an administrator who revokes it from PUBLIC gives the decoy none; grant it to nobody).
-- SCRAM, whatever password_encryption says: the people's verifiers are SCRAM (SCRAMVerifier,
-- 4096 iterations, as PostgreSQL's own default).
-- Roles belong to the cluster: a second hub database in it finds the decoy made.
DO $decoy$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'dalaba_signin_decoy') THEN
        PERFORM set_config('password_encryption', 'scram-sha-256', true);
        EXECUTE format('CREATE ROLE dalaba_signin_decoy NOLOGIN NOINHERIT CONNECTION LIMIT 0 PASSWORD %L IN ROLE dalaba_people',
                       replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''));
    END IF;
END
$decoy$;
"""#)
}
