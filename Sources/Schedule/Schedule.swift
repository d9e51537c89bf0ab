// Schedule files: parsing, validation and recurrence (pure, clock-injected).
