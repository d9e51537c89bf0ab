// The Mandarin front end: announcement text → normalized words → tone-numbered pinyin.
