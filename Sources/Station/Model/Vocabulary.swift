// Priority lives in the shared leaf module; everything that imports Station keeps seeing it.
@_exported import Vocabulary
